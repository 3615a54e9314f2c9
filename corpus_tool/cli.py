"""The `corpus-tool` command line: parse options, call `api`, render.

Each command stays short. Library errors (`CorpusToolError`) become one line on stderr
and an exit code in `main`; no traceback reaches the user. Heavy modules load inside the
commands that need them, so `--help` starts fast.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from corpus_tool.errors import BadInputError, BuildInterrupted, CorpusToolError

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
    workers: Annotated[
        int | None,
        typer.Option(help="Worker processes that read, extract and index (default: the machine's cores)."),
    ] = None,
    engine: Annotated[
        str, typer.Option(help="local: worker processes on this machine; dask: a Dask cluster.")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://HOST:8786); without it, a local Dask cluster."),
    ] = None,
) -> None:
    """Ingest files and folders into an index (incremental).

    Unchanged files are skipped by content hash, changed ones replaced, removed ones
    dropped. A build stopped halfway (Ctrl-C, kill -9) leaves the previous index as it
    was; the next build completes it. One build writes at a time: a second one waits
    10 s, then says the index is busy.

    Example: corpus-tool build corpus/ --index indexes/default --workers 2
    """
    from corpus_tool import api, pipeline, render

    options = _read_options(date, title_field, text_field, encoding)
    if workers is None:
        workers = pipeline.default_workers()

    def run(progress: Any = None) -> Any:
        return api.build(
            paths, index, options, progress, workers=workers, engine=engine, scheduler=scheduler
        )

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

            report = _interruptible(lambda: run(progress))
    else:
        report = _interruptible(run)
    for problem in report.skipped:
        render.warn(problem.reason if problem.source in problem.reason else f"{problem.source}: {problem.reason}")
    for problem in report.warnings:
        render.warn(problem.reason if problem.source in problem.reason else f"{problem.source}: {problem.reason}")
    if not quiet:
        render.build_summary(report, index)
    if report.files_read == 0 and report.files_unchanged == 0:
        raise BadInputError(
            "nothing was indexed: every input file was skipped (reasons above); "
            "fix or leave out those files and build again"
        )


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


@app.command()
def doctor(index: IndexOpt = DEFAULT_INDEX) -> None:
    """Check an index: the text index against the record store, the store against the
    files on disk. Exits 1 when something needs a build to repair it.

    Example: corpus-tool doctor --index indexes/default
    """
    from corpus_tool import doctor as index_doctor
    from corpus_tool import render

    report = index_doctor.check_index(index)
    render.doctor_report(report)
    if not report.ok:
        raise typer.Exit(1)


def _interruptible(run: Any) -> Any:
    try:
        return run()
    except KeyboardInterrupt:
        raise BuildInterrupted(
            "interrupted: nothing of this build was committed; the index is as it was before"
        ) from None


@app.command()
def practices(
    query: Annotated[str | None, typer.Argument(help="Words to look for in practice names and descriptions.")] = None,
    index: IndexOpt = DEFAULT_INDEX,
    place: Annotated[str | None, typer.Option(help="Only practices adopted in this place (any level).")] = None,
    province: Annotated[str | None, typer.Option(help="Only practices adopted in this province.")] = None,
    kind: Annotated[str | None, typer.Option(help="mode, mechanism, campaign, brand, platform, other; slogan, document, honor; or all.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Mentions from this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Mentions up to this date (inclusive).")] = None,
    sort: Annotated[str, typer.Option(help="relevance, or mentions (most articles first).")] = "relevance",
    limit: LimitOpt = 20,
    json_out: JsonOpt = False,
) -> None:
    """The catalogue of model practices, one row per practice across all articles.

    Example: corpus-tool practices 矛盾纠纷 --sort mentions
    """
    from corpus_tool import api, render

    entries = api.practices(
        index, query, place=place, province=province, kind=kind,
        date_from=date_from, date_to=date_to, sort=sort, limit=limit,
    )
    if json_out:
        render.print_jsonl(render.practices_json(entries))
    else:
        render.practices_table(entries, query)


@app.command()
def figures(
    query: Annotated[
        str | None, typer.Argument(help="Words that must all occur in the figure's subject or sentence.")
    ] = None,
    index: IndexOpt = DEFAULT_INDEX,
    place: Annotated[
        str | None, typer.Option(help="Province, city or county; a province also matches its cities and counties.")
    ] = None,
    unit: Annotated[str | None, typer.Option(help="Exact unit: 元, %, 人, 件 …")] = None,
    min_value: Annotated[float | None, typer.Option("--min", help="Value at least this, in the base unit (1e9 元, not 10亿).")] = None,
    max_value: Annotated[float | None, typer.Option("--max", help="Value at most this.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Articles from this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Articles up to this date (inclusive).")] = None,
    limit: LimitOpt = 50,
    json_out: JsonOpt = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="CSV on stdout (header row first), nothing else.")] = False,
) -> None:
    """Figures with value, unit, qualifier, subject, place, period, sentence and source.

    Example: corpus-tool figures 案款 --place 青海省 --unit 元
    """
    from corpus_tool import api, render
    from corpus_tool.errors import QueryError

    if json_out and csv_out:
        raise QueryError("choose one of --json and --csv")
    rows = api.figures(
        index, query, place=place, unit=unit, min_value=min_value, max_value=max_value,
        date_from=date_from, date_to=date_to, limit=limit,
    )
    if json_out:
        render.print_jsonl(rows)
    elif csv_out:
        render.figures_csv(rows)
    else:
        shown = [f"{query!r}"] if query else []
        shown += [f"{name} {value}" for name, value in (
            ("place", place), ("unit", unit), ("min", min_value), ("max", max_value),
            ("from", date_from), ("to", date_to),
        ) if value is not None]
        what = ", ".join(shown) or "all figures"
        more = f"; the first {limit}, --limit for more" if len(rows) == limit else ""
        render.figures_table(rows, f"{len(rows)} figures for {what}{more}" if rows else what)


@app.command()
def check(
    claim: Annotated[str | None, typer.Argument(help="A sentence with figures to check.")] = None,
    index: IndexOpt = DEFAULT_INDEX,
    file: Annotated[
        str | None, typer.Option("--file", help="Check every line of this file (one claim a line; '-' is stdin).")
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Check each figure in a claim: supported, contradicted or not_found, with the evidence.

    A figure is supported when a source states the same quantity for the same subject,
    place and period (allowing the claim's rounding, scale and qualifier), contradicted
    when a source states another, not_found when no source speaks of it. When sources
    disagree both are listed (note: disputed). With --file, a summary line follows
    (on stderr with --json).

    Example: corpus-tool check "今年以来青海法院清理发放执行案款约10.4亿元"
    """
    from corpus_tool import api, render
    from corpus_tool.errors import BadInputError

    if (claim is None) == (file is None):
        raise BadInputError("give a CLAIM or --file FILE (one claim a line), not both or neither")
    if file is not None:
        try:
            if file == "-":
                lines = sys.stdin.read().splitlines()
            else:
                with open(file, encoding="utf-8-sig") as fh:
                    lines = fh.read().splitlines()
        except OSError as exc:
            raise BadInputError(f"{file}: cannot read ({exc.strerror or exc})") from None
        # A TSV's first column is the claim (tests/fixtures/claims.tsv, whose header line
        # is "claim\t…"); # lines are comments.
        claims = [line.split("\t", 1)[0].strip() for line in lines]
        claims = [c for c in claims if c and not c.startswith("#") and c != "claim"]
    else:
        claims = [claim or ""]
    per_claim = api.check_many(claims, index)
    if json_out:
        render.print_jsonl(obj for results in per_claim for obj in render.check_json(results))
        if file is not None:
            render.stderr.print(render.check_summary_line([r for rs in per_claim for r in rs]), highlight=False)
    else:
        render.check_results(claims, per_claim)


