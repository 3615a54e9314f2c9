"""Score the extractors against the hand-made gold annotations (tests/gold).

    python -m corpus_tool.evaluate [--gold tests/gold] [--corpus ../shared/corpus] [--json]

Each gold file names one article (its source file and headline, or the start of its first
paragraph) and lists what a careful reader finds in it (format and guidelines:
tests/gold/README.md). The script lays out the source (`api.read_articles`), finds the
article, extracts its records as `api.process_file` would, and compares the predicted
entities of each type with the gold: precision, recall and F1, micro-averaged over the
articles. In the same run it scores jieba's POS tags alone (ns → places, nr → people,
nt → organizations) on the same gold: the baseline to beat. Extractors that do not
exist yet simply predict nothing.

Match keys: places by normalized full name (and, on a separate line, by surface text),
people and organizations by name, programs by core (or name without quotes), metrics by
value and unit (a multiset per article: every mention counts), dates by value, awards
by title and recipient. Gold items marked `optional` count neither way: finding them
is not required, and predicting them is not an error.

With `--agreement FOLDER` it compares a second hand annotation of the same articles with
the gold instead (tests/agreement/README.md): how far two annotators agree.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TYPES = (
    "places",
    "places_text",
    "people",
    "organizations",
    "programs",
    "metrics",
    "dates",
    "awards",
)
LABELS = {
    "places": "places",
    "places_text": "places (surface text)",
    "people": "people",
    "organizations": "organizations",
    "programs": "programs",
    "metrics": "metrics (value+unit)",
    "dates": "dates",
    "awards": "awards",
}
# What the issue requires (F1 on the gold). Types without a target are reported only.
TARGETS = {
    "places": 0.95,
    "people": 0.95,
    "organizations": 0.85,
    "programs": 0.85,
    "metrics": 0.95,
    "dates": 0.90,
}
MULTISET_TYPES = frozenset({"metrics"})  # every mention counts; other types are sets per article
GOLD_LIST_FIELDS = ("places", "people", "organizations", "programs", "metrics", "dates", "awards")

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO_ROOT / "tests" / "gold"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"

_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』《》〈〉")
_DOTS = str.maketrans({"•": "·", "・": "·", "∙": "·", "●": "·"})


# --- normalization ----------------------------------------------------------------------


def norm_text(value: Any) -> str:
    """NFKC, no whitespace: full-width digits and brackets compare equal to half-width."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(text.split())


def norm_program(value: Any) -> str:
    """A program key: normalized text without quotes or title marks (《》)."""
    return norm_text(value).translate(_QUOTES).translate(_DOTS)


def norm_value(value: Any) -> str | None:
    """A canonical string for a numeric value (1041473100 == 1041473100.0 == "1041473100").
    A value with a fractional part is compared to four significant digits: annotators
    write 2/3 as 66.67 %, the extractor as 66.6667."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(number) or math.isinf(number):
        return None
    if number == int(number) and abs(number) < 1e18:
        return str(int(number))
    return format(number, ".4g")


def norm_unit(value: Any) -> str:
    return norm_text(value)


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


# --- items and matching -----------------------------------------------------------------


@dataclass
class Item:
    """One gold entity, or one prediction, reduced to what its type is matched on."""

    keys: frozenset  # acceptable match keys
    label: str  # how it is shown in reports (the primary key)
    optional: bool = False
    extra: frozenset = frozenset()  # awards: acceptable recipients


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Comparison:
    score: Score
    missed: list[str] = field(default_factory=list)  # required gold items not found
    spurious: list[str] = field(default_factory=list)  # predictions matching no gold item


def _compatible(etype: str, gold: Item, pred: Item) -> bool:
    if not gold.keys & pred.keys:
        return False
    if etype == "awards":
        (recipient,) = pred.extra or {""}
        if not recipient:
            return False
        return any(r == recipient or recipient in r or r in recipient for r in gold.extra if r)
    return True


def _max_matching(
    gold: Sequence[Item], preds: Sequence[Item], ok: Callable[[Item, Item], bool]
) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): {pred index: gold index}."""
    adjacency = [[j for j, p in enumerate(preds) if ok(g, p)] for g in gold]
    owner: list[int] = [-1] * len(preds)

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] == -1 or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {j: i for j, i in enumerate(owner) if i != -1}


