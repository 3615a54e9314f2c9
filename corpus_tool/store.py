"""The SQLite record store: the source of truth for article records and for what each
input file contributed (its content hash, for incremental builds, or why it was skipped).

A researcher can open `records.sqlite` with any SQL tool; `articles.record` holds the
JSON record of SPEC section 3.
"""

from __future__ import annotations

import bisect
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from corpus_tool.records import Article

STORE_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    source TEXT PRIMARY KEY,           -- path as given to build
    sha256 TEXT,                       -- content hash; NULL for a skipped file
    size INTEGER,
    articles INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,              -- 'indexed' or 'skipped'
    reason TEXT,                       -- why a file was skipped, or what was read only in part
    built_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL REFERENCES files(source) ON DELETE CASCADE,
    doc_index INTEGER NOT NULL,
    headline TEXT,
    date TEXT,
    record TEXT NOT NULL               -- the JSON record (SPEC section 3)
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);

-- One table per entity type, rows pointing at their article; `sentence` is the
-- sentence the entity stands in (for figures: the evidence an editor reads).
CREATE TABLE IF NOT EXISTS places (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, name TEXT, level TEXT, adcode TEXT, province TEXT, city TEXT,
    paragraph INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS people (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT, titles TEXT,  -- titles: a JSON list
    paragraph INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS organizations (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT, paragraph INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS programs (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT, core TEXT, kind TEXT, place TEXT,
    paragraph INTEGER, start INTEGER, "end" INTEGER, sentence TEXT
);
CREATE TABLE IF NOT EXISTS metrics (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, value REAL, unit TEXT, qualifier TEXT, subject TEXT, place TEXT, period TEXT,
    paragraph INTEGER, start INTEGER, "end" INTEGER, sentence TEXT
);
CREATE TABLE IF NOT EXISTS dates (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, value TEXT, paragraph INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS awards (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    title TEXT, year TEXT, recipient TEXT, paragraph INTEGER, start INTEGER, "end" INTEGER
);
CREATE INDEX IF NOT EXISTS places_article ON places(article_id);
CREATE INDEX IF NOT EXISTS people_article ON people(article_id);
CREATE INDEX IF NOT EXISTS organizations_article ON organizations(article_id);
CREATE INDEX IF NOT EXISTS programs_article ON programs(article_id);
CREATE INDEX IF NOT EXISTS programs_core ON programs(core);
CREATE INDEX IF NOT EXISTS metrics_article ON metrics(article_id);
CREATE INDEX IF NOT EXISTS metrics_unit_value ON metrics(unit, value);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);
CREATE INDEX IF NOT EXISTS awards_article ON awards(article_id);
"""

# Columns of each entity table (besides article_id), in the order of the record fields.
ENTITY_COLUMNS: dict[str, tuple[str, ...]] = {
    "places": ("text", "name", "level", "adcode", "province", "city", "paragraph", "start", "end"),
    "people": ("name", "titles", "paragraph", "start", "end"),
    "organizations": ("name", "paragraph", "start", "end"),
    "programs": ("name", "core", "kind", "place", "paragraph", "start", "end", "sentence"),
    "metrics": (
        "text", "value", "unit", "qualifier", "subject", "place", "period",
        "paragraph", "start", "end", "sentence",
    ),
    "dates": ("text", "value", "paragraph", "start", "end"),
    "awards": ("title", "year", "recipient", "paragraph", "start", "end"),
}


class _Sentences:
    """The sentences of an article's paragraphs, each paragraph split once (an article
    can hold tens of thousands of entities in one long paragraph)."""

    def __init__(self, paragraphs: list[str]):
        self.paragraphs = paragraphs
        self._spans: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def at(self, p: Any, start: int, end: int) -> str | None:
        """The sentence of paragraph `p` that holds the span start:end."""
        from corpus_tool.snippets import sentences

        if not isinstance(p, int) or not 0 <= p < len(self.paragraphs):
            return None
        paragraph = self.paragraphs[p]
        if p not in self._spans:
            spans = sentences(paragraph)
            self._spans[p] = ([e for _, e in spans], spans)
        ends, spans = self._spans[p]
        # Sentences before the first one ending after `start` can hold neither end.
        for s_start, s_end in spans[bisect.bisect_right(ends, start) :]:
            if s_start <= start < s_end or s_start < end <= s_end:
                return paragraph[s_start:s_end].strip()
            if s_start >= end:
                break
        return paragraph.strip()


def _entity_row(kind: str, article: Article, entity: dict, sentences: _Sentences) -> tuple:
    values = []
    for column in ENTITY_COLUMNS[kind]:
        if column == "sentence":
            values.append(
                sentences.at(entity.get("paragraph"), entity.get("start", 0), entity.get("end", 0))
            )
        elif column == "titles":
            values.append(json.dumps(entity.get("titles", []), ensure_ascii=False))
        else:
            values.append(entity.get(column))
    return (article.id, *values)


def build_roots(db: sqlite3.Connection) -> list[str]:
    """The paths builds were given (files and folders), as given."""
    row = db.execute("SELECT value FROM meta WHERE key = 'build_roots'").fetchone()
    return json.loads(row[0]) if row else []


@dataclass
class FileState:
    source: str
    sha256: str | None
    status: str
    reason: str | None
    articles: int


class RecordStore:
    def __init__(self, path: str, writable: bool = True):
        """Open (with `writable`, create) the store. A reader writes nothing, so it
        answers from the last committed state while a build holds the write lock."""
        self.path = path
        self.db = sqlite3.connect(path, timeout=30.0, isolation_level=None)
        self.db.execute("PRAGMA foreign_keys = ON")
        if not writable:
            self.db.execute("PRAGMA query_only = ON")
            return
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(_SCHEMA)
        self.db.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('store_version', ?)", (str(STORE_VERSION),)
        )

    def close(self) -> None:
        self.db.close()

    # -- transactions: one per build, committed after the text index -------------------
    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    # -- files -----------------------------------------------------------------------
    def files(self) -> dict[str, FileState]:
        rows = self.db.execute("SELECT source, sha256, status, reason, articles FROM files")
        return {r[0]: FileState(*r) for r in rows}

    def put_file(
        self, source: str, sha256: str | None, size: int | None, articles: int, status: str, reason: str | None
    ) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.execute(
            "INSERT INTO files(source, sha256, size, articles, status, reason, built_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET sha256=excluded.sha256, "
            "size=excluded.size, articles=excluded.articles, status=excluded.status, "
            "reason=excluded.reason, built_at=excluded.built_at",
            (source, sha256, size, articles, status, reason, now),
        )

    def delete_file(self, source: str) -> None:
        self.db.execute("DELETE FROM articles WHERE source = ?", (source,))
        self.db.execute("DELETE FROM files WHERE source = ?", (source,))

    # -- articles --------------------------------------------------------------------
    def put_articles(self, articles: list[Article]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO articles(id, source, doc_index, headline, date, record) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (a.id, a.source, a.doc_index, a.headline, a.date, json.dumps(a.to_dict(), ensure_ascii=False))
                for a in articles
            ],
        )
        sentences = {a.id: _Sentences(a.paragraphs) for a in articles}
        for kind, columns in ENTITY_COLUMNS.items():
            rows = [
                _entity_row(kind, a, e, sentences[a.id]) for a in articles for e in getattr(a, kind)
            ]
            if rows:
                quoted = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" * (len(columns) + 1))
                self.db.executemany(
                    f"INSERT INTO {kind}(article_id, {quoted}) VALUES ({marks})", rows
                )

    def delete_articles_of(self, source: str) -> None:
        # Entity rows go with their articles (ON DELETE CASCADE).
        self.db.execute("DELETE FROM articles WHERE source = ?", (source,))

    def get(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def get_many(self, ids: list[str]) -> dict[str, Article]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT id, record FROM articles WHERE id IN ({marks})", ids)
        return {r[0]: Article.from_dict(json.loads(r[1])) for r in rows}

    def find_prefix(self, prefix: str) -> list[str]:
        rows = self.db.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 5", (prefix + "%",))
        return [r[0] for r in rows]

    def iter_articles(self) -> Iterator[Article]:
        for (record,) in self.db.execute("SELECT record FROM articles ORDER BY source, doc_index"):
            yield Article.from_dict(json.loads(record))

    def build_roots(self) -> list[str]:
        return build_roots(self.db)

    def add_build_roots(self, roots: list[str]) -> None:
        merged = sorted(set(self.build_roots()) | {os.path.normpath(r) for r in roots})
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES ('build_roots', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (json.dumps(merged, ensure_ascii=False),),
        )

    def article_sources(self) -> dict[str, str]:
        """Article id → the file it came from, for every stored article."""
        return dict(self.db.execute("SELECT id, source FROM articles"))

    def integrity_problems(self) -> list[str]:
        """What SQLite's own check finds wrong with the file (empty when it is sound)."""
        rows = [r[0] for r in self.db.execute("PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows

    def article_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