@app.command()
def similar(
    id_or_text: Annotated[str, typer.Argument(help="An article id (or prefix), a practice name, or a piece of text.")],
    index: IndexOpt = DEFAULT_INDEX,
    limit: LimitOpt = 10,
    json_out: JsonOpt = False,
) -> None:
    """Related articles (for an article id or text) or practices (for a practice name),
    by TF-IDF over jieba words, with cosine scores.

    Example: corpus-tool similar 枫桥经验
    """
    from corpus_tool import api, render

    result = api.similar(id_or_text, index, limit=limit)
    if json_out:
        render.print_jsonl(render.similar_json(result))
    else:
        render.similar_table(result)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="jsonl, csv or sqlite.")] = "jsonl",
    index: IndexOpt = DEFAULT_INDEX,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o",
            help="jsonl: a file (default stdout). csv: a .csv file for the figures table (default "
            "stdout), or a folder for one CSV per record type. sqlite: the file (default export.sqlite).",
        ),
    ] = None,
    quiet: QuietOpt = False,
) -> None:
    """Export the records for other tools.

    jsonl: one article record per line. csv: the figures table, or with --output DIR one
    CSV per record type (articles, places, people, organizations, programs, metrics,
    dates, awards, files). sqlite: one table per record type, foreign keys to articles.

    Example: corpus-tool export --format sqlite --output records.sqlite
    """
    from corpus_tool import api, render

    counts = api.export(index, format, output)
    if not quiet:
        if format == "sqlite" and not output:
            output = "export.sqlite"
        render.export_summary(format, counts, output)


@app.command()
def stats(index: IndexOpt = DEFAULT_INDEX, json_out: JsonOpt = False) -> None:
    """What the index holds: counts by province, kind, year and source, and skipped files.

    Example: corpus-tool stats --json
    """
    from corpus_tool import api, render

    result = api.stats(index)
    if json_out:
        render.print_jsonl([result])
    else:
        render.stats_view(result, index)


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
