"""Segmenter trials that were measured and not shipped (docs/segmenter.md).

Both use the small setting of docs/segmenter.md (the first 4,000 PD1998 training paragraphs, half of
them half-width, 5 iterations) and print PKU test and PD1998 held-out F1 of each model.

- ``selftraining`` (session 4): train a model, segment sentences of ``../shared/corpus`` with that
  same model, and train again on PD1998 plus those silver sentences. Sentences are taken in CRC32
  order (deterministic), 10–150 characters, without Latin words or links.
- ``sighan-words`` (session 7): our copy of PD1998 is not word for word the SIGHAN-2005 PKU
  training set (about 1,000 word types differ, such as 放在 or 知识产权); rewrite the training
  paragraphs to the words of that set's published word list, ``pku_training_words.utf8``, and train
  again.

    python training/segmenter_trials.py selftraining --silver 4000
    python training/segmenter_trials.py sighan-words
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
SMALL = 4000  # training paragraphs of the small setting
SIGHAN_WORDS = wordseg.SEGMENTATION_DIR / "sighan2005-icwb2" / "pku_training_words.utf8"
# words the SIGHAN list has and our copy lacks are joined only when made of Han characters and
# full-width letters or digits: the list also holds a few slips such as "，还"
JOINABLE = re.compile(r"^[\u4e00-\u9fff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+$")


def silver_sentences(count: int) -> list[str]:
    """Prose sentences of the corpus reports, the first ``count`` in CRC32 order."""
    sentences = [sentence for path in report_files([wordseg.SHARED_DIR / "corpus"]) for report in read_reports(path)
                 for line in report.text.split("\n") for sentence in SENTENCE_END.split(line.strip())
                 if 10 <= len(sentence) <= 150 and not NOT_PROSE.search(sentence)]
    return sorted(sentences, key=lambda s: zlib.crc32(s.encode("utf-8")))[:count]


def split_into_words(word: str, words: set[str]) -> list[str]:
    """``word`` as the fewest words of ``words`` (放在 → 放 在), or unchanged when it is one of them
    or cannot be built from them."""
    if word in words:
        return [word]
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(end):
            piece, before = word[start:end], best[start]
            if before is not None and piece in words and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = before + [piece]
    return best[-1] or [word]


def join_listed_words(sentence: list[str], words: set[str], ours: set[str], longest: int = 4) -> list[str]:
    """Join runs of up to ``longest`` words that make a listed word our copy never has (知识 产权 → 知识产权)."""
    joined, i = [], 0
    while i < len(sentence):
        size = next((n for n in range(longest, 1, -1) if i + n <= len(sentence) and _joins("".join(sentence[i:i + n]), words, ours)), 1)
        joined.append("".join(sentence[i:i + size]))
        i += size
    return joined


def _joins(text: str, words: set[str], ours: set[str]) -> bool:
    return text in words and text not in ours and bool(JOINABLE.match(text))


def to_word_list(sentence: list[str], words: set[str], ours: set[str]) -> list[str]:
    """A PD1998 paragraph rewritten to the words of the SIGHAN list: split, then join."""
    split = [piece for word in sentence for piece in split_into_words(word, words)]
    return join_listed_words(split, words, ours)


def train_and_score(name: str, sentences: list[list[str]], work: Path, dev: Path,
                    gold: dict[str, list[list[str]]]) -> wordseg.Segment:
    model = work / name
    wordseg.train_pkuseg(wordseg.write_sentences(sentences, work / f"{name}.txt"), dev, model, 5, 0)
    segment = wordseg.pkuseg_segment(model)
    scores = {set_name: round(wordseg.score(segment, words).f1, 4) for set_name, words in gold.items()}
    typer.echo(f"{name}: {len(sentences)} training sentences, F1 {scores}")
    return segment


def small_setting(work: Path) -> tuple[wordseg.Split, Path, dict[str, list[list[str]]]]:
    """PD1998's split, pkuseg's progress-log file and the gold sets scored."""
    split = wordseg.load_mix(["pd1998"])["pd1998"]
    work.mkdir(parents=True, exist_ok=True)
    dev = wordseg.write_sentences(split.test[:300], work / "dev.txt")
    return split, dev, {"sighan2005-pku": wordseg.read_gold(wordseg.BENCHMARK_GOLD), "pd1998-heldout": split.test}


app = typer.Typer(add_completion=False, help=__doc__.split("\n\n")[0])


@app.command()
def selftraining(silver: int = typer.Option(4000, help="Silver corpus sentences to add."),
                 work: Path = typer.Option(Path("build/seg-selftraining"), help="Models and training files go here.")) -> None:
    """Train the small model, then again with silver sentences it segmented itself."""
    split, dev, gold = small_setting(work)
    train = wordseg.augment_halfwidth(split.train[:SMALL], 0.5)
    segment = train_and_score("small", train, work, dev, gold)
    train_and_score(f"small-silver{silver}", train + [segment(s) for s in silver_sentences(silver)], work, dev, gold)


@app.command("sighan-words")
def sighan_words(work: Path = typer.Option(Path("build/seg-sighan-words"), help="Models and training files go here.")) -> None:
    """Train the small model on PD1998 as it is and as rewritten to the SIGHAN PKU training words."""
    split, dev, gold = small_setting(work)
    words = set(SIGHAN_WORDS.read_text(encoding="utf-8").split())
    ours = {word for sentence in split.train + split.test for word in sentence}
    train = split.train[:SMALL]
    train_and_score("small", wordseg.augment_halfwidth(train, 0.5), work, dev, gold)
    rewritten = [to_word_list(sentence, words, ours) for sentence in train]
    typer.echo(f"{sum(a != b for a, b in zip(rewritten, train))} of {len(train)} paragraphs rewritten")
    train_and_score("small-sighan-words", wordseg.augment_halfwidth(rewritten, 0.5), work, dev, gold)


if __name__ == "__main__":
    app()
