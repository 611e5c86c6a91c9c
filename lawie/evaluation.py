"""Extraction accuracy against gold annotations: exact span and label match, as the label contract says.

Micro precision, recall and F1 over all entities and per label, per report and over the whole
set, with every false positive and false negative shown in its context.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.language import Language

from .annotations import load_records, source_text
from .entity_rules import LABELS

Span = tuple[int, int, str]
CONTEXT = 12


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set[Span], predicted: set[Span]) -> None:
        for _, _, label in gold & predicted:
            self.tp[label] += 1
        for _, _, label in predicted - gold:
            self.fp[label] += 1
        for _, _, label in gold - predicted:
            self.fn[label] += 1

    def scores(self, labels: Iterable[str] = LABELS) -> dict[str, dict[str, float]]:
        result = {label: prf(self.tp[label], self.fp[label], self.fn[label]) for label in labels}
        result["micro"] = prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        return result


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
            "support": tp + fn}


def gold_spans(record: dict[str, Any], labels: Iterable[str] = LABELS) -> set[Span]:
    wanted = set(labels)
    return {(s["start"], s["end"], s["label"]) for s in record["spans"] if s["label"] in wanted}


def evaluate(nlp: Language, records: list[dict[str, Any]], labels: Iterable[str] = LABELS) -> dict[str, Any]:
    """Scores of ``nlp`` on annotated reports: overall, per label, per report, and the errors."""
    labels = tuple(labels)
    total = Tally()
    reports, errors = [], []
    texts = [source_text(record) for record in records]
    for record, text, doc in zip(records, texts, nlp.pipe(texts)):
        gold = gold_spans(record, labels)
        predicted = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels}
        tally = Tally()
        tally.add(gold, predicted)
        total.add(gold, predicted)
        reports.append({"id": record["id"], **tally.scores(labels)["micro"]})
        errors += [error_row(record["id"], text, span, kind)
                   for kind, spans in (("fp", predicted - gold), ("fn", gold - predicted)) for span in sorted(spans)]
    return {"overall": total.scores(labels), "reports": reports, "errors": errors}


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Any]:
    """Exact-match agreement of two annotation passes over the same reports (F1 is symmetric)."""
    second_by_id = {record["id"]: record for record in second}
    total = Tally()
    for record in first:
        if record["id"] in second_by_id:
            total.add(gold_spans(record), gold_spans(second_by_id[record["id"]]))
    return {"reports": sorted(set(second_by_id) & {r["id"] for r in first}), **total.scores()}


def error_row(report_id: str, text: str, span: Span, kind: str) -> dict[str, Any]:
    start, end, label = span
    left = text[max(0, start - CONTEXT):start].replace("\n", "⏎")
    right = text[end:end + CONTEXT].replace("\n", "⏎")
    return {"report": report_id, "kind": kind, "label": label, "start": start, "end": end,
            "text": text[start:end], "context": f"{left}[{text[start:end]}]{right}"}


def markdown_report(result: dict[str, Any], title: str = "lawie evaluation") -> str:
    """The result as Markdown: the score table, the per-report table and the error list."""
    lines = [f"# {title}", "", "| label | P | R | F1 | support |", "|---|---|---|---|---|"]
    for label, s in result["overall"].items():
        lines.append(f"| {label} | {s['p']:.4f} | {s['r']:.4f} | {s['f1']:.4f} | {s['support']} |")
    lines += ["", "| report | P | R | F1 | support |", "|---|---|---|---|---|"]
    lines += [f"| {r['id']} | {r['p']:.4f} | {r['r']:.4f} | {r['f1']:.4f} | {r['support']} |" for r in result["reports"]]
    lines += ["", "## Errors", "", "| report | kind | label | context |", "|---|---|---|---|"]
    lines += [f"| {e['report']} | {e['kind']} | {e['label']} | {e['context'].replace('|', '¦')} |" for e in result["errors"]]
    return "\n".join(lines) + "\n"


def load_gold(paths: Iterable[str], ids: set[str] | None = None) -> list[dict[str, Any]]:
    """Gold records, optionally only those whose id is in ``ids``."""
    records = load_records(paths)
    return [r for r in records if ids is None or r["id"] in ids]
