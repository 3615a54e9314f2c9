"""The library surface: extract, build, search, show. The CLI and notebooks call these.

Nothing here prints: results come back as records and reports, progress goes to the
callback the caller passes, and problems are raised as `CorpusToolError`s or listed in
the returned report.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus_tool import layout, segment, sources
from corpus_tool.errors import BadInputError, IncompatibleIndexError, IndexMissingError
from corpus_tool.extract import extract_entities
from corpus_tool.records import Article, make_article
from corpus_tool.snippets import make_snippet
from corpus_tool.sources import Problem

DEFAULT_INDEX = os.path.join("indexes", "default")


@dataclass
class ReadOptions:
    """How input files are read (the `extract` and `build` options)."""

    date: str | None = None  # document date for files that carry none (YYYY-MM-DD)
    title_field: str | None = None
    text_field: str | None = None
    encoding: str | None = None


@dataclass
class FileResult:
    """What one input file gave: its articles with their index tokens, or why not."""

    source: str
    sha256: str | None = None
    size: int | None = None
    articles: list[Article] = field(default_factory=list)
    tokens: list[segment.PackedTokens] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None  # set when the whole file was skipped


def _file_digest(path: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def article_text(article: Article) -> str:
    """Everything of an article that search should find, one part per line."""
    parts = [article.kicker, article.headline, article.subheadline, *article.subheadings]
    parts += article.paragraphs
    parts += [c.text for c in article.captions]
    # Bylines too, so that a reporter's or photographer's name finds their articles.
    parts.append(" ".join(article.reporters + article.correspondents))
    parts.append(" ".join(c.photographer for c in article.captions if c.photographer))
    return "\n".join(p for p in parts if p)


def read_articles(path: str, options: ReadOptions | None = None) -> FileResult:
    """Read and lay out one file into articles whose entity lists are still empty. Never
    raises for bad input: a file that cannot be read comes back with `error` set.

    `process_file` is this plus extraction; a caller that needs the records of a few
    articles only (the evaluation, which scores one article of a 新闻联播 day) finds
    them here and runs `extract_entities` on those alone."""
    options = options or ReadOptions()
    result = FileResult(source=path)
    try:
        result.sha256, result.size = _file_digest(path)
        documents, result.problems = sources.read_documents(
            path,
            title_field=options.title_field,
            text_field=options.text_field,
            encoding=options.encoding,
        )
    except (BadInputError, OSError) as exc:
        result.error = str(exc) if isinstance(exc, BadInputError) else f"{path}: {exc.strerror or exc}"
        return result
    position = 0
    for doc in documents:
        for article_layout in layout.split_document(doc):
            article = make_article(article_layout, doc, position, source_key=os.path.normpath(path))
            if article.date is None and options.date:
                article.date = options.date
            position += 1
            if article.paragraphs or article.headline:
                result.articles.append(article)
    if not result.articles:
        # Nothing to index (an advertisement slot, a photo page, an empty transcript):
        # the file is listed as skipped with this reason rather than silently dropped.
        result.error = f"{path}: no article text in this file (an advertisement or empty page?)"
    return result


def process_file(path: str, options: ReadOptions | None = None, *, with_tokens: bool = True) -> FileResult:
    """Read, lay out, extract and segment one file. Never raises for bad input: a file
    that cannot be read comes back with `error` set."""
    result = read_articles(path, options)
    for article in result.articles:
        extract_entities(article)
        if with_tokens:
            text = segment.normalize(article_text(article))
            words = segment.cut(text)  # the one segmentation of this text in a build
            result.tokens.append(segment.packed_index_tokens(text, words))
    return result


def extract(paths: Sequence[str], options: ReadOptions | None = None) -> Iterator[FileResult]:
    """Records of every file under `paths`, file by file (no index needed).

    Missing paths come first as results with `error` set."""
    files, missing = sources.find_input_files(paths)
    for problem in missing:
        yield FileResult(source=problem.source, error=problem.reason)
    for path in files:
        yield process_file(path, options, with_tokens=False)


# --- building an index ------------------------------------------------------------------


@dataclass
class BuildReport:
    files_seen: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    articles_added: int = 0
    articles_repaired: int = 0  # text index and record store disagreed (an earlier crash)
    articles_total: int = 0
    skipped: list[Problem] = field(default_factory=list)  # whole files not indexed
    warnings: list[Problem] = field(default_factory=list)  # parts of files not read


ProgressCallback = Callable[[str, int, int], None]  # (current file, done, total)


class IndexPaths:
    """Where the parts of an index folder live."""

    def __init__(self, root: str):
        self.root = root
        self.text = os.path.join(root, "text")
        self.store = os.path.join(root, "records.sqlite")


def _under(path: str, roots: Iterable[str]) -> bool:
    path = os.path.normpath(path)
    for root in roots:
        root = os.path.normpath(root)
        if path == root or path.startswith(root.rstrip(os.sep) + os.sep):
            return True
    return False


def _place_keys(article: Article) -> tuple[list[str], list[str], list[str], list[str]]:
    """(display names, --place keys, provinces, cities) of an article's places.

    Display names are the most specific places, most mentioned first (湖南省 is not
    shown beside 湖南省岳阳市); the keys hold every level of every mention, so
    `--place 岳阳` finds an article that names only 岳阳楼区. Province and city (the
    facets and `--province`) are those of the article's main place: an article about
    Qinghai's courts that mentions Beijing once counts for Qinghai only.
    """
    counts: dict[str, int] = {}
    keys: set[str] = set()
    for place in article.places:
        name = place.get("name")
        if not name:
            continue
        counts[name] = counts.get(name, 0) + 1
        keys.update(v for v in (name, place.get("text"), place.get("province"), place.get("city")) if v)
    specific = [n for n in counts if not any(o != n and o.startswith(n) for o in counts)]
    specific.sort(key=lambda n: -sum(c for o, c in counts.items() if o.startswith(n)))
    main = article.main_place or {}
    provinces = [main["province"]] if main.get("province") else []
    cities = [main["city"]] if main.get("city") else []
    return specific, sorted(keys), provinces, cities


def _collection(article: Article) -> str:
    """The facet label of where an article comes from: its publication, or its folder."""
    if article.publication:
        return article.publication
    parent = os.path.basename(os.path.dirname(os.path.normpath(article.source)))
    return parent or os.path.basename(article.source)


def _index_entry(article: Article, tokens: segment.PackedTokens) -> Any:  # index.IndexEntry
    from corpus_tool.index import IndexEntry

    names, keys, provinces, cities = _place_keys(article)
    origin = [p for p in os.path.normpath(article.source).split(os.sep) if p not in ("", ".", "..")]
    if article.publication:
        origin.append(article.publication)
    return IndexEntry(
        id=article.id,
        source=article.source,
        origin=origin,
        collection=_collection(article),
        headline=article.headline,
        date=article.date,
        provinces=provinces,
        cities=cities,
        places=names,
        place_keys=keys,
        programs=[p.get("core") or p.get("name", "") for p in article.programs],
        precise=tokens.precise,
        fine=tokens.fine,
    )


def _open_store(paths: IndexPaths, create: bool) -> Any:  # store.RecordStore
    from corpus_tool.index import SCHEMA_VERSION
    from corpus_tool.store import RecordStore

    if not create and not os.path.exists(paths.store):
        raise IndexMissingError(
            f"no index at {paths.root}: run `corpus-tool build PATH… --index {paths.root}` first"
        )
    os.makedirs(paths.root, exist_ok=True)
    # Readers open the store read-only: they see the last committed state during a build.
    store = RecordStore(paths.store, writable=create)
    try:
        row = store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        store.close()
        raise IndexMissingError(
            f"{paths.store}: not a corpus-tool record store yet, or damaged ({exc}); "
            f"run `corpus-tool build PATH… --index {paths.root}`"
        ) from exc
    if row is None and not create:
        store.close()
        raise IndexMissingError(
            f"{paths.root} has no committed build yet (is the first build still running?); "
            f"run `corpus-tool build PATH… --index {paths.root}`"
        )
    if row is None:
        store.db.execute(
            "INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
    elif row[0] != str(SCHEMA_VERSION):
        store.close()
        raise IncompatibleIndexError(
            f"{paths.root} was built by another version of corpus-tool (schema {row[0]}, this one "
            f"reads {SCHEMA_VERSION}); build a new index with `corpus-tool build PATH… --index NEWDIR`"
        )
    return store


def build(
    paths: Sequence[str],
    index_dir: str = DEFAULT_INDEX,
    options: ReadOptions | None = None,
    progress: ProgressCallback | None = None,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> BuildReport:
    """Ingest files and folders into the index at `index_dir`, incrementally.

    Unchanged files (same content hash) are skipped, changed ones replaced, and files
    that were indexed from under these paths but are gone now are dropped. The work per
    file runs on `workers` processes (or a Dask cluster: `engine="dask"`, `scheduler`);
    this process is the one writer. The text index commits first and the record store
    second, both at the end: a crash, `kill -9` or Ctrl-C before that leaves the
    previous index as it was, and the next build repairs any disagreement between the
    two that a crash between the commits left.
    """
    from corpus_tool import pipeline
    from corpus_tool.doctor import compare_index_and_store
    from corpus_tool.index import TextIndex

    pipeline.check_engine(engine, workers, scheduler)
    report = BuildReport()
    files, missing = sources.find_input_files(paths)
    report.skipped.extend(missing)
    report.files_seen = len(files)
    if not files:
        raise BadInputError(
            "nothing to build: "
            + ("; ".join(p.reason for p in missing) if missing else "no files under " + ", ".join(paths))
        )
    index_paths = IndexPaths(index_dir)
    store = _open_store(index_paths, create=True)
    text_index = TextIndex(index_paths.text)
    try:
        known = store.files()
        states = dict(known)
        writer = text_index.writer(procs=workers)
        store.begin()
        try:
            # A crash between the two commits of an earlier build: drop what only the
            # text index has, and read again the files whose articles it lacks.
            disagreement = compare_index_and_store(text_index, store)
            for article_id in disagreement.only_in_text_index:
                writer.delete_id(article_id)
            for source in disagreement.sources_to_reindex:
                states.pop(source, None)
            report.articles_repaired = len(disagreement.only_in_text_index) + len(
                disagreement.only_in_store
            )

            todo = _files_to_read(files, states, report)
            for source in todo:
                if source in states or source in disagreement.sources_to_reindex:
                    writer.delete_source(source)
                    store.delete_articles_of(source)
            results = pipeline.process_files(
                todo, options, workers=workers, engine=engine, scheduler=scheduler
            )
            with contextlib.closing(results):  # stops the workers if this loop is left early
                for done, result in enumerate(results):
                    if progress:
                        progress(result.source, done, len(todo))
                    _add_file(result, writer, store, report)
            present = set(files)
            for source in known:
                if source not in present and _under(source, paths) and not os.path.exists(source):
                    writer.delete_source(source)
                    store.delete_file(source)
                    report.files_removed += 1
            if progress:
                progress("", len(todo), len(todo))
            store.add_build_roots(list(paths))  # `stats` counts files by input folder
            writer.commit()
            store.commit()
        except BaseException:
            writer.cancel()
            store.rollback()
            raise
        report.articles_total = store.article_count()
    finally:
        store.close()
        text_index.close()
    return report


def _files_to_read(files: list[str], states: dict[str, Any], report: BuildReport) -> list[str]:
    """The files whose content is new or changed since the last build, largest first
    (so that no big file is left running alone at the end of a parallel build)."""
    todo: list[tuple[int, str]] = []
    for path in files:
        try:
            sha, size = _file_digest(path)
        except OSError as exc:
            report.skipped.append(Problem(path, f"{path}: cannot read ({exc.strerror or exc})"))
            continue
        state = states.get(path)
        if state is not None and state.sha256 == sha:
            report.files_unchanged += 1
            if state.status == "skipped":
                report.skipped.append(Problem(path, state.reason or "skipped"))
            continue
        todo.append((size, path))
    return [path for _, path in sorted(todo, key=lambda item: -item[0])]


def _add_file(
    result: FileResult,
    writer: Any,  # index.IndexWriter (whoosh stays behind index.py)
    store: Any,  # store.RecordStore
    report: BuildReport,
) -> None:
    path = result.source
    if result.error:
        store.put_file(path, result.sha256, result.size, 0, "skipped", result.error)
        report.skipped.append(Problem(path, result.error))
        return
    for article, tokens in zip(result.articles, result.tokens, strict=True):
        writer.add(_index_entry(article, tokens))
    reason = "; ".join(p.reason for p in result.problems) or None
    store.put_file(path, result.sha256, result.size, len(result.articles), "indexed", reason)
    store.put_articles(result.articles)
    report.warnings.extend(result.problems)
    report.files_read += 1
    report.articles_added += len(result.articles)


# --- reading an index ---------------------------------------------------------------------


@dataclass
class SearchHit:
    id: str
    source: str
    headline: str | None
    date: str | None
    score: float
    snippet: str
    places: list[str]
    programs: list[str]


@dataclass
class SearchPage:
    query: str
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]


def _resolve_place(name: str | None) -> str | None:
    """A place as the user typed it (岳阳, 湖南) → its full name when the gazetteer knows it."""
    if not name:
        return None
    from corpus_tool.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    division = gazetteer.resolve(name)
    return gazetteer.full_name(division.adcode) if division else name


_OPEN_INDEXES: dict[str, Any] = {}


def _text_index(path: str) -> Any:
    """The process's open text index at `path` (kept open: notebooks search repeatedly)."""
    from corpus_tool.index import TextIndex

    key = os.path.abspath(path)
    if key not in _OPEN_INDEXES:
        _OPEN_INDEXES[key] = TextIndex(path)
    return _OPEN_INDEXES[key]


