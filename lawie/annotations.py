"""Gold annotation files: load, validate, summarise, convert and pre-annotate them.

An annotation file (``annotations/<report-id>.jsonl``) holds one report per line:
``{"id", "source", "sha256", "spans": [{"start", "end", "label"}]}``. ``source`` is relative to the
repository root and the offsets refer to the report text that :func:`lawie.reader.read_reports`
returns for it (docs/annotation-guidelines.md, "Format"); ``sha256`` pins that text, so offsets are
never read against a text that changed under them. A source ending in ``#L12-L15`` annotates a
passage: lines 12 to 15 of that report, and the offsets refer to those lines alone.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .extensions import register_extensions
from .reader import ReadError, Report, read_reports, report_files

if TYPE_CHECKING:
    import datasets
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin

LABELS = ("INSTITUTION", "LAW", "COUNT", "RATE")
RECORD_FIELDS: dict[str, type] = {"id": str, "source": str, "sha256": str, "spans": list}
SPAN_FIELDS: dict[str, type] = {"start": int, "end": int, "label": str}
TYPE_NAMES = {str: "a string", int: "an integer", list: "a list", dict: "an object"}
BRACKETS = {"(": ")", "（": "）", "[": "]", "［": "］", "【": "】", "〔": "〕", "{": "}", "｛": "｝",
            "《": "》", "〈": "〉", "「": "」", "『": "』", "“": "”", "‘": "’"}
SYMMETRIC_QUOTES = frozenset("\"'＂＇")
EDGE_ALLOWED = frozenset("%％‰‱")
PACKAGE_CHECKOUT = Path(__file__).resolve().parents[1]
LINE_RANGE = re.compile(r"#L(\d+)-L(\d+)$")


class AnnotationError(ValueError):
    """Annotations that cannot be used as they are; the message says where and why."""


@dataclass(frozen=True)
class Problem:
    """One finding: where it is (file, line, report, span) and what is wrong, printable on one line."""

    file: str
    line: int
    kind: str
    message: str
    report_id: str | None = None
    start: int | None = None
    end: int | None = None
    label: str | None = None
    text: str | None = None

    def __str__(self) -> str:
        parts = [f"{self.file}:{self.line}:" if self.line else f"{self.file}:"]
        if self.report_id:
            parts.append(f"[{self.report_id}]")
        if self.start is not None:
            parts.append(f"{self.start}-{self.end}")
        if self.label:
            parts.append(str(self.label))
        if self.text is not None:
            parts.append(quoted(self.text))
        return f"{' '.join(parts)} {self.kind}: {self.message}"


@dataclass
class Entry:
    """One line of an annotation file (or one item of an import file), kept with its location."""

    file: str
    line: int
    record: dict[str, Any]

    @property
    def report_id(self) -> str | None:
        report_id = self.record.get("id")
        return report_id if isinstance(report_id, str) else None

    def problem(self, kind: str, message: str) -> Problem:
        return Problem(self.file, self.line, kind, message, self.report_id)

    def span_problem(self, kind: str, span: dict[str, Any], message: str, text: str | None = None) -> Problem:
        start, end = span.get("start"), span.get("end")
        piece = text[start:end] if text is not None else None
        return Problem(self.file, self.line, kind, message, self.report_id, start, end, span.get("label"), piece)


def quoted(text: str, limit: int = 60) -> str:
    """Span text for messages: JSON-quoted so line breaks and spaces stay visible."""
    return json.dumps(text if len(text) <= limit else text[:limit] + "…", ensure_ascii=False)


def default_root() -> Path:
    """Sources are relative to the repository root: the checkout lawie runs from, else the current folder."""
    return PACKAGE_CHECKOUT if (PACKAGE_CHECKOUT / "pyproject.toml").is_file() else Path.cwd()


def text_sha256(text: str) -> str:
    """The ``sha256`` field: hex digest of the report text encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- reading and writing -------------------------------------------------------------------------

def annotation_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder stands for its own ``*.jsonl`` (not subfolders such as agreement/)."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return files


