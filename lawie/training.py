"""Annotations → trained NER: splits by report, line-level DocBins, spaCy training, metrics.

Reports, not lines, are the unit of every split: lines of one report are too alike for a model
that saw some of them to be judged on the others. Splits come from scikit-learn with fixed seeds.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from sklearn.model_selection import GroupKFold, GroupShuffleSplit

from .annotations import annotated_doc, load_dataset, source_text
from .evaluation import evaluate, markdown_report
from .pipeline import compose

SPLIT_FILE = "splits.json"


def report_splits(ids: list[str], seed: int = 0, test_size: float = 0.25, dev_size: float = 0.15,
                  fold: tuple[int, int] | None = None) -> dict[str, str]:
    """train / dev / test for each report id; no report in two splits. With ``fold`` = (k, n) the
    test reports are the k-th of n cross-validation folds, so n trainings test every report once."""
    ids = sorted(ids)
    test = fold_reports(ids, *fold) if fold else held_out(ids, test_size, seed)
    rest = [i for i in ids if i not in test]
    test_share = len(test) / len(ids) if fold else test_size
    dev = held_out(rest, dev_size / (1 - test_share), seed)
    return {i: "test" if i in test else "dev" if i in dev else "train" for i in ids}


def fold_reports(ids: list[str], fold: int, folds: int) -> set[str]:
    """The reports of fold ``fold`` (0-based) of ``folds``, split by report with scikit-learn's GroupKFold."""
    if not 0 <= fold < folds:
        raise ValueError(f"fold {fold} does not exist: choose 0 to {folds - 1}")
    _, held = list(GroupKFold(n_splits=folds).split(ids, groups=ids))[fold]
    return {ids[i] for i in held}


def held_out(ids: list[str], size: float, seed: int) -> set[str]:
    splitter = GroupShuffleSplit(n_splits=1, test_size=size, random_state=seed)
    _, held = next(splitter.split(ids, groups=ids))
    return {ids[i] for i in held}


def load_annotations(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Annotation records read with ``datasets`` (the format's contract: it must load there)."""
    return [dict(row) for row in load_dataset(paths)]


def line_docs(doc: Doc) -> list[Doc]:
    """One doc per line, entities kept: spans never cross a line break, and short docs batch well."""
    docs, start = [], 0
    for token in doc:
        if "\n" in token.text:
            docs.append(doc[start:token.i].as_doc())
            start = token.i + 1
    docs.append(doc[start:].as_doc())
    return [d for d in docs if len(d) and d.text.strip()]


def training_docs(records: list[dict[str, Any]], nlp: Language, labels: Iterable[str]) -> list[Doc]:
    """Line docs with the gold spans of ``labels``; other labels count as outside, so the model
    learns to leave them to the rules."""
    wanted = set(labels)
    docs = []
    for record in records:
        record = {**record, "spans": [s for s in record["spans"] if s["label"] in wanted]}
        doc, misaligned = annotated_doc(nlp, record, source_text(record))
        if misaligned:  # marked missing by annotated_doc: they teach the model nothing either way
            print(f"{record['id']}: {len(misaligned)} of {len(record['spans'])} spans off token boundaries")
        docs += line_docs(doc)
    return docs


def extra_docs(paths: Iterable[str], nlp: Language, labels: Iterable[str]) -> list[Doc]:
    """Extra training docs: DocBins (``.spacy``, e.g. from `lawie external-ner`) or annotation files."""
    paths = list(paths)
    docbins = [p for p in paths if str(p).endswith(".spacy")]
    records = [p for p in paths if not str(p).endswith(".spacy")]
    docs = [doc for p in docbins for doc in DocBin().from_disk(p).get_docs(nlp.vocab)]
    return docs + (training_docs(load_annotations(records), nlp, labels) if records else [])


def config_tokenizer(config: Path) -> Language:
    """A pipeline with only the config's tokenizer, initialised as training will (pkuseg model…),
    so that gold spans are cut into the tokens the model will see."""
    cfg = spacy.util.load_config(config, interpolate=True)
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True)
    settings = cfg.get("initialize", {}).get("tokenizer") or {}
    if settings and hasattr(nlp.tokenizer, "initialize"):
        nlp.tokenizer.initialize(**settings)
    return nlp


def write_docbin(docs: list[Doc], path: Path) -> Path:
    DocBin(docs=docs).to_disk(path)
    return path


def train_model(config: Path, output: Path, train: list[Doc], dev: list[Doc], gpu_id: int = -1,
                seed: int = 0, overrides: dict[str, Any] | None = None) -> Path:
    """Run spaCy training on DocBins written next to the model; returns the best model's path."""
    from spacy.cli.train import train as spacy_train

    output.mkdir(parents=True, exist_ok=True)
    paths = {"paths.train": str(write_docbin(train, output / "train.spacy")),
             "paths.dev": str(write_docbin(dev, output / "dev.spacy")), "system.seed": seed,
             "training.seed": seed}
    spacy_train(config, output, use_gpu=gpu_id, overrides={**paths, **(overrides or {})})
    return output / "model-best"


def pretrained_tok2vec(config: Path, weights: Path | None) -> dict[str, Any]:
    """Config overrides that start the model's tok2vec from ``weights`` of ``spacy pretrain``. spaCy reads them
    only when the config has a [pretraining] block (it says which layer they fill) and ignores them silently
    otherwise, so a config without one is refused here."""
    if weights is None:
        return {}
    if not weights.exists():
        raise FileNotFoundError(f"{weights}: no such pretrained weights file")
    if not spacy.util.load_config(config).get("pretraining"):
        raise ValueError(f"{config} has no [pretraining] block, so spaCy would not load {weights}; make one with "
                         f"`python -m spacy init fill-config {config} OUT.cfg --pretraining`")
    return {"paths.init_tok2vec": str(weights)}


def run_training(annotations: list[str], config: Path, output: Path, extra: list[str] = (), gpu_id: int = -1,
                 seed: int = 0, strategy: str = "rules-first", test_size: float = 0.25,
                 labels: Iterable[str] = ("INSTITUTION",), fold: tuple[int, int] | None = None,
                 init_tok2vec: Path | None = None) -> dict[str, Any]:
    """Train on the train split (plus ``extra`` annotation files), pick on dev, score the composed
    pipeline on the held-out test reports; splits and metrics are written next to the model."""
    overrides = pretrained_tok2vec(config, init_tok2vec)
    records = load_annotations(annotations)
    splits = report_splits([r["id"] for r in records], seed=seed, test_size=test_size, fold=fold)
    nlp = config_tokenizer(config)
    by_split = {name: [r for r in records if splits[r["id"]] == name] for name in ("train", "dev", "test")}
    train = training_docs(by_split["train"], nlp, labels) + extra_docs(extra, nlp, labels)
    best = train_model(config, output, train, training_docs(by_split["dev"], nlp, labels), gpu_id, seed, overrides)
    result = evaluate(compose(best, strategy), by_split["test"])
    write_metrics(output, result, splits, strategy)
    return result


def write_metrics(output: Path, result: dict[str, Any], splits: dict[str, str], strategy: str) -> None:
    (output / SPLIT_FILE).write_text(json.dumps(splits, indent=1, sort_keys=True), encoding="utf-8")
    (output / "metrics.json").write_text(json.dumps({"strategy": strategy, **result}, ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    (output / "metrics.md").write_text(markdown_report(result, f"Held-out test reports ({strategy})"),
                                       encoding="utf-8")
