"""Numbers with units: find every checkable quantity in a text and normalize it.

Shared by the figure extractor (extract/metrics.py) and the claim checker, so that a
figure in a source and a figure in a claim are read by the same rules.

What counts as a quantity: a number (Arabic, Chinese, or both: ``1.2万``, ``十多``)
followed by a unit or measure word (元, %, 人, 个, 年, 天 …), a bare 万/亿 count
(``人口14亿``), a 成 fraction (三成 → 30 %), ``百分之三十``, or a rank (全省第一,
名列第一, 位居全国前三).

Normalization:

- ``value`` applies the scale (万, 亿, 万亿, 千) and keeps the base unit: 104147.31万元
  → 1041473100 元, 1256万人 → 12560000 人; percentages keep the percentage number
  (35%以上 → 35 %; 下降2.7% → 2.7: the direction is the subject's, not the value's);
  三成 → 30 %; ranks have unit ``rank``. Values are ints when whole, else floats.
- ``unit`` is the written unit with the scale taken off (万元 → 元, 万人次 → 人次),
  normalized where spellings differ (3个小时 → 小时, 0.5个百分点 → 百分点, 3000块钱 →
  元, 八千萬噸 → 吨; 个月 keeps its 个, since 3月 is a month); rates keep their divisor
  (5000元/吨). A bare 万/亿 count (人口14亿) has unit None. Fractions read as
  percentages (三分之一 → 33.3333 %, 近1/5 → 20 % approx); 零下40摄氏度 is -40.
- ``qualifier``: approx (近, 约, 左右, 大约, 将近, 接近, and vague pairs: 两三个),
  at_least (以上, 超过, 逾, 多, 余, 超, 至少, 上百, 十几), at_most (以下, 以内, 不到,
  不足, 低于, 不超过), else None.
- A range (3至5年, 20%-30%, 5～10万元) gives two quantities: the lower bound at_least
  (borrowing the upper's scale and unit when it has none) and the upper at_most.
- The span of a quantity is the figure as written with its adjacent qualifier words
  (近10万人, 35%以上, 30余个) and, for ranks, the scope and ranking verb (全省第一).

Not quantities (each rule is where it applies below): years and dates (2017年, 12月15日),
ordinals (第二天, 十三届三次会议, 二期, list markers), numerals in names and slogans
(十九届六中全会, 三高四新, “双十条”, 四个铁一般, 十四五, 七台河), the indefinite 一
(一个电话, 一批), vague amounts (数十, 几百), rate bases (每万人, 十万人发案数), periods
(近两年, 三年来) and times of day (8时30分).

Speed: one compiled pattern per kind, each starting with a character class so that the
regex engine skips the text in C; only candidates that already carry a unit reach the
Python checks. cn2an converts the Chinese numeral spans found here (cached); its
whole-sentence transform is never used.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from math import prod
from typing import NamedTuple

import cn2an

# --- vocabulary ---------------------------------------------------------------------------

CN_DIGITS = "零〇一二两三四五六七八九"
# Traditional characters too (兩, 萬, 億): the early government work reports use them.
CN_NUMERAL_CHARS = CN_DIGITS + "十百千万亿兩萬億"
_TRADITIONAL = str.maketrans("兩萬億點", "两万亿点")
_CN_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_DIGIT_VALUE.update({"零": 0, "两": 2, "兩": 2})
_ARABIC = frozenset("0123456789０１２３４５６７８９")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")

SCALES: dict[str, int] = {
    "万亿": 10**12,
    "萬億": 10**12,
    "亿": 10**8,
    "億": 10**8,
    "万": 10**4,
    "萬": 10**4,
    "千": 10**3,
}
_SCALE = "万亿|萬億|[亿万億萬]|千(?!米|瓦|伏|克)"  # 15千米 is 15 km, not 15,000 米

# Written unit → normalized unit.
MONEY_UNITS = {
    "元人民币": "元",
    "人民币": "元",  # 500万人民币 (not 500万人 and 民币)
    "块钱": "元",
    "毛钱": "毛",  # 三四毛钱 (tenths of a yuan; the unit as written)
    "元": "元",
    "美元": "美元",
    "欧元": "欧元",
    "英镑": "英镑",
    "日元": "日元",
    "港元": "港元",
    "港币": "港元",
    "澳门元": "澳门元",
    "韩元": "韩元",
    "卢布": "卢布",
    "埃镑": "埃镑",
    "泰铢": "泰铢",
    "雷亚尔": "雷亚尔",
    "兰特": "兰特",
}
PERCENT_UNITS = {"%": "%", "％": "%", "个百分点": "百分点", "百分点": "百分点", "‰": "‰", "成": "%"}
# What makes a travel time a zone's name (1小时|生活圈, 3小时|高铁圈, 1小时|经济圈)
TIME_CIRCLE_RE = re.compile("(?![后前内以左])[\u4e00-\u9fff]{2}圈(?![定养出点地])")
DURATION_UNITS = {
    "个半小时": "小时",  # 两个半小时: 2.5 (HALF_UNITS)
    "个半月": "个月",
    "年半": "年",
    "天半": "天",  # 4天半 (but not 一天半夜, 每天半小时: see HALF_UNITS)
    "个多小时": "小时",
    "个多月": "个月",
    "个工作日": "工作日",
    "工作日": "工作日",
    "个小时": "小时",
    "小时": "小时",
    "个月": "个月",
    "分钟": "分钟",
    "周岁": "岁",
    "岁": "岁",
    "年": "年",
    "天": "天",
    "日": "日",
    "周": "周",
    "秒": "秒",
}
MEASURE_UNITS = {
    u: u
    for u in (
        "平方公里 平方千米 平方米 立方米 公顷 公里 千米 千瓦时 千瓦 千克 公斤 亩 吨 米 斤 "
        "人次 户次 架次 车次 件次 台次 门次 部门 人 名 位 户 家 个 件 项 条 笔 支 起 宗 例 次 场 "
        "所 座 台 辆 艘 架 部 套 处 份 本 册 篇 种 类 只 头 匹 株 棵 张 间 栋 幢 层 批 轮 "
        "期 课时 学时 倍 分 集 版 列 趟 口 块 颗 摄氏度 ℃ 标箱 毫米 厘米 枚 金牌 银牌 铜牌 金 银 铜 朵 道 代 款 "
        "辆次 列次 艘次 证次 张次 微克/立方米 毫升 根 晚 字 场次 幅 段 个点 兆瓦 兆瓦时 吉瓦 吉瓦时 千伏 千伏安 扇 碗 杯 门 副 省市 省区 省区市 省份 EFlops PFlops TFlops EFLOPS PFLOPS TFLOPS EB PB TB GB MB Gbps Mbps Kbps km/h km2 km² km Mt/a Mt 像素 "
        # oil in barrels, shipbuilding in deadweight tonnes, electricity in 度 (kWh),
        # orders, pairs (of shoes; of trains a day: 动车组列车6对), server racks, and the
        # older reports' 公尺, 公方 and 担
        "桶 载重吨 度 单 双 对 标准机架 公尺 平方公尺 立方公尺 公方 担 "
        # the units of technical specifications (信噪比达到70dB, 连续工作时间大于240h,
        # 能效比超过1TOPS/w, 成形效率大于450cm3/h, 300毫秒)
        "dB dBm Pa hPa kPa MPa h ms pT μT nT mW W kW V kV Hz kHz MHz GHz nm μm mm cm TOPS TOPS/w TOPS/W TFLOPS/w "
        "TFLOPS/W cm3/h 毫秒 微秒 纳秒 纳米 微米 分贝 赫兹 "
        # a law's or a book's chapters (《条例》共7章53条)
        "章"
    ).split()
}
# Traditional spellings of common units, normalized to the simplified ones.
TRADITIONAL_UNITS = {
    "個": "个",
    "項": "项",
    "條": "条",
    "噸": "吨",
    "畝": "亩",
    "戶": "户",
    "輛": "辆",
    "臺": "台",
    "個月": "个月",
    "小時": "小时",
    "分鐘": "分钟",
    "公頃": "公顷",
    "個百分點": "百分点",
    "百分點": "百分点",
}
UNIT_NORMAL: dict[str, str] = {
    "人口": "人",  # 8300万人口
    "口人": "人",  # 六口人 (a household)
    "农户": "户",  # 一亿二千万农户
    "个人": "人",  # 两个人
    "个基点": "个基点",  # 下降约25个基点 (basis points)
    "基点": "个基点",
    **MONEY_UNITS,
    **PERCENT_UNITS,
    **DURATION_UNITS,
    **MEASURE_UNITS,
    **TRADITIONAL_UNITS,
}
CURRENCIES = frozenset(MONEY_UNITS.values())
DURATIONS = frozenset(DURATION_UNITS.values()) - {"岁"}
# Units that make an ordinal or an idiom of a Chinese numeral before them: 二期, 三层
# (a floor), 九头牛, 十分 ("very"), 老两口. After Arabic digits they count.
_CN_ONLY_ORDINAL_UNITS = frozenset({"期", "头", "分", "层", "口", "字"})
# A count of people written without a measure word: the number, then (within a few
# characters of description) a noun for people.
_PEOPLE_HEADS = (
    "人民", "人口", "群众", "农民工", "农民", "学生", "居民", "市民", "同胞", "乡亲", "纳税人",
    "毕业生", "患者", "职工", "劳动力", "人员", "青年", "儿童", "网民", "网友", "游客", "观众",
    "民众", "工人", "教师", "医生", "护士", "志愿者", "党员", "干部", "老人", "中国人",
)
_PEOPLE_AFTER_RE = re.compile("[\u4e00-\u9fff]{0,6}?(?:" + "|".join(_PEOPLE_HEADS) + ")")


# What makes 期 after a Chinese numeral a count of phases or sessions (分三期举办, 共两期,
# 连续实施三期…计划, 推出两期节目), not the ordinal of a project (机场三期, 一期工程).
_PHASES_COUNTED_AFTER = ("分", "共", "实施", "推出", "举办", "开展", "举行")


def _counts_phases(text: str, start: int) -> bool:
    return text.endswith(_PHASES_COUNTED_AFTER, 0, start)


# The next character that turns a unit into another word: 成立, 元旦, 三轮车, 两部分,
# 三位数, 家庭. (日 and 周 are guarded in UNIT_RE itself.)
_UNIT_NOT_BEFORE: dict[str, frozenset[str]] = {
    "成": frozenset("立为功员本果效绩熟都交长品型套就全"),
    "分": frozenset("钟之别子析类成享配布担管局院厂"),
    "元": frozenset("旦宵素首帅老件器气年里桥路街"),
    "轮": frozenset("车驱流换值"),
    "部": frozenset("分署委长件落位制"),
    "位": frozenset("数于"),
    "所": frozenset("长在以属谓示列述"),  # 如图 12 所示, 附件1所列
    "名": frozenset("单义字称誉额列"),
    "家": frozenset("庭属长乡人"),
    "列": frozenset("车入出为举席明"),
    "口": frozenset("罩岸号径气味碑头子袋令语"),
    "版": frozenset("本权图块面"),
    "扇": frozenset("子形贝区"),
    "杯": frozenset("赛"),
    # 附2|对每个场景 (the preposition), 3对3 (a game's format), 对于, 对接, 对标 …
    "对": frozenset("于接话象比外照应抗标口称待冲撞立手岸面峙焦账调决齐开号付每此其该这那我他她它各0123456789"),
    "碗": frozenset("席"),
    "副": frozenset("市省县区镇乡主部局厅处科院所校总书长组队司团教研经理食作业产品词"),  # 4万副 (护目镜), not 3名副市长
    "门": frozenset("户口前外内槛面类诊店市派路禁窗票卫牌"),
    "道": frozenset("路理德歉贺别谢"),  # 科目三道路, not three roads
    "集": frozenset("团体中合聚市镇成群"),  # 超千亿集群: clusters, not episodes
    "台": frozenset("阶湾风"),  # 3万亿台阶 is a threshold, not 30000亿 machines
    "晚": frozenset("会上间饭餐报宴霞年期"),  # 三晚 nights, not 晚会, 晚上
    "根": frozenset("本源据基子治"),
    "字": frozenset("号样句母典体幕"),
    "单": frozenset("元位独项列人间身据车品"),  # 3单元 (a building's stairwell), not 3 orders
    "双": frozenset("方边向重层赢语"),
    "担": frozenset("任当保心负子忧纲"),
    "度": frozenset("假过日量身数"),
    "桶": frozenset("装"),
    "处": frozenset("理置罚"),  # 等候110处理: a verb, not 110 places
}
# Rates: 5000元/吨, 3.5万元/亩.
_PER = (
    "平方米",
    "千瓦时",
    "公斤",
    "千克",
    "小时",
    "公里",
    "吨",
    "人",
    "户",
    "亩",
    "月",
    "年",
    "天",
    "日",
    "次",
    "斤",
    "台",
    "辆",
    "件",
    "个",
    "MHz",  # -50dBm/MHz: a power density
)


def trie_regex(words: list[str]) -> str:
    """A regex alternation of `words` as a trie (个(?:月|百分点|…)?), so that the engine
    tests one branch per character instead of every word in turn. Longest match wins."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            if len(branches) == 1 and len(branches[0]) > 1:
                body = "(?:" + body + ")"
            return body + "?"
        return body

    top = [re.escape(ch) + emit(child) for ch, child in sorted(trie.items())]
    return "(?:" + "|".join(top) + ")"


