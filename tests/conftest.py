"""Shared fixtures: the bundled sample corpus, the shared real corpora, built indexes."""

from __future__ import annotations

import shutil
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
    api.build([str(SAMPLE_PAGE), str(month)], index_dir)
    return index_dir


@pytest.fixture(scope="session")
def full_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An index of the whole ../shared/corpus plus the bundled corpus/ (~100 s to build):
    what the claim checker's acceptance test and benchmark run against."""
    shared = shared_path()
    index_dir = str(tmp_path_factory.mktemp("full") / "index")
    api.build([str(shared), str(REPO / "corpus")], index_dir)
    return index_dir
