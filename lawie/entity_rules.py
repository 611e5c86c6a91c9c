"""Doc → entities, rule part: COUNT, RATE and LAW, where patterns do better than a model, and the
institutions whose form is fixed (党中央, 区政府, 市委, 邢台市桥西区人民政府).

Titles in 《》 are LAW when they end in an instrument head (法, 条例, 办法, 意见, 方案…) and are
not a newspaper or a case-document form; unmarked titles are found from a list of known laws
and from 关于…的通知 after an issuer or a verb such as 印发. COUNT is a number (Arabic, Chinese,
万/亿, ranges, 余/多/以上) with a classifier or unit; RATE a percentage, 个百分点, 倍, 成 or a
fraction. Nothing is tagged inside a 《》 title, a short quotation or a fixed numbered name.
All patterns and short word lists live in ``resources/entities.json``; the long word lists it names
(verbs that stop a name, common words, verbs that are no place name) are text files beside it,
built by ``training/word_lists.py`` (a custom rules file finds them in its own folder).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from itertools import accumulate, chain, takewhile
from typing import Any, Iterable, Iterator

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .extensions import register_extensions
from .resources import load_resource, load_text_resource

LABELS = ("INSTITUTION", "LAW", "COUNT", "RATE")
CHINESE_ONE = {"一", "壹"}
FOLLOWER_WINDOW = 12  # characters after a match that the "not followed by" patterns look at
HAN_WORD = re.compile("[\u4e00-\u9fff]+")
MAX_SENTENCE = 200  # characters back that a sentence-wide check looks at


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: str


def alternation(words: Iterable[str]) -> str:
    """Regex alternation trying longer words first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class EntityPatterns:
    """The compiled rules of one rules file."""

    def __init__(self, data: dict[str, Any], folder: Path | None = None):
        number = (f"(?:{data['vague_number']}|(?:{data['arabic_number']}){data['arabic_multiplier']}"
                  f"|{data['chinese_number']}|{data['bare_magnitude']})")
        quantity = f"(?P<number>{number}(?:{data['range_joiner']}{number})?)"
        inner = f"(?:[万亿]?{data['approx_inner']})?[万亿]?"
        classifier = (f"{data['size_word']}?(?:{alternation(data['classifiers'])})"
                      f"(?:{alternation(data['classifier_suffixes'])})?")
        second = f"(?:{data['range_joiner']}{number}{inner}{classifier})?"
        # PDF and OCR text spaces digits and units apart (1 9 7 个, 21 条, 4   所, 49 %): the spaces are part of the value
        unit_space = "[ \u00a0\u3000]{0,3}"
        self.count = re.compile(f"{quantity}{inner}{unit_space}(?P<unit>{classifier}){second}(?:{data['approx_after']})?")
        self.not_count = re.compile(data["not_count"])
        self.not_before_count = re.compile(data["not_before_count"])
        self.classifier_not_followed_by = {unit: re.compile(p) for unit, p in data["classifier_not_followed_by"].items()}
        self.rank_classifiers = frozenset(data["rank_classifiers"])
        self.rank_before = re.compile(data["rank_before"])
        self.size_word = re.compile(f"^{data['size_word']}")
        rate_unit = alternation(data["rate_units"])
        self.rate = re.compile(
            f"(?:{quantity}{inner}{unit_space}(?:{rate_unit})|(?:{'|'.join(data['rate_prefix_forms'])})"
            f"|{data['rate_chinese_cheng']})(?:{data['approx_after']})?")
        self.not_before_number = re.compile(data["not_before_number"])
        # a duration (3个月) or a grade (30万吨级) after the unit: no count
        self.no_count_after_unit = re.compile(f"(?:{data['duration_after_classifier']})|(?:{data['grade_after_unit']})")
        self.title = re.compile(data["title_span"])
        self.quoted = re.compile(data["quoted_span"])
        self.law_head = re.compile(f"(?:{alternation(data['law_heads'])}|{data['law_head_target_year']})"
                                   f"{data['law_title_tail']}$")
        self.law_title_not = re.compile(data["law_title_not"])
        # patterns whose group "title" is a LAW span: 关于…的通知 after its issuer, 市委|十项要求 after its committee
        self.grouped_titles = [re.compile(data["issuer_title_embedding"], re.M), re.compile(data["issuer_title"], re.M),
                               re.compile(data["numbered_rules_after_organ"])]
        # the lookahead skips in one step every position where no name (nor the prefix law_generic_prc starts with)
        # can start: 3x faster than trying the alternation there
        first_chars = re.escape("".join(sorted({name[0] for name in data["known_laws"] + [data["law_prc_prefix"]]})))
        self.known_law = re.compile(f"(?=[{first_chars}])"
                                    f"(?:(?:{re.escape(data['law_prc_prefix'])})?(?:{alternation(data['known_laws'])})"
                                    f"|{data['law_generic_prc']}){data['known_law_extension']}")
        # each cued pattern with its joined form: the title part tried again after 、/和/及 (出台A办法、B办法)
        self.cued_titles = [(re.compile(cued), re.compile(f"{data['title_joiner']}{cued[cued.index('(?P<title>'):]}"))
                            for cued in (data["cued_title"], data["legislation_title"], data["improved_title"],
                                         data["included_title"], data["quoted_package_title"])]
        self.cued_title_not = re.compile(data["cued_title_not"])
        self.title_after_issuer = re.compile(data["title_after_issuer"])
        self.title_issuer_words = re.compile(data["title_issuer_words"])
        self.subject_title = re.compile(data["subject_title"])
        self.subject_title_not = re.compile(data["subject_title_not"])
        self.indicator_system_head = re.compile(data["indicator_system_head"])
        self.indicator_system_max = data["indicator_system_max_chars"]
        self.law_not_followed_by = re.compile(data["law_not_followed_by"])
        self.law_word_continuation = re.compile(data["law_word_continuation"])
        self.numbered_names = re.compile(alternation(data["numbered_names"]))
        nickname = data["package_nickname_item"]
        self.package_nicknames = re.compile(f"{data['package_nickname_cue']}{nickname}"
                                            f"(?:{re.escape(data['list_separator'])}{nickname})*{data['package_nickname_end']}")
        self.magnitude_idioms = re.compile(data["magnitude_idioms"])
        self.magnitude_not_after = re.compile(data["magnitude_not_after"])
        self.magnitude_units = frozenset(data["magnitude_units"])
        self.not_propagated = re.compile(data["not_propagated"])
        levels = data["institution_levels"]
        # separate patterns, all matched: the longest wins (市委法治建设委员会 over 市委); each with the words
        # before it that make it a class. Names without a level: 同级人大, 各级人大 are every level's congress (decision 33)
        levelled = [(re.compile(p), None) for p in (
            f"{levels}{data['institution_term']}(?:{alternation(data['institution_term_organs'])})",
            f"{data['institution_term_alone']}(?:{alternation(data['institution_term_organs'])})",
            f"{levels}(?:{alternation(data['institution_organs'])})",
            f"{levels}{data['institution_department']}",
            f"{levels}{data['department_owners']}?(?:{alternation(data['department_names'])})",
            f"{levels}(?:{alternation(data['investment_groups'])})(?!{data['investment_group_not_before']})",
            data["institution_after_its"])]
        name = re.compile(f"(?:{alternation(data['institution_names'])}){data['institution_name_suffix']}")
        self.institutions = levelled + [(name, re.compile(data["name_generic_before"]))]
        self.coordinated_organ = re.compile(data["coordinated_organs"])
        self.institution_joiner = re.compile(data["institution_joiner"])
        self.level_start = re.compile(levels)
        self.levels_at_boundary = tuple(data["levels_at_boundary"])
        self.organ_end = re.compile(data["organ_end"])
        self.award_verb = re.compile(f"(?:{alternation(data['award_verbs'])}){data['award_grades']}$")
        self.class_in_sentence = re.compile(data["class_in_sentence"])
        self.class_in_sentence_names = re.compile(data["class_in_sentence_names"])
        self.sentence_end = re.compile(data["sentence_end"])
        self.organization_counted_after = re.compile(data["organization_counted_after"])
        self.organization_counted_before = re.compile(data["organization_counted_before"])
        self.organization_kind_marker = re.compile(data["organization_kind_markers"])
        self.organization_kind_start = re.compile(data["organization_kind_start"])
        self.organization_role = re.compile(data["organization_role"])
        self.field_joined_centre = re.compile(data["field_joined_centres"])
        self.partner_prefix = re.compile(data["partner_prefix"])
        self.field_joiner = re.compile(data["field_joiner"])
        self.field_conjunct_not_end = re.compile(data["field_conjunct_not_end"])
        self.organization_suffix_continued = re.compile(data["organization_suffix_continued"])
        self.organization_suffix_as_verb = re.compile(data["organization_suffix_as_verb"])
        self.levels_only = re.compile(f"(?:{levels})+")  # 省市区 before 区委 is no place name (decision 18)
        self.bare_department = re.compile(alternation(data["department_names"]))
        self.national_department = re.compile(f"(?:{data['national_prefix']}|{data['central_owners']})"
                                              f"(?:{alternation(data['department_names'])})")
        self.known_organization = re.compile(f"(?:{alternation(data['known_organizations'])})"
                                             f"{data['known_organization_unit']}{data['known_organization_company']}"
                                             f"{data['organization_branch']}")
        self.known_organization_not_before = re.compile(data["known_organization_not_before"])
        self.own_unit_organs = re.compile(data["own_unit_organs"])
        self.generic_before = re.compile(data["institution_generic_before"])
        self.office_or_campus = re.compile(f"{data['institution_office']}|{data['institution_campus']}")
        self.foreign_country = re.compile(data["foreign_country"])
        self.foreign_country_kept = re.compile(data["foreign_country_kept"])
        self.hiding_words = re.compile(alternation(data["words_hiding_institutions"]))
        name_end = f"{data['organization_branch']}{data['organization_bracket']}"
        self.organization_suffixes = (re.compile(f"(?:{alternation(data['organization_suffixes'])}){name_end}"),
                                      re.compile(f"{data['numbered_schools']}{name_end}"))
        self.street_organ = re.compile(alternation(data["street_organs"]))
        self.brand_business = re.compile(alternation(data["brand_business_words"]))
        self.brand_business_not_followed_by = re.compile(data["brand_business_not_followed_by"])
        self.brand_descriptor = re.compile(data["brand_descriptors"])
        self.brand_chars = tuple(data["brand_chars"])
        self.brand_not_after = re.compile(data["brand_not_after"])
        self.brand_place_suffix = re.compile(data["brand_place_suffix"])
        self.capacity_project = re.compile(data["capacity_project"])
        self.capacity_not_after = re.compile(data["capacity_not_after"])
        self.listed_beside_item = re.compile(data["listed_beside_item"])
        self.listed_beside_item_end = re.compile(data["listed_beside_item_end"])
        self.listed_beside_item_not = re.compile(data["listed_beside_item_not"])
        self.street_name_max = data["street_name_max_chars"]
        self.street_name_after = data["street_name_after"]
        self.listed_end = re.compile(f"{data['listed_organizations_end']}|{data['listed_on_exchange']}")
        self.listed_item = re.compile(data["listed_item"])
        self.listed_item_not = re.compile(data["listed_item_not"])
        self.list_separator = data["list_separator"]
        self.common_words = frozenset(read_word_list(data["common_words"], folder))
        self.organization_char = re.compile(data["organization_name_chars"])
        self.organization_max = data["organization_max_chars"]
        self.task_group_suffix = re.compile(alternation(data["task_group_suffixes"]))
        self.task_group_max = data["task_group_max_chars"]
        self.task_group_left = re.compile(f"(?:{data['institution_left_boundary']}|(?:{data['task_group_left_words']})$)")
        self.organization_generic = re.compile(data["organization_generic"])
        words = data["institution_boundary_words"]
        self.left_boundary = re.compile(f"(?:{data['institution_left_boundary']}|(?:{words})$)")
        self.boundary_word = re.compile(words)
        self.party_prefix = data["communist_party_prefix"]
        self.national_prefix = data["national_prefix"]
        self.national_ministry_end = data["national_ministry_end"]
        self.place_token = re.compile(f"(?:{data['place_token']})$")
        self.not_place_stems = frozenset(read_word_list(data["not_place_stems"], folder))
        self.place_name_before = re.compile(f"(?:{alternation(read_word_list(data['place_names'], folder))})$")
        self.level_inside_word = re.compile(data["level_inside_word"])
        self.institution_generic_start = re.compile(data["institution_generic_start"])
        self.boundary_verbs = frozenset(read_word_list(data["boundary_verbs"], folder) + data["extra_boundary_verbs"])
        self.verb_not_before = data["verb_not_before"]
        self.boundary_char_not_before = data["boundary_char_not_before"]
        self.boundary_char_not_after = data["boundary_char_not_after"]

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, path: str | Path | None = None) -> "EntityPatterns":
        """Compiled once per rules file: every rule component of a pipeline shares them."""
        if path:
            return cls(srsly.read_json(path), Path(path).parent)
        return cls(load_resource("entities.json"))

    def at_boundary(self, text: str, pos: int, boundary: re.Pattern | None = None) -> bool:
        """A name may start at ``pos``: a boundary ends there, and is not the first character of a
        word going on after it (经|贸 in 河北经贸大学)."""
        return (bool((boundary or self.left_boundary).search(text, max(0, pos - 4), pos))
                and not self.starts_word(text, pos))

    def starts_word(self, text: str, pos: int) -> bool:
        """The boundary character before ``pos`` begins a word with the one at ``pos`` (经|贸, 全|国, 以|上) or
        ends one with the one before it (高等|研究院), or ``pos`` falls inside a longer common word (以|色列理工学院,
        共同|体意识研究中心)."""
        follow = self.boundary_char_not_before.get(text[pos - 1:pos])
        lead = self.boundary_char_not_after.get(text[pos - 1:pos])
        return ((bool(follow) and text[pos:pos + 1] != "" and text[pos] in follow)
                or (bool(lead) and pos >= 2 and text[pos - 2] in lead) or self.inside_common_word(text, pos))

    def inside_common_word(self, text: str, pos: int) -> bool:
        """A common word of three or four characters runs across ``pos`` (以|色列, 共同|体, 呼和|浩特)."""
        return any(self.is_common_word(text, start, end)
                   for start, end in ((pos - 2, pos + 1), (pos - 1, pos + 2), (pos - 2, pos + 2)))

    def is_common_word(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` lies inside the text (a slice past its end would be shorter) and is a common word."""
        return 0 <= start and end <= len(text) and text[start:end] in self.common_words

    def holds_boundary_word(self, text: str, start: int, end: int) -> bool:
        """A boundary word inside start–end, other than a character starting a longer word (经开区)."""
        return any(not (m.group(0) in self.boundary_char_not_before and m.end() < end and self.starts_word(text, m.end()))
                   for m in self.boundary_word.finditer(text, start, end))

    def ends_with_verb(self, text: str, end: int) -> bool:
        """A boundary verb of 2–4 characters ends at ``end`` (投用|市妇幼保健院)."""
        if text[end:end + 1] and text[end] in self.verb_not_before:
            return False
        return any(text[end - size:end] in self.boundary_verbs for size in (2, 3, 4) if end >= size)

    def starts_with_verb(self, text: str, start: int) -> bool:
        """A boundary verb of 2–4 characters starts at ``start`` (推动|华为科技城规划实施)."""
        return any(text[start:start + size] in self.boundary_verbs for size in (2, 3, 4))

    def contains_verb(self, text: str, start: int, end: int) -> bool:
        return any(self.ends_with_verb(text, stop) for stop in range(start + 2, end + 1))

    def names_a_campaign(self, text: str, end: int) -> bool:
        """A law name ending at ``end`` names an event or campaign instead (宪法宣传周, 八项规定精神学习教育)."""
        return bool(self.law_not_followed_by.match(text[end:end + FOLLOWER_WINDOW]))

    def starts_common_word(self, text: str, start: int, end: int) -> bool:
        """The name is the start of a longer common word (北大|荒): it names that instead."""
        return any(self.is_common_word(text, start, end + size) for size in (1, 2))

    def continues_into_word(self, text: str, end: int) -> bool:
        """A short law name ending at ``end`` is the start of another word (公司法|人, 安全生产法|制, not 宪法|规定)."""
        return bool(self.law_word_continuation.match(text[end:end + 2]))


def read_word_list(name: str, folder: Path | None) -> list[str]:
    """Words of a one-word-a-line file (``#`` comments), beside the rules file or in lawie's resources."""
    text = (folder / name).read_text(encoding="utf-8") if folder else load_text_resource(name)
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=2)
def rule_matches(text: str, rules_path: str | None = None) -> tuple[Match, ...]:
    """The rule matches of a text, remembered for the next rule component of the same doc
    (the number-and-law rules and the institution rules both need all of them)."""
    return tuple(find_entities(text, EntityPatterns.load(rules_path)))


def find_entities(text: str, patterns: EntityPatterns) -> list[Match]:
    """LAW, COUNT, RATE and INSTITUTION matches of a text, non-overlapping, in text order."""
    titles = list(patterns.title.finditer(text))
    quotes = [m.span() for m in patterns.quoted.finditer(text)]
    institutions = institution_matches(text, patterns)
    laws = list(law_matches(text, patterns, titles, quotes, institutions))
    marked = [m.span() for m in titles] + quotes
    # numbers inside fixed names and package nicknames are no counts; the names may still be part of an
    # institution (三项制度领导小组)
    named = [m.span() for pattern in (patterns.numbered_names, patterns.package_nicknames) for m in pattern.finditer(text)]
    blocked = Blocked(marked + named + [(m.start, m.end) for m in laws])
    quantities = [m for m in rate_matches(text, patterns) if not blocked.overlaps(m)]
    taken = Blocked([(m.start, m.end) for m in quantities])
    quantities += [m for m in count_matches(text, patterns) if not blocked.overlaps(m) and not taken.overlaps(m)]
    not_institutions = Blocked(marked + [(m.start, m.end) for m in laws + quantities])
    institutions = [m for m in institutions if not not_institutions.overlaps(m)]
    return sorted(laws + quantities + institutions, key=lambda m: m.start)


class Blocked:
    """Character ranges where no further entity may start or end. Sorted by start, with the furthest end
    reached so far, so that a check is a binary search: it runs for every candidate match."""

    def __init__(self, ranges: list[tuple[int, int]]):
        ranges = sorted(ranges)
        self.starts = [start for start, _ in ranges]
        self.furthest_ends = list(accumulate((end for _, end in ranges), max))

    def overlaps(self, match: Match) -> bool:
        before_end = bisect_left(self.starts, match.end)  # the ranges that start before the match ends
        return before_end > 0 and self.furthest_ends[before_end - 1] > match.start


def law_matches(text: str, patterns: EntityPatterns, titles: list[re.Match],
                quotes: list[tuple[int, int]], institutions: list[Match]) -> Iterator[Match]:
    """《》 ``titles`` that name instruments, unmarked 关于…的通知 titles, then known law names (not inside
    the longer of the ``quotes``, spans with their quotation marks); an unmarked title starts after the
    ``institutions`` that issue it."""
    found: list[Match] = []
    for match in titles:
        inner = match.group(0)[1:-1].strip()
        if patterns.law_head.search(inner) and not patterns.law_title_not.search(inner):
            start = match.start() + 1 + match.group(0)[1:].index(inner[0])
            found.append(Match(start, start + len(inner), "LAW"))
    for pattern in patterns.grouped_titles:
        found += [Match(m.start("title"), m.end("title"), "LAW") for m in pattern.finditer(text)]
    marked = Blocked([m.span() for m in titles] + [(f.start, f.end) for f in found])
    # a cued title does not block a known law: the longer of the two wins (落实|督察工作规定 inside
    # 法治政府建设与责任落实督察工作规定)
    found += [after_issuer(text, title, institutions, patterns)
              for cued, joined in patterns.cued_titles for m in cued.finditer(text)
              for title in cued_titles(text, m, joined, patterns)]
    found += subject_titles(text, patterns)
    found += indicator_systems(text, patterns)
    for match in patterns.known_law.finditer(text):
        candidate = Match(match.start(), match.end(), "LAW")
        if (not marked.overlaps(candidate) and not patterns.names_a_campaign(text, match.end())
                and not patterns.continues_into_word(text, match.end()) and not in_slogan(candidate, quotes)):
            found.append(candidate)
    yield from filter_matches(found)


def after_issuer(text: str, title: Match, institutions: list[Match], patterns: EntityPatterns) -> Match:
    """纳入工信部|2023年工业企业技术改造导向计划, 落实省政府|关于…的实施意见: an institution (or an issuer word,
    中央) and then a year or 关于 before an unmarked title issue it (decision 2); without either the institution
    is part of the title (市政府工作规则)."""
    word = patterns.title_issuer_words.match(text, title.start, title.end)
    issuer_ends = [m.end for m in institutions if m.start == title.start] + ([word.end()] if word else [])
    end = next((end for end in issuer_ends
                if end < title.end and patterns.title_after_issuer.match(text, end, title.end)), None)
    return Match(end, title.end, title.label) if end is not None else title


def indicator_systems(text: str, patterns: EntityPatterns) -> list[Match]:
    """完善|法治政府建设指标体系: a titled indicator system, its name running left to a boundary (decision 36)."""
    found = []
    for head in patterns.indicator_system_head.finditer(text):
        start = name_start(text, head.start(), patterns, patterns.indicator_system_max)
        if head.start() - start >= 2:
            found.append(Match(start, head.end(), "LAW"))
    return found


def in_slogan(match: Match, quotes: list[tuple[int, int]]) -> bool:
    """A law name inside a longer quoted phrase is part of a slogan (“农业八字宪法”), not the law;
    the name quoted alone (“民法典”) is the law. ``quotes`` include their quotation marks."""
    return any(start < match.start and match.end < end and (start + 1, end - 1) != (match.start, match.end)
               for start, end in quotes)


def subject_titles(text: str, patterns: EntityPatterns) -> list[Match]:
    """A title that starts a sentence and is issued there (坪山河流域综合开发规划正式发布), unless it is a
    verb phrase (推动华为科技城规划|实施), generic or descriptive."""
    return [Match(m.start("title"), m.end("title"), "LAW") for m in patterns.subject_title.finditer(text)
            if not patterns.cued_title_not.search(m.group("title"))
            and not patterns.subject_title_not.search(m.group("title"))
            and not patterns.starts_with_verb(text, m.start("title"))]


def cued_titles(text: str, cued: re.Match, joined: re.Pattern, patterns: EntityPatterns) -> list[Match]:
    """A cued title and the titles joined to it (出台A办法、B办法和C办法), none of them generic; after a known
    law the list goes on (落实好民营经济促进法和|市民营经济促进条例: the law itself is found as a known law)."""
    titles, match = [], cued
    law = patterns.known_law.match(text, cued.start("title"))
    if law and law.end() < cued.end("title"):
        match = joined.match(text, law.end()) or cued
    while match and not patterns.cued_title_not.search(match.group("title")):
        titles.append(Match(match.start("title"), match.end("title"), "LAW"))
        match = joined.match(text, match.end("title"))
    return titles


def institution_matches(text: str, patterns: EntityPatterns) -> list[Match]:
    """Known organs and bodies, extended left over the place names before them."""
    found = []
    for pattern, generic_before in patterns.institutions:
        for match in level_matches(text, pattern, patterns):
            start = extend_over_places(text, match.start(), patterns)
            if start == match.start() and starts_inside_word_or_class(text, match.span(), patterns, generic_before):
                continue
            if not patterns.institution_generic_start.match(text[start:match.end()]):
                found.append(Match(with_national_prefix(text, start, match.end(), patterns), match.end(), "INSTITUTION"))
    found += boundary_matches(text, patterns.bare_department, patterns)
    found += boundary_matches(text, patterns.national_department, patterns)
    enterprises = (known_organizations(text, patterns) + list(brand_enterprises(text, patterns))
                   + list(enterprises_before_capacity(text, patterns)))
    found += enterprises + list(enterprises_listed_beside(text, enterprises, patterns))
    found += boundary_matches(text, patterns.own_unit_organs, patterns)
    found += listed_organizations(text, patterns)
    found += street_organ_matches(text, patterns)
    found += [m for m in chain(organization_matches(text, patterns, enterprises), task_group_matches(text, patterns))
              if not patterns.institution_generic_start.match(text[m.start:m.end])]
    found = [without_foreign_country(text, with_office_or_campus(text, m, patterns), patterns) for m in found]
    found = filter_matches(outside_hiding_words(text, [m for m in found if m], patterns))
    return found + coordinated_organs(text, found, patterns)


def starts_inside_word_or_class(text: str, span: tuple[int, int], patterns: EntityPatterns,
                                generic_before: re.Pattern | None) -> bool:
    """A level that ends a word (城|市, 社|区) starts no name; nor does a bare name after a word that makes it
    every level's body (同级|人大, decision 33), or in a sentence that did so before it."""
    start = span[0]
    level_ends_word = (patterns.level_start.match(text, start)
                       and patterns.level_inside_word.search(text, max(0, start - 1), start))
    return bool(level_ends_word
                or generic_before and generic_before.search(text, max(0, start - 2), start)
                or names_a_class_in_its_sentence(text, span, patterns))


def names_a_class_in_its_sentence(text: str, span: tuple[int, int], patterns: EntityPatterns) -> bool:
    """…接受同级人大及其常委会的监督，自觉接受人民政协的民主监督; 各级政府要向人大及其常委会报告工作: each level's
    congress and CPPCC, a class (decision 33)."""
    start, end = span
    return bool(patterns.class_in_sentence_names.fullmatch(text, start, end)
                and patterns.class_in_sentence.search(text, sentence_start(text, start, patterns), start))


def sentence_start(text: str, pos: int, patterns: EntityPatterns) -> int:
    """Where the sentence holding ``pos`` begins: after the last sentence end before it, at most
    MAX_SENTENCE characters back (a table or OCR text may have no sentence ends at all)."""
    window = max(0, pos - MAX_SENTENCE)
    ends = [m.end() for m in patterns.sentence_end.finditer(text, window, pos)]
    return ends[-1] if ends else window


def coordinated_organs(text: str, found: list[Match], patterns: EntityPatterns) -> list[Match]:
    """区法院、检察院: a bare court or procuratorate joined to an organ found before it, and so on along the list."""
    added: list[Match] = []
    taken = Blocked([(m.start, m.end) for m in found])
    ends = sorted(m.end for m in found)
    for end in ends:
        joiner = patterns.institution_joiner.match(text, end)
        organ = joiner and patterns.coordinated_organ.match(text, joiner.end())
        candidate = organ and Match(organ.start(), organ.end(), "INSTITUTION")
        if candidate and not taken.overlaps(candidate):
            added.append(candidate)
            ends.append(candidate.end)
    return added


def level_matches(text: str, pattern: re.Pattern, patterns: EntityPatterns) -> Iterator[re.Match]:
    """The pattern's matches; one that starts with 州 inside a word (郑|州市…) is tried again from the
    next character: 州 is a level at a boundary (州人大, 州政协) or ending a place name (甘孜州人民政府)."""
    for match in pattern.finditer(text):
        start = match.start()
        if (text.startswith(patterns.levels_at_boundary, start) and not patterns.at_boundary(text, start)
                and not patterns.organ_end.search(text, max(0, start - 2), start)
                and extend_over_places(text, start, patterns) == start):
            match = pattern.match(text, start + 1)
        if match:
            yield match


def with_office_or_campus(text: str, match: Match, patterns: EntityPatterns) -> Match:
    """区委全面依法治区委员会 + 办公室, 市中心医院 + 新院区: the office of a committee or group and the campus of a
    school or hospital are named with it."""
    part = patterns.office_or_campus.match(text, match.end)
    return Match(match.start, part.end(), match.label) if part else match


def without_foreign_country(text: str, match: Match, patterns: EntityPatterns) -> Match | None:
    """美国|林肯中学, 瑞典|爱立信公司: a foreign country before an organization's own name describes it (decision 37);
    the country's government, academy or national association keeps it (日本政府, 苏联科学院)."""
    country = patterns.foreign_country.match(text, match.start, match.end)
    if not country or patterns.foreign_country_kept.search(text[country.end():match.end]):
        return match
    rest = Match(country.end(), match.end, match.label)
    return None if rest.end - rest.start < 2 or names_no_body(text, rest, patterns) else rest


def names_no_body(text: str, match: Match, patterns: EntityPatterns) -> bool:
    """韩国|公司, 苏联|领导集团: an organization suffix whose prefix names no body (nothing or only kind words)."""
    return any(suffix.end() == match.end and not prefix_names_a_body(text[match.start:suffix.start()], patterns)
               for pattern in patterns.organization_suffixes for suffix in pattern.finditer(text, match.start, match.end))


def prefix_names_a_body(prefix: str, patterns: EntityPatterns) -> bool:
    """What stands before an organization suffix makes a name: a level alone (区|医院, the district's own) or two or
    more characters that are not only kind words (民营|医院, 中外|律师事务所 name classes)."""
    return bool(patterns.level_start.fullmatch(prefix)) or len(prefix) >= 2 and not patterns.organization_generic.match(prefix)


def outside_hiding_words(text: str, matches: list[Match], patterns: EntityPatterns) -> list[Match]:
    """The matches that cut into no word hiding a name (政协 in 行政协议, 中国共产党 in 中国共产党人). The words
    do not overlap and come in text order, so those a match touches are found by binary search."""
    hiding = [m.span() for m in patterns.hiding_words.finditer(text)]
    starts, ends = [start for start, _ in hiding], [end for _, end in hiding]
    return [m for m in matches
            if not any(cuts_into(m, start, end)
                       for start, end in hiding[bisect_right(ends, m.start):bisect_left(starts, m.end)])]


def cuts_into(match: Match, start: int, end: int) -> bool:
    """The match overlaps the word start–end without containing it (政协 in 行政协议)."""
    return match.start < end and start < match.end and not (match.start <= start and end <= match.end)


def listed_organizations(text: str, patterns: EntityPatterns) -> Iterator[Match]:
    """大唐、东方电气、葛洲坝等一批龙头企业: each item of a list that ends in a kind of organization."""
    for end in patterns.listed_end.finditer(text):
        spans = list_items(text, end.start(), patterns)
        if names_organizations([text[start:stop] for start, stop in spans], patterns):
            yield from (Match(start, stop, "INSTITUTION") for start, stop in spans)


def names_organizations(items: list[str], patterns: EntityPatterns) -> bool:
    """Two or more items, or one of 3+ characters, fewer than half of them common words (采煤, 银行)."""
    common = sum(item in patterns.common_words for item in items)
    return (len(items) >= 2 or len(items) == 1 and len(items[0]) >= 3) and 2 * common < len(items)


def list_items(text: str, end: int, patterns: EntityPatterns) -> list[tuple[int, int]]:
    """The 、-joined items that end at ``end``, last first; the first item stops at a boundary."""
    items: list[tuple[int, int]] = []
    stop = end
    while True:
        start = name_start(text, stop, patterns)
        if not patterns.listed_item.fullmatch(text, start, stop) or patterns.listed_item_not.search(text, start, stop):
            return items
        items.append((start, stop))
        if text[start - len(patterns.list_separator):start] != patterns.list_separator:
            return items
        stop = start - len(patterns.list_separator)


def known_organizations(text: str, patterns: EntityPatterns) -> list[Match]:
    """华为, 北大, 中建三局 where a boundary or a city precedes them (肇庆|宁德时代), WTO wherever its letters start
    (加入WTO), unless they start a common word (北大荒) or name a place (清华社区, 华为科技城)."""
    return [m for m in boundary_matches(text, patterns.known_organization, patterns, latin_starts=True, after_place=True)
            if not (patterns.starts_common_word(text, m.start, m.end)
                    or patterns.known_organization_not_before.match(text, m.end))]


def starts_latin_word(text: str, pos: int) -> bool:
    """Latin letters after a Han character start a word of their own (加入|WTO)."""
    return text[pos:pos + 1].isascii() and text[pos].isalpha() and not text[pos - 1:pos].isascii()


def boundary_matches(text: str, pattern: re.Pattern, patterns: EntityPatterns,
                     latin_starts: bool = False, after_place: bool = False) -> Iterator[Match]:
    """人社局, 住建局, 局党组 without a level: one organ when a boundary precedes it and no generic word (各, 有关);
    with ``latin_starts``, also a name in Latin letters right after a Han character (加入|WTO); with
    ``after_place``, also a name right after a province or city that a boundary precedes (肇庆|宁德时代)."""
    for match in pattern.finditer(text):
        start = match.start()
        if (patterns.at_boundary(text, start) and not patterns.generic_before.search(text, max(0, start - 2), start)
                or latin_starts and starts_latin_word(text, start)
                or after_place and after_place_name(text, start, patterns)):
            yield Match(start, match.end(), "INSTITUTION")


def after_place_name(text: str, start: int, patterns: EntityPatterns) -> bool:
    """A province or city name (深圳, 湛江) ends at ``start`` and a boundary precedes it."""
    place = patterns.place_name_before.search(text, max(0, start - 5), start)
    return bool(place) and patterns.at_boundary(text, place.start())


def organization_matches(text: str, patterns: EntityPatterns, known: list[Match]) -> Iterator[Match]:
    """…大学, …医院, …集团: the name runs left from its suffix to a boundary, or over a ``known`` organization
    that ends there (华为|综合医院: its name may hold a function word); one that would start inside a common
    word (供应|商甲骨文公司) is left out."""
    known_starts = {m.end: m.start for m in known}
    for suffix in chain.from_iterable(pattern.finditer(text) for pattern in patterns.organization_suffixes):
        start = after_open_bracket(text, name_start(text, suffix.start(), patterns), suffix.start())
        if start in known_starts:
            start = extend_over_places(text, known_starts[start], patterns)  # 深圳市|WTO|事务咨询服务中心
        start = joined_fields_start(text, start, suffix, patterns)
        start = with_partner_prefix(text, start, patterns)
        if (names_a_kind(text, start, suffix, patterns) or patterns.organization_suffix_continued.match(text, suffix.end())
                or patterns.organization_suffix_as_verb.match(text, suffix.start()) or patterns.inside_common_word(text, start)):
            continue  # 大学|生, 都要|学会: no suffix
        if prefix_names_a_body(text[start:suffix.start()], patterns):
            yield Match(start, suffix.end(), "INSTITUTION")


def joined_fields_start(text: str, start: int, suffix: re.Match, patterns: EntityPatterns) -> int:
    """电子元器件和|集成电路国际交易中心: a centre named by two fields joined by 和 or 与 starts with the first
    field, unless that ends like an organization, an area or a project of its own (企业服务中心和|知识产权保护中心)."""
    joiner = patterns.field_joiner.search(text, max(0, start - 2), start)
    if not (joiner and patterns.field_joined_centre.match(text, suffix.start())):
        return start
    first = name_start(text, start - 1, patterns)
    joined = start - 1 - first >= 2 and not patterns.field_conjunct_not_end.search(text[first:start - 1])
    return first if joined else start


def with_partner_prefix(text: str, start: int, patterns: EntityPatterns) -> int:
    """中国—|东盟商事仲裁协作中心: China and its partner joined by a dash start a bilateral body's name."""
    partner = patterns.partner_prefix.search(text, max(0, start - 3), start)
    return partner.start() if partner else start


def street_organ_matches(text: str, patterns: EntityPatterns) -> Iterator[Match]:
    """西乡街道办, 凤凰街道党工委: the street's name runs left at most 4 characters to a boundary; in units
    run together (区环保水务局龙岗街道办) it starts after the other unit's last character."""
    for organ in patterns.street_organ.finditer(text):
        end = organ.start()
        start = name_start(text, end, patterns, patterns.street_name_max)
        if not patterns.at_boundary(text, start):
            start = next((i for i in range(start, end - 1) if text[i - 1] in patterns.street_name_after), end)
        if (end - start >= 2 and not patterns.contains_verb(text, start, end)
                and not patterns.institution_generic_start.match(text[start:end])):
            yield Match(start, organ.end(), "INSTITUTION")


def enterprises_listed_beside(text: str, enterprises: list[Match], patterns: EntityPatterns) -> Iterator[Match]:
    """震雄、雷柏、比亚迪等项目: the short items of a 、-list around a known enterprise name enterprises too, on
    each side up to the first that does not (items the rules already know are passed over)."""
    named = Blocked([(m.start, m.end) for m in enterprises])
    for enterprise in enterprises:
        for side in (list_items_after(text, enterprise.end, patterns), list_items_before(text, enterprise.start, patterns)):
            unnamed = (item for item in (Match(start, end, "INSTITUTION") for start, end in side) if not named.overlaps(item))
            yield from takewhile(lambda item: names_an_enterprise(text, item, patterns), unnamed)


def names_an_enterprise(text: str, item: Match, patterns: EntityPatterns) -> bool:
    """A list item beside an enterprise names one unless it is or starts with a common word, ends with one
    after no brand (高端|涂料, 核|技术; 安擎|信息 is a brand and its business), names a place of the text
    (龙华 with 龙华区), a project phase or place (粤芯三期, 龙田世居, 虎山油库) or starts with a verb (投小)."""
    name = text[item.start:item.end]
    return not (starts_with_common_word(name, patterns) or not brand_before_common_end(name, patterns)
                or names_place_in_text(text, name, patterns)
                or patterns.listed_beside_item_not.search(name) or patterns.starts_with_verb(text, item.start))


def list_items_after(text: str, end: int, patterns: EntityPatterns) -> Iterator[tuple[int, int]]:
    """Spans of the short 、-joined items that follow ``end``, nearest first."""
    separator = patterns.list_separator
    while text.startswith(separator, end):
        item = patterns.listed_beside_item.match(text, end + len(separator))
        if not (item and patterns.listed_beside_item_end.match(text, item.end())):
            return
        yield item.span()
        end = item.end()


def list_items_before(text: str, start: int, patterns: EntityPatterns) -> Iterator[tuple[int, int]]:
    """Spans of the short 、-joined items before ``start``, nearest first; the first item of the list
    starts after a boundary."""
    separator = patterns.list_separator
    while text.endswith(separator, 0, start):
        end = start - len(separator)
        begin = name_start(text, end, patterns)
        if not patterns.listed_beside_item.fullmatch(text, begin, end):
            return
        yield begin, end
        start = begin


def brand_enterprises(text: str, patterns: EntityPatterns) -> Iterator[Match]:
    """宝昂新材料, 济川药业, 天铭智能: a brand name before its business word (decision 24)."""
    for business in patterns.brand_business.finditer(text):
        start = name_start(text, business.start(), patterns)
        if is_brand_name(text, start, business.start(), patterns) and ends_a_name(text, business.span(), patterns):
            yield Match(start, business.end(), "INSTITUTION")


def enterprises_before_capacity(text: str, patterns: EntityPatterns) -> Iterator[Match]:
    """大唐700万吨露天矿项目, 贝特瑞4万吨硅基负极材料扩建项目: a brand name before the capacity of its project."""
    for capacity in patterns.capacity_project.finditer(text):
        start = name_start(text, capacity.start(), patterns)
        if is_brand_name(text, start, capacity.start(), patterns) and not patterns.capacity_not_after.fullmatch(text[start - 1:start]):
            yield Match(start, capacity.start(), "INSTITUTION")


def is_brand_name(text: str, start: int, end: int, patterns: EntityPatterns) -> bool:
    """2–4 Han characters that are no common word or descriptor and begin or end in none (高端|新材料,
    不仅|轻工业), hold no business word, start with no verb, follow no digit (3000台|牧业机械) and name no
    place of the text."""
    brand = text[start:end]
    low, high = patterns.brand_chars
    return bool(low <= len(brand) <= high and HAN_WORD.fullmatch(brand)
                and not patterns.brand_not_after.fullmatch(text[start - 1:start])
                and not patterns.brand_descriptor.search(brand) and not patterns.brand_business.search(brand)
                and not patterns.starts_with_verb(text, start)
                and not has_common_edge(brand, patterns)
                and not names_place_in_text(text, brand, patterns))


def ends_a_name(text: str, business: tuple[int, int], patterns: EntityPatterns) -> bool:
    """No common word runs across the business word's edges (城市绿化|工, 化工|作), and no industry or product
    follows it (电子|商务, 新材料|产业园)."""
    return not (crosses_common_word(text, business, patterns)
                or patterns.brand_business_not_followed_by.match(text, business[1]))


def names_place_in_text(text: str, name: str, patterns: EntityPatterns) -> bool:
    """The text uses the name as a place too (龙华区, 坑梓街道): 龙华能源 is then the district's energy, no brand."""
    return re.search(re.escape(name) + patterns.brand_place_suffix.pattern, text) is not None


def has_common_edge(word: str, patterns: EntityPatterns) -> bool:
    """The word is a common word or begins or ends with one of two or more characters (不仅轻, 兰度高端)."""
    return starts_with_common_word(word, patterns) or bool(common_word_ends(word, patterns))


def starts_with_common_word(word: str, patterns: EntityPatterns) -> bool:
    """The word is a common word or begins with one of two or more characters (区域|中心, 软件|信息)."""
    return word in patterns.common_words or any(word[:size] in patterns.common_words for size in range(2, len(word)))


def common_word_ends(word: str, patterns: EntityPatterns) -> list[int]:
    """The sizes of the common words, two characters or more but shorter than the word, that end it."""
    return [size for size in range(2, len(word)) if word[-size:] in patterns.common_words]


def brand_before_common_end(word: str, patterns: EntityPatterns) -> bool:
    """What comes before a common word at the end of the word, if one ends it, is a brand: two or more
    characters and no descriptor (安擎|信息, not 高端|涂料 or 新|材料)."""
    ends = common_word_ends(word, patterns)
    if not ends:
        return True
    brand = word[:-max(ends)]
    return len(brand) >= 2 and not patterns.brand_descriptor.search(brand)


def crosses_common_word(text: str, span: tuple[int, int], patterns: EntityPatterns) -> bool:
    """A common word of up to four characters starts before an edge of the span and ends after it."""
    return any(patterns.is_common_word(text, begin, stop) for edge in span
               for begin in range(max(0, edge - 3), edge) for stop in range(edge + 1, edge + 4)
               if stop - begin <= 4 and (begin, stop) != span)


def names_a_kind(text: str, start: int, suffix: re.Match, patterns: EntityPatterns) -> bool:
    """获评|三甲医院, 全省首个…中心, 养老服务中心|10个, 15所|学校: a grade or a kind of organization, not a name."""
    return (bool(patterns.award_verb.search(text, max(0, start - 8), start))
            or bool(patterns.organization_kind_marker.search(text, start, suffix.start()))
            or bool(patterns.organization_kind_start.match(text, start))
            or bool(patterns.organization_role.search(text[start:suffix.end()]))
            or bool(patterns.organization_counted_after.match(text, suffix.end()))
            or bool(patterns.organization_counted_before.search(text, max(0, start - 2), start)))


def after_open_bracket(text: str, start: int, end: int) -> int:
    """A name may hold a closed bracket (广东省（林芝）高原心血管研究所), never an open one: start after it."""
    depth, cut = 0, start
    for i in range(start, end):
        if text[i] in "（(":
            depth, cut = depth + 1, (cut if depth else i + 1)
        elif text[i] in "）)":
            depth = max(0, depth - 1)
    return cut if depth else start


def name_start(text: str, end: int, patterns: EntityPatterns, max_chars: int | None = None,
               boundary: re.Pattern | None = None, over_verbs: bool = False) -> int:
    """Where a name ending at ``end`` begins: left over name characters, at most ``max_chars``, up to
    a ``boundary`` (punctuation, function and boundary words by default) or, unless ``over_verbs``, a verb."""
    start = end
    while (start > 0 and end - start < (max_chars or patterns.organization_max)
           and patterns.organization_char.match(text, start - 1)
           and not patterns.at_boundary(text, start, boundary)
           and (over_verbs or not patterns.ends_with_verb(text, start))):
        start -= 1
    return start


def task_group_matches(text: str, patterns: EntityPatterns) -> Iterator[Match]:
    """市全面推进依法行政工作领导小组: task groups are named by what they do, verbs included."""
    for suffix in patterns.task_group_suffix.finditer(text):
        start = name_start(text, suffix.start(), patterns, patterns.task_group_max, patterns.task_group_left, over_verbs=True)
        if suffix.start() - start >= 2:
            yield Match(start, suffix.end(), "INSTITUTION")


def with_national_prefix(text: str, start: int, end: int, patterns: EntityPatterns) -> int:
    """国家 + 司法部: a central ministry keeps the 国家 written before it."""
    prefix = patterns.national_prefix
    if text.endswith(patterns.national_ministry_end, start, end) and text.endswith(prefix, 0, start):
        return start - len(prefix)
    return start


def extend_over_places(text: str, start: int, patterns: EntityPatterns) -> int:
    """邢台市桥西区 + 人民政府: take place names (2–4 characters and an administrative suffix) leftwards,
    a leading level character possibly being the last place's suffix (海拉尔 + 区人民政府), 中共 along;
    the longest chain wins that a boundary (punctuation, function word, verb) precedes."""
    if start and patterns.level_start.fullmatch(text, start - 1, start) and not patterns.level_start.match(text, start):
        if patterns.at_boundary(text, start - 1):
            start -= 1  # 省 + 人大法工委: a name from the list after its level character
    level = patterns.level_start.match(text, start)
    starts = place_chain_starts(text, level.end() if level else start, patterns)
    for begin in sorted(starts):
        if text[max(0, begin - len(patterns.party_prefix)):begin] == patterns.party_prefix:
            begin -= len(patterns.party_prefix)
        if begin < start and patterns.at_boundary(text, begin):
            return begin
    return start


def place_chain_starts(text: str, end: int, patterns: EntityPatterns, depth: int = 3) -> set[int]:
    """Starts of the chains of place tokens (桥西区, 邢台市桥西区) that end at ``end``."""
    starts: set[int] = set()
    for begin in range(max(0, end - 7), end - 2):
        if (patterns.place_token.fullmatch(text, begin, end) and not patterns.levels_only.fullmatch(text, begin, end)
                and not patterns.holds_boundary_word(text, begin, end)
                and text[begin:begin + 2] not in patterns.not_place_stems
                and not patterns.contains_verb(text, begin, end)):
            starts.add(begin)
            if depth > 1:
                starts |= place_chain_starts(text, begin, patterns, depth - 1)
    return starts


def filter_matches(matches: list[Match]) -> list[Match]:
    """Longest first, then earliest: overlapping matches keep the longer one. The kept matches do not overlap,
    so kept in text order only the last one starting before a match ends can overlap it."""
    kept: list[Match] = []
    starts: list[int] = []
    for match in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        before_end = bisect_left(starts, match.end)
        if before_end == 0 or kept[before_end - 1].end <= match.start:
            kept.insert(before_end, match)
            starts.insert(before_end, match.start)
    return kept


def rate_matches(text: str, patterns: EntityPatterns) -> list[Match]:
    return filter_matches([Match(m.start(), m.end(), "RATE") for m in patterns.rate.finditer(text)
                           if standalone_number(text, m, patterns) and not bare_magnitude(m)])


def bare_magnitude(match: re.Match) -> bool:
    """百, 千万, 亿 without a digit: a rate never starts so (成千成万 is no 千成)."""
    number = match.groupdict().get("number")
    return bool(number) and number[0] in "百千万亿"


def count_matches(text: str, patterns: EntityPatterns) -> list[Match]:
    matches = []
    for m in patterns.count.finditer(text):
        if not standalone_number(text, m, patterns) or m.group("number") in CHINESE_ONE:
            continue
        follower = text[m.end("unit"):m.end("unit") + FOLLOWER_WINDOW]
        if (patterns.no_count_after_unit.match(follower) or patterns.not_count.match(m.group(0))
                or patterns.not_before_count.search(text[max(0, m.start() - 3):m.start()])):
            continue
        if classifier_means_no_quantity(text, m, follower, patterns):
            continue
        if bare_magnitude(m) and not standalone_magnitude(text, m, patterns):
            continue
        matches.append(Match(m.start(), m.end(), "COUNT"))
    return filter_matches(matches)


def classifier_means_no_quantity(text: str, match: re.Match, follower: str, patterns: EntityPatterns) -> bool:
    """The classifier starts a word with the ``follower`` text (5人口, 3集团) or the number is a rank (前100名,
    上升3位)."""
    unit = patterns.size_word.sub("", match.group("unit"), count=1)
    word_start = patterns.classifier_not_followed_by.get(unit)
    return bool(word_start and word_start.match(follower)
                or unit in patterns.rank_classifiers
                and patterns.rank_before.search(text[max(0, match.start() - FOLLOWER_WINDOW):match.start()]))


def standalone_magnitude(text: str, match: re.Match, patterns: EntityPatterns) -> bool:
    """亿元以上, 千万元 count (decision 26); 千家万户, 每万人, 万元GDP and units other than money do not."""
    if (match.group("unit") not in patterns.magnitude_units
            or patterns.magnitude_not_after.search(text, max(0, match.start() - 1), match.start())):
        return False
    idioms = Blocked([m.span() for m in patterns.magnitude_idioms.finditer(text, max(0, match.start() - 4), match.end() + 8)])
    return not idioms.overlaps(Match(match.start(), match.end(), "COUNT"))


def standalone_number(text: str, match: re.Match, patterns: EntityPatterns) -> bool:
    """Not an ordinal (第3), part of a code (G318, 〔2021〕7号) or the tail of a longer number."""
    before = text[match.start() - 1:match.start()]
    return not (before and patterns.not_before_number.match(before))


class EntityRules:
    """spaCy component adding rule matches to ``doc.ents`` (keeping earlier entities unless told)."""

    def __init__(self, nlp: Language, name: str = "lawie_entity_rules", rules_path: str | None = None,
                 overwrite_ents: bool = False, labels: list[str] | None = None):
        self.name = name
        self.rules_path = rules_path
        self.overwrite_ents = overwrite_ents
        self.labels = tuple(labels or ("LAW", "COUNT", "RATE"))
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        spans = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="contract")
                 for m in rule_matches(doc.text, self.rules_path) if m.label in self.labels]
        spans = [s for s in spans if s is not None and len(s)]
        doc.ents = merge_entities(list(doc.ents), spans, self.overwrite_ents)
        return doc


def merge_entities(existing: list[Span], new: list[Span], overwrite: bool) -> list[Span]:
    """The winner of an overlap is decided by ``overwrite``: new spans, or the ones already there."""
    first, second = (new, existing) if overwrite else (existing, new)
    kept = list(first)
    for span in second:
        if all(span.end_char <= k.start_char or k.end_char <= span.start_char for k in kept):
            kept.append(span)
    return sorted(filter_spans(kept), key=lambda s: s.start)


@Language.factory("lawie_entity_rules",
                  default_config={"rules_path": None, "overwrite_ents": False, "labels": ["LAW", "COUNT", "RATE"]})
def make_entity_rules(nlp: Language, name: str, rules_path: str | None, overwrite_ents: bool,
                      labels: list[str]) -> EntityRules:
    return EntityRules(nlp, name, rules_path=rules_path, overwrite_ents=overwrite_ents, labels=labels)


class MentionPropagator:
    """spaCy component: a name tagged once is tagged wherever else it stands in the same report.

    Reports repeat their institutions and titles; the model or a cue may catch only the first
    mention (出台《…》 then …纲要 alone). Only names of ``min_chars`` or more characters spread,
    and never into another entity, a 《》 title, a quotation or a word that hides a name (中国共产党人).
    """

    def __init__(self, nlp: Language, name: str = "lawie_propagate", labels: list[str] | None = None,
                 min_chars: int = 4):
        self.name = name
        self.labels = set(labels or ("INSTITUTION", "LAW"))
        self.min_chars = min_chars

    @property
    def patterns(self) -> EntityPatterns:
        return EntityPatterns.load()

    def __call__(self, doc: Doc) -> Doc:
        patterns = self.patterns
        names = {e.text: e.label_ for e in doc.ents if e.label_ in self.labels and len(e.text) >= self.min_chars
                 and not patterns.not_propagated.match(e.text)}
        if not names:
            return doc
        text = doc.text
        taken = Blocked([(e.start_char, e.end_char) for e in doc.ents]
                        + [m.span() for p in (patterns.title, patterns.quoted) for m in p.finditer(text)])
        found = [Match(m.start(), m.end(), names[m.group(0)]) for m in re.finditer(alternation(names), text)
                 if names[m.group(0)] != "LAW" or not patterns.names_a_campaign(text, m.end())]
        spans = [doc.char_span(m.start, m.end, label=m.label)
                 for m in outside_hiding_words(text, found, patterns) if not taken.overlaps(m)]
        doc.ents = merge_entities(list(doc.ents), [s for s in spans if s is not None], overwrite=False)
        return doc


@Language.factory("lawie_propagate", default_config={"labels": ["INSTITUTION", "LAW"], "min_chars": 4})
def make_propagator(nlp: Language, name: str, labels: list[str], min_chars: int) -> MentionPropagator:
    return MentionPropagator(nlp, name, labels=labels, min_chars=min_chars)
