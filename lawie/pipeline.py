"""Loading lawie's spaCy pipeline and running it over reports (text → Doc)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions
from .reader import MAX_REPORT_CHARS, ReadError, Report

PIPELINE_DIR = Path(__file__).parent / "pipeline"
MAX_LENGTH = MAX_REPORT_CHARS


def load(path: str | Path | None = None, with_model: bool = False, **kwargs) -> Language:
    """The pipeline shipped inside the package (no download); ``path`` loads another one.

    The shipped pipeline holds the trained INSTITUTION model switched off: measured on dev and
    test reports, the rules alone are as accurate and eight times faster (docs/model-card.md).
    ``with_model=True`` switches it on.
    """
    register_extensions()
    nlp = spacy.load(path or PIPELINE_DIR, **kwargs)
    if with_model:
        for name in list(nlp.disabled):
            nlp.enable_pipe(name)
    nlp.max_length = MAX_LENGTH
    return nlp


STRATEGIES = {
    "rules-first": "LAW, COUNT and RATE rules first; the model adds institutions; institution rules fill the gaps",
    "model-first": "the model tags first; LAW, COUNT and RATE rules replace what they overlap; institution rules fill",
    "rules-fill": "the model tags first; all rules add only where the model found nothing",
    "model-fills": "all rules first; the model adds institutions only where the rules found nothing",
    "model-only": "the trained model alone",
    "rules-only": "rules alone",
}
NUMBER_AND_LAW_LABELS = ["LAW", "COUNT", "RATE"]


def compose(ner_model: str | Path | None = None, strategy: str = "rules-first") -> Language:
    """The full pipeline: sections, then rules and the trained NER combined as ``strategy`` says."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    if ner_model is None or strategy == "rules-only":
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "lawie.CharTokenizer.v1"}}})
    else:
        nlp = spacy.load(ner_model)
    nlp.add_pipe("lawie_sections", first=True)
    if strategy != "model-only":
        before_model = {"before": "ner"} if "ner" in nlp.pipe_names else {"last": True}
        laws_and_numbers_first = strategy in ("rules-first", "model-fills")
        nlp.add_pipe("lawie_entity_rules", **(before_model if laws_and_numbers_first else {"last": True}),
                     config={"labels": NUMBER_AND_LAW_LABELS, "overwrite_ents": strategy == "model-first"})
        nlp.add_pipe("lawie_entity_rules", name="lawie_institution_rules",
                     **(before_model if strategy == "model-fills" else {"last": True}),
                     config={"labels": ["INSTITUTION"], "overwrite_ents": False})
    nlp.add_pipe("lawie_propagate", last=True)
    nlp.add_pipe("lawie_facts", last=True)
    nlp.max_length = MAX_LENGTH
    return nlp


def process_reports(nlp: Language, reports: Iterable[Report], n_process: int = 1, batch_size: int = 8,
                    failures: list[ReadError] | None = None) -> Iterator[Doc]:
    """Docs for reports, with the report's id, source and offset on ``doc._``.

    With ``failures`` given and one process, a report the pipeline fails on is recorded there and
    skipped, so a batch goes on; worker processes cannot isolate one report, so there it raises.
    """
    if failures is not None and n_process == 1:
        yield from each_report(nlp, reports, failures)
        return
    pairs = ((report.text, report) for report in reports)
    for doc, report in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield with_origin(doc, report)


def each_report(nlp: Language, reports: Iterable[Report], failures: list[ReadError]) -> Iterator[Doc]:
    for report in reports:
        try:
            doc = nlp(report.text)
        except Exception as err:  # noqa: BLE001 — any failure of one report must not end the batch
            failures.append(ReadError(report.source, f"report {report.id}: the pipeline failed "
                                                     f"({type(err).__name__}: {err})"))
            continue
        yield with_origin(doc, report)


def with_origin(doc: Doc, report: Report) -> Doc:
    doc._.report_id = report.id
    doc._.source = report.source
    doc._.source_offset = report.source_offset
    return doc
