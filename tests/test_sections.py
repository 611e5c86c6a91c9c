"""Outlines of the seed reports against expectations written by reading each report.

For each report: the top-level headings (number, role), how many second-level headings each
holds, the enumerations 一是… found, the closing block and the metadata, as a reader sees them.
"""
import pytest

import lawie

from conftest import REPORTS, SHARED


def outline(report_id):
    [record] = lawie.extract(REPORTS / f"{report_id}.txt")
    return record


def headings(record, level):
    return [s for s in record["sections"] if s["kind"] == "heading" and s["level"] == level]


def children(record, parent, kind):
    index = record["sections"].index(parent)
    return [s for s in record["sections"] if s["parent"] == index and s["kind"] == kind]


def kinds(record):
    return [s["kind"] for s in record["sections"] if s["kind"] not in ("heading", "item", "block")]


def test_qiaoxi_2017():
    record = outline("qiaoxi-2017")
    top = headings(record, 1)
    assert [(s["number"], s["role"]) for s in top] == [("一", "work"), ("二", "problems"), ("三", "plans")]
    assert [s["heading"] for s in top] == ["2017年主要工作", "存在的主要问题", "2018年工作思路"]
    work_parts = children(record, top[0], "heading")
    assert [s["number"] for s in work_parts] == list("一二三四五六七八九")
    assert work_parts[0]["heading"] == "抓好“三项制度”试点工作,全力提升执法水平"
    # the first item lost its 一 in the source ("是积极安排部署"); it still opens the list
    first_items = children(record, work_parts[0], "item")
    assert [s["number"] for s in first_items] == list("一二三四五六")
    assert first_items[0]["heading"] == "积极安排部署"
    assert [s["number"] for s in children(record, top[1], "item")] == list("一二三")
    assert [s["number"] for s in children(record, top[2], "heading")] == list("一二")
    assert kinds(record) == ["title", "chrome", "title", "preamble", "closing", "date", "chrome"]
    assert record["meta"] == {"title": "邢台市桥西区人民政府关于2017年依法行政工作的报告",
                              "issuer": "邢台市桥西区人民政府", "year": 2017,
                              "publication_date": "2017-12-26", "document_number": None}


def test_jinshui_2020():
    record = outline("jinshui-2020")
    top = headings(record, 1)
    assert [(s["number"], s["role"]) for s in top] == [
        ("一", "work"), ("二", "work"), ("三", "work"), ("四", "work"), ("五", "problems")]
    assert [len(children(record, s, "item")) for s in top[:4]] == [6, 3, 2, 3]
    problems = children(record, top[4], "item")
    assert [s["number"] for s in problems] == list("一二三四")
    [plans] = children(record, top[4], "block")
    assert plans["role"] == "plans" and plans["heading"].startswith("下一步")
    assert [s["role"] for s in children(record, plans, "item")] == ["plans"] * 4
    assert kinds(record) == ["chrome", "title", "addressee", "preamble", "closing", "signature", "date", "chrome"]
    assert record["meta"] == {"title": "郑州市金水区人民政府关于金水区2020年度法治政府建设情况的报告",
                              "issuer": "金水区人民政府", "year": 2020,
                              "publication_date": "2021-03-01", "document_number": "金政文〔2021〕7号"}


def test_jinzhou_2014_dash_headings_and_unheaded_problems():
    record = outline("jinzhou-2014")
    top = headings(record, 1)
    assert len(top) == 13 and {s["number"] for s in top} == {"——"}
    assert [s["role"] for s in top] == ["work"] * 8 + ["plans"] * 5
    assert top[0]["heading"] == "科学谋划工作布局,落实依法行政保障措施"
    problems = [s for s in record["sections"] if s["kind"] == "block"]
    assert [s["role"] for s in problems] == ["problems"]
    assert record["text"][problems[0]["start"]:].startswith("2014年,我区在推进依法行政")
    assert kinds(record) == ["preamble", "chrome"]
    assert record["meta"]["year"] == 2014 and record["meta"]["title"] is None


def test_beipiao_2024():
    record = outline("beipiao-2024")
    top = headings(record, 1)
    assert [(s["number"], s["heading"], s["role"]) for s in top] == [
        ("一", "主要举措和成效", "work"), ("二", "存在的问题和不足", "problems"), ("三", "2025年工作计划", "plans")]
    assert [s["number"] for s in children(record, top[0], "heading")] == list("一二三四五六七")
    assert [s["number"] for s in children(record, top[1], "item")] == list("一二三四")
    assert [s["number"] for s in children(record, top[2], "heading")] == list("一二三四")
    assert record["meta"]["year"] == 2024 and record["meta"]["issuer"] == "北票市政府"


