"""Rules for COUNT, RATE and LAW on sentences of the seed reports, expectations from the guidelines."""
import pytest

from lawie.entity_rules import EntityPatterns, find_entities

from conftest import REPORTS, SHARED

PATTERNS = EntityPatterns.load()
INSTITUTIONS = ("INSTITUTION",)


def tagged(text, labels=("LAW", "COUNT", "RATE")):
    return [(text[m.start:m.end], m.label) for m in find_entities(text, PATTERNS) if m.label in labels]


def sentence_from(report_id, start, end):
    """A real sentence of a seed report, cut by its first and last words."""
    text = (REPORTS / f"{report_id}.txt").read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


def test_counts_with_wan_and_approximators():
    text = sentence_from("jinzhou-2014", "全面推行政务公开", "全部按时答复")
    assert tagged(text) == [("3.5万余条", "COUNT"), ("69件", "COUNT")]


def test_rates_keep_trailing_approximator_and_drop_metric_name():
    text = sentence_from("jinzhou-2014", "今年共减少申报材料", "审批效率大幅提升")
    assert tagged(text) == [("78项", "COUNT"), ("20项", "COUNT"), ("18%以上", "RATE"), ("70%", "RATE")]


def test_case_figures_of_administrative_review():
    text = sentence_from("beipiao-2024", "收到行政复议申请", "纠错率6.1%")
    assert tagged(text) == [("107件", "COUNT"), ("104件", "COUNT"), ("82件", "COUNT"), ("44件", "COUNT"),
                            ("53.6%", "RATE"), ("5件", "COUNT"), ("6.1%", "RATE")]


def test_two_quantities_side_by_side_and_money():
    assert tagged(sentence_from("beipiao-2024", "确认执法事项", "4896项")) == [("9类", "COUNT"), ("4896项", "COUNT")]
    assert tagged(sentence_from("beipiao-2024", "上线", "10.364万元")) == [("9项", "COUNT"), ("10.364万元", "COUNT")]


def test_quoted_names_dates_and_chinese_one_are_not_counts():
    text = sentence_from("qiaoxi-2017", "制定了“一个方案”", "1个行政执法服务指南")
    assert tagged(text) == [("2个", "COUNT"), ("1个", "COUNT")]
    assert tagged("我区于5月10日召开了全区推行行政执法三项制度动员会") == []
    assert tagged("贯彻党的十九届四中全会精神，第三批示范点，在20个工作日内办结") == []


def test_law_titles_in_book_marks_and_unmarked_laws():
    text = sentence_from("jinshui-2020", "认真贯彻执行", "优化营商环境条例》")
    assert tagged(text) == [("中华人民共和国外商投资法", "LAW"), ("优化营商环境条例", "LAW")]
    assert tagged("先后组织开展“宪法宣传周”、《民法典》等宣传活动") == [("民法典", "LAW")]
    assert tagged("学习新修订行政处罚法") == [("行政处罚法", "LAW")]


def test_periodicals_and_forms_are_not_laws_and_titles_hide_their_numbers():
    text = sentence_from("zhenjiang-2013", "在全省率先制定出台", "(20132015年)》")
    assert tagged(text) == [("镇江市法治政府建设三年行动计划(20132015年)", "LAW")]
    assert tagged("按计划编发《市政府公报》6期") == [("6期", "COUNT")]
    assert tagged("发出《行政处罚决定书》15份") == [("15份", "COUNT")]


def test_rate_forms():
    assert tagged("出庭应诉率在全省领先,达到了95.92%") == [("95.92%", "RATE")]
    assert tagged("下降2个百分点，增长1.5倍，占比约百分之九十五，九成以上") == [
        ("2个百分点", "RATE"), ("1.5倍", "RATE"), ("百分之九十五", "RATE"), ("九成以上", "RATE")]


def test_grades_by_unit_and_areas_by_number_are_no_counts():
    # decision 13: 30万吨级 is a class of wharf; decision 12: number + 大 + noun (片区 is a word) is no count
    assert tagged(corpus_sentence("cities2024_jianggufan/087.txt", "西港区30万吨级原油码头二期"), ("COUNT",)) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/027.txt", "谋划推进四大片区改造项目"), ("COUNT",)) == []


def test_ratios_and_half_are_rates():
    # decision 16: ratios with the ratio sign (an industry structure too) and 一半 are rates
    assert tagged(corpus_sentence("prov2026_johncodes/012.txt", "三次产业比重为4.0∶37.7∶58.3，第一"), ("RATE",)) == [
        ("4.0∶37.7∶58.3", "RATE")]
    assert tagged(corpus_sentence("cities2024_jianggufan/047.txt", "流程、材料、时限压缩一半以上。"), ("RATE",)) == [
        ("一半以上", "RATE")]


@pytest.mark.parametrize("text, expected", [
    ("近480批次", [("480批次", "COUNT")]),
    ("近百件", [("近百件", "COUNT")]),
    ("500多名", [("500多名", "COUNT")]),
    ("两名", [("两名", "COUNT")]),
    ("一名", []),
    ("五大类民生事项", [("五大类", "COUNT")]),
    ("千家万户", []),
])
def test_count_edges(text, expected):
    assert tagged(text) == expected


def test_institutions_of_fixed_form():
    text = sentence_from("jinshui-2020", "2020年,金水区委", "有力指导下")
    assert tagged(text, INSTITUTIONS) == [("金水区委", "INSTITUTION"), ("区政府", "INSTITUTION"),
                                          ("市委", "INSTITUTION"), ("市政府", "INSTITUTION")]
    assert tagged("主办单位:郑州市金水区人民政府办公室 地址", INSTITUTIONS) == [
        ("郑州市金水区人民政府办公室", "INSTITUTION")]
    # a verb before the place keeps the place out (召开 is no part of a name); the named committee
    # under 市委 is one organ (guidelines: 市委法治建设委员会)
    assert tagged("主持召开市委法治建设委员会会议", INSTITUTIONS) == [("市委法治建设委员会", "INSTITUTION")]
    # a bare department name in a list, and verbs before an organization name stay out
    assert tagged("对林草局、人社局、应急管理局等部门", INSTITUTIONS) == [
        ("林草局", "INSTITUTION"), ("人社局", "INSTITUTION"), ("应急管理局", "INSTITUTION")]
    assert tagged("确认了市住建局、尽快解决第三人民医院的问题", INSTITUTIONS) == [
        ("市住建局", "INSTITUTION"), ("第三人民医院", "INSTITUTION")]
    assert tagged("各司法局", INSTITUTIONS) == []
    # inside a title the whole title is the LAW
    assert tagged("《市政府关于印发实施方案的通知》", INSTITUTIONS) == []


def test_enterprises_listed_before_their_kind():
    # from ../shared/corpus reports (cities2024, hailar): short names become organizations by the list's last word
    assert tagged("吸引大唐、东方电气、葛洲坝等一批清洁能源龙头企业入驻", INSTITUTIONS) == [
        ("大唐", "INSTITUTION"), ("东方电气", "INSTITUTION"), ("葛洲坝", "INSTITUTION")]
    assert tagged("发展信心。引导华德牧业、蒙拓机械等机械装备制造企业继续走", INSTITUTIONS) == [
        ("华德牧业", "INSTITUTION"), ("蒙拓机械", "INSTITUTION")]
    # kinds of business and places are common words: no organizations
    assert tagged("分别举办采煤、发电、冶炼、化工等企业", INSTITUTIONS) == []
    assert tagged("加大力度引进银行、基金、保险等金融机构入驻新区", INSTITUTIONS) == []


def test_task_groups_and_words_hiding_names():
    text = sentence_from("zhenjiang-2013", "调整成立了以市长为组长的", "成员单位")
    assert tagged(text, INSTITUTIONS) == [("市全面推进依法行政工作领导小组", "INSTITUTION")]
    # 政协 inside 行政协议 and 中学 inside 集中学习 are no institutions
    assert tagged("审核行政协议、民事合同", INSTITUTIONS) == []
    assert tagged("在市政府常务会议上集中学习了条例", INSTITUTIONS) == [("市政府", "INSTITUTION")]


def test_bracketed_parts_and_year_boundaries():
    # from ../shared/corpus reports: a short bracketed part belongs to the name, a branch in brackets does not
    assert tagged("南方科技大学正式建立，香港中文大学（深圳）获批筹建", INSTITUTIONS) == [
        ("南方科技大学", "INSTITUTION"), ("香港中文大学（深圳）", "INSTITUTION")]
    assert tagged("改革,市政务服务中心(分中心)设置综合窗口", INSTITUTIONS) == [("市政务服务中心", "INSTITUTION")]
    # a year before a name is no part of it
    assert tagged("2026年河北省政府工作报告", INSTITUTIONS) == [("河北省政府", "INSTITUTION")]


def test_congress_terms_and_level_hospitals():
    # decision 20: a numbered term names the congress; 区医院 is the district's hospital
    assert tagged("从三届人大以来，向第四届全国人民代表大会作政府工作报告", INSTITUTIONS) == [
        ("三届人大", "INSTITUTION"), ("第四届全国人民代表大会", "INSTITUTION")]
    assert tagged("启动区医院扩建工程", INSTITUTIONS) == [("区医院", "INSTITUTION")]


def test_arbitration_branches_and_generic_law_firms():
    # from ../shared/corpus reports (cities2024)
    assert tagged("出庭应诉率100%。武汉仲裁委员会天门分会挂牌运行。", INSTITUTIONS) == [
        ("武汉仲裁委员会天门分会", "INSTITUTION")]
    assert tagged("招引集聚一批知名律师事务所、会计师事务所", INSTITUTIONS) == []


def test_known_rule_of_law_instruments_win_over_cued_fragments():
    # 落实 inside the title must not cut it: the known title is longer than the cued fragment
    text = "对照法治政府建设实施纲要和法治政府建设与责任落实督察工作规定，逐项抓好落实。"
    assert tagged(text) == [("法治政府建设实施纲要", "LAW"), ("法治政府建设与责任落实督察工作规定", "LAW")]


def test_offices_by_their_short_names_but_not_government_work():
    assert tagged(corpus_sentence("sz_zizheng/128.txt", "牵头单位：区政务办"), INSTITUTIONS) == [("区政务办", "INSTITUTION")]
    assert ("应急办", "INSTITUTION") in tagged(corpus_sentence("sz_zizheng/115.txt", "福田消防大队、应急办、市疾控中心"),
                                               INSTITUTIONS)
    # 政府办公, 政府办事: the government's office work, no office
    assert tagged(corpus_sentence("sz_zizheng/045.txt", "区治理“一网统管”、政府办公“一网协同”"), INSTITUTIONS) == []


def test_departments_of_party_committees_and_governments():
    # from ../shared/corpus reports (sz_zizheng): the department with the organ it belongs to
    assert tagged("部国际经济技术交流中心、深圳市委外办、龙华区共同", INSTITUTIONS)[-1] == ("深圳市委外办", "INSTITUTION")
    assert tagged("22.益企行动：光明区委统战部（区工商联）", INSTITUTIONS)[0] == ("光明区委统战部", "INSTITUTION")
    # …办法 is a document, not an office: 考核办 inside 考核办法 is no institution
    assert tagged("完善河长制管理制度和考核办法", INSTITUTIONS) == []


def test_jing_starts_words_inside_names():
    # from ../shared/corpus reports: 经 is a boundary in 经区政府批准, not in 经开区 or 经济管理
    assert tagged("推进太和医院新院区、经开区人民医院新院区建设，", INSTITUTIONS)[-1] == (
        "经开区人民医院新院区", "INSTITUTION")
    assert tagged("，加快推进清华大学经济管理深圳研究院、深圳高等金", INSTITUTIONS) == [
        ("清华大学经济管理深圳研究院", "INSTITUTION")]


def test_verbs_before_a_level_are_no_place_names():
    # from ../shared/corpus reports: 废止/审计 + 省/区 is a verb and a level, not a place name
    assert tagged("制定、修改、废止省政府规章45件。", INSTITUTIONS) == [("省政府", "INSTITUTION")]
    assert tagged("全年审计区政府投资项目20", INSTITUTIONS) == [("区政府", "INSTITUTION")]
    # newer verbs of work reports (抓细抓实, 用好, 做强) end before the name
    assert tagged("动真碰硬，抓细抓实省委巡视反馈问题整改工作", INSTITUTIONS) == [("省委", "INSTITUTION")]
    assert tagged("项目第一，用好省政府“四全工作法”", INSTITUTIONS) == [("省政府", "INSTITUTION")]
    assert tagged("港航业优势。做强海洋电子信息产业研究院，建设", INSTITUTIONS) == [("海洋电子信息产业研究院", "INSTITUTION")]