def search(
    text: str,
    index_dir: str = DEFAULT_INDEX,
    *,
    place: str | None = None,
    province: str | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 10,
) -> SearchPage:
    """Full-text search: every space-separated word must occur; quoted text is a phrase."""
    from corpus_tool.index import SearchFilters, query_terms

    index_paths = IndexPaths(index_dir)
    store = _open_store(index_paths, create=False)
    try:
        filters = SearchFilters(
            place=_resolve_place(place),
            province=_resolve_place(province),
            source=source,
            date_from=date_from,
            date_to=date_to,
        )
        result = _text_index(index_paths.text).search(text, filters=filters, limit=limit)
        articles = store.get_many([h.id for h in result.hits])
        terms = query_terms(text)
        hits = []
        for h in result.hits:
            article = articles.get(h.id)
            snippet = make_snippet(article_text(article), terms) if article else ""
            hits.append(
                SearchHit(h.id, h.source, h.headline, h.date, h.score, snippet, h.places, h.programs)
            )
        return SearchPage(text, result.total, hits, result.facets)
    finally:
        store.close()


def show(article_id: str, index_dir: str = DEFAULT_INDEX) -> Article:
    """One article by id (a unique prefix of at least 6 characters is enough)."""
    store = _open_store(IndexPaths(index_dir), create=False)
    try:
        article = store.get(article_id)
        if article is None and len(article_id) >= 6:
            matches = store.find_prefix(article_id)
            if len(matches) == 1:
                article = store.get(matches[0])
        if article is None:
            raise BadInputError(
                f"no article with id {article_id!r} in {index_dir}; `corpus-tool search` lists ids"
            )
        return article
    finally:
        store.close()


