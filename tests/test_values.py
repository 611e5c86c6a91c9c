"""Normalized values of entities on real strings of the seed reports and the shared corpus.

Expectations are worked out by hand from the rules of the issue (money in yuan, rates as
fractions, approximators from the span and its left context, canonical law titles, full
institution names from the report's issuer).
"""
import pytest

from lawie.export import report_record
from lawie.values import (canonical_title, law_type, link_law_mentions, merge_law_titles, normalize_count,
                          normalize_institution, normalize_law, normalize_rate)

from conftest import REPORTS, SHARED


def read(path):
    return path.read_text(encoding="utf-8")


def found(path, entity, before=""):
    """The entity as it stands in a real report, after ``before``, with the 4 characters to its left."""
    text = read(path)
    start = text.index(before + entity) + len(before)
    return entity, text[max(0, start - 4):start]


def count(path, entity, before=""):
    return normalize_count(*found(path, entity, before))


def rate(path, entity, before=""):
    return normalize_rate(*found(path, entity, before))


def value(result):
    return (result["value"], result["value_max"], result["unit"], result["approx"])


# --------------------------------------------------------------------------- COUNT


def test_counts_with_wan_and_money_in_yuan():
    assert value(count(REPORTS / "jinzhou-2014.txt", "3.5万余条")) == (35000.0, None, "条", "at_least")
    assert value(count(REPORTS / "beipiao-2024.txt", "10.364万元")) == (103640.0, None, "元", None)
    assert value(count(REPORTS / "jinzhou-2014.txt", "2亿余元")) == (200000000.0, None, "元", "at_least")
    assert value(count(REPORTS / "beipiao-2024.txt", "4896项")) == (4896.0, None, "项", None)


def test_thousands_separators_products_and_ranges():
    national = SHARED / "corpus" / "national_gwr_aldohemsn" / "004.txt"
    assert value(count(national, "6,435人")) == (6435.0, None, "人", None)
    assert value(count(SHARED / "corpus" / "sz_zizheng" / "004.txt", "3,000套")) == (3000.0, None, "套", None)
    assert normalize_count("7，000人")["value"] == 7000.0
    assert value(count(SHARED / "corpus" / "cities2024_jianggufan" / "044.txt", "2×70万千瓦")) == \
        (1400000.0, None, "千瓦", None)
    assert value(count(SHARED / "corpus" / "cities2024_jianggufan" / "006.txt", "10—50万元")) == \
        (100000.0, 500000.0, "元", None)
    assert value(normalize_count("15—20件")) == (15.0, 20.0, "件", None)


def test_full_width_and_spaced_numbers():
    national = SHARED / "corpus" / "national_gwr_aldohemsn"
    assert value(count(national / "024.txt", "５．８亿平方米")) == (580000000.0, None, "平方米", None)
    assert value(count(national / "026.txt", "1 7 ．5 万人")) == (175000.0, None, "人", None)
    assert value(rate(national / "026.txt", "8 ．8 ％")) == (0.088, None, "%", None)
    assert value(count(SHARED / "corpus" / "cities2024_jianggufan" / "062.txt", "139.01 亿元")) == \
        (13901000000.0, None, "元", None)


def test_chinese_numerals():
    assert value(count(SHARED / "corpus" / "national_gwr_aldohemsn" / "015.txt", "四万三千多人")) == \
        (43000.0, None, "人", "at_least")
    assert value(count(SHARED / "corpus" / "national_gwr_aldohemsn" / "007.txt", "一百五十元")) == \
        (150.0, None, "元", None)
    assert value(normalize_count("两名")) == (2.0, None, "名", None)
    assert value(normalize_count("十余家")) == (10.0, None, "家", "at_least")
    assert value(count(REPORTS / "jinzhou-2014.txt", "六大项")) == (6.0, None, "项", None)


