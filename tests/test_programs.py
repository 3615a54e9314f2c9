"""Program and practice extraction: the sample page (every named practice with core,
kind and place), real paragraphs, and the metaphors, speech and slogans rules."""

from __future__ import annotations

import pytest

from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.programs import find_programs
from tests.test_people import check_offsets, real_contexts, sample_contexts, sentence

Row = tuple[str, str, str, str | None, int]


def programs(ctx: ArticleContext) -> list[Row]:
    """(name, core, kind, place, paragraph) of every program mention."""
    records = find_programs(ctx)
    check_offsets(ctx, records, "name")
    return [(r["name"], r["core"], r["kind"], r["place"], r["paragraph"]) for r in records]


# Left out on purpose in the sample page: “连心桥”, “网格”, “评判席”, “是非”, “加码”, “保护伞”,
# “问题导向”, “毒黄赌”等 (no head), “网格化”巡逻, “平安梦”, “平安岳阳”这张亮丽名片, quoted
# speech (“你好，我奶奶…”, “这些年，…”), “关键少数”, “国标化”, “多中心”, “一中心”,
# “一盘棋”, “只进一扇门，最多跑一处” (sentence punctuation), “速度最快…”的淄博公安服务品牌
# (a description), ‘当下治’, ‘长久立’, ‘前沿战斗堡垒’, quotes inside 《…》 titles, 《法治日报》.
SAMPLE_PROGRAMS: list[list[Row]] = [
    [
        ("“全国社会治安综合治理优秀市”", "全国社会治安综合治理优秀市", "honor", "湖南省岳阳市", 2),
        ("“全省综治工作先进市”", "全省综治工作先进市", "honor", "湖南省岳阳市", 2),
        ("“中国最具幸福感城市”", "中国最具幸福感城市", "honor", "湖南省岳阳市", 2),
        ("“平安中国建设示范市”", "平安中国建设示范市", "honor", "湖南省岳阳市", 3),
        ("‘平安中国建设示范市’", "平安中国建设示范市", "honor", "湖南省岳阳市", 6),
        ("12345政府服务热线", "12345政府服务热线", "platform", "湖南省岳阳市", 7),
        ("“网格化+12345+110”三网融合联动模式", "网格化+12345+110", "mode", "湖南省岳阳市", 8),
        ("12345热线平台", "12345热线平台", "platform", "湖南省岳阳市", 8),
        ("12345平台", "12345平台", "platform", "湖南省岳阳市", 8),
        (
            "“组长+党员代表+群众代表”3人小组自治",
            "组长+党员代表+群众代表",
            "mode",
            "湖南省岳阳市平江县",
            10,
        ),
        ("“群英断是非”模式", "群英断是非", "mode", "湖南省岳阳市岳阳楼区", 10),
        ("村级事务阳光工程", "村级事务阳光工程", "brand", "湖南省岳阳市岳阳县", 10),
        ("“暖心房”议事厅", "暖心房", "brand", "湖南省岳阳市岳阳经开区", 10),
        ("“和姐工作室”", "和姐工作室", "brand", "湖南省岳阳市南湖新区", 10),
        ("“四无”", "四无", "slogan", "湖南省岳阳市", 11),
        ("扫黑除恶专项斗争", "扫黑除恶专项斗争", "campaign", "湖南省岳阳市", 14),
        ("政法队伍教育整顿", "政法队伍教育整顿", "campaign", "湖南省岳阳市", 15),
        ("“六合彩”集中整治", "六合彩", "campaign", "湖南省岳阳市", 16),
        ("“五大攻坚”行动", "五大攻坚", "campaign", "湖南省岳阳市", 16),
        ("城乡末端感知系统", "城乡末端感知系统", "platform", "湖南省岳阳市", 19),
        ("“三高四新”战略", "三高四新", "slogan", "湖南省岳阳市", 21),
        ("“三区一中心”", "三区一中心", "slogan", "湖南省岳阳市", 21),
    ],
    [
        ("“双十条”", "双十条", "slogan", "山东省淄博市", 0),
        ("“绿色通道”", "绿色通道", "other", "山东省淄博市", 0),
        ("“我为群众办实事”实践活动", "我为群众办实事", "campaign", "山东省淄博市", 1),
        ("政法队伍教育整顿", "政法队伍教育整顿", "campaign", "山东省淄博市", 2),
        ("‘靠前一步、主动作为’警务理念", "靠前一步、主动作为", "slogan", "山东省淄博市", 2),
        ("‘我为群众办实事’实践活动", "我为群众办实事", "campaign", "山东省淄博市", 2),
        ("‘四个铁一般’", "四个铁一般", "slogan", "山东省淄博市", 2),
        ("“一号改革工程”", "一号改革工程", "slogan", "山东省淄博市", 4),
        (
            "《深化“放管服”改革优化营商环境工作意见》",
            "深化“放管服”改革优化营商环境工作意见",
            "document",
            "山东省淄博市",
            4,
        ),
        (
            "《关于落实“无证明城市”建设相关工作的通知》",
            "关于落实“无证明城市”建设相关工作的通知",
            "document",
            "山东省淄博市",
            4,
        ),
        ("《十条措施》", "十条措施", "document", "山东省淄博市", 5),
        ("《十条严禁》", "十条严禁", "document", "山东省淄博市", 5),
        ("“双十条”", "双十条", "slogan", "山东省淄博市", 6),
        (
            "《淄博市公安局民警行为规范（试行）》",
            "淄博市公安局民警行为规范（试行）",
            "document",
            "山东省淄博市",
            8,
        ),
        (
            "《关于进一步规范“一案三跟进”警示教育纪律处分执行工作的通知》",
            "关于进一步规范“一案三跟进”警示教育纪律处分执行工作的通知",
            "document",
            "山东省淄博市",
            8,
        ),
        (
            "“我为群众办实事•走千村进万户”大走访大排查大提升活动",
            "我为群众办实事•走千村进万户",
            "campaign",
            "山东省淄博市",
            10,
        ),
        ("“民意引领警务”的理念", "民意引领警务", "slogan", "山东省淄博市", 11),
        (
            "《进一步深化创满意工作指导意见》",
            "进一步深化创满意工作指导意见",
            "document",
            "山东省淄博市",
            11,
        ),
        ("《非法集资犯罪手法目录》", "非法集资犯罪手法目录", "document", "山东省淄博市", 11),
        ("“我为群众办实事”实践活动", "我为群众办实事", "campaign", "山东省淄博市", 11),
        (
            "《社会治安领域专项整治方案》",
            "社会治安领域专项整治方案",
            "document",
            "山东省淄博市",
            11,
        ),
        (
            "《关于进一步做好大走访问题整改工作的通知》",
            "关于进一步做好大走访问题整改工作的通知",
            "document",
            "山东省淄博市",
            11,
        ),
        ("“品质民生百件实事”", "品质民生百件实事", "other", "山东省淄博市", 11),  # required in the gold (the quote model)
        ("12345政务热线", "12345政务热线", "platform", "山东省淄博市", 11),
        ("政法队伍教育整顿", "政法队伍教育整顿", "campaign", "山东省淄博市", 12),
    ],
    [
        # 市域社会治理现代化试点(工作), and once 市域社会现代化试点 as the interviewee says it;
        # not 全维保障试点工作 (保障 is the verb, 试点工作 its object)
        ("市域社会治理现代化试点", "市域社会治理现代化试点", "campaign", "安徽省宣城市", 0),
        ("市域社会现代化试点", "市域社会现代化试点", "campaign", "安徽省宣城市", 2),
        ("《目标任务清单》", "目标任务清单", "document", "安徽省宣城市", 3),
        ("市域社会治理现代化试点", "市域社会治理现代化试点", "campaign", "安徽省宣城市", 4),
        ("“一办八组”工作格局", "一办八组", "mode", "安徽省宣城市", 4),
        (
            "《市域社会治理现代化工作指引》",
            "市域社会治理现代化工作指引",
            "document",
            "安徽省宣城市",
            4,
        ),
        ("市域社会治理现代化试点", "市域社会治理现代化试点", "campaign", "安徽省宣城市", 4),
        ("市域社会治理现代化试点", "市域社会治理现代化试点", "campaign", "安徽省宣城市", 5),
        (
            "《关于认真贯彻党的十九届四中全会精神推进市域治理现代化的决定》",
            "关于认真贯彻党的十九届四中全会精神推进市域治理现代化的决定",
            "document",
            "安徽省宣城市",
            5,
        ),
        ("“机关集中学法月”", "机关集中学法月", "other", "安徽省宣城市", 6),
        (
            "“阳历年开年学法、阴历年开年考法”的学习工作模式",
            "阳历年开年学法、阴历年开年考法",
            "mode",
            "安徽省宣城市",
            6,
        ),
        # the name holds the place it opens with (宣城市), the core does not
        ("宣城市市域社会治理现代化试点", "市域社会治理现代化试点", "campaign", "安徽省宣城市", 6),
        ("县级综治中心", "县级综治中心", "platform", "安徽省宣城市", 9),
        ("县级矛调中心", "县级矛调中心", "platform", "安徽省宣城市", 9),
        ("“党建+三治”乡村治理体系", "党建+三治", "mechanism", "安徽省宣城市", 9),
        (
            "县级社会矛盾纠纷调处化解中心",
            "县级社会矛盾纠纷调处化解中心",
            "platform",
            "安徽省宣城市",
            10,
        ),
        ("“党建+三治”基层治理体系", "党建+三治", "mechanism", "安徽省宣城市", 10),
        ("“一张网”", "一张网", "other", "安徽省宣城市", 10),  # optional in the gold (the quote model)
        ("“党建+三治”乡村治理体系", "党建+三治", "mechanism", "安徽省宣城市", 11),
        ("“枫桥经验”", "枫桥经验", "mode", "安徽省宣城市", 12),
        (
            "县级社会矛盾纠纷调处化解中心",
            "县级社会矛盾纠纷调处化解中心",
            "platform",
            "安徽省宣城市",
            12,
        ),
        ("“一乡一村一调解组织”", "一乡一村一调解组织", "slogan", "安徽省宣城市", 12),
        ("“宣城七大调解法”", "宣城七大调解法", "mode", "安徽省宣城市", 12),
        ("‘一站式’矛盾纠纷平台", "一站式", "platform", "安徽省宣城市", 13),
    ],
    [
        ("政法队伍教育整顿", "政法队伍教育整顿", "campaign", "青海省", 0),
        ("“我为群众办实事”", "我为群众办实事", "campaign", "青海省", 0),
        ("队伍教育整顿", "队伍教育整顿", "campaign", "青海省", 1),  # 结合队伍教育整顿立行立改
        (
            "“以款找案、以款找人、边清边发”要求",
            "以款找案、以款找人、边清边发",
            "slogan",
            "青海省",
            3,
        ),
        ("“一案一账号”案款管理系统", "一案一账号", "platform", "青海省", 3),
        ("《关于规范案款管理工作的规定》", "关于规范案款管理工作的规定", "document", "青海省", 4),
        ("执行案款清理专项行动", "执行案款清理专项行动", "campaign", "青海省", 5),
        ("政法队伍教育整顿", "政法队伍教育整顿", "campaign", "青海省", 5),
        ("“我为群众办实事”实践活动", "我为群众办实事", "campaign", "青海省", 5),
    ],
    [
        (
            "《共同推进“法与公益同行”合作备忘录》",
            "共同推进“法与公益同行”合作备忘录",
            "document",
            "浙江省宁波市余姚市",
            0,
        ),
        (
            "“短期救济+长远保障”司法救助机制",
            "短期救济+长远保障",
            "mechanism",
            "浙江省宁波市余姚市",
            0,
        ),
        ("“司法援助慈善基金”", "司法援助慈善基金", "other", "浙江省宁波市余姚市", 1),
    ],
]


