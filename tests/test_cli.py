"""The command line as a user meets it: exit codes, stdout (data only), stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool.cli import app

from .conftest import SAMPLE_PAGE

runner = CliRunner()
COMMANDS = [
    "extract", "build", "search", "show", "practices", "figures", "check", "similar", "export",
    "stats", "doctor",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed entry point in a fresh process (what a user runs)."""
    return subprocess.run(
        [sys.executable, "-c", "from corpus_tool.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: corpus-tool " + command in " ".join(result.output.split())


@pytest.mark.parametrize("command", ["practices", "figures", "stats", "export"])
def test_index_commands_without_an_index_say_what_to_do(command: str, tmp_path: Path) -> None:
    result = run(command, "--index", str(tmp_path / "none"))
    assert result.returncode == 3
    assert "corpus-tool build" in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_search_json_lines_shape(sample_index: str) -> None:
    result = runner.invoke(app, ["search", "网格化", "--index", sample_index, "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows, "the sample page mentions 网格化"
    for row in rows:
        assert set(row) >= {"id", "source", "headline", "date", "score", "snippet", "places", "programs"}
        assert "[网格化]" in row["snippet"]


@pytest.mark.parametrize("query", ['"未闭合', "AND OR (", "（）", "   ", '"'])
def test_stray_query_syntax_gives_results_or_one_line(sample_index: str, query: str) -> None:
    result = run("search", query, "--index", sample_index)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0
    assert result.stdout.strip()


def test_search_without_index_says_what_to_do(tmp_path: Path) -> None:
    result = run("search", "网格化", "--index", str(tmp_path / "none"))
    assert result.returncode == 3
    assert "corpus-tool build" in result.stderr
    assert "Traceback" not in result.stderr


def test_show_prints_one_article(sample_index: str) -> None:
    found = runner.invoke(app, ["search", "宋魁飞", "--index", sample_index, "--json"])
    article_id = json.loads(found.stdout.splitlines()[0])["id"]
    result = runner.invoke(app, ["show", article_id[:8], "--index", sample_index, "--json"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["id"] == article_id
    assert record["captions"][0]["photographer"] == "宋魁飞"


def test_extract_prints_records_of_the_contract() -> None:
    result = run("extract", str(SAMPLE_PAGE), "--json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    for record in records:
        assert set(record) >= {
            "id", "source", "doc_index", "publication", "date", "headline", "subheadline", "kicker",
            "reporters", "correspondents", "subheadings", "paragraphs", "captions", "places",
            "people", "organizations", "programs", "metrics", "dates", "awards", "main_place",
        }
    assert [r["doc_index"] for r in records] == [0, 1, 2, 3, 4]
    assert [r["main_place"]["name"] for r in records] == [
        "湖南省岳阳市", "山东省淄博市", "安徽省宣城市", "青海省", "浙江省宁波市余姚市",
    ]


def test_build_names_every_skipped_file_even_when_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text(SAMPLE_PAGE.read_text("utf-8"), "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("build", str(folder), "--index", str(tmp_path / "ix"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "empty.txt" in result.stderr and "image.txt" in result.stderr
    assert "files read" not in result.stderr  # --quiet: no summary
    assert result.stdout == ""


def test_build_is_incremental(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / "page.txt"
    page.write_text(SAMPLE_PAGE.read_text("utf-8"), "utf-8")
    other = folder / "other.txt"
    other.write_text("　　浙江省余姚市人民法院推进诉源治理。\n", "utf-8")
    index = str(tmp_path / "ix")
    from corpus_tool import api

    first = api.build([str(folder)], index)
    assert (first.files_read, first.articles_total) == (2, 6)
    again = api.build([str(folder)], index)
    assert (again.files_read, again.files_unchanged, again.articles_total) == (0, 2, 6)
    other.write_text("　　浙江省余姚市人民法院推进诉源治理。\n\n　　第二段。\n", "utf-8")
    changed = api.build([str(folder)], index)
    assert (changed.files_read, changed.files_unchanged, changed.articles_total) == (1, 1, 6)
    assert len(api.search("第二段", index).hits) == 1
    assert len(api.search("诉源治理", index).hits) == 1  # the old version is gone, not doubled
    page.unlink()
    removed = api.build([str(folder)], index)
    assert (removed.files_removed, removed.articles_total) == (1, 1)
    assert api.search("网格化", index).hits == []


def test_search_filters_narrow_results(sample_index: str) -> None:
    def ids(**filters: str) -> set[str]:
        from corpus_tool import api

        return {h.id for h in api.search("社会治理", sample_index, limit=100, **filters).hits}

    everything = ids()
    yueyang = ids(place="岳阳")
    assert yueyang and yueyang < everything
    assert ids(place="湖南省岳阳市") == yueyang
    assert ids(province="湖南") == ids(province="湖南省") == yueyang
    assert ids(province="安徽") and not ids(province="安徽") & yueyang
    assert not ids(province="西藏") & (yueyang | ids(province="安徽"))
    # The policy documents carry dates (2022), the work reports a year (2024, 2025), the
    # sample page none.
    dated = ids(date_from="2022-01-01", date_to="2022-12-31")
    assert dated and dated == ids(date_from="2022", date_to="2022") == ids(source="policies.jsonl")
    assert ids(date_from="2024") == ids(source="gov-work-reports.jsonl")
    assert ids(date_from="2026") == set()


def test_facet_counts_cover_all_matches(sample_index: str) -> None:
    from corpus_tool import api

    page = api.search("社会治理", sample_index, limit=1)
    assert len(page.hits) == 1 and page.total > 1
    assert page.facets["province"]["湖南省"] == 1
    assert sum(page.facets["collection"].values()) == page.total


def test_an_index_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    import sqlite3

    from corpus_tool import api

    index = str(tmp_path / "ix")
    api.build([str(SAMPLE_PAGE)], index)
    db = sqlite3.connect(f"{index}/records.sqlite")
    db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    result = run("search", "网格化", "--index", index)
    assert result.returncode == 3
    assert "another version" in result.stderr and "Traceback" not in result.stderr


def test_a_second_writer_is_told_the_index_is_busy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus_tool import api, index
    from corpus_tool.errors import IndexBusyError

    index_dir = str(tmp_path / "ix")
    api.build([str(SAMPLE_PAGE)], index_dir)
    monkeypatch.setattr(index, "WRITER_TIMEOUT_S", 0.2)
    holder = index.TextIndex(f"{index_dir}/text").writer()
    try:
        with pytest.raises(IndexBusyError, match="busy"):
            api.build([str(SAMPLE_PAGE), str(tmp_path)], index_dir)
    finally:
        holder.cancel()


def test_an_interrupted_build_leaves_the_previous_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus_tool import api

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE_PAGE.read_text("utf-8"), "utf-8")
    index_dir = str(tmp_path / "ix")
    api.build([str(folder)], index_dir)
    (folder / "b.txt").write_text("　　浙江省余姚市人民法院推进诉源治理。\n", "utf-8")

    def interrupt(path: str, done: int, total: int) -> None:
        if done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.build([str(folder)], index_dir, progress=interrupt)
    assert len(api.search("网格化", index_dir).hits) == 2
    assert api.search("诉源治理", index_dir).hits == []
    report = api.build([str(folder)], index_dir)
    assert (report.files_read, report.files_unchanged) == (1, 1)
    assert len(api.search("诉源治理", index_dir).hits) == 1
