"""Dates: the sample page's dates resolved against its date, explicit, Chinese, relative
and range forms, what is not a date, and provenance offsets on real files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import api
from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.dates import find_dates
from corpus_tool.records import Article

REPO = Path(__file__).resolve().parents[1]
SAMPLE_PAGE = REPO / "corpus" / "000_1fcd3a980f6c89bd.txt"

VALUE_FORMAT = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def dates_of(text: str, date: str | None = "2021-12-30") -> list[tuple[str, str | None]]:
    return [
        (d["text"], d["value"]) for d in find_dates(ArticleContext(paragraphs=[text], date=date))
    ]


def assert_provenance(article: Article, dates: list[dict[str, Any]]) -> None:
    for d in dates:
        assert set(d) == {"text", "value", "paragraph", "start", "end"}, d
        assert article.paragraphs[d["paragraph"]][d["start"] : d["end"]] == d["text"], d
        assert d["value"] is None or VALUE_FORMAT.fullmatch(d["value"]), d


# The sample page (法治日报 2021-12-30; the file carries no date, so the test gives it):
# (text, value, paragraph) per article. Not dates: 近日, 近两年, 近年来, 每年1月
# (recurring), 11年 and 3天 (durations), 截至目前, 此前.
SAMPLE_DATES = [
    [
        ("2017年", "2017", 2),
        ("2016年", "2016", 2),
        ("2020年", "2020", 2),
        ("2016年", "2016", 2),
        ("2019年", "2019", 2),
        ("12月15日", "2021-12-15", 3),
        ("12月21日", "2021-12-21", 7),
        ("12月16日", "2021-12-16", 12),
        ("今年3月", "2021-03", 15),
    ],
    [
        ("今年3月", "2021-03", 4),
        ("10月6日", "2021-10-06", 10),
    ],
    [
        ("2020年度", "2020", 0),
        ("2021年", "2021", 0),
        ("今年", "2021", 2),
    ],
    [
        ("今年", "2021", 2),
    ],
    [],
]


@pytest.fixture(scope="module")
def sample_articles() -> list[Article]:
    return api.process_file(str(SAMPLE_PAGE), with_tokens=False).articles


def test_sample_page_dates(sample_articles: list[Article]) -> None:
    assert len(sample_articles) == len(SAMPLE_DATES)
    for article, expected in zip(sample_articles, SAMPLE_DATES, strict=True):
        ctx = ArticleContext(
            paragraphs=article.paragraphs, headline=article.headline, date="2021-12-30"
        )
        dates = find_dates(ctx)
        assert [(d["text"], d["value"], d["paragraph"]) for d in dates] == expected
        assert_provenance(article, dates)


def test_sample_page_without_a_document_date(sample_articles: list[Article]) -> None:
    """Without the document date, dates that need it keep their text and span but have
    no value; explicit ones keep theirs."""
    dates = find_dates(ArticleContext(paragraphs=sample_articles[0].paragraphs))
    assert [(d["text"], d["value"]) for d in dates] == [
        ("2017年", "2017"),
        ("2016年", "2016"),
        ("2020年", "2020"),
        ("2016年", "2016"),
        ("2019年", "2019"),
        ("12月15日", None),
        ("12月21日", None),
        ("12月16日", None),
        ("今年3月", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年12月30日", [("2021年12月30日", "2021-12-30")]),
        ("2021年12月", [("2021年12月", "2021-12")]),
        ("2021-12-30", [("2021-12-30", "2021-12-30")]),
        ("二〇二一年十二月三十日", [("二〇二一年十二月三十日", "2021-12-30")]),
        ("一九五四年九月二十三日", [("一九五四年九月二十三日", "1954-09-23")]),
        ("到１９８４年已有", [("１９８４年", "1984")]),
        ("本报北京5月3日电", [("5月3日", "2021-05-03")]),
        ("5月份以来", [("5月份", "2021-05")]),
        ("今年3月起", [("今年3月", "2021-03")]),
        ("去年6月29日", [("去年6月29日", "2020-06-29")]),
        ("前年", [("前年", "2019")]),
        ("明年", [("明年", "2022")]),
        ("比上年增长5%", [("上年", "2020")]),
        ("昨天下午", [("昨天", "2021-12-29")]),
        ("昨日，", [("昨日", "2021-12-29")]),
        ("今天上午", [("今天", "2021-12-30")]),
        ("本月", [("本月", "2021-12")]),
        ("上个月", [("上个月", "2021-11")]),
        # 新闻联播 2024-06-07, 2024-05-11: a day of this month or the last
        ("该利率水平将于本月12日起生效", [("本月12日", "2021-12-12")]),
        ("上月18日，项目开工", [("上月18日", "2021-11-18")]),
        ("15日上午，会议", [("15日", "2021-12-15")]),
        ("2016年至2020年", [("2016年", "2016"), ("2020年", "2020")]),
        ("2016—2020年", [("2016", "2016"), ("2020年", "2020")]),
        ("今年1至4月", [("今年", "2021"), ("1", "2021-01"), ("4月", "2021-04")]),
        ("2020年1至4月", [("2020年", "2020"), ("1", "2020-01"), ("4月", "2020-04")]),
        ("6月26日至30日在乌鲁木齐举办", [("6月26日", "2021-06-26"), ("30日", "2021-06-30")]),
        ("在2020年度省民调测评中", [("2020年度", "2020")]),
        ("2021年上半年安全感全省第二", [("2021年", "2021")]),
    ],
)
def test_date_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "持续11年位居前列",  # a duration
        "短短3天时间",  # a duration
        "3个月",  # a duration
        "近日，",  # vague
        "近两年，",  # a period
        "近年来，",  # a period
        "每年1月确定为“机关集中学法月”",  # recurring
        "半月一通报、一月一汇报",  # a slogan
        "1990年代",  # a decade
        "今日岳阳，社会大局持续稳定",  # "today's Yueyang"
        "知识经济迅猛发展的今天，",  # "nowadays"
        "3日内办结",  # a duration
        "12345政府服务热线",
        "第3月",
        "60岁以上年满18个月",  # 以上 + 年满, not 上年
        # policies.jsonl 131 (gold_blind60 09): each month's last month recurs
        "请各省每月7日前，将上月项目建设进度报送我局。",
        # rmrb 20200531-03-01 (gold_blind60 02), 20200506-04-02: the future, not a day
        "任何希望香港明天更好的人都应支持。",
        "迎来人类发展更加美好的明天。",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates_of(text) == []


def test_a_date_without_a_year_takes_the_year_before_when_it_would_be_far_ahead() -> None:
    """A report of 2021-01-05 speaking of 12月28日 means the December just past."""
    assert dates_of("12月28日，今年1月3日", "2021-01-05") == [
        ("12月28日", "2020-12-28"),
        ("今年1月3日", "2021-01-03"),
    ]
    assert dates_of("将于7月1日起施行", "2021-03-01") == [("7月1日", "2021-07-01")]


def test_a_document_year_alone_resolves_what_needs_no_day() -> None:
    assert dates_of("今年3月5日，去年，昨天，12月", "2025") == [
        ("今年3月5日", "2025-03-05"),
        ("去年", "2024"),
        ("昨天", None),
        ("12月", "2025-12"),
    ]


def test_a_bare_day_ahead_of_the_document_is_last_month() -> None:
    assert dates_of("30日上午，", "2021-01-02") == [("30日", "2020-12-30")]


def test_offsets_across_paragraphs() -> None:
    paragraphs = ["无日期。", "记者12月15日从会上获悉，", "2020年，全省"]
    dates = find_dates(ArticleContext(paragraphs=paragraphs, date="2021-12-30"))
    assert [(d["paragraph"], d["start"], d["end"], d["value"]) for d in dates] == [
        (1, 2, 8, "2021-12-15"),
        (2, 0, 5, "2020"),
    ]


def test_real_corpora_dates_have_valid_offsets(shared_corpus_articles: list[Article]) -> None:
    # every date of the whole shared corpus, as the suite's full index stores it
    checked = resolved = 0
    for article in shared_corpus_articles:
        assert_provenance(article, article.dates)
        checked += len(article.dates)
        resolved += sum(d["value"] is not None for d in article.dates)
    assert checked > 15_000
    # Most resolve; articles without a document date leave relative dates open.
    assert resolved > 0.7 * checked


def test_announced_dates_lie_ahead() -> None:
    # 新闻联播 2024-04-18: 将于 announces the fair of this November, not last year's
    assert dates_of("第七届中国国际进口博览会将于11月5日—10日在上海举办。", "2024-04-18") == [
        ("11月5日", "2024-11-05"),
        ("10日", "2024-11-10"),
    ]
    # without the announcement, a date half a year ahead is last year's
    assert dates_of("11月5日，进口博览会在上海开幕。", "2024-04-18") == [("11月5日", "2023-11-05")]
    # rmrb 20200518-01-01: 原定于 looks back; rmrb 20200514-15-03: two weeks back is this year
    assert dates_of("原定于3月3日召开的全国两会会期宣布推迟。", "2020-05-18") == [
        ("3月3日", "2020-03-03")
    ]
    assert dates_of("北京市将于4月29日起开放室内体育场馆。", "2020-05-14") == [
        ("4月29日", "2020-04-29")
    ]


def test_a_day_in_local_time_and_today_in_quoted_speech() -> None:
    # 新闻联播 2024-02-16: 当地时间15日
    assert dates_of("2024年多哈游泳世锦赛当地时间15日继续进行。", "2024-02-16") == [
        ("2024年", "2024"),
        ("15日", "2024-02-15"),
    ]
    # rmrb 20200507-17-02: 今天 in a scholar's quoted words means "nowadays"
    text = "古萨科夫表示：“中国的经验具有借鉴意义。今天，中国正在帮助白俄罗斯抗击疫情。”"
    assert dates_of(text, "2020-05-07") == []


def test_a_month_and_day_go_on_with_the_year_the_paragraph_tells_of() -> None:
    # rmrb 20200520-20-06: a profile tells of 2008; 4月28日 is that year's
    text = "2008年3月，为了确保奥运圣火登顶珠峰，郭毅力先后3次率队实地勘察。4月28日8时50分，郭毅力率队出发。"
    assert dates_of(text, "2020-05-20") == [("2008年3月", "2008-03"), ("4月28日", "2008-04-28")]
    # ... but not a month before the one told of, nor across a paragraph, nor after 今天（
    assert dates_of("2019年4月开工。2月6日有人病亡。", "2020-05-03")[1] == ("2月6日", "2020-02-06")
    assert dates_of("2023年治国理政纪实》将于今晚（1月1日）播出。", "2024-01-01")[-1] == (
        "1月1日",
        "2024-01-01",
    )


def test_a_month_after_next_year_or_the_same_year_takes_the_year_last_named() -> None:
    # rmrb 20200505-01-04 (gold_blind54 03), 20200506-04-01, 新闻联播 2024-05-31
    text = "2014年底，引洮供水一期工程建成通水。次年8月，二期工程开工。明年8月全线贯通。"
    assert dates_of(text, "2020-05-05") == [("2014年", "2014"), ("次年8月", "2015-08"), ("明年8月", "2021-08")]
    assert dates_of("2004年，他到山东沂南县送货。第二年5月一收获。", "2020-05-06")[1] == ("第二年5月", "2005-05")
    assert dates_of("时任浙江省委书记习近平同年5月为学校培土奠基。", "2024-05-31") == [("同年5月", None)]
    # a season that recurs is no date (rmrb 20200515-13-01)
    assert dates_of("2019年起，大约每年12月到次年3月，它都会游到滇池周边。", "2020-05-15") == [("2019年", "2019")]


def test_a_bare_day_after_to_and_announced_days_ahead() -> None:
    # 新闻联播 2024-02-19 (gold_blind53 07), 2024-01-23, 2024-04-20; rmrb 2025-10-20 (PDF)
    assert dates_of("此次寒潮天气将持续到26日。", "2024-02-19") == [("26日", "2024-02-26")]
    assert dates_of("阿卜杜拉希扬将于29日访问巴基斯坦。", "2024-01-23") == [("29日", "2024-01-29")]
    assert dates_of("谈判将于5日恢复。", "2024-01-23") == [("5日", "2024-02-05")]
    assert dates_of("国家防总决定于19日针对广东启动应急响应。", "2024-04-20") == [("19日", "2024-04-19")]
    assert dates_of("会期从10月18日持续至22日。", "2025-10-20") == [("10月18日", "2025-10-18"), ("22日", "2025-10-22")]


def test_yesterday_and_tomorrow_in_quoted_speech_are_the_speakers() -> None:
    # rmrb 20200506-09-01 (gold_blind53 02), 20200512-06-02
    assert dates_of("习近平总书记指出：“昨天的成功并不代表着今后能够永远成功。”", "2020-05-06") == []
    assert dates_of("突然接到电话：“明天去武汉，马上收拾行李！”", "2020-05-13") == []
    assert dates_of("明天，冷空气将影响华北。", "2020-05-13") == [("明天", "2020-05-14")]


def test_days_listed_before_their_count() -> None:
    # 新闻联播 2024-02-11: 2月9日、10日两天
    assert dates_of("2月9日、10日两天，港珠澳大桥珠海公路口岸迎来入境高峰。", "2024-02-11") == [
        ("2月9日", "2024-02-09"),
        ("10日", "2024-02-10"),
    ]


def test_a_narratives_year_carries_into_the_next_paragraph_for_months_ahead() -> None:
    # 新闻联播 2024-02-03: 2023年4月 opens the story; 4月 … 8月 of the next paragraph are
    # 2023's, since in a report of February 2024 they would lie ahead
    ctx = ArticleContext(
        paragraphs=["2023年4月，主题教育启动。", "4月在广东阐释“以学铸魂”，8月在中央政治局常委会会议上。"],
        date="2024-02-03",
    )
    assert [(d["text"], d["value"]) for d in find_dates(ctx)] == [
        ("2023年4月", "2023-04"),
        ("4月", "2023-04"),
        ("8月", "2023-08"),
    ]


def test_a_bare_day_before_de_and_to_this_day() -> None:
    # rmrb 20200520-12-02 (gold_blind18 02): 19日的教育部新闻发布会上
    assert dates_of("“元阳县顺利通过认定。”19日的教育部新闻发布会上，县委书记介绍。", "2020-05-20") == [
        ("19日", "2020-05-19")
    ]
    # rmrb 2025-10-20 (gold_blind18 10): 时至今日 means "to this day", no day
    assert dates_of("时至今日，眼前的这栋旧木刻楞房子更像是大森林里的一块伤疤。", "2025-10-20") == []


def test_a_space_between_a_number_and_its_unit() -> None:
    # policies.jsonl records 91 (gold_blind41 09), 24, 188: text converted from PDF
    assert dates_of("——到 2025 年，大型煤矿和灾害严重煤矿基本实现智能化。", "2020-02-25") == [("2025 年", "2025")]
    assert dates_of("2022 年12月，中共中央、国务院印发《意见》。", "2023-06-01") == [("2022 年12月", "2022-12")]
    assert dates_of("2021 年 3 月 9 日", "2021-03-10") == [("2021 年 3 月 9 日", "2021-03-09")]


def test_a_pdfs_spaces_inside_a_month_and_day_and_digits_written_apart() -> None:
    # policies.jsonl 219 (gold_blind61 10): 9 月 16 日— 23 日, the range's end in its month
    assert dates_of("请高校于 9 月 16 日— 23 日 ， 登录平台。", "2024-08-20") == [
        ("9 月 16 日", "2024-09-16"),
        ("23 日", "2024-09-23"),
    ]
    # a 1998 report sets its digits one by one: the month of 1 9 9 3 年 is not read alone
    assert dates_of("政府从1 9 9 3 年3 月就职。", "1998-03-05") == []


def test_a_reign_year_with_its_common_era_year_in_brackets() -> None:
    # rmrb 20200505-08-03 (gold_blind71 01), 20200505-08-02: the bracketed year is a date
    text = "元祐二年（1087）北宋政府将福建市舶司机构设在泉州。始建于南宋绍兴八年（1138），历时14年完成。"
    assert dates_of(text, "2020-05-05") == [("1087", "1087"), ("1138", "1138")]
    # not a bracketed number after anything else (第（1）条, 共三年（36个月）)
    assert dates_of("按第（1）项执行，为期三年（1095天）。", "2020-05-05") == []


def test_a_second_day_listed_after_a_date_is_in_its_month() -> None:
    # rmrb 20200513-14-04 (gold_blind71 02), 20200523-06-01: 和 and 、 list days of one month
    assert dates_of("3月27日和28日，毛里求斯卫生部给苏玛打来电话。", "2020-05-13") == [
        ("3月27日", "2020-03-27"),
        ("28日", "2020-03-28"),
    ]
    assert dates_of("2020年4月20日、21日，全国人大宪法和法律委员会召开会议。", "2020-05-23") == [
        ("2020年4月20日", "2020-04-20"),
        ("21日", "2020-04-21"),
    ]