@pytest.mark.parametrize("index", range(5))
def test_sample_page_programs(index: int) -> None:
    assert programs(sample_contexts()[index]) == SAMPLE_PROGRAMS[index]


REAL_PROGRAMS: dict[str, list[Row]] = {
    "20200507-05-06": [
        ("“枫桥经验”", "枫桥经验", "mode", "浙江省", 0),
        ("‘枫桥经验’", "枫桥经验", "mode", "浙江省", 1),
        ("“一中心四平台一网格”基层社会治理模式", "一中心四平台一网格", "mode", "浙江省", 1),
        ("“一图一码一指数”", "一图一码一指数", "slogan", "浙江省", 2),
        # an even pair: a principle of the screening
        ("“不漏一户、不漏一人”", "不漏一户、不漏一人", "slogan", "浙江省", 2),
        ("“传统+科技”的智治理念", "传统+科技", "slogan", "浙江省", 2),
        # the named maps and the health codes (gold_blind55 03 requires them: the quote model)
        ("“疫情图”", "疫情图", "other", "浙江省", 2),
        ("“复工图”", "复工图", "other", "浙江省", 2),
        ("“绿码、黄码、红码”", "绿码、黄码、红码", "other", "浙江省", 2),
    ],
    "20200507-19-03": [("互联网法庭系统", "互联网法庭系统", "platform", "山东省枣庄市", 0)],
    "20200513-06-06": [
        ("“昆仑2020”专项行动", "昆仑2020", "campaign", "北京市", 0),
        ("“昆仑行动”", "昆仑行动", "campaign", "北京市", 0),
        ("整治食品安全问题联合行动", "整治食品安全问题联合行动", "campaign", "北京市", 0),
        # 坚持“全要素、全环节、全链条”侦办: three parallel items, a principle
        ("“全要素、全环节、全链条”", "全要素、全环节、全链条", "slogan", "北京市", 1),
        ("“打大、攻坚、惩恶”", "打大、攻坚、惩恶", "other", "北京市", 2),  # optional in gold/11
        ("扫黑除恶专项斗争", "扫黑除恶专项斗争", "campaign", "北京市", 2),
    ],
    "20200519-11-01": [
        ("“全岗通”工作法", "全岗通", "mode", "四川省成都市都江堰市", 0),
        ("“一人在岗、事项通办”", "一人在岗、事项通办", "slogan", "四川省成都市都江堰市", 0),
        ("“全岗通”", "全岗通", "mode", "四川省成都市都江堰市", 0),
        ("“全岗通”工作法", "全岗通", "mode", "四川省成都市都江堰市", 1),
        ("“一专多能、全岗都通”", "一专多能、全岗都通", "slogan", "四川省成都市都江堰市", 1),
        ("‘全岗通’工作机制", "全岗通", "mechanism", "四川省", 2),
        ("“一站式接待”", "一站式接待", "other", "贵州省安顺市安顺社区", 4),  # a service sign (the quote model)
        ("“全岗通”", "全岗通", "mode", "四川省成都市都江堰市", 4),
        ("《异地医疗报销备案表》", "异地医疗报销备案表", "document", "四川省成都市都江堰市", 4),  # a form
        ("“全岗通”", "全岗通", "mode", "四川省成都市都江堰市", 4),
    ],
    # 完善基层群众自治制度: one of the state's basic political systems, named as written
    "20200521-14-01": [("基层群众自治制度", "基层群众自治制度", "mechanism", None, 0)],
    "20240108-刘欣": [("“公安楷模”", "公安楷模", "honor", "黑龙江省七台河市", 0)],
    "20240114-政法工作作出重要指示": [
        ("“十四五”规划", "十四五", "slogan", "北京市", 1),
        ("“枫桥经验”", "枫桥经验", "mode", "北京市", 1),
        ("“两个确立”", "两个确立", "slogan", "北京市", 2),
        ("“四个意识”", "四个意识", "slogan", "北京市", 2),
        ("“四个自信”", "四个自信", "slogan", "北京市", 2),
        ("“两个维护”", "两个维护", "slogan", "北京市", 2),
    ],
}


@pytest.mark.parametrize("key", sorted(REAL_PROGRAMS))
def test_real_paragraph_programs(key: str) -> None:
    assert programs(real_contexts()[key]) == REAL_PROGRAMS[key]


@pytest.mark.parametrize(
    "text",
    [
        "架好党群“连心桥”，为百姓幸福“加码”，守护了百姓的“平安梦”。",
        "把群众请上“评判席”，让“是非”接受公开评议，打出“组合拳”。",
        "重点突出“问题导向”，确保“一盘棋”。",
        "“你好，我奶奶卧床不起，需要补办身份证。”",
        "五一期间，“五一”假期出行人数增加。",
        "接受《法治日报》记者采访。",
        "打击“台独”分裂活动。",
        # rmrb 20200512-05-03 (gold_blind29 03): the battle against the epidemic is a
        # figure of speech, not a campaign by name (no gold set requires it)
        "为打赢中国疫情防控阻击战作出重要贡献。在疫情防控阻击战中，护士们配合医生工作。",
        # government work reports 1978, 2003: a faction and what policy rejects
        "我们要深入揭批“四人帮”破坏毛主席的民族政策的罪行。",
        "坚决反对任何旨在制造“台湾独立”、“两个中国”、“一中一台”的言行。",
        # numerals in common words, idioms and counts (xwlb 20240424, rmrb 20200501-04-01,
        # 20200511-18-02): figures of speech, not numbered slogans
        "共同唱好新时代西部“双城记”。",
        "防风险有“千里眼”。工地24台塔吊，大臂交错。",
        "存款准备金率分为高、中、低“三档”，并在此基础上实行“两项”优惠政策。",
    ],
)
def test_metaphors_speech_and_terms_are_not_programs(text: str) -> None:
    assert programs(sentence(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大力实施“三高四新”战略。", ("“三高四新”战略", "三高四新", "slogan")),
        ("打造“四个铁一般”过硬队伍。", ("“四个铁一般”", "四个铁一般", "slogan")),
        # the tagger reads “两重” as a count (m), but 重 counts nothing (xwlb 20240513)
        ("国务院召开支持“两重”建设部署动员视频会议。", ("“两重”", "两重", "slogan")),
        ("坚持和发展新时代“枫桥经验”。", ("“枫桥经验”", "枫桥经验", "mode")),
        ("南湖新区“和姐工作室”成效明显。", ("“和姐工作室”", "和姐工作室", "brand")),
        ("拨打12345政府服务热线。", ("12345政府服务热线", "12345政府服务热线", "platform")),
        (
            "印发《社会治安领域专项整治方案》。",
            ("《社会治安领域专项整治方案》", "社会治安领域专项整治方案", "document"),
        ),
        (
            "岳阳市被评为“全国社会治安综合治理优秀市”。",
            ("“全国社会治安综合治理优秀市”", "全国社会治安综合治理优秀市", "honor"),
        ),
        ("持续开展扫黑除恶专项斗争。", ("扫黑除恶专项斗争", "扫黑除恶专项斗争", "campaign")),
        # rmrb 20200502-07-03: a title conferred on a place (not a description: “鱼米之乡”)
        ("大同浑源是“中国黄芪之乡”，恒山黄芪闻名。", ("“中国黄芪之乡”", "中国黄芪之乡", "honor")),
    ],
)
def test_kinds(text: str, expected: tuple[str, str, str]) -> None:
    assert [row[:3] for row in programs(sentence(text))] == [expected]


# --- unquoted names read leftwards from a head noun (programs.NAMED_HEADS) --------------
# Real sentences from the shared corpus. rmrb = rmrb-2020-05/2020年5月/<day>/<file>,
# xwlb = xwlb-2024h1/news/<file>, pdf = rmrb-pdf-20251020/rmrb_20251020.pdf.txt (lines
# joined), sample = corpus/000_1fcd3a980f6c89bd.txt in this repository.

Named = list[tuple[str, str]]


