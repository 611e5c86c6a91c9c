"""List corpus reports that may serve as silver training data: in no dev, test or held-out set.

Silver data is the rules' own output (``lawie annotate``) used as training spans. A report whose text
is scored anywhere (the dev and test splits of ``lawie/pipeline/splits.json``, ``annotations/heldout``,
``annotations/rol/heldout`` and their second passes) must not be trained on, even as silver, or the
scores would no longer be on unseen text. The remaining reports come out shuffled with a fixed seed, one
path a line, so that ``--count`` picks the same sample every time (docs/model-card.md, "Session 11").

    python training/silver_reports.py --count 80 > build/silver-files.txt
"""
from __future__ import annotations

import json
import os
import random

import typer

from lawie.annotations import load_records, split_line_range
from lawie.pipeline import PIPELINE_DIR
from lawie.training import SPLIT_FILE
from lawie.wordseg import ANNOTATIONS_DIR, REPO_ROOT, SHARED_DIR

SCORED_FOLDERS = ("heldout", "rol/heldout", "rol/agreement")  # under annotations/


def scored_sources() -> set[str]:
    """Report files (paths as the annotations give them, without a passage's line range) that are scored."""
    splits = json.loads((PIPELINE_DIR / SPLIT_FILE).read_text(encoding="utf-8"))
    scored_split = [ANNOTATIONS_DIR / f"{report_id}.jsonl" for report_id, split in splits.items() if split != "train"]
    records = load_records(scored_split + [ANNOTATIONS_DIR / folder for folder in SCORED_FOLDERS])
    return {os.path.normpath(split_line_range(record["source"])[0]) for record in records}


def silver_candidates(seed: int) -> list[str]:
    """Corpus report paths, relative to the repository, that no scored set holds, shuffled with ``seed``."""
    scored = scored_sources()
    files = sorted(os.path.relpath(path, REPO_ROOT) for path in (SHARED_DIR / "corpus").glob("*/*.txt"))
    candidates = [path for path in files if os.path.normpath(path) not in scored]
    random.Random(seed).shuffle(candidates)
    return candidates


def main(count: int = typer.Option(80, help="How many reports to list."),
         seed: int = typer.Option(0, help="Seed of the shuffle.")) -> None:
    for path in silver_candidates(seed)[:count]:
        typer.echo(path)


if __name__ == "__main__":
    typer.run(main)