@pytest.mark.parametrize("text, name", [
    # ../shared/corpus sentences: 国家 stays with a central ministry; a government's inspection office
    ("人民调解的“六约模式”受到国家司法部表彰。", "国家司法部"),
    ("配合做好国务院督查室驻点观察任务", "国务院督查室"),
    ("获国家卫生健康委推广", "国家卫生健康委"),
    # 除 ends a name (除区政府外) but not inside 扫黑除恶
    ("得到中央扫黑除恶专项督导组充分肯定", "中央扫黑除恶专项督导组"),
])
def test_names_of_central_organs(text, name):
    assert tagged(text, INSTITUTIONS) == [(name, "INSTITUTION")]


def test_organizations_counted_by_a_size_word_are_kinds():
    # ../shared/corpus: 三大集团 and 四大教育集团 name kinds; 三大集 and 四大集 are no counts either
    assert tagged("水务、燃气、环保三大集团挂牌成立。", ("INSTITUTION", "COUNT")) == []
    assert tagged("推进四大集中连片区域开发建设", ("COUNT",)) == []
    assert tagged("深圳港三大集装箱港区实现保税LNG燃料加注", ("COUNT",)) == []


def test_bank_branches_are_one_name():
    # from ../shared/corpus reports (cities2024): a branch is named with its bank (decision 25)
    assert tagged("亿元，增长14.75%。交通银行鄂州分行开业营运。", INSTITUTIONS) == [("交通银行鄂州分行", "INSTITUTION")]


def test_titles_joined_to_a_cued_title():
    # from ../shared/corpus reports: the second title after 和 is a title too; a counted set of plans is not one
    assert tagged("新政策体系，出台城市更新实施办法和正负面清单操作规则，推动城市更", ("LAW",)) == [
        ("城市更新实施办法", "LAW"), ("正负面清单操作规则", "LAW")]
    assert tagged("产业高质量发展意见和十条政策措施，制定新一代", ("LAW",)) == []


def test_regulations_named_as_the_object_of_law_making():
    # from ../shared/corpus reports: 推动 is a title cue only when 立法 or 修订 follows the title or a list of them
    assert tagged("推动广西民营经济促进条例、行政执法监督条例等地方立法。", ("LAW",)) == [
        ("广西民营经济促进条例", "LAW"), ("行政执法监督条例", "LAW")]
    assert tagged("体发展规划获批实施，推动前海合作区条例修订，", ("LAW",)) == [("前海合作区条例", "LAW")]
    assert tagged("推动物业管理规定落实落地，推动改革。", ("LAW",)) == []


def test_rules_named_as_the_object_of_improving():
    # ../shared/corpus sentences: 完善/建立/健全 cue only the heads of specific rules, not market rules or systems
    assert tagged("决策风险评估制度。完善新区管委会常务会议议事规则。自觉接受", ("LAW",)) == [("新区管委会常务会议议事规则", "LAW")]
    assert tagged("在全省率先建立行政执法协作规定，顺庆区", ("LAW",)) == [("行政执法协作规定", "LAW")]
    assert tagged("严格行政决策程序,健全完善重大行政决策议事规则。", ("LAW",)) == [("重大行政决策议事规则", "LAW")]
    assert tagged("统一市场监管执法。健全一体衔接的流通规则和标准", ("LAW",)) == []
    assert tagged("抓紧完善国有资产监督管理相关法规和实施办法，研究", ("LAW",)) == []


def test_unmarked_titles_may_hold_latin_letters_but_targets_are_no_titles():
    # from ../shared/corpus reports (sz_zizheng): LED and PPP are part of a title; a water-quality target is not one
    assert tagged("继续实施太阳能屋顶计划、LED路灯改造计划和公共建筑合同能源管理。", ("LAW",)) == [
        ("太阳能屋顶计划", "LAW"), ("LED路灯改造计划", "LAW")]
    assert tagged("实现辖区主要河流达到地表水V类标准。", ("LAW",)) == []
    assert tagged("根据PCT的规定，专利申请人可以", ("LAW",)) == []


def test_party_rules_by_article_count_after_their_committee():
    # from a ../shared/corpus report (hailar_dereks), guidelines decision 10: the committee is no part of the rule
    text = "严格落实中央八项规定、自治区党委28条配套规定和呼伦贝尔市委十项要求,政府自身建设持续加强。"
    assert tagged(text, ("LAW", "COUNT", "RATE", "INSTITUTION")) == [
        ("中央八项规定", "LAW"), ("自治区党委", "INSTITUTION"), ("28条配套规定", "LAW"),
        ("呼伦贝尔市委", "INSTITUTION"), ("十项要求", "LAW")]
    assert tagged("区委提出三项要求") == [("三项", "COUNT")]


def test_law_names_inside_quoted_slogans_and_the_qualifier_new_round():
    # from ../shared/corpus reports: 宪法 in the slogan “农业八字宪法” is no law, 宪法 quoted alone is;
    # 新一轮 qualifies a title from outside (decision 32), and a standard plan type is no title (decision 30)
    assert tagged("公社普遍实行了“农业八字宪法”。", ("LAW",)) == []
    assert tagged("学习“宪法”和“民法典”。", ("LAW",)) == [("宪法", "LAW"), ("民法典", "LAW")]
    assert tagged("推动出台新一轮南沙总体发展规划，聚力发展", ("LAW",)) == [("南沙总体发展规划", "LAW")]
    assert tagged("编制实施新一轮中长期青年发展规划，发挥工会", ("LAW",)) == []


def test_magnitudes_without_digits_count_with_money():
    # guidelines decision 26, on ../shared/corpus sentences: 亿元以上 and 千万元 count; a per-unit base,
    # a grade and other units do not
    assert tagged("全年新开工亿元以上项目730个") == [("亿元以上", "COUNT"), ("730个", "COUNT")]
    assert tagged("支持企业发展壮大，税收过千万元工业企业达15家。") == [("千万元", "COUNT"), ("15家", "COUNT")]
    assert tagged("对建筑企业实行按百元产值工资含量") == []
    assert tagged("推介会5场以上，引进亿元级优质企业8家") == [("5场以上", "COUNT"), ("8家", "COUNT")]


def test_numbers_inside_fixed_names_are_no_counts():
    # guidelines decisions 10 and 29, on ../shared/corpus sentences: the number belongs to the name
    assert tagged("深入贯彻中央八项规定精神学习教育，推动思想大") == []
    assert tagged("提高第三产业在三次产业中的比重") == []
    assert tagged("我们愿意在和平共处五项原则的基础上同一切国家建立") == []
    assert tagged("工业为主导的方针和一系列两条腿走路的政策") == []
    # categories of crime and grades of cameras or water (decisions 13 and 29); the ten systems of “两个维护”
    assert tagged("刑事治安警情下降20%，涉恶十类案件下降44%，") == [("20%", "RATE"), ("44%", "RATE")]
    assert tagged("投资2.3亿元新增二类视频监控7289个。") == [("2.3亿元", "COUNT"), ("7289个", "COUNT")]
    assert tagged("严格执行坚决落实“两个维护”十项制度机制，不断提高") == []
    assert tagged("新创建十类“平安细胞”94个") == [("十类", "COUNT"), ("94个", "COUNT")]


def test_trains_are_counted_in_lie():
    # ../shared/corpus: 列 counts trains; 列举 and 列入 are verbs
    assert tagged("中欧班列发运204列、总货值增长36.9%。", ("COUNT",)) == [("204列", "COUNT")]
    assert tagged("停靠车次增加至99列次；地铁", ("COUNT",)) == [("99列次", "COUNT")]
    assert tagged("报告一一列举了三列入选项目", ("COUNT",)) == []


def test_wells_medals_satellites_and_dan_are_counted():
    counts = ("COUNT",)
    assert tagged(corpus_sentence("cities2024_jianggufan/108.txt", "新建天然气井12口、续建8口，累计建成31"), counts) == [
        ("12口", "COUNT"), ("8口", "COUNT")]
    assert tagged(corpus_sentence("cities2024_jianggufan/087.txt", "功发射9次、48颗卫星"), counts) == [
        ("9次", "COUNT"), ("48颗", "COUNT")]
    assert tagged(corpus_sentence("prov2026_johncodes/013.txt", "大赛金牌33枚，全运"), counts) == [("33枚", "COUNT")]
    assert tagged(corpus_sentence("cities2024_jianggufan/013.txt", "收购烟叶260.2万担，实现"), counts) == [
        ("260.2万担", "COUNT")]


def test_jia_before_zhangzhe_and_rijian_is_a_classifier():
    # 家长 (parents) and 日 (days) after a classifier stop a count, 家长者食堂 and 家日间照料中心 do not
    assert tagged(corpus_sentence("sz_zizheng/117.txt", "4家日间照料中心升级为“颐康之家”，开设10家长者食堂，每日"),
                  ("COUNT",)) == [("4家", "COUNT"), ("10家", "COUNT")]


def test_a_law_name_is_not_spread_to_a_campaign_named_after_it(nlp):
    # guidelines decision 10: 中央八项规定 is LAW, the campaign 中央八项规定精神学习教育 is not
    doc = nlp("严格落实中央八项规定，持续纠治“四风”。深入开展中央八项规定精神学习教育。")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "LAW"] == [("中央八项规定", "LAW")]


def test_rule_of_law_passage_forms():
    # sentences of ../shared/corpus rule-of-law paragraphs (annotations/rol/dev), expectations from the guidelines
    assert tagged("国务院提出法律草案6 6 个，制定行政法规1 9 7 个，依法行政状况有所改善") == [
        ("6 6 个", "COUNT"), ("1 9 7 个", "COUNT")]  # spaces inside a number and its classifier stay inside
    assert tagged("经验做法获中央依法治国办公室通报表扬", INSTITUTIONS) == [("中央依法治国办公室", "INSTITUTION")]
    assert tagged("审议地方性法规10件，立改废省政府规章12件", INSTITUTIONS) == [("省政府", "INSTITUTION")]
    assert tagged("修订重大行政决策风险评估相关规定，建立健全法律顾问", ("LAW",)) == []  # related rules: generic
    assert tagged("法无授权不可为，认真落实机构改革方案，深入推进", ("LAW",)) == []  # a plan type (decision 30)


def test_more_rule_of_law_passage_forms():
    # sentences of ../shared/corpus rule-of-law paragraphs (annotations/rol/dev), expectations from the guidelines
    assert tagged("成功举办全省民法典学习宣传推进活动，在全市", ("LAW",)) == []  # an event named after the law
    assert tagged("不折不扣落实中央及省市区委各项决策部署", INSTITUTIONS) == [("区委", "INSTITUTION")]  # decision 18
    assert tagged("自觉接受人民政协民主监督，自觉接受纪委监委专责监督", INSTITUTIONS) == [
        ("人民政协", "INSTITUTION"), ("纪委监委", "INSTITUTION")]
    assert tagged("获中央政法委、全国妇联肯定推广", INSTITUTIONS) == [("中央政法委", "INSTITUTION"), ("全国妇联", "INSTITUTION")]
    assert tagged("城乡居民大病保险，对参保人大病医疗费用予以报销", INSTITUTIONS) == []
    assert tagged("将高血压、糖尿病等52种多发常见慢性病纳入") == [("52种", "COUNT")]  # 多发 is a word, no approximator
    assert tagged("已建成4 \u00a0 所国际学校、3所港人子弟学校") == [("4 \u00a0 所", "COUNT"), ("3所", "COUNT")]
    assert tagged("大力弘扬企业家精神，依法平等保护民营企业产权", INSTITUTIONS) == []  # 平等 is no list end
    assert tagged("启动实施国家公立医院高质量发展试点", INSTITUTIONS) == []  # a kind of hospital