def named(text: str) -> Named:
    return [(row[0], row[2]) for row in programs(sentence(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # systems and platforms: the word before the head says what it does for government
        (  # rmrb 20200519-11-03; the governing verb 依托 is left out
            "依托县级禁毒网格化管理系统，惠东县16个镇、288个村（社区）全部落实建成网格管理平台，"
            "进一步提升禁毒社工服务水平。",
            [("县级禁毒网格化管理系统", "platform")],
        ),
        (  # sample, article 1; 基本要素纳入系统 is no name
            "“我们不断推进城乡末端感知系统建设，将人、地、事、物、组织等基本要素纳入系统，"
            "实现了精准管理。”",
            [("城乡末端感知系统", "platform")],
        ),
        (  # rmrb 20200507-19-03
            "枣庄中院民四庭副庭长孙晓征得双方当事人同意后，决定通过互联网法庭系统审案。",
            [("互联网法庭系统", "platform")],
        ),
        (  # rmrb 20200520-01-06
            "目前已形成党委、人大、政府、军队等各系统分工负责、相互衔接的各类规范性文件备案审查"
            "制度机制，备案审查信息平台延伸到设区的市、自治州。",
            [("备案审查信息平台", "platform")],
        ),
        (  # rmrb 20200528-11-01: a system still to be built (构建…) is a kind of thing the
            # speaker proposes, no named program (as 建设智能排产调度系统 in gold_blind26 08)
            "“建议下一步加大科研攻关力度，构建中西医、宏微观相结合的传染病预测预警系统，"
            "为疾病预防提供创新性的新理念和新思路。”",
            [],
        ),
        (  # policies doc 220 (gold_blind27 08): 硕 (a lone zg) belongs with 博士, so the
            # name would start mid-word
            "扩大人工智能领域招生规模，深化工程硕博士培养改革试点，加大学科交叉力度。",
            [],
        ),
        (  # policies doc 13 (gold_blind26 08), shortened; a running one is used (依托)
            "针对生产计划不合理等问题，建设智能排产调度系统。依托县级禁毒网格化管理系统开展排查。",
            [("县级禁毒网格化管理系统", "platform")],
        ),
        (  # policies.jsonl records 198, 60 (gold_blind94 09): a system named for the firms
            # that use it is a kind; a nationwide one is named
            "主要用于指导石化企业调度指挥系统的建设。设计信息系统、企业管理信息系统、物流系统。"
            "7广州亚信技术有限公司全国中小企业金融服务平台提供服务。",
            [("全国中小企业金融服务平台", "platform")],
        ),
        (  # policies.jsonl (药品信息化), rmrb 20200511-11-06: but the state's or a
            # province's own system is named, planned or running, and a province before it
            # counts as one of its words
            "二是建设国家药品追溯监管系统，实现药品的来源可查。还在安徽省政务服务平台开发了服务。"
            "建设山东省科技综合业务信息系统，推动科技业务工作数字化。",  # gold_blind84 09
            [
                ("国家药品追溯监管系统", "platform"),
                ("安徽省政务服务平台", "platform"),
                ("山东省科技综合业务信息系统", "platform"),
            ],
        ),
        (  # rmrb 20200507-06-04
            "疫情防控期间，中国移动微法院为群众提供一站式网上立案、远程开庭等诉讼服务。",
            [("中国移动微法院", "platform")],
        ),
        (  # rmrb 20200507-06-04: 高院 (an organization) is not part of the name
            "全国32家高院移动微法院均实现了网上立案。",
            [("移动微法院", "platform")],
        ),
        # campaigns: 行动 with a verb that launches it or a campaign word in the name
        (  # rmrb 20200508-11-03
            "1061家民营企业和社会组织结对帮扶1113个挂牌督战贫困村，各地各单位积极开展消费扶贫"
            "行动，社会各界参与脱贫攻坚氛围浓厚。",
            [("消费扶贫行动", "campaign")],
        ),
        (  # rmrb 20200507-11-01
            "3月下旬，佳木斯开展“五城同创”和人居环境整治行动，中房小区网格员牵头，"
            "与楼栋长一起清理楼道杂物。",
            [("“五城同创”", "slogan"), ("人居环境整治行动", "campaign")],
        ),
        (  # rmrb 20200513-06-06: 暨 joins two campaigns
            "去年以来全国公安机关按照公安部统一部署，开展“昆仑行动”暨整治食品安全问题联合行动，"
            "共侦破案件3.9万起。",
            [("“昆仑行动”", "campaign"), ("整治食品安全问题联合行动", "campaign")],
        ),
        (  # rmrb 20200507-01-05: no launch verb, but 整治 names a campaign
            "吉林长春市委宣传部副部长、市文明办主任姚丽介绍，在为期两个月的春季市容环境综合整治"
            "行动中，长春共出动环卫工人42万余人次。",
            [("春季市容环境综合整治行动", "campaign")],
        ),
        # 保卫战, 攻坚战: one word before the head is enough; a verb before it is left out
        (  # pdf, 久久为功 article
            "两个重要场合，谈及同一目标。一场攻坚克难的蓝天保卫战就此展开。",
            [("蓝天保卫战", "campaign")],
        ),
        ("服务脱贫攻坚战。", [("脱贫攻坚战", "campaign")]),  # rmrb 20200526-04-01 (heading)
        (  # rmrb 20200510-07-03
            "要积极投身脱贫攻坚战，充分发挥自身优势和号召力。",
            [("脱贫攻坚战", "campaign")],
        ),
        # pilots and 教育整顿
        (  # rmrb 20200526-04-01
            "根据全国人大常委会授权，在15个省份20个城市开展民事诉讼程序繁简分流改革试点。",
            [("民事诉讼程序繁简分流改革试点", "campaign")],
        ),
        (  # sample, article 3: 试点工作 reads as 试点
            "市域社会治理现代化试点工作开展以来，安徽省宣城市积极探索。",
            [("市域社会治理现代化试点", "campaign")],
        ),
        (  # rmrb 20200526-07-02
            "在“严”的主基调下抓实全系统党风廉政建设，深入开展检察队伍教育整顿，"
            "打造忠诚干净担当的检察队伍。",
            [("检察队伍教育整顿", "campaign")],
        ),
        (  # xwlb 20240502
            "全国已经建设1066个国家级高技能人才培训基地、1335个技能大师工作室，"
            "正在陆续成立100所工匠学院。",
            [("技能大师工作室", "brand")],
        ),
        (  # policies.jsonl record 36: what a standard is for opens no name (用于指导), and
            # a system named for the firms that use it, or for a field's related systems,
            # is a kind (gold_blind94 09)
            "仿真培训系统设计和建设等的仿真培训标准。主要用于指导石化企业操作管理系统的建设。"
            "网络安全标准用于保证智能制造领域相关信息系统的可用性。",
            [],
        ),
    ],
)
def test_unquoted_names_from_head_nouns(text: str, expected: Named) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # things, sectors and descriptions, not programs
        "在平粮台古城遗址，发现了迄今为止中国最早的城市排水系统。",  # rmrb 20200505-08-01
        (  # xwlb 20240316
            "各大电商平台的数据显示，今年以来，涉及床垫、沙发、智能马桶等家居以旧换新服务热度"
            "明显上涨。"
        ),
        "2017年—2019年，山东法院系统审理人格权纠纷案件分别为13788件、14267件。",  # rmrb 20200523-13-01
        # 行动 as a verb or an action nobody launches
        "各级党组织立即响应，广大党员迅速行动、踊跃捐款，表达对疫情防控的关心支持。",  # rmrb 20200522-01-06
        (  # rmrb 20200517-02-02
            "疫情防控中，共有4.2万余名医护人员支援湖北，是新中国成立以来规模最大的一次医疗支援"
            "行动。"
        ),
        "在全球抗疫行动中，我们都站在病毒的对立面，我们必须相互支持。",  # rmrb 20200519-03-05
        # a verb and its object: 保障 | 试点工作 (sample, article 3)
        "市域法治一体建设、市域政策一体统筹、城乡一体运行，全维保障试点工作纵深推进。",
        "晚上，忙碌了一天的蔡光江走进工作室，开始直播，口音也切换成了普通话。",  # rmrb 20200505-07-02
        # a field's pilot demonstrations (试点示范), no named pilot (policies.jsonl 172, 92)
        "对列入国家级、省级、市级智能制造试点示范项目的，分别给予３００万元、２００万元奖励。",
        "配合有关部门做好智慧健康养老试点示范。",
        # a campaign word used as a common noun after a verb that uses it (rmrb 20200511-09-01,
        # policies.jsonl, xwlb 2024-01-27), or cut short by the tagger (无障碍|改造)
        "坚决向形式主义顽瘴痼疾开刀，确保集中整治不走过场、不做虚功。",
        "政府、服务机构、企业协同推进和落实好专项行动。开展相关专项整治行动，重点整治。",
        "部将重点抓好互联网应用适老化及无障碍改造专项行动落实。",
    ],
)
def test_heads_without_a_name(text: str) -> None:
    assert named(text) == []


# --- quoted names: lists, honors, 工坊 -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # xwlb 20240529: “净网” takes the head of “护网”系列行动
            "五年来，围绕影响群众安全感的突出问题，全国公安机关组织开展夏季治安打击整治行动，"
            "持续开展“净网”“护网”系列行动，集中打击整治侵犯公民个人信息等违法犯罪。",
            [
                ("夏季治安打击整治行动", "campaign"),
                ("“净网”", "campaign"),
                ("“护网”系列行动", "campaign"),
            ],
        ),
        (  # pdf, 久久为功 article: 实施 makes a three-character quote a practice, “煤改气” its pair
            "北京是用“绣花功夫”打赢的：PM2.5源解析、实施“煤改电”“煤改气”、整治“散乱污”企业、"
            "淘汰老旧机动车。",
            [("“煤改电”", "other"), ("“煤改气”", "other")],
        ),
        (  # rmrb 20200507-11-01
            "前不久，黑龙江省佳木斯市前进区中房小区获评区十佳“美丽文明宜居示范小区”。",
            [("“美丽文明宜居示范小区”", "honor")],
        ),
        (  # policies.jsonl 57 (gold_blind59 09), rmrb 20200526-20-01: service modes side by
            # side, however short; a lone one is no name (“网上办”理 would be a word)
            "推动养老等服务“指尖办”、“网上办”、“就近办”。深入推进审批“不见面”及“容缺受理”事项。",
            [("“指尖办”", "other"), ("“网上办”", "other"), ("“就近办”", "other"), ("“不见面”", "other"), ("“容缺受理”", "other")],
        ),
        ("群众可以“网上办”。", []),
        # rmrb 20200526-18-01: an exhibition's title in quotes is an event, no honor
        ("入选“伟大的变革——庆祝改革开放40周年大型展览”。", []),
        (  # 新闻联播 2024-06-16 (gold_blind62 07): the network's name written whole
            "不久前，全国一体化算力网络八大枢纽节点建设启动。加快建设全国一体化算力网。",
            [("全国一体化算力网络", "platform"), ("全国一体化算力网", "platform")],
        ),
        (  # policies.jsonl 203 (gold_blind59 10): a national pilots' campaign, not a kind of project
            "进一步服务和融入国家智能制造试点示范行动。是否为国家智能制造试点示范项目。",
            [("国家智能制造试点示范行动", "campaign")],
        ),
        (  # 新闻联播 2024-01-01 (gold_blind60 08), rmrb 20200523-03-01: numbered national censuses
            "第五次全国经济普查现场登记工作启动。开展第七次全国人口普查。",
            [("第五次全国经济普查", "campaign"), ("第七次全国人口普查", "campaign")],
        ),
        (  # policies.jsonl 190 (gold_blind58 10): an honor striven for
            "支持齐鲁软件园争创“中国软件名园”。",
            [("“中国软件名园”", "honor")],
        ),
        (  # xwlb 20240110
            "中央宣传部、公安部发布了“2023最美基层民警”先进事迹，20名个人光荣当选。",
            [("“2023最美基层民警”", "honor")],
        ),
        (  # pdf, 安居乐业 article
            "去年7月，村里建成全市首家“创富工坊”，借助电商将本地农特产品等推向各地。",
            [("“创富工坊”", "brand")],
        ),
        # a nickname (rmrb 20200524-11-03) and a component listed with 等 (sample, article 1)
        ("疫情突如其来，游客数量锐减，让这个家家户户吃旅游饭的“最美畲乡”，一下子慌了神。", []),
        (
            "同时，岳阳还坚持以扫黑除恶为牵引，持续开展“毒黄赌”等社会治安重点问题专项打击整治。",
            [],
        ),
    ],
)
def test_quoted_lists_honors_and_brands(text: str, expected: Named) -> None:
    assert named(text) == expected


def test_a_saying_next_to_a_combination_is_no_program() -> None:
    # rmrb 20200511-07-01: “5+2” is read as a combination (a mode); “白加黑” does not follow it
    text = "一人得管好几项工作，对接好几条线，“5+2”“白加黑”是常态。"
    assert "“白加黑”" not in [name for name, _ in named(text)]


