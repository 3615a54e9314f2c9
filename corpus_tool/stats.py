"""What an index holds: counts overall and by province, practice kind, year and source.

All from the record store (SQL plus the `main_place` and `publication` of each record),
so stats never opens the whoosh index.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from typing import Any

from corpus_tool.store import build_roots


def _collection(source: str, publication: str | None) -> str:
    """The facet label of where an article comes from: its publication, or its folder.

    The same rule as `api._collection` (the search facet), so that stats and the
    `source` facet of a search count the same collections.
    """
    if publication:
        return publication
    parent = os.path.basename(os.path.dirname(os.path.normpath(source)))
    return parent or os.path.basename(source)


def input_folder(source: str, roots: list[str]) -> str:
    """The folder a file was built from: the first folder below the build path it came
    under (`../shared/corpus` → `rmrb-2020-05`), or that path's own name."""
    source = os.path.normpath(source)
    under = [r for r in roots if source == r or source.startswith(r.rstrip(os.sep) + os.sep)]
    if not under:
        return os.path.basename(os.path.dirname(source)) or source
    root = max(under, key=len)
    if source == root:  # a file given by itself: its folder
        return os.path.basename(os.path.dirname(os.path.abspath(source)))
    rest = os.path.relpath(source, root).split(os.sep)
    return rest[0] if len(rest) > 1 else os.path.basename(os.path.abspath(root))


def _by_input_folder(db: sqlite3.Connection, roots: list[str]) -> dict[str, dict[str, int]]:
    folders: dict[str, Counter[str]] = {}
    for source, status, articles in db.execute("SELECT source, status, articles FROM files"):
        counts = folders.setdefault(input_folder(source, roots), Counter())
        counts["files"] += 1
        counts["skipped"] += status == "skipped"
        counts["articles"] += articles or 0
    ordered = sorted(folders.items(), key=lambda kv: (-kv[1]["articles"], kv[0]))
    return {k: {"files": v["files"], "skipped": v["skipped"], "articles": v["articles"]} for k, v in ordered}


def _descending(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def compute(db: sqlite3.Connection) -> dict[str, Any]:
    """The `stats --json` object of SPEC section 4 (plus `no_province`, `undated`)."""

    def scalar(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    # The province of an article's most-mentioned place, for articles whose record has
    # no main place (the extractor leaves it out when no place clearly dominates).
    fallback: dict[str, str] = {}
    for article_id, province in db.execute(
        "SELECT article_id, province FROM places WHERE province IS NOT NULL "
        "GROUP BY article_id, province ORDER BY article_id, COUNT(*) ASC"
    ):
        fallback[article_id] = province  # ascending count: the most mentioned wins
    by_province: Counter[str] = Counter()
    by_year: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    no_province = undated = 0
    for article_id, source, date, province, publication in db.execute(
        "SELECT id, source, date, json_extract(record, '$.main_place.province'), "
        "json_extract(record, '$.publication') FROM articles"
    ):
        province = province or fallback.get(article_id)
        if province:
            by_province[province] += 1
        else:
            no_province += 1
        if date:
            by_year[date[:4]] += 1
        else:
            undated += 1
        by_source[_collection(source, publication)] += 1
    # A practice is a distinct core (the practices catalogue merges on it); by kind
    # counts distinct practices too, not mentions.
    by_kind: Counter[str] = Counter()
    for kind, n in db.execute(
        "SELECT kind, COUNT(DISTINCT coalesce(core, name)) FROM programs GROUP BY kind"
    ):
        by_kind[kind or "other"] += n
    return {
        "articles": scalar("SELECT COUNT(*) FROM articles"),
        "documents": scalar("SELECT COUNT(*) FROM files WHERE status = 'indexed'"),
        "practices": scalar("SELECT COUNT(DISTINCT coalesce(core, name)) FROM programs"),
        "metrics": scalar("SELECT COUNT(*) FROM metrics"),
        "places": scalar("SELECT COUNT(DISTINCT name) FROM places WHERE name IS NOT NULL"),
        "by_province": _descending(by_province),
        "by_kind": _descending(by_kind),
        "by_year": dict(sorted(by_year.items())),
        "by_source": _descending(by_source),
        "by_input_folder": _by_input_folder(db, build_roots(db)),
        "no_province": no_province,
        "undated": undated,
        "skipped": [
            {"source": s, "reason": r or ""}
            for s, r in db.execute(
                "SELECT source, reason FROM files WHERE status = 'skipped' ORDER BY source"
            )
        ],
    }

