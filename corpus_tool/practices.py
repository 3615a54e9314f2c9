"""The catalogue of model practices: program mentions aggregated across articles.

Computed on demand from the record store's `programs` table (one row per mention, with
its sentence) joined to `articles` (date, main place) and `metrics` (figures of the same
paragraphs). The People's Daily month holds about 7k mentions, which aggregate in well
under a second, so no table is cached at build time and the catalogue is never stale.

Merging rule (`normalize_core`): mentions share an entry when their cores agree after
  1. full-width → half-width and dropping quotes, brackets and spaces (“枫桥经验”,
     ‘枫桥经验’, 《…》);
  2. dropping generic leading words (坚持和发展, 新时代, 中国 …), repeatedly, so
     坚持和发展新时代“枫桥经验” and “枫桥经验” merge;
  3. dropping a leading place name (岳阳市, 湖南) when at least four characters remain,
     so a practice named after its place (浦江经验, 宣城七大调解法 → 七大调解法 only
     because five characters remain) keeps a name of its own.
Nothing else is merged: 网格化管理 and 网格化 stay two entries, because a shorter core
is often a different, broader thing (一站式 vs 一站式矛盾纠纷调处化解中心).

What counts as a practice: by default the catalogue leaves out slogans, documents and
honours (六保, 《意见》, 平安中国建设示范市), which are extracted as programs but are
not something a place does; `kind="all"` (or naming the kind) brings them back.
National "battle" campaigns (脱贫攻坚战, 疫情防控阻击战, 蓝天保卫战) are filed as
slogans for the same reason: they name a national goal, not a practice a place adopts.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

NON_PRACTICE_KINDS = frozenset({"slogan", "document", "honor"})
KINDS = ("mode", "mechanism", "campaign", "brand", "platform", "other", "slogan", "document", "honor", "all")

# Quote marks, title marks and brackets carry no meaning for identity.
_QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉\s]")
_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Generic words that qualify a practice without changing which practice it is.
# Only phrases that never start a practice's own name: 中国/全国 would turn the honour
# 全国社会治安综合治理优秀市 into another title, and a bare 发展 or 坚持 begins real names.
_GENERIC_PREFIXES = ("坚持和发展", "坚持和完善", "坚持发展", "创新发展", "学习推广", "新时代", "新时期")
_MIN_REST_AFTER_PREFIX = 2
_MIN_REST_AFTER_PLACE = 4
_BATTLE = re.compile(r"(攻坚战|阻击战|保卫战|歼灭战|持久战)$")
# Verbs of sentences that say what a practice is or does (preferred as descriptions).
_DEFINING = re.compile(r"是|通过|实行|建立|推行|实施|构建|打造|推出|探索|创新|依托|形成|开展|采取|建成|设立")
_ENDS = "。！？!?”’\"'"
_IS = re.compile(r"^.{0,3}(就是|是指|是)")
MAX_FIGURES = 10
SIMILAR_PER_ENTRY = 3


@dataclass
class Practice:
    """One catalogue entry (SPEC section 4 `practices` plus description, figures, similar)."""

    name: str
    core: str
    kind: str
    places: list[str]
    mentions: int
    articles: list[str]
    first_seen: str | None
    last_seen: str | None
    description: str = ""
    figures: list[dict[str, Any]] = field(default_factory=list)
    similar: list[dict[str, Any]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # every written form, most frequent first
    sentences: list[str] = field(default_factory=list)  # the mention sentences (not in JSON)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "core": self.core,
            "kind": self.kind,
            "places": self.places,
            "mentions": self.mentions,
            "articles": self.articles,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "description": self.description,
            "figures": self.figures,
            "similar": self.similar,
            "forms": self.forms,
        }


@dataclass
class Mention:
    article_id: str
    name: str
    core: str
    kind: str
    place: str | None
    paragraph: int | None
    sentence: str
    date: str | None
    main_place: str | None


# --- normalization ----------------------------------------------------------------------


@cache
def _place_forms() -> frozenset[str]:
    from corpus_tool.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    return frozenset(f for f in gazetteer.surface_forms() if len(f) >= 2 and not gazetteer.is_stop(f))


def _strip_place(text: str) -> str:
    forms = _place_forms()
    for length in range(min(8, len(text) - _MIN_REST_AFTER_PLACE), 1, -1):
        if text[:length] in forms:
            return text[length:]
    return text


@cache
def normalize_core(text: str) -> str:
    """The key mentions merge under (see the module docstring for the rule)."""
    core = _QUOTES.sub("", text.translate(_HALF_WIDTH))
    changed = True
    while changed:
        changed = False
        for prefix in _GENERIC_PREFIXES:
            if core.startswith(prefix) and len(core) - len(prefix) >= _MIN_REST_AFTER_PREFIX:
                core = core[len(prefix):]
                changed = True
        stripped = _strip_place(core)
        if stripped != core:
            core, changed = stripped, True
    return core


def catalogue_kind(core: str, kinds: Counter[str]) -> str:
    """The entry's kind: the most frequent extracted kind; battle metaphors are slogans."""
    if _BATTLE.search(core):
        return "slogan"
    return max(kinds.items(), key=lambda kv: (kv[1], kv[0]))[0]


