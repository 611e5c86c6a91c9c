"""lawie's own word segmenter: a spacy-pkuseg model trained offline on gold corpora.

spacy-pkuseg ships no model and none can be downloaded, so lawie trains one on the gold
segmented corpora in ``../shared/segmentation`` (see its SOURCES.md), scores it with the
standard SIGHAN word precision/recall/F1 against held-out gold, and builds a domain user
dictionary from lawie's entity annotations so that entity boundaries fall on token
boundaries of spaCy's Chinese tokenizer (``segmenter = "pkuseg"``).
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
import time
import warnings
import zlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import srsly

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("LAWIE_SHARED", REPO_ROOT.parent / "shared"))
SEGMENTATION_DIR = SHARED_DIR / "segmentation"
SHIPPED_MODEL_DIR = Path(__file__).resolve().parent / "resources" / "pkuseg"
ANNOTATIONS_DIR = REPO_ROOT / "annotations"
# The SIGHAN-2005 PKU test gold is the main benchmark: never train on it.
PKUSEG_TAGS = 5  # pkuseg's B, B_single, I_first, I, I_end
PKUSEG_WORD_MIN, PKUSEG_WORD_MAX = 2, 6  # word lengths its dictionary features look up
BENCHMARK_GOLD = SEGMENTATION_DIR / "sighan2005-icwb2" / "pku_test_gold.utf8"

Sentence = list[str]
Segment = Callable[[str], list[str]]

# ---------------------------------------------------------------------------
# Reading gold corpora

_PD_TOKEN = re.compile(r"^\[?(.+?)/[A-Za-z]+\]?[A-Za-z]*$")


def clean_pd1998_line(line: str) -> Sentence:
    """Words of one People's Daily 1998 line.

    The file is ``id/m  word/POS  [word/POS word/POS]nt ...``: the paragraph id, the POS tags
    and the brackets of compounds are annotation, not text, so they are dropped; the words
    inside a bracketed compound stay separate words (that is the PKU standard).
    """
    tokens = line.split()[1:]
    return [_PD_TOKEN.match(token).group(1) for token in tokens]


def read_pd1998(path: Path) -> list[tuple[str, Sentence]]:
    """(article id, words) for every non-empty line; the article id is the paragraph id
    without its paragraph number (``19980101-01-001``), used to hold out whole articles."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = line.split("/", 1)[0].rsplit("-", 1)[0]
            pairs.append((article, clean_pd1998_line(line)))
    return pairs


