"""General-domain NER corpora → extra INSTITUTION training docs (measured before use: docs/model-card.md).

MSRA's organization tag (nt) marks whole organization names (中国科学院, 国务院, 新华社), close to
lawie's INSTITUTION; its other tags (persons, places) become 'outside'. Sentences are sampled
with a fixed seed so that a training run can be repeated.
"""
from __future__ import annotations

import random
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

MSRA_ORGANIZATION = "nt"


def msra_docs(path: str | Path, nlp: Language, limit: int = 2000, seed: int = 0) -> list[Doc]:
    """Docs of MSRA ``词/tag`` sentences that name an organization, at most ``limit`` of them."""
    sentences = [parse_msra_line(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    with_organization = [s for s in sentences if any(tag == MSRA_ORGANIZATION for _, tag in s)]
    random.Random(seed).shuffle(with_organization)
    return [sentence_doc(words, nlp) for words in with_organization[:limit]]


def parse_msra_line(line: str) -> list[tuple[str, str]]:
    """'中国科学院/nt 院长/o' → [('中国科学院', 'nt'), ('院长', 'o')]."""
    pairs = []
    for item in line.split():
        word, _, tag = item.rpartition("/")
        if word:
            pairs.append((word, tag))
    return pairs


def sentence_doc(words: list[tuple[str, str]], nlp: Language) -> Doc:
    doc = nlp.make_doc("".join(word for word, _ in words))
    spans, offset = [], 0
    for word, tag in words:
        if tag == MSRA_ORGANIZATION:
            spans.append(doc.char_span(offset, offset + len(word), label="INSTITUTION"))
        offset += len(word)
    doc.set_ents([s for s in spans if s is not None], default="outside")
    return doc
