"""`lawie overview`: the indicator facts of many reports side by side, as one HTML page.

A table has one row per metric and unit and one column per report (ordered by year), each cell
the sum of the report's values with the number of facts behind it; a bar chart (inline SVG, no
plotting library) shows the most frequent metrics. ``--csv`` writes the table's cells in long
form (one line per metric, unit and report), which suits spreadsheets and data frames.
"""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any, Optional

import typer

from .reader import ReadError
from .show import FONTS
from .tables import load_records

CSV_COLUMNS = ("metric", "unit", "report_id", "source", "year", "value_sum", "n_facts")
STYLE = """
body { font-family: %s; margin: 24px; color: #1f2933; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #d0d4d9; padding: 3px 8px; text-align: right; white-space: nowrap; }
th { background: #f0f2f5; } td.metric, td.unit { text-align: left; }
td .n { color: #7b8794; font-size: 11px; margin-left: 3px; }
""" % FONTS


@dataclass
class Cell:
    """Facts of one metric and unit in one report: the sum of their numeric values and their count."""

    total: float = 0
    count: int = 0

    def add(self, value: Any) -> None:
        self.count += 1
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.total += value


FactTable = dict[tuple[str, str], dict[int, Cell]]


def overview(
    inputs: list[Path] = typer.Argument(..., help="JSONL from `lawie extract`, or report files and folders."),
    output: Path = typer.Option(..., "--output", "-o", dir_okay=False, help="HTML page to write."),
    csv_path: Optional[Path] = typer.Option(None, "--csv", dir_okay=False, help="Also write the table as CSV."),
    top: int = typer.Option(15, "--top", min=1, help="Metrics in the bar chart."),
) -> None:
    """Write an HTML overview of the indicator facts across reports: a table and a bar chart."""
    failures: list[ReadError] = []
    records = sorted(load_records(inputs, failures), key=report_order)
    for failure in failures:
        typer.echo(f"error: {failure}", err=True)
    table = fact_table(records)
    output.write_text(render_overview(records, table, top), encoding="utf-8")
    if csv_path:
        write_table_csv(records, table, csv_path)
    typer.echo(f"{len(records)} reports, {len(table)} metrics written to {output}", err=True)
    if failures or not records:
        raise typer.Exit(code=1)


def report_order(record: dict[str, Any]) -> tuple:
    """Columns run by year (reports without one last), then by id."""
    year = (record.get("meta") or {}).get("year")
    return (year is None, year or 0, record["id"])


def fact_table(records: list[dict[str, Any]]) -> FactTable:
    """Cells keyed by (metric, unit) and the report's position in ``records``."""
    table: FactTable = defaultdict(lambda: defaultdict(Cell))
    for column, record in enumerate(records):
        for fact in record.get("facts") or []:
            table[(fact.get("metric") or "", fact.get("unit") or "")][column].add(fact.get("value"))
    return table


def metric_counts(table: FactTable) -> Counter:
    """Facts per metric, over all units and reports."""
    counts: Counter = Counter()
    for (metric, _unit), cells in table.items():
        counts[metric] += sum(cell.count for cell in cells.values())
    return counts


def render_overview(records: list[dict[str, Any]], table: FactTable, top: int) -> str:
    n_facts = sum(len(record.get("facts") or []) for record in records)
    summary = f"{len(records)} reports, {n_facts} facts, {len(table)} metric/unit rows."
    body = (f"<h2>Most frequent metrics</h2>\n{bar_chart_svg(metric_counts(table).most_common(top))}\n"
            f"<h2>Facts per report</h2>\n{render_table(records, table)}" if table else
            "<p>These records hold no facts.</p>")
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>lawie overview</title>'
            f'<style>{STYLE}</style></head>\n<body><h1>lawie overview</h1><p>{summary}</p>\n{body}\n</body></html>\n')


def render_table(records: list[dict[str, Any]], table: FactTable) -> str:
    """Rows by number of facts; a cell shows the sum and, small, the number of facts."""
    heads = "".join(f"<th>{escape(record['id'])}<br>{(record.get('meta') or {}).get('year') or ''}</th>"
                    for record in records)
    rows = []
    for (metric, unit), cells in sorted(table.items(), key=lambda item: -sum(c.count for c in item[1].values())):
        total = Cell(sum(c.total for c in cells.values()), sum(c.count for c in cells.values()))
        values = "".join(format_cell(cells.get(column)) for column in range(len(records)))
        rows.append(f'<tr><td class="metric">{escape(metric)}</td><td class="unit">{escape(unit)}</td>'
                    f"{format_cell(total)}{values}</tr>")
    return (f'<div class="scroll"><table><thead><tr><th>metric</th><th>unit</th><th>all</th>{heads}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def format_cell(cell: Cell | None) -> str:
    if cell is None:
        return "<td></td>"
    return f'<td>{format_number(cell.total)}<span class="n">({cell.count})</span></td>'


def format_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def bar_chart_svg(counts: list[tuple[str, int]], width: int = 760, bar: int = 22, label_width: int = 260) -> str:
    """Horizontal bars, one per metric, scaled to the largest count; plain SVG inside the page."""
    most = max((n for _, n in counts), default=1)
    span = width - label_width - 60
    rows = []
    for i, (metric, n) in enumerate(counts):
        y = i * (bar + 6)
        length = max(1, round(span * n / most))
        name = metric if len(metric) <= 18 else metric[:17] + "…"
        rows.append(f'<text x="{label_width - 8}" y="{y + bar * 0.7:.0f}" text-anchor="end">{escape(name)}</text>'
                    f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar}" fill="#3b82c4"/>'
                    f'<text x="{label_width + length + 6}" y="{y + bar * 0.7:.0f}">{n}</text>')
    height = len(counts) * (bar + 6)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-size="13" '
            f'role="img" aria-label="facts per metric">{"".join(rows)}</svg>')


def write_table_csv(records: list[dict[str, Any]], table: FactTable, path: Path) -> None:
    """The table's cells in long form: one line per metric, unit and report."""
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        for (metric, unit), cells in sorted(table.items()):
            for column, cell in sorted(cells.items()):
                record = records[column]
                writer.writerow([metric, unit, record["id"], record["source"],
                                 (record.get("meta") or {}).get("year"), cell.total, cell.count])
