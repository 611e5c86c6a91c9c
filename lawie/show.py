"""`lawie show`: reports as one self-contained HTML page to read what lawie found.

Each report gets its metadata, its outline (a nested list linking to anchors in the text) and its
text with the entities marked by displaCy. The page loads nothing from the network, so it can be
mailed or opened offline.
"""
from __future__ import annotations

from collections import defaultdict
from html import escape
from pathlib import Path
from typing import Any

import typer
from spacy import displacy

from .reader import ReadError
from .tables import load_records

ENTITY_COLORS = {"INSTITUTION": "#a8dcf0", "LAW": "#fcd38b", "COUNT": "#b9e6b3", "RATE": "#f5b8d2"}
ROLE_COLORS = {"preamble": "#9aa5b1", "work": "#3b82c4", "problems": "#d9822b", "plans": "#2f9e6e",
               "closing": "#7d5ba6", "chrome": "#d0d4d9"}
META_FIELDS = ("title", "issuer", "year", "publication_date", "document_number")
FONTS = ('-apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", '
         'sans-serif')
STYLE = """
body { font-family: %s; margin: 0; color: #1f2933; background: #f7f8fa; }
header.page { padding: 12px 24px; background: #1f2933; color: #fff; }
header.page h1 { font-size: 18px; margin: 0 0 6px; }
.legend mark { padding: 2px 8px; margin-right: 6px; border-radius: 4px; font-size: 13px; }
article.report { display: grid; grid-template-columns: 340px 1fr; gap: 0 24px; padding: 16px 24px;
                 border-bottom: 2px solid #d0d4d9; }
article.report > h2 { grid-column: 1 / -1; font-size: 20px; margin: 4px 0 8px; }
dl.meta { grid-column: 1 / -1; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px;
          margin: 0 0 12px; font-size: 14px; background: #fff; padding: 8px 12px; border-radius: 6px; }
dl.meta dt { color: #616e7c; } dl.meta dd { margin: 0; }
nav.outline { font-size: 13px; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
nav.outline ul { list-style: none; padding-left: 14px; margin: 0; }
nav.outline > ul { padding-left: 0; }
nav.outline li { margin: 3px 0; }
nav.outline a { color: #1f2933; text-decoration: none; }
nav.outline a:hover { text-decoration: underline; }
.level, .role { font-size: 11px; border-radius: 3px; padding: 0 4px; margin-left: 4px; color: #fff; }
.level { background: #9aa5b1; }
.text { background: #fff; padding: 8px 16px; border-radius: 6px; font-size: 15px; }
.piece { border-left: 4px solid transparent; padding-left: 10px; }
.piece .entities { line-height: 2.2 !important; }
.kind-heading .entities::first-line, .kind-title .entities::first-line { font-weight: bold; color: #1d4f91; }
.role-chrome { color: #7b8794; font-size: 13px; }
""" % FONTS


def show(
    file: Path = typer.Argument(..., exists=True,
                                help="A report file (.txt/.html), a folder, or JSONL from `lawie extract`."),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="HTML page to write."),
) -> None:
    """Write an HTML page showing every report in FILE: metadata, outline and marked entities."""
    failures: list[ReadError] = []
    records = load_records([file], failures)
    for failure in failures:
        typer.echo(f"error: {failure}", err=True)
    if not records:
        typer.echo(f"error: no report in {file}", err=True)
        raise typer.Exit(code=2)
    output.write_text(render_page(records, f"lawie show: {file.name}"), encoding="utf-8")
    typer.echo(f"{len(records)} reports shown in {output}", err=True)


def render_page(records: list[dict[str, Any]], title: str) -> str:
    """A complete HTML document for the records, styles inline."""
    legend = "".join(f'<mark style="background: {color}">{label}</mark>' for label, color in ENTITY_COLORS.items())
    roles = "".join(f".role-{role} {{ border-left-color: {color}; }} span.role-{role} {{ background: {color}; }}\n"
                    for role, color in ROLE_COLORS.items())
    reports = "\n".join(render_report(record, index) for index, record in enumerate(records))
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{escape(title)}</title>\n'
            f'<style>{STYLE}{roles}</style></head>\n<body><header class="page"><h1>{escape(title)}</h1>'
            f'<div class="legend">{legend}</div></header>\n{reports}\n</body></html>\n')