def test_place_is_the_nearest_before_in_the_sentence() -> None:
    rows = programs(sample_contexts()[0])
    places = {name: place for name, _, _, place, _ in rows}
    assert places["“群英断是非”模式"] == "湖南省岳阳市岳阳楼区"
    assert places["“暖心房”议事厅"] == "湖南省岳阳市岳阳经开区"
    assert places["“网格化+12345+110”三网融合联动模式"] == "湖南省岳阳市"


def test_empty_article() -> None:
    assert find_programs(ArticleContext([])) == []


# --- recall rules found on other real text (rmrb-2020-05, xwlb-2024h1) --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # xwlb 20240222: a service practice after 实现
            "“湾区通”工程深入实施，港澳企业商事登记实现“一网通办”，企业开办时间压缩到1个工作日内办结。",
            [("“湾区通”工程", "campaign"), ("“一网通办”", "other")],
        ),
        (  # rmrb 20200508-01-02
            "目前，腾讯防疫健康码已覆盖9亿人口，并在黑龙江、河北、青海等地实现“一码通行”。",
            [("“一码通行”", "other")],
        ),
        (  # rmrb 20200515-05-02: a quote followed by 等制度
            "全面推行政务服务“好差评”等制度，用硬措施改善软环境。",
            [("“好差评”", "mechanism")],
        ),
        (  # rmrb 20200507-12-02: 等举措
            "近期国家积极布局新基建、数据要素培育，以“上云用数赋智”等举措助力数字经济新业态新模式发展。",
            [("“上云用数赋智”", "other")],
        ),
        (  # constructed after the brief: quotes side by side before 等改革
            "各地推行“一窗通办”“全程网办”“跨省通办”等改革。",
            [("“一窗通办”", "other"), ("“全程网办”", "other"), ("“跨省通办”", "other")],
        ),
        (  # policies.jsonl (Shandong, 2024): a word of what they are for before the head
            "探索“拨改投”“拨投结合”“先投后股”等支持模式。",
            [("“拨改投”", "mode"), ("“拨投结合”", "mode"), ("“先投后股”", "mode")],
        ),
        (  # xwlb 20240113: the unquoted campaign
            "2023年，常态化扫黑除恶工作持续推进，公安机关共打掉涉黑恶犯罪组织1900余个。",
            [("常态化扫黑除恶", "campaign")],
        ),
        (  # rmrb 20200520-11-02: 议案 and 意见 are documents
            "于是领衔提出了《关于重视小区业委会建设的议案》，并推动出台了"
            "《湖里区推进城市居民小区治理工作的指导意见》。",
            [
                ("《关于重视小区业委会建设的议案》", "document"),
                ("《湖里区推进城市居民小区治理工作的指导意见》", "document"),
            ],
        ),
        (  # rmrb 20200515-01-05: 政策
            "济南市发布《关于促进济南绿色建设国际产业园发展十条政策》，给予取得绿色建筑标识的项目资金奖补。",
            [("《关于促进济南绿色建设国际产业园发展十条政策》", "document")],
        ),
        (  # rmrb 20200512-02-05: 举措
            "天津出台《有效应对新冠肺炎疫情影响促投资扩消费稳运行的若干举措》。",
            [("《有效应对新冠肺炎疫情影响促投资扩消费稳运行的若干举措》", "document")],
        ),
        # not programs: practices a verb rejects (rmrb 20200527-14-02, 20200506-02-01), a
        # periodical (rmrb 20200502-03-03)
        ("用法治撑起正义、道德，坚决防止“谁能闹谁有理”“谁受伤谁有理”等做法。", []),
        (
            "国务院常务会议就提出鼓励各地采取阶段性减免“份子钱”等措施，帮助出租汽车司机渡过难关。",
            [],
        ),
        ("美国《外交政策》杂志刊文认为，中国的商业活动正在恢复。", []),
        (  # policies.jsonl 71: a standard a governing verb names, whatever its title ends with
            "按照《网站设计无障碍技术要求》，及时开展相关门户网站改造。",
            [("《网站设计无障碍技术要求》", "document")],
        ),
        (  # policies.jsonl 202: each title of a chain after its verb
            "数字化车间满足《数字化车间关键要素》、智能工厂满足《智能工厂关键要素》。",
            [("《数字化车间关键要素》", "document"), ("《智能工厂关键要素》", "document")],
        ),
        (  # policies.jsonl 139: a numbered strategy in a chain of titles after 落实
            "为落实《中国制造2025》《工业绿色发展规划（2016-2020年）》，制定本计划。",
            [("《中国制造2025》", "document"), ("《工业绿色发展规划（2016-2020年）》", "document")],
        ),
        (  # xwlb 20240124: a communiqué, a treaty and a contingency plan are documents
            "双方签署《中华人民共和国和瑙鲁共和国关于恢复外交关系的联合公报》，推动《巴黎协定》生效，"
            "制定和实施了《国家突发公共事件总体应急预案》。",
            [
                ("《中华人民共和国和瑙鲁共和国关于恢复外交关系的联合公报》", "document"),
                ("《巴黎协定》", "document"),
                ("《国家突发公共事件总体应急预案》", "document"),
            ],
        ),
        ("《大公报》署名文章指出，立法势在必行。", []),  # rmrb 20200524-05-06: a newspaper
        (  # xwlb 20240525, 20240514 (gold_blind46 07): a campaign's week, nationwide
            "2024年全国科技活动周启动。本周是第十个全国职业教育活动周。",
            [("全国科技活动周", "campaign"), ("全国职业教育活动周", "campaign")],
        ),
        (  # rmrb 20200514-06-01: the verb that enters the week is not in its name
            "挑战答题……进入防灾减灾宣传周，各地活动精彩纷呈。",
            [("防灾减灾宣传周", "campaign")],
        ),
        (  # rmrb 20200514-14-01 (gold_blind3 03): quoted, the week is its head
            "5月10日到16日是“全国城市节约用水宣传周”。",
            [("“全国城市节约用水宣传周”", "campaign")],
        ),
        (  # rmrb 20200507-18-03, 20200518-13-01 (gold_blind45 03, gold_blind46 03)
            "广东省人大常委会发出《致广东人大代表的一封信》。我提出了《关于加快土地流转的提案》。",
            [("《致广东人大代表的一封信》", "document"), ("《关于加快土地流转的提案》", "document")],
        ),
        ("乌克兰音乐人创作了一首歌曲《相信》。", []),  # rmrb 20200517-07-01: a song
        (  # rmrb-pdf 20251020 (gold_blind45 10): national programmes named bare
            "没有新型举国体制支撑，中国探月工程就不可能取得如此成就，国家自然科学基金80%的项目由青年承担。",
            [("中国探月工程", "campaign"), ("国家自然科学基金", "other")],
        ),
        # … but not inside the name of a body (xwlb 20240229, 20240117)
        ("记者从国家自然科学基金委员会获悉。据中国载人航天工程办公室消息，", []),
        (  # policies.jsonl 172 (gold_blind50 10): quoted labels of national policy, after
            # a space as the record sets them
            "促进企业 “专精特新”发展。鼓励 “民参军”，以 “高精尖缺”为导向。",
            [("“专精特新”", "honor"), ("“民参军”", "other"), ("“高精尖缺”", "slogan")],
        ),
        # not a document: a periodical after the same verb (xwlb 20240409 style)
        ("根据《科学》杂志研究报告预估，上述措施推迟了传播。", []),
    ],
)
def test_recall_rules_on_real_sentences(text: str, expected: Named) -> None:
    assert named(text) == expected


