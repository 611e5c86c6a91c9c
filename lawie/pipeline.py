"""Loading lawie's spaCy pipeline and running it over reports (text → Doc)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions
from .reader import Report

PIPELINE_DIR = Path(__file__).parent / "pipeline"
MAX_LENGTH = 20_000_000


def load(path: str | Path | None = None, **kwargs) -> Language:
    """The pipeline shipped inside the package (no download); ``path`` loads another one."""
    register_extensions()
    nlp = spacy.load(path or PIPELINE_DIR, **kwargs)
    nlp.max_length = MAX_LENGTH
    return nlp


def assemble(config_path: str | Path, output: str | Path) -> Language:
    """Build a pipeline from a config without training (rules only) and save it."""
    config = spacy.util.load_config(config_path)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    nlp.to_disk(output)
    return nlp


def process_reports(nlp: Language, reports: Iterable[Report], n_process: int = 1,
                    batch_size: int = 8) -> Iterator[Doc]:
    """Docs for reports, with the report's id, source and offset on ``doc._``."""
    pairs = ((report.text, report) for report in reports)
    for doc, report in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        doc._.report_id = report.id
        doc._.source = report.source
        doc._.source_offset = report.source_offset
        yield doc
