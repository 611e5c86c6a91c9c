"""Entities → normalized values: numbers for COUNT and RATE, canonical titles for LAW, full names for INSTITUTION.

A span says "3.5万余条" or "区政府"; analysis needs 35000 (at least) and 邢台市桥西区人民政府. This
stage reads each entity on its own (plus a few characters of left context, the report's issuer
and title, or the report's other LAW mentions) and returns a plain dict:

- COUNT: ``{"value", "value_max", "unit", "approx"}``, money in yuan;
- RATE: ``{"value", "value_max", "unit", "approx"}``, the value a fraction (95% → 0.95);
- LAW: ``{"canonical", "type", "short"}``;
- INSTITUTION: ``{"full_name", "level", "type"}``.

Word lists and patterns live in ``resources/values.json``, ``laws.json`` and ``institutions.json``
(units also come from the classifiers of ``entities.json``); this module holds the logic.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Iterable, Mapping, NamedTuple, Sequence

import cn2an
from spacy.tokens import Doc, Span

from .resources import load_resource

FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def longest_first(words: Iterable[str]) -> list[str]:
    """Try longer words first so 不超过 wins over 超过 and 千瓦时 over 千瓦."""
    return sorted(set(words), key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in longest_first(words))


def to_float(number: Decimal | None) -> float | None:
    return None if number is None else float(number)


# --------------------------------------------------------------------------- numbers: COUNT and RATE


class ValueRules:
    """Compiled data of ``values.json`` plus the classifiers of ``entities.json`` (all of them units)."""

    def __init__(self, data: dict[str, Any], entities: dict[str, Any]):
        self.data = data
        classifiers = entities["classifiers"]
        self.multipliers = {k: Decimal(v) for k, v in data["multipliers"].items()}
        always = set(data["always_multipliers"])
        # 万吨 and 万元 are 万 × 吨/元: a unit never starts with an always-multiplier.
        self.units = [u for u in longest_first([*classifiers, *data["units"]]) if u[0] not in always]
        self.unit_suffixes = longest_first(entities["classifier_suffixes"])  # 件(人)次
        self.money = data["money_units"]
        self.size_words = set(data["size_words"])
        self.joiners = longest_first(data["range_joiners"])
        self.numeral_chars = set(data["chinese_numeral_chars"])
        self.digits = data["chinese_digits"]
        self.in_span = {w: kind for kind, words in data["approx_in_span"].items() for w in words}
        self.in_span_words = longest_first(self.in_span)
        self.vague = re.compile(f"^(?P<word>{alternation(data['vague_numbers'])})(?P<power>[{''.join(self.multipliers)}]+)")
        products = "".join(re.escape(s) for s in data["product_signs"])
        self.arabic = re.compile(rf"^\d+(?:\.\d+)?(?:[{products}]\d+(?:\.\d+)?)*")
        self.product = re.compile(f"[{products}]")
        separators = "".join(re.escape(s) for s in data["thousands_separators"])
        self.thousands = re.compile(rf"(?<=\d)[{separators}](?=\d{{3}}(?!\d))")
        before = {w: kind for kind, words in data["approx_before"].items() for w in words}
        self.before_kind = before
        self.before = re.compile(f"(?P<word>{alternation(before)}){data['approx_before_filler']}$")
        self.before_not = set(data["approx_before_not"])
        self.rate_units = data["rate_units"]
        self.rate_unit_words = longest_first(self.rate_units)
        self.rate_forms = [(re.compile(f["pattern"]), f) for f in data["rate_forms"]]
        self.rate_words = data["rate_words"]


@lru_cache(maxsize=1)
def value_rules() -> ValueRules:
    return ValueRules(load_resource("values.json"), load_resource("entities.json"))


def clean_number_text(text: str, rules: ValueRules) -> str:
    """Half-width digits, no spaces, no thousands separators: 7，000 → 7000, 21 条 → 21条."""
    text = re.sub(r"\s+", "", text.translate(FULLWIDTH_DIGITS))
    return rules.thousands.sub("", text)


def approx_before(left: str, rules: ValueRules) -> str | None:
    """Approximation written just before the span: 超过600项, 约300, 不足10%; not 节约300万元."""
    compact = re.sub(r"\s+", "", left)
    match = rules.before.search(compact)
    if not match:
        return None
    preceding = compact[max(0, match.start("word") - 1):match.start("word")]
    if len(match.group("word")) == 1 and preceding in rules.before_not:
        return None
    return rules.before_kind[match.group("word")]


@dataclass
class Quantity:
    """One number of a span, read left to right: value, its own multiplier, unit and approximation."""

    value: Decimal | None
    end: int
    multiplied: bool = False
    unit: str | None = None
    approx: str | None = None
    value_max: Decimal | None = None


class NumberReader:
    """Reads ``number [multipliers/approximators] [unit] [approximator]`` from the start of a string."""

    def __init__(self, text: str, rules: ValueRules, units: Sequence[str]):
        self.text = text
        self.rules = rules
        self.units = units

    def unit_at(self, pos: int) -> str | None:
        return next((u for u in self.units if self.text.startswith(u, pos)), None)

    def read(self, pos: int = 0) -> Quantity | None:
        quantity = self.vague_number(pos) or self.arabic_number(pos) or self.chinese_number(pos)
        if quantity is None:
            return None
        self.middle(quantity)
        self.unit(quantity)
        self.approx_after(quantity)
        return quantity

    def vague_number(self, pos: int) -> Quantity | None:
        """近百, 上千, 数十, 几百万: the power of ten, approximate."""
        match = self.rules.vague.match(self.text[pos:])
        if not match:
            return None
        value = Decimal(1)
        for char in match.group("power"):
            value *= self.rules.multipliers[char]
        return Quantity(value, pos + match.end(), multiplied=True,
                        approx=self.rules.data["vague_numbers"][match.group("word")])

    def arabic_number(self, pos: int) -> Quantity | None:
        """3.5, 13761, 2×35 (factors multiplied)."""
        match = self.rules.arabic.match(self.text[pos:])
        if not match:
            return None
        value = Decimal(1)
        for factor in self.rules.product.split(match.group(0)):
            value *= Decimal(factor)
        return Quantity(value, pos + match.end())

    def chinese_number(self, pos: int) -> Quantity | None:
        """两, 三千, 一百五十, 五十亿 (by cn2an); 三四 (two neighbouring digits) is the range 3–4."""
        end = pos
        while end < len(self.text) and self.text[end] in self.rules.numeral_chars:
            unit = self.unit_at(end)
            if end > pos and unit and self.text[end] not in self.rules.data["always_multipliers"]:
                break  # 三千瓦: 千瓦 is the unit
            if self.text[end] == "点" and not (end + 1 < len(self.text) and self.text[end + 1] in self.rules.numeral_chars):
                break  # 三点要求: 点 is the classifier
            end += 1
        run = self.text[pos:end]
        if not run:
            return None
        digits = self.rules.digits
        if len(run) == 2 and run[0] in digits and run[1] in digits and digits.index(run[1]) == digits.index(run[0]) + 1:
            return Quantity(Decimal(digits.index(run[0]) + 1), end, value_max=Decimal(digits.index(run[1]) + 1))
        return Quantity(chinese_to_decimal(run), end)

    def middle(self, quantity: Quantity) -> None:
        """万/亿/千… multipliers and 余/多/来 between the number and its unit: 3.5万余条, 一千余万元."""
        pos = quantity.end
        while pos < len(self.text):
            char = self.text[pos]
            if self.unit_at(pos) and char not in self.rules.data["always_multipliers"]:
                break
            if char in self.rules.multipliers:
                for attr in ("value", "value_max"):
                    if getattr(quantity, attr) is not None:
                        setattr(quantity, attr, getattr(quantity, attr) * self.rules.multipliers[char])
                quantity.multiplied = True
            elif self.rules.in_span.get(char) and not self.word_starts(pos):
                quantity.approx = quantity.approx or self.rules.in_span[char]
            elif not (char in self.rules.size_words and self.unit_at(pos + 1)):
                break
            pos += 1
        quantity.end = pos

    def word_starts(self, pos: int) -> bool:
        """以上, 左右, 之多: a longer approximator, read after the unit."""
        return any(len(w) > 1 and self.text.startswith(w, pos) for w in self.rules.in_span_words)

    def unit(self, quantity: Quantity) -> None:
        unit = self.unit_at(quantity.end)
        if unit is None:
            return
        end = quantity.end + len(unit)
        suffix = next((s for s in self.rules.unit_suffixes if self.text.startswith(s, end)), "")
        quantity.unit = unit + suffix
        quantity.end = end + len(suffix)

    def approx_after(self, quantity: Quantity) -> None:
        """以上, 以下, 左右, 多 at the end of the span: 18%以上, 300人左右, 5万吨多."""
        for word in self.rules.in_span_words:
            if self.text.startswith(word, quantity.end):
                quantity.approx = quantity.approx or self.rules.in_span[word]
                quantity.end += len(word)
                return


def chinese_to_decimal(run: str) -> Decimal | None:
    """Chinese numeral → number with cn2an; None when it is not a well-formed numeral."""
    try:
        return Decimal(str(cn2an.cn2an(run.replace("○", "〇"), "normal")))
    except (ValueError, KeyError, IndexError, InvalidOperation, TypeError):
        return None


def read_range(text: str, rules: ValueRules, units: Sequence[str]) -> Quantity | None:
    """One quantity or a range (15—20件, 10-15万元, 5%—6%); the first number takes the second's
    multiplier and unit when it has none of its own."""
    reader = NumberReader(text, rules, units)
    first = reader.read()
    if first is None:
        return None
    joiner = next((j for j in rules.joiners if text.startswith(j, first.end)), None)
    second = reader.read(first.end + len(joiner)) if joiner else None
    if second is None:
        return first
    if first.value is not None and second.value is not None and not first.multiplied and first.unit is None:
        first.value *= second.value / second_base(second, text, first.end + len(joiner), rules, units)
    return Quantity(first.value, second.end, unit=second.unit or first.unit,
                    approx=first.approx or second.approx, value_max=second.value)


def second_base(second: Quantity, text: str, start: int, rules: ValueRules, units: Sequence[str]) -> Decimal:
    """The second number of a range without its multiplier, to give the first the same one."""
    reader = NumberReader(text, rules, units)
    bare = reader.arabic_number(start) or reader.chinese_number(start)
    return bare.value if bare and bare.value else Decimal(1)


def normalize_count(text: str, left: str = "") -> dict[str, Any]:
    """COUNT → value (float, money in yuan), value_max (ranges), unit and approximation.

    ``left`` is the text just before the span (a few characters), where 超过, 近, 约, 不足 stand.
    """
    rules = value_rules()
    quantity = read_range(clean_number_text(text, rules), rules, rules.units)
    if quantity is None:
        return {"value": None, "value_max": None, "unit": None, "approx": approx_before(left, rules)}
    unit = quantity.unit
    if unit is None:  # a unit the lists do not know: what follows the number
        unit = clean_number_text(text, rules)[quantity.end:] or None
    unit = rules.money.get(unit, unit)
    return {"value": to_float(quantity.value), "value_max": to_float(quantity.value_max), "unit": unit,
            "approx": quantity.approx or approx_before(left, rules)}


def normalize_rate(text: str, left: str = "") -> dict[str, Any]:
    """RATE → value as a fraction (95.92% → 0.9592, 九成 → 0.9, 三分之一 → 1/3), a multiple (1.5倍)
    or a ratio (1.03比1 → 1.03); unit %, ‰, 个百分点, 倍, 比, 成 or 分之; approximation as for COUNT.

    A bare number (the 6.5 of 6.5和2.3个百分点) keeps its value and gets unit None.
    """
    rules = value_rules()
    text = clean_number_text(text, rules)
    result = rate_by_form(text, rules) or rate_by_unit(text, rules)
    if result["approx"] is None:
        result["approx"] = approx_before(left, rules)
    return result


def rate_by_form(text: str, rules: ValueRules) -> dict[str, Any] | None:
    """Rates written as words or with the unit first: 半数, 百分之九十五, 三分之一, 1/5, 1.03比1."""
    body, approx = strip_trailing_approx(text, rules)
    if body in rules.rate_words:
        word = rules.rate_words[body]
        return {"value": word["value"], "value_max": None, "unit": word["unit"], "approx": approx or word["approx"]}
    for pattern, form in rules.rate_forms:
        match = pattern.match(body)
        if not match or match.end() != len(body):
            continue
        num = number_of(match.group("num"))
        den = number_of(match.group("den")) if "den" in pattern.groupindex else Decimal(100)
        if num is None or not den:
            return None
        return {"value": float(num / den), "value_max": None, "unit": form["unit"], "approx": approx}
    return None


def strip_trailing_approx(text: str, rules: ValueRules) -> tuple[str, str | None]:
    for word in rules.in_span_words:
        if len(word) > 1 and text.endswith(word):
            return text[:-len(word)], rules.in_span[word]
    return text, None


def number_of(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return chinese_to_decimal(text)


def rate_by_unit(text: str, rules: ValueRules) -> dict[str, Any]:
    """95%, 3‰, 2个百分点, 1.5倍, 九成, 5%—6%: the number times the unit's scale."""
    quantity = read_range(text, rules, rules.rate_unit_words)
    if quantity is None or quantity.value is None:
        return {"value": None, "value_max": None, "unit": None, "approx": quantity.approx if quantity else None}
    unit = rules.rate_units.get(quantity.unit or "")
    scale = Decimal(str(unit["scale"])) if unit else Decimal(1)
    value_max = quantity.value_max * scale if quantity.value_max is not None else None
    return {"value": float(quantity.value * scale), "value_max": to_float(value_max),
            "unit": unit["unit"] if unit else None, "approx": quantity.approx}