def read_spaced(path: Path) -> list[Sentence]:
    """Sentences of a file with words separated by (single or double) spaces, one a line."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return [line.split() for line in lines if line.strip()]


def read_conllu(path: Path) -> list[Sentence]:
    """Word forms of a CoNLL-U file; multiword ranges and empty nodes are not words of the text."""
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
        elif not line.startswith("#"):
            token_id, form = line.split("\t")[:2]
            if token_id.isdigit():
                words.append(form)
    return sentences + ([words] if words else [])


def read_gold(path: Path) -> list[Sentence]:
    """Gold sentences of a spaced text file or a ``.conllu`` file."""
    return read_conllu(path) if path.suffix == ".conllu" else read_spaced(path)


# ---------------------------------------------------------------------------
# Corpora, held-out slices and the training mix


@dataclass(frozen=True)
class Split:
    """Training sentences and the held-out test slice of one corpus."""

    train: list[Sentence]
    test: list[Sentence]


def _chosen(key: str, share: float) -> bool:
    """Deterministic, order-independent choice of a share of items by a hash of their key."""
    return zlib.crc32(key.encode("utf-8")) % 1000 < share * 1000


def split_pd1998(test_share: float = 0.05) -> Split:
    """PD1998 with whole articles held out, so test sentences share no article with training."""
    pairs = read_pd1998(SEGMENTATION_DIR / "pd1998-01" / "RMRB.txt")
    return Split(
        train=[words for article, words in pairs if not _chosen(article, test_share)],
        test=[words for article, words in pairs if _chosen(article, test_share)],
    )


def _split_files(train: str, test: str) -> Callable[[], Split]:
    """A corpus that comes with its own train and test files."""
    return lambda: Split(read_spaced(SEGMENTATION_DIR / train), read_spaced(SEGMENTATION_DIR / test))


CORPORA: dict[str, Callable[[], Split]] = {
    "pd1998": split_pd1998,
    "sxu": _split_files("sxu-cws/train.txt", "sxu-cws/test.txt"),
    "udc": _split_files("udc-cws/train.txt", "udc-cws/test.txt"),
    "cnc": _split_files("cnc-cws/dev.txt", "cnc-cws/test.txt"),
}

# Gold test files that lawie reports scores on (none of them is ever trained on).
TEST_FILES: dict[str, Path] = {
    "sighan2005-pku": BENCHMARK_GOLD,
    "sighan2005-msr": SEGMENTATION_DIR / "sighan2005-icwb2" / "msr_test_gold.utf8",
    "sxu-test": SEGMENTATION_DIR / "sxu-cws" / "test.txt",
    "cnc-test": SEGMENTATION_DIR / "cnc-cws" / "test.txt",
    "ud-gsdsimp-test": SEGMENTATION_DIR / "ud-zh-gsdsimp" / "zh_gsdsimp-ud-test.conllu",
}


def benchmark_sets() -> dict[str, list[Sentence]]:
    """Every gold test set lawie reports: the PD1998 held-out slice, the test files, and the
    PKU and PD1998 sets rewritten half-width (how reports write digits and punctuation)."""
    sets = {"pd1998-heldout": split_pd1998().test}
    sets.update({name: read_gold(path) for name, path in TEST_FILES.items()})
    for name in ("sighan2005-pku", "pd1998-heldout"):
        sets[f"{name}-halfwidth"] = halfwidth_sentences(sets[name])
    return sets


def load_mix(names: Iterable[str]) -> dict[str, Split]:
    """The named corpora, in the given order."""
    unknown = [name for name in names if name not in CORPORA]
    if unknown:
        raise ValueError(f"unknown corpora {unknown}; choose from {sorted(CORPORA)}")
    return {name: CORPORA[name]() for name in names}


# Full-width ASCII forms (！ .. ～) and their half-width twins; by class, for rewriting the classes
# separately: digits, letters and the decimal point (3.5万), the percent sign, the other punctuation.
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_NUMBER_FORMS = {code: half for code, half in _HALFWIDTH.items() if chr(half).isalnum() or chr(half) == "."}
_PERCENT = {ord("％"): ord("%")}
HALFWIDTH_CLASSES = {
    "number": _NUMBER_FORMS,
    "percent": _PERCENT,
    "punctuation": {code: half for code, half in _HALFWIDTH.items() if code not in _NUMBER_FORMS and code not in _PERCENT},
}


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and ASCII punctuation as half-width (3.5万, 95.92%, (一))."""
    return text.translate(_HALFWIDTH)


def halfwidth_sentences(sentences: Iterable[Sentence]) -> list[Sentence]:
    """Gold sentences as a report would write them: digits and punctuation half-width."""
    return [[to_halfwidth(word) for word in words] for words in sentences]


def augment_halfwidth(sentences: list[Sentence], share: float, by_class: bool = False) -> list[Sentence]:
    """Rewrite a deterministic share of sentences in half-width forms.

    PD1998 writes digits, ``％``, ``．`` and brackets full-width, while government reports mix
    in ASCII forms (``95.92%``, ``(一)``, ``3.5万余条``); rewriting part of the corpus teaches
    the model both spellings without adding sentences. ``by_class`` chooses the sentences for each
    class of HALFWIDTH_CLASSES separately, so that mixed forms such as ``3.5万余条，`` (ASCII digits,
    full-width comma) occur too (measured, not shipped: docs/segmenter.md).
    """
    if not by_class:
        return [[to_halfwidth(word) for word in words] if _chosen("".join(words), share) else words
                for words in sentences]
    return [_rewrite_classes(words, share) for words in sentences]


