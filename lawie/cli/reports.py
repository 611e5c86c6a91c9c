"""`lawie segment` and `lawie extract`: reports in, outline or JSONL records out."""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer
from tqdm import tqdm

from ..export import report_record, write_jsonl_record
from ..pipeline import load, process_reports
from ..reader import ReadError, read_reports, report_files_with_ids
from ..show import section_label
from ..tables import TABLES, TableBuilder, readable_reports, require_pyarrow


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


def extract(
    paths: list[Path] = typer.Argument(..., help="Report files or folders (walked for .txt/.html files)."),
    output: str = typer.Option("-", "--output", "-o", help="JSONL file to write; '-' writes to standard output."),
    tables: Optional[Path] = typer.Option(None, "--tables", file_okay=False,
                                          help="Also write reports/sections/entities/facts.csv into this folder."),
    parquet: bool = typer.Option(False, "--parquet", help="With --tables, also write .parquet files (needs pyarrow)."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Worker processes for the pipeline (spaCy n_process)."),
    resume: bool = typer.Option(False, "--resume",
                                help="Skip reports (id and source) already in OUTPUT and append the others."),
    model: Optional[Path] = typer.Option(None, "--model", help="Another pipeline folder (from `lawie package "
                                         "--output DIR`); default: the shipped one."),
    with_model: bool = typer.Option(False, "--with-model", help="Switch on the shipped INSTITUTION model (off by "
                                    "default: not more accurate than the rules, 8x slower; docs/model-card.md)."),
) -> None:
    """Write one JSON object per report: id, source, source_offset, text, meta, sections, entities, facts.

    A file that cannot be read is reported with the reason and skipped; the others are still
    written, and the exit code is 1 when any file failed. A summary goes to standard error.
    """
    check_extract_options(output, tables, parquet, resume)
    files = report_files_with_ids(paths)
    table_rows = TableBuilder() if tables else None
    done = finished_reports(Path(output), table_rows) if resume else set()
    summary = ExtractSummary()
    failures: list[ReadError] = []
    reports = readable_reports(tqdm(files, desc="lawie extract", unit="file", disable=not sys.stderr.isatty()),
                               failures)
    todo = (report for report in reports if not summary.skipped_if((report.id, report.source) in done))
    stream = sys.stdout if output == "-" else open(output, "a" if resume else "w", encoding="utf-8")
    try:
        for doc in process_reports(load(model, with_model=with_model), todo, n_process=n_process, failures=failures):
            record = report_record(doc)
            write_jsonl_record(record, stream)
            summary.add(record)
            if table_rows is not None:
                table_rows.add(record)
    finally:
        if stream is not sys.stdout:
            stream.close()
    if table_rows is not None:
        table_rows.write(tables, parquet=parquet)
    typer.echo(summary.format(output, len(files) - len(failures), failures, tables), err=True)
    if failures or not files:
        raise typer.Exit(code=1)


def check_extract_options(output: str, tables: Path | None, parquet: bool, resume: bool) -> None:
    """Refuse option combinations that cannot work before any report is processed."""
    if resume and output == "-":
        fail("--resume needs an output file (-o OUT.jsonl) to read the finished reports from")
    if parquet and not tables:
        fail("--parquet goes with --tables DIR")
    if parquet:
        try:
            require_pyarrow()
        except RuntimeError as err:
            fail(str(err))


def finished_reports(path: Path, tables: TableBuilder | None) -> set[tuple[str, str]]:
    """(id, source) of the reports already in ``path``, for --resume; their rows go to ``tables``.

    A last line without its newline was cut off by an interrupted run: it is removed, so that
    report is done again.
    """
    done: set[tuple[str, str]] = set()
    if not path.exists():
        return done
    with open(path, "r+b") as stream:
        complete = 0
        for line in stream:
            if not line.endswith(b"\n"):
                break
            complete += len(line)
            if line.strip():
                record = json.loads(line)
                done.add((record["id"], record["source"]))
                if tables is not None:
                    tables.add(record)
        stream.truncate(complete)
    return done


@dataclass
class ExtractSummary:
    """What `lawie extract` did, for the report at the end of the run."""

    written: int = 0
    skipped: int = 0
    facts: int = 0
    labels: Counter = field(default_factory=Counter)

    def skipped_if(self, finished: bool) -> bool:
        """Count a report that --resume skips; returns ``finished`` so it works as a filter."""
        self.skipped += finished
        return finished

    def add(self, record: dict) -> None:
        self.written += 1
        self.facts += len(record.get("facts") or [])
        self.labels.update(entity["label"] for entity in record["entities"])

    def format(self, output: str, files: int, failures: list[ReadError], tables: Path | None) -> str:
        lines = [f"{self.written} reports from {files} files written to {output}; "
                 f"{self.skipped} skipped (already in the output); {len(failures)} files failed"]
        lines += [f"  failed: {failure}" for failure in failures]
        lines.append("  entities: " + (", ".join(f"{label} {n}" for label, n in sorted(self.labels.items())) or "none"))
        lines.append(f"  facts: {self.facts}")
        if tables:
            lines.append(f"  tables: {', '.join(TABLES)} in {tables}")
        return "\n".join(lines)


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=2)
