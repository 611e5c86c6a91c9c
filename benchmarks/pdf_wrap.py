"""Entity accuracy on annotated reports re-laid-out as text copied out of PDF pages (a benchmark).

    python benchmarks/pdf_wrap.py annotations/*.jsonl --width 58 70

Each report is hard-wrapped the way a PDF page wraps it: every paragraph (line) is cut into lines
of ``--width`` display columns (a Han character takes two), its first line indented by two
characters, and a page-number line (``— 3 —``) is put after every 40 lines. The wrapped text is
then read by lawie's reader (which rejoins the lines) and by the pipeline, and scored against the
gold spans, mapped onto the text that was read. The same is done with the reader's unwrapping
switched off, and for the original text. Rules only, like the shipped pipeline.
"""
from __future__ import annotations

import argparse
import difflib
from contextlib import nullcontext
from unittest import mock

from spacy.language import Language

from lawie import load, reader
from lawie.annotations import source_text
from lawie.evaluation import Span, Tally, gold_spans, load_gold

INDENT = 4
LINES_PER_PAGE = 40


def hard_wrap(text: str, width: int) -> str:
    """``text`` laid out as PDF lines: paragraphs cut at ``width`` columns, page numbers between pages."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += cut(paragraph, width) if paragraph.strip() else [paragraph]
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    return "\n".join("\n".join(page) + (f"\n— {number} —" if number < len(pages) else "")
                     for number, page in enumerate(pages, 1))


def cut(paragraph: str, width: int) -> list[str]:
    """A paragraph as PDF lines of at most ``width`` columns, the first one indented."""
    lines, line, used = [], "", INDENT
    for char in paragraph:
        columns = reader.display_width(char) or 1  # a space is stripped by display_width
        if used + columns > width:
            lines.append(line)
            line, used = "", 0
        line += char
        used += columns
    return lines + [line]


def moved(spans: set[Span], source: str, target: str) -> set[Span]:
    """Spans of ``source`` at the same characters of ``target`` (dropped if a character is gone)."""
    position = {}
    for block in difflib.SequenceMatcher(None, source, target, autojunk=False).get_matching_blocks():
        position.update({block.a + i: block.b + i for i in range(block.size)})
    return {(position[start], position[end - 1] + 1, label) for start, end, label in spans
            if start in position and end - 1 in position}


def score(nlp: Language, records: list[dict], width: int | None, unwrap: bool) -> tuple[dict, int]:
    """Scores over the records as read from their (wrapped) text; and how many texts read back unchanged."""
    tally, restored = Tally(), 0
    for record in records:
        original = source_text(record)
        laid_out = hard_wrap(original, width) if width else original
        with nullcontext() if unwrap else mock.patch.object(reader, "unwrap_hard_lines", lambda text: text):
            text = reader.reports_from_bytes(laid_out.encode("utf-8"), record["id"])[0].text
        restored += text == original
        gold = moved(gold_spans(record), original, text)
        tally.add(gold, {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents})
    return tally.scores(), restored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("annotations", nargs="+", help="Annotation files or folders.")
    parser.add_argument("--width", type=int, nargs="+", default=[58], help="Line widths in display columns.")
    args = parser.parse_args()
    records, nlp = load_gold(args.annotations), load()
    runs = [("original text", None, True)] + [(f"wrapped at {w} columns, {how}", w, unwrap)
                                              for w in args.width for how, unwrap in (("reader unwraps", True), ("not unwrapped", False))]
    print(f"{len(records)} reports\n\n| text | read back unchanged | micro F1 | INSTITUTION | LAW | COUNT | RATE |\n|---|---|---|---|---|---|---|")
    for name, width, unwrap in runs:
        scores, restored = score(nlp, records, width, unwrap)
        labels = " | ".join(f"{scores[label]['f1']:.4f}" for label in ("INSTITUTION", "LAW", "COUNT", "RATE"))
        print(f"| {name} | {restored}/{len(records)} | {scores['micro']['f1']:.4f} | {labels} |")


if __name__ == "__main__":
    main()
