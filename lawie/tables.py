"""Records → tables: the JSONL records of `lawie extract` as four flat tables (CSV, Parquet).

One row per report, section, entity and fact; every row of the last three carries its report's
id. Nested dicts (an entity's ``norm``, a report's ``meta``) become prefixed columns, so the
tables load into any spreadsheet or data frame without JSON parsing. Records may lack ``facts``
or an entity's ``norm``: both count as empty.

This module also reads records back (JSONL, or report files run through the pipeline), which is
what `lawie extract --resume`, `lawie show` and `lawie overview` start from.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from .export import SECTION_FIELDS, report_record
from .pipeline import load, process_reports
from .reader import ReadError, Report, read_reports, report_files_with_ids

TABLES = ("reports", "sections", "entities", "facts")
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
REPORT_COLUMNS = ("id", "source", "source_offset", "chars", "title", "issuer", "year", "publication_date",
                  "document_number", "n_sections", "n_entities", "n_facts")
FACT_FIELDS = ("start", "end", "metric", "action", "value", "unit", "approx", "institution", "section", "year",
               "evidence")
BASE_COLUMNS = {
    "reports": REPORT_COLUMNS,
    "sections": ("report_id",) + SECTION_FIELDS,
    "entities": ("report_id", "start", "end", "label", "text"),
    "facts": ("report_id",) + FACT_FIELDS,
}

Row = dict[str, Any]


def flatten(values: dict[str, Any], prefix: str = "") -> Row:
    """Nested dicts become ``prefix_key`` columns and lists JSON text, so every cell is a scalar."""
    row: Row = {}
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            row.update(flatten(value, f"{name}_"))
        elif isinstance(value, (list, tuple)):
            row[name] = json.dumps(value, ensure_ascii=False)
        else:
            row[name] = value
    return row


def record_rows(record: dict[str, Any]) -> dict[str, list[Row]]:
    """The rows one record contributes to each table."""
    facts = record.get("facts") or []
    report = {"id": record["id"], "source": record["source"], "source_offset": record["source_offset"],
              "chars": len(record["text"]), **flatten(record.get("meta") or {}),
              "n_sections": len(record["sections"]), "n_entities": len(record["entities"]), "n_facts": len(facts)}
    owner = {"report_id": record["id"]}
    return {
        "reports": [report],
        "sections": [{**owner, **flatten(section)} for section in record["sections"]],
        "entities": [{**owner, **flatten(entity)} for entity in record["entities"]],
        "facts": [{**owner, **flatten(fact)} for fact in facts],
    }


class TableBuilder:
    """Rows of all four tables, added record by record so a long run never holds the texts."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLES}

    def add(self, record: dict[str, Any]) -> None:
        for name, rows in record_rows(record).items():
            self.rows[name] += rows

    def columns(self, name: str) -> list[str]:
        """The table's fixed columns first, then any extra ones (``norm_*``, new fields) sorted."""
        base = BASE_COLUMNS[name]
        extra = {key for row in self.rows[name] for key in row} - set(base)
        return list(base) + sorted(extra)

    def write(self, directory: str | Path, parquet: bool = False) -> list[Path]:
        """Write ``NAME.csv`` (and ``NAME.parquet``) for every table into ``directory``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for name in TABLES:
            columns = self.columns(name)
            written.append(write_csv(self.rows[name], columns, directory / f"{name}.csv"))
            if parquet:
                written.append(write_parquet(self.rows[name], columns, directory / f"{name}.parquet"))
        return written


def build_tables(records: Iterable[dict[str, Any]]) -> TableBuilder:
    tables = TableBuilder()
    for record in records:
        tables.add(record)
    return tables


def write_csv(rows: list[Row], columns: list[str], path: Path) -> Path:
    """UTF-8 with a header; a missing value is an empty cell."""
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


def require_pyarrow():
    """pyarrow is optional: without it, say how to install it instead of failing on an import."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as err:
        raise RuntimeError("Parquet output needs pyarrow: pip install pyarrow (or pip install 'lawie[parquet]')") \
            from err
    return pyarrow


def write_parquet(rows: list[Row], columns: list[str], path: Path) -> Path:
    """Parquet through pyarrow, an optional dependency."""
    pa = require_pyarrow()
    table = pa.table({column: arrow_array(pa, [row.get(column) for row in rows]) for column in columns})
    pa.parquet.write_table(table, path)
    return path


def arrow_array(pa, values: list[Any]):
    """A column whose values mix types (a norm value that is a number here, text there) is stored as text."""
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if value is None else str(value) for value in values], type=pa.string())


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file written by `lawie extract`, blank lines ignored."""
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def readable_reports(files: Iterable[tuple[Path, str]], failures: list[ReadError]) -> Iterator[Report]:
    """Reports of the (file, id) pairs that can be read; the others go to ``failures`` and are skipped."""
    for file, report_id in files:
        try:
            yield from read_reports(file, report_id=report_id)
        except ReadError as err:
            failures.append(err)


def load_records(paths: Iterable[str | Path], failures: list[ReadError]) -> list[dict[str, Any]]:
    """Records from JSONL files as they are, and from report files or folders through the pipeline."""
    paths = [Path(path) for path in paths]
    records = [record for path in paths if path.suffix.lower() in JSONL_SUFFIXES for record in read_jsonl(path)]
    files = report_files_with_ids(path for path in paths if path.suffix.lower() not in JSONL_SUFFIXES)
    if files:
        records += [report_record(doc) for doc in process_reports(load(), readable_reports(files, failures))]
    return records