def test_vague_numerals_are_powers_of_ten():
    assert value(count(SHARED / "corpus" / "cities2024_jianggufan" / "092.txt", "近千亿元")) == \
        (100000000000.0, None, "元", "about")
    assert value(normalize_count("近百件")) == (100.0, None, "件", "about")
    assert value(normalize_count("上千人")) == (1000.0, None, "人", "at_least")
    assert value(normalize_count("数十家")) == (10.0, None, "家", "at_least")


def test_approximation_from_the_left_context_and_the_span():
    # 一般公共预算收入不足50亿元: 不足 stands before the span
    assert value(count(SHARED / "corpus" / "cities2024_jianggufan" / "107.txt", "50亿元", "不足")) == \
        (5000000000.0, None, "元", "at_most")
    assert value(count(REPORTS / "qiaoxi-2017.txt", "30多项")) == (30.0, None, "项", "at_least")
    assert normalize_count("600项", "工作超过")["approx"] == "at_least"
    assert normalize_count("480批次", "抽检近")["approx"] == "about"
    assert normalize_count("10件", "不超过")["approx"] == "at_most"  # not 超过
    assert normalize_count("300万元", "节约")["approx"] is None  # 约 inside 节约 is no approximator
    assert normalize_count("600名", "全区")["approx"] is None


# --------------------------------------------------------------------------- RATE


def test_percentages_are_fractions():
    assert value(rate(REPORTS / "zhenjiang-2013.txt", "95.92%")) == (0.9592, None, "%", None)
    assert value(rate(REPORTS / "jinzhou-2014.txt", "18%以上")) == (0.18, None, "%", "at_least")
    assert value(rate(REPORTS / "qiaoxi-2017.txt", "95%", "合格率达到")) == (0.95, None, "%", None)
    assert value(rate(SHARED / "corpus" / "sz_zizheng" / "145.txt", "1%", "不足")) == (0.01, None, "%", "at_most")
    assert value(rate(SHARED / "corpus" / "cities2024_jianggufan" / "119.txt", "2‰")) == (0.002, None, "‰", None)
    assert normalize_rate("百分之九十五")["value"] == pytest.approx(0.95)


def test_points_multiples_tenths_fractions_and_ratios():
    assert value(rate(SHARED / "corpus" / "sz_zizheng" / "099.txt", "8.1个百分点")) == (0.081, None, "个百分点", None)
    assert value(rate(SHARED / "corpus" / "sz_zizheng" / "009.txt", "2.2倍")) == (2.2, None, "倍", None)
    assert value(rate(SHARED / "corpus" / "cities2024_jianggufan" / "021.txt", "九成", "全市近")) == \
        (0.9, None, "成", "about")
    third = rate(SHARED / "corpus" / "cities2024_jianggufan" / "085.txt", "三分之一")
    assert third["value"] == pytest.approx(1 / 3) and third["unit"] == "分之"
    assert value(rate(SHARED / "corpus" / "national_gwr_aldohemsn" / "012.txt", "1.03比1")) == (1.03, None, "比", None)
    assert value(rate(SHARED / "corpus" / "prov2026_johncodes" / "012.txt", "1/10")) == (0.1, None, "分之", None)
    assert value(normalize_rate("两倍以上")) == (2.0, None, "倍", "at_least")
    assert value(normalize_rate("5%—6%")) == (0.05, 0.06, "%", None)


# --------------------------------------------------------------------------- LAW


def test_canonical_titles_drop_state_prefix_marks_and_version_tags():
    assert normalize_law("《中华人民共和国外商投资法》") == {"canonical": "外商投资法", "type": "law", "short": False}
    assert normalize_law("行政复议法") == {"canonical": "行政复议法", "type": "law", "short": False}
    assert canonical_title("中华人民共和国行政复议法（2023年修订）") == "行政复议法"
    assert canonical_title("优化营商环境条例（2025版）") == "优化营商环境条例"
    assert canonical_title("中华人民共和国行政处罚法（修正）") == "行政处罚法"
    # a draft named without brackets is the instrument it will become (prov2026_johncodes/024)
    assert canonical_title("福建省国民经济和社会发展第十五个五年规划纲要草案") == "福建省国民经济和社会发展第十五个五年规划纲要"
    assert canonical_title("光明科学城发展促进条例（草案）") == "光明科学城发展促进条例"
    assert canonical_title("草案") == "草案"