def test_a_document_title_with_its_years() -> None:
    # policies.jsonl (Shandong, 2020-07-02): a plan's title ends in its period
    text = "按照《山东省智能制造发展规划(2017-2022)》等文件要求，制定本计划。"
    assert named(text) == [("《山东省智能制造发展规划(2017-2022)》", "document")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 《…》 principles, codes, statements, initiatives and frameworks are documents
        (  # policies.jsonl record 66 (2021-09-25): guiding principles
            "为深入贯彻《新一代人工智能发展规划》，细化落实《新一代人工智能治理原则》，增强伦理意识。",
            [("《新一代人工智能发展规划》", "document"), ("《新一代人工智能治理原则》", "document")],
        ),
        (  # rmrb 20200531-03-03, 20200530-03-02: a joint statement and a declaration
            "是中国宪法和香港基本法，绝不是《中英联合声明》。到《开罗宣言》、《波茨坦公告》。",
            [("《中英联合声明》", "document"), ("《开罗宣言》", "document"), ("《波茨坦公告》", "document")],
        ),
        (  # policies.jsonl record 39: initiatives and a framework
            "发起《全球数据安全倡议》，推动达成《金砖国家数字经济伙伴关系框架》。",
            [("《全球数据安全倡议》", "document"), ("《金砖国家数字经济伙伴关系框架》", "document")],
        ),
        (  # the 2011 work report: a code of conduct
            "认真贯彻执行《廉政准则》。",
            [("《廉政准则》", "document")],
        ),
        # campaigns holding 与, mechanisms and national platforms named without quotes
        (  # rmrb 20200524-03-02: a national campaign whose name holds 与
            "李成贵委员建议，要持续开展耕地保护与质量提升行动，提高技术装备水平。",
            [("耕地保护与质量提升行动", "campaign")],
        ),
        (  # policies.jsonl record 24 (数字中国发展报告)
            "深入实施全民数字素养与技能提升行动，推进全民畅享数字生活。",
            [("全民数字素养与技能提升行动", "campaign")],
        ),
        (  # the 2023 work report; 新闻联播 2024-06-13: mechanisms named without quotes
            "全面推行河湖长制、林长制。全面推行产业链链长制，主攻14条重点产业链。",
            [("河湖长制", "mechanism"), ("林长制", "mechanism"), ("产业链链长制", "mechanism")],
        ),
        (  # policies.jsonl record 82: a national platform named by a long modifier, not a
            # kind of platform
            "优先支持已布局国家新一代人工智能开放创新平台的城市。建设国家科技创新平台。",
            [("国家新一代人工智能开放创新平台", "platform")],
        ),
        # named plans a verb launches
        (  # the 2009 work report: named plans a verb launches
            "实施高校毕业生就业促进计划和大学生创业引领计划。",
            [("高校毕业生就业促进计划", "campaign"), ("大学生创业引领计划", "campaign")],
        ),
        (  # 新闻联播 2024: an action plan
            "实施东北黑土地保护性耕作行动计划。",
            [("东北黑土地保护性耕作行动计划", "campaign")],
        ),
        # no name: a plan no verb launches, a work plan, enterprise resource planning
        ("制定年度工作计划。推进企业资源计划系统建设。", []),
        # quoted lists and the heads written after them
        (  # rmrb 2020-05 (河北, gold_blind2 01): a quoted list takes a longer head after 的
            "建立“种养平衡、生态循环”的绿色农业发展模式。",
            [("“种养平衡、生态循环”的绿色农业发展模式", "mode")],
        ),
        (  # 新闻联播 2024 (治水): a list named by its guiding idea
            "坚持“节水优先、空间均衡、系统治理、两手发力”治水思路。",
            [("“节水优先、空间均衡、系统治理、两手发力”治水思路", "slogan")],
        ),
        (  # rmrb 2020-05 (gold_blind18 02): a list as a principle
            "坚持“重硬件更重软件、重指标合格更重群众满意”的基本原则。",
            [("“重硬件更重软件、重指标合格更重群众满意”的基本原则", "slogan")],
        ),
        # a quoted word is no list: its 思路 or 路径 names nothing (“护航”的思路); a verb
        # after the quote ends the head (“西迁精神”是…); a plan period is no program
        ("按照“护航”的思路推进。", []),
        ("王树国代表说，“西迁精神”是中华民族精神的组成部分。", [("“西迁精神”", "slogan")]),
        ("“十四五”期间，我国经济发展。", []),
        # rmrb 2020-05, 新闻联播 2024-02-27: a manner and an event named with numerals
        ("刘长江便主动承担起“一对一”帮扶工作。“十四冬”今晚闭幕。", []),
        # rmrb 20200525-03-06 (gold_blind103 02), 新闻联播 2024-03-10 (gold_blind103 07): a law's
        # article and the two supreme judicial bodies are no practices; numbered measures are
        ("就基本法“二十三条”立法作出明确指引。代表们认为，“两高”报告数据翔实。", []),
        ("汉口银行出台金融支持防疫“十六条”。", [("“十六条”", "slogan")]),
        # policies.jsonl 77 (gold_blind104 10), 新闻联播 2024-01-07: the eight-point rules,
        # unquoted, with or without 精神
        (
            "专家应严格遵守中央八项规定精神。中央八项规定不是五年、十年的规定。",
            [("中央八项规定", "mechanism"), ("中央八项规定", "mechanism")],
        ),
        # 新闻联播 2024-04-01, policies.jsonl record 215 (gold_blind34 06, 09): a national
        # pilot; a campaign of the province's own enterprises
        (
            "开展国家再生水循环利用试点。开展省属重点企业科技创新能力提升专项行动。",
            [("国家再生水循环利用试点", "campaign"), ("省属重点企业科技创新能力提升专项行动", "campaign")],
        ),
        # 新闻联播 2024-04-16 (gold_blind106 06): 展开 launches the campaign, no part of its name
        (
            "国家广播电视总局联合文化和旅游部等部署展开全国酒店电视操作复杂专项治理工作。",
            [("全国酒店电视操作复杂专项治理", "campaign")],
        ),
        # rmrb 20200505-01-04 (gold_blind54 03), 新闻联播 2024-03-18: a project named by its
        # phase needs no launch verb, and a word the dictionary lacks (引洮) may open it; after
        # 与 the name's start is unclear
        (
            "2014年底，引洮供水一期工程建成通水。南水北调东线一期工程从江苏江都抽引长江水。",
            [("引洮供水一期工程", "campaign"), ("南水北调东线一期工程", "campaign")],
        ),
        ("漳河灌区续建配套与现代化改造一期工程目前已进入冲刺阶段。", []),
        # policies.jsonl records 5 and 4 (gold_blind53 09, gold_blind54 09): 出台 and 简称 open
        # no name; a campaign's plan is a document to be issued, no campaign
        (
            "出台专项整治方案。并同步在服务平台(以下简称工程服务平台，网址)。",
            [],
        ),
        # rmrb 20200508-02-05 (gold_blind56 02), 20200514-01-04: a body named after its
        # campaign is no campaign
        ("国务院四川森林草原防灭火专项整治督导组进驻四川省。中央派驻专项整治工作组与当地展开联合整治。", []),
        # rmrb 20200530-04-06 (gold_blind55 02): quotes followed by 等表述 are wording quoted
        # from a text, no names
        (
            "在基本医疗服务方面，补充了“建设区域医疗中心”“推进分级诊疗”“加强中西医结合”等表述。",
            [],
        ),
        # policies.jsonl record 5 (gold_blind53 09): a quote that holds a known name (数商兴农)
        # passes the kind of the quotes before it on to the one after it
        (
            "连续举办“全国网上年货节”“双品网购节”“数商兴农庆丰收”“丝路云品电商节”6个全国性网络促销活动。",
            [
                ("“全国网上年货节”", "slogan"),
                ("“双品网购节”", "slogan"),
                ("数商兴农", "campaign"),
                ("“丝路云品电商节”", "slogan"),
            ],
        ),
        # policies.jsonl record 71 (gold_blind44 09): the launch verb bounds a national
        # pilot whose field comes before 国家
        (
            "深入开展康复辅助器具产业国家综合创新试点，促进适老化智能康复辅助器具产品配置应用。",
            [("康复辅助器具产业国家综合创新试点", "campaign")],
        ),
        # rmrb 2025-10-20: a quoted principle ending in 为中心 names no centre (the quote model
        # takes the quoted principle itself)
        ("并把“坚持以人民为中心”确立为进一步全面深化改革必须贯彻的重大原则。", [("“坚持以人民为中心”", "other")]),
        # 新闻联播 2024-01-27 (gold_blind65 06), rmrb 2020-05-02: a numbered label after
        # 新 or 老 is a slogan, as one that opens with the numeral
        ("2023年，我国外贸出口新产品快速增长。“新三样”产品出口首次超1万亿元。", [("“新三样”", "slogan")]),
        ("靠土豆、玉米、小麦“老三样”解决温饱。", [("“老三样”", "slogan")]),
        # policies.jsonl record 61 (gold_blind66 10): national designations end in a park, a
        # base, a city or a cluster zone too, and join two fields with 和 or 与 (not 国家和…)
        (
            "鼓励数字文化产业向国家级文化产业示范园区、国家文化产业创新实验区、国家文化与科技融合示范基地等重点功能平台集聚。",
            [
                ("国家级文化产业示范园区", "honor"),
                ("国家文化产业创新实验区", "honor"),
                ("国家文化与科技融合示范基地", "honor"),
            ],
        ),
        (
            "与国家级战略性新兴产业集群、国家全域旅游示范区、国家文化和旅游消费示范城市、国家文化产业和旅游产业融合发展示范区等发展相衔接。",
            [
                ("国家全域旅游示范区", "honor"),
                ("国家文化和旅游消费示范城市", "honor"),
                ("国家文化产业和旅游产业融合发展示范区", "honor"),
            ],
        ),
        # 新闻联播 2024-02-05: two things joined, no one designation
        ("扎实有序推进国家高水平人才高地和吸引集聚人才平台建设，突出增强党组织政治功能。", []),
        # 新闻联播 2024-06-09
        ("旅游+工业，目前我国已确立142家国家工业旅游示范基地，北京首钢园等一批工业遗址活化利用。", [("国家工业旅游示范基地", "honor")]),
    ],
)
def test_programs_named_in_real_sentences(text: str, expected: Named) -> None:
    assert named(text) == expected


def test_quoted_words_opening_with_a_numeral_are_no_slogans() -> None:
    # rmrb 20200516-05-01 (三国 exhibition): the Three Kingdoms, a sword, the formations
    text = "中国文物交流中心推出了展览（以下简称“三国展”）。曹操曾命人制作“百辟刀”五枚。诸葛亮创造出著名的“八阵图”。"
    assert named(text) == []
    assert named("坚持“三高四新”战略。") == [("“三高四新”战略", "slogan")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 新闻联播 2024-01-13: 推进, a space, then two quoted names in a row
            "公安政务服务深入推进 “一窗通办”“全程网办”，实施驾驶证、护照证件“全国通办”。",
            [("“一窗通办”", "other"), ("“全程网办”", "other")],
        ),
        (  # rmrb 2020-05 (政府工作报告 text): 推进 a quoted reform
            "深入推进“上云用数赋智”，实施数字化转型伙伴行动。",
            [("“上云用数赋智”", "other"), ("数字化转型伙伴行动", "campaign")],
        ),
        (  # rmrb 20200530-03-02: a verb that rejects the clause's object
            "所谓“修法”“立法”“释宪”“宪改”等，妄图推进“渐进台独”，寻机谋求“法理台独”。",
            [],
        ),
    ],
)
def test_names_after_push_forward(text: str, expected: Named) -> None:
    assert [row for row in named(text) if row[0] != "“全国通办”"] == expected


