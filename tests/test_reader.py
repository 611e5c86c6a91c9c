"""The reader on real and broken input: encodings, HTML, several reports, bad files."""
import re

import pytest

import lawie
from lawie.reader import ReadError, read_reports, reports_from_bytes
from lawie.sections import segment_text

from conftest import REPORTS, SHARED

JINSHUI = (REPORTS / "jinshui-2020.txt").read_text(encoding="utf-8")
QIAOXI = (REPORTS / "qiaoxi-2017.txt").read_text(encoding="utf-8")


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le"])
def test_encodings_are_detected_from_bytes(tmp_path, encoding):
    text = JINSHUI.encode(encoding, errors="ignore").decode(encoding)
    path = write(tmp_path, "report.dat", text.encode(encoding))
    [report] = read_reports(path)
    assert report.text == text
    assert report.source_offset == 0


def test_windows_line_ends_become_newlines(tmp_path):
    path = write(tmp_path, "crlf.txt", JINSHUI.replace("\n", "\r\n").encode("utf-8"))
    assert read_reports(path)[0].text == JINSHUI


def test_empty_file_is_refused_with_reason(tmp_path):
    with pytest.raises(ReadError, match="empty file"):
        read_reports(write(tmp_path, "empty.txt", b""))
    with pytest.raises(ReadError, match="empty"):
        read_reports(write(tmp_path, "blank.txt", b"  \n\n \t"))


def test_binary_file_is_refused_with_reason(tmp_path):
    data = bytes(range(256)) * 64 + b"\x89PNG\r\n\x1a\n\x00\x00"
    with pytest.raises(ReadError, match="binary") as err:
        read_reports(write(tmp_path, "image.txt", data))
    assert "image.txt" in str(err.value)


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(ReadError, match="cannot open"):
        read_reports(tmp_path / "nope.txt")


def test_html_page_keeps_paragraphs_and_drops_scripts_styles_navigation(tmp_path):
    paragraphs = [line for line in JINSHUI.split("\n") if line.strip()][8:14]
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    page = f"""<!DOCTYPE html><html><head><meta charset="gb2312"><title>金水区</title>
    <style>p {{ color: red }}</style><script>var menu = "首页";</script></head>
    <body><div class="nav-bar"><a href="/">首页</a><a href="/a">网上办事大厅</a></div>
    <ul id="breadcrumb"><li>首页</li><li>法治政府</li></ul>
    <div class="content">{body}</div>
    <div class="footer">主办单位:郑州市金水区人民政府办公室</div></body></html>"""
    [report] = read_reports(write(tmp_path, "page.shtml", page.encode("gb18030")))
    lines = [line for line in report.text.split("\n") if line.strip()]
    assert lines[: len(paragraphs)] == [p.strip() for p in paragraphs]
    assert "color" not in report.text and "var menu" not in report.text
    assert "网上办事大厅" not in report.text and "首页" not in report.text
    assert lines[-1] == "主办单位:郑州市金水区人民政府办公室"


def test_file_with_two_reports_is_split_with_offsets(tmp_path):
    combined = QIAOXI + "\n" + JINSHUI
    [first, second] = read_reports(write(tmp_path, "two.txt", combined.encode("gb18030")))
    assert first.text.startswith("邢台市桥西区人民政府关于2017年依法行政工作的报告")
    assert "特此报告" not in first.text
    assert second.text.startswith("• 005279426/2021-00015")
    assert combined[second.source_offset:] == second.text
    assert first.id.endswith("#1") and second.id.endswith("#2")


def test_pdf_copy_gets_its_paragraphs_back():
    """A corpus report copied out of a PDF: lines wrapped at the page width, page numbers between."""
    raw = (SHARED / "corpus" / "cities2024_jianggufan" / "053.txt").read_text(encoding="utf-8")
    assert "并请市\n政协委员" in raw and "\n— 1 —\n" in raw
    [report] = read_reports(SHARED / "corpus" / "cities2024_jianggufan" / "053.txt")
    lines = report.text.split("\n")
    assert lines[1] == "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和列席人员提出意见。"
    assert lines[2] == "一、2023年工作回顾"
    assert "贯彻落实党的二十大精神，在市委坚强领导下" in report.text  # across the page break
    assert not any(line.strip().startswith("— ") for line in lines)


def test_report_on_one_line_gets_its_paragraphs_back():
    """A corpus report whose paragraphs were joined by spaces into one line (a web copy)."""
    path = SHARED / "corpus" / "cities2024_jianggufan" / "085.txt"
    assert "\n" not in path.read_text(encoding="utf-8").strip()
    [report] = read_reports(path)
    assert report.text.split("\n")[:3] == [
        "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。", "一、2023年工作回顾"]
    sections, _ = segment_text(report.text)
    assert [(s.number, s.heading, s.role) for s in sections if s.kind == "heading"][0] == ("一", "2023年工作回顾", "work")