def _rewrite_classes(words: Sentence, share: float) -> Sentence:
    key = "".join(words)
    table = {code: half for name, forms in HALFWIDTH_CLASSES.items() if _chosen(f"{key}/{name}", share)
             for code, half in forms.items()}
    return [word.translate(table) for word in words] if table else words


# ---------------------------------------------------------------------------
# Training


def write_sentences(sentences: Iterable[Sentence], path: Path) -> Path:
    """Write sentences in the gold/pkuseg training format: words space-separated, one a line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(" ".join(words) + "\n" for words in sentences), encoding="utf-8")
    return path


def train_pkuseg(train_file: Path, dev_file: Path, model_dir: Path, iterations: int, seed: int,
                 dictionary: Iterable[str] = (), regularization: float = 1.0) -> Path:
    """Train a pkuseg CRF model into ``model_dir`` (features.msgpack, weights.npz).

    pkuseg shuffles with the global ``random`` module, so seeding it makes training reproducible.
    ``dev_file`` is only decoded after each iteration for pkuseg's progress log. Words of
    ``dictionary`` join the training words in pkuseg's dictionary features, through pkuseg's own
    starting-model mechanism (an empty model holding only the word list). ``regularization`` is
    pkuseg's L2 sigma (its ``config.reg``, 1 by default): larger means weaker regularization.
    """
    import spacy_pkuseg
    from spacy_pkuseg.config import config

    random.seed(seed)
    np.random.seed(seed)
    model_dir.mkdir(parents=True, exist_ok=True)
    words = sorted(set(dictionary))
    init = write_word_list_model(words, model_dir.parent / f"{model_dir.name}-init") if words else None
    default_reg, config.reg = config.reg, regularization
    try:
        spacy_pkuseg.train(str(train_file), str(dev_file), str(model_dir), train_iter=iterations,
                           init_model=str(init) if init else None)
    finally:
        config.reg = default_reg
    return model_dir


def write_word_list_model(words: list[str], model_dir: Path) -> Path:
    """A pkuseg model with no features and these dictionary words, to start training from."""
    model_dir.mkdir(parents=True, exist_ok=True)
    srsly.write_msgpack(model_dir / "features.msgpack",
                        {"unigram": words, "bigram": [], "feature_to_idx": {}, "tag_to_idx": {}})
    np.savez(model_dir / "weights.npz", sizes=np.array([PKUSEG_TAGS, 0]), w=np.zeros(PKUSEG_TAGS * PKUSEG_TAGS))
    return model_dir


def jieba_dictionary_words() -> list[str]:
    """Words of jieba's bundled dictionary that pkuseg's dictionary features can use (2–6 characters)."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    words = (line.split(" ", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return sorted({w for w in words if PKUSEG_WORD_MIN <= len(w) <= PKUSEG_WORD_MAX})


DICTIONARIES: dict[str, Callable[[], list[str]]] = {"jieba": jieba_dictionary_words}


def prune_model(model_dir: Path, max_features: int | None) -> int:
    """Keep the ``max_features`` features with the largest weights (all if None); return how
    many remain.

    Weights are stored as float64 (8 bytes x 5 tags per feature) and spaCy saves them
    uncompressed, so the many rare features dominate the model size while adding little
    accuracy. Features whose weights are all zero never fire usefully and always go. The
    word-bigram list is only needed to build features during training and is dropped; words
    no kept feature refers to are dropped from the word list (they cannot change a decision).
    """
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    extractor = FeatureExtractor.load(str(model_dir))
    model = Model.load(str(model_dir))
    n_node = model.n_feature * model.n_tag
    node = model.w[:n_node].reshape(model.n_feature, model.n_tag)
    strength = np.abs(node).max(axis=1)
    strength[0] = np.inf  # pkuseg adds feature 0 (the bias) to every character
    keep = np.zeros(model.n_feature, dtype=bool)
    keep[np.argsort(-strength, kind="stable")[:max_features]] = True
    keep &= strength > 0
    new_index = np.cumsum(keep) - 1
    extractor.feature_to_idx = {
        feature: int(new_index[idx]) for feature, idx in extractor.feature_to_idx.items() if keep[idx]
    }
    extractor.unigram = _words_in_features(extractor.feature_to_idx) & extractor.unigram
    extractor.bigram = set()
    model.w = np.concatenate([node[keep].reshape(-1), model.w[n_node:]])
    model.n_feature = int(keep.sum())
    model.n_transition_feature = model.w.shape[0]
    extractor.save(str(model_dir))
    model.save(str(model_dir))
    return model.n_feature