def compare_items(etype: str, gold: Sequence[Item], preds: Sequence[Item]) -> Comparison:
    """Compare the gold items and predictions of one type in one article."""
    multiset = etype in MULTISET_TYPES
    if not multiset:
        unique: dict[str, Item] = {}
        for pred in preds:
            unique.setdefault(pred.label, pred)
        preds = list(unique.values())
    required = [g for g in gold if not g.optional]
    optional = [g for g in gold if g.optional]

    def ok(g: Item, p: Item) -> bool:
        return _compatible(etype, g, p)

    matched = _max_matching(required, preds, ok)
    found_gold = set(matched.values())
    leftover = [j for j in range(len(preds)) if j not in matched]
    if multiset:
        # each optional mention may absorb one prediction
        rest = [preds[j] for j in leftover]
        absorbed = _max_matching(optional, rest, ok)
        leftover = [j for k, j in enumerate(leftover) if k not in absorbed]
    else:
        # a prediction naming any gold entity (an alternative form of a found one, or an
        # optional one) is not an error
        leftover = [j for j in leftover if not any(ok(g, preds[j]) for g in gold)]
    score = Score(tp=len(matched), fp=len(leftover), fn=len(required) - len(matched))
    missed = [g.label for i, g in enumerate(required) if i not in found_gold]
    spurious = [preds[j].label for j in leftover]
    return Comparison(score, missed, spurious)


# --- gold and predicted items per type ----------------------------------------------------


def _alts(entity: dict[str, Any], fn: Callable[[Any], str]) -> set[str]:
    return {fn(a) for a in entity.get("alt", []) if isinstance(a, str) and fn(a)}


def _metric_key(value: Any, unit: Any) -> tuple[str | None, str]:
    return (norm_value(value), norm_unit(unit))


def _merge(items: Iterable[Item]) -> list[Item]:
    """One gold item per primary key (set types): required if any mention is required."""
    merged: dict[str, Item] = {}
    for item in items:
        old = merged.get(item.label)
        if old is None:
            merged[item.label] = item
        else:
            merged[item.label] = Item(
                keys=old.keys | item.keys,
                label=old.label,
                optional=old.optional and item.optional,
                extra=old.extra | item.extra,
            )
    return list(merged.values())


def gold_items(gold: dict[str, Any], etype: str) -> list[Item]:
    """The gold items of one type of a gold article record."""
    items: list[Item] = []
    field_name = "places" if etype == "places_text" else etype
    for e in gold.get(field_name, []) or []:
        optional = bool(e.get("optional"))
        if etype == "places":
            key = norm_text(e.get("name"))
            items.append(Item(frozenset({key} | _alts(e, norm_text)), key, optional))
        elif etype == "places_text":
            key = norm_text(e.get("text"))
            items.append(Item(frozenset({key}), key, optional))
        elif etype in ("people", "organizations"):
            key = norm_text(e.get("name"))
            items.append(Item(frozenset({key} | _alts(e, norm_text)), key, optional))
        elif etype == "programs":
            core = norm_program(e.get("core")) or norm_program(e.get("name"))
            keys = {core, norm_program(e.get("name"))} | _alts(e, norm_program)
            items.append(Item(frozenset(k for k in keys if k), core, optional))
        elif etype == "metrics":
            main = _metric_key(e.get("value"), e.get("unit"))
            keys = {main} | {
                _metric_key(a.get("value"), a.get("unit"))
                for a in e.get("alt", [])
                if isinstance(a, dict)
            }
            label = f"{e.get('text')}={main[0]} {main[1]}".rstrip()
            items.append(Item(frozenset(keys), label, optional))
        elif etype == "dates":
            key = str(e.get("value"))
            items.append(Item(frozenset({key} | {str(a) for a in e.get("alt", [])}), key, optional))
        elif etype == "awards":
            title = norm_program(e.get("title"))
            recipients = {norm_text(e.get("recipient"))} | {
                norm_text(r) for r in e.get("recipient_alt", []) if norm_text(r)
            }
            keys = {title} | _alts(e, norm_program)
            label = f"{title} → {norm_text(e.get('recipient'))}"
            items.append(Item(frozenset(keys), label, optional, frozenset(recipients)))
    return items if etype in MULTISET_TYPES else _merge(items)


