"""The full-text index: whoosh schema, writing and searching.

Nothing else in corpus-tool imports whoosh, so replacing it is this file's work.

Two text fields hold the token streams of `segment.index_tokens` (SPEC section 6):
`precise` (jieba's accurate-mode words: whole-word matches rank first) and `fine`
(character bigrams: a sub-word or any substring of the text is found). Both arrive
pre-tokenized, so a text is segmented once per build; the tokenizer below only unpacks
them. Queries are built here from the same token functions, never by whoosh's parser,
so stray query syntax cannot raise.

whoosh pickles the schema with the tokenizer's import path: `corpus_tool.index.PackedTokenizer`
must stay where it is. `SCHEMA_VERSION` changes whenever the schema does.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from whoosh import fields, index, query, sorting
from whoosh.analysis import Token, Tokenizer
from whoosh.index import LockError
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import SegmentWriter

from corpus_tool import segment
from corpus_tool.errors import IncompatibleIndexError, IndexBusyError, IndexMissingError

SCHEMA_VERSION = 3  # 2: entity tables in the record store; 3: traditional text indexed as simplified
WRITER_TIMEOUT_S = 10.0
# whoosh sorts each writer's postings in memory up to this size (its estimate) and past it
# through temporary files, which pickles every posting and reads it back: with whoosh's
# default of 128 MB the month's 2.4 million postings took 98 s to write in one process,
# within memory 70 s. A whole-corpus build peaks at 0.7 GB in one process (0.2 GB before).
WRITER_MEMORY_MB = 512

class PackedTokenizer(Tokenizer):
    """Unpacks a stream made by `segment.pack_positions`: ordinal positions, tokens as
    given."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not value:
            return
        for pos, group in enumerate(value.split(segment.POSITION_SEP)):
            for text in group.split(segment.TOKEN_SEP):
                if not text:
                    continue
                token.text = text
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = start_pos + pos
                if chars:  # character offsets are not kept: snippets are made from the text
                    token.startchar = start_char
                    token.endchar = start_char
                yield token


def _schema() -> fields.Schema:
    packed = PackedTokenizer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        source=fields.ID(stored=True),
        origin=fields.KEYWORD(lowercase=True, commas=True, scorable=False),
        collection=fields.ID(stored=True),
        headline=fields.STORED,
        date=fields.ID(stored=True, sortable=True),
        year=fields.ID(stored=True),
        province=fields.KEYWORD(stored=True, commas=True, scorable=False),
        city=fields.KEYWORD(stored=True, commas=True, scorable=False),
        place=fields.KEYWORD(commas=True, scorable=False),  # every name a --place may use
        places=fields.STORED,  # display names
        programs=fields.STORED,
        precise=fields.TEXT(analyzer=packed, phrase=True, field_boost=2.0),
        fine=fields.TEXT(analyzer=packed, phrase=True),
    )


@dataclass
class IndexEntry:
    """What the index keeps of one article (built by `api` from the record)."""

    id: str
    source: str
    origin: list[str]
    collection: str
    headline: str | None
    date: str | None
    provinces: list[str]
    cities: list[str]
    places: list[str]  # display names (full normalized names)
    place_keys: list[str]  # every name that finds the article with --place
    programs: list[str]
    precise: str  # packed token streams (segment.PackedTokens)
    fine: str


@dataclass
class Hit:
    id: str
    source: str
    headline: str | None
    date: str | None
    score: float
    places: list[str]
    programs: list[str]


@dataclass
class SearchFilters:
    place: str | None = None
    province: str | None = None
    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


FACETS = ("province", "city", "collection", "year")


def _join(values: Iterable[str]) -> str:
    return ",".join(v.replace(",", " ") for v in values if v)