def _words_in_features(features: Iterable[str]) -> set[str]:
    """Dictionary words named by pkuseg's word features (``w-1.``, ``w1.``, ``ww.l.``, ``ww.r.``)."""
    words = set()
    for feature in features:
        if feature.startswith(("w-1.", "w1.")):
            words.add(feature.split(".", 1)[1])
        elif feature.startswith(("ww.l.", "ww.r.")):
            words.update(feature[5:].split("*"))
    return words


def model_size(model_dir: Path) -> int:
    """Bytes on disk of the files pkuseg loads (what spaCy serialises into a pipeline)."""
    return sum((model_dir / name).stat().st_size for name in ("features.msgpack", "weights.npz"))


# ---------------------------------------------------------------------------
# Segmenting


def pkuseg_segment(model_dir: Path, user_words: Iterable[str] | None = None) -> Segment:
    """Text -> words with lawie's pkuseg model, optionally forcing ``user_words`` as tokens.

    spacy_pkuseg merges words found in its bundled web dictionary (``default.pkl``) unless its
    ``user_dict`` is None; that merging breaks the PKU standard the model learnt, so it is off
    here (see ``init_spacy_tokenizer`` for spaCy).
    """
    import spacy_pkuseg

    segmenter = spacy_pkuseg.pkuseg(str(model_dir), user_dict=None)
    if user_words is not None:
        segmenter.preprocesser = spacy_pkuseg.Preprocesser(list(user_words))
    return segmenter.cut


def read_user_dict(path: Path) -> list[str]:
    """Words of a pkuseg user dictionary file (first tab field of each line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0].strip() for line in lines if line.strip()]


def init_spacy_tokenizer(tokenizer, model_dir: Path, user_dict: Path | None = None) -> None:
    """Load lawie's model into spaCy's ``ChineseTokenizer`` (``segmenter = "pkuseg"``) so that
    it segments exactly as lawie scores it: ``user_dict`` forced, no web-dictionary merging.

    ``tokenizer.initialize`` alone (what ``[initialize.tokenizer]`` does) turns on spacy_pkuseg's
    bundled-dictionary merging, which lowers word F1 on the SIGHAN-2005 PKU test gold by about
    1.2 points; the switch is saved with the pipeline.
    """
    tokenizer.initialize(pkuseg_model=str(model_dir), pkuseg_user_dict=str(user_dict) if user_dict else "default")
    tokenizer.pkuseg_seg.postprocesser.do_process = False


def jieba_segment() -> Segment:
    """Text -> words with jieba's default dictionary and HMM, the usual baseline."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()  # load the dictionary now, not inside the first timed call
    return lambda text: [word for word in jieba.lcut(text, HMM=True) if word.strip()]


def default_model_dir() -> Path:
    """The shipped model if lawie has one, else the default training output."""
    return SHIPPED_MODEL_DIR if (SHIPPED_MODEL_DIR / "weights.npz").exists() else Path("build/pkuseg")


# ---------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class Score:
    """Word precision, recall and F1 (SIGHAN scoring) over a whole gold file."""

    precision: float
    recall: float
    f1: float
    gold_words: int
    chars_per_second: float

    def line(self) -> str:
        return f"P {self.precision:.4f} R {self.recall:.4f} F1 {self.f1:.4f}"


