"""Figures (metrics) and the number parser: the sample page's figures one by one, real
sentences from the shared corpora (tests/fixtures/metrics_*.txt), slogans that must give
nothing, and provenance offsets on real files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import api
from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.metrics import find_metrics
from corpus_tool.extract.numbers import Quantity, find_quantities, parse_quantity
from corpus_tool.extract.places import find_places, main_place
from corpus_tool.records import Article

REPO = Path(__file__).resolve().parents[1]
SAMPLE_PAGE = REPO / "corpus" / "000_1fcd3a980f6c89bd.txt"
FIXTURES = REPO / "tests" / "fixtures"

QUALIFIERS = {None, "approx", "at_least", "at_most"}
Row = tuple[str, int | float, str | None, str | None]


def context(article: Article, date: str | None = None) -> ArticleContext:
    main = main_place(article.places)
    return ArticleContext(
        paragraphs=article.paragraphs,
        headline=article.headline,
        date=article.date or date,
        places=article.places,
        main_place=main["name"] if main else None,
    )


def rows(metrics: list[dict[str, Any]]) -> list[Row]:
    return [(m["text"], m["value"], m["unit"], m["qualifier"]) for m in metrics]


def assert_provenance(article: Article, metrics: list[dict[str, Any]]) -> None:
    for m in metrics:
        assert 0 <= m["paragraph"] < len(article.paragraphs), m
        paragraph = article.paragraphs[m["paragraph"]]
        assert paragraph[m["start"] : m["end"]] == m["text"], m
        assert isinstance(m["value"], int | float) and not isinstance(m["value"], bool), m
        assert m["unit"] is None or (isinstance(m["unit"], str) and m["unit"]), m
        assert m["qualifier"] in QUALIFIERS, m
        for key in ("subject", "place", "period"):
            assert m[key] is None or (isinstance(m[key], str) and m[key]), m
    positions = [(m["paragraph"], m["start"]) for m in metrics]
    assert positions == sorted(positions)


# --- the sample page ----------------------------------------------------------------------

# Every figure of the sample page (法治日报 2021-12-30), article by article, in text order:
# (text as written, value, unit, qualifier). Not figures, by design: years and dates
# (2017年, 12月15日), periods (2016年至2020年, 近两年), 12345 and 110, 百岁老人 (an age
# used as a word), 命案十万人发案数 (a rate base), 第二天, 市、县两级, 四级, 双十条,
# 一号改革工程, 十九届六中全会, 《十条措施》, 一办八组, 七大调解法, 一站式, 一案一账号,
# 3人小组自治 (a form of organization).
SAMPLE_FIGURES: list[list[Row]] = [
    # article 0: 岳阳 (no headline in the text)
    [
        ("4年", 4, "年", None),
        ("4年", 4, "年", None),
        ("十多分钟", 10, "分钟", "at_least"),
        ("89个", 89, "个", None),
        ("12个", 12, "个", None),
        ("35%以上", 35, "%", "at_least"),
        ("1817个", 1817, "个", None),
        ("797个", 797, "个", None),
        ("两位", 2, "位", None),
        ("3天", 3, "天", None),
        ("17个", 17, "个", None),
        ("83支", 83, "支", None),
        ("1600人", 1600, "人", None),
        ("近10万人", 100000, "人", "approx"),
    ],
    # article 1: 淄博公安出台百项制度巩固教育整顿成效
    [
        ("100项", 100, "项", None),
        ("1476家", 1476, "家", None),
        ("418个", 418, "个", None),
        ("958条", 958, "条", None),
        ("30%", 30, "%", None),
        ("17项", 17, "项", None),
        ("15项", 15, "项", None),
    ],
    # article 2: 循法而行全维保障纵深推进市域社会治理
    [
        ("11年", 11, "年", None),
        ("名列第一", 1, "rank", None),
        ("全省第二", 2, "rank", None),
        ("全省第一", 1, "rank", None),
        ("153项", 153, "项", None),
        ("31项", 31, "项", None),
        ("108项", 108, "项", None),
        ("14项", 14, "项", None),
        ("30余个", 30, "个", "at_least"),
        ("两个", 2, "个", None),
        ("100%", 100, "%", None),
    ],
    # article 3: 青海法院 (no headline in the text)
    [
        ("104147.31万元", 1041473100, "元", None),
        ("5565件", 5565, "件", None),
        ("96345.47万元", 963454700, "元", None),
        ("8358笔", 8358, "笔", None),
    ],
    # article 4: 构建“短期救济+长远保障”司法救助机制
    [
        ("128.72万元", 1287200, "元", None),
        ("57人", 57, "人", None),
    ],
]


@pytest.fixture(scope="module")
def sample_articles() -> list[Article]:
    return api.process_file(str(SAMPLE_PAGE), with_tokens=False).articles


@pytest.fixture(scope="module")
def sample_metrics(sample_articles: list[Article]) -> list[list[dict[str, Any]]]:
    return [find_metrics(context(a, "2021-12-30")) for a in sample_articles]


def test_sample_page_has_every_figure_and_nothing_else(
    sample_articles: list[Article], sample_metrics: list[list[dict[str, Any]]]
) -> None:
    assert len(sample_articles) == len(SAMPLE_FIGURES) == 5
    for article, metrics, expected in zip(
        sample_articles, sample_metrics, SAMPLE_FIGURES, strict=True
    ):
        assert rows(metrics) == expected, article.headline
        assert_provenance(article, metrics)
    assert sum(len(m) for m in sample_metrics) == 38


def _find(metrics: list[dict[str, Any]], text: str, nth: int = 0) -> dict[str, Any]:
    return [m for m in metrics if m["text"] == text][nth]


def test_divisions_floors_and_plenary_sessions_are_no_figures() -> None:
    # policies.jsonl records 89, 193, 129; 新闻联播 2024-02-03 (gold_blind12 07)
    texts = [
        "自然科学基金委信息科学部信息科学三处联系人：吴国政。",
        "青岛市行政审批服务局行政审批服务三处工作人员说道。",
        "北京市海淀区万寿路27号院8号楼11层。",
        "按照三次全会部署，逐条逐项抓好落实。",
        "美军对该国东部迪亚拉省三处极端组织据点实施空袭。",  # three places: a count
    ]
    found = find_metrics(ArticleContext(paragraphs=texts, date="2024-02-03"))
    assert [(m["paragraph"], m["text"]) for m in found] == [(4, "三处")]


def test_a_generation_written_in_arabic_numerals_is_no_figure() -> None:
    # rmrb-pdf 2025-10-20 (gold_blind45 10): display-glass generations; people count
    # generations in Chinese numerals
    texts = [
        "使我国显示玻璃技术从6代跟跑、8.5代并跑走向8.6代领跑。",
        "我国8代以上玻璃基板曾完全依赖国外厂商。",
        "一家三代人守着这片林子。",
    ]
    found = find_metrics(ArticleContext(paragraphs=texts, date="2025-10-20"))
    assert [(m["paragraph"], m["text"]) for m in found] == [(2, "三代")]


def test_items_listed_by_their_numbers_are_no_figures() -> None:
    # policies.jsonl record 133 (gold_blind33 09): 下列第1、2、3项, 附件1所列; rmrb 2020-05:
    # a count after a first place stays one
    texts = [
        "能实时回传下列第1、2、3项信息。",
        "检测验证项目包括但不限于附件1所列的项目。",
        "个人比武中拿下了7个单项第一、4个全能第一。",
    ]
    found = find_metrics(ArticleContext(paragraphs=texts, date="2018-04-11"))
    assert [(m["paragraph"], m["text"]) for m in found] == [(2, "7个"), (2, "4个")]


def test_a_year_of_history_is_no_duration() -> None:
    # rmrb 20200516-05-01: 公元184年 is a year, not 184 years
    text = "广义的三国时代，从公元184年黄巾起义开始，到公元280年西晋灭吴期间，历时近百年。"
    assert [m["text"] for m in find_metrics(ArticleContext(paragraphs=[text], date="2020-05-16"))] == ["近百年"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rmrb 20200519-16-01: a list of counts, each of the noun after it
            "赣州曾有11个贫困县、1023个贫困村、115万建档立卡贫困人口，分别占全省的一半。",
            [("11个", "贫困县"), ("1023个", "贫困村"), ("115万", "建档立卡贫困人口"), ("一半", "占全省")],
        ),
        (  # xwlb 2024-01-02 (能登 earthquake): deaths and injuries
            "能登地区强震已造成232人死亡、1037人受伤、21人下落不明。",
            [("232人", "死亡"), ("1037人", "受伤"), ("21人", "下落不明")],
        ),
        (  # rmrb 2020-05: a noun of two coordinated words stays whole; 共有 is no subject
            "两个省份的4家商会、协会通过开展评比表彰违规收费。全省共有贫困县11个。",
            [("两个", "省份"), ("4家", "商会、协会"), ("11个", "贫困县")],
        ),
    ],
)
def test_subjects_of_listed_counts(text: str, expected: list[tuple[str, str]]) -> None:
    metrics = find_metrics(ArticleContext(paragraphs=[text], date="2020-05-19"))
    assert [(m["text"], m["subject"]) for m in metrics] == expected


def test_sample_page_subject_place_period(sample_metrics: list[list[dict[str, Any]]]) -> None:
    yueyang, _, xuancheng, qinghai, yuyao = sample_metrics
    money = _find(qinghai, "104147.31万元")
    assert (money["subject"], money["place"], money["period"]) == ("清理发放", "青海省", "今年以来")
    assert money["paragraph"] == 2
    cases = _find(qinghai, "5565件")
    assert (cases["subject"], cases["period"]) == ("涉及案件数", "今年以来")
    assert _find(qinghai, "96345.47万元")["subject"] == "认领不明款"
    volunteers = _find(yueyang, "近10万人")
    assert volunteers["subject"] == "平安志愿者队伍"
    assert volunteers["place"] == "湖南省岳阳市"
    assert _find(yueyang, "89个")["subject"] == "职能部门"
    assert _find(yueyang, "1600人")["subject"] == "巡逻队员"
    assert _find(yueyang, "35%以上")["period"] == "近两年"
    assert _find(yueyang, "4年", 0)["period"] == "2016年至2020年"
    assert _find(yueyang, "4年", 1)["period"] == "2016年至2019年"
    second = _find(xuancheng, "全省第二")
    assert (second["subject"], second["period"]) == ("安全感", "2021年上半年")
    assert _find(xuancheng, "全省第一")["subject"] == "满意度"
    assert _find(xuancheng, "100%")["subject"] == "城乡社区网格覆盖率"
    assert _find(xuancheng, "31项")["period"] == "目前"
    payout = _find(yuyao, "128.72万元")
    assert (payout["period"], payout["place"]) == ("截至目前", "浙江省宁波市余姚市")
    assert payout["subject"] == "发放司法援助慈善金"


def test_place_falls_back_to_the_main_place() -> None:
    ctx = ArticleContext(paragraphs=["共帮扶困难群众300户。"], main_place="湖南省岳阳市")
    (metric,) = find_metrics(ctx)
    assert metric["place"] == "湖南省岳阳市"
    assert metric["subject"] == "帮扶困难群众"


# --- real sentences ------------------------------------------------------------------------


def _fixture_cases() -> list[Any]:
    cases = []
    for path in sorted(FIXTURES.glob("metrics_*.txt")):
        sentence: str | None = None
        expected: list[Row] = []
        lines = path.read_text(encoding="utf-8").splitlines() + [""]
        for line in lines:
            if line.startswith("> ") or not line.strip() or line.startswith("#"):
                if sentence is not None and (line.startswith("> ") or not line.strip()):
                    cases.append(
                        pytest.param(sentence, expected, id=f"{path.stem}:{sentence[:12]}")
                    )
                    sentence, expected = None, []
                if line.startswith("> "):
                    sentence = line[2:]
                continue
            text, value, unit, qualifier = line.split("\t")
            number = float(value) if "." in value else int(value)
            expected.append(
                (
                    text,
                    number,
                    None if unit == "-" else unit,
                    None if qualifier == "-" else qualifier,
                )
            )
    return cases


FIXTURE_CASES = _fixture_cases()


def test_fixtures_are_read() -> None:
    assert len(FIXTURE_CASES) >= 35


@pytest.mark.parametrize(("sentence", "expected"), FIXTURE_CASES)
def test_real_sentence(sentence: str, expected: list[Row]) -> None:
    found = [(sentence[s:e], q.value, q.unit, q.qualifier) for s, e, q in find_quantities(sentence)]
    assert found == expected
    # find_metrics reads the same figures, with offsets into the paragraph.
    metrics = find_metrics(ArticleContext(paragraphs=[sentence]))
    assert rows(metrics) == expected
    for m in metrics:
        assert sentence[m["start"] : m["end"]] == m["text"]


# --- names and slogans ---------------------------------------------------------------------

SLOGANS = [
    "十九届六中全会",
    "党的十九届四中全会精神",
    "三高四新",
    "“双十条”",
    "落实“双十条”",
    "一号改革工程",
    "12345",
    "12345政府服务热线",
    "12345热线平台",
    "110",
    "“网格化+12345+110”三网融合联动模式",
    "‘四个铁一般’过硬公安队伍",
    "打造四个铁一般过硬队伍",
    "“五大攻坚”行动",
    "三区一中心",
    "“一办八组”工作格局",
    "‘一站式’矛盾纠纷平台",
    "“一案一账号”案款管理系统",
    "第二届",
    "第二天",
    "“十四五”规划",
    "十四五",
    "全国两会",
    "一带一路",
    "四个意识",
    "两个维护",
    "中央八项规定精神",
    "《十条措施》《十条严禁》",
    "“我为群众办实事•走千村进万户”",
    "“品质民生百件实事”",
    "全面应用“宣城七大调解法”",
    "一乡一村一调解组织",
    "第一书记",
    "第一时间",
    "一、",
    "（二）",
    "3.",
    "一个电话",
    "一批",
    "百岁老人",
    "千家万户",
    "十分重要",
    "零部件",
    "二期工程",
    "十三届三次会议",
    "十三届全国人大三次会议审议《全国人民代表大会关于建立健全香港特别行政区维护国家安全",  # rmrb 20200523-09-05
    "市人大常委会三次会议通过",
    "“内外贸同样重要，两条腿走路更稳妥”",  # rmrb-pdf 20251020
    "弘扬和平共处五项原则，加强在国际事务中的协调",  # 新闻联播 2024
    "东塘社区融科三万英尺小区，黄秉堃",  # rmrb 20200514-14-01
    "第一至五批",
    "5G基站",
    "PM2.5",
    "三年行动计划",
    "半月一通报、一月一汇报",
    "市、县、乡、村四级综治中心",
]


@pytest.mark.parametrize("text", SLOGANS)
def test_slogans_and_names_are_not_figures(text: str) -> None:
    assert find_quantities(text) == []


def test_estates_counted_are_figures() -> None:
    [(start, end, estates)] = find_quantities("全市建成三万个小区")
    assert (start, end, estates.value, estates.unit) == (4, 7, 30000, "个")


def test_meetings_counted_are_figures_but_sessions_are_not() -> None:
    [(start, end, meetings)] = find_quantities("市人大常委会召开三次会议")
    assert (start, end, meetings.value, meetings.unit) == (8, 10, 3, "次")


NOT_FIGURES = [
    "2017年，岳阳市被评为",  # a year
    "2016年至2020年，",  # a period
    "12月15日，平安中国",  # a date
    "近两年，",  # a period
    "三年来，",  # a period
    "计划今明两年制定修改法律",  # this year and next (rmrb 20200522-04-03): a period
    "命案十万人发案数保持全省最少",  # a rate base
    "每万人拥有",  # a rate base
    "早上8时30分",  # a clock time
    "2020年度省民调",  # a date
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_dates_periods_and_rates_are_not_figures(text: str) -> None:
    assert find_quantities(text) == []


# --- the number parser ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("104147.31万元", 1041473100, "元", None),
        ("128.72万元", 1287200, "元", None),
        ("134.9万亿元", 134900000000000, "元", None),
        ("1256万人", 12560000, "人", None),
        ("三成", 30, "%", None),
        ("七成以上", 70, "%", "at_least"),
        ("近十万人", 100000, "人", "approx"),
        ("近10万人", 100000, "人", "approx"),
        ("35%以上", 35, "%", "at_least"),
        ("全省第一", 1, "rank", None),
        ("名列第一", 1, "rank", None),
        ("位居全国前三", 3, "rank", "at_most"),
        ("十多分钟", 10, "分钟", "at_least"),
        ("30余个", 30, "个", "at_least"),
        ("约10.4亿元", 1040000000, "元", "approx"),
        ("超过10亿元", 1000000000, "元", "at_least"),
        ("逾千人", 1000, "人", "at_least"),
        ("上百家", 100, "家", "at_least"),
        ("不足5%", 5, "%", "at_most"),
        ("不到三岁", 3, "岁", "at_most"),
        ("3天左右", 3, "天", "approx"),
        ("大约200名", 200, "名", "approx"),
        ("将近两年", 2, "年", "approx"),
        ("百分之三十", 30, "%", None),
        ("1万多人", 10000, "人", "at_least"),
        ("100多万元", 1000000, "元", "at_least"),
        ("十几个", 10, "个", "at_least"),
        ("两三个", 2, "个", "approx"),
        ("3个多月", 3, "个月", "at_least"),
        ("0.5个百分点", 0.5, "百分点", None),
        ("3.5倍", 3.5, "倍", None),
        ("1,234人", 1234, "人", None),
        ("１２３人", 123, "人", None),
        ("5000元/吨", 5000, "元/吨", None),
        ("30天", 30, "天", None),
        ("50万人次", 500000, "人次", None),
        ("20万亩", 200000, "亩", None),
        ("一百项", 100, "项", None),
        ("1041473100", 1041473100, None, None),
        # the 1956 work report: full-width digits grouped by ，
        ("２７，２０３，３１９，０００元", 27203319000, "元", None),
        ("十万", 100000, None, None),
    ],
)
def test_parse_quantity(
    text: str, value: int | float, unit: str | None, qualifier: str | None
) -> None:
    assert parse_quantity(text) == Quantity(value, unit, qualifier, parse_quantity(text).kind)
    assert parse_quantity(text).value == value and type(parse_quantity(text).value) is type(value)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("104147.31万元", "money"),
        ("35%以上", "percent"),
        ("3天", "duration"),
        ("全省第一", "rank"),
        ("5565件", "count"),
    ],
)
def test_quantity_kind(text: str, kind: str) -> None:
    assert parse_quantity(text).kind == kind


@pytest.mark.parametrize(
    "text", ["", "平安建设", "2017年", "12345热线", "近两年", "3天和5天", "十九届六中全会"]
)
def test_parse_quantity_none(text: str) -> None:
    assert parse_quantity(text) is None


def test_ranges_give_two_bounds() -> None:
    def read(text: str) -> list[Row]:
        return [(text[s:e], q.value, q.unit, q.qualifier) for s, e, q in find_quantities(text)]

    assert read("3至5年") == [("3", 3, "年", "at_least"), ("5年", 5, "年", "at_most")]
    assert read("20%-30%") == [("20%", 20, "%", "at_least"), ("30%", 30, "%", "at_most")]
    assert read("5～10万元") == [
        ("5", 50000, "元", "at_least"),
        ("10万元", 100000, "元", "at_most"),
    ]
    # a change, not a range
    assert read("从2人到5人") == [("2人", 2, "人", None), ("5人", 5, "人", None)]


def test_thirty_days_within() -> None:
    assert [(q.value, q.unit, q.qualifier) for _, _, q in find_quantities("30日内办结")] == [
        (30, "日", None)
    ]
    assert find_quantities("30日召开") == []


def _figures(text: str) -> list[tuple[str, int | float, str | None]]:
    return [(text[s:e], q.value, q.unit) for s, e, q in find_quantities(text)]


def test_phases_counted_and_phases_numbered() -> None:
    # 新闻联播 2024-04-15, 2024-06-29: 分三期, 连续实施三期 count; 一期工程 is the first phase
    assert _figures("广交会于4月15日—5月5日分三期举办线下展。") == [("三期", 3, "期")]
    assert _figures("国家连续实施三期学前教育行动计划。") == [("三期", 3, "期")]
    assert _figures("南水北调东线一期工程全面通水。") == []


def test_full_width_digits_grouped_by_a_full_width_comma() -> None:
    # the 1956 work report: one amount, not its last group (０００元 = 0 元); a list of
    # single full-width digits is no grouped number
    text = "１９５５年本年收入合计２７，２０３，３１９，０００元，加上上年结转收入３，１５４，６５７，０００元。"
    assert _figures(text) == [
        ("２７，２０３，３１９，０００元", 27203319000, "元"),
        ("３，１５４，６５７，０００元", 3154657000, "元"),
    ]
    assert find_quantities("有３，５个人") == []


def test_ascii_digits_grouped_by_a_full_width_comma() -> None:
    # the 1981 work report writes thousands with ，: 62，000万吨 is one amount, not 0 万吨;
    # a lead of four digits (a year) or a group of one digit is no grouped number
    text = "煤炭产量62，000万吨，比1980年预计增加1，000万吨；肉类产量1，062万吨。重大科学技术成果3，000多项。"
    assert _figures(text) == [
        ("62，000万吨", 620000000, "吨"),
        ("1，000万吨", 10000000, "吨"),
        ("1，062万吨", 10620000, "吨"),
        ("3，000多项", 3000, "项"),
    ]
    assert _figures("分别增长8，9个百分点。2019，100家企业复工。") == [("9个百分点", 9, "百分点"), ("100家", 100, "家")]


def test_a_number_with_a_leading_zero_is_no_figure() -> None:
    # policies.jsonl record 184 (gold_blind84 04), whose years are garbled (0402年起, 0403年底前),
    # and rmrb 20200524-14-03's train number (0416次列车); a decimal below one stays
    text = "0402年起，实施一批数字博物馆。0416次列车装载着60个集装箱。增长0.3个百分点。"
    assert _figures(text) == [("60个", 60, "个"), ("0.3个百分点", 0.3, "百分点")]


def test_counts_of_people_without_a_measure_word() -> None:
    # rmrb 20200528 (Hong Kong), the 2020 work report: a number, a few characters of
    # description, then a noun for people; 人民币 is money, and energy is in 度 (kWh)
    assert _figures("是包括750万香港同胞在内的14亿中国人民的香港。") == [
        ("750万", 7500000, "人"),
        ("14亿", 1400000000, "人"),
    ]
    assert _figures("对874万高校毕业生，实行企业扩招。") == [("874万", 8740000, "人")]
    assert _figures("投资500万人民币。") == [("500万人民币", 5000000, "元")]
    assert _figures("累计发电量已突破1万亿度。") == [("1万亿度", 1000000000000, "度")]


def test_units_of_mines_and_cameras() -> None:
    # policies doc 28 (gold_blind30 09): lengths, areas and outputs in Latin units; pixels
    text = "井田走向长7.12km，面积为9.7766km2，核定生产能力为1.50Mt/a，车速不低于 40km/h，200万像素。"
    assert _figures(text) == [
        ("7.12km", 7.12, "km"),
        ("9.7766km2", 9.7766, "km2"),
        ("1.50Mt/a", 1.5, "Mt/a"),
        ("不低于 40km/h", 40, "km/h"),
        ("200万像素", 2000000, "像素"),
    ]

# --- provenance on the real corpora --------------------------------------------------------




_SLOGAN_IN_FIGURE = re.compile(
    r"十九届|十四五|三高四新|双十条|一号改革|12345|四个铁一般|五大攻坚|八项规定"
)


def test_real_corpora_metrics_have_valid_offsets(shared_corpus_articles: list[Article]) -> None:
    # every figure of the whole shared corpus, as the suite's full index stores it
    checked = 0
    for article in shared_corpus_articles:
        assert_provenance(article, article.metrics)
        for m in article.metrics:
            assert not _SLOGAN_IN_FIGURE.search(m["text"]), m
        checked += len(article.metrics)
    assert checked > 30_000


def test_a_group_size_that_names_a_form_of_organization_is_no_figure() -> None:
    # 法治日报 2021-12-30 (the sample page): the 3 names the form, not a headcount.
    assert find_quantities("实行“组长+党员代表+群众代表”3人小组自治，保障群众参与权") == []
    assert [q.value for _, _, q in find_quantities("组建3人小组，开展排查")] == [3]


def test_unit_false_friends_and_the_two_overall_situations_are_no_figures() -> None:
    # 新闻联播 2024-04-23 (辽宁): 经济总量站上3万亿台阶; 2022 NPC resolution: 两个大局.
    assert find_quantities("经济总量站上3万亿台阶") == []
    assert find_quantities("统筹中华民族伟大复兴战略全局和世界百年未有之大变局这两个大局") == []
    assert find_quantities("统筹两个大局") == []
    assert [q.value for _, _, q in find_quantities("新增5台设备")] == [5]
    # rmrb 20200518-05-02 (gold_blind105 03): 等候110处理, the hotline and a verb
    assert find_quantities("后郭某在等候110处理时因心脏骤停死亡") == []
    assert [q.value for _, _, q in find_quantities("设立5处服务点")] == [5]



def test_chapters_of_a_law_or_a_book() -> None:
    # 新闻联播 2024-03-19 (gold_blind108 08), rmrb 20200523-06-01: chapters count; 第7章
    # is an ordinal and 约法三章 an idiom
    assert _figures("《条例》共7章53条。第一编共10章、204条。") == [
        ("7章", 7, "章"), ("53条", 53, "条"), ("10章", 10, "章"), ("204条", 204, "条"),
    ]
    assert _figures("详见第7章。双方约法三章。") == []


def test_a_zone_named_by_its_travel_time_is_no_figure() -> None:
    # 新闻联播 2024-06-04 (gold_blind107 08), 2024-02-27: 1小时生活圈, 3小时高铁圈 and
    # 1—1.5小时交通圈 name zones; a count of such zones and a time before 圈定 stay figures
    assert _figures("长三角半小时通勤圈、1小时生活圈、3小时高铁圈加快形成。") == []
    assert _figures("京津冀主要城市1—1.5小时交通圈基本形成。") == []
    assert _figures("新增覆盖1万个1小时生活圈。工作3小时后圈定范围。") == [("1万个", 10000, "个"), ("3小时", 3, "小时")]


def test_a_duration_that_is_cut_is_a_figure_after_a_period_word() -> None:
    # 新闻联播 2024-04-16 (gold_blind106 06), 2024-04-02, 2024-06-27: a duration that is cut
    # is a figure after 近 or 目前 too; 近两年来 stays a period
    assert _figures("通行时间将从近2小时压缩至1小时左右。") == [("近2小时", 2, "小时"), ("1小时左右", 1, "小时")]
    assert _figures("南宁至凭祥将从目前4个多小时缩短至1个多小时。") == [
        ("4个多小时", 4, "小时"), ("1个多小时", 1, "小时"),
    ]
    assert _figures("近两年来，收入增长。") == []


def test_sports_results_medals_times_and_race_names() -> None:
    # 新闻联播 2024-02-16: race times in seconds, medal counts; race names are no figures
    text = (
        "在男子100米自由泳决赛中，19岁的中国选手潘展乐以47秒53的成绩夺得冠军。随后，在女子"
        "4×200米自由泳接力决赛中，中国队以7分47秒26的成绩再夺一金。中国队已取得了20金7银2铜的成绩。"
    )
    assert _figures(text) == [
        ("19岁", 19, "岁"),
        ("47秒53", 47.53, "秒"),
        ("7分47秒26", 467.26, "秒"),
        ("一金", 1, "金"),  # a medal after a verb of winning (gold_blind62 05: 摘得一金)
        ("20金", 20, "金"),
        ("7银", 7, "银"),
        ("2铜", 2, "铜"),
    ]
    # 新闻联播 2024-01-28: 北欧两项 and 冬季两项 are sports; 3枚 is a count
    assert _figures("北欧两项的比赛在国家冬季两项中心结束，黑龙江队包揽了全部3枚金牌。") == [
        ("3枚", 3, "枚")
    ]
    # 新闻联播 2024-01-21, rmrb 2020-05-04: a medal after a verb, hardware in a list
    assert _figures("中国队再摘两金一银。") == [("两金", 2, "金"), ("一银", 1, "银")]
    assert _figures("参展商品涵盖医疗器械、建材五金、办公用品。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 2020-05-05 01-04, 2020-05-09 01-06, 2020-05-15 12-01; 新闻联播 2024-06-29,
        # 2024-02-23, 2024-03-31: a duration written in parts is one figure in its smallest unit
        ("几位穿好防护雨衣的工人，翻爬进去。1分40秒后，他们将下到299米深的竖井底部",
         [("1分40秒", 100, "秒"), ("299米", 299, "米")]),
        ("发射场发射升空，在轨飞行2天19小时，完成了多项空间科学实验", [("2天19小时", 67, "小时")]),
        ("传到地球需要8分20秒，所以我们此刻看到的是8分20秒之前的太阳。",
         [("8分20秒", 500, "秒"), ("8分20秒", 500, "秒")]),
        ("武威东至兰州西站最快1小时56分可达", [("1小时56分", 116, "分钟")]),
        ("河北队以1小时12分38秒9的成绩夺得冠军", [("1小时12分38秒9", 4358.9, "秒")]),
        ("两地铁路通行时间将从现在最快1小时44分钟缩短至50分钟左右。",
         [("1小时44分钟", 104, "分钟"), ("50分钟左右", 50, "分钟")]),
        # a qualifier read on a part is the whole's
        ("车程约1小时20分钟", [("约1小时20分钟", 80, "分钟")]),
        # rmrb 2020-05-20 19-01: a clock time is no duration
        ("3月6日23时59分56秒，燕山石化熔喷布生产线一次试车成功", []),
        # around the clock, not 8,784 hours
        ("全年365天24小时不间断服务", [("365天", 365, "天"), ("24小时", 24, "小时")]),
    ],
)
def test_a_duration_written_in_parts_is_one_figure(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _figures(text) == expected


def test_containers_and_rainfall_units() -> None:
    # 新闻联播 2024-02-16, 2024-04-18
    assert _figures("运送货物16万标箱，同比增长10%。") == [
        ("16万标箱", 160000, "标箱"),
        ("10%", 10, "%"),
    ]
    assert _figures("局地累计降雨量超过400毫米。") == [("超过400毫米", 400, "毫米")]


def test_a_bare_hundred_or_thousand_and_more_generations_and_steps() -> None:
    # rmrb 20200530-08-03, rmrb-pdf 2025-10-20: 百余年, 千余立方米, 10多道, 三代
    assert _figures("护坡石材千余立方米，迄今已有百余年历史。") == [
        ("千余立方米", 1000, "立方米"),
        ("百余年", 100, "年"),
    ]
    assert _figures("经过10多道工序，祖孙三代做这件事。") == [("10多道", 10, "道"), ("三代", 3, "代")]
    # ... but not a period, an idiom, a technology's generation or a road
    assert _figures("百多年来，有人说三道四。“华龙一号”等三代压水堆核电技术。科目三道路驾驶技能考试。") == []


def test_a_numeral_in_a_place_name_is_no_figure() -> None:
    # rmrb 20200530-08-03: 八亩墩 is the tomb's popular name
    assert _figures("安吉龙山107号古墓葬（俗称八亩墩），占地约八亩。") == [("约八亩", 8, "亩")]


def test_data_rates_and_volumes() -> None:
    # policies.jsonl record 166 (gold_blind56 09), rmrb 20200505-02-01
    text = "城市家庭带宽接入能力不低于20Mbps，全省宽带网络出口达到6640Gbps，人均流量达到9.5GB。"
    assert [(text[s:e], q.value, q.unit, q.qualifier) for s, e, q in find_quantities(text)] == [
        ("不低于20Mbps", 20, "Mbps", "at_least"),
        ("6640Gbps", 6640, "Gbps", None),
        ("9.5GB", 9.5, "GB", None),
    ]
    assert find_quantities("信息技术 射频识别 2.45GHz 空中接口协议，5G网络。") == []


def test_a_numeral_opening_an_idiom_or_set_phrase_is_no_figure() -> None:
    # rmrb 20200506-09-01 (gold_blind53 02), 20200520-01-02, 20200526-18-01: words the
    # dictionary knows whole; a period marker (一年多来) still counts
    text = "我们党依靠人民推翻了三座大山。不能三天打鱼两天晒网。按照“产学研用”四位一体的模式，建成3座水库。"
    found = find_metrics(ArticleContext(paragraphs=[text], date="2020-05-06"))
    assert [(m["text"], m["value"], m["unit"]) for m in found] == [("3座", 3, "座")]
    found = find_metrics(ArticleContext(paragraphs=["一年多来，常委会审议法律案。"], date="2020-05-26"))
    assert [(m["text"], m["value"], m["unit"]) for m in found] == [("一年多", 1, "年")]


def test_an_estate_named_again_without_its_suffix_holds_no_figure() -> None:
    # rmrb 20200514-14-01: 融科三万英尺小区, then 融科三万英尺 alone
    paragraphs = [
        "在湖南长沙市雨花区东塘街道东塘社区融科三万英尺小区，黄秉堃是节水模范。",
        "就在上周，包括融科三万英尺在内，长沙已有24个居民小区获评节水型小区。",
    ]
    places = find_places(paragraphs, None)
    main = main_place(places)
    ctx = ArticleContext(paragraphs, None, "2020-05-14", places, main["name"] if main else None)
    assert [m["text"] for m in find_metrics(ctx)] == ["24个"]


def test_policy_text_with_spaces_and_negated_comparatives() -> None:
    # policies.jsonl (2023-12-19, 2021-11): numbers set apart by spaces, 不少于 is at least
    text = "推动超过 50 项适老化技术实现共享"
    assert [(text[s:e], q.value, q.unit, q.qualifier) for s, e, q in find_quantities(text)] == [
        ("超过 50 项", 50, "项", "at_least")
    ]
    found = find_quantities("申请发明专利不少于 5 项，遴选 10 个以上案例。")
    assert [(q.value, q.unit, q.qualifier) for _, _, q in found] == [
        (5, "项", "at_least"),
        (10, "个", "at_least"),
    ]
    # ... but not a figure number, an edition's year, a page or a section number
    assert find_quantities("结构如图 12 所示，见（2022 版）第 01 版。1.3 场景驱动的产品") == []
    # nor a report set digit by digit (1998 government work report)
    assert find_quantities("1 9 9 7 年钢产量") == []


def test_halves_people_households_nights_and_vehicle_trips() -> None:
    # rmrb 20200504-02-02, 20200527-17-01: a half is 50 %
    assert _figures("牵头的大户退出一半，村民也着了慌。") == [("一半", 50, "%")]
    assert [(t, v, u) for t, v, u in _figures("其中党员超过一半。")] == [("超过一半", 50, "%")]
    assert find_quantities("其中党员超过一半。")[0][2].qualifier == "at_least"
    # ... not the halves of a figure of speech
    assert _figures("一半江水一半火焰。") == []
    # rmrb 20200506-12-03, 20200510-02-08: 两个人 are two people, 六口人 a household of six
    assert _figures("住了3晚，两晚都遇暴风雪。我和队友两个人分了1个苹果。") == [
        ("3晚", 3, "晚"),
        ("两晚", 2, "晚"),
        ("两个人", 2, "人"),
        ("1个", 1, "个"),
    ]
    assert _figures("一家六口人，仅有两亩地。") == [("六口人", 6, "人"), ("两亩", 2, "亩")]
    # ... but 28个|人口较少民族 and 10759个|人民法庭 count 个
    assert _figures("毛南族是我国28个人口较少民族之一。发挥10759个人民法庭作用。") == [
        ("28个", 28, "个"),
        ("10759个", 10759, "个"),
    ]
    # 新闻联播 2024-02-11: vehicle trips; NSFC guide 2020: a length in characters
    assert _figures("车辆达2.1万辆次。字数控制在2000字以内。") == [
        ("2.1万辆次", 21000, "辆次"),
        ("2000字以内", 2000, "字"),
    ]



def _periods(paragraph: str) -> list[tuple[str, str | None]]:
    ctx = ArticleContext(paragraphs=[paragraph], date="2024-05-31")
    return [(m["text"], m["period"]) for m in find_metrics(ctx)]


def test_a_word_of_the_present_ends_an_earlier_period() -> None:
    # 新闻联播 2024-05-31: the school opened in 2005年9月; 287 pupils are today's
    assert _periods("2005年9月学校正式投入使用，办学条件显著改善，现有在校小学生287名。") == [
        ("287名", None)
    ]
    # ... but a cut-off date sets the present (rmrb 20200501-02-07), and 现有确诊病例 is a term
    assert _periods("截至4月29日24时，31个省区市现有确诊病例619例。") == [
        ("31个", "4月29日"),
        ("619例", "4月29日"),
    ]


# Real sentences and the figures read from them, as (text, value, unit).
FIGURE_SENTENCES = [
    # rmrb 20200510-02-08: 不足一亩; but not 只有一个中国 or 不到一个星期
    ("人均耕地不足一亩，产业基础脆弱。", [("不足一亩", 1, "亩")]),
    ("世界上只有一个中国。不到一个星期，活鱼就送到了。", []),
    # 新闻联播 2024-02-03: 中央纪委三次全会 is a session; policy 163: figure captions
    ("把中央纪委三次全会精神落到实处。", []),
    ("图 1 人工智能标准体系结构图\n图2人工智能标准体系框架图", []),
    ("常委会召开三次会议，共有3人参加。", [("三次", 3, "次"), ("3人", 3, "人")]),
    # 新闻联播 2024-06-27, rmrb 20200513-03-01, 20200525-06-02: power units, a foreign
    # currency, a rank before 大 (but 第三大队 is a police unit)
    (
        "装机容量16兆瓦，储能容量达1500兆瓦时，新增容量113.12万千伏安。",
        [("16兆瓦", 16, "兆瓦"), ("1500兆瓦时", 1500, "兆瓦时"), ("113.12万千伏安", 1131200, "千伏安")],
    ),
    (
        "该公司实现超过15亿埃镑的销售收入，使埃及成为世界第三大玻璃纤维生产国。",
        [("超过15亿埃镑", 1500000000, "埃镑"), ("世界第三", 3, "rank")],
    ),
    ("全市第三大队的民警。", []),
    # 1975 government work report, rmrb 20200508-01-06: 上百万人, 近千万人
    ("近千万人受益，动员了上百万人。", [("近千万人", 10000000, "人"), ("上百万人", 1000000, "人")]),
    # rmrb 20200521-03-02: 一个多月 is a duration; 一个多民族的国家 is not
    ("连续工作了一个多月。我国是一个多民族的国家。", [("一个多月", 1, "个月")]),
    # rmrb 20200507-12-05, 20200518-20-04 (gold_blind15 02, gold_blind14 03), xwlb
    # 2024-05-29: a length of time after a verb of lasting; not 这一年, 一年来, 近一个小时
    # (a period marker, as 近两年)
    ("中考较往年顺延了一个月。有事外出，歇业一周。在历时一年的教育整顿过程中。", [("一个月", 1, "个月"), ("一周", 1, "周"), ("一年", 1, "年")]),
    ("这一年时间可以让他们提升。一年来变化很大。打了近一个小时。", []),
    # rmrb 20200515 (gold_blind40 01), 2020-05 (gold_blind42 10): 为期 measures a length
    # of time; a day only after such a word (not 开始了一天的工作)
    ("最高检部署开展为期一年的信访积案清理活动。这份为期一个月的实习。", [("一年", 1, "年"), ("一个月", 1, "个月")]),
    ("员工开始了一天的忙碌。", []),
    # xwlb 2024 (gold_blind39 03), rmrb 2020-05 (gold_blind35 05, gold_blind42 10): points
    # of growth, pictures and passages; 八段锦 is an exercise's name
    ("增长面比上个月扩大超过20个点。收窄了8.3个点。", [("超过20个点", 20, "个点"), ("8.3个点", 8.3, "个点")]),
    ("还收入图片45幅。薛同学已经拥有6段实习经历。开始学习八段锦。", [("45幅", 45, "幅"), ("6段", 6, "段")]),
    # government work reports 1960, 1975; rmrb 20200517-07-02; policies.jsonl record 200
    # (gold_blind34 08): slogans, and a year before its month is a date, however odd
    ("发挥中央和地方两个积极性。这是四十条纲要的中心。", []),
    ("1520年4月6日，意大利著名画家拉斐尔逝世。有效期至5355年65月06日。", []),
    # rmrb 20200517-06-01 (gold_blind40 03): how far an act went
    ("岂料话说了一半，语音终端开始出现强烈杂音。", []),
    # rmrb 20200501-04-01 (gold_blind35 02): a saying
    ("配文“开饭，一碗不够就两碗。”", []),
    # policies.jsonl 172 (gold_blind50 10), xwlb 2024-02-20: the tenor in a rate's name
    ("参照银行１年期贷款基准利率给予补贴。5年期以上贷款市场报价利率为3.95%。", [("3.95%", 3.95, "%")]),
    # xwlb 2024-03-18 (gold_blind47 07): a count of provinces and municipalities
    ("南来之水已成为沿线7省市40多座大中城市的主力水源。", [("7省市", 7, "省市"), ("40多座", 40, "座")]),
    # xwlb 2024-05-20 (gold_blind47 05): 首位 is rank 1 after a scope or a ranking verb;
    # 放在首位 is no rank
    ("煤制油连续3年超过400万吨，位居全国首位。把人民生命安全放在首位。", [("3年", 3, "年"), ("超过400万吨", 4000000, "吨"), ("位居全国首位", 1, "rank")]),
    # xwlb 2024-01-19, 2024-03-16 (gold_blind48 06, gold_blind47 06): a named set of
    # documents, and an idiom
    ("两国领导人重申恪守中日四个政治文件的原则和共识。全面从严治党十年磨一剑。", []),
    # xwlb 2024-01-30 (gold_blind51 06): the army's centenary goal is a name
    ("全力打好实现建军一百年奋斗目标攻坚战。", []),
    # xwlb 2024-03-13, 2024-03-18 (gold_blind34 05, gold_blind23 05), rmrb 2020-05
    # (gold_blind22 04): the largest is a rank without a scope; a place after a ranking
    # verb is one
    ("东盟是我国第一大贸易伙伴。水稻生产第一大省湖南。", [("第一", 1, "rank"), ("第一", 1, "rank")]),
    ("海淀区地区生产总值已连续四年居北京市第一。", [("四年", 4, "年"), ("北京市第一", 1, "rank")]),
    ("国测一大队（自然资源部第一大地测量队）。目前五大黑臭水体整治工程已完成。", []),
    # rmrb 2025-10-20 (gold_blind35 10), rmrb 20200514-02-03 (gold_blind38 03), rmrb
    # 20200510-06-02 (gold_blind36 02): compound units, a concentration, a rank a verb
    # of rising gives, a year and more; not 一年比一年多 (a comparison)
    (
        "列车2.7万列次、船舶11.4万艘次；签发证件58.4万证次。PM2.5浓度为36微克/立方米。",
        [("2.7万列次", 27000, "列次"), ("11.4万艘次", 114000, "艘次"), ("58.4万证次", 584000, "证次"), ("36微克/立方米", 36, "微克/立方米")],
    ),
    ("中国的排名提升至第十四位。回顾一年多的创作历程。蓝天一年比一年多起来。", [("排名提升至第十四位", 14, "rank"), ("一年多", 1, "年")]),
    # policy 92, 新闻联播 2024-03-03: 过亿元; 超半数 is more than half
    (
        "培育5家年产值过亿元的供应商，占比超半数。",
        [("5家", 5, "家"), ("过亿元", 100000000, "元"), ("超半数", 50, "%")],
    ),
    # rmrb 20200518-19-02: 57公斤级 is a wrestling class; 12公斤 is a weight
    ("女子57公斤级选手，每天负重12公斤训练。", [("12公斤", 12, "公斤")]),
    # gov work report 2018, 2001: 翻一番 is twice, 翻两番 four times; 三番五次 is no figure
    ("技术交易额翻了一番。国民生产总值翻两番。三番五次。", [("翻了一番", 2, "倍"), ("翻两番", 4, "倍")]),
    # rmrb 20200507-12-05, 20200507-05-05, 20200513-20-01: a half after the unit
    (
        "线上学习了两个半月，支教了一年半，开车要2个半小时。",
        [("两个半月", 2.5, "个月"), ("一年半", 1.5, "年"), ("2个半小时", 2.5, "小时")],
    ),
    # rmrb 2025-10-20, 新闻联播 2024-05-16, rmrb 20200503-04-02: a half year or month on its
    # own; not 上半年, a period (半年多来), a saying (糠菜半年粮) or a frequency (半月一通报)
    (
        "装修那半年很忙。距离“三夏”仅剩半月。参加工作不到半年。上半年增长5%。",
        [("半年", 0.5, "年"), ("半月", 0.5, "月"), ("不到半年", 0.5, "年"), ("5%", 5, "%")],
    ),
    ("半年多来，两国交往密切。别管吃什么，半年糠菜半年粮也好。问题半月一通报。", []),
    # rmrb 20200518-20-01 (gold_blind19 03): doors counted by 扇
    ("七扇不同颜色的铁门，将区域分隔得严严实实。", [("七扇", 7, "扇")]),
    # rmrb 20200503-01-06 (gold_blind20 04): bowls and cups; a bare 亿 as a threshold;
    # 十碗席 is a banquet's name
    (
        "现在每天要做1000多碗面，一天可卖1000多杯饮品，全市亿元以上项目全面复工。品尝十碗席。",
        [("1000多碗", 1000, "碗"), ("1000多杯", 1000, "杯"), ("亿元以上", 100000000, "元")],
    ),
    # the 1960 government work report (gold_blind21 09): a year in Chinese digits is no
    # duration; 头 counts after a numeral with a scale (not 九头牛); farm households;
    # 百分之 with a decimal and a lone 二
    (
        "按照一九五六年到一九六七年纲要，全年养猪二亿七千万头，全国一亿二千万农户。九头牛。",
        [("二亿七千万头", 270000000, "头"), ("一亿二千万农户", 120000000, "户")],
    ),
    ("零售物价上涨百分之二点九，损失率降低到百分之二以下。", [("百分之二点九", 2.9, "%"), ("百分之二以下", 2, "%")]),
    # rmrb 2025-10-20 (gold_blind25 10): basis points; more than half; not 年过半百
    (
        "利率比上年同期低约25个基点，制造业贷款占比过半。年过半百的村医。",
        [("约25个基点", 25, "个基点"), ("过半", 50, "%")],
    ),
    # rmrb 20200515-12-04 (gold_blind24 01): course sessions (门次)
    ("在线开出了107万门课程，合计1226万门次课程。", [("107万门", 1070000, "门"), ("1226万门次", 12260000, "门次")]),
    # policies doc 204 (gold_blind23 09): a bare 万 as a threshold of firms or people
    ("力争科技型企业群体达到万家以上，建设万人以上的城市。", [("万家以上", 10000, "家"), ("万人以上", 10000, "人")]),
    # 新闻联播 2024-05-18 (gold_blind22 07): courses counted by 门; 五花八门 is an idiom
    ("围绕《条例》开发7门精品纪律教育课程。商品五花八门。", [("7门", 7, "门")]),
    # policies doc 149 (gold_blind19 08): a version and a plan named after its span
    ("深化完善人民法院信息化3.0版的建设，以信息化建设五年发展规划为指导。", []),
    # 新闻联播 2024-06-22 (gold_blind61 07), rmrb 20200503-01-02: kilometres written 千米
    # are kilometres, not a scale 千 and metres
    ("累计整治修复海岸线近1680千米。隧道全长21.775千米。", [("近1680千米", 1680, "千米"), ("21.775千米", 21.775, "千米")]),
    # rmrb 20200526-18-01, 新闻联播 2024-02-19: a minus sign before a temperature (not a
    # range's dash after a number)
    ("满足超低温（-269℃）环境。最低气温降至-52.3℃。气温10℃-20℃。", [("-269℃", -269, "℃"), ("-52.3℃", -52.3, "℃"), ("10℃", 10, "℃"), ("20℃", 20, "℃")]),
    # rmrb 20200508-06-01 (gold_blind59 03): a lone 一 before a length of time and 不到
    ("全国口罩日产量一个月不到就翻番。搞不到一块。", [("一个月", 1, "个月")]),
    # 新闻联播 2024-01-20, 2024-06-15 (gold_blind62 05, 08), rmrb 20200507-19-02 (gold_blind61
    # 03): a medal after a verb of winning, a length of time with 时间, a prison term;
    # not 一诺千金
    (
        "中国队摘得一金两银。曾一年时间内4次考察黄河。判处有期徒刑一年。一诺千金。",
        [("一金", 1, "金"), ("两银", 2, "银"), ("一年", 1, "年"), ("4次", 4, "次"), ("一年", 1, "年")],
    ),
    # 新闻联播 2024-06-09 (gold_blind60 07), rmrb-pdf 2025-10-20 (gold_blind34 10): a
    # placing written with 名 is a rank on its own; 前十名 is at most 10th; not a person
    # counted in order (第8名恐袭事件嫌疑人)
    (
        "顺德乐从队夺得100米预赛第一名，中国首次跻身前十名。法院批准对第8名恐袭事件嫌疑人的审判。",
        [("第一名", 1, "rank"), ("前十名", 10, "rank")],
    ),
    # 新闻联播 2024-04-29 (gold_blind58 08): an exhibition named after the years it spans;
    # policies doc 102 (gold_blind58 09): 四类案件, a term of court management; rmrb
    # 20200507-19-02 (gold_blind61 03): 两高两部, the two high courts and two ministries
    (
        "中国8000年龙文化精品文物展开展。筹备历时3年的书画展览。推进四类案件自动标识。两高两部迅速联合出台意见。",
        [("3年", 3, "年")],
    ),
    # rmrb 20200513-18-01, 20200527-11-01 (gold_blind65 03, gold_blind66 03): an idiom, and a
    # set of things named by its number (老三件); three things done are counted (20200507-16-08)
    (
        "被誉为“中国天眼”的500米口径球面射电望远镜FAST，已发现超900颗新脉冲星。建设了8.2米口径的甚大望远镜。",
        [("超900颗", 900, "颗"), ("8.2米", 8.2, "米")],
    ),
    # rmrb 20200518-01-01, 新闻联播 2024-01-04: 成千上万, 成百上千 say "a great many"
    ("每天数十万家商铺恢复营业，成千上万家制造业企业复工运行。在霍尔果斯口岸，每天都有成百上千辆整车出口。", []),
    (
        "在徐健效看来，板凳要坐十年冷。“以前我们看病用老三件——体温表、血压表和听诊器。这三件事，刘义权用一生在谱写。",
        [("三件", 3, "件")],
    ),
    # rmrb 20200527-17-01, 20200517-02-02 (gold_blind26 02, 01): a half day, goggles
    # counted by 副 (not 名副市长), a lone 一 before a duration with 以上
    (
        "30名工人用了4天半时间，捐赠近4万副护目镜，携带满足一周以上工作需要的物资。3名副市长出席。",
        [("30名", 30, "名"), ("4天半", 4.5, "天"), ("近4万副", 40000, "副"), ("一周以上", 1, "周"), ("3名", 3, "名")],
    ),
    # 新闻联播 2024-01-25, policies doc 220 (gold_blind27 06, 08), rmrb 20200527-05-02:
    # half an hour; 亿 after a bare 千 or 万; not a cluster (集群) or projects (项目)
    (
        "半个小时不到，隐患就排除了。开车半小时就到。长三角半小时通勤圈。规模超万亿元，营收过千亿元。产值超千亿集群。总额超百亿项目6个，完成12项目标。",
        [
            ("半个小时不到", 0.5, "小时"),
            ("半小时", 0.5, "小时"),
            ("超万亿元", 1000000000000, "元"),
            ("过千亿元", 100000000000, "元"),
            ("6个", 6, "个"),
            ("12项", 12, "项"),
        ],
    ),
    # policies docs 220, 212 (gold_blind27 08): computing power
    ("全省算力规模达到14EFlops，智能算力规模突破3500PFlops。", [("14EFlops", 14, "EFlops"), ("3500PFlops", 3500, "PFlops")]),
    # policies doc 218 (gold_blind28 08): the same in capitals, and storage
    ("算力总规模达到12EFLOPS，存储总量达到10EB。", [("12EFLOPS", 12, "EFLOPS"), ("10EB", 10, "EB")]),
    # rmrb 20200514-17-01, 20200508-17-05 (a new-user run): more currencies
    ("纾困计划规模达1.9万亿泰铢，州政府投入100万雷亚尔。", [("1.9万亿泰铢", 1900000000000, "泰铢"), ("100万雷亚尔", 1000000, "雷亚尔")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_figures_in_real_sentences(text: str, expected: list[tuple[str, int | float, str]]) -> None:
    assert _figures(text) == expected


def test_a_numeral_inside_a_program_name_is_no_figure() -> None:
    # xwlb 20240515: 长江十年禁渔 is a campaign's name; 三年多 is how long it has run
    from corpus_tool.extract.programs import find_programs

    paragraphs = ["水生生物资源恢复向好，见证了长江十年禁渔三年多来的阶段性成果。"]
    ctx = ArticleContext(paragraphs, None, "2024-05-15")
    ctx.programs = find_programs(ctx)
    assert [p["name"] for p in ctx.programs] == ["长江十年禁渔"]
    assert [m["text"] for m in find_metrics(ctx)] == ["三年多"]


def test_a_short_name_the_text_defines_is_no_figure_where_it_recurs() -> None:
    # policies.jsonl record 188 (gold_blind57 10): the three centres are given a short name
    # and called by it from then on; a count of other things stays a figure
    from tests.test_people import sentence

    text = (
        "规范华为（济南）软件开发云创新中心、华为（济南）人工智能创新中心（以下简称“三个创新中心”）运营，"
        "引导企业合理申请、使用三个创新中心服务资源，每年支持三个项目。"
    )
    assert [(m["text"], m["value"]) for m in find_metrics(sentence(text))] == [("三个", 3)]
    assert text.count("三个") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新闻联播 2024-02-06, 2024-01-27, 2024-04-?; rmrb 20200510-03-01, 20200510-07-01;
        # the 1956 work report: units that were read as bare numbers
        ("投运后，预计每年发电量可达10亿度，可满足52.6万户家庭用电", [("10亿度", 1000000000, "度"), ("52.6万户", 526000, "户")]),
        ("在零下30多度的天气里", [("零下30多度", -30, "度")]),
        ("酒汗有七十度", [("七十度", 70, "度")]),
        ("需求量较2023年将增加225万桶，达到1.04亿桶。", [("225万桶", 2250000, "桶"), ("1.04亿桶", 104000000, "桶")]),
        ("美国提供逾66亿只口罩、3.44亿双外科手套", [("逾66亿只", 6600000000, "只"), ("3.44亿双", 344000000, "双")]),
        ("园区单日订单处理能力达到160万单。", [("160万单", 1600000, "单")]),
        ("到11月，全市造船完工量288.4万载重吨", [("288.4万载重吨", 2884000, "载重吨")]),
        ("棉花产量达到３，０３６万担，完成年度计划的１１７％", [("３，０３６万担", 30360000, "担"), ("１１７％", 117, "%")]),
        # the 2021 work report, rmrb 20200506-13-02: 万多亿 is more than so many 万亿
        ("贷款余额增长8.5%，新增4万多亿元。", [("8.5%", 8.5, "%"), ("4万多亿元", 4000000000000, "元")]),
        ("基本养老保险基金累计结余5万多亿元", [("5万多亿元", 5000000000000, "元")]),
        # not counts: 一度 and 两度 say "once" and "twice"; 3单元 is a stairwell's number
        ("地震还一度造成约30万用户断电，他两度获得冠军", [("约30万", 300000, None)]),
        ("住在5号楼3单元", []),
    ],
)
def test_units_of_energy_oil_orders_pairs_ships_and_old_reports(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新闻联播 2024-06-04 (gold_blind67 06), 2024-02-05, rmrb 20200511-14-02: pairs of
        # trains a day, sister cities
        ("深圳、张家界往返香港的动车组列车6对，单日开行最高可达127对。", [("6对", 6, "对"), ("127对", 127, "对")]),
        ("国铁武汉局计划停运列车80.5对。江苏与63个国家缔结339对友城。", [("80.5对", 80.5, "对"), ("63个", 63, "个"), ("339对", 339, "对")]),
        # rmrb 20200511-04-06 (gold_blind68 04): 三五 ("three to five") and tenths of a yuan
        ("差的有三五单。报价虽然只有三四毛钱。每斤是5毛钱。", [("三五单", 3, "单"), ("三四毛钱", 3, "毛"), ("5毛钱", 5, "毛")]),
        # not the preposition after an appendix, a game's format, 项目, nor 三五成群
        ("在女子冰球3对3项目中获得铜牌。按照附1至附2对每个场景评估。游客三五成群。超七成群众选择绿色祭扫。", [("超七成", 70, "%")]),
    ],
)
def test_pairs_a_few_and_tenths_of_a_yuan(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _figures(text) == expected


def test_a_transmission_line_named_by_its_voltage() -> None:
    # 新闻联播 2024-03-15 (gold_blind71 07), 2024-04-04: the rating names the line; a design
    # voltage is a figure
    text = "国家电网陕北至安徽正负800千伏特高压直流输电工程开工建设。巴西美丽山±800千伏特高压直流输电项目。设计额定电压±800千伏。"
    assert _figures(text) == [("800千伏", 800, "千伏")]
    assert text.count("800千伏") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policy 186 (gold_blind74 09 area), policy 138: technical specifications
        ("信噪比达到70dB，绝对精度100Pa以内，连续工作时间大于240h。", [("70dB", 70, "dB"), ("100Pa以内", 100, "Pa"), ("240h", 240, "h")]),
        ("推出能效比超过1TOPS/w的芯片，成形效率大于450cm3/h。", [("超过1TOPS/w", 1, "TOPS/w"), ("450cm3/h", 450, "cm3/h")]),
        ("层次：925hPa、850hPa。车载无线电设备：26dBm。", [("925hPa", 925, "hPa"), ("850hPa", 850, "hPa"), ("26dBm", 26, "dBm")]),
        # rmrb 20200513-18-01, 新闻联播 2024-06-12: milliseconds and nanometres
        ("300毫秒以内计算出肿瘤细胞数量。数据仅需不到10毫秒就能传送到北京。集成电路实现14纳米工艺产业化。", [("300毫秒以内", 300, "毫秒"), ("不到10毫秒", 10, "毫秒"), ("14纳米", 14, "纳米")]),
        # not letters that run on (xwlb-2024h1, 34WIA-PA) nor a band's name
        ("见xwlb-2024h1目录。标准34WIA-PA。直连通信使用5905-5925MHz频段管理规定。", []),
    ],
)
def test_units_of_technical_specifications(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _figures(text) == expected


def test_slogans_of_two_civilizations_and_three_lists() -> None:
    # 新闻联播 2024-03-07 (gold_blind76 05), policy 165 (gold_blind75 10): slogans named by
    # their number; 两个文明古国 counts two countries
    text = "要重视抓好精神文明建设，两个文明一起抓。实施三张清单发布机制。中埃两个文明古国友好交往历史悠久。"
    assert _figures(text) == [("两个", 2, "个")]


def test_a_quoted_ranking_and_mount_wutai_are_names() -> None:
    # rmrb 20200507-05-01 (gold_blind75 04): a quoted ranking's title holds its count
    text = "人社部发布“2020年第一季度全国招聘求职100个短缺职业排行”，为就业市场提供参考。"
    assert _figures(text) == []
    # 五台山, 五台县 are places, and so is bare 五台 after a verb of dwelling or pilgrimage
    # (rmrb 20200509-05-02, gold_blind74 03: 舜耕历山，佛坐五台，道修恒山); 五台无人机 and
    # 买了五台 count machines
    assert _figures("游客登上五台山。佛坐五台，道修恒山。五台无人机一天能播种。他买了五台。") == [
        ("五台", 5, "台"),
        ("五台", 5, "台"),
    ]


def test_wudaokou_is_a_place() -> None:
    # 新闻联播 2024-05-27 (gold_blind82 07): a forum named after Beijing's 五道口
    text = "2024清华五道口全球金融论坛在北京开幕，五道口地区有3所高校。"
    assert _figures(text) == [("3所", 3, "所")]


def test_a_bare_scale_after_tupo_is_passed() -> None:
    # policies-central-shandong (gold_blind81 10), 新闻联播 2024-03-04, 2024-05-23
    text = "带动相关产业总产值突破千亿元。深地塔科1井钻探深度突破万米大关。首次突破万亿元大关。突破50项关键共性技术。"
    assert _figures(text) == [
        ("千亿元", 100000000000, "元"),
        ("万米", 10000, "米"),
        ("万亿元", 1000000000000, "元"),
        ("50项", 50, "项"),
    ]


def test_floors_named_and_the_eight_actions_are_no_figures() -> None:
    # rmrb 20200507-15-02 (gold_blind83 03): floors named as parts of a building; 新闻联播
    # 2024-06-28 (gold_blind86 07): the eight actions of the Belt and Road are one name
    text = "1—3层除冰场外，还包含科研教学用房。4—6层为运动员的宿舍。该工程地上6层。支持高质量共建“一带一路”八项行动。"
    assert _figures(text) == [("6层", 6, "层")]


def test_named_periods_and_programmes_holding_numbers() -> None:
    # 新闻联播 2024-05-27 (gold_blind82 07), policy 39 (gold_blind89 10), government work
    # report 2021: the national lists of water projects, the n-th five-year period, and the
    # two matters (发展安全两件大事) are names; 再开工15项重大水利工程 counts projects
    text = (
        "国家150项重大水利工程之一——广西大藤峡水利枢纽。向第二个百年奋斗目标进军的第一个五年。"
        "统筹发展安全两件大事。再开工15项重大水利工程。"
    )
    assert _figures(text) == [("15项", 15, "项")]


def test_the_last_mile_and_a_row_number_run_into_a_place_are_no_figures() -> None:
    # policies.jsonl record 87 (gold_blind92 09): a flattened table whose row numbers run
    # into the first cell (7|天津开发区…), and 最后1公里 ("the last mile") as a brand
    text = (
        "7天津开发区精诺瀚海数据科技有限公司Join Cloud 物联网与数据分析赋能平台。"
        "用遇见新疆为主题，最后1公里为商标。从采购最后1公里到销售。3天后返回，全程12公里。"
    )
    places = find_places([text], None)
    found = find_metrics(ArticleContext(paragraphs=[text], date="2020-07-01", places=places))
    assert [m["text"] for m in found] == ["3天", "12公里"]


def test_row_and_item_numbers_run_into_the_text_are_no_figures() -> None:
    # policies.jsonl record 87 (gold_blind92 09): each row of the list of service providers
    # is a paragraph whose number runs into the company's name (4|天瑞集团, not 4 days);
    # a timeline's months (1月…, 2月…) and a figure at a paragraph's start stay
    rows = [
        "3北京中投视讯文化传媒股份有限公司原产品供应链ERP智能服务平台",
        "4天瑞集团信息科技有限公司供应链物流生态链应用创新项目",
        "5深圳市今天国际物流技术股份有限公司今天云仓",
    ]
    timeline = ["3天后抵达营地，全程12公里。", "4天后返回。"]
    found = find_metrics(ArticleContext(paragraphs=rows + timeline, date="2020-07-01", places=[]))
    assert [(m["paragraph"], m["text"]) for m in found] == [(3, "3天"), (3, "12公里"), (4, "4天")]
    # record 184: an item number runs into a garbled year (4.|0402年启动…, no 4.0402 years);
    # a section number (2.1) and an amount at a paragraph's start stay
    items = ["3.加快省市两级医疗保障数据中心建设。", "4.0402年启动智慧健康养老应用试点活动。", "2.5亿元用于试点。"]
    found = find_metrics(ArticleContext(paragraphs=items, date="2021-01-01", places=[]))
    assert [(m["paragraph"], m["text"]) for m in found] == [(2, "2.5亿元")]


def test_negative_power_levels_and_a_power_density() -> None:
    # policies.jsonl record 120 (gold_blind98 09): the spec table's limits are negative;
    # 0-1MHz is a range, and 10-20℃ stays one
    text = "0-1MHz -21dBm 30kHz 有效值检波。不超过-50dBm/MHz，按峰值检波方式测试。气温10-20℃。"
    assert [(f, v, u) for f, v, u in _figures(text) if u != "MHz" and u != "kHz"] == [
        ("-21dBm", -21, "dBm"),
        ("-50dBm/MHz", -50, "dBm/MHz"),
        ("10", 10, "℃"),
        ("20℃", 20, "℃"),
    ]


def test_a_second_factor_a_floor_in_an_address_and_an_ordinal_after_one_ordinal() -> None:
    # the name numerals of gold_blind94 09 (policy), rmrb 20200530-08-01 (gold_blind98 03)
    # and gold_blind88 (policy): 7×24小时 is "around the clock", 3层11号展厅 an address,
    # 第3、81项 two articles' items; 申请发明专利≥3 项 and a product's other figures count
    text = (
        "实现7×24小时智能心理咨询。走进南京博物院特展馆3层11号展厅。"
        "按本实施细则第十二条第3、81项规定提供材料。楼高3层，共有81项展品，服务24小时。"
    )
    assert _figures(text) == [("3层", 3, "层"), ("81项", 81, "项"), ("24小时", 24, "小时")]


def test_two_markets_and_two_kinds_of_resources_is_a_slogan() -> None:
    # rmrb 20200507-09-02 (gold_blind101 04) and the government work reports: 统筹国内国际
    # 两个市场、两种资源 is the slogan of opening up; 这两个市场 and 两种资源 alone count
    text = (
        "统筹用好国际国内两个市场、两种资源。地利用国内国外两个市场、两种资源。"
        "利用国内外两个市场和两种资源。这两个市场通过碳抵消机制连接，共有两种资源。"
    )
    assert _figures(text) == [("两个", 2, "个"), ("两种", 2, "种")]


def test_a_doubling_nearly_or_more() -> None:
    # rmrb 20200511-16-01 (gold_blind102 02), xwlb 2024-04-15, rmrb 20200508-03-07:
    # 翻了近一番 is about twice as much, 翻了一番多 more than twice
    text = "该平台订单量翻了近一番。比去年同期翻了一番多。产值翻两番。"
    found = find_quantities(text)
    assert [(text[s:e], q.value, q.unit, q.qualifier) for s, e, q in found] == [
        ("翻了近一番", 2, "倍", "approx"),
        ("翻了一番多", 2, "倍", "at_least"),
        ("翻两番", 4, "倍", None),
    ]


def test_a_subject_keeps_no_half_of_a_title_mark() -> None:
    # xwlb 2024-03-20 (a new-user run: 《条例》共6章52条 had the subject 条例》共6章), rmrb
    # 2020-05 (中华人民共和国民法典》共7编): a title mark whose pair was cut off goes
    # (a figure run on right after another shares its subject: 6章|52条)
    ctx = ArticleContext(paragraphs=["《条例》共6章52条，主要规定了以下内容。"], date="2024-03-20", places=[])
    assert [(m["text"], m["subject"]) for m in find_metrics(ctx)] == [("6章", "条例"), ("52条", "条例")]
    text = "《中华人民共和国民法典》共7编、1260条，各编依次为总则。"
    ctx = ArticleContext(paragraphs=[text], date="2020-05-23", places=[])
    assert [(m["text"], m["subject"]) for m in find_metrics(ctx)] == [("1260条", "中华人民共和国民法典共7编")]


def test_a_quoted_saying_of_two_halves_counts_nothing() -> None:
    # rmrb 20200506-15-06 (gold_blind83 04): a folk rhyme; rmrb 20200527-06-01: a slogan;
    # 新闻联播 2024-05-18: a poem. Their numerals are no figures an editor could check.
    # Speech with a pronoun keeps its figures, and so does a figure outside the quotes.
    text = (
        "村里流传着“一夜跨过温饱线，二十年没进富裕门”的说法。"
        "提出“以制造业为中心，强化三个功能”。“上下两千年，纵横数万里”。"
        "他说：“我们种了三百亩，还要种三百亩”。全村种了五百亩。"
    )
    assert _figures(text) == [("三百亩", 300, "亩"), ("三百亩", 300, "亩"), ("五百亩", 500, "亩")]


def test_a_floor_where_a_shop_is_counts_no_floors() -> None:
    # rmrb 20200511-06-02 (gold_blind107 01): 9层的亚坤餐饮店 is where the restaurant is; a
    # building of three floors (新闻联播 2024) is a count
    text = "到了饭点，9层的亚坤餐饮店里顾客络绎不绝。眼前是一座3层的红砖建筑。"
    assert _figures(text) == [("3层", 3, "层")]