class TextIndex:
    """A whoosh index in one folder."""

    def __init__(self, path: str):
        self.path = path
        self._index: Any = None
        self._searcher: Any = None

    # -- opening -------------------------------------------------------------------
    def exists(self) -> bool:
        return os.path.isdir(self.path) and index.exists_in(self.path)

    def create(self) -> None:
        os.makedirs(self.path, exist_ok=True)
        self._index = index.create_in(self.path, _schema())

    def open(self) -> Any:
        if self._index is None:
            if not self.exists():
                raise IndexMissingError(
                    f"no index at {os.path.dirname(self.path) or self.path}: run `corpus-tool build PATH…` first"
                )
            try:
                self._index = index.open_dir(self.path)
            except Exception as exc:  # an index of another version unpickles badly
                raise IncompatibleIndexError(
                    f"{self.path}: cannot open the index ({exc.__class__.__name__}); rebuild it with "
                    "`corpus-tool build PATH… --index DIR` into a new folder"
                ) from exc
        return self._index

    # -- writing -------------------------------------------------------------------
    def writer(self, procs: int = 1) -> IndexWriter:
        """The one writer of this index (waits `WRITER_TIMEOUT_S` for another build to
        finish). With `procs` > 1, the postings are written by that many processes, each
        into its own segment, under this writer's lock."""
        ix = self.open() if self.exists() else None
        if ix is None:
            self.create()
            ix = self._index
        try:
            if procs > 1:
                return IndexWriter(_ParallelWriter(ix, procs=procs, timeout=WRITER_TIMEOUT_S))
            return IndexWriter(ix.writer(timeout=WRITER_TIMEOUT_S, limitmb=WRITER_MEMORY_MB))
        except LockError as exc:
            raise IndexBusyError(
                f"the index at {self.path} is busy: another build is writing to it; "
                "wait for it to finish and run this command again"
            ) from exc

    # -- reading -------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        filters: SearchFilters | None = None,
        limit: int = 10,
        with_facets: bool = True,
    ) -> SearchResult:
        q = build_query(text)
        filter_q = build_filter(filters or SearchFilters())
        if q is None and filter_q is None:
            return SearchResult(hits=[], total=0)
        searcher = self._current_searcher()
        facets = (
            {name: sorting.FieldFacet(name, allow_overlap=True) for name in FACETS}
            if with_facets
            else None
        )
        if q is None:  # filters only: newest first
            results = searcher.search(
                filter_q, limit=limit, sortedby="date", reverse=True, groupedby=facets
            )
        else:
            results = searcher.search(
                q, filter=filter_q, limit=limit, groupedby=facets, terms=False
            )
        hits = [
            Hit(
                id=r["id"],
                source=r["source"],
                headline=r.get("headline"),
                date=r.get("date") or None,
                score=round(float(r.score or 0.0), 3),
                places=list(r.get("places") or []),
                programs=list(r.get("programs") or []),
            )
            for r in results[:limit]  # with groupedby, whoosh may return more than the limit
        ]
        counts = {}
        if with_facets:
            for name in FACETS:
                groups = results.groups(name)
                counts[name] = dict(
                    Counter({k: len(v) for k, v in groups.items() if k}).most_common()
                )
        return SearchResult(hits=hits, total=len(results), facets=counts)

    def _current_searcher(self) -> Any:
        """A searcher kept open between searches (opening one reads the term index:
        about 30 ms), refreshed when a build has committed since."""
        if self._searcher is None:
            self._searcher = self.open().searcher()
        else:
            self._searcher = self._searcher.refresh()
        return self._searcher

    def is_being_written(self) -> bool:
        """True while a build holds this index's write lock."""
        if not self.exists():
            return False
        lock = self.open().lock("WRITELOCK")
        if lock.acquire(blocking=False):
            lock.release()
            return False
        return True

    def leftover_files(self) -> list[str]:
        """Temporary files of a build that was killed (the next build removes them)."""
        if self.is_being_written():
            return []
        tmp = os.path.join(self.path, f"{self.open().indexname}.tmp")
        return sorted(os.listdir(tmp)) if os.path.isdir(tmp) else []

    def article_ids(self) -> set[str]:
        """The ids of every article in the last committed state (for consistency checks)."""
        if not self.exists():
            return set()
        with self.open().reader() as reader:  # live documents only, deleted ones skipped
            return {fields["id"] for fields in reader.all_stored_fields()}

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None


