"""Build the word lists of the INSTITUTION rules from tagged corpora (People's Daily 1998, MSRA).

lawie/resources/boundary_verbs.txt: verbs that an organization name cannot start with.

The INSTITUTION rules find …医院, …公司, 市…局 by their suffix and run the name leftwards; without
a stop they swallow the verb before the name (投用市妇幼保健院, 确认了市住建局). The stops are
the words that People's Daily 1998 tags as verbs nearly always (v, vd or vn at least 90% of the
time, v at least 40%, seen 5 times or more), minus the verbs found inside two or more organization names:
MSRA's organization names (``nt``) and the INSTITUTION spans of the annotated train and dev
reports (test reports are left out so that the test stays unseen). 建设 (建设银行), 开发
(国家开发银行) and 实验 (实验小学) stay out that way.

lawie/resources/not_place_stems.txt: two-character words that PD1998 tags as verbs, adjectives or
adverbs (v, vn, vd, a, ad, an, d) at least 90% of the time and never as a place (ns). A place
token 审查 + 区 before 区政府 is no place: 审查区政府文件 → 区政府.

lawie/resources/common_words.txt: words that PD1998 tags as common words (not nr/nt/nz/j/nx half the
time or more, seen 3 times or more, 2–4 Chinese characters). A list such as 采煤、发电、化工等企业 or
银行、基金、保险等金融机构 names kinds of business, not enterprises: the rules drop a list whose items
are common words for half or more (大唐、东方电气、葛洲坝等企业 stays: only 葛洲坝 is one).

    python training/word_lists.py          # reads ../shared (or $LAWIE_SHARED)

Terms: the list is derived from PD1998 (research use with citation) and MSRA NER; see
docs/model-card.md.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from lawie.annotations import load_records, source_text
from lawie.external import parse_msra_line
from lawie.training import SPLIT_FILE
from lawie.wordseg import SHARED_DIR

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "lawie" / "resources"
SPLITS = REPO / "lawie" / "pipeline" / SPLIT_FILE  # the shipped pipeline's train/dev/test reports
PD1998 = SHARED_DIR / "segmentation" / "pd1998-01" / "RMRB.txt"
MSRA = SHARED_DIR / "ner" / "msra-ner" / "train.txt"
TAGGED_WORD = re.compile(r"(?:^|\s)\[?([^\s/\[\]]+)/([a-zA-Z]+)")
VERB_TAGS = ("v", "vd", "vn")
MIN_COUNT = 5
MIN_VERB_SHARE = 0.9
MIN_PLAIN_VERB_SHARE = 0.4
PROPER_TAGS = ("nr", "nt", "nz", "j", "nx")
MIN_COMMON_COUNT = 3
MAX_PROPER_SHARE = 0.5
CHINESE_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
VERBISH_TAGS = ("v", "vn", "vd", "a", "ad", "an", "d")
MIN_VERBISH_SHARE = 0.9
PLACE_TAG = "ns"
MAX_NAMES_WITH_VERB = 2  # one name is allowed: a verb met once across a word boundary (中国驻加大使馆)


def pd1998_tags() -> dict[str, Counter]:
    """How often PD1998 gives each word each POS tag."""
    tags: dict[str, Counter] = defaultdict(Counter)
    for word, tag in TAGGED_WORD.findall(PD1998.read_text(encoding="utf-8", errors="replace")):
        tags[word][tag] += 1
    return tags


def pd1998_verbs(tags: dict[str, Counter]) -> set[str]:
    """Words of 2–4 characters that PD1998 almost always tags as a verb."""
    verbs = set()
    for word, counts in tags.items():
        total = sum(counts.values())
        if (2 <= len(word) <= 4 and total >= MIN_COUNT
                and sum(counts[t] for t in VERB_TAGS) / total >= MIN_VERB_SHARE
                and counts["v"] / total >= MIN_PLAIN_VERB_SHARE):
            verbs.add(word)
    return verbs


def organization_names() -> set[str]:
    """MSRA organization names and the gold INSTITUTION texts of non-test annotated reports."""
    names = {word for line in MSRA.read_text(encoding="utf-8").splitlines()
             for word, tag in parse_msra_line(line) if tag == "nt"}
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    for record in load_records([REPO / "annotations"]):
        if splits.get(record["id"]) == "test":
            continue
        text = source_text(record, REPO)
        names |= {text[s["start"]:s["end"]] for s in record["spans"] if s["label"] == "INSTITUTION"}
    return names


def common_words(tags: dict[str, Counter]) -> list[str]:
    """Chinese words that PD1998 mostly tags as common words, not names."""
    return sorted(word for word, counts in tags.items()
                  if CHINESE_WORD.fullmatch(word) and sum(counts.values()) >= MIN_COMMON_COUNT
                  and sum(counts[t] for t in PROPER_TAGS) / sum(counts.values()) < MAX_PROPER_SHARE)


def not_place_stems(tags: dict[str, Counter]) -> list[str]:
    """Two-character verbs, adjectives and adverbs that PD1998 never tags as a place."""
    return sorted(word for word, counts in tags.items()
                  if CHINESE_WORD.fullmatch(word) and len(word) == 2 and sum(counts.values()) >= MIN_COMMON_COUNT
                  and counts[PLACE_TAG] == 0
                  and sum(counts[t] for t in VERBISH_TAGS) / sum(counts.values()) >= MIN_VERBISH_SHARE)


def boundary_verbs(tags: dict[str, Counter]) -> list[str]:
    names = organization_names()
    return sorted(verb for verb in pd1998_verbs(tags) if sum(verb in name for name in names) < MAX_NAMES_WITH_VERB)


def write_word_list(name: str, words: list[str], what: str) -> None:
    path = RESOURCES / name
    header = f"# Generated by training/word_lists.py from People's Daily 1998 tags; one word a line. {what}\n"
    path.write_text(header + "".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {path.relative_to(REPO)}")


def main() -> None:
    tags = pd1998_tags()
    write_word_list("boundary_verbs.txt", boundary_verbs(tags), "Organization names never start with these verbs.")
    write_word_list("common_words.txt", common_words(tags), "Common words, not names.")
    write_word_list("not_place_stems.txt", not_place_stems(tags), "Verbs and adjectives that never name a place.")


if __name__ == "__main__":
    main()
