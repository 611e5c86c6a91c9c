"""``lawie segmenter``: train and score lawie's own pkuseg word segmenter."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from lawie import wordseg

app = typer.Typer(
    help="lawie's pkuseg word segmenter for spaCy's Chinese tokenizer: train it offline on gold "
    "corpora, score it (word P/R/F1, optionally beside jieba) and check that gold entity spans "
    "fall on token boundaries.",
    no_args_is_help=True,
)

ModelOption = typer.Option(
    None, "--model", help="Model dir (default: the shipped lawie/resources/pkuseg, else build/pkuseg)."
)


@app.command()
def train(
    output: Path = typer.Option(Path("build/pkuseg"), help="Model dir (spaCy's [initialize.tokenizer] pkuseg_model)."),
    work_dir: Path = typer.Option(Path("build/pkuseg-work"), help="Training file and held-out gold go here."),
    mix: str = typer.Option("pd1998", help=f"Corpora joined by '+', from: {', '.join(wordseg.CORPORA)}."),
    iterations: int = typer.Option(wordseg.TrainingPlan.iterations, help="CRF training iterations."),
    seed: int = typer.Option(wordseg.TrainingPlan.seed, help="Seed of pkuseg's shuffling."),
    halfwidth_share: float = typer.Option(
        wordseg.TrainingPlan.halfwidth_share, help="Share of training sentences rewritten in half-width digits/punctuation."
    ),
    max_features: Optional[int] = typer.Option(
        wordseg.TrainingPlan.max_features, help="Keep only this many features, those with the largest weights (model size); 0 keeps all."
    ),
    limit: Optional[int] = typer.Option(None, help="Use only the first N training sentences of each corpus."),
    dictionary: Optional[str] = typer.Option(
        None, help=f"Extra words for pkuseg's dictionary features, from: {', '.join(wordseg.DICTIONARIES)} (measured, not shipped)."
    ),
    regularization: float = typer.Option(
        wordseg.TrainingPlan.regularization, help="pkuseg's L2 sigma (larger = weaker regularization)."
    ),
    halfwidth_by_class: bool = typer.Option(
        False, help="Choose the sentences rewritten half-width for digits, % and punctuation separately (measured, not shipped)."
    ),
) -> None:
    """Train the segmenter (reproducible: fixed seed, deterministic held-out slices)."""
    if dictionary and dictionary not in wordseg.DICTIONARIES:
        raise typer.BadParameter(f"unknown dictionary {dictionary!r}; choose from {', '.join(wordseg.DICTIONARIES)}")
    plan = wordseg.TrainingPlan(tuple(mix.split("+")), iterations, seed, halfwidth_share, max_features or None, limit, dictionary,
                                regularization, halfwidth_by_class)
    typer.echo(f"training {plan} into {output} (work files in {work_dir})")
    scores = wordseg.train_segmenter(plan, output, work_dir)
    typer.echo(f"model: {output} ({wordseg.model_size(output) / 1e6:.1f} MB)")
    for name, result in scores.items():
        typer.echo(f"{name}: {result.line()} ({result.gold_words} gold words)")


@app.command()
def evaluate(
    gold_file: Path = typer.Argument(..., exists=True, help="Gold: words separated by spaces, one sentence a line (or .conllu)."),
    model: Optional[Path] = ModelOption,
    user_dict: Optional[Path] = typer.Option(None, help="pkuseg user dictionary to force words with."),
    jieba: bool = typer.Option(False, "--jieba", help="Also score jieba (default dictionary, HMM) on the same file."),
    halfwidth: bool = typer.Option(False, "--halfwidth", help="Rewrite the gold in half-width forms first (95.92%, 3.5万)."),
) -> None:
    """Word precision, recall and F1 (SIGHAN scoring); the last line is lawie's segmenter."""
    model = model or wordseg.default_model_dir()
    gold = wordseg.read_gold(gold_file)
    if halfwidth:
        gold = wordseg.halfwidth_sentences(gold)
    typer.echo(f"{gold_file}: {len(gold)} sentences, {sum(map(len, gold))} words")
    if jieba:
        _echo_score("jieba", wordseg.score(wordseg.jieba_segment(), gold))
    words = wordseg.read_user_dict(user_dict) if user_dict else None
    result = wordseg.score(wordseg.pkuseg_segment(model, words), gold)
    _echo_score(f"lawie {model} ({wordseg.model_size(model) / 1e6:.1f} MB)", result)
    typer.echo(result.line())