def test_mechanisms_and_national_strategies_named_without_quotes() -> None:
    # rmrb 2020-05: 加快推动黄河流域生态保护和高质量发展 (a report on 武陟) names a national
    # strategy: kind slogan, which the practices catalogue leaves out; the made-up second
    # sentence names two mechanisms
    assert named("加快推动黄河流域生态保护和高质量发展。鼓励河长制、湖长制体系向基层延伸。") == [
        ("黄河流域生态保护和高质量发展", "slogan"),
        ("河长制", "mechanism"),
        ("湖长制", "mechanism"),
    ]
    # 新闻联播 2024-01-06; rmrb 2020-05: a longer name holding a known one wins
    assert named("国家组织药品集中带量采购。") == [("集中带量采购", "mechanism")]
    assert named("截至2019年底，“4+7”药品集中带量采购试点地区25个中选药品平均完成约定采购量的2.4倍。") == [
        ("“4+7”药品集中带量采购试点", "other")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 新闻联播 2024-01-28: a quoted theme is a slogan, comma and all
            "活动以“过中国春节，看总台春晚”为主题，通过中国传统春节文化纽带促进中美人文交流。",
            [("“过中国春节，看总台春晚”", "slogan")],
        ),
        (  # 新闻联播 2024-05-15
            "今天是全国低碳日，今年的主题是“绿色低碳，美丽中国”。",
            [("“绿色低碳，美丽中国”", "slogan")],
        ),
        (  # rmrb 20200526-04-01: a quoted goal, sentence and all
            "紧紧围绕“努力让人民群众在每一个司法案件中感受到公平正义”目标，坚持服务大局。",
            [("“努力让人民群众在每一个司法案件中感受到公平正义”", "slogan")],
        ),
        (  # xwlb 2024-05-20 (gold_blind47 05, gold_blind32 06): the theme of a series
            "国务院新闻办公室举行“推动高质量发展”系列主题新闻发布会。",
            [("“推动高质量发展”", "slogan")],
        ),
        (  # rmrb-pdf 2025-10-20: a theme right after 主题, with no 是 or 为 between
            "论坛紧扣永久总主题“大爱和平·文明互鉴”，确定了年度主题“命运与共·和合共生”。",
            [("“大爱和平·文明互鉴”", "slogan"), ("“命运与共·和合共生”", "slogan")],
        ),
        (  # rmrb-pdf 2025-10-20: a named course after its quoted or 《》 title
            "“铸牢中华民族共同体意识”思政课，是果洛西宁民族中学常设思政课。",
            [("“铸牢中华民族共同体意识”思政课", "brand")],
        ),
        (
            "同学们在聆听《“两弹一星”精神永放光芒》情景党课时，忍不住热泪盈眶。",
            [("《“两弹一星”精神永放光芒》情景党课", "brand")],
        ),
        (  # policies.jsonl (商务部, 2021-05-08): a national standard, whatever its last word
            "零售业态按照国家标准《零售业态分类》（GB/T18106-2021）。",
            [("《零售业态分类》", "document")],
        ),
        (  # 新闻联播 2024-02-16, 2024-04-18: named services, agendas and campaigns
            "中欧班列累计开行超8.4万列。今年4月是第36个爱国卫生月。",
            [("中欧班列", "brand"), ("爱国卫生月", "campaign")],
        ),
        # not programs: a two-character word before 要求 (rmrb 20200515-19-02), a
        # description before a head (新闻联播 2024-03-18), a periodical before a head
        ("各地和相关部门都在对标“小康”要求，加快民生政策的落实。", []),
        ("从“场馆里的思政课”，到课堂内外。", []),
        ("埃及《金字塔报》执行总编辑曼苏尔呼吁联盟成员加强合作。", []),
    ],
)
def test_themes_courses_standards_and_named_services(text: str, expected: Named) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rmrb 20200512-17-03: a motto printed on the boxes
            "捐赠物资的部分纸箱上分别印有中英文版的“兄弟无远，携手同行”。",
            [("“兄弟无远，携手同行”", "slogan")],
        ),
        (  # policies.jsonl: a principle followed
            "按照“成熟一项、启动一项”的原则，分批次部署。",
            [("“成熟一项、启动一项”的原则", "slogan")],  # the list with its head
        ),
        # not a slogan: a quoted description (rmrb 20200519-05-03)
        ("山西历史上有过生态欠账，曾经陷入“生态越差，经济越差”的状况。", []),
        # rmrb 20200523-02-04, 20200515-12-04 and policies doc (gold_blind13, 23, 24): an
        # even pair and a list of four two-character items are principles; not a
        # described scene or thought (xwlb 2024, rmrb 20200529: 的独特景观, 的念头)
        (
            "“人民至上、生命至上”！开学复课应“分层分批、错时错峰”。围绕“评估、规划、实施、优化”全流程提供服务。",
            [("“人民至上、生命至上”", "slogan"), ("“分层分批、错时错峰”", "slogan"), ("“评估、规划、实施、优化”", "slogan")],
        ),
        ("江面显现出“半江春水、半江寒冰”的独特景观。容不得任何“喘口气、歇歇脚”的念头。", []),
        # gov work report 2020, policies docs 15, 24, rmrb 2025-10-20 (gold_blind28 01, 09,
        # 10): national programs, funds and platforms named without quotes
        (
            "发行抗疫特别国债。依托全国一体化政务服务平台。推进国家组织药品集采。",
            [("抗疫特别国债", "other"), ("全国一体化政务服务平台", "platform"), ("国家组织药品集采", "other")],
        ),
        # policies docs 220, 33 (gold_blind27 08, gold_blind26 09): labels the state awards
        # to firms, quoted
        (
            "对首次认定的高新技术企业、“瞪羚”企业、“独角兽”企业给予激励。培育专精特新“小巨人”企业。",
            [("“瞪羚”", "honor"), ("“独角兽”", "honor"), ("“小巨人”", "honor")],
        ),
        # gov work reports 2019–2023: national strategies and campaigns that open with a verb
        (
            "坚定实施扩大内需战略。深入实施科教兴国战略。实施国企改革三年行动。",
            [("扩大内需战略", "slogan"), ("科教兴国战略", "slogan"), ("国企改革三年行动", "campaign")],
        ),
        # gov work reports, policies, 新闻联播 2024 (gold_heldout, blind14, 15): 负责制 heads a
        # mechanism; services and a free-trade policy known by name
        (
            "落实“米袋子”省长负责制。实施企业数字化转型“一把手”负责制。户口迁移“跨省通办”。海南自贸港“零关税”政策。",
            [
                ("“米袋子”省长负责制", "mechanism"),
                ("“一把手”负责制", "mechanism"),
                ("“跨省通办”", "other"),
                ("“零关税”", "other"),
            ],
        ),
        # nor a thought with 一 as an adverb (rmrb 20200512-19-02, gold_blind27 02)
        ("有的稍遇到问题就按住不动，心想“拖一阵是一阵”。他们之所以“推一下动一下”，根子出在思想上。", []),
    ],
)
def test_quoted_couplets(text: str, expected: Named) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rmrb 20200518-11-01: quoted activities listed before 等教育活动
            "他们还策划推出了“拓印体验”“凤鸟纹纸浆画”等教育活动。",
            [("“拓印体验”", "campaign"), ("“凤鸟纹纸浆画”", "campaign")],
        ),
        (  # policies.jsonl (2019-05-09): a document in «»
            "深入落实«国务院关于印发新一代人工智能发展规划的通知»精神。",
            [("«国务院关于印发新一代人工智能发展规划的通知»", "document")],
        ),
        (  # rmrb 20200530-08-03: a national honor named without quotes
            "是全国重点文物保护单位龙山越国贵族墓群中规模最大的。",
            [("全国重点文物保护单位", "honor")],
        ),
        (  # 新闻联播 2024-04-13: known practices in quotes
            "包括领事业务“一网通办”、升级国际贸易“单一窗口”等。",
            [("“一网通办”", "other"), ("“单一窗口”", "platform")],
        ),
    ],
)
def test_listed_activities_guillemets_honors_and_known_practices(text: str, expected: Named) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # policies.jsonl (Shandong): three parallel items in quotes, a principle
            "利用人工智能实施素养评估，实现“以评促教、以评促学、以评促用”。",
            [("“以评促教、以评促学、以评促用”", "slogan")],
        ),
        (  # policies.jsonl: items sharing their last two characters, with a head noun
            "构建基于工业互联网的“技术共享、产能共享、服务共享”制造模式。",
            [("“技术共享、产能共享、服务共享”制造模式", "mode")],
        ),
        # not a slogan: two items, or items of no common shape (a list of things)
        ("他说起“苹果、梨”的价格。", []),
        ("店里摆着“茶叶、手工艺品、土特产品”。", []),
    ],
)
def test_quoted_parallel_lists(text: str, expected: Named) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rmrb 20200515-01-02: a named project launched by 实施
            "要实施产业基础再造和产业链提升工程，巩固传统产业优势。",
            [("产业链提升工程", "campaign")],
        ),
        (  # gov work report 2023: a national strategy (a slogan) launched by 实施
            "（四）深入实施创新驱动发展战略，推动产业结构优化升级。",
            [("创新驱动发展战略", "slogan")],
        ),
        (  # rmrb 20200513-01-01: a known strategy's name holds 和
            "扎实实施黄河流域生态保护和高质量发展国家战略，加快制度创新。",
            [("黄河流域生态保护和高质量发展国家战略", "slogan")],
        ),
        # not a project: a way of speaking, a project without a launch, or a longer name
        ("这是一项系统工程，要统筹推进。", []),
        ("水利工程建设进展顺利。", []),
        ("深入实施新型城镇化战略行动。", [("新型城镇化战略行动", "campaign")]),
        # xwlb 2024 (军队代表团), policies.jsonl (数字经济, 大数据): standing mechanisms named
        # by their holder or field; the verb that applies them is no part, the verb of a
        # joint conference's name is
        ("全面深入贯彻军委主席负责制，坚持和完善厂长负责制。", [("军委主席负责制", "mechanism"), ("厂长负责制", "mechanism")]),
        (
            "依托促进大数据发展部际联席会议制度，充分发挥数字经济发展部际联席会议制度作用。",
            [("促进大数据发展部际联席会议制度", "mechanism"), ("数字经济发展部际联席会议制度", "mechanism")],
        ),
        ("进一步推行商品化试点。", []),
        # xwlb 2024-02-29, policies.jsonl (国家自然科学基金, 山东): one proper word, or a
        # name the dictionary does not know, is enough before the head
        ("实施北京城市更新行动、推动城市发展转型。", [("北京城市更新行动", "campaign")]),
        (
            "请申请人登录国家自然科学基金网络信息系统。优化科融信综合服务平台，综合采取贷款贴息。",
            [("国家自然科学基金网络信息系统", "platform"), ("科融信综合服务平台", "platform")],
        ),
        # policies.jsonl record 170 (gold_blind36 08): a numbered heading names its
        # campaign or project whole, verbs and words of time included
        ("（五）人工智能基础设施升级行动。", [("人工智能基础设施升级行动", "campaign")]),
        ("（一）新一代信息技术产业智能提升工程。", [("新一代信息技术产业智能提升工程", "campaign")]),
        # policies.jsonl records 60 and 64 (gold_blind88, gold_blind89): a plan's numbered
        # box (专栏) is headed by its project's name
        ("专栏 2 智能制造示范工厂建设行动", [("智能制造示范工厂建设行动", "campaign")]),
        ("专栏一 智慧健养老产品供给工程", [("智慧健养老产品供给工程", "campaign")]),
        ("专栏 3 船厂信息基础设施建设重点", []),
        # policies.jsonl record 50 (gold_blind37 09): the launch verb bounds the name,
        # whatever verbs it holds (部署, 巩固, 更新)
        (
            "全面实施千兆光纤网络部署工程。实施农村电网巩固提升工程。开展家电更新消费公益宣传行动。启动实施强课提质行动。",
            [
                ("千兆光纤网络部署工程", "campaign"),
                ("农村电网巩固提升工程", "campaign"),
                ("家电更新消费公益宣传行动", "campaign"),
                ("强课提质行动", "campaign"),
            ],
        ),
        ("开展了一系列专项行动。实施好各类帮扶计划。", []),
        # xwlb 2024-05-21 (gold_blind35 07), policies.jsonl: known by name; quotes before
        # 等…平台 are platforms
        ("重申恪守一个中国原则。", [("一个中国原则", "slogan")]),
        ("依托“爱山东”“齐鲁智脑”等平台整合资源。", [("“爱山东”", "platform"), ("“齐鲁智脑”", "platform")]),
        # but not a kind of platform (公共服务 is a common word)
        ("鼓励公共服务平台等采信和推广优质解决方案。加强对试点工作的组织领导，建立健全试点工作推进机制。", []),
    ],
)
def test_projects_and_strategies_launched_without_quotes(text: str, expected: Named) -> None:
    assert named(text) == expected