# --- loading ----------------------------------------------------------------------------


def load_mentions(db: sqlite3.Connection) -> list[Mention]:
    """Every program mention with its article's date and main place."""
    articles = {
        row[0]: (row[1], row[2])
        for row in db.execute(
            "SELECT id, date, json_extract(record, '$.main_place.name') FROM articles"
        )
    }
    mentions = []
    for article_id, name, core, kind, place, paragraph, sentence in db.execute(
        "SELECT article_id, name, core, kind, place, paragraph, sentence FROM programs "
        "ORDER BY rowid"
    ):
        date, main_place = articles.get(article_id, (None, None))
        written = core or name or ""
        mentions.append(
            Mention(article_id, name or written, normalize_core(written), kind or "other",
                    place, paragraph, sentence or "", date, main_place)
        )
    return [m for m in mentions if m.core]


def load_figures(db: sqlite3.Connection) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """Metric records keyed by (article, paragraph), only for paragraphs with a program."""
    rows = db.execute(
        "SELECT m.article_id, m.paragraph, m.text, m.value, m.unit, m.qualifier, m.subject, "
        "m.place, m.period, m.sentence FROM metrics m WHERE EXISTS (SELECT 1 FROM programs p "
        "WHERE p.article_id = m.article_id AND p.paragraph = m.paragraph) ORDER BY m.rowid"
    )
    figures: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for article_id, paragraph, text, value, unit, qualifier, subject, place, period, sentence in rows:
        figures.setdefault((article_id, paragraph), []).append(
            {"text": text, "value": value, "unit": unit, "qualifier": qualifier,
             "subject": subject, "place": place, "period": period,
             "article_id": article_id, "sentence": sentence}
        )
    return figures


# --- aggregation ------------------------------------------------------------------------


def _specific_places(counts: Counter[str]) -> list[str]:
    """Most specific places first by mentions; 湖南省 is dropped beside 湖南省岳阳市."""
    names = [n for n in counts if not any(o != n and o.startswith(n) for o in counts)]
    return sorted(names, key=lambda n: (-sum(c for o, c in counts.items() if o.startswith(n)), n))


def describe(sentences: Sequence[str], forms: Iterable[str]) -> str:
    """One or two sentences that say what the practice is or does.

    Preference: a sentence where a written form is followed by 是 (a definition); then one
    with a verb of doing (通过, 实行, 建立, 推行 …) after the practice's name; among those, a readable length (15–120
    characters), shortest first, because the shortest such sentence is usually the one
    about this practice rather than a summary of a whole paragraph.
    """
    forms = [f for f in forms if f]
    best: dict[str, tuple[int, int, int]] = {}
    for sentence in sentences:
        sentence = sentence.strip()
        if not sentence or sentence in best:
            continue
        defines = any(_IS.match(sentence[i + len(f):]) for f in forms for i in _find_all(sentence, f))
        # A verb counts only after the practice is named: in "服务不缺位是枫桥经验的特征"
        # the sentence is about something else.
        first = min((i for f in forms for i in _find_all(sentence, f)), default=0)
        tier = 0 if defines else 1 if _DEFINING.search(sentence, first) else 2
        length_ok = 0 if 15 <= len(sentence) <= 120 else 1
        best[sentence] = (tier, length_ok, len(sentence))
    ranked = sorted(best, key=lambda s: best[s])
    if not ranked:
        return ""
    chosen = [ranked[0]]
    if len(ranked) > 1 and best[ranked[1]][0] < 2 and len(ranked[0]) + len(ranked[1]) <= 150:
        chosen.append(ranked[1])
    # Stored sentences may lack their final stop (cut at a quote or the paragraph end).
    return "".join(c if c[-1] in _ENDS else c.rstrip("；;，,、：:") + "。" for c in chosen)


def _find_all(text: str, part: str) -> Iterable[int]:
    start = text.find(part)
    while start >= 0:
        yield start
        start = text.find(part, start + 1)


def aggregate(
    mentions: Iterable[Mention], figures: dict[tuple[str, int], list[dict[str, Any]]]
) -> list[Practice]:
    """One entry per normalized core."""
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(mention.core, []).append(mention)
    entries = []
    for core, group in groups.items():
        forms = Counter(m.name for m in group)
        kinds = Counter(m.kind for m in group)
        places: Counter[str] = Counter()
        for m in group:
            for place in {m.place, m.main_place} - {None, ""}:
                places[place] += 1
        articles = list(dict.fromkeys(m.article_id for m in group))
        dates = sorted(m.date for m in group if m.date)
        seen: set[tuple[str, int]] = set()
        entry_figures: list[dict[str, Any]] = []
        for m in group:
            key = (m.article_id, m.paragraph if m.paragraph is not None else -1)
            if key not in seen:
                seen.add(key)
                entry_figures.extend(figures.get(key, []))
        sentences = list(dict.fromkeys(m.sentence for m in group if m.sentence))
        # Most frequent written form; ties go to the first written (article order).
        name = max(forms, key=lambda f: forms[f])
        written = [f for f, _ in forms.most_common()]
        entries.append(
            Practice(
                name=name,
                core=core,
                kind=catalogue_kind(core, kinds),
                places=_specific_places(places),
                mentions=len(group),
                articles=articles,
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
                description=describe(sentences, [core, *written, *(_QUOTES.sub("", f) for f in written)]),
                figures=entry_figures[:MAX_FIGURES],
                forms=written,
                sentences=sentences,
            )
        )
    return entries


