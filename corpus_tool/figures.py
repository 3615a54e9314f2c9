"""The figures table: every extracted metric with its sentence and source, filtered in SQL.

The record store already holds one `metrics` row per figure with the sentence it stands
in (store.py), so a figures query is one SELECT over `metrics` joined to `articles`; no
article JSON is parsed except the main place, for figures whose own place is unknown.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

# Fields of a figures row, in the order of the CSV columns: the metric record of SPEC
# section 3, then where it comes from (SPEC section 4 `figures --json`).
METRIC_FIELDS = (
    "text", "value", "unit", "qualifier", "subject", "place", "period", "paragraph", "start", "end",
)
FIGURE_FIELDS = (*METRIC_FIELDS, "article_id", "source", "headline", "date", "sentence")


@dataclass
class FigureFilters:
    query: str | None = None  # words that must all occur in the subject or the sentence
    # Where the query words are looked for: "sentence" (the figure's subject, sentence and
    # text) or "article" (anywhere in its article's record: headline, other paragraphs).
    scope: str = "sentence"
    place: str | None = None  # a full place name (resolved by the caller): prefix match
    unit: str | None = None  # exact unit (元, %, 人 …)
    min_value: float | None = None
    max_value: float | None = None
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, on the article date
    date_to: str | None = None  # inclusive at the precision given


def _where(filters: FigureFilters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for word in (filters.query or "").split():
        # Substring, not word match: Chinese subjects are unsegmented (案款 ⊂ 执行案款).
        if filters.scope == "article":
            # One scan per article, not per figure (a record is a few kB of JSON).
            clauses.append("m.article_id IN (SELECT id FROM articles WHERE instr(record, ?) > 0)")
            params.append(word)
            continue
        clauses.append(
            "(instr(coalesce(m.subject, ''), ?) > 0 OR instr(coalesce(m.sentence, ''), ?) > 0"
            " OR instr(coalesce(m.text, ''), ?) > 0)"
        )
        params += [word, word, word]
    if filters.place:
        # Full names nest (青海省 ⊂ 青海省西宁市城东区), so a prefix match makes a province
        # find its cities and counties. A figure with no place of its own belongs to the
        # place its article is about.
        clauses.append(
            "(substr(m.place, 1, length(?)) = ? OR (m.place IS NULL AND "
            "substr(coalesce(json_extract(a.record, '$.main_place.name'), ''), 1, length(?)) = ?))"
        )
        params += [filters.place] * 4
    if filters.unit:
        clauses.append("m.unit = ?")
        params.append(filters.unit)
    if filters.min_value is not None:
        clauses.append("m.value >= ?")
        params.append(filters.min_value)
    if filters.max_value is not None:
        clauses.append("m.value <= ?")
        params.append(filters.max_value)
    if filters.date_from:
        # ISO dates compare as strings; "2020-05-31" >= "2020-05" as wanted.
        clauses.append("a.date >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        # Cut the article date to the precision given so that --to 2020-05 keeps 2020-05-31.
        clauses.append("substr(a.date, 1, length(?)) <= ?")
        params += [filters.date_to, filters.date_to]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_SELECT = (
    'SELECT m.text, m.value, m.unit, m.qualifier, m.subject, m.place, m.period, m.paragraph, '
    'm.start, m."end", m.article_id, a.source, a.headline, a.date, m.sentence '
    "FROM metrics m JOIN articles a ON a.id = m.article_id"
)
# Reading order: by document, then where in the article the figure stands.
_ORDER = " ORDER BY a.date, a.source, a.doc_index, m.paragraph, m.start"


def plain_number(value: float | None) -> int | float | None:
    """SQLite REAL → the record's number: 1041473100.0 comes back as 1041473100."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def query(db: sqlite3.Connection, filters: FigureFilters, limit: int | None = 50) -> list[dict[str, Any]]:
    """Figures matching `filters` as dicts with FIGURE_FIELDS (SPEC section 4).

    Query words are looked for in the figure's own subject and sentence first. When no
    figure matches there, the figures of articles that mention the words anywhere come
    back instead, each with "match": "article": the sentence that carries a figure often
    leaves its topic to the paragraph before (青海法院已清理发放104147.31万元 follows a
    paragraph about 执行案款). Widening only on an empty answer keeps common words
    (疫情: 1,129 sentences, 13,081 figures in their articles) precise.
    """
    rows = _query(db, filters, limit)
    if rows or not (filters.query or "").split() or filters.scope == "article":
        return rows
    wide = FigureFilters(**{**filters.__dict__, "scope": "article"})
    rows = _query(db, wide, limit)
    for row in rows:
        row["match"] = "article"
    return rows


def _query(db: sqlite3.Connection, filters: FigureFilters, limit: int | None) -> list[dict[str, Any]]:
    where, params = _where(filters)
    sql = _SELECT + where + _ORDER
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = []
    for row in db.execute(sql, params):
        record = dict(zip(FIGURE_FIELDS, row, strict=True))
        record["value"] = plain_number(record["value"])
        rows.append(record)
    return rows


def count(db: sqlite3.Connection, filters: FigureFilters) -> int:
    where, params = _where(filters)
    sql = "SELECT COUNT(*) FROM metrics m JOIN articles a ON a.id = m.article_id" + where
    return int(db.execute(sql, params).fetchone()[0])


def format_value(value: float | None, unit: str | None) -> str:
    """1041473100 元 → '10.41亿 元': the scale an editor reads Chinese figures in."""
    if value is None:
        return unit or ""
    number = float(value)
    scale = ""
    # Percentages, ranks and small counts stay as written; big amounts get 万/亿.
    if unit not in ("%", "rank", "百分点") and abs(number) >= 1e4:
        number, scale = (number / 1e8, "亿") if abs(number) >= 1e8 else (number / 1e4, "万")
    text = f"{number:,.2f}".rstrip("0").rstrip(".") if not number.is_integer() else f"{int(number):,}"
    if scale:
        text = text.replace(",", "")  # 10.41亿 reads better than 1,234.5万 with separators
    if unit == "rank":
        return f"第{text}"
    return f"{text}{scale} {unit}" if unit else f"{text}{scale}"
