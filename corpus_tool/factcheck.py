"""The claim checker (issue 4 item 3): is a figure in an editor's sentence supported by
the sources, contradicted by them, or not found in them?

For every figure of the claim (read by extract/numbers.py, the parser the extractor
uses, so that 约10.4亿元 in a claim and 104147.31万元 in a source meet on one scale):

1. **Context of the figure.** The claim's place (extract/places.py, short names resolved
   by the gazetteer: 岳阳 → 湖南省岳阳市), its period words (the extractor's PERIOD_RE:
   今年以来, 2021年上半年 …) and its subject: the character bigrams of the claim with
   figures, places and periods taken out. Bigrams rather than jieba words because a
   restated claim rarely keeps the source's word boundaries (执行案款 / 案款), and
   because they need no dictionary: the checker starts in well under a second.
2. **Candidates.** Metric rows of the index with a compatible unit (人 = 名 = 位,
   件 = 起, 个 = 家) whose sentence shares at least one of the claim's subject
   bigrams (one SQL query; LIKE runs in C over the unit's rows).
3. **Matching.** Each candidate scores a global overlap (claim bigrams found in the
   source sentence, subject and headline) and a local one (claim clause vs the clause
   of the source figure), so that of two amounts in one sentence (清理发放 … 万元；认领
   不明款 … 万元) the one whose clause matches is taken; one figure per sentence is kept.
   A candidate counts when its place is compatible (the claim names none, or the
   source's place is the claim's place or inside it) and its period is compatible
   (years and half-year words do not disagree).
4. **Verdict.** supported when a matching candidate states the same quantity within the
   claim's precision (10.4亿 = ±0.05亿; a figure with a scale word and no decimals is
   rounded to that scale but never looser than ±5 %) and qualifier (超过10亿元 is
   supported by 10.41亿; 三成以上 by 35%以上); contradicted when the best matching
   candidate for that subject states a different quantity (wrong digits, wrong 万/亿
   scale, wrong percentage), or when the same figure with the same subject is given by
   the sources for another place (a figure moved to another place); not_found
   otherwise — a claim about a place or period the sources do not cover is not_found,
   and a source whose period cannot be dated may support a claim naming a year but
   never contradicts it.

Disagreeing sources are shown, not hidden: when one matching source supports and
another contradicts, the verdict is supported (a source does say it), ``note`` is
"disputed: sources disagree" and both are in ``evidence``, each with ``agrees`` true or false.
Two figures of one article never dispute each other: the one of another size measures
something else (today's flow beside the holiday's).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from corpus_tool.extract.metrics import PERIOD_RE
from corpus_tool.extract.numbers import Quantity, find_quantities

# Units that name the same thing counted (a claim says 57名, a source 57人).
_UNIT_CLASSES: tuple[frozenset[str], ...] = (
    frozenset({"人", "名", "位"}),
    frozenset({"件", "起"}),
    frozenset({"个", "家"}),
    frozenset({"公里", "千米"}),  # kilometres, either way written
)

# Bigrams holding one of these carry no subject (function words, verbs of amount).
_STOP_CHARS = frozenset(
    "的了和与及等是在为将对从把被也都就并其这那之以来约近超过逾余多达共计累已经有年月日今去全该"
)
# "|" marks what the checker blanked out of a claim (figures, places, periods).
_CLAUSE_SEP = re.compile(r"[，,；;。！？!?：:、（）()|]")
_TO_RE = re.compile(
    r"(?:提高|增加|增长|增|下降|降低|减少|降|上升|提升|扩大|缩短|缩小|调整|升|达)?(?:到|至|为)"
)
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}")
_HALVES = ("上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度", "全年")
_ARABIC_NUM = re.compile(r"([0-9]+(?:[.．][0-9]+)?)\s*(万亿|亿|万|千)?")
_SCALE = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, None: 1}

# Thresholds on the combined overlap score (0..1). Supporting needs less than
# contradicting: a source stating the same value for a half-matching subject is good
# evidence; calling a claim wrong needs a clearly identical subject.
SUPPORT_SCORE = 0.45
CONTRADICT_SCORE = 0.55
MOVED_SCORE = 0.6  # the same figure and subject given for another place
NEAR_BEST = 0.12
PREFILTER = 0.25  # share of the claim's subject bigrams a source sentence must hold  # candidates this close to the best score speak of the same subject


@dataclass
class ClaimFigure:
    text: str
    value: int | float
    unit: str | None
    qualifier: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
        }


@dataclass
class Evidence:
    article_id: str
    source: str
    headline: str | None
    date: str | None
    sentence: str
    metric: dict[str, Any]
    agrees: bool
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "source": self.source,
            "headline": self.headline,
            "date": self.date,
            "sentence": self.sentence,
            "metric": self.metric,
            "agrees": self.agrees,
            "score": round(self.score, 3),
        }


@dataclass
class CheckResult:
    claim: str
    claim_figure: ClaimFigure
    verdict: str  # supported | contradicted | not_found
    evidence: list[Evidence] = field(default_factory=list)
    note: str | None = None  # "disputed: …", or where the sources put a moved figure

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "claim_figure": self.claim_figure.to_dict(),
            "verdict": self.verdict,
            "note": self.note,
            "evidence": [e.to_dict() for e in self.evidence],
        }


# --- reading the claim ------------------------------------------------------------------


def _bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for run in _HAN_RUN.findall(text):
        for i in range(len(run) - 1):
            bg = run[i : i + 2]
            if bg[0] not in _STOP_CHARS and bg[1] not in _STOP_CHARS:
                out.add(bg)
    return out


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the spans replaced by a separator (so no bigram crosses them)."""
    chars = list(text)
    for s, e in spans:
        for i in range(max(s, 0), min(e, len(chars))):
            chars[i] = "|"
    return "".join(chars)


