"""Self-training trial for the segmenter (measured in session 4, not shipped; docs/segmenter.md).

Small setting as in docs/segmenter.md (the first 4,000 PD1998 training paragraphs, half of them
half-width, 5 iterations): train a model, segment sentences of ``../shared/corpus`` with that same
model, and train again on PD1998 plus those silver sentences. Prints PKU test and PD1998 held-out F1
of both models. Sentences are taken in CRC32 order (deterministic), 10–150 characters, without
Latin words or links.

    python training/segmenter_selftraining.py --silver 4000
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path

import typer

from lawie import wordseg
from lawie.reader import read_reports, report_files

SENTENCE_END = re.compile(r"(?<=[。；！？])")
NOT_PROSE = re.compile(r"[A-Za-z]{4}|http")


def silver_sentences(count: int) -> list[str]:
    """Prose sentences of the corpus reports, the first ``count`` in CRC32 order."""
    sentences = [sentence for path in report_files([wordseg.SHARED_DIR / "corpus"]) for report in read_reports(path)
                 for line in report.text.split("\n") for sentence in SENTENCE_END.split(line.strip())
                 if 10 <= len(sentence) <= 150 and not NOT_PROSE.search(sentence)]
    return sorted(sentences, key=lambda s: zlib.crc32(s.encode("utf-8")))[:count]


def train_and_score(name: str, sentences: list[list[str]], work: Path, dev: Path,
                    gold: dict[str, list[list[str]]]) -> wordseg.Segment:
    model = work / name
    wordseg.train_pkuseg(wordseg.write_sentences(sentences, work / f"{name}.txt"), dev, model, 5, 0)
    segment = wordseg.pkuseg_segment(model)
    scores = {set_name: round(wordseg.score(segment, words).f1, 4) for set_name, words in gold.items()}
    typer.echo(f"{name}: {len(sentences)} training sentences, F1 {scores}")
    return segment


def main(silver: int = typer.Option(4000, help="Silver corpus sentences to add."),
         work: Path = typer.Option(Path("build/seg-selftraining"), help="Models and training files go here.")) -> None:
    """Train the small model, then again with silver sentences it segmented itself."""
    split = wordseg.load_mix(["pd1998"])["pd1998"]
    train = wordseg.augment_halfwidth(split.train[:4000], 0.5)
    work.mkdir(parents=True, exist_ok=True)
    dev = wordseg.write_sentences(split.test[:300], work / "dev.txt")
    gold = {"sighan2005-pku": wordseg.read_gold(wordseg.BENCHMARK_GOLD), "pd1998-heldout": split.test}
    segment = train_and_score("small", train, work, dev, gold)
    train_and_score(f"small-silver{silver}", train + [segment(s) for s in silver_sentences(silver)], work, dev, gold)


if __name__ == "__main__":
    typer.run(main)
