"""Export the records for other tools: JSON Lines, CSV, or a standalone SQLite file.

- jsonl: one article record (SPEC section 3) per line.
- csv: the figures table (one metric per row, with its sentence and source) to one
  file or stdout; or, given a folder, one CSV per record type (articles.csv,
  places.csv, … , metrics.csv, files.csv).
- sqlite: a copy of the record store as a plain SQLite file (no WAL), with one table
  per record type and foreign keys to `articles`.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from typing import Any, TextIO

from corpus_tool import figures
from corpus_tool.errors import BadInputError
from corpus_tool.store import ENTITY_COLUMNS

FORMATS = ("jsonl", "csv", "sqlite")
DEFAULT_SQLITE = "export.sqlite"

# Columns of articles.csv: the scalar fields a spreadsheet can hold (the full record,
# lists and all, is what jsonl is for).
ARTICLE_CSV_FIELDS = (
    "id", "source", "doc_index", "publication", "date", "headline", "subheadline", "kicker",
    "reporters", "correspondents", "main_place", "paragraphs",
)


def article_records(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every article record, in source order (the order the build read them)."""
    for (record,) in db.execute("SELECT record FROM articles ORDER BY source, doc_index"):
        yield json.loads(record)


def write_jsonl(db: sqlite3.Connection, out: TextIO) -> dict[str, int]:
    count = 0
    for record in article_records(db):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return {"articles": count}


def write_figures_csv(db: sqlite3.Connection, out: TextIO) -> dict[str, int]:
    writer = csv.writer(out)
    writer.writerow(figures.FIGURE_FIELDS)
    rows = figures.query(db, figures.FigureFilters(), limit=None)
    for row in rows:
        writer.writerow([row[f] for f in figures.FIGURE_FIELDS])
    return {"metrics": len(rows)}


def _article_csv_row(record: dict[str, Any]) -> list[Any]:
    row = []
    for name in ARTICLE_CSV_FIELDS:
        value = record.get(name)
        if name == "main_place":
            value = (value or {}).get("name")
        elif name == "paragraphs":
            value = "\n".join(value or [])
        elif isinstance(value, list):
            value = "、".join(str(v) for v in value)
        row.append(value)
    return row


def write_csv_folder(db: sqlite3.Connection, folder: str) -> dict[str, int]:
    """One CSV per record type; entity rows carry `article_id` to join on articles.csv."""
    os.makedirs(folder, exist_ok=True)
    counts: dict[str, int] = {}
    # utf-8-sig: Excel opens a BOM-marked CSV as UTF-8 instead of the locale's code page.
    with open(os.path.join(folder, "articles.csv"), "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(ARTICLE_CSV_FIELDS)
        counts["articles"] = 0
        for record in article_records(db):
            writer.writerow(_article_csv_row(record))
            counts["articles"] += 1
    for table, columns in {**ENTITY_COLUMNS, "files": None}.items():
        cursor = db.execute(
            f"SELECT * FROM {table}" if columns is None
            else "SELECT article_id, " + ", ".join(f'"{c}"' for c in columns) + f" FROM {table}"
        )
        header = [d[0] for d in cursor.description]
        with open(os.path.join(folder, f"{table}.csv"), "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            n = 0
            for row in cursor:
                # SQLite REAL → 1041473100, not 1041473100.0, as in the JSON records.
                writer.writerow([figures.plain_number(v) if isinstance(v, float) else v for v in row])
                n += 1
        counts[table] = n
    return counts


def write_sqlite(store_path: str, output: str) -> dict[str, int]:
    """A standalone copy of the record store at `output` (replaced if it exists).

    The tables are created from the store's own DDL (so the foreign keys to articles
    and files are exactly those of store.py), then filled through ATTACH. The file is
    written beside `output` and renamed at the end: a failed export leaves no half file.
    """
    if os.path.isdir(output):
        raise BadInputError(f"{output} is a folder; --output for sqlite names a file")
    source = sqlite3.connect(store_path)  # a plain path: a URI would trip on '?' or '#' in it
    try:
        ddl = [
            sql for (sql,) in source.execute(
                "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') "
                "AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, rowid"
            )
        ]
        tables = [
            name for (name,) in source.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
    finally:
        source.close()
    # Parents before children, so that the copy satisfies its foreign keys as it goes.
    order = ["meta", "files", "articles", *ENTITY_COLUMNS]
    tables = [t for t in order if t in tables] + [t for t in tables if t not in order]
    tmp = output + ".part"
    if os.path.exists(tmp):
        os.remove(tmp)
    db = sqlite3.connect(tmp, isolation_level=None)
    counts: dict[str, int] = {}
    try:
        db.execute("PRAGMA journal_mode = DELETE")  # one plain file, no -wal beside it
        db.execute("BEGIN")
        for sql in ddl:
            db.execute(sql)
        # A plain path: URI names in ATTACH need a connection opened with uri=True.
        db.execute("ATTACH DATABASE ? AS src", (store_path,))
        for table in tables:
            db.execute(f'INSERT INTO main."{table}" SELECT * FROM src."{table}"')
            counts[table] = int(db.execute(f'SELECT COUNT(*) FROM main."{table}"').fetchone()[0])
        db.execute("COMMIT")
        db.execute("DETACH DATABASE src")
    except BaseException:
        db.close()
        os.remove(tmp)
        raise
    db.close()
    os.replace(tmp, output)
    counts.pop("meta", None)
    return counts
