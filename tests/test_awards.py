"""Awards: titles given to places and units, with year and recipient."""

from __future__ import annotations

import pytest

from corpus_tool.extract.awards import find_awards
from corpus_tool.extract.context import ArticleContext
from tests.test_people import check_offsets, context_of, real_contexts, sample_contexts, sentence


def awards(ctx: ArticleContext) -> list[tuple[str, str | None, str | None, int]]:
    records = find_awards(ctx)
    check_offsets(ctx, records, "title")
    return [(r["title"], r["year"], r["recipient"], r["paragraph"]) for r in records]


def test_sample_page_awards() -> None:
    assert awards(sample_contexts()[0]) == [
        # 2017年，岳阳市被评为“…”
        ("全国社会治安综合治理优秀市", "2017", "湖南省岳阳市", 2),
        # 2016年至2020年，有4年被评为“…”: the year is the span of its clause
        ("全省综治工作先进市", "2016-2020", "湖南省岳阳市", 2),
        ("中国最具幸福感城市", "2016-2019", "湖南省岳阳市", 2),
        # 12月15日 … 岳阳再次获评“…”: the year of the article's date
        ("平安中国建设示范市", "2021", "湖南省岳阳市", 3),
    ]
    # ‘平安中国建设示范市’这块金字招牌 (p6) names the title, awards nothing
    for ctx in sample_contexts()[1:]:
        assert awards(ctx) == []


def test_no_date_no_year() -> None:
    ctx = sample_contexts()[0]
    undated = context_of(ctx.paragraphs, ctx.headline, None, ctx.places)
    years = [year for _, year, _, _ in awards(undated)]
    assert years == ["2017", "2016-2020", "2016-2019", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "去年，淄博市公安局被评为“全国优秀公安局”。",
            [("全国优秀公安局", "2020", "淄博市公安局", 0)],
        ),
        (
            "2019年，余姚市成功创建全国文明城市。",
            [("全国文明城市", "2019", "浙江省宁波市余姚市", 0)],
        ),
        (
            "该院荣获“全国法院先进集体”“全国模范法院”称号。",
            [("全国法院先进集体", "2021", None, 0), ("全国模范法院", "2021", None, 0)],
        ),
        ("小微企业获得“银税互动”贷款。", []),
        ("获得感、幸福感不断提升。", []),
    ],
)
def test_rules(text: str, expected: list[tuple[str, str | None, str | None, int]]) -> None:
    ctx = sentence(text)
    assert awards(ctx) == expected


def test_real_paragraphs_award_nothing() -> None:
    # 发布了全国“公安楷模”刘欣的先进事迹 names an honor (a program), no awarding
    for ctx in real_contexts().values():
        assert awards(ctx) == []


def test_empty_article() -> None:
    assert find_awards(ArticleContext([])) == []
