"""`lawie segment` and `lawie extract`: reports in, outline or JSONL records out."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, Optional

import typer
from tqdm import tqdm

from ..export import report_record, write_jsonl_record
from ..pipeline import load, process_reports
from ..reader import ReadError, read_reports

REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".shtml", ".xhtml"}


def segment(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A report file (.txt in UTF-8/GB18030/UTF-16, or .html)."),
) -> None:
    """Print the outline of each report in FILE as a tree: headings, items, roles and metadata."""
    nlp = load()
    try:
        reports = read_reports(file)
    except ReadError as err:
        fail(str(err))
    for doc in process_reports(nlp, reports):
        typer.echo(format_outline(report_record(doc)))


def format_outline(record: dict) -> str:
    """Readable outline: one line per section, indented by level, role on the right."""
    meta = record["meta"]
    lines = [f"{record['id']}  (offset {record['source_offset']} in {record['source']})",
             "  " + "  ".join(f"{key}: {meta.get(key) or '-'}" for key in
                              ("title", "issuer", "year", "publication_date", "document_number"))]
    text = record["text"]
    for section in record["sections"]:
        label = section_label(section, text)
        lines.append(f"{'  ' * section['level']}{label}  [{section['role']}] {section['start']}-{section['end']}")
    return "\n".join(lines)


def section_label(section: dict, text: str) -> str:
    number = section["number"]
    if section["kind"] == "heading":
        return f"{number} {section['heading']}"
    if section["kind"] == "item":
        return f"{number}是 {section['heading']}"
    if section["kind"] == "block":
        return f"¶ {section['heading']}"
    first_line = text[section["start"]:section["end"]].split("\n")[0].strip()
    return f"<{section['kind']}> {first_line[:40]}"


def extract(
    paths: list[Path] = typer.Argument(..., help="Report files or folders (walked for .txt/.html files)."),
    output: str = typer.Option("-", "--output", "-o", help="JSONL file to write; '-' writes to standard output."),
) -> None:
    """Write one JSON object per report: id, source, source_offset, text, meta, sections, entities.

    A file that cannot be read is reported with the reason and skipped; the others are still
    written, and the exit code is 1 when any file failed.
    """
    files = list(report_files(paths))
    nlp = load()
    failures = 0
    written = 0
    stream = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        for file in tqdm(files, desc="lawie extract", unit="file", disable=not sys.stderr.isatty()):
            try:
                records = [report_record(doc) for doc in process_reports(nlp, read_reports(file))]
            except (ReadError, ValueError, OSError) as err:
                failures += 1
                typer.echo(f"error: {err}", err=True)
                continue
            for record in records:
                write_jsonl_record(record, stream)
            written += len(records)
    finally:
        if stream is not sys.stdout:
            stream.close()
    typer.echo(f"{written} reports from {len(files) - failures} files written to {output}; {failures} files failed",
               err=True)
    if failures or not files:
        raise typer.Exit(code=1)


def report_files(paths: list[Path]) -> Iterator[Path]:
    """Files as given, and report files found in folders (sorted, so runs are repeatable)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
        else:
            yield path


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=2)