def render_report(record: dict[str, Any], index: int) -> str:
    heading = (record.get("meta") or {}).get("title") or record["id"]
    return (f'<article class="report" id="r{index}"><h2>{escape(heading)}</h2>\n{render_metadata(record)}\n'
            f'{render_outline(record, index)}\n{render_text(record, index)}</article>')


def render_metadata(record: dict[str, Any]) -> str:
    """Metadata as lawie extracted it, with where the report came from and what was found."""
    meta = record.get("meta") or {}
    rows = [("id", record["id"]), ("source", f"{record['source']} (offset {record['source_offset']})")]
    rows += [(key, meta.get(key)) for key in META_FIELDS]
    rows += [("found", f"{len(record['sections'])} sections, {len(record['entities'])} entities, "
                       f"{len(record.get('facts') or [])} facts")]
    cells = "".join(f'<dt>{key}</dt><dd class="meta-{key}">{escape(str(value)) if value is not None else "–"}</dd>'
                    for key, value in rows)
    return f'<dl class="meta">{cells}</dl>'


def render_outline(record: dict[str, Any], index: int) -> str:
    """Sections as a nested list following their parents, each linking to its place in the text."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for number, section in enumerate(record["sections"]):
        children[section["parent"]].append(number)

    def items(parent: int | None) -> str:
        entries = []
        for number in children.get(parent, []):
            section = record["sections"][number]
            label = escape(section_label(section, record["text"]))
            nested = f"<ul>{items(number)}</ul>" if number in children else ""
            entries.append(f'<li><a href="#{anchor(index, number)}">{label}</a>'
                           f'<span class="level">L{section["level"]}</span>'
                           f'<span class="role role-{section["role"]}">{section["role"]}</span>{nested}</li>')
        return "".join(entries)

    return f'<nav class="outline"><ul>{items(None)}</ul></nav>'


def section_label(section: dict[str, Any], text: str) -> str:
    """How a section reads in an outline: its number and heading, or its kind and first line."""
    number = section["number"]
    if section["kind"] == "heading":
        return f"{number} {section['heading']}"
    if section["kind"] == "item":
        return f"{number}是 {section['heading']}"
    if section["kind"] == "block":
        return f"¶ {section['heading']}"
    first_line = text[section["start"]:section["end"]].split("\n")[0].strip()
    return f"<{section['kind']}> {first_line[:40]}"


def render_text(record: dict[str, Any], index: int) -> str:
    """The text cut where sections start; each piece gets the anchors of the sections starting
    there, the innermost section's role and kind as classes, and displaCy's entity marks."""
    text, sections = record["text"], record["sections"]
    bounds = sorted({0, len(text)} | {section["start"] for section in sections if section["start"] < len(text)})
    pieces = []
    for start, end in zip(bounds, bounds[1:]):
        anchors = "".join(f'<a id="{anchor(index, number)}"></a>' for number, section in enumerate(sections)
                          if section["start"] == start)
        covering = [section for section in sections if section["start"] <= start < section["end"]]
        classes = f" role-{covering[-1]['role']} kind-{covering[-1]['kind']}" if covering else ""
        ents = [{"start": e["start"] - start, "end": min(e["end"], end) - start, "label": e["label"]}
                for e in record["entities"] if start <= e["start"] < end]
        marked = displacy.render({"text": text[start:end], "ents": ents, "title": None}, style="ent", manual=True,
                                 page=False, options={"colors": ENTITY_COLORS})
        pieces.append(f'<div class="piece{classes}">{anchors}{marked}</div>')
    return f'<div class="text">{"".join(pieces)}</div>'


def anchor(report: int, section: int) -> str:
    """Ids built from positions: report ids may hold characters (#) that make poor anchors."""
    return f"r{report}-s{section}"
