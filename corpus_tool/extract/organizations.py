"""Organizations: full names as written (岳阳楼公安分局奇家岭派出所, 青海省高级人民法院,
山东瑞尚机械有限公司), with provenance (SPEC section 3).

How it reads an article:

1. Names that need nothing around them (`org_known.txt`: 最高人民法院, 公安部, 国务院 …).
2. Every organization suffix (`org_suffixes.txt`: 法院, 公安局, 派出所, 有限公司, 委员会 …
   and 局, 厅 with guards against 格局, 大厅) found by one precompiled regex. From each,
   the name is read leftwards over the words rjieba tags in a short window: place names,
   nouns, proper names, abbreviations, and the organization words of
   `org_known_words.txt` that are tagged as verbs (执行局, 监督管理局). A verb, a
   preposition, a pronoun, a number or punctuation ends the name (接到|山东瑞尚机械有限公司).
3. A name read over the end of the previous one joins it (岳阳楼公安分局 + 奇家岭派出所 is
   one name), except across internal departments, which are no suffixes (淄博市公安局
   政治部主任 gives 淄博市公安局).
4. A name is kept only when it names a particular organization: it holds a place the
   article's place records found, a proper noun, or a word of `org_known_words.txt`
   [proper]. Generic ones (省法院, 各级法院, 运维服务公司, 市委政法委) and anonymized ones
   (某筹款平台, 余姚市某公益基金会) are left out.
5. Companies named by brand alone in a list before 等(多家)企业 (莱克电气、迈胜医疗、创维等
   多家企业), when most items read as companies; trades listed the same way (电商、邮政、
   快递等企业) are not.

Titles and organizations: an organization inside a person's title is a mention of that
organization (淄博市公安局政治部主任刘炜 → 淄博市公安局; 岳阳市委副书记 → 岳阳市委), while a
title without a particular name (市委副书记, 市委政法委书记) gives none. Names inside a
《…》 title are part of the document's name and not read (《淄博市公安局民警行为规范》).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from corpus_tool.extract.context import TITLE_RE, ArticleContext
from corpus_tool.extract.people import data_lines, tag, word_tag
from corpus_tool.extract.places import FOREIGN_COUNTRIES, NUMERALS, SUB_SUFFIXES

HAN = "\u4e00-\u9fff"
# rjieba tags that may stand inside an organization's name.
NAME_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg", "n", "j", "eng", "ng", "nw", "b", "vn"})
# Tags of a word that makes the name particular. nt and j are no evidence: jieba tags
# 党委政府 nt and 党委 j; an nt word of five characters or more (华中师范大学) is.
PROPER_TAGS = frozenset({"ns", "nz", "nr", "nrt", "nrfg", "eng"})


def _proper(word: str, ptag: str) -> bool:
    return ptag in PROPER_TAGS or (ptag == "nt" and len(word) >= 5)


# Words that make an organization generic when they open it (各级法院, 全省法院, 该院).
GENERIC_OPENERS = (
    "各级",
    "各地",
    "全国",
    "全省",
    "全市",
    "全县",
    "全区",
    "当地",
    "城市",  # 城市人民政府要…: any city's
    "相关",
    "有关",
    "基层",
    "地方",
    "上级",
    "下级",
    "该",
    "本",
    "我",
    "其",
    "各",
    "两级",
    "三级",
    "四级",
    "智慧",
    "数字",
    "网上",
    "移动",
    "多国",
    "各国",
    "外国",
    "境外",
    "整个",  # 整个TCL集团: the whole of a body, which begins after it
    "高水平",  # 建设有特色、高水平大学; 普通高等学校: kinds
    "普通",
)
# Bare suffixes that, right after a country, name a kind (美国法院, 中国公司, 美国大学)
COUNTRY_KIND_SUFFIXES = frozenset({"法院", "公司", "企业", "大学", "医院", "学校"})
# Words jieba tags as names or nouns that begin a clause, not a name (时任浙江省委书记).
LEFT_STOPS = frozenset(
    {"时任", "原任", "现任", "曾任", "荣获", "获评", "成立", "组建", "来自", "依托", "历届", "龙头企业", "会见", "集体会见", "代表", "贡献", "联通", "汇聚"}
    # verbs jieba's dictionary tags as nouns (亮相|南京博物院, 报|中央人民政府)
    | {"亮相", "落户", "参观", "充分发挥", "高度评价", "所在单位", "任原", "全力支持", "旗下", "所属", "隶属于", "随", "委托", "专程", "布局建设", "规划建设", "齐聚", "利用", "布局", "推进", "创建", "新一轮", "会同"}
    # verbs of setting up and strengthening jieba's dictionary tags as nouns or proper
    # names (建立健全|政府, 大力加强|人民法院, 大力发展|企业集团, 深化|高水平大学; 新建
    # opens none either, but stands inside 中国新建集团公司: OPENING_ONLY_WORDS)
    | {"建立健全", "大力加强", "大力发展", "深化"}
    # set phrases (tagged l) that open a clause, not a name (淄博市公安局|紧紧围绕|淄博市委)
    | {"紧紧围绕", "围绕", "不能容忍", "深刻领会", "原则同意", "无理要求", "一段时间"}
)
# Words that open no name but may stand inside one (新建|医院, 严禁新建|政府性楼堂馆所;
# 中国新建集团公司).
OPENING_ONLY_WORDS = frozenset({"新建"})
# Words of manner before 建设 (build): 高质量建设|崂山实验室 opens no name there.
BUILD_MANNERS = frozenset({"高质量", "高标准", "高水平", "重点", "加快", "全面", "规范", "抓紧"})
# Known names whose characters also end or start other words: the character before
# (KNOWN_NOT_AFTER) or after (KNOWN_NOT_BEFORE) that rules the name out.
KNOWN_NOT_AFTER = {
    "京东": "南北", "空客": "航", "七国集团": "十", "中石油": "其集", "中石化": "其集", "中海油": "其集",
    "一汽": "第", "南航": "西", "致公党": "族",
}  # (南京东路, 北京东城, 民用航空客运, 七十七国集团, 其中石油, 第一汽车制造厂, 西南航空,
# 中华民族致公党: a party in Taiwan)
# 放松下来; 淘宝村, a village of online shops; 默克尔 (Merkel); 农工商联合企业, 工商联界 (a
# sector); 丰田市 (the city); 中国银行业 (the sector)
KNOWN_NOT_BEFORE = {
    "东航": "道",  # 钦州港东航道: the east channel
    "松下": "来",
    "淘宝": "村镇",
    "默克": "尔",
    "工商联": "合界",
    "丰田": "市",
    "中办": "理公事学",  # 集中办理, 集中办公
    "国办": "理公事学",
    "中国银行": "业",  # 中国银行业, the banking sector
    "解放军": "报",  # 解放军报, the newspaper
    "北约": "克",  # 北约克
    # 中国共产党人 (its members), 中国共产党第二十次全国代表大会 (a congress of it), 中国共产党章程
    "中国共产党": "人第章员党",
    "伊利": "诺",  # 伊利诺伊州
    "共青团": "员组",  # 共青团员, its members; 各级共青团组织, its branches
}
# Short names that stand only after punctuation or a function word (中办、国办印发; not
# 法国办好), and not as a document number's prefix (国办发〔2020〕20号).
STANDALONE_KNOWN = frozenset({"中办", "国办"})
# The State Council's short forms of two commissions, as policy texts list them among the
# ministries (发展改革委、工业和信息化部牵头; 经商卫生健康委): the national body only after
# punctuation or a function word; after a place or a level (湖州市发改委, 各地发改委,
# 新疆生产建设兵团发展改革委) the suffix reading decides.
BARE_COMMISSIONS = frozenset({"发展改革委", "发改委", "卫生健康委", "卫健委"})
BEFORE_BARE_COMMISSION = frozenset("商同由和与及向")
# A bare level before a body's name is part of how the text names it (省国资委, 市科技局:
# the province's or city's own), when the level stands alone after a comma or a
# function word (not 智慧城|市…, 爱知|县丰田, 全省, 本市).
SCOPE_CHARS = frozenset("省市县")
# How the full names of townships, villages and communities end (the places module's)
SUB_COUNTY_ENDS = tuple(suffix for suffix, _ in SUB_SUFFIXES)
BEFORE_SCOPE = frozenset("、，。；：（）“”\n 的和与及由向对在经")
# Known short names that every province, city and county has one of: a place right before
# is part of the name (广东省工商联); and universities named by a field, which a city's
# may share (西安|电子科技大学).
LOCAL_BODIES = frozenset({"工商联", "电子科技大学"})
KNOWN_GUARDED = frozenset(KNOWN_NOT_AFTER) | frozenset(KNOWN_NOT_BEFORE) | BARE_COMMISSIONS
# Known bodies of several countries: a country before one is another item (美国北约等, "the
# US, NATO and others"), not its owner as in 泰国|民航局.
INTERNATIONAL_ENDINGS = ("约", "盟", "组织", "论坛", "集团")
# After a known name, what makes it part of a delegation's name (解放军和武警部队代表团)
DELEGATION_AFTER_RE = re.compile(f"(?:[和、及][{HAN}]{{2,8}})?代表团")
# After a known ministry, what makes it a minister's title (外交部|长) or a law (国务院|组织法)
TITLE_OR_LAW_AFTER = ("长", "组织法")
# After a known name and its term (十三届|全国人大|三次会议), what makes it a session's name
SESSION_AFTER_RE = re.compile("第?[一二三四五六七八九十]{1,3}次(?:会议|全体会议)")
# A ministry's or agency's department (生态环境部大气环境管理司, 国家统计局工业司,
# 人民银行调查统计司): a few characters and 司, not 司法, 司机, 司令.
MINISTRY_ENDS = ("部", "局", "委", "署", "办", "委员会", "银行", "国会")
# The two fields of a centre's name (学位与研究生教育|发展中心)
_JOINED_FIELDS_CENTRE = f"[{HAN}]{{2,4}}[和与][{HAN}]{{2,8}}?"
DEPARTMENT_RE = re.compile(
    f"[{HAN}]{{2,10}}?司(?![法机令仪库马空职])"
    # a bureau or office of a short name (国家卫生健康委疾控局, 中央网信办传播局, 美国国会
    # 预算办公室), not 全局, 大局, 格局
    f"|[{HAN}]{{2,4}}?(?:(?<![全大格布结变当开时终残棋])局(?![面势部长限])|办公室)"
    # a centre it runs (工业和信息化部产业发展促进中心, 科学技术部高技术研究发展中心), also
    # one named by two fields (教育部学位与研究生教育发展中心)
    f"|(?:[{HAN}]{{2,8}}?|{_JOINED_FIELDS_CENTRE})中心(?![城区地任工])"
    # its Party group (水利部党组), not in a member's title (党组书记, 党组成员)
    "|党组(?!书记|副书记|成员|织)"
)
# A group's business division (国铁集团货运部, 国家电网营销部): a trade of two characters
# and 部, not a word that goes on (部门, 部署, 部分).
GROUP_DIVISION_RE = re.compile(f"[{HAN}]{{2}}部(?![门署分位件队])")
# A department or a centre named by two fields (信息化和软件服务业司, 学位与研究生教育
# 发展中心), no body's suffix in it
JOINED_DEPARTMENT_RE = re.compile(
    f"(?!.*[部局委署厅办])(?:[{HAN}]{{2,6}}[和与][{HAN}]{{2,7}}司|{_JOINED_FIELDS_CENTRE}中心)"
)
# Verbs and words that show the text after a body is no department's name (国务院驾驭…,
# 教育部会同…, 商务部确定…司)
DEPARTMENT_STOPS = (
    "出台", "制定", "确定", "主导", "构建", "根据", "会同", "联合", "要求", "指导", "组织", "新增",
    "相关", "有关", "和", "与", "的", "对", "向", "在", "将", "为", "是",
    "国家", "中国", "中央", "全国", "各",  # another body of a signature line; 各司局
    "所属", "下属", "直属", "旗下",  # 中国科学院所属研究所: some of its institutes
)
# ... and before a centre, which a body builds or backs as often as it runs one
# (财政部支持建设区域医疗中心)
CENTRE_STOPS = (
    "支持", "建设", "推动", "推进", "加快", "打造", "设立", "成立", "依托", "牵头", "批准", "围绕",
    "作为", "等", "一", "派驻", "重要",
)
# National centres and committees named by their field (国家先进印染技术创新中心)
NATIONAL_CENTRE_RE = re.compile(
    f"国家(?!级)([{HAN}]{{4,12}}?)(?:技术创新中心|工程技术研究中心|工程研究中心|研究中心|创新中心"
    "|专业委员会|专家委员会|大数据中心)"
)
GENERIC_FIELDS = frozenset({"临床医学", "基础学科", "重点实验室"})
# National designations a centre is granted, named by the kind alone: no one body
# (国家企业技术中心达到220家, 加快国家技术创新中心建设, 创建综合性国家科学中心).
NATIONAL_KIND_CENTRE_RE = re.compile(
    "(?:综合性)?国家(?:级)?(?:企业技术|技术创新|产业创新|制造业创新|工程技术研究|工程研究|工程|临床医学研究"
    "|临床医学|医学|区域医疗|科学|科学研究|基础学科研究|绿色数据|质检|创新)?中心"
)
# A known company's registered name (科大讯飞股份有限公司, 新希望集团有限公司)
REGISTERED_AFTER = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司")
# An academy's institute (中国科学院空天信息创新研究院, 中国科学院水生生物研究所)
ACADEMIES = ("科学院", "工程院", "社会科学院", "社科院")
INSTITUTE_RE = re.compile(
    f"[{HAN}]{{2,12}}?(?:研究院|研究所|研究中心|创新中心)|[{HAN}]{{2,4}}?所(?![属有在以谓长需])"
)  # (中国社科院考古所: an institute's short name)
# A group's numbered academy or institute (中国航天科工集团二院, 中国电子科技集团第三十八研究所)
NUMBERED_UNIT_RE = re.compile("第?[一二三四五六七八九十]{1,3}(?:院|研究院|研究所|所)")
# The numbered bureaus of the state builders, companies by their short names (中铁四局,
# 中建三局, 中交一航局), which the tagger splits (中铁|四局).
STATE_BUILDER_RE = re.compile(
    "中[铁建交冶](?:[一二三四五六七八九十]{1,3}|[一二三四五六七八九十]航)局(?:集团(?:[\u4e00-\u9fff]{0,6}?有限公司)?)?"
)  # (中铁十七局集团电气化工程有限公司: a subsidiary by its full name)
# The bodies of a session of the NPC or the CPPCC (十三届全国人大三次会议主席团, 大会秘书处,
# 全国政协十三届三次会议新闻中心), which the tagger splits into the body, the term and
# 会议; 大会 alone is the session only when no kind of assembly is written before it.
_TERM = "第?(?:十[一二三四五六七八九]?|[一二三四五六七八九])届"
_SITTING = "第?[一二三四五六七八九十]{1,3}次会议"
SESSION_BODY_RE = re.compile(
    f"(?:{_TERM}全国(?:人大|人民代表大会){_SITTING}|全国政协{_TERM}{_SITTING}|(?<!代表)(?<!职工)(?<!党员)大会)"
    "(?:主席团|秘书处|新闻中心)"
)
# One-character verbs tagged as nouns: they end a name before a proper word (经|广东省人民政府,
# 报|中央人民政府), not before a common one (战斗报|媒体集团, 图拉经|学院).
SHORT_VERB_STOPS = frozenset({"报", "经", "指导"})
# International federations are particular by their field alone (国际冰球联合会,
# 国际博物馆协会); 国际经济组织, 国际合作 are not.
FEDERATION_SUFFIXES = ("联合会", "协会", "联盟")
MISSION_SUFFIXES = ("使馆", "领事馆", "代表团")
# What no mission or assembly name holds: 摩洛哥等国使馆, 中国驻俄大使张汉晖同使馆,
# 愿同斯议会, 强行进入墨西哥驻厄使馆, 高水平代表团, 政治协商会议会(徽).
MISSION_NOISE_RE = re.compile("等|响应|积极|进入|大使[^馆]|会议会$|^(?:同|愿|方|驻|高水平)")
# Verbs that name a body's field inside its name (长江鲲鹏生态创新中心, 中国青铜器保护研究中心,
# 重庆市数字化城市运行和治理中心); the verbs that set a body up or back it (成立, 支持,
# 依托) end the name as before.
FIELD_VERBS = frozenset(
    {
        "创新", "保护", "研究", "发展", "促进", "交流", "合作", "治理", "运行", "监测", "检测",
        "认证", "培训", "救助", "调解", "保障", "举报", "实践", "开发", "转化", "孵化", "设计",
        "制造", "指挥", "调度", "展示", "评估", "评价", "控制", "测试", "研发", "咨询", "鉴定",
        "援助", "防治", "防控", "康复", "处置", "审查", "仲裁", "登记", "交易", "结算",
        "演出", "出版", "检验", "急救", "救援",  # 中国演出行业协会, 中国出版集团公司
        "开放",  # 上海开放大学
    }
)
# 中国驻俄罗斯使馆, 中国常驻联合国代表团: a mission is named after 驻 and its country.
MISSION_WORDS = frozenset({"驻", "常驻", "驻外"})
# Central bodies whose offices posted to a region are named with them (中央人民政府驻香港
# 特别行政区联络办公室, 外交部驻澳门特别行政区特派员公署).
CENTRAL_POSTING_BODIES = frozenset({"中央人民政府", "外交部", "国务院"})
LEFTOVER_SUFFIXES = frozenset("局厅院所处部委会办署站队议")
# 发展和改革委员会, 住房和城乡建设局: 和 inside the name of a government department.
# Short names of a place's commissions (北京市卫生健康委, 北京市规划和自然资源委), suffixes
# of org_suffixes.txt.
SHORT_COMMISSIONS = frozenset({"卫生健康委", "发展改革委", "规划和自然资源委", "经信委", "工信委"})
AND_COMPOUNDS = (
    "发展和改革",
    "住房和城乡建设",
    "人力资源和社会保障",
    "工业和信息化",
    "文化和旅游",
    "自然资源和规划",
    "商务和投资促进",
    "科学技术和信息化",
    "规划和自然资源",
    "宪法和法律",
    "网络安全和信息化",
    "政务服务和大数据",
    "农业和农村",
    "党史和文献",
    "交通运输和港口",
    "经济和信息化",
    "文化广电和旅游",
    "城市管理和综合执法",
    "粮食和物资储备",
    "林业和草原",
    "卫生和计划生育",
    "教育和体育",
    "文化体育广电和旅游",
    "旅游和文化广电体育",
    "民族和宗教",
    "社会和法制",
    "监察和司法",
    "文化文史和学习",
    "农牧和水利",
)
# Suffixes that name a body's own office right after its name (工业和信息化部|办公厅).
DIRECT_SUB_BODIES = frozenset({"办公厅", "办公室"})
# What a body of a known organization read on from it does not hold before its suffix
# (全国政协主席汪洋代表政协, 全国人大愿同斯议会, …办公厅财政部办公厅…: a person, a wish,
# signatures run together).
NOT_IN_SUB_BODIES = ("代表", "愿", "同", "主席", "原", "办公厅", "会议厅", "部", "副", "直属")
# A known body's rank of lab or centre (教育部|重点实验室, 教育部|工程研究中心): a kind it
# grants, no one body.
RANKED_BODY_RE = re.compile("(?:重点|工程|前沿科学|工程技术)(?:实验室|研究中心|中心)")
# Registered company names (宁波旭升汽车技术有限公司): a brand may follow their place.
COMPANY_SUFFIXES = ("有限公司", "有限责任公司", "股份有限公司")
# A registered company's name with a bracketed place or 集团 inside: 博奥赛斯（天津）生物科技
# 有限公司, 太原钢铁（集团）有限公司, 金蝶软件（中国）有限公司.
BRACKETED_COMPANY_RE = re.compile(
    r"[（(](?P<inner>[\u4e00-\u9fff]{2,4})[）)][\u4e00-\u9fff]{0,14}?"
    r"(?:(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|(?P<centre>创新中心|研究中心|智算中心|研究院))"
)
BRACKET_WORDS = frozenset({"集团", "中国", "控股"})
# Verbs of setting a body up that end a bracketed name's brand, beyond LEFT_STOPS (成立, 组建,
# 落户): 赛迪研究院设立|赛迪（青岛）区块链研究院.
SETUP_VERBS = frozenset({"设立", "设有", "新设", "建立", "引进"})
# Suffixes of bodies no known body holds as its own part: a government (向全国人民代表大会|
# 报告政府工作) and a registered company (国药集团|国药控股股份有限公司: the group's
# listed company, a body of its own).
OWN_BODY_SUFFIXES = frozenset({"政府", *COMPANY_SUFFIXES})
# One-character words before a place that open no name: former, through, to, within.
LEADING_FUNCTION_CHARS = frozenset("原经至内")
LEADING_FUNCTION_RE = re.compile(f"[{''.join(sorted(LEADING_FUNCTION_CHARS))}]")
# A company's Party committee is written in its officials' titles (…有限公司党委书记); the
# company is the body the text names.
COMPANY_ENDS = ("公司", "集团", "银行")
# Institutions whose Party committee a title names with them (中日友好医院党委书记)
INSTITUTION_ENDS = ("医院", "大学", "学院", "学校", "中学", "研究院", "中心")
# What opens a new top-level organization right after another one (a signature line run
# together: 中华人民共和国住房和城乡建设部中华人民共和国国家发展和改革委员会…).
TOP_LEVEL_RE = re.compile(
    f"中华人民共和国|国家|中国|中共|(?:北京|天津|上海|重庆)市|[{HAN}]{{2,3}}(?:省|自治区)"
)
# ... both of them government bodies (a bank's branch or a university's institute after
# its parent is one name: 中国建设银行广东省分行, 北京大学国家发展研究院).
GOVERNMENT_ENDS = ("部", "厅", "局", "委员会", "署", "办公室", "委", "办")
# Working groups are named after what they do (平安建设领导小组 at every level): only a
# place or a known proper word makes one particular (中央主题教育领导小组).
GROUP_SUFFIXES = frozenset({"领导小组", "工作组", "联络组"})
# A lab named only by its rank (国家重点实验室, 国家级太空科学实验室, 省实验室): a kind.
GENERIC_LAB_RE = re.compile(
    "(?:国家|全国|省|中国|企业)?级?(?:重点|工程|太空|科学|新型|高水平|高等级)*实验室"
)
# An ordinal inside a name (中国水利水电第四工程局, 武汉市第三医院), not 第二天, 第三批.
ORDINAL_RE = re.compile("第[一二三四五六七八九十]{1,3}")
# What may not follow (or, as a lookbehind, precede) a suffix ending in this character:
# 大学生 is no university, 北京市委|员会 reads on to 委员会, 三明市|委托 holds no 市委,
# 政治协商会|议 is no 商会, 常委会|议厅 no 常委会.
SUFFIX_GUARDS = {
    # 国家中小学|网络云平台: a platform's name; 国家大学|科技园, 岳麓山国家大学|科技城,
    # 大学|城: parks and towns named after universities
    "学": "(?!生|网络云|云平台|科技园|科技城|城)",
    "委": "(?!员会|托)",
    "会": "(?<!协商会)(?!议[厅室]|商)",  # 联合会|商: a joint consultation
    # 汗尤尼斯中心|城区: the centre of a place; 济南黄河流域中心|城市: a central city;
    # 党和国家中心|任务: the central task
    "心": "(?!城区|城市|地带|区域|地区|位置|任务|节点|站)(?!(?<=国家中心)工作)",  # 集装箱中心|站
    "部": "(?!队)",  # 乌克兰武装部|队: the armed forces, not an armed forces department
    "队": "(?!长)",  # 保山边境管理支队副支队|长: a title
    "协": "(?!工作会议)",  # 中央政协|工作会议: a meeting on the CPPCC's work
    "办": "(?!公)",  # 新闻办|公室: the office's full name goes on
    "行": "(?<!部分行)(?!业|动|政)",  # 细分行|业, 部分行|为: trades and acts, not a bank's branch
    "组": "(?!织)",  # 楼宇党组|织: a Party organization, no Party group
}
# Companies named by brand in a list (参观了莱克电气、迈胜医疗、创维、科大讯飞等多家企业):
# the list ends in 等 and a word for companies.
# Found from its end (a literal 等 lets the regex engine skip ahead; a pattern that starts
# with the list is tried at every Han character), the items read backwards.
COMPANY_LIST_END_RE = re.compile("等(?:[多几数\\d一二三四五六七八九十百千]+[余多]?家)?(?:企业|公司|品牌|车企|厂商)")
COMPANY_LIST_RE = re.compile(f"(?:[{HAN}]{{2,12}}、){{2,}}[{HAN}]{{2,6}}$")
# Industry words that end a brand name (旷视科技, 神驰机电); an item with one is a company.
INDUSTRY_WORDS = frozenset(
    "科技 智能 医疗 电气 环保 机电 家居 纺织 毛纺织 文创 软件 生物 制药 光电 种业 电工 数码 高科 "
    "集团 股份 控股 能源 新能源 汽车 电子 通信 通讯 网络 信息 材料 化工 重工 机械 装备 航空 物流 "
    "食品 药业 医药 电器 家电 通用 安全 地铁 棉机 能化".split()
)
# Suffixes a brand the dictionary knows is written with (联想集团, 兴业银行, 夏普公司), and
# what before them names a kind of firm, no brand (商业银行, 上市公司, 外资银行).
BRAND_SUFFIXES = ("集团", "银行", "大学", "公司")
KIND_WORDS = frozenset({"商业", "上市", "外资", "国有", "综合", "理工", "统治", "反党", "外贸", "网上", "军医"})
# Words before 集团 that name a trade or a kind of group, no brand (出版集团, 企业集团)
GROUP_KIND_WORDS = frozenset(
    "企业 媒体 出版 投资 建设 实业 产业 商业 金融 文化 旅游 传媒 交通 国有 民营 大型 龙头 骨干 "
    "钢铁 建工 建筑 城建 交投 水务 农业 发展 贸易 商贸 服务 报业 广电 铁路 航运 港口 机场 电力 "
    "煤炭 石油 化学 汽车 医疗 教育 体育 地产 房地产 资产 资本 控股 国际 科技 工业 利益 统治 反党 "
    "犯罪 黑社会 恐怖 军工 央企 国企 上市 外资 跨国 民族 社会 经济 政治 金融业 军事 阴谋 经营者 "
    "论证 战争 保险 农奴主 排他性 侵略性 中小学 学校 医院 寡头 财团 集团 职教".split()
)
# Tags of a one-word brand (美的 nr, 比亚迪 nr, 广汽 j).
BRAND_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "j"})
# Tags of what opens the first item of a list and is no part of the brand (参观了|莱克电气).
LIST_LEAD_TAGS = frozenset({"v", "vg", "ul", "uj", "p", "c", "d", "t", "k", "f", "r"})
# 两地体育局, 三省公安厅: one suffix for the bodies of several places.
# (七十七国集团, 萨赫勒五国集团 are named groupings)
MANY_PLACES_RE = re.compile("[两二三四五六七八九十多各](?:[地省市县区]|国(?!集团))")
# Measure words that count organizations (7家医院, 3所学校); 6位 and 5名 count people
# (6位中共中央政治局常委).
COUNT_MEASURES = frozenset("家所个座")
# Words before a name that make it a kind of body (建设一批省一流网络安全学院).
KIND_COUNTS = ("一批", "若干", "一些", "多家", "多所", "各类", "一大批", "各", "历代")
# A rank before a kind of body (争创国家级制造业创新中心, 国家级博物馆): no one organization.
RANK_OPENERS = ("国家级", "省级", "市级", "县级")
# A short name defined right after a body's full name: （以下简称“太钢”）, （简称“国铁集团”）.
SHORT_NAME_RE = re.compile("[（(](?:以下)?简称[“\"]([^”\"（）()]{2,8})[”\"][）)]")
# Trade roles before a company's name (国内独家供应商|湖北三环公司, 电动车制造商|特斯拉公司).
TRADE_ROLE_RE = re.compile("(?:供应商|供货商|制造商|生产商|服务商|运营商|开发商|承包商|经销商|销售商)")
WINDOW = 18  # characters read to the left of a suffix: longer names are rare
# Second characters of words opening with 网 after a body's name (its 网站 cites the body;
# 网上, 网络, 网格, 网点, 网民, 网友, 网信办): a 网 followed by anything else names a website.
WORDS_AFTER_NET = frozenset("站上络格点民友信")
# Tags that end a registered company's name read leftwards: prepositions, conjunctions,
# particles, pronouns, numerals, adverbs, times and locatives (由|…, 与|…, 在这家|…).
REGISTERED_NAME_STOP_TAGS = frozenset(
    {"p", "c", "uj", "ul", "uz", "ug", "ud", "uv", "r", "m", "d", "ad", "t", "f", "x", "y", "e", "o"}
)
# The ends of national technical committees' names, which 全国 opens (全国信息安全标准化
# 技术委员会): one body each, not every committee in the country (全国专业标准化技术委员会
# is any of them).
NATIONAL_COMMITTEE_ENDS = ("技术委员会", "标准化委员会")
# Characters of function words that no brand opens with (有|物流企业…, 到皋|铁实业…).
FUNCTION_CHARS = frozenset("有是到在由向给让被把从对为与和跟将及或等也")


def _governs_registered_name(span: tuple[int, int, str, str]) -> bool:
    """The word before a registered company's name read over its brand is one that ends
    a name: a function word, a verb of two characters or more, a clause opener or a kind
    of firm (由|…, 携手|…, 依托|…, 科创企业|…)."""
    _, _, word, ptag = span
    return (
        ptag in REGISTERED_NAME_STOP_TAGS
        or (ptag[:1] == "v" and len(word) > 1)
        or word in LEFT_STOPS
        or word.endswith(("企业", "公司"))
        or word[0] in FUNCTION_CHARS
    )


# Tags of the word before a 中 (f) that opens a central enterprise's short name: a verb,
# a preposition, a conjunction or a particle (是|中建材…, 由|中煤集团), not a noun (抗疫中).
CENTRAL_OPENER_AFTER = frozenset({"v", "p", "c", "uj", "ul", "r", "x"})


class _Lexicon:
    def __init__(self) -> None:
        suffixes = sorted(set(data_lines("org_suffixes.txt")), key=len, reverse=True)
        self.known = tuple(sorted(set(data_lines("org_known.txt")), key=len, reverse=True))
        proper: list[str] = []
        inside: list[str] = []
        section = proper
        for ln in data_lines("org_known_words.txt"):
            if ln == "[proper]":
                section = proper
            elif ln == "[inside]":
                section = inside
            else:
                section.append(ln)
        self.proper_word_re = re.compile("|".join(map(re.escape, proper)))  # one inside a name
        self.proper_word_set = frozenset(proper)  # for membership
        self.inside_words = frozenset(inside)
        # 大学生, 中学生 are no universities
        alternatives = [re.escape(s) + SUFFIX_GUARDS.get(s[-1], "") for s in suffixes]
        # 局 and 厅 alone only where they end a name: not 格局, 大局, 布局, 当局 …, not the
        # second 局 of 公安局局长, not 大厅, 餐厅, 议事厅, 宴会厅, 新闻发布厅, 会议厅 (rooms).
        # Every alternative starts with a literal, so that the regex engine can skip
        # ahead by first character (a leading lookbehind made the scan 5× slower).
        # Not the 局 of 副局长 either: 公安局副局长 would read on as 公安局副局; nor 局地
        # ("locally": 贵州中东部|局地有大雨), nor 政局 but 财政局, 民政局 … (多个国家政局|不稳).
        alternatives.append(
            "局(?<![格大布结当开全时僵残棋终变骗饭赌出局好]局)(?<![^财民邮行市]政局)(?![面部势限长地])"
        )
        alternatives.append("厅(?<![大客餐展事门舞布议厅]厅)(?<!宴会厅)(?!长|市会商)")  # 省厅市会商: province and city; not 发布厅, 会议厅
        # TV channels (总台央视新闻频道), not 换频道
        alternatives.append("频道(?<![换转调切]频道)")
        # foreign countries by every name, longest first (a country opens its own
        # ministries' names: 俄罗斯国防部)
        self.countries = tuple(sorted(FOREIGN_COUNTRIES, key=len, reverse=True))
        self.country_set = frozenset(FOREIGN_COUNTRIES) | {"中国"}
        self.suffix_re = re.compile("|".join(alternatives))
        # One automaton finds, in one pass, every occurrence of a known name, of the
        # literals the suffix regex's alternatives start with and of the department names
        # holding 和 (overlapping; the known names are then taken leftmost-longest, and the
        # regex is tried at the literals alone): the text is scanned once, not three times.
        # (A contiguous NFA, smaller than a DFA, is the faster of the two over a whole
        # pipeline, where the other extractors push its tables out of the cache between
        # articles.)
        known_set = frozenset(self.known)
        opener_set = frozenset([*suffixes, "局", "厅", "频道"])
        compound_set = frozenset(AND_COMPOUNDS)
        patterns = sorted(known_set | opener_set | compound_set)
        self.scan_automaton = AhoCorasick(
            patterns, matchkind=MatchKind.Standard, implementation=Implementation.ContiguousNFA
        )
        self.pattern_is_known = [p in known_set for p in patterns]
        self.pattern_opens_suffix = [p in opener_set for p in patterns]
        self.pattern_is_compound = [p in compound_set for p in patterns]

    def scan(self, text: str) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, int]]]:
        """The known names in `text`, leftmost-longest (as a LeftmostLongest automaton
        gives them), the sorted positions where a suffix's literal starts, and every
        occurrence of a phrase of AND_COMPOUNDS (overlaps too)."""
        is_known, opens_suffix = self.pattern_is_known, self.pattern_opens_suffix
        is_compound = self.pattern_is_compound
        known_hits: list[tuple[int, int]] = []  # (start, -end): leftmost, then longest first
        opener_starts: set[int] = set()
        compounds: list[tuple[int, int]] = []
        for index, start, end in self.scan_automaton.find_matches_as_indexes(text, overlapping=True):
            if is_known[index]:
                known_hits.append((start, -end))
            if opens_suffix[index]:
                opener_starts.add(start)
            if is_compound[index]:
                compounds.append((start, end))
        known_hits.sort()
        known: list[tuple[int, int]] = []
        last_end = 0
        for start, neg_end in known_hits:
            if start >= last_end:
                known.append((start, -neg_end))
                last_end = -neg_end
        return known, sorted(opener_starts), compounds

    def suffix_matches(self, text: str, opener_starts: list[int]) -> Iterator[re.Match[str]]:
        """The matches of `suffix_re` in `text`, as `finditer` gives them, tried where a
        suffix's literal starts (`scan`)."""
        last_end = 0
        for start in opener_starts:
            if start < last_end:
                continue
            m = self.suffix_re.match(text, start)
            if m is not None:
                yield m
                last_end = m.end()