def predicted_items(entities: Iterable[Any], etype: str) -> list[Item]:
    """Predicted entities (dicts of the record contract) as items of one type."""
    items: list[Item] = []
    for e in entities or []:
        if etype == "places":
            key = norm_text(_get(e, "name"))
            if key:
                items.append(Item(frozenset({key}), key))
        elif etype == "places_text":
            key = norm_text(_get(e, "text"))
            if key:
                items.append(Item(frozenset({key}), key))
        elif etype in ("people", "organizations"):
            key = norm_text(_get(e, "name"))
            if key:
                items.append(Item(frozenset({key}), key))
        elif etype == "programs":
            core = norm_program(_get(e, "core"))
            name = norm_program(_get(e, "name"))
            label = core or name
            if label:
                items.append(Item(frozenset(k for k in (core, name) if k), label))
        elif etype == "metrics":
            continue  # below: a range's two bounds make one item
        elif etype == "dates":
            value = _get(e, "value")
            if value:
                items.append(Item(frozenset({str(value)}), str(value)))
        elif etype == "awards":
            title = norm_program(_get(e, "title"))
            recipient = norm_text(_get(e, "recipient"))
            if title:
                items.append(
                    Item(frozenset({title}), f"{title} → {recipient}", extra=frozenset({recipient}))
                )
    if etype == "metrics":
        for group in _ranges_joined(list(entities or [])):
            keys = frozenset(_metric_key(_get(e, "value"), _get(e, "unit")) for e in group)
            last = _metric_key(_get(group[-1], "value"), _get(group[-1], "unit"))
            text = "～".join(str(_get(e, "text")) for e in group)
            items.append(Item(keys, f"{text}={last[0]} {last[1]}".rstrip()))
    return items


def _ranges_joined(figures: list[Any]) -> list[list[Any]]:
    """Predicted figures in groups: the two bounds of a range (1～2年 gives 1 at_least and
    2年 at_most, one connector apart) form one group, since the gold counts a range as one
    figure with its other bound as an alternative; any other figure stands alone."""
    groups: list[list[Any]] = []
    for e in figures:
        last = groups[-1] if groups else None
        if (
            last is not None
            and len(last) == 1
            and _get(last[0], "qualifier") == "at_least"
            and _get(e, "qualifier") == "at_most"
            and _get(last[0], "paragraph") == _get(e, "paragraph")
            and _get(last[0], "end") is not None
            and _get(e, "start") == _get(last[0], "end") + 1
        ):
            last.append(e)
        else:
            groups.append([e])
    return groups


def score_type(
    etype: str, gold_entities: Sequence[dict[str, Any]], predicted: Sequence[Any]
) -> Comparison:
    """Compare one article's gold entities of a type (gold file shape) with predictions
    (record contract shape). For places_text pass the gold `places` list."""
    return compare_items(
        etype,
        gold_items({_field(etype): list(gold_entities)}, etype),
        predicted_items(predicted, etype),
    )


def _field(etype: str) -> str:
    return "places" if etype == "places_text" else etype


# --- slogan numerals ------------------------------------------------------------------