# --------------------------------------------------------------------------- LAW


class LawRules:
    """Compiled data of ``laws.json``."""

    def __init__(self, data: dict[str, Any]):
        self.data = data
        self.prefixes = longest_first(data["prefixes"])
        self.version_tag = re.compile(data["version_tag"].replace("DRAFT", data["draft_words"]))
        self.draft_suffix = re.compile(f"(?:{data['draft_words']})$")
        self.year_range = re.compile(data["year_range"])
        self.brackets = str.maketrans(data["brackets"])
        self.strip_chars = data["strip_chars"]
        region = data["region"]
        self.types = [(re.compile(t["pattern"].replace("REGION", region)), t["type"]) for t in data["types"]]
        self.region_chain = re.compile(f"(?:{region})+")
        self.short = re.compile(data["short_title"])
        self.definition = re.compile(data["short_definition"])


@lru_cache(maxsize=1)
def law_rules() -> LawRules:
    return LawRules(load_resource("laws.json"))


TRAILING_PARENS = re.compile(r"\(([^()]*)\)$")
PARENS = re.compile(r"\(([^()]*)\)")


@lru_cache(maxsize=4096)
def canonical_title(text: str) -> str:
    """The title to compare by: no 《》, no 中华人民共和国 (or variant), no version tag such as
    (2021年修订) or (2025版) and no trailing 草案; half-width brackets; year ranges written (2021-2025年)."""
    rules = law_rules()
    title = re.sub(r"\s+", "", text.strip(rules.strip_chars)).translate(rules.brackets)
    stripped = True
    while stripped:
        stripped = False
        for prefix in rules.prefixes:
            if title.startswith(prefix) and len(title) > len(prefix):
                title, stripped = title[len(prefix):], True
    while (match := TRAILING_PARENS.search(title)) and rules.version_tag.fullmatch(match.group(1)) \
            and not rules.year_range.fullmatch(match.group(1)) and match.start() > 0:
        title = title[:match.start()]
    if (draft := rules.draft_suffix.search(title)) and draft.start() > 0:
        title = title[:draft.start()]
    return PARENS.sub(lambda m: year_range_text(m.group(1), rules) or m.group(0), title)


