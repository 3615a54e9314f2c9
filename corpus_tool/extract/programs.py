"""Programs and practices: named modes, mechanisms, campaigns, brands, documents, honors,
slogans and platforms (SPEC section 3), each with its core, kind, place and provenance.

What counts (decided from the head noun and the words around a name):

- A quoted name with its head noun attached (“网格化+12345+110”三网融合联动模式, “群英断是非”
  模式, “暖心房”议事厅, “我为群众办实事”实践活动): `name` is the text as written, quotes
  included; `core` the quoted text; `kind` from the head (`program_heads.tsv`).
- A quoted name with no head when the quoted text itself says what it is: it ends in a
  head (“和姐工作室” → brand), it is awarded (被评为“全国社会治安综合治理优秀市” → honor),
  it is a numbered slogan (“三高四新”, “四个铁一般”, “双十条”, “一乡一村一调解组织”), a
  combination (“党建+三治”), a name `program_known.tsv` knows (“枫桥经验” → mode), or it
  follows a verb that introduces a practice (践行, 推行, 确定为 …).
- 《…》 documents whose title ends in a document word (意见, 通知, 方案, 规定, 清单 …):
  newspapers and books (《法治日报》) are not documents.
- Quoted names side by side are of one kind: “净网”“护网”系列行动 gives “净网” too.
- Unquoted names: the campaigns of `program_known.tsv` (扫黑除恶专项斗争, 政法队伍教育整顿),
  hotlines (12345政府服务热线, 12345热线平台), named special campaigns read leftwards from
  专项行动 / 专项整治 (执行案款清理专项行动), and county-level dispute-resolution centres
  (县级社会矛盾纠纷调处化解中心, 县级综治中心).
- Unquoted names ending in a head noun of NAMED_HEADS (系统, 平台, 微法院, 行动, 保卫战,
  攻坚战, 试点, 教育整顿, 工作室 …), read leftwards over the content words before it with
  rjieba's tags of a short window, stopping at the verbs that govern the name (开展, 依托,
  推进 …), function words, places and organizations: 依托县级禁毒网格化管理系统 →
  县级禁毒网格化管理系统, 开展…人居环境整治行动 → 人居环境整治行动. The modifier needs
  enough words that are not generic (信息系统, 服务平台, 该平台 are no names); a system or
  platform needs a word before its head that says what it does for government (管理, 感知,
  法庭, 预警 …: 城市排水系统 and 电商平台 are things), 法院系统 is a sector, and an action
  is a campaign when a verb launches it (开展, 实施 …) or its name says so (整治, 提升 …).
  Projects (工程) and national strategies (战略, kind slogan) count only when a verb
  launches them: 实施产业链提升工程, 深入实施创新驱动发展战略; 一项系统工程 does not. A
  launch verb right before such a name bounds it whatever verbs the name holds (全面实施|
  千兆光纤网络部署工程), and a numbered heading can be the name whole (（五）人工智能基础设施
  升级行动。). A place the name opens with stays in `name`, not in `core` (北京|城市更新行动).
- 《…》 after 重要文章 or 署名文章 is a document whatever its last word.

A bare quoted label that none of these rules decides, and that no other reading takes, is
scored by the quote model (`quote_model.py`, weights learned from the gold): 加快推进城市运行
“一网统管”, 推动“数字丝绸之路”建设, 要落实“多规合一” are taken (kind other); labels of more
than 16 characters, dates and scores (“3·11”), and quotes that fill their paragraph are not
asked about.

What does not: quoted metaphors and terms (“连心桥”, “加码”, “平安梦”, “评判席”, “是非”,
“组合拳”, “问题导向”, “一盘棋”), speech (a quoted text with sentence punctuation or a
pronoun: “你好，我奶奶…”), quotes inside a 《…》 title (the document is the program).

`place` is the full name of the nearest place named before the program in its sentence
(岳阳楼区发挥…创新“群英断是非”模式 → 湖南省岳阳市岳阳楼区), else the article's main place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, cached_property
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation

from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.numbers import SPOKEN_CHARS
from corpus_tool.extract.organizations import AND_COMPOUNDS
from corpus_tool.extract.people import data_lines, tag, word_tag, words_re
from corpus_tool.extract.quote_model import THRESHOLD, QuoteCandidate, features, quote_model

HAN = "\u4e00-\u9fff"
# The last form, “…" (closed by a straight quote), is how some policy files write quotes.
QUOTE_RE = re.compile(
    r"“([^“”\n]{1,40})”|‘([^‘’\n]{1,30})’|\"([^\"\n]{1,40})\"|“([^“”\"\n]{1,40})\""
)
DOC_RE = re.compile(r"[《«]([^《》«»\n]{2,80})[》»]")  # «…» in some policy texts
SENTENCE_END = "。！？!?\n"
# Text up to the last character that is no letter or digit (the greedy .* backs off to it).
BEFORE_NON_WORD_RE = re.compile(r"(?s:.*)[\W_]")
# Text up to the last sentence end (the greedy .* backs off to it): where a sentence starts.
BEFORE_SENTENCE_RE = re.compile("(?s:.*)[" + SENTENCE_END + "]")
SPEECH_CHARS = frozenset("，。！？；：,!?;:你您咱")
# Pronoun words that make a quoted text speech (“我们的幸福感更强了”); a lone 我 does not
# (“我为群众办实事” is a campaign).
SPEECH_WORDS = ("我们", "我的", "我是", "他们", "她们", "他的", "她的", "大家")
SPEECH_WORDS_RE = re.compile("|".join(SPEECH_WORDS))
# Words a 《…》 title ends in when it names a document (after a trailing （试行）).
DOC_TYPES = (
    "法",
    "法典",
    "条例",
    "规定",
    "办法",
    "意见",
    "实施意见",
    "指导意见",
    "通知",
    "决定",
    "决议",
    "方案",
    "规划",
    "纲要",
    "计划",
    "计划书",
    "申请书",
    "任务书",
    "预算表",
    "编制说明",
    "措施",
    "清单",
    "指引",
    "备忘录",
    "细则",
    "规范",
    "目录",
    "守则",
    "公约",
    "章程",
    "报告",
    "白皮书",
    "指南",
    "标准",
    "制度",
    "协议",
    "协定",
    "议定书",
    "宪章",
    "预案",
    "路线图",
    "公报",
    "宪法",
    "条约",
    "规则",
    "严禁",
    "禁令",
    "解释",
    "批复",
    "函",
    "纪要",
    "倡议书",
    "公告",
    "通告",
    "议案",
    "提案",
    "一封信",  # 《致广东人大代表的一封信》 (not the song 《相信》)
    "公开信",
    "政策",
    "建议",
    "要点",
    "举措",
    "评估",
    "原则",
    "准则",
    "导则",
    "纲领",
    "战略",
    "框架",
    "倡议",
    "宣言",
    "声明",
    # standards (《…通用技术要求》, 《…能力成熟度模型》, 《…评测指标》), treaties, briefings,
    # chronicles, application forms, joint statements, circulars and directives
    "要求",
    "模型",
    "指标",
    "和约",
    "简报",
    "纪事",
    "申报书",
    "共识",
    "通报",
    "指示",
    # forms to fill in (《标准立项反馈意见表》), a city's long-range design, a joint outlook
    "表",
    "设想",
    "展望",
)
# Verbs that govern a document whatever its title ends with: 按照《网站设计无障碍技术要求》,
# 深入实施《中国制造2025》, 对照《巴黎协定》; a chain of titles after one verb shares it.
DOC_GOVERNING_VERBS = (
    "按照",
    "依据",
    "根据",
    "落实",
    "满足",
    "执行",
    "遵循",
    "符合",
    "参照",
    "对照",
    "印发",
    "出台",
    "制定",
    "实施",
)
# Titles of periodicals and media, which a governing verb may also precede (根据《科学》杂志).
PUBLISHED_IN = ("发表在", "发表于", "刊发在", "刊发于", "刊登在", "刊登于", "刊载于", "刊于")
MEDIA_TITLE_ENDINGS = ("报", "杂志", "周刊", "月刊", "期刊", "新闻", "网")
# Words around a quoted theme: 以“…”为主题, 主题是“…”.
THEME_AFTER = ("为主题", "系列主题")
THEME_BEFORE = ("主题", "主题是", "主题为", "主题：")
# Words before a 《…》 title that make it a standard, a document whatever its last word
# (国家标准《零售业态分类》).
STANDARD_WORDS = ("国家标准", "行业标准", "地方标准", "团体标准")
# A standard named after its title, past a parenthesis with its number.
STANDARD_AFTER_RE = re.compile(
    "(?:[（(][^（）()\n]{1,40}[）)])?(?:" + "|".join(STANDARD_WORDS) + ")"
)
# Words before a 《…》 title that make it a published text of a leader, a document
# whatever its last word.
ARTICLE_WORDS = ("重要文章", "署名文章", "重要讲话")
# Verbs right before a quoted name that make it a practice: 践行“我为群众办实事”.
PRACTICE_VERBS = (
    "践行",
    "推行",
    "实行",
    "推出",
    "创新",
    "打造",
    "建立",
    "创建",
    "推广",
    "启动",
    "确定为",
    "命名为",
    "探索",
    "首创",
    "试行",
    "运用",
    "应用",
    "开展",
    "实施",
    "成立了",
    "成立",
    "设立",
    "开通",
    "上线",
    "推进",  # 推进“多测合一”, 推进“上云用数赋智” (坚持 and 落实 are followed by principles
    # and metaphors as often: 落实“最后一公里”)
)
# Words before a quoted title that make it an honor (also read by awards.py).
HONOR_TRIGGERS = (
    "被评为",
    "评为",
    "获评",
    "荣获",
    "获得",
    "被授予",
    "授予",
    "被命名为",
    "命名为",
    "入选",
    "获",
    "创成",
    "成功创建",
    "创建",
    "争创",
    "被列为",
    "摘得",
    "夺得",
)
HONOR_ENDINGS = (
    "示范市",
    "示范县",
    "示范区",
    "示范单位",
    "示范村",
    "示范点",
    "示范城市",
    "先进市",
    "先进县",
    "先进区",
    "先进集体",
    "先进单位",
    "先进个人",
    "优秀市",
    "优秀县",
    "文明城市",
    "卫生城市",
    "幸福感城市",
    "模范",
    "标兵",
    "楷模",
    "先锋",
    "荣誉称号",
)
# What may stand between two quoted names of one list: “净网”“护网”, “只进一门”和“一网通办”.
COORDINATORS = frozenset({"", "、", "和", "与", "及"})
ALL_HAN_RE = re.compile(f"^[{HAN}·•]{{2,}}$")
# Honors of places and people that programs (not awards) also know: 示范小区, 最美….
PROGRAM_HONOR_ENDINGS = ("示范小区", "示范社区", "示范街道")
HONOR_OPENING_RE = re.compile(
    r"^(?:\d{4}年?度?(?:最美|感动)|最美.{0,4}(?:民警|警察|医生|教师|法官|检察官|家庭|人物|"
    r"志愿者|奋斗者|退役军人|村官|公务员|职工|工匠|少年)$)"
)
# Verbs that introduce a service practice (推进“一网通办”, 实现“跨省通办”): only for a quote
# that reads like one (SERVICE_CORE_RE), since 实现“零的突破” is a metaphor.
SERVICE_VERBS = ("推进", "实现", "推动", "深化", "全面推行", "全面推进", "落实", "探索")
SERVICE_CORE_RE = re.compile(
    rf"^(?=[{HAN}]{{3,8}}$)(?:(?:一网|一窗|一门|一号|一码|一件事|一站式|跨省|跨区域|跨域|跨市|全程|全城|"
    rf"全市|全省|就近|掌上|指尖|不见面|最多|马上|只进|异地|容缺|承诺|告知承诺|证照|好差评).*|"
    rf".*(?:办|通办|网办|联办|即办|秒批|秒办|快办|好办|代办|帮办|通管|一次|一窗|一门|一网|一码|"
    rf"通兑|通取|即享|直达|免申|免审))$"
)
# A quote followed by 等 and one of these names a practice (“一窗通办”“全程网办”等改革).
LISTED_AS_RE = re.compile(
    r"等(?:一系列|一批|多项|系列)?(?:[\u4e00-\u9fff]{2}(?:示范)?)?"
    r"(改革|服务|举措|做法|模式|机制|制度|经验|新模式|新机制|新举措|工作法|活动|项目|平台|工程|行动)"
)
# A quoted product of a public service: an app, a code, a loan or a voucher (“山东通”,
# “鲁通码”, “北京健康宝”, “生态修复贷”, “云服务券”), not a word ending so (沟通, 加码,
# 传家宝), nor what a bank will not do (“不敢贷”), nor a loan the law fights (“套路贷”).
PRODUCT_RE = re.compile(f"[{HAN}a-zA-Z]{{2,7}}([通码宝贷券])")
NOT_PRODUCT_ENDINGS = frozenset(
    {
        "交通", "沟通", "畅通", "联通", "互通", "贯通", "融通", "打通", "开通", "疏通", "流通",
        "普通", "大通", "相通", "精通", "变通", "连通", "密码", "代码", "编码", "号码", "条码",
        "起码", "加码", "价码", "筹码", "数码", "解码", "珍宝", "国宝", "法宝", "瑰宝", "宝宝",
        "元宝", "至宝", "财宝", "珠宝", "信贷", "借贷", "放贷", "网贷", "助贷", "房贷", "车贷",
        "债券", "证券", "家宝", "为宝",
        # loans the law fights, not products (针对“套路贷”“校园贷”)
        "路贷", "园贷", "利贷", "训贷", "金贷",
    }
)
# A count right after quotes, then their head (“广东技工”“粤菜师傅”“南粤家政”三项工程).
COUNTED_LIST_RE = re.compile(r"[两三四五六七八九十]+[大项种类]([\u4e00-\u9fff]{2,10})")
# Verbs before such a list that reject what it names (防止“谁能闹谁有理”等做法, 减免“份子钱”等).
REJECTING_VERBS = (
    "防止",
    "杜绝",
    "反对",
    "纠正",
    "摒弃",
    "避免",
    "克服",
    "破除",
    "遏制",
    "禁止",
    "减免",
    "取消",
    "整治",
    "打击",
    "清理",
    "妄图",
    "企图",
)
# Verbs that make even a three-character quote a practice: 实施“煤改电”.
STRONG_PRACTICE_VERBS = ("实施", "推行", "实行")
# A year designated for a task: 确定2019年为“基层减负年”, 将今年定为“…年”.
DESIGNATED_YEAR_BEFORE_RE = re.compile("(?:确定|定|作为)(?:[0-9]{4}年|今年|明年|本年)?为?$|(?:[0-9]{4}年|今年|明年)(?:被)?(?:确定|定)?为$")
# Head phrases that begin like these are not heads (“双十条”相关规定, “毒黄赌”等…整治).
NOT_HEAD_OPENERS = ("相关", "有关", "等", "这", "那", "之", "们", "和", "与", "及", "或")
NUMERALS = "一二两三四五六七八九十百千万双"
NUMERAL_SET = frozenset(NUMERALS)
# What ends the title of an event (an exhibition, a fair, a forum): events are no programs.
EVENT_ENDINGS = ("展览", "博览会", "展销会", "交易会", "论坛", "峰会", "研讨会", "座谈会", "晚会")
# Quoted words that look like names of practices but are holidays, separatist movements,
# factions or titles of people: never programs.
NOT_PROGRAMS = frozenset(
    {
        "五一",
        "五四",
        "十一",
        "六一",
        "七一",
        "八一",
        "三八",
        "双十一",
        "双十二",
        "台独",
        "港独",
        "藏独",
        "疆独",
        "伊斯兰国",
        "三好学生",
        "四人帮",  # a faction, not a program
        "两个中国",  # what policy rejects (制造“两个中国”、“一中一台”)
        "一中一台",
        "一对一",  # one-on-one, a manner (“一对一”帮扶)
        "十四冬",  # the 14th National Winter Games, an event
        # the two supreme judicial bodies (and the ministries with them), and the industries
        # of high energy use and high emissions: bodies and a category, no practice
        "两高",
        "两高一部",
        "两高三部",
        "两高一资",
    }
)
# A law's article, quoted after the law (基本法“二十三条”立法): no practice.
LAW_ARTICLE_RE = re.compile("第?[一二三四五六七八九十百0-9]+条")
# A five-year plan's period (“九五”, “十四五”)
FIVE_YEAR_RE = re.compile("[一二三四五六七八九十]{1,3}五")
# A head phrase opening with these is no head: “两个维护”落到行动, “疫”中总结经验.
GAP_OPENERS = (
    "提出",
    "总结",
    "落到",
    "落实",
    "作为",
    "成为",
    "变成",
    "进入",
    "写入",
    "纳入",
    "列入",
    "中",
    "里",
    "上",
    "下",
    "部分",  # 申请书正文的“研究基础与工作条件”部分论述…: a section of a form
)
# (新三样, 老三样, 新四化: a numbered label after 新 or 老, the new or old set of things)
NUMBERED_SLOGAN_RE = re.compile(
    rf"^(?:[新老]?[二两三四五六七八九十百千双][{HAN}]{{1,9}}|一号[{HAN}]{{1,8}}|"
    rf"(?=(?:[^{NUMERALS}]*[{NUMERALS}]){{2}})[{HAN}]{{3,12}})$"
)
# Hotlines and platforms written without quotes.
HOTLINE_RE = re.compile(
    rf"\d{{3,5}}(?:[{HAN}]{{0,6}}?(?:热线|服务线))(?:平台)?|12345平台|110(?:报警)?服务台"
)
# The numbered national censuses (第七次全国人口普查, 第五次全国经济普查).
CENSUS_RE = re.compile(f"第[一二三四五六七八九十]{{1,3}}次全国[{HAN}]{{1,10}}?普查")
CENTRE_RE = re.compile(
    r"(?:(?:省|市|县|区|乡镇|镇|街道)级)(?:社会)?(?:矛盾纠纷[\u4e00-\u9fff]{0,6}?中心|综治中心|矛调中心)"
)
# 等一批基层治理品牌: found from its literal anchor (a regex that starts with the list
# items themselves scans every character and cost half of this extractor's time).
LIST_ANCHOR_RE = re.compile(
    rf"等(?:一批|一大批|多个|一系列|系列)[{HAN}]{{0,8}}?(品牌|模式|经验|做法|机制)"
)
LIST_ITEMS_RE = re.compile(rf"[{HAN}“”]{{4,24}}(?:、[{HAN}“”]{{4,24}})+$")
# Words of ownership that open a campaign's name (省属重点企业…专项行动)
OWNED_BY = ("省属", "市属", "区属", "县属", "央属")
# 专项行动, 专项整治 …: a named campaign is read leftwards from these.
# Verbs before a campaign word that use it as a common noun (确保集中整治不走过场,
# 落实好专项行动, 开展相关专项整治行动)
CAMPAIGN_NAME_VERBS = frozenset({"确保", "落实", "落实好", "抓好", "做好", "相关", "有关"})
CAMPAIGN_TAILS = ("专项行动", "专项整治", "专项整治行动", "专项斗争", "集中整治", "集中整治行动", "专项治理", "专项治理行动")
# What after a campaign's name makes it a plan (…专项行动计划): a document to be issued.
PLAN_AFTER_CAMPAIGN = ("计划", "方案")
# A body named after its campaign (森林草原防灭火专项整治|督导组): the name is the body's.
BODY_AFTER_CAMPAIGN = ("督导组", "工作组", "领导小组", "办公室", "指挥部", "工作专班", "专班")
# What after a run of quotes says they are quoted wording (…“推进分级诊疗”等表述).
WORDING_AFTER = ("等表述", "的表述", "这一表述", "这个表述", "等提法", "的提法", "这一提法", "等字样", "的字样", "等词语")
# The phase of a project before 工程 (一期工程, 第二期工程): the project is named.
PHASE_BEFORE_RE = re.compile("第?[一二三四五六七八九十]期$")
# After a known project, its lines and phases (南水北调|东中线一期工程, 南水北调|中线工程):
# the project's part the text names.
KNOWN_PART_RE = re.compile("(?:[东中西]{1,2}线(?:[一二三四]期)?|[一二三四]期)工程")
# After a "strong nation" slogan, the strategy it names when nothing else follows 战略
# (支撑|教育强国战略|与…, 为…工业强市战略|实施; not 海洋强国战略|部署, 战略|目标).
STRENGTH_ENDS = ("强国", "强省", "强市")
STRATEGY_AFTER_RE = re.compile("战略(?=[，。、；：和与及]|实施|的实施)")
# National pilot designations written without quotes (国家新一代人工智能创新发展试验区,
# 国家人工智能创新应用先导区, 国家生态文明试验区): titles a place is given.
# Found from the rare ending, 国家 looked for before it (a scan from every 国家 cost more).
# National platforms likewise (国家政务服务平台, 国家智慧教育公共服务平台), but not a rank
# (国家级创新平台) or a kind (国家科技创新平台); national projects and pilots are
# campaigns (国家下一代互联网应用示范工程, 国家再生水循环利用试点).
NATIONAL_ZONE_ENDS = (
    "先导区", "试验区", "实验区", "示范区", "示范园区", "示范基地", "示范城市", "集聚区", "度假区", "平台",
    "示范工程", "试点",
)
NATIONAL_ZONE_RE = re.compile(f"国家级?[{HAN}]{{2,14}}$")
NATIONAL_ZONE_STOPS = frozenset("的及在是为、")
# 和 and 与 join two fields inside a name (国家文化和旅游消费示范城市, 国家文化与金融合作示范区,
# 国家文化产业和旅游产业…): a field of two to four characters before it, not none (国家和地区,
# 国家和省级示范区) nor a longer phrase (国家高水平人才高地和吸引集聚人才平台: two things)
NATIONAL_ZONE_JOIN_RE = re.compile(f"国家级?(?:[{HAN}]{{2,4}}[和与]|[^和与]*$)")
NATIONAL_VERBS = ("实施", "推进", "开展", "启动", "支持", "批准", "设立", "确定")
# 中国（山东）自由贸易试验区: a pilot free trade zone by its full name
FREE_TRADE_ZONE_RE = re.compile(f"中国[（(][{HAN}]{{2,3}}[）)]自由贸易试验区")
# Two characters side by side in a ministry's name that holds 和 (工业和|信息化).
AND_COMPOUND_PAIRS = frozenset(c[i : i + 2] for c in AND_COMPOUNDS for i in range(len(c) - 1))
# Heads that name only a list in quotes (“节水优先、空间均衡…”治水思路, “…”的基本原则).
LIST_ONLY_HEADS = ("原则", "思路", "路径", "宗旨", "方针", "总要求")
# What no head phrase after a quote holds: 的 (a new phrase), a verb of being or doing
# (“标本兼治，靶向治疗”是三星思路, “90后”的她打开了思路), a conjunction.
HEAD_PHRASE_NOISE = frozenset("的是为了她他和")
LIST_END_RE = re.compile("(?<![高中平同初均对])等")  # …中心等高能级平台, not 高等教育
# 葡语国家|商贸合作服务平台, 金砖国家: 国家 ends a word for a group of countries
COUNTRIES_BEFORE = frozenset("语洲砖些国方")
CAMPAIGN_LEFT_STOPS = frozenset(
    {
        "开展",
        "推进",
        "启动",
        "部署",
        "组织",
        "实施",
        "深化",
        "持续",
        "结合",
        "参与",
        "发起",
        "加大",
        "加强",
        "深入",
        "全面",
        "扎实",
        "集中",
        "继续",
        "进行",
        "展开",  # 部署|展开|全国酒店电视操作复杂专项治理
        "在",
        "把",
        "将",
        "与",
        "和",
        "及",
        "出台",  # 出台|数字供应链发展专项行动计划
        "简称",  # (以下简称|工程服务平台)
    }
)


# Unquoted named systems, platforms, campaigns and pilots, read leftwards from a head noun
# over the content words before it (互联网法庭系统, 人居环境整治行动, 市域社会治理现代化试点):
# head → (kind, content words the modifier needs). A campaign head such as 保卫战 names a
# campaign with one word before it (蓝天保卫战); a system or platform needs two (so
# 信息系统, 该平台, 这一系统 are no names).
NAMED_HEADS: dict[str, tuple[str, int]] = {
    "系统": ("platform", 2),
    "平台": ("platform", 2),
    "小程序": ("platform", 2),
    "微法院": ("platform", 1),
    "行动": ("campaign", 2),
    "保卫战": ("campaign", 1),
    "攻坚战": ("campaign", 1),
    "歼灭战": ("campaign", 1),
    "教育整顿": ("campaign", 1),
    "试点": ("campaign", 2),
    "工作室": ("brand", 2),
    "议事厅": ("brand", 1),
    # weeks and months of a campaign (全国科技活动周, 数字强省宣传月)
    "活动周": ("campaign", 2),
    "宣传周": ("campaign", 2),
    "活动月": ("campaign", 2),
    "宣传月": ("campaign", 2),
    "服务月": ("campaign", 2),
    "提升月": ("campaign", 2),
    # named projects and national strategies, when a verb launches them (实施产业链提升
    # 工程, 深入实施创新驱动发展战略); strategies are slogans, as in program_known.tsv
    "工程": ("campaign", 2),
    "战略": ("slogan", 2),
    # named plans of a programme (高校毕业生就业促进计划, 东北黑土地保护性耕作行动计划),
    # launched by a verb; 工作计划, 发展计划 are no names
    "计划": ("campaign", 3),
    # standing mechanisms named by their holder or field (军委主席负责制, 厂长负责制,
    # 数字经济发展部际联席会议制度)
    "联席会议制度": ("mechanism", 1),
    "负责制": ("mechanism", 1),
}
# Words that, right after a known name, make it part of a body's name (not 办法, 司法).
KNOWN_INSIDE_BODY = ("委", "办公室", "局", "总指挥部", "指挥部", "研究院", "分公司", "公司")
# The weeks and months of a campaign, whose names may open with 全国 or 全民.
CAMPAIGN_SEASON_HEADS = frozenset(h for h in NAMED_HEADS if h.endswith(("周", "月")))
# The state's named information systems and databases, written without quotes and often
# as things to build (构建全国一体化在线监管平台, 全国一体化政务大数据体系, 国家人口基础信息库).
NATIONAL_SYSTEM_RE = re.compile(
    "全国一体化[^\\s，。、；：“”《》（）()的和与及等]{2,12}?(?:体系|平台网络|平台|网络|网)(?![站格点络民友上])"
    "|国家[^\\s，。、；：“”《》（）()的和与及等]{4,12}?(?:信息库|资源库|数据库)"
)
# The longest bare quoted label the quote model is asked about.
MODEL_MAX_LABEL = 16
DIGITS_ONLY_RE = re.compile("[0-9０-９·.．:：/\\-—～~]+")
# Heads that name a program only when a verb launches it in its clause.
LAUNCHED_HEADS = frozenset({"行动", "工程", "战略", "计划"})
# Heads whose name a launch verb right before it bounds (开展|康复辅助器具产业国家综合创新试点).
LAUNCH_SPAN_HEADS = LAUNCHED_HEADS | {"试点"}
# A system or platform is a program when the word before its head says what it does for
# government (县级禁毒网格化管理系统, 城乡末端感知系统, 互联网法庭系统, 备案审查信息平台);
# 城市排水系统, 火箭控制系统, 电商平台 and 工业互联网平台 are things, not programs.
PLATFORM_HEADS = frozenset({"系统", "平台", "小程序"})
PLATFORM_FUNCTIONS = (
    "管理",
    "服务",
    "监测",
    "监控",
    "监管",
    "监督",
    "管控",
    "防控",
    "预警",
    "感知",
    "指挥",
    "调度",
    "执法",
    "办案",
    "审判",
    "庭审",
    "法庭",
    "诉讼",
    "立案",
    "调解",
    "调处",
    "化解",
    "仲裁",
    "信访",
    "举报",
    "投诉",
    "问政",
    "受理",
    "审批",
    "登记",
    "备案",
    "审查",
    "核查",
    "排查",
    "巡查",
    "征信",
    "信用",
    "信息",
    "直报",
    "申报",
    "警示",
    "履职",
    "协商",
    "议政",
    "联系",
    "处置",
    "救援",
    "救助",
    "援助",
    "帮扶",
    "扶贫",
    "就业",
    "政务",
    "办事",
    "追溯",
    "研判",
    "治理",
    "共享",
    "征集",
    "发布",
    "公开",
    "查询",
    "预报",
    "普法",
    "反馈",
)
# Words right before 行动 that make it a verb or a description: 党员迅速行动, 以实际行动.
NOT_BEFORE_ACTION = frozenset(
    {"迅速", "紧急", "共同", "分头", "一体", "立即", "实际", "具体", "统一", "一致", "军事"}
)
# Tags of a proper word in a name (nz, nt, ns, nr…).
PROPER_WORD_TAGS = frozenset({"nz", "nt", "ns", "nr"})
# Characters right before a head that rule out a name: 的平台, 该系统, 各类平台, 等行动.
NAMED_HEAD_NOT_AFTER = frozenset("的之该此这那各其本类种项套个等和与及或、")
# Words that end the name when read leftwards: the verbs that govern it (开展…行动,
# 依托…系统, 推进…建设), and words of time, degree and manner.
# Verbs a system or platform is the object of, which other names may hold (提升行动,
# 发展战略): 制定|智能家电服务平台, 缺乏|社区综合服务平台, 配备|访客实名登记系统.
PLATFORM_LEFT_STOPS = frozenset(
    {"制定", "发展", "提升", "促进", "缺乏", "研制", "规定", "规范", "架构", "配备", "上传", "分为", "介于", "简介"}
)
NAMED_LEFT_STOPS = CAMPAIGN_LEFT_STOPS | frozenset(
    {
        "作出",
        "做出",
        "实行",
        "推行",
        "全面推行",  # (tagged n)
        "建立健全",  # (tagged nz)
        "鼓励",
        "充分发挥",  # (tagged n)
        "充分利用",  # (tagged n)
        "坚持",
        "指",  # 是指|国家智慧教育公共服务平台 (tagged n)
        "用于",  # 主要用于指导|石化企业操作管理系统: what a standard is for
        "适用于",
        "指导",  # (tagged n)
        "在建",
        "已建",
        "衔接",
        "有效",
        "依托",
        "通过",
        "利用",
        "借助",
        "依靠",
        "运用",
        "使用",
        "采用",
        "应用",
        "建立",
        "建成",
        "建设",
        "搭建",
        "打造",
        "构建",
        "上线",
        "开通",
        "开发",
        "研发",
        "推出",
        "推广",
        "升级",
        "完善",
        "健全",
        "接入",
        "登录",
        "登陆",
        "打通",
        "整合",
        "决定",
        "落实",
        "贯彻",
        "做好",
        "抓好",
        "推动",
        "加快",
        "打赢",
        "打好",
        "坚决",
        "取得",
        "启用",
        "投入",
        "形成",
        "设立",
        "设置",
        "成立",
        "创建",
        "创新",
        "探索",
        "积极",
        "大力",
        "全力",
        "广泛",
        "认真",
        "不断",
        "加速",
        "开启",
        "迎来",
        "召开",
        "举行",
        "举办",
        "提供",
        "引入",
        "引进",
        "包括",
        "涵盖",
        "覆盖",
        "历时",
        "成为",
        "作为",
        "是",
        "有",
        "为",
        "现有",
        "来自",
        "完成",
        "夺取",
        "应对",
        "开始",
        "支持",
        "确保",
        "执行",
        "展开",
        "发挥",
        "优化",
        "强化",
        "实现",
        "统筹",
        "负责",
        "发动",
        "投身",
        "打响",
        "声援",
        "承认",
        "纳入",
        "列入",
        "写入",
        "巩固",
        "全国",
        "全省",
        "全市",
        "全县",
        "全区",
        "各级",
    }
)
# Verbs that launch a campaign: 开展…行动 names one, 采取集体行动 or 在全球抗疫行动中 does not.
# Also the endings of one-token verb phrases that govern a name (大力开展, 全面实施).
LAUNCH_VERBS = (
    "开展",
    "实施",
    "推进",
    "启动",
    "部署",
    "深化",
    "推出",
    "发起",
    "推广",
    "推动",
)
# Characters after 服务 that make it part of a longer noun (服务程序, 服务点, 服务中心).
SERVICE_NOUN_AFTER = frozenset("程点站中平队部费区器商业网厅窗台包体项")
# What a head written after a quote cannot hold: a count of the things listed (“广东技工”
# “粤菜师傅”“南粤家政”三项工程) or a verb that launches something else (“五五购物节”开展
# 1000多项促消费活动, “中朝友好年”并启动系列活动, “一企一策”方式提供靶向服务); 推进
# may stand in a head (推进机制).
HEAD_BREAK_RE = re.compile("近?[一二两三四五六七八九十百千万\\d]+[多余]?[大项个类种批场条家]|开展|推出|启动|发起|提供|加强|覆盖|补齐|并|推进(?!机制|工作机制)")
# Where a head written right after a quote ends at the latest: a conjunction (“昆仑行动”暨
# 整治…联合行动: the head is not attached) or a break (HEAD_BREAK_RE, none of whose matches
# holds a conjunction, so that one search finds the first of either).
HEAD_CUT_RE = re.compile("[暨和与及]|" + HEAD_BREAK_RE.pattern)
# The letters and digits right after a quote, where its head may be (Chinese included).
HEAD_WINDOW_RE = re.compile(r"[^\W_]*")
# Verbs that act on a pilot, right before 试点 (进入试点, 退出试点): no pilot's name.
PILOT_ACTS = frozenset({"进入", "退出", "纳入", "参与", "参加", "申报", "申请", "承担", "列入", "入选"})
# The number that opens a heading (（三）, 一、, 2.), with the spaces around it
_HEADING_NUMBER = (
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]"
    r"|专栏\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[:：]?)\s*"  # 专栏 2 数字化改造升级工程: a plan's boxed project
)
# A numbered heading that is a campaign's or project's name and nothing else
# (（五）人工智能基础设施升级行动。)
HEADING_NAME_RE = re.compile(f"{_HEADING_NUMBER}([{HAN}]{{4,24}}(?:行动|工程|计划))[。．.]?\\s*")
# What a heading that is no name holds (（三）实施…行动, 加快…计划: a task, not a name)
HEADING_NOT_NAMES = ("实施", "开展", "推进", "加快", "加强", "落实", "的", "和", "与", "及")
# A launch verb and the name it governs, up to a head (全面实施|千兆光纤网络部署|工程)
LAUNCH_SPAN_RE = re.compile(
    f"(?:组织实施|深入实施|全面实施|组织开展|深入开展|全面开展|实施|开展|启动)(?!实施|开展)([{HAN}]{{4,16}})$"
)
# What the words between hold when they are no name: particles, counts, pronouns,
# conjunctions (开展了一系列…, 实施好…, 开展各类…)
LAUNCH_SPAN_NOISE_RE = re.compile("[的了着过等和或并在对把将被让给为从向以之其该这那各每些个项批次好]|^[一二三四五六七八九十]")
LAUNCHED_AFTER_RE = re.compile(r"(?:集中|全面|正式|同步)?(?:开展|实施|启动|推进)")
# The first part of a launched name joined by 与 (耕地保护|与质量提升行动, 全民数字素养|与
# 技能提升行动), read back to the verb that launches it.
LAUNCHED_JOINED_RE = re.compile(f"(?:开展|实施|启动)([{HAN}]{{2,6}})")
# Words that make an action a campaign whatever verb comes before it (在…综合整治行动中).
CAMPAIGN_WORDS = (
    "整治",
    "打击",
    "攻坚",
    "清理",
    "专项",
    "治理",
    "整顿",
    "提升",
    "促进",
    "清洁",
    "整洁",
    "绿化",
    "扶贫",
    "脱贫",
    "振兴",
    "执法",
    "培育",
    "关爱",
    "净化",
    "创建",
)
# Verbs of serving that govern a name when they open it (服务脱贫攻坚战, 助力…) but name
# what a platform does next to its head (政务服务平台).
SERVING_VERBS = frozenset({"服务", "助力", "保障", "围绕", "聚焦", "面向", "对接"})
# Locality and time words that may sit inside a name (城乡末端感知系统, 夏季治安打击整治行动,
# 现代海洋产业智能提升工程).
NAMED_INNER_F = frozenset({"末端", "前端", "基层", "一线", "东部", "西部", "中部", "东北"})
NAMED_INNER_T = frozenset({"现代", "新一代", "新时代"})
# Modifier words that name no particular system on their own: 信息管理系统, 网上服务平台.
NAMED_GENERIC = frozenset(
    {
        "信息",
        "管理",
        "服务",
        "网络",
        "网上",
        "线上",
        "在线",
        "数据",
        "大数据",
        "工作",
        "综合",
        "公共",
        "智能",
        "智慧",
        "电子",
        "数字",
        "技术",
        "业务",
        "办公",
        "交流",
        "合作",
        "互动",
        "统一",
        "全国",
        "各地",
        "相关",
        "重点",
        "专项",
        "联合",
        "集中",
        "实际",
        "具体",
        "试点",
        "改革",
        "国家",
        "基层",
        "重大",
        "重要",
        "主要",
        "有关",
        "新",
        "大",
    }
)
# Words of organizations end the name when read leftwards (高院移动微法院 → 移动微法院).
ORG_ENDINGS = ("院", "局", "厅", "委", "署", "办", "部", "府", "机关", "公司", "集团")
# Counted words end the name (粤商通三大政务平台 → no name; 两级, 三项).
COUNTED_RE = re.compile(r"[一二两三四五六七八九十百千万\d]+[大项个级类种批]")
# Clause ends, for the launch verb of a campaign.
CLAUSE_ENDS = "，。；！？：\n,;!?:"
# Text up to the last clause end (the greedy .* backs off to it).
BEFORE_CLAUSE_RE = re.compile("(?s:.*)[" + re.escape(CLAUSE_ENDS) + "]")
# Verbs that set a system up: the system after them in their clause is one the text plans
# (建设智能排产调度系统, 搭建公益性就业平台, 构建统一的人员数字化管理平台), a kind of thing
# and not a named program; one already running is used (依托, 通过, 推动 …).
# 工作 right after a quote, as a noun of its own (“助企行”工作。), not 工作室, 工作者 …
QUOTED_WORK_RE = re.compile("工作(?![室者组站队日人会量部])")
# What opens a system's name when the state or a province owns it
OWNER_OPENINGS = ("国家", "全国", "省级", "省")
BUILD_VERBS = ("建设", "建立", "搭建", "构建", "部署", "健全", "完善", "打造", "研发", "开发")
# One-character words that open no name: scope (市殡葬信息系统) and measure words.
NOT_SINGLE = frozenset("省市县区镇乡村项个名位批类种")
# Sectors and bodies before 系统: 全国法院系统, 公安系统 are the people of a sector, no system.
SECTOR_WORDS = (
    "法院",
    "检察",
    "检察院",
    "公安",
    "政法",
    "司法",
    "司法行政",
    "纪检监察",
    "监察",
    "卫生",
    "医疗",
    "医疗卫生",
    "卫生健康",
    "教育",
    "金融",
    "银行",
    "民政",
    "税务",
    "交通",
    "交通运输",
    "铁路",
    "邮政",
    "工会",
    "妇联",
    "军队",
    "部队",
    "政府",
    "党政",
    "组织",
    "宣传",
    "统战",
    "政协",
    "人大",
    "应急管理",
    "生态",
    "联合国",
)


class _Lexicon:
    def __init__(self) -> None:
        heads: dict[str, str] = {}
        for ln in data_lines("program_heads.tsv"):
            head, kind = ln.split("\t")[:2]
            heads[head] = kind
        self.heads = heads
        self.heads_by_len = tuple(sorted(heads, key=len, reverse=True))
        self.head_lengths = tuple(sorted({len(h) for h in heads}, reverse=True))
        self.head_lasts = frozenset(head[-1] for head in heads)
        # the heads a quoted word may take: not those of a list's name only (“护航”的思路
        # names nothing; “种养平衡、生态循环”的…发展思路 does)
        self.common_heads = tuple(h for h in self.heads_by_len if not h.endswith(LIST_ONLY_HEADS))
        self.known: dict[str, str] = {}
        finds: list[str] = []
        late: list[str] = []
        for ln in data_lines("program_known.tsv"):
            parts = ln.split("\t")
            self.known[parts[0]] = parts[1]
            if len(parts) > 2 and parts[2] == "find":
                (late if parts[3:4] == ["late"] else finds).append(parts[0])
        self.late_find_re = words_re(late)
        # The literal words that the scans of the whole text start from, found in one pass
        # of an automaton (all matches, overlapping): one pass costs less than the five
        # regex scans and the `in` tests it replaces. Word → the scans it serves.
        groups: dict[str, set[str]] = {}
        for group, words in (
            ("find", finds),  # known names found first
            ("late", late),  # known names found last
            ("named", NAMED_HEADS),
            ("campaign", CAMPAIGN_TAILS),
            ("zone", NATIONAL_ZONE_ENDS),
            # words without which a scan finds nothing (hotlines, centres, censuses)
            ("hotline", ("热线", "服务线", "12345平台", "服务台")),
            ("centre", ("矛盾纠纷", "综治中心", "矛调中心")),
            ("census", ("普查",)),
            ("free_trade", ("自由贸易试验区",)),
            ("theme", ("主题",)),  # words of THEME_AFTER and THEME_BEFORE all hold it
            ("wording", WORDING_AFTER),
        ):
            for word in words:
                groups.setdefault(word, set()).add(group)
        anchor_words = sorted(groups)
        self.anchor_groups = tuple(tuple(sorted(groups[w])) for w in anchor_words)
        self.anchors = AhoCorasick(anchor_words, implementation=Implementation.DFA)

    def anchored(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Where each scan's words are in `text`, scan → spans as a regex alternation of
        its words finds them: at each position the longest, none overlapping the last."""
        spans: dict[str, list[tuple[int, int]]] = {}
        groups = self.anchor_groups
        for index, s, e in self.anchors.find_matches_as_indexes(text, overlapping=True):
            for group in groups[index]:
                if group in spans:
                    spans[group].append((s, e))
                else:
                    spans[group] = [(s, e)]
        for group, found in spans.items():
            found.sort(key=lambda span: (span[0], -span[1]))
            kept: list[tuple[int, int]] = []
            end = -1
            for s, e in found:
                if s >= end:
                    kept.append((s, e))
                    end = e
            spans[group] = kept
        return spans