def test_zhenjiang_2013_glued_numbers_and_broken_date():
    record = outline("zhenjiang-2013")
    top = headings(record, 1)
    assert [(s["number"], s["role"]) for s in top] == [("一", "work"), ("二", "work"), ("三", "plans")]
    # 1、 2、 then "3在全省…" with the 、 lost: the list goes on to 8
    assert [s["number"] for s in children(record, top[0], "heading")] == [str(n) for n in range(1, 9)]
    assert [s["number"] for s in children(record, top[1], "heading")] == [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    assert [s["number"] for s in children(record, top[2], "item")] == list("一二三四五六七八")
    assert kinds(record) == ["chrome", "title", "chrome", "preamble", "date", "chrome"]
    # "2014128" under the text, read with the page's 发布时间:2014-01-28
    assert record["meta"]["publication_date"] == "2014-01-28"
    assert record["meta"]["year"] == 2013


@pytest.mark.parametrize("report_id", ["qiaoxi-2017", "jinshui-2020", "jinzhou-2014", "beipiao-2024", "zhenjiang-2013"])
def test_sections_nest_inside_their_parents(report_id):
    record = outline(report_id)
    sections = record["sections"]
    for section in sections:
        assert section["start"] < section["end"] <= len(record["text"])
        if section["parent"] is not None:
            parent = sections[section["parent"]]
            assert parent["start"] <= section["start"] and section["end"] <= parent["end"]
            assert section["level"] == parent["level"] + 1


def test_page_chrome_is_marked_not_deleted():
    record = outline("qiaoxi-2017")
    chrome = [record["text"][s["start"]:s["end"]] for s in record["sections"] if s["role"] == "chrome"]
    assert chrome[0].startswith("作者:依法行政")
    assert "上一篇" in chrome[-1] and "版权所有" in chrome[-1]
    assert record["text"] == (REPORTS / "qiaoxi-2017.txt").read_text(encoding="utf-8")


def test_footer_words_in_prose_are_not_chrome():
    """无障碍 and 技术支持 are footer links of a site, but also words of the report itself (加快无障碍环境建设)."""
    [record] = lawie.extract(SHARED / "corpus" / "cities2024_jianggufan" / "099.txt")
    second = [s["number"] for s in record["sections"] if s["kind"] == "heading" and s["level"] == 2 and s["role"] == "work"]
    assert second == list("一二三四五六七八九十")  # （十）民生保障更加完善 speaks of 无障碍环境
    assert not [s for s in record["sections"] if s["role"] == "chrome"]
    [footer] = lawie.extract("湘公网安备：43090302000044号\n主办单位：益阳市人民政府办公室咨询热线：0737\n", is_text=True)
    assert [s["role"] for s in footer["sections"]] == ["chrome"]


def top_roles(path):
    [record] = lawie.extract(path)
    return [(s["heading"], s["role"]) for s in record["sections"] if s["kind"] == "heading" and s["level"] == 1]


def test_a_problem_being_fixed_is_not_the_problems():
    """补齐…短板 and 困难群众 in a heading name a task: the headings stay plans (2016年工作安排 opens them)."""
    roles = dict(top_roles(SHARED / "corpus" / "sz_zizheng" / "067.txt"))
    assert roles["加大对困难弱势群体帮扶力度"] == "plans"
    assert roles["强化低收入住房困难群体住房保障"] == "plans"
    assert "problems" not in roles.values()


def test_an_unnumbered_part_title_opens_the_plans():
    """2024年工作安排 on a line of its own, then 一、… 九、: the nine headings are next year's plans."""
    roles = top_roles(SHARED / "corpus" / "cities2024_jianggufan" / "129.txt")
    plans = roles[roles.index(("在筑牢生态屏障上持续发力，打好“护绿增绿”主动战", "plans")):]
    assert len(plans) == 9 and {role for _, role in plans} == {"plans"}
    assert plans[2] == ("在补齐基础短板上加速发力，打好“设施建设”大会战", "plans")
    assert roles[0][1] == "work"


def test_circled_numbers_nest_under_arabic_items():
    text = "一、主要工作\n1.加强学习\n①组织培训\n②开展考试\n2.规范执法\n二、存在问题\n"
    record = lawie.extract(text, is_text=True)[0]
    numbers = [(s["number"], s["level"]) for s in record["sections"] if s["kind"] == "heading"]
    assert numbers == [("一", 1), ("1", 2), ("①", 3), ("②", 3), ("2", 2), ("二", 1)]


def test_the_year_under_review_comes_from_the_first_heading():
    """No title: 一、2023年政府工作回顾 gives the year, so 二、2024年主要目标和重点任务 and what follows are plans."""
    [record] = lawie.extract(SHARED / "corpus" / "cities2024_jianggufan" / "011.txt")
    assert record["meta"]["title"] is None and record["meta"]["year"] == 2023
    roles = [(s["heading"], s["role"]) for s in record["sections"] if s["kind"] == "heading" and s["level"] == 1]
    assert roles == [("2023年政府工作回顾", "work"), ("2024年主要目标和重点任务", "plans"), ("加强政府自身建设", "plans")]
    assert {f["year"] for f in record["facts"]} == {2023}


def test_a_part_title_gives_the_year_but_not_a_plan_or_a_date():
    """2018年工作回顾 on its own line; 2018年10月，… (a date) and 2022年重点工作安排 (the plans) give no year."""
    assert lawie.extract(SHARED / "corpus" / "sz_zizheng" / "018.txt")[0]["meta"]["year"] == 2018
    text = "各位代表：\n现在，我代表区人民政府向大会报告工作。\n2018年10月，光明区人民政府正式成立。\n一、主要工作\n"
    assert lawie.extract(text, is_text=True)[0]["meta"]["year"] is None
    text = "各位代表：\n现在，我代表区人民政府向大会报告工作。\n2022年重点工作安排\n一、推进改革\n"
    assert lawie.extract(text, is_text=True)[0]["meta"]["year"] is None


@pytest.mark.parametrize("report, heading", [
    ("national_gwr_aldohemsn/031", "对今年政府工作的建议"),
    ("national_gwr_aldohemsn/033", "2005年工作总体部署"),
    ("prov2026_johncodes/012", "“十五五”时期的主要目标和重点任务"),
])
def test_headings_that_name_the_plans_by_their_usual_words(report, heading):
    roles = top_roles(SHARED / "corpus" / f"{report}.txt")
    assert (heading, "plans") in roles and roles[0][1] == "work"