def year_range_text(inside: str, rules: LawRules) -> str | None:
    match = rules.year_range.fullmatch(inside)
    return f"({match.group('a')}-{match.group('b')}年)" if match else None


def title_base(title: str) -> str:
    """A title without its trailing parenthesised parts ((试行), (2021-2025年)), for typing and suffixes."""
    while match := TRAILING_PARENS.search(title):
        if match.start() == 0:
            break
        title = title[:match.start()]
    return title


def law_type(title: str) -> str:
    """law, administrative_regulation, local_regulation, rule, normative_document, party_regulation
    or policy_document, by the first matching pattern of laws.json."""
    rules = law_rules()
    base = title_base(canonical_title(title))
    return next((kind for pattern, kind in rules.types if pattern.search(base)), rules.data["default_type"])


def is_short_title(title: str) -> bool:
    """《条例》, 《实施方案》: only an instrument head, meaningless without the title it abbreviates."""
    return bool(law_rules().short.match(title_base(canonical_title(title))))


def normalize_law(text: str, full: str | None = None) -> dict[str, Any]:
    """LAW → canonical title, type and whether the mention is a short form.

    ``full`` is the canonical title of the full form when the report links the mention to one
    (see :func:`link_law_mentions`); the type is that of the full form.
    """
    own = canonical_title(text)
    full = full or own
    return {"canonical": full, "type": law_type(full), "short": full != own or is_short_title(own)}