@cache
def lexicon() -> _Lexicon:
    return _Lexicon()


# Words around a quoted couplet that make it a slogan or a principle (印有“…”, 按照“…”的
# 原则) rather than a saying or a description.
COUPLET_BEFORE = (
    "按照", "坚持", "遵循", "基于", "实行", "实施", "落实", "贯彻", "推进", "推动",
    "开展", "秉持", "践行", "执行", "提出", "倡导", "喊出", "打出", "以", "本着", "奉行",
)
# Printing verbs anywhere in the clause before a couplet (印有中英文版的“兄弟无远，携手同行”).
PRINTED_WORDS = ("印有", "印着", "写着", "写有", "印上")
COUPLET_AFTER = (
    "的原则", "原则", "的方针", "方针", "的理念", "理念", "的思路", "思路", "的要求", "要求",
    "的目标", "目标", "口号", "标语", "的发展方向", "主题", "的主题", "的工作",
)
COUPLET_RE = re.compile(rf"([{HAN}]{{3,7}})[，,、 ]\s*([{HAN}]{{3,7}})")


def _couplet(core: str) -> bool:
    """Two halves of the same length on either side of a comma (“兄弟无远，携手同行”,
    “服务长三角，辐射全中国”): a slogan, not speech, when no pronoun is in it."""
    m = COUPLET_RE.fullmatch(core.strip())
    return m is not None and len(m.group(1)) == len(m.group(2)) and not _spoken(core)