def test_cued_descriptions_with_de_are_no_titles():
    # a cued phrase with 的 describes rules (decision 30) unless its head is a formal one (若干意见, 八项规定)
    laws = ("LAW",)
    assert tagged("对重要的新技术，要制定有偿转让的办法。", laws) == []
    assert tagged("国家层面重在制定统一的监管规则和标准，", laws) == []
    assert tagged("落实全面深化金融改革创新的若干意见，加快", laws) == [("全面深化金融改革创新的若干意见", "LAW")]
    assert tagged("修订完善政府工作规则、政府常务会议事制度", laws) == []  # a bare standard type (decision 31)
    assert tagged("出台支持实体经济发展的10项措施，为企业", laws) == [("支持实体经济发展的10项措施", "LAW")]  # decision 11
    assert tagged("落实支持非公有制经济发展的政策措施。", laws) == []  # 政策, decision 30
    assert tagged("落实中央八项规定和我省实施办法，扎实抓好", laws) == [("中央八项规定", "LAW")]  # decision 31
    assert tagged("细化制定实施一揽子化债方案，争取", laws) == []  # a package of plans, no title
    assert tagged("实施各族群众互嵌式发展计划、各族青少年交流计划", laws) == [
        ("各族群众互嵌式发展计划", "LAW"), ("各族青少年交流计划", "LAW")]
    assert tagged("打造中小幼一体化的全媒体民法典课程，深圳宪法公园获评", laws) == []  # named after the law


def test_known_laws_inside_longer_words():
    # ../shared/corpus sentences: 法 + 人/制 makes another word; 宪法 + 规定 is the law providing
    assert tagged("加快完善公司法人治理结构", ("LAW",)) == []
    assert tagged("加强安全生产法制建设", ("LAW",)) == []
    assert tagged("我们根据宪法规定，在过渡时期", ("LAW",)) == [("宪法", "LAW")]
    assert tagged("支持超聚变、中创智领、许继、平高等领军企业全面提升", INSTITUTIONS) == [
        ("超聚变", "INSTITUTION"), ("中创智领", "INSTITUTION"), ("许继", "INSTITUTION"), ("平高", "INSTITUTION")]


def test_prefecture_levels_awards_and_policy_measures():
    # ../shared/corpus sentences; 州 is a level at a boundary or ending a place name, never inside 郑州/鄂州
    assert tagged("自觉接受州人大法律监督和州政协民主监督", INSTITUTIONS) == [
        ("州人大", "INSTITUTION"), ("州政协", "INSTITUTION")]
    assert tagged("在州委州政府的坚强领导下", INSTITUTIONS) == [("州委", "INSTITUTION"), ("州政府", "INSTITUTION")]
    assert tagged("主办单位:郑州市金水区人民政府办公室", INSTITUTIONS) == [("郑州市金水区人民政府办公室", "INSTITUTION")]
    assert tagged("依托鄂州籍医学专家委员会共建", INSTITUTIONS) == [("鄂州籍医学专家委员会", "INSTITUTION")]  # not 州|医学…
    # a kind of organization after 获评 is a grade the subject receives
    assert tagged("南山区妇幼保健院获评三甲医院。", INSTITUTIONS) == [("南山区妇幼保健院", "INSTITUTION")]
    # 政策措施 without an article count is policy in general (decision 30), with one a titled package (decision 11)
    assert tagged("全面落实促进民间投资政策措施，定期发布", ("LAW",)) == []
    assert tagged("落实服务市场主体39条政策措施，出台", ("LAW",)) == [("服务市场主体39条政策措施", "LAW")]
    assert tagged("真正解决标准“打架”、多头执法等企业痛点问题。", INSTITUTIONS) == []  # 企业痛点 is no kind


def test_kinds_of_organization_are_no_names():
    # ../shared/corpus sentences: a kind counted right after it, or one after 首家/首个, is no name
    assert tagged("服务保障进一步加强，建成城市街道综合性养老服务中心10个、示范性", INSTITUTIONS) == []
    assert tagged("市第一人民医院3个院区", INSTITUTIONS) == [("市第一人民医院", "INSTITUTION")]
    assert tagged("建立全省首个涉外公共法律服务中心，建成49家", INSTITUTIONS) == []
    # older ministry names, but not inside 部门, 部署 or 部长
    assert tagged("化议事会模式获得中宣部、文化部高度肯定", INSTITUTIONS) == [("中宣部", "INSTITUTION"), ("文化部", "INSTITUTION")]
    assert tagged("不仅是农业部门的事情；落实文化强市建设部署", INSTITUTIONS) == []
    assert tagged("生活垃圾分类工作获住房和城乡建设部通报表扬", INSTITUTIONS) == [("住房和城乡建设部", "INSTITUTION")]
    assert tagged("新建15所标准化特殊教育学校。", INSTITUTIONS) == []  # counted before it
    assert tagged("支持市中心医院创建三甲医院。", INSTITUTIONS) == [("市中心医院", "INSTITUTION")]  # a grade after 创建
    assert tagged("认真落实低保家庭大学生入学资助", INSTITUTIONS) == []  # 大学|生 goes on into 大学生
    assert tagged("落地建设浙江大学生命健康联合创新", INSTITUTIONS) == [("浙江大学", "INSTITUTION")]
    assert tagged("吸引更多跨国公司和机构", INSTITUTIONS) == []
    # a named organization that starts with a generic word is a class (各种, 本土, 辖区), but 本溪 is a city
    assert tagged("开办各种业余学校和训练班。", INSTITUTIONS) == []
    assert tagged("加快培育本土跨国公司，建设境外营销网络", INSTITUTIONS) == []
    assert tagged("重要的有：本溪钢铁公司，黑龙江钢厂", INSTITUTIONS) == [("本溪钢铁公司", "INSTITUTION")]


def test_a_custom_rules_file_reads_its_own_word_lists(tmp_path):
    """Rules are data: a copy of the rules folder, extended by a user, drives the same code."""
    import json
    import shutil
    from importlib import resources

    source = resources.files("lawie.resources")
    for name in ("entities.json", "boundary_verbs.txt", "common_words.txt", "not_place_stems.txt", "place_names.txt"):
        shutil.copyfile(source / name, tmp_path / name)
    rules = json.loads((tmp_path / "entities.json").read_text(encoding="utf-8"))
    rules["department_names"].append("大数据中心")
    (tmp_path / "entities.json").write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    custom = EntityPatterns.load(str(tmp_path / "entities.json"))
    text = "对人社局、大数据中心开展督察"
    assert [text[m.start:m.end] for m in find_entities(text, custom)] == ["人社局", "大数据中心"]
    assert [text[m.start:m.end] for m in find_entities(text, PATTERNS)] == ["人社局"]


@pytest.mark.parametrize("name", ["法律咨询委员会", "光明区行政复议中心", "少年法庭", "人民日报", "新华网", "法治督察小组",
                                  "疫情防控先锋队", "区城乡规划和城市管理综合执法大队", "区政府法律顾问室", "三项制度领导小组",
                                  "局党组", "局政策法规与安全工作处"])
def test_institution_examples_of_the_label_spec(name):
    # ../shared/spec/labels.md names these as INSTITUTION; each is tagged in a plain sentence
    assert tagged(f"经{name}研究，决定开展此项工作。", INSTITUTIONS) == [(name, "INSTITUTION")]


def test_committees_of_generic_words_are_kinds():
    # ../shared/corpus sentences: 村民委员会 and 矛盾纠纷调解中心 name kinds; a named committee is one body
    assert tagged("实现“一站式”矛盾纠纷调解中心全覆盖", INSTITUTIONS) == []
    assert tagged("发挥城镇居民委员会和农村村民委员会的作用。", INSTITUTIONS) == []
    assert tagged("前海咨询委员会正式成立，302家企业", INSTITUTIONS) == [("前海咨询委员会", "INSTITUTION")]
    assert tagged("高标准运行金融调解中心、企业服务中心。", INSTITUTIONS)[0] == ("金融调解中心", "INSTITUTION")  # 运行 is a verb


def test_departments_with_and_in_their_name_but_not_two_organs_or_a_situation():
    # ../shared/corpus sentences: 和 inside a department name (区教育和体育局) but not between two organs;
    # 局面 (a situation) ends no bureau
    assert tagged("由广东省工业和信息化厅批复成立", INSTITUTIONS) == [("广东省工业和信息化厅", "INSTITUTION")]
    assert tagged("经区政府和公安局同意", INSTITUTIONS) == [("区政府", "INSTITUTION"), ("公安局", "INSTITUTION")]
    assert tagged("在区委和区政府办公室", INSTITUTIONS) == [("区委", "INSTITUTION"), ("区政府办公室", "INSTITUTION")]
    assert tagged("开创社会主义现代化强市建设新局面。", INSTITUTIONS) == []


def test_a_bureaus_own_organs_but_not_situations_or_parts():
    # a bureau's report names its organs by 局 alone (labels.md: 局党组, 局政策法规与安全工作处); 局面, 局部 are words
    assert tagged("由局法规科牵头制定年度普法计划", INSTITUTIONS) == [("局法规科", "INSTITUTION")]
    assert tagged("改变了的局面处于被动，局部地区各局处室", INSTITUTIONS) == []


def test_law_and_count_examples_of_the_label_spec():
    # ../shared/spec/labels.md: 光明科学城发展促进条例 (in …条例草案), 市法治政府建设绩效考评操作规程, 百万平方米
    assert tagged("审议光明科学城发展促进条例草案。") == [("光明科学城发展促进条例", "LAW")]
    assert tagged("制定市法治政府建设绩效考评操作规程。") == [("市法治政府建设绩效考评操作规程", "LAW")]
    assert tagged("新增产业用房超百万平方米。") == [("百万平方米", "COUNT")]
    assert tagged("打造百万平方米级高科技厂房") == []  # a grade (decision 13)
    # ../shared/corpus: 并 joins two cue verbs; the title starts after them
    assert tagged("制定并实施国家中长期人才发展规划纲要。") == [("国家中长期人才发展规划纲要", "LAW")]
    assert tagged("人大常委会审议并批准了这个修订方案。") == []


def test_organs_of_streets():
    # ../shared/corpus sentences (sz_zizheng, hailar_dereks): a street's organ is named with the street
    assert tagged("成立了胜利街道执法大队,四级网格化管理", INSTITUTIONS) == [("胜利街道执法大队", "INSTITUTION")]
    assert tagged("牵头单位：坂田街道办\n", INSTITUTIONS) == [("坂田街道办", "INSTITUTION")]
    # units run together in a table cell; 各街道办理 holds no organ
    assert tagged("区环保水务局龙岗街道办", INSTITUTIONS) == [("区环保水务局", "INSTITUTION"), ("龙岗街道办", "INSTITUTION")]
    assert tagged("由各街道办理，进行整合街道办", INSTITUTIONS) == []


def test_plan_titles_that_start_a_sentence_and_are_issued_there():
    # ../shared/corpus sentences (decisions 21 and 30): a title as the subject of 发布/获批/实施, not a verb phrase
    assert tagged("拆迁顺利推进。坪山河流域综合开发规划正式发布，“水环境治理", ("LAW",)) == [("坪山河流域综合开发规划", "LAW")]
    assert tagged("持续释放。特区一体化新三年计划实施。随着", ("LAW",)) == [("特区一体化新三年计划", "LAW")]
    assert tagged("园区建设。推动华为科技城规划实施，充分发挥", ("LAW",)) == []
    assert tagged("城乡品质不断提升。市县两级国土空间总体规划获批，", ("LAW",)) == []
    # after a comma too, unless the title continues (…规定|实施细则) or a verb or adverb starts the run
    assert tagged("山遗址考古取得重大突破，湖笔保护和发展条例颁布实施，鄣吴古镇", ("LAW",)) == [("湖笔保护和发展条例", "LAW")]
    assert tagged("压紧压实，严格执行中央八项规定实施细则，重拳整治", ("LAW",)) == [("中央八项规定实施细则", "LAW")]
    assert tagged("推进以港兴市，争取青岛港新版总体规划获批实施，加快", ("LAW",)) == []


def test_a_bare_court_joined_to_a_named_organ():
    # labels.md: 区法院、检察院 -> both; a bare court alone or its president is not tagged
    assert tagged("与区法院、检察院建立联席会议制度", INSTITUTIONS) == [("区法院", "INSTITUTION"), ("检察院", "INSTITUTION")]
    assert tagged("区公安分局、检察院、法院联合开展", INSTITUTIONS) == [
        ("区公安分局", "INSTITUTION"), ("检察院", "INSTITUTION"), ("法院", "INSTITUTION")]
    assert tagged("超过同期法院行政诉讼案件数量，区政府与法院院长座谈", INSTITUTIONS) == [("区政府", "INSTITUTION")]


