"""Doc → records: the plain-Python form of a report that the API returns and `lawie extract` writes."""
from __future__ import annotations

import json
from typing import IO, Any

from spacy.tokens import Doc

from .values import entity_norm

SECTION_FIELDS = ("start", "end", "kind", "level", "number", "heading", "parent", "role")


def report_record(doc: Doc) -> dict[str, Any]:
    """One report as a JSON-ready dict; every offset refers to ``text``."""
    return {
        "id": doc._.report_id,
        "source": doc._.source,
        "source_offset": doc._.source_offset,
        "text": doc.text,
        "meta": dict(doc._.meta or {}),
        "sections": [{k: s[k] for k in SECTION_FIELDS} for s in doc._.sections or []],
        "entities": [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text, "norm": entity_norm(e)}
                     for e in doc.ents],
        "facts": list(doc._.facts or []),
    }


def write_jsonl_record(record: dict[str, Any], stream: IO[str]) -> None:
    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