def word_spans(words: Iterable[str]) -> set[tuple[int, int]]:
    """Words as character intervals of their concatenation (spaces ignored)."""
    spans, start = set(), 0
    for word in words:
        end = start + len(word)
        spans.add((start, end))
        start = end
    return spans


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(segment: Segment, gold: list[Sentence]) -> Score:
    """Segment the unspaced text of every gold sentence and compare word intervals."""
    correct = predicted = expected = chars = 0
    seconds = 0.0
    for words in gold:
        text = "".join(words)
        started = time.perf_counter()
        output = [word for word in segment(text) if word.strip()]
        seconds += time.perf_counter() - started
        if "".join(output) != text:
            raise ValueError(f"segmenter changed the text: {text!r}")
        gold_spans, output_spans = word_spans(words), word_spans(output)
        correct += len(gold_spans & output_spans)
        predicted += len(output_spans)
        expected += len(gold_spans)
        chars += len(text)
    return Score(*prf(correct, predicted, expected), expected, chars / seconds if seconds else 0.0)


# ---------------------------------------------------------------------------
# Training runs


@dataclass(frozen=True)
class TrainingPlan:
    """What ``lawie segmenter train`` trains on and how; the defaults build the shipped model."""

    mix: tuple[str, ...] = ("pd1998",)
    iterations: int = 15
    seed: int = 0
    halfwidth_share: float = 0.5
    max_features: int | None = 250_000
    limit: int | None = None  # first N training sentences of each corpus (smoke tests, scaling)
    dictionary: str | None = None  # extra words for pkuseg's dictionary features, from DICTIONARIES
    regularization: float = 1.0  # pkuseg's L2 sigma
    halfwidth_by_class: bool = False  # choose digits, % and punctuation separately (measured, not shipped)