def read_entries(path: Path) -> tuple[list[Entry], list[Problem]]:
    """Every non-blank line parsed; a line that is not a JSON object becomes a Problem, not an exception."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as err:
        return [], [Problem(str(path), 0, "file", f"cannot read annotation file ({err})")]
    entries, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(Problem(str(path), number, "json", f"invalid JSON: {err.msg} at column {err.colno}"))
            continue
        if isinstance(value, dict):
            entries.append(Entry(str(path), number, value))
        else:
            problems.append(Problem(str(path), number, "json", f"line is {type_name(value)}, not a JSON object"))
    return entries, problems


def read_all(paths: Iterable[str | Path]) -> tuple[list[Entry], list[Problem]]:
    """Entries of all files or folders, and the files or lines that could not be read."""
    entries, problems = [], []
    for path in annotation_files(paths):
        found, bad = read_entries(path) if path.is_file() else ([], [Problem(str(path), 0, "file", "file not found")])
        entries += found
        problems += bad
    return entries, problems


def load_entries(paths: Iterable[str | Path]) -> list[Entry]:
    """Entries of well-formed files; AnnotationError lists every syntax or field problem otherwise."""
    entries, problems = read_all(paths)
    problems += [problem for entry in entries for problem in field_problems(entry)]
    if problems:
        raise AnnotationError("malformed annotations (run `lawie annotations validate`):\n"
                              + "\n".join(map(str, problems)))
    return entries


def load_records(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Annotation records of files or folders, in file and line order."""
    return [entry.record for entry in load_entries(paths)]


def load_dataset(paths: Iterable[str | Path], **kwargs: Any) -> datasets.Dataset:
    """The annotation files as a Hugging Face ``Dataset`` (the json builder with a fixed schema)."""
    import datasets

    string, integer = datasets.Value("string"), datasets.Value("int64")
    features = datasets.Features({"id": string, "source": string, "sha256": string,
                                  "spans": [{"start": integer, "end": integer, "label": string}]})
    files = [str(path) for path in annotation_files(paths)]
    return datasets.load_dataset("json", data_files=files, features=features, split="train", **kwargs)


def find_report(record: dict[str, Any], root: Path | None = None) -> Report:
    """The report a record annotates; a one-report file matches whatever the id, else the ``#n`` picks it.
    A ``#La-Lb`` source gives the passage of those lines."""
    source, lines = split_line_range(record["source"])
    path = (root or default_root()) / source
    if not path.is_file():
        raise AnnotationError(f"source file not found: {source} (looked for {path})")
    try:
        reports = read_reports(path, source=source)
    except ReadError as err:
        raise AnnotationError(f"source file unreadable: {err}") from err
    number = report_number(record["id"])
    matches = reports if len(reports) == 1 else [r for r in reports if report_number(r.id) == number]
    if not matches:
        raise AnnotationError(f"source {source} holds reports {', '.join(r.id for r in reports)}, "
                              f"none matches id {record['id']!r}")
    return passage(matches[0], *lines) if lines else matches[0]


def split_line_range(source: str) -> tuple[str, tuple[int, int] | None]:
    """``file#L12-L15`` → (``file``, (12, 15)); a plain source has no line range."""
    match = LINE_RANGE.search(source)
    if not match:
        return source, None
    return source[:match.start()], (int(match.group(1)), int(match.group(2)))


def passage(report: Report, first: int, last: int) -> Report:
    """Lines ``first``–``last`` (1-based, inclusive) of a report, for annotating one part of it, such
    as the rule-of-law section of a government work report."""
    lines = report.text.split("\n")
    if not 1 <= first <= last <= len(lines):
        raise AnnotationError(f"{report.source}: lines L{first}-L{last} are outside the report's {len(lines)} lines")
    start = sum(len(line) + 1 for line in lines[:first - 1])
    return replace(report, source_offset=report.source_offset + start, text="\n".join(lines[first - 1:last]))


def report_number(report_id: str) -> str:
    """The ``#n`` part of an id ('' when none): annotation ids may use another stem than the file's."""
    return report_id.rpartition("#")[2] if "#" in report_id else ""


def source_text(record: dict[str, Any], root: Path | None = None) -> str:
    """The report text a record's offsets refer to; AnnotationError when it changed (sha256)."""
    text = find_report(record, root).text
    if text_sha256(text) != record["sha256"]:
        raise AnnotationError(f"{record['id']}: {sha_message(record, text)}")
    return text


