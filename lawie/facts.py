"""Entities → indicator facts: each COUNT and RATE linked to what it measures.

受理行政复议案件15件 → metric 行政复议案件, action 受理, value 15, unit 件. The rules read the
clause before the value: fillers (今年, 共, 累计…) are dropped, the first action verb splits
action from metric, unless a linking verb ends the clause (失业率控制在3%, 标准提高到80元,
由7家增至16家: the words before the link are the metric, whole); a value with nothing before it
takes the noun after it (3个政府工作部门) or shares the metric of the fact before it in the sentence (受理15件，办结12件); a rate without a
metric takes the nearest …率 of its sentence. Word lists live in ``resources/facts.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entity_rules import read_word_list
from .extensions import register_extensions
from .resources import load_resource
from .values import register_value_extensions

MEASURED = ("COUNT", "RATE")


@dataclass(frozen=True)
class FactRules:
    sentence_end: re.Pattern
    clause_end: re.Pattern
    list_separator: re.Pattern
    leading: re.Pattern
    trailing: re.Pattern
    actions: re.Pattern
    rate_metric: re.Pattern
    following: re.Pattern
    following_not: re.Pattern
    max_metric: int
    action_not_after: re.Pattern
    negation: re.Pattern
    words: frozenset[str]
    leading_before_action: re.Pattern
    word_final_fillers: frozenset[str]
    metric_edge_punctuation: str
    action_not_before: re.Pattern
    link: re.Pattern
    link_from: re.Pattern


# FactRules pattern fields and the facts.json keys they are compiled from
PATTERN_KEYS = {
    "sentence_end": "sentence_end", "clause_end": "clause_end", "list_separator": "list_separator",
    "leading": "leading_fillers", "trailing": "trailing_fillers", "rate_metric": "rate_metric",
    "following": "following_metric", "following_not": "following_metric_not", "action_not_after": "action_not_after",
    "negation": "negation", "leading_before_action": "leading_before_action", "action_not_before": "action_not_before",
    "link": "metric_link", "link_from": "metric_from",
}


@lru_cache(maxsize=1)
def fact_rules() -> FactRules:
    data = load_resource("facts.json")
    actions = "|".join(sorted(set(data["actions"]), key=len, reverse=True))
    return FactRules(**{field: re.compile(data[key]) for field, key in PATTERN_KEYS.items()},
                     actions=re.compile(actions), max_metric=data["max_metric_chars"],
                     words=frozenset(read_word_list(data["word_list"], None)),
                     word_final_fillers=frozenset(data["word_final_fillers"]),
                     metric_edge_punctuation=data["metric_edge_punctuation"])


def extract_facts(doc: Doc) -> list[dict[str, Any]]:
    """One fact per COUNT or RATE entity, in text order."""
    rules = fact_rules()
    text = doc.text  # built by joining tokens: once per doc, not per entity
    facts: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    for ent in doc.ents:
        if ent.label_ not in MEASURED:
            continue
        sentence = sentence_bounds(text, ent.start_char, ent.end_char, rules)
        same_sentence = previous if previous and previous["_sentence"] == sentence \
            and previous["label"] == ent.label_ else None
        fact = make_fact(doc, text, ent, sentence, same_sentence, rules)
        facts.append(fact)
        previous = fact
    for fact in facts:
        del fact["_sentence"], fact["_tail"]
    return facts


def make_fact(doc: Doc, text: str, ent: Span, sentence: tuple[int, int], previous: dict[str, Any] | None,
              rules: FactRules) -> dict[str, Any]:
    clause, continues = clause_before(text, ent.start_char, sentence, previous, rules)
    action, metric = read_predicate(clause, rules, ent.label_ == "RATE")
    following = following_noun(text, ent.end_char, rules)
    metric = following or metric
    if previous and (not metric or continues):
        metric = metric or previous["metric"]
        action = action or previous["action"]
    action = action or action_after(text, ent.end_char + len(following), sentence[1], rules)
    if not metric and ent.label_ == "RATE":
        metric = nearest_rate_metric(text[sentence[0]:ent.start_char], rules)
    norm = ent._.value or {}
    return {
        "start": ent.start_char, "end": ent.end_char, "label": ent.label_, "text": ent.text,
        "metric": metric or None, "action": action, "value": norm.get("value"), "unit": norm.get("unit"),
        "approx": norm.get("approx"), "institution": acting_institution(doc, sentence, ent.start_char),
        "section": section_path(doc, ent.start_char), "year": (doc._.meta or {}).get("year"),
        "evidence": text[sentence[0]:sentence[1]].strip(), "_sentence": sentence,
        "_tail": ent.end_char + len(following),
    }


def sentence_bounds(text: str, start: int, end: int, rules: FactRules) -> tuple[int, int]:
    before = [m.end() for m in rules.sentence_end.finditer(text, max(0, start - 400), start)]
    after = rules.sentence_end.search(text, end)
    return (before[-1] if before else max(0, start - 400), after.end() if after else len(text))


def clause_before(text: str, start: int, sentence: tuple[int, int], previous: dict[str, Any] | None,
                  rules: FactRules) -> tuple[str, bool]:
    """Text between the last clause break (or the previous value of the sentence and the noun it
    counted) and this value, and whether it continues a list of values (办理建议75件、提案80件, or
    19个工作目标、25项重点工作: the action carries over)."""
    begin = max(sentence[0], previous["_tail"] if previous else 0)
    breaks = [m.end() for m in rules.clause_end.finditer(text, begin, start)]
    separator = rules.list_separator.match(text, begin) if previous and not breaks else None
    if separator and begins_word(text[begin:start], separator.end() - begin, rules):
        separator = None  # 和谐, 以及: a word, not a list's joint
    begin = breaks[-1] if breaks else separator.end() if separator else begin
    return text[begin:start], bool(separator)


def read_predicate(clause: str, rules: FactRules, is_rate: bool = False) -> tuple[str | None, str]:
    """(action, metric) of the words before a value: the first action verb splits them; a rate
    named right before its value (调解率53.6%) is the metric whole, verbs inside it included."""
    clause = strip_fillers(clause, rules)
    clause, link_action = split_link(clause, rules)
    named_rate = rules.rate_metric.search(clause) if is_rate else None
    if named_rate and not trim_metric(clause[named_rate.end():], rules):
        action = rules.actions.search(clause, 0, named_rate.start())
        return link_action or (action.group(0) if action else None), trim_metric(named_rate.group(0), rules)
    if link_action is not None:
        return linked_predicate(clause, link_action, rules)
    match = first_action(clause, 0, len(clause), rules)
    if not match:
        return None, trim_metric(clause, rules)
    negation = rules.negation.search(clause, 0, match.start())
    action = clause[negation.start():match.end()] if negation else match.group(0)
    return action, trim_metric(clause[match.end():], rules)


def split_link(clause: str, rules: FactRules) -> tuple[str, str | None]:
    """The clause without a linking verb at its end (失业率控制在, 标准提高到) and the link's action:
    "" for a link that is no action (控制在), None when there is no link. A starting point or
    comparison before the link goes too (企业从640家增至, 事故数比上年下降, 化解率由)."""
    link = rules.link.search(clause)
    clause = clause[:link.start()] if link else clause
    start = rules.link_from.search(clause)
    if not link and not start:
        return clause, None
    action = first_action(link.group(0), 0, link.end() - link.start(), rules) if link else None
    return clause[:start.start()] if start else clause, action.group(0) if action else ""


def linked_predicate(subject: str, link_action: str, rules: FactRules) -> tuple[str | None, str]:
    """(action, metric) of a subject before a linking verb: the subject is the metric whole
    (登记失业率, 研发投入) unless it starts with its own verb (实现地区生产总值增长)."""
    subject = strip_fillers(subject, rules)
    own = first_action(subject, 0, len(subject), rules)
    if own and own.start() == 0:
        return link_action or own.group(0), trim_metric(subject[own.end():], rules)
    return link_action or None, trim_metric(subject, rules)


def first_action(text: str, start: int, end: int, rules: FactRules) -> re.Match | None:
    """The first action verb that is not part of a noun (行政许可, 非许可审批, 成交额)."""
    for match in rules.actions.finditer(text, start, end):
        if not (rules.action_not_after.search(text, max(0, match.start() - 2), match.start())
                or rules.action_not_before.match(text, match.end())):
            return match
    return None


def action_after(text: str, start: int, end: int, rules: FactRules) -> str | None:
    """对…案件进行了审查: the verb after the value, within its clause."""
    clause_end = rules.clause_end.search(text, start, end)
    match = first_action(text, start, clause_end.start() if clause_end else end, rules)
    return match.group(0) if match else None


def strip_fillers(text: str, rules: FactRules) -> str:
    """Leading fillers go (今年共…), unless the filler begins a word (新|建和改扩建学校, 在|建项目)."""
    text = text.strip()
    filler = leading_filler(text, rules)
    while filler and not begins_word(text, filler, rules):
        text = text[filler:].strip()
        filler = leading_filler(text, rules)
    return text


def leading_filler(text: str, rules: FactRules) -> int:
    """Length of the filler that starts the text: 今年, 共…, or 新/再 before an action (新培育)."""
    filler = rules.leading.match(text)
    if filler and filler.end():
        return filler.end()
    prefix = rules.leading_before_action.match(text)
    return prefix.end() if prefix and rules.actions.match(text, prefix.end()) else 0


def trim_metric(text: str, rules: FactRules) -> str:
    """The metric without fillers at either end, at most max_metric_chars, cut where a word begins."""
    text = strip_fillers(text, rules)
    filler = rules.trailing.search(text)
    while filler and not (filler.group(0) in rules.word_final_fillers and ends_word(text, filler.start(), rules)):
        text = text[:filler.start()]
        filler = rules.trailing.search(text)
    cut = max(0, len(text) - rules.max_metric)
    while 0 < cut < len(text) - 1 and crosses_word(text, cut, rules):
        cut += 1
    return text[cut:].lstrip(rules.metric_edge_punctuation)


def begins_word(text: str, end: int, rules: FactRules) -> bool:
    """The filler text[:end] and the one or two characters after it make a common word (新|建, 在|建, 共|有)."""
    return any(text[:end + size] in rules.words for size in (1, 2) if end + size <= len(text))


def ends_word(text: str, start: int, rules: FactRules) -> bool:
    """The filler text[start:] and the one or two characters before it make a common word (行|为, 审|计)."""
    return any(text[start - size:] in rules.words for size in (1, 2) if start >= size)


def crosses_word(text: str, pos: int, rules: FactRules) -> bool:
    """A number or a common word of 2–4 characters runs across ``pos`` (执法|行为, 2|020年: a cut there splits it)."""
    return (text[pos - 1:pos + 1].isdigit()
            or any(text[start:end] in rules.words
                   for start in range(max(0, pos - 3), pos) for end in range(pos + 1, min(len(text), start + 4) + 1)))


def following_noun(text: str, end: int, rules: FactRules) -> str:
    """3个政府工作部门: with nothing before the value, the noun after it is what is counted."""
    rest = text[end:end + 30]
    if rules.following_not.match(rest) or rules.actions.match(rest):
        return ""
    match = rules.following.match(rest)
    if not match:
        return ""
    verb = first_action(match.group(0), 1, len(match.group(0)), rules)
    return match.group(0)[:verb.start()] if verb else match.group(0)


def nearest_rate_metric(before: str, rules: FactRules) -> str | None:
    found = rules.rate_metric.findall(before)
    return strip_fillers(found[-1], rules) if found else None


def acting_institution(doc: Doc, sentence: tuple[int, int], start: int) -> str | None:
    """The last institution named in the sentence before the value."""
    names = [e.text for e in doc.ents if e.label_ == "INSTITUTION" and sentence[0] <= e.start_char < start]
    return names[-1] if names else None


def section_path(doc: Doc, offset: int) -> str | None:
    """Headings (and items) holding the offset, outermost first: 一 2017年主要工作 > （九）…"""
    holding = [s for s in doc._.sections or []
               if s["kind"] in ("heading", "item", "block") and s["start"] <= offset < s["end"]]
    labels = [f"{s['number'] or ''} {s['heading'] or ''}".strip() for s in sorted(holding, key=lambda s: s["level"])]
    return " > ".join(labels) or None


class FactExtractor:
    """spaCy component writing ``doc._.facts``."""

    def __init__(self, nlp: Language, name: str = "lawie_facts"):
        self.name = name
        register_extensions()
        register_value_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.facts = extract_facts(doc)
        return doc


@Language.factory("lawie_facts")
def make_fact_extractor(nlp: Language, name: str) -> FactExtractor:
    return FactExtractor(nlp, name)
