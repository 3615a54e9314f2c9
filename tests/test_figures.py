"""The figures table (issue 4, item 2): filters, values, sentences, the CLI views."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool import api
from corpus_tool.cli import app
from corpus_tool.figures import FIGURE_FIELDS, format_value

from .conftest import SAMPLE_PAGE

runner = CliRunner()

# The two 案款 amounts of the Qinghai article on the sample page, with their sentences.
QINGHAI = [
    ("104147.31万元", 1041473100, "今年以来，青海法院已清理发放104147.31万元，涉及案件数5565件；"),
    ("96345.47万元", 963454700, "认领不明款96345.47万元，涉及8358笔。"),
]
SPEC_FIELDS = {"text", "value", "unit", "qualifier", "subject", "place", "period",
               "paragraph", "start", "end", "article_id", "source", "headline", "sentence"}


@pytest.fixture(scope="module")
def page_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An index of the sample page alone, so that counts do not move with corpus/."""
    root = tmp_path_factory.mktemp("figures")
    shutil.copy(SAMPLE_PAGE, root / SAMPLE_PAGE.name)
    index_dir = str(root / "index")
    api.build([str(root / SAMPLE_PAGE.name)], index_dir)
    return index_dir


def _triples(rows: list[dict]) -> list[tuple[str, int, str]]:
    return [(r["text"], r["value"], r["sentence"]) for r in rows]


def test_qinghai_yuan_gives_the_two_case_fund_amounts_with_their_sentences(page_index: str) -> None:
    rows = api.figures(page_index, place="青海省", unit="元")
    assert _triples(rows) == QINGHAI
    for row in rows:
        assert set(row) >= SPEC_FIELDS
        assert row["place"] == "青海省" and row["unit"] == "元" and row["period"] == "今年以来"
        # The record contract: the text stands at paragraph[start:end] of its article.
        article = api.show(row["article_id"], page_index)
        assert article.paragraphs[row["paragraph"]][row["start"]:row["end"]] == row["text"]
        assert row["source"] == article.source


def test_place_as_typed_short_or_full_resolves_the_same(page_index: str) -> None:
    assert _triples(api.figures(page_index, place="青海", unit="元")) == QINGHAI


def test_a_province_matches_its_cities_and_counties(page_index: str) -> None:
    rows = api.figures(page_index, place="浙江", limit=None)
    # The Yuyao article's figures carry the county, 浙江省宁波市余姚市.
    assert {r["place"] for r in rows} == {"浙江省宁波市余姚市"}
    assert {r["text"] for r in rows} == {"128.72万元", "57人"}
    hunan = api.figures(page_index, place="湖南省", limit=None)
    assert hunan and all(r["place"].startswith("湖南省") for r in hunan)
    assert "近10万人" in {r["text"] for r in hunan}


def test_unit_is_exact_and_min_max_bound_the_value(page_index: str) -> None:
    percent = api.figures(page_index, unit="%", limit=None)
    assert {(r["text"], r["value"], r["qualifier"]) for r in percent} == {
        ("35%以上", 35, "at_least"), ("30%", 30, None), ("100%", 100, None),
    }
    over_a_billion = api.figures(page_index, unit="元", min_value=1e9)
    assert _triples(over_a_billion) == QINGHAI[:1]
    between = api.figures(page_index, unit="元", min_value=1e6, max_value=1e9)
    assert {r["text"] for r in between} == {"96345.47万元", "128.72万元"}


def test_query_matches_subject_and_sentence(page_index: str) -> None:
    rows = api.figures(page_index, "清理发放")
    # Both figures of the one sentence that says 清理发放 (subject of the first only).
    assert [(r["text"], r["sentence"]) for r in rows] == [
        ("104147.31万元", QINGHAI[0][2]), ("5565件", QINGHAI[0][2]),
    ]
    assert all("match" not in r for r in rows)
    assert [r["text"] for r in api.figures(page_index, "认领不明款")] == ["96345.47万元", "8358笔"]
    # Every word must occur, in the sentence or (widened) in the article.
    assert api.figures(page_index, "清理发放 岳阳") == []