def slogan_numerals(
    gold: dict[str, Any], paragraphs: Sequence[str], metrics: Iterable[Any]
) -> list[dict[str, Any]]:
    """Predicted metrics whose text lies in (overlaps) a name or slogan listed in the
    gold's `not_metrics` (十九届六中全会, 三高四新, 12345 …)."""
    names = [n for n in gold.get("not_metrics", []) or [] if n]
    if not names:
        return []
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for p, text in enumerate(paragraphs):
        for name in names:
            start = text.find(name)
            while start != -1:
                spans.setdefault(p, []).append((start, start + len(name), name))
                start = text.find(name, start + 1)
    hits = []
    for m in metrics or []:
        p, start, end, text = (
            _get(m, "paragraph"),
            _get(m, "start"),
            _get(m, "end"),
            _get(m, "text") or "",
        )
        inside = None
        if isinstance(p, int) and isinstance(start, int) and isinstance(end, int):
            for s, e, name in spans.get(p, []):
                if start < e and s < end:
                    inside = name
                    break
        elif text:
            inside = next((name for name in names if text in name), None)
        if inside:
            hits.append(
                {"text": text, "value": _get(m, "value"), "unit": _get(m, "unit"), "inside": inside}
            )
    return hits


# --- finding the gold articles --------------------------------------------------------


def load_gold(gold_dir: str | Path) -> list[dict[str, Any]]:
    """Every gold article record (`*.json` files, one article each, and `*.jsonl` files,
    one article a line), sorted by file name. Each gets `_file` (where it came from)."""
    gold_dir = Path(gold_dir)
    records: list[dict[str, Any]] = []
    for path in sorted(gold_dir.iterdir()):
        if path.suffix == ".json":
            record = json.loads(path.read_text(encoding="utf-8"))
            record["_file"] = path.name
            records.append(record)
        elif path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    record = json.loads(line)
                    record["_file"] = f"{path.name}:{n}"
                    records.append(record)
    return records


def load_golds(gold_dirs: str | Path | Sequence[str | Path]) -> list[dict[str, Any]]:
    """load_gold over one folder or several pooled; pooled (two folders or more), each
    `_file` is prefixed with its folder's name (gold_blind7/03_….json), since the sets
    reuse file names."""
    if isinstance(gold_dirs, (str, Path)):
        return load_gold(gold_dirs)
    if len(gold_dirs) == 1:
        return load_gold(gold_dirs[0])
    records: list[dict[str, Any]] = []
    for gold_dir in gold_dirs:
        for record in load_gold(gold_dir):
            record["_file"] = f"{Path(gold_dir).name}/{record['_file']}"
            records.append(record)
    return records


# --- agreement of two annotators ---------------------------------------------------------


@dataclass
class Agreement:
    """How far a second annotation of the same articles agrees with the first, per type:
    the second's required rows scored as predictions against the first (its optional rows
    absorb what they match, as in scoring the extractors), and the other way round."""

    articles: int
    second_vs_first: dict[str, Score]
    first_vs_second: dict[str, Score]


def _article_key(gold: dict[str, Any]) -> tuple[str, str]:
    return (str(gold.get("source")), gold_label(gold))


def agreement(first_dir: str | Path, second_dir: str | Path) -> Agreement:
    """Compare two hand annotations of the same articles, on the types the second holds."""
    first = {_article_key(g): g for g in load_gold(first_dir)}
    second = [g for g in load_gold(second_dir) if _article_key(g) in first]
    types = [t for t in TYPES if t != "places_text" and any(t in g for g in second)]
    forward = {t: Score() for t in types}
    backward = {t: Score() for t in types}
    for other in second:
        one = first[_article_key(other)]
        for etype in types:
            for gold, pred, into in ((one, other, forward), (other, one, backward)):
                required = [
                    Item(i.keys, i.label, extra=i.extra) for i in gold_items(pred, etype) if not i.optional
                ]
                into[etype].add(compare_items(etype, gold_items(gold, etype), required).score)
    return Agreement(len(second), forward, backward)


