"""Extraction over the whole shared corpus: every file extracts without an error, and
every entity of every article points at its text (SPEC section 3 provenance)."""

from __future__ import annotations

from typing import Any

from corpus_tool import api
from corpus_tool.records import ENTITY_FIELDS, Article

from .conftest import SAMPLE_PAGE, shared_path


def _entity_text(kind: str, entity: dict[str, Any]) -> str:
    if kind in ("places", "metrics", "dates"):
        return entity["text"]
    if kind == "awards":
        return entity["title"]
    return entity["name"]


def assert_provenance(article: Article) -> int:
    """Every spanned entity satisfies paragraphs[p][start:end] == its text; returns the count."""
    checked = 0
    for kind in ENTITY_FIELDS:
        for entity in getattr(article, kind):
            p, start, end = entity["paragraph"], entity["start"], entity["end"]
            assert 0 <= p < len(article.paragraphs), (article.source, kind, entity)
            assert article.paragraphs[p][start:end] == _entity_text(kind, entity), (
                article.source, kind, entity,
            )
            checked += 1
    return checked


def test_an_article_record_as_a_dict_is_a_copy_of_every_field() -> None:
    # to_dict gives what dataclasses.asdict gives (field order too), without sharing a
    # list or dict with the article
    import dataclasses

    article = api.process_file(str(SAMPLE_PAGE), with_tokens=False).articles[0]
    record = article.to_dict()
    assert record == dataclasses.asdict(article)
    assert list(record) == [f.name for f in dataclasses.fields(article)]
    record["people"][0]["titles"].append("x")
    record["paragraphs"].append("x")
    assert "x" not in article.people[0]["titles"] and "x" not in article.paragraphs
    assert record["captions"] == [{"text": c.text, "photographer": c.photographer} for c in article.captions]


def test_sample_page_entities_have_valid_offsets() -> None:
    result = api.process_file(str(SAMPLE_PAGE), with_tokens=False)
    assert sum(assert_provenance(a) for a in result.articles) > 150


def test_whole_shared_corpus_extracts_and_offsets_hold(full_index: str, shared_corpus_articles: list[Article]) -> None:
    # The suite's index of the whole corpus was built by running `api.process_file` on
    # every file (its workers): each file is in its file table, indexed or skipped with
    # the reason, and each article's record is stored as extracted. Reading them back
    # checks every entity of every article without extracting the corpus a second time.
    import sqlite3

    corpus = shared_path()
    files, missing = api.sources.find_input_files([str(corpus)])
    assert not missing and len(files) > 2000
    db = sqlite3.connect(f"{full_index}/records.sqlite")
    try:
        status = {row[0]: (row[1], row[2]) for row in db.execute("SELECT source, status, reason FROM files")}
    finally:
        db.close()
    for path in files:
        assert path in status, f"{path} neither indexed nor listed as skipped"
        state, reason = status[path]
        if state == "skipped":  # only files without article text (advertisement slots)
            assert "no article text" in (reason or ""), (path, reason)
    assert len(shared_corpus_articles) > 4500
    assert sum(assert_provenance(a) for a in shared_corpus_articles) > 100_000
