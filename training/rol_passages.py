"""Pick rule-of-law passages of government work reports for a target-genre gold set.

lawie is for rule-of-law reports (法治政府建设年度报告), and only five of them are at hand (the seeds).
Government work reports carry the same genre in their rule-of-law paragraphs (依法行政, 法治政府建设,
行政复议…): the same institutions, laws and case figures. This script picks those paragraphs from
reports of ``../shared/corpus`` that no annotation file covers yet, and writes one annotation skeleton
per passage (``source`` = ``…/059.txt#L12-L12``, no spans; one file a report) plus the passage texts
for annotators.

A line is a rule-of-law paragraph when it names at least ``--min-hits`` of KEYWORDS; runs of such
lines make one passage (80 to 3,000 characters). Reports are taken in CRC32 order of their id (deterministic, unrelated to
what lawie finds in them), at most ``--per-report`` passages each, until ``--reports`` reports have one.
Each report goes to ``dev/`` or ``heldout/`` by the parity of the same CRC32: rules may be tuned on
the dev half; the held-out half is only measured.

    python training/rol_passages.py --out build/rol-passages --reports 40
"""
from __future__ import annotations

import json
import zlib
from pathlib import Path

import typer

from lawie.annotations import load_records, passage, report_with_source, split_line_range, text_sha256
from lawie.reader import Report, read_reports, report_files
from lawie.wordseg import SHARED_DIR

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = SHARED_DIR / "corpus"  # ../shared beside the repository, or $LAWIE_SHARED
KEYWORDS = ("法治", "依法行政", "行政复议", "行政执法", "行政诉讼", "行政应诉", "普法", "法律顾问", "合法性审查",
            "规范性文件", "公平竞争审查", "执法监督", "法律援助", "公共法律服务", "人民调解", "立法")
SPLITS = ("dev", "heldout")  # by CRC32 of the report id: half to tune rules on, half only to measure
MIN_CHARS, MAX_CHARS = 80, 3000  # shorter: a heading or a stray line; longer: a report set as one line


def keyword_hits(line: str, keywords: tuple[str, ...] = KEYWORDS) -> int:
    return sum(line.count(word) for word in keywords)


def passages(text: str, min_hits: int, keywords: tuple[str, ...] = KEYWORDS) -> list[tuple[int, int]]:
    """1-based inclusive line ranges of consecutive paragraphs naming the keywords (rule-of-law ones by default)."""
    ranges: list[tuple[int, int]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if keyword_hits(line, keywords) >= min_hits:
            if ranges and ranges[-1][1] == number - 1:
                ranges[-1] = (ranges[-1][0], number)
            else:
                ranges.append((number, number))
    return ranges


def write_report_passages(report: Report, ranges: list[tuple[int, int]], folder: Path) -> None:
    """``<report-id>.jsonl`` with one skeleton record a passage, and each passage's text beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for first, last in ranges:
        text = passage(report, first, last).text
        records.append({"id": f"{report.id}-L{first}", "source": f"{report.source}#L{first}-L{last}",
                        "sha256": text_sha256(text), "spans": []})
        (folder / f"{report.id}-L{first}.txt").write_text(text, encoding="utf-8")
    (folder / f"{report.id}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                              encoding="utf-8")


def annotated_lines() -> dict[str, list[tuple[int, int]]]:
    """Line ranges each annotated report file covers (a whole report: no range, so all of it)."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for record in load_records(sorted((REPO / "annotations").rglob("*.jsonl"))):
        source, lines = split_line_range(record["source"])
        covered.setdefault(source, []).append(lines or (1, 10**9))
    return covered


def overlaps(first: int, last: int, taken: list[tuple[int, int]]) -> bool:
    """Lines first–last share a line with one of the ``taken`` ranges."""
    return any(first <= end and start <= last for start, end in taken)


def main(out: Path = typer.Option(Path("build/rol-passages"), help="Folder for skeletons and texts."),
         reports: int = typer.Option(40, help="Reports to take passages from."),
         per_report: int = typer.Option(2, help="Passages per report at most."),
         min_hits: int = typer.Option(2, help="Keyword mentions that make a line a rule-of-law paragraph."),
         corpus: Path = typer.Option(SHARED_CORPUS, help="Work reports to pick from."),
         extra: bool = typer.Option(False, help="Take further passages of reports already annotated (lines no "
                                                "annotation covers yet), instead of reports not yet annotated; "
                                                "each keeps its report's split."),
         keywords: str = typer.Option(",".join(KEYWORDS), help="Comma-separated words that make a paragraph's "
                                      "topic (default: the rule-of-law keywords); --min-hits of them are needed.")) -> None:
    covered = annotated_lines()
    found = [report_with_source(report, path, REPO) for path in report_files([corpus]) for report in read_reports(path)]
    found.sort(key=lambda report: zlib.crc32(report.id.encode("utf-8")))
    out.mkdir(parents=True, exist_ok=True)
    chosen = 0
    for report in found:
        if chosen >= reports:
            break
        if (report.source in covered) != extra:
            continue
        taken = covered.get(report.source, [])
        ranges = [(first, last) for first, last in passages(report.text, min_hits, tuple(keywords.split(",")))
                  if MIN_CHARS <= len(passage(report, first, last).text) <= MAX_CHARS
                  and not overlaps(first, last, taken)][:per_report]
        if not ranges:
            continue
        chosen += 1
        write_report_passages(report, ranges, out / SPLITS[zlib.crc32(report.id.encode("utf-8")) % 2])
    typer.echo(f"{chosen} reports, passages in {out}")


if __name__ == "__main__":
    typer.run(main)