class LawMention(NamedTuple):
    text: str
    start: int
    end: int


def link_law_mentions(mentions: Sequence[tuple[str, int, int]], text: str) -> list[str]:
    """For each LAW mention of one report (text, start, end), the canonical title of its full form.

    - 行政复议法 and 中华人民共和国行政复议法 share the canonical title;
    - a short form defined right after a title (（以下简称《条例》）) refers to that title from there on;
    - a bare head (《实施方案》) refers to the only earlier title ending in it;
    - a title starting with a region that another title repeats after a parent region (桥西区…方案 /
      邢台市桥西区…方案) is the longer one; 重大行政决策程序暂行条例 stays apart from 辽宁省重大…条例.
    """
    rules = law_rules()
    items = [LawMention(*m) for m in mentions]
    own = [canonical_title(m.text) for m in items]
    aliases: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for item, title in zip(items, own):
        match = rules.definition.match(text[item.end:item.end + 60])
        if match and not is_short_title(title):
            aliases[canonical_title(match.group("short"))].append((item.end, title))
    full = [""] * len(items)
    seen: list[str] = []  # full titles of earlier mentions, in text order
    for index in sorted(range(len(items)), key=lambda i: items[i].start):
        item, title = items[index], own[index]
        defined = [target for at, target in aliases.get(title, []) if at <= item.start]
        if defined:
            full[index] = defined[-1]
        elif is_short_title(title):
            base = title_base(title)
            earlier = {t for t in seen if t != title and title_base(t).endswith(base) and not is_short_title(t)}
            full[index] = earlier.pop() if len(earlier) == 1 else title
        elif rules.region_chain.match(title):
            longer = {t for t in own if t != title and t.endswith(title)
                      and rules.region_chain.fullmatch(t[:-len(title)])}
            full[index] = longer.pop() if len(longer) == 1 else title
        else:
            full[index] = title
        seen.append(full[index])
    return full