def sha_message(record: dict[str, Any], text: str) -> str:
    return (f"the annotated text differs from the current text of {record['source']} "
            f"(sha256 {str(record['sha256'])[:12]}… vs {text_sha256(text)[:12]}…)")


def normalised(record: dict[str, Any]) -> dict[str, Any]:
    """A record with exactly the format's fields, spans sorted by start then end."""
    spans = sorted(({key: span[key] for key in SPAN_FIELDS} for span in record["spans"]),
                   key=lambda span: (span["start"], span["end"]))
    return {"id": record["id"], "source": record["source"], "sha256": record["sha256"], "spans": spans}


def save_records(records: Iterable[dict[str, Any]], path: str | Path) -> Path:
    """Write records as an annotation file: one report per line, sorted spans, UTF-8 text."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(normalised(record), ensure_ascii=False) + "\n" for record in records)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def save_grouped(records: Iterable[dict[str, Any]], outdir: str | Path, overwrite: bool = False) -> list[Path]:
    """Write ``<outdir>/<report-id>.jsonl`` files (reports of one source file share one, by id stem).

    Refuses to replace existing files unless ``overwrite``: annotators' work is never clobbered.
    """
    groups: dict[Path, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[Path(outdir) / f"{record['id'].partition('#')[0]}.jsonl"].append(record)
    existing = [str(path) for path in groups if path.exists()]
    if existing and not overwrite:
        raise FileExistsError(f"would overwrite {', '.join(existing)} (pass overwrite / --force to replace)")
    return [save_records(group, path) for path, group in groups.items()]


# --- validation ----------------------------------------------------------------------------------

def validate(paths: Iterable[str | Path], root: Path | None = None) -> list[Problem]:
    """Every problem in annotation files or folders, in file and line order (empty list: all valid)."""
    entries, problems = read_all(paths)
    for entry in entries:
        problems += entry_problems(entry, root)
    return in_order(problems + duplicate_id_problems(entries))


def in_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda problem: (problem.file, problem.line))


def entry_problems(entry: Entry, root: Path | None = None) -> list[Problem]:
    """Fields, labels, then everything that needs the source text (checked only when its sha256 matches)."""
    problems = field_problems(entry)
    if problems:
        return problems
    problems = label_problems(entry)
    try:
        text = find_report(entry.record, root).text
    except AnnotationError as err:
        return problems + [entry.problem("source", str(err))]
    if text_sha256(text) != entry.record["sha256"]:
        return problems + [entry.problem("sha256", sha_message(entry.record, text) + "; spans not checked")]
    return problems + span_problems(entry, text)


def field_problems(entry: Entry) -> list[Problem]:
    """Exactly the format's fields with the right JSON types (extra fields break ``load_dataset``)."""
    problems = object_problems(entry, entry.record, RECORD_FIELDS, "")
    if not problems:
        for index, span in enumerate(entry.record["spans"]):
            prefix = f"span #{index + 1} {json.dumps(span, ensure_ascii=False)}: "
            problems += object_problems(entry, span, SPAN_FIELDS, prefix)
    return problems


def object_problems(entry: Entry, value: Any, fields: dict[str, type], prefix: str) -> list[Problem]:
    if not isinstance(value, dict):
        return [entry.problem("field", f"{prefix}must be an object, not {type_name(value)}")]
    missing = [f"{prefix}missing field {name!r}" for name in fields if name not in value]
    extra = [f"{prefix}unexpected field {name!r} (allowed: {', '.join(fields)})"
             for name in value if name not in fields]
    typed = [f"{prefix}field {name!r} must be {TYPE_NAMES[kind]}, not {type_name(value[name])}"
             for name, kind in fields.items() if name in value and not has_type(value[name], kind)]
    return [entry.problem("field", message) for message in missing + extra + typed]


def has_type(value: Any, kind: type) -> bool:
    """JSON types: true/false is not an integer."""
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def type_name(value: Any) -> str:
    return "null" if value is None else TYPE_NAMES.get(type(value), type(value).__name__)


