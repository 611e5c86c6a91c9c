"""`lawie train`: report splits (by report, reproducible, folds that test every report once), pretrained weights,
and how a trained model is composed with the rules."""
import json
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from lawie.pipeline import compose
from lawie.training import pretrained_tok2vec, report_splits

from conftest import REPORTS

SHIPPED_SPLITS = Path(__file__).parents[1] / "lawie" / "pipeline" / "splits.json"


def test_the_default_split_is_the_one_the_shipped_model_was_trained_with():
    shipped = json.loads(SHIPPED_SPLITS.read_text(encoding="utf-8"))
    assert report_splits(list(shipped)) == shipped


def test_folds_test_every_report_exactly_once():
    ids = json.loads(SHIPPED_SPLITS.read_text(encoding="utf-8"))
    tested = []
    for fold in range(5):
        splits = report_splits(list(ids), fold=(fold, 5))
        assert set(splits.values()) == {"train", "dev", "test"}
        tested += [report for report, name in splits.items() if name == "test"]
    assert sorted(tested) == sorted(ids)


def test_a_fold_that_does_not_exist_is_refused():
    with pytest.raises(ValueError, match="fold 5 does not exist"):
        report_splits(["a", "b", "c"], fold=(5, 3))


def untrained_model(folder: Path) -> Path:
    """A character pipeline with an NER that has seen one example: it tags arbitrarily, as a weak model may."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "lawie.CharTokenizer.v1"}}})
    nlp.add_pipe("ner")
    nlp.initialize(lambda: [Example.from_dict(nlp.make_doc("区政府"), {"entities": [(0, 3, "INSTITUTION")]})])
    nlp.to_disk(folder)
    return folder


def test_a_model_that_fills_the_gaps_keeps_every_rule_entity(tmp_path):
    def entities(nlp, text):  # before mentions are propagated, which may spread the model's names
        with nlp.select_pipes(disable=["lawie_propagate"]):
            return {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents}

    text = (REPORTS / "jinshui-2020.txt").read_text(encoding="utf-8")[:3000]
    filled = compose(untrained_model(tmp_path / "ner"), strategy="model-fills")
    assert filled.pipe_names.index("lawie_institution_rules") < filled.pipe_names.index("ner")
    assert entities(compose(strategy="rules-only"), text) <= entities(filled, text)


def test_pretrained_weights_need_a_config_with_a_pretraining_block(tmp_path):
    # spaCy loads init_tok2vec only through the [pretraining] block and ignores it silently without one
    config = Path(__file__).parents[1] / "training" / "ner.cfg"
    weights = tmp_path / "model2.bin"
    weights.write_bytes(b"")
    assert pretrained_tok2vec(config, None) == {}
    with pytest.raises(ValueError, match=r"\[pretraining\]"):
        pretrained_tok2vec(config, weights)
    with pytest.raises(FileNotFoundError):
        pretrained_tok2vec(config, tmp_path / "missing.bin")
    with_block = tmp_path / "ner-pretrain.cfg"
    with_block.write_text(config.read_text(encoding="utf-8") + '\n[pretraining]\ncomponent = "tok2vec"\n', encoding="utf-8")
    assert pretrained_tok2vec(with_block, weights) == {"paths.init_tok2vec": str(weights)}