@cache
def lexicon() -> _Lexicon:
    return _Lexicon()


# 在…， opening a sentence or a paragraph, and the name between (在闽都创新实验室，李强…)
VISITED_CLAUSE_RE = re.compile(r"(?:^|(?<=[。！？\n]))在([^\s，。、；：！？“”《》（）()的和与及]{4,20})，$")
# What a leader does at a place he visits
VISIT_VERB_RE = re.compile("(?:先后|首先|随后|还)?(?:了解|听取|察看|考察|走进|来到|详细|仔细|看望|参观|调研|观看|步行|实地|走访|同|与|向)")
# Items of a list of bodies (中国地震学会、中国灾害防御协会等): the endings a named item
# vouches for in its neighbours, what may close an item, and what no name holds.
SIBLING_ENDS = ("大学", "学院", "学会", "协会", "集团", "研究院", "研究所", "公司", "联盟", "基金会", "研究会", "联合会", "委员会", "局", "总署", "部", "委")
# Government bodies are often named short in a list (市场监管总局、药监局)
SHORT_SIBLING_ENDS = ("局", "部", "委")
ITEM_CLOSE = frozenset("、，。；：）”\n等")
ITEM_BACK_RE = re.compile("[、，。；：（“\n][^、，。；：（“\n]*$")
ITEM_END_RE = re.compile("[、，。；：）”\n]|等")
# (a committee's name joins two fields with 和: 农业和农村委员会, 社会和法制委员会)
COMMITTEE_NOISE_RE = re.compile("[及与或的之某]|\\d")
ITEM_NOISE_RE = re.compile("[和及与或的之某]|\\d|[一二三四五六七八九十百千万][家所个批]")

