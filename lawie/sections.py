"""Doc → sections: a rule-based section segmenter for rule-of-law reports.

Lines are classified (page chrome, title, addressee, heading, body, closing, signature, date),
headings get levels from the order in which numbering styles nest (一、 → （一） → 1. …, as a
reader infers them), inline enumerations 一是…二是… become items, and every section gets a role:
preamble, work, problems, plans, closing or chrome. Page chrome is marked, never deleted.
All patterns live in ``resources/sections.json``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions
from .metadata import report_metadata
from .resources import load_resource

STRIP = " \t\u3000\xa0\ufeff"
SENTENCE_END = re.compile(r"[。；;！!？?]")
CLAUSE_END = re.compile(r"[，,：:]")
ROLE_ORDER = {"work": 0, "problems": 1, "plans": 2}


@dataclass
class Line:
    """One non-empty line of the report, with its stripped content offsets."""

    index: int
    start: int
    end: int
    text: str
    kind: str = "body"
    style: str | None = None
    number: str | None = None
    level: int = 0
    marker_end: int = 0


@dataclass
class Section:
    start: int
    end: int
    kind: str
    level: int = 0
    number: str | None = None
    heading: str | None = None
    parent: int | None = None
    role: str = "preamble"

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "level": self.level,
                "number": self.number, "heading": self.heading, "parent": self.parent, "role": self.role}


class SectionRules:
    """Compiled patterns from a rules file (the packaged ``sections.json`` by default)."""

    def __init__(self, data: dict[str, Any]):
        self.data = data
        self.chrome = [re.compile(p) for p in data["chrome"]]
        self.chrome_words = re.compile(data["chrome_words"])
        self.chrome_words_not_in = re.compile(data["chrome_words_not_in"])
        self.closing = re.compile(data["closing"])
        self.date = re.compile(data["date"])
        self.document_number = re.compile(data["document_number"])
        self.addressee = re.compile(data["addressee"])
        self.styles = [(s["name"], re.compile(s["pattern"])) for s in data["heading_styles"]]
        self.bare_arabic = re.compile(data["bare_arabic"])
        self.item = re.compile(data["item"])
        self.item_missing_number = re.compile(data["item_missing_number"])
        self.signature = re.compile(data["signature"])
        self.roles = {role: re.compile(p) for role, p in data["roles"].items()}
        self.roles_excused = {role: re.compile(p) for role, p in data["roles_excused"].items()}
        self.paragraph_cues = {role: re.compile(p) for role, p in data["paragraph_role_cues"].items()}
        self.part_title = re.compile(data["part_title"])

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SectionRules":
        return cls(srsly.read_json(path) if path else load_resource("sections.json"))

    def is_chrome(self, text: str) -> bool:
        """A site's header or footer line: a marker of its own, or a footer word in a line that is not prose."""
        return (any(p.search(text) for p in self.chrome)
                or bool(self.chrome_words.search(text)) and not self.chrome_words_not_in.search(text))

    def heading_style(self, text: str) -> tuple[str, re.Match] | None:
        for name, pattern in self.styles:
            match = pattern.match(text)
            if match and len(text) > match.end():
                return name, match
        return None


