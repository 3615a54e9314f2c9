"""Bad input at the command line (issue 5, part 6): each case gives a one-line message
naming the file (and the line), the build goes on with the other files, a command that
cannot do its job exits non-zero, and no traceback reaches the user.

What tests/test_cli.py and tests/test_sources.py already hold is not repeated here: the
reader's messages for empty, binary, undecodable files and broken JSON lines
(test_sources), `build` naming skipped empty and binary files under --quiet, and five
stray queries run in a subprocess (test_cli). This file adds the command-level view:
the good file beside the bad one is indexed, the bad one is in the summary with its
reason, `extract` and `build` of nothing but bad input exit non-zero, and the cases
those files lack (a missing path, a 3 MB file on one line, a wrongly declared or
unknown encoding, more query syntax).

The commands run through `corpus_tool.cli.main` (what the `corpus-tool` script runs),
inside click's CliRunner (typer's only takes a Typer app, and `app` alone lets library
errors through as exceptions: `main` turns them into messages), so that library errors become their one-line message and exit code
as they do for a user.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from corpus_tool import api
from corpus_tool.cli import main

from .conftest import SAMPLE_PAGE, time_limit

runner = CliRunner()

GOOD_TEXT = "　　浙江省余姚市人民法院推进诉源治理，矛盾纠纷化解率达到98%。\n"
GOOD_WORD = "诉源治理"
# A paragraph of the sample page, its lines joined.
PARAGRAPH = (
    "“你好，我奶奶卧床不起，需要补办身份证，希望公安民警上门服务。”12月21日，一个电话打给"
    "12345政府服务热线后，家住岳阳楼区东茅岭桥头社区"
)


@click.command(context_settings={"ignore_unknown_options": True}, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def entry_point(args: tuple[str, ...]) -> None:
    """`corpus-tool ARGS…` as the installed script runs it: `main()` with sys.argv."""
    saved = sys.argv
    sys.argv = ["corpus-tool", *args]
    try:
        main()
    finally:
        sys.argv = saved


def cli(*args: str) -> Result:
    result = runner.invoke(entry_point, list(args))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result


def lines_naming(result: Result, name: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if name in line]


def one_line_naming(result: Result, name: str, *words: str) -> str:
    """The warning or error line about `name`: exactly one, holding each of `words`."""
    found = [
        line for line in lines_naming(result, name) if line.startswith(("warning:", "error:"))
    ]
    assert len(found) == 1, result.stderr
    for word in words:
        assert word in found[0], found[0]
    return found[0]


def folder_with(tmp_path: Path, name: str, data: bytes) -> Path:
    """A folder holding one good file and the bad file `name`."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, "utf-8")
    (folder / name).write_bytes(data)
    return folder


def assert_good_indexed_bad_skipped(index: str, folder: Path, bad: str, reason: str) -> None:
    assert [h.source for h in api.search(GOOD_WORD, index).hits] == [str(folder / "good.txt")]
    skipped = api.stats(index)["skipped"]
    assert any(bad in json.dumps(s, ensure_ascii=False) for s in skipped), skipped
    assert any(reason in json.dumps(s, ensure_ascii=False) for s in skipped), skipped


# ------------------------------------------------------------ unreadable whole files

