"""Entity accuracy on annotated reports re-laid-out as text copied out of PDF pages (a benchmark).

    python benchmarks/pdf_wrap.py annotations/*.jsonl --width 58 70

Each report is hard-wrapped the way a PDF page wraps it: every paragraph (line) is cut into lines
of ``--width`` display columns (a Han character takes two), its first line indented by two
characters, and a page-number line (``— 3 —``) is put after every 40 lines. The wrapped text is
then read by lawie's reader (which rejoins the lines) and by the pipeline, and scored against the
gold spans, mapped onto the text that was read. The same is done with the reader's unwrapping
switched off, and for the original text. Rules only, like the shipped pipeline. "headings found" counts
the numbered headings of the originals (number and text) that the section segmenter finds again.

``--flatten`` adds copies that lost every line break: the lines (of the original or of the wrapped
text) joined by single spaces into one line, as some web pages and PDF copies come; the reader puts
the breaks back (``restore_line_breaks``) before it unwraps.
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
from lawie.sections import segment_text

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


def laid_out(text: str, width: int | None, flat: bool) -> str:
    """``text`` wrapped at ``width`` (None: as it is), its lines joined by spaces if ``flat``."""
    text = hard_wrap(text, width) if width else text
    return " ".join(line.strip() for line in text.split("\n") if line.strip()) if flat else text


def headings(text: str) -> set[tuple[str | None, str | None]]:
    """The numbered headings the section segmenter finds in ``text``."""
    return {(section.number, section.heading) for section in segment_text(text)[0] if section.kind == "heading"}


def score(nlp: Language, records: list[dict], width: int | None, flat: bool, repair: bool) -> tuple[dict, int, int]:
    """Scores over the records as read from their laid-out text, with or without the reader's repairs;
    how many texts read back unchanged; how many headings of the originals are found in them."""
    tally, restored, found = Tally(), 0, 0
    for record in records:
        original = source_text(record)
        with nullcontext() if repair else mock.patch.multiple(reader, unwrap_hard_lines=lambda text: text,
                                                              restore_line_breaks=lambda text: text):
            text = reader.reports_from_bytes(laid_out(original, width, flat).encode("utf-8"), record["id"])[0].text
        restored += text == original
        found += len(headings(original) & headings(text))
        gold = moved(gold_spans(record), original, text)
        tally.add(gold, {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents})
    return tally.scores(), restored, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("annotations", nargs="+", help="Annotation files or folders.")
    parser.add_argument("--width", type=int, nargs="+", default=[58], help="Line widths in display columns.")
    parser.add_argument("--flatten", action="store_true", help="Also lay the texts out on one line, breaks as spaces.")
    args = parser.parse_args()
    records, nlp = load_gold(args.annotations), load()
    layouts = [(f"wrapped at {w} columns", w, False) for w in args.width]
    if args.flatten:
        layouts += [("original on one line", None, True)] + [(f"wrapped at {w} columns, on one line", w, True)
                                                              for w in args.width]
    runs = [("original text", None, False, True)] + [
        (f"{name}, {how}", width, flat, repair)
        for name, width, flat in layouts for how, repair in (("the reader repairs", True), ("not repaired", False))]
    total_headings = sum(len(headings(source_text(record))) for record in records)
    print(f"{len(records)} reports, {total_headings} headings\n\n"
          "| text | read back unchanged | headings found | micro F1 | INSTITUTION | LAW | COUNT | RATE |\n"
          "|---|---|---|---|---|---|---|---|")
    for name, width, flat, repair in runs:
        scores, restored, found = score(nlp, records, width, flat, repair)
        labels = " | ".join(f"{scores[label]['f1']:.4f}" for label in ("INSTITUTION", "LAW", "COUNT", "RATE"))
        print(f"| {name} | {restored}/{len(records)} | {found} | {scores['micro']['f1']:.4f} | {labels} |")


if __name__ == "__main__":
    main()
