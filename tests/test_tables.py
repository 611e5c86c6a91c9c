"""`lawie extract` outputs (tables, --resume, --n-process) and `lawie overview`."""
import csv
import importlib.util
import json
import shutil

import pytest
from typer.testing import CliRunner

from lawie.cli import app
from lawie.tables import BASE_COLUMNS, TABLES, build_tables, read_jsonl

from conftest import REPORTS

runner = CliRunner()
HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None


def report_folder(path):
    """Two text reports, one HTML page and three files that are not reports."""
    path.mkdir()
    for name in ("jinshui-2020.txt", "jinzhou-2014.txt"):
        shutil.copy(REPORTS / name, path / name)
    paragraphs = (REPORTS / "beipiao-2024.txt").read_text(encoding="utf-8").replace("\n", "</p><p>")
    (path / "beipiao.html").write_text(f"<html><body><p>{paragraphs}</p></body></html>", encoding="utf-8")
    (path / "empty.txt").write_bytes(b"")
    (path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    return path


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """One run with every output, shared by the tests that only read it."""
    root = tmp_path_factory.mktemp("extract")
    folder = report_folder(root / "reports")
    out, tables = root / "out.jsonl", root / "tables"
    args = ["extract", str(folder), "-o", str(out), "--tables", str(tables)] + (["--parquet"] if HAS_PYARROW else [])
    result = runner.invoke(app, args)
    return result, folder, out, tables


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    return rows[0], rows[1:]


def test_extract_reports_failures_and_writes_the_good_files(extracted):
    result, _, out, _ = extracted
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert "binary.txt: not a text file" in result.output
    assert "3 reports from 3 files" in result.output and "2 files failed" in result.output
    records = list(read_jsonl(out))
    assert [r["id"] for r in records] == ["reports-beipiao", "reports-jinshui-2020", "reports-jinzhou-2014"]
    n_count = sum(e["label"] == "COUNT" for r in records for e in r["entities"])
    assert f"COUNT {n_count}" in result.output
    assert f"facts: {sum(len(r.get('facts') or []) for r in records)}" in result.output


def test_tables_match_the_jsonl(extracted):
    _, _, out, tables = extracted
    records = list(read_jsonl(out))
    expected_rows = {"reports": len(records),
                     "sections": sum(len(r["sections"]) for r in records),
                     "entities": sum(len(r["entities"]) for r in records),
                     "facts": sum(len(r.get("facts") or []) for r in records)}
    for name in TABLES:
        header, rows = read_csv(tables / f"{name}.csv")
        assert tuple(header[:len(BASE_COLUMNS[name])]) == BASE_COLUMNS[name]
        assert len(rows) == expected_rows[name], name
        if HAS_PYARROW:
            import pyarrow.parquet as pq

            table = pq.read_table(tables / f"{name}.parquet")
            assert table.column_names == header and table.num_rows == len(rows)
    header, rows = read_csv(tables / "reports.csv")
    reports = [dict(zip(header, row)) for row in rows]
    assert [r["id"] for r in reports] == [r["id"] for r in records]
    assert [int(r["n_entities"]) for r in reports] == [len(r["entities"]) for r in records]
    assert [int(r["chars"]) for r in reports] == [len(r["text"]) for r in records]
    assert reports[1]["document_number"] == "金政文〔2021〕7号"
    header, rows = read_csv(tables / "entities.csv")
    first = records[0]["entities"][0]
    assert dict(zip(header, rows[0])).items() >= {"report_id": "reports-beipiao", "start": str(first["start"]),
                                                  "label": first["label"], "text": first["text"]}.items()
    assert all(column.startswith("norm_") for column in header[len(BASE_COLUMNS["entities"]):])


def test_resume_skips_finished_reports_and_redoes_a_cut_off_line(extracted, tmp_path):
    _, folder, out, _ = extracted
    copy = tmp_path / "out.jsonl"
    shutil.copy(out, copy)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(copy), "--resume"])
    assert "0 reports from 3 files" in result.output and "3 skipped" in result.output
    assert copy.read_bytes() == out.read_bytes()

    data = out.read_bytes()
    copy.write_bytes(data[:-200])
    result = runner.invoke(app, ["extract", str(folder), "-o", str(copy), "--resume"])
    assert "1 reports from 3 files" in result.output and "2 skipped" in result.output
    assert copy.read_bytes() == data


def test_n_process_gives_the_same_records(tmp_path):
    files = [str(REPORTS / "jinshui-2020.txt"), str(REPORTS / "beipiao-2024.txt")]
    outputs = []
    for n in ("1", "2"):
        out = tmp_path / f"n{n}.jsonl"
        result = runner.invoke(app, ["extract", *files, "-o", str(out), "--n-process", n])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == 2


def synthetic_records():
    """Records as they look once facts and entity norms are filled in (values made up)."""
    def record(rid, year, facts):
        return {"id": rid, "source": f"{rid}.txt", "source_offset": 0, "text": "x" * 50,
                "meta": {"title": None, "issuer": None, "year": year, "publication_date": None,
                         "document_number": None},
                "sections": [],
                "entities": [{"start": 0, "end": 2, "label": "COUNT", "text": "xx",
                              "norm": {"value": 15 if year == 2020 else "十五", "unit": "件"}}],
                "facts": [{"start": 0, "end": 2, "metric": metric, "action": "办理", "value": value,
                           "unit": unit, "approx": False, "institution": None, "section": 0, "year": year,
                           "evidence": "xx"}
                          for metric, value, unit in facts]}

    return [record("b", 2021, [("行政复议案件", 12, "件"), ("行政复议案件", 3, "件"), ("法律顾问", 5, "名")]),
            record("a", 2020, [("行政复议案件", 7, "件")])]


def test_norm_dicts_become_columns_and_mixed_types_still_write(tmp_path):
    tables = build_tables(synthetic_records())
    assert tables.columns("entities")[-2:] == ["norm_unit", "norm_value"]
    assert len(tables.rows["facts"]) == 4
    tables.write(tmp_path, parquet=HAS_PYARROW)
    header, rows = read_csv(tmp_path / "entities.csv")
    assert [row[header.index("norm_value")] for row in rows] == ["十五", "15"]
    if HAS_PYARROW:
        import pyarrow.parquet as pq

        assert pq.read_table(tmp_path / "entities.parquet").column("norm_value").to_pylist() == ["十五", "15"]


def test_overview_sums_facts_per_metric_and_report(tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in synthetic_records()),
                      encoding="utf-8")
    page, table = tmp_path / "overview.html", tmp_path / "overview.csv"
    result = runner.invoke(app, ["overview", str(source), "-o", str(page), "--csv", str(table)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and html.count("<rect") == 2 and "<script" not in html
    assert html.index("<th>a<br>2020</th>") < html.index("<th>b<br>2021</th>")
    header, rows = read_csv(table)
    cells = {(row[0], row[2]): row for row in rows}
    assert header[:3] == ["metric", "unit", "report_id"]
    assert cells[("行政复议案件", "b")][header.index("value_sum")] == "15"
    assert cells[("行政复议案件", "b")][header.index("n_facts")] == "2"
    assert len(rows) == 3
