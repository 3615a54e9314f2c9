"""A build killed with -9 leaves the previous index searchable and the next build
completes it; searches during a build answer from the last committed state; a text
index and record store that disagree (a crash between the two commits) are reported by
`doctor` and repaired by the next build. On real People's Daily files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from corpus_tool import api
from corpus_tool.doctor import check_index
from corpus_tool.index import TextIndex

from .conftest import SHARED_CORPUS, shared_path
from .test_cli import run


def _month_files(count: int) -> list[str]:
    shared_path("rmrb-2020-05")
    return [str(f) for f in sorted((SHARED_CORPUS / "rmrb-2020-05").rglob("*.txt"))[:count]]


def _hits(index_dir: str, query: str) -> tuple[int, list[str]]:
    page = api.search(query, index_dir, limit=50)
    return page.total, [h.id for h in page.hits]


def _wait_for(condition, timeout_s: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_kill_9_mid_build_leaves_the_previous_index_and_the_next_build_completes_it(
    tmp_path: Path,
) -> None:
    files = _month_files(400)
    index_dir = str(tmp_path / "index")
    first = api.build(files[:40], index_dir)
    before = _hits(index_dir, "人民")
    assert before[0] > 0

    # The file list goes through a folder of links, so that the killed build and the
    # next one see the same paths.
    folder = tmp_path / "month"
    folder.mkdir()
    for n, path in enumerate(files):
        (folder / f"{n:04d}.txt").symlink_to(path)
    build = subprocess.Popen(
        [sys.executable, "-c", "from corpus_tool.cli import main; main()",
         "build", str(folder), "--index", index_dir, "--workers", "2", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    text_index = TextIndex(str(Path(index_dir) / "text"))
    try:
        _wait_for(text_index.is_being_written, 60, "the build to take the write lock")
        time.sleep(3)  # well into the files: workers and index writers running
        assert build.poll() is None, "the build finished before it could be killed"
        workers = psutil.Process(build.pid).children(recursive=True)
        assert workers, "expected worker processes"
        # A search (and doctor) during the build answer from the last committed state.
        assert _hits(index_dir, "人民") == before
        assert check_index(index_dir).ok
    finally:
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
    # Orphaned workers notice their parent is gone and exit.
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"workers still running after the build was killed: {alive}"

    assert _hits(index_dir, "人民") == before
    report = check_index(index_dir)
    assert report.ok, report.findings
    assert [f.message for f in report.findings if "articles" in f.message][:1] == [
        f"record store sound: {first.articles_total} articles"
    ]

    again = api.build([str(folder)], index_dir, workers=2)
    assert again.files_read + len(again.skipped) == len(files)
    assert check_index(index_dir).ok
    total, _ = _hits(index_dir, "人民")
    assert total > before[0]
    assert again.articles_total == len(TextIndex(str(Path(index_dir) / "text")).article_ids())


def test_a_crash_between_the_two_commits_is_reported_and_repaired(tmp_path: Path) -> None:
    files = _month_files(6)
    index_dir = str(tmp_path / "index")
    api.build(files[:4], index_dir)
    total_before = api.stats(index_dir)["articles"]

    # What a build killed after the text index commit but before the store commit
    # leaves: articles of a fifth file in the text index only, and (as after an older
    # crash) one article of the store missing from the text index.
    extra = api.process_file(files[4])
    text_index = TextIndex(str(Path(index_dir) / "text"))
    writer = text_index.writer()
    for article, tokens in zip(extra.articles, extra.tokens, strict=True):
        writer.add(api._index_entry(article, tokens))
    dropped = sorted(text_index.article_ids())[0]
    writer.delete_id(dropped)
    writer.commit()
    text_index.close()

    result = run("doctor", "--index", index_dir)
    assert result.returncode == 1
    assert (
        f"{len(extra.articles)} articles only in the text index, 1 only in the record store"
        in " ".join(result.stdout.split())
    )

    report = api.build(files[:4], index_dir)
    assert report.articles_repaired == len(extra.articles) + 1
    assert report.files_read == 1  # the file whose article was missing, read again
    assert check_index(index_dir).ok
    assert api.stats(index_dir)["articles"] == total_before
    assert dropped in TextIndex(str(Path(index_dir) / "text")).article_ids()
    assert run("doctor", "--index", index_dir).returncode == 0


def test_the_same_files_twice_add_nothing(tmp_path: Path) -> None:
    files = _month_files(30)
    index_dir = str(tmp_path / "index")
    first = api.build(files, index_dir, workers=2)
    second = api.build(files, index_dir, workers=2)
    assert (second.files_read, second.articles_added) == (0, 0)
    assert second.files_unchanged == len(files)
    assert second.articles_total == first.articles_total
