"""File → text: decode report files and split them into reports.

Every offset lawie outputs refers to the text returned here (``Report.text``), so this module
changes characters only where the file's form demands it: a byte-order mark is removed and line
ends are normalised to ``\\n``; HTML pages are reduced to their text with paragraph breaks; a copy
that turned its line breaks into spaces gets them back; letter-spaced lines (政 府 工 作 报 告) lose
their spaces; text hard-wrapped at a page's width (copied
out of a PDF) loses the line breaks inside its paragraphs and its page-number lines.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Iterable, TypeVar

from charset_normalizer import from_bytes

from .resources import load_resource

BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>])", re.IGNORECASE)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")
MAX_REPORT_CHARS = 500_000  # the longest real reports have ~40k; the NER needs memory in proportion
REPORT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".shtml", ".xhtml"}
Rules = TypeVar("Rules")


class ReadError(ValueError):
    """A file that cannot be read as a report, with the reason in plain words."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Report:
    """One report as lawie read it: all offsets refer to ``text``."""

    id: str
    source: str
    source_offset: int
    text: str
    encoding: str


def report_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder stands for the report files below it (sorted, so runs repeat)."""
    return [file for file, _ in report_files_with_ids(paths)]


def report_files_with_ids(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Report files with the id of their report: a file given by name keeps its name without
    suffix; a file found in a folder is named by the folder and the subfolders down to it
    (``../shared/corpus/sz_zizheng`` → sz_zizheng-059, as in annotations/), so ids stay unique."""
    found: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
            root = path.resolve()
            found += [(file, "-".join((root.name,) + file.resolve().relative_to(root).with_suffix("").parts))
                      for file in files]
        else:
            found.append((path, path.stem))
    return found