def train_segmenter(plan: TrainingPlan, model_dir: Path, work_dir: Path) -> dict[str, Score]:
    """Train, prune and score a model; write ``training.json`` beside the model files.

    ``work_dir`` receives the training file and the held-out gold of every corpus in the
    mix; the returned scores are on those slices and on the SIGHAN-2005 PKU test gold.
    """
    splits = load_mix(plan.mix)
    train = [words for split in splits.values() for words in split.train[: plan.limit]]
    train = augment_halfwidth(train, plan.halfwidth_share, plan.halfwidth_by_class)
    heldout = {f"{name}-heldout": write_sentences(split.test, work_dir / f"heldout-{name}.txt") for name, split in splits.items()}
    # pkuseg decodes this after every iteration for its progress log; it picks nothing
    dev = write_sentences(next(iter(splits.values())).test[:300], work_dir / "dev.txt")
    dictionary = DICTIONARIES[plan.dictionary]() if plan.dictionary else ()
    train_pkuseg(write_sentences(train, work_dir / "train.txt"), dev, model_dir, plan.iterations, plan.seed, dictionary,
                 plan.regularization)
    n_features = prune_model(model_dir, plan.max_features)
    segment = pkuseg_segment(model_dir)
    gold_files = {**heldout, "sighan2005-pku": BENCHMARK_GOLD}
    scores = {name: score(segment, read_gold(path)) for name, path in gold_files.items()}
    meta = {
        "plan": asdict(plan),
        "train_sentences": len(train),
        "train_words": sum(map(len, train)),
        "features": n_features,
        "bytes": model_size(model_dir),
        "scores": {name: asdict(value) for name, value in scores.items()},
    }
    (model_dir / "training.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    return scores


# ---------------------------------------------------------------------------
# Domain user dictionary and entity alignment


@dataclass(frozen=True)
class Entity:
    """One gold entity span, located within its line of report text."""

    report: str
    line: str
    start: int
    end: int
    label: str

    @property
    def text(self) -> str:
        return self.line[self.start : self.end]


def annotation_files(directory: Path = ANNOTATIONS_DIR) -> list[Path]:
    """lawie's gold annotation files (whatever exists now)."""
    return sorted(directory.glob("*.jsonl"))


def read_entities(paths: Iterable[Path], root: Path = REPO_ROOT) -> list[Entity]:
    """Gold entities of annotation files (JSON lines, one report a line).

    Reports whose text file is missing or whose sha256 differs from the annotation are
    skipped with a warning: their offsets would point at the wrong characters.
    """
    entities = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entities.extend(_report_entities(json.loads(line), root))
    return entities


def _report_entities(report: dict, root: Path) -> list[Entity]:
    """Entities of one annotated report; offsets index the UTF-8 text with the BOM stripped."""
    path = root / report["source"]
    if not path.exists() or report.get("sha256", "") not in _sha256s(path) | {""}:
        warnings.warn(f"skipping {report.get('id')}: {path} is missing or differs from its annotation")
        return []
    text = path.read_bytes().decode("utf-8-sig")
    entities = []
    for span in report["spans"]:
        line_start = text.rfind("\n", 0, span["start"]) + 1
        line_end = text.find("\n", span["start"])
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        entities.append(
            Entity(report.get("id", report["source"]), line, span["start"] - line_start, span["end"] - line_start, span["label"])
        )
    return entities


def _sha256s(path: Path) -> set[str]:
    """sha256 of a report file as bytes and as BOM-stripped text (annotations may use either)."""
    data = path.read_bytes()
    return {hashlib.sha256(data).hexdigest(), hashlib.sha256(data.decode("utf-8-sig").encode("utf-8")).hexdigest()}


def user_dict_words(entities: Iterable[Entity], labels: Iterable[str] = ("INSTITUTION", "LAW")) -> list[str]:
    """Sorted distinct entity texts of the given labels, for pkuseg's user dictionary.

    pkuseg cuts dictionary words out of the text before the model runs (longest match first),
    so an institution or law name in the dictionary always becomes one token. Left out:
    single characters (as forced words they would split every word containing them), texts
    with spaces (pkuseg splits at spaces anyway), and words that start with another word of
    the dictionary: spacy_pkuseg's matcher, having passed a shorter word on the way to a longer
    one that then does not match, cuts at the mismatch instead of after the shorter word
    (区政府办公室关于 became one token).
    """
    wanted = set(labels)
    words = {entity.text for entity in entities if entity.label in wanted}
    words = {word for word in words if len(word) > 1 and not any(c.isspace() for c in word)}
    return sorted(word for word in words if not any(word[:end] in words for end in range(2, len(word))))


def write_user_dict(words: Iterable[str], path: Path) -> Path:
    """Write a pkuseg user dictionary (one word a line), the file spaCy's
    ``[initialize.tokenizer] pkuseg_user_dict`` points to."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(word + "\n" for word in words), encoding="utf-8")
    return path


def token_boundaries(words: Iterable[str], text: str) -> set[int]:
    """Character offsets in ``text`` where a token starts or ends (whitespace skipped)."""
    boundaries, position = {0, len(text)}, 0
    for word in words:
        start = text.index(word, position)
        position = start + len(word)
        boundaries.update((start, position))
    return boundaries


def misaligned(segment: Segment, entities: list[Entity]) -> list[tuple[Entity, list[str]]]:
    """Entities whose start or end falls inside a token, with the tokens of their line.

    Each line is segmented on its own, as entities never cross a line break.
    """
    tokens = {line: segment(line) for line in {entity.line for entity in entities}}
    return [
        (entity, tokens[entity.line])
        for entity in entities
        if not {entity.start, entity.end} <= token_boundaries(tokens[entity.line], entity.line)
    ]


def aligned_share(segment: Segment, entities: list[Entity]) -> float:
    """Share of entities whose start and end both fall on token boundaries of ``segment``."""
    return 1 - len(misaligned(segment, entities)) / len(entities) if entities else 0.0


def cross_validated_misaligned(model_dir: Path, entities: list[Entity], folds: int = 2) -> list[tuple[Entity, list[str]]]:
    """``misaligned`` with a user dict built only from *other* reports (reports split by id).

    The dictionary built from all annotations aligns its own entities by construction; this
    shows how it does on reports it has not seen.
    """
    bad = []
    for fold in range(folds):
        test = [entity for entity in entities if zlib.crc32(entity.report.encode()) % folds == fold]
        train = [entity for entity in entities if zlib.crc32(entity.report.encode()) % folds != fold]
        bad.extend(misaligned(pkuseg_segment(model_dir, user_dict_words(train)), test))
    return bad