def test_leaders_articles_and_funding_forms_are_documents() -> None:
    # 新闻联播 2024-05-16: a leader's article in 《》 whatever its last word
    assert named("《求是》杂志发表习近平总书记重要文章《全面深化改革开放，为中国式现代化持续注入强劲动力》。") == [
        ("《全面深化改革开放，为中国式现代化持续注入强劲动力》", "document")
    ]
    # NSFC guide 2020: forms to fill in
    assert named("将申请书的纸质签字盖章页装订在《资助项目计划书》最后。") == [("《资助项目计划书》", "document")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # standards, briefings, treaties, forms and proposals (policies.jsonl; rmrb
        # 20200514-17-01, 20200527-17-02, 20200525-15-02)
        ("结合《中小企业数字化水平评测指标》等标准规范。", [("《中小企业数字化水平评测指标》", "document")]),
        ("发布《关键信息基础设施安全保护要求》。", [("《关键信息基础设施安全保护要求》", "document")]),
        ("东盟近期发布的《政策简报》重申了维护供应链稳定。", [("《政策简报》", "document")]),
        ("威斯特伐利亚公会制定的《威斯特伐利亚和约》就确立了国家主权原则。", [("《威斯特伐利亚和约》", "document")]),
        ("填报《智能体育典型案例申报书》（附件1）。", [("《智能体育典型案例申报书》", "document")]),
        (
            "吴德沛提交了《关于加强重大疫情医疗救治传染病体系建设》的提案。",
            [("《关于加强重大疫情医疗救治传染病体系建设》", "document")],
        ),
        # forms, a city's long-range design, a joint outlook (policies.jsonl record 140,
        # 新闻联播 2024-01-20, 2024-05-27; gold_blind91 06, gold_blind96 06 and 09)
        ("请在公示期间填写《标准立项反馈意见表》（见附件2）。", [("《标准立项反馈意见表》", "document")]),
        ("他亲自主持编制了《福州市20年经济社会发展战略设想》。", [("《福州市20年经济社会发展战略设想》", "document")]),
        ("落实《中日韩合作未来十年展望》。", [("《中日韩合作未来十年展望》", "document")]),
        # a journal the article was published in (rmrb 20200512-11-05)
        ("研究成果近日以封面文章刊发在《科学通报》上。", []),
    ],
)
def test_standards_briefings_treaties_and_proposals_are_documents(text: str, expected: Named) -> None:
    assert named(text) == expected


def test_quoted_names_listed_before_projects_and_campaigns() -> None:
    # policies.jsonl 217 (gold_blind52 10; its quotes close with a straight "), 2002 report
    assert named('组织实施好“北斗星动能"“服务器强基"等科技示范工程，加快开展新技术。') == [
        ('“北斗星动能"', "campaign"),
        ('“服务器强基"', "campaign"),
        ("科技示范工程", "campaign"),
    ]
    assert named("“油路到县”、“送电到乡”、“广播电视到村”等重大工程建设进展顺利。") == [
        ("“油路到县”", "campaign"),
        ("“送电到乡”", "campaign"),
        ("“广播电视到村”", "campaign"),
    ]


def test_a_quoted_label_of_work() -> None:
    # xwlb 20240113 (gold_blind48 07), 20240411: the work a quoted label names
    assert named("围绕“四下基层”，深圳深入开展“助企行”工作。") == [("“四下基层”", "slogan"), ("“助企行”", "campaign")]
    assert named("雄安新区发布产业政策“免申即享”工作举措。") == [("“免申即享”", "campaign")]
    # a word of the dictionary, or a problem to solve (rmrb 20200523-14-01, 20200526-02-01)
    assert named("要抓一些“牛鼻子”工作。巩固基本解决“执行难”工作成效。") == []


def test_national_systems_and_ministries_whose_names_hold_and() -> None:
    # policies.jsonl (gold_blind41 09, gold_blind43 10): 全国 names a national system, and
    # a ministry whose name holds 和 owns the system
    assert named("利用水利部水雨情系统、全国省界断面水文水资源监测信息系统等，及时掌握重点河湖水量。") == [
        ("全国省界断面水文水资源监测信息系统", "platform")
    ]
    assert named("试点汽车生产企业应按照监测要求将车辆接入工业和信息化部试点管理系统。") == [
        ("工业和信息化部试点管理系统", "platform")
    ]


def test_national_projects_and_historic_campaigns_known_by_name() -> None:
    # 新闻联播 2024-03-14, 1975 government work report, rmrb 20200507-06-02; the known
    # project's line and phase are the text's name for its part (gold_blind47, blind63)
    assert named("南水北调东中线一期工程全面通水。深入开展爱国卫生运动。工业学大庆，农业学大寨。") == [
        ("南水北调东中线一期工程", "campaign"),
        ("爱国卫生运动", "campaign"),
        ("工业学大庆", "campaign"),
        ("农业学大寨", "campaign"),
    ]
    assert named("目前，南水北调中线工程水质稳定。推进南水北调后续工程。") == [
        ("南水北调中线工程", "campaign"),
        ("南水北调后续工程", "campaign"),
    ]
    # 新闻联播 2024-02-05, 2024-03-13 (gold_blind9 10, gold_blind13 05 require them), the
    # 2020 work report: national projects and programs named without quotes; a longer
    # name holding one still wins (易地扶贫搬迁就业帮扶专项行动)
    assert named(
        "西部陆海新通道已扩展成为国内18个省份合作共建。加快构建国家水网。加大以工代赈实施力度。开展易地扶贫搬迁就业帮扶专项行动。"
    ) == [
        ("西部陆海新通道", "other"),
        ("国家水网", "other"),
        ("以工代赈", "mechanism"),
        ("易地扶贫搬迁就业帮扶专项行动", "campaign"),
    ]


# --- policies and national programs (from the misses of blind17 … blind24) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # policies doc 212 (济南, 2024): quotes closed by a straight quote; national zones
            '持续发挥国家人工智能创新应用先导区和国家新一代人工智能创新发展试验区“双区同建"战略优势，'
            '以“AI泉城"赋能行动为抓手。',
            [
                ("国家人工智能创新应用先导区", "honor"),
                ("国家新一代人工智能创新发展试验区", "honor"),
                ('“双区同建"战略', "slogan"),
                ('“AI泉城"赋能行动', "campaign"),
            ],
        ),
        (  # the same document: a three-character system in 制; an unquoted mechanism
            '认真落实全市标志性产业链群“链长制"，支持企业积极参与国家、省人工智能产业创新重点任务揭榜挂帅。',
            [('“链长制"', "mechanism"), ("揭榜挂帅", "mechanism")],
        ),
        (  # policies doc 185 (山东, 2021): systems in 制 listed; a province's named strategy
            "实行首席专家“组阁制”、技术攻关“揭榜制”、科研经费“包干制”等改革，为建设科教强省提供支撑。",
            [
                ("“组阁制”", "mechanism"),
                ("“揭榜制”", "mechanism"),
                ("“包干制”", "mechanism"),
                ("科教强省", "slogan"),
            ],
        ),
        (  # 新闻联播 2024-04-12 and 2024-03-31
            "研究推动消费品以旧换新。2024年西部计划报名通道开启。",
            [("消费品以旧换新", "campaign"), ("西部计划", "campaign")],
        ),
        # a quoted zone keeps its quoted reading (rmrb 20200513-12-06)
        (
            "将以“国家全域旅游示范区”和“天府旅游名县”创建为引领。",
            [("“国家全域旅游示范区”", "honor"), ("“天府旅游名县”", "honor")],
        ),
        (  # policies doc 3 (2024, gold_blind18 08): national platforms; 是指 is no part
            "本规范所称国家智慧教育平台，是指国家智慧教育公共服务平台及其接入的平台。",
            [("国家智慧教育平台", "platform"), ("国家智慧教育公共服务平台", "platform")],
        ),
        # rmrb 2020-05 and 新闻联播 2024: a rank and a list are no national platform; the
        # countries of a group (葡语国家) open the platform's name
        (
            "建设国家级创新平台和国家科学中心等高能级平台，推进中国与葡语国家商贸合作服务平台建设。",
            [("葡语国家商贸合作服务平台", "platform")],
        ),
        (  # 新闻联播 2024-01-12 (gold_blind18 07): the campaign by its full name; a pair
            # of sayings next to a quoted practice
            "第二批学习贯彻习近平新时代中国特色社会主义思想主题教育开展以来，"
            "福州大力弘扬“四下基层”“马上就办、真抓实干”等优良传统。",
            [
                ("学习贯彻习近平新时代中国特色社会主义思想主题教育", "campaign"),
                ("“四下基层”", "slogan"),
                ("“马上就办、真抓实干”", "slogan"),
            ],
        ),
        (  # rmrb 20200506-06-01 (gold_blind19 01); policies doc 149 (gold_blind19 08)
            "长五B火箭是为我国载人空间站工程研制的。统筹利用天平工程等多项资金。",
            [("载人空间站工程", "campaign"), ("天平工程", "campaign")],
        ),
        (  # rmrb 20200528-12-01 (gold_blind20 01), government work report 2004: 和 inside
            "深化扶贫领域腐败和作风问题专项治理。进一步开展价格和收费专项整治。",
            [("扶贫领域腐败和作风问题专项治理", "campaign"), ("价格和收费专项整治", "campaign")],
        ),
        (  # rmrb 20200506-11-01 (gold_blind21 01); the 1959 and 1960 government work reports
            "探索一套“防返贫，阻致贫”工作机制。加快建立防止返贫监测和帮扶机制。开展除四害运动。",
            [
                ("“防返贫，阻致贫”工作机制", "mechanism"),
                ("防止返贫监测和帮扶机制", "mechanism"),
                ("除四害", "campaign"),
            ],
        ),
        (  # policies doc 174 (gold_blind22 08), rmrb 2025-10-20 (gold_blind22 10)
            "依托中国（山东）自由贸易试验区，落实国家大数据战略。践行全球治理倡议。",
            [
                ("中国（山东）自由贸易试验区", "honor"),
                ("国家大数据战略", "slogan"),
                ("全球治理倡议", "slogan"),
            ],
        ),
        (  # rmrb 20200515-12-04, policies doc 156, 新闻联播 2024-05-17 (gold_blind24 01, 08, 07)
            "实现停课不停学。推动三网融合。建立生态产品价值实现机制。",
            [("停课不停学", "campaign"), ("三网融合", "slogan"), ("生态产品价值实现机制", "mechanism")],
        ),
        (  # policies docs 88 and 73 (gold_blind4 08): a standard named after its title
            "推广《数据管理能力成熟度评估模型》（GB/T 36073-2018，简称DCMM）国家标准。设置符合《物联网电子价签系统总体要求》国家标准。",
            [
                ("《数据管理能力成熟度评估模型》", "document"),
                ("《物联网电子价签系统总体要求》", "document"),
            ],
        ),
        (  # policies doc 103 (gold_blind31 09): national S&T programs named bare
            "整合国家重点基础研究发展计划、国家高技术研究发展计划、国家科技支撑计划等，形成国家重点研发计划。",
            [
                ("国家重点基础研究发展计划", "other"),
                ("国家高技术研究发展计划", "other"),
                ("国家科技支撑计划", "other"),
                ("国家重点研发计划", "other"),
            ],
        ),
        (  # tests/gold 15: a quoted number with 电话号码 after it is a hotline
            "设置“96178”企业家直通省长电话号码，确保企业诉求件件有回音。",
            [("“96178”企业家直通省长电话号码", "platform")],
        ),
        (  # rmrb 2025-10-20 (gold_blind20 10): quotes written one after another, then 等
            # and a head that names them all
            "以“学生观剧观展团”“艺术进校园”“青少年剧目展演”等品牌活动为抓手。",
            [
                ("“学生观剧观展团”", "campaign"),
                ("“艺术进校园”", "campaign"),
                ("“青少年剧目展演”", "campaign"),
            ],
        ),
        (  # 新闻联播 2024-02-26 (gold_blind29 06): a study session's theme of 28 characters
            "国务院以“建立健全公平竞争制度，加快完善全国统一大市场基础制度规则”为主题，进行第六次专题学习。",
            [("“建立健全公平竞争制度，加快完善全国统一大市场基础制度规则”", "slogan")],
        ),
        (  # policies doc 29 (gold_blind29 08): a quoted section of a form has no head after it
            "应当在申请书正文的“研究基础与工作条件”部分论述申请项目与其他相关项目的区别与联系。",
            [],
        ),
        (  # policies docs 159 (gold_blind29 09), 167, 211: national demonstration projects,
            # not where the state is the subject (国家实施…)
            "加快推进国家高分辨率对地观测系统应用示范工程和国家下一代互联网应用示范工程的建设。紧紧抓住国家实施信创产品应用示范工程契机。",
            [
                ("国家高分辨率对地观测系统应用示范工程", "campaign"),
                ("国家下一代互联网应用示范工程", "campaign"),
            ],
        ),
    ],
)
def test_policy_quotes_national_zones_platforms_and_programs(text: str, expected: Named) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # xwlb 20240505: a launch verb and a count end the head after a quote
        ("上海围绕“五五购物节”开展1000多项促消费活动，涵盖数字消费。", [("“五五购物节”", "五五购物节")]),
        # xwlb 20240402: no head is left, and the bare quote names nothing the rules know
        ("厦门的“春夏焕新季”推出近百场活动，涵盖传统消费品。", []),
        # rmrb 20200525-13-01: a count before the head of quotes listed side by side
        (
            "实施好“广东技工”“粤菜师傅”“南粤家政”三项工程，确保经济社会大局稳稳当当。",
            [("“广东技工”", "广东技工"), ("“粤菜师傅”", "粤菜师傅"), ("“南粤家政”", "南粤家政")],
        ),
        # policies.jsonl 165: 推进 inside the head of a mechanism
        ("(省发展改革委、省科技厅、省“十强产业”协调推进机制牵头部门负责)", [("“十强产业”协调推进机制", "十强产业")]),
    ],
)
def test_a_head_after_a_quote_holds_no_count_and_no_launch_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert [row[:2] for row in programs(sentence(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policies.jsonl (gold_blind39 08): an app and a code of a province's government
        ("全面优化升级“山东通”功能。广泛推广应用“鲁通码”推动100个以上高频电子证照应用。", [("山东通", "platform"), ("鲁通码", "platform")]),
        # rmrb 20200519 (gold_blind34 10): a bank's loan products
        ("当时银行推出“水权贷”，以流域3.2亿元收益权质押。", [("水权贷", "other")]),
        # policies.jsonl (gold_blind36 08): a voucher
        ("推动企业上云。加大“云服务券”财政奖补力度。", [("云服务券", "other")]),
        # rmrb 2020-05: what a bank will not do, a loan the law fights, a figure of speech
        ("这是造成银行“不愿贷”“不敢贷”的原因所在。针对“套路贷”“校园贷”等违法犯罪。", []),
        ("笑称这些都是这个全国文明家庭的“传家宝”。", []),
    ],
)
def test_quoted_apps_codes_loans_and_vouchers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(row[1], row[2]) for row in programs(sentence(text))] == expected