# --- querying ---------------------------------------------------------------------------


def _in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    if not date_from and not date_to:
        return True
    if not date:
        return False
    # Prefix comparison makes YYYY and YYYY-MM bounds inclusive of the whole period.
    if date_from and date[: len(date_from)] < date_from:
        return False
    return not (date_to and date[: len(date_to)] > date_to)


def _under_place(places: Iterable[str], full_name: str) -> bool:
    return any(p.startswith(full_name) for p in places)


def sort_key_mentions(entry: Practice) -> tuple[int, int, str]:
    # Articles first: a practice reported by 14 articles outranks one repeated 15 times in
    # a single article ("mentioned most across articles").
    return (-len(entry.articles), -entry.mentions, entry.core)


def select(
    entries: list[Practice],
    *,
    query: str | None = None,
    place: str | None = None,
    province: str | None = None,
    kind: str | None = None,
    sort: str = "relevance",
) -> list[Practice]:
    """Filter and order catalogue entries (dates are filtered on mentions, before)."""
    if kind is None:
        entries = [e for e in entries if e.kind not in NON_PRACTICE_KINDS]
    elif kind != "all":
        entries = [e for e in entries if e.kind == kind]
    if place:
        entries = [e for e in entries if _under_place(e.places, place)]
    if province:
        entries = [e for e in entries if _under_place(e.places, province)]
    words = [normalize_core(w) or w for w in (query or "").split()]
    if not words:
        return sorted(entries, key=sort_key_mentions)
    tiers: dict[str, int] = {}
    kept = []
    for entry in entries:
        names = " ".join([entry.core, *entry.forms])
        texts = names + " " + entry.description
        if not all(w in texts for w in words):
            continue
        tiers[entry.core] = 0 if all(w in names for w in words) else 1
        kept.append(entry)
    if sort == "mentions":
        return sorted(kept, key=sort_key_mentions)
    return sorted(kept, key=lambda e: (tiers[e.core], *sort_key_mentions(e)))


def add_similar(chosen: list[Practice], pool: list[Practice], per_entry: int = SIMILAR_PER_ENTRY) -> None:
    """Fill each chosen entry's `similar` with practices reported elsewhere.

    "Elsewhere": no article in common, so the neighbours of a practice are not merely the
    other practices of the same report. TF-IDF over jieba words of name + sentences, in
    pure Python (corpus_tool.similarity.sparse_tfidf, the same weights) so `practices` does not pay the
    1.75 s scikit-learn import.
    """
    from corpus_tool.similarity import sparse_tfidf

    if not chosen or not pool:
        return
    pool_by_core = {e.core: e for e in pool}
    for entry in chosen:
        pool_by_core.setdefault(entry.core, entry)
    cores = list(pool_by_core)
    vectors = dict(zip(cores, sparse_tfidf([practice_text(pool_by_core[c]) for c in cores]), strict=True))
    # An inverted index: only entries sharing a word with the chosen one get a score,
    # which keeps 20 entries × ~1,500 candidates well under 0.1 s.
    postings: dict[str, list[tuple[str, float]]] = {}
    for core, vector in vectors.items():
        for word, weight in vector.items():
            postings.setdefault(word, []).append((core, weight))
    for entry in chosen:
        mine = set(entry.articles)
        totals: dict[str, float] = {}
        for word, weight in vectors[entry.core].items():
            for core, other_weight in postings[word]:
                totals[core] = totals.get(core, 0.0) + weight * other_weight
        scored = [
            (score, core)
            for core, score in totals.items()
            if core != entry.core and score > 0 and not mine.intersection(pool_by_core[core].articles)
        ]
        scored.sort(key=lambda sc: (-sc[0], sc[1]))
        entry.similar = [
            {"core": core, "name": pool_by_core[core].name, "score": round(score, 4),
             "places": pool_by_core[core].places[:3], "last_seen": pool_by_core[core].last_seen}
            for score, core in scored[:per_entry]
        ]


def practice_text(entry: Practice) -> str:
    """What a practice is compared on: its names, description and mention sentences."""
    return "\n".join([entry.core, entry.name, entry.description, *entry.sentences[:20]])


def catalogue(
    db: sqlite3.Connection,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[Practice]:
    """Every entry of the catalogue (no kind filter), mentions limited to the dates."""
    mentions = [m for m in load_mentions(db) if _in_range(m.date, date_from, date_to)]
    return aggregate(mentions, load_figures(db))


def find_practice(entries: list[Practice], text: str) -> Practice | None:
    """The entry whose core or written form is `text` (after normalization)."""
    key = normalize_core(text.strip())
    for entry in entries:
        if entry.core == key or text.strip() in entry.forms:
            return entry
    return None