def test_year_ranges_stay_and_compare_equal():
    qiaoxi = read(REPORTS / "qiaoxi-2017.txt")
    assert "法治政府建设实施纲要(20152020年)" in qiaoxi and "法治政府建设实施纲要(2015—2020年)" in qiaoxi
    expected = "法治政府建设实施纲要(2015-2020年)"
    assert canonical_title("法治政府建设实施纲要(20152020年)") == expected
    assert canonical_title("法治政府建设实施纲要(2015—2020年)") == expected
    assert canonical_title("法治政府建设实施纲要（2015－2020年）") == expected
    assert canonical_title("法治政府建设实施纲要(2021-2025年)") == "法治政府建设实施纲要(2021-2025年)"


@pytest.mark.parametrize("title, kind", [
    ("中华人民共和国社区矫正法", "law"),                                # jinshui-2020
    ("民法典", "law"),
    ("优化营商环境条例", "administrative_regulation"),                  # jinshui-2020
    ("重大行政决策程序暂行条例", "administrative_regulation"),            # beipiao-2024
    ("郑州市房屋安全管理条例", "local_regulation"),                      # jinshui-2020
    ("辽宁省重大行政决策程序暂行条例", "local_regulation"),               # beipiao-2024
    ("河南省行政相对人法律风险防控办法", "rule"),                         # jinshui-2020
    ("邢台市桥西区规范性文件制定办法", "rule"),                          # qiaoxi-2017
    ("关于进一步加强全市法治建设的意见", "normative_document"),            # beipiao-2024
    ("关于调整区发改局等部门行政许可职责的通知", "normative_document"),     # qiaoxi-2017
    ("桥西区委关于落实党风廉政建设党委主体责任、纪委监督责任的实施办法", "party_regulation"),
    ("中央八项规定", "party_regulation"),
    ("中国共产党纪律处分条例", "party_regulation"),
    ("法治政府建设实施纲要(2021-2025年)", "policy_document"),            # beipiao-2024
    ("桥西区法治政府建设实施方案", "policy_document"),                   # qiaoxi-2017
])
def test_law_types(title, kind):
    assert law_type(title) == kind


def test_short_title_links_to_the_only_earlier_plan():
    qiaoxi = read(REPORTS / "qiaoxi-2017.txt")
    plan = "邢台市桥西区推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度试点实施方案"
    first = qiaoxi.index(plan)
    short = qiaoxi.index("《实施方案》") + 1
    mentions = [(plan, first, first + len(plan)), ("实施方案", short, short + 4)]
    assert link_law_mentions(mentions, qiaoxi) == [plan, plan]


def test_defined_short_title_and_state_prefix():
    text = read(SHARED / "corpus" / "prov2026_johncodes" / "014.txt")
    full = "中共新疆维吾尔自治区委员会关于制定自治区国民经济和社会发展第十五个五年规划的建议"
    start = text.index(full)
    short = text.index("《建议》", start) + 1
    later = text.index("《建议》", short) + 1
    mentions = [(full, start, start + len(full)), ("建议", short, short + 2), ("建议", later, later + 2)]
    assert link_law_mentions(mentions, text) == [full, full, full]
    # a bare 《建议》 before any definition refers to nothing
    assert link_law_mentions([("建议", 0, 2)], "建议") == ["建议"]
    both = "学习《中华人民共和国行政复议法》和行政复议法"
    assert link_law_mentions([("中华人民共和国行政复议法", 3, 15), ("行政复议法", 17, 22)], both) == \
        ["行政复议法", "行政复议法"]


def test_a_national_title_is_not_a_shorter_local_one():
    text = read(REPORTS / "beipiao-2024.txt")
    national, local = "重大行政决策程序暂行条例", "辽宁省重大行政决策程序暂行条例"
    a = text.index("《" + national) + 1
    b = text.index(local)
    assert link_law_mentions([(national, a, a + len(national)), (local, b, b + len(local))], text) == [national, local]