def render_agreement(result: Agreement, out: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Agreement of two annotators ({result.articles} articles)")
    for column in ("type", "P", "R", "F1", "F1 the other way"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for etype, score in result.second_vs_first.items():
        back = result.first_vs_second[etype]
        table.add_row(etype, _fmt(score.precision), _fmt(score.recall), _fmt(score.f1), _fmt(back.f1))
    Console(file=out).print(table)


def _dirs_label(gold_dirs: str | Path | Sequence[str | Path]) -> str:
    if isinstance(gold_dirs, (str, Path)):
        return str(gold_dirs)
    if len(gold_dirs) == 1:
        return str(gold_dirs[0])
    return f"{len(gold_dirs)} folders ({', '.join(Path(d).name for d in gold_dirs)})"


def gold_label(gold: dict[str, Any]) -> str:
    return gold.get("headline") or f"{gold.get('first_paragraph_prefix', '')}…"


def resolve_source(source: str, corpus_root: str | Path, repo_root: str | Path = REPO_ROOT) -> Path:
    """A gold `source`: `corpus/…` is in this repository, anything else in the shared corpora."""
    path = Path(source)
    if path.is_absolute():
        return path
    if path.parts and path.parts[0] == "corpus":
        return Path(repo_root) / path
    return Path(corpus_root) / path


def find_article(gold: dict[str, Any], articles: Sequence[Any]) -> Any | None:
    """The article a gold record names: by headline (and first-paragraph prefix when
    several articles share the headline), else by the prefix alone."""
    headline = norm_text(gold.get("headline"))
    prefix = norm_text(gold.get("first_paragraph_prefix"))

    def starts(article: Any) -> bool:
        paragraphs = _get(article, "paragraphs") or []
        return bool(prefix) and bool(paragraphs) and norm_text(paragraphs[0]).startswith(prefix)

    if headline:
        same = [a for a in articles if norm_text(_get(a, "headline")) == headline]
        for article in same:
            if starts(article):
                return article
        if same:
            return same[0]
    if prefix:
        for article in articles:
            if starts(article):
                return article
    return None


# --- the run --------------------------------------------------------------------------


@dataclass
class ArticleResult:
    file: str
    source: str
    label: str
    status: str  # found | not_found | skipped | error
    reason: str | None = None
    comparisons: dict[str, Comparison] = field(default_factory=dict)
    baseline: dict[str, Comparison] = field(default_factory=dict)
    slogan_numerals: list[dict[str, Any]] = field(default_factory=list)
    m_tokens: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "source": self.source,
            "headline": self.label,
            "status": self.status,
        }
        if self.reason:
            out["reason"] = self.reason
        if self.comparisons:
            out["types"] = {
                t: {**c.score.to_dict(), "missed": c.missed, "spurious": c.spurious}
                for t, c in self.comparisons.items()
            }
        if self.slogan_numerals:
            out["slogan_numerals"] = self.slogan_numerals
        return out


@dataclass
class Report:
    gold_dir: str
    corpus: str
    articles: list[ArticleResult]
    scores: dict[str, Score]
    baseline: dict[str, Score]
    gold_metrics: int = 0
    m_tokens: int = 0
    baseline_ran: bool = False

    @property
    def slogan_numerals(self) -> list[dict[str, Any]]:
        return [
            dict(hit, source=a.source, headline=a.label)
            for a in self.articles
            for hit in a.slogan_numerals
        ]

    def by_source(self) -> dict[str, dict[str, Score]]:
        """Scores per source collection (the first part of the gold `source` path)."""
        out: dict[str, dict[str, Score]] = {}
        for a in self.articles:
            if a.status == "skipped":
                continue
            family = Path(a.source).parts[0] if a.source else "?"
            if family == "corpus":
                family = "corpus (sample page)"
            scores = out.setdefault(family, {t: Score() for t in TYPES})
            for t, c in a.comparisons.items():
                scores[t].add(c.score)
        return out

    def target_failures(self) -> list[str]:
        failures = [t for t, goal in TARGETS.items() if self.scores[t].f1 < goal]
        if self.slogan_numerals:
            failures.append("slogan_numerals")
        return failures

    def to_dict(self) -> dict[str, Any]:
        scores = {}
        for t in TYPES:
            entry = self.scores[t].to_dict()
            entry["target"] = TARGETS.get(t)
            if self.baseline_ran and t in self.baseline:
                entry["baseline"] = self.baseline[t].to_dict()
            scores[t] = entry
        return {
            "gold_dir": self.gold_dir,
            "corpus": self.corpus,
            "articles": len(self.articles),
            "articles_scored": sum(a.status in ("found", "not_found") for a in self.articles),
            "scores": scores,
            "slogan_numerals": {"count": len(self.slogan_numerals), "items": self.slogan_numerals},
            "jieba_m_tokens": self.m_tokens if self.baseline_ran else None,
            "gold_metrics": self.gold_metrics,
            "target_failures": self.target_failures(),
            "by_source": {
                family: {t: s.to_dict() for t, s in scores.items()}
                for family, scores in self.by_source().items()
            },
            "per_article": [a.to_dict() for a in self.articles],
        }


_BASELINE_TAGS = {"places_text": ("ns",), "people": ("nr",), "organizations": ("nt",)}


def _jieba_tagger() -> Any:
    """jieba's POS tagger on a fresh default dictionary (whatever the project adds to the
    global one is not the baseline)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def _baseline_predictions(
    tagger: Any, paragraphs: Sequence[str]
) -> tuple[dict[str, list[dict[str, str]]], int]:
    found: dict[str, list[dict[str, str]]] = {t: [] for t in _BASELINE_TAGS}
    m_tokens = 0
    for paragraph in paragraphs:
        for pair in tagger.cut(paragraph):
            word, flag = pair.word.strip(), pair.flag
            if not word:
                continue
            if flag.startswith("m"):
                m_tokens += 1
            for etype, prefixes in _BASELINE_TAGS.items():
                if flag.startswith(prefixes):
                    found[etype].append({"text": word, "name": word})
    return found, m_tokens


def _processed_with_own_date(
    cache: dict[tuple[str, str | None], Any], path: str, gold: dict[str, Any]
) -> Any | None:
    """The file as processed for another gold date, when the article found in it carries
    the gold date itself: the date option only fills in a date a record lacks, so this
    run would be the same. A JSON Lines file of dated records is then processed once, not
    once per gold date (34 policy dates in the gold)."""
    for (cached_path, _), processed in cache.items():
        if cached_path != path or isinstance(processed, Exception) or processed.error:
            continue
        article = find_article(gold, processed.articles)
        if article is not None and gold.get("date") and _get(article, "date") == gold.get("date"):
            return processed
    return None


def evaluate(
    gold_dir: str | Path | Sequence[str | Path] = DEFAULT_GOLD,
    corpus_root: str | Path = DEFAULT_CORPUS,
    *,
    baseline: bool = True,
    repo_root: str | Path = REPO_ROOT,
    cache: dict[tuple[str, str | None], Any] | None = None,
) -> Report:
    """Score the extractors (and jieba's POS tags) on every gold article. `cache` keeps the
    processed source files between calls (several gold sets draw on the same files)."""
    from corpus_tool import api
    from corpus_tool.extract import extract_entities

    golds = load_golds(gold_dir)
    if cache is None:
        cache = {}
    tagger = _jieba_tagger() if baseline else None
    results: list[ArticleResult] = []
    for gold in golds:
        source = str(gold.get("source", ""))
        result = ArticleResult(gold.get("_file", "?"), source, gold_label(gold), "found")
        results.append(result)
        path = resolve_source(source, corpus_root, repo_root)
        if not path.exists():
            result.status, result.reason = "skipped", f"source not found: {path}"
            continue
        key = (str(path), gold.get("date"))
        if key not in cache:
            reusable = _processed_with_own_date(cache, str(path), gold)
            if reusable is not None:
                cache[key] = reusable
        if key not in cache:
            # the file is laid out once; only the gold's own article is extracted below
            # (one of the thirty items of a 新闻联播 day)
            try:
                cache[key] = api.read_articles(str(path), api.ReadOptions(date=gold.get("date")))
            except Exception as exc:
                cache[key] = exc
        processed = cache[key]
        article = None
        if isinstance(processed, Exception):
            result.status, result.reason = "error", f"{type(processed).__name__}: {processed}"
        elif processed.error:
            result.status, result.reason = "error", processed.error
        else:
            article = find_article(gold, processed.articles)
            if article is None:
                result.status, result.reason = (
                    "not_found",
                    "no article with this headline or first paragraph",
                )
            else:
                # an extractor that crashes scores nothing for this article, but the run goes on
                try:
                    extract_entities(article)
                except Exception as exc:
                    result.status, result.reason = "error", f"{type(exc).__name__}: {exc}"
                    article = None
        for etype in TYPES:
            predicted = (_get(article, _field(etype)) or []) if article is not None else []
            result.comparisons[etype] = compare_items(
                etype, gold_items(gold, etype), predicted_items(predicted, etype)
            )
        if article is None:
            continue
        paragraphs = list(_get(article, "paragraphs") or [])
        result.slogan_numerals = slogan_numerals(gold, paragraphs, _get(article, "metrics") or [])
        if tagger is not None:
            found, result.m_tokens = _baseline_predictions(tagger, paragraphs)
            for etype, predicted in found.items():
                result.baseline[etype] = compare_items(
                    etype, gold_items(gold, etype), predicted_items(predicted, etype)
                )
            # jieba has no normalized names: its places are scored on surface text on both lines
            result.baseline["places"] = result.baseline["places_text"]

    scores = {t: Score() for t in TYPES}
    base = {t: Score() for t in ("places", "places_text", "people", "organizations")}
    gold_metrics = 0
    m_tokens = 0
    for result in results:
        if result.status == "skipped":
            continue
        for etype, comparison in result.comparisons.items():
            scores[etype].add(comparison.score)
        for etype, comparison in result.baseline.items():
            base[etype].add(comparison.score)
        gold_metrics += (
            result.comparisons["metrics"].score.gold if "metrics" in result.comparisons else 0
        )
        m_tokens += result.m_tokens
    return Report(
        _dirs_label(gold_dir), str(corpus_root), results, scores, base, gold_metrics, m_tokens, baseline
    )


# --- output ---------------------------------------------------------------------------


def _fmt(x: float) -> str:
    return f"{x:.2f}"


def render(report: Report, details: bool = False, out: Any = None) -> None:
    """Print the report as rich tables (plain text when stdout is not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out or sys.stdout, highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console.width = max(console.width, 120)  # a file or pipe: do not fold the table at 80
    scored = [a for a in report.articles if a.status != "skipped"]
    console.print(
        f"Gold: {report.gold_dir} — {len(scored)} of {len(report.articles)} articles scored"
    )
    for a in report.articles:
        if a.status != "found":
            console.print(
                f"  [yellow]{a.status}[/yellow]: {a.file} {a.source} «{a.label}» — {a.reason}"
            )

    table = Table(title="Extraction vs gold (micro-averaged)")
    for name, justify in [
        ("type", "left"),
        ("gold", "right"),
        ("pred", "right"),
        ("P", "right"),
        ("R", "right"),
        ("F1", "right"),
        ("target", "right"),
        ("baseline P", "right"),
        ("R", "right"),
        ("F1", "right"),
    ]:
        table.add_column(name, justify=justify, overflow="fold")
    for t in TYPES:
        s = report.scores[t]
        target = TARGETS.get(t)
        f1 = _fmt(s.f1)
        if target is not None:
            f1 = f"[green]{f1}[/green]" if s.f1 >= target else f"[red]{f1}[/red]"
        b = report.baseline.get(t) if report.baseline_ran else None
        label = LABELS[t] + (" *" if t == "places" and b is not None else "")
        table.add_row(
            label,
            str(s.gold),
            str(s.predicted),
            _fmt(s.precision),
            _fmt(s.recall),
            f1,
            f"≥{target:.2f}" if target is not None else "—",
            _fmt(b.precision) if b else "—",
            _fmt(b.recall) if b else "—",
            _fmt(b.f1) if b else "—",
        )
    console.print(table)
    by_source = report.by_source()
    if len(by_source) > 1:
        per = Table(title="F1 by source (articles)")
        per.add_column("source", overflow="fold")
        for t in TYPES:
            per.add_column(
                LABELS[t].split(" (")[0] + (" text" if t == "places_text" else ""), justify="right"
            )
        for family, scores in by_source.items():
            n = sum(
                1
                for a in report.articles
                if a.status != "skipped" and a.source.startswith(family.split(" ")[0])
            )
            per.add_row(
                f"{family} ({n})", *[_fmt(scores[t].f1) if scores[t].gold else "—" for t in TYPES]
            )
        console.print(per)
    if report.baseline_ran:
        console.print(
            "Baseline: jieba.posseg alone (ns → places, nr → people, nt → organizations). "
            "* jieba has no normalized names: its places are scored on surface text."
        )
        console.print(
            f"Metrics: jieba tags {report.m_tokens} m-tokens; the gold holds {report.gold_metrics} required "
            "figures (m tags split numbers from units, so they are not scored)."
        )
    hits = report.slogan_numerals
    colour = "red" if hits else "green"
    console.print(f"Slogan/name numerals taken as figures: [{colour}]{len(hits)}[/{colour}]")
    for hit in hits:
        console.print(f"  {hit['text']} (in {hit['inside']}) — {hit['source']} «{hit['headline']}»")
    failures = report.target_failures()
    console.print("Targets met." if not failures else f"Below target: {', '.join(failures)}")
    if details:
        for a in report.articles:
            if a.status == "skipped":
                continue
            console.print(f"\n[bold]{a.file}[/bold] {a.source} «{a.label}» ({a.status})")
            for t, c in a.comparisons.items():
                if not (c.missed or c.spurious):
                    continue
                s = c.score
                console.print(f"  {LABELS[t]}: tp={s.tp} fp={s.fp} fn={s.fn}")
                if c.missed:
                    console.print(f"    missed:   {'; '.join(c.missed)}")
                if c.spurious:
                    console.print(f"    spurious: {'; '.join(c.spurious)}")
            for hit in a.slogan_numerals:
                console.print(f"  slogan numeral: {hit['text']} in {hit['inside']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m corpus_tool.evaluate",
        description="Precision, recall and F1 of the extractors on the gold annotations, "
        "with jieba's POS tags as the baseline. Example: python -m corpus_tool.evaluate --details",
    )
    parser.add_argument(
        "--gold",
        action="append",
        help="folder of gold files (default: tests/gold); repeat it to score several "
        "folders as one pool, e.g. every set: --gold tests/gold --gold tests/gold_blind …",
    )
    parser.add_argument(
        "--corpus",
        default=str(DEFAULT_CORPUS),
        help="the shared corpora (default: ../shared/corpus)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object (for scripts)")
    parser.add_argument(
        "--details", action="store_true", help="list missed and spurious entities per article"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the jieba baseline")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 1 when a target is missed or a slogan numeral is taken",
    )
    parser.add_argument(
        "--agreement",
        metavar="FOLDER",
        help="instead of scoring the extractors, compare a second hand annotation of the "
        "same articles (FOLDER) with the --gold folder, e.g. --gold tests/gold_blind43 "
        "--agreement tests/agreement/blind43_second",
    )
    args = parser.parse_args(argv)
    gold_dirs = [Path(g) for g in (args.gold or [DEFAULT_GOLD])]
    for gold_dir in gold_dirs + ([Path(args.agreement)] if args.agreement else []):
        if not gold_dir.is_dir():
            print(f"error: no gold folder at {gold_dir}", file=sys.stderr)
            return 2
    if args.agreement:
        if len(gold_dirs) != 1:
            print("error: --agreement compares with one --gold folder", file=sys.stderr)
            return 2
        result = agreement(gold_dirs[0], args.agreement)
        if args.json:
            print(json.dumps({t: s.to_dict() for t, s in result.second_vs_first.items()}))
        else:
            render_agreement(result)
        return 0
    report = evaluate(gold_dirs, args.corpus, baseline=not args.no_baseline)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        render(report, details=args.details)
    if args.strict and report.target_failures():
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
