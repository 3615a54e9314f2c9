"""Rendering: rich tables and panels for the terminal, JSON Lines for scripts.

stdout carries only data; progress, summaries and warnings go to stderr.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from corpus_tool.records import Article
from corpus_tool.snippets import CLOSE, OPEN

stdout = Console(soft_wrap=False)
stderr = Console(stderr=True)


def print_jsonl(objects: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for obj in objects:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def warn(message: str) -> None:
    """One line on stderr; never silenced by --quiet."""
    stderr.print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False, soft_wrap=True)


def error(message: str) -> None:
    stderr.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)


def marked_text(snippet: str) -> Text:
    """A plain snippet with [term] marks → rich text with the terms highlighted."""
    text = Text()
    pos = 0
    while True:
        start = snippet.find(OPEN, pos)
        end = snippet.find(CLOSE, start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            text.append(snippet[pos:])
            return text
        text.append(snippet[pos:start])
        text.append(snippet[start + 1 : end], style="bold yellow")
        pos = end + 1


# --- build ----------------------------------------------------------------------------


def build_summary(report: Any, index_dir: str) -> None:
    table = Table(title=f"Index {index_dir}", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files found", str(report.files_seen))
    table.add_row("files read", str(report.files_read))
    table.add_row("files unchanged (skipped by content hash)", str(report.files_unchanged))
    table.add_row("files removed from the index", str(report.files_removed))
    table.add_row("articles added", str(report.articles_added))
    table.add_row("articles in the index", str(report.articles_total))
    table.add_row("files skipped", str(len(report.skipped)))
    stderr.print(table)
    if report.skipped:
        skipped = Table(title="Skipped files", title_justify="left")
        skipped.add_column("file", overflow="fold")
        skipped.add_column("reason", overflow="fold")
        for problem in report.skipped:
            skipped.add_row(problem.source, problem.reason)
        stderr.print(skipped)


# --- search ---------------------------------------------------------------------------


def search_json(page: Any) -> list[dict[str, Any]]:
    return [
        {
            "id": h.id,
            "source": h.source,
            "headline": h.headline,
            "date": h.date,
            "score": h.score,
            "snippet": h.snippet,
            "places": h.places,
            "programs": h.programs,
        }
        for h in page.hits
    ]


def search_page(page: Any) -> None:
    if not page.hits:
        stdout.print(f"No article matches {page.query!r}.")
        return
    table = Table(
        title=f"{page.total} articles match {page.query!r} (showing {len(page.hits)})",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("id", no_wrap=True, style="cyan")
    table.add_column("date", no_wrap=True)
    table.add_column("article", overflow="fold", ratio=1)
    for hit in page.hits:
        cell = Text()
        cell.append(hit.headline or "(no headline)", style="bold")
        cell.append(f"\n{hit.source}", style="dim")
        if hit.places:
            cell.append("  " + "、".join(hit.places[:4]), style="green")
        cell.append("\n")
        cell.append(marked_text(hit.snippet))
        table.add_row(hit.id, hit.date or "", cell)
    stdout.print(table)
    facets(page.facets)


def facets(counts: dict[str, dict[str, int]], top: int = 8) -> None:
    labels = {"province": "province", "city": "city", "collection": "source", "year": "year"}
    lines = []
    for name, values in counts.items():
        if not values:
            continue
        shown = "  ".join(f"{k} {v}" for k, v in list(values.items())[:top])
        more = f"  (+{len(values) - top} more)" if len(values) > top else ""
        lines.append(f"[bold]{labels.get(name, name)}[/bold]: {escape(shown)}{more}")
    if lines:
        stdout.print(Panel("\n".join(lines), title="facets", title_align="left", expand=False))


# --- show -----------------------------------------------------------------------------


def article_panel(article: Article) -> None:
    head = Text()
    if article.kicker:
        head.append(article.kicker + "\n", style="dim")
    head.append(article.headline or "(no headline in the source)", style="bold")
    if article.subheadline:
        head.append("\n" + article.subheadline)
    byline = []
    if article.reporters:
        byline.append("记者 " + " ".join(article.reporters))
    if article.correspondents:
        byline.append("通讯员 " + " ".join(article.correspondents))
    meta = " · ".join(
        x for x in (article.publication, article.date, " ".join(byline), article.source) if x
    )
    head.append("\n" + meta, style="dim")
    # A grid keeps each paragraph beside its number: rich would otherwise move a long
    # Chinese run (one "word" to it) to the next line.
    body = Table.grid(padding=(0, 1))
    body.add_column(style="dim", no_wrap=True)
    body.add_column(overflow="fold")
    marks = _entity_marks(article)
    for i, paragraph in enumerate(article.paragraphs):
        text = Text()
        pos = 0
        for start, end, style in marks.get(i, []):
            if start < pos:
                continue
            text.append(paragraph[pos:start])
            text.append(paragraph[start:end], style=style)
            pos = end
        text.append(paragraph[pos:])
        body.add_row(f"[{i}]", text)
    for caption in article.captions:
        credit = f"（{caption.photographer} 摄）" if caption.photographer else ""
        body.add_row("图", Text(caption.text + credit, style="italic"))
    stdout.print(Panel(head, title=article.id, title_align="left"))
    if article.subheadings:
        stdout.print("小标题：" + " / ".join(article.subheadings), style="bold", highlight=False)
    stdout.print(body, highlight=False)


_ENTITY_STYLES = {"places": "green", "metrics": "magenta", "programs": "cyan", "dates": "blue"}


def _entity_marks(article: Article) -> dict[int, list[tuple[int, int, str]]]:
    marks: dict[int, list[tuple[int, int, str]]] = {}
    for kind, style in _ENTITY_STYLES.items():
        for entity in getattr(article, kind):
            if {"paragraph", "start", "end"} <= entity.keys():
                marks.setdefault(entity["paragraph"], []).append(
                    (entity["start"], entity["end"], style)
                )
    for spans in marks.values():
        spans.sort()
    return marks


def article_json(article: Article) -> dict[str, Any]:
    return asdict(article)


# --- practices and similar (issue 4) --------------------------------------------------


# --- claim checking (issue 4) -----------------------------------------------------------


# --- figures, export and stats (issue 4) ------------------------------------------------
