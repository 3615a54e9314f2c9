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


def _with_people(paragraphs: list[str], date: str = "2020-05-06") -> ArticleContext:
    from corpus_tool.extract.people import find_people

    ctx = context_of(paragraphs, None, date)
    ctx.people = find_people(ctx)
    return ctx


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # rmrb 20200507-16-01: a person who is the clause's subject
        (
            ["“共产党员就要为人民做事。”这是杨善洲生前说过的一句话。", "在改革开放40周年之际，杨善洲被授予“改革先锋”荣誉称号。"],
            [("改革先锋", "杨善洲")],
        ),
        # rmrb 20200507-14-04: the body after 被 gives the title; the place before gets it
        (
            ["康保县2017年被中国野生动物保护协会授予“中国遗鸥之乡”称号。"],
            [("中国遗鸥之乡", "河北省张家口市康保县")],
        ),
        # rmrb 20200506-15-08: the post he headed got it, not he
        (["蒙自市民警李宏专介绍，他曾担任负责人的红河广场岗亭被授予“全国青年文明号”。"], [("全国青年文明号", "云南省红河哈尼族彝族自治州蒙自市")]),
        # rmrb 20200519-04-03: a decision about awarding awards nothing; 新闻联播 2024-02-24:
        # naming a spacecraft is no award
        (["常委会作出关于授予国家勋章和国家荣誉称号的决定。"], []),
        (["新一代载人飞船命名为“梦舟”，月面着陆器命名为“揽月”。"], []),
        # rmrb 20200502-01-02, 20200512-15-07: the person who opens an earlier clause of the
        # sentence, or whom 她 there stands for, not the place another clause names
        (
            ["在湖南省麻阳苗族自治县谭家寨乡，谭泽勇当了20年村支书，带领楠木桥村民走上了小康路，2010年荣获全国劳动模范称号。", "谭泽勇说，日子好了。"],
            [("全国劳动模范", "谭泽勇")],
        ),
        (
            ["吕琼芬说，日子好了。", "吕琼芬的家，在金钟街道乌龙村。10多年前，她带头种果树，帮助乡亲脱贫致富，2015年被授予全国劳动模范称号。"],
            [("全国劳动模范", "吕琼芬")],
        ),
        # a title and 的, then its holder
        (["会上，荣获“全国五一劳动奖章”的张建华发言。", "张建华说，日子好了。"], [("全国五一劳动奖章", "张建华")]),
    ],
)
def test_recipients_and_what_is_no_award(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    ctx = _with_people(paragraphs)
    assert [(title, recipient) for title, _, recipient, _ in awards(ctx)] == expected


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        # a person who is the clause's subject, or whom 他 stands for, not the city
        ("rmrb-2020-05/2020年5月/20200506/20200506-15-03.txt", [("优秀公务员", "沈战东")]),
        (
            "rmrb-2020-05/2020年5月/20200520/20200520-20-03.txt",
            [("全国先进工作者", "文建明"), ("全国优秀共产党员", "文建明"), ("全国道德模范", "文建明")],
        ),
        # a decision about awarding awards nothing
        ("rmrb-2020-05/2020年5月/20200519/20200519-04-03.txt", []),
        # the subject of a clause that names none is the person 他/她 of an earlier clause,
        # not the place another clause names (请缨“逆行”武汉, …，最近获得…)
        ("rmrb-2020-05/2020年5月/20200505/20200505-01-01.txt", [("中国青年五四奖章", "朱斌")]),
    ],
)
def test_recipients_in_real_articles(file: str, expected: list[tuple[str, str]]) -> None:
    from corpus_tool import api

    from .conftest import shared_path

    result = api.process_file(str(shared_path(file)), with_tokens=False)
    assert [(r["title"], r["recipient"]) for a in result.articles for r in a.awards] == expected