# 日 is a unit only as a duration (30日内; 15日 is a date) and 周 not in 周年 (50周年 is
# an anniversary): guarded in the pattern, so that dates never become candidates.
UNIT_RE = (
    "(?:"
    # 两个人 is two people; 28个|人口较少民族, 10759个|人民法庭 count 个
    + "个人(?![所税信账贷收储存护卫民口工员物才事性格体化])|"
    + trie_regex([u for u in UNIT_NORMAL if u not in ("日", "周", "个人")])
    + "|日(?=内|以内|之内)|周(?![年末边围刊报]))"
)
# Groups of three after a full-width comma: full-width digits (２７，２０３，３１９，０００元)
# and, after one to three leading digits, ASCII ones (煤炭产量62，000万吨 in the 1981
# work report; a lead of four digits is a year: 2019，100家).
_ASCII_WIDE_GROUPS = r"(?:，[0-9]{3}(?![0-9０-９]))+"  # ASCII digits after a full-width comma
_GROUPS = r"(?:,[0-9]{3})*(?:，[０-９]{3}(?![０-９]))*"  # 1,000 and ２７，２０３
_DECIMALS = r"(?:[.．][0-9０-９]+)?"
_AR_NUM = rf"(?:[0-9]{{1,3}}{_ASCII_WIDE_GROUPS}|[0-9０-９]+{_GROUPS}){_DECIMALS}"
_CN = CN_NUMERAL_CHARS
# What may follow a number: a 多/余, a scale or the first character of a unit. Checked
# first, so that most numbers (12345, 2021年's 年 aside) fail at once.
_TAIL_FIRST = "".join(sorted(set("多余亿万千億萬") | {u[0] for u in UNIT_NORMAL}))
_TAIL = (
    rf"(?=[{_TAIL_FIRST}])"
    rf"(?P<mid>[多余])?(?P<scale>{_SCALE})?(?P<mid2>[多余])?"
    # 4万多亿元: more than 4 × 10^12 (the 亿 after 万多 multiplies on)
    r"(?P<scale2>(?<=[万萬][多余])[亿億])?"
    # The unit; else a bare 万/亿 count (人口14亿): the last character read is 万 or 亿.
    rf"(?:(?P<unit>{UNIT_RE})(?P<per>/{trie_regex(list(_PER))})?|(?<=[万亿萬億]))"
    r"(?P<post>以上|以下|以内|左右)?"
)
# Arabic and Chinese numbers have a pattern each: each starts with a character class,
# which the regex engine uses to skip the text in C. The lookbehind after the first
# character makes a match start where the number starts (not at 345 of 12345), and the
# atomic group keeps the engine from backtracking into the digits when no unit follows.
FIGURE_AR_RE = re.compile(
    r"(?P<num>[0-9０-９](?<![0-9０-９.．,第每A-Za-z_/·•@#][0-9０-９])"
    # 1 9 9 7 年 (old reports set digit by digit): no digit and space before
    r"(?<![0-9０-９][ ．.][0-9０-９])"
    # ２７，２０３，３１９，０００元 (the 1950s reports group full-width digits with ，): no
    # group of such a number starts a figure of its own
    r"(?<![０-９]，[０-９])"
    # nor one of ASCII digits after a lead of one to three (煤炭产量62，|000万吨)
    r"(?!(?:(?<=(?<![0-9])[0-9]，[0-9])|(?<=(?<![0-9])[0-9]{2}，[0-9])|(?<=(?<![0-9])[0-9]{3}，[0-9]))"
    r"[0-9]{2}(?![0-9]))"
    # A leading zero is a code's or a garbled year's (0402年起, 编号033): no count.
    r"(?!(?<=[0０])[0-9０-９])"
    # A year (2020年) is a date: not even a candidate.
    r"(?!(?<=1)9[0-9]{2}年|(?<=2)0[0-9]{2}年)"
    # (the first digit is read: the rest of the lead, its groups and decimals)
    rf"(?>(?:[0-9]{{0,2}}{_ASCII_WIDE_GROUPS}|[0-9０-９]*{_GROUPS}){_DECIMALS}))"
    # 10 个以上: a space between a number and its unit in text set from PDFs
    rf"(?: (?=[{_TAIL_FIRST}]))?" + _TAIL
)
# A Chinese numeral starts with a digit or 十, not inside an Arabic number (the 亿 of
# 2亿元) nor after an ordinal or vague word (第三, 数十, 双十条, 十三届三次), and not with
# a bare 百/千/万 (百姓, 千家万户; qualified ones, 上百家, are OTHER_RE's). A lone 一 is
# the indefinite article (一个电话, 一批), not a count: the last lookbehind rejects it.
_CN_FIRST = "零〇一二两三四五六七八九十兩"
FIGURE_CN_RE = re.compile(
    rf"(?P<num>[{_CN_FIRST}](?<![{_CN}几第每双单数若周初农星号届点點0-9０-９.．][{_CN_FIRST}])"
    # 二點五倍: a decimal point only with digits after it (三点 is a time, 一点 "a bit").
    rf"(?>[{_CN}几]*(?:[点點][{CN_DIGITS}]+)?))(?<!(?<![{_CN}几])一)" + _TAIL
)
# A lone 一 after a limiting word, or before 个多, is a count (人均耕地不足一亩, 一个多月;
# 超过一万元 is FIGURE_CN_RE's).
FIGURE_ONE_RE = re.compile(
    # the literal 一 first, so that the regex engine skips ahead to it
    # (the lookahead first: it names the duration that makes the lone 一 a count, `more`)
    # (not 一年比一年多: a comparison)
    "(?P<num>一)(?<!比一)(?:(?=(?P<more>个[多半](?:月|小时)|[年天][半多]|(?:个月|周|年|天)以上))"
    # 一个月不到, 一年不到: a length of time the text measures
    "|(?P<measured>(?=(?:个月|周|年|天|个小时|小时)不到|(?:个月|周|年|天)时间))"
    "|(?<=不足一)|(?<=不到一)|(?<=超过一)"
    # 摘得一金两银, 两金一银: a medal after a verb of winning or in a medal count
    "|(?<=[夺获摘揽得斩收金银铜]一)(?=[金银铜](?![属融额色钱山]))"
    # 历时一年, 顺延了一个月, 歇业一周, 为期一天: a length of time after a verb of lasting
    # or a qualifier (not 这一年, 一年来, 一年级, 一天天; 近一个小时 is a period marker, as 近两年)
    "|(?P<lasting>(?:(?<=了一)|(?<=历时一)|(?<=歇业一)|(?<=已经一)|(?<=刚刚一)|(?<=徒刑一)"
    "|(?<=长达一)|(?<=整整一)|(?<=最多一)|(?<=仅一)|(?<=只有一)|(?<=为期一))"
    "(?=(?:年|周|个月|个小时|小时)(?![来级度里又一四到]))"
    # a day only after a word that measures it (为期一天; not 开始了一天的工作)
    "|(?:(?<=为期一)|(?<=长达一)|(?<=历时一)|(?<=整整一))(?=天(?![天来]))))" + _TAIL
)
# The rarer kinds share one pattern (one pass over the text), dispatched on the group
# that matched:
# - ranks: 第N / 前N at the end of a phrase (第一书记, 第二天 are ordinals); the scope
#   (全省) or ranking verb (名列) before it is checked in code;
# - 百分之三十;
# - 上万人, 逾千家, 近百家: a bare 百/千/万 counts only right after a qualifier.
OTHER_RE = re.compile(
    r"[第前百千万亿](?:"
    r"(?<=[第前])(?P<rnum>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:名|位)?"
    r"(?=[，。；、！？,;：:）)”’\s的和与及也还均并]|大(?!会|学|队|赛|型|类|战|门)|$)"  # 世界第三大…国: the rank, not 第三大队
    rf"|(?<=百)分之(?P<pnum>{_AR_NUM}|[{CN_NUMERAL_CHARS}]+(?:[点點][{CN_DIGITS}]+)?)(?P<ppost>以上|以下|左右)?"
    # (上百万人, 近千万人: 万 after 百 or 千; 超千亿元, 过万亿元, 突破千亿元: 亿 after 百,
    # 千 or 万)
    rf"|(?:(?<=[上近逾超约过][百千万亿])|(?<=突破[百千万亿]))(?P<bwan>(?<=[百千])万|(?<=[百千万])亿)?(?P<bunit>{UNIT_RE})(?P<bpost>以上|左右)?"
    rf"|(?<=[百千万])(?<![{CN_NUMERAL_CHARS}0-9０-９上近逾超约过数几第][百千万])[余多](?P<yunit>{UNIT_RE})"
    r")"
)
# Fractions, read as percentages (三分之一 → 33.33 %, 2/3 → 66.67 %): anchored on the
# literal 分之 or /, the numerator or denominator before it is read in code.
FRACTION_CN_RE = re.compile(rf"分之(?P<num>[{CN_NUMERAL_CHARS}]+)(?P<post>以上|以下|左右)?")
FRACTION_AR_RE = re.compile(
    r"/(?<=[0-9]/)(?P<den>[0-9]{1,3})(?![0-9/.．])(?P<post>以上|以下|左右)?"
)
_CN_BEFORE_FRACTION_RE = re.compile(rf"[{CN_NUMERAL_CHARS}]{{1,4}}$")
_AR_BEFORE_FRACTION_RE = re.compile(r"(?<![0-9./A-Za-z])[0-9]{1,3}$")

