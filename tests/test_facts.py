"""Indicator facts on sentences of the seed reports; expectations worked out by reading them."""
import pytest

import lawie
from lawie.pipeline import compose

from conftest import REPORTS, SHARED


@pytest.fixture(scope="module")
def rules_nlp():
    return compose(strategy="rules-only")


def facts_of(nlp, report_id, start, end, folder=REPORTS):
    text = (folder / f"{report_id}.txt").read_text(encoding="utf-8")
    i = text.index(start)
    doc = nlp(text[i:text.index(end, i) + len(end)])
    return [(f["text"], f["action"], f["metric"], f["value"], f["unit"]) for f in doc._.facts]


def test_review_cases_share_their_metric(rules_nlp):
    facts = facts_of(rules_nlp, "beipiao-2024", "收到行政复议申请", "纠错率6.1%")
    assert facts[:3] == [("107件", "收到", "行政复议申请", 107, "件"),
                         ("104件", "受理", "行政复议申请", 104, "件"),
                         ("82件", "审结", "行政复议申请", 82, "件")]
    assert facts[4] == ("53.6%", None, "调解率", pytest.approx(0.536), "%")
    assert facts[6] == ("6.1%", None, "纠错率", pytest.approx(0.061), "%")


def test_action_carries_over_a_list_of_values(rules_nlp):
    facts = facts_of(rules_nlp, "beipiao-2024", "办理人大代表建议", "政协提案80件")
    assert facts == [("75件", "办理", "人大代表建议", 75, "件"), ("80件", "办理", "政协提案", 80, "件")]


def test_counted_noun_after_the_value(rules_nlp):
    facts = facts_of(rules_nlp, "beipiao-2024", "新组建市数据局", "3个政府工作部门")
    assert facts == [("3个", "组建", "政府工作部门", 3, "个")]


def test_rate_takes_the_metric_of_its_sentence(rules_nlp):
    facts = facts_of(rules_nlp, "zhenjiang-2013", "8全市行政负责人出庭应诉率", "95.92%")
    assert facts == [("95.92%", None, "行政负责人出庭应诉率", pytest.approx(0.9592), "%")]


def test_money_and_approximation(rules_nlp):
    text = (REPORTS / "jinzhou-2014.txt").read_text(encoding="utf-8")
    doc = rules_nlp(text)
    [fact] = [f for f in doc._.facts if f["text"] == "3.5万余条"]
    assert (fact["value"], fact["unit"], fact["approx"]) == (35000, "条", "at_least")
    assert fact["metric"].endswith("政府信息") and fact["year"] == 2014
    assert fact["evidence"].startswith("全面推行政务公开")


def test_facts_carry_section_path_and_reach_the_records():
    [record] = lawie.extract(REPORTS / "qiaoxi-2017.txt")
    [fact] = [f for f in record["facts"] if f["text"] == "15件"]
    assert fact["action"] == "受理" and fact["value"] == 15
    assert fact["section"].startswith("一 2017年主要工作 > 九 依法化解行政争议")
    assert record["text"][fact["start"]:fact["end"]] == "15件"


def corpus_facts(nlp, report, sentence):
    return facts_of(nlp, report, sentence, sentence, folder=SHARED / "corpus")


def test_a_word_is_not_cut_into_filler_and_metric(rules_nlp):
    """新 and 为 are fillers (新培育…, …为), but not inside 新增, 新能源 or 行为."""
    assert corpus_facts(rules_nlp, "sz_zizheng/101", "新增就业19.7万人。") == [
        ("19.7万人", "新增", "就业", 197000, "人")]
    assert corpus_facts(rules_nlp, "sz_zizheng/101", "新增新能源汽车充电桩16.1万个")[0] == (
        "16.1万个", "新增", "新能源汽车充电桩", 161000, "个")
    assert corpus_facts(rules_nlp, "hailar_dereks/007", "新建新型垃圾转运站3座") == [
        ("3座", "新建", "新型垃圾转运站", 3, "座")]
    [fact] = facts_of(rules_nlp, "jinshui-2020", "共收到各行政执法单位", "333736件")
    assert fact[2].endswith("行政执法行为")


def test_a_long_metric_is_cut_where_a_word_begins(rules_nlp):
    [fact] = corpus_facts(rules_nlp, "sz_zizheng/101", "新型基础设施投资1223.0亿元")[:1]
    assert fact[2] == "新型基础设施投资"
    metrics = [f[2] for f in facts_of(rules_nlp, "beipiao-2024", "办理“互联网+督查”平台", "办结率100%")]
    assert not metrics[0].startswith("联网")  # 互联网 is not cut into 互|联网


def test_a_linking_verb_leaves_the_metric_before_it(rules_nlp):
    """由3家增至10家, 控制在, 提高到, 增长: what comes before the link is what is measured, whole."""
    assert [f[:3] for f in corpus_facts(rules_nlp, "sz_zizheng/092", "三甲医院由3家增至10家，国家级医学重点学科由4个增至12个。")] == [
        ("3家", None, "三甲医院"), ("10家", None, "三甲医院"), ("4个", None, "国家级医学重点学科"), ("12个", None, "国家级医学重点学科")]
    assert corpus_facts(rules_nlp, "cities2024_jianggufan/007", "城镇调查失业率控制在5.5%以内。")[0][:3] == (
        "5.5%以内", None, "城镇调查失业率")
    assert corpus_facts(rules_nlp, "cities2024_jianggufan/004", "低保标准提高到1201元。")[0][:3] == ("1201元", "提高", "低保标准")
    assert corpus_facts(rules_nlp, "cities2024_jianggufan/004", "研发经费投入增长10%以上。")[0][:3] == (
        "10%以上", "增长", "研发经费投入")  # 投入 is part of the name, not the action


def test_a_value_listed_after_和_shares_the_verb(rules_nlp):
    facts = corpus_facts(rules_nlp, "cities2024_jianggufan/103", "固定资产投资、社会消费品零售总额和货物进出口总额分别增长8.5%、9%和9%。")
    assert [f[1] for f in facts] == ["增长"] * 3
    assert facts[2][2] == facts[1][2] and "货物进出口总额" in facts[2][2]


def test_a_rate_after_its_count_measures_the_same_thing(rules_nlp):
    facts = corpus_facts(rules_nlp, "cities2024_jianggufan/007", "举办各类展会100余场、增长52%")
    assert [f[:3] for f in facts] == [("100余场", "举办", "各类展会"), ("52%", "增长", "各类展会")]
