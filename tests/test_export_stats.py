"""Export, stats and the `Corpus` API (issue 4, items 5 and 6)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tool import api
from corpus_tool.cli import app
from corpus_tool.errors import BadInputError
from corpus_tool.figures import FIGURE_FIELDS
from corpus_tool.records import ENTITY_FIELDS

from .conftest import SAMPLE_PAGE

runner = CliRunner()
PROVINCES = {"湖南省", "山东省", "安徽省", "青海省", "浙江省"}  # one article each on the page


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """An index of the sample page plus one file with no article text (skipped), and
    the page's records as extraction gives them, to count against."""
    root = tmp_path_factory.mktemp("export")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE_PAGE, corpus / SAMPLE_PAGE.name)
    (corpus / "advert.txt").write_text("\n\n   \n", encoding="utf-8")
    index_dir = str(root / "index")
    api.build([str(corpus)], index_dir)
    articles = [a for r in api.extract([str(corpus / SAMPLE_PAGE.name)]) for a in r.articles]
    return {"index": index_dir, "articles": articles, "root": root, "corpus": corpus}


# --- stats --------------------------------------------------------------------------------


def test_stats_counts(page: dict) -> None:
    stats = api.stats(page["index"])
    articles = page["articles"]
    assert set(stats) >= {"articles", "documents", "practices", "metrics", "places", "by_province",
                          "by_kind", "by_year", "by_source", "skipped"}
    assert stats["articles"] == len(articles) == 5
    assert stats["documents"] == 1
    assert stats["metrics"] == sum(len(a.metrics) for a in articles)
    assert stats["practices"] == len({p.get("core") or p["name"] for a in articles for p in a.programs})
    assert stats["places"] == len({p["name"] for a in articles for p in a.places})
    assert stats["by_province"] == dict.fromkeys(sorted(PROVINCES), 1)
    kinds: dict[str, set[str]] = {}
    for a in articles:
        for p in a.programs:
            kinds.setdefault(p.get("kind") or "other", set()).add(p.get("core") or p["name"])
    assert stats["by_kind"] == {k: len(v) for k, v in sorted(kinds.items(), key=lambda kv: (-len(kv[1]), kv[0]))}
    assert stats["by_year"] == {} and stats["undated"] == 5  # the page carries no date
    assert stats["by_source"] == {"corpus": 5}  # no publication: its folder
    assert stats["by_input_folder"] == {"corpus": {"files": 2, "skipped": 1, "articles": 5}}
    assert [s["source"] for s in stats["skipped"]] == [str(page["corpus"] / "advert.txt")]
    assert stats["skipped"][0]["reason"]


