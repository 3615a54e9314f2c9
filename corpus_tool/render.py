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
    if report.articles_repaired:
        table.add_row("articles repaired (an interrupted build)", str(report.articles_repaired))
    stderr.print(table)
    if report.skipped:
        skipped = Table(title="Skipped files", title_justify="left")
        skipped.add_column("file", overflow="fold")
        skipped.add_column("reason", overflow="fold")
        for problem in report.skipped:
            skipped.add_row(problem.source, problem.reason)
        stderr.print(skipped)


def doctor_report(report: Any) -> None:
    marks = {"ok": "[green]ok[/]", "warning": "[yellow]warning[/]", "problem": "[red]problem[/]"}
    stdout.print(f"[bold]Index {report.index_dir}[/]")
    for finding in report.findings:
        stdout.print(f"  {marks[finding.level]}  {escape(finding.message)}")
    stdout.print(
        "[green]healthy[/]" if report.ok else "[red]needs repair:[/] run the same `corpus-tool build` again"
    )


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


def practices_json(entries: list[Any]) -> list[dict[str, Any]]:
    return [entry.to_json() for entry in entries]


def practices_table(entries: list[Any], query: str | None) -> None:
    if not entries:
        stdout.print(f"No practice matches {query!r}." if query else "No practice in this index.")
        return
    title = f"{len(entries)} practices" + (f" matching {query!r}" if query else "")
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("practice", overflow="fold", ratio=2)
    table.add_column("kind", no_wrap=True)
    table.add_column("places", overflow="fold", ratio=2)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("seen", no_wrap=True)
    table.add_column("description", overflow="fold", ratio=5)
    for e in entries:
        seen = e.first_seen or ""
        if e.last_seen and e.last_seen != e.first_seen:
            seen += f"\n{e.last_seen}"
        places = "、".join(e.places[:3]) + (f" +{len(e.places) - 3}" if len(e.places) > 3 else "")
        mentions = f"{e.mentions}\n{len(e.articles)} art."
        table.add_row(Text(e.name, style="bold"), e.kind, Text(places, style="green"), mentions,
                      seen, Text(e.description))
    stdout.print(table)


def similar_json(result: Any) -> list[dict[str, Any]]:
    return [
        {"kind": i.kind, "id": i.id, "title": i.title, "score": i.score, "date": i.date,
         "source": i.source, "places": i.places, "query_kind": result.query_kind}
        for i in result.items
    ]


def similar_table(result: Any) -> None:
    about = {"article": "article", "practice": "practice", "text": "text"}[result.query_kind]
    label = f"{result.query} ({result.title})" if result.title else result.query
    if not result.items:
        stdout.print(f"Nothing similar to the {about} {label!r}.")
        return
    table = Table(title=f"Similar to the {about} {label}", title_justify="left")
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("id", style="cyan", overflow="fold")
    table.add_column("title", overflow="fold", ratio=1)
    table.add_column("date", no_wrap=True)
    table.add_column("places", overflow="fold", style="green")
    for i in result.items:
        table.add_row(f"{i.score:.3f}", i.id, i.title or "", i.date or "", "、".join(i.places[:3]))
    stdout.print(table)


# --- claim checking (issue 4) -----------------------------------------------------------

_VERDICT_STYLE = {"supported": "green", "contradicted": "red", "not_found": "yellow"}


def check_json(results: list[Any]) -> list[dict[str, Any]]:
    """One object per claim figure (SPEC section 4)."""
    return [r.to_dict() for r in results]


def check_summary_line(results: list[Any]) -> str:
    from corpus_tool.factcheck import summary

    counts = summary(results)
    return (
        f"{counts['supported']} supported, {counts['contradicted']} contradicted, "
        f"{counts['not_found']} not found"
    )


def check_results(claims: list[str], per_claim: list[list[Any]]) -> None:
    """A table: one row per claim figure with its verdict and the best evidence, then the
    summary line (N supported, N contradicted, N not found)."""
    table = Table(show_lines=True)
    # fold, not ellipsis: an editor needs the whole claim and evidence sentence.
    table.add_column("claim", overflow="fold", ratio=2)
    table.add_column("figure", no_wrap=True)
    table.add_column("verdict", overflow="fold", min_width=12, max_width=24)
    table.add_column("evidence", overflow="fold", ratio=3)
    table.add_column("source", style="dim", overflow="fold", ratio=1)
    flat: list[Any] = []
    for claim, results in zip(claims, per_claim, strict=True):
        if not results:
            table.add_row(escape(claim), "", "[dim]no figure[/dim]", "", "")
            continue
        for r in results:
            flat.append(r)
            style = _VERDICT_STYLE.get(r.verdict, "")
            verdict = f"[{style}]{r.verdict}[/{style}]"
            if r.note:
                verdict += f"\n[dim]{escape(r.note)}[/dim]"
            lines, sources = [], []
            for e in r.evidence[:3]:
                mark = "✓" if e.agrees else "✗"
                lines.append(f"{mark} {escape(e.metric.get('text') or '')}: {escape(e.sentence)}")
                sources.append(f"{e.article_id} {escape(e.source)}")
            table.add_row(
                escape(claim), escape(r.claim_figure.text), verdict, "\n".join(lines), "\n".join(sources)
            )
    stdout.print(table)
    stdout.print(check_summary_line(flat), highlight=False)