def tolerance(text: str, value: float, qualifier: str | None) -> float:
    """How far from `value` the written figure `text` still holds: half a unit of its
    last written digit (10.4亿 → ±0.05亿), at most ±5 % when the figure is rounded to
    a scale word (10亿, 十万); approximate figures (约, 近, 左右) without decimals get
    ±5 %."""
    v = abs(float(value))
    m = _ARABIC_NUM.search(text.replace(",", ""))
    if m:
        digits = m.group(1).replace("．", ".")
        decimals = len(digits.partition(".")[2])
        tol = 0.5 * 10.0**-decimals * _SCALE[m.group(2)]
        if decimals == 0 and m.group(2):
            tol = min(tol, 0.05 * v)
    else:
        # Chinese numerals: half the place of the last non-zero digit, capped at 5 %.
        place = 1.0
        if v >= 1 and float(v).is_integer():
            n = int(v)
            while n and n % 10 == 0:
                n //= 10
                place *= 10
        tol = min(0.5 * place, max(0.05 * v, 0.5))
        decimals = 0
    if qualifier == "approx" and decimals == 0:
        tol = max(tol, 0.05 * v)
    return tol


def agrees(
    claim: ClaimFigure, source_text: str, source_value: float, source_qualifier: str | None
) -> bool:
    """Does a source's figure bear out the claim's, given both precisions and qualifiers?"""
    c, s = float(claim.value), float(source_value)
    tol = max(
        tolerance(claim.text, c, claim.qualifier),
        tolerance(source_text, s, source_qualifier),
        1e-9 * max(abs(c), abs(s)),
    )
    cq = claim.qualifier
    if cq == "at_least":
        # 超过10亿 holds for 10.41亿; a tenfold gap is a scale error, not "more than".
        return s >= c - tol and (c <= 0 or s < 10 * c)
    if cq == "at_most":
        return s <= c + tol and s > c / 10
    return abs(s - c) <= tol


def inside_source_bound(claim: ClaimFigure, source_value: float, source_qualifier: str | None) -> bool:
    """An exact claim just past a source's open bound (claim 40%, source 35%以上; claim
    1356万人, source 1200万人以上) is neither borne out nor refuted by it: the source
    does not state that quantity, but allows it."""
    c, s = float(claim.value), float(source_value)
    if claim.qualifier is not None:
        return False
    if source_qualifier == "at_least":
        return s <= c <= 1.2 * s
    if source_qualifier == "at_most":
        return s / 1.2 <= c <= s
    return False


def _unit_set(unit: str | None) -> set[str | None]:
    for cls in _UNIT_CLASSES:
        if unit in cls:
            return set(cls)
    return {unit}


def _periods(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in PERIOD_RE.finditer(text)]


def _years(period: str, article_date: str | None) -> set[int]:
    years = {int(y) for y in _YEAR_RE.findall(period)}
    base = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
    if base is not None:
        if "今年" in period or "本年" in period:
            years.add(base)
        if "去年" in period or "上年" in period:
            years.add(base - 1)
    return years


def _halves(period: str) -> set[str]:
    return {h for h in _HALVES if h in period}


_MONTH_RE = re.compile(r"(?<![0-9])([0-9]{1,2})月")


def _months(period: str) -> set[int]:
    return {int(m) for m in _MONTH_RE.findall(period)}


# --- the checker --------------------------------------------------------------------------


