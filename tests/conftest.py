"""Shared fixtures: the bundled sample corpus, the shared real corpora, built indexes."""

from __future__ import annotations

import contextlib
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import api

REPO = Path(__file__).resolve().parents[1]
SAMPLE_PAGE = REPO / "corpus" / "000_1fcd3a980f6c89bd.txt"
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
FIXTURES = REPO / "tests" / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path in ../shared/corpus, or skip the test when the shared corpora are absent."""
    path = SHARED_CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared corpora at {path} (present in CI; absent here)")
    return path


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An index of the bundled corpus/ folder (sample page + official documents)."""
    root = tmp_path_factory.mktemp("sample")
    corpus = root / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    index_dir = str(root / "index")
    api.build([str(corpus)], index_dir)
    return index_dir


@pytest.fixture(scope="session")
def month_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An index of the sample page plus the whole People's Daily month (1,947 articles)."""
    month = shared_path("rmrb-2020-05")
    index_dir = str(tmp_path_factory.mktemp("month") / "index")
    api.build([str(SAMPLE_PAGE), str(month)], index_dir, workers=2)
    return index_dir


@pytest.fixture(scope="session")
def full_index(tmp_path_factory: pytest.TempPathFactory, month_index: str) -> str:
    """An index of the whole ../shared/corpus plus the bundled corpus/: what the claim
    checker's acceptance test and benchmark run against. It is built on a copy of the
    month's index, so the suite reads the month once (72 s instead of 140 s; the build
    skips the files it has, see bench/bench_incremental.py)."""
    shared = shared_path()
    index_dir = str(tmp_path_factory.mktemp("full") / "index")
    shutil.copytree(month_index, index_dir)
    api.build([str(shared), str(REPO / "corpus")], index_dir, workers=2)
    return index_dir


@pytest.fixture(scope="session")
def shared_corpus_articles(full_index: str) -> list[Any]:
    """Every article of ../shared/corpus as the suite's full index stores it: the records
    `api.process_file` gave each file when the index was built (no second extraction)."""
    import json
    import sqlite3

    from corpus_tool.records import Article

    db = sqlite3.connect(f"{full_index}/records.sqlite")
    try:
        rows = [json.loads(r[0]) for r in db.execute("SELECT record FROM articles")]
    finally:
        db.close()
    return [Article.from_dict(r) for r in rows if r["source"].startswith(str(SHARED_CORPUS))]


class TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int, what: str) -> Iterator[None]:
    """Stop the code inside after `seconds` (a hang, a regex blow-up, a quadratic loop)
    with TooSlow, rather than hang the suite."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise TooSlow(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
