"""Shared fixtures: the bundled sample corpus, the shared real corpora, built indexes."""

from __future__ import annotations

import contextlib
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

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


def real_corpus_sample(seed: int) -> list[str]:
    """A reproducible sample of real files of every shared source: 150 People's Daily
    articles, 15 新闻联播 days, and all JSON Lines and the PDF issue text."""
    import random

    shared_path()  # skips when the shared corpora are absent
    rng = random.Random(seed)
    month = sorted((SHARED_CORPUS / "rmrb-2020-05").rglob("*.txt"))
    xwlb = sorted((SHARED_CORPUS / "xwlb-2024h1").rglob("*.md"))
    files = rng.sample(month, min(150, len(month))) + rng.sample(xwlb, min(15, len(xwlb)))
    files += sorted((SHARED_CORPUS / "gov-work-reports").glob("*.jsonl"))
    files += sorted((SHARED_CORPUS / "policies-central-shandong").glob("*.jsonl"))
    files += sorted((SHARED_CORPUS / "rmrb-pdf-20251020").glob("*.txt"))
    return [str(f) for f in files]


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