def _spoken(core: str) -> bool:
    """Pronouns or classical particles: speech or a saying (立志而圣则圣矣), no slogan."""
    return SPEECH_WORDS_RE.search(core) is not None or not SPOKEN_CHARS.isdisjoint(core)


PARALLEL_ITEM_RE = re.compile(f"[{HAN}]{{2,8}}")
# What makes an even list a description, not a principle: “半江春水、半江寒冰”的独特景观,
# “喘口气、歇歇脚”的念头, “办事难、跑腿多”等现象.
DESCRIBED_AFTER_RE = re.compile(
    "(?:的(?:独特|美好)?|等(?:反常)?)(?:现象|念头|想法|景观|景象|美景|观念|家庭观|状况|问题|难题|"
    "情况|氛围|局面|字牌|美誉|诗句|新动向|路)"
)


def _parallel_list(core: str) -> bool:
    """Items set apart by 、: two of one length (“人民至上、生命至上”), or three or more of
    one length or sharing their first or last two characters (“有标贯标、缺标补标、低标提标”,
    “技术共享、产能共享、服务共享”): a principle or a slogan, not speech."""
    items = core.strip().split("、")
    if len(items) < 2 or not all(PARALLEL_ITEM_RE.fullmatch(item) for item in items):
        return False
    if _spoken(core) or "的" in core or "了" in core:
        return False
    same_length = len({len(item) for item in items}) == 1
    if len(items) == 2:
        # a pair of one length (“人民至上、生命至上”, “点对点、一站式”), as even as a list
        return same_length and 3 <= len(items[0]) <= 6
    # (two-character items only four or more: “评估、规划、实施、优化”)
    same_length = same_length and (len(items[0]) >= 3 or len(items) >= 4)
    shared = len({item[:2] for item in items}) == 1 or len({item[-2:] for item in items}) == 1
    return same_length or shared