def law_key(title: str) -> str:
    """What two canonical titles must share to be one instrument across reports: no quotes, dots or spaces."""
    return re.sub(r"[“”‘’\"'「」『』·•・、\s]", "", canonical_title(title))


def merge_law_titles(reports: Mapping[str, Iterable[str]]) -> dict[str, dict[str, Any]]:
    """Canonical titles of many reports (report id → titles, e.g. from link_law_mentions) merged into
    one entry per instrument: key → canonical (the most frequent spelling), type, reports, mentions,
    variants. Short titles that no report resolved (a bare 《条例》) are left out: they name nothing."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    sources: dict[str, set[str]] = defaultdict(set)
    for report_id, titles in reports.items():
        for title in titles:
            canonical = canonical_title(title)
            if not canonical or is_short_title(canonical):
                continue
            key = law_key(canonical)
            spellings[key][canonical] += 1
            sources[key].add(report_id)
    merged = {}
    for key, counts in spellings.items():
        canonical = min(counts, key=lambda t: (-counts[t], -len(t), t))
        merged[key] = {"canonical": canonical, "type": law_type(canonical), "reports": sorted(sources[key]),
                       "mentions": sum(counts.values()), "variants": sorted(counts)}
    return merged


# --------------------------------------------------------------------------- INSTITUTION


class InstitutionRules:
    """Compiled data of ``institutions.json``."""

    def __init__(self, data: dict[str, Any]):
        self.data = data
        self.templates = [(re.compile(t["tail"]), t["full"]) for t in data["templates"]]
        self.national = data["national"]
        self.national_pattern = re.compile(data["national_pattern"])
        self.region = re.compile(data["region"])
        self.not_region = set(data["not_region"])
        self.region_levels = sorted(data["region_levels"], key=lambda r: len(r["suffix"]), reverse=True)
        self.level_words = data["level_words"]
        self.level_word_list = longest_first(self.level_words)
        self.level_word_not = re.compile(data["level_word_not_followed_by"])
        self.party_prefixes = longest_first(data["party_prefixes"])
        self.types = [(re.compile(t["pattern"]), t["type"]) for t in data["types"]]

    def split_regions(self, name: str) -> tuple[list[str], str]:
        """邢台市桥西区人民政府 → (["邢台市", "桥西区"], "人民政府")."""
        regions, pos = [], 0
        while match := self.region.match(name, pos):
            if match.group(0) in self.not_region:
                break
            regions.append(match.group(0))
            pos = match.end()
        return regions, name[pos:]

    def suffix_level(self, region: str) -> str | None:
        return next((r["level"] for r in self.region_levels if region.endswith(r["suffix"])), None)

    def chain_level(self, chain: Sequence[str]) -> str | None:
        """Level of the last region of a chain; a 市 under another 市 (or listed) is a county-level city."""
        if not chain:
            return None
        last, level = chain[-1], self.suffix_level(chain[-1])
        if last.endswith("市") and self.suffix_level(last) == "city":
            if last in self.data["province_level_cities"]:
                return "province"
            if last in self.data["county_level_cities"] or any(self.suffix_level(r) == "city" for r in chain[:-1]):
                return "county"
        return level

    def template(self, tail: str, region: str) -> str | None:
        for pattern, full in self.templates:
            match = pattern.fullmatch(tail)
            if match:
                return full.format(region=region, **match.groupdict())
        return None

    def level_word(self, name: str) -> str | None:
        """区 in 区政府, 市 in 市委; not 市 in 市场监管局 (level_word_not_followed_by)."""
        word = next((w for w in self.level_word_list if name.startswith(w)), None)
        if word is None or self.level_word_not.match(name, len(word)):
            return None
        return word

    def strip_party(self, name: str) -> str:
        return next((name[len(p):] for p in self.party_prefixes if name.startswith(p)), name)


@lru_cache(maxsize=1)
def institution_rules() -> InstitutionRules:
    return InstitutionRules(load_resource("institutions.json"))


@lru_cache(maxsize=1024)
def report_region(issuer: str | None, title: str | None) -> tuple[str, ...]:
    """The region chain of a report: from its issuer, or its title when the title names more of it
    (issuer 金水区人民政府, title 郑州市金水区人民政府关于… → 郑州市, 金水区)."""
    rules = institution_rules()
    chains = [tuple(rules.split_regions(rules.strip_party(s))[0]) if s else () for s in (issuer, title)]
    from_issuer, from_title = chains
    if not from_issuer:
        return from_title
    if len(from_title) > len(from_issuer) and from_title[-len(from_issuer):] == from_issuer:
        return from_title
    return from_issuer


def chain_up_to(chain: Sequence[str], word: str) -> list[str] | None:
    """The report's chain up to its last region named by a level word (区 → 邢台市, 桥西区)."""
    for index in range(len(chain) - 1, -1, -1):
        region = chain[index]
        if region.endswith(word) and not (word == "区" and region.endswith("自治区")):
            return list(chain[:index + 1])
    return None


