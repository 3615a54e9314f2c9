"""The record types of the JSON contract (SPEC section 3).

Field names here are public: `extract --json`, the SQLite store and the test suite
read them. Entity lists hold plain dicts so that later extractors can add fields
without a schema change.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class SourceDocument:
    """One document as read from an input file, before page layout.

    A plain text file is one document; a JSON Lines file gives one per line and a
    新闻联播 transcript one per `###` item. `title` is set when the container names it
    (JSON field, Markdown heading); the layout then treats `text` as one article body.
    """

    source: str  # path of the input file as given
    doc_index: int  # position of the document in its file (0-based)
    text: str
    title: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) when the container or file name carries it
    publication: str | None = None
    line: int | None = None  # 1-based line number in a JSON Lines file


@dataclass
class Caption:
    text: str
    photographer: str | None = None


@dataclass
class ArticleLayout:
    """What page layout finds in an article: everything but provenance and entities."""

    headline: str | None = None
    subheadline: str | None = None
    kicker: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    date: str | None = None  # set when the layout itself finds it (PDF `《人民日报》（…）` lines)
    publication: str | None = None


ENTITY_FIELDS = ("places", "people", "organizations", "programs", "metrics", "dates", "awards")


@dataclass
class Article:
    """One article record: the unit of `extract`, the index and the store."""

    id: str
    source: str
    doc_index: int
    publication: str | None
    date: str | None
    headline: str | None
    subheadline: str | None
    kicker: str | None
    reporters: list[str]
    correspondents: list[str]
    subheadings: list[str]
    paragraphs: list[str]
    captions: list[Caption]
    main_place: dict[str, Any] | None = None  # where the article is about (extract/places.py)
    places: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    programs: list[dict[str, Any]] = field(default_factory=list)
    metrics: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    awards: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # what dataclasses.asdict gives, without its deep copy of every value (a build
        # turns each article into a dict for the store: 4.5 s of the whole corpus's)
        out = {name: _plain(getattr(self, name)) for name in _ARTICLE_FIELDS}
        out["captions"] = [asdict(c) for c in self.captions]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        values = dict(data)
        values["captions"] = [Caption(**c) for c in values.get("captions", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})


_ARTICLE_FIELDS = tuple(Article.__dataclass_fields__)


def _plain(value: Any) -> Any:
    """A copy of a record value: dicts, lists and tuples copied, the rest shared (str,
    numbers, None are immutable)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def article_id(source_key: str, doc_index: int) -> str:
    """A stable id: the same file (by its path relative to the build root) and position
    give the same id on every run and machine."""
    digest = hashlib.sha1(f"{source_key}\x00{doc_index}".encode()).hexdigest()
    return digest[:12]


def make_article(
    layout: ArticleLayout, doc: SourceDocument, doc_index: int, source_key: str | None = None
) -> Article:
    """Combine a layout result with its provenance into an article record."""
    return Article(
        id=article_id(source_key or doc.source, doc_index),
        source=doc.source,
        doc_index=doc_index,
        publication=layout.publication or doc.publication,
        date=layout.date or doc.date,
        headline=layout.headline if layout.headline is not None else doc.title,
        subheadline=layout.subheadline,
        kicker=layout.kicker,
        reporters=list(layout.reporters),
        correspondents=list(layout.correspondents),
        subheadings=list(layout.subheadings),
        paragraphs=list(layout.paragraphs),
        captions=list(layout.captions),
    )