def read_reports(path: str | Path, source: str | None = None, report_id: str | None = None) -> list[Report]:
    """Read a file and return the reports it holds (several when reports run together)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(path, f"cannot open file ({err.strerror})") from err
    return reports_from_bytes(data, source or str(path), stem=report_id or path.stem)


def reports_from_bytes(data: bytes, source: str, stem: str = "report") -> list[Report]:
    """Decode bytes (text or HTML) and split them into reports."""
    text, encoding = decode(data, source)
    if is_html(data, text):
        text = html_to_text(text)
        encoding += "+html"
    text = normalise_newlines(text)
    if not text.strip():
        raise ReadError(source, "no text in file (empty or whitespace only)")
    pieces = split_reports(text)
    for offset, piece in pieces:
        if len(piece) > MAX_REPORT_CHARS:
            raise ReadError(source, f"the report at character {offset} has {len(piece):,} characters, more than "
                                    f"lawie's limit of {MAX_REPORT_CHARS:,}; is this really one report?")
    return [
        Report(id=stem if len(pieces) == 1 else f"{stem}#{i + 1}", source=source,
               source_offset=offset, text=repaired_layout(piece), encoding=encoding)
        for i, (offset, piece) in enumerate(pieces)
    ]


def repaired_layout(text: str) -> str:
    """The text of a report with the layout of its copy undone: line breaks turned into spaces,
    letter-spacing, lines hard-wrapped at a page's width."""
    return unwrap_hard_lines(close_letter_spacing(restore_line_breaks(text)))


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode report bytes, detecting the encoding from the bytes (never from the file name)."""
    if not data.strip():
        raise ReadError(source, "empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="strict"), encoding
    utf16 = guess_utf16_without_bom(data)
    for encoding in ([utf16] if utf16 else []) + ["utf-8", "gb18030"]:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text):
            return text, encoding
    return decode_with_detector(data, source)


def guess_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM shows as NUL bytes on every other position for ASCII-heavy text."""
    sample = data[:4000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 8:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    return "utf-16-be" if even_nuls > odd_nuls else "utf-16-le"


def looks_like_text(text: str) -> bool:
    """Binary data decodes into control characters; real reports have almost none."""
    sample = text[:20000]
    return len(CONTROL_CHARS.findall(sample)) <= len(sample) // 1000


def decode_with_detector(data: bytes, source: str) -> tuple[str, str]:
    """Last resort for legacy encodings that are neither UTF nor GB18030."""
    best = from_bytes(data[:200000]).best()
    if best is None or best.encoding is None:
        raise ReadError(source, "not a text file (binary data, no text encoding fits)")
    text = data.decode(best.encoding, errors="replace")
    if not looks_like_text(text):
        raise ReadError(source, f"not a text file (binary data; best guess {best.encoding} gives control characters)")
    return text, best.encoding


def is_html(data: bytes, text: str) -> bool:
    """HTML is recognised by its markup, whatever the file is called."""
    return bool(HTML_START.match(data[:2000].lstrip(codecs.BOM_UTF8))) or (
        text.count("</p>") + text.count("<br") + text.count("</div>") >= 3)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class HardWrapRules:
    """``hard_wrap`` of reader.json: what makes a report hard-wrapped and where its lines join."""

    min_width: int
    slack_below: int
    slack_above: int
    min_full_lines: int
    min_full_share: float
    sentence_end: re.Pattern
    paragraph_start: re.Pattern
    page_number: re.Pattern

    def is_full(self, line_width: int, width: int) -> bool:
        """A line as wide as the wrap width, within the slack that indents and half-width characters leave."""
        return width - self.slack_below <= line_width <= width + self.slack_above


@dataclass(frozen=True)
class FlattenedRules:
    """``flattened`` of reader.json: which lines are runs of lines, and where their breaks were."""

    min_line_chars: int
    line_break_space: re.Pattern
    inline_heading: re.Pattern
    inline_page_number: re.Pattern


def reader_rules(section: str, rules_class: type[Rules]) -> Rules:
    """A section of reader.json as ``rules_class``, its pattern fields compiled once."""
    rules = {key: value for key, value in load_resource("reader.json")[section].items() if not key.startswith("_")}
    patterns = {field.name: re.compile(rules[field.name]) for field in fields(rules_class)
                if field.type in ("re.Pattern", re.Pattern)}
    return rules_class(**{**rules, **patterns})


@dataclass(frozen=True)
class LetterSpacedRules:
    """``letter_spaced`` of reader.json: which lines have a space after every character."""

    min_single_share: float
    min_singles: int
    min_single_han: int
    han: re.Pattern
    space_between: re.Pattern


@lru_cache(maxsize=1)
def letter_spaced_rules() -> LetterSpacedRules:
    return reader_rules("letter_spaced", LetterSpacedRules)


@lru_cache(maxsize=1)
def hard_wrap_rules() -> HardWrapRules:
    return reader_rules("hard_wrap", HardWrapRules)


@lru_cache(maxsize=1)
def flattened_rules() -> FlattenedRules:
    return reader_rules("flattened", FlattenedRules)


def restore_line_breaks(text: str) -> str:
    """Give back the line breaks of a copy that turned them into spaces (a whole report on one line).

    Headings and paragraphs run together on one line give the sections nothing to find, and the
    spaces of PDF lines cut words (中国特 色社会主义). Lines of ordinary length come back unchanged.
    """
    rules = flattened_rules()
    return "\n".join(restored_line(line, rules) if len(line) >= rules.min_line_chars else line
                     for line in text.split("\n"))


def restored_line(line: str, rules: FlattenedRules) -> str:
    """One run of lines split at its former breaks, page numbers on lines of their own."""
    line = rules.inline_page_number.sub(lambda number: f"\n{number.group().strip()}\n", line)
    return rules.inline_heading.sub("\n", rules.line_break_space.sub("\n", line))


def close_letter_spacing(text: str) -> str:
    """Close the spaces of letter-spaced lines (政 府 工 作 报 告 → 政府工作报告).

    A space inside a name hides it from every rule, and a spaced heading or signature from the
    sections. Other lines, where a space separates words or slogans, come back unchanged.
    """
    rules = letter_spaced_rules()
    return "\n".join(rules.space_between.sub("", line) if is_letter_spaced(line, rules) else line
                     for line in text.split("\n"))


def is_letter_spaced(line: str, rules: LetterSpacedRules) -> bool:
    """Most pieces between spaces are single characters, enough of them Han ones."""
    pieces = line.split()
    singles = [piece for piece in pieces if len(piece) == 1]
    return (len(singles) >= max(rules.min_single_share * len(pieces), rules.min_singles)
            and sum(1 for piece in singles if rules.han.match(piece)) >= rules.min_single_han)


def unwrap_hard_lines(text: str) -> str:
    """Rejoin the lines of a report wrapped at a fixed width, as text copied out of PDF pages is.

    Such text cuts names, titles and numbers at line ends (并请市 / 政协委员), and the page numbers
    between pages cut them again. A line wider than the page (a flattened copy's) is first split into
    page lines. Text that is not hard-wrapped comes back unchanged; the rules
    (what counts as wrapped, sentence ends, headings, page numbers) are ``hard_wrap`` in reader.json.
    """
    rules = hard_wrap_rules()
    lines = text.split("\n")
    widths = [display_width(line) for line in lines]
    width = wrap_width([line_width for line, line_width in zip(lines, widths) if line.strip()], rules)
    if width is None:
        return text
    page = [piece for line, line_width in zip(lines, widths) for piece in page_lines(line, line_width, width, rules)]
    kept: list[str] = []
    open_line = after_page_number = False  # open_line: the last line kept is full and ends mid-sentence
    for line, line_width in page:
        if rules.page_number.match(line):
            while len(kept) > 1 and not kept[-1].strip():
                kept.pop()
            after_page_number = True
            continue
        if after_page_number and not line.strip():
            continue
        if open_line and line.strip() and not rules.paragraph_start.match(line):
            kept[-1] = kept[-1].rstrip() + line.strip()
        else:
            kept.append(line)
        open_line = rules.is_full(line_width, width) and not rules.sentence_end.search(line)
        after_page_number = False
    return "\n".join(kept)


def page_lines(line: str, line_width: int, width: int, rules: HardWrapRules) -> list[tuple[str, int]]:
    """A line and its width; or, when it is wider than the page, the page lines that a flattened copy
    joined with a space next to a digit (restore_line_breaks leaves those), split at the spaces where
    a line fills the page."""
    if line_width <= width + rules.slack_above:
        return [(line, line_width)]
    pieces, start = [], 0
    for space in re.finditer(r" +", line):
        if rules.is_full(display_width(line[start:space.start()]), width):
            pieces.append(line[start:space.start()])
            start = space.end()
    return [(piece, display_width(piece)) for piece in pieces + [line[start:]]]


def wrap_width(widths: list[int], rules: HardWrapRules) -> int | None:
    """The width lines of these display widths were wrapped at, or None when they were not hard-wrapped."""
    common = Counter(width for width in widths if width >= rules.min_width)
    if not common:
        return None
    width = common.most_common(1)[0][0]
    full = sum(rules.is_full(line_width, width) for line_width in widths)
    return width if full >= rules.min_full_lines and full >= rules.min_full_share * len(widths) else None


def display_width(line: str) -> int:
    """Columns a line takes on the page: Han characters and full-width forms 2, others 1."""
    return sum(2 if unicodedata.east_asian_width(char) in "WFA" else 1 for char in line.strip())


def html_to_text(html: str) -> str:
    """Main text of a page with paragraph breaks; scripts, styles and navigation removed."""
    from bs4 import BeautifulSoup, NavigableString

    rules = load_resource("reader.json")
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(rules["html_drop_tags"]):
        tag.decompose()
    for tag in soup.find_all(is_navigation_element):
        tag.decompose()
    blocks = set(rules["html_block_tags"])
    cells = set(rules["html_cell_tags"])
    parts: list[str] = []
    for node in (soup.body or soup).descendants:
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:
                parts.append(re.sub(r"[ \t\r\n]+", " ", str(node)))
        elif node.name in cells:
            parts.append("\t")
        elif node.name in blocks:
            parts.append("\n")
    lines = (line.strip(" \t") for line in "".join(parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def is_navigation_element(tag) -> bool:
    """Site navigation is found by its class or id (menu, breadcrumb, sidebar…)."""
    pattern = navigation_attr_pattern()
    attrs = getattr(tag, "attrs", None) or {}
    values = " ".join(attrs.get("class", []) if isinstance(attrs.get("class"), list) else [str(attrs.get("class", ""))])
    values += " " + str(attrs.get("id", "")) + " " + str(attrs.get("role", ""))
    return bool(pattern.search(values.lower()))


@lru_cache(maxsize=1)
def navigation_attr_pattern() -> re.Pattern:
    return re.compile(load_resource("reader.json")["html_navigation_attr_pattern"])


def split_reports(text: str) -> list[tuple[int, str]]:
    """Split text holding several reports run together; each piece keeps its start offset.

    A new report starts at a report-title line that follows the end of a previous report
    (特此报告, a date line or a page footer) with only short lines between them. Page
    header lines just before the title (breadcrumbs, metadata bullets) go with the new report.
    """
    rules = load_resource("reader.json")
    title = re.compile(rules["report_title_pattern"])
    end = re.compile(rules["report_end_pattern"])
    head = re.compile(rules["report_head_pattern"])
    lines = line_spans(text)
    starts = [0]
    ended = False
    for index, (start, stop) in enumerate(lines):
        line = text[start:stop]
        if end.search(line):
            ended = True
        elif ended and title.match(line) and start - starts[-1] >= rules["min_report_chars"]:
            starts.append(first_header_line(text, lines, index, head))
            ended = False
        elif len(line.strip()) > 80:
            ended = False
    bounds = starts + [len(text)]
    return [(bounds[i], text[bounds[i]:bounds[i + 1]]) for i in range(len(starts))]


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end before the newline."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def first_header_line(text: str, lines: list[tuple[int, int]], index: int, head: re.Pattern) -> int:
    """Walk back from a title over blank lines and page-header lines of the same report."""
    first = index
    for back in range(index - 1, -1, -1):
        line = text[lines[back][0]:lines[back][1]]
        if head.search(line):
            first = back
        elif line.strip():
            break
    return lines[first][0]
