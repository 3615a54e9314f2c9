"""The build engines give the same records: one process, local worker processes, and a
local Dask cluster, on real files of three sources."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from corpus_tool import api, pipeline
from corpus_tool.errors import BadInputError

from .conftest import SHARED_CORPUS, shared_path
from .test_cli import run

PDF_PAGES = 40  # of the issue's 228: its first 12 articles, read by the PDF layout


@pytest.fixture(scope="module")
def real_files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    shared_path("rmrb-2020-05")
    month = sorted((SHARED_CORPUS / "rmrb-2020-05").rglob("*.txt"))[:24]
    xwlb = sorted((SHARED_CORPUS / "xwlb-2024h1").rglob("*.md"))[:3]
    # the PDF issue's first pages, under its own file name (a whole issue is one file that
    # one worker reads alone: it made each of these builds take the time of one process)
    issue = SHARED_CORPUS / "rmrb-pdf-20251020" / "rmrb_20251020.pdf.txt"
    pages = issue.read_text(encoding="utf-8").split("\f")
    pdf_slice = tmp_path_factory.mktemp("pdf") / issue.name
    pdf_slice.write_text("\f".join(pages[:PDF_PAGES]), encoding="utf-8")
    return [str(f) for f in month + xwlb] + [str(pdf_slice)]


def _records(index_dir: str) -> dict[str, dict]:
    db = sqlite3.connect(str(Path(index_dir) / "records.sqlite"))
    try:
        return {i: json.loads(r) for i, r in db.execute("SELECT id, record FROM articles")}
    finally:
        db.close()


def _search_ids(index_dir: str, query: str) -> list[str]:
    return [h.id for h in api.search(query, index_dir, limit=20).hits]


@pytest.fixture(scope="module")
def one_process_index(tmp_path_factory: pytest.TempPathFactory, real_files: list[str]) -> str:
    index_dir = str(tmp_path_factory.mktemp("engines") / "one")
    api.build(real_files, index_dir, workers=1)
    return index_dir


def test_two_local_workers_give_the_same_records_and_results(
    one_process_index: str, real_files: list[str], tmp_path: Path
) -> None:
    index_dir = str(tmp_path / "two")
    report = api.build(real_files, index_dir, workers=2)
    assert report.files_read + len(report.skipped) == len(real_files)
    one, two = _records(one_process_index), _records(index_dir)
    assert len(one) > 50  # 24 People's Daily files, 3 days of 新闻联播, 12 articles of the PDF issue
    assert two == one
    for query in ("人民", "疫情防控", "枫桥经验"):
        assert _search_ids(index_dir, query) == _search_ids(one_process_index, query)


def test_a_local_dask_cluster_gives_the_same_records(
    one_process_index: str, real_files: list[str], tmp_path: Path
) -> None:
    index_dir = str(tmp_path / "dask")
    api.build(real_files, index_dir, workers=2, engine="dask")
    assert _records(index_dir) == _records(one_process_index)


def test_engine_settings_are_checked_before_anything_is_written(tmp_path: Path) -> None:
    index_dir = tmp_path / "never"
    with pytest.raises(BadInputError, match="unknown engine 'spark'"):
        api.build([str(tmp_path)], str(index_dir), engine="spark")
    with pytest.raises(BadInputError, match="--scheduler needs --engine dask"):
        api.build([str(tmp_path)], str(index_dir), scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(BadInputError, match="at least 1"):
        api.build([str(tmp_path)], str(index_dir), workers=0)
    assert not index_dir.exists()


def test_an_unreachable_dask_scheduler_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_text("本报记者 张三\n　　今年以来，某市推行“网格化”管理。\n", encoding="utf-8")
    monkeypatch.setenv("CORPUS_TOOL_DASK_TIMEOUT", "2")  # not the 10 s a user waits
    args = ("build", str(page), "--index", str(tmp_path / "ix"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    result = run(*args)
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr
    monkeypatch.setenv("CORPUS_TOOL_DASK_TIMEOUT", "soon")
    result = run(*args)
    assert result.returncode == 2
    assert "CORPUS_TOOL_DASK_TIMEOUT='soon' is no number of seconds" in result.stderr
    assert "Traceback" not in result.stderr


def test_results_come_back_in_the_order_given(tmp_path: Path) -> None:
    files = []
    for n in range(6):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"第{n}篇\n\n　　今年以来，全市化解矛盾纠纷{n + 1}万件。\n", encoding="utf-8")
        files.append(str(path))
    results = list(pipeline.process_files(files, workers=2))
    assert [r.source for r in results] == files
    assert [len(r.articles) for r in results] == [1] * 6
