"""Cross-validation by report of the trained NER (docs/model-card.md).

Trains ``lawie train --folds N --fold k`` for every fold k (each report is a test report exactly
once), then pools the test errors of all folds: precision, recall and F1 per label of the composed
pipeline (model and rules, ``--strategy``) against the rules alone on the same reports.
A fold whose ``metrics.json`` already exists is not trained again.

    python training/cross_validate.py --folds 5 --output build/cv
"""
from __future__ import annotations

import json
from pathlib import Path

import typer

from lawie.evaluation import evaluate, prf
from lawie.pipeline import compose
from lawie.training import load_annotations, report_splits, run_training

LABELS = ("INSTITUTION", "LAW", "COUNT", "RATE", "micro")


def pooled(results: list[dict]) -> dict[str, dict[str, float]]:
    """Micro-averaged P/R/F1 per label over the summed counts of several results."""
    return {label: prf(*(sum(r["overall"][label][key] for r in results) for key in ("tp", "fp", "fn")))
            for label in LABELS}


def main(folds: int = typer.Option(5, help="Number of folds."),
         output: Path = typer.Option(Path("build/cv"), help="One model folder per fold goes here."),
         annotations: list[str] = typer.Option(["annotations"], help="Annotation files or folders."),
         config: Path = typer.Option(Path("training/ner.cfg"), help="spaCy training config."),
         strategy: str = typer.Option("rules-first", help="How model and rules combine (see lawie train).")) -> None:
    """Train every fold, then print pooled test scores of model + rules and of the rules alone."""
    records = load_annotations(annotations)
    rules_only = compose(strategy="rules-only")
    composed, rules = [], []
    for fold in range(folds):
        folder = output / f"fold-{fold}"
        metrics = folder / "metrics.json"
        if not metrics.is_file():
            run_training(annotations, config, folder, strategy=strategy, fold=(fold, folds))
        composed.append(json.loads(metrics.read_text(encoding="utf-8")))
        splits = report_splits([r["id"] for r in records], fold=(fold, folds))
        rules.append(evaluate(rules_only, [r for r in records if splits[r["id"]] == "test"]))
    typer.echo(f"| label | {strategy}: P | R | F1 | rules alone: P | R | F1 | support |")
    typer.echo("|---|---|---|---|---|---|---|---|")
    with_model, alone = pooled(composed), pooled(rules)
    for label in LABELS:
        a, b = with_model[label], alone[label]
        typer.echo(f"| {label} | {a['p']:.4f} | {a['r']:.4f} | {a['f1']:.4f} | {b['p']:.4f} | {b['r']:.4f} | "
                   f"{b['f1']:.4f} | {a['support']} |")


if __name__ == "__main__":
    typer.run(main)
