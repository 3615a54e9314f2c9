"""Awards: titles given to places and units, with the year and the recipient (SPEC
section 3, issue 3 item 6).

An award is a title right after a verb of awarding (被评为, 获评, 荣获, 授予, 命名为, 入选
…): a quoted title (岳阳市被评为“全国社会治安综合治理优秀市”; several in a row: 获评“A”“B”),
or an unquoted one that ends like an honor (被评为全国文明城市). Each record:

- `title`: the title without quotes; `start`/`end` span it (``paragraphs[p][start:end]``).
- `year`: from the clause before the verb, back to the sentence start: 2017年 → "2017";
  2016年至2020年 → "2016-2020"; 今年, a month and day (12月15日) or nothing → the year of
  the article's date; 去年 → the year before; None when the article has no date and the
  sentence names no year.
- `recipient`: the person named right after the title and 的 (荣获…称号的李俊); an
  organization that is the clause's subject (淄博市公安局被评为 …); else the person or the
  place named last before the verb in its sentence (岳阳市 → 湖南省岳阳市; 沈战东曾连续三年
  被评为 → 沈战东), or the person 他/她 stands for; a clause with no subject of its own
  (最近获得, 2010年荣获) has the person who opens the sentence or one of its earlier
  clauses, or whom 他/她 there stands for; else the article's main place. A body between
  被 and the verb is the giver, not the recipient.

A title named without a verb of awarding (“‘平安中国建设示范市’这块金字招牌”) is a program of
kind honor (programs.py), not an award record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.organizations import lexicon as org_lexicon
from corpus_tool.extract.programs import HONOR_ENDINGS

HAN = "\u4e00-\u9fff"
TRIGGER_RE = re.compile(
    "被评为|评为|获评|荣获|获得|被授予|授予|被命名为|命名为|入选|获颁|摘得|夺得|创成|成功创建|荣膺"
)
# what may stand between the verb and the title: 被评为了, 再次获评, 获评为, 授予…以
GAP_RE = re.compile(r"(?:了|为|过)?")
QUOTED_RE = re.compile(r"“([^“”\n]{2,40})”")
UNQUOTED_RE = re.compile(rf"[{HAN}]{{3,20}}")
CHAIN_SEPARATORS = ("", "、", "和", "及", "与", "以及")
SENTENCE_END = "。！？!?\n"
RANGE_RE = re.compile(r"(\d{4})\s*年?\s*(?:至|到|—|－|-|~|～)\s*(\d{4})\s*年")
YEAR_RE = re.compile(r"(\d{4})\s*年")
MONTH_DAY_RE = re.compile(r"\d{1,2}月\d{1,2}日|今年|本年度|近日|日前")
LAST_YEAR_RE = re.compile(r"去年|上年")
SPEECH_CHARS = frozenset("，。！？；：,!?;:")
# Verbs that also take things other than titles (获得“银税互动”贷款): after these a title
# must look like one (…奖, …奖章, …示范市) or be called one (…称号, …荣誉).
# 命名为 names ships and bridges too (命名为“天宫”, “沈星桥”).
WEAK_TRIGGERS = frozenset({"获得", "摘得", "夺得", "创成", "成功创建", "入选", "命名为", "被命名为"})
PRONOUNS = ("他", "她")
# A clause before a verb of awarding with no subject of its own: a time and adverbs
# (2010年荣获, 曾因多项创新技术获得, 最近又获得, 先后被授予).
CARRIED_SUBJECT_RE = re.compile(r"(?:[0-9]{4}年)?(?:曾|最近|先后|又|还|也|已|均|多次|连续[^，。]{0,4}|因[^，。]{0,12})*")
PRIZE_ENDINGS = ("奖", "奖章", "勋章", "称号", "之星", "荣誉", "杯") + HONOR_ENDINGS
CALLED_RE = re.compile(r"(?:等)?(?:荣誉)?称号|(?:等)?荣誉|奖")
# Words before a verb of awarding that make it the topic of a text, not an award given:
# 关于授予…的决定.
ABOUT = ("关于", "有关")


class _Finder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        joined = ctx.joined
        self.text = joined.text
        self.starts = joined.starts
        self.places = joined.places
        self.place_starts = joined.place_starts
        # (start, end, name) of each mention of a person, in the joined text
        self.people = sorted(
            (self.starts[r["paragraph"]] + r["start"], self.starts[r["paragraph"]] + r["end"], r["name"])
            for r in ctx.people
            if "paragraph" in r and r["paragraph"] < len(self.starts)
        )
        # ASCII digits only: "²⁰²¹".isdigit() is true, but int() refuses it.
        year = (ctx.date or "")[:4]
        self.doc_year = year if len(year) == 4 and year.isascii() and year.isdigit() else None

    def _sentence_start(self, pos: int) -> int:
        text = self.text
        while pos > 0 and text[pos - 1] not in SENTENCE_END:
            pos -= 1
        return pos

    def _titles_after(self, pos: int) -> list[tuple[int, int]]:
        """Spans of the titles right after the verb ending at `pos` (quotes excluded)."""
        text = self.text
        gap = GAP_RE.match(text, pos)
        if gap is not None:
            pos = gap.end()
        out: list[tuple[int, int]] = []
        m = QUOTED_RE.match(text, pos)
        if m is None:
            u = UNQUOTED_RE.match(text, pos)
            if u is None:
                return out
            word = u.group()
            for ending in HONOR_ENDINGS:
                k = word.find(ending)
                if k != -1:
                    return [(u.start(), u.start() + k + len(ending))]
            return out
        while m is not None and not SPEECH_CHARS.intersection(m.group(1)):
            out.append((m.start(1), m.end(1)))
            nxt = m.end()
            for sep in sorted(CHAIN_SEPARATORS, key=len, reverse=True):
                if text.startswith(sep, nxt):
                    m = QUOTED_RE.match(text, nxt + len(sep))
                    if m is not None:
                        break
            else:
                m = None
        return out

    def _year(self, lo: int, hi: int) -> str | None:
        clause = self.text[lo:hi]
        ranges = list(RANGE_RE.finditer(clause))
        years = list(YEAR_RE.finditer(clause))
        if ranges and (not years or ranges[-1].end() >= years[-1].end()):
            return f"{ranges[-1].group(1)}-{ranges[-1].group(2)}"
        if years:
            return years[-1].group(1)
        if LAST_YEAR_RE.search(clause) and self.doc_year:
            return f"{int(self.doc_year) - 1:04d}" if int(self.doc_year) > 1 else None
        return self.doc_year

    def _year_clause_start(self, sent: int, verb: int) -> int:
        """The year that goes with an award is written in its own clause (2016年至2020年，
        有4年被评为…): back to the previous ；, or to the sentence start."""
        k = self.text.rfind("；", sent, verb)
        return k + 1 if k != -1 else sent

    def _recipient(self, sent: int, verb: int) -> str | None:
        text = self.text
        # 被共青团福建省委授予…: the body between 被 and the verb gives the title; the
        # recipient is named before it
        agent = text.rfind("被", sent, verb)
        end = agent if agent != -1 and agent < verb - 1 else verb
        # 淄博市公安局被评为…: an organization that is the clause's subject comes first
        # (the place 淄博市 inside it is not the recipient)
        lo = end
        while lo > sent and text[lo - 1] not in "，；：、“”（）":
            lo -= 1
        subject = text[lo:end]
        subject = subject[subject.rfind("的") + 1 :]  # 他率领的|刑警支队
        if len(subject) <= 20:
            for m in org_lexicon().suffix_re.finditer(subject):
                if m.end() == len(subject) and m.start() > 0:
                    return subject
        # else a person who is the clause's subject (沈战东曾连续三年被评为…: the person, not
        # the city the article is about), or the place named last before it in the sentence
        i = bisect_right(self.place_starts, end) - 1
        place = self.places[i] if i >= 0 and self.places[i][0] >= sent and self.places[i][1] <= end else None
        # (not one the subject belongs to: 李宏专等人的红河广场岗亭被授予…)
        person = next(
            (m for m in reversed(self.people) if lo <= m[0] and m[1] <= end and "的" not in text[m[1] : end]),
            None,
        )
        if person is None and text.startswith(PRONOUNS, lo) and "的" not in text[lo:end]:
            # 他先后被授予…: the person the text spoke of last
            person = next((m for m in reversed(self.people) if m[1] <= lo), None)
        elif person is None and lo > sent and CARRIED_SUBJECT_RE.fullmatch(text, lo, end):
            # 冯萌萌……，曾因多项创新技术获得…: a clause without a subject of its own has the
            # sentence's, when a person opens the sentence …
            person = next((m for m in self.people if sent <= m[0] <= sent + 1), None)
            if person is None:
                # … or opens one of its clauses (在…乡，谭泽勇当了20年村支书，…，2010年荣获…),
                # or 他/她 does (面对疫情，他积极响应…，最近获得…): that person, whatever
                # places the clauses between name
                opener = next(
                    (
                        k
                        for k in range(lo - 1, sent - 1, -1)
                        if (k == sent or text[k - 1] in "，；")
                        and (text.startswith(PRONOUNS, k) or any(m[0] == k for m in self.people))
                    ),
                    None,
                )
                if opener is not None:
                    person = next((m for m in reversed(self.people) if m[1] <= opener or m[0] == opener), None)
                    if person is not None:
                        return person[2]
        if person is not None and (place is None or person[1] > place[1]):
            return person[2]
        if place is not None:
            return place[2]
        return self.ctx.main_place

    def _holder_after(self, title_end: int) -> str | None:
        """荣获全国劳动模范称号的李俊: the person named right after the title and 的."""
        if self.text.startswith("”", title_end):
            title_end += 1
        called = CALLED_RE.match(self.text, title_end)
        pos = called.end() if called is not None else title_end
        if not self.text.startswith("的", pos):
            return None
        return next((m[2] for m in self.people if m[0] == pos + 1), None)

    def run(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        text = self.text
        for m in TRIGGER_RE.finditer(text):
            titles = self._titles_after(m.end())
            if titles and m.group() in WEAK_TRIGGERS:
                called = CALLED_RE.match(text, titles[-1][1] + 1)
                if called is None:
                    titles = [t for t in titles if text[t[0] : t[1]].endswith(PRIZE_ENDINGS)]
            if not titles or text.endswith(ABOUT, 0, m.start()):
                continue  # 作出关于授予国家勋章和国家荣誉称号的决定: the topic of a decision
            sent = self._sentence_start(m.start())
            year = self._year(self._year_clause_start(sent, m.start()), m.start())
            if year is None or not year[:4].isdigit():
                year = self.doc_year if year is None else year
            recipient = self._holder_after(titles[-1][1]) or self._recipient(sent, m.start())
            for s, e in titles:
                own = YEAR_RE.match(text, s)  # “2018年度中国大学生自强之星标兵”
                p = bisect_right(self.starts, s) - 1
                base = self.starts[p]
                out.append(
                    {
                        "title": text[s:e],
                        "year": own.group(1) if own else year,
                        "recipient": recipient,
                        "paragraph": p,
                        "start": s - base,
                        "end": e - base,
                    }
                )
        return out


def find_awards(ctx: ArticleContext) -> list[dict[str, Any]]:
    """Award records of one article, in reading order: {"title", "year", "recipient",
    "paragraph", "start", "end"} with ``paragraphs[paragraph][start:end] == title``."""
    if not ctx.paragraphs:
        return []
    return _Finder(ctx).run()
