"""People extraction on the sample page, real People's Daily / 新闻联播 paragraphs and
targeted sentences; plus the provenance of every entity of every extractor on a sample
of the shared corpora.

The helpers at the top (article contexts of the sample page and of the fixture
`entities_real.txt`) are shared with test_organizations.py, test_programs.py and
test_awards.py.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import api
from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.people import find_people
from corpus_tool.extract.places import find_places, main_place
from tests.conftest import shared_path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "corpus" / "000_1fcd3a980f6c89bd.txt"
REAL = REPO / "tests" / "fixtures" / "entities_real.txt"
SAMPLE_DATE = "2021-12-30"  # 法治日报, 2021-12-30, page 6 (the page itself prints no date)


def context_of(
    paragraphs: list[str],
    headline: str | None,
    date: str | None,
    places: list[dict[str, Any]] | None = None,
) -> ArticleContext:
    """The context extraction sees: places from the place extractor, main place by name."""
    if places is None:
        places = find_places(paragraphs, headline)
    main = main_place(places)
    return ArticleContext(paragraphs, headline, date, places, main["name"] if main else None)


@cache
def sample_contexts() -> tuple[ArticleContext, ...]:
    """The sample page's five articles: 0 岳阳 平安建设, 1 淄博公安, 2 宣城 市域社会治理,
    3 青海 执行案款, 4 余姚 司法救助."""
    articles = api.process_file(str(SAMPLE), with_tokens=False).articles
    assert len(articles) == 5
    return tuple(
        context_of(a.paragraphs, a.headline, a.date or SAMPLE_DATE, a.places) for a in articles
    )


@cache
def real_contexts() -> dict[str, ArticleContext]:
    """Articles of tests/fixtures/entities_real.txt by key."""
    out: dict[str, ArticleContext] = {}
    current: tuple[str, str | None, str | None, list[str]] | None = None
    blocks: list[tuple[str, str | None, str | None, list[str]]] = []
    for line in REAL.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") or not line:
            continue
        if line.startswith("## "):
            key, _source, date, headline = (x.strip() for x in line[3:].split("|", 3))
            current = (key, date, headline, [])
            blocks.append(current)
        elif current is not None:
            current[3].append(line)
    for key, date, headline, paragraphs in blocks:
        out[key] = context_of(paragraphs, headline, date)
    return out


def check_offsets(ctx: ArticleContext, records: list[dict[str, Any]], key: str) -> None:
    for rec in records:
        assert ctx.paragraphs[rec["paragraph"]][rec["start"] : rec["end"]] == rec[key], rec


def people_summary(ctx: ArticleContext) -> dict[str, tuple[list[str], list[int]]]:
    """name → (titles, paragraphs of its mentions)."""
    records = find_people(ctx)
    check_offsets(ctx, records, "name")
    out: dict[str, tuple[list[str], list[int]]] = {}
    for rec in records:
        titles, paras = out.setdefault(rec["name"], (rec["titles"], []))
        assert rec["titles"] == titles  # every mention carries all titles of that name
        paras.append(rec["paragraph"])
    return out


def sentence(text: str) -> ArticleContext:
    return context_of([text], None, "2021-12-30")


# --- the sample page -------------------------------------------------------------------

SAMPLE_PEOPLE = [
    {
        "李挚": (["岳阳市委副书记", "市委政法委书记"], [6]),
        "彭红": ([], [7]),  # 彭红女士; 张先生 and 王某 are anonymized
    },
    {
        "刘炜": (["淄博市公安局政治部主任"], [2]),
        "张宇海": (["淄博市公安局党委副书记", "政委"], [12]),
    },
    {
        # titles seen once (宣城市委常委、政法委书记胡启望) go with every later 胡启望说
        "胡启望": (["宣城市委常委", "政法委书记"], [2, 4, 5, 7, 8, 9, 11, 13]),
    },
    {},  # 记者徐鹏 is the byline
    {},
]


@pytest.mark.parametrize("index", range(5))
def test_sample_page_people(index: int) -> None:
    assert people_summary(sample_contexts()[index]) == SAMPLE_PEOPLE[index]


# --- real paragraphs -------------------------------------------------------------------

REAL_PEOPLE: dict[str, dict[str, tuple[list[str], list[int]]]] = {
    "20200521-14-01": {
        "周洪宇": (["华中师范大学教授", "代表"], [0]),
        "阳卫国": (["湖南省株洲市市长", "代表"], [1]),
        "吴浩": (["北京市丰台区方庄社区卫生服务中心主任", "委员"], [2]),
        "张近东": (["苏宁控股集团董事长", "代表"], [3]),
        "旺堆": (["西藏林芝市市长", "代表"], [4]),  # no surname of the list: title + 代表说
        "严可仕": (["民进福建省委会主委", "福州市副市长", "委员"], [5, 6]),
        "冯帆": (["江西省律师协会副会长", "代表"], [7]),
        "陶勋花": (["四川成都市温江区寿安镇岷江村党总支书记", "代表"], [8, 9]),
    },
    "20200519-11-01": {
        # no title or verb marks these two: named twice, read as one name in context
        "杨行玉": ([], [3, 3]),
        "刘玉琼": ([], [6, 6, 6, 6, 6]),
        "汪雪梅": (["银杏街道朝阳社区党委书记"], [5, 6, 6, 6, 7]),
    },
    "20200513-06-06": {},  # （记者张璁） is the byline
    "20200507-05-06": {"习近平": (["总书记"], [0, 0, 1])},
    "20200507-19-03": {
        "孙晓": (["枣庄中院民四庭副庭长"], [0]),
        "张甲天": (["山东省高级人民法院院长"], [1]),
    },
    "20240108-刘欣": {"刘欣": ([], [0, 0, 0])},
    "20240114-政法工作作出重要指示": {
        # 以习近平新时代中国特色社会主义思想为指导 names a doctrine, not the person
        "习近平": (["中共中央总书记", "国家主席", "中央军委主席"], [0, 1, 2]),
        "陈文清": (["中共中央政治局委员", "中央政法委书记"], [2]),
        "王小洪": (["中共中央书记处书记", "公安部部长"], [3]),
        "张军": (["最高人民法院院长"], [3]),
        "应勇": (["最高人民检察院检察长"], [3]),
    },
}


@pytest.mark.parametrize("key", sorted(REAL_PEOPLE))
def test_real_paragraph_people(key: str) -> None:
    assert people_summary(real_contexts()[key]) == REAL_PEOPLE[key]


# --- rules, one sentence each ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "经研判分析，民警发现王某确有诈骗的重大嫌疑，短短3天时间，民警就将王某抓获归案。",
        "李某某表示，自己并不知情。",
        "“这些年，人心聚了、风气好了。”市民张先生感叹道。",
        "报警称辖区一张姓男子涉嫌伪造病历。",
        "本报讯 记者徐鹏 记者近日从青海省高级人民法院获悉。",
        "（本报记者赵兵、任飞帆、李亚楠）",
        "图为胡启望在郎溪县夏桥村调研基层社会治理和乡村振兴。夏桥村村民说，变化很大。",
        "开展“我为群众办实事•走千村进万户”大走访大排查大提升活动。",
        "坚持以习近平新时代中国特色社会主义思想为指导。",
        "高校表示，将做好复学准备。",
    ],
)
def test_not_people(text: str) -> None:
    names = {r["name"] for r in find_people(sentence(text))}
    assert not names - {"胡启望"}, names


def test_deputy_pattern_of_peoples_daily() -> None:
    ctx = sentence("“社区是基础。”黑龙江绥化市市长张子林代表说。")
    assert people_summary(ctx) == {"张子林": (["黑龙江绥化市市长", "代表"], [0])}


def test_names_with_a_middle_dot() -> None:
    ctx = sentence("马尔代夫总统穆罕默德·穆伊兹表示，愿同中方加强合作。")
    assert people_summary(ctx) == {"穆罕默德·穆伊兹": (["马尔代夫总统"], [0])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 20200514-03-06, 20200506-17-02: 总编辑 is a title, no byline's 编辑
        ("——访老挝《人民报》社长兼总编辑端吉·沙瓦本米", ["端吉·沙瓦本米"]),
        ("——刚果（金）《精英论坛报》总编辑何塞·那威", ["何塞·那威"]),
        # 新闻联播 2024-05-21, rmrb_20251020.pdf: a title vouches for a short name and a
        # one-character first name; 新闻联播 2024-01-31: 欣, 干 are transliteration too
        ("巴西里约州议会副议长蒂娅·茹、巴中友好协会会长恩里克出席。", ["蒂娅·茹", "恩里克"]),
        ("联盟主席杨·布里耶斯作为嘉宾参与今年的主旨对话。", ["杨·布里耶斯"]),
        ("国家主席习近平致电易卜拉欣·伊斯干达，祝贺他就任。", ["习近平", "易卜拉欣·伊斯干达"]),
        # rmrb 20200505-03-02: 面对 after the name is the verb
        ("世界卫生组织总干事高级顾问布鲁斯·艾尔沃德面对美国媒体挑衅式发问。", ["布鲁斯·艾尔沃德"]),
    ],
)
def test_dotted_names_after_titles(text: str, expected: list[str]) -> None:
    assert list(people_summary(sentence(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 20200510-04-01 (gold_blind64 03): 政客 is a role; 所言 and 宣称 are speech;
        # 正如 opens no title
        ("反对派政客余若薇对有关修例的正确解读断章取义。", {"余若薇": (["反对派政客"], [0])}),
        ("正如全国政协委员刘炳章所言：“反中乱港分子极尽抹黑之能事。”", {"刘炳章": (["全国政协委员"], [0])}),
        ("人物却极力将其“英雄化”。梁家杰宣称“暴力有时是解决问题的方法”。", {"梁家杰": ([], [0])}),
        # rmrb 20200512-08-01 (gold_blind64 02), 新闻联播 2024-03-08, rmrb 20200516-04-06:
        # rare surnames after titles
        ("源潭村党委书记禤广二说：“有了清单，干事有章法。”", {"禤广二": (["源潭村党委书记"], [0])}),
        ("全国人大常委会副委员长铁凝在参加湖北代表团审议时说。", {"铁凝": (["全国人大常委会副委员长"], [0])}),
        ("人民日报社社长李宝善、总编辑庹震出席。", {"李宝善": (["人民日报社社长"], [0]), "庹震": (["总编辑"], [0])}),
    ],
)
def test_roles_speech_and_rare_surnames(text: str, expected: dict) -> None:
    assert people_summary(sentence(text)) == expected


def test_title_after_the_name() -> None:
    ctx = sentence("习近平总书记强调，要坚持和发展新时代“枫桥经验”。")
    assert people_summary(ctx) == {"习近平": (["总书记"], [0])}


def test_short_and_long_readings() -> None:
    # 刘炜在接受: 在 ends the name; 冯帆代表认为: the role word after two characters
    ctx = sentence(
        "淄博市公安局政治部主任刘炜在接受采访时说。江西省律师协会副会长冯帆代表认为，要加强监督。"
    )
    assert set(people_summary(ctx)) == {"刘炜", "冯帆"}


def test_empty_article() -> None:
    assert find_people(ArticleContext([])) == []


# --- provenance of every extractor on the real corpora ------------------------------------


def test_every_entity_points_at_its_text_on_real_corpora(shared_corpus_articles: list[Any]) -> None:
    # every record of the whole shared corpus, as the suite's full index stores it
    counts = {"people": 0, "organizations": 0, "programs": 0, "awards": 0}
    for art in shared_corpus_articles:
        for field, key in (("people", "name"), ("organizations", "name"), ("programs", "name"), ("awards", "title")):
            records = getattr(art, field)
            for r in records:
                assert art.paragraphs[r["paragraph"]][r["start"] : r["end"]] == r[key], (art.source, field, r)
            counts[field] += len(records)
    assert len(shared_corpus_articles) > 4500
    # every extractor finds something on real text
    assert all(n > 0 for n in counts.values()), counts


# --- recall rules found on other real text (rmrb-2020-05, xwlb-2024h1) --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rmrb 20200529-04-03: 所作 after the name is no office (所)
            "第十三届全国人民代表大会第三次会议听取和审议了国务院总理李克强所作的政府工作报告。",
            {"李克强": ["国务院总理"]},
        ),
        (  # rmrb 20200523-04-03: names listed before 等代表
            "陈刚、郭素萍、吴相君等代表围绕政府工作报告，就推进雄安新区建设、科教助力产业扶贫、"
            "促进中医药发展等积极发言。",
            {"陈刚": [], "郭素萍": [], "吴相君": []},
        ),
        (  # rmrb 20200501-08-01 (gold_blind96 03): names listed before 等作家
            "刘心武、陈建功等作家以不同的笔触表现城市。李洱、邱华栋等作家描述日新月异的城市。",
            {"刘心武": [], "陈建功": [], "李洱": [], "邱华栋": []},
        ),
        (  # rmrb 20200522-02-06: names listed after a title, a Tibetan and a dotted name among them
            "全国人大常委会副委员长王晨、曹建明、张春贤、沈跃跃、吉炳轩、艾力更·依明巴海、万鄂湘、"
            "陈竺、王东明、白玛赤林、丁仲礼、郝明金、蔡达峰、武维华，秘书长杨振武出席会议。",
            {
                "王晨": ["全国人大常委会副委员长"],
                **{
                    n: []
                    for n in "曹建明 张春贤 沈跃跃 吉炳轩 艾力更·依明巴海 万鄂湘 陈竺 王东明 "
                    "白玛赤林 丁仲礼 郝明金 蔡达峰 武维华".split()
                },
                "杨振武": ["秘书长"],
            },
        ),
        (  # xwlb 20240208: a foreign leader after the title his country names
            "央视网消息（新闻联播）：2月8日下午，在中国农历新年即将到来之际，"
            "国家主席习近平同俄罗斯总统普京通电话。",
            {"习近平": ["国家主席"], "普京": ["俄罗斯总统"]},
        ),
        (  # rmrb 20200529-03-03: the whole transliterated name, not 艾达尔
            "本报北京5月27日电  5月26日，国务委员兼外交部长王毅同吉尔吉斯斯坦外长艾达尔别科夫通电话。",
            {
                "王毅": ["国务委员兼外交部长"],
                "艾达尔别科夫": ["吉尔吉斯斯坦外长"],
            },
        ),
        (  # rmrb 2020-05 (gold_blind15 01): a Serbian name in 契 after the title
            "塞尔维亚社会党主席、政府第一副总理兼外长达契奇表示，中国人民站在抗击疫情前列。",
            {"达契奇": ["塞尔维亚社会党主席", "政府第一副总理兼外长"]},
        ),
        (  # xwlb 2024-06-13, 2024-05-21 (gold_blind38 06, gold_blind35 07): a governor
            # general; 重申 ends a name
            "国务院总理李强在惠灵顿会见新西兰总督基罗。博茨瓦纳国民议会议长斯凯莱马尼重申，坚持一个中国原则。",
            {"李强": ["国务院总理"], "基罗": [], "斯凯莱马尼": []},
        ),
        (  # rmrb 20200514-15-01, 20200514-11-07 (gold_blind38 01, 04): 曾, 终 open the
            # next word (钱红, not 钱红曾, is the one who once said it)
            "钱红曾说过，训练很重要。上海市公安局黄浦分局交警支队机动大队民警黄俊终于结束了执勤。",
            {"钱红": [], "黄俊": ["上海市公安局黄浦分局交警支队机动大队民警"]},
        ),
        (  # rmrb 2020-05 (gold_blind13 04, gold_blind20 03): dotted names of Lao and Uyghur
            # people, whose characters the transliteration list now holds
            "老挝老中友协秘书长西昆·本伟莱认为，意义重大。便问起一旁的文化站站长吐尔洪·托护提。",
            {"西昆·本伟莱": ["老挝老中友协秘书长"], "吐尔洪·托护提": ["文化站站长"]},
        ),
        (  # rmrb 2020-05 (gold_blind11 03), xwlb 2024: a company's or a fund's president
            "日本松下电器中国东北亚公司总裁本间哲朗表示，复工顺利。国际货币基金组织总裁格奥尔基耶娃表示。",
            {"本间哲朗": ["日本松下电器中国东北亚公司总裁"], "格奥尔基耶娃": ["国际货币基金组织总裁"]},
        ),
        (  # xwlb 2024-04-15 (a new-user run): 向 before a common word is the preposition
            "习近平主席向全球可持续交通高峰论坛致贺信。中方及时向喀方介绍情况。报社社长向普英说。",
            {"习近平": ["主席"], "向普英": ["报社社长"]},
        ),
        (  # rmrb 20200506-15-07: a profile
            "谭东，男，1963年出生，1986年加入中国共产党，生前系成都市大邑县公安局交警大队西岭执勤组组长。",
            {"谭东": []},
        ),
        (  # rmrb 20200520-20-05 (gold_blind97 01), 20200512-15-09: born in a year, no month;
            # an ethnic group is no name
            "于海河，1962年出生于一个农民家庭。金海，蒙古族，1955年出生于内蒙古。",
            {"于海河": []},
        ),
        (  # rmrb 20200509-04-02: three names or more in a row, no title around them
            "在始于2019年6月的修例风波中，与黄之锋一道成为反中乱港“急先锋”的“明星级”人物，"
            "还有岑子杰、刘颕匡、陈浩天、区诺轩……在媒体的镜头和麦克风前，他们声嘶力竭地鼓动煽惑。",
            {"岑子杰": [], "刘颕匡": [], "陈浩天": []},
        ),
        (  # 新闻联播 2024-01-31: unusual given names in a list, a count after the last
            "此次缅甸警方依法向我国公安机关移交了白所成、白应苍、魏怀仁、刘正祥、刘正茂、"
            "徐老发6名缅北果敢电诈犯罪集团重要头目和另外4名重大犯罪嫌疑人。",
            {"白所成": [], "白应苍": [], "魏怀仁": [], "刘正祥": [], "刘正茂": [], "徐老发": []},
        ),
        (  # rmrb 20200523-08-02: 等 after the last name is not part of it
            "到有关界别参加讨论的领导同志有：张庆黎、万钢、何厚铧、王正伟、汪永清、何立峰、郑建邦、何维、邵鸿等。",
            {"张庆黎": [], "万钢": [], "何厚铧": [], "王正伟": [], "汪永清": [], "何立峰": [],
             "郑建邦": [], "何维": [], "邵鸿": []},
        ),
        (  # rmrb 20200509-04-02: 一直 ends the name after a title
            "1990年出生的香港社工黄晞华一直以冷峻的目光关注整个修例风波。",
            {"黄晞华": ["香港社工"]},
        ),
        (  # rmrb 20200509-04-02: 行政长官, and a title list with 、
            "全国政协副主席、香港特别行政区前行政长官梁振英一针见血地指出，年轻人受“大台”误导。",
            {"梁振英": ["全国政协副主席", "香港特别行政区前行政长官"]},
        ),
        (  # rmrb 20200506-15-07: 司机
            "司机祝林不会忘记，2008年12月29日，他驾驶着小轿车从桥头翻进河滩。",
            {"祝林": ["司机"]},
        ),
        (  # rmrb 20200524-03-01: foreign scholars and party leaders after their titles
            "南非共产党总书记恩齐曼迪表示，世界看到。"
            "日本国际贸易投资研究所首席经济学家江原规由认为，中国以保促稳。"
            "哈萨克斯坦—德国大学国际问题专家伊万诺夫十分赞赏。"
            "巴西全球南方研究所所长亚历山大·菲格雷多表示。"
            "俄罗斯人民友谊大学副教授奥列格·季莫费耶夫注意到此次报告。"
            "比利时商务咨询公司赛百思首席执行官弗雷德里克·巴尔丹对此很感兴趣。",
            {
                "恩齐曼迪": ["南非共产党总书记"],
                "江原规由": ["日本国际贸易投资研究所首席经济学家"],
                "伊万诺夫": ["德国大学国际问题专家"],
                "亚历山大·菲格雷多": ["巴西全球南方研究所所长"],
                "奥列格·季莫费耶夫": ["俄罗斯人民友谊大学副教授"],
                "弗雷德里克·巴尔丹": ["比利时商务咨询公司赛百思首席执行官"],
            },
        ),
        (  # rmrb 20200510-03-01: two dotted names joined by 和
            "美国和英国经济学家克里斯托弗·科赫和肯恩·冈村4月28日联合发表论文。",
            {"克里斯托弗·科赫": ["美国和英国经济学家"], "肯恩·冈村": []},
        ),
        (  # 新闻联播 2024-02-28: the title after another titled person and 和 is the second's
            "匈牙利总理欧尔班和斯洛伐克总理菲佐则表示，应尽快通过和平谈判解决。",
            {"欧尔班": ["匈牙利总理"], "菲佐": ["斯洛伐克总理"]},
        ),
        (  # rmrb 20200513-03-03: a day and 同 end the phrase before the title
            "国务委员兼国防部长魏凤和12日同印度尼西亚国防部长普拉博沃通电话。",
            {"魏凤和": ["国务委员兼国防部长"], "普拉博沃": ["印度尼西亚国防部长"]},
        ),
        (  # rmrb 20200502-07-03: 经 opens 经济 here, no preposition before the title
            "山西省农科院经济作物研究所副研究员田洪岭介绍，连翘茶含有多种物质。",
            {"田洪岭": ["山西省农科院经济作物研究所副研究员"]},
        ),
        (  # 新闻联播 2024-05-13: 院士|项目|落地 holds no name
            "同时多个院士项目落地签约、一批优质企业入驻科学园。",
            {},
        ),
        (  # rmrb 20200510-02-08: Uyghur names with a dot end at the verb or noun after them
            "一大早，帕提麦萨伊普·阿帕尔洒扫庭院后，卡着点出了门。"
            "这两年，大女儿布再乃普·阿卜来海提打点零工。看到库尔班·尼亚孜走进门来。",
            {"帕提麦萨伊普·阿帕尔": [], "布再乃普·阿卜来海提": [], "库尔班·尼亚孜": []},
        ),
        (  # rmrb 20200504-02-02: a poor household's member after 贫困户; NSFC 2020: a contact
            "“我家也种两亩！”贫困户杨政娥和丈夫常年在长沙打工。联系人：吴国政",
            {"杨政娥": ["贫困户"], "吴国政": []},
        ),
        (  # constructed after the brief's pattern: suspects listed after 犯罪嫌疑人
            "警方抓获犯罪嫌疑人张三丰、李国强、王文明等6人。",
            {"张三丰": ["犯罪嫌疑人"], "李国强": [], "王文明": []},
        ),
    ],
)
def test_recall_rules_on_real_sentences(text: str, expected: dict[str, list[str]]) -> None:
    found = {r["name"]: r["titles"] for r in find_people(sentence(text))}
    assert found == expected


def test_recurring_name_the_tagger_reads_as_a_noun() -> None:
    # rmrb 20200512-15-06: 王坤友 three times, tagged n by rjieba's HMM
    ctx = sentence(
        "据新华社电  （记者周畅）王坤友是安徽省无为市蜀山镇新安村原党总支书记。"
        "任命王坤友为泊山洞管委会主任。随后，王坤友受命到建成村担任村支书。"
    )
    assert {r["name"] for r in find_people(ctx)} == {"王坤友"}


@pytest.mark.parametrize(
    "text",
    [
        # rmrb 20200514-16-04: a parenthesized list is the byline
        "据新华社电  （刘新、曹先训、何宗卯）李超（上图右）是江西丰城人，2008年12月入伍。",
        # rmrb 20200529-04-03 style: suspects as a class, no names
        "刑事诉讼法确立的认罪认罚从宽制度要求检察机关促进犯罪嫌疑人自愿认罪、认同量刑建议。",
        "对13起贪污贿赂犯罪嫌疑人逃匿、死亡案件提出没收违法所得申请。",
        # a list of one first character is products, not names
        "当地发展林油、林药、林蜂等林下经济。",
    ],
)
def test_lists_that_are_no_names(text: str) -> None:
    names = {r["name"] for r in find_people(sentence(text))}
    assert not names - {"李超"}, names


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [  # rmrb 20200525-01-05: CPPCC speakers open their paragraphs, whatever their surname
        ("尼玛扎西委员发言说，2019年底，西藏62.8万贫困人口全部脱贫，74个贫困县（区）全部摘帽。", "尼玛扎西"),
        ("陈冯富珍委员发言说，新冠肺炎疫情的严重程度史无前例，中国抗击疫情的经验弥足珍贵。", "陈冯富珍"),
        ("穆铁礼甫·哈斯木委员发言说，天山雪松根连根，各族人民心连心。", "穆铁礼甫·哈斯木"),
    ],
)
def test_a_session_speaker_opening_a_paragraph(paragraph: str, name: str) -> None:
    ctx = context_of(["全国政协十三届三次会议举行第二次全体会议。", paragraph], None, "2020-05-25")
    assert [p["name"] for p in find_people(ctx)] == [name]


def test_who_spoke_is_not_a_name() -> None:
    # rmrb 2020-05 (两会 reports): 一些代表委员认为
    ctx = context_of(["一些代表委员认为，今年稳物价工作也面临一些新挑战。"], None, "2020-05-25")
    assert find_people(ctx) == []


def test_local_people_of_a_report_from_abroad() -> None:
    # rmrb 20200516-03-02 (肯尼亚): a villager named after a role word, no title; the
    # county governor's dotted name ends before the verb after it (奥加蒙|发来)
    result = api.process_file(
        str(shared_path("rmrb-2020-05", "2020年5月", "20200516", "20200516-03-02.txt")), with_tokens=False
    )
    [article] = result.articles
    assert [p["name"] for p in article.people] == ["马东明", "马东明", "埃利亚斯", "奥德克·奥加蒙"]
    # ... but in a report from China a role word and a word are not a name
    ctx = context_of(["湖北省武汉市保障居民消费和员工安全。"], None, "2020-05-16")
    assert find_people(ctx) == []


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # 新闻联播 2024-05-28 and 2024-01-31: a foreign leader's name before the title
        ("赵乐际表示，在习近平主席和佐科总统战略引领下，两国关系保持良好发展势头。", "佐科"),
        ("2023年，我同安瓦尔总理就共建中马命运共同体达成重要共识。", "安瓦尔"),
        # rmrb 20200509-01-05: 作了 ends the last name of a list
        ("李有毅、聂一菁、孙东生、李保平、张显友、王禹平作了发言。", "王禹平"),
    ],
)
def test_names_before_foreign_titles_and_at_list_ends(paragraph: str, name: str) -> None:
    ctx = context_of(["印度尼西亚、马来西亚、中国。", paragraph], None, "2024-05-28")
    assert name in [p["name"] for p in find_people(ctx)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # rmrb 20200504-01-03, 20200512-16-01, 20200518-17-01: a role word before the name
        ("“开工了！”早上6时，水电四局工人袁亮明带领140人的工作队伍来到大坝。", {"袁亮明": ["水电四局工人"]}),
        ("刚过年，大坝项目部员工杨小龙接到通知，抽调他到刚成立的疫情防控组。", {"杨小龙": ["大坝项目部员工"]}),
        ("也让我们懂得勇敢与担当。”学生段云鹏说。", {"段云鹏": ["学生"]}),
        # 新闻联播 2024-01-05: 应 (at the invitation of) opens no title, and 国家 of 国家主席
        # is no given name of 应; a policy form's 项目名称 holds no 项目名
        (
            "应国家主席习近平邀请，马尔代夫共和国总统穆伊兹将于1月8日至12日对中国进行国事访问。",
            {"习近平": ["国家主席"], "穆伊兹": ["马尔代夫共和国总统"]},
        ),
        ("项目名称：智能制造标准应用试点。", {}),
        # rmrb 20200516-02-02, 20200518-19-02, 20200524-11-03 (gold_blind11, 15, 23): 专员,
        # 领队 and 酿酒师 are titles
        ("国家卫健委科教司监察专员刘登峰介绍，我国始终持积极开放态度。", {"刘登峰": ["国家卫健委科教司监察专员"]}),
        ("据国家摔跤队领队王彦会介绍，本次强化训练围绕着模拟东京奥运会。", {"王彦会": ["国家摔跤队领队"]}),
        ("酿酒师陈吴军正拿着手机进行视频连线。", {"陈吴军": ["酿酒师"]}),
        # rmrb 2020-05 (gold_blind25 02): spokespeople and directors-general; a
        # transliterated name after a title runs on to its speech verb
        ("商务部新闻发言人高峰介绍，外资企业复工复产率稳步提升。", {"高峰": ["商务部新闻发言人"]}),
        ("水利部河湖管理司司长祖雷鸣表示，将以更大决心治理。", {"祖雷鸣": ["水利部河湖管理司司长"]}),
        ("津巴布韦卫生部诊疗事务司司长马卡拉沃表示，系列视频技术交流。", {"马卡拉沃": ["津巴布韦卫生部诊疗事务司司长"]}),
        # rmrb 20200502-08-01, 20200515 (北马其顿), 新闻联播 2024-05-08: 诗人, 协调员; a
        # transliterated name runs on to 与 or 和; 写 ends no three-character name
        ("被列为“初唐四杰”之首的诗人王勃写过一篇《慈竹赋》。", {"王勃": ["诗人"]}),
        ("日前，联合国驻北马其顿协调员杜德贾克与中方通电话。", {"杜德贾克": ["联合国驻北马其顿协调员"]}),
        # 新闻联播 2024-02-26, 2024-04-22: the lecturer of a State Council study session
        ("中国国际经济交流中心副理事长王一鸣作讲解。", {"王一鸣": ["中国国际经济交流中心副理事长"]}),
        ("北京大学光华管理学院院长刘俏作讲解。", {"刘俏": ["北京大学光华管理学院院长"]}),
        # 新闻联播 2024-02-14: sportspeople after 选手
        ("19岁的中国选手唐钱婷在女子100米蛙泳决赛中以1分05秒27的成绩夺冠。", {"唐钱婷": ["中国选手"]}),
        # ... but a role word before a verb or a figure is no title
        ("工人的劳动生产率比农民高得多，因而在工农生活之间保持一个合理的差距。", {}),
        ("引导学生戴口罩、勤洗手、不聚集。", {}),
        ("高峰期项目雇用工人高达400余人。", {}),
        # rmrb 20200509-08-01: 老师傅 is the role, so 傅伊海 is no name (伊海, with no
        # known surname, is missed)
        ("酿酒坊的老师傅伊海说，要雪白的糯米。", {}),
        # 新闻联播 2024-02-16: a list of names whose last item follows 和
        (
            "在女子4×200米自由泳接力决赛中，由艾衍含、龚真琦、李冰洁和杨佩琪组成的中国队后来居上。",
            {"艾衍含": [], "龚真琦": [], "李冰洁": [], "杨佩琪": []},
        ),
    ],
)
def test_names_after_role_words(paragraph: str, expected: dict[str, list[str]]) -> None:
    ctx = context_of([paragraph], None, "2020-05-04")
    found = {p["name"]: p["titles"] for p in find_people(ctx)}
    assert found == expected


def test_david_and_a_writer_named_bare() -> None:
    # rmrb 2025-10-20 (gold_blind31 10): 大卫 opens many dotted names; 刘慈欣 is named bare
    ctx = context_of(
        ["外文出版社荣誉英文主编大卫·弗格森说，中国找到了一双合脚的鞋。", "译介刘慈欣作品的德国汉学家马海默与各国读者展开交流。"],
        None,
        "2025-10-20",
    )
    assert [p["name"] for p in find_people(ctx)] == ["大卫·弗格森", "刘慈欣", "马海默"]


def test_a_bare_list_whose_first_name_follows_a_verb() -> None:
    # rmrb 20200523-08-01 (gold_blind31 04), 20200515-06-01: the first of three names or
    # more after a verb (肃清, 以); not a title's last character (执行主|席王晨); a last item
    # that runs into 作了 ends before it
    for paragraph, expected in (
        ("全面彻底肃清郭伯雄、徐才厚、房峰辉、张阳流毒影响，让部队切身感受到作风转变。", ["郭伯雄", "徐才厚", "房峰辉"]),
        ("以张伯礼、黄璐琦、仝小林三位院士领衔的中医专家团队。", ["张伯礼", "黄璐琦", "仝小林"]),
        ("受表彰代表张雨霏、邹韵、董静作了发言。", ["张雨霏", "邹韵", "董静"]),
    ):
        ctx = context_of([paragraph], None, "2020-05-23")
        assert [p["name"] for p in find_people(ctx)] == expected, paragraph


# Names read from one real paragraph: titles, role words, cues and lists found on the
# blind gold sets' misses, each checked on the whole shared corpus.
ONE_PARAGRAPH_NAMES = [
    # rmrb 20200507-17-02, 新闻联播 2024-01-30: foreign officials after their title
    ("白俄罗斯科学院院长古萨科夫表示：“中国抗击疫情的成功经验值得借鉴。”", ["古萨科夫"]),
    ("韩正在北京会见第78届联合国大会主席弗朗西斯。", ["韩正", "弗朗西斯"]),
    ("联合国秘书长古特雷斯曾指出，面对疫情，人们很容易以带有偏见的眼光看待他人。", ["古特雷斯"]),
    # rmrb 20200513-03-01: a dotted name ends before 正在
    ("当地员工阿什拉夫·穆斯塔法正在调试设备。", ["阿什拉夫·穆斯塔法"]),
    # 新闻联播 2024-05-26, 2024-02-23: a Japanese name in Han characters; a name before 今天
    ("当地时间26日晚，国务院总理李强在首尔会见日本首相岸田文雄。", ["李强", "岸田文雄"]),
    ("俄罗斯总统普京今天（2月23日）说，“锆石”导弹已投入使用。", ["普京"]),
    # 新闻联播 2024-03-10 (gold_blind59), 2024-01-20 (gold_blind62), rmrb 20200504-01-06:
    # the one named after a found name and 和, up to a boundary; not 黄立正, not a party's
    # short name before its central body (古共中央)
    ("到，全国人大代表范先群和黄立正在火热讨论着什么。", ["范先群", "黄立"]),
    ("中国队选手杨婧茹和李金恣分别以2分33秒148、2分33秒327的成绩获得冠亚军。", ["杨婧茹", "李金恣"]),
    ("莆田海关运管科关员林国中和陈剑清穿好防护服，登上舷梯。“虽累也值！”林国中说。", ["林国中", "陈剑清", "林国中"]),
    ("中国驻古巴大使陈曦和古共中央国际关系部副部长安赫尔出席。", ["陈曦", "安赫尔"]),
    # rmrb 20200524-05-06 (gold_blind101), 20200508-04-02: Hong Kong figures named by two
    # surnames, whole (not 叶|刘淑仪)
    ("香港特区行政会议成员、新民党主席叶刘淑仪向媒体表示。", ["叶刘淑仪"]),
    ("曾任特区政府保安局局长的叶刘淑仪揭露，带头反修例的李柱铭和陈方安生早有勾连。", ["叶刘淑仪", "陈方安生"]),
    # rmrb 20200523-02-04 (gold_blind108 01): 正 before 与 is the adverb after a two-character
    # given name; after one character it is the given name
    ("技术质量部副部长廖席正与工人们查看新下线的手机。", ["廖席"]),
    ("科长李正与同事交流。", ["李正"]),
    # rmrb 20200518-03-03 (gold_blind107 02), 20200511-04-02: heads of international bodies,
    # before 总干事 after 在, and before 所指出 or 所说
    ("世卫组织在谭德塞总干事领导下，秉持客观、科学、公正立场。", ["谭德塞"]),
    ("亦如联合国秘书长古特雷斯所指出：“病毒不分国界。”", ["古特雷斯"]),
    ("正如世界贸易组织总干事阿泽维多所说：“没有一个国家能自给自足。”", ["阿泽维多"]),
    # policies.jsonl (gold_blind102, gold_blind105 10): a ministry notice names the
    # department's head between the department and the post
    ("工业和信息化部电子信息司乔跃山副司长出席了发布式。", ["乔跃山"]),
    ("工业和信息化部信息化和软件服务业司任利华副司长参加会议并致辞。", ["任利华"]),
    # rmrb 20200509-03-07 (gold_blind104 04), 20200514-03-09: Cambodian, Lao and Burmese
    # names in plain characters; the rank after a name is no part of it; a title that runs
    # on into a word (专家组, 大使馆) or a second post (兼) opens no name
    ("柬埔寨首相洪森多次感谢和赞赏中国为国际抗疫所作贡献。", ["洪森"]),
    ("老挝人革党中央对外联络部部长顺通表示，面对突如其来的新冠肺炎疫情。", ["顺通"]),
    ("缅甸国防军总司令部军医部部长梭温少将与专家组通过视频连线。", ["梭温"]),
    ("缅甸卫生和体育部部长会见专家组时表示感谢，将在全国推行专家组建议。", []),
    ("在中国驻老挝大使馆举办的新春招待会上，华侨华人欢聚一堂。", []),
    ("全国人大常委会委员长赵乐际31日在北京分别会见突尼斯总统赛义德、巴林国王哈马德。", ["赵乐际", "赛义德", "哈马德"]),
    # 新闻联播 2024-05-09, 2024-05-08, 2024-05-10 (gold_blind91 08): a leader's wife after
    # 夫人; a name before 邀请, not run on into 特别 or 陪同
    ("塞尔维亚总统武契奇和夫人塔玛拉在下车处热情迎接。", ["武契奇", "塔玛拉"]),
    ("应匈牙利总统舒尤克和总理欧尔班邀请开始对匈牙利进行国事访问。", ["舒尤克", "欧尔班"]),
    ("当地时间5月7日，应法国总统马克龙特别邀请，国家主席习近平乘专机抵达。", ["马克龙", "习近平"]),
    ("彭丽媛在匈牙利总理欧尔班夫人雷沃伊陪同下，参观学校。", ["彭丽媛", "欧尔班", "雷沃伊"]),
    # rmrb 20200509-03-01, 20200508-16-01: a dotted name after a title whose first part
    # opens with no surname (the reading starts at 习 or 桑)
    ("泰国驻华大使阿塔育·习萨目表示：“我们盼望着能够签署。”", ["阿塔育·习萨目"]),
    ("国际航运公会首席航运分析师彼得·桑得表示，中国建立了一个庞大的体系。", ["彼得·桑得"]),
    # rmrb 20200512-12-01: titles of nurses and doctors, 老人 after the name
    ("五附院全科医学科护士长杨荣给老人量了血压。", ["杨荣"]),
    ("主任医师李霞根据病情给他调整了心脏病用药方案。", ["李霞"]),
    ("前不久，家住乌鲁木齐市科学院小区的蔡贵明老人家里来了一群客人。", ["蔡贵明"]),
    # rmrb 20200515-12-02: a graduate
    ("武汉华夏理工学院车辆工程专业毕业生金东红和同学们，对找到工作充满信心。", ["金东红"]),
    # rmrb 20200518-01-01, 新闻联播 2024-02-09: the name ends before a verb it runs into
    ("上海市第六人民医院重症医学科副主任医师汪伟接到电话。", ["汪伟"]),
    ("中共中央政治局常委、国务院总理李强来到应急管理部。", ["李强"]),
    # rmrb 20200520-20-06, 20200511-02-05: military and engineering titles
    ("这首武警西藏总队原司令员郭毅力创作的《踏雪有痕》，至今仍广为传唱。", ["郭毅力"]),
    ("载人航天工程着陆场系统副总设计师卞韩城介绍，着陆区面积非常大。", ["卞韩城"]),
    # rmrb 20200501-08-01: a name right before the title of a work
    ("报告文学领域，何建明《浦东史诗》、杨黎光《家园》等作品，讲述饱满生动的故事。", ["何建明", "杨黎光"]),
    # rmrb 20200501-08-01 (gold_blind96 03): the tagger reads the last character as a place
    ("通过塑造人物写活一座城。金宇澄的《繁花》别具一格。", ["金宇澄"]),
    # rmrb 20200507-04-03 (gold_blind96 01): 副总师, the deputy chief engineer
    ("嫦娥四号长管团队副总师于天一介绍，这意味着玉兔二号复工。", ["于天一"]),
    # 新闻联播 2024-05-08 (gold_blind96 07): a list of the country's officials opened by
    # its title runs on past commas
    (
        "塞尔维亚总统武契奇夫妇，对华合作国家委员会主席、前总统尼科利奇夫妇，议长布尔纳比奇，"
        "总理武切维奇等热情迎接。",
        ["武契奇", "尼科利奇", "布尔纳比奇", "武切维奇"],
    ),
    # rmrb 20200502-08-02: 院士 after the name (钟南山, after 一条 with no boundary before
    # it, is found as a known name)
    ("前不久一条钟南山院士为袁隆平院士颁奖的视频，引得无数人为之动容。", ["钟南山", "袁隆平"]),
    ("近日，中国科学技术大学俞书宏院士团队成功研制出一种新型纳米材料。", ["俞书宏"]),
    # 新闻联播 2024-05-31, 2024-05-28: those who 参加会见/参加会谈 open their own paragraph
    ("郑建邦参加会见。", ["郑建邦"]),
    ("丁仲礼参加会谈。", ["丁仲礼"]),
    # rmrb-pdf 2025-10-20: staff and traders named after their role
    ("广东客商张见芝告诉记者，自己的工厂专门出口男装。", ["张见芝"]),
    # not names: 简单来说 before a cue (rmrb-pdf 2025-10-20), 向记者介绍 (gold_heldout)
    ("“简单来说，办理异地就医备案后，小蕊在南京的定点医院就医。”", []),
    ("该局副局长王汝春向记者介绍，今年以来共办理案件120件。", ["王汝春"]),
    # rmrb 20200506-12-03: 刘站科 (科 ends 科室 names too) between a title and 说; not a
    # section after a title with no speech verb
    ("国测一大队副总工程师刘站科说。", ["刘站科"]),
    ("他是办公室副主任刘站科室的同事。", []),
    # rmrb 20200527-02-05: 湖北省|长江|产业投资集团 holds no 省长 and no 江产业; but
    # 队长|龙秀林 is a name after its title
    ("湖北省长江产业投资集团董事长何大春代表认为，要确保搬迁群众稳得住。", ["何大春"]),
    ("扶贫工作队队长龙秀林吓了一跳！", ["龙秀林"]),
    # rmrb 20200507-06-02: 市民 is a role word; the name must read as one to the tagger
    ("2018年起，厦门市民李丽英多了一个新身份。", ["李丽英"]),
    ("市民生活更加便利。", []),
    # rmrb 20200515-18-01: a name before a manner word and 说; rmrb-pdf 2025-10-20: 沈同学
    # is anonymized, like 张先生
    ("“果子甜，品质好。”陈光辉自豪地说。", ["陈光辉"]),
    ("该公司计薪方式为同工同酬，沈同学在公司培训4天。", []),
    # rmrb 20200521-03-02: 学者 before a dotted name (乔治 is a transliteration);
    # 20200511-17-01, 20200511-03-01: 博士 after a name ends it, 博士生 is a title;
    # 20200515-18-01: 老板 as a role word
    ("法国尼斯欧洲研究所学者乔治·佐戈普鲁斯认为，全国两会的召开表明中国有信心。", ["乔治·佐戈普鲁斯"]),
    # (田德瑞贝古·乔治 is Tiendrébéogo Georges whole, read since 成员 is a role word)
    ("团队核心成员田德瑞贝古·乔治博士说，还有肯尼亚博士生拉斐尔·姆瓦泰拉。", ["田德瑞贝古·乔治", "拉斐尔·姆瓦泰拉"]),
    ("”老板何开龙的话匣子打开了。", ["何开龙"]),
    # rmrb 20200515-03-03: 首席代表 of a Japanese body, a name in Han characters
    ("日本贸易振兴机构武汉代表处首席代表佐伯岳彦表示，日中物流通过班轮联通。", ["佐伯岳彦"]),
    # rmrb 20200515-03-01: the country opens the title phrase, 30 characters before 总统
    ("津巴布韦非洲民族联盟—爱国阵线主席兼第一书记、总统姆南加古瓦表示，疫情是人类共同的敌人。", ["姆南加古瓦"]),
    # rmrb 2025-10-20 (gold_blind18 10), 新闻联播 2024-05-08: an author before his works
    ("通过纪实文学作品和龚宇的著作，我了解到了这片土地上的故事。", ["龚宇"]),
    ("爱国诗人裴多菲的诗作脍炙人口。", ["裴多菲"]),
    # rmrb 20200503-01-06 (gold_blind20 04), 20200518-01-01: an age before the name
    ("62岁的陈丽丽和几个老姐妹迎着江风翩翩起舞。", ["陈丽丽"]),
    ("73岁的李兰娟每天只睡3小时。", ["李兰娟"]),
    # the same article: a shop manager by title (店长)
    ("“武汉人离不开热干面。”蔡林记吉庆街店店长周秋香笑着说。", ["周秋香"]),
    # rmrb 20200520-01-01 (gold_blind21 02), 新闻联播 2024-06-22 (gold_blind21 07): the
    # heads of international bodies and a list of titled officials after their country
    ("世卫组织总干事谭德塞由衷感叹，中方行动速度之快。", ["谭德塞"]),
    # rmrb 2025-10-20 (gold_blind23 10): 齐聚 (tagged nr) is a verb
    ("2000名业界代表齐聚黄浦江畔。", []),
    ("丁薛祥访问卢森堡，分别会见卢森堡大公亨利、首相弗里登。", ["丁薛祥", "亨利", "弗里登"]),
    # 新闻联播 2024-04-23 (gold_blind20 06): a title, the name, then 作的 (the report)
    ("会议听取了全国人大常委会代表资格审查委员会主任委员杨晓超作的关于个别代表的报告。", ["杨晓超"]),
    # rmrb 20200513-04-01 (gold_blind20 03): 都 inside a Uyghur name; a name read into
    # the next word (尼亚孜|利用) is cut back to the same name written elsewhere
    ("看到库尔班·尼亚孜走进门来，学生阿卜都拉·图尔贡赶紧跑来。", ["库尔班·尼亚孜", "阿卜都拉·图尔贡"]),
    ("校长是库尔班·尼亚孜。当年，库尔班·尼亚孜利用创业挣来的钱办学。", ["库尔班·尼亚孜", "库尔班·尼亚孜"]),
    # rmrb 20200504-01-05, 2025-10-20, 20200518-11-02 (gold_blind7, 18, 26): writers and
    # thinkers named alone; not a museum, a plane base or a play named after them
    ("正如梁启超在《少年中国说》里所比喻的。很自然地想起茅盾的《白杨礼赞》。鲁迅先生说。", ["梁启超", "茅盾", "鲁迅"]),
    ("北京鲁迅博物馆开放。袭击恩格斯军用机场。话剧《杜甫》上演。", []),
    # 新闻联播 2024-06-17 (gold_blind28 05), 2024-01-12: the one a known leader meets,
    # named bare between 同 and the verb; not 外国专家
    ("欢迎仪式后，李强同阿尔巴尼斯举行会晤。赵乐际同崔龙海会谈。李强同外国专家举行座谈会。", ["李强", "阿尔巴尼斯", "赵乐际", "崔龙海", "李强"]),
    # 新闻联播 2024-01-25 (gold_blind27 06): a foreman by title (工长); 施工长达 is none
    ("凌晨4时，工长李博和十几名队员开始收拾工具。该工程施工长达3年。", ["李博"]),
]


def test_a_title_starts_after_the_verb_of_meeting() -> None:
    # 新闻联播 2024-01-22 and 2024-05-31: not 欢迎突尼斯共和国总统, nor the host's titles
    text = "中共中央政治局常委、全国政协主席王沪宁22日在京会见老挝人民革命党中央政治局委员、建国阵线中央委员会主席辛拉冯。"
    paragraphs = [text, "辛拉冯表示，老挝愿同中方深化合作。"]
    titles = {p["name"]: p["titles"] for p in find_people(context_of(paragraphs, None, "2024-01-22"))}
    assert titles["辛拉冯"] == ["老挝人民革命党中央政治局委员", "建国阵线中央委员会主席"]
    text = "国家主席习近平举行仪式，欢迎突尼斯共和国总统凯斯·赛义德对我国进行国事访问。"
    titles = {p["name"]: p["titles"] for p in find_people(context_of([text], None, "2024-05-31"))}
    assert titles["凯斯·赛义德"] == ["突尼斯共和国总统"]
    text = "全国人大常委会委员长赵乐际31日在北京分别会见突尼斯总统赛义德、巴林国王哈马德。"
    titles = {p["name"]: p["titles"] for p in find_people(context_of([text], None, "2024-05-31"))}
    assert titles["赛义德"] == ["突尼斯总统"] and titles["哈马德"] == ["巴林国王"]
    # ... but 国王 in 滇国王侯贵族 (王侯, a word) names no one (rmrb 2020-05)
    assert find_people(context_of(["这是滇国王侯贵族的专用品。"], None, "2020-05-02")) == []


@pytest.mark.parametrize(("paragraph", "expected"), ONE_PARAGRAPH_NAMES)
def test_names_in_one_paragraph(paragraph: str, expected: list[str]) -> None:
    ctx = context_of([paragraph], None, "2024-01-30")
    assert [p["name"] for p in find_people(ctx)] == expected


def test_an_interview_roster_and_its_turns() -> None:
    # rmrb 20200529-20-01
    paragraphs = [
        "对话人：刘慈欣（科幻作家）",
        "姚海军（《科幻世界》副总编）",
        "吴岩：从2016年第一届中国科幻大会开始，科幻热持续升温。",
        "刘慈欣：科幻是一种文学。",
        "吴岩：是的。",
    ]
    ctx = context_of(paragraphs, None, "2020-05-29")
    assert sorted({p["name"] for p in find_people(ctx)}) == ["刘慈欣", "吴岩", "姚海军"]


def test_a_line_that_signs_with_titles_a_space_and_the_name() -> None:
    # rmrb 20200518-13-01 (two-session column); 20200530-05-02 (speech summaries, two spaces)
    paragraphs = [
        "“六保”要确保",
        "全国政协委员、中国税务学会副会长 张连起",
        "即将召开的2020年全国两会，备受关注。",
        "国务院台湾事务办公室主任  刘结一",
        "电商 梁倩娟",  # 电商 is no title: the line is a heading
    ]
    ctx = context_of(paragraphs, None, "2020-05-18")
    people = {p["name"]: p["titles"] for p in find_people(ctx)}
    assert people == {
        "张连起": ["全国政协委员", "中国税务学会副会长"],
        "刘结一": ["国务院台湾事务办公室主任"],
    }


def test_a_signing_name_spaced_out_or_dotted() -> None:
    # rmrb 20200513-17-01 (gold_blind93 02), 20200514-19-02: forum speakers' lines
    paragraphs = [
        "泰国驻华大使 阿塔育·习萨目",
        "应对这场疫情的有效方式是进行合作。",
        "国际货币基金组织副总裁 张 涛",
        "北京理工大学法学院副教授 孟 强",
        "养护果树 增收有路",
    ]
    ctx = context_of(paragraphs, None, "2020-05-13")
    people = {p["name"]: p["titles"] for p in find_people(ctx)}
    assert people == {
        "阿塔育·习萨目": ["泰国驻华大使"],
        "张 涛": ["国际货币基金组织副总裁"],
        "孟 强": ["北京理工大学法学院副教授"],
    }


def test_a_bare_foreign_name_that_speaks_in_an_article_about_abroad() -> None:
    # rmrb 2025-10-20 (无声的灯塔, a new-user run): Gaza bookstall keepers named bare
    # before 表示; 萨米尔 is the last part of 罗阿·萨米尔, named whole
    ctx = context_of(
        [
            "在加沙地带中部的努赛赖特难民营，萨拉赫和阿卜杜拉·萨苏尔兄弟俩开了家路边书摊。",
            "“我们尽量每天都开张，这取决于当天的安全形势。”萨拉赫表示，他们开书摊。",
            "18岁女孩罗阿·萨米尔就是其中一位。",
            "“书籍是无声的灯塔。”萨米尔说，她很感激小书摊的存在。",
        ],
        "无声的灯塔",
        "2025-10-20",
    )
    assert sorted({p["name"] for p in find_people(ctx)}) == ["罗阿·萨米尔", "萨拉赫", "阿卜杜拉·萨苏尔"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新闻联播 2024-03 (gold_blind30 03): read as the surname 白 and 玛 before
        ("全国人大常委会副委员长白玛赤林在参加西藏代表团审议时说。", [("白玛赤林", ["全国人大常委会副委员长"])]),
        # rmrb 2020-05: a Tibetan name after a title and before a speech verb
        ("珞巴民族乡的乡长，全国人大代表扎西江村介绍了这几年边疆的变化。", [("扎西江村", ["全国人大代表"])]),
        ("“我走了很远的路。”扎西平措说。", [("扎西平措", [])]),
        # a dotted name holds its parts
        ("帕巴拉·格列朗杰、何厚铧出席。", [("帕巴拉·格列朗杰", []), ("何厚铧", [])]),
    ],
)
def test_tibetan_names_of_two_parts(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == expected


def test_words_read_as_names_in_the_corpus_are_none() -> None:
    # rmrb 2020-05: 白皮书 (a white paper) and 徐工 (the XCMG company) open with surnames
    text = "《美国企业在中国》白皮书显示，多数美国企业认为。徐工集团一直以专注和坚守做好实业。"
    assert find_people(sentence(text)) == []


def test_a_profile_by_birth_date_a_rare_surname_and_a_compound_married_name() -> None:
    # rmrb 20200512-15-03 (gold_blind33 02), 20200523-01-01 (gold_blind34 02)
    assert [r["name"] for r in find_people(sentence("陈锡华，1975年9月出生，贵州仁怀人，中共党员。"))] == ["陈锡华"]
    assert [(r["name"], r["titles"]) for r in find_people(sentence("保山边境管理支队副支队长寸松柏说。"))] == [
        ("寸松柏", ["保山边境管理支队副支队长"])
    ]
    assert [r["name"] for r in find_people(sentence("香港特别行政区行政长官林郑月娥、澳门特别行政区行政长官贺一诚列席会议。"))] == [
        "林郑月娥",
        "贺一诚",
    ]


def test_co_writers_credited_are_no_people_and_given_names_opening_with_stop_characters() -> None:
    # rmrb 20200517-06-01 (gold_blind40 03): co-writers credited in brackets are a byline
    text = "队员张诺表示，不能惧怕陌生环境。（段开尚、柯青坡、刘思祺、孙利波、尚文斌、关亚斐、赵凯杰、迟玉光、林文贵参与采写）"
    assert [r["name"] for r in find_people(sentence(text))] == ["张诺"]
    # rmrb 20200515 (gold_blind40 01), 2020-05 (gold_blind21): 向 and 和 open given names
    assert [(r["name"], r["titles"]) for r in find_people(sentence("最高人民检察院第十检察厅厅长徐向春表示，"))] == [
        ("徐向春", ["最高人民检察院第十检察厅厅长"])
    ]
    assert [r["name"] for r in find_people(sentence("镇党委书记杨和森说，要主动加量走访。"))] == ["杨和森"]
    # 新闻联播 2024-06-30, rmrb 20200507-11-05, 20200522-01-06: and 其
    text = "在清华大学低维量子物理国家重点实验室，薛其坤院士正在和研究团队一起分析最新数据。"
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == [("薛其坤", ["院士"])]
    text = "根据实际情况，村支书杨其宇在贫困户遍访过程中，因户施策。"
    assert [r["name"] for r in find_people(sentence(text))] == ["杨其宇"]
    text = "北京大学老校长周其凤院士和信息科学技术学院王教授参加。"
    assert "周其凤" in [r["name"] for r in find_people(sentence(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 20200517-06-01 (gold_blind40 03): military ranks
        ("余晓龙带领一组夺控驾驶室，上士张康康带领二组控制安全舱。", [("张康康", ["上士"])]),
        # rmrb-pdf 20251020 (gold_blind40 10): a performer
        ("二胡演奏家陈军与扎念琴演奏员合奏。", [("陈军", ["二胡演奏家"])]),
        # rmrb 20200502-04-05 (gold_blind46 04): posts and trades in 员, and 专责
        ("鹰潭北站中控室里，调度员钱程有条不紊发出一条条指令。", [("钱程", ["调度员"])]),
        ("警报器响起，值班员欧霞确认道口停车线内无人后，举起信号旗。", [("欧霞", ["值班员"])]),
        ("早上6时，项目管理中心专责王宗就出门了。", [("王宗", ["项目管理中心专责"])]),
        # a role word in 员 still needs a name the tagger reads (人员 is a role word)
        ("工作人员高达400余人。", []),
        # rmrb 2020-05 (gold_blind42 04): the tagger reads 家 (his home) into the name
        ("这方小天地，是福建晋江市内坑镇白垵村村民何小勇家的庭院。", [("何小勇", ["福建晋江市内坑镇白垵村村民"])]),
    ],
)
def test_ranks_performers_and_a_home_after_the_name(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == expected


def test_surnames_the_list_lacked() -> None:
    # rmrb 20200509-01-02, 20200504-02-01 (gold_blind49 04, 02): 辜 and 赖
    text = "出席座谈会的党外人士还有陈晓光、郑建邦、辜胜阻、刘新成、何维、邵鸿和蒋作君。"
    assert [r["name"] for r in find_people(sentence(text))] == ["陈晓光", "郑建邦", "辜胜阻", "刘新成", "何维", "邵鸿", "蒋作君"]
    assert [(r["name"], r["titles"]) for r in find_people(sentence("正在景区游览的游客赖亚武说。"))] == [("赖亚武", ["游客"])]


def test_contacts_named_with_their_telephone_numbers() -> None:
    # policies.jsonl 43 (gold_blind49 09): each office's contact and number
    paragraphs = ["五、联系方式", "工业和信息化部电子信息司：喻一鸣 010-68208283", "国家体育总局科教司：段雅丽 010-87182335"]
    ctx = context_of(paragraphs, None, "2022-08-26")
    assert [p["name"] for p in find_people(ctx)] == ["喻一鸣", "段雅丽"]
    # policies.jsonl 41 (gold_blind91 10): the office runs into the name, spaced apart,
    # and a two-character name is spaced out; 中小企业 before a number is no name
    paragraphs = [
        "工业和信息化部装备工业一司\u3000\u3000陆瑞阳\u3000010-68205630",
        "中国信息通信研究院\u3000\u3000刘\u3000迎\u300018610885074\u3000李\u3000铮\u300018910968668",
        "提供一站式服务。中小企业13810398406",
    ]
    ctx = context_of(paragraphs, None, "2022-09-23")
    assert [p["name"] for p in find_people(ctx)] == ["陆瑞阳", "刘\u3000迎", "李\u3000铮"]


def test_more_national_leaders_named_without_a_title() -> None:
    # xwlb 2024-03-01 (gold_blind40 06): the opening of a training course
    assert [r["name"] for r in find_people(sentence("李干杰主持开班式，姜信治和陈希出席。"))] == ["李干杰", "姜信治", "陈希"]


def test_a_standing_committee_member_named_before_the_title() -> None:
    # xwlb 2024-06-05 (gold_blind44 06): CPPCC standing committee members speaking
    text = "易纲常委建议，坚持深化市场化改革。江尔雄常委代表台盟中央发言。"
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == [("易纲", ["常委"]), ("江尔雄", ["常委"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # xwlb 2024-03-26 (gold_blind44 05): 昂 ends a transliterated name
        ("赵乐际在北京会见瑙鲁总统阿迪昂。", [("赵乐际", []), ("阿迪昂", ["瑙鲁总统"])]),
        # policies.jsonl record 71 (gold_blind44 09): one name before 等N位代表
        ("刘庆峰等15位代表：你们提出的建议收悉。", [("刘庆峰", [])]),
        # xwlb 2024-02-10 (gold_blind43 05): an adverb after the last name of a list
        ("除夕当天，航天员汤洪波、唐胜杰、江新林特意穿上了喜庆的衣服。", [("汤洪波", ["航天员"]), ("唐胜杰", []), ("江新林", [])]),
    ],
)
def test_lists_addressees_and_transliterations(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 20200514-01-06, 20200514-17-01, 20200506-03-05: a surname the list lacks, or a
        # foreign name, between a title and a speech verb
        ("生态环境部法规司司长别涛表示，这部法律反复强调。", [("别涛", ["生态环境部法规司司长"])]),
        ("菲律宾外长洛钦说，中国采取的抗疫措施十分有效。", [("洛钦", ["菲律宾外长"])]),
        ("罗安达省长雷斯科瓦表示，中资企业始终致力于当地发展。", [("雷斯科瓦", ["罗安达省长"])]),
        # rmrb 20200502-01-01, 20200504-02-01, 20200525-03-01: a character before the title
        # that ends another title (业主, 店主; 区主|任纳学礼) does not hide the name
        ("“也需要有人24小时值守。”作业区主任纳学礼说。", [("纳学礼", ["作业区主任"])]),
        ("现在入住率能达到40%。”民宿负责人原建芳说。", [("原建芳", ["民宿负责人"])]),
        ("泰国暹罗智库主席洪风认为，中国一直保持开放姿态。", [("洪风", ["泰国暹罗智库主席"])]),
        # an adverb before the verb is no part of the name (xwlb 2024-02-28)
        ("斯洛伐克总理菲佐则表示，应尽快通过和平谈判解决冲突。", [("菲佐", ["斯洛伐克总理"])]),
        # no name: a familiar form, a title that goes on, words the tagger reads apart
        ("水利专家老李说，别小瞧这条河。", []),
        ("总书记参加内蒙古代表团审议时的嘱托。", []),
    ],
)
def test_any_surname_between_a_title_and_a_speech_verb(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == expected


def test_a_name_before_a_comma_and_a_pronoun() -> None:
    # rmrb 20200507-02-02 (gold_blind36): the pronoun goes on about the person named
    text = "记者碰到了正在寄运药品的孙晋芳，她拿出10块钱给了揽收员。"
    assert [p["name"] for p in find_people(sentence(text))] == ["孙晋芳"]
    # a word before the pronoun is no name
    assert find_people(sentence("面对困难，他没有退缩。走进村里的小卖部，她买了一瓶水。")) == []


def test_a_given_name_ending_in_he_before_a_speech_verb() -> None:
    # rmrb 20200514-06-01 (gold_blind51 04), 20200508-13-01: 和 before the verb ends the name
    assert [p["name"] for p in find_people(sentence("浙江省应急管理厅减灾救灾处处长黄晓和介绍，如今利用大数据。"))] == ["黄晓和"]
    assert [p["name"] for p in find_people(sentence("市长王五和李四会见客人。"))] == ["王五", "李四"]
    # rmrb 20200527-12-02 (gold_blind65 02), 20200528-11-01: and before a deputy's trailing
    # title (代表, 委员), not before 代表们
    people = find_people(sentence("中国科学技术大学校长包信和代表"))
    assert [(p["name"], p["titles"]) for p in people] == [("包信和", ["中国科学技术大学校长", "代表"])]
    people = find_people(sentence("中国科学院院士饶子和委员建议，应对疫情防控常态化，还需要发挥科技的支撑作用。"))
    assert [p["name"] for p in people] == ["饶子和"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 20200508-06-01, 20200507-01-02, 20200504-02-05 (gold_blind59 03, gold_blind60
        # 03, gold_blind59 04): a verb and its 了 after the name, 站在 after it
        ("宜都兴发化工有限公司办公室主任徐建旭松了口气。", [("徐建旭", ["宜都兴发化工有限公司办公室主任"])]),
        ("新田地种植专业合作社理事长李杰来了精神。", [("李杰", ["新田地种植专业合作社理事长"])]),
        ("项目现场，安全总监廖勇站在基坑边。", [("廖勇", ["安全总监"])]),
        # 新闻联播 2024-04-29 (gold_blind60 06): invited to speak
        ("中国美术馆馆长吴为山应邀作报告。", [("吴为山", ["中国美术馆馆长"])]),
        # the station a name gives (no person): 站 not followed by a verb's complement
        ("记者来到刘庄站了解情况。", []),
    ],
)
def test_a_verb_right_after_a_name_after_a_title(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新闻联播 2024-03-04 (gold_blind60 05): elected after 决定, the last one before 为, one
        # rare surname (信) among them
        (
            "会议经过表决，决定刘奇、刘俊臣、信春鹰、娄勤俭、孔绍逊、刘建波为大会副秘书长。",
            ["刘奇", "刘俊臣", "信春鹰", "娄勤俭", "孔绍逊", "刘建波"],
        ),
        # 新闻联播 2024-04-29 (gold_blind60 06): a verb after the last of a titled list …
        ("全国政协副主席巴特尔、陈武、蒋作君、何报翔围绕学习贯彻重要讲话。", ["巴特尔", "陈武", "蒋作君", "何报翔"]),
        # … but not one that the name's last character opens (邵鸿|参加)
        ("全国政协副主席辜胜阻、刘新成、何维、邵鸿参加座谈会。", ["辜胜阻", "刘新成", "何维", "邵鸿"]),
    ],
)
def test_list_ends_and_a_rare_surname_inside_a_list(text: str, expected: list[str]) -> None:
    assert [r["name"] for r in find_people(sentence(text))] == expected


def test_a_name_before_the_people_with_them_counted() -> None:
    # rmrb 20200504-02-05 (gold_blind59 04): 和3名工友 goes on about the person named
    assert [p["name"] for p in find_people(sentence("测量、搬运、安装，冯盼和3名工友通力配合。"))] == ["冯盼"]
    # a word before such a count is no name
    assert find_people(sentence("村里的党员和3名驻村干部一起上门。")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 20200505-01-06, 20200504-02-01 (gold_blind49 01): a two-character
        # name after a role word, where the tagger ends it before a verb, an adverb or 很
        ("青年员工胡超咬咬牙，扛起线缆。", [("胡超", ["青年员工"])]),
        ("正在用餐的游客黄捷很开心。", [("黄捷", ["游客"])]),
        # rmrb 20200504-01-01 (gold_blind44): a name the tagger does not know (马蓓蓓/x)
        ("陕西师范大学硕士研究生马蓓蓓等。", [("马蓓蓓", ["陕西师范大学硕士研究生"])]),
        # rmrb 20200504-02-01, 20200514-06-01 (gold_blind49, gold_blind51): hosts and cadres
        ("主播陆晓颜说。县应急管理局干部杨秀清每晚都开会。", [("陆晓颜", ["主播"]), ("杨秀清", ["县应急管理局干部"])]),
        # not a count, a noun or a word the tagger reads on (工人高达|400余人, 学生高阶|思维)
        ("工作人员高达400余人。促进学生高阶思维能力的发展。", []),
    ],
)
def test_two_character_names_after_role_words(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == expected


def test_a_name_written_once_after_de_and_before_a_verb() -> None:
    # 新闻联播 2024-02-25, 2024-05-20: once is enough right after 的 and before a verb or
    # an adverb, when the tagger reads one name there
    text = "速度滑冰青年组比赛，北京队的丛振龙夺得青年组男子A组5000米金牌。"
    assert [p["name"] for p in find_people(sentence(text))] == ["丛振龙"]
    text = "从小患有脊髓性肌萎缩症的邵镇炜正带领团队。"
    assert [p["name"] for p in find_people(sentence(text))] == ["邵镇炜"]
    # not before a noun (的刘玉琼家) when written once
    assert find_people(sentence("这是锦绣社区的刘玉琼家。")) == []


def test_an_honor_in_quotes_belongs_to_the_title_of_its_holder() -> None:
    # rmrb 20200505-01-01: the title is the honor's holder, not 获得者 alone
    text = "“五一”前夕，第二十四届“中国青年五四奖章”获得者胡慧说，我们要坚持。"
    assert [(p["name"], p["titles"]) for p in find_people(sentence(text))] == [
        ("胡慧", ["第二十四届“中国青年五四奖章”获得者"])
    ]


def test_korean_given_names_opening_with_zai() -> None:
    # rmrb 20200514-01-01 (gold_blind62 01), 新闻联播 2024-01-02: 在 opens the given name
    # when the tagger reads the three characters as one name
    text = "习近平同韩国总统文在寅通电话。文在寅表示，愿加强合作。"
    assert [p["name"] for p in find_people(sentence(text))] == ["习近平", "文在寅", "文在寅"]
    # but not the aspect marker after a name
    text = "处长黄晓在介绍情况。"
    assert "黄晓在" not in [p["name"] for p in find_people(sentence(text))]


def test_a_modal_and_a_preposition_before_a_cue_are_no_name() -> None:
    # policies.jsonl 27 (gold_blind62 10): 应|按要求 opens an instruction, not a speaker
    assert find_people(sentence("应按要求装设生态流量监测设备设施。")) == []
    assert [p["name"] for p in find_people(sentence("应勇表示，要加强监督。"))] == ["应勇"]
    # rmrb 20200505-06-01 (gold_blind103 01), policies.jsonl 77 (gold_blind104 10): 应|主动 and
    # 应|本着 open an instruction, before a cue and after a title alike
    assert find_people(sentence("若要使用餐馆的餐具，应主动要求在每个容器中放置公筷。")) == []
    assert find_people(sentence("第八条专家应本着科学严谨的专业精神，参加评审。")) == []
    assert [p["name"] for p in find_people(sentence("最高人民检察院检察长应勇在会上说。"))] == ["应勇"]


def test_the_two_players_of_a_doubles_pair() -> None:
    # rmrb 20200508-14-07 (gold_blind103 04), 新闻联播 2024-02-10: a slash joins the pair next
    # to 组合, and each side is a name of its own; a slash elsewhere joins no names
    text = (
        "以0∶2负于四川省羽毛球队男双组合袁奥/周博维。最终，郑思维/张殊贤组合以2∶1险胜。"
        "国羽组合刘雨辰/何济霆战胜四川队组合。中国队组合程文涛/石浩玙成功卫冕。"
        "华西临床医学院/华西医院组合了多个团队。"
    )
    assert [p["name"] for p in find_people(sentence(text))] == [
        "袁奥", "周博维", "郑思维", "张殊贤", "刘雨辰", "何济霆", "程文涛", "石浩玙",
    ]


def test_the_post_written_after_the_one_appointed_or_removed() -> None:
    # 新闻联播 2024-06-28 (gold_blind67 07), rmrb 20200529-01-04: the post follows 为, 的 or
    # 辞去, split at 、
    text = (
        "会议决定：免去马晓伟的国家卫生健康委员会主任职务；任命雷海潮为国家卫生健康委员会主任。"
        "任命茅仲华为最高人民法院副院长、审判委员会委员、审判员。"
        "会议决定接受冯忠华辞去第十三届全国人大常委会委员职务的请求。"
    )
    assert [(p["name"], p["titles"]) for p in find_people(sentence(text))] == [
        ("马晓伟", ["国家卫生健康委员会主任"]),
        ("雷海潮", ["国家卫生健康委员会主任"]),
        ("茅仲华", ["最高人民法院副院长", "审判委员会委员", "审判员"]),
        ("冯忠华", ["第十三届全国人大常委会委员"]),
    ]


def test_the_one_appointed_removed_or_elected() -> None:
    # 新闻联播 2024-06-28 (gold_blind67 07), rmrb 20200528-02-03: named bare between the
    # decision's verb and 为 or 的…职务
    text = "会议决定：免去马晓伟的国家卫生健康委员会主任职务；任命雷海潮为国家卫生健康委员会主任。会议选举李斌为副主席。"
    assert [p["name"] for p in find_people(sentence(text))] == ["马晓伟", "雷海潮", "李斌"]
    # 新闻联播 2024-05-11: a transliterated name
    assert [p["name"] for p in find_people(sentence("普京10日签署命令，任命米舒斯京为新一届联邦政府总理。"))] == ["米舒斯京"]
    # not an election's kind or what is seen as something
    assert find_people(sentence("坚持选举产生的原则。这次选举被视为一次考验。")) == []


def test_a_given_name_the_tagger_reads_as_a_verb_before_a_verb() -> None:
    # rmrb 20200528-02-05 (gold_blind67 01): 蒋|建新(v)|结合(v) after a title; 怀 is a surname
    text = "全国人大代表、陆军特色医学中心研究员蒋建新结合本职工作。中国科学院院士怀进鹏出席。"
    assert [(p["name"], p["titles"]) for p in find_people(sentence(text))] == [
        ("蒋建新", ["全国人大代表", "陆军特色医学中心研究员"]),
        ("怀进鹏", ["中国科学院院士"]),
    ]


def test_a_deputys_name_ending_like_an_organization() -> None:
    # rmrb 20200526-13-01 (gold_blind70 01): 鹿心社 (鹿 a surname; 社 ends many bodies),
    # read whole by the tagger before a deputy's 代表
    text = "鹿心社代表（广西壮族自治区党委书记、自治区人大常委会主任）"
    assert [(p["name"], p["titles"]) for p in find_people(sentence(text))] == [("鹿心社", ["代表"])]


def test_a_name_after_a_role_word_that_opens_two_more_sentences() -> None:
    # rmrb 20200502-01-01 (gold_blind70 04): the tagger splits 李作(v)|超(v) after 外卖小哥
    text = "辽宁大连的外卖小哥李作超就开始了一天的忙碌。李作超是湖北孝感人。李作超工作的区域有多家医院。"
    assert [p["name"] for p in find_people(sentence(text))] == ["李作超", "李作超", "李作超"]
    # written once, the role word alone does not make it a name
    assert find_people(sentence("辽宁大连的外卖小哥李作超就开始了一天的忙碌。")) == []


def test_a_name_before_a_preposition_and_the_one_resigning() -> None:
    # rmrb 20200523-10-02 (gold_blind74 02), 20200525-01-01: 王晨|关于 (关于 is no part of
    # the name), 康震|通过
    text = "听取全国人大常委会副委员长王晨关于民法典草案的说明。北京师范大学教授康震通过线上云课堂讲课。"
    assert [p["name"] for p in find_people(sentence(text))] == ["王晨", "康震"]
    # rmrb 20200529-01-04 (gold_blind73 01): the one whose resignation is accepted
    text = "会议决定接受冯忠华辞去第十三届全国人大常委会委员职务的请求。"
    assert [p["name"] for p in find_people(sentence(text))] == ["冯忠华"]
    # rmrb 20200506-04-05 (gold_blind74 04): 毋 is a surname
    assert [p["name"] for p in find_people(sentence("来自中建三局的施工经理毋敏激动得签字笔都难以握稳。"))] == ["毋敏"]


def test_a_speaker_who_once_said() -> None:
    # rmrb 20200520-04-03 (gold_blind76 03), 20200518-01-03: 曾 ("once") between the name
    # and the speech verb
    text = "汇聚起抗击疫情的强大合力。李大钊曾说：“历史的道路，不全是平坦的。”正如马克思曾指出的。"
    assert [p["name"] for p in find_people(sentence(text))] == ["李大钊", "马克思"]


def test_a_companys_legal_representative_and_the_surname_xiao() -> None:
    # 新闻联播 2024-01-27 (gold_blind84 07): those held responsible, named by their role in
    # a company; rmrb 20200531-04-03 (gold_blind84 04): 萧 is a surname
    text = "富洋烧烤店实际控制人张洪显、宁夏龙江清洁能源有限公司法定代表人张晓东等15人涉嫌重大责任事故罪。"
    assert [(p["name"], p["titles"]) for p in find_people(sentence(text))] == [
        ("张洪显", ["富洋烧烤店实际控制人"]),
        ("张晓东", ["宁夏龙江清洁能源有限公司法定代表人"]),
    ]
    text = "台湾抗日志士亲属协进会会长萧开平认为，大陆此时召开座谈会。"
    assert [p["name"] for p in find_people(sentence(text))] == ["萧开平"]


def test_a_trader_a_technician_and_a_building_head() -> None:
    # rmrb 20200512-13-02 (gold_blind89 02), 20200514-06-05 (gold_blind86 01)
    text = "在银川经营五金店的浙江商人陈喜庆感叹道。每天早上9点，楼栋长樊玉红准时召集志愿者巡查小区。“大国工匠”中车青岛四方机车车辆股份有限公司钳工首席技师郭锐。“最美铁路人”的报告语言朴实。"
    assert [p["name"] for p in find_people(sentence(text))] == ["陈喜庆", "樊玉红", "郭锐"]


def test_a_name_before_a_place_or_time_word() -> None:
    # xwlb 2024-06-16 (gold_blind102 06), 2024-06-19, 2024-05-02: the last character
    # would open 当地 or 正在, so the name ends before it
    text = "国务院总理李强当地时间6月15日下午乘专机抵达阿德莱德。我国第一代ROV领航员韩超正在操控水下机器人。"
    assert [r["name"] for r in find_people(sentence(text))] == ["李强", "韩超"]


def test_a_name_before_a_four_character_idiom_and_a_speech_verb() -> None:
    # rmrb 20200505-04-06 (gold_blind102 01), 20200515-18-01, 20200515-06-04: the manner
    # word before 地说 may be an idiom of four (深有感触, 信心十足, 苦口婆心)
    text = (
        "百子庵村大学生村官刘伟深有感触地说，“我们要扎根基层。”“出栏争取达到10万头。”向进信心十足地说。"
        "石登高苦口婆心地讲道理。"
    )
    assert [r["name"] for r in find_people(sentence(text))] == ["刘伟", "向进", "石登高"]


def test_a_title_after_a_verb_of_publishing() -> None:
    # xwlb 2024-06-16 and others: 《求是》杂志发表|中共中央总书记…习近平的重要文章; the title
    # starts after 发表 (刊登, 刊发)
    text = "6月16日出版的第12期《求是》杂志发表中共中央总书记、国家主席、中央军委主席习近平的重要文章。"
    assert [(r["name"], r["titles"]) for r in find_people(sentence(text))] == [
        ("习近平", ["中共中央总书记", "国家主席", "中央军委主席"])
    ]
