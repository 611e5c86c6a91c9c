"""Report splits of `lawie train`: by report, reproducible, and cross-validation folds that test every report once."""
import json
from pathlib import Path

import pytest

from lawie.training import report_splits

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
