"""The `corpus-tool` command line: parse options, call `api`, render.

Each command stays short. Library errors (`CorpusToolError`) become one line on stderr
and an exit code in `main`; no traceback reaches the user. Heavy modules load inside the
commands that need them, so `--help` starts fast.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from corpus_tool.errors import BuildInterrupted, CorpusToolError, NotBuiltYetError

app = typer.Typer(
    name="corpus-tool",
    help=(
        "Find, read and check what Chinese news and policy documents say about governance "
        "practice.\n\nStart with: corpus-tool build corpus/ && corpus-tool search 网格化"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

IndexOpt = Annotated[
    str, typer.Option("--index", help="Index folder.", show_default=True)
]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON Lines on stdout, nothing else.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="At most this many results.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar or summary (warnings still show).")
]
DEFAULT_INDEX = "indexes/default"

def _read_options(date: str | None, title_field: str | None, text_field: str | None, encoding: str | None) -> Any:
    from corpus_tool.api import ReadOptions

    return ReadOptions(date=date, title_field=title_field, text_field=text_field, encoding=encoding)


DateOpt = Annotated[
    str | None, typer.Option("--date", help="Document date (YYYY-MM-DD) for files that carry none.")
]
TitleFieldOpt = Annotated[
    str | None, typer.Option("--title-field", help="JSON Lines: the field holding the title.")
]
TextFieldOpt = Annotated[
    str | None, typer.Option("--text-field", help="JSON Lines: the field holding the text.")
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Text encoding of the inputs (default: detected).")
]


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (read recursively).")],
    json_out: JsonOpt = False,
    date: DateOpt = None,
    title_field: TitleFieldOpt = None,
    text_field: TextFieldOpt = None,
    encoding: EncodingOpt = None,
) -> None:
    """Split files into articles and print their records; no index needed.

    Example: corpus-tool extract corpus/000_1fcd3a980f6c89bd.txt --json
    """
    from corpus_tool import api, render

    options = _read_options(date, title_field, text_field, encoding)
    failures = 0
    count = 0
    for result in api.extract(paths, options):
        if result.error:
            render.warn(f"skipped {result.error}" if result.source not in result.error else result.error)
            failures += 1
            continue
        for problem in result.problems:
            render.warn(problem.reason if problem.source in problem.reason else f"{problem.source}: {problem.reason}")
        if json_out:
            render.print_jsonl(render.article_json(a) for a in result.articles)
        else:
            for article in result.articles:
                render.article_panel(article)
        count += len(result.articles)
    if count == 0:
        raise typer.Exit(2 if failures else 1)


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (read recursively).")],
    index: IndexOpt = DEFAULT_INDEX,
    quiet: QuietOpt = False,
    date: DateOpt = None,
    title_field: TitleFieldOpt = None,
    text_field: TextFieldOpt = None,
    encoding: EncodingOpt = None,
) -> None:
    """Ingest files and folders into an index (incremental).

    Unchanged files are skipped by content hash, changed ones replaced, removed ones
    dropped. A build stopped halfway leaves the previous index as it was.

    Example: corpus-tool build corpus/ --index indexes/default
    """
    from corpus_tool import api, render

    options = _read_options(date, title_field, text_field, encoding)
    show_progress = not quiet and sys.stderr.isatty()
    if show_progress:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("[bold]building"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}", style="dim"),
            console=render.stderr,
            transient=True,
        ) as bar:
            task = bar.add_task("", total=None)

            def progress(path: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, description=path[-60:])

            report = _interruptible(lambda: api.build(paths, index, options, progress))
    else:
        report = _interruptible(lambda: api.build(paths, index, options))
    for problem in report.skipped:
        render.warn(problem.reason if problem.source in problem.reason else f"{problem.source}: {problem.reason}")
    for problem in report.warnings:
        render.warn(problem.reason if problem.source in problem.reason else f"{problem.source}: {problem.reason}")
    if not quiet:
        render.build_summary(report, index)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words (all must occur); \"quoted text\" is a phrase.")],
    index: IndexOpt = DEFAULT_INDEX,
    place: Annotated[str | None, typer.Option(help="Only articles that mention this place.")] = None,
    province: Annotated[str | None, typer.Option(help="Only articles about places in this province.")] = None,
    source: Annotated[str | None, typer.Option(help="Only articles from this publication or folder.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Up to this date (inclusive).")] = None,
    limit: LimitOpt = 10,
    json_out: JsonOpt = False,
) -> None:
    """Full-text search with highlighted snippets and facet counts.

    Example: corpus-tool search "矛盾纠纷 化解" --province 浙江 --from 2020-01
    """
    from corpus_tool import api, render

    page = api.search(
        query, index, place=place, province=province, source=source,
        date_from=date_from, date_to=date_to, limit=limit,
    )
    if json_out:
        render.print_jsonl(render.search_json(page))
    else:
        render.search_page(page)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (from search), or a unique prefix.")],
    index: IndexOpt = DEFAULT_INDEX,
    json_out: JsonOpt = False,
) -> None:
    """Print one article: headline, byline, paragraphs with extracted entities marked.

    Example: corpus-tool show 3f2a9c01b7de
    """
    from corpus_tool import api, render

    article = api.show(article_id, index)
    if json_out:
        render.print_jsonl([render.article_json(article)])
    else:
        render.article_panel(article)


def _interruptible(run: Any) -> Any:
    try:
        return run()
    except KeyboardInterrupt:
        raise BuildInterrupted(
            "interrupted: nothing of this build was committed; the index is as it was before"
        ) from None


def _not_built(command: str, issue: str) -> None:
    raise NotBuiltYetError(f"`corpus-tool {command}` is not built yet ({issue}); see `corpus-tool --help`")


@app.command()
def practices(
    query: Annotated[str | None, typer.Argument(help="Words to look for in practice names.")] = None,
    index: IndexOpt = DEFAULT_INDEX,
    limit: LimitOpt = 20,
    json_out: JsonOpt = False,
) -> None:
    """The catalogue of model practices, one row per practice across all articles. (Not built yet.)

    Example: corpus-tool practices 矛盾纠纷 --sort mentions
    """
    _not_built("practices", "the practices catalogue issue")


@app.command()
def figures(
    query: Annotated[str | None, typer.Argument(help="Words to look for in figure subjects.")] = None,
    index: IndexOpt = DEFAULT_INDEX,
    limit: LimitOpt = 20,
    json_out: JsonOpt = False,
) -> None:
    """Figures with subject, place, period and source. (Not built yet.)

    Example: corpus-tool figures 案款 --place 青海省 --unit 元
    """
    _not_built("figures", "the figures table issue")


@app.command()
def check(
    claim: Annotated[str | None, typer.Argument(help="A sentence with figures to check.")] = None,
    index: IndexOpt = DEFAULT_INDEX,
    json_out: JsonOpt = False,
) -> None:
    """Check each figure in a claim: supported, contradicted or not_found. (Not built yet.)

    Example: corpus-tool check "今年以来青海法院清理发放执行案款约10.4亿元"
    """
    _not_built("check", "the claim checker issue")


@app.command()
def similar(
    id_or_text: Annotated[str, typer.Argument(help="An article id or a piece of text.")],
    index: IndexOpt = DEFAULT_INDEX,
    limit: LimitOpt = 10,
    json_out: JsonOpt = False,
) -> None:
    """Related practices or articles, by TF-IDF similarity. (Not built yet.)

    Example: corpus-tool similar 3f2a9c01b7de
    """
    _not_built("similar", "the practices catalogue issue")


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="jsonl, csv or sqlite.")] = "jsonl",
    index: IndexOpt = DEFAULT_INDEX,
) -> None:
    """Export the records for other tools. (Not built yet.)

    Example: corpus-tool export --format sqlite > records.sqlite
    """
    _not_built("export", "the export issue")


@app.command()
def stats(index: IndexOpt = DEFAULT_INDEX, json_out: JsonOpt = False) -> None:
    """What the index holds: counts by province, kind, year and source. (Not built yet.)

    Example: corpus-tool stats --json
    """
    _not_built("stats", "the export and stats issue")


def main() -> None:
    """Entry point: every expected failure becomes one line on stderr and an exit code."""
    try:
        app()
    except CorpusToolError as exc:
        from corpus_tool import render

        render.error(str(exc))
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("interrupted: the index is as it was before this command", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