def normalize_institution(name: str, issuer: str | None = None, title: str | None = None) -> dict[str, Any]:
    """INSTITUTION → full name (where the report's issuer or title makes it unambiguous), level, type.

    In a report issued by 邢台市桥西区人民政府: 区政府 → 邢台市桥西区人民政府 (district), 市政府 →
    邢台市人民政府 (city), 区委 → 中共邢台市桥西区委员会. Names the templates do not cover keep
    full_name None, or the name itself when it starts with a region.
    """
    rules = institution_rules()
    name = re.sub(r"\s+", "", name).strip("“”\"《》")
    chain = report_region(issuer, title)
    full, level = expand_institution(name, chain, rules)
    kind = next((k for pattern, k in rules.types if pattern.search(full or name)), rules.data["default_type"])
    return {"full_name": full, "level": level, "type": kind}


def expand_institution(name: str, chain: Sequence[str], rules: InstitutionRules) -> tuple[str | None, str | None]:
    """(full name, level): national names, then 区政府-style names (a level word and a template tail),
    then names that start with a region (桥西区政府, 邢台市桥西区人民政府)."""
    if name in rules.national:
        return rules.national[name], "national"
    if rules.national_pattern.match(name):
        return None, "national"
    body = rules.strip_party(name)
    word = rules.level_word(body)
    if word:
        own = chain_up_to(chain, word)
        tail = body[len(word):]
        if rules.template(tail, "") is not None:
            expanded = rules.template(tail, "".join(own)) if own else None
            return party_checked(expanded, body != name), rules.chain_level(own) if own else rules.level_words[word]
    regions, tail = rules.split_regions(body)
    if not regions:
        if word:
            own = chain_up_to(chain, word)
            return None, rules.chain_level(own) if own else rules.level_words[word]
        return None, None
    full_chain = complete_chain(regions, chain)
    expanded = party_checked(rules.template(tail, "".join(full_chain)), body != name)
    return expanded or name, rules.chain_level(full_chain)