# --- practices and similar items (issue 4): practices.py, similarity.py ----------------


def practices(
    index_dir: str = DEFAULT_INDEX,
    query: str | None = None,
    *,
    place: str | None = None,
    province: str | None = None,
    kind: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    sort: str = "relevance",
    limit: int = 20,
) -> list[Any]:  # list[practices.Practice]
    """The catalogue of practices (see corpus_tool/practices.py for the merging rule).

    `query` words must each occur in a practice's names or description; relevance puts
    name matches first, then description matches, then the most reported. `sort="mentions"`
    orders by articles, then mentions. `kind=None` leaves out slogans, documents and
    honours; `kind="all"` keeps everything. Dates filter the mentions themselves.
    """
    from corpus_tool import practices as catalogue

    if sort not in ("relevance", "mentions"):
        raise BadInputError(f"unknown sort {sort!r}: use relevance or mentions")
    if kind is not None and kind not in catalogue.KINDS:
        raise BadInputError(f"unknown kind {kind!r}: use one of {', '.join(catalogue.KINDS)}")
    store = _open_store(IndexPaths(index_dir), create=False)
    try:
        entries = catalogue.catalogue(store.db, date_from=date_from, date_to=date_to)
    finally:
        store.close()
    chosen = catalogue.select(
        entries, query=query, place=_resolve_place(place), province=_resolve_place(province),
        kind=kind, sort=sort,
    )[:limit]
    catalogue.add_similar(chosen, catalogue.select(entries))
    return chosen