def test_the_basic_political_systems_named_as_written() -> None:
    # xwlb 2024 (gold_blind42 02), rmrb 2020-05 (gold_blind41 01)
    text = "实行人民代表大会制度的政体。中国共产党领导的多党合作和政治协商制度是我国一项基本政治制度。"
    assert [(row[1], row[2]) for row in programs(sentence(text))] == [
        ("人民代表大会制度", "mechanism"),
        ("中国共产党领导的多党合作和政治协商制度", "mechanism"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policies.jsonl (gold_blind15 08): a named service after its quote
        ("组织开展中小企业数字化转型“问诊”服务，组织专家深入企业。", [("“问诊”服务", "问诊", "other")]),
        # xwlb 2024 (gold_blind37 05): a three-character label with the head
        ("铁路部门联合海关、边检提供“一站式”通关服务，大大缩短时间。", [("“一站式”通关服务", "一站式", "other")]),
        # rmrb 20200507-11-02: a three-character label is named with its head
        ("很多地方也紧跟步伐，推出“一站式”服务，提高效率、缩短流程。", [("“一站式”服务", "一站式", "other")]),
        # a verb inside the head window ends it (“一企一策”方式|提供靶向服务): no head is
        # left, and the quote is a numbered slogan
        ("采取“一企一策”方式提供靶向服务。", [("“一企一策”", "一企一策", "slogan")]),
        # policies.jsonl: “互联网+政务服务” is a mode all the same
        ("深化“互联网+政务服务”，推进政务服务。", [("“互联网+政务服务”", "互联网+政务服务", "mode")]),
    ],
)
def test_named_services(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [row[:3] for row in programs(sentence(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policies.jsonl record 1 (gold_blind44 08): a short numbered heading names its project
        ("（一）技术创新工程", [("技术创新工程", "campaign")]),
        # policies.jsonl record 139 (gold_blind43 08): 充分利用 governs the platform
        ("充分利用绿色制造公共服务平台，推广经验。", [("绿色制造公共服务平台", "platform")]),
        # policies.jsonl record 17 (gold_blind43 09): the pilot a verb acts on is no name
        ("择优确定进入试点。发生重大变化等情形，应当退出试点。", []),
    ],
)
def test_short_headings_and_pilots_acted_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(row[1], row[2]) for row in programs(sentence(text))] == expected


def test_a_launch_verb_bounds_a_pilots_name() -> None:
    # government work report 2021: the verb right before the pilot bounds its name, whatever
    # the tagger makes of 新就业形态
    text = "完善灵活就业社会保障政策，开展新就业形态职业伤害保障试点。"
    assert [(row[1], row[2]) for row in programs(sentence(text))] == [("新就业形态职业伤害保障试点", "campaign")]
    # government work report 2019: a launched name may hold 及
    text = "农村公路建设养护并向贫困地区倾斜，启动实施水系连通及农村水系综合整治试点。"
    assert [row[1] for row in programs(sentence(text))] == ["水系连通及农村水系综合整治试点"]


def test_the_two_mountains_doctrine_quoted_or_not() -> None:
    # rmrb 20200515-02-06 (gold_blind44 04): the doctrine written as a sentence, then quoted
    text = "绿水青山就是金山银山。“绿水青山就是金山银山”“保护生态就是发展生产力”，这些论断深入人心。"
    assert [(row[1], row[2]) for row in programs(sentence(text))] == [
        ("绿水青山就是金山银山", "slogan"),
        ("绿水青山就是金山银山", "slogan"),
        ("保护生态就是发展生产力", "slogan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policies 173, 11 (gold_blind15, gold_blind24): a verb a system or platform is the
        # object of opens no name
        ("社区基础设施建设水平参差不齐，缺乏社区综合服务平台，应用尚未形成规模。", []),
        ("为小区大门配备访客实名登记系统，所有访客进入需要办理实名登记。", [("访客实名登记系统", "platform")]),
        ("协作研发设计与生产能力。发展个性化定制服务平台，提高对用户需求的深度学习。", [("个性化定制服务平台", "platform")]),
        # but names of actions and projects may hold those verbs (提升行动, 发展工程)
        ("深入推进国家战略性新兴产业集群发展工程，实施好制造业核心竞争力提升工程。", [("国家战略性新兴产业集群发展工程", "campaign"), ("制造业核心竞争力提升工程", "campaign")]),
    ],
)
def test_a_verb_governing_a_platform_ends_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rmrb 20200511-09-02 (gold_blind68 03), 20200524-12-03: a year given a task
        ("党中央确定2019年为“基层减负年”，着力解决形式主义问题。", [("“基层减负年”", "campaign")]),
        ("我们把今年定为“重大项目攻坚年”，全力以赴做强产业。", [("“重大项目攻坚年”", "campaign")]),
        # 新闻联播 2024-01-13 (gold_blind71 08), 2024-04-08: 行动 after 专项整治 is the
        # campaign's own word
        ("鄱阳湖实行全面禁捕退捕、候鸟保护专项整治行动等。", [("候鸟保护专项整治行动", "campaign")]),
        # 新闻联播 2024-03-15 (gold_blind71 07), the work reports: national transfer projects
        ("该工程为我国“西电东送”再添一条大动脉。", [("“西电东送”", "campaign")]),
        ("着力抓好青藏铁路、西气东输、西电东送等重点工程建设。", [("西气东输", "campaign"), ("西电东送", "campaign")]),
        # but not inside a company's name
        ("中国石油管道有限责任公司西气东输分公司银川管理处。", []),
    ],
)
def test_designated_years_rectification_actions_and_transfer_projects(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


def test_a_strong_nation_slogan_names_its_strategy() -> None:
    # policies-central-shandong (gold_blind80 10, gold_blind79 10), 新闻联播 2024-02-28
    text = "为强省会战略和工业强市战略实施提供强有力支撑。支撑教育强国战略与教育现代化。随着我国海洋强国战略实施和新能源产业的发展。"
    assert named(text) == [
        ("强省会战略", "slogan"),
        ("工业强市战略", "slogan"),
        ("教育强国战略", "slogan"),
        ("海洋强国战略", "slogan"),
    ]
    # a strategic deployment is not the strategy's name
    assert named("加快建设海洋强国战略部署下的新格局。") == [("海洋强国", "slogan")]


def test_the_states_named_information_systems_and_databases() -> None:
    # policies-central-shandong (gold_blind86 09): named even as things to build
    text = (
        "推行“互联网＋监管”，构建全国一体化在线监管平台。整合构建全国一体化政务大数据体系。"
        "依托国家人口基础信息库、国家法人单位信息资源库等认证资源。建设国家数据库。"
    )
    assert named(text) == [
        ("“互联网＋监管”", "mode"),
        ("全国一体化在线监管平台", "platform"),
        ("全国一体化政务大数据体系", "platform"),
        ("国家人口基础信息库", "platform"),
        ("国家法人单位信息资源库", "platform"),
    ]