class IndexWriter:
    """Adds and deletes articles; nothing is visible until `commit`."""

    def __init__(self, writer: Any):
        self._writer = writer

    def add(self, entry: IndexEntry) -> None:
        # add, not update: an update opens a reader of every existing segment for each
        # document (70 ms each on a month's index: adding a folder to an index took 7×
        # as long as building it afresh). The builder deletes a file's old articles
        # (delete_source) before it adds them again, and ids are unique per source.
        self._writer.add_document(
            id=entry.id,
            source=entry.source,
            origin=_join(entry.origin),
            collection=entry.collection,
            headline=entry.headline,
            date=entry.date or "",
            year=(entry.date or "")[:4],
            province=_join(entry.provinces),
            city=_join(entry.cities),
            place=_join(entry.place_keys),
            places=entry.places,
            programs=entry.programs,
            precise=entry.precise,
            fine=entry.fine,
        )

    def delete_source(self, source: str) -> None:
        self._writer.delete_by_term("source", source)

    def delete_id(self, article_id: str) -> None:
        self._writer.delete_by_term("id", article_id)

    def commit(self) -> None:
        self._writer.commit()

    def cancel(self) -> None:
        self._writer.cancel()


class _SubWriterTask(SubWriterTask):
    """A whoosh sub-writer process that leaves Ctrl-C to the parent (which cancels it)
    and exits when the parent is killed instead of waiting on its queue for ever."""

    def run(self) -> None:
        from corpus_tool.pipeline import exit_with_parent, leave_ctrl_c_to_parent

        leave_ctrl_c_to_parent()
        exit_with_parent(self._parent_pid)
        super().run()


class _ParallelWriter(MpWriter):  # type: ignore[misc]
    """whoosh's multi-process writer, committing each process's segment as it is
    (merging them would be one more serial pass over every posting)."""

    def __init__(self, ix: Any, procs: int, timeout: float) -> None:
        super().__init__(ix, procs=procs, multisegment=True, timeout=timeout, limitmb=WRITER_MEMORY_MB)

    def _new_task(self) -> SubWriterTask:
        from corpus_tool.pipeline import ctrl_c_held

        task = _SubWriterTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment
        )
        task._parent_pid = os.getpid()
        self.tasks.append(task)
        with ctrl_c_held():
            task.start()
        return task

    def cancel(self) -> None:
        # whoosh's cancel only flags its copy of each task; stop the processes themselves.
        for task in self.tasks:
            if task.is_alive():
                task.terminate()
        SegmentWriter.cancel(self)


# --- queries ------------------------------------------------------------------------

_QUOTED = re.compile(r"[\"“”「」『』]([^\"“”「」『』]*)[\"“”「」『』]?")


def query_terms(text: str) -> list[str]:
    """The terms of a user query: quoted text is one term (a phrase), the rest splits on
    spaces. An unclosed quote runs to the end; quote marks and operators are never syntax
    errors, they just contribute no tokens."""
    terms: list[str] = []
    pos = 0
    for match in _QUOTED.finditer(text):
        terms.extend(text[pos : match.start()].split())
        if match.group(1).strip():
            terms.append(match.group(1).strip())
        pos = match.end()
    terms.extend(text[pos:].split())
    return [t for t in terms if segment.fine_tokens(t, for_query=True)]


def _term_query(term: str) -> query.Query:
    positions = segment.fine_tokens(term, for_query=True)
    tokens = [group[0] for group in positions]
    fine: query.Query = (
        query.Term("fine", tokens[0]) if len(tokens) == 1 else query.Phrase("fine", tokens)
    )
    # The query is not segmented: loading jieba's dictionary would cost a cold search
    # 0.2 s. A run that the index holds as one precise word (枫桥经验, 营商环境) scores
    # higher; other runs match through the fine field alone.
    precise_words = [value for _, value in segment.runs(segment.normalize(term))]
    if not precise_words:
        return fine
    precise: query.Query = (
        query.Term("precise", precise_words[0])
        if len(precise_words) == 1
        else query.Phrase("precise", precise_words)
    )
    # The fine field decides what matches (every text containing the term); a whole-word
    # match in the precise field only adds to the score.
    return query.AndMaybe(fine, precise)


def build_query(text: str) -> query.Query | None:
    terms = query_terms(text)
    if not terms:
        return None
    parts = [_term_query(t) for t in terms]
    return parts[0] if len(parts) == 1 else query.And(parts)


def build_filter(filters: SearchFilters) -> query.Query | None:
    parts: list[query.Query] = []
    if filters.place:
        parts.append(query.Term("place", filters.place))
    if filters.province:
        parts.append(query.Term("province", filters.province))
    if filters.source:
        parts.append(query.Term("origin", filters.source.lower()))
    if filters.date_from or filters.date_to:
        parts.append(
            query.TermRange("date", filters.date_from or "0000", (filters.date_to or "9999") + "~")
        )
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else query.And(parts)
