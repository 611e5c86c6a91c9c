"""The command line as a user runs it: outline, batch extraction with a bad file, exit codes."""
import json
import shutil

from typer.testing import CliRunner

from lawie.cli import app

from conftest import REPORTS

runner = CliRunner()


def test_segment_prints_the_outline():
    result = runner.invoke(app, ["segment", str(REPORTS / "beipiao-2024.txt")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("beipiao-2024")
    assert "year: 2024" in lines[1]
    assert any(line.startswith("  二 存在的问题和不足  [problems]") for line in lines)
    assert any(line.startswith("    四是 数字法治政府建设还需加大推进力度  [problems]") for line in lines)


def test_extract_walks_a_folder_keeps_going_past_bad_files(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(REPORTS / "jinshui-2020.txt", folder / "good.txt")
    (folder / "page.html").write_text("<html><body><p>" + (REPORTS / "beipiao-2024.txt").read_text(
        encoding="utf-8").replace("\n", "</p><p>") + "</p></body></html>", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert "broken.txt: not a text file" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["reports-good", "reports-page"]  # folder-file: unique ids
    good = records[0]
    assert set(good) >= {"id", "source", "source_offset", "text", "meta", "sections", "entities"}
    assert good["text"] == (REPORTS / "jinshui-2020.txt").read_text(encoding="utf-8")
    assert good["meta"]["document_number"] == "金政文〔2021〕7号"
    assert records[1]["meta"]["year"] == 2024
    for record in records:
        for section in record["sections"]:
            assert set(section) == {"start", "end", "kind", "level", "number", "heading", "parent", "role"}


def test_extract_of_good_files_exits_zero(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(REPORTS / "qiaoxi-2017.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 reports from 1 files" in result.output


def test_help_explains_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "segment" in result.output and "extract" in result.output


def test_ids_stay_unique_across_subfolders(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(REPORTS / "jinshui-2020.txt", tmp_path / folder / "001.txt")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [f"{tmp_path.name}-a-001", f"{tmp_path.name}-b-001"]