def _echo_score(name: str, result: wordseg.Score) -> None:
    typer.echo(f"{name}: {result.line()}, {result.chars_per_second:,.0f} chars/s")


@app.command()
def benchmark(
    model: Optional[Path] = ModelOption,
    jieba: bool = typer.Option(False, "--jieba", help="Also score jieba on every set."),
) -> None:
    """Word F1 on every gold test set (PD1998 held-out, SIGHAN-2005 PKU/MSR, SXU, CNC, UD)."""
    model = model or wordseg.default_model_dir()
    segmenters = {"lawie": wordseg.pkuseg_segment(model)} | ({"jieba": wordseg.jieba_segment()} if jieba else {})
    typer.echo(f"model {model}: {wordseg.model_size(model) / 1e6:.1f} MB")
    for name, gold in wordseg.benchmark_sets().items():
        for segmenter, segment in segmenters.items():
            result = wordseg.score(segment, gold)
            typer.echo(f"{name:28} {segmenter:6} {result.line()}  {result.gold_words:>7} words  {result.chars_per_second:>9,.0f} chars/s")


@app.command("user-dict")
def user_dict(
    output: Path = typer.Option(Path("build/pkuseg/user_dict.txt"), help="Where to write the dictionary."),
    annotations: Path = typer.Option(wordseg.ANNOTATIONS_DIR, help="Folder of gold annotation *.jsonl files."),
) -> None:
    """Write the domain user dictionary: institution and law names of the gold annotations."""
    words = wordseg.user_dict_words(wordseg.read_entities(wordseg.annotation_files(annotations)))
    wordseg.write_user_dict(words, output)
    typer.echo(f"{len(words)} words -> {output}")


@app.command()
def align(
    model: Optional[Path] = ModelOption,
    annotations: Path = typer.Option(wordseg.ANNOTATIONS_DIR, help="Folder of gold annotation *.jsonl files."),
    show: int = typer.Option(10, help="Print this many misaligned entities (with the user dict)."),
) -> None:
    """Share of gold entity spans whose start and end fall on token boundaries."""
    model = model or wordseg.default_model_dir()
    entities = wordseg.read_entities(wordseg.annotation_files(annotations))
    if not entities:
        typer.echo(f"no gold entities under {annotations}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{len(entities)} entities in {len({entity.report for entity in entities})} reports")
    words = wordseg.user_dict_words(entities)
    _echo_alignment("without user dict", entities, wordseg.misaligned(wordseg.pkuseg_segment(model), entities))
    _echo_alignment("user dict from other reports (2 folds)", entities, wordseg.cross_validated_misaligned(model, entities))
    bad = wordseg.misaligned(wordseg.pkuseg_segment(model, words), entities)
    for entity, tokens in bad[:show]:
        typer.echo(f"  {entity.label} {entity.text!r}: {_tokens_around(entity, tokens)}")
    _echo_alignment(f"with user dict ({len(words)} words)", entities, bad)


def _echo_alignment(name: str, entities: list[wordseg.Entity], bad: list[tuple[wordseg.Entity, list[str]]]) -> None:
    """Aligned share overall and per label."""
    total, wrong = Counter(entity.label for entity in entities), Counter(entity.label for entity, _ in bad)
    labels = ", ".join(f"{label} {1 - wrong[label] / count:.4f}" for label, count in sorted(total.items()))
    typer.echo(f"{name}: {1 - len(bad) / len(entities):.4f} ({labels})")


def _tokens_around(entity: wordseg.Entity, tokens: list[str], width: int = 10) -> str:
    """The tokens within ``width`` characters of an entity, space-separated."""
    shown, position = [], 0
    for token in tokens:
        start = entity.line.index(token, position)
        position = start + len(token)
        if position > entity.start - width and start < entity.end + width:
            shown.append(token)
    return " ".join(shown)