def test_kinds_after_ru_xuan_campus_parks_and_owned_kinds():
    # ../shared/corpus sentences: a kind after 入选 is a programme's grade; 大学园 is a campus park;
    # 区属医院 names the district's hospitals as a kind
    assert tagged("田家庵区入选省幼儿园保育教育质量提升实验区，", INSTITUTIONS) == []
    assert tagged("打造深圳湾天空之境，实施虚拟大学园等一批", INSTITUTIONS) == []
    assert tagged("推动区属医院引进6-10个高层次医学", INSTITUTIONS) == []
    assert tagged("三甲评审。北京中医药大学深圳医院（龙岗）园山院区开业。", INSTITUTIONS) == [
        ("北京中医药大学深圳医院（龙岗）", "INSTITUTION")]


def test_every_levels_bodies_quotes_and_descriptive_plans():
    # ../shared/corpus sentences: decision 33, quoted slogans, 的方案 and local standards
    assert tagged("各级政府要依法接受同级人大及其常委会的监督，办理各级人大代表建议576件", INSTITUTIONS) == []
    assert tagged("办理市、区两级人大代表建议202件", INSTITUTIONS) == [("人大", "INSTITUTION")]
    assert tagged("各级政府要依法接受同级人大及其常委会的监督，自觉接受人民政协的民主监督", INSTITUTIONS) == []
    assert tagged("依法接受市人大及其常委会的监督。自觉接受人民政协的民主监督", INSTITUTIONS) == [
        ("市人大", "INSTITUTION"), ("常委会", "INSTITUTION"), ("人民政协", "INSTITUTION")]
    assert tagged("切实做到“总书记有号令、党中央省委市委有部署，政府见行动见实效”", INSTITUTIONS) == []
    assert tagged("加快“未来学校”建设，设立“市民学校”50个", INSTITUTIONS) == []  # quoted concepts, not names
    assert tagged("2家医院获评国家级“母婴友好医院”", INSTITUTIONS) == []
    assert tagged("位获评国家级节约型机关。区两新组织党工委获评", INSTITUTIONS) == [("区两新组织党工委", "INSTITUTION")]
    everything = ("LAW", "COUNT", "RATE", "INSTITUTION")
    assert tagged("今年将研究和制定国务院机构进一步改革的方案。", everything) == [("国务院", "INSTITUTION")]
    assert tagged("发布全国首个行政复议领域地方标准。", everything) == []


def test_branches_sections_and_phases_of_named_organizations():
    # ../shared/corpus sentences: decision 25 keeps a branch, campus or section with its parent; a phase stays out
    assert tagged("30分钟可抵达深圳各区。市中医院光明院区主体工程加快建设。", INSTITUTIONS) == [
        ("市中医院光明院区", "INSTITUTION")]
    assert tagged("启动第三中学分校建设，年内新建幼儿园两所", INSTITUTIONS) == [("第三中学分校", "INSTITUTION")]
    assert tagged("社会服务水平全面提升。区幼儿园第一分园、第二幼儿园", INSTITUTIONS) == [
        ("区幼儿园第一分园", "INSTITUTION"), ("第二幼儿园", "INSTITUTION")]
    assert tagged("推进人大附中深圳学校高中部扩建", INSTITUTIONS) == [("人大附中深圳学校高中部", "INSTITUTION")]
    assert tagged("加快区人民医院（二期）、区中医院（二期）等7个项目", INSTITUTIONS) == [
        ("区人民医院", "INSTITUTION"), ("区中医院", "INSTITUTION")]


def test_organs_after_huo_and_its_standing_committee_and_congress_ordinals():
    # ../shared/corpus sentences: 获 ends the word before an organ; 及其常务委员会 as 及其常委会 (decision 17);
    # 三次党代会 and 四次全会 are ordinals
    everything = ("LAW", "COUNT", "RATE", "INSTITUTION")
    assert tagged("业锻长补短等10项工作获省政府真抓实干督查激励。", everything) == [
        ("10项", "COUNT"), ("省政府", "INSTITUTION")]
    assert tagged("全国人民代表大会及其常务委员会已经制定了一批重要法律", everything) == [
        ("全国人民代表大会", "INSTITUTION"), ("常务委员会", "INSTITUTION")]
    assert tagged("按照市三次党代会和市委三届二次全会部署", everything) == [("市委", "INSTITUTION")]
    assert tagged("落实省委十二届二次、三次、四次全会精神", everything) == [("省委", "INSTITUTION")]
    assert tagged("加快行业协会商会与行政机关脱钩改革", everything) == []


def test_numbered_hospitals_rates_with_duo_and_concentrations():
    # ../shared/corpus sentences: 区二院 is the district's No. 2 hospital, 三区一院 a slogan; 九成多 keeps 多
    everything = ("LAW", "COUNT", "RATE", "INSTITUTION")
    assert tagged("中大八院后期建设及区二院外科楼工程全面投入使用，区妇保院、肛肠医院等项目加快推进", everything) == [
        ("区二院", "INSTITUTION"), ("区妇保院", "INSTITUTION"), ("肛肠医院", "INSTITUTION")]
    assert tagged("推进“三区一院”建设", everything) == []
    assert tagged("100％实现最多跑一次、九成多零跑动", everything) == [("100％", "RATE"), ("九成多", "RATE")]
    assert tagged("PM2.5平均浓度降至28.5微克每立方米，创有监测记录以来最好水平", everything) == [
        ("28.5微克每立方米", "COUNT")]


def corpus_sentence(path, sentence):
    """A sentence as it stands in a report of ../shared/corpus (so the test fails if the text is not there)."""
    assert sentence in (SHARED / "corpus" / path).read_text(encoding="utf-8")
    return sentence


def test_titled_indicator_systems_are_laws_unmarked_too():
    # decision 36: the indicator system of a building programme is an instrument; a measuring system is not
    assert tagged(corpus_sentence("sz_zizheng/024.txt", "构建具有罗湖特色的法治社区建设指标体系，打造法治社区示范样板")) == [
        ("法治社区建设指标体系", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/039.txt", "完善区级法治政府建设指标体系")) == [("区级法治政府建设指标体系", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/147.txt", "完善绩效考核指标体系，加强责任追究，提高政府效能")) == []


def test_the_issuer_before_a_cued_title_stays_out_of_it():
    sentence = corpus_sentence("national_gwr_aldohemsn/033.txt", "全面实施国务院颁布的依法行政纲要，加快建设法治政府。")
    assert tagged(sentence, ("LAW", "INSTITUTION")) == [("国务院", "INSTITUTION"), ("依法行政纲要", "LAW")]


def test_a_series_of_rules_is_no_title():
    assert tagged(corpus_sentence("sz_zizheng/116.txt", "出台重大行政决策系列规定，进一步完善规范性文件审查机制")) == []
    assert tagged(corpus_sentence("sz_zizheng/122.txt", "及时出台稳增长系列措施")) == []


def test_learning_is_no_society():
    # 学会 after a modal verb or an adverb is the verb (learn); after a name it is a society
    assert tagged(corpus_sentence("national_gwr_aldohemsn/032.txt", "所有政府工作人员都要学会并善于依法处理经济社会事务"),
                  INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/123.txt", "发挥深圳市欧美同学会等组织优势"), INSTITUTIONS) == [
        ("深圳市欧美同学会", "INSTITUTION")]