@dataclass
class _Candidate:
    row: tuple
    score: float
    local: float
    agrees: bool


class Checker:
    """Checks claims against one index's record store (open once, check many)."""

    def __init__(self, store_path: str):
        # Read-only: a check never writes, and may run beside a build.
        self.db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, timeout=30.0)

    def close(self) -> None:
        self.db.close()

    def check(self, claim: str) -> list[CheckResult]:
        from corpus_tool.extract.places import find_places

        claim = claim.strip()
        quantities = find_quantities(claim)
        if not quantities:
            return []
        places = [p for p in find_places([claim]) if p.get("name")]
        periods = _periods(claim)
        blocked = [(s, e) for s, e, _ in quantities]
        blocked += [(p["start"], p["end"]) for p in places]
        blocked += [(s, e) for s, e, _ in periods]
        subject_text = _blank(claim, blocked)
        claim_bigrams = _bigrams(subject_text)
        claim_years = set().union(*(_years(p, None) for _, _, p in periods)) if periods else set()
        claim_halves = set().union(*(_halves(p) for _, _, p in periods)) if periods else set()
        claim_months = set().union(*(_months(p) for _, _, p in periods)) if periods else set()
        results = []
        for start, end, q in quantities:
            figure = ClaimFigure(claim[start:end], q.value, q.unit, q.qualifier, start, end)
            place = _claim_place(places, start)
            place_texts = tuple(p["text"] for p in places if p["name"] == place)
            local = _bigrams(_figure_segment(subject_text, claim[start:end], start))
            if len(local) < 3:  # 涉及案件5565件: the clause alone says too little
                local = claim_bigrams
            results.append(
                self._check_figure(
                    claim,
                    figure,
                    q,
                    place,
                    place_texts,
                    tuple(p["start"] for p in places if p["name"] == place),
                    claim_bigrams,
                    local,
                    claim_years,
                    claim_halves,
                    claim_months,
                )
            )
        return results

    def _rows(self, q: Quantity, bigrams: set[str]) -> list[tuple]:
        units = sorted(u for u in _unit_set(q.unit) if u is not None)
        if not bigrams:
            return []
        marks = ",".join("?" * len(units))
        unit_sql = f"m.unit IN ({marks})" if units else "m.unit IS NULL"
        like = " OR ".join("instr(m.sentence, ?) > 0" for _ in bigrams)
        sql = (
            "SELECT m.article_id, m.text, m.value, m.unit, m.qualifier, m.subject, m.place, m.period, "
            'm.paragraph, m.start, m."end", m.sentence, a.source, a.headline, a.date '
            f"FROM metrics m JOIN articles a ON a.id = m.article_id WHERE {unit_sql} AND ({like})"
        )
        return self.db.execute(sql, (*units, *sorted(bigrams))).fetchall()

    def _contexts(self, article_ids: set[str]) -> dict[str, dict[str, Any]]:
        """Headline and paragraphs of the candidate articles (from the JSON records)."""
        import json

        ids = sorted(article_ids)
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for article_id, record in self.db.execute(
                f"SELECT id, record FROM articles WHERE id IN ({marks})", chunk
            ):
                out[article_id] = json.loads(record)
        return out

    def _check_figure(
        self,
        claim: str,
        figure: ClaimFigure,
        q: Quantity,
        place: str | None,
        place_texts: tuple[str, ...],
        place_starts: tuple[int, ...],
        claim_bigrams: set[str],
        local_bigrams: set[str],
        claim_years: set[int],
        claim_halves: set[str],
        claim_months: set[int],
    ) -> CheckResult:
        result = CheckResult(claim, figure, "not_found")
        if not claim_bigrams:
            return result
        scored: list[_Candidate] = []
        rows = self._rows(q, claim_bigrams)
        weight = _weights(claim_bigrams, rows)
        # Stage 1, on the sentence alone (cheap): drop what shares too little.
        first = []
        for row in rows:
            _, text, _, _, _, subject, _, _, _, _, _, sentence, _, headline, _ = row
            glob = _bigrams(" ".join(x for x in (sentence, subject, headline) if x))
            if len(claim_bigrams & glob) >= PREFILTER * len(claim_bigrams):
                first.append(row)
        # Stage 2: the figure's surroundings in its article. A report names its topic once
        # (执行案款 in the lead) and gives the figures paragraphs later, so the global
        # overlap reads the headline, the lead and the figure's paragraph with the one
        # before; the local overlap compares the clause of each figure.
        contexts = self._contexts({row[0] for row in first})
        for row in first:
            article_id, text, value, qualifier = row[0], row[1], row[2], row[4]
            subject, paragraph, sentence = row[5], row[8], row[11]
            sentence = sentence or ""
            glob = _bigrams(_context(contexts.get(article_id), paragraph, sentence, subject))
            g = _cover(claim_bigrams, glob, weight)
            cand_local = _bigrams(_figure_segment(sentence, text or "") + "|" + (subject or ""))
            lo = _cover(local_bigrams, cand_local, weight)
            # A claim often folds two clauses into one (清理发放的执行案款涉及案件5565件
            # for 青海法院已清理发放…，涉及案件数5565件): the clause before counts too,
            # at a discount.
            before = _previous_clause(sentence, text or "")
            if before:
                lo = max(lo, 0.8 * _cover(local_bigrams, cand_local | _bigrams(before), weight))
            score = 0.5 * g + 0.5 * lo
            if score < SUPPORT_SCORE * 0.8:
                continue
            scored.append(_Candidate(row, score, lo, agrees(figure, text or "", value, qualifier)))
        scored = _one_per_sentence(scored)
        # A place the claim names only after its figure is what the figure is about
        # (48所高校对口支援|湖北省|高校), not where it was counted: a source sentence that
        # names it too will do, whatever place the source's figure was given (上海交通大学…).
        place_named_after = place is not None and all(p_start > figure.start for p_start in place_starts)
        matching = [
            c
            for c in scored
            if (
                _place_ok(place, c.row)
                or (place_named_after and any(t in (c.row[11] or "") for t in place_texts))
            )
            and _period_ok(claim_years, claim_halves, claim_months, c.row)
        ]
        matching.sort(key=lambda c: -c.score)
        best = matching[0].score if matching else 0.0
        near = [c for c in matching if c.score >= best - NEAR_BEST]
        support = [c for c in near if c.agrees and c.score >= SUPPORT_SCORE]
        # Contradicting needs the period known to match: a source without a datable
        # period may bear a claim out but cannot prove its year wrong.
        against = [
            c
            for c in near
            if not c.agrees
            and c.score >= CONTRADICT_SCORE
            and (not claim_years or _period_known(c.row))
            and not inside_source_bound(figure, c.row[2], c.row[4])
        ]
        # One report does not disagree with itself: a figure of another size in the article
        # that bears the claim out measures something else (今天…超过2.06亿人次 beside the
        # holiday's 超6.16亿人次).
        supporting_articles = {c.row[0] for c in support}
        against = [c for c in against if c.row[0] not in supporting_articles]
        if support:
            result.verdict = "supported"
            if against:
                result.note = "disputed: sources disagree"
            result.evidence = [_evidence(c) for c in (support + against)[:6]]
            return result
        if against:
            result.verdict = "contradicted"
            result.evidence = [_evidence(c) for c in against[:4]]
            return result
        if place:
            # The same figure for the same subject, but the sources give it for another
            # place: the claim moved it.
            moved = [
                c
                for c in scored
                if c.agrees
                and c.score >= MOVED_SCORE
                and c.row[6]
                and not _place_ok(place, c.row)
                # A source that names the claim's place too (兰州至武威 … 2小时) does not
                # give the figure to another place; it just speaks of both.
                and not any(t in (c.row[11] or "") for t in place_texts)
                and _period_ok(claim_years, claim_halves, claim_months, c.row)
            ]
            if moved:
                moved.sort(key=lambda c: -c.score)
                result.verdict = "contradicted"
                result.note = f"the sources give this figure for {moved[0].row[6]}, not {place}"
                result.evidence = [_evidence(c) for c in moved[:3]]
        return result


