"""Report metadata from classified lines: title, issuer, year covered, publication date, document number.

Each field is taken from the most reliable place that has it (the signature before the title,
the closing date before page chrome) and is ``None`` when the report does not say it.
"""
from __future__ import annotations

import re
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, Iterable

import cn2an

if TYPE_CHECKING:
    from .sections import Line, SectionRules

YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
OPENING_YEAR = re.compile(r"((?:19|20)\d{2})年(?!以来|至|—|-|－|到|\d{1,2}月)")
NUMERIC_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
RUN_TOGETHER_DATE = re.compile(r"^((?:19|20)\d{2})(\d{2,4})$")
CHINESE_ZERO = str.maketrans({"○": "〇", "零": "〇", "Ｏ": "〇", "O": "〇"})


def report_metadata(lines: list["Line"], rules: "SectionRules") -> dict[str, Any]:
    chrome_date = first_match_date(lines, rules.data["publication_date_in_chrome"], kinds=("chrome",))
    titles = [l for l in lines if l.kind == "title"]
    title = join_title(titles)
    published = closing_date(lines, chrome_date) or chrome_date or subtitle_date(titles)
    return {
        "title": title,
        "issuer": find_issuer(lines, title, rules),
        "year": year_covered(title, lines, rules, published),
        "publication_date": published,
        "document_number": document_number(lines, rules),
    }


def join_title(titles: list["Line"]) -> str | None:
    """The first title line; an issuer-only line is joined to the 关于… line that follows it."""
    if not titles:
        return None
    first = titles[0]
    follower = titles[1] if len(titles) > 1 and titles[1].index == first.index + 1 else None
    if follower and follower.text.startswith("关于") and "关于" not in first.text:
        return first.text + follower.text
    return first.text


def find_issuer(lines: list["Line"], title: str | None, rules: "SectionRules") -> str | None:
    signature = [l.text for l in lines if l.kind == "signature"]
    if signature:
        return signature[-1]
    for pattern, texts in (("issuer_before_about", [title or ""]),
                           ("issuer_in_chrome", [l.text for l in lines if l.kind == "chrome"]),
                           ("issuer_in_opening", [l.text for l in lines if l.kind == "body"][:1]),
                           ("issuer_in_speech", [l.text for l in lines if l.kind == "body"][:3])):
        found = first_group(re.compile(rules.data[pattern]), texts, ("issuer", "issuer2"))
        if found:
            return found
    return None


def first_group(pattern: re.Pattern, texts: Iterable[str], groups: tuple[str, ...]) -> str | None:
    for text in texts:
        match = pattern.search(text)
        if match:
            return next((match.group(g) for g in groups if g in pattern.groupindex and match.group(g)), None)
    return None


def year_covered(title: str | None, lines: list["Line"], rules: "SectionRules", published: str | None) -> int | None:
    """The year a report covers: from its title, else its opening paragraphs, else the year before publication.

    Government work reports (政府工作报告) are titled with the year they are delivered in and
    review the year before it.
    """
    if title:
        match = YEAR.search(title) or YEAR.search(chinese_year_to_arabic(title))
        if match:
            shift = 1 if re.search(rules.data["year_before_title_year"], title) else 0
            return int(match.group(1)) - shift
    return opening_year(lines, rules) or (int(published[:4]) - 1 if published else None)


def opening_year(lines: list["Line"], rules: "SectionRules") -> int | None:
    """The year that starts one of the first paragraphs or headings, unless it is that of the plans."""
    for text in islice(opening_texts(lines), rules.data["year_opening_lines"]):
        match = OPENING_YEAR.match(text)
        if match and not names_plans(text, rules):
            return int(match.group(1))
    return None


def names_plans(text: str, rules: "SectionRules") -> bool:
    """2022年重点工作安排 opens the plans, not the review; only the first clause counts (2024年，…计划…)."""
    return bool(rules.roles["plans"].search(re.split(r"[，,。；;]", text, maxsplit=1)[0]))


def opening_texts(lines: list["Line"]) -> Iterable[str]:
    """Paragraphs and headings up to the first top-level heading, which name the year under review
    when the title does not (2023年，… ; 2023年工作回顾; 一、2023年工作回顾)."""
    for line in lines:
        if line.kind in ("body", "heading"):
            yield line.text[line.marker_end:].lstrip()
        if line.kind == "heading" and line.level == 1:
            return


def chinese_year_to_arabic(text: str) -> str:
    try:
        return cn2an.transform(text.translate(CHINESE_ZERO), "cn2an")
    except (ValueError, KeyError):
        return text


def closing_date(lines: list["Line"], hint: str | None) -> str | None:
    """The date line after the body, as ISO date."""
    dated = [l for l in lines if l.kind == "date"]
    return parse_date(dated[-1].text, hint) if dated else None


def subtitle_date(titles: list["Line"]) -> str | None:
    """——2019年3月4日在…大会上: the delivery date in a work report's subtitle."""
    for line in titles:
        match = NUMERIC_DATE.search(line.text)
        if match:
            return iso_date(*match.groups())
    return None


def first_match_date(lines: list["Line"], pattern: str, kinds: tuple[str, ...]) -> str | None:
    compiled = re.compile(pattern)
    for line in lines:
        if line.kind in kinds:
            match = compiled.search(line.text)
            if match:
                found = match.group("date") or match.group("date2")
                return parse_date(found, None)
    return None


def parse_date(text: str, hint: str | None) -> str | None:
    """ISO date from 2021年3月1日, 2021-03-01, 二〇二一年三月一日 or run-together 2014128.

    A run-together date is ambiguous (2014128: 2014-1-28 or 2014-12-8); the reading that agrees
    with ``hint`` (a date found elsewhere on the page) wins, else the first valid one.
    """
    text = chinese_year_to_arabic(text.strip("（）() "))
    match = NUMERIC_DATE.search(text)
    if match:
        return iso_date(*match.groups())
    match = RUN_TOGETHER_DATE.match(text)
    if not match:
        return None
    year, rest = match.groups()
    readings = [iso_date(year, rest[:cut], rest[cut:]) for cut in (1, 2) if 0 < cut < len(rest)]
    readings = [r for r in readings if r]
    return hint if hint in readings else (readings[0] if readings else None)


def iso_date(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def document_number(lines: list["Line"], rules: "SectionRules") -> str | None:
    """The report's own number stands in its header lines or page metadata, not in the body."""
    for line in lines:
        if line.kind in ("docnum", "chrome", "title", "date"):
            match = rules.document_number.search(line.text)
            if match:
                return match.group(0)
    return None