def label_problems(entry: Entry) -> list[Problem]:
    return [entry.span_problem("label", span, f"unknown label {span['label']!r} (labels: {', '.join(LABELS)})")
            for span in entry.record["spans"] if span["label"] not in LABELS]


def span_problems(entry: Entry, text: str) -> list[Problem]:
    """Order, offsets, line breaks, edges and overlaps of one record's spans against its text."""
    spans = entry.record["spans"]
    starts = [span["start"] for span in spans]
    problems = [] if starts == sorted(starts) else [entry.problem("order", "spans are not sorted by start")]
    in_range = []
    for span in spans:
        found = single_span_problems(entry, span, text)
        problems += found
        in_range += [span] if not any(problem.kind == "range" for problem in found) else []
    return problems + overlap_problems(entry, in_range, text)


def single_span_problems(entry: Entry, span: dict[str, Any], text: str) -> list[Problem]:
    start, end = span["start"], span["end"]
    if not 0 <= start < end <= len(text):
        reason = "start must be before end" if start >= end else f"offsets outside the text (0-{len(text)})"
        return [entry.span_problem("range", span, reason)]
    piece = text[start:end]
    problems = [entry.span_problem("linebreak", span, "span crosses a line break", text)] if "\n" in piece else []
    return problems + [entry.span_problem("edge", span, message, text) for message in edge_messages(piece)]


def edge_messages(piece: str) -> list[str]:
    """Whitespace or punctuation at a span's ends, unless it is a bracket or quote paired inside the span.

    纲要(2021-2025年) and “保平安、促和谐”专项行动方案 are fine; (2021-2025年) and “放管服”, wrapped whole,
    are not.
    """
    pairs = bracket_pairs(piece)
    messages = []
    for index, side in sorted({0: "start", len(piece) - 1: "end"}.items()):
        char = piece[index]
        what = edge_kind(char)
        if what and not (index in pairs and {index, pairs[index]} != {0, len(piece) - 1}):
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            messages.append(f"{what} {char!r} ({name}) at span {side}")
    return messages


def edge_kind(char: str) -> str | None:
    """'whitespace', 'punctuation' or None: what may not stand at a span's edge (95% may end with %)."""
    category = unicodedata.category(char)
    if char.isspace() or category == "Cf":
        return "whitespace"
    return "punctuation" if category.startswith("P") and char not in EDGE_ALLOWED else None


def bracket_pairs(piece: str) -> dict[int, int]:
    """Positions of brackets and quotes that pair up inside ``piece``, mapped to their partners."""
    closers = set(BRACKETS.values())
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for index, char in enumerate(piece):
        top = piece[stack[-1]] if stack else None
        closes = (char in closers and top is not None and BRACKETS.get(top) == char) or (
            char in SYMMETRIC_QUOTES and top == char)
        if closes:
            opener = stack.pop()
            pairs[opener], pairs[index] = index, opener
        elif char in BRACKETS or char in SYMMETRIC_QUOTES:
            stack.append(index)
    return pairs


def overlap_problems(entry: Entry, spans: list[dict[str, Any]], text: str) -> list[Problem]:
    """Each span that overlaps, nests in or duplicates the furthest-reaching span before it."""
    problems, reach = [], None
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if reach is not None and span["start"] < reach["end"]:
            relation = ("duplicates" if (span["start"], span["end"]) == (reach["start"], reach["end"])
                        else "is nested in" if span["end"] <= reach["end"] else "overlaps")
            other = f"{reach['start']}-{reach['end']} {reach['label']} {quoted(text[reach['start']:reach['end']])}"
            problems.append(entry.span_problem("overlap", span, f"{relation} span {other}", text))
        if reach is None or span["end"] > reach["end"]:
            reach = span
    return problems


def duplicate_id_problems(entries: list[Entry]) -> list[Problem]:
    first: dict[str, Entry] = {}
    problems = []
    for entry in entries:
        report_id = entry.record.get("id")
        if isinstance(report_id, str) and report_id in first:
            other = first[report_id]
            problems.append(entry.problem("duplicate", f"report id also used at {other.file}:{other.line}"))
        elif isinstance(report_id, str):
            first[report_id] = entry
    return problems