def test_query_widens_to_the_article_only_when_no_sentence_has_the_words(page_index: str) -> None:
    # 案款 stands in the paragraphs around the amounts, not in their own sentences.
    rows = api.figures(page_index, "案款", unit="元")
    assert _triples(rows) == QINGHAI
    assert {r["match"] for r in rows} == {"article"}


def test_limit_and_date_filters(page_index: str) -> None:
    assert len(api.figures(page_index, limit=3)) == 3
    # The sample page carries no date, so any date bound leaves nothing.
    assert api.figures(page_index, date_from="2000") == []


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (1041473100, "元", "10.41亿 元"),
        (1287200, "元", "128.72万 元"),
        (35, "%", "35 %"),
        (5.1, "%", "5.1 %"),
        (1600, "人", "1,600 人"),
        (2, "rank", "第2"),
        (134900000000000, "元", "1349000亿 元"),
    ],
)
def test_values_read_the_way_an_editor_reads_them(value: float, unit: str, shown: str) -> None:
    assert format_value(value, unit) == shown


# --- the command line ---------------------------------------------------------------------


def test_cli_json_rows(page_index: str) -> None:
    result = runner.invoke(app, ["figures", "--place", "青海省", "--unit", "元", "--index", page_index, "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert _triples(rows) == QINGHAI


def test_cli_table_shows_readable_values_and_sentences(page_index: str) -> None:
    result = runner.invoke(
        app, ["figures", "--place", "青海省", "--unit", "元", "--index", page_index],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "10.41亿 元" in text and "9.63亿 元" in text
    assert "认领不明款96345.47万元，涉及8358笔。" in text
    assert "2 figures" in text


def test_cli_csv(page_index: str) -> None:
    result = runner.invoke(app, ["figures", "--unit", "元", "--place", "青海", "--index", page_index, "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(FIGURE_FIELDS)
    assert [(r[0], int(r[1])) for r in rows[1:]] == [(t, v) for t, v, _ in QINGHAI]


def test_cli_json_and_csv_together_is_an_error(page_index: str) -> None:
    result = runner.invoke(app, ["figures", "--index", page_index, "--json", "--csv"])
    assert result.exit_code != 0


def test_cli_missing_index_is_one_line(tmp_path: Path) -> None:
    # A fresh process through main(), where library errors become one line and a code.
    result = subprocess.run(
        [sys.executable, "-c", "from corpus_tool.cli import main; main()",
         "figures", "--index", str(tmp_path / "nowhere")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 3
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", ["figures", "export", "stats"])
def test_help_has_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"Example: corpus-tool {command}" in " ".join(result.output.split())


# --- the People's Daily month -------------------------------------------------------------


def test_month_province_matches_its_cities_and_counties(month_index: str) -> None:
    hubei = api.figures(month_index, place="湖北省", limit=None)
    wuhan = api.figures(month_index, place="武汉", limit=None)
    assert wuhan, "May 2020 reports figures from Wuhan"
    below = {r["place"] for r in hubei if r["place"] and r["place"] != "湖北省"}
    assert "湖北省武汉市" in below, "a province finds the figures of its cities"
    key = lambda r: (r["article_id"], r["paragraph"], r["start"])  # noqa: E731
    assert {key(r) for r in wuhan} <= {key(r) for r in hubei}
    assert len(hubei) > len(wuhan)
    for row in hubei:
        # A figure's own place, or (when it has none) its article's main place.
        place = row["place"] or (api.show(row["article_id"], month_index).main_place or {}).get("name", "")
        assert place.startswith("湖北省")


def test_month_date_bounds_are_inclusive(month_index: str) -> None:
    rows = api.figures(month_index, date_from="2020-05-10", date_to="2020-05-10", limit=None)
    assert rows and {r["date"] for r in rows} == {"2020-05-10"}
    month = api.figures(month_index, unit="元", date_from="2020-05", date_to="2020-05", limit=None)
    assert month and all(r["date"].startswith("2020-05") for r in month)