def _previous_clause(text: str, figure: str) -> str:
    pos = text.find(figure) if figure else -1
    if pos < 0:
        return ""
    seps = [m.start() for m in _CLAUSE_SEP.finditer(text, 0, pos)]
    if not seps:
        return ""
    start = seps[-2] + 1 if len(seps) > 1 else 0
    return text[start : seps[-1]]


def _weights(bigrams: set[str], rows: list[tuple]) -> dict[str, float]:
    """Rarer bigrams weigh more (1 + log(N / df) over the candidate sentences): a claim's
    names (三峡, 青海) tell its subject from a like one elsewhere (长洲船闸) better than
    its common words (日均, 增长) do."""
    n = len(rows) + 1
    df = dict.fromkeys(bigrams, 0)
    for row in rows:
        sentence = row[11] or ""
        for bg in bigrams:
            if bg in sentence:
                df[bg] += 1
    return {bg: 1.0 + 0.5 * math.log(n / (df[bg] + 1)) for bg in bigrams}


def _cover(wanted: set[str], found: set[str], weight: dict[str, float]) -> float:
    total = sum(weight.get(b, 1.0) for b in wanted)
    return sum(weight.get(b, 1.0) for b in wanted & found) / total if total else 0.0


def _context(
    article: dict[str, Any] | None, paragraph: int | None, sentence: str, subject: str | None
) -> str:
    parts = [sentence, subject or ""]
    if article:
        paragraphs = article.get("paragraphs") or []
        parts += [
            article.get("headline") or "",
            article.get("subheadline") or "",
            article.get("kicker") or "",
        ]
        picks = {0}
        if isinstance(paragraph, int):
            picks |= {paragraph - 1, paragraph}
        parts += [paragraphs[i] for i in sorted(picks) if 0 <= i < len(paragraphs)]
    return "|".join(parts)


