"""Tests of lawie's word segmenter tooling (lawie.wordseg): fast, CPU only."""
import hashlib
import json
from pathlib import Path

import pytest

from lawie import wordseg

from conftest import SHARED

SEGMENTATION = SHARED / "segmentation"
RMRB = SEGMENTATION / "pd1998-01" / "RMRB.txt"


def _rmrb_line(paragraph_id: str) -> str:
    return next(line for line in RMRB.read_text(encoding="utf-8").splitlines() if line.startswith(paragraph_id + "/"))


def test_pd1998_line_keeps_words_of_bracketed_compounds():
    words = wordseg.clean_pd1998_line(_rmrb_line("19980101-01-001-006"))
    assert words[:26] == [
        "在", "１９９８年", "来临", "之际", "，", "我", "十分", "高兴", "地", "通过",
        "中央", "人民", "广播", "电台", "、", "中国", "国际", "广播", "电台", "和",
        "中央", "电视台", "，", "向", "全国", "各族",
    ]
    assert words[-4:] == ["良好", "的", "祝愿", "！"]


def test_pd1998_line_with_numbers_and_abbreviation_compound():
    words = wordseg.clean_pd1998_line(_rmrb_line("19980101-02-010-005"))
    assert words[:22] == [
        "据", "最新", "统计", "，", "１９９７年", "１月", "至", "１１月份", "，", "来华", "旅游",
        "人数", "达", "５２３６万", "多", "人次", "，", "国际", "旅游", "收入", "达", "１１０．８亿",
    ]
    words = wordseg.clean_pd1998_line(_rmrb_line("19980102-02-007-004"))
    assert words[22:31] == ["。", "去年", "，", "新", "组建", "的", "上海市", "旅游委", "初步"]


def test_conllu_reader_skips_comments_and_multiword_ranges(tmp_path):
    conllu = tmp_path / "x.conllu"
    conllu.write_text(
        "# text = 然而，问题。\n1\t然而\t_\n2\t，\t_\n\n# sent_id = 2\n1-2\t问题\t_\n1\t问\t_\n2\t题\t_\n3.1\t_\t_\n",
        encoding="utf-8",
    )
    assert wordseg.read_conllu(conllu) == [["然而", "，"], ["问", "题"]]


def test_scorer_on_hand_worked_example():
    gold = [["我", "爱", "北京", "天安门"], ["今天", "天气", "好"]]
    output = {"我爱北京天安门": ["我", "爱", "北京天安门"], "今天天气好": ["今天", "天气", "好"]}
    result = wordseg.score(output.__getitem__, gold)
    # sentence 1: gold (0,1)(1,2)(2,4)(4,7), output (0,1)(1,2)(2,7) -> 2 correct of 3 output, 4 gold
    # sentence 2: 3 of 3.  Total: 5 correct, 6 output, 7 gold.
    assert result.precision == pytest.approx(5 / 6)
    assert result.recall == pytest.approx(5 / 7)
    assert result.f1 == pytest.approx(10 / 13)
    assert result.line() == "P 0.8333 R 0.7143 F1 0.7692"


def test_scorer_rejects_a_segmenter_that_changes_the_text():
    with pytest.raises(ValueError):
        wordseg.score(lambda text: ["我", "們"], [["我", "们"]])


def test_halfwidth_augmentation_rewrites_a_deterministic_share():
    assert wordseg.to_halfwidth("１２．３％（一）ＡＢ，") == "12.3%(一)AB,"
    sentences = [[f"第{i}", "１２．３％"] for i in range(1000)]
    once, again = wordseg.augment_halfwidth(sentences, 0.5), wordseg.augment_halfwidth(sentences, 0.5)
    assert once == again
    assert 400 < sum(words[1] == "12.3%" for words in once) < 600


def test_halfwidth_classes_can_be_chosen_separately():
    """By class, a sentence may get ASCII digits beside a full-width comma, as reports write them."""
    sentences = [[f"第{i}", "１２．３", "％", "，"] for i in range(1000)]
    rewritten = wordseg.augment_halfwidth(sentences, 0.5, by_class=True)
    forms = {(words[1] == "12.3", words[2] == "%", words[3] == ",") for words in rewritten}
    assert len(forms) == 8  # every combination of the three classes occurs
    assert rewritten == wordseg.augment_halfwidth(sentences, 0.5, by_class=True)


def _annotated_report(tmp_path: Path, text: str, spans: list) -> Path:
    report = tmp_path / "corpus" / "r.txt"
    report.parent.mkdir()
    report.write_bytes("\ufeff".encode() + text.encode("utf-8"))
    record = {"id": "r", "source": "corpus/r.txt", "sha256": hashlib.sha256(report.read_bytes()).hexdigest(), "spans": spans}
    annotations = tmp_path / "annotations" / "a.jsonl"
    annotations.parent.mkdir()
    annotations.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return annotations


