"""Tests of the annotation tooling (lawie.annotations, `lawie annotations`): fast, CPU only.

Inputs are small annotation files written into tmp_path, with spans located by searching the real seed
report corpus/reports/jinshui-2020.txt for entity strings it contains.
"""
import hashlib
import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from lawie import annotations
from lawie.cli.annotations import app

REPO = Path(__file__).resolve().parents[1]
JINSHUI = "corpus/reports/jinshui-2020.txt"
TEXT = (REPO / JINSHUI).read_text(encoding="utf-8")  # UTF-8, no BOM, \n line ends: what the reader returns
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
REAL_FILES = sorted((REPO / "annotations").glob("*.jsonl"))


def span(entity: str, label: str, occurrence: int = 0, text: str = TEXT) -> dict:
    """The span of the n-th occurrence of ``entity`` in the report text."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(entity, start + 1)
    return {"start": start, "end": start + len(entity), "label": label}


GOOD_SPANS = [
    span("金水区人民政府", "INSTITUTION"),
    span("金水区人民政府", "INSTITUTION", occurrence=1),
    span("优化营商环境条例", "LAW"),
    span("311项", "COUNT"),
    span("100%", "RATE"),
]


def record(spans: list, **changes) -> dict:
    return {"id": "jinshui-2020", "source": JINSHUI, "sha256": SHA, "spans": spans, **changes}


def write(path: Path, *lines) -> Path:
    """An annotation file: dicts become JSON lines, strings are written as they are."""
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
                            for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write(tmp_path / "jinshui-2020.jsonl", record(GOOD_SPANS))


def test_valid_file_passes(good_file: Path):
    assert annotations.validate([good_file], REPO) == []
    result = CliRunner().invoke(app, ["validate", str(good_file), "--root", str(REPO)])
    assert result.exit_code == 0, result.output
    assert "1 files, no problems" in result.output


def without_sha(spans):
    rec = record(spans)
    del rec["sha256"]
    return rec


BROKEN = {
    "bad JSON line": ('{"id": "jinshui-2020", "source": ', "json", "invalid JSON"),
    "missing field": (without_sha(GOOD_SPANS), "field", "missing field 'sha256'"),
    "unexpected field": (record(GOOD_SPANS, note="todo"), "field", "unexpected field 'note'"),
    "offset as string": (record([{"start": "27", "end": 34, "label": "INSTITUTION"}]), "field",
                         "field 'start' must be an integer, not a string"),
    "unknown label": (record([span("金水区人民政府", "ORG")]), "label", "unknown label 'ORG'"),
    "offset out of range": (record([{"start": len(TEXT) - 2, "end": len(TEXT) + 3, "label": "COUNT"}]), "range",
                            f"offsets outside the text (0-{len(TEXT)})"),
    "start not before end": (record([{"start": 40, "end": 40, "label": "COUNT"}]), "range", "start must be before end"),
    "sha mismatch": (record(GOOD_SPANS, sha256="0" * 64), "sha256", "annotated text differs from the current text"),
    "missing source file": (record(GOOD_SPANS, source="corpus/reports/no-such-report.txt"), "source",
                            "source file not found: corpus/reports/no-such-report.txt"),
    "nested spans": (record([span("金水区人民政府", "INSTITUTION"), span("金水区", "INSTITUTION")]), "overlap",
                     'is nested in span 27-34 INSTITUTION "金水区人民政府"'),
    "overlapping spans": (record([span("高频事项311", "COUNT"), span("311项", "COUNT")]), "overlap", "overlaps span"),
    "duplicate span": (record([span("311项", "COUNT"), span("311项", "RATE")]), "overlap", "duplicates span"),
    "span across a line break": (record([span("金水区人民政府\n  • 工作信息", "INSTITUTION")]), "linebreak",
                                 "span crosses a line break"),
    "space at the start": (record([span(" 金水区人民政府", "INSTITUTION")]), "edge", "whitespace ' ' (SPACE) at span start"),
    "comma at the end": (record([span("311项,", "COUNT")]), "edge", "punctuation ',' (COMMA) at span end"),
    "book-title marks around": (record([span("《优化营商环境条例》", "LAW")]), "edge", "punctuation '《'"),
    "quotes around": (record([span("“一件事”", "LAW")]), "edge",
                      "punctuation '”' (RIGHT DOUBLE QUOTATION MARK) at span end"),
    "spans not sorted": (record(list(reversed(GOOD_SPANS))), "order", "spans are not sorted by start"),
}


@pytest.mark.parametrize("name", BROKEN)
def test_broken_file_fails_with_a_clear_message(tmp_path: Path, name: str):
    line, kind, message = BROKEN[name]
    path = write(tmp_path / "broken.jsonl", line)
    problems = annotations.validate([path], REPO)
    found = next((p for p in problems if p.kind == kind and message in p.message), None)
    assert found, "\n".join(map(str, problems))
    assert str(found).startswith(f"{path}:1: ") and "\n" not in str(found).replace("\\n", "")
    if kind != "json":
        assert "[jinshui-2020]" in str(found)
    result = CliRunner().invoke(app, ["validate", str(path), "--root", str(REPO)])
    assert result.exit_code == 1
    assert message in result.output and "problems in 1 of 1 files" in result.output


def test_problem_names_file_line_report_offsets_and_text(tmp_path: Path):
    bad = span("311项,", "COUNT")
    path = write(tmp_path / "a.jsonl", record(GOOD_SPANS[:3]), record([bad], id="other"))
    [problem] = annotations.validate([path], REPO)
    assert str(problem) == (f"{path}:2: [other] {bad['start']}-{bad['end']} COUNT \"311项,\" "
                            "edge: punctuation ',' (COMMA) at span end")


def test_paired_brackets_and_quotes_inside_a_span_are_fine(tmp_path: Path):
    beipiao = "corpus/reports/beipiao-2024.txt"
    text = (REPO / beipiao).read_text(encoding="utf-8")
    outline = record([span("法治政府建设实施纲要(2021-2025年)", "LAW", text=text)], id="beipiao-2024", source=beipiao,
                     sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    team = record([span("“金小二”帮办代办队伍", "INSTITUTION")])
    assert annotations.validate([write(tmp_path / "ok.jsonl", outline, team)], REPO) == []
    outline["spans"] = [span("(2021-2025年)", "LAW", text=text)]
    problems = annotations.validate([write(tmp_path / "bad.jsonl", outline)], REPO)
    assert [(problem.kind, problem.message[:15]) for problem in problems] == [
        ("edge", "punctuation '('"), ("edge", "punctuation ')'")]


def test_missing_annotation_file_and_duplicate_ids_across_files(tmp_path: Path, good_file: Path):
    copy = write(tmp_path / "copy.jsonl", record(GOOD_SPANS))
    problems = annotations.validate([good_file, copy, tmp_path / "absent.jsonl"], REPO)
    assert {(problem.kind, Path(problem.file).name) for problem in problems} == {
        ("duplicate", "copy.jsonl"), ("file", "absent.jsonl")}
    duplicate = next(problem for problem in problems if problem.kind == "duplicate")
    assert f"report id also used at {good_file}:1" in duplicate.message


def test_save_records_sorts_spans_one_line_per_report(tmp_path: Path):
    path = annotations.save_records([record(list(reversed(GOOD_SPANS))), record([], id="other")], tmp_path / "x.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[0]) == record(GOOD_SPANS)
    assert "金水区" not in lines[0]  # offsets only, text stays in the source


def test_stats_counts_spans_and_distinct_texts(good_file: Path):
    data = annotations.stats([good_file], REPO)
    [report] = data["reports"]
    assert report["chars"] == len(TEXT) and report["spans"] == 5 and report["distinct"] == 4
    assert report["labels"]["INSTITUTION"] == {"spans": 2, "distinct": 1}
    assert data["labels"]["LAW"] == {"spans": 1, "distinct": 1, "reports": 1}
    assert data["labels"]["RATE"]["spans"] == 1
    markdown = annotations.stats_table(data)
    assert f"| jinshui-2020 | {len(TEXT)} | 2 / 1 | 1 / 1 | 1 / 1 | 1 / 1 | 5 / 4 |" in markdown
    result = CliRunner().invoke(app, ["stats", "--markdown", str(good_file), "--root", str(REPO)])
    assert result.exit_code == 0 and "| INSTITUTION | 2 | 1 | 1 |" in result.output


@pytest.mark.parametrize("tool", ["doccano", "labelstudio"])
def test_tool_round_trip(tmp_path: Path, good_file: Path, tool: str):
    exported = tmp_path / f"export.{tool}"
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--to", tool, "-o", str(exported), str(good_file), "--root", str(REPO)])
    assert result.exit_code == 0, result.output
    back = tmp_path / "back"
    result = runner.invoke(app, ["import", "--from", tool, "-o", str(back), str(exported), "--root", str(REPO)])
    assert result.exit_code == 0, result.output
    assert (back / "jinshui-2020.jsonl").read_text(encoding="utf-8") == good_file.read_text(encoding="utf-8")


def test_doccano_line_holds_text_labels_and_metadata(tmp_path: Path, good_file: Path):
    annotations.export([good_file], "doccano", tmp_path / "d.jsonl", REPO)
    [item] = [json.loads(line) for line in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert item["text"] == TEXT and (item["id"], item["source"], item["sha256"]) == ("jinshui-2020", JINSHUI, SHA)
    assert item["label"][3] == [TEXT.index("311项"), TEXT.index("311项") + 4, "COUNT"]


def test_labelstudio_task_holds_labels_results(tmp_path: Path, good_file: Path):
    annotations.export([good_file], "labelstudio", tmp_path / "ls.json", REPO)
    [task] = json.loads((tmp_path / "ls.json").read_text(encoding="utf-8"))
    assert task["data"]["text"] == TEXT
    result = task["annotations"][0]["result"][2]
    assert (result["type"], result["from_name"], result["to_name"]) == ("labels", "label", "text")
    assert result["value"] == {**{k: GOOD_SPANS[2][k] for k in ("start", "end")}, "text": "优化营商环境条例", "labels": ["LAW"]}


def test_import_refuses_a_text_that_no_longer_matches_the_source(tmp_path: Path, good_file: Path):
    exported = tmp_path / "d.jsonl"
    annotations.export([good_file], "doccano", exported, REPO)
    item = json.loads(exported.read_text(encoding="utf-8"))
    item["text"] = item["text"].replace("金水区", "金水县", 1)
    write(exported, item)
    records, problems = annotations.import_file(exported, "doccano", REPO)
    assert [problem.kind for problem in problems] == ["sha256"]
    expected = f"{exported}:1: [jinshui-2020] sha256: the annotated text differs from the current text of {JINSHUI}"
    assert str(problems[0]).startswith(expected)
    result = CliRunner().invoke(app, ["import", "--from", "doccano", "-o", str(tmp_path / "out"), str(exported),
                                      "--root", str(REPO)])
    assert result.exit_code == 1 and not (tmp_path / "out").exists()


def test_labelstudio_import_checks_span_texts(tmp_path: Path, good_file: Path):
    exported = tmp_path / "ls.json"
    annotations.export([good_file], "labelstudio", exported, REPO)
    tasks = json.loads(exported.read_text(encoding="utf-8"))
    tasks[0]["annotations"][0]["result"][3]["value"]["text"] = "34项"
    exported.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    _, [problem] = annotations.import_file(exported, "labelstudio", REPO)
    assert problem.kind == "text" and '"311项"' in str(problem) and 'the tool shows "34项"' in problem.message


def test_import_does_not_overwrite_existing_files(tmp_path: Path, good_file: Path):
    exported = tmp_path / "d.jsonl"
    annotations.export([good_file], "doccano", exported, REPO)
    result = CliRunner().invoke(app, ["import", "--from", "doccano", "-o", str(tmp_path), str(exported),
                                      "--root", str(REPO)])
    assert result.exit_code == 1 and "would overwrite" in result.output


def test_docbin_with_character_tokenizer_keeps_every_span(tmp_path: Path, good_file: Path):
    from spacy.tokens import DocBin

    docbin, problems = annotations.to_docbin([good_file], root=REPO)
    assert problems == []
    docbin.to_disk(tmp_path / "train.spacy")
    nlp = spacy.blank("zh")
    [doc] = DocBin().from_disk(tmp_path / "train.spacy").get_docs(nlp.vocab)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("金水区人民政府", "INSTITUTION"), ("金水区人民政府", "INSTITUTION"), ("优化营商环境条例", "LAW"),
        ("311项", "COUNT"), ("100%", "RATE")]


def test_docbin_reports_spans_off_token_boundaries(good_file: Path):
    docbin, problems = annotations.to_docbin([good_file], nlp=spacy.blank("en"), root=REPO)  # splits at spaces only
    misaligned = {(problem.kind, problem.text) for problem in problems}
    assert ("alignment", "优化营商环境条例") in misaligned and ("alignment", "311项") in misaligned
    [doc] = docbin.get_docs(spacy.blank("en").vocab)
    assert ("金水区人民政府", "INSTITUTION") in [(ent.text, ent.label_) for ent in doc.ents]
    law = GOOD_SPANS[2]
    covering = doc.char_span(law["start"], law["end"], alignment_mode="expand")
    assert all(token.ent_iob_ == "" for token in covering)  # missing, not 'outside'


def test_preannotate_writes_records_from_doc_ents(tmp_path: Path):
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "LAW", "pattern": "优化营商环境条例"}])
    [rec] = annotations.preannotate([REPO / JINSHUI], nlp, REPO)
    assert rec == record([span("优化营商环境条例", "LAW"), span("优化营商环境条例", "LAW", occurrence=1)])
    [path] = annotations.save_grouped([rec], tmp_path)
    assert path.name == "jinshui-2020.jsonl" and annotations.validate([path], REPO) == []


def test_load_dataset_reads_annotation_files(tmp_path: Path, good_file: Path):
    other = write(tmp_path / "empty.jsonl", record([], id="other"))
    dataset = annotations.load_dataset([good_file, other], cache_dir=str(tmp_path / "cache"))
    assert dataset.num_rows == 2 and dataset.column_names == ["id", "source", "sha256", "spans"]
    assert dataset[0]["spans"][3] == GOOD_SPANS[3] and dataset[1]["spans"] == []


@pytest.mark.skipif(not REAL_FILES, reason="annotations/ has no .jsonl files yet")
def test_a_passage_is_annotated_by_its_lines(tmp_path: Path):
    """``source#La-Lb``: offsets count from the first of those lines, the sha256 pins those lines alone."""
    lines = TEXT.split("\n")
    number = next(i for i, line in enumerate(lines, start=1) if "311项" in line)
    text = lines[number - 1]
    passage = {"id": f"jinshui-2020-L{number}", "source": f"{JINSHUI}#L{number}-L{number}",
               "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "spans": [span("311项", "COUNT", text=text)]}
    assert annotations.validate([write(tmp_path / "passage.jsonl", passage)], REPO) == []
    assert annotations.source_text(passage, REPO) == text
    beyond = {**passage, "source": f"{JINSHUI}#L{number}-L{len(lines) + 1}"}
    problems = annotations.validate([write(tmp_path / "beyond.jsonl", beyond)], REPO)
    assert [p.kind for p in problems] == ["source"]
    assert f"lines L{number}-L{len(lines) + 1} are outside the report's {len(lines)} lines" in str(problems[0])


def test_repository_annotations_are_valid_and_load(tmp_path: Path):
    # each folder on its own: an agreement/ folder repeats the ids of the pass it is compared with
    folders = sorted({path.parent for path in (REPO / "annotations").rglob("*.jsonl")})
    problems = [problem for folder in folders for problem in annotations.validate([folder], REPO)]
    assert problems == [], "\n".join(map(str, problems))
    dataset = annotations.load_dataset(REAL_FILES, cache_dir=str(tmp_path / "cache"))
    assert dataset.num_rows == sum(1 for path in REAL_FILES for line in path.open(encoding="utf-8") if line.strip())