def test_organizations_described_by_a_grade_or_an_adjective_in_xing_are_kinds():
    assert tagged(corpus_sentence("sz_zizheng/027.txt", "香蜜湖等重点产业片区打造区域性公共法律服务中心"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("national_gwr_aldohemsn/024.txt", "组建了政策性银行"), INSTITUTIONS) == []
    # a grade first is a kind too; 中学|位 is a school place, not a school
    assert tagged(corpus_sentence("sz_zizheng/099.txt", "建设高水平法学院"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/091.txt", "新增普通高中学位4200个"), INSTITUTIONS) == []


def test_a_latin_short_name_starts_where_its_letters_start():
    assert tagged(corpus_sentence("sz_zizheng/135.txt", "适应加入WTO对政府行政管理的要求"), INSTITUTIONS) == [
        ("WTO", "INSTITUTION")]


def test_a_word_ending_in_a_level_character_blocks_only_levelled_names():
    # 全 ends 健全 as it ends 全区; before a bare name such as 人大 it is no level
    assert tagged(corpus_sentence("sz_zizheng/053.txt", "健全人大代表、政协委员沟通联络机制"), INSTITUTIONS) == [
        ("人大", "INSTITUTION"), ("政协", "INSTITUTION")]


def test_the_armed_police_by_its_full_name():
    assert tagged(corpus_sentence("national_gwr_aldohemsn/044.txt", "建设现代化武装警察部队。"), INSTITUTIONS) == [
        ("武装警察部队", "INSTITUTION")]


def test_version_numbers_in_titles_and_plans_described_by_their_money():
    assert tagged(corpus_sentence("hailar_dereks/008.txt", "实施教育信息化2.0行动计划")) == [("教育信息化2.0行动计划", "LAW")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/039.txt", "实施两年新增4万亿元的投资计划")) == [("4万亿元", "COUNT")]


def test_treaties_by_name_forms_and_a_doubled_cue():
    # decision 34: treaties are instruments, unmarked too; a notice to appear in court is a case-document form
    assert tagged(corpus_sentence("national_gwr_aldohemsn/009.txt", "我们愿意同日本政府和人民一起，在中日联合声明的基础上")) == [
        ("中日联合声明", "LAW")]
    assert tagged(sentence_from("zhenjiang-2013", "都按时发出", "出庭应诉通知》"), ("LAW",)) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/007.txt", "落深落细国有企业改革深化提升实施方案")) == [
        ("国有企业改革深化提升实施方案", "LAW")]


def test_an_unmarked_issuer_title_does_not_run_across_a_comma():
    # a 关于…的规定 running over commas is the sentence around a title, not the title
    sentence = corpus_sentence("national_gwr_aldohemsn/038.txt",
                               "坚决执行中央关于报告个人经济和财产，包括收入、住房、投资，以及配偶子女从业等重大事项的规定")
    assert tagged(sentence, ("LAW",)) == []


def test_cues_with_hao_or_a_second_verb_and_sets_listed_with_deng():
    # 落实好 and 启动编制 cue a title; a set named after 等 with its size is no title (its count is a COUNT)
    assert tagged(corpus_sentence("cities2024_jianggufan/128.txt", "落实好科技研发人员倍增行动计划")) == [
        ("科技研发人员倍增行动计划", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/026.txt", "启动编制空间规划等8大专项规划")) == []
    assert tagged(corpus_sentence("sz_zizheng/026.txt", "高质量编制形成规划方案")) == []  # a verb starts no title
    assert tagged(corpus_sentence("sz_zizheng/079.txt", "严格落实建筑扬尘治理等49项措施")) == [("49项", "COUNT")]


def test_names_after_duibiao_and_before_chenggong_and_un_agencies():
    assert tagged(corpus_sentence("cities2024_jianggufan/100.txt", "深化营商环境改革，对标世界银行新评估体系"), INSTITUTIONS) == [
        ("世界银行", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/101.txt", "城发集团成功控股一家上市公司"), INSTITUTIONS) == [
        ("城发集团", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/137.txt", "去年我市获得联合国环境规划署授予"), INSTITUTIONS) == [
        ("联合国环境规划署", "INSTITUTION")]
    # problems listed before 等问题企业 are no enterprises
    assert tagged(corpus_sentence("sz_zizheng/122.txt", "融资贵和“二房东”违法违规等问题企业反映较多"), INSTITUTIONS) == []


def test_exchanges_and_enterprises_brought_in_are_organizations_but_kinds_are_not():
    assert tagged(corpus_sentence("sz_zizheng/101.txt", "深圳证券交易所全面实行注册制改革"), INSTITUTIONS) == [
        ("深圳证券交易所", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/073.txt", "建设好广州期货交易所"), INSTITUTIONS) == [
        ("广州期货交易所", "INSTITUTION")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/039.txt", "加快建设一批世界一流大学"), INSTITUTIONS) == []
    # 落地 too, before the enterprises it brings in
    assert tagged(corpus_sentence("sz_zizheng/102.txt", "落地中国一汽、中国电信、中国稀土等央地合作项目"), INSTITUTIONS) == [
        ("中国一汽", "INSTITUTION"), ("中国电信", "INSTITUTION"), ("中国稀土", "INSTITUTION")]
    # 依照 ends the words before a name, as 按照 does
    assert tagged(corpus_sentence("sz_zizheng/141.txt", "依照市政府负责政策制定和宏观决策"), INSTITUTIONS) == [
        ("市政府", "INSTITUTION")]


def test_bodies_addressed_by_every_levels_government_are_a_class():
    # decision 33: a sentence whose subject is 各级政府 speaks of each level's congress and CPPCC
    assert tagged(corpus_sentence("sz_zizheng/137.txt", "各级政府要自觉坚持向人大及其常委会报告工作，自觉接受其监督；"
                                  "充分尊重和支持人民政协、各民主党派、人民团体在政治协商、参政议政和民主监督中的作用；"
                                  "政府重大决策要向人大报告、向政协通报"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/128.txt", "自觉接受人大及其常委会的监督"), INSTITUTIONS) == [
        ("人大", "INSTITUTION"), ("常委会", "INSTITUTION")]


def test_full_width_decimal_points_and_pdf_spacing_around_numbers():
    # full-width text writes the decimal point as ．; PDF and OCR copies space digits, points and units apart
    assert tagged(corpus_sentence("national_gwr_aldohemsn/024.txt", "农村新建住房５．８亿平方米。")) == [
        ("５．８亿平方米", "COUNT")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/026.txt", "去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％")) == [
        ("8 ．8 ％", "RATE"), ("0 ．8 ％", "RATE")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/026.txt", "研究生1 7 ．5 万人")) == [("1 7 ．5 万人", "COUNT")]
    assert tagged(corpus_sentence("cities2024_jianggufan/062.txt", "争取新增专项债券额度 139.01 亿元、同比增长54.7%")) == [
        ("139.01 亿元", "COUNT"), ("54.7%", "RATE")]


def test_treaties_contingency_plans_and_policy_packages_in_book_marks_are_laws():
    assert tagged(corpus_sentence("national_gwr_aldohemsn/022.txt", "我国去年正式加入《不扩散核武器条约》")) == [
        ("不扩散核武器条约", "LAW")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/034.txt", "制定和实施了《国家突发公共事件总体应急预案》和专项预案")) == [
        ("国家突发公共事件总体应急预案", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/115.txt", "出台《福田区支持股份合作公司发展若干政策》")) == [
        ("福田区支持股份合作公司发展若干政策", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/144.txt", "在全国率先颁布实施《法治政府建设指标体系》")) == [
        ("法治政府建设指标体系", "LAW")]


def test_a_column_that_explains_the_law_is_no_law_title():
    # a verb + 法 (普法, 说法, 释法) names a programme; 预算法 and 保护法 are laws
    assert tagged(corpus_sentence("sz_zizheng/050.txt", "《一线普法》获评省优秀普法项目")) == []
    assert tagged(corpus_sentence("sz_zizheng/116.txt", "积极落实新《预算法》")) == [("预算法", "LAW")]


def test_a_draft_outline_in_book_marks_is_a_law_with_or_without_brackets():
    # decision 9: 《纲要（草案）》 and 《纲要草案》 are the same title
    assert tagged(corpus_sentence("prov2026_johncodes/024.txt", "编制了《福建省国民经济和社会发展第十五个五年规划纲要草案》")) == [
        ("福建省国民经济和社会发展第十五个五年规划纲要草案", "LAW")]
    assert tagged(corpus_sentence("prov2026_johncodes/024.txt", "《纲要草案》据此细化设定了今后五年")) == [("纲要草案", "LAW")]


def test_a_national_plan_named_by_its_target_year_is_a_law_but_a_yearbook_is_not():
    assert tagged(corpus_sentence("national_gwr_aldohemsn/045.txt", "制定实施《中国教育现代化2030》。")) == [
        ("中国教育现代化2030", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/128.txt", "《龙岗年鉴2017》荣获第六届全国区县级年")) == []


def test_laws_in_force_are_known_without_book_marks_but_not_their_drafting_committee():
    assert tagged(corpus_sentence("prov2026_johncodes/004.txt", "落实民营经济促进法，支持民营企业参与重大项")) == [
        ("民营经济促进法", "LAW")]
    assert tagged(corpus_sentence("prov2026_johncodes/014.txt", "落实增值税法，优化税收征管")) == [("增值税法", "LAW")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/020.txt", "决定成立澳门特别行政区基本法起草委员会。"),
                  labels=("LAW", "INSTITUTION")) == [("澳门特别行政区基本法起草委员会", "INSTITUTION")]


def test_two_cue_verbs_joined_by_and_stay_out_of_the_title():
    # 制定和实施 and 落实落细 are two verbs before the title; a title never starts with 和 or 与
    assert tagged(corpus_sentence("national_gwr_aldohemsn/031.txt", "制定和实施全国人才队伍建设规划纲要")) == [
        ("全国人才队伍建设规划纲要", "LAW")]
    assert tagged(corpus_sentence("cities2024_jianggufan/107.txt", "落实落细中央八项规定及其实施细则精神")) == [
        ("中央八项规定", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/144.txt", "全面落实与各省市的战略合作协议")) == []
    # nor with one or two characters and 的: a description (有效的节育措施) or a phrase cut short
    assert tagged(corpus_sentence("national_gwr_aldohemsn/015.txt", "认真落实有效的节育措施")) == []
    # 编制完成: 完成 is the second verb, not the title's first word
    assert tagged(corpus_sentence("hailar_dereks/007.txt", "编制完成主城区综合交通整治规划，施划停车位5350个")) == [
        ("主城区综合交通整治规划", "LAW"), ("5350个", "COUNT")]


def test_an_article_or_the_rules_of_a_field_are_no_title():
    # 第十条规定, 各项规定, 有关规定 point at rules without naming an instrument
    assert tagged(corpus_sentence("national_gwr_aldohemsn/002.txt", "即根据宪法第十条规定")) == [("宪法", "LAW")]
    assert tagged(corpus_sentence("cities2024_jianggufan/093.txt", "严格遵守廉洁自律各项规定")) == []


def test_well_known_organizations_by_short_name():
    # enterprises, universities and academies that reports name without a suffix (decision 35)
    assert tagged(corpus_sentence("sz_zizheng/147.txt", "华为、中兴在LTE技术领域的基本专利占全球的1/5"), INSTITUTIONS) == [
        ("华为", "INSTITUTION"), ("中兴", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/115.txt", "与三峡集团、中建三局合作成立建设运营公司"), INSTITUTIONS) == [
        ("三峡集团", "INSTITUTION"), ("中建三局", "INSTITUTION")]
    # the full company name and a subsidiary's name are one span
    assert tagged(corpus_sentence("sz_zizheng/143.txt", "华为技术有限公司名列全球专利申请排名榜首位"), INSTITUTIONS) == [
        ("华为技术有限公司", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/115.txt", "引进省文旅国贸免税店、东航物流生鲜港"), INSTITUTIONS) == [
        ("东航物流", "INSTITUTION")]
    # a short name that starts a common word or names a place, or a kind after it, is no organization's name
    assert tagged(corpus_sentence("cities2024_jianggufan/088.txt", "北大荒丰缘俄粮加工等项目竣工投产"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/045.txt", "清华社区“三牛聚力”共治项目"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("prov2026_johncodes/015.txt", "科创板、北交所上市公司数量居全国第一"), INSTITUTIONS) == [
        ("北交所", "INSTITUTION")]


def test_known_organizations_are_no_common_words():
    """A short name that PD1998 uses as a common word (平安, 长城) would tag every use of that word."""
    from lawie.resources import load_resource

    assert not [name for name in load_resource("entities.json")["known_organizations"] if name in PATTERNS.common_words]


def test_long_organization_names_and_verbs_before_them():
    # names of up to 20 characters run whole to the boundary before them; 12 cut them (香港|中文大学（深圳）…)
    assert tagged(corpus_sentence("sz_zizheng/038.txt", "香港中文大学（深圳）附属礼文学校揭牌办学"), INSTITUTIONS) == [
        ("香港中文大学（深圳）附属礼文学校", "INSTITUTION")]
    # a verb before a school is no part of its name, nor one between two names
    assert tagged(corpus_sentence("sz_zizheng/013.txt", "办好深圳技术大学，建成北京中医药大学深圳校区"), INSTITUTIONS) == [
        ("深圳技术大学", "INSTITUTION"), ("北京中医药大学深圳校区", "INSTITUTION")]
    assert tagged(corpus_sentence("prov2026_johncodes/024.txt", "闽江学院更名大学工作顺利推进"), INSTITUTIONS) == [
        ("闽江学院", "INSTITUTION")]


def test_no_name_starts_inside_a_word_nor_names_a_grade_of_hospital():
    # 以 and 和 end the words before a name, but not inside a longer word: 以|色列, 呼和|浩特
    assert tagged(corpus_sentence("sz_zizheng/067.txt", "加快广东以色列理工学院、深圳北理莫斯科大学等中外合作办学项目建设"), INSTITUTIONS) == [
        ("广东以色列理工学院", "INSTITUTION"), ("深圳北理莫斯科大学", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/025.txt", "推动呼和浩特职业学院“双高校”职业本科建设申报"), INSTITUTIONS) == [
        ("呼和浩特职业学院", "INSTITUTION")]
    # 二级及以上公立医院, 全国公立医院: a grade or the country's hospitals, no name (nor 上公立医院, 国公立医院)
    assert tagged(corpus_sentence("cities2024_jianggufan/007.txt", "推动12家二级及以上公立医院开展规范的中医诊疗服务"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/019.txt", "成功争取全国公立医院改革与高质量发展示范项目"), INSTITUTIONS) == []


def test_unmarked_contingency_plans_and_counted_packages_of_measures_are_laws():
    # decision 34 unmarked: a contingency plan and a counted package of 举措 after a cue verb; the count is no COUNT
    assert tagged(corpus_sentence("prov2026_johncodes/027.txt", "全面落实民营经济促进法，出台促进民营经济高质量发展27条举措")) == [
        ("民营经济促进法", "LAW"), ("促进民营经济高质量发展27条举措", "LAW")]
    # a kind word between the article count and 举措 (改革举措, 政策举措); after a count of 项 or 批 no title
    assert tagged(corpus_sentence("cities2024_jianggufan/116.txt", "制定优化营商环境激发市场活力108条改革举措，出台")) == [
        ("优化营商环境激发市场活力108条改革举措", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/032.txt", "制定贯彻落实综合改革试点第一批10项29条具体举措"), ("LAW",)) == []
    assert tagged(corpus_sentence(
        "national_gwr_aldohemsn/033.txt",
        "我们组织制定了国家突发公共事件总体应急预案，以及应对自然灾害、事故灾难、公共卫生和社会安全等方面105个专项和部门应急预案")) == [
        ("国家突发公共事件总体应急预案", "LAW"), ("105个", "COUNT")]
    # a bare plan type is no title (decision 30)
    assert ("应急处置预案", "LAW") not in tagged(corpus_sentence("cities2024_jianggufan/037.txt", "制定风险化解方案和应急处置预案"))


def test_welfare_rehabilitation_and_testing_centres_are_named_organizations():
    # like 福利院 and 疾控中心: the centre is a body (it wins an award, it is brought in), not a facility
    assert tagged(corpus_sentence("sz_zizheng/015.txt", "残疾人等群体，区福利中心获评全国“敬老文明号”"), INSTITUTIONS) == [
        ("区福利中心", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/013.txt", "共引进海内外高层次人才35名，国家商用密码检测中心、中国基因测序技术与产业联盟"), INSTITUTIONS) == [
        ("国家商用密码检测中心", "INSTITUTION")]


def test_party_rules_by_their_short_titles_are_laws():
    # party-building paragraphs cite the party's rules without 《》 and without 中国共产党
    assert tagged(corpus_sentence(
        "sz_zizheng/094.txt", "严格执行党内政治生活若干准则、党内监督条例、党组工作条例等党内法规")) == [
        ("党内政治生活若干准则", "LAW"), ("党内监督条例", "LAW"), ("党组工作条例", "LAW")]
    # 新修订 stays outside the title
    assert tagged(corpus_sentence("cities2024_jianggufan/007.txt", "以学习贯彻新修订的纪律处分条例为契机加强纪律教育")) == [
        ("纪律处分条例", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/006.txt", "严格执行廉政准则，强化行政监察和审计监督")) == [("廉政准则", "LAW")]


def test_cued_guidance_titles_are_laws_but_not_bare_guidance_types():
    # 指引 is an instrument head after a cue verb, as 指南 and 导则 are (decision 31: bare types are none)
    assert tagged(corpus_sentence("sz_zizheng/051.txt", "制定中小学校建设标准提升指引，全面提高学校建设品质")) == [
        ("中小学校建设标准提升指引", "LAW")]
    assert tagged(corpus_sentence(
        "national_gwr_aldohemsn/052.txt", "实施国有经济布局优化和结构调整指引，加快建立国有企业履行战略使命评价制度")) == [
        ("国有经济布局优化和结构调整指引", "LAW")]
    assert tagged(corpus_sentence(
        "sz_zizheng/032.txt", "进一步厘清重大行政决策事项范围，制定决策程序指引，加强公众参与")) == []
    # 全国首部 between the cue and the title stays out of it, as 全国首个 does
    assert tagged(corpus_sentence("sz_zizheng/101.txt", "推动出台全国首部低空经济产业促进条例，新开通无人机物流航线77条")) == [
        ("低空经济产业促进条例", "LAW"), ("77条", "COUNT")]


def test_unmarked_standards_are_levels_or_descriptions_not_titles():
    # unmarked, a standard is what is measured against or paid (decision 31's standard types), not an instrument
    assert tagged(corpus_sentence("prov2026_johncodes/012.txt", "全面对照世界银行评估标准，经常性梳理排查"),
                  ("LAW", "INSTITUTION")) == [("世界银行", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/058.txt", "落实最低工资标准")) == []


def test_the_spirit_of_the_eight_point_rules_is_no_title():
    # decision 31: the rule is cited, its spirit and the unnamed implementing rules after it are not titles
    assert tagged(corpus_sentence("sz_zizheng/015.txt", "深入落实中央八项规定精神及实施细则")) == [("中央八项规定", "LAW")]
    assert tagged(corpus_sentence("cities2024_jianggufan/099.txt", "全面贯彻中央八项规定精神及省委实施细则"),
                  ("LAW", "INSTITUTION")) == [("中央八项规定", "LAW"), ("省委", "INSTITUTION")]


def test_cooperation_agreements_are_no_titles_but_trade_agreements_are():
    # a cooperation agreement binds its parties, it is no legal or policy instrument (rol-P); a trade agreement is
    assert tagged(corpus_sentence("sz_zizheng/143.txt", "与国务院法制办签订了加快法治政府建设合作协议"),
                  ("LAW", "INSTITUTION")) == [("国务院法制办", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/055.txt", "共同落实中美第一阶段经贸协议")) == [("中美第一阶段经贸协议", "LAW")]


def test_arrangements_between_governments_and_design_codes_in_titles_are_laws():
    assert tagged(corpus_sentence("sz_zizheng/091.txt", "中央政府与香港特别行政区政府签署了《内地与香港关于建立更紧密经贸关系的安排》"),
                  ("LAW",)) == [("内地与香港关于建立更紧密经贸关系的安排", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/050.txt", "《民用建筑新型基础设施设计通则》《工业上楼建筑设计通则》")) == [
        ("民用建筑新型基础设施设计通则", "LAW"), ("工业上楼建筑设计通则", "LAW")]


def test_a_plan_approved_by_a_higher_government_or_selected_as_a_case_is_a_title():
    # the subject of its own approval (获省政府批准, 获国务院批复) or selection (入选), as of its issuing (获批, 发布)
    assert tagged(corpus_sentence("cities2024_jianggufan/098.txt", "城市更新加速推进。舟山历史文化名城保护规划获省政府批准实施"),
                  ("LAW",)) == [("舟山历史文化名城保护规划", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/102.txt", "残障者家庭援助计划入选全国“志愿助残阳光暖”百佳案例")) == [
        ("残障者家庭援助计划", "LAW")]
    # or its signing
    assert tagged(corpus_sentence("prov2026_johncodes/031.txt", "哈洽会等影响力不断提升，黑瞎子岛中俄联合保护开发规划正式签署"),
                  ("LAW",)) == [("黑瞎子岛中俄联合保护开发规划", "LAW")]


def test_enterprises_named_by_their_brand_and_business():
    # decision 24: a brand before its business word is an enterprise (宝昂新材料), unlike a common word before it
    institutions = tagged(corpus_sentence("cities2024_jianggufan/115.txt", "推进鄂钢煤气发电三期、天铭智能、科贝激光、富晶电子等技改项目"),
                          INSTITUTIONS)
    assert {("天铭智能", "INSTITUTION"), ("科贝激光", "INSTITUTION"), ("富晶电子", "INSTITUTION")} <= set(institutions)
    assert tagged(corpus_sentence("cities2024_jianggufan/030.txt", "推动宝昂新材料、通格微电子与武汉相关企业接轨"), INSTITUTIONS) == [
        ("宝昂新材料", "INSTITUTION"), ("通格微电子", "INSTITUTION")]
    assert tagged(corpus_sentence("hailar_dereks/008.txt", "蒙拓农机3000台牧业机械生产线智能化升级改造项目"), INSTITUTIONS) == [
        ("蒙拓农机", "INSTITUTION")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/007.txt", "不仅轻工业更好办"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("hailar_dereks/003.txt", "继续加强“三山”和城市绿化工作"), INSTITUTIONS) == []
    # the business word goes on into a product: 百度 + 智能云
    assert tagged(corpus_sentence("cities2024_jianggufan/099.txt", "百度智能云项目投入运营"), INSTITUTIONS) == [("百度", "INSTITUTION")]


def test_a_place_of_the_report_before_a_business_word_is_no_brand():
    # 盐田 names the district in this report (盐田区), so 盐田科技 is the district's technology, not an enterprise
    text = (corpus_sentence("sz_zizheng/114.txt", "我代表盐田区人民政府") + "。"
            + corpus_sentence("sz_zizheng/114.txt", "围绕现代产业服务中心、盐田科技大厦等新型产业载体"))
    assert ("盐田科技", "INSTITUTION") not in tagged(text, INSTITUTIONS)


def test_short_items_listed_beside_an_enterprise_are_enterprises():
    # 比亚迪 is a known enterprise and 深超光电 a brand with its business word: their list-mates are enterprises too
    assert tagged(corpus_sentence("sz_zizheng/004.txt", "震雄、雷柏、比亚迪等项目获得省、市级科研项目资助"), INSTITUTIONS) == [
        ("震雄", "INSTITUTION"), ("雷柏", "INSTITUTION"), ("比亚迪", "INSTITUTION")]
    assert ("旭硝子", "INSTITUTION") in tagged(corpus_sentence("sz_zizheng/147.txt", "华星光电提前达产，旭硝子、深超光电等项目"),
                                                INSTITUTIONS)


def test_a_list_mate_may_end_with_a_common_word_after_its_brand():
    # 合源生物 is a brand with its business word; 安擎|信息 and 火眼|位置 are brands before a common word,
    # while 高端|涂料 would be no brand
    assert tagged(corpus_sentence("prov2026_johncodes/007.txt", "华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长"),
                  INSTITUTIONS) == [("华海清科", "INSTITUTION"), ("海光信息", "INSTITUTION"), ("安擎信息", "INSTITUTION"),
                                    ("合源生物", "INSTITUTION"), ("火眼位置", "INSTITUTION")]


def test_list_mates_before_an_enterprise_count_when_those_after_it_stop():
    # after 信维通信 the list reaches 半岛医疗, which is no brand (半岛 is a common word); the items before it are still enterprises
    found = tagged(corpus_sentence("sz_zizheng/086.txt", "加快立讯、惠科、信维通信、创鑫激光、江丰电子、半岛医疗等在建和新建大项目建设"),
                   INSTITUTIONS)
    assert ("立讯", "INSTITUTION") in found and ("惠科", "INSTITUTION") in found


def test_storage_aluminium_mining_and_shareholding_name_enterprises_after_a_brand():
    assert tagged(corpus_sentence("cities2024_jianggufan/108.txt", "奋安铝业西南建设基地项目开工建设"), INSTITUTIONS) == [
        ("奋安铝业", "INSTITUTION")]
    assert ("天罡股份", "INSTITUTION") in tagged(corpus_sentence("cities2024_jianggufan/031.txt", "泓淋电力、天罡股份成功上市"),
                                                INSTITUTIONS)
    assert ("天顺储能", "INSTITUTION") in tagged(corpus_sentence("cities2024_jianggufan/091.txt", "天顺储能等项目"), INSTITUTIONS)
    # a demonstration plant and a battery grade follow a technology or a whole name, not a brand's business word
    assert tagged(corpus_sentence("cities2024_jianggufan/012.txt", "400兆瓦时全钒液流储能示范电站等140余个项目开工建设"),
                  INSTITUTIONS) == []
    assert ("中信国安锂业", "INSTITUTION") in tagged(
        corpus_sentence("prov2026_johncodes/030.txt", "中信国安锂业电池级碳酸锂工厂跻身全国首批卓越级智能工厂"), INSTITUTIONS)


def test_a_list_before_a_kind_of_economy_enterprise_names_enterprises():
    assert tagged(corpus_sentence("prov2026_johncodes/007.txt", "云账户、身边云、桔子数科等平台经济企业营收快速增长"),
                  INSTITUTIONS) == [("云账户", "INSTITUTION"), ("身边云", "INSTITUTION"), ("桔子数科", "INSTITUTION")]


def test_research_universities_modern_hospitals_insurers_and_ranked_multinationals_are_kinds():
    assert tagged(corpus_sentence("sz_zizheng/101.txt", "南方科技大学建设世界一流研究型大学"), INSTITUTIONS) == [
        ("南方科技大学", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/073.txt", "组建湾区半导体等百亿级产业集团"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/137.txt", "共吸引17家世界500强跨国公司来我市投资或增资"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/137.txt", "构与深圳的地方商业银行和保险公司签订了合资经营协议"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/067.txt", "推进现代医院管理制度建设"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/012.txt", "新增中小学幼儿园学位3000个"), INSTITUTIONS) == []
    # a ranking ends before the name it ranks
    assert ("恒力集团", "INSTITUTION") in tagged(corpus_sentence("sz_zizheng/114.txt", "世界500强恒力集团"), INSTITUTIONS)


def test_what_goes_public_on_an_exchange_is_an_enterprise():
    assert tagged(corpus_sentence("cities2024_jianggufan/101.txt", "江瀚新材、航天南湖首发上市"), INSTITUTIONS) == [
        ("江瀚新材", "INSTITUTION"), ("航天南湖", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/074.txt", "宏图智能成功挂牌新三板"), INSTITUTIONS) == [
        ("宏图智能", "INSTITUTION")]


def test_list_items_ending_in_enterprise_are_kinds():
    # 瞪羚企业 and 独角兽企业 are classes of enterprise, whatever kind word ends the list
    assert tagged(corpus_sentence("sz_zizheng/128.txt", "加大瞪羚企业、独角兽企业等中坚企业的引进"), INSTITUTIONS) == []


def test_a_brand_before_the_capacity_of_its_project_is_an_enterprise():
    # decision 24: 大唐 before 700万吨露天矿项目; a place before a tonnage class is none
    assert tagged(corpus_sentence("hailar_dereks/003.txt", "大唐700万吨露天矿项目已进入国家核准程序"), INSTITUTIONS) == [
        ("大唐", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/019.txt", "南宁（牛湾）至贵港3000吨级航道工程"), INSTITUTIONS) == []
    # 新能源 is a business word like 新材料
    assert ("太蓝新能源", "INSTITUTION") in tagged(corpus_sentence("cities2024_jianggufan/079.txt", "太蓝新能源固态锂电池"),
                                                  INSTITUTIONS)


def test_a_branch_centre_or_academy_is_named_with_its_parent():
    # decision 25: the branch of a centre or an academy is one span with its parent
    assert tagged(corpus_sentence("cities2024_jianggufan/092.txt", "设立岳麓山中药材种业创新中心安化分中心"), INSTITUTIONS) == [
        ("岳麓山中药材种业创新中心安化分中心", "INSTITUTION")]
    # counted branches are a kind
    assert tagged(corpus_sentence("sz_zizheng/032.txt", "1个区级指挥中心＋10个街道分中心＋N个职能分中心"), INSTITUTIONS) == []


def test_a_national_bureau_keeps_its_national_prefix():
    assert tagged(corpus_sentence("sz_zizheng/142.txt", "我市与科技部、信息产业部、国家知识产权局和省政府分别签署协议"), INSTITUTIONS)[-2:] == [
        ("国家知识产权局", "INSTITUTION"), ("省政府", "INSTITUTION")]


def test_a_regulation_being_enforced_is_a_title():
    # 执行 cues an unmarked title as 落实 does
    assert tagged(corpus_sentence("cities2024_jianggufan/090.txt", "依法治寺管僧，严格执行甘孜州藏传佛教事务条例，巩固重点寺庙宣讲整治成果"),
                  ("LAW",)) == [("甘孜州藏传佛教事务条例", "LAW")]


def test_a_numbered_five_year_plan_without_book_marks_is_no_title():
    # guideline 7: plans by number outside 《》 are slogans
    assert tagged(corpus_sentence("sz_zizheng/011.txt", "“十二五”是坪山新区实施第一个五年计划，搭框架、打基础"), ("LAW",)) == []


def test_a_cued_title_ends_before_bing():
    # 并 joins a second action to the document, not a longer title
    assert tagged(corpus_sentence("national_gwr_aldohemsn/037.txt", "制定医药卫生体制改革方案并公开征求意见"), ("LAW",)) == [
        ("医药卫生体制改革方案", "LAW")]


def test_a_plan_being_completed_is_a_title_but_not_a_standard_plan_type():
    # 完成 cues a plan's title as 编制 does; 分区规划 is a standard plan type (decision 30); 试点实施方案 is a generic
    # item, and the list of titles stops there (生态文明建设规划 after it is missed)
    assert tagged(corpus_sentence("cities2024_jianggufan/024.txt", "在全省率先完成国土空间生态修复规划"), ("LAW",)) == [
        ("国土空间生态修复规划", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/004.txt", "尽快完成慢行交通系统规划及试点实施方案、生态文明建设规划"), ("LAW",)) == [
        ("慢行交通系统规划", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/025.txt", "高标准编制实施国土空间分区规划"), ("LAW",)) == []


def test_tongguo_means_by_not_adopted_unless_a_meeting_adopts():
    # 通过 cues a title only as a meeting's or a vote's adoption (常务会议通过, 表决通过); elsewhere it means "by"
    assert tagged(corpus_sentence("cities2024_jianggufan/006.txt", "每年通过广泛征求企业意见，征集和筛选需求"), ("LAW",)) == []
    assert tagged(corpus_sentence("sz_zizheng/055.txt", "通过果断实施严格管控措施，举全国之力予以支援"), ("LAW",)) == []


def test_a_campus_or_branch_is_named_with_its_school_or_hospital():
    assert tagged(corpus_sentence("cities2024_jianggufan/005.txt", "加快建设临沂职业学院新校区，扩建"), INSTITUTIONS) == [
        ("临沂职业学院新校区", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/078.txt", "濉溪县医院医共体被评为省级示范医共体"), INSTITUTIONS) == [
        ("濉溪县医院医共体", "INSTITUTION")]


def test_an_organization_named_after_a_known_one_runs_over_it():
    # 华为 holds the function word 为, which would end a name read leftwards from its suffix
    assert tagged(corpus_sentence("sz_zizheng/123.txt", "抓好市第十人民医院、华为综合医院、博雅外国语学校等"),
                  INSTITUTIONS) == [("市第十人民医院", "INSTITUTION"), ("华为综合医院", "INSTITUTION"),
                                        ("博雅外国语学校", "INSTITUTION")]


def test_a_known_enterprise_keeps_its_subsidiarys_business_word():
    # guideline on short names: a subsidiary named by its group and business word (吉利商用车, 诺和诺德制药) is one span
    assert tagged(corpus_sentence("cities2024_jianggufan/018.txt", "其中吉利商用车达到60.3亿元"), INSTITUTIONS) == [
        ("吉利商用车", "INSTITUTION")]
    assert tagged(corpus_sentence("prov2026_johncodes/007.txt", "诺和诺德制药等加快扩能建设"), INSTITUTIONS) == [
        ("诺和诺德制药", "INSTITUTION")]


def test_a_plan_that_projects_are_included_in_is_a_title():
    # 纳入/入选/列入 cue a plan or programme by its title
    assert tagged(corpus_sentence("cities2024_jianggufan/136.txt", "争取过境黄石时速350公里高铁纳入国家中长期铁路网规划"),
                  ("LAW",)) == [("国家中长期铁路网规划", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/122.txt", "力争18、22、25号线等线路纳入市轨道五期建设规划，开工建设小运量轨道交通"),
                  ("LAW",)) == [("市轨道五期建设规划", "LAW")]
    assert tagged(corpus_sentence("cities2024_jianggufan/019.txt", "9.04万农村义务教育学生纳入营养改善计划，所有县（市、区）"),
                  ("LAW",)) == [("营养改善计划", "LAW")]
    # a plan that a district works to (对接)
    assert tagged(corpus_sentence("sz_zizheng/044.txt", "对接香港新界北新市镇土地规划，在文锦渡口岸片区"), ("LAW",)) == [
        ("香港新界北新市镇土地规划", "LAW")]


def test_a_plan_described_by_its_level_or_kind_is_no_title():
    # decision 30: a standard or generic plan type is no title, wherever it is cited
    assert tagged(corpus_sentence("sz_zizheng/070.txt", "广州至湛江350公里时速高铁列入国家专项规划"), ("LAW",)) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/101.txt", "荆州至宜常高铁联络线等项目纳入国家建设计划"), ("LAW",)) == []
    assert tagged(corpus_sentence("sz_zizheng/078.txt", "13条地铁列入全市地铁规划"), ("LAW",)) == []


def test_an_issuer_and_a_year_before_an_unmarked_plan_stay_outside_it():
    # decision 2: the ministry issues the dated plan
    assert tagged(corpus_sentence("cities2024_jianggufan/086.txt", "81个项目纳入工信部2023年工业企业技术改造导向计划"),
                  ("LAW", "INSTITUTION")) == [("工信部", "INSTITUTION"), ("2023年工业企业技术改造导向计划", "LAW")]


def test_an_issuer_before_an_unmarked_guanyu_title_stays_outside_it():
    # decision 2: the issuer is an institution, the title runs from 关于; 中央 alone is no institution
    assert tagged(corpus_sentence("prov2026_johncodes/026.txt", "落实国务院关于支持贵州在新时代西部大开发上闯新路的意见，将围绕"),
                  ("LAW", "INSTITUTION")) == [("国务院", "INSTITUTION"), ("关于支持贵州在新时代西部大开发上闯新路的意见", "LAW")]
    assert tagged(corpus_sentence("sz_zizheng/092.txt", "全面落实中央关于加快推进生态文明建设的意见，像保护眼睛一样"),
                  ("LAW", "INSTITUTION")) == [("关于加快推进生态文明建设的意见", "LAW")]


def test_the_basic_laws_of_hong_kong_and_macao_by_short_name():
    assert tagged(corpus_sentence("national_gwr_aldohemsn/031.txt", "要继续贯彻“一国两制”的方针，严格按照香港基本法和澳门基本法办事"),
                  ("LAW",)) == [("香港基本法", "LAW"), ("澳门基本法", "LAW")]


def test_a_list_of_titles_goes_on_after_a_known_law():
    assert tagged(corpus_sentence("prov2026_johncodes/007.txt", "落实好民营经济促进法和市民营经济促进条例"),
                  ("LAW",)) == [("民营经济促进法", "LAW"), ("市民营经济促进条例", "LAW")]


def test_a_regulation_in_local_law_making_is_a_title():
    assert tagged(corpus_sentence("sz_zizheng/102.txt", "加快推动民营经济促进条例地方立法"), ("LAW",)) == [("民营经济促进条例", "LAW")]


def test_a_package_with_its_count_and_head_in_quotes_is_one_title():
    # decision 11: the quotation marks stay inside the title
    assert tagged(corpus_sentence("cities2024_jianggufan/013.txt", "全面落实森林草原防灭火“十八条措施”"), ("LAW", "COUNT")) == [
        ("森林草原防灭火“十八条措施”", "LAW")]


def test_a_verb_or_a_kind_before_an_organization_suffix_names_no_organization():
    # 发展/规范/创新 + a kind of hospital, bank or company is an action on a class (guidelines: classes are no institutions)
    for path, sentence in [("sz_zizheng/065.txt", "鼓励引导社会资本办医，发展民营医院"),
                           ("national_gwr_aldohemsn/047.txt", "清理规范银行及中介服务收费"),
                           ("cities2024_jianggufan/052.txt", "加强融资平台公司治理"),
                           ("sz_zizheng/147.txt", "创新公立医院管理体制"),
                           ("national_gwr_aldohemsn/038.txt", "尽快使所有学校的校舍"),
                           ("prov2026_johncodes/017.txt", "引进央企二、三级子公司超800家")]:
        assert tagged(corpus_sentence(path, sentence), INSTITUTIONS) == []


def test_international_bodies_inside_event_names_are_institutions():
    # spec: an institution named inside a longer non-entity phrase is annotated on its own
    assert tagged(corpus_sentence("sz_zizheng/091.txt", "办好WTA和ATP国际网球公开赛"), INSTITUTIONS) == [
        ("WTA", "INSTITUTION"), ("ATP", "INSTITUTION")]


def test_policy_packages_nicknamed_by_their_article_count_are_no_counts():
    # decision 11: a bare nickname (制造业16条) is neither LAW nor COUNT; measures drawn up to fix problems are counted
    assert tagged(corpus_sentence("cities2024_jianggufan/018.txt", "全力以赴拼经济搞建设，出台制造业16条、民营经济16条、")) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/108.txt", "检视查摆6个方面问题，制定整改措施22条，问题全部整改到位")) == [
        ("6个", "COUNT"), ("22条", "COUNT")]


def test_ranks_are_no_counts():
    # decision 6: a rank or a move up a ranking is no quantity; the count of centres beside it is one
    assert tagged(corpus_sentence("cities2024_jianggufan/051.txt", "国家企业技术中心增至62家、居全国城市第4位，全球创新指数排名提升5位至第24位。")) == [
        ("62家", "COUNT")]


def test_a_bracketed_founding_state_stays_outside_the_name():
    # （筹） "in preparation" qualifies the name and stays out (decision logs rol-Z, rol-BH)
    text = corpus_sentence("sz_zizheng/031.txt", "全新机制的医学科学院（筹）正式挂牌")
    assert tagged(text, INSTITUTIONS) == [("医学科学院", "INSTITUTION")]


def test_a_unit_per_time_belongs_to_the_count():
    text = corpus_sentence("prov2026_johncodes/012.txt", "生活垃圾总处理能力提高到16.9万吨/日、超过日垃圾收集量，危险废物利用处置能力提高到1459万吨/年。")
    assert tagged(text) == [("16.9万吨/日", "COUNT"), ("1459万吨/年", "COUNT")]


def test_a_city_before_a_known_enterprise_is_its_place():
    # decision 22: the city is a place; the enterprise's name starts after it
    text = corpus_sentence("sz_zizheng/073.txt", "广州华星光电T9、惠州恒力PTA、肇庆宁德时代锂电池制造基地等重大项目落地")
    found = tagged(text, INSTITUTIONS)
    assert ("华星光电", "INSTITUTION") in found and ("宁德时代", "INSTITUTION") in found
    assert not any(name.startswith(("广州", "惠州", "肇庆")) for name, _ in found)


def test_gaodeng_is_a_word_not_a_boundary_before_a_name():
    # 等 ends a list (二中等学校) but not 高等: the name runs over it; 中等/高等 + a kind alone is a kind
    text = corpus_sentence("sz_zizheng/087.txt", "中国人民大学社会科学高等研究院、中国海洋大学深圳研究院等6个重大平台项目落地。")
    assert tagged(text, INSTITUTIONS) == [("中国人民大学社会科学高等研究院", "INSTITUTION"), ("中国海洋大学深圳研究院", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/013.txt", "西昌医学高等专科学校一期工程基本完成"), INSTITUTIONS) == [
        ("西昌医学高等专科学校", "INSTITUTION")]
    assert tagged(corpus_sentence("national_gwr_aldohemsn/010.txt", "高等学校和中等专业学校培养了大批专门人才。"), INSTITUTIONS) == []


def test_an_area_named_after_an_enterprise_is_a_place():
    # decision 24: an area known by its own name (华为科技城) is no INSTITUTION, nor are the areas listed beside it
    text = corpus_sentence("sz_zizheng/091.txt", "加快后海、华为科技城等重点片区综合开发")
    assert tagged(text, INSTITUTIONS) == []


def test_schools_named_by_their_number_are_institutions():
    # decision 25's schools, abbreviated: the name runs left from the number; plenums, slogans and 一老一小 are none
    text = corpus_sentence("cities2024_jianggufan/086.txt", "园林一中、园林三中、实验小学等学校综合楼和春溪集、御珑国际等小区幼儿园建成投用，新增学位3010个，园林六小扩容")
    assert [name for name, _ in tagged(text, INSTITUTIONS)] == ["园林一中", "园林三中", "实验小学", "园林六小"]
    text = corpus_sentence("sz_zizheng/006.txt", "启动华侨城中学、育才二小、育才二中、南油小学“校安工程”。")
    assert tagged(text, INSTITUTIONS) == [("华侨城中学", "INSTITUTION"), ("育才二小", "INSTITUTION"),
                                               ("育才二中", "INSTITUTION"), ("南油小学", "INSTITUTION")]
    text = corpus_sentence("hailar_dereks/005.txt", "全面贯彻党的十八大和十八届三中、四中、五中全会精神")
    assert tagged(text, INSTITUTIONS) == []
    text = corpus_sentence("sz_zizheng/050.txt", "华润三九中药材示范应用项目荣获国家科技进步二等奖。")
    assert ("三九中", "INSTITUTION") not in tagged(text, INSTITUTIONS)


def test_colleges_named_by_their_short_kind_are_institutions():
    # 职院, 师专, 幼专, 体校: short for 职业技术学院, 师范专科学校 ...; 高职院校 is a kind
    text = corpus_sentence("cities2024_jianggufan/064.txt", "加快推进桂林医学院更名、桂林师专升本、桂林学院二期建设等工作")
    assert tagged(text, INSTITUTIONS) == [("桂林医学院", "INSTITUTION"), ("桂林师专", "INSTITUTION"),
                                               ("桂林学院", "INSTITUTION")]
    text = corpus_sentence("cities2024_jianggufan/038.txt", "宣城职院首次招收本科生")
    assert tagged(text, INSTITUTIONS) == [("宣城职院", "INSTITUTION")]
    text = corpus_sentence("cities2024_jianggufan/067.txt", "打通中高职院校“3+3”培养路径")
    assert tagged(text, INSTITUTIONS) == []


def test_gaodeng_before_schools_ends_no_list():
    # the 等 of 高等院校 is no list end: the words before it are no enterprise list
    for path, sentence in [("sz_zizheng/137.txt", "继续扩大我市高等院校招生规模"),
                           ("national_gwr_aldohemsn/011.txt", "要在前两年多高等院校整顿取得显著效果的基础上")]:
        assert tagged(corpus_sentence(path, sentence), INSTITUTIONS) == []


def test_the_party_the_government_and_international_bodies_by_their_usual_names():
    # 中国共产党 and 中国政府 are bodies; 中国共产党人 (its members) and the award 中国政府网站绩效评估 are none
    assert tagged(corpus_sentence("national_gwr_aldohemsn/025.txt", "十多年来，中国政府为香港回归祖国做了大量工作。"),
                  INSTITUTIONS) == [("中国政府", "INSTITUTION")]
    text = corpus_sentence("sz_zizheng/099.txt", "改革开放精神、特区精神入选中国共产党人精神谱系，中国共产党与世界政党领导人峰会深圳分会场活动成功举办。")
    assert tagged(text, INSTITUTIONS) == [("中国共产党", "INSTITUTION")]
    text = corpus_sentence("sz_zizheng/024.txt", "区政府门户网站荣获“2020年中国政府网站绩效评估”（区县级）第一名")
    assert tagged(text, INSTITUTIONS) == [("区政府", "INSTITUTION")]
    text = corpus_sentence("cities2024_jianggufan/064.txt", "亚行贷款漓江生态综合治理示范项目启动实施")
    assert tagged(text, INSTITUTIONS) == [("亚行", "INSTITUTION")]
    text = corpus_sentence("sz_zizheng/122.txt", "力保PM2.5年均浓度值持续优于欧盟标准。")
    assert tagged(text, INSTITUTIONS) == [("欧盟", "INSTITUTION")]


def test_a_name_does_not_spread_into_a_word_that_hides_it(nlp):
    text = corpus_sentence("sz_zizheng/099.txt", "改革开放精神、特区精神入选中国共产党人精神谱系，中国共产党与世界政党领导人峰会深圳分会场活动成功举办。")
    assert [e.text for e in nlp(text).ents if e.label_ == "INSTITUTION"] == ["中国共产党"]


def test_a_name_starts_at_a_word_not_inside_one():
    # 并报 and 打好 are verbs before a name; 经理, 供应商, 学前教育 and 银行业 are words a name cannot start or end inside
    cases = [("sz_zizheng/103.txt", "并报区人大常委会第二十六次会议审议通过", ["区人大常委会"]),
             ("cities2024_jianggufan/051.txt", "技术转移联盟、技术经理人协会组建成立", ["技术经理人协会"]),
             ("cities2024_jianggufan/134.txt", "打好黄冈中学、苏东坡、李时珍“三张牌”", ["黄冈中学"]),
             ("national_gwr_aldohemsn/047.txt", "多渠道扩大学前教育供给", []),
             ("sz_zizheng/136.txt", "世界第二大软件供应商甲骨文公司决定在深圳设立研发中心", []),
             ("cities2024_jianggufan/122.txt", "深入开展地方法人银行业机构问题资产", [])]
    for path, sentence, names in cases:
        assert [name for name, _ in tagged(corpus_sentence(path, sentence), INSTITUTIONS)] == names, sentence


def test_national_bodies_old_and_new_by_their_usual_names():
    cases = [("cities2024_jianggufan/092.txt", "惠同新材成功登陆北交所", ["北交所"]),
             ("sz_zizheng/142.txt", "我市与科技部、信息产业部、国家知识产权局和省政府分别签署协议",
              ["科技部", "信息产业部", "国家知识产权局", "省政府"]),
             ("national_gwr_aldohemsn/005.txt", "纺织工业部、轻工业部和食品工业部共有三十九个建设项目", ["纺织工业部", "轻工业部"]),
             ("cities2024_jianggufan/092.txt", "成功举办中国作协在益系列活动", ["中国作协"]),
             ("cities2024_jianggufan/044.txt", "建成中国科协海智计划工作基地", ["中国科协"]),
             ("national_gwr_aldohemsn/052.txt", "一些工作协调配合不够，有的政策落地偏慢", [])]
    for path, sentence, names in cases:
        assert [name for name, _ in tagged(corpus_sentence(path, sentence), INSTITUTIONS)] == names, sentence


def test_a_foreign_country_stays_outside_a_foreign_organization():
    # decision 37: the country describes the body; a bare 公司 or a kind after it names none
    assert tagged(corpus_sentence("sz_zizheng/012.txt", "与美国南加州大学医学院、法国巴斯德研究所开展合作"), INSTITUTIONS) == [
        ("南加州大学医学院", "INSTITUTION"), ("巴斯德研究所", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/137.txt", "美国与韩国公司在深设立中外合资的国际航"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("national_gwr_aldohemsn/010.txt", "是苏联领导集团背叛马克思列宁主"), INSTITUTIONS) == []
    # the country's own academy keeps it
    assert tagged(corpus_sentence("national_gwr_aldohemsn/005.txt", "中国科学院同苏联科学院"), INSTITUTIONS) == [
        ("中国科学院", "INSTITUTION"), ("苏联科学院", "INSTITUTION")]


def test_central_organs_own_departments_by_short_name():
    # 国务院 and 中央 before a standard short department name start it, as 国家 does
    assert tagged(corpus_sentence("cities2024_jianggufan/031.txt", "中医药医疗改革经验被中央改革办全国推广"), INSTITUTIONS) == [
        ("中央改革办", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/011.txt", "“织网工程”典型经验获中央综治办肯定"), INSTITUTIONS) == [
        ("中央综治办", "INSTITUTION")]


def test_malls_and_towers_known_by_their_own_names_hold_no_enterprise():
    # decision 24: 华润万象城, 中粮大悦城 are one facility name; the enterprise before its project still counts
    assert tagged(corpus_sentence("sz_zizheng/010.txt", "完善深圳湾商圈配套，加快华润万象天地、来福士广场等城"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/012.txt", "促进万科云城、大疆一期、特建"), INSTITUTIONS) == [("大疆", "INSTITUTION")]


def test_plans_of_several_tiers_are_a_type_but_one_document_for_them_is_a_title():
    # guideline 21: 市县两级国土空间规划 is the plans of two tiers, a plural type
    assert tagged(corpus_sentence("cities2024_jianggufan/024.txt", "高质量完成市县两级国土空间规划和南部新城"), ("LAW",)) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/102.txt", "制定市县乡村四级规划管控导则，推动"), ("LAW",)) == [
        ("市县乡村四级规划管控导则", "LAW")]


def test_datang_is_known_by_its_short_name():
    assert tagged(corpus_sentence("cities2024_jianggufan/061.txt", "东方电气林芝产研基地、大唐林芝基地等重大招商引"), INSTITUTIONS) == [
        ("东方电气", "INSTITUTION"), ("大唐", "INSTITUTION")]


def test_local_investment_groups_by_short_name_after_a_level():
    assert tagged(corpus_sentence("cities2024_jianggufan/101.txt", "高新投和荆州区城投进行整合"), INSTITUTIONS) == [
        ("荆州区城投", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/086.txt", "市高新投建成服务高新区发展主平台"), INSTITUTIONS) == [
        ("市高新投", "INSTITUTION")]


def test_a_hospital_striving_for_a_grade_ends_before_the_grade():
    # 创三级 is the verb 'attain grade three': the grade and the kind after it are no part of the name
    assert tagged(corpus_sentence("cities2024_jianggufan/086.txt", "支持市中医院创三级中医院"), INSTITUTIONS) == [
        ("市中医院", "INSTITUTION")]


def test_centres_named_by_their_field_and_kind():
    # an innovation, exchange or IP-protection centre with a field or place of its own is one organization
    assert tagged(corpus_sentence("sz_zizheng/033.txt", "西门子能源深圳创新中心正式运营"), INSTITUTIONS) == [
        ("西门子能源深圳创新中心", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/101.txt", "建成投用鹏城实验室石壁龙园区、国家第三代半导体技术创新中心"),
                  INSTITUTIONS) == [("国家第三代半导体技术创新中心", "INSTITUTION")]
    # two fields joined by 和 or 与 belong to the one centre
    assert tagged(corpus_sentence("sz_zizheng/148.txt", "电子元器件和集成电路国际交易中心交易额1421亿元"), INSTITUTIONS) == [
        ("电子元器件和集成电路国际交易中心", "INSTITUTION")]
    assert tagged(corpus_sentence("sz_zizheng/148.txt", "组建成立深交所科技成果与知识产权交易中心"), INSTITUTIONS) == [
        ("深交所科技成果与知识产权交易中心", "INSTITUTION")]


def test_centre_kinds_and_roles_are_no_organizations():
    # a kind (一批, only kind words before it) and a role a region is to play name no organization
    assert tagged(corpus_sentence("sz_zizheng/072.txt", "新增一批国家技术创新中心和国家制造业创新中心"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/072.txt", "加快建设粤港澳大湾区国际科技创新中心"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("sz_zizheng/033.txt", "助力深圳建设有影响力的金融创新中心"), INSTITUTIONS) == []
    assert tagged(corpus_sentence("cities2024_jianggufan/115.txt", "新增省级工程研究中心和企业技术中心3家"), INSTITUTIONS) == []


def test_transfer_promotion_and_bilateral_centres():
    assert tagged(corpus_sentence("cities2024_jianggufan/051.txt", "先进技术成果西部转化中心在蓉揭牌"), INSTITUTIONS) == [
        ("先进技术成果西部转化中心", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/050.txt", "成立营商环境发展促进中心，在全省率"), INSTITUTIONS) == [
        ("营商环境发展促进中心", "INSTITUTION")]
    # China and its partner joined by a dash start the name
    assert tagged(corpus_sentence("cities2024_jianggufan/019.txt", "推进中国—东盟商事仲裁协作中心建设"), INSTITUTIONS) == [
        ("中国—东盟商事仲裁协作中心", "INSTITUTION")]
    # kinds: only kind words before the suffix
    assert tagged(corpus_sentence("cities2024_jianggufan/109.txt", "加快数字化转型促进中心建设"), INSTITUTIONS) == []


def test_disease_control_and_vocational_centres_by_full_and_short_name():
    assert tagged(corpus_sentence("cities2024_jianggufan/033.txt", "建成投用市疾病预防控制中心、"), INSTITUTIONS) == [
        ("市疾病预防控制中心", "INSTITUTION")]
    assert tagged(corpus_sentence("cities2024_jianggufan/086.txt", "推动市职教中心秋季开学"), INSTITUTIONS) == [
        ("市职教中心", "INSTITUTION")]