@dataclass
class SimilarItem:
    kind: str  # "article" or "practice"
    id: str  # an article id, or a practice's core
    title: str | None  # headline, or the practice's name
    score: float
    date: str | None = None
    source: str | None = None
    places: list[str] = field(default_factory=list)


@dataclass
class SimilarResult:
    query: str
    query_kind: str  # "article", "practice" or "text": how the argument was understood
    title: str | None
    items: list[SimilarItem]


def similar(id_or_text: str, index_dir: str = DEFAULT_INDEX, limit: int = 10) -> SimilarResult:
    """Related items: an article id (or unique prefix of 6+) → related articles; a
    practice's core or name → related practices; any other text → related articles."""
    from corpus_tool import practices as catalogue
    from corpus_tool import similarity

    text = id_or_text.strip()
    if not text:
        raise BadInputError("similar needs an article id, a practice name or some text")
    store = _open_store(IndexPaths(index_dir), create=False)
    try:
        db = store.db
        article_id = text if db.execute("SELECT 1 FROM articles WHERE id = ?", (text,)).fetchone() else None
        if article_id is None and len(text) >= 6 and len(matches := store.find_prefix(text)) == 1:
            article_id = matches[0]
        if article_id is None:
            entries = catalogue.catalogue(db)
            entry = catalogue.find_practice(entries, text)
            if entry is not None:
                catalogue.add_similar([entry], catalogue.select(entries), per_entry=limit)
                items = [
                    SimilarItem("practice", s["core"], s["name"], s["score"], s["last_seen"], places=s["places"])
                    for s in entry.similar
                ]
                return SimilarResult(text, "practice", entry.name, items)

        def load_texts() -> tuple[list[str], list[str]]:
            articles = list(store.iter_articles())
            return [a.id for a in articles], [article_text(a) for a in articles]

        count, top = db.execute("SELECT COUNT(*), MAX(rowid) FROM articles").fetchone()
        vectorizer, matrix, ids = similarity.article_matrix(load_texts, index_dir, f"{count}:{top}")
        if article_id is not None:
            row = ids.index(article_id) if article_id in ids else None
            vector = matrix[row] if row is not None else vectorizer.transform([article_text(store.get(article_id))])
            ranked = similarity.rank_rows(matrix, vector, limit, exclude={row} if row is not None else None)
            title = db.execute("SELECT headline FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            query_kind = "article"
        else:
            ranked = similarity.rank_rows(matrix, vectorizer.transform([text]), limit)
            title, query_kind = None, "text"
        items = []
        for row, score in ranked:
            found = db.execute(
                "SELECT headline, date, source, json_extract(record, '$.main_place.name') "
                "FROM articles WHERE id = ?", (ids[row],)
            ).fetchone()
            headline, date, source, place = found or (None, None, None, None)
            items.append(
                SimilarItem("article", ids[row], headline, round(score, 4), date, source, [place] if place else [])
            )
        return SimilarResult(text, query_kind, title, items)
    finally:
        store.close()


# --- claim checking (issue 4): factcheck.py --------------------------------------------


def _checker(index_dir: str) -> Any:  # factcheck.Checker
    """A read-only checker over the index's record store (no whoosh, no write lock: a
    check is an editor's quick question and may run beside a build)."""
    from corpus_tool.factcheck import Checker

    paths = IndexPaths(index_dir)
    if not os.path.exists(paths.store):
        raise IndexMissingError(
            f"no index at {paths.root}: run `corpus-tool build PATH… --index {paths.root}` first"
        )
    return Checker(paths.store)


def check(claim: str, index_dir: str = DEFAULT_INDEX) -> list[Any]:  # list[factcheck.CheckResult]
    """Each figure of `claim`: supported, contradicted or not_found, with the evidence
    (SPEC section 4; factcheck.py says how)."""
    return check_many([claim], index_dir)[0]


def check_many(claims: Iterable[str], index_dir: str = DEFAULT_INDEX) -> list[list[Any]]:
    """`check` for many claims over one open store; one list of results per claim (empty
    for a claim without figures)."""
    checker = _checker(index_dir)
    try:
        return [checker.check(claim) for claim in claims]
    finally:
        checker.close()


# --- figures, export and stats (issue 4) -----------------------------------------------


def figures(
    index_dir: str = DEFAULT_INDEX,
    query: str | None = None,
    *,
    place: str | None = None,
    unit: str | None = None,
    min_value: float | None = None,
    max_value: float | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = 50,
) -> list[dict[str, Any]]:
    """The figures table (SPEC section 4): metric records with article_id, source,
    headline and sentence. `query` words must all occur in the subject or sentence;
    `place` (青海, 岳阳市 …) also matches the places under it; `limit=None` for all."""
    from corpus_tool import figures as figures_table

    store = _open_store(IndexPaths(index_dir), create=False)
    try:
        filters = figures_table.FigureFilters(
            query=query, place=_resolve_place(place), unit=unit, min_value=min_value,
            max_value=max_value, date_from=date_from, date_to=date_to,
        )
        return figures_table.query(store.db, filters, limit)
    finally:
        store.close()


def export(
    index_dir: str = DEFAULT_INDEX,
    format: str = "jsonl",
    output: str | None = None,
    out: Any = None,  # a text stream for jsonl/csv without `output` (default: stdout)
) -> dict[str, int]:
    """Write the records as jsonl, csv or sqlite; returns rows written per table.

    jsonl: article records to `output` or `out`. csv: the figures table to `output`
    (a .csv file) or `out`; an `output` folder (no .csv suffix) gets one CSV per record
    type. sqlite: a standalone copy at `output` (default export.sqlite)."""
    import sys

    from corpus_tool import export as exporter

    if format not in exporter.FORMATS:
        raise BadInputError(f"unknown export format {format!r}: use one of {', '.join(exporter.FORMATS)}")
    paths = IndexPaths(index_dir)
    store = _open_store(paths, create=False)
    try:
        if format == "sqlite":
            store.close()  # the copy reads the file itself, through its own connection
            return exporter.write_sqlite(paths.store, output or exporter.DEFAULT_SQLITE)
        if format == "csv" and output and not output.lower().endswith(".csv"):
            return exporter.write_csv_folder(store.db, output)
        write = exporter.write_jsonl if format == "jsonl" else exporter.write_figures_csv
        if output:
            # A BOM on CSV files so that Excel reads them as UTF-8; none on JSON Lines.
            encoding = "utf-8-sig" if format == "csv" else "utf-8"
            with open(output, "w", encoding=encoding, newline="") as fh:
                return write(store.db, fh)
        return write(store.db, out or sys.stdout)
    finally:
        store.close()


def stats(index_dir: str = DEFAULT_INDEX) -> dict[str, Any]:
    """What the index holds (SPEC section 4 `stats --json`)."""
    from corpus_tool import stats as index_stats

    store = _open_store(IndexPaths(index_dir), create=False)
    try:
        return index_stats.compute(store.db)
    finally:
        store.close()