def test_pdf_copy_on_one_line_gets_its_paragraphs_back():
    """A corpus report copied out of a PDF with every line break turned into a space, page numbers inline."""
    path = SHARED / "corpus" / "cities2024_jianggufan" / "062.txt"
    raw = path.read_text(encoding="utf-8")
    assert "中国特 色社会主义" in raw and "一 — 1 — 般公共预算" in raw and "额度 139.01 亿元" in raw
    [report] = read_reports(path)
    assert "中国特色社会主义" in report.text and "— 1 —" not in report.text
    assert "一般公共预算收入增长7.2%" in report.text  # across the page number
    assert "争取新增专项债券额度139.01 亿元" in report.text  # a space next to a digit that was a line break
    assert report.text.split("\n")[1] == "现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席会议的同志提出意见。"


@pytest.mark.parametrize("page_break", [["", "— 2 —", ""], ["\f"]], ids=["page number", "form feed"])
def test_hard_wrapped_report_gives_the_entities_of_the_original(tmp_path, page_break):
    lines = [paragraph[i:i + 29] for paragraph in JINSHUI.split("\n") for i in range(0, max(len(paragraph), 1), 29)]
    wrapped = "\n".join(lines[:60] + page_break + lines[60:])
    [report] = read_reports(write(tmp_path, "wrapped.txt", wrapped.encode("utf-8")))
    nlp = lawie.load()
    assert sorted((e.text, e.label_) for e in nlp(report.text).ents) == sorted((e.text, e.label_) for e in nlp(JINSHUI).ents)


def test_letter_spaced_title_is_closed():
    """A corpus report whose title line came letter-spaced out of its newspaper layout."""
    path = SHARED / "corpus" / "hailar_dereks" / "005.txt"
    assert path.read_text(encoding="utf-8").startswith("政 府 工 作 报 告\n")
    [report] = read_reports(path)
    assert report.text.split("\n")[:3] == [
        "政府工作报告", "——2016年2月19日在海拉尔区第十四届人民代表大会第五次会议上", "海拉尔区人民政府区长\u3000\u3000杜联合"]


def test_letter_spaced_report_gives_the_entities_of_the_original(tmp_path):
    spaced = "\n".join(" ".join(line) for line in JINSHUI.split("\n"))
    [report] = read_reports(write(tmp_path, "spaced.txt", spaced.encode("utf-8")))
    nlp = lawie.load()
    assert sorted((e.text, e.label_) for e in nlp(report.text).ents) == sorted((e.text, e.label_) for e in nlp(JINSHUI).ents)
    assert outline(report.text) == outline(JINSHUI)


def outline(text: str) -> list[tuple]:
    return [(s.kind, s.number, s.heading, s.role) for s in segment_text(text)[0]]


def test_spaces_between_words_stay():
    """Slogans and names keep their spaces: only lines spaced after nearly every character close."""
    report = reports_from_bytes(("开展“多调联动 精智解纷”工作。\n自治区主席 韦 韬\n" + JINSHUI).encode("utf-8"), "test")[0]
    assert report.text.startswith("开展“多调联动 精智解纷”工作。\n自治区主席 韦 韬\n")


def test_truncated_report_is_read_whole(tmp_path):
    cut = JINSHUI[: len(JINSHUI) // 3]
    [report] = read_reports(write(tmp_path, "cut.txt", cut.encode("utf-8")))
    assert report.text == cut


def test_huge_single_line_file_is_read_or_refused_with_reason(tmp_path):
    line = QIAOXI.replace("\n", "")
    big = line * (400_000 // len(line) + 1)
    [report] = read_reports(write(tmp_path, "big.txt", big.encode("utf-8")))
    # one line of run-together paragraphs: line breaks go back in before its headings (三、) and for its
    # spaces between Han characters; no other character changes
    assert re.sub(r"\s", "", report.text) == re.sub(r"\s", "", big) and len(report.text) > 400_000
    assert "。\n三、" in report.text
    sections, _ = segment_text(report.text)
    assert sections and all(0 <= s.start < s.end <= len(report.text) for s in sections)
    huge = line * (1_200_000 // len(line) + 1)
    with pytest.raises(ReadError, match="more than lawie's limit") as err:
        read_reports(write(tmp_path, "huge.txt", huge.encode("utf-8")))
    assert "huge.txt" in str(err.value)