def test_corpus_merge_across_reports():
    merged = merge_law_titles({
        "qiaoxi-2017": ["法治政府建设实施纲要(20152020年)", "法治政府建设实施纲要(2015—2020年)", "行政复议法", "实施方案"],
        "jinshui-2020": ["中华人民共和国外商投资法", "优化营商环境条例"],
        "zhenjiang-2013": ["《中华人民共和国行政复议法》"],
    })
    assert set(merged) == {"法治政府建设实施纲要(2015-2020年)", "行政复议法", "外商投资法", "优化营商环境条例"}
    assert merged["行政复议法"]["reports"] == ["qiaoxi-2017", "zhenjiang-2013"]
    assert merged["法治政府建设实施纲要(2015-2020年)"]["mentions"] == 2


# --------------------------------------------------------------------------- INSTITUTION

QIAOXI = ("邢台市桥西区人民政府", "邢台市桥西区人民政府关于2017年依法行政工作的报告")


@pytest.mark.parametrize("name, full, level, kind", [
    ("区政府", "邢台市桥西区人民政府", "district", "government"),
    ("区委", "中共邢台市桥西区委员会", "district", "party_committee"),
    ("区人大常委会", "邢台市桥西区人民代表大会常务委员会", "district", "peoples_congress"),
    ("区政协", "中国人民政治协商会议邢台市桥西区委员会", "district", "cppcc"),
    ("市政府", "邢台市人民政府", "city", "government"),
    ("区政府法制办", "邢台市桥西区人民政府法制办公室", "district", "department"),
    ("区行政审批局", "邢台市桥西区行政审批局", "district", "department"),
    ("省政府", None, "province", "government"),
    ("国务院", "中华人民共和国国务院", "national", "government"),
    ("人大", None, None, "peoples_congress"),
    ("推进依法行政领导小组", None, None, "other"),
])
def test_institutions_in_qiaoxi(name, full, level, kind):
    assert normalize_institution(name, *QIAOXI) == {"full_name": full, "level": level, "type": kind}


def test_region_from_title_and_county_level_city():
    jinshui = ("金水区人民政府", "郑州市金水区人民政府关于金水区2020年度法治政府建设情况的报告")
    assert normalize_institution("金水区委", *jinshui)["full_name"] == "中共郑州市金水区委员会"
    assert normalize_institution("市政府", "北票市政府", None) == \
        {"full_name": "北票市人民政府", "level": "county", "type": "government"}
    assert normalize_institution("深圳市光明区人民政府") == \
        {"full_name": "深圳市光明区人民政府", "level": "district", "type": "government"}


# --------------------------------------------------------------------------- spaCy and export


def test_span_extensions_and_exported_norm(nlp):
    doc = nlp(read(REPORTS / "qiaoxi-2017.txt"))
    start = doc.text.index("区政府法制办")
    office = next((e for e in doc.ents if (e.start_char, e.end_char) == (start, start + 6)), None)
    if office is None:  # the pipeline may tag it already; otherwise add it by hand
        office = doc.char_span(start, start + 6, label="INSTITUTION")
        doc.ents = sorted([*doc.ents, office], key=lambda s: s.start)
    entities = {(e["text"], e["start"]): e["norm"] for e in report_record(doc)["entities"]}
    assert entities[("区政府法制办", start)] == {"full_name": "邢台市桥西区人民政府法制办公室", "level": "district",
                                             "type": "department"}
    short = doc.text.index("《实施方案》") + 1
    assert entities[("实施方案", short)]["canonical"].endswith("试点实施方案")
    assert entities[("实施方案", short)]["short"] is True
    rate_span = next(e for e in doc.ents if e.label_ == "RATE")
    assert rate_span._.value == {"value": 0.95, "value_max": None, "unit": "%", "approx": None}
    assert rate_span._.law is None and office._.institution["full_name"] == "邢台市桥西区人民政府法制办公室"