_RANK_SCOPES = (
    "全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全球", "全网", "全系统", "全行业",
    "全班", "全校", "省内", "市内", "区内", "县内", "世界", "国内",
)  # fmt: skip
_RANK_VERBS_BEFORE_SCOPE = (
    "名列", "位列", "位居", "排名", "排在", "稳居", "跃居", "居于", "提升至", "上升至", "升至", "跃升至", "下降至",
)  # fmt: skip
_RANK_VERBS = (*_RANK_VERBS_BEFORE_SCOPE, "排", "居", "列")
# Words opening with 大 after an ordinal that make no rank (第一大地测量队, 第二大道)
_NOT_RANK_NOUNS = ("大地", "大道", "大楼", "大院", "大厅", "大街", "大桥", "大典", "大堂", "大批")
# A place as the scope of a rank, right after a ranking verb (连续四年居|北京市|第一)
_RANK_PLACE_RE = re.compile(f"(?:{'|'.join(_RANK_VERBS)})([\u4e00-\u9fff]{{1,4}}[省市县区])$")

# 首位 as a rank (位居全国首位), read where a scope or a ranking verb stands before it.
FIRST_PLACE_RE = re.compile("首位(?=[，。；、！？,;：:）)”’\\s的和与及也还均并]|$)")

# What follows N年 when the years are the tenor in a rate's or a loan's name.
RATE_TERM_AFTER = ("期贷款", "期存款", "期国债", "期LPR", "期以上LPR", "期以上贷款")  # …贷款市场报价利率 too

QUAL_PREFIX = {
    "将近": "approx",
    "接近": "approx",
    "大约": "approx",
    "大概": "approx",
    "超过": "at_least",
    "多达": "at_least",
    "至少": "at_least",
    "高于": "at_least",
    "多于": "at_least",
    "不到": "at_most",
    "不足": "at_most",
    "低于": "at_most",
    "少于": "at_most",
    "近": "approx",
    "约": "approx",
    "超": "at_least",
    "逾": "at_least",
    "上": "at_least",  # only before a bare 百/千/万 (上百家)
    "过": "at_least",  # 过万 (only before a bare scale)
}
# The character before a one-character qualifier that makes it part of another word:
# 附近, 最近 (a period), 节约, 签约, 赶超.
_NOT_QUAL_BEFORE = {
    "近": frozenset("附最邻接将亲靠贴"),
    "约": frozenset("节制签公合预特邀违履契盟相隐婉大"),
    "超": frozenset("赶高"),
    "逾": frozenset(),
    "上": frozenset("以向马路线身之"),
    "过": frozenset("超经通不越"),
}
# 不 before a comparative turns it round (不少于5项 is at least 5).
NEGATED_QUALIFIERS = {
    "不超过": "at_most",
    "不少于": "at_least",
    "不低于": "at_least",
    "不小于": "at_least",
    "不多于": "at_most",
    "不高于": "at_most",
    "不大于": "at_most",
}
_QUAL_LAST_CHARS = frozenset(w[-1] for w in QUAL_PREFIX)
QUAL_SUFFIX = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "approx"}

# Numerals of names, slogans and idioms written without quotes; checked only around
# Chinese numerals. Quoted short phrases and 《titles》 are masked in general.
SLOGANS_RE = re.compile(
    r"(?=[两三四五六七八九十千万一])(?:"
    r"[两三四五六七八九十]+个(?:意识|自信|全面|维护|确立|代表|一百年|铁一般|务必|结合|明确|坚持|大局|积极性|政治文件|文明(?!古)|"
    r"毫不动摇|必由之路|绝不|没有变|“|‘)"
    r"|八项规定|三项制度|五位一体|两学一做|三严三实|两不愁三保障|一国两制|三大攻坚战|"
    r"四处|四周(?![内后时的以])|三番五次|千家万户|千村万户|千方百计|十年如一日|三令五申|五湖四海|"
    r"四面八方|三三两两|三五成群|千千万万|三张清单|八项行动|两件大事|五台(?=山|县)|(?<=[坐居登朝游])五台(?=[，。、；])|万无一失|千里之外|五棵松|五道口|七台河|五家渠|三元里|八段锦|四十条纲要|(?<=不够就)两.|"
    r"两个“|一百个|一千个|一百年(?=奋斗目标)|十年磨一[剑箭]|三轮车|两条腿|五项原则|(?<=北欧)两项|(?<=冬季)两项|(?<=铁人)三项|(?<=现代)五项|三道四|一千道一万|五花八门|十二道拐|"
    r"[二两三四五六]代(?=核电|半导体|移动|通信|网络|技术|产品|战机|机型|反应堆|压水堆)|四类案件|两高两部|"
    # 板凳要坐十年冷 (an idiom); 老三件, 新三样: a set of things named by its number
    r"十年冷|(?<=[新老])[三四五六七八][件样]|"
    # 统筹国内国际两个市场两种资源: the slogan of opening up, not a count
    r"(?<=国内国际|国际国内|国内国外)两个市场|(?<=国内外)两个市场|(?<=两个市场)两种资源|(?<=两个市场[、和])两种资源)"
)
_QUOTE_OPENERS_RE = re.compile(r"[“‘「『《\"〈]")
# A short quoted phrase without clause punctuation is a name or a slogan (“双十条”,
# “15分钟生活圈”); quoted speech (“完成率100%，交付及时率100%！”) keeps its figures.
# Titles (《…》, 〈…〉) are names whatever their length, and so is a longer quoted ranking,
# list or catalogue (“2020年第一季度全国招聘求职100个短缺职业排行”).
_QUOTED_RE = re.compile(
    r"[“‘「『《\"〈](?:(?<=“)[^“”\n，。！？；,!?;]{1,20}”|(?<=“)[^“”\n，。！？；,!?;]{21,40}(?:排行榜?|名单|目录)”|(?<=“)[^“”\"\n，。！？；,!?;]{1,20}\"|(?<=‘)[^‘’\n，。！？；,!?;]{1,20}’"
    r"|(?<=「)[^「」\n，。！？；,!?;]{1,20}」|(?<=『)[^『』\n，。！？；,!?;]{1,20}』"
    r"|(?<=《)[^《》\n]*》|(?<=\")[^\"\n，。！？；,!?;]{1,20}\"|(?<=〈)[^〈〉\n]*〉)"
)

RANGE_CONNECTORS = frozenset("至到—－~～〜-")
# What ends a plan named after its span (五年发展规划, 十年长远规划, 三年行动方案)
PLAN_NAME_TAILS = ("发展规划", "长远规划", "规划纲要", "行动方案", "工作计划", "发展计划", "攻坚行动")
_RANGE_LOW_RE = re.compile(
    rf"(?P<num>{_AR_NUM}|[{CN_NUMERAL_CHARS}]+)(?P<scale>{_SCALE})?(?P<unit>{UNIT_RE})?"
    r"(?P<conn>[至到—－~～〜-]|——)$"
)
_ORDINAL_BEFORE_RE = re.compile(r"第[0-9一二三四五六七八九十]+[至到—－~～〜-]$")
# What follows N层 when the floors name a part of a building (4—6层为宿舍).
FLOOR_LABEL_AFTER = ("为", "是", "除", "设有")
# An ordinal of 个 right before N年 (第一个五年, 第六个五年计划).
_NTH_BEFORE_RE = re.compile("第[一二三四五六七八九十]+个$")