# --- statistics ----------------------------------------------------------------------------------

def stats(paths: Iterable[str | Path], root: Path | None = None) -> dict[str, Any]:
    """Span counts and distinct span texts per label and per report, with report sizes.

    Totals ("all", "total") add up the label columns, so a text under two labels counts twice.
    """
    reports = []
    for record in load_records(paths):
        text = source_text(record, root)
        reports.append((record["id"], len(text), span_texts(record, text)))
    rows = [report_stats(report_id, chars, by_label) for report_id, chars, by_label in reports]
    labels = {label: {**count_texts([t for _, _, by_label in reports for t in by_label[label]]),
                      "reports": sum(bool(by_label[label]) for _, _, by_label in reports)} for label in LABELS}
    total = {"reports": len(rows), "chars": sum(row["chars"] for row in rows), **summed(labels.values())}
    return {"reports": rows, "labels": labels, "total": total}


def report_stats(report_id: str, chars: int, by_label: dict[str, list[str]]) -> dict[str, Any]:
    cells = {label: count_texts(texts) for label, texts in by_label.items()}
    return {"id": report_id, "chars": chars, "labels": cells, **summed(cells.values())}


def span_texts(record: dict[str, Any], text: str) -> dict[str, list[str]]:
    """Span texts per label (unknown labels are left to ``validate``)."""
    return {label: [text[s["start"]:s["end"]] for s in record["spans"] if s["label"] == label] for label in LABELS}


def count_texts(texts: list[str]) -> dict[str, int]:
    return {"spans": len(texts), "distinct": len(set(texts))}


def summed(cells: Iterable[dict[str, int]]) -> dict[str, int]:
    cells = list(cells)
    return {key: sum(cell[key] for cell in cells) for key in ("spans", "distinct")}


def stats_table(data: dict[str, Any], markdown: bool = True) -> str:
    """The ``stats`` data as two tables (per report, per label); cells read 'spans / distinct texts'."""
    def cell(counts: dict[str, int]) -> str:
        return f"{counts['spans']} / {counts['distinct']}"

    report_rows = [[row["id"], str(row["chars"]), *(cell(row["labels"][label]) for label in LABELS), cell(row)]
                   for row in data["reports"]]
    total = data["total"]
    report_rows.append(["total", str(total["chars"]), *(cell(data["labels"][label]) for label in LABELS), cell(total)])
    label_rows = [[label, *(str(counts[key]) for key in ("spans", "distinct", "reports"))]
                  for label, counts in data["labels"].items()]
    return "\n\n".join([
        table(["report", "chars", *LABELS, "all"], report_rows, markdown),
        table(["label", "spans", "distinct texts", "reports"], label_rows, markdown),
    ]) + "\n"


def table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    """A Markdown table, or a plain one with padded columns."""
    if markdown:
        lines = [headers, ["---"] + ["---:"] * (len(headers) - 1), *rows]
        return "\n".join("| " + " | ".join(line) + " |" for line in lines)
    widths = [max(len(line[i]) for line in [headers, *rows]) for i in range(len(headers))]
    return "\n".join("  ".join(value.ljust(width) for value, width in zip(line, widths)).rstrip()
                     for line in [headers, *rows])


# --- doccano and Label Studio --------------------------------------------------------------------

def to_doccano(record: dict[str, Any], text: str) -> dict[str, Any]:
    """A doccano sequence-labelling line; id, source and sha256 ride along as metadata."""
    return {"id": record["id"], "text": text, "label": [[s["start"], s["end"], s["label"]] for s in record["spans"]],
            "source": record["source"], "sha256": record["sha256"]}


