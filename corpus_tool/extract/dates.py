"""Dates: explicit and relative dates, resolved against the document date (SPEC
section 3, issue 3 item 6).

Each record is ``{"text", "value", "paragraph", "start", "end"}`` with
``paragraphs[paragraph][start:end] == text``. ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY``, as precise as the text is:

- explicit: 2021年12月30日, 二〇二一年十二月三十日, １９８４年, 2021-12-30, 2021年12月,
  2020年, 2020年度 (text includes 度, value 2020; 2021年上半年 gives 2021年);
- without a year: 12月15日, 3月, 5月份, 15日 (a day of the document's month, in the
  dateline and clause-initial uses only: 15日上午, 15日，, 15日电). The year is the
  document's, or the year before when that would put the date more than half a year
  after the document (a January report speaking of 12月28日); a bare day ahead of the
  document's day is last month's;
- relative: 今年, 去年, 前年, 明年, 上年 (+ 3月, 3月5日), 本月, 上月 (+ 12日), 今天/今日 (only
  in the "today" uses: 今天上午, 今日，), 昨天/昨日, 前天, 明天;
- ranges give each end: 2016年至2020年 → 2016 and 2020; 1至4月 → "1" (YYYY-01) and
  4月; 6月26日至30日 → the 30th of June.

When the document date is unknown, a date that needs it (12月15日, 今年) is still
recorded, with ``value`` None: the mention and its span are known, its year is not. A
document date of a year only ("2025") resolves 今年 and 3月5日 but not 昨天 or 15日.

Not dates: durations (11年, 3天, 3个月, 3日内), recurring times (每年1月), vague ones
(近日, 近年来, 当年), decades (1990年代), "nowadays" (今日岳阳, 发展的今天), a month in a
slogan (一月一汇报: Chinese months need a year or a day).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import namedtuple
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from corpus_tool.extract.context import ArticleContext

_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN["零"] = 0
_CN["两"] = 2

_YEAR_AR = r"(?:19|20)[0-9]{2}"
_YEAR_CN = r"[〇零一二三四五六七八九]{4}"
_MONTH_AR = r"1[0-2]|0?[1-9]"
_MONTH_CN = r"十[一二]?|[一二三四五六七八九]"
_DAY_AR = r"3[01]|[12][0-9]|0?[1-9]"
_DAY_CN = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_REL_YEAR = "今年|去年|前年|明年|本年|上年"
_CONN = r"(?:至|到|—{1,2}|－|-|~|～|〜)"

# The date at a position: alternatives from the most to the least specific. It is only
# tried where one of the scans below found a date may start. Policy texts converted from
# PDF put a space between a number and its unit (到 2025 年).
DATE_RE = re.compile(
    rf"""
    (?P<iso>(?P<iy>{_YEAR_AR})(?P<isep>[-/.])(?P<im>{_MONTH_AR})(?P=isep)(?P<id>{_DAY_AR}))(?![0-9])
    | (?:(?P<y>{_YEAR_AR})[ ]?年|(?P<ycn>{_YEAR_CN})年|(?P<rely>{_REL_YEAR}))
      (?:[ ]?(?:(?P<m>{_MONTH_AR})|(?P<mcn>{_MONTH_CN}))[ ]?月份?
         (?:[ ]?(?:(?P<d>{_DAY_AR})|(?P<dcn>{_DAY_CN}))[ ]?[日号])?)?
      (?P<du>度)?
    | (?:(?P<m2>{_MONTH_AR})[ ]?月份?(?:[ ]?(?P<d2>{_DAY_AR})[ ]?[日号])?)
    | (?:(?P<mcn2>{_MONTH_CN})月(?P<dcn2>{_DAY_CN})[日号])
    | (?P<d3>{_DAY_AR})[ ]?日
    | (?P<relday>今天|今日|昨天|昨日|前天|明天|(?P<relm>本月|上月|上个月|下月|下个月)(?:(?P<rmd>{_DAY_AR})[日号])?)
    """,
    re.VERBOSE,
)

# The groups of a DATE_RE match by name (g.y, g.m2): a tuple made from m.groups() costs a
# fifth of m.groupdict(), read once per date of the corpus.
_DateParts = namedtuple("_DateParts", sorted(DATE_RE.groupindex, key=DATE_RE.groupindex.__getitem__))  # type: ignore[misc]

_FULLWIDTH_DIGITS = "０１２３４５６７８９"
_FULLWIDTH = str.maketrans(_FULLWIDTH_DIGITS, "0123456789")
_CN_D = "〇零一二三四五六七八九十"
# Where a date may start, in one pass: the first character class lets the engine skip
# the rest of the text in C (trying DATE_RE at every position costs ten times more);
# the branches after it, each opening with a lookbehind on that character, say whether
# a date may start there. The two lookbehinds before them reject, at once, a digit or a
# Chinese numeral inside a number (the most of the characters the class lets through);
# each holds for any other character.
_SCAN_RE = re.compile(
    rf"[0-9{_CN_D}今去前明本上昨下](?<![0-9.．][0-9])(?<![{_CN_D}][{_CN_D}])(?:"
    r"(?<=[0-9])(?=[0-9]{0,3} ?[年月日]|[0-9]{3}[-/.])"
    rf"|(?<=[{_CN_D}])(?=[{_CN_D}]{{0,3}}[年月])"
    r"|(?<=[今去前明本上昨下])(?:(?<=今)[年天日]|(?<=去)年|(?<=前)[年天]|(?<=明)[年天]|(?<=本)[年月]"
    r"|(?<=上)(?:个月|年|月)|(?<=昨)[天日]|(?<=下)(?:个月|月)))"
)

_RANGE_CONNECTOR_CHARS = frozenset("至到—－-~～〜")
_DAY_LIST_CHARS = frozenset("和、及与")
# Digits written one by one with spaces between (1 9 9 3 年), as some old reports are set.
_DIGITS_APART_RE = re.compile("[0-9] [0-9]")
# A date range: 2016年至2020年, 1至4月 (the first part has no unit of its own).
_RANGE_MONTH_RE = re.compile(rf"(?P<m>{_MONTH_AR}){_CONN}$")
_RANGE_YEAR_RE = re.compile(rf"(?P<y>{_YEAR_AR}){_CONN}$")

_TODAY_OK_AFTER = (
    "上午",
    "下午",
    "凌晨",
    "早上",
    "早晨",
    "晚上",
    "晚间",
    "中午",
    "傍晚",
    "，",
    ",",
    "晚",
    "早",
)
# (9日、10日两天: a count of the days just listed may follow)
_DAY_OK_AFTER = set("，,上下凌早晚中至到起电讯是在、举召开发公讲两三的")  # 19日的发布会上
_BAD_BEFORE = set("第每近前后个数几")
# Words that announce a date (第七届进博会将于11月5日至10日举办): it lies ahead.
FUTURE_WORDS = ("将于", "将在", "定于", "拟于", "计划于", "预计于", "将从", "将持续", "预计到", "预计最早于")
_FUTURE_RE = re.compile("|".join(FUTURE_WORDS))
_CLAUSE_END_RE = re.compile("[，。；！？,;!?\n]")
# (the greedy .* makes one match end after the last clause end, in C)
_LAST_CLAUSE_END_RE = re.compile("(?s).*[，。；！？,;!?\n]")
# A month whose year is told by the year the text last named (2014年底…。次年8月 → 2015-08;
# 1949年…，同年11月): offset from that year. With no year named before it, the month's
# year is unknown (value None), not the document's.
NARRATIVE_YEARS = {"次年": 1, "翌年": 1, "第二年": 1, "同年": 0, "当年": 0}
_NARRATIVE_WORDS = tuple(NARRATIVE_YEARS)


def _clause_before(text: str, pos: int, reach: int) -> str:
    """The clause right before `pos`, `reach` characters at most."""
    lo = max(0, pos - reach)
    last = _LAST_CLAUSE_END_RE.match(text, lo, pos)
    return text[last.end() if last else lo : pos]


def _announced(text: str, pos: int) -> bool:
    """A future word in the clause right before `pos` (8 characters at most)."""
    clause = _clause_before(text, pos, 8)
    # 原定于: was planned; 决定于19日: decided on that day
    return _FUTURE_RE.search(clause) is not None and "原" not in clause and "决定于" not in clause


def _cn_small(text: str) -> int:
    """十二 → 12, 三十一 → 31, 五 → 5 (months and days only)."""
    if "十" not in text:
        return _CN[text]
    tens, _, units = text.partition("十")
    return (_CN[tens] if tens else 1) * 10 + (_CN[units] if units else 0)


class _DocDate(NamedTuple):
    """The document date as far as it is known: a day (YYYY-MM-DD; YYYY-MM reads as its
    first day), or only a year (YYYY: 今年 and 3月5日 resolve, 昨天 does not)."""

    day: date | None
    year: int | None


_DOC_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=1024)  # a corpus has few document dates, one per issue
def _doc_date(value: str | None) -> _DocDate:
    m = _DOC_DATE_RE.match(value or "")
    if not m:
        return _DocDate(None, None)
    if m.group(2) is None:
        return _DocDate(None, int(m.group(1)))
    try:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return _DocDate(None, int(m.group(1)))
    return _DocDate(day, day.year)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


@lru_cache(maxsize=4096)  # the same dates recur across a corpus (2020-05-20)
def _format(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    # Years outside 1–9999 (a document date of 0001-01-01 and 去年, or 9999 and 明年)
    # have no ISO form: the mention is kept with value None.
    if year is None or not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=4096)  # (a pure function of a document date and a month and day)
def _yearless(known: _DocDate, month: int, day: int | None, future: bool = False) -> int | None:
    """The year of a date written without one: the document's, or the year before when
    the date would fall more than half a year after the document. A date the sentence
    announces (将于11月5日至10日举办) is the next such date."""
    doc = known.day
    if doc is None:
        return known.year
    try:
        candidate = date(doc.year, month, day or 1)
    except ValueError:
        return doc.year
    if future:
        # 将于11月5日 written in April is this year's; 将于1月 written in December is
        # next year's; 将于4月29日 read two weeks later is still this year's
        return doc.year + 1 if candidate < doc - timedelta(days=90) else doc.year
    if candidate - doc > timedelta(days=183):
        return doc.year - 1
    return doc.year


def _value(
    g: _DateParts,
    known: _DocDate,
    future: bool = False,
    year_hint: int | None = None,
) -> tuple[bool, str | None]:
    """(is a date, value) for one DATE_RE match (its groups); `future` when the
    sentence announces it (将于); `year_hint`, an earlier year the paragraph tells of
    (2008年3月…。4月28日), for a month and day written without a year."""
    doc = known.day
    if g.iso:
        return True, _format(int(g.iy), int(g.im), int(g.id))
    if g.relday:
        word = g.relday
        if doc is None:
            return True, None
        if g.relm:
            # 本月12日: a day of this month (or the last, or the next)
            delta = 0 if g.relm == "本月" else (-1 if word.startswith("上") else 1)
            y, mo = _shift_month(doc.year, doc.month, delta)
            return True, _format(y, mo, int(g.rmd) if g.rmd else None)
        delta = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1}[word]
        try:
            return True, (doc + timedelta(days=delta)).isoformat()
        except OverflowError:  # 明天 of 9999-12-31, 昨天 of 0001-01-01
            return True, None
    month_text = g.m or g.mcn or g.m2 or g.mcn2
    day_text = g.d or g.dcn or g.d2 or g.dcn2 or g.d3
    month = int(month_text) if month_text and month_text.isdigit() else None
    if month_text and month is None:
        month = _cn_small(month_text)
    day = int(day_text) if day_text and day_text.isdigit() else None
    if day_text and day is None:
        day = _cn_small(day_text)
    if g.y or g.ycn:
        year = int(g.y) if g.y else int("".join(str(_CN[c]) for c in g.ycn))
        return True, _format(year, month, day)
    if g.rely:
        if known.year is None:
            return True, None
        delta = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}[g.rely]
        return True, _format(known.year + delta, month, day)
    if g.d3:
        if doc is None:
            return True, None
        # A bare day is a day of the document's month, or of the month before when it
        # lies ahead of the document (a report of the 30th read on the 2nd); a day the
        # sentence announces (将于29日访问) is this month's, or next month's when it is
        # already past.
        y, mo = doc.year, doc.month
        if future:
            if day is not None and day < doc.day:
                y, mo = _shift_month(y, mo, 1)
        elif day is not None and day > doc.day + 1:
            y, mo = _shift_month(y, mo, -1)
        return True, _format(y, mo, day)
    if month is None:
        return False, None
    if year_hint is not None:
        return True, _format(year_hint, month, day)
    return True, _format(_yearless(known, month, day, future), month, day)


def _after(text: str, end: int) -> str:
    """The two characters after a date (23 日 ，: a PDF's spaces skipped)."""
    return text[end : end + 3].lstrip(" ")[:2]


def _accept(text: str, m: re.Match[str], g: _DateParts) -> bool:
    """Context checks that the pattern cannot make."""
    start, end = m.span()
    before = text[start - 1] if start else ""
    if before.isdigit() or (before and before.isascii() and before.isalpha()):
        return False
    if " " in m.group() and _DIGITS_APART_RE.search(text, max(0, start - 12), start + 1):
        return False  # 1 9 9 3 年3 月, 1 2 月: digits written apart, read no further
    if g.y or g.ycn:
        return _after(text, end)[:1] != "代"  # 1990年代 is a decade
    if g.rely:
        # 60岁以上年满…, 基本年收入, 提前年: the word is the end of another one.
        return not (g.rely in ("上年", "本年", "前年") and before in ("以", "基", "提"))
    if g.m2 or g.mcn2:
        # 每年1月 recurs; 第3月, 近3月 are not dates.
        return before not in _BAD_BEFORE and text[max(0, start - 2) : start] != "每年"
    if g.d3:
        if before in _BAD_BEFORE or before in ("月", "号"):
            return False
        if text.endswith("时间", 0, start) or before in ("到", "至", "于"):
            return True  # 当地时间15日继续进行; 将持续到26日。
        after = _after(text, end)
        return after[:1] in _DAY_OK_AFTER or after == ""
    if g.relday:
        word = g.relday
        after = _after(text, end)
        if word[0] in "上下" and before == "以":
            return False  # 以上月, 以下月
        if word[0] in "上本下" and "每月" in text[text.rfind("。", 0, start) + 1 : start]:
            return False  # 每月7日前，将上月项目建设进度…报送: any month's last one
        if word in ("今天", "今日"):
            # 今日岳阳, 今天的中国, 发展的今天: "nowadays", not a day; nor in quoted
            # speech (…具有借鉴意义。今天，中国正在帮助…), whose day is not the report's.
            if (
                before == "的"
                or text.endswith("时至", 0, start)  # 时至今日: "to this day"
                or text.rfind("“", 0, start) > text.rfind("”", 0, start)
            ):
                return False
            return after.startswith(_TODAY_OK_AFTER) or after == ""
        if word in ("昨天", "昨日", "前天", "明天") and text.rfind("“", 0, start) > text.rfind("”", 0, start):
            return False  # “昨天的成功并不代表着今后…”: the speaker's day, or none
        if word == "明天" and (before == "的" or after.startswith(("更", "会更", "将更", "会越来越", "越来越"))):
            return False  # 香港的明天, 希望香港明天更好: the future, not a day
        return True
    return True


def _scan(text: str, doc: _DocDate) -> list[tuple[int, int, str | None]]:
    found: list[tuple[int, int, str | None]] = []
    last_end = 0
    # the last year written in full in this paragraph, when it is before the document's
    hint_year: int | None = None
    hint_month = 13
    hint_pos = 0
    # ... and the same narrative's year carried into later paragraphs, used only for a
    # month that would otherwise lie after the document's date (2023年4月…。\n4月在广东…
    # 8月… in a report of February 2024)
    carried_year: int | None = None
    carried_month = 13
    last_year: int | None = None  # the last year written in full (for 次年8月)
    for scan in _SCAN_RE.finditer(text):
        pos = scan.start()
        if pos < last_end:
            continue  # inside the date before (the 12 of 2021年12月)
        m = DATE_RE.match(text, pos)
        if m is None:
            continue
        g = _DateParts._make(m.groups())
        if not _accept(text, m, g):
            continue
        last_end = m.end()
        if hint_year is not None and text.find("\n", hint_pos, pos) != -1:
            hint_year = None  # a new paragraph
        month_text = g.m or g.m2
        plain_month = month_text is not None and month_text.isdigit() and not g.y
        use_hint = (
            hint_year is not None
            and plain_month
            and int(month_text) >= hint_month
            and not text.endswith(("今天（", "今晚（", "今日（", "截至"), 0, pos)
        )
        # A future word (将于…) and a year hint matter only for a date without a year of
        # its own (a bare day, a month): only those look for one.
        yearless = not (g.iso or g.relday or g.y or g.ycn or g.rely)
        announced = yearless and _announced(text, pos)
        hint = hint_year if use_hint else None
        if (
            hint is None
            and carried_year is not None
            and plain_month
            and int(month_text) >= carried_month
            and doc.day is not None
            and doc.day.year == carried_year + 1
            and int(month_text) > doc.day.month
            and not announced
        ):
            hint = carried_year
        narrative = (
            next((w for w in NARRATIVE_YEARS if text.endswith(w, 0, pos)), None)
            if (g.m2 or g.mcn2) and text.endswith(_NARRATIVE_WORDS, 0, pos)
            else None
        )
        if narrative is not None:
            value = None
            if last_year is not None:
                value = _value(g, doc, year_hint=last_year + NARRATIVE_YEARS[narrative])[1]
            if "每年" not in _clause_before(text, pos, 12):  # 每年12月到次年3月 recurs
                found.append((pos - len(narrative), m.end(), value))
            continue
        is_date, value = _value(g, doc, announced, hint)
        if g.y or g.ycn:
            last_year = int(g.y) if g.y else int("".join(str(_CN[c]) for c in g.ycn or ""))
        if g.y and g.m and g.m.isdigit() and doc.year is not None and int(g.y) < doc.year:
            # 2008年3月…。4月28日: a narrative of that year goes on
            hint_year, hint_month, hint_pos = int(g.y), int(g.m), pos
            carried_year, carried_month = hint_year, hint_month
        elif g.y or g.rely:
            hint_year = carried_year = None
        if not is_date:
            continue
        start, end = m.start(), m.end()
        # Ranges. The first part of 1至4月 / 2016至2020年 has no unit of its own; the
        # second part of 6月26日至30日 / 今年1至4月 takes its month or year from the first.
        previous = found[-1] if found else None
        low = None
        if g.m2 and not g.d2:
            window = text[max(0, start - 6) : start]
            low_m = _RANGE_MONTH_RE.search(window)
            if low_m and not (previous and previous[1] > start - len(window) + low_m.start()):
                low_month = int(low_m.group("m"))
                low_start = start - len(window) + low_m.start()
                year = _yearless(doc, low_month, None)
                if previous and previous[1] == low_start and previous[2] and len(previous[2]) == 4:
                    year = int(previous[2])  # 2020年1至4月
                low = (low_start, low_start + len(low_m.group("m")), _format(year, low_month))
                if year is not None:
                    value = _format(year, int(g.m2))
        elif g.y and not g.m:
            window = text[max(0, start - 6) : start]
            low_y = _RANGE_YEAR_RE.search(window)
            if low_y:
                low_start = start - len(window) + low_y.start()
                low = (low_start, low_start + 4, low_y.group("y"))
        elif g.d3 and previous and previous[2] and len(previous[2]) == 10 and start >= 1:
            # 6月26日至30日, 10月18日持续至22日: the second day is in the first one's month
            connector = text[max(0, start - 4) : start].rstrip(" ")[-1:]  # (9 月 16 日— 23 日: a PDF's spaces)
            if (
                connector
                and connector in _RANGE_CONNECTOR_CHARS
                and (
                    previous[1] in (start - 1, start - 2)
                    or (previous[1] >= start - 8 and _CLAUSE_END_RE.search(text, previous[1], start) is None)
                )
            ) or (connector in _DAY_LIST_CHARS and previous[1] == start - 1):
                # (3月27日和28日, 3月27日、28日: a second day of the same month, listed)
                value = _format(int(previous[2][:4]), int(previous[2][5:7]), int(g.d3))
        if low is not None:
            found.append(low)
        found.append((start, end, value))
    return found


# A reign year and its year of the common era in brackets (元祐二年（1087）, 南宋绍兴八年
# （1138）): the bracketed year is a date, however early.
ERA_YEAR_RE = re.compile("[元一二三四五六七八九十]年[（(]([1-9][0-9]{2,3})[）)]")


def _era_years(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(1), m.end(1), f"{int(m.group(1)):04d}") for m in ERA_YEAR_RE.finditer(text)]


def find_dates(ctx: ArticleContext) -> list[dict[str, Any]]:
    """The dates of an article, in text order, with provenance."""
    if not ctx.paragraphs:
        return []
    doc = _doc_date(ctx.date)
    # The article is read as one text, paragraphs joined by "\n" (no date spans it): one
    # pass per article instead of one per paragraph.
    text = ctx.joined.text
    offsets = ctx.joined.starts
    # Full-width digits (１９８４年, in the older reports) read as ASCII ones; the
    # translation keeps every offset.
    # (Ten `in` tests cost less than one regex pass over the text.)
    scanned = text.translate(_FULLWIDTH) if any(d in text for d in _FULLWIDTH_DIGITS) else text
    records: list[dict[str, Any]] = []
    found = _scan(scanned, doc)
    # (a bracket first: one character is found faster than two)
    if ("（" in scanned and "年（" in scanned) or ("(" in scanned and "年(" in scanned):
        found = sorted(found + _era_years(scanned))
    for start, end, value in found:
        p = bisect_right(offsets, start) - 1
        base = offsets[p]
        records.append(
            {
                "text": text[start:end],
                "value": value,
                "paragraph": p,
                "start": start - base,
                "end": end - base,
            }
        )
    return records