# Characters before a number that make it an ordinal, a rate base or part of a code.
# (7×24小时: the second factor of a product, "around the clock", counts nothing alone)
_BAD_BEFORE = frozenset("第每_./·•@#&×") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)
# … and before a Chinese numeral: 双十条, 数十, 初三, 周三, 十三届三次会议.
_BAD_BEFORE_CN = frozenset("双单数几若周初农星号届")
_NOT_AFTER_YEAR = frozenset("度代级底初末中轻（(")
_MONTH_AFTER_RE = re.compile("[0-9０-９]{1,2}月")
_NOT_AFTER_DURATION = frozenset("来前间")
_PERIOD_BEFORE = frozenset("近这前")
# ... unless the duration itself is what changes (通行时间将从近2小时压缩至1小时左右)
DURATION_CHANGED_AFTER = ("压缩", "缩短", "缩减", "减少到", "减少至", "降至", "降到", "延长")
_NOT_AFTER_DUO = frozenset("次个种项家名样方部地头层重数")  # 1年多 but not 3年多次


# 十三届全国人大三次会议, 全国政协十三届三次会议, 十九届六中全会: a session's number.
_SESSION_AFTER_RE = re.compile(r"次(?:全体)?会议|中全会|次全会")
# An exhibition named after the years it spans (中国8000年龙文化精品文物展): the years
# name the show; the run of characters after them ends in the show's head noun
# (历时3年的书画展览 is a duration).
EXHIBITION_NAME_RE = re.compile(
    "(?:(?![的在和与])[\u4e00-\u9fff]){1,10}?(?:文物展|精品展|成就展|主题展|图片展|特展|大展|展览)(?![出示现会览馆厅区]|开(?![展幕]))"
)
# Characters that end a place's name after a numeral and 亩 or 里 (八亩墩, 十里铺, 三里屯).
PLACE_NAME_TAILS = frozenset("墩屯铺桥庄岭湾沟坡港店堡寨营坪")
ESTATE_NAME_RE = re.compile("[\u4e00-\u9fff]{0,4}(?:小区|花园|大厦|公寓|家园)")
# A body, then the name of one of its divisions right before the numeral of N处
# (not 东部…, 水利部统计范围的…, 迪亚拉省…: a region, a clause, a place)
_OFFICE_BEFORE_RE = re.compile("(?<![东西南北中内外全])[局部委院](?:(?![的省市县区州])[\u4e00-\u9fff]){2,8}$")
# A list of ordinals before a numeral, two items at least: 第1、2、|3项 (not 单项第一、|4个…)
# (one Arabic ordinal is enough: 第十二条第3、81项; 第一、 may end a clause, 获得第一、3人…)
_ORDINAL_LIST_BEFORE_RE = re.compile(
    "第(?:[0-9０-９一二三四五六七八九十]+(?:、[0-9０-９一二三四五六七八九十]+)+|[0-9０-９]+)、$"
)
_ROOM_NUMBER_RE = re.compile("[0-9０-９]+[号室]")
# A shop, a restaurant or a room named after 层的 is on that floor (9层的亚坤餐饮店); a
# building after it has that many floors (3层的红砖建筑).
_VENUE_ON_FLOOR_RE = re.compile("的[^，。；：！？\n]{0,8}?(?:店|餐厅|超市|展厅|冰场|会议室|办公室)")
_SESSION_BODIES = ("届", "人大", "政协", "常委会", "代表大会", "委员会", "纪委", "中央", "党委")


MEDALS = frozenset({"金", "银", "铜"})
MEDAL_VERBS = frozenset("夺获摘揽得斩收以")
RACE_UNITS = frozenset({"米", "公里", "千米"})
# What follows the distance in a race's name, and what precedes it.
RACE_AFTER = (
    "自由泳", "蛙泳", "仰泳", "蝶泳", "混合泳", "个人混合泳", "接力", "栏", "跑", "速滑",
    "竞走", "决赛", "半决赛", "预赛", "短道", "步枪", "手枪", "飞碟", "长跑", "跨栏",
)
RACE_BEFORE = ("男子", "女子", "混合", "×", "x", "X")


def _is_race_name(text: str, start: int, unit_end: int) -> bool:
    return text.startswith(RACE_AFTER, unit_end) or text.endswith(RACE_BEFORE, 0, start)


# A telescope named by its aperture (500米口径球面射电望远镜, FAST); 8.2米口径的甚大望远镜
# gives the aperture of one
APERTURE_NAME_RE = re.compile("口径(?!的)[\u4e00-\u9fff]{0,6}望远镜")
# A transmission line named by its voltage (陕北至安徽正负800千伏特高压直流输电工程, 美丽山
# ±800千伏特高压直流输电项目); 设计额定电压±800千伏 gives the voltage of one
LINE_RATING_BEFORE = ("正负", "±")
LINE_RATING_AFTER_RE = re.compile("[特超]?高压|直流|交流")


# A duration written in parts is one figure in its smallest unit: 1分40秒 (100 秒),
# 1小时56分 (116 分钟), 2天19小时 (67 小时), and race times with hundredths or
# thousandths, 47秒53 (47.53 s), 7分47秒26 (467.26 s), 1小时12分38秒9. Not a clock time
# (23时59分56秒: see _figure).
COMPOUND_DURATION_RE = re.compile(
    r"(?<![0-9.时点])(?=[0-9])"
    r"(?:(?P<day>[0-9]{1,3})天)?"
    r"(?:(?P<hour>[0-9]{1,3})个?小时)?"
    r"(?:(?P<min>[0-9]{1,3})分钟?)?"
    r"(?:(?P<sec>[0-9]{1,2})秒(?P<frac>[0-9]{1,3})?)?"
    r"(?![0-9])"
)
# The hour and minutes of a clock time right before its seconds (23时59分|56秒).
_CLOCK_BEFORE_SECONDS_RE = re.compile(r"[时点][0-9]{1,2}分$")
# A part between two digits (3天12小时, 5分30秒): the cheap test whether a text holds any of
# the above. One pattern per part: each starts with the part's literal, which the regex
# engine finds faster than a digit (a character class); the digit before it is a lookbehind.
_DURATION_PART_HINTS = tuple(
    re.compile(f"{part}(?<=[0-9]{part}){tail}[0-9]") for part, tail in (("秒", ""), ("分", "钟?"), ("小时", ""), ("天", ""))
)


def _has_duration_parts(text: str) -> bool:
    """A digit, a part (天, 小时, 分, 分钟, 秒) and a digit somewhere in `text`."""
    return any(hint.search(text) for hint in _DURATION_PART_HINTS)


_PART_SECONDS = {"day": 86400, "hour": 3600, "min": 60, "sec": 1}
_PART_UNITS = {"day": "天", "hour": "小时", "min": "分钟", "sec": "秒"}
_PART_LIMITS = {"hour": 24, "min": 60, "sec": 60}  # of the parts after the first


def _compound_duration(m: re.Match[str]) -> Quantity | None:
    parts = [(name, int(m.group(name))) for name in _PART_SECONDS if m.group(name)]
    frac = m.group("frac")
    if len(parts) < 2 and not (parts and frac and len(frac) >= 2):
        return None  # one part alone is an ordinary figure (and 10秒5个 no race time)
    if any(amount >= _PART_LIMITS[name] for name, amount in parts[1:]):
        return None  # 365天24小时 is "around the clock", not 8,784 hours
    smallest = parts[-1][0]
    value: float = sum(amount * _PART_SECONDS[name] for name, amount in parts) / _PART_SECONDS[smallest]
    if frac:
        value += int(frac) / 10 ** len(frac)
    value = round(value, 3)
    return Quantity(int(value) if value == int(value) else value, _PART_UNITS[smallest], None, "duration")


def _compound_durations(text: str, found: list[_Found]) -> bool:
    """Replace the parts of each duration written in parts by the whole (keeping a
    qualifier read on a part: 约1小时20分钟, 1小时40分钟左右). True when `found` changed."""
    changed = False
    for m in COMPOUND_DURATION_RE.finditer(text):
        quantity = _compound_duration(m)
        if quantity is None:
            continue
        parts = [f for f in found if f.start < m.end() and f.end > m.start()]
        start = min([m.start()] + [f.start for f in parts])
        end = max([m.end()] + [f.end for f in parts])
        qualifier = next((f.quantity.qualifier for f in parts if f.quantity.qualifier), None)
        for f in parts:
            found.remove(f)
        whole = Quantity(quantity.value, quantity.unit, qualifier, "duration")
        found.append(_Found(start, end, m.start(), whole, quantity.unit))
        changed = True
    return changed


def _is_session_number(text: str, start: int, unit_end: int) -> bool:
    """三次 of 三次会议 right after 届 or an assembly's name: the session, not three
    meetings (常委会召开三次会议 is three)."""
    at = unit_end - 1 if text[unit_end - 1 : unit_end] == "次" else unit_end
    if text.startswith(("次全会", "中全会"), at):
        return True  # 按照三次全会部署: a plenary session, named without its body
    return bool(_SESSION_AFTER_RE.match(text, at)) and text.endswith(_SESSION_BODIES, 0, start)


class Quantity(NamedTuple):
    """A normalized quantity: `unit` is the base unit (元, %, 人, 个, 年 …, "rank", or
    None for a bare 万/亿 count); `kind` is money, percent, duration, rank or count."""

    value: int | float
    unit: str | None
    qualifier: str | None = None
    kind: str = "count"


