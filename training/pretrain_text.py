"""Write raw report text for ``spacy pretrain``: the lines of the corpus reports that no scored set holds.

Pretraining teaches the character CNN of the NER model (``tok2vec``) to guess masked characters of
report text, before it learns INSTITUTION spans from the gold annotations. Only reports that are
scored nowhere are used (``silver_reports.silver_candidates``), so no dev, test or held-out text is
read. Lines longer than ``--max-chars`` are cut into pieces, shorter than 5 characters are skipped
(spaCy's JsonlCorpus drops them anyway). docs/model-card.md, "Session 13":

    python training/pretrain_text.py build/pretrain/raw.jsonl
    python -m spacy init fill-config training/ner.cfg build/pretrain/ner-pretrain.cfg --pretraining
    python -m spacy pretrain build/pretrain/ner-pretrain.cfg build/pretrain/out --paths.raw_text build/pretrain/raw.jsonl \
        --pretraining.max_epochs 3
    lawie train --config build/pretrain/ner-pretrain.cfg --init-tok2vec build/pretrain/out/model2.bin
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import typer

from lawie.reader import read_reports
from lawie.wordseg import REPO_ROOT
from silver_reports import silver_candidates

MIN_CHARS = 5


def line_pieces(text: str, max_chars: int) -> Iterator[str]:
    """Each line of ``text``, stripped, in pieces of at most ``max_chars`` characters."""
    for line in text.split("\n"):
        line = line.strip()
        for start in range(0, len(line), max_chars):
            piece = line[start:start + max_chars]
            if len(piece) >= MIN_CHARS:
                yield piece


def main(output: Path = typer.Argument(..., help="JSONL file to write ({\"text\": …} a line)."),
         max_chars: int = typer.Option(500, help="Longest piece of a line."),
         seed: int = typer.Option(0, help="Seed of silver_reports' shuffle (the order of the reports).")) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    lines = chars = 0
    with output.open("w", encoding="utf-8") as out:
        for path in silver_candidates(seed):
            for report in read_reports(REPO_ROOT / path):
                for piece in line_pieces(report.text, max_chars):
                    out.write(json.dumps({"text": piece}, ensure_ascii=False) + "\n")
                    lines += 1
                    chars += len(piece)
    typer.echo(f"{output}: {lines} lines, {chars} characters")


if __name__ == "__main__":
    typer.run(main)