# --- figures, export and stats (issue 4) ------------------------------------------------


_QUALIFIER_MARKS = {"approx": "约", "at_least": "≥", "at_most": "≤"}


def figures_table(rows: list[dict[str, Any]], title: str) -> None:
    """The figures table: readable value, what it counts, where, when, the sentence."""
    import os

    from corpus_tool.figures import format_value

    if not rows:
        stdout.print(f"No figure matches {title}.", highlight=False)
        return
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("value", justify="right", no_wrap=True, style="magenta")
    table.add_column("subject", overflow="fold", ratio=1)
    table.add_column("place · period", overflow="fold", ratio=1)
    table.add_column("sentence", overflow="fold", ratio=3)
    table.add_column("source", overflow="fold", ratio=1)
    for row in rows:
        value = _QUALIFIER_MARKS.get(row.get("qualifier") or "", "") + format_value(row["value"], row["unit"])
        sentence = Text(row.get("sentence") or "")
        # Mark the figure inside its sentence, the evidence an editor reads.
        if row.get("text"):
            sentence.highlight_words([row["text"]], style="bold magenta")
        where = " · ".join(x for x in (row.get("place"), row.get("period")) if x)
        # Headline-less articles (PDF pages) are known by their file: show its name too.
        source = Text(row.get("headline") or os.path.basename(row.get("source") or ""), style="bold")
        source.append("\n" + " ".join(x for x in (row.get("date"), row["article_id"]) if x), style="dim")
        table.add_row(value, row.get("subject") or "", where, sentence, source)
    stdout.print(table)
    if any(row.get("match") == "article" for row in rows):
        stdout.print(
            "No figure's own sentence has these words; these figures stand in articles that do.",
            style="dim",
            highlight=False,
        )


def figures_csv(rows: list[dict[str, Any]]) -> None:
    import csv

    from corpus_tool.figures import FIGURE_FIELDS

    writer = csv.writer(sys.stdout)
    writer.writerow(FIGURE_FIELDS)
    for row in rows:
        writer.writerow([row.get(f) for f in FIGURE_FIELDS])
    sys.stdout.flush()


def export_summary(format: str, counts: dict[str, int], output: str | None) -> None:
    shown = ", ".join(f"{n} {table}" for table, n in counts.items())
    stderr.print(f"exported {shown} as {format} to {output or 'stdout'}", highlight=False, soft_wrap=True)


def bar_chart(title: str, counts: dict[str, int], top: int = 15, width: int = 40) -> None:
    """A terminal bar chart: one row per value, bars scaled to the largest count."""
    if not counts:
        stdout.print(f"{title}: none", style="dim", highlight=False)
        stdout.print()
        return
    table = Table(title=title, title_justify="left", show_header=False, box=None, padding=(0, 1))
    table.add_column("name", overflow="fold")
    table.add_column("count", justify="right")
    table.add_column("bar", style="cyan", no_wrap=True)
    largest = max(counts.values()) or 1
    for name, n in list(counts.items())[:top]:
        table.add_row(name, str(n), "█" * max(1, round(n / largest * width)) if n else "")
    if len(counts) > top:
        rest = sum(list(counts.values())[top:])
        table.add_row(f"(+{len(counts) - top} more)", str(rest), "", style="dim")
    stdout.print(table)
    stdout.print()


def stats_view(stats: dict[str, Any], index_dir: str) -> None:
    summary = Table(title=f"Index {index_dir}", show_header=False, title_justify="left")
    summary.add_column("what")
    summary.add_column("count", justify="right")
    for key, label in (
        ("articles", "articles"),
        ("documents", "documents (files indexed)"),
        ("practices", "practices (distinct cores)"),
        ("metrics", "figures"),
        ("places", "distinct places"),
    ):
        summary.add_row(label, f"{stats[key]:,}")
    stdout.print(summary)
    stdout.print()
    bar_chart(f"Articles by province ({stats.get('no_province', 0)} with no place)", stats["by_province"])
    bar_chart("Practices by kind", stats["by_kind"])
    # Newest first: a long archive's early years (one work report each) come last.
    by_year = dict(sorted(stats["by_year"].items(), reverse=True))
    bar_chart(f"Articles by year ({stats.get('undated', 0)} undated)", by_year)
    folders = stats.get("by_input_folder") or {}
    if folders:
        table = Table(title="Files by input folder", title_justify="left")
        table.add_column("folder", overflow="fold")
        for column in ("files", "skipped", "articles"):
            table.add_column(column, justify="right")
        for name, counts in folders.items():
            table.add_row(name, *(f"{counts[c]:,}" for c in ("files", "skipped", "articles")))
        stdout.print(table)
        stdout.print()
    bar_chart("Articles by source (publication)", stats["by_source"])
    if stats["skipped"]:
        skipped = Table(title=f"Skipped files ({len(stats['skipped'])})", title_justify="left")
        skipped.add_column("file", overflow="fold")
        skipped.add_column("reason", overflow="fold")
        for item in stats["skipped"]:
            # Reasons often start with the path already (see api.process_file).
            reason = item["reason"].removeprefix(item["source"] + ": ")
            skipped.add_row(item["source"], reason)
        stdout.print(skipped)
