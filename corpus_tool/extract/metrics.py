"""Figures (metrics): every checkable quantity of an article with what it measures,
where and when (SPEC section 3, issue 3 item 5).

Each record is ``{"text", "value", "unit", "qualifier", "subject", "place", "period",
"paragraph", "start", "end"}`` with ``paragraphs[paragraph][start:end] == text``.
``text``, ``value``, ``unit`` and ``qualifier`` come from extract/numbers.py (its
docstring says what is a figure); the text includes the qualifier words written next to
the number (近10万人, 35%以上) and, for ranks, the scope (全省第一).

The context fields are read from the figure's clause with patterns, not a parser:

- ``subject``: what is measured. A counted noun after a measure word wins (89个职能部门
  → 职能部门; 近10万人的平安志愿者队伍 → 平安志愿者队伍); else the words before the
  number in its clause, with the period, place, actor (青海法院已 …) and linking verbs
  (达, 为, 共计, 累计 …) trimmed (今年以来，青海法院已清理发放104147.31万元 → 清理发放;
  涉及案件数5565件 → 涉及案件数); else what the clause says after it (57人从中获益 →
  从中获益). None when the clause gives nothing.
- ``place``: the normalized name of the nearest place found in the same sentence
  (before the figure, else after it), else the article's main place.
- ``period``: the last time expression before the figure in its sentence (今年以来,
  近两年, 2016年至2020年, 2021年上半年, 截至目前, 目前 …), else None.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from typing import Any

from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.numbers import CN_NUMERAL_CHARS, find_quantities, trie_regex
from corpus_tool.extract.people import word_tag

_NUM = r"[0-9一二两三四五六七八九十]+"
_YEAR = r"(?:19|20)[0-9]{2}年度?"
_CONN = r"(?:至|到|—{1,2}|－|-|~|～)"
_HALF = (
    r"(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|全年|年初|年底|年末|年内|"
    rf"[0-9]{{1,2}}{_CONN}[0-9]{{1,2}}月份?|[一二三四五六七八九十]+{_CONN}[一二三四五六七八九十]+月份?|"
    r"[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月份?)"
)
# The lookahead class lets the engine skip, in C, the positions where no period starts.
PERIOD_RE = re.compile(
    r"(?=[截到今去前上下第全年近这多长此同目过最十“党入开0-9一二两三四])(?:"
    rf"(?:截至|截止到?|到)(?:目前|现在|发稿时|{_YEAR}(?:[0-9]{{1,2}}月)?(?:底|末)?|今年[0-9]{{0,2}}月?(?:底|末)?|去年底|年底|上月底|[0-9]{{1,2}}月(?:底|末))"
    r"|到目前为止"
    rf"|{_YEAR}{_CONN}{_YEAR}"
    rf"|(?:{_YEAR}|今年|去年|前年|上年)?{_HALF}(?:以来)?"
    rf"|{_YEAR}(?:以来|至今)?"
    r"|(?:今年|去年|上半年|年初|入冬|入夏|开春)以来"
    r"|近年来|近些年|近几年|这些年|多年来|长期以来|此前|同期|目前|今年|去年"
    rf"|近{_NUM}(?:个)?(?:年|月|天)(?:来|以来|间)?"
    rf"|(?:过去|最近){_NUM}(?:个)?(?:年|月)"
    rf"|{_NUM}年(?:来|以来|间)"
    r"|“?十[一二三四五]五”?(?:期间|时期|以来)"
    r"|(?:党的)?十[八九]大以来)"
)

# Every time expression above holds one of these characters (年, 月, 季度, 目前, 以来,
# 同期, 此前, 发稿时 …): a stretch of text without any skips the scan, which tries every
# position.
_PERIOD_HINT_RE = re.compile("[年月天季目现发来期前]")

# Words that bring a sentence back to the present after an earlier period (2005年9月学校
# 投入使用，…，现有在校小学生287名): the figure after them has no period of its own. Not
# after a cut-off date, which sets that present (截至4月29日24时，…现有确诊病例619例).
NOW_RE = re.compile("现有(?!确诊|疑似|病例|重症)|现在|如今|眼下")

_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
_CLAUSE_SEP_RE = re.compile(r"[，,；;：:。！？!?\n]")
_LAST_SENTENCE_END_RE = re.compile(r".*[。！？!?\n]", re.S)
_LAST_CLAUSE_SEP_RE = re.compile(r".*[，,；;：:。！？!?\n]", re.S)
# Words that end the actor and start the action: 青海法院已清理发放 → 清理发放. The
# greedy .* makes the match end after the last of them.
# (Each of the words holds one of _ACTION_CHARS: a phrase with none skips the match.)
_ACTION_CHARS = frozenset("已共累总合先")
_LAST_ACTION_RE = re.compile(
    r".*(?:已经|已|共计|累计|总计|合计|先后|(?<![公总])共有|(?<![公总])共(?=[建发办组设开立出收受处查破帮培化完实]))"
)
# Word lists become trie regexes (numbers.trie_regex): one branch per character instead
# of every word in turn.
_TRAIL_WORDS = (
    "达到了 达到 达 为 是 共计 总计 合计 共 累计达 累计 计 约 近 超过 有 了 均 分别为 分别 持续 连续 "
    "名列 位列 位居 排名 稳居 居 列 的 等 将近 大约 逾 超 突破 不到 不足 仅仅 仅 只用了 用了 只 就 才 "
    "已经 已 增至 降至 至 到 在 从 由 比 多 上 今年 去年 全年 年均 平均 共有 短短 历时 长达"
).split()
_PUNCT_CHARS = "、（）()《》 　—…·，,"
_PUNCT_CLASS = f"[{_PUNCT_CHARS}]"
_TRAIL_RE = re.compile(rf"(?:{trie_regex(_TRAIL_WORDS)}|{_PUNCT_CLASS})+$")
# A phrase can end in such a run only when its last character ends a word or is one of
# the marks: the others skip the search.
_TRAIL_LAST_CHARS = frozenset(w[-1] for w in _TRAIL_WORDS) | frozenset(_PUNCT_CHARS) | {"\n"}
_LEAD_WORDS = (
    "其中 此外 另外 同时 截至目前 目前 据统计 据了解 全市 全省 全县 全区 全国 全州 该院 该市 该县 该区 "
    "今年 去年 全年 在 并 和 及 共有 共 已 还 也 都 分别"
).split()
_LEAD_RE = re.compile(rf"(?:{trie_regex(_LEAD_WORDS)}|{_PUNCT_CLASS})+")
_EDGE_PUNCT = "、（）()《》 　—…·，,的"
_PAREN_RE = re.compile(r"（[^（）]*）|\([^()]*\)")
# After a measure word, a counted noun runs up to one of these; a predicate starts
# with one of _PREDICATE_START.
_PREDICATE_START = frozenset(
    "已正被从在将均都也就并得达为是内以于获完实同比增下提减占向让使把对与和及或等"
)
_NOUN_STOP_WORDS = (
    "和 与 及 以及 等 进行 已 正 被 从 在 将 均 都 也 就 并 得 的 实现 完成 参与 参加 获 来到 前往 说 "
    "表示 成为 通过 开展 发现 受到 进入 提供 实施 涉及 达到 纳入 建成 建立 组成 开通 覆盖 办理 全部 分别"
).split()
_NOUN_STOP = re.compile(rf"[，,。；;！？!?：:（(）)\s]|、(?=[近约超逾0-9０-９{CN_NUMERAL_CHARS}])|{trie_regex(_NOUN_STOP_WORDS)}")
_MEASURE_WORDS = frozenset(
    "个件项条笔支家名位户起宗例次场所座台辆艘架部套处份本册篇种类只头匹株棵张间栋幢层批轮期集列趟"
    "個項條戶輛臺"
)
_DIGITS_RE = re.compile(r"[0-9０-９]")
# The rest of a list item after its figure, up to the 、 before the next figure.
_LIST_ITEM_END_RE = re.compile(rf"[^，,。；;、\n]{{1,12}}、(?=[近约超逾0-9０-９{CN_NUMERAL_CHARS}])")


_PAIRED_MARKS = (("“", "”"), ("‘", "’"), ("《", "》"))
_MARK_CHARS = frozenset("".join(o + c for o, c in _PAIRED_MARKS))


def _clean(phrase: str) -> str:
    """Parentheticals out (村（社区） → 村), edges trimmed, then quote and title marks out
    where one of a pair is missing (《条例》共6章 whose 《 was an edge)."""
    if "（" in phrase or "(" in phrase:
        phrase = _PAREN_RE.sub("", phrase)
    phrase = phrase.strip(_EDGE_PUNCT)
    if not _MARK_CHARS.isdisjoint(phrase):  # (most phrases have no mark at all)
        for opening, closing in _PAIRED_MARKS:
            if (opening in phrase or closing in phrase) and phrase.count(opening) != phrase.count(closing):
                phrase = phrase.replace(opening, "").replace(closing, "")
    return phrase.strip(_EDGE_PUNCT)  # (“ 新房子: what the marks stood before)


def _noun_after(text: str, end: int, limit: int) -> str:
    """The counted noun right after a figure (89个职能部门 → 职能部门), or ''."""
    pos = end + 1 if text.startswith("的", end) else end
    if pos >= limit or text[pos] in _PREDICATE_START:
        return ""
    m = _NOUN_STOP.search(text, pos, min(limit, pos + 12))
    noun = _clean(text[pos : m.start() if m else min(limit, pos + 10)])
    # A run that holds another figure is a new clause, not a noun.
    return "" if _DIGITS_RE.search(noun) else noun


def _predicate_after(text: str, end: int, clause_end: int) -> str:
    """What the clause says after the figure (57人从中获益 → 从中获益), or ''."""
    phrase = _clean(text[end : min(clause_end, end + 20)])
    return "" if _DIGITS_RE.search(phrase) else phrase


def _subject(
    text: str,
    start: int,
    end: int,
    unit_char: str,
    clause_start: int,
    clause_end: int,
    place_starts: dict[int, int],
) -> str | None:
    """What a figure measures (see the module docstring)."""
    after = None
    # In a list of counts (11个贫困县、1023个贫困村、115万建档立卡贫困人口; 232人死亡、
    # 1037人受伤) each counts what follows it, up to the next item.
    # (the pattern needs a 、 within 13 characters: most figures have none)
    item_end = (
        _LIST_ITEM_END_RE.match(text, end, clause_end)
        if text.find("、", end + 1, min(end + 13, clause_end)) != -1
        else None
    )
    listed = text.startswith("、", start - 1) or item_end is not None
    if unit_char in _MEASURE_WORDS or listed or text.startswith("的", end):
        after = _noun_after(text, end, clause_end)
        if after:
            return after
    if listed:
        item = _clean(text[end : item_end.end() - 1 if item_end else clause_end])
        if item and not _DIGITS_RE.search(item):
            return item
    pos = clause_start
    # Leading scope words, periods and places, in any order: 今年以来，青海法院 …
    for _ in range(4):
        moved = pos
        m = _LEAD_RE.match(text, pos, start)
        if m:
            pos = m.end()
        m = PERIOD_RE.match(text, pos, start)
        if m and m.end() > pos:
            pos = m.end()
        pos = place_starts.get(pos, pos)
        if pos == moved:
            break
    phrase = text[pos:start]
    if phrase:
        if not _ACTION_CHARS.isdisjoint(phrase):
            m = _LAST_ACTION_RE.match(phrase)
            if m and m.end() < len(phrase):
                phrase = phrase[m.end() :]
        if "（" in phrase or "(" in phrase:
            phrase = _PAREN_RE.sub("", phrase)
        if phrase and phrase[-1] in _TRAIL_LAST_CHARS:
            m = _TRAIL_RE.search(phrase)
            if m:
                phrase = phrase[: m.start()]
        phrase = _clean(phrase)
    if phrase:
        return phrase
    if after is None:
        after = _noun_after(text, end, clause_end)
    return after or _predicate_after(text, end, clause_end) or None


NUMERAL_CHARS = frozenset("0123456789" + CN_NUMERAL_CHARS)


# Tags of a dictionary word that names or says something fixed: an idiom, a set phrase, a
# place, a proper noun (三座大山 ns, 三顾茅庐 i).
NAME_WORD_TAGS = frozenset({"i", "l", "ns", "nz", "nr", "nt"})


def _opens_a_name(text: str, start: int, end: int) -> bool:
    """A figure in Chinese numerals that opens a word the dictionary knows as an idiom or
    a name, with the one to three characters after it (推翻三座大山: no count of
    mountains). The rules of numbers.py list the names it must know without a dictionary."""
    # (A figure that opens with an Arabic digit or a qualifier word, the most of them,
    # fails the first test at once.)
    if text[start] not in CN_NUMERAL_CHARS or any(c.isdigit() for c in text[start:end]):
        return False
    if text.startswith(("来", "以来"), end):
        return False  # 一年多来 (l): a period marker, which counts
    return any(
        (word_tag(text[start : end + k]) or "") in NAME_WORD_TAGS
        for k in (1, 2, 3)
        if end + k <= len(text) and end + k - start >= 4
    )


# A row's number that runs into its first cell (4天瑞集团…).
_ROW_NUMBER_RE = re.compile(r"([0-9]{1,3})(?=[\u4e00-\u9fff])")
# An item number that runs into a number (4.|0402年启动…, a garbled year) and one that
# opens its neighbour's text (3.加快…).
_ITEM_INTO_NUMBER_RE = re.compile(r"([0-9]{1,2})[.．](?=[0-9])")
_ITEM_NUMBER_RE = re.compile(r"([0-9]{1,2})[.．](?![0-9])")
_ASCII_DIGITS = frozenset("0123456789")
_PARAGRAPH_DIGIT_RE = re.compile("\n[0-9]")


def _row_numbers(paragraphs: list[str], offsets: list[int]) -> list[tuple[int, int]]:
    """The numbers of a list's rows where they run into the text after them: paragraphs
    that open with N next to one that opens with N-1 or N+1. A flattened table's row
    runs into its first cell (4天瑞集团…有限公司, no 4 days; but 1月…, 2月… is a timeline,
    so the neighbour's next character must differ), an item number into a number
    (4.0402年启动… after 3.加快…, no 4.0402 years)."""
    spans: list[tuple[int, int]] = []
    # Both patterns need a paragraph that opens with a digit: only those are tried.
    numbered = [i for i, p in enumerate(paragraphs) if p[:1] in _ASCII_DIGITS]
    if not numbered:
        return spans
    for number_re, neighbour_re in ((_ROW_NUMBER_RE, _ROW_NUMBER_RE), (_ITEM_INTO_NUMBER_RE, _ITEM_NUMBER_RE)):
        for i in numbered:
            m = number_re.match(paragraphs[i])
            if m is None:
                continue
            n, after = int(m.group(1)), paragraphs[i][m.end()]
            for j, step in ((i - 1, -1), (i + 1, 1)):
                other = neighbour_re.match(paragraphs[j]) if 0 <= j < len(paragraphs) else None
                if (
                    other is not None
                    and int(other.group(1)) == n + step
                    and (number_re is not _ROW_NUMBER_RE or paragraphs[j][other.end()] != after)
                ):
                    spans.append((offsets[i], offsets[i] + m.end()))
                    break
    return spans


# A short name a text defines for what it names: （以下简称“三个创新中心”）.
DEFINED_NAME_RE = re.compile(r"简称[“\"](?P<name>[^”\"\n]{2,12})[”\"]")


def find_metrics(ctx: ArticleContext) -> list[dict[str, Any]]:
    """The figures of an article, in text order, with provenance."""
    if not ctx.paragraphs:
        return []
    # The article is read as one text, paragraphs joined by "\n" (a sentence end that no
    # figure spans): one pass of each pattern per article instead of per paragraph.
    joined = ctx.joined
    text = joined.text
    offsets = joined.starts
    places = joined.places
    skip = [(s, e) for s, e, _ in places]
    # a housing estate or village named again without its suffix (包括融科三万英尺在内)
    for s, e, _ in places:
        if e - s >= 5 and text.endswith(("小区", "社区"), s, e) and not NUMERAL_CHARS.isdisjoint(text[s:e]):
            core = text[s : e - 2]
            k = text.find(core)
            while k != -1:
                skip.append((k, k + len(core)))
                k = text.find(core, k + len(core))
    # (a paragraph opening with a digit found in the joined text by one literal-led search)
    if text[:1] in _ASCII_DIGITS or _PARAGRAPH_DIGIT_RE.search(text):
        skip.extend(_row_numbers(ctx.paragraphs, offsets))
    # a short name the text defines (以下简称“三个创新中心”, 简称“两库”) is a name wherever
    # it recurs, quoted or not
    for m in DEFINED_NAME_RE.finditer(text):
        name = m.group("name")
        if not NUMERAL_CHARS.isdisjoint(name):
            k = text.find(name)
            while k != -1:
                skip.append((k, k + len(name)))
                k = text.find(name, k + len(name))
    # a numeral inside a program's name is part of the name (南疆三地州10个未摘帽深度贫困县
    # 建档立卡贫困家庭劳动力有组织转移就业工作, quoted too long for the quote mask)
    skip.extend((offsets[r["paragraph"]] + r["start"], offsets[r["paragraph"]] + r["end"]) for r in ctx.programs)
    quantities = find_quantities(text, skip=skip)
    if not quantities:
        return []
    place_positions = joined.place_starts
    n_places = len(place_positions)
    place_starts = {s: e for s, e, _ in places}
    main_place = ctx.main_place
    n = len(text)
    records: list[dict[str, Any]] = []
    # Bound methods in locals: this loop runs for every figure of the corpus.
    last_clause_sep = _LAST_CLAUSE_SEP_RE.match
    last_sentence_end = _LAST_SENTENCE_END_RE.match
    period_finditer = PERIOD_RE.finditer
    period_hint = _PERIOD_HINT_RE.search
    previous_end = 0
    sentence_start, sentence_end, clause_end = 0, -1, -1
    period: str | None = None
    period_cursor = period_start = period_end = 0
    current_sentence = -1
    for start, end, q in quantities:
        # Not figures: a Chinese numeral that opens an idiom or a name (the test of its
        # first character inline: most figures open with a digit); a figure a place
        # starts inside, which took its unit (7天津开发区…有限公司: a table row's number run
        # into the first cell, no 7 days). They leave no trace in the reading below.
        if text[start] in CN_NUMERAL_CHARS and _opens_a_name(text, start, end):
            continue
        # (the first place starting after the figure's start: also the place read below)
        k = bisect_right(place_positions, start)
        if k < n_places and place_positions[k] < end and text[start : place_positions[k]].isdigit():
            continue
        # Sentence and clause bounds, read on from the previous figure: the greedy
        # patterns find the last boundary between it and this one, in C.
        m = last_clause_sep(text, previous_end, start)
        if m:
            # A sentence end is a clause separator too: only look for one after one.
            s = last_sentence_end(text, previous_end, m.end())
            if s:
                sentence_start = s.end()
        if sentence_end < start:
            s = _SENTENCE_END_RE.search(text, end)
            sentence_end = s.start() if s else n
        clause_start = max(m.end() if m else previous_end, sentence_start)
        if clause_end < start:
            m = _CLAUSE_SEP_RE.search(text, end)
            clause_end = m.start() if m else n
        # The period: the last time expression so far in this sentence; the scan goes
        # on from the previous figure of the same sentence.
        if sentence_start != current_sentence:
            current_sentence, period, period_cursor = sentence_start, None, sentence_start
        if period_cursor < start:
            if period_hint(text, period_cursor, start):
                # (only the last expression counts: a deque of one keeps it, in C)
                last = deque(period_finditer(text, period_cursor, start), maxlen=1)
                if last:
                    period, (period_start, period_end) = last[0].group(), last[0].span()
            period_cursor = end
            if (
                period is not None
                and not text.endswith(("截至", "截止", "到", "从"), 0, period_start)
                and not period.startswith(("截至", "截止", "到"))  # 截至4月29日24时
                and NOW_RE.search(text, period_end, start)
            ):
                period = None
        # The place: the last one before the figure in its sentence, else the first
        # after it in the sentence, else the article's.
        place = None
        if k and places[k - 1][0] >= sentence_start:
            place = places[k - 1][2]
        elif k < len(places) and places[k][0] < sentence_end:
            place = places[k][2]
        figure = text[start:end]
        unit_char = figure[-3] if figure.endswith(("以上", "以下", "左右", "以内")) else figure[-1]
        p = bisect_right(offsets, start) - 1
        base = offsets[p]
        subject = _subject(text, start, end, unit_char, clause_start, clause_end, place_starts)
        if subject is None and records and start == offsets[records[-1]["paragraph"]] + records[-1]["end"]:
            subject = records[-1]["subject"]  # 《条例》共6章|52条: the figure run on shares its subject
        records.append(
            {
                "text": figure,
                "value": q.value,
                "unit": q.unit,
                "qualifier": q.qualifier,
                "subject": subject,
                "place": place or main_place,
                "period": period,
                "paragraph": p,
                "start": start - base,
                "end": end - base,
            }
        )
        previous_end = end
    return records