class SectionSegmenter:
    """spaCy component: writes ``doc._.sections``, ``doc._.meta`` and ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str = "lawie_sections", rules_path: str | None = None,
                 spans_key: str = "sections"):
        self.name = name
        self.rules_path = rules_path
        self.spans_key = spans_key
        register_extensions()

    @cached_property
    def rules(self) -> SectionRules:
        return SectionRules.load(self.rules_path)

    def __call__(self, doc: Doc) -> Doc:
        sections, meta = segment_text(doc.text, self.rules)
        doc._.sections = [s.as_dict() for s in sections]
        doc._.meta = meta
        spans = (doc.char_span(s.start, s.end, label=s.role, alignment_mode="expand") for s in sections)
        doc.spans[self.spans_key] = [span for span in spans if span is not None]
        return doc


@Language.factory("lawie_sections", default_config={"rules_path": None, "spans_key": "sections"})
def make_section_segmenter(nlp: Language, name: str, rules_path: str | None, spans_key: str) -> SectionSegmenter:
    return SectionSegmenter(nlp, name, rules_path=rules_path, spans_key=spans_key)


def segment_text(text: str, rules: SectionRules | None = None) -> tuple[list[Section], dict[str, Any]]:
    """Sections and report metadata of one report text."""
    rules = rules or SectionRules.load()
    lines = classify_lines(text, rules)
    mark_preamble_lines(lines, rules)
    mark_tail_lines(lines, rules)
    assign_heading_levels(lines, rules)
    sections = build_sections(lines, len(text))
    add_cue_blocks(sections, lines, rules)
    add_items(sections, lines, text, rules)
    sections.sort(key=lambda s: (s.start, s.level))
    link_parents(sections)
    meta = report_metadata(lines, rules)
    assign_roles(sections, rules, meta.get("year"))
    sections = drop_redundant_blocks(sections)
    link_parents(sections)
    for section in sections:
        if section.kind in ("item", "block"):
            section.level = sections[section.parent].level + 1 if section.parent is not None else 1
    return sections, meta


def iter_lines(text: str) -> Iterator[Line]:
    """Non-blank lines with offsets of their content (surrounding blanks removed)."""
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip(STRIP)
        if stripped:
            start = offset + len(raw) - len(raw.lstrip(STRIP))
            yield Line(index=index, start=start, end=start + len(stripped), text=stripped)
        offset += len(raw) + 1


def classify_lines(text: str, rules: SectionRules) -> list[Line]:
    """First pass: what each line is by its own content."""
    lines = list(iter_lines(text))
    for line in lines:
        line.kind = line_kind(line, rules)
    return lines


def line_kind(line: Line, rules: SectionRules) -> str:
    text = line.text
    if rules.closing.match(text):
        return "closing"
    if rules.date.match(text):
        return "date"
    if rules.is_chrome(text):
        return "chrome"
    if rules.document_number.fullmatch(text):
        return "docnum"
    style = rules.heading_style(text)
    if style:
        line.style, line.number, line.marker_end = style[0], style[1].group("number"), style[1].end()
        return "heading"
    return "body"


def is_short_line(line: Line, limit: int) -> bool:
    return len(line.text) <= limit and not SENTENCE_END.search(line.text)


def mark_preamble_lines(lines: list[Line], rules: SectionRules) -> None:
    """Short lines before the first paragraph are the title block or the addressee."""
    limit = rules.data["title_max_chars"]
    for line in lines:
        if line.kind in ("heading",) or (line.kind == "body" and not is_short_line(line, limit)):
            return
        if line.kind == "body":
            line.kind = "addressee" if rules.addressee.match(line.text) else "title"


def mark_tail_lines(lines: list[Line], rules: SectionRules) -> None:
    """After the last paragraph: signature lines, and chrome that looked like text."""
    last_body = max((i for i, l in enumerate(lines) if l.kind in ("body", "heading") and not is_short_line(
        l, rules.data["signature_max_chars"])), default=-1)
    for line in lines[last_body + 1:]:
        if line.kind == "body" and is_short_line(line, rules.data["signature_max_chars"]):
            line.kind = "signature" if rules.signature.search(line.text) else "chrome"
        elif line.kind == "heading" and line.style == "dash":
            line.kind = "chrome"


def assign_heading_levels(lines: list[Line], rules: SectionRules) -> None:
    """Levels from the nesting of numbering styles; bare '3在…' only continues an arabic list."""
    stack: list[str] = []
    last_number: dict[str, int] = {}
    for line in lines:
        if line.kind == "body" and stack and "arabic" in stack:
            match = rules.bare_arabic.match(line.text)
            if match and int(match.group("number")) == last_number.get("arabic", -1) + 1:
                line.kind, line.style, line.number = "heading", "arabic", match.group("number")
                line.marker_end = match.end()
        if line.kind != "heading":
            continue
        if line.style in stack:
            del stack[stack.index(line.style) + 1:]
        else:
            stack.append(line.style)
        for deeper in [s for s in last_number if s not in stack]:
            del last_number[deeper]
        last_number[line.style] = to_int(line.number)
        line.level = len(stack)


def to_int(number: str | None) -> int:
    """Arabic or Chinese list number as int (0 for marks without a number, like ——)."""
    if not number:
        return 0
    if number.isdecimal():
        return int(number)
    if len(number) == 1 and unicodedata.numeric(number, 0):
        return int(unicodedata.numeric(number))  # ①, ⑫
    import cn2an

    try:
        return int(cn2an.cn2an(number, "smart"))
    except ValueError:
        return 0


def heading_text(line_text: str, marker_end: int, limit: int) -> str:
    """A heading is the first sentence after its number; run-on headings are cut at a clause."""
    rest = line_text[marker_end:]
    end = SENTENCE_END.search(rest)
    heading = rest[: end.start()] if end else rest
    if len(heading) > limit:
        clause = CLAUSE_END.search(heading)
        heading = heading[: clause.start()] if clause and clause.start() > 0 else heading[:limit]
    return heading.strip(STRIP)


def build_sections(lines: list[Line], text_length: int) -> list[Section]:
    """Line-based sections: chrome runs, title, addressee, preamble, headings, closing block."""
    sections: list[Section] = []
    body_end = body_end_offset(lines, text_length)
    headings = [l for l in lines if l.kind == "heading"]
    for i, line in enumerate(headings):
        end = next((h.start for h in headings[i + 1:] if h.level <= line.level), body_end)
        sections.append(Section(start=line.start, end=max(end, line.end), kind="heading", level=line.level,
                                number=line.number, heading=heading_text(line.text, line.marker_end, 60)))
    first_heading = headings[0].start if headings else body_end
    body = [l for l in lines if l.kind == "body" and l.start < first_heading]
    if body:
        sections.append(Section(start=body[0].start, end=max(l.end for l in body), kind="preamble"))
    for kind, group in group_runs(lines, ("chrome", "title", "addressee", "closing", "signature", "date", "docnum")):
        sections.append(Section(start=group[0].start, end=group[-1].end, kind=kind, level=0))
    return sections


def body_end_offset(lines: list[Line], text_length: int) -> int:
    """Where the body stops: the first closing, signature or trailing chrome after the last paragraph."""
    last_body = max((i for i, l in enumerate(lines) if l.kind in ("body", "heading")), default=-1)
    if last_body < 0:
        return text_length
    tail = next((l for l in lines[:last_body + 1][::-1] if l.kind == "closing"), None)
    return tail.start if tail and tail.start > lines[last_body].start else lines[last_body].end


def group_runs(lines: list[Line], kinds: tuple[str, ...]) -> Iterator[tuple[str, list[Line]]]:
    """Consecutive lines of the same kind form one section (a chrome block, a two-line title)."""
    run: list[Line] = []
    for line in lines + [Line(index=-1, start=0, end=0, text="", kind="")]:
        if run and line.kind != run[-1].kind:
            yield run[0].kind, run
            run = []
        if line.kind in kinds:
            run.append(line)


def add_items(sections: list[Section], lines: list[Line], text: str, rules: SectionRules) -> None:
    """Enumerations 一是…二是… become items of the innermost section holding them.

    A sequence must count up from 一 within its section; an item whose 一 was lost
    (a paragraph starting with 是 before a 二是) still opens the sequence.
    """
    containers = [s for s in sections if s.kind in ("heading", "preamble", "block")]
    expected: dict[int, int] = {}
    for line in lines:
        if line.kind not in ("body", "heading"):
            continue
        container = innermost(containers, line.start)
        key = id(container)
        starts = item_starts(line, text, rules, expected.get(key, 1), container)
        expected[key] = expected.get(key, 1) + len(starts)
        level = (container.level if container else 0) + 1
        for i, (offset, number, body_start) in enumerate(starts):
            end = starts[i + 1][0] if i + 1 < len(starts) else line.end
            sections.append(Section(start=offset, end=end, kind="item", level=level, number=number,
                                    heading=heading_text(text[body_start:end], 0, 60)))


def item_starts(line: Line, text: str, rules: SectionRules, expected: int,
                container: Section | None) -> list[tuple[int, str, int]]:
    """(start, number, start of item text) of the items that continue the expected sequence."""
    found = []
    if expected == 1 and rules.item_missing_number.match(line.text) and container is not None \
            and "二是" in text[line.end:container.end]:
        found.append((line.start, "一", line.start + 1))
        expected = 2
    for match in rules.item.finditer(line.text):
        if to_int(match.group("number")) == expected:
            found.append((line.start + match.start("number"), match.group("number"), line.start + match.end()))
            expected += 1
    return found


def innermost(containers: list[Section], offset: int) -> Section | None:
    """The deepest section (heading, block or preamble) whose span holds ``offset``."""
    holding = [s for s in containers if s.start <= offset < s.end]
    return max(holding, key=lambda s: s.level) if holding else None


def link_parents(sections: list[Section]) -> None:
    """Parent = the nearest enclosing heading, item or preamble of a lower level."""
    stack: list[int] = []
    for index, section in enumerate(sections):
        while stack and (sections[stack[-1]].end <= section.start or sections[stack[-1]].level >= section.level):
            stack.pop()
        section.parent = stack[-1] if section.kind in ("heading", "item", "block") and stack else None
        if section.kind in ("heading", "item", "preamble", "block"):
            stack.append(index)


FIXED_ROLES = {"chrome": "chrome", "title": "preamble", "addressee": "preamble", "preamble": "preamble",
               "docnum": "preamble", "closing": "closing", "signature": "closing", "date": "closing"}


def assign_roles(sections: list[Section], rules: SectionRules, year: int | None) -> None:
    """Roles: fixed by kind, by the year or keywords of top-level headings, by cue paragraphs
    (…仍存在…问题, 下一步…), else inherited; the genre runs work → problems → plans, so an
    unmarked top-level heading after the problems is a plan."""
    body_start = min((s.start for s in sections if s.kind in ("heading", "preamble")), default=None)
    stage = "work"
    for section in sections:
        if section.kind in FIXED_ROLES:
            before_body = body_start is not None and section.start < body_start
            section.role = "preamble" if section.kind == "date" and before_body else FIXED_ROLES[section.kind]
        elif section.kind == "block":
            stage = later_stage(stage, section.role)
        elif section.parent is not None:
            section.role = sections[section.parent].role
        else:
            section.role = heading_role(section.heading or "", rules, year) or (
                "plans" if stage == "problems" else stage)
            stage = later_stage(stage, section.role)


def drop_redundant_blocks(sections: list[Section]) -> list[Section]:
    """A cue paragraph inside a section of the same role adds nothing."""
    return [s for s in sections
            if not (s.kind == "block" and s.parent is not None and sections[s.parent].role == s.role)]


def later_stage(stage: str, role: str) -> str:
    return role if ROLE_ORDER.get(role, -1) > ROLE_ORDER[stage] else stage


def heading_role(heading: str, rules: SectionRules, year: int | None) -> str | None:
    """Role named by a top-level heading: a later year means plans, then keywords in order."""
    mentioned = re.search(r"((?:19|20)\d{2})年", heading)
    if mentioned and year and int(mentioned.group(1)) > year:
        return "plans"
    return next((role for role in ("problems", "plans", "work") if names_role(heading, role, rules)), None)


def names_role(heading: str, role: str, rules: SectionRules) -> bool:
    """The heading holds a word of the role, once the words that name something else are taken out."""
    excused = rules.roles_excused.get(role)
    return bool(rules.roles[role].search(excused.sub("", heading) if excused else heading))


def cue_role(line: Line, rules: SectionRules) -> str | None:
    """The role a body line opens: a cue paragraph (…仍存在…问题, 下一步…) or a part title (2024年工作安排)."""
    for role, cue in rules.paragraph_cues.items():
        if cue.search(line.text) or rules.part_title.match(line.text) and names_role(line.text, role, rules):
            return role
    return None


def add_cue_blocks(sections: list[Section], lines: list[Line], rules: SectionRules) -> None:
    """A paragraph that opens the problems or the plans without a heading becomes a block."""
    containers = [s for s in sections if s.kind in ("heading", "preamble")]
    for line in lines:
        if line.kind != "body":
            continue
        container = innermost(containers, line.start)
        if container is not None and container.level > 1:
            continue
        role = cue_role(line, rules)
        if role:
            level = (container.level if container else 0) + 1
            sections.append(Section(start=line.start, end=line.end, kind="block", level=level, role=role,
                                    heading=heading_text(line.text, 0, 60)))
