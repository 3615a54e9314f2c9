"""Extraction over the whole shared corpus: every file extracts without an error, and
every entity of a sample of articles points at its text (SPEC section 3 provenance)."""

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


def test_sample_page_entities_have_valid_offsets() -> None:
    result = api.process_file(str(SAMPLE_PAGE), with_tokens=False)
    assert sum(assert_provenance(a) for a in result.articles) > 150


def test_whole_shared_corpus_extracts_and_offsets_hold() -> None:
    corpus = shared_path()
    files, missing = api.sources.find_input_files([str(corpus)])
    assert not missing and len(files) > 2000
    articles = 0
    checked = 0
    for number, path in enumerate(files):
        result = api.process_file(path, with_tokens=False)
        if result.error:  # only files without article text (advertisement slots) are skipped
            assert "no article text" in result.error, result.error
            continue
        articles += len(result.articles)
        if number % 10 == 0 or len(files) < 10 or path.endswith((".jsonl", ".pdf.txt")):
            checked += sum(assert_provenance(a) for a in result.articles)
    assert articles > 4500
    assert checked > 10_000
