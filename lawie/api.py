"""One-call Python API: a file, folder or string in, report records out."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from .export import report_record
from .pipeline import load, process_reports
from .reader import Report, read_reports, reports_from_bytes


def extract(source: str | Path, nlp: Language | None = None, *, is_text: bool = False) -> list[dict[str, Any]]:
    """Reports of a file (or, with ``is_text=True``, of a string) as plain dicts.

    The dicts hold the same content as the lines `lawie extract` writes: id, source,
    source_offset, text, meta, sections, entities.
    """
    nlp = nlp or load()
    reports = text_reports(str(source)) if is_text else read_reports(source)
    return [report_record(doc) for doc in process_reports(nlp, reports)]


def text_reports(text: str) -> list[Report]:
    return reports_from_bytes(text.encode("utf-8"), source="<string>", stem="text")