# Words that open with a numeral and count nothing: the Three Kingdoms, the people, a
# hundred-times-forged sword, the eight formations, Sichuan, the Three Gorges …
NUMERAL_WORDS = frozenset("三国 百辟 八阵 百姓 百货 十分 三峡 九州 四川 五金 七夕 八卦".split())
# 一 as an adverb or a vague amount (推一下动一下, 拖一阵是一阵): no numeral of a slogan.
ADVERBIAL_ONE_RE = re.compile("一[下阵点些样般直切起旦味定]")


# A quoted word the dictionary knows as one common noun or idiom (“双城记”, “两条腿”,
# “千里眼”, “一池春水”), or as a plain count (“两项”, “三档”), is a figure of speech, not
# a numbered slogan (“六保”, “两化”, “一国两制” are tagged j, l or nz). The tagger reads
# labels such as “两重”, “十六条”, “双百” as counts (m) too, so a count must end in a
# measure word that counts things.
COMMON_NUMERAL_WORD_TAGS = frozenset({"n", "i"})
COUNTING_MEASURES = frozenset("项档类种个位名批次方")


def _common_numeral_word(core: str) -> bool:
    tag_ = word_tag(core)
    return tag_ in COMMON_NUMERAL_WORD_TAGS or (tag_ == "m" and core[-1] in COUNTING_MEASURES)


