"""`lawie train`, `lawie evaluate` and `lawie package`: from annotations to the shipped pipeline."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Optional

import typer

from ..evaluation import evaluate, load_gold, markdown_report
from ..pipeline import PIPELINE_DIR, STRATEGIES, compose, load
from ..training import SPLIT_FILE, run_training

STRATEGY_HELP = "How rules and model combine: " + "; ".join(f"{k}: {v}" for k, v in STRATEGIES.items())


def train(
    config: Path = typer.Option(Path("training/ner.cfg"), exists=True, help="spaCy training config."),
    output: Path = typer.Option(Path("build/ner"), help="Folder for the model, the DocBins, splits.json and metrics."),
    annotations: list[str] = typer.Option(["annotations"], help="Annotation files or folders (repeatable)."),
    extra: list[str] = typer.Option([], help="Extra training data for the train split only: annotation files "
                                    "(silver data) or DocBins (.spacy) from `lawie external-ner`."),
    gpu_id: int = typer.Option(-1, help="GPU to train on; -1 for the CPU."),
    seed: int = typer.Option(0, help="Seed of the report split and of training."),
    strategy: str = typer.Option("rules-first", help=STRATEGY_HELP),
    test_size: float = typer.Option(0.25, help="Share of reports held out for the test split."),
    labels: list[str] = typer.Option(["INSTITUTION"], help="Labels the model learns (repeatable); rules cover the rest."),
    folds: int = typer.Option(0, help="Cross-validation: split the reports into this many folds (0: one "
                              "--test-size split instead)."),
    fold: int = typer.Option(0, help="With --folds: which fold (0-based) is the test split."),
    init_tok2vec: Optional[Path] = typer.Option(None, help="Start the character CNN from weights of `spacy pretrain`; "
                                                "the --config needs a pretraining block (`spacy init fill-config "
                                                "--pretraining`)."),
) -> None:
    """Train the NER on annotated reports (split by report) and score it on the held-out test reports."""
    try:
        result = run_training(annotations, config, output, extra=extra, gpu_id=gpu_id, seed=seed, strategy=strategy,
                              test_size=test_size, labels=labels, fold=(fold, folds) if folds else None,
                              init_tok2vec=init_tok2vec)
    except (FileNotFoundError, ValueError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=2) from err
    typer.echo(markdown_report({**result, "errors": []}, f"Held-out test reports ({strategy})"))
    typer.echo(f"model: {output / 'model-best'}; metrics: {output / 'metrics.md'}")


def evaluate_command(
    annotations: list[str] = typer.Argument(None, help="Annotation files or folders (default: annotations/)."),
    model: Optional[Path] = typer.Option(None, help="Pipeline to score (default: the shipped one)."),
    with_model: bool = typer.Option(False, "--with-model", help="Switch on the pipeline's trained model if it is off."),
    rules_only: bool = typer.Option(False, "--rules-only", help="Score the rules alone (no trained model)."),
    split: str = typer.Option("all", help="Which reports: all, or train/dev/test as recorded in --splits."),
    splits: Optional[Path] = typer.Option(None, help=f"A {SPLIT_FILE} (default: the one beside the model)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Write the full result as JSON."),
    markdown_out: Optional[Path] = typer.Option(None, "--markdown", help="Write the result as Markdown."),
) -> None:
    """Exact-match precision, recall and F1 per label, per report and overall, with errors in context."""
    pipeline_dir = model or PIPELINE_DIR
    ids = split_ids(split, splits or pipeline_dir / SPLIT_FILE)
    records = load_gold(annotations or ["annotations"], ids)
    if not records:
        typer.echo("error: no annotated reports to score", err=True)
        raise typer.Exit(code=2)
    nlp = compose(strategy="rules-only") if rules_only else load(pipeline_dir, with_model=with_model)
    result = evaluate(nlp, records)
    what = "rules only" if rules_only else f"{pipeline_dir}{', model on' if with_model else ''}"
    report = markdown_report(result, f"lawie evaluate ({what}; {split} reports)")
    if json_out:
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if markdown_out:
        markdown_out.write_text(report, encoding="utf-8")
    typer.echo(report if not (json_out or markdown_out) else report.split("\n## Errors")[0])


def split_ids(split: str, splits_file: Path) -> Optional[set[str]]:
    if split == "all":
        return None
    if not splits_file.is_file():
        typer.echo(f"error: --split {split} needs a {SPLIT_FILE}; none at {splits_file}", err=True)
        raise typer.Exit(code=2)
    return {rid for rid, name in json.loads(splits_file.read_text(encoding="utf-8")).items() if name == split}


def package(
    model: Optional[Path] = typer.Option(None, help="Trained NER (model-best of `lawie train`); none for rules only."),
    strategy: str = typer.Option("rules-first", help=STRATEGY_HELP),
    output: Path = typer.Option(PIPELINE_DIR, help="Where to write the pipeline (default: inside the package)."),
    model_on: bool = typer.Option(False, "--model-on", help="Ship the trained model switched on (default: off, "
                                  "`lawie.load(with_model=True)` switches it on)."),
) -> None:
    """Compose sections, rules and the trained NER into the pipeline that `lawie.load()` reads."""
    nlp = compose(model, strategy="rules-only" if model is None else strategy)
    if not model_on:
        for name in ("tok2vec", "ner"):
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    for name in (SPLIT_FILE, "metrics.json", "metrics.md"):
        if model is not None and (model.parent / name).is_file():
            shutil.copy(model.parent / name, output / name)
    typer.echo(f"wrote {output} ({', '.join(nlp.pipe_names)})")


def external_ner(
    source: Path = typer.Argument(..., exists=True, help="MSRA NER training file (词/tag per word, one sentence a line)."),
    output: Path = typer.Option(Path("build/msra.spacy"), "-o", "--output", help="DocBin to write."),
    limit: int = typer.Option(2000, help="Sentences naming an organization to sample."),
    seed: int = typer.Option(0, help="Sampling seed."),
) -> None:
    """Convert general-domain organization names (MSRA nt) into INSTITUTION training docs for --extra."""
    import spacy
    from spacy.tokens import DocBin

    from ..external import msra_docs

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "lawie.CharTokenizer.v1"}}})
    docs = msra_docs(source, nlp, limit=limit, seed=seed)
    output.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(output)
    typer.echo(f"wrote {len(docs)} sentences with {sum(len(d.ents) for d in docs)} organization names to {output}")
