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


STRATEGIES = {
    "rules-first": "rules tag LAW, COUNT and RATE first; the model adds what does not overlap them",
    "model-first": "the model tags first; rules replace what they overlap",
    "rules-fill": "the model tags first; rules add only where the model found nothing",
    "model-only": "the trained model alone",
    "rules-only": "rules alone (no INSTITUTION)",
}


def compose(ner_model: str | Path | None = None, strategy: str = "rules-first") -> Language:
    """The full pipeline: sections, then rules and the trained NER combined as ``strategy`` says."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    if ner_model is None or strategy == "rules-only":
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "lawie.CharTokenizer.v1"}}})
    else:
        nlp = spacy.load(ner_model)
    nlp.add_pipe("lawie_sections", first=True)
    if strategy == "rules-first" and "ner" in nlp.pipe_names:
        nlp.add_pipe("lawie_entity_rules", before="ner")
    elif strategy != "model-only":
        nlp.add_pipe("lawie_entity_rules", last=True, config={"overwrite_ents": strategy == "model-first"})
    nlp.max_length = MAX_LENGTH
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