BAD_FILES = {
    # name: (bytes, what the one-line reason says)
    "empty.txt": (b"", "the file is empty"),
    "blank.md": ("\n \u3000\n\t\n".encode(), "only white space"),
    "binary.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary file"),
    "archive.txt": (b"PK\x03\x04" + bytes(range(1, 200)), "ZIP archive"),
    "all_broken.jsonl": (b'{"text": "\xe6\x9c\xaa\n[1, 2]\n', "line 1: not valid JSON"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_build_skips_a_bad_file_and_indexes_the_good_one(tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    folder = folder_with(tmp_path, name, data)
    index = str(tmp_path / "ix")
    result = cli("build", str(folder), "--index", index)
    assert result.exit_code == 0, result.output
    one_line_naming(result, name, reason)
    assert "files skipped" in result.stderr  # the summary lists it too
    assert result.stdout == ""
    assert_good_indexed_bad_skipped(index, folder, name, reason)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_extract_of_only_a_bad_file_fails_with_one_line(tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = cli("extract", str(path), "--json")
    assert result.exit_code == 2
    one_line_naming(result, str(path), reason)
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt"])
def test_build_of_only_bad_files_exits_non_zero(tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    (tmp_path / name).write_bytes(data)
    result = cli("build", str(tmp_path / name), "--index", str(tmp_path / "ix"))
    one_line_naming(result, name, reason)
    assert result.exit_code != 0


# ------------------------------------------------------------------------ missing paths


def test_build_goes_on_past_a_missing_path(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TEXT, "utf-8")
    missing = tmp_path / "no_such_dir" / "gone.txt"
    index = str(tmp_path / "ix")
    result = cli("build", str(good), str(missing), "--index", index)
    assert result.exit_code == 0, result.output
    one_line_naming(result, str(missing), "no such file or folder")
    assert [h.source for h in api.search(GOOD_WORD, index).hits] == [str(good)]


@pytest.mark.parametrize("command", ["build", "extract"])
def test_only_missing_paths_fail_with_one_line(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "gone.txt"
    args = [command, str(missing)] + (["--index", str(tmp_path / "ix")] if command == "build" else [])
    result = cli(*args)
    assert result.exit_code == 2
    one_line_naming(result, str(missing), "no such file or folder")
    assert result.stdout == ""


# ---------------------------------------------------------------- broken JSON Lines


def test_broken_json_lines_are_named_by_line_and_the_rest_indexed(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "第一条", "text": "　　第一条记录的正文，讲诉源治理。"}, ensure_ascii=False),
        '{"title": "断行", "text": "未闭合',
        "",
        json.dumps({"title": "第三条", "text": "　　第三条记录讲网格化管理。"}, ensure_ascii=False),
        "[1, 2, 3]",
        json.dumps({"title": "无正文"}, ensure_ascii=False),
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    index = str(tmp_path / "ix")
    result = cli("build", str(folder), "--index", index)
    assert result.exit_code == 0, result.output
    for line, what in ((2, "not valid JSON"), (5, "not a JSON object"), (6, "no text field")):
        found = [x for x in lines_naming(result, str(path)) if f"line {line}:" in x]
        assert len(found) == 1 and what in found[0], result.stderr
    assert {h.headline for h in api.search("第一条 OR 第三条", index, limit=10).hits} <= {"第一条", "第三条"}
    assert len(api.search(GOOD_WORD, index).hits) == 1
    assert len(api.search("网格化", index).hits) == 1

    extracted = cli("extract", str(path), "--json")
    assert extracted.exit_code == 0
    assert [json.loads(x)["headline"] for x in extracted.stdout.splitlines()] == ["第一条", "第三条"]
    assert any("line 2:" in x for x in lines_naming(extracted, str(path)))


# ------------------------------------------------------------------- a huge single line

BUILD_SECONDS = 60


@pytest.fixture(scope="module")
def one_line_3mb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a good file and 3 MB of real Chinese text on one line."""
    data = (PARAGRAPH * (3_000_000 // len(PARAGRAPH.encode()) + 1)).encode()
    assert len(data) >= 3_000_000 and b"\n" not in data
    return folder_with(tmp_path_factory.mktemp("huge"), "one_line.txt", data)


def test_a_3_mb_file_on_one_line_is_extracted(one_line_3mb: Path) -> None:
    """Layout and extraction of 3 MB on one line, through `extract --json`: no regex
    blow-up (the index tokens: the build below)."""
    path = one_line_3mb / "one_line.txt"
    with time_limit(BUILD_SECONDS, "reading, layout and extraction of a 3 MB line"):
        extracted = cli("extract", str(path), "--json")
    assert extracted.exit_code == 0 and extracted.stderr == ""
    records = [json.loads(line) for line in extracted.stdout.splitlines() if line.strip()]
    assert len(records) == 1 and len(records[0]["paragraphs"]) == 1
    article = records[0]
    assert len(article["dates"]) > 10_000 and len(article["places"]) > 10_000  # 12月21日, 岳阳楼区


def test_a_3_mb_file_on_one_line_is_built(one_line_3mb: Path, tmp_path: Path) -> None:
    folder = one_line_3mb
    index = str(tmp_path / "ix")
    with time_limit(BUILD_SECONDS, "build of a 3 MB file on one line"):
        result = cli("build", str(folder), "--index", index, "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == ""  # nothing skipped, nothing to warn about
    assert {h.source for h in api.search("东茅岭", index).hits} == {str(folder / "one_line.txt")}
    assert len(api.search(GOOD_WORD, index).hits) == 1


# --------------------------------------------------------------- declared encodings


def test_a_utf8_file_built_as_gbk_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text(SAMPLE_PAGE.read_text("utf-8"), "utf-8")
    (folder / "good.txt").write_bytes(GOOD_TEXT.encode("gbk"))
    index = str(tmp_path / "ix")
    result = cli("build", str(folder), "--index", index, "--encoding", "gbk")
    assert result.exit_code == 0, result.output
    one_line_naming(result, "page.txt", "not valid gbk", "--encoding")
    assert_good_indexed_bad_skipped(index, folder, "page.txt", "not valid gbk")


def test_a_utf8_file_that_decodes_as_gbk_is_not_silently_garbled(tmp_path: Path) -> None:
    text = "岳阳大力创新社会治理机制，推\n"
    data = text.encode()
    assert data.decode("gbk") != text  # valid GBK: mojibake, no error
    path = tmp_path / "utf8.txt"
    path.write_bytes(data)
    result = cli("extract", str(path), "--encoding", "gbk", "--json")
    lines_about = lines_naming(result, str(path))
    assert lines_about and "utf-8" in lines_about[0].lower()


def test_an_unknown_encoding_is_named_per_file(tmp_path: Path) -> None:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, "utf-8")
    result = cli("extract", str(path), "--encoding", "no-such-codec")
    assert result.exit_code == 2
    one_line_naming(result, str(path), "unknown encoding 'no-such-codec'")
    assert result.stdout == ""


def test_build_with_an_unknown_encoding_exits_non_zero(tmp_path: Path) -> None:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT, "utf-8")
    result = cli("build", str(path), "--index", str(tmp_path / "ix"), "--encoding", "no-such-codec")
    one_line_naming(result, str(path), "unknown encoding 'no-such-codec'")
    assert result.exit_code != 0


# ---------------------------------------------------------------- stray query syntax


@pytest.fixture(scope="module")
def page_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    index = str(tmp_path_factory.mktemp("bad_input") / "ix")
    api.build([str(SAMPLE_PAGE)], index)
    return index


STRAY_QUERIES = [
    "headline:平安", "网格化^2", "网格化~", "平安~2", "岳*", "?", "*", "[平安 TO 网格]", "{a TO b}",
    "NOT", "NOT 平安", "平安 AND", "OR 网格化", "平安 ANDNOT", ")", "((网格化", "网格化)", "：",
    "\\", '"平安 建设', "“平安建设", "平安\x00建设", "\t\n", "a" * 300, "网格化" * 200,
    "１０４１４７．３１万元", "source:/etc/passwd", "date:[2020 TO]",
]  # fmt: skip


@pytest.mark.parametrize("query", STRAY_QUERIES)
def test_stray_query_syntax_never_breaks_search(page_index: str, query: str) -> None:
    result = cli("search", query, "--index", page_index, "--json")
    if result.exit_code == 0:
        for line in result.stdout.splitlines():
            assert json.loads(line)["id"]  # --json: JSON Lines and nothing else
    else:
        assert result.exit_code == 2 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