def from_doccano(item: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Record and tool text of a doccano line (metadata read at top level or under ``meta``)."""
    meta = {**item.get("meta", {}), **item}
    spans = [{"start": start, "end": end, "label": label} for start, end, label in item.get("label", [])]
    return imported_record(meta, spans, item["text"]), item["text"]


def to_labelstudio(record: dict[str, Any], text: str) -> dict[str, Any]:
    """A Label Studio task: ``data.text`` plus metadata, spans as ``labels`` results of one annotation."""
    results = [{"id": f"{record['id']}-{index}", "from_name": "label", "to_name": "text", "type": "labels",
                "value": {"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]],
                          "labels": [s["label"]]}}
               for index, s in enumerate(record["spans"])]
    return {"data": {"text": text, "id": record["id"], "source": record["source"], "sha256": record["sha256"]},
            "annotations": [{"result": results}]}


def from_labelstudio(task: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Record and tool text of a task: ``labels`` results of its first annotation (span text kept for checks)."""
    annotations = task.get("annotations") or [{}]
    spans = [{"start": r["value"]["start"], "end": r["value"]["end"], "label": label, "text": r["value"].get("text")}
             for r in annotations[0].get("result", []) if r.get("type") == "labels" for label in r["value"]["labels"]]
    return imported_record(task["data"], spans, task["data"]["text"]), task["data"]["text"]


def imported_record(meta: dict[str, Any], spans: list[dict[str, Any]], text: str) -> dict[str, Any]:
    """The id and source the export wrote, with the sha256 of the text as it came back from the tool:
    ``validate``'s sha256 check then tells whether that text is still the source's."""
    return {**{key: meta[key] for key in ("id", "source") if key in meta}, "sha256": text_sha256(text), "spans": spans}


@dataclass(frozen=True)
class Format:
    """An annotation tool's file format: item converters and whether the file is JSONL or one JSON list."""

    to_item: Callable[[dict[str, Any], str], dict[str, Any]]
    from_item: Callable[[dict[str, Any]], tuple[dict[str, Any], str]]
    jsonl: bool


FORMATS = {"doccano": Format(to_doccano, from_doccano, jsonl=True),
           "labelstudio": Format(to_labelstudio, from_labelstudio, jsonl=False)}


def export(paths: Iterable[str | Path], to: str, output: str | Path, root: Path | None = None) -> int:
    """Write annotations in a tool's format (the report texts included); returns the number of reports."""
    fmt = FORMATS[to]
    items = [fmt.to_item(record, source_text(record, root)) for record in load_records(paths)]
    body = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items) if fmt.jsonl else (
        json.dumps(items, ensure_ascii=False, indent=1) + "\n")
    Path(output).write_text(body, encoding="utf-8")
    return len(items)


def import_file(path: str | Path, source_format: str,
                root: Path | None = None) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Records from a tool's file, and every problem: a text that differs from the source, bad spans."""
    fmt = FORMATS[source_format]
    items, problems = tool_items(Path(path), fmt.jsonl)
    records = []
    for item in items:
        try:
            record, text = fmt.from_item(item.record)
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            problems.append(item.problem("field", f"not a {source_format} item ({type(err).__name__}: {err})"))
            continue
        entry = Entry(item.file, item.line, record)
        shown = pop_span_texts(record)
        found = entry_problems(entry, root)
        problems += found + ([] if any(p.kind == "field" for p in found) else shown_text_problems(entry, shown, text))
        records.append(record)
    return records, in_order(problems)


def tool_items(path: Path, jsonl: bool) -> tuple[list[Entry], list[Problem]]:
    """Items of a JSONL file (numbered by line) or of a JSON list (numbered by task, from 1)."""
    if jsonl:
        return read_entries(path)
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return [], [Problem(str(path), 0, "json", f"cannot read a JSON list of tasks ({err})")]
    if not isinstance(tasks, list):
        return [], [Problem(str(path), 0, "json", "expected a JSON list of tasks")]
    entries = [Entry(str(path), number, task) for number, task in enumerate(tasks, 1) if isinstance(task, dict)]
    problems = [Problem(str(path), number, "json", f"task is {type_name(task)}, not a JSON object")
                for number, task in enumerate(tasks, 1) if not isinstance(task, dict)]
    return entries, problems


def pop_span_texts(record: dict[str, Any]) -> list[str | None]:
    """Label Studio repeats each span's text: take it out of the record, to check it apart."""
    return [span.pop("text", None) for span in record["spans"]]