@cache  # a few hundred units, read for every figure
def _kind(unit: str | None) -> str:
    if unit is None:
        return "count"
    base = unit.split("/", 1)[0]  # 元/吨 is a price: money
    if base in CURRENCIES:
        return "money"
    if base in ("%", "百分点", "‰"):
        return "percent"
    if base in DURATIONS:
        return "duration"
    if base == "rank":
        return "rank"
    return "count"


@lru_cache(maxsize=4096)  # (the decimals and grouped numbers: 2.7, 1,000 recur)
def _scaled(digits: str, scale: int) -> int | float | None:
    """An Arabic numeral times a scale, exactly: 104147.31 × 10⁴ → 1041473100 (an int
    when whole; float arithmetic would give 1041473100.0000001)."""
    if digits.isascii() and digits.isdigit():
        return int(digits) * scale  # the common case: 5565件
    digits = digits.translate(_FULLWIDTH).replace(",", "").replace("，", "")
    whole, _, frac = digits.partition(".")
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None
    numerator = int(whole + frac) * scale
    denominator = 10 ** len(frac)
    if numerator % denominator == 0:
        return numerator // denominator
    return round(numerator / denominator, 6)


@lru_cache(maxsize=4096)
def _cn_value(numeral: str) -> int | float | None:
    """The value of a Chinese numeral span (十万, 三十五, 两千零八), or None."""
    numeral = numeral.translate(_TRADITIONAL)
    try:
        value = cn2an.cn2an(numeral, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        # 五百十三 (for 五百一十三), as the older reports write it.
        fixed = _BARE_TEN_RE.sub(r"\1一十", numeral)
        if fixed == numeral:
            return None
        try:
            value = cn2an.cn2an(fixed, "smart")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    return int(value) if float(value).is_integer() else float(value)


_BARE_TEN_RE = re.compile("([百千万亿零])十")


def _adjacent_pair(numeral: str) -> int | None:
    """Index of a vague pair of consecutive digits (两三个, 七八十人, 十一二), else None."""
    for i in range(len(numeral) - 1):
        a, b = _CN_DIGIT_VALUE.get(numeral[i]), _CN_DIGIT_VALUE.get(numeral[i + 1])
        if a is not None and b is not None and a > 0 and (b == a + 1 or numeral == "三五"):
            return i  # (三五单, 三五天: "three to five", a few)
    return None


@lru_cache(maxsize=4096)
def _cn_numeral(numeral: str) -> tuple[int | float, str | None] | None:
    """(value, qualifier the numeral itself implies) of a Chinese numeral, or None when
    it is no amount."""
    qualifier = None
    if "几" in numeral:
        # 十几 reads "ten and some": at least 10. 几十, 几百 are too vague to check.
        if not numeral.endswith("几") or numeral.count("几") > 1 or len(numeral) == 1:
            return None
        numeral, qualifier = numeral[:-1], "at_least"
    if numeral[0] in "百千万亿萬億" or numeral in ("零", "〇", "二"):
        # Bare 百/千/万 are idioms (百姓, 千家万户) unless qualified (handled apart);
        # a lone 二 before a measure word is an ordinal (二期, 二台: counting says 两).
        return None
    if len(numeral) > 2 and all(c in _CN_DIGIT_VALUE for c in numeral):
        return None  # 一九五六 is a year (its 五六 is no "five or six")
    pair = _adjacent_pair(numeral)
    if pair is not None:
        # cn2an reads 两三 as 23; the writer means "two or three": keep the lower one.
        numeral = numeral[: pair + 1] + numeral[pair + 2 :]
        qualifier = "approx"
    elif len(numeral) > 1 and all(c in _CN_DIGIT_VALUE for c in numeral):
        return None  # digit strings (二〇二〇, 五一) are years or names, not amounts
    value = _cn_value(numeral)
    return None if value is None else (value, qualifier)


def _numeral(numeral: str, scale: int = 1) -> tuple[int | float, str | None] | None:
    if numeral[0] in _ARABIC:
        value = _scaled(numeral, scale)
        return None if value is None else (value, None)
    parsed = _cn_numeral(numeral)
    if parsed is None:
        return None
    value, qualifier = parsed
    if scale != 1:
        value = value * scale
        value = int(value) if float(value).is_integer() else value
    return value, qualifier


def _prefix_qualifier(text: str, start: int, bare: bool = False) -> tuple[str | None, int]:
    """(qualifier, new start) for a qualifier word right before `start`. 上 and 过 only
    qualify a bare 百/千/万 (上百家, 过万人)."""
    if start == 0:
        return None, start
    if text[start - 1] == " " and start >= 2 and not text[start - 2].isascii():
        # 超过 50 项 (policy text set with spaces around numbers): read past the space
        qualifier, new_start = _prefix_qualifier(text, start - 1, bare)
        return (qualifier, new_start) if qualifier else (None, start)
    if start >= 3 and text[start - 3 : start] in NEGATED_QUALIFIERS:
        return NEGATED_QUALIFIERS[text[start - 3 : start]], start - 3  # 不少于5项: at least
    two = text[start - 2 : start]
    qualifier = QUAL_PREFIX.get(two) if len(two) == 2 else None
    if qualifier:
        return qualifier, start - 2
    one = text[start - 1]
    qualifier = QUAL_PREFIX.get(one)
    if qualifier is None or (one in "上过" and not bare):
        return None, start
    if start >= 2 and text[start - 2] in _NOT_QUAL_BEFORE[one]:
        return None, start
    return qualifier, start - 1


def _masked(found: list[_Found], spans: list[tuple[int, int]]) -> list[_Found]:
    """The quantities whose number does not start inside one of `spans`."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    # The furthest end of the spans up to each index, so that overlapping spans (a
    # place inside a quotation) are handled by one bisection.
    reach: list[int] = []
    furthest = -1
    for _, e in spans:
        furthest = max(furthest, e)
        reach.append(furthest)
    kept = []
    for f in found:
        i = bisect_right(starts, f.num_start) - 1
        if i < 0 or reach[i] <= f.num_start:
            kept.append(f)
    return kept


class _Found:
    """A quantity while the text is read: its span, where its number starts, and what
    ranges need (the written unit, numeral and scale)."""

    __slots__ = ("start", "end", "num_start", "quantity", "unit_written", "numeral", "scale")

    def __init__(
        self,
        start: int,
        end: int,
        num_start: int,
        quantity: Quantity,
        unit_written: str | None,
        numeral: str = "",
        scale: int = 1,
    ) -> None:
        self.start = start
        self.end = end
        self.num_start = num_start
        self.quantity = quantity
        self.unit_written = unit_written
        self.numeral = numeral
        self.scale = scale


_GROUP_FORM_NOUNS = ("自治", "工作法", "机制", "模式", "制度", "管理")


def _is_group_form(text: str, unit_end: int) -> bool:
    """3人小组自治, 5人小组工作法: the size names a form of organization, not a count."""
    return text.startswith("小组", unit_end) and text.startswith(_GROUP_FORM_NOUNS, unit_end + 2)


# Units that have checks of their own in _figure: a candidate with another unit (人, 个,
# 元, % …, the most of them) skips each group of checks with one set lookup.
_UNITS_CHECKED_FIRST = frozenset({"项", "公里", "层", "公斤", "千克", "日", "版"})
_UNITS_CHECKED_NEXT = frozenset(
    {"人", "小时", "个小时", "分钟", "天", "章", "米", "项", "年", "千伏"} | MEDALS | RACE_UNITS
)
_UNITS_CHECKED_LAST = frozenset({"代", "层", "处", "人"})


# The groups _figure reads, by number for each figure pattern (a name costs a dictionary
# lookup per group and per candidate).
_FIGURE_GROUP_NAMES = ("num", "unit", "scale", "scale2", "mid", "mid2", "per", "post")
_AR_GROUPS, _CN_GROUPS, _ONE_GROUPS = (
    tuple(pattern.groupindex[name] for name in _FIGURE_GROUP_NAMES)
    for pattern in (FIGURE_AR_RE, FIGURE_CN_RE, FIGURE_ONE_RE)
)


def _figure(text: str, m: re.Match[str], arabic: bool, groups: tuple[int, ...]) -> _Found | None:
    """Check one candidate (`groups`: its pattern's numbers of _FIGURE_GROUP_NAMES) and
    normalize it; None when it is no figure. This runs for
    every candidate, so the cheapest rejections come first (every check only rejects:
    their order does not change what is kept)."""
    numeral, unit_written, scale_word, scale2, mid, mid2, per, post = m.group(*groups)
    num_start = start = m.start()
    end = m.end()
    before = text[start - 1] if start else ""
    if before in _BAD_BEFORE or (before == " " and text[start - 2 : start - 1] in _BAD_BEFORE):
        return None  # 第 01 版 too
    if before == "、" and _ORDINAL_LIST_BEFORE_RE.search(text, max(0, start - 24), start):
        return None  # 第1、2、3项: the last of a list of ordinals
    if arabic:
        if (
            "." in numeral
            and text.startswith(" ", m.end("num"))
            and (not before or before in "\n。；;：: ")
        ):
            return None  # 1.3 场景驱动…: a section number, then its title
        if before == "图" or (before == " " and text[start - 2 : start - 1] == "图"):
            at = start - 1 if before == "图" else start - 2  # where 图 is
            if at == 0 or text[at - 1] in "\n。；;：: （(":
                return None  # 图 1 人工智能标准体系结构图: a figure's caption
    unit_end = m.end(groups[1]) if unit_written else end
    after = text[unit_end : unit_end + 2]
    if unit_written is None:
        if scale_word is None and numeral[-1] not in "万亿萬億":
            return None
        if not arabic and numeral in ("万", "亿", "萬", "億"):
            return None  # 万一, 亿万
    else:
        guard = _UNIT_NOT_BEFORE.get(unit_written)
        if guard is not None and after[:1] in guard:
            return None
        last = unit_written[-1]
        if last.isascii():
            if last.isalpha() and after[:1].isascii() and after[:1].isalnum():
                return None  # xwlb-2024h1, 34WIA-PA: letters run on, no unit
            if unit_written.endswith("Hz") and text[unit_end : unit_end + 6].lstrip(" ").startswith(("频段", "空中接口")):
                return None  # 5905-5925MHz频段, 射频识别 2.45GHz 空中接口协议: a band's or a standard's name
        if unit_written in _UNITS_CHECKED_FIRST:
            if unit_written == "项" and after[:1] == "目" and text[unit_end + 1 : unit_end + 2] != "标":
                return None  # 3对3|项目: the event, no count of items (12项|目标 counts)
            if unit_written == "公里" and numeral == "1" and text[start - 2 : start] == "最后":
                return None  # 最后1公里: "the last mile", as 最后一公里 (whose 一 counts nothing)
            if unit_written == "层" and (
                _ROOM_NUMBER_RE.match(text, unit_end) or _VENUE_ON_FLOOR_RE.match(text, unit_end)
            ):
                return None  # 3层11号展厅, 9层的亚坤餐饮店: a floor where a room or a shop is
            if unit_written in ("公斤", "千克") and after[:1] == "级":
                return None  # 57公斤级: a weight class of a sport, not a weight
            if unit_written == "日" and not (after[:1] == "内" or after in ("以内", "之内")):
                return None  # 15日 is a date; 30日内 a duration
            if unit_written == "版" and arabic and (
                (len(numeral) == 4 and numeral[:2] in ("19", "20")) or "." in numeral
            ):
                return None  # （2022 版）: an edition's year; 3.0版: a version
    if not arabic:
        if before in _BAD_BEFORE_CN:
            return None
        if unit_written in _CN_ONLY_ORDINAL_UNITS and not (
            unit_written == "头" and any(c in numeral + (scale_word or "") for c in "十百千万亿")
        ) and not (unit_written == "期" and _counts_phases(text, start)):
            return None  # 九头牛, 两头, 二期工程; but 二亿七千万头 (猪), 分三期举办 count
        if unit_written == "度" and numeral in ("一", "两", "二"):
            return None  # 一度 "at one time", 两度 "twice"; but 七十度 (酒汗), 30度
        if unit_written == "所" and not ("\u4e00" <= after[:1] <= "\u9fff"):
            return None  # 中电科十一所、: an institute's name, not 11 institutes
        if SLOGANS_RE.search(text, max(0, start - 3), min(len(text), end + 3)):
            return None
        slogan = SLOGANS_RE.match(text, start, min(len(text), end + 8))
        if slogan is not None:
            return None  # 四个政治文件: a longer name that opens with the numeral
        if _is_session_number(text, start, unit_end):
            return None
        if unit_written is None and ESTATE_NAME_RE.match(text, unit_end):
            return None  # 融科三万英尺小区: a housing estate's name (三个小区 is a count)
        if unit_written in ("亩", "里") and after[:1] in PLACE_NAME_TAILS:
            return None  # 八亩墩, 十里铺: a place's name
    elif unit_written == "分" and before in ("时", "点"):
        return None  # 8时30分 is a clock time
    elif unit_written == "秒" and _CLOCK_BEFORE_SECONDS_RE.search(text, max(0, start - 4), start):
        return None  # and so is 23时59分56秒
    if unit_written == "人" and _is_group_form(text, unit_end):
        return None
    if unit_written in _UNITS_CHECKED_NEXT:
        if unit_written in MEDALS and not (
            before in MEDAL_VERBS
            or before in MEDALS
            or after[:1].isdigit()
            or after[:1] in "金银铜牌"
            or (arabic and after[:1] in "，。、；")  # not 建材五金、
        ):
            return None  # 20金7银2铜, 再夺两金; not 一诺千金
        if unit_written in RACE_UNITS and _is_race_name(text, start, unit_end):
            return None  # 男子100米自由泳, 4×200米自由泳接力: the race's name
        if unit_written in ("小时", "个小时", "分钟", "天") and TIME_CIRCLE_RE.match(text, unit_end):
            return None  # 1小时生活圈, 3小时高铁圈, 半小时通勤圈: a zone named by its travel time
        if unit_written == "章" and text.endswith("约法", 0, start):
            return None  # 约法三章: an idiom
        if unit_written == "米" and APERTURE_NAME_RE.match(text, unit_end):
            return None  # 500米口径球面射电望远镜: the telescope's name
        if unit_written == "项" and numeral in ("150", "172") and text.startswith("重大水利工程", unit_end):
            return None  # 国家150项重大水利工程之一, 172项重大水利工程: the programme's name (再开工15项… counts)
        if unit_written == "年" and _NTH_BEFORE_RE.search(text, max(0, start - 5), start):
            return None  # 向第二个百年奋斗目标进军的第一个五年: the n-th five-year period, named
        if (
            unit_written == "千伏"
            and text.endswith(LINE_RATING_BEFORE, 0, start)
            and LINE_RATING_AFTER_RE.match(text, unit_end)
            and not text.endswith("电压", 0, start - (2 if text.endswith("正负", 0, start) else 1))
        ):
            return None  # 正负800千伏特高压直流输电工程: the line's name
    unit = UNIT_NORMAL[unit_written] if unit_written else None
    if unit is None and scale_word and _PEOPLE_AFTER_RE.match(text, end):
        unit = "人"  # 14亿中国人民, 500多万贫困人口, 874万高校毕业生: a count of people
    if unit in DURATIONS:
        if unit_written == "年":
            # Years are dates: 2017年 (二〇二〇年 is no amount for _cn_numeral).
            year = numeral.translate(_FULLWIDTH)
            if arabic and len(year) == 4 and year[:2] in ("19", "20") and year.isdigit():
                return None
            if after[:1] in _NOT_AFTER_YEAR:
                return None  # 年度, 年代, 三年级, 庆历三年（1043）
            if text.endswith(("公元", "公元前"), 0, start):
                return None  # 公元184年, 公元前221年: a year of history, no duration
            if arabic and _MONTH_AFTER_RE.match(text, unit_end):
                return None  # 5355年6月6日 (a scrambled year): a date all the same
            if text.startswith(RATE_TERM_AFTER, unit_end):
                return None  # 1年期贷款基准利率, 5年期以上LPR: the tenor that names a rate
            if after in ("行动", "计划", "规划", "攻坚", "計劃", "規劃") or text.startswith(
                PLAN_NAME_TAILS, unit_end
            ):
                return None  # 三年行动, 五年发展规划, 十年长远规划: a plan's name
            if EXHIBITION_NAME_RE.match(text, unit_end):
                return None  # 中国8000年龙文化精品文物展: an exhibition's name
        prev = text[start - 2 : start] if start >= 2 else before
        if (
            prev not in ("提前", "将近", "接近")
            and (prev[-1:] in _PERIOD_BEFORE or prev in ("过去", "最近", "今后", "未来", "今明"))
            and not text.startswith(DURATION_CHANGED_AFTER, unit_end)
        ):
            return None  # 近两年, 前3个月, 今明两年: the period of another figure
        if after[:1] in _NOT_AFTER_DURATION or after == "以来":
            return None  # 三年来 is a period, 3年前 a point in time
        if before == "至" and _ORDINAL_BEFORE_RE.search(text, max(0, start - 6), start):
            return None
    else:
        if unit_written in _UNITS_CHECKED_LAST:
            if unit_written == "代" and arabic:
                return None  # 8.6代OLED, 从6代跟跑: a technology's generation (people count 三代人)
            if unit_written == "层" and before == "楼":
                return None  # 8号楼11层: a floor in an address
            if unit_written == "处" and _OFFICE_BEFORE_RE.search(text, max(0, start - 10), start):
                return None  # 信息科学部信息科学三处, 行政审批服务局行政审批服务三处: a division's name
            if unit_written == "人" and (after == "发案" or after[:1] == "均"):
                return None  # 十万人发案数, 人均: a rate base
            if unit_written == "层" and text.startswith(FLOOR_LABEL_AFTER, unit_end):
                return None  # 4—6层为运动员的宿舍, 1—3层除冰场外: the floors of a building, named
        if before in RANGE_CONNECTORS and _ORDINAL_BEFORE_RE.search(text, max(0, start - 6), start):
            return None  # 第一至五批: ordinals
    scale = SCALES[scale_word] if scale_word else 1
    if scale2:
        scale *= 10**8
    if arabic:
        # (the common case, 5565件, without the call)
        value = int(numeral) * scale if numeral.isascii() and numeral.isdigit() else _scaled(numeral, scale)
        if value is None:
            return None
        qualifier = None
    else:
        # The scale joins the numeral: 四亿零七百多万 is 4亿 + 700万, not 四亿零七百 × 万.
        parsed = _cn_numeral(numeral + scale_word if scale_word else numeral)
        if parsed is None:
            return None
        value, qualifier = parsed
        if scale2:
            value *= 10**8
    if unit_written == "成":
        value = value * 10
    elif unit_written in HALF_UNITS:
        value = value + 0.5  # 两个半月, 一年半
    if mid or mid2 or unit_written in ("个多月", "个多小时"):
        qualifier = qualifier or "at_least"
    if per:
        unit = f"{unit}{per}"
    if post:
        qualifier = qualifier or QUAL_SUFFIX[post]
    elif (
        unit in DURATIONS
        and text.startswith("多", end)
        and text[end + 1 : end + 2] not in _NOT_AFTER_DUO
    ):
        qualifier = qualifier or "at_least"  # 1年多
        end += 1
    if before in _QUAL_LAST_CHARS or (before == " " and text[start - 2 : start - 1] in _QUAL_LAST_CHARS):
        pre, new_start = _prefix_qualifier(text, start)
        if pre is not None:
            qualifier = qualifier or pre
            start = new_start
    if unit is not None and (unit in ("摄氏度", "℃", "度") or unit.startswith("dB")):
        if unit in ("摄氏度", "℃", "度") and start >= 2 and text.startswith("零下", start - 2):
            value, start = -value, start - 2  # 零下40摄氏度 is -40
        elif (
            (unit in ("摄氏度", "℃") or unit.startswith("dB"))
            and start >= 1
            and text[start - 1] in "-－"
            and not (start >= 2 and (text[start - 2].isdigit() or text[start - 2] in "℃mB"))
            and not (start >= 3 and text[start - 2] == "度" and text[start - 3].isdigit())
        ):
            # 超低温（-269℃）, 降至-52.3℃, 0-1MHz -21dBm (not 10-20℃ nor 10dBm-20dBm, ranges)
            value, start = -value, start - 1
    return _Found(
        start,
        end,
        num_start,
        Quantity(value, unit, qualifier, _kind(unit)),
        unit_written,
        numeral,
        scale,
    )


# A bare scale character's value (上百人, 过亿元, 千余立方米).
BARE_SCALES = {"百": 100, "千": 1000, "万": 10000, "亿": 100000000}
# What an act went half way through (话说了一半): no checkable share.
_HALF_DONE_BEFORE = frozenset({"说了", "讲了", "写了", "吃了", "喝了", "看了", "听了", "读了", "唱了"})
# Halves (退出一半, 一半以上, 占比过半): 50 %. Not 一半江水一半…, a figure of speech.
HALF_RE = re.compile(
    # each alternative starts with a literal (一, 半), so the engine skips ahead to them
    "(?:一(?<![一二三四五六七八九十大多]一)半|半(?<=[超过近]半)数|半(?<=[超过]半)(?![数年月天个小百]))"
    "(?P<post>以上|多|左右)?(?!儿)"
)


# A half year or month on its own (装修那半年, 仅剩半月): 0.5 of the unit as written; not
# 上半年, 大半年, 两个半月 (other readings), 半年报, 半月谈 (names), 近半年来, 半年多来
# (periods), 糠菜半年粮 (a saying), 半月一通报 (a frequency).
BARE_HALF_RE = re.compile(
    "半(?P<unit>年|个月|月|个小时|小时)(?![度刊报谈底初末来前间粮饱糠一]|通勤|经济圈|生活圈|交通圈|漫画)"
    "(?P<post>以上|左右|不到|多(?!来|以来))?(?!多来|多以来)"
)  # also half an hour (不到半小时, 半个小时不到); not 长三角半小时通勤圈
# (checked in code: a pattern that starts with a lookbehind is tried at every position)
_NOT_BEFORE_BARE_HALF = frozenset("上下前后一二三四五六七八九十两多大近这过每个")
# Units that add a half to the number before them.
HALF_UNITS = frozenset({"个半小时", "个半月", "年半", "天半"})
# 翻了一番 is twice as much, 翻两番 four times: 2ⁿ 倍; 翻了近一番 nearly, 翻了一番多 more.
DOUBLING_RE = re.compile("翻了?(?P<near>近|将近|约)?(?P<n>[一两二三四])番(?P<more>多)?")
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def _doublings(text: str, found: list[_Found]) -> None:
    for m in DOUBLING_RE.finditer(text):
        value = 2 ** _DOUBLINGS[m.group("n")]
        qualifier = "approx" if m.group("near") else "at_least" if m.group("more") else None
        quantity = Quantity(value, "倍", qualifier, "count")
        found.append(_Found(m.start(), m.end(), m.start("n"), quantity, "倍"))


def _halves(text: str, found: list[_Found]) -> None:
    for m in BARE_HALF_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in _NOT_BEFORE_BARE_HALF:
            continue
        unit = UNIT_NORMAL.get(m.group("unit"), m.group("unit"))  # 个小时 → 小时
        pre, start = _prefix_qualifier(text, m.start())
        post = m.group("post")
        if post == "不到":
            qualifier = "at_most"  # 半个小时不到
        else:
            qualifier = "at_least" if post in ("以上", "多") else QUAL_SUFFIX.get(post or "") or pre
        quantity = Quantity(0.5, unit, qualifier, "duration")
        found.append(_Found(start, m.end(), m.start(), quantity, unit))
    for m in HALF_RE.finditer(text):
        start, end = m.span()
        if "一半" in text[max(0, start - 6) : start] or "一半" in text[end : end + 6]:
            continue
        if text[start - 2 : start] in _HALF_DONE_BEFORE:
            continue  # 话说了一半, 饭吃了一半: how far an act went, no checkable share
        post = m.group("post")
        qualifier = "at_least" if post in ("以上", "多") else QUAL_SUFFIX.get(post or "")
        if m.group().startswith("半") and not m.group().startswith("半数"):
            start, qualifier = start - 1, "at_least"  # 进度过半: more than half
        pre, new_start = _prefix_qualifier(text, start)
        if pre is not None:
            qualifier, start = qualifier or pre, new_start
        found.append(_Found(start, end, m.start(), Quantity(50, "%", qualifier, "percent"), "%"))


def _others(text: str, found: list[_Found]) -> None:
    """Ranks, 百分之…, and qualified bare scales (see OTHER_RE)."""
    for m in OTHER_RE.finditer(text):
        if m.group("rnum") is not None:
            _rank(text, m, found)
        elif m.group("pnum") is not None:
            _percent_word(text, m, found)
        elif m.group("yunit") is not None:
            _scale_and_more(text, m, found)
        else:
            _bare_scale(text, m, found)


def _rank_start(text: str, s: int) -> int | None:
    """Where the rank at `s` starts with its ranking verb and scope ([verb][scope][verb]
    第N: 名列第一, 全省第一, 位居全国前三, 排名世界第二): `s` itself when neither is
    written, None for the items of a list (下列第1、2、3项)."""
    head = text[max(0, s - 6) : s]
    start = s
    for verb in _RANK_VERBS:
        if head.endswith(verb):
            if verb == "列" and head[-2:-1] in ("下", "上", "所", "如", "并"):
                return None  # 下列第1、2、3项: the items listed, no rank
            start -= len(verb)
            head = head[: -len(verb)]
            break
    for scope in _RANK_SCOPES:
        if head.endswith(scope):
            start -= len(scope)
            head = head[: -len(scope)]
            break
    else:
        place = _RANK_PLACE_RE.search(head)
        if place is not None:
            start -= len(place.group(1))  # 居北京市第一: a place's rank after a ranking verb
            head = head[: place.start(1)]
    if start == s:
        return s
    for verb in _RANK_VERBS_BEFORE_SCOPE:
        if head.endswith(verb):
            start -= len(verb)
            break
    return start


def _rank(text: str, m: re.Match[str], found: list[_Found]) -> None:
    s = m.start()
    start = _rank_start(text, s)
    if start is None:
        return
    if start == s and text[m.end() - 1] != "名" and (
        not text.startswith("大", m.end())
        or text.startswith(_NOT_RANK_NOUNS, m.end())
        or text[s] == "前"
    ):
        # no scope, no verb: 第一书记, 第一，… are ordinals, 目前五大 no rank; but 第一大省,
        # 第二大贸易伙伴 (the largest) are ranks, not 第一大地测量队 (geodesy); a placing
        # written with 名 is one on its own (100米预赛第一名，)
        return
    numeral = m.group("rnum")
    value = int(numeral) if numeral[0] in _ARABIC else _cn_value(numeral.replace("两", "二"))
    if value:
        qualifier = "at_most" if text[s] == "前" else None
        found.append(
            _Found(
                start, m.end(), m.start("rnum"), Quantity(value, "rank", qualifier, "rank"), "rank"
            )
        )


def _first_place(text: str, found: list[_Found]) -> None:
    """位居全国首位, 居世界首位: 首位 is rank 1 after a scope or a ranking verb (not 放在
    首位, 摆在首位: the first concern)."""
    for m in FIRST_PLACE_RE.finditer(text):
        s = m.start()
        start = _rank_start(text, s)
        if start is None or start == s:
            continue
        found.append(_Found(start, m.end(), s, Quantity(1, "rank", None, "rank"), "rank"))


def _percent_word(text: str, m: re.Match[str], found: list[_Found]) -> None:
    numeral = m.group("pnum")
    # 百分之二: a lone 二 is a count here, not an ordinal
    parsed = (100, None) if numeral == "百" else (2, None) if numeral == "二" else _numeral(numeral)
    if parsed is None:
        return
    value, qualifier = parsed
    start, end = m.span()
    if m.group("ppost"):
        qualifier = qualifier or QUAL_SUFFIX[m.group("ppost")]
    pre, new_start = _prefix_qualifier(text, start)
    if pre is not None:
        qualifier, start = qualifier or pre, new_start
    found.append(
        _Found(start, end, m.start("pnum"), Quantity(value, "%", qualifier, "percent"), "%")
    )


# A bare scale as a threshold (亿元以上项目, 万家以上企业, 万人以上城市): at least that much.
THRESHOLD_RE = re.compile("(?P<scale>亿|千万|百万|万)(?P<unit>元|家|人|户)以上")
_NOT_BEFORE_THRESHOLD = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿几数上近逾超约过")


def _thresholds(text: str, found: list[_Found]) -> None:
    for m in THRESHOLD_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in _NOT_BEFORE_THRESHOLD:
            continue  # 5亿元以上, 上亿元以上: another reading's
        value = prod(BARE_SCALES[c] for c in m.group("scale"))  # 千万 = 千 × 万
        unit = m.group("unit")
        quantity = Quantity(value, unit, "at_least", _kind(unit))
        found.append(_Found(m.start(), m.end(), m.start(), quantity, unit))


def _bare_scale(text: str, m: re.Match[str], found: list[_Found]) -> None:
    unit_written = m.group("bunit")
    if unit_written == "成":
        return
    pre, start = _prefix_qualifier(text, m.start(), bare=True)
    if pre is None and text.endswith("突破", 0, m.start()):
        pre = "at_least"  # 总产值突破|千亿元: the verb passes the mark (not part of the figure)
    if pre is None:
        return
    if text.endswith(("成百上", "成千上"), 0, m.start()):
        return  # 成百上千颗芯片, 成千上万名群众: "a great many", no amount
    guard = _UNIT_NOT_BEFORE.get(unit_written)
    if guard is not None and text[m.end("bunit") : m.end("bunit") + 1] in guard:
        return
    if unit_written == "项" and text.startswith("目", m.end("bunit")):
        return  # 投资总额超百亿|项目: projects of a size, not 10 billion items (but 12项目标)
    unit = UNIT_NORMAL[unit_written]
    value = BARE_SCALES[text[m.start()]] * BARE_SCALES.get(m.group("bwan") or "", 1)
    if m.group("bpost"):
        pre = QUAL_SUFFIX[m.group("bpost")] if pre == "approx" else pre
    found.append(
        _Found(start, m.end(), m.start(), Quantity(value, unit, pre, _kind(unit)), unit_written)
    )


def _scale_and_more(text: str, m: re.Match[str], found: list[_Found]) -> None:
    """百余年, 千余立方米, 万多人: a bare 百/千/万 and 余 or 多, at least that much."""
    unit_written = m.group("yunit")
    guard = _UNIT_NOT_BEFORE.get(unit_written)
    if unit_written == "成" or (
        guard is not None and text[m.end("yunit") : m.end("yunit") + 1] in guard
    ):
        return
    after = text[m.end() : m.end() + 1]
    if unit_written == "年" and after in _NOT_AFTER_YEAR:
        return
    unit = UNIT_NORMAL[unit_written]
    if unit in DURATIONS and after in _NOT_AFTER_DURATION:
        return  # 百多年来: a period
    value = BARE_SCALES[text[m.start()]]
    quantity = Quantity(value, unit, "at_least", _kind(unit))
    found.append(_Found(m.start(), m.end(), m.start(), quantity, unit_written))


def _fractions(text: str, found: list[_Found]) -> None:
    """三分之一, 2/3以上, 近1/5: a fraction as a percentage."""
    if "之" in text and "分之" in text:  # (one character is found faster than two)
        for m in FRACTION_CN_RE.finditer(text):
            d = _CN_BEFORE_FRACTION_RE.search(text, max(0, m.start() - 4), m.start())
            if d is None or d.group() == "百":
                continue  # 百分之 is read by _percent_word
            numerator = _cn_numeral(m.group("num"))
            denominator = 1000 if d.group() == "千" else _cn_value(d.group())
            if numerator is None or not denominator:
                continue
            if d.group() == "千":
                _add_fraction(text, found, d.start(), m, numerator[0], "‰")
            elif 0 < numerator[0] < denominator:
                _add_fraction(
                    text, found, d.start(), m, round(100 * numerator[0] / denominator, 4), "%"
                )
    if "/" in text:
        for m in FRACTION_AR_RE.finditer(text):
            n = _AR_BEFORE_FRACTION_RE.search(text, max(0, m.start() - 3), m.start())
            if n is None:
                continue
            numerator, denominator = int(n.group()), int(m.group("den"))
            if 0 < numerator < denominator:
                _add_fraction(
                    text, found, n.start(), m, round(100 * numerator / denominator, 4), "%"
                )


def _add_fraction(
    text: str, found: list[_Found], start: int, m: re.Match[str], value: float, unit: str
) -> None:
    qualifier = QUAL_SUFFIX[m.group("post")] if m.group("post") else None
    pre, new_start = _prefix_qualifier(text, start)
    if pre is not None:
        qualifier, start = qualifier or pre, new_start
    value = int(value) if float(value).is_integer() else value
    found.append(_Found(start, m.end(), start, Quantity(value, unit, qualifier, "percent"), unit))


def _apply_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """3至5年, 20%-30%, 5～10万元: lower bound at_least, upper bound at_most."""
    by_end = {f.end: f for f in found}
    extra = []
    for f in found:
        # Only a figure right after a connector can be the upper end of a range.
        if f.start == 0 or text[f.start - 1] not in RANGE_CONNECTORS or f.quantity.unit == "rank":
            continue
        q = f.quantity
        if q.qualifier is not None:
            continue
        window_start = max(0, f.start - 24)
        m = _RANGE_LOW_RE.search(text, window_start, f.start)
        if m is None:
            continue
        conn = m.group("conn")
        low = by_end.get(f.start - len(conn))
        if low is not None:
            # Two figures of one unit: 20%-30%; but 2人到5人 reads as a change.
            if low.quantity.unit != q.unit or low.quantity.qualifier or conn == "到":
                continue
            low.quantity = Quantity(low.quantity.value, q.unit, "at_least", q.kind)
        else:
            if m.group("unit"):
                continue
            low_start = m.start()
            if low_start and text[low_start - 1] in _BAD_BEFORE:
                continue
            numeral = m.group("num")
            if (numeral[0] in _ARABIC) != (f.numeral[:1] in _ARABIC):
                continue
            scale_word = m.group("scale")
            scale = SCALES[scale_word] if scale_word else _upper_scale(f)
            parsed = _numeral(numeral, scale)
            if parsed is None:
                continue
            value = parsed[0] * 10 if f.unit_written == "成" else parsed[0]
            low_end = m.start("conn")
            extra.append(
                _Found(
                    low_start,
                    low_end,
                    low_start,
                    Quantity(value, q.unit, "at_least", q.kind),
                    f.unit_written,
                )
            )
        f.quantity = Quantity(q.value, q.unit, "at_most", q.kind)
    return found + extra


def _upper_scale(f: _Found) -> int:
    """The scale of a range's upper end, which its lower end shares: 5～10万元."""
    if f.scale != 1:
        return f.scale
    for word in ("万亿", "萬億", "亿", "億", "万", "萬"):
        if f.numeral.endswith(word) and len(f.numeral) > len(word):
            return SCALES[word]
    return 1


def find_quantities(
    text: str, *, skip: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, Quantity]]:
    """Every quantity in `text` as (start, end, Quantity), in text order.

    `text[start:end]` is the figure as written with its qualifier words. `skip` are
    spans known to hold no figure (place names the caller found: 七台河市)."""
    found: list[_Found] = []
    for m in FIGURE_AR_RE.finditer(text):
        f = _figure(text, m, True, _AR_GROUPS)
        if f is not None:
            found.append(f)
    n_arabic = len(found)
    for m in FIGURE_CN_RE.finditer(text):
        f = _figure(text, m, False, _CN_GROUPS)
        if f is not None:
            found.append(f)
    for m in FIGURE_ONE_RE.finditer(text):
        f = _figure(text, m, False, _ONE_GROUPS)
        # 一个多月 is more than a month; but not 不到一个星期, 搞不到一块, 超过一次
        more = m.group("more") is not None or m.group("lasting") is not None or m.group("measured") is not None
        if f is not None and (more or (f.quantity.kind != "duration" and f.unit_written not in ("个", "块", "次", "度"))):
            found.append(f)
    _others(text, found)
    if "首" in text and "首位" in text:  # (one character is found faster than two)
        _first_place(text, found)
    if "以上" in text:
        _thresholds(text, found)
    if "半" in text:
        _halves(text, found)
    if "番" in text:
        _doublings(text, found)
    _fractions(text, found)
    mixed = len(found) != n_arabic  # other kinds were added after the Arabic figures
    if _has_duration_parts(text) and _compound_durations(text, found):
        mixed = True
    if not found:
        return []
    # Quoted short phrases and titles hold names and slogans (“双十条”, 《十条措施》).
    masks = [m.span() for m in _QUOTED_RE.finditer(text)] if _QUOTE_OPENERS_RE.search(text) else []
    if "“" in text:
        masks += _quoted_sayings(text)
    if skip:
        masks.extend(skip)
    if masks:
        found = _masked(found, masks)
    if mixed:
        found.sort(key=_start_key)
        kept: list[_Found] = []
        for f in found:
            if kept and f.start < kept[-1].end:
                continue  # overlaps (a rank inside a figure): the first, longest wins
            kept.append(f)
        found = kept
    if any(f.start and text[f.start - 1] in RANGE_CONNECTORS for f in found):
        found = _apply_ranges(text, found)
        found.sort(key=_start_key)
    return [(f.start, f.end, f.quantity) for f in found]


# A quoted saying of two parallel halves: a rhyme (“一夜跨过温饱线，二十年没进富裕门”), a
# poem (“上下两千年，纵横数万里”) or a slogan (“以制造业为中心，强化三个功能”). Its numerals
# count nothing an editor could check. Speech (a pronoun, a particle) keeps its figures.
_QUOTED_SAYING_RE = re.compile("“([\u4e00-\u9fff]{3,10})，([\u4e00-\u9fff]{3,10})”")
# Pronouns and classical particles: a quote holding one is speech or a saying someone said
# (立志而圣则圣矣), no slogan (programs.py reads quotes with them so too).
SPOKEN_CHARS = frozenset("我你他她它矣亦乎哉兮也")


def _quoted_sayings(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _QUOTED_SAYING_RE.finditer(text)
        if abs(len(m.group(1)) - len(m.group(2))) <= 1 and SPOKEN_CHARS.isdisjoint(m.group())
    ]


def _start_key(f: _Found) -> tuple[int, int]:
    return (f.start, -f.end)


_BARE_NUMBER_RE = re.compile(rf"(?P<num>{_AR_NUM}|[{CN_NUMERAL_CHARS}]+)(?P<scale>{_SCALE})?")


def parse_quantity(text: str) -> Quantity | None:
    """The quantity a figure text states ("104147.31万元", "三成", "近十万人", "35%以上",
    "全省第一", "约10.4亿元"), or None when it states none or several. A bare number
    ("1041473100", "十万") gives unit None."""
    text = text.strip()
    if not text:
        return None
    found = find_quantities(text)
    if len(found) == 1:
        start, end, quantity = found[0]
        if not text[:start].strip() and not text[end:].strip():
            return quantity
        return None
    if found:
        return None
    m = _BARE_NUMBER_RE.fullmatch(text)
    if m:
        scale = SCALES[m.group("scale")] if m.group("scale") else 1
        parsed = _numeral(m.group("num"), scale)
        if parsed is not None:
            return Quantity(parsed[0], None, parsed[1], "count")
    return None