def _figure_segment(text: str, figure: str, start: int | None = None) -> str:
    """The words that go with one figure: its clause, cut at the neighbouring figures
    (挂包联系1476家重点企业和418个重大项目: 1476家 keeps 挂包联系…重点企业和)."""
    pos = text.find(figure) if start is None else start
    if pos < 0 or not figure:
        return ""
    end = pos + len(figure)
    left = max((m.end() for m in _CLAUSE_SEP.finditer(text, 0, pos)), default=0)
    m = _CLAUSE_SEP.search(text, end)
    right = m.start() if m else len(text)
    base = left
    for s, e, _ in _quantities(text[base:right]):
        s, e = s + base, e + base
        if e <= pos:
            if not _TO_RE.fullmatch(text[e:pos]):
                left = max(left, e)
            # 由5%提高到20%: the later figure shares the words before the earlier one
        elif s >= end:
            right = min(right, s)
            break
    return text[left:pos] + "|" + text[end:right]


@lru_cache(maxsize=4096)
def _quantities(text: str) -> list[tuple[int, int, Quantity]]:
    return find_quantities(text)


def _claim_place(places: list[dict[str, Any]], pos: int) -> str | None:
    """The place a claim figure is about: the most specific place named in the claim
    before it, else after it."""
    before = [p for p in places if p["start"] < pos]
    pool = before or places
    if not pool:
        return None
    # The last-named, or a more specific one that lies inside it (湖南岳阳 → 岳阳市).
    chosen = pool[-1]["name"]
    for p in pool:
        if p["name"].startswith(chosen) and len(p["name"]) > len(chosen):
            chosen = p["name"]
    return chosen


def _place_ok(place: str | None, row: tuple) -> bool:
    if place is None:
        return True
    row_place = row[6]
    if row_place:
        return row_place.startswith(place)
    return False


def _period_known(row: tuple) -> bool:
    """True when the source figure's year can be read (its period or its article date)."""
    date = row[14]
    return bool(_years(row[7] or "", date) or (date and date[:4].isdigit()))


def _period_ok(
    claim_years: set[int], claim_halves: set[str], claim_months: set[int], row: tuple
) -> bool:
    period = row[7] or ""
    date = row[14]
    years = _years(period, date)
    if claim_years:
        if not years and date and date[:4].isdigit():
            # No period at the figure: a report speaks of its own year or the last one.
            years = {int(date[:4]), int(date[:4]) - 1}
        if years and not (claim_years & years):
            return False
    halves = _halves(period)
    if claim_halves and halves and not (claim_halves & halves):
        return False
    months = _months(period)
    return not (claim_months and months and not (claim_months & months))


def _one_per_sentence(candidates: list[_Candidate]) -> list[_Candidate]:
    """Of the figures of one sentence, the ones whose clause matches the claim best."""
    best: dict[tuple[str, str], float] = {}
    for c in candidates:
        key = (c.row[0], c.row[11] or "")
        best[key] = max(best.get(key, -1.0), c.local)
    return [c for c in candidates if math.isclose(c.local, best[(c.row[0], c.row[11] or "")])]


def _evidence(c: _Candidate) -> Evidence:
    (
        article_id,
        text,
        value,
        unit,
        qualifier,
        subject,
        place,
        period,
        paragraph,
        start,
        end,
        sentence,
        source,
        headline,
        date,
    ) = c.row
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    metric = {
        "text": text,
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "subject": subject,
        "place": place,
        "period": period,
        "paragraph": paragraph,
        "start": start,
        "end": end,
    }
    return Evidence(article_id, source, headline, date, sentence or "", metric, c.agrees, c.score)


def summary(results: Iterable[CheckResult]) -> dict[str, int]:
    counts = {"supported": 0, "contradicted": 0, "not_found": 0}
    for r in results:
        counts[r.verdict] += 1
    return counts