def shown_text_problems(entry: Entry, shown: list[str | None], text: str) -> list[Problem]:
    """A span text the tool shows must be the text at the span's offsets."""
    return [entry.span_problem("text", span, f"the tool shows {quoted(piece)} for these offsets", text)
            for span, piece in zip(entry.record["spans"], shown)
            if piece is not None and text[span["start"]:span["end"]] != piece]


# --- spaCy ---------------------------------------------------------------------------------------

def to_docbin(paths: Iterable[str | Path], nlp: Language | None = None,
              root: Path | None = None) -> tuple[DocBin, list[Problem]]:
    """Docs with gold ``ents`` for training; spans that miss token boundaries are reported and their
    tokens marked missing (unknown), so they teach neither an entity nor 'outside'."""
    import spacy
    from spacy.tokens import DocBin

    nlp = nlp or spacy.blank("zh")
    docbin, problems = DocBin(store_user_data=True), []
    for entry in load_entries(paths):
        text = source_text(entry.record, root)
        try:
            doc, misaligned = annotated_doc(nlp, entry.record, text)
        except ValueError as err:  # overlapping spans: spaCy cannot hold them as ents
            raise AnnotationError(f"{entry.file}:{entry.line}: {err} (run `lawie annotations validate`)") from err
        problems += [entry.span_problem("alignment", span, f"off token boundaries ({tokens_around(doc, span)})", text)
                     for span in misaligned]
        docbin.add(doc)
    return docbin, problems


def annotated_doc(nlp: Language, record: dict[str, Any], text: str) -> tuple[Doc, list[dict[str, Any]]]:
    """A tokenised doc with the record's spans as ``ents``, and the spans that did not align."""
    register_extensions()
    doc = nlp.make_doc(text)
    doc._.report_id, doc._.source = record["id"], record["source"]
    aligned = [(span, doc.char_span(span["start"], span["end"], label=span["label"])) for span in record["spans"]]
    misaligned = [span for span, ent in aligned if ent is None]
    missing = [doc.char_span(s["start"], s["end"], alignment_mode="expand") for s in misaligned]
    missing_tokens = {i for span in missing for i in range(span.start, span.end)}
    # an aligned entity sharing a token with a misaligned one cannot be told apart at token level
    ents = [ent for _, ent in aligned if ent is not None and not missing_tokens.intersection(range(ent.start, ent.end))]
    missing_tokens |= {i for _, ent in aligned if ent is not None and ent not in ents for i in range(ent.start, ent.end)}
    doc.set_ents(ents, missing=[doc[i:i + 1] for i in sorted(missing_tokens)], default="outside")
    return doc, misaligned


def tokens_around(doc: Doc, span: dict[str, Any]) -> str:
    """The tokens a span cuts into, for the message: 'tokens 事项311项|,'."""
    covering = doc.char_span(span["start"], span["end"], alignment_mode="expand")
    return "tokens " + "|".join(token.text for token in covering)


# --- pre-annotation ------------------------------------------------------------------------------

def preannotate(paths: Iterable[str | Path], nlp: Language, root: Path | None = None) -> list[dict[str, Any]]:
    """Records of what the pipeline finds (``doc.ents``) in report files, ready for correction.

    Ids follow the existing files: the report id, prefixed by the folder name for files outside the
    repository (``../shared/corpus/sz_zizheng/059.txt`` → ``sz_zizheng-059``).
    """
    from .pipeline import process_reports

    register_extensions()  # a bare spaCy pipeline works too: the report id rides on doc._
    root = root or default_root()
    reports = [report_with_source(report, path, root) for path in report_files(paths) for report in read_reports(path)]
    return [{"id": doc._.report_id, "source": doc._.source, "sha256": text_sha256(doc.text),
             "spans": [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]}
            for doc in process_reports(nlp, reports)]


def report_with_source(report: Report, path: Path, root: Path) -> Report:
    """The report with ``source`` relative to the repository root and the annotation id."""
    source = Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()
    report_id = f"{path.resolve().parent.name}-{report.id}" if source.startswith("../") else report.id
    return Report(report_id, source, report.source_offset, report.text, report.encoding)


def label_counts(records: Iterable[dict[str, Any]]) -> Counter:
    """Spans per label over records (for short summaries)."""
    return Counter(span["label"] for record in records for span in record["spans"])