def test_entities_user_dict_and_alignment(tmp_path):
    text = "标题\n区政府法制办审查15件。\n学习行政复议法。"
    spans = [
        {"start": 3, "end": 9, "label": "INSTITUTION"},
        {"start": 11, "end": 14, "label": "COUNT"},
        {"start": 18, "end": 23, "label": "LAW"},
    ]
    entities = wordseg.read_entities([_annotated_report(tmp_path, text, spans)], root=tmp_path)
    assert [(entity.text, entity.line) for entity in entities] == [
        ("区政府法制办", "区政府法制办审查15件。"),
        ("15件", "区政府法制办审查15件。"),
        ("行政复议法", "学习行政复议法。"),
    ]
    assert wordseg.user_dict_words(entities) == ["区政府法制办", "行政复议法"]
    crude = {"区政府法制办审查15件。": ["区", "政府法", "制办", "审查", "15", "件。"], "学习行政复议法。": ["学习", "行政复议法", "。"]}
    # 区政府法制办 starts and ends on boundaries (0, 6); 15件 ends inside 件。; 行政复议法 is a token
    assert wordseg.aligned_share(crude.__getitem__, entities) == pytest.approx(2 / 3)
    assert [entity.text for entity, _ in wordseg.misaligned(crude.__getitem__, entities)] == ["15件"]


def test_user_dict_leaves_out_single_characters_and_words_extending_another():
    line = "区政府办公室、区政府、局、区 政府"
    spans = [(0, 6), (7, 10), (11, 12), (13, 17)]
    entities = [wordseg.Entity("r", line, start, end, "INSTITUTION") for start, end in spans]
    assert wordseg.user_dict_words(entities) == ["区政府"]


def test_changed_report_is_skipped(tmp_path):
    annotations = _annotated_report(tmp_path, "区政府", [{"start": 0, "end": 3, "label": "INSTITUTION"}])
    (tmp_path / "corpus" / "r.txt").write_text("市政府", encoding="utf-8")
    with pytest.warns(UserWarning):
        assert wordseg.read_entities([annotations], root=tmp_path) == []


def test_smoke_training_gives_a_model_spacy_can_load(tmp_path):
    pairs = wordseg.read_pd1998(RMRB)
    train = wordseg.write_sentences([words for _, words in pairs[:200]], tmp_path / "train.txt")
    dev = wordseg.write_sentences([words for _, words in pairs[200:220]], tmp_path / "dev.txt")
    model_dir = wordseg.train_pkuseg(train, dev, tmp_path / "model", iterations=1, seed=0)
    assert wordseg.prune_model(model_dir, max_features=5000) == 5000
    sentence = "中国人民广播电台向全国人民致以问候。"
    words = wordseg.pkuseg_segment(model_dir)(sentence)
    assert "".join(words) == sentence and 3 < len(words) < len(sentence)
    assert wordseg.pkuseg_segment(model_dir, ["广播电台"])(sentence).count("广播电台") == 1

    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    wordseg.init_spacy_tokenizer(nlp.tokenizer, model_dir, wordseg.write_user_dict(["广播电台"], tmp_path / "user_dict.txt"))
    nlp.to_disk(tmp_path / "nlp")
    reloaded = spacy.load(tmp_path / "nlp")
    expected = wordseg.pkuseg_segment(model_dir, ["广播电台"])(sentence)
    assert [token.text for token in nlp(sentence)] == [token.text for token in reloaded(sentence)] == expected


def test_dictionary_words_reach_the_word_features_and_regularization_is_restored(tmp_path):
    from spacy_pkuseg.feature_extractor import FeatureExtractor

    pairs = wordseg.read_pd1998(RMRB)
    train = wordseg.write_sentences([words for _, words in pairs[:50]], tmp_path / "train.txt")
    dev = wordseg.write_sentences([words for _, words in pairs[50:55]], tmp_path / "dev.txt")
    from spacy_pkuseg.config import config

    default_reg = config.reg
    model_dir = wordseg.train_pkuseg(train, dev, tmp_path / "model", iterations=1, seed=0, dictionary=["行政复议"],
                                     regularization=2.0)
    assert config.reg == default_reg  # the setting is pkuseg's global: put back after training
    assert "行政复议" in FeatureExtractor.load(str(model_dir)).unigram
    assert "行政复议" not in {w for _, words in pairs[:50] for w in words}