def party_checked(expanded: str | None, party_prefixed: bool) -> str | None:
    """中共桥西区委 may expand to 中共…委员会, but 中共 before a government name is no such name."""
    if expanded and party_prefixed and not expanded.startswith(("中共", "中国共产党")):
        return None
    return expanded


def complete_chain(regions: Sequence[str], chain: Sequence[str]) -> list[str]:
    """金水区 in a report of 郑州市金水区 → 郑州市, 金水区; a region outside the report's chain stays as named."""
    if regions[0] in chain:
        return list(chain[:chain.index(regions[0])]) + list(regions)
    return list(regions)


# --------------------------------------------------------------------------- spaCy


def left_context(span: Span, size: int = 6) -> str:
    """The characters before a span on its line, where 超过, 约, 不足 stand."""
    before = span.doc[max(0, span.start - size):span.start].text  # doc.text would join the whole doc
    return before.rsplit("\n", 1)[-1]


def span_value(span: Span) -> dict[str, Any] | None:
    if span.label_ == "COUNT":
        return normalize_count(span.text, left_context(span))
    if span.label_ == "RATE":
        return normalize_rate(span.text, left_context(span))
    return None


LAW_LINKS_KEY = "lawie_law_links"


def doc_law_links(doc: Doc) -> dict[str, str]:
    """Full titles of the doc's LAW mentions, keyed 'start:end'; worked out once per doc and its ents."""
    mentions = tuple((e.text, e.start_char, e.end_char) for e in doc.ents if e.label_ == "LAW")
    cached = doc.user_data.get(LAW_LINKS_KEY)
    if cached is None or cached["mentions"] != [list(m) for m in mentions]:
        links = link_law_mentions(mentions, doc.text)
        cached = {"mentions": [list(m) for m in mentions],
                  "full": {f"{m[1]}:{m[2]}": full for m, full in zip(mentions, links)}}
        doc.user_data[LAW_LINKS_KEY] = cached
    return cached["full"]


def span_law(span: Span) -> dict[str, Any] | None:
    """A LAW span's canonical title, resolved against the report's other LAW entities."""
    if span.label_ != "LAW":
        return None
    full = doc_law_links(span.doc).get(f"{span.start_char}:{span.end_char}")
    return normalize_law(span.text, full)


def span_institution(span: Span) -> dict[str, Any] | None:
    if span.label_ != "INSTITUTION":
        return None
    meta = span.doc._.meta if span.doc.has_extension("meta") else None
    meta = meta or {}
    return normalize_institution(span.text, meta.get("issuer"), meta.get("title"))


def entity_norm(span: Span) -> dict[str, Any] | None:
    """The normalized value of an entity, by its label (the ``norm`` field of exported entities)."""
    return span_value(span) or span_law(span) or span_institution(span)


SPAN_EXTENSIONS = {"value": span_value, "law": span_law, "institution": span_institution}


def register_value_extensions() -> None:
    """``Span._.value`` (COUNT, RATE), ``Span._.law`` and ``Span._.institution``: computed on access."""
    for name, getter in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