def test_stats_cli_json_is_one_object(page: dict) -> None:
    result = runner.invoke(app, ["stats", "--index", page["index"], "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == api.stats(page["index"])


def test_stats_cli_draws_bars(page: dict) -> None:
    result = runner.invoke(app, ["stats", "--index", page["index"]], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "█" in out
    for name in (*PROVINCES, "Practices by kind", "Articles by year", "Articles by source", "advert.txt"):
        assert name in out


def test_stats_by_year_on_the_month(month_index: str) -> None:
    stats = api.stats(month_index)
    assert stats["by_year"].get("2020", 0) >= 1900
    assert stats["by_source"].get("人民日报", 0) >= 1900
    assert stats["by_province"]["湖北省"] > 100
    assert stats["skipped"], "the month has advertisement-only pages"


# --- export -------------------------------------------------------------------------------


def test_export_sqlite_tables_counts_and_foreign_keys(page: dict, tmp_path: Path) -> None:
    out = tmp_path / "records.sqlite"
    counts = api.export(page["index"], "sqlite", str(out))
    articles = page["articles"]
    expected = {"files": 2, "articles": 5} | {k: sum(len(getattr(a, k)) for a in articles) for k in ENTITY_FIELDS}
    assert counts == expected
    db = sqlite3.connect(out)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables >= {"files", "articles", *ENTITY_FIELDS}
    for table, n in expected.items():
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == n
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ENTITY_FIELDS:
        fks = db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        assert [(fk[2], fk[3], fk[4]) for fk in fks] == [("articles", "article_id", "id")]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one plain file
    db.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO metrics(article_id, text) VALUES ('no-such-article', '1个')")
    db.close()
    assert not (tmp_path / "records.sqlite.part").exists()


def test_export_sqlite_cli_default_file(page: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "--format", "sqlite", "--index", page["index"]])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "export.sqlite").exists()
    assert result.stdout == ""  # the summary goes to stderr


def test_export_jsonl_one_record_per_article(page: dict, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--index", page["index"]])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == api.stats(page["index"])["articles"]
    assert [r["id"] for r in records] == [a.id for a in page["articles"]]
    assert records[0] == page["articles"][0].to_dict()
    out = tmp_path / "records.jsonl"
    assert api.export(page["index"], "jsonl", str(out)) == {"articles": 5}
    assert out.read_text(encoding="utf-8").splitlines() == result.stdout.splitlines()


def test_export_csv_is_the_figures_table(page: dict) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--index", page["index"]])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(FIGURE_FIELDS)
    assert len(rows) - 1 == api.stats(page["index"])["metrics"]
    assert ["104147.31万元", "1041473100"] == rows[1 + [r[0] for r in rows[1:]].index("104147.31万元")][:2]


def test_export_csv_folder_one_file_per_record_type(page: dict, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    counts = api.export(page["index"], "csv", str(folder))
    for table in ("articles", "files", *ENTITY_FIELDS):
        with open(folder / f"{table}.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) - 1 == counts[table]
        if table in ENTITY_FIELDS:
            assert rows[0][0] == "article_id"
    assert counts["articles"] == 5


def test_export_unknown_format(page: dict) -> None:
    with pytest.raises(BadInputError):
        api.export(page["index"], "xml")


# --- the Python API -----------------------------------------------------------------------


def test_corpus_wraps_the_api(page: dict, tmp_path: Path) -> None:
    from corpus_tool import Corpus

    corpus = Corpus(page["index"])
    assert corpus.stats() == api.stats(page["index"])
    assert corpus.figures(place="青海省", unit="元") == api.figures(page["index"], place="青海省", unit="元")
    assert len(corpus.figures(place="青海省", unit="元")) == 2
    hits = corpus.search("网格化", limit=3).hits
    assert hits and corpus.show(hits[0].id).id == hits[0].id
    assert corpus.export("sqlite", str(tmp_path / "c.sqlite"))["articles"] == 5
    fresh = Corpus(str(tmp_path / "fresh"))
    assert fresh.build(str(SAMPLE_PAGE)).articles_total == 5


def test_corpus_practices_similar_and_check_answer_like_the_cli(page: dict) -> None:
    from corpus_tool import Corpus

    corpus = Corpus(page["index"])
    names = [p.name for p in corpus.practices("网格化")]
    assert "“网格化+12345+110”三网融合联动模式" in names
    (result,) = corpus.check("今年以来青海法院清理发放执行案款约10.4亿元")
    assert result.verdict == "supported"
    hits = corpus.search("网格化", limit=1).hits
    similar = corpus.similar(hits[0].id, limit=2)
    assert similar.query_kind == "article"
    assert len(similar.items) == 2 and hits[0].id not in [i.id for i in similar.items]


def test_import_corpus_tool_stays_cheap() -> None:
    code = "import sys, corpus_tool; print('corpus_tool.api' in sys.modules, 'jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
    code = "from corpus_tool import Corpus; print(Corpus.__name__)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "Corpus"


def test_stats_counts_files_by_input_folder_with_the_skipped_ones(tmp_path: Path) -> None:
    """A build over a folder of sources counts each source folder (what ../shared/corpus
    gives: rmrb-2020-05, xwlb-2024h1 …), skipped files included."""
    root = tmp_path / "archive"
    (root / "paper" / "2020").mkdir(parents=True)
    (root / "tv").mkdir()
    shutil.copy(SAMPLE_PAGE, root / "paper" / "2020" / SAMPLE_PAGE.name)
    (root / "paper" / "2020" / "empty.txt").write_text("", encoding="utf-8")
    (root / "tv" / "20240101.md").write_text(
        "# 《新闻联播》 (20240101)\n\n## 详细新闻\n\n### 各地推进基层治理\n\n"
        "今年以来，各地深入推进“网格化”管理，化解矛盾纠纷1.2万件。\n",
        encoding="utf-8",
    )
    index_dir = str(tmp_path / "index")
    api.build([str(root)], index_dir)
    stats = api.stats(index_dir)
    assert stats["by_input_folder"] == {
        "paper": {"files": 2, "skipped": 1, "articles": 5},
        "tv": {"files": 1, "skipped": 0, "articles": 1},
    }
    assert [s["source"] for s in stats["skipped"]] == [str(root / "paper" / "2020" / "empty.txt")]