def _numbered_slogan(core: str) -> bool:
    if NUMERAL_SET.isdisjoint(core):
        return False  # (every reading of NUMBERED_SLOGAN_RE holds a numeral)
    if core[:2] in NUMERAL_WORDS:
        return False  # “三国展”, “八阵图”: a word that opens with a numeral
    return bool(NUMBERED_SLOGAN_RE.match(ADVERBIAL_ONE_RE.sub("", core)))


class _Finder:
    def __init__(self, ctx: ArticleContext, quote_candidates: list[QuoteCandidate] | None = None) -> None:
        self.lex = lexicon()
        self.ctx = ctx
        joined = ctx.joined
        self.text = joined.text
        self.starts = joined.starts
        self.places = joined.places  # (absolute start, absolute end, full name), in order
        self.place_starts = joined.place_starts
        self.placed = joined.place_mask  # characters inside a place name
        self.taken = bytearray(len(self.text))
        self.found: list[tuple[int, int, str, str]] = []  # start, end, core, kind
        self.core_kinds: dict[str, str] = {}
        self.undecided: list[tuple[int, int, str]] = []  # quotes no rule decided
        self.quote_candidates = quote_candidates
        self.anchored = self.lex.anchored(self.text)

    # -- helpers -------------------------------------------------------------------------

    def _free(self, s: int, e: int) -> bool:
        return self.taken.find(1, s, e) == -1

    def _add(self, s: int, e: int, core: str, kind: str) -> None:
        if not self._free(s, e):
            return
        self.taken[s:e] = b"\x01" * (e - s)
        self.found.append((s, e, core, kind))
        self.core_kinds.setdefault(core, kind)

    def _head_after(self, e: int, listed: bool = False) -> tuple[int, str] | None:
        """The head noun phrase right after a closing quote at `e`: (end, kind). `listed`:
        the quote holds a list (、 or ，), whose head may be longer."""
        text = self.text
        heads = self.lex.heads_by_len if listed else self.lex.common_heads
        window = HEAD_WINDOW_RE.match(text, e, e + (18 if listed else 14)).group()  # type: ignore[union-attr]
        if not window:
            return None
        if window.startswith("的"):
            # “民意引领警务”的理念, “…”的学习工作模式: a head within a few characters;
            # after a list, a few more (“种养平衡、生态循环”的绿色农业发展模式)
            rest = window[1 : 11 if listed else 8]
            for k in range(len(rest), 1, -1):
                if rest[k - 1] not in self.lex.head_lasts:
                    continue  # (a cheap test first: no head ends in this character)
                piece = rest[:k]
                if piece.endswith(heads) and not HEAD_PHRASE_NOISE.intersection(piece):
                    kind = self._head_kind(piece)
                    if kind in ("mode", "slogan", "mechanism"):
                        return (e + 1 + k, kind)
            return None
        if window.startswith(NOT_HEAD_OPENERS) or window.startswith(GAP_OPENERS):
            return None
        window = window[:14]  # (a head written right after the quote is no longer)
        m = HEAD_CUT_RE.search(window)
        if m is not None:
            window = window[: m.start()]  # “春夏焕新季”推出近百场活动, “南粤家政”三项工程
        for k in range(len(window), 1, -1):
            if window[k - 1] not in self.lex.head_lasts:
                continue
            piece = window[:k]
            if HEAD_PHRASE_NOISE.intersection(piece):
                continue
            if piece.endswith("服务") and text[e + k : e + k + 1] in SERVICE_NOUN_AFTER:
                continue  # “绿色通道”服务|程序, “裕农通”服务|点: 服务 opens another noun
            if piece.endswith(heads):
                return (e + k, self._head_kind(piece))
        return None

    def _head_kind(self, phrase: str) -> str:
        """The kind of the longest head `phrase` ends with."""
        heads = self.lex.heads
        for n in self.lex.head_lengths:
            if n <= len(phrase) and phrase[-n:] in heads:
                return heads[phrase[-n:]]
        return "other"

    def _before(self, s: int, words: tuple[str, ...], reach: int = 0) -> bool:
        """One of `words` ends at `s` (or up to `reach` characters before it); spaces
        before `s` are passed over (推进 “一窗通办”)."""
        text = self.text
        while s > 0 and text[s - 1] in " \u3000":
            s -= 1
        if reach == 0:
            return text.endswith(words, 0, s)
        for k in range(reach + 1):
            if text.endswith(words, 0, s - k):
                return True
        return False

    # -- quoted names ----------------------------------------------------------------

    def _quoted(self) -> None:
        text = self.text
        docs = [m.span() for m in self._titles] if "《" in text else []
        quotes: list[tuple[int, int, str]] = []
        for m in QUOTE_RE.finditer(text):
            group = m.lastindex or 1
            qs, qe = m.span()
            inner = m[group]
            quotes.append((qs, qe, inner))
            self._one_quote(qs, qe, inner, docs)
            if group in (1, 4) and "‘" in inner and not SPEECH_CHARS.isdisjoint(inner):
                # speech: the practices it names are in its inner quotes (‘我为群众办实事’实践活动)
                for n in QUOTE_RE.finditer(inner):
                    if n.group(2) is not None:
                        base = m.start(group)
                        self._one_quote(base + n.start(), base + n.end(), n.group(2), docs)

        self._coordinated(quotes, docs)

    def _coordinated(self, quotes: list[tuple[int, int, str]], docs: list[tuple[int, int]]) -> None:
        """Quoted names written side by side are names of one kind: “净网”“护网”系列行动,
        实施“煤改电”“煤改气”. A quote next to a found one (nothing, 、, 和, 与 or 及 between),
        or next to quotes that hold a found name, takes its kind when both are plain
        Chinese names and the new one is no speech."""
        text = self.text
        pairs = [
            i
            for i in range(len(quotes) - 1)
            if quotes[i + 1][0] - quotes[i][1] <= 1
            and text[quotes[i][1] : quotes[i + 1][0]] in COORDINATORS
        ]
        if not pairs:
            return
        linked = set(pairs)  # i: quotes i and i + 1 stand side by side
        # a run of service modes side by side (服务“指尖办”、“网上办”、“就近办”) names one
        # practice each, however short
        i = 0
        while i < len(quotes):
            j = i
            while j in linked:
                j += 1
            run = quotes[i : j + 1]
            if len(run) >= 2 and all(SERVICE_CORE_RE.match(core.strip()) for _, _, core in run):
                for qs, qe, core in run:
                    if self._free(qs, qe):
                        self._add(qs, qe, core.strip(), "other")
            i = j + 1
        kinds = {s: kind for s, _, _, kind in self.found}

        def neighbour_kind(i: int, step: int) -> str | None:
            # the kind of the nearest found quote side by side, read over quotes that hold
            # a name found inside them (“数商兴农庆丰收”, after which “丝路云品电商节”)
            j = i
            while (j if step > 0 else j - 1) in linked:
                j += step
                quote = quotes[j]
                if quote[0] in kinds:
                    # “A3”和“BBB+” are ratings, “5+2”“白加黑” a saying: no kind to pass on
                    return kinds[quote[0]] if ALL_HAN_RE.match(quote[2].strip()) else None
                if self._free(quote[0], quote[1]):
                    return None
            return None

        # both ways (“煤改电”→“煤改气”, “净网”←“护网”), so that lists of three fill in
        for order in (range(len(quotes)), range(len(quotes) - 1, -1, -1)):
            for i in order:
                if i not in linked and i - 1 not in linked:
                    continue  # no quote stands beside it: no neighbour's kind
                qs, qe, core = quotes[i][0], quotes[i][1], quotes[i][2].strip()
                if qs in kinds or not self._free(qs, qe):
                    continue
                kind = neighbour_kind(i, -1) or neighbour_kind(i, 1)
                if (
                    kind is None
                    or not (ALL_HAN_RE.match(core) or _parallel_list(core))
                    or len(core) > 12
                    or core in NOT_PROGRAMS
                    or not SPEECH_CHARS.isdisjoint(core)
                    or any(ds < qs and qe <= de for ds, de in docs)
                ):
                    continue
                self._add(qs, qe, core, kind)
                kinds[qs] = kind

    def _one_quote(self, qs: int, qe: int, core: str, docs: list[tuple[int, int]]) -> None:
        if docs and any(ds < qs and qe <= de for ds, de in docs):
            return  # 《深化“放管服”改革…意见》: the document is the program
        if "theme" in self.anchored and self._theme(qs, qe, core):
            self._add(qs, qe, core.strip(), "slogan")
            return
        if "‘" in core:
            # “建立社区工作者‘全岗通’工作机制”: a quotation; its inner quote is the name
            base = qs + 1
            for n in QUOTE_RE.finditer(core):
                if n.group(2) is not None:
                    self._one_quote(base + n.start(), base + n.end(), n.group(2), docs)
            return
        core = core.strip()
        if "wording" in self.anchored and self.text.startswith(WORDING_AFTER, self._after_quote_chain(qe)):
            return  # 增加了“推进分级诊疗”“加强中西医结合”等表述: words of a text, quoted
        if self.text.endswith("法", 0, qs) and LAW_ARTICLE_RE.fullmatch(core.strip()):
            return  # 基本法“二十三条”: the law's article
        if (
            len(core) < 2
            or core in NOT_PROGRAMS
            or (not SPEECH_CHARS.isdisjoint(core) and not _couplet(core))
            or SPEECH_WORDS_RE.search(core) is not None
            or len(core) > 25
        ):
            return
        if core.endswith(EVENT_ENDINGS) and len(core) > 4:
            return  # “伟大的变革——庆祝改革开放40周年大型展览”: an event's title, no practice
        head = self._head_after(qe, listed="、" in core or "，" in core)
        if head is None and core.endswith("五") and FIVE_YEAR_RE.fullmatch(core):
            return  # “十四五”期间: a plan period; “十四五”规划 is the plan
        known = self.lex.known.get(core)
        if head is not None:
            end, kind = head
            if (
                len(core) <= 2
                and self.text.startswith("要求", end - 2)
                and not _numbered_slogan(core)
            ):
                return  # 对标“小康”要求, “清零”要求: a word, not a named requirement
            if known == "mode" and kind == "other":
                kind = known
            if _numbered_slogan(core) and kind in ("other",):
                kind = "slogan"
            self._add(qs, end, core, kind)
            return
        kind = self._unheaded_kind(qs, core, known)
        if kind is None and ALL_HAN_RE.match(core) and 3 <= len(core) <= 10:
            chain_end = self._after_quote_chain(qe)
            listed = LISTED_AS_RE.match(self.text, chain_end)
            if listed is not None and not self._rejected_in_clause(qs):
                kind = self._head_kind(listed.group(1))  # “跨省通办”等改革
            elif (counted := self._counted_head(chain_end)) is not None:
                kind = counted  # “广东技工”“粤菜师傅”“南粤家政”三项工程
            elif (
                len(core) >= 4
                and SERVICE_CORE_RE.match(core)
                and self._before(qs, SERVICE_VERBS + PRACTICE_VERBS)
            ):
                kind = "other"  # 推进“一网通办”, 实现“跨省通办”
        if kind is None and _couplet(core) and (
            self._before(qs, COUPLET_BEFORE)
            or self.text.startswith(COUPLET_AFTER, qe)
            or self._in_clause_before(qs, PRINTED_WORDS)
        ):
            # 印有“兄弟无远，携手同行”, 按照“成熟一项、启动一项”的原则; not 陷入“生态越差，
            # 经济越差”的状况 (a description)
            kind = "slogan"
        if kind is None and self.text.startswith("目标", qe) and len(core) >= 4 and ALL_HAN_RE.match(core):
            kind = "slogan"  # 围绕“努力让人民群众在每一个司法案件中感受到公平正义”目标: a named goal
        if (
            kind is None
            and QUOTED_WORK_RE.match(self.text, qe)
            and 3 <= len(core) <= 10
            and ALL_HAN_RE.match(core)
            and word_tag(core) is None  # not “牛鼻子”工作: a word of the dictionary
            and not self.text.endswith(("解决", "破解"), 0, qs)  # 解决“执行难”工作: a problem
            and not self._rejected_in_clause(qs)
        ):
            kind = "campaign"  # 深入开展“助企行”工作: the work a label names
        if kind is None and _parallel_list(core) and not DESCRIBED_AFTER_RE.match(self.text, qe):
            kind = "slogan"  # “以评促教、以评促学、以评促用”, “技术共享、产能共享、服务共享”
        if kind == "other" and self.text.startswith("的", qe):
            return  # 打造“速度最快…”的淄博公安服务品牌: a description, not a name
        if kind is not None:
            self._add(qs, qe, core, kind)
        else:
            self.undecided.append((qs, qe, core))  # for the quote model, once all else is read

    def _counted_head(self, pos: int) -> str | None:
        """The kind of a head that counts the quotes before it (三项工程, 四大扶贫模式):
        their head, which the count keeps out of the last quote's name."""
        m = COUNTED_LIST_RE.match(self.text, pos)
        if m is None:
            return None
        rest = m.group(1)
        for k in range(len(rest), 1, -1):
            if rest[:k].endswith(self.lex.common_heads):
                return self._head_kind(rest[:k])
        return None

    def _after_quote_chain(self, qe: int) -> int:
        """Where a run of quotes written one after the other ends (“学生观剧观展团”“艺术进校园”
        “青少年剧目展演”等品牌活动): what follows the last names every one of them."""
        text = self.text
        pos = qe
        while text.startswith(("“", "、“"), pos):
            close = text.find("”", pos + 1, pos + 14)
            if close == -1:
                break
            pos = close + 1
        return pos

    def _theme(self, qs: int, qe: int, core: str) -> bool:
        """A quoted theme (以“过中国春节，看总台春晚”为主题, 主题是“健康城镇 健康体重”) is
        a slogan even when it holds a comma, as long as it is no sentence."""
        text = self.text
        if not (
            text.startswith(THEME_AFTER, qe) or self._before(qs, THEME_BEFORE)
        ):
            return False
        core = core.strip()
        return (
            2 <= len(core) <= 40  # a study session's theme runs to 28 characters
            and "‘" not in core
            and SPEECH_WORDS_RE.search(core) is None
            and not any(ch in core for ch in "。！？!?；;：:")
        )

    def _rejected_in_clause(self, qs: int) -> bool:
        """A verb that rejects what it governs (防止, 杜绝 …) opens the clause of `qs`."""
        return self._in_clause_before(qs, REJECTING_VERBS)

    def _in_clause_before(self, qs: int, words: tuple[str, ...]) -> bool:
        """One of `words` is in the clause before `qs` (40 characters at most)."""
        text = self.text
        lo = max(0, qs - 40)
        before = BEFORE_CLAUSE_RE.match(text, lo, qs)
        if before is not None:
            lo = before.end()
        clause = text[lo:qs]
        return any(v in clause for v in words)

    def _unheaded_kind(self, qs: int, core: str, known: str | None) -> str | None:
        if self._before(qs, HONOR_TRIGGERS, reach=0) or core.endswith(HONOR_ENDINGS):
            return "honor"
        if core.endswith(PROGRAM_HONOR_ENDINGS) or (
            ("最美" in core or "感动" in core) and HONOR_OPENING_RE.match(core)  # (its readings hold one)
        ):
            return "honor"  # 获评区十佳“美丽文明宜居示范小区”, “2023最美基层民警”
        if core.startswith("中国") and core.endswith("之乡"):
            return "honor"  # 大同浑源是“中国黄芪之乡”: a title conferred (not “鱼米之乡”)
        if known is not None:
            return known
        if core in self.core_kinds:
            return self.core_kinds[core]
        if _numbered_slogan(core) and not _common_numeral_word(core):
            return "slogan"  # before the head test: “三区一中心” is a slogan, no centre
        if core.endswith(self.lex.common_heads) and len(core) > 3 and "的" not in core and not core.endswith("为中心"):
            # not “行走的思政课”: a description; not “以…为中心”
            kind = self._head_kind(core)
            if kind == "other" and ("+" in core or "＋" in core):
                return "mode"  # “互联网+政务服务” is a mode, not a service
            return kind
        product = PRODUCT_RE.fullmatch(core) if core[-1] in "通码宝贷券" else None
        if product is not None and core[-2:] not in NOT_PRODUCT_ENDINGS and "不" not in core:
            # “山东通”, “城市码”, “北京健康宝” (apps and codes), “水权贷”, “创新券”
            # (loans and vouchers): a public service's product, named
            return "platform" if product.group(1) in "通码宝" else "other"
        if len(core) == 3 and core.endswith("制") and ALL_HAN_RE.match(core):
            return "mechanism"  # “链长制”, “赛马制”, “包干制”: a system of responsibility
        if "+" in core or "＋" in core:
            return "mode"
        if (
            len(core) >= 4
            and self._before(qs, PRACTICE_VERBS)
            and not core.endswith("化")
            and not self._rejected_in_clause(qs)  # 妄图推进“渐进台独”
        ):
            return "other"
        if len(core) == 3 and self._before(qs, STRONG_PRACTICE_VERBS) and not core.endswith("化"):
            return "other"
        if core.endswith("年") and len(core) >= 4 and DESIGNATED_YEAR_BEFORE_RE.search(self.text, max(0, qs - 12), qs):
            return "campaign"  # 党中央确定2019年为“基层减负年”: a year given a task
        return None

    # -- 《…》 documents --------------------------------------------------------------

    @cached_property
    def _titles(self) -> list[re.Match[str]]:
        """The 《…》 titles of the text (read by `_documents` and `_quoted`)."""
        text = self.text
        if "《" not in text and "«" not in text:
            return []
        return list(DOC_RE.finditer(text))

    def _documents(self) -> None:
        text = self.text
        for m in self._titles:
            title = m.group(1)
            bare = re.sub(r"[（(][^（）()]{1,12}[）)]$", "", title)  # （试行）, (2017-2022)
            end = m.end()
            after = text[end : end + 4]
            if after.startswith(("白皮书", "报告")):
                end += 3 if after.startswith("白皮书") else 2
            elif text.endswith(STANDARD_WORDS, 0, m.start()):
                pass  # 国家标准《零售业态分类》
            elif text.endswith(ARTICLE_WORDS, 0, m.start()):
                pass  # 重要文章《全面深化改革开放，为中国式现代化持续注入强劲动力》
            elif STANDARD_AFTER_RE.match(text, end):
                pass  # 《数据管理能力成熟度评估模型》（GB/T 36073-2018，简称DCMM）国家标准
            elif (
                not bare.endswith(DOC_TYPES)
                and not bare.startswith("关于")  # 《关于加强…体系建设》的提案: a document's title
                and not self._governed_document(m.start(), title)
            ):
                head = self._head_after(end)
                if head is not None and head[1] == "brand" and head[0] - end <= 4:
                    # 《“两弹一星”精神永放光芒》情景党课: a named lesson or brand
                    self._add(m.start(), head[0], title, "brand")
                continue
            elif after.startswith(("杂志", "期刊", "周刊", "月刊", "报", "网站", "栏目", "节目")):
                continue  # 《外交政策》杂志: a periodical
            elif len(bare) <= 3 and bare.endswith("报"):
                continue  # 《大公报》: a newspaper, not a 公报
            elif text.endswith(PUBLISHED_IN, 0, m.start()):
                continue  # 以封面文章刊发在《科学通报》: a journal, not a 通报
            self._add(m.start(), end, title, "document")

    def _governed_document(self, start: int, title: str) -> bool:
        """Whether a verb that only governs documents stands before this title or before
        the chain of titles it closes (按照《A》《B》, 落实《A》和《B》)."""
        if title.endswith(MEDIA_TITLE_ENDINGS):
            return False
        text = self.text
        while start > 0 and text[start - 1] in "》、和及与":
            opening = text.rfind("《", 0, start)
            if opening < 0 or "\n" in text[opening:start]:
                break
            start = opening
        return text.endswith(DOC_GOVERNING_VERBS, 0, start)

    # -- unquoted names ----------------------------------------------------------------

    def _unquoted(self) -> None:
        text = self.text
        lex = self.lex
        anchored = self.anchored
        for s, e in anchored.get("find", ()):
            self._add(s, e, text[s:e], lex.known[text[s:e]])
        # HOTLINE_RE starts with a digit, tried at every one: only where a hotline word is
        if "hotline" in anchored:
            for m in HOTLINE_RE.finditer(text):
                if m.start() > 0 and text[m.start() - 1].isdigit():
                    continue
                self._add(m.start(), m.end(), m.group(), "platform")
        if "centre" in anchored:
            for m in CENTRE_RE.finditer(text):
                self._add(m.start(), m.end(), m.group(), "platform")
        if "census" in anchored:
            for m in CENSUS_RE.finditer(text):
                self._add(m.start(), m.end(), m.group(), "campaign")
        for zs, ze in anchored.get("zone", ()):
            k = text.rfind("国家", max(0, zs - 17), zs - 2)
            quoted = text.startswith("“", k - 1)  # the quoted reading is found later
            name = text[k:ze]
            if (
                k < 0
                or quoted
                or not NATIONAL_ZONE_RE.match(text, k, zs)
                or NATIONAL_ZONE_STOPS.intersection(name)
                or not NATIONAL_ZONE_JOIN_RE.match(name)
                or LIST_END_RE.search(name)
                or name.startswith(NATIONAL_VERBS, 2)  # 国家实施…示范工程: the state acts
                or "批" in name  # 国家碳达峰第二批试点: a batch of pilots
            ):
                continue
            end = ze
            ending = text[zs:ze]
            if ending == "试点" and text.startswith("示范", end):
                if not text.startswith("示范行动", end):
                    continue  # 国家智能制造试点示范项目: a kind of project
                end += 4  # 国家智能制造试点示范行动: the campaign
                name = text[k:end]
            if ending in ("示范工程", "试点"):
                # 国家下一代互联网应用示范工程, 国家…试点; a launch verb before it bounds a
                # longer name (深入开展|康复辅助器具产业国家综合创新试点)
                launched_from = self._launched_span(k)
                if launched_from is not None:
                    k, name = launched_from, text[launched_from:end]
                self._add(k, end, name, "campaign")
            elif ending != "平台":
                self._add(k, ze, name, "honor")
            elif self._national_platform(k, name):
                self._add(k, ze, name, "platform")
        if "free_trade" in anchored:
            for m in FREE_TRADE_ZONE_RE.finditer(text):
                self._add(m.start(), m.end(), m.group(), "honor")
        for ts, te in anchored.get("campaign", ()):
            if text.startswith(PLAN_AFTER_CAMPAIGN, te) or text.startswith(BODY_AFTER_CAMPAIGN, te):
                continue  # 出台…专项行动计划: a plan, a document to be issued; …专项整治督导组: a body
            s = self._campaign_start(ts)
            if s is not None and text[s - 2 : s] in OWNED_BY:
                s -= 2  # 省属|重点企业…专项行动: the enterprises the province owns
            if s is not None and ts - s >= 2:
                self._add(s, te, text[s:te], "campaign")

    def _national_platform(self, k: int, name: str) -> bool:
        """国家政务服务平台, 国家智慧教育公共服务平台: a platform of the state, not a rank
        (国家级创新平台), a kind (国家科技创新平台; a long modifier names one:
        国家新一代人工智能开放创新平台), national security (国家安全宣传平台)
        or the countries of a group (葡语国家…, 非洲国家搭建…平台)."""
        if len(name) < 8 or name[2] == "级" or name.startswith("国家安全"):
            return False
        if name.endswith(("科研平台", "相关平台")):
            return False
        if name.endswith("创新平台") and len(name) < 12:
            return False  # but 国家新一代人工智能开放创新平台 names one
        return self.text[k - 1 : k] not in COUNTRIES_BEFORE

    def _campaign_start(self, s: int) -> int | None:
        """执行案款清理|专项行动: the words before the tail that name the campaign."""
        text = self.text
        lo = max(0, s - (16 if "和" in text[s - 12 : s] else 12))
        for i in range(s - 1, lo - 1, -1):
            if not ("\u4e00" <= text[i] <= "\u9fff"):
                lo = i + 1
                break
        if s - lo < 2 or not self._free(lo, s):
            return None
        pairs = tag(text[lo:s])
        start = s
        pos = s
        joined = False  # 扶贫领域腐败和作风问题|专项治理: nouns joined by 和, then nouns only
        for k in range(len(pairs) - 1, -1, -1):
            word, ptag = pairs[k]
            if word == "和" and start < s and not joined and k > 0 and pairs[k - 1][1] in ("n", "an", "vn"):
                joined = True
                pos -= 1
                continue
            launched = k > 0 and pairs[k - 1][0] in CAMPAIGN_LEFT_STOPS  # 开展|扶贫|领域…
            if word in CAMPAIGN_NAME_VERBS:
                return None  # 确保|集中整治, 落实好|专项行动, 开展相关|专项整治行动: no name
            if (
                word in CAMPAIGN_LEFT_STOPS
                or ptag[:1] not in ("n", "v", "a")
                or ptag in ("vd", "ad")
                or (joined and ptag not in ("n", "an", "vn", "nz", "ns") and not (ptag == "v" and launched))
            ):
                if ptag[:1] in ("a", "b") and start < s:
                    return None  # 无障碍(a)|改造专项行动: a name cut short by the tagger
                break
            pos -= len(word)
            start = pos
        return start if start < s else None

    def _named(self) -> None:
        """Unquoted names ending in a head of NAMED_HEADS, read leftwards over content words:
        依托县级禁毒网格化管理系统 → 县级禁毒网格化管理系统; 开展…人居环境整治行动 →
        人居环境整治行动. Only a short window around each head is tagged."""
        text = self.text
        for s, e in self.anchored.get("named", ()):
            if s == 0 or not self._free(s, e):
                continue
            ch = text[s - 1]
            if ch in NAMED_HEAD_NOT_AFTER or not ("\u4e00" <= ch <= "\u9fff" or ch.isalnum()):
                continue
            head = text[s:e]
            if head in PLATFORM_HEADS and not text.endswith(PLATFORM_FUNCTIONS, 0, s):
                continue  # cheap test first: the word before the head must say what it does
            kind, need = NAMED_HEADS[head]
            phase = PHASE_BEFORE_RE.search(text, max(0, s - 3), s) if head == "工程" else None
            if phase is not None:
                # 引洮供水|一期工程, 南水北调东线|一期工程: a project named by its phase needs
                # no verb to launch it; the name is read leftwards from before the phase
                start = self._named_start(phase.start(), e, head, need, phased=True)
            else:
                start = self._named_start(s, e, head, need)
            if start is not None:
                start = self._owner_start(start, head)
                # the place the name opens with (北京|城市更新行动) is written as part of it:
                # the name holds it, the core does not
                named_from = start
                while named_from > 0 and self.placed[named_from - 1] and not self.taken[named_from - 1]:
                    named_from -= 1
                self._add(named_from, e, text[start:e], kind)

    def _owned(self, start: int) -> bool:
        """A name that opens with its owner, or right after it: a place or the state
        (建设|国家药品追溯监管系统, 全国|中小企业金融服务平台): one system, named."""
        text = self.text
        return (
            bool(self.placed[start])
            or (start > 0 and bool(self.placed[start - 1]))
            or text.startswith(OWNER_OPENINGS, start)
            or text.endswith(("全国", "国家"), 0, start)
        )

    def _kind_for_firms(self, start: int, end: int) -> bool:
        """A system named for the firms that use it, with no owner, place or brand before
        企业 (石化企业|调度指挥系统, 中小企业|公共服务平台; but 苏宁企业贷云服务平台,
        青岛市工业互联网企业综合服务平台, 国家中小企业公共服务示范平台)."""
        firms = self.text.find("企业", start, end)
        if firms == -1 or self._owned(start) or self.placed.find(1, start, firms) != -1:
            return False
        return all(ptag not in PROPER_WORD_TAGS for _, ptag in tag(self.text[start:firms]))

    def _owner_start(self, start: int, head: str) -> int:
        """Where a name read leftwards really starts: a ministry whose name holds 和
        (工业和|信息化部试点管理系统) owns the whole of it, and a national system is named
        with its 全国 (全国|省界断面水文水资源监测信息系统)."""
        text = self.text
        # (only when a compound holds the two characters around `start`: most often none)
        if text[start - 1 : start + 1] in AND_COMPOUND_PAIRS:
            for compound in AND_COMPOUNDS:
                i = text.find(compound, max(0, start - len(compound) + 1), start + len(compound))
                if i != -1 and i < start < i + len(compound):
                    start = i
                    break
        if head in PLATFORM_HEADS and text.endswith("全国", 0, start):
            start -= 2
        return start

    def _named_start(self, s: int, e: int, head: str, need: int, phased: bool = False) -> int | None:
        text = self.text
        # the window opens after the last character before s, 20 at most, that is no
        # letter or digit (Chinese included) or that a name found already holds
        lo = max(0, s - 20)
        gap = BEFORE_NON_WORD_RE.match(text, lo, s)
        if gap is not None:
            lo = gap.end()
        lo = max(lo, self.taken.rfind(1, lo, s) + 1)
        hi = e
        while hi < len(text) and hi < e + 4 and "\u4e00" <= text[hi] <= "\u9fff":
            hi += 1
        pos = lo
        toks: list[tuple[int, int, str, str]] = []
        for word, ptag in tag(text[lo:hi]):
            toks.append((pos, pos + len(word), word, ptag))
            pos += len(word)
        # the head must end a word, and no noun may follow it (试点城市, 平台企业, 行动方案)
        after = next((t for t in toks if t[0] < e < t[1] or t[0] == e), None)
        if after is not None:
            if after[0] < e and self.text[e : after[1]] != "工作" and not phased:
                return None  # 系统性, 系统工程, 行动计划: the head is inside a longer word
            if after[0] == e and (after[3][:1] == "n" or after[3] in ("j", "l")):
                if after[2] not in ("工作", "建设", "过程", "期间", "以来"):
                    return None
        object_of_verb = after is not None and after[0] < e  # 保障|试点工作: the verb's object
        words: list[str] = []  # read leftwards: words[0] is the word before the head
        tags: list[str] = []
        start = s
        for ts, te, word, ptag in reversed(toks):
            if ts >= s:
                continue
            if te > s:
                word = text[ts:s]  # 法院系统, 服务平台, 联合行动: the word before the head
                if word in NAMED_LEFT_STOPS:
                    break
            elif head in CAMPAIGN_SEASON_HEADS and word in ("全国", "全民"):
                words.append(word)  # 全国|科技活动周: the nationwide week is named so
                tags.append(ptag)
                start = ts
                break
            elif (
                not self._modifier(ts, te, word, ptag)
                or (words and word in SERVING_VERBS)
                or (head in PLATFORM_HEADS and word in PLATFORM_LEFT_STOPS)
            ):
                break
            counted = COUNTED_RE.search(word) is not None
            if counted and words:
                break  # 粤商通三大政务平台: a count ends the name …
            words.append(word)
            tags.append(ptag if te <= s else "n")
            start = ts
            if counted:
                break  # … or opens it, next to the head (三大攻坚战)
        # a verb that opens the name and takes a noun governs it (支持职业技能提升行动);
        # one before another verb is part of it (脱贫攻坚普查综合试点)
        while (
            len(words) > 1
            and head != "联席会议制度"  # 促进大数据发展部际联席会议制度 holds its verb
            and tags[-1] == "v"
            and tags[-2][:1] != "v"
            and self._enough(words[:-1], need)
        ):
            start += len(words.pop())
            tags.pop()
        if len(words) > 1 and words[-1] in PILOT_ACTS:
            start += len(words.pop())  # 进入|防灾减灾宣传周: the verb that enters it
            tags.pop()
        launched_from = self._launched_span(s) if head in LAUNCH_SPAN_HEADS and not object_of_verb else None
        if launched_from is not None and launched_from < start:
            # 全面实施|千兆光纤网络部署工程, 开展|家电更新消费公益宣传行动: the verb that
            # launches the name bounds it, whatever verbs the name holds
            start, words, tags = launched_from, [text[launched_from:s]], ["n"]
        elif (
            # a place right before a system's name opens it and counts as one of its
            # words (山东省|科技综合业务信息系统)
            not self._enough(words, need - 1 if head in PLATFORM_HEADS and start > 0 and self.placed[start - 1] else need)
            and not (head in CAMPAIGN_SEASON_HEADS and words[-1:] in (["全国"], ["全民"]))
        ) or (object_of_verb and tags[0] == "v"):
            return None  # (全国|科技活动周 names a nationwide week, generic words and all)
        if head == "战略" and text[start - 1 : start] == "和":
            # 黄河流域生态保护和高质量发展国家战略: a known strategy's name holds the 和
            known = self.lex.late_find_re.search(text, max(0, start - 24), e)
            if known is not None and known.start() < start - 1 and known.end() > start:
                start = known.start()
        if head in LAUNCHED_HEADS and text[start - 1 : start] == "与":
            # 开展|耕地保护与质量提升行动: a launched name holds a 与 between the verb and it
            joined = LAUNCHED_JOINED_RE.search(text, max(0, start - 9), start - 1)
            if joined is not None and joined.end() == start - 1:
                start = joined.start(1)
        if text[start] in "等的之和与及或这该各其":
            return None  # 等融媒体行动: a word split by the tagger
        if any(te == start and te - ts == 1 and ptag.endswith("g") for ts, te, _, ptag in toks):
            return None  # 工程硕(zg)|博士培养改革试点: a character the tagger could not place
            # belongs with the name's first word (硕博士), which then starts mid-word
        if head in PLATFORM_HEADS and not words[0].endswith(PLATFORM_FUNCTIONS):
            return None
        if head in PLATFORM_HEADS and self._in_clause_before(start, BUILD_VERBS) and not self._owned(start):
            return None  # 建设|智能排产调度系统: a system the text plans (but 建设|国家药品追溯监管系统)
        if head in PLATFORM_HEADS and (self._kind_for_firms(start, e) or "相关" in text[start:s]):
            return None  # 石化企业调度指挥系统, 企业管理信息系统, 智能制造领域相关信息系统: kinds
        if head == "系统" and words[0].endswith(SECTOR_WORDS):
            return None  # 全国法院系统, 公安系统: a sector, not a system
        if head == "计划" and words[0] in ("资源", "定制"):
            return None  # 企业资源计划 (ERP software), 量身定制…计划: no named plan
        if head == "试点" and words[0] in PILOT_ACTS:
            return None  # 择优确定进入|试点, 应当退出|试点: the pilot a verb acts on, no name
        if head == "试点" and text.startswith("示范", e):
            return None  # 培育…智能制造试点|示范项目: a field's pilot demonstrations, no name
        if head == "行动":
            if words[0] in NOT_BEFORE_ACTION or text.startswith("起", e):
                return None  # 迅速行动, 行动起来: the verb
        if head in LAUNCHED_HEADS and not phased and not self._launched(start, e):
            return None
        if phased and text[start - 1 : start] in ("与", "和", "及"):
            return None  # 续建配套与|现代化改造一期工程: where the name starts is unclear
        if head in ("工程", "战略") and not phased and e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in "和与及的等为是":
            return None  # 新型城镇化战略|行动, 乡村振兴战略|综合改革试点: a longer name goes on
        if head == "工程" and words[0] in ("系统", "综合性", "民生", "主体"):
            return None  # 一项系统工程: a way of speaking, not a named project
        if head in ("工作室", "议事厅") and tags[0] == "v":
            return None  # 走进工作室
        return start

    def _launched_span(self, s: int) -> int | None:
        """Where a name that a launch verb right before it governs starts (实施|…工程),
        when the words between are a plain run of characters."""
        m = LAUNCH_SPAN_RE.search(self.text, max(0, s - 22), s)
        if m is None or LAUNCH_SPAN_NOISE_RE.search(m.group(1)) is not None:
            return None
        return m.start(1)

    def _launched(self, s: int, e: int) -> bool:
        """A launch verb before the campaign in its clause (开展…行动) or right after it
        (健康中国行动启动)."""
        text = self.text
        if self._in_clause_before(s, LAUNCH_VERBS):
            return True
        if any(w in text[s:e] for w in CAMPAIGN_WORDS):
            return True  # 春季市容环境综合整治行动 names its campaign itself
        return LAUNCHED_AFTER_RE.match(text, e) is not None

    def _model_quotes(self) -> None:
        """The bare quoted labels no rule decided and no other reading took: programs when
        the quote model says so (高质量共建“数字丝绸之路”, 加快“山东科技大市场”建设), or,
        when training it, its candidates."""
        candidates = self.quote_candidates
        model = quote_model() if candidates is None else None
        if model is None and candidates is None:
            return  # no model shipped: the rules alone decide
        text = self.text
        for qs, qe, core in self.undecided:
            if len(core) > MODEL_MAX_LABEL or not self._free(qs, qe):
                continue  # a long quote is a statement or a title, seldom a program's name
            if DIGITS_ONLY_RE.fullmatch(core):
                continue  # “3·11”大地震, “15：0”: a date or a score names an event
            if text[qs - 1 : qs] in ("", "\n") and text[qe : qe + 1] in ("", "\n"):
                continue  # a quote that is the whole paragraph: a headline or a saying
            if candidates is not None:
                p = bisect_right(self.starts, qs) - 1
                base = self.starts[p]
                candidates.append(QuoteCandidate(p, qs - base, qe - base, core, features(text, qs, qe, core)))
            elif model is not None and model.probability_at(text, qs, qe, core) >= THRESHOLD:
                self._add(qs, qe, core, "other")

    def _headings(self) -> None:
        """Numbered headings of a policy that name its campaigns and projects whole
        (（五）人工智能基础设施升级行动。), verbs included."""
        for base, para in zip(self.starts, self.ctx.paragraphs, strict=True):
            if len(para) > 40 or not para.rstrip("。．. ").endswith(("行动", "工程", "计划")):
                continue
            m = HEADING_NAME_RE.fullmatch(para)
            if m is not None and not any(w in m.group(1) for w in HEADING_NOT_NAMES):
                self._add(base + m.start(1), base + m.end(1), m.group(1), "campaign")

    @staticmethod
    def _enough(words: list[str], need: int) -> bool:
        # a proper word (城市更新|行动, 国家自然科学基金|网络信息系统) or one the dictionary
        # does not know, a name (科融信|综合服务平台), counts for two
        return (
            sum(
                (2 if len(w) >= 3 and (word_tag(w) or "nz")[:2] in PROPER_WORD_TAGS else 1)
                for w in words
                if w not in NAMED_GENERIC
            )
            >= need
        )

    def _modifier(self, ts: int, te: int, word: str, ptag: str) -> bool:
        """A word that can be part of the name before a head."""
        if word in NAMED_LEFT_STOPS or self.placed.find(1, ts, te) != -1:
            return False
        if len(word) > 2 and word.endswith(LAUNCH_VERBS):
            return False
        if len(word) > 1 and word.endswith(ORG_ENDINGS) and ptag != "f":
            return False  # 高院 ends the name; 西部 does not
        kind = ptag[:1]
        if ptag == "x" and ALL_HAN_RE.match(word):
            return True  # 引洮|供水一期工程: a word the dictionary lacks, a proper name
        if ptag in ("vd", "ad") or (kind in "pcurmqdxyeozhkgi" and ptag != "eng"):
            return False
        if ptag == "f":
            return word in NAMED_INNER_F
        if ptag == "t":
            return word.endswith("季") or word in NAMED_INNER_T
        if len(word) == 1:
            if word == "大" and self.text.startswith("数据", te):
                return True  # 大|数据: a word the tagger splits (促进大数据发展部际联席会议制度)
            return ptag in ("n", "b") and word not in NOT_SINGLE
        return True

    def _listed(self) -> None:
        """A、B、C等一批基层治理品牌: each item of such a list is a program of that kind,
        named without its leading place (岳阳县村级事务阳光工程 → 村级事务阳光工程)."""
        text = self.text
        for m in LIST_ANCHOR_RE.finditer(text):
            kind = self._head_kind(m.group(1))
            lo = max(0, m.start() - 100)
            items = LIST_ITEMS_RE.search(text, lo, m.start())
            if items is None:
                continue
            pos = items.start()
            for item in items.group().split("、"):
                s, e = pos, pos + len(item)
                pos = e + 1
                if not self._free(s, e) or "“" in item or len(item) < 4:
                    continue
                for ps, pe, _ in self.places:
                    if ps == s and pe < e:
                        s = pe  # the place it opens with is its place, not its name
                if e - s >= 4:
                    self._add(s, e, text[s:e], kind)

    # -- output --------------------------------------------------------------------------

    def _place_for(self, s: int, base: int) -> str | None:
        # the start of the sentence holding s, in its paragraph (which starts at `base`,
        # after a newline): after the last sentence end before s
        before = BEFORE_SENTENCE_RE.match(self.text, base, s)
        sent = before.end() if before is not None else base
        i = bisect_right(self.place_starts, s) - 1
        while i >= 0:
            ps, pe, name = self.places[i]
            if ps < sent:
                break
            if pe <= s or ps >= s:
                return name
            i -= 1
        return self.ctx.main_place

    def run(self) -> list[dict[str, Any]]:
        self._documents()
        self._unquoted()
        self._quoted()
        if "等" in self.text:
            self._listed()
        self._headings()
        self._named()
        if "全国一体化" in self.text or "库" in self.text:
            for m in NATIONAL_SYSTEM_RE.finditer(self.text):
                self._add(m.start(), m.end(), m.group(), "platform")
        # names known without quotes last: a longer reading that holds one wins
        # (“4+7”药品集中带量采购试点, 乡村振兴战略综合改革唯一县级试点)
        text = self.text
        for ks, ke in self.anchored.get("late", ()):
            if text.startswith(KNOWN_INSIDE_BODY, ke):
                continue  # 国家自然科学基金|委员会, 载人航天工程|办公室: a body's name
            known = text[ks:ke]
            part = KNOWN_PART_RE.match(text, ke)
            if part is None and known.endswith(STRENGTH_ENDS):
                part = STRATEGY_AFTER_RE.match(text, ke)
            end = part.end() if part is not None else ke
            self._add(ks, end, text[ks:end], self.lex.known[known])
        if self.undecided:
            self._model_quotes()
        out: list[dict[str, Any]] = []
        for s, e, core, kind in sorted(self.found):
            p = bisect_right(self.starts, s) - 1
            base = self.starts[p]
            if e > base + len(self.ctx.paragraphs[p]):
                continue
            out.append(
                {
                    "name": self.text[s:e],
                    "core": core,
                    "kind": kind,
                    "place": self._place_for(s, base),
                    "paragraph": p,
                    "start": s - base,
                    "end": e - base,
                }
            )
        return out


def find_programs(
    ctx: ArticleContext, *, quote_candidates: list[QuoteCandidate] | None = None
) -> list[dict[str, Any]]:
    """Program and practice mentions of one article, in reading order: {"name", "core",
    "kind", "place", "paragraph", "start", "end"} with
    ``paragraphs[paragraph][start:end] == name``.

    With a `quote_candidates` list, the bare quotes that the rules leave undecided are
    appended to it instead of being scored by the quote model (its training data)."""
    if not ctx.paragraphs:
        return []
    return _Finder(ctx, quote_candidates).run()