# Punctuation ends a name; the last mark before a position is found with one search
# instead of a loop over them all.
_PUNCT = r"，。、；：！？“”‘’（）()《》〈〉【】\[\]—…,.;:!?\"'\s·•"
LAST_PUNCT_RE = re.compile(f"[{_PUNCT}][^{_PUNCT}]*$")

# Groups named after their task (疫情防控工作指挥部, 区域协调发展领导小组), not 组长, 组成,
# 指挥部署; the words that end the read back from one (a verb that sets it up or sends
# it, a preposition, 的) and what, besides a place or a known body, opens one.
GROUP_RE = re.compile("(?:领导小组|指挥部|工作组|联络组|保障组|总体组)(?![长员成建署])")
GROUP_STOP_RE = re.compile(
    f"[{_PUNCT}\\d]|[的在由是向对为将了等及说赴暨号各个要应]|成立|设立|组建|派出|派驻|组织|召开|参加|担任|任|承担|发挥"
)
GROUP_OPENERS = ("中央", "国家", "国务院")
GROUP_WINDOW = 30


class _Finder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.lex = lexicon()
        self.paragraphs = ctx.paragraphs
        joined = ctx.joined
        self.text = joined.text
        self.starts = joined.starts
        # where the article's places are: a place inside a name makes it particular
        self.place_mask = joined.place_mask
        self.places = joined.places  # (start, end, full name), in text order
        # 1 for every character inside 《…》
        self.in_doc = joined.mask(m.span() for m in TITLE_RE.finditer(self.text)) if "《" in self.text else None
        # where the people are: a known name inside a person's name is none (傅政华|为)
        self.person_mask = joined.mask_of(ctx.people)
        # where each person's mention starts, and where it ends
        self.people_ends = {
            joined.starts[r["paragraph"]] + r["start"]: joined.starts[r["paragraph"]] + r["end"]
            for r in ctx.people
        }
        self.people_starts = sorted(self.people_ends)
        # the department names holding 和 (AND_COMPOUNDS), found by `run`'s scan
        self.compound_spans: list[tuple[int, int]] = []

    def _known_in_other_word(self, s: int, e: int) -> bool:
        """The known name at [s, e) is part of other words (KNOWN_NOT_AFTER, KNOWN_NOT_BEFORE,
        STANDALONE_KNOWN)."""
        name, text = self.text[s:e], self.text
        before = text[s - 1] if s > 0 else ""
        after = text[e] if e < len(text) else ""
        if before and before in KNOWN_NOT_AFTER.get(name, ""):
            return True
        if after and after in KNOWN_NOT_BEFORE.get(name, ""):
            return True
        if name in BARE_COMMISSIONS:  # (发改委〔2012〕1202号: a document number)
            if ("\u4e00" <= before <= "\u9fff" and before not in BEFORE_BARE_COMMISSION) or after in "〔[":
                return True
            # a policy's addressees (各省、自治区、直辖市…发展改革委、科技厅（局）; 主送:各省…)
            # are every province's own commission
            line = text[text.rfind("\n", 0, s) + 1 : s]
            addressees = line[line.rfind("主送") + 3 :] if "主送" in line else line
            return addressees.startswith("各") and not re.search("[，。；,.;]", addressees)
        if name in STANDALONE_KNOWN:
            # 法国办好, 驻中国办事处: a character of a word runs into it; 国办发〔2020〕20号:
            # a document number
            return ("\u4e00" <= before <= "\u9fff" and before not in "办前") or text[e + 1 : e + 2] in ("〔", "[")
        return False

    def _own_body_end(self, name: str, end: int) -> int:
        """Where a known body's name ends when one of its own bodies follows it: a group's
        numbered academy (中国航天科工集团|二院), a company's registered name (科大讯飞|
        股份有限公司) or research institute (美团|研究院), an academy's institute
        (中国科学院|空天信息创新研究院), a ministry's department, bureau, office or centre
        (生态环境部|大气环境管理司, 公安部|指挥中心)."""
        text = self.text
        if name.endswith("集团"):
            unit = NUMBERED_UNIT_RE.match(text, end)
            if unit is not None:
                return unit.end()
        if text.startswith(REGISTERED_AFTER, end):
            return next(end + len(r) for r in REGISTERED_AFTER if text.startswith(r, end))
        if text.startswith("研究院", end) and not name.endswith(ACADEMIES):
            return end + 3  # 美团|研究院, 阿里|研究院: a company's own research institute
        if name.endswith(("集团", "公司")):
            division = GROUP_DIVISION_RE.match(text, end)
            if division is not None:
                return division.end()  # 国铁集团|货运部: a group's own business division
        if name.endswith(ACADEMIES):
            institute = INSTITUTE_RE.match(text, end)
            if institute is not None and not any(w in institute.group() for w in DEPARTMENT_STOPS):
                return institute.end()
        elif name.endswith(MINISTRY_ENDS):
            department = DEPARTMENT_RE.match(text, end)
            if department is None:
                return end
            body = department.group()
            # 工业和信息化部|信息化和软件服务业司, 规划发展与信息化司: a department named by two
            # fields; 和 between bodies (商务部和外交部…司) has a body's suffix after it
            joined = JOINED_DEPARTMENT_RE.fullmatch(body) is not None
            if (
                any(w in body for w in DEPARTMENT_STOPS if not (joined and w in ("和", "与")))
                or RANKED_BODY_RE.fullmatch(body)  # 教育部|工程研究中心: a rank it grants
                or (body.endswith("中心") and any(w in body for w in CENTRE_STOPS))
                or (body.endswith("公司") and not body.endswith("有限公司"))  # 工商银行新增公司
            ):
                return end
            return department.end()
        return end

    def _national_centres(self) -> list[tuple[int, int]]:
        """国家高速列车技术创新中心, 国家智能制造专家委员会: a national centre or committee
        named by its field (the tagger's verbs and adverbs inside stop the leftward read);
        not a kind (国家临床医学研究中心, 国家技术创新中心)."""
        out = []
        for m in NATIONAL_CENTRE_RE.finditer(self.text):
            field = m.group(1)
            if field in GENERIC_FIELDS or any(w in field for w in CENTRE_STOPS + DEPARTMENT_STOPS):
                continue
            s = m.start()
            if s > 1 and self.text[s - 1] in COUNT_MEASURES and (self.text[s - 2] in NUMERALS or self.text[s - 2].isdigit()):
                continue  # 已建设46个|国家中医药传承创新中心: centres of a kind, counted
            out.append(m.span())
        return out

    def _left_start(self, s: int, e: int, floor: int) -> tuple[int, bool] | None:
        """Where the name ending in the suffix [s, e) starts, and whether a proper word
        was read in it; None when it is anonymized (某公益基金会)."""
        text = self.text
        lo = max(floor, s - WINDOW)
        last_punct = LAST_PUNCT_RE.search(text, lo, s)
        if last_punct is not None:
            lo = last_punct.start() + 1
        pairs = tag(text[lo:e])
        if not pairs:
            return (s, False)
        # token spans, absolute
        spans: list[tuple[int, int, str, str]] = []
        pos = lo
        for word, ptag in pairs:
            end = pos + len(word)
            spans.append((pos, end, word, ptag))
            pos = end
        # the token holding the suffix start, and everything after it, is the name's tail
        i = len(spans) - 1
        while i > 0 and spans[i][0] > s:
            i -= 1
        start = spans[i][0]
        head, head_tag = spans[i][2], spans[i][3]
        proper = spans[i][0] < s and (
            (
                _proper(head, head_tag)
                # 测试中心 (nz) is a common noun the tagger made proper: its part before
                # the suffix must be a name itself (a registered company's name is one)
                and not (
                    head_tag == "nz"
                    and word_tag(head[: s - spans[i][0]]) not in PROPER_TAGS
                    and not text.endswith(COMPANY_SUFFIXES, 0, e)
                )
            )
            # 清华大学, 华为公司 (nt): a proper name (清华 nz) read whole with its suffix
            or (
                spans[i][3] == "nt"
                and len(spans[i][2]) == 4
                and s - spans[i][0] == 2
                and word_tag(spans[i][2][:2]) in PROPER_TAGS
                and spans[i][2][:2] not in ("上市", "普通")  # tagged ns and nz
            )
        )
        brand_only = (
            not proper
            and head_tag == "nt"
            and len(head) == 4
            and s - start == 2
            and head.endswith(BRAND_SUFFIXES)
            and head[:2] not in KIND_WORDS
        )
        # 浪潮集团, 同济大学, 民生银行 (nt): a brand the dictionary knows with its suffix,
        # not a kind (商业银行, 上市公司)
        brand_start = start if brand_only else -1
        if not proper and text.startswith("集团", s) and i > 0 and spans[i - 1][1] == s == spans[i][0]:
            _, _, word, ptag = spans[i - 1]
            # 恒大(j)|集团, 茅台(n)|集团: a group named by its brand, not by a trade
            # (钢铁集团, 媒体集团) or a kind (企业集团, 国有集团)
            if (
                2 <= len(word) <= 3
                and ptag in ("n", "j", "nz", "nr", "nrt", "ns")
                and word not in INDUSTRY_WORDS
                and word not in GROUP_KIND_WORDS
            ):
                # the brand opens the name, unless a name or a place stands before it
                brand_only, brand_start = True, spans[i - 1][0]
        registered = text.endswith(COMPANY_SUFFIXES, 0, e)
        brand_from: tuple[int, bool] | None = None  # where the name started before the brand
        j = i - 1
        while j >= 0:
            ts, te, word, ptag = spans[j]
            if word == "某" or word.endswith("某"):
                return None
            if word in LEFT_STOPS:
                break
            if word == "督导" and te < s and spans[j + 1][2] != "委员会":
                break  # 民航局|督导|航空公司: a body overseeing another (教育督导委员会 is one)
            if self.person_mask[ts] and not self.person_mask[te - 1]:
                break  # 傅政|华为|社会和法制委员会: a word the tagger ran on past a person's name
            if word == "建设" and j > 0 and spans[j - 1][2] in BUILD_MANNERS:
                break  # 高质量建设|崂山实验室: how it is to be built, not 中国交通建设集团
            if word in SHORT_VERB_STOPS and (spans[j + 1][3] in PROPER_TAGS or spans[j + 1][3] == "nt"):
                break
            if word in MISSION_WORDS or (
                # 马来西亚|驻华(v)|大使馆: 驻 and the host read as one word, after a country
                # (not 纪委监委|驻省…局, 基金会|驻黎办公室: a body's office posted elsewhere)
                len(word) == 2
                and word[0] == "驻"
                and j > 0
                and (self.place_mask[spans[j - 1][1] - 1] or spans[j - 1][2] == "中国")
            ):
                if j > 0 and word == "驻" and spans[j - 1][2] in CENTRAL_POSTING_BODIES:
                    start = spans[j - 1][0]  # 中央人民政府|驻|香港特别行政区联络办公室: the
                    proper = True  # central government's office in a region, one name
                    j -= 2
                    continue
                if j == 0 or spans[j - 1][3] not in PROPER_TAGS:
                    break  # 驻多国使馆: no country of origin before 驻
                start = spans[j - 1][0]
                proper = True
                j -= 2
                continue
            if (
                word == "中"
                and ptag == "f"
                and te == spans[j + 1][0]
                and len(spans[j + 1][2]) <= 2
                and spans[j + 1][1] <= s  # not 谱写|中|海关系: the suffix itself after 中
                and (j == 0 or spans[j - 1][3] in CENTRAL_OPENER_AFTER)
            ):
                start = ts  # 中|煤集团, 是|中|建材…研究院集团有限公司: 中 opens a central
                proper = True  # enterprise's short name (中煤, 中建材, 中石油); not 抗疫中|医院
                break
            if word in self.lex.proper_word_set:
                start = ts  # 民进 (tagged a) opens 民进福建省委会
                proper = True
                j -= 1
                continue
            if ptag == "m" and ORDINAL_RE.fullmatch(word) and j > 0:
                start = ts  # 中国水利水电第四工程局, 第一人民医院: an ordinal inside
                j -= 1
                continue
            if ptag == "l" and j > 0 and word != "义务教育" and self._proper_before(spans[j - 1]):
                ptag = "n"  # 中国|运载火箭(l)|技术研究院: a set phrase inside a name; not
                # 不能容忍|岸信介政府, 专程前往|…医院 (idioms that open none) nor
                # 城镇|义务教育(l)|学校 (a kind of school)
            if ptag == "v" and (
                (word in FIELD_VERBS and not (word == "创新" and j > 0 and spans[j - 1][2] == "科技" and te == s))
                or (word == "结合" and text.endswith("中西医", 0, ts))  # 湖北省中西医结合医院
            ):
                # 长江鲲鹏生态|创新(v)|中心, 中国青铜器|保护(v)|研究中心: its field (one that
                # opens the name is dropped below, as a verbal noun is: 促进|智慧法院); not
                # 上海|科技创新中心, 粤港澳大湾区国际|科技创新中心: the role a region is given
                ptag = "vn"
                spans[j] = (ts, te, word, ptag)
            if word == "建设" and text.startswith("中心", s) and ts > 0 and (self.place_mask[ts - 1] or text[ts - 1] == "华"):
                break  # 支持香港|建设|国际创新科技中心, 在华|建设…研发中心: a place builds the centre
            if ptag == "zg" and word != "爲" and j > 0 and spans[j - 1][3] in PROPER_TAGS:
                ptag = "n"  # 谢家(nrfg)|湾(zg)|小学: a character the tagger could not place, in a name
            if ptag in ("s", "d") and self.place_mask.find(0, ts, te) == -1:
                ptag = "ns"  # 从|海口(s)|海关, 大连(d)|友谊医院: a place the place records found, mistagged
            if registered and (
                (word[0] in FUNCTION_CHARS and ptag[:2] == "nr")
                or (
                    word in ("乡", "镇", "村")
                    and not self.place_mask[ts]
                    and (spans[j + 1][3] in PROPER_TAGS or self.place_mask[spans[j + 1][0]])
                )
            ):
                break  # …支行|向溪龙(nr)|乡|安吉凤尚奕白茶业有限公司: a function word the tagger
                # read into a name, or the end of a place it did not read, before the brand
            if (word.endswith("企业") or (registered and word.endswith("公司"))) and (
                spans[j + 1][3] in PROPER_TAGS or self.place_mask[spans[j + 1][0]]
            ):
                break  # 配套企业|南通奥尔盛线带有限公司: what kind of firm, then its name
                # (not 时代光华企业|管理咨询服务有限公司, whose name holds 企业)
            if registered and te == s and ptag[:1] == "v" and len(word) == 2 and j > 0:
                start = ts  # 北京中关村科技融资|担保(v)|有限公司: the firm's trade, right before
                j -= 1  # the suffix, is part of its name whatever the tagger reads it as
                continue
            if word == "全国" and text.endswith(NATIONAL_COMMITTEE_ENDS, 0, e) and text[te : te + 2] != "专业":
                start = ts  # 全国|地理信息标准化技术委员会: a national technical committee is
                proper = True  # one body, named so
                break
            if ptag in NAME_TAGS or word in self.lex.inside_words:
                inside_registered = registered and j > 0 and spans[j - 1][3] not in REGISTERED_NAME_STOP_TAGS
                if word.startswith(GENERIC_OPENERS) and not _proper(word, ptag) and not inside_registered:
                    break  # (南京达斯琪|数字科技有限公司: inside a registered name it may stand)
                start = ts
                proper = proper or _proper(word, ptag)
                j -= 1
                continue
            if (
                text.endswith(COMPANY_SUFFIXES, 0, e)
                and 2 <= len(word) <= 3
                and not any(ch in word for ch in "的家某是多最一引代")
                and j > 0
                and self.place_mask[spans[j - 1][1] - 1]
                and spans[j - 1][1] == ts
                # not 固安县|携手|华夏幸福…: a place or a brand after it opens the name
                and spans[j + 1][3] not in PROPER_TAGS
                and not self.place_mask[spans[j + 1][0]]
            ):
                # 宁波|旭升|汽车技术有限公司: a brand the tagger reads as a verb or an
                # adjective, right after the place that opens the company's name
                start = spans[j - 1][0]
                proper = True
                j -= 2
                continue
            if self.compound_spans and self._in_compound(ts, s):
                # 发展和改革委员会, 政务服务和大(a)数据管理局: a department's name holding 和
                start = ts
                j -= 1
                continue
            if registered and not _governs_registered_name(spans[j]) and not any(ch in word for ch in "的某该这那"):
                # 皋(g)|铁实业有限公司, 南京埃斯|顿(q)|…股份有限公司, 稳健(a)|医疗集团有限公司:
                # a registered name runs to the word that governs it, however the tagger
                # reads its brand …
                if brand_from is None:
                    brand_from = (start, proper)
                start = ts
                proper = True
                j -= 1
                continue
            break
        if brand_from is not None and j >= 0 and not _governs_registered_name(spans[j]):
            start, proper = brand_from  # … but not from inside a word (八方地|动科技有限公司)
        if j >= 0 and spans[j][2].endswith("某"):
            return None
        if "某" in text[start:s]:
            return None  # 北京|某大学(one word): anonymized all the same
        if brand_only:
            if not proper and self.place_mask.find(1, start, brand_start) == -1:
                start = brand_start  # 将部分安全监管职责交由|波音公司; but 中国人民公安大学, 新余钢铁集团
            proper = True
        # a verbal noun opens no name (监督考核|国家局, 建立健全|党委), nor does a verb that
        # only stands inside one (执行|美国政府, not 最高人民法院执行局); inside one it may
        # stand (武汉体育学院)
        k = j + 1
        while k < i and start == spans[k][0] and (
            spans[k][3] == "vn"
            or (spans[k][3][:1] == "v" and spans[k][2] in self.lex.inside_words)
            or spans[k][2] in OPENING_ONLY_WORDS
        ):
            if spans[k][2] in OPENING_ONLY_WORDS:
                # 新建(nz)|高等学校: the word dropped was what made the name look proper
                proper = any(_proper(w, t) for _, te, w, t in spans[k + 1 : i + 1] if te <= s)
            start = spans[k + 1][0]
            k += 1
        first = spans[k] if k <= i else None
        if first is not None and first[1] - first[0] == 1 and first[2] in LEFTOVER_SUFFIXES and first[1] < s:
            start = first[1]  # 生态环境局|肃南分局: a lone 局 ends the name before this one
        if j < 0 and last_punct is None and lo > 0 and "\u4e00" <= text[lo - 1] <= "\u9fff":
            # read up to the window's edge: the name's start is out of sight, unless the
            # state's name opens it inside the window (a signature line run together)
            for t in range(1, i + 1):
                if spans[t][2] == "中华人民共和国":
                    return (spans[t][0], True)
            return None
        while start > 1 and text[start - 1] in "—－" and (
            self.place_mask[start - 2] or text.endswith("中国", 0, start - 1)
        ):
            # 中国—|东盟商务理事会, 希腊—|中国企业联合会: two parties joined by a dash name
            # the body together
            start -= 1
            if not self.place_mask[start - 1]:
                start -= 2  # 中国, which the places leave out as the home country
            while start > 0 and self.place_mask[start - 1]:
                start -= 1
            proper = True
        if start < s and text[start].isascii() and text[start].isalnum():
            # miit.gov.|cn国家标准化管理委员会, 汇总表.docx|山东省…: the end of an address
            # or a file name, not part of the name
            r = start
            while r > 0 and text[r - 1].isascii() and text[r - 1].isalnum():
                r -= 1
            if text[r - 1 : r] in (".", "@"):
                while start < s and text[start].isascii() and text[start].isalnum():
                    start += 1
        return (start, proper)

    def _proper_before(self, span: tuple[int, int, str, str]) -> bool:
        """The word before a set phrase may stand in a name (中国|运载火箭, 中国科学院西北|
        生态环境): a noun or a name, not a verb, an adverb or a comma."""
        return span[3] in NAME_TAGS and span[2] not in LEFT_STOPS

    def _groups(self, known_name_starts: set[int]) -> list[tuple[int, int]]:
        """Leading groups and headquarters named after their task, opened by a place or a
        known body (湖北省新冠肺炎疫情防控工作指挥部, 中央区域协调发展领导小组,
        国务院联防联控机制武汉联络组): the task holds verbs, which end the tagger-based
        read, so the name is read back to the first place or body after a stop."""
        text = self.text
        out: list[tuple[int, int]] = []
        for m in GROUP_RE.finditer(text):
            s = m.start()
            if self.in_doc is not None and self.in_doc[s]:
                continue
            lo = max(0, s - GROUP_WINDOW)
            stop = None
            for stop in GROUP_STOP_RE.finditer(text, lo, s):
                lo = stop.end()
            if stop is not None and stop.group() == "赴":
                continue  # 中国政府赴|乌兹别克斯坦联合工作组: a group sent there, not the country's
            anchor = next(
                (
                    p
                    for p in range(lo, s - 1)
                    if (self.place_mask[p] and (p == 0 or not self.place_mask[p - 1]))
                    or p in known_name_starts
                    or text.startswith(GROUP_OPENERS, p)
                ),
                None,
            )
            if anchor is None or self.person_mask.find(1, anchor, s) != -1:
                continue
            end = m.end()
            if text.startswith("办公室", end):
                end += 3  # the group's office (领导小组办公室) is the body that acts
            out.append((anchor, end))
        return out

    def _bracketed_companies(self) -> list[tuple[int, int]]:
        """Registered companies whose names hold a bracketed place or 集团 (博奥赛斯（天津）
        生物科技有限公司, 太原钢铁（集团）有限公司), and centres named with a bracketed
        place (华为（济南）人工智能创新中心): the brand before the bracket is read back over
        the tagger's name words (由|博奥赛斯), the rest runs to the suffix."""
        text = self.text
        out: list[tuple[int, int]] = []
        for m in BRACKETED_COMPANY_RE.finditer(text):
            a, b = m.span("inner")
            inner_is_place = self.place_mask[a:b].count(1) == b - a
            if not (inner_is_place or (m.group("inner") in BRACKET_WORDS and not m.group("centre"))):
                continue  # a centre or an institute only with a place: 华为（济南）人工智能创新中心
            lo = m.start()
            while lo > max(0, m.start() - 12) and "\u4e00" <= text[lo - 1] <= "\u9fff":
                lo -= 1
            brand: list[tuple[str, str]] = []
            pairs = tag(text[lo : m.start()])
            for k in range(len(pairs) - 1, -1, -1):
                word, ptag = pairs[k]
                if word in LEFT_STOPS or word in SETUP_VERBS:
                    break  # 赛迪研究院设立|赛迪（青岛）区块链研究院: the body that sets it up
                if ptag == "v" and brand and (brand[-1][1] in PROPER_TAGS or brand[-1][1] == "nt"):
                    break  # 负责|华为（济南）…: a verb before a proper name governs it
                if ptag not in NAME_TAGS and ptag != "v" and not (ptag == "x" and "\u4e00" <= word[0] <= "\u9fff"):
                    # a word the tagger misreads as the run's first one is the brand's
                    # (同|方知网, 恒逸|实业, 中|机智能装备…), a function word is not (由|博奥赛斯)
                    # (a bound verb morpheme of two characters is no verb: 恒逸/vg)
                    if k == 0 and word[0] not in FUNCTION_CHARS and not (ptag[:1] == "v" and ptag != "vg" and len(word) > 1):
                        brand.append((word, ptag))
                    break
                brand.append((word, ptag))
            while brand and brand[-1][1] == "v":
                brand.pop()  # 负责|华为: the verb that governs the name opens none
            start = m.start() - sum(len(word) for word, _ in brand)
            if m.start() - start >= 2:
                out.append((start, m.end()))
        return out

    def _company_lists(self) -> list[tuple[int, int]]:
        """Brands listed before 等企业: every item when most of them read as companies (a
        one-word name, or a name ending in an industry word), none when they are trades
        (电商、邮政、快递等企业) or kinds of firm (规上、小型、在孵等企业)."""
        text = self.text
        out: list[tuple[int, int]] = []
        for tail in COMPANY_LIST_END_RE.finditer(text):
            lo = max(0, tail.start() - 160)
            m = COMPANY_LIST_RE.search(text, lo, tail.start())
            if m is None:
                continue
            items: list[tuple[int, int]] = []
            pos = m.start()
            for part in m.group().split("、"):
                items.append((pos, pos + len(part)))
                pos += len(part) + 1
            # the first item: after the verb that opens it (参观了|莱克电气)
            s0, e0 = items[0]
            start = s0
            at = s0
            for word, ptag in tag(text[s0:e0]):
                at += len(word)
                if ptag in LIST_LEAD_TAGS and at < e0:
                    start = at
            items[0] = (start, e0)
            brands = 0
            for s, e in items:
                pairs = tag(text[s:e])
                if not 2 <= e - s <= 8 or not pairs:
                    continue
                if len(pairs) == 1 and pairs[0][1] in BRAND_TAGS:
                    brands += 1
                elif len(pairs) > 1 and pairs[-1][0] in INDUSTRY_WORDS and pairs[0][1][:1] not in "pcdrufm":
                    brands += 1  # 迈胜(v)医疗, 推想(v)科技: a brand the tagger reads as a verb
            if brands * 2 >= len(items) and all(
                2 <= e - s <= 8 and self.place_mask.find(0, s, e) != -1 for s, e in items
            ):
                out += items
        return out

    def _in_compound(self, pos: int, limit: int) -> bool:
        """`pos` lies inside a department name with 和 (AND_COMPOUNDS) that ends by `limit`."""
        if self.text.find("和", max(0, pos - 8), limit) == -1:
            return False  # every such name holds 和 (cheap test first: this runs at each stop)
        return any(i <= pos < j <= limit for i, j in self.compound_spans)

    def _particular(self, s: int, e: int, proper: bool) -> bool:
        name = self.text[s:e]
        if name.endswith("实验室") and GENERIC_LAB_RE.fullmatch(name):
            return False  # 建设国家重点实验室: a kind of lab, no one lab
        if name.endswith("中心") and NATIONAL_KIND_CENTRE_RE.fullmatch(name):
            return False
        if (
            name.startswith(GENERIC_OPENERS)
            and self.place_mask.find(1, s, e) == -1
            and not (name.startswith("全国") and name.endswith(NATIONAL_COMMITTEE_ENDS))
        ):
            return False
        if self.place_mask.find(1, s, e) != -1:
            return True
        if self.lex.proper_word_re.search(name):
            return True
        if name.startswith("国际") and name.endswith(FEDERATION_SUFFIXES) and len(name) >= 6:
            return True
        return proper

    def run(self) -> list[dict[str, Any]]:
        text = self.text
        lex = self.lex
        found: list[tuple[int, int]] = []
        known_mask = bytearray(len(text))
        known_starts: dict[int, int] = {}  # end of a known name → its start
        known_names, opener_starts, self.compound_spans = lex.scan(text)
        for known_start, known_end in known_names:
            name = text[known_start:known_end]
            if self.in_doc is not None and self.in_doc[known_start]:
                continue  # 《中国共产党巡视工作条例》: the body is part of the document's name
            if text.startswith(("门", "署"), known_end):
                continue  # 民政部门 is any civil-affairs department, not 民政部
            if text.startswith("院", known_end) and name.endswith(("法", "检")):
                continue  # 美国最高法院: the suffix reading takes the whole name
            if name in KNOWN_GUARDED and self._known_in_other_word(known_start, known_end):
                continue  # 南京东路, 放松下来, 淘宝村, 集中办理: the name's characters in other words
            if self.person_mask.find(1, known_start, known_end) != -1:
                continue  # 傅政华|为: a person's name holds the characters
            if DELEGATION_AFTER_RE.match(text, known_end):
                continue  # 解放军和武警部队代表团: a delegation to a session, named after them
            if text[known_start - 1 : known_start] == "届" and SESSION_AFTER_RE.match(text, known_end):
                continue  # 十三届|全国人大|三次会议: a session, named after the body
            if text.startswith(TITLE_OR_LAW_AFTER, known_end) and name.endswith(("部", "院")):
                continue  # 总统兼外交部|长: a minister's title; 国务院|组织法: a law
            start = known_start
            if text.endswith("中华人民共和国", 0, start):
                start -= 7  # 中华人民共和国住房和城乡建设部: the full name as signed
            if start > 0 and self.place_mask[start - 1]:
                country = next((c for c in self.lex.countries if text.endswith(c, 0, start)), None)
                if country is not None and not name.endswith(INTERNATIONAL_ENDINGS):
                    start -= len(country)  # 泰国|民航局, 俄罗斯|国防部: another country's body
                elif name in LOCAL_BODIES:
                    while start > 0 and self.place_mask[start - 1]:
                        start -= 1  # 广东省|工商联, 山西曲沃县|工商联: the place's own body
            end = self._own_body_end(name, known_end)
            if found and found[-1][1] == start and text.endswith("党", 0, start) and name.startswith("中央"):
                # 老挝人民革命党|中央对外联络部: the party's own central body, one name
                start = found.pop()[0]
            found.append((start, end))
            known_starts[end] = start
            known_mask[known_start : known_end] = b"\x01" * (known_end - known_start)
        if "国家" in text:
            found += self._national_centres()
        found += (m.span() for m in STATE_BUILDER_RE.finditer(text))
        if "主席团" in text or "秘书处" in text or "新闻中心" in text:
            found += (m.span() for m in SESSION_BODY_RE.finditer(text))
        known_ends = {start: end for end, start in known_starts.items()}
        known_name_starts = set(known_ends)
        if "等" in text:
            found += self._company_lists()
        if "）" in text or ")" in text:
            found += self._bracketed_companies()
        if "组" in text or "指挥部" in text:
            found += self._groups(known_name_starts)
        last_end = -1
        last_index = -1
        for m in lex.suffix_matches(text, opener_starts):
            s, e = m.span()
            matched = m.group()  # the suffix, tested below against many lists
            if self.in_doc is not None and self.in_doc[s]:
                continue
            if known_mask.find(1, s, e) != -1:
                continue  # 最高人民法院 is known whole
            if matched == "党委" and (
                text.endswith(COMPANY_ENDS, 0, s)
                or (
                    last_end == s
                    and text.endswith(INSTITUTION_ENDS, 0, s)
                    and text.startswith(("书记", "副书记"), e)
                )
            ):
                # 广西柳工集团有限公司|党委书记, 中日友好医院|党委书记: the company, the
                # hospital or the university is the body named (淄博市公安局党委 stays whole)
                continue
            if text.startswith(("小区", "家属院", "家属区"), e):
                continue  # 科学院小区: a housing estate named after the institute
            if text.endswith(("所在", "所在地"), 0, s):
                continue  # 赵伟所在公司, 所在地人民政府: whoever's it is, no one body
            if matched == "政府" and text.endswith("党和", 0, s):
                continue  # 中国党和政府: the Party and the government, no one body
            if matched == "政府" and text[s - 1 : s] in ("局", "部", "厅", "委", "办", "会"):
                continue  # 警务保障局|政府采购工作处, 大会|报告政府工作: another body's, no government
            if matched == "海关" and self.place_mask[s]:
                continue  # 上海关区: 上海 and 关区, no customs office
            if text.startswith("系统", e) and matched in ("法院", "检察院", "人民法院", "人民检察院"):
                continue  # 黑龙江省法院系统: the courts of a province, no one court
            res = self._left_start(s, e, 0)
            if res is None:
                continue
            start, proper = res
            if matched in COUNTRY_KIND_SUFFIXES and text[start:s] in lex.country_set:
                continue  # 美国法院, 到中国法院解决, 美国公司: a country's courts or firms, no one
                # (美国哥伦比亚大学, 中土尼日利亚公司 are named)
            if text.endswith("习近平新", 0, start):
                # 教育部|习近平新|时代中国特色社会主义思想研究中心: the doctrine names the
                # centre (the leader's name stopped the reading); whose it is comes before it
                if not text.startswith("时代中国特色社会主义思想研究", start):
                    continue  # 用…思想教育引导政协委员: the doctrine as a means, no body
                start -= 4
                proper = True
                while start > 0 and self.place_mask[start - 1]:
                    start -= 1  # 北京市|习近平新时代…研究中心
            if start > 2 and text[start - 1] in "·•" and not self.place_mask[start]:
                # 英国泰勒·|弗朗西斯出版集团: a dotted name runs back over the dot to the
                # tagger's name words before it (修复|阿米尔·图拉经学院; not 汕头大学·|香港…)
                k = start - 1
                for word, ptag in reversed(tag(text[max(0, k - 8) : k])):
                    if not (ptag[:2] in ("nr", "x") and word.isalpha() and k - len(word) >= start - 6):
                        break
                    k -= len(word)
                if k < start - 1:
                    start = k
                    proper = True
                    while start > 0 and self.place_mask[start - 1]:
                        start -= 1  # 英国|泰勒·弗朗西斯出版集团: the country that opens it
            while 0 < start < s and self.place_mask[start] and self.place_mask[start - 1]:
                start -= 1  # 融科三万英尺|小区物业服务中心: the places start the name
            lead_end = min(start + 4, s - 1)
            if LEADING_FUNCTION_RE.search(text, start, lead_end):  # (most names hold none)
                for i in range(start, lead_end):
                    if text[i] in LEADING_FUNCTION_CHARS and self.place_mask[i + 1] and not self.place_mask[i]:
                        start = i + 1  # 原|云南公安边防总队, 经|梅溪镇政府, 县域内|安吉农商银行
                        break
            of_known = (
                start in known_starts
                and start < s
                and not any(w in text[start:s] for w in NOT_IN_SUB_BODIES)
            )
            if of_known:
                start = known_starts[start]  # 全国人大|宪法和法律委员会: one body of another
            elif matched in DIRECT_SUB_BODIES and s in known_starts:
                start, of_known = known_starts[s], True  # 工业和信息化部|办公厅
            elif start in known_ends and matched in SHORT_COMMISSIONS:
                continue  # 直辖市及新疆生产建设兵团|发展改革委: each region's commission; the
                # known body is named alone, as the known names record it
            elif start in known_ends and known_ends[start] < s and matched not in OWN_BODY_SUFFIXES:
                # 欧洲议会|环境委员会 read whole from the suffix: one body of another
                body = text[known_ends[start] : e]
                if any(c in body for c in COMPANY_SUFFIXES):
                    start = known_ends[start]  # 国药集团|国药控股股份有限公司党委: its own body
                else:  # (教育部|直属师范大学, 教育部|重点实验室 are read as before: a kind)
                    of_known = not any(w in body for w in NOT_IN_SUB_BODIES) and not RANKED_BODY_RE.fullmatch(body)
            if start > 1 and text[start - 1] in COUNT_MEASURES and text[start - 2] in NUMERALS:
                continue  # 设立7家|卓尔应急医院: a count of a kind, no one organization
            if text[start] == "家" and start < s and text[start - 1 : start] in NUMERALS:
                continue  # 7|家卓尔(nr)|应急医院: the measure word read into the name
            if text.endswith(KIND_COUNTS, 0, start) or text.startswith(RANK_OPENERS, start):
                continue  # 建设一批|省一流网络安全学院: bodies of a kind, no one organization
            if matched.endswith(COMPANY_ENDS):
                role_end = max((r.end() for r in TRADE_ROLE_RE.finditer(text, start, s)), default=0)
                if start < role_end < s:
                    start = role_end  # 国内独家供应商|湖北三环公司: the name after the role
            if matched == "办公室" and text.endswith("公司", 0, s) and text.startswith("主任", e):
                e = s  # 宜都兴发化工有限公司|办公室主任: the company, and the title of its office
            if matched.endswith("中心") and text.startswith("校", e) and not text.startswith("校长", e):
                e += 1  # 同江镇中心校|教师: a township's central school (职教中心|校长 is a title)
            if MANY_PLACES_RE.search(text, start, e):
                continue  # 浙江、四川两地体育局: the bodies of several places, no one name
            if start >= s and e - s <= 2 and not proper:
                # a bare suffix (法院, 局) is no name
                continue
            if (
                last_index >= 0
                and start <= last_end <= s
                and TOP_LEVEL_RE.match(text, last_end)
                and text.endswith(GOVERNMENT_ENDS, 0, last_end)
                and text.endswith(GOVERNMENT_ENDS, 0, e)
            ):
                start = last_end  # 山东省工业和信息化厅|山东省教育厅: signatures run together
            elif last_index >= 0 and start <= last_end <= s and not (
                start == last_end and start in known_name_starts
            ):  # (交通运输部办公厅|财政部办公厅: a known name starts another body)
                # 岳阳楼公安分局 + 奇家岭派出所: the name read on over the previous one
                prev_s, _ = found[last_index]
                found[last_index] = (min(start, prev_s), e)
                last_end = e
                continue
            if matched in GROUP_SUFFIXES:
                proper = False  # 平安建设领导小组: the tagger's proper names are no evidence here
            if not of_known and not self._particular(start, e, proper):
                continue
            found.append((start, e))
            last_index = len(found) - 1
            last_end = e
        if "、" in text:
            found += self._list_siblings(found)
        if self.people_starts:
            found += self._visited(found)
        return self._records(self._short_names(found))

    def _visited(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The place a leader visits, named whole in the clause that opens the paragraph or
        the sentence: 在闽都创新实验室，李强了解…; 在福州高意集团，李强听取… (the
        tagger splits such names: 闽|都(d), 高意(d)). The clause must be 在 and the
        name alone, the name must end in a suffix, and a person and a verb follow."""
        text = self.text
        taken = bytearray(len(text))
        for s, e in found:
            taken[s:e] = b"\x01" * (e - s)
        out: list[tuple[int, int]] = []
        for p in self.people_starts:
            if text[p - 1 : p] != "，":
                continue
            m = VISITED_CLAUSE_RE.search(text, max(0, p - 24), p)
            if m is None or not VISIT_VERB_RE.match(text, self.people_ends[p]):
                continue
            a, b = m.span(1)
            suffix = self.lex.suffix_re.search(text, max(a, b - 6), b)
            while suffix is not None and suffix.end() != b:
                suffix = self.lex.suffix_re.search(text, suffix.start() + 1, b)
            if suffix is None or suffix.start() - a < 2 or taken.find(1, a, b) != -1:
                continue
            out.append((a, b))
        return out

    def _list_siblings(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The other items of a list in which a found name ends its item, when they end like
        a body (SIBLING_ENDS): 中国地球物理学会、|中国灾害防御协会|等 (防御 is a verb),
        中国科学技术大学、|南方科技大学|、北京大学 (南方 a direction), where the reading from
        the suffix stopped early. Kinds (重点实验室、研发中心) have no named item to vouch."""
        text = self.text
        taken = bytearray(len(text))
        for s, e in found:
            taken[s:e] = b"\x01" * (e - s)
        out: list[tuple[int, int]] = []
        for s, e in found:
            if not (text[s - 1 : s] == "、" or text[e : e + 1] == "、"):
                continue
            if text[e : e + 1] not in ITEM_CLOSE:
                continue  # the name does not end its item (山东大学|学报、)
            for a, b in self._items_around(s, e):
                item = text[a:b]
                committee = item.endswith("委员会")
                if committee and (text[a - 1 : a] != "、" or item.count("委员会") > 1):
                    continue  # where the first item of a list of committees starts is unclear
                noise = COMMITTEE_NOISE_RE if committee else ITEM_NOISE_RE
                if (
                    (4 if not item.endswith(SHORT_SIBLING_ENDS) else 3) <= b - a <= 16
                    and item.endswith(SIBLING_ENDS)
                    and taken.find(1, a, b) == -1
                    and not item.startswith(GENERIC_OPENERS)
                    and not noise.search(item)
                    and text[a - 1 : a] not in ("（", "和")  # 市工业和|信息化局: the list split a name
                    and "“" not in item
                    and text[b : b + 1] != "）"  # 中国人寿保险（|集团）公司: a bracket splits a name
                ):
                    out.append((a, b))
                    taken[a:b] = b"\x01" * (b - a)
        return out

    def _items_around(self, s: int, e: int) -> list[tuple[int, int]]:
        """The items of the 、-list whose item [s, e) is one: those before, back to the
        list's opening word (a verb or preposition: 加强与|…, 依托|…), and those after."""
        text = self.text
        items: list[tuple[int, int]] = []
        b = s - 1
        while b > 0 and text[b] == "、":
            lo = max(0, b - 17)
            m = ITEM_BACK_RE.search(text, lo, b)
            if m is None and lo > 0:
                break
            a = m.start() + 1 if m is not None else 0
            if text[a - 1 : a] != "、":
                # the list's first item: after the last verb, preposition or conjunction
                at = a
                for word, ptag in tag(text[a:b]):
                    at += len(word)
                    if ptag in LIST_LEAD_TAGS and at < b:
                        a = at
            items.append((a, b))
            b = a - 1
        a = e
        while text[a : a + 1] == "、":
            m = ITEM_END_RE.search(text, a + 1, min(len(text), a + 18))
            if m is None:
                break
            items.append((a + 1, m.start()))
            a = m.start()
        return items

    def _short_names(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`found`, and a company named again by its short name: the one the text defines
        (太原钢铁（集团）有限公司（以下简称“太钢”）), or its registered name without the
        place and the suffix (山东瑞尚机械有限公司 … 瑞尚机械)."""
        text = self.text
        shorts: set[str] = set()
        for s, e in found:
            defined = SHORT_NAME_RE.match(text, e)
            if defined is not None and defined.group(1)[0] not in NUMERALS:
                shorts.add(defined.group(1))  # (not 三个创新中心, three bodies named as one)
            if text.endswith(COMPANY_SUFFIXES, s, e):
                suffix = next(x for x in COMPANY_SUFFIXES if text.endswith(x, s, e))
                core_start = s
                while core_start < e and self.place_mask[core_start]:
                    core_start += 1
                core = text[core_start : e - len(suffix)]
                if len(core) >= 4 and all("\u4e00" <= c <= "\u9fff" for c in core):
                    shorts.add(core)
        if not shorts:
            return found
        out = list(found)
        for short in shorts:
            k = text.find(short)
            while k != -1:
                end = k + len(short)
                overlapping = [i for i, (s, e) in enumerate(out) if s < end and k < e]
                if not overlapping:
                    if not (k > 0 and (self.place_mask[k - 1] or text[k - 1].isascii() and text[k - 1].isalnum())):
                        # (not 深圳|华侨城欢乐港湾: a place's other name); the whole name where
                        # the suffix follows (了解到|皋铁实业有限公司)
                        suffix = next((x for x in COMPANY_SUFFIXES if text.startswith(x, end)), "")
                        out.append((k, end + len(suffix)))
                else:
                    for i in overlapping:
                        s, e = out[i]
                        if k < s < end <= e:
                            # 浙江新再|灵科技股份有限公司: the short name shows where the
                            # name the suffix reading cut really starts
                            while k > 0 and self.place_mask[k - 1]:
                                k -= 1
                            out[i] = (k, e)
                k = text.find(short, end)
        return out

    def _below_next_place(self, s: int) -> int:
        """Where a name opening with two places starts when the first is a township or
        village inside the second (溪龙乡|安吉凤尚奕白茶业有限公司: the township of 安吉县
        where the company is, not part of its name)."""
        if not self.place_mask[s]:
            return s
        k = bisect_left(self.places, (s,))
        if k + 1 >= len(self.places) or self.places[k][0] != s:
            return s
        _, first_end, first = self.places[k]
        nxt_start, _, nxt = self.places[k + 1]
        if (
            nxt_start == first_end
            and first.startswith(nxt)
            and len(first) > len(nxt)
            and first.endswith(SUB_COUNTY_ENDS)  # not 石家庄|河北梆子剧团 (an opera's name)
        ):
            return nxt_start
        return s

    def _records(self, found: list[tuple[int, int]]) -> list[dict[str, Any]]:
        # The longest name at each start: 联合国儿童基金会 holds the known 联合国.
        found.sort(key=lambda span: (span[0], -span[1]))
        out: list[dict[str, Any]] = []
        last = -1
        for s, e in found:
            if s < last:
                continue  # inside a longer name already recorded
            p = bisect_right(self.starts, s) - 1
            base = self.starts[p]
            if e > base + len(self.paragraphs[p]):
                continue
            if (
                s > 0
                and self.text[s - 1] in SCOPE_CHARS
                and not self.place_mask[s - 1]
                and (s < 2 or self.text[s - 2] in BEFORE_SCOPE)
            ):
                s -= 1  # 省|国资委, 省|工商联: the province's own, as the text names it
            if self.place_mask[s]:
                s = self._below_next_place(s)
            name = self.text[s:e]
            if name.startswith("会议") and name.endswith("代表团") and len(name) > 5:
                s, name = s + 2, name[2:]  # 十三届全国人大三次会议|内蒙古代表团
            if name.endswith(MISSION_SUFFIXES + ("议会",)) and MISSION_NOISE_RE.search(name):
                continue
            if self.text.startswith("网", e) and self.text[e + 1 : e + 2] not in WORDS_AFTER_NET:
                continue  # 中国政府|网, “中国政协|网”: a website named after the body
            out.append({"name": name, "paragraph": p, "start": s - base, "end": e - base})
            last = e
        return out


def find_organizations(ctx: ArticleContext) -> list[dict[str, Any]]:
    """Organization mentions of one article, in reading order: {"name", "paragraph",
    "start", "end"} with ``paragraphs[paragraph][start:end] == name``."""
    if not ctx.paragraphs:
        return []
    return _Finder(ctx).run()
