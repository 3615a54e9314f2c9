"""Places: mentions of China's administrative divisions (and of a few foreign countries),
normalized to the hierarchy, with provenance (SPEC section 3).

How it reads an article:

1. Longest match over the gazetteer's names and short forms, the foreign countries and
   the national new areas, with stop strings (平安, 岳阳楼, 长治久安 …) taking their span
   and giving nothing, except a common word that is a division's short form right after
   its own province or city (陕西安康, 重庆长寿). A short form after a surname and before
   说/表示/书记 … is a name.
2. Mentions that name one division and need no context (full names; short forms of
   provinces and cities) resolve at once and make the article's context, together with
   the headline's places and `title_place_hint`.
3. The others resolve by that context: a name right after its parent (北京市朝阳区,
   湖南岳阳), else the candidate whose own division, city or province the article names.
   A county's short form always needs such support (平江, 余姚); a name shared by several
   divisions with no support is dropped, never guessed.
4. What follows a resolved division is read on: a development zone (岳阳经开区 → the city),
   a sub-county place (岳阳楼区东茅岭桥头社区 → community of 岳阳楼区, then 镇 → 村).
   Zones and sub-county places standing alone (、南湖新区, 在夏桥村) attach to the
   article's main place.

Every record satisfies ``paragraphs[p][start:end] == text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ahocorasick_rs import AhoCorasick, MatchKind

from corpus_tool.extract.context import TITLE_RE, JoinedText
from corpus_tool.extract.people import TIBETAN_PARTS
from corpus_tool.gazetteer import MUNICIPALITIES, Division, Gazetteer, load_gazetteer
from corpus_tool.segment import cut

# Foreign countries: surface → normalized name. A short list of the countries Chinese
# governance news mention; level "other".
FOREIGN_COUNTRIES: dict[str, str] = {
    name: name
    for name in (
        "美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 "
        "挪威 芬兰 丹麦 波兰 奥地利 希腊 爱尔兰 捷克 匈牙利 塞尔维亚 乌克兰 白俄罗斯 土耳其 "
        "哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 蒙古国 越南 老挝 柬埔寨 "
        "泰国 缅甸 马来西亚 新加坡 印度尼西亚 菲律宾 文莱 印度 巴基斯坦 孟加拉国 尼泊尔 "
        "斯里兰卡 阿富汗 伊朗 伊拉克 叙利亚 以色列 巴勒斯坦 沙特阿拉伯 阿联酋 卡塔尔 埃及 "
        "南非 尼日利亚 埃塞俄比亚 肯尼亚 坦桑尼亚 安哥拉 阿尔及利亚 澳大利亚 新西兰 加拿大 "
        "墨西哥 巴西 阿根廷 智利 秘鲁 古巴 委内瑞拉 哥伦比亚 "
        # the rest of the UN's members (新闻联播 reports on any of them), but for names that
        # are more often parts of words: 中非 (中非合作, 其中非), 海地 (沿海地区), 黑山
        # (黑山峡); 马里 is read (马里兰州 is longer), and 加蓬 (a stop entry: 更加蓬勃)
        "阿尔巴尼亚 安道尔 亚美尼亚 阿塞拜疆 巴林 保加利亚 波斯尼亚和黑塞哥维那 克罗地亚 "
        "塞浦路斯 爱沙尼亚 格鲁吉亚 冰岛 拉脱维亚 列支敦士登 立陶宛 卢森堡 马耳他 摩尔多瓦 "
        "摩纳哥 北马其顿 罗马尼亚 圣马力诺 斯洛伐克 斯洛文尼亚 约旦 科威特 黎巴嫩 阿曼 "
        "也门 不丹 马尔代夫 东帝汶 贝宁 博茨瓦纳 布基纳法索 布隆迪 佛得角 喀麦隆 乍得 "
        "科摩罗 刚果 科特迪瓦 吉布提 赤道几内亚 厄立特里亚 斯威士兰 埃斯瓦蒂尼 冈比亚 "
        "加纳 几内亚 几内亚比绍 莱索托 利比里亚 利比亚 马达加斯加 马拉维 毛里塔尼亚 "
        "毛里求斯 摩洛哥 莫桑比克 纳米比亚 尼日尔 卢旺达 圣多美和普林西比 塞内加尔 塞舌尔 "
        "塞拉利昂 索马里 马里 加蓬 南苏丹 苏丹 多哥 突尼斯 乌干达 赞比亚 津巴布韦 安提瓜和巴布达 巴哈马 "
        "巴巴多斯 伯利兹 玻利维亚 哥斯达黎加 多米尼克 多米尼加 厄瓜多尔 萨尔瓦多 格林纳达 "
        "危地马拉 圭亚那 洪都拉斯 牙买加 尼加拉瓜 巴拿马 巴拉圭 圣基茨和尼维斯 圣卢西亚 "
        "圣文森特和格林纳丁斯 苏里南 特立尼达和多巴哥 乌拉圭 斐济 基里巴斯 马绍尔群岛 密克罗尼西亚 "
        "瑙鲁 帕劳 巴布亚新几内亚 萨摩亚 所罗门群岛 汤加 图瓦卢 瓦努阿图 梵蒂冈"
    ).split()
}
FOREIGN_COUNTRIES.update(
    {"印尼": "印度尼西亚", "沙特": "沙特阿拉伯", "美利坚合众国": "美国", "苏联": "苏联"}
)
# The two Congos, told apart by their capitals' first characters in brackets (刚果（金）
# is Kinshasa's, 刚果（布） Brazzaville's); 刚果 alone stays as written.
FOREIGN_COUNTRIES.update(
    {f"刚果{o}{c}{e}": f"刚果（{c}）" for c in "金布" for o, e in (("（", "）"), ("(", ")"))}
)

# National-level new areas whose name does not start with their city's name; the value
# is the division they belong to (a province when they span several cities).
NEW_AREAS: dict[str, str] = {
    "雄安新区": "130000",
    "两江新区": "500000",
    "天府新区": "510100",
    "舟山群岛新区": "330900",
    "兰州新区": "620100",
    "南沙新区": "440100",
    "西咸新区": "610000",
    "贵安新区": "520000",
    "西海岸新区": "370200",
    "金普新区": "210200",
    "赣江新区": "360000",
    "湘江新区": "430100",
    "江北新区": "320100",
    "福州新区": "350100",
    "滇中新区": "530000",
    "哈尔滨新区": "230100",
    "长春新区": "220100",
    "横琴新区": "440400",
    "横琴": "440400",  # 横琴粤澳深度合作区, written 横琴 alone (珠海和澳门合作开发横琴)
}

# Regions that are no administrative division but that news name as places: level
# "other". 缅北 is northern Myanmar, the country's; the others (several provinces, or a
# foreign sub-national region) keep the name as written.
REGIONS: dict[str, str] = {
    "缅北": "缅甸",
    "缅甸北部": "缅甸",
    "长三角": "长三角",
    "珠三角": "珠三角",
    "京津冀": "京津冀",
    "粤港澳大湾区": "粤港澳大湾区",
    "粤港澳": "粤港澳",  # 粤港澳三地, 粤港澳合作: the three as one region, like 京津冀
    "成渝地区双城经济圈": "成渝地区双城经济圈",
    "果敢自治区": "果敢自治区",
    "佤邦": "佤邦",
    # names that hold 马里 (Mali) but are American (马里兰州, 马里科帕县)
    "马里兰州": "马里兰州",
    "马里兰": "马里兰",
    "马里科帕县": "马里科帕县",
    "掸邦": "掸邦",
    "克钦邦": "克钦邦",
    "若开邦": "若开邦",
    "科索沃": "科索沃",
}
# Foreign cities that news name without their country: level "other", named with the
# country first as the gold annotations write them (纽约 → 美国纽约). Names that are also
# common words are left out (万象 包罗万象, 金边, 马赛 马赛克, 米兰 a given name, 亚丁
# 稻城亚丁, 汉堡 the food, 河内 of 黄河内蒙古段).
FOREIGN_CITIES: dict[str, str] = {
    city: country + city
    for country, cities in (
        ("美国", "纽约 华盛顿 洛杉矶 旧金山 芝加哥 休斯敦 西雅图 波士顿 费城 迈阿密 檀香山"),
        ("英国", "伦敦 曼彻斯特 利物浦 爱丁堡"),
        ("法国", "巴黎"),
        ("德国", "柏林 慕尼黑 法兰克福"),
        ("意大利", "罗马 威尼斯 佛罗伦萨"),
        ("西班牙", "马德里 巴塞罗那"),
        ("葡萄牙", "里斯本"),
        ("荷兰", "阿姆斯特丹 海牙"),
        ("比利时", "布鲁塞尔"),
        ("瑞士", "日内瓦 苏黎世 伯尔尼 达沃斯 洛桑"),
        ("奥地利", "维也纳"),
        ("希腊", "雅典"),
        ("俄罗斯", "莫斯科 圣彼得堡 喀山 符拉迪沃斯托克"),
        ("乌克兰", "基辅 哈尔科夫 敖德萨"),
        ("白俄罗斯", "明斯克"),
        ("波兰", "华沙"),
        ("捷克", "布拉格"),
        ("匈牙利", "布达佩斯"),
        ("塞尔维亚", "贝尔格莱德"),
        ("瑞典", "斯德哥尔摩"),
        ("挪威", "奥斯陆"),
        ("芬兰", "赫尔辛基"),
        ("丹麦", "哥本哈根"),
        ("爱尔兰", "都柏林"),
        ("土耳其", "安卡拉 伊斯坦布尔"),
        ("日本", "东京 大阪 京都 横滨 名古屋 神户 札幌 福冈"),
        ("韩国", "首尔 釜山 仁川"),
        ("朝鲜", "平壤"),
        ("蒙古国", "乌兰巴托"),
        ("泰国", "曼谷"),
        ("越南", "胡志明市"),
        ("缅甸", "仰光 内比都"),
        ("马来西亚", "吉隆坡"),
        ("印度尼西亚", "雅加达"),
        ("菲律宾", "马尼拉"),
        ("印度", "新德里 孟买"),
        ("巴基斯坦", "伊斯兰堡 卡拉奇"),
        ("孟加拉国", "达卡"),
        ("斯里兰卡", "科伦坡"),
        ("尼泊尔", "加德满都"),
        ("阿富汗", "喀布尔"),
        ("伊朗", "德黑兰"),
        ("伊拉克", "巴格达"),
        ("叙利亚", "大马士革"),
        ("黎巴嫩", "贝鲁特"),
        ("以色列", "特拉维夫"),
        ("巴勒斯坦", "加沙地带 加沙 约旦河西岸 汗尤尼斯"),
        ("沙特阿拉伯", "利雅得 吉达 麦加"),
        ("阿联酋", "迪拜 阿布扎比"),
        ("卡塔尔", "多哈"),
        ("埃及", "开罗"),
        ("埃塞俄比亚", "亚的斯亚贝巴"),
        ("肯尼亚", "内罗毕"),
        ("尼日利亚", "阿布贾 拉各斯"),
        ("南非", "约翰内斯堡 比勒陀利亚 开普敦"),
        ("哈萨克斯坦", "阿斯塔纳 努尔苏丹 阿拉木图"),
        ("乌兹别克斯坦", "塔什干"),
        ("吉尔吉斯斯坦", "比什凯克"),
        ("塔吉克斯坦", "杜尚别"),
        ("加拿大", "渥太华 多伦多 温哥华 蒙特利尔"),
        ("墨西哥", "墨西哥城"),
        ("古巴", "哈瓦那"),
        ("巴西", "巴西利亚 圣保罗 里约热内卢"),
        ("阿根廷", "布宜诺斯艾利斯"),
        ("秘鲁", "利马"),
        ("哥伦比亚", "波哥大"),
        ("委内瑞拉", "加拉加斯"),
        ("澳大利亚", "堪培拉 悉尼 墨尔本 珀斯 布里斯班 阿德莱德"),
        ("新西兰", "惠灵顿 奥克兰 基督城"),
        ("安哥拉", "罗安达"),
        ("坦桑尼亚", "达累斯萨拉姆"),
        ("津巴布韦", "哈拉雷"),
        ("赞比亚", "卢萨卡"),
        ("塞内加尔", "达喀尔"),
        ("阿尔及利亚", "阿尔及尔"),
        ("摩洛哥", "拉巴特"),
        ("苏丹", "喀土穆"),
        ("阿塞拜疆", "巴库"),
        ("格鲁吉亚", "第比利斯"),
        ("亚美尼亚", "埃里温"),
        ("土库曼斯坦", "阿什哈巴德"),
        ("立陶宛", "维尔纽斯"),
        ("罗马尼亚", "布加勒斯特"),
        ("克罗地亚", "萨格勒布"),
        ("斯洛文尼亚", "卢布尔雅那"),
        ("阿尔巴尼亚", "地拉那"),
        ("北马其顿", "斯科普里"),
        ("波黑", "萨拉热窝"),
        ("黑山", "波德戈里察"),
        ("斯洛伐克", "布拉迪斯拉发"),
        ("马耳他", "瓦莱塔"),
        ("塞浦路斯", "尼科西亚"),
        ("冰岛", "雷克雅未克"),
        ("约旦", "安曼"),
        ("阿曼", "马斯喀特"),
        ("巴林", "麦纳麦"),
        ("也门", "萨那"),
        ("马拉维", "利隆圭"),
        ("博茨瓦纳", "哈博罗内"),
        ("纳米比亚", "温得和克"),
        ("莫桑比克", "马普托"),
        ("乌干达", "坎帕拉"),
        ("卢旺达", "基加利"),
        ("刚果（金）", "金沙萨"),
        ("刚果（布）", "布拉柴维尔"),
        ("加纳", "阿克拉"),
        ("马里", "巴马科"),
        ("尼日尔", "尼亚美"),
        ("布基纳法索", "瓦加杜古"),
        ("几内亚", "科纳克里"),
        ("塞拉利昂", "弗里敦"),
        ("利比里亚", "蒙罗维亚"),
        ("多哥", "洛美"),
        ("贝宁", "科托努"),
        ("喀麦隆", "雅温得"),
        ("加蓬", "利伯维尔"),
        ("乍得", "恩贾梅纳"),
        ("厄立特里亚", "阿斯马拉"),
        ("索马里", "摩加迪沙"),
        ("南苏丹", "朱巴"),
        ("利比亚", "的黎波里"),
        ("毛里塔尼亚", "努瓦克肖特"),
        ("马达加斯加", "塔那那利佛"),
        ("毛里求斯", "路易港"),
        ("玻利维亚", "拉巴斯"),
        ("巴拉圭", "亚松森"),
        ("乌拉圭", "蒙得维的亚"),
        ("尼加拉瓜", "马那瓜"),
        ("洪都拉斯", "特古西加尔巴"),
        ("萨尔瓦多", "圣萨尔瓦多"),
        ("牙买加", "金斯敦"),
        ("海地", "太子港"),
        ("多米尼加", "圣多明各"),
        ("斐济", "苏瓦"),
        ("巴布亚新几内亚", "莫尔兹比港"),
        ("萨摩亚", "阿皮亚"),
        ("汤加", "努库阿洛法"),
        ("所罗门群岛", "霍尼亚拉"),
        ("瓦努阿图", "维拉港"),
        ("不丹", "廷布"),
        ("文莱", "斯里巴加湾市"),
    )
    for city in cities.split()
}
FOREIGN_COUNTRY_NAMES = tuple(FOREIGN_COUNTRIES)
# Capitals left out above for being common words too, read only right after their
# country or 首都 (越南首都河内, 柬埔寨金边; not 黄河内蒙古段, 金边 "a golden edge").
GUARDED_CAPITALS: dict[str, str] = {
    "河内": "越南",
    "金边": "柬埔寨",
    "万象": "老挝",
    "亚丁": "也门",
}
GUARDED_CAPITAL_RE = re.compile("|".join(GUARDED_CAPITALS))
# Every surface form of level "other" and the name it is given.
OTHER_PLACES: dict[str, str] = {**FOREIGN_COUNTRIES, **FOREIGN_CITIES, **REGIONS}
# Every province's one-character form. 京, 沪, 津 and 渝 alone are read only in fixed
# phrases (在京召开, 来京工作, 赴沪出席); every form in a list of them that a count of
# provinces or places follows (湘鄂渝黔四省市, 川渝两地, 沪苏浙皖三省), or a list of three or
# more before 地区 (港澳台地区; 港澳地区 is one region).
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    ch: code
    for chars, code in (
        ("京", "110000"), ("津", "120000"), ("冀", "130000"), ("晋", "140000"),
        ("蒙", "150000"), ("辽", "210000"), ("吉", "220000"), ("黑", "230000"),
        ("沪", "310000"), ("苏", "320000"), ("浙", "330000"), ("皖", "340000"),
        ("闽", "350000"), ("赣", "360000"), ("鲁", "370000"), ("豫", "410000"),
        ("鄂", "420000"), ("湘", "430000"), ("粤", "440000"), ("桂", "450000"),
        ("琼", "460000"), ("渝", "500000"), ("川蜀", "510000"), ("黔贵", "520000"),
        ("滇云", "530000"), ("藏", "540000"), ("陕秦", "610000"), ("甘陇", "620000"),
        ("青", "630000"), ("宁", "640000"), ("新", "650000"), ("港", "810000"),
        ("澳", "820000"), ("台", "710000"),
    )
    for ch in chars
}
# A run of three one-character forms or more, then punctuation or a character that ends the
# run (的, 等, 地区 …), and two forms before 交界 (川渝交界).
# (written [form][form]{2,5}, not [form]{3,6}: a pattern that opens with a character class,
# not a repeat, is looked for by the regex engine's fast scan for that class)
ABBREV_RUN_RE = re.compile(
    "[{0}][{0}]{{2,5}}(?=[，。、；：！？“”‘’（）()《》…—]|[的等地])".format("".join(PROVINCE_ABBREVIATIONS))
)
BORDER_RE = re.compile("交界(?<=[" + "".join(PROVINCE_ABBREVIATIONS) + "]交界)")  # from 交, as ABBREV_RE
# One-character forms of a city: the municipalities (京 in 在京召开) and 汉 for 武汉, read only
# after a verb of coming or being, before a verb of meeting or working (在京召开, 赴沪出席)
# or where the phrase ends (进京“赶考”, 返京人员, 离汉通道, 抵汉，, 在汉人员); not 进京津冀 (a
# region), 在京东 (a company), 汉族, 汉代, 汉江 (what follows goes on), 援津 (aid to Zimbabwe).
ONE_CHAR_CITIES = {**{c: PROVINCE_ABBREVIATIONS[c] for c in "京沪津渝"}, "汉": "420100"}
# The pattern starts with the character itself and looks back at the verb from there: a
# pattern that opens with a lookbehind is tried at every position of the text.
ABBREV_RE = re.compile(
    "([京沪津渝汉])"
    "(?:(?<=[在来赴抵返进离].)(?=召开|举行|举办|开幕|闭幕|期间|工作|出席|会见|会谈|参加|考察|调研|主持"
    "|访问|通过视频)"
    "|(?<=[来赴抵返进离留到].)(?=[，。、；：）“”]|的|人员|复工|时|采访|培训|务工|医|就医|对|到|通道|离)"
    "|(?<=在.)(?=人员))"
)
# Found from the count (a pattern that starts with the characters is tried at each one).
PROVINCE_COUNT_RE = re.compile("[两二三四五六七八九](?=省|地|市)")

# Characters of transliterated foreign names (敖德萨, 尼古拉耶夫, 加利福尼亚): a run of
# three or more of them before 州/市/邦 names a foreign sub-national place, read only
# when the article names a foreign country.
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拜班贝本比彼宾波伯勃布查达戴丹德登迪蒂丁杜顿多俄厄恩尔法菲费芬"
    "弗福伽盖甘冈戈格贡古瓜圭哈海亨赫胡华霍基吉加贾杰捷金喀卡凯坎康科克肯库奎拉莱赖兰朗劳"
    "勒雷里利列林琳卢鲁伦罗洛马迈麦曼芒毛梅门蒙米密缪莫姆穆纳奈南内尼涅努诺欧帕潘佩皮珀"
    "普齐奇恰乔切萨塞桑瑟森沙莎舍什斯苏索塔泰坦汤特提图托瓦威韦维温沃乌西希锡夏谢辛休"
    "雅亚扬耶伊因英尤扎泽詹兹佐敖夫诺易那夕约堡盛顿佛明"
)
# [东西南北上下]?[translit]{3,7}, written to open with one character class (the regex engine
# scans fast for it; an optional opening is tried at every position): a direction and
# three to seven transliteration characters, or those alone (the direction first, as ?
# tries it first; 西 and 南 are both).
FOREIGN_SUB_RE = re.compile(
    "[东西南北上下{0}](?:(?<=[东西南北上下])[{0}]{{3,7}}|(?<=[{0}])[{0}]{{2,6}})(?:州|市|邦|边疆区|省)".format(
        "".join(sorted(TRANSLIT_CHARS))
    )
)

ZONE_SUFFIXES = (
    "高新技术产业开发区",
    "经济技术开发区",
    "高新技术开发区",
    "经济开发区",
    "经开区",
    "高新区",
    "开发区",
    "新区",
)
SUB_SUFFIXES = (
    ("社区", "community"),
    ("小区", "community"),
    ("街道", "township"),
    ("街", "township"),  # 白云区三元里街|松柏岗社区: only before a community or village (below)
    ("村社区", "community"),  # 民主村社区: a community named after the village it was
    ("村", "village"),
    ("镇", "township"),
    ("乡", "township"),
)

# Characters that do not occur inside the name of a village, town or zone: particles,
# pronouns, quantifiers, verbs of speech. A "name" holding one is a phrase (以村民小组).
FUNCTION_CHARS = frozenset(
    "的了和与及在对把为从向到等是有个各全本该每所其这那此某多数几些以将被让给由于就都也还又"
    "并而或之着过说讲称们我你他她它不没很最更非已曾正能会要可应需请使得地吗呢吧啊乡镇村街社区副"
)
# Words that make a phrase, not a name, before 村/镇/乡/社区/新区 (贫困村, 示范村, 推进乡).
GENERIC_WORDS = (
    "推进 加强 开展 实施 全面 深入 建设 发展 打造 创建 推动 开始 已经 积极 持续 大力 围绕 坚持 "
    "通过 进行 成立 设立 举办 组织 所有 部分 贫困 示范 重点 试点 行政 自然 美丽 特色 文明 和谐 "
    "平安 幸福 偏远 边远 农业 少数 民族 当地 周边 附近 基层 城市 城郊 农村 新型 传统 省级 市级 "
    "县级 国家 全国 全省 全市 全县 全区 各地 城乡 集镇 移民 搬迁 安置 易地 先进 标准 模范 "
    "生态 绿色 智慧 数字 网红 淘宝 电商 旅游 产业 工业 商业 文化 历史 红色 美丽 宜居 无毒 "
    "无邪 无访 零上 星级 达标 合格 优秀 一个 两个 三个 相关 所在 邻近 毗邻 整个 个别 原来 "
    "现在 目前 今年 去年 未来 开发 经济 技术 高新 国家级 省市 市县 县乡 乡村 村级 社区 "
    "街道 小区 片区 园区 城区 新区 老区 山区 库区 景区 牧区 林区 矿区 湖区 灾区 "
    "加快 促进 支持 鼓励 引导 规范 完善 优化 提升 强化 建立 健全 落实 保障 服务 管理 治理 "
    "整治 改造 升级 扩大 深化 培育 带动 引领 做好 抓好 用好 办好 搞好 突出 巩固 利用 依托 "
    "聚焦 对接 融入 联动 统筹 协调 动员 参与 面向 覆盖 辐射 包括 涉及 进入 返回 回到 离开 "
    "留在 设在 组建 挂牌 入驻 进驻 落户 因时 因势 防控 疫情 教育 医疗 卫生 养老 供电 供水 "
    "电力 电网 公司 集团 企业 银行 学校 医院 中心 工厂 市场 商场 超市 项目 基地 工程 全村 "
    "全镇 全乡 每个 各个 多个 一批 一流 一些 这些 那些 其他 其它 各类 各级 上级 下级 "
    "分行 支行 老旧 居民 住宅 商品 封闭 开放 物业 高档 新建 扶贫 驻点 帮扶 结对 "
    "重视 出租房 出租屋 群租房 发挥 打破 提高 增强 推广 吸引 隔壁 富裕 改善 主题 梳理 清理 整理"
).split()
GENERIC_RE = re.compile("|".join(sorted(set(GENERIC_WORDS), key=len, reverse=True)))
# Nor organization words: 供电公司三台镇 is a company and a town, not one name.
ORG_CHARS = frozenset("司局厅院所站队部委会校馆厂店处科股办署")
# A township or village suffix followed by one of these is part of another word (乡村, 乡亲,
# 镇街, 村民 is fine: 夏桥村村民).
SUFFIX_BREAKERS = {"乡": "村镇亲贤土情愁", "镇": "街村", "村": "镇庄落级官", "街道": "办"}
# ... and preceded by one of these, the suffix ends another word (城乡, 水乡, 农村, 城镇).
SUFFIX_MAKERS = {"乡": "城水家故下同", "村": "农乡山", "镇": "城乡村古小名重强集"}

# A standalone sub-county name must follow one of these words (在夏桥村, 家住XX社区); a
# standalone zone may also follow punctuation (、南湖新区). Without a division before it,
# that is all that tells a name from a phrase ending in 村 or 乡 (大学生村官, 巩固城乡).
LEFT_TRIGGERS = (
    "家住",
    "来到",
    "来自",
    "走进",
    "走访",
    "位于",
    "地处",
    "深入",
    "前往",
    "住在",
    "在",
    "到",
    "于",
    "赴",
    "去",
    "住",
)
# Characters after which a county's short form may start when only its province backs
# it: what precedes a place name, not the inside of a word (明阳新能源, 畅通海外).
LEFT_OK = frozenset("在到于从和与及赴去来的是对为向经自将把让即等共全、，。；：“（省市州县区")
PUNCTUATION = frozenset("，。、；：！？“”‘’（）《》〈〉【】—…·,.;:!?()[] \u3000\t\n\"'")

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)
NAME_FOLLOWERS = (
    "说",
    "表示",
    "指出",
    "介绍",
    "告诉",
    "认为",
    "强调",
    "同志",
    "先生",
    "女士",
    "书记",
    "局长",
    "主任",
    "县长",
    "市长",
    "省长",
    "院长",
    "所长",
    "代表",
    "委员",
)

MEASURE_CHARS = frozenset("名个位家所座条")
# Names whose last two characters are a word of their own (西山区 = 西 + 山区): inside a
# longer word they are that word.
WORD_TAILS = frozenset({"山区", "城区", "湖区", "新区", "矿区", "郊区", "市区"})
NUMERALS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万")

DIVISION, STOP, COUNTRY, NEW_AREA, REGION = "division", "stop", "country", "new_area", "region"


@dataclass(slots=True)
class _Match:
    paragraph: int
    start: int
    end: int
    text: str
    kind: str
    candidates: tuple[Division, ...] = ()
    resolved: Division | None = None
    anchor: str | None = None  # for NEW_AREA: the division the area belongs to


@dataclass(slots=True)
class _Record:
    text: str
    name: str
    level: str
    adcode: str | None
    paragraph: int
    start: int
    end: int
    province: str | None
    city: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "level": self.level,
            "adcode": self.adcode,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "province": self.province,
            "city": self.city,
        }


class _Matcher:
    """Longest match over every surface string the extractor knows."""

    def __init__(self, gz: Gazetteer) -> None:
        self.kinds: dict[str, str] = {}
        for surface in gz.stop_forms():
            self.kinds[surface] = STOP
        for surface in FOREIGN_COUNTRIES:
            self.kinds[surface] = COUNTRY
        for surface in gz.surface_forms():
            self.kinds[surface] = DIVISION
        for surface in NEW_AREAS:
            self.kinds[surface] = NEW_AREA
        for surface in (*REGIONS, *FOREIGN_CITIES):
            self.kinds[surface] = REGION
        # Leftmost-longest matching over every surface at once is what an Aho-Corasick
        # automaton does (ahocorasick-rs); a Python loop over the candidate positions
        # cost more than segmenting the text.
        self.surfaces = list(self.kinds)
        self.kind_of_index = [self.kinds[surface] for surface in self.surfaces]
        self.automaton = AhoCorasick(self.surfaces, matchkind=MatchKind.LeftmostLongest)
        # Surfaces that are some division's own name (岳阳市), not only a short form.
        self.official_names = frozenset(div.name for div in gz)

    def scan(self, text: str) -> list[tuple[int, int, str, str]]:
        out: list[tuple[int, int, str, str]] = []
        kinds, surfaces = self.kind_of_index, self.surfaces
        pos = 0
        while True:
            matches = self.automaton.find_matches_as_indexes(text[pos:] if pos else text)
            redo = None
            for index, s, e in matches:
                i = s + pos
                first = text[i]
                if (first in "月日年" and i > 0 and text[i - 1] in NUMERALS) or (
                    first == "从" and text[i + 1 : i + 3] in ("江西", "江苏")
                ):
                    # 3月湖北省 is a date, then 湖北省, not 月湖 + 北省; 从江西吉安市: from
                    # 江西, not the county 从江. Read on from the next character.
                    redo = i + 1
                    break
                out.append((i, e + pos, surfaces[index], kinds[index]))
            if redo is None:
                return out
            pos = redo


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    return _Matcher(load_gazetteer())


# Words opening with 文 or 语 after a country's name that are still about the country
# (朝鲜文化, 日本文学), unlike its language (朝鲜文, 蒙古语)
COUNTRY_WORDS_IN_WEN = frozenset({"文化", "文明", "文物", "文件", "文学", "文艺", "文旅", "语境"})
# Words ending in 城 before a county named 城… (科学城|北区, 新城|南区): no 城北区, 城南区.
WORDS_ENDING_IN_CHENG = frozenset(("学城", "新城", "古城", "老城", "县城", "京城", "商城", "名城", "都城", "省城", "山城", "边城", "影城", "园城"))
NOT_STREET = ("路线", "路径", "路过", "路演", "路途")
# What follows an ethnic group's name that is also a county's short form (鄂温克 →
# 鄂温克族自治旗) when the people are meant: 鄂温克人, 鄂温克猎民, 鄂温克语, 鄂温克使鹿部落.
ETHNIC_PEOPLE_AFTER = frozenset("人族猎语民老妇使部营小姑青少儿")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# What follows a person and hardly ever a place (广东表示 is the province's government).
PERSON_ONLY_FOLLOWERS = ("说", "回想", "回忆", "笑着说", "告诉")
STRONG_FOLLOWERS = ("介绍", "表示", "指出", "告诉", "认为", "强调", "同志", "先生", "女士")
STRONG_FOLLOWER_SET = frozenset(STRONG_FOLLOWERS)
assert all(len(word) == 2 for word in STRONG_FOLLOWERS)


def _looks_like_person(text: str, start: int, end: int) -> bool:
    """王平江说 / 刘江华书记: a surname, a short form, then speech or a title;
    韩国荣介绍: a place name, one more character, then a verb of speech."""
    if start > 0 and text[start - 1] in SURNAMES and text.startswith(NAME_FOLLOWERS, end):
        return True
    if (
        end - start == 2
        and text[start] in SURNAMES
        and text.startswith(PERSON_ONLY_FOLLOWERS, end)
        and (start == 0 or not _is_han(text[start - 1]) or text[start - 1] == "的")
    ):
        return True  # ”金平说, 白发苍苍的金平回想: a person whose name is a county's short form
    nxt = text[end : end + 1]
    if not nxt or not _is_han(nxt) or nxt in "人方民籍队军省市县区州":
        return False
    if text[end + 1 : end + 3] in STRONG_FOLLOWER_SET:  # (all two characters long)
        return True
    # 尼玛扎西委员发言说: a short form, one or two more characters, then a session speaker
    # (the cheap test of the title first: it fails almost everywhere)
    for k in (1, 2):
        if (
            text[end + k : end + k + 2] in SPEAKER_TITLES
            and all(_is_han(ch) and ch not in "人方民籍队军省市县区州" for ch in text[end : end + k])
            and SPEAKER_RE.match(text, end + k) is not None
        ):
            return True
    return False


SPEAKER_TITLES = frozenset({"委员", "代表"})  # (both two characters long)
SPEAKER_RE = re.compile("(?:委员|代表)(?:发言|说|表示|建议|指出|认为)")


# A character no name core holds: not Han, a function or organization character, or a
# division suffix (one regex search instead of a Python loop over the characters).
NOT_CORE_RE = re.compile(
    "[^\u4e00-\u9fff]|[" + re.escape("".join(sorted(FUNCTION_CHARS | ORG_CHARS | set("省市县州")))) + "]"
)


# Housing estates are named after work units (电池厂南院小区, 科学院小区): before 小区 a
# name may hold organization characters, though no function character.
NOT_ESTATE_CORE_RE = re.compile(
    "[^\u4e00-\u9fff]|[" + re.escape("".join(sorted(FUNCTION_CHARS | set("省市县州")))) + "]"
)


# Function characters that also end two-character township and village names (保和镇,
# 永和村, 中和镇); in a longer core they still end a phrase (企业和|社区).
NAME_END_CHARS = "和"


def _name_core_ok(core: str, estate: bool = False) -> bool:
    core = core.replace("各庄", "庄")  # 山里各庄村, 王各庄: 各 of a northern village name
    if len(core) == 2 and core[1] in NAME_END_CHARS and core[0] not in FUNCTION_CHARS:
        core = core[0] + "甲"  # a plain Han character: past the check below
    if not 2 <= len(core) <= 6:
        return False
    if (NOT_ESTATE_CORE_RE if estate else NOT_CORE_RE).search(core) is not None:
        return False
    return GENERIC_RE.search(core) is None


# A subdistrict written with 街 for 街道 (广州 writes 三元里街, 白云湖街) is one only when a
# community or a village of it follows: 白云湖街|夏茅村.
STREET_BEFORE_SUB_RE = re.compile("(?!道)[\u4e00-\u9fff]{2,5}?(?:社区|村)(?![\u4e00-\u9fff]{0,2}(?:路|街))")
# First characters of the suffixes: most positions fail this one test.
SUB_SUFFIX_FIRSTS = frozenset(suffix[0] for suffix, _ in SUB_SUFFIXES)
ZONE_SUFFIX_FIRSTS = frozenset(suffix[0] for suffix in ZONE_SUFFIXES)
TAIL_FIRSTS = SUB_SUFFIX_FIRSTS | ZONE_SUFFIX_FIRSTS | {"小"}


def _sub_suffix_at(text: str, pos: int, name_before: bool = False) -> tuple[str, str] | None:
    """The sub-county suffix at `pos` and its level; `name_before`: a place name ends at
    `pos`, so the character before cannot make a word with the suffix (新乡|镇)."""
    if text[pos : pos + 1] not in SUB_SUFFIX_FIRSTS:
        return None
    for suffix, level in SUB_SUFFIXES:
        if text.startswith(suffix, pos):
            if suffix == "街" and not STREET_BEFORE_SUB_RE.match(text, pos + 1):
                continue  # 松柏大街, 步行街: a street, no subdistrict
            after = text[pos + len(suffix) : pos + len(suffix) + 1]
            if after and after in SUFFIX_BREAKERS.get(suffix, ""):
                continue
            before = text[pos - 1 : pos]
            if not name_before and before and before in SUFFIX_MAKERS.get(suffix, ""):
                continue
            return suffix, level
    return None


def _zone_suffix_at(text: str, pos: int) -> str | None:
    if text[pos : pos + 1] not in ZONE_SUFFIX_FIRSTS:
        return None
    for suffix in ZONE_SUFFIXES:
        if text.startswith(suffix, pos):
            return suffix
    return None


def _named_tail(
    text: str, pos: int, blocked: bytearray, max_core: int = 6
) -> tuple[int, str, str] | None:
    """A name of 2..max_core characters at `pos` followed by a zone or sub-county suffix:
    (end, level, kind) with kind "zone" or "sub". Nothing when the name would run into
    a span already taken by another place (`blocked`)."""
    if TAIL_FIRSTS.isdisjoint(text[pos + 2 : pos + max_core + 1]):
        return None  # no suffix can start after any core length: most places end here
    estate_only = False  # the core holds an organization character: only 小区 may follow
    for k in range(2, max_core + 1):
        core = text[pos : pos + k]
        if len(core) < k or blocked[pos + k - 1]:
            return None
        if core.endswith("各") and text.startswith("庄", pos + k):
            continue  # 山里各|庄村: read on
        if not estate_only and not _name_core_ok(core):
            if not _name_core_ok(core, estate=True):
                return None
            estate_only = True
        elif estate_only and not _name_core_ok(core, estate=True):
            return None
        if estate_only:
            if text.startswith("小区", pos + k):
                end = pos + k + 2
                return (end, "community", "sub") if 1 not in blocked[pos:end] else None
            continue
        end = None
        zone = _zone_suffix_at(text, pos + k)
        if zone:
            end, level, kind = pos + k + len(zone), "county", "zone"
        else:
            sub = _sub_suffix_at(text, pos + k)
            if sub:
                end, level, kind = pos + k + len(sub[0]), sub[1], "sub"
        if end is not None:
            return (end, level, kind) if 1 not in blocked[pos:end] else None
    return None


class _Resolver:
    def __init__(self, gz: Gazetteer) -> None:
        self.gz = gz
        self.context: dict[str, int] = {}  # adcode → weight (a dict: Counter's += costs more)

    def add_context(self, div: Division, weight: int = 1) -> None:
        context = self.context
        for code in _chain_codes(self.gz, div.adcode):
            context[code] = context.get(code, 0) + weight

    @staticmethod
    def needs_context(surface: str, div: Division) -> bool:
        return surface != div.name and div.level == "county"

    def unambiguous(self, m: _Match) -> Division | None:
        if len(m.candidates) == 1 and not self.needs_context(m.text, m.candidates[0]):
            return m.candidates[0]
        return None

    def support(self, div: Division) -> int:
        """3: the article names this division; 2: its city; 1: its province; 0: none."""
        if self.context.get(div.adcode):
            return 3
        city = self.gz.city_of(div.adcode)
        if city is not None and city.adcode != div.adcode and self.context.get(city.adcode):
            return 2
        prov = self.gz.province_of(div.adcode)
        if prov is not None and prov.adcode != div.adcode and self.context.get(prov.adcode):
            return 1
        return 0

    def _top_province(self) -> int:
        """The context weight of the province the article names most."""
        weights = (n for code, n in self.context.items() if (d := self.gz.get(code)) and d.level == "province")
        return max(weights, default=0)

    def _province_weight(self, div: Division) -> int:
        prov = self.gz.province_of(div.adcode)
        return self.context.get(prov.adcode, 0) if prov is not None else 0

    def resolve(self, m: _Match, previous: Division | None, text: str) -> Division | None:
        cands = m.candidates
        if previous is not None:  # 北京市朝阳区, 湖南岳阳: the parent right before it
            chained = [
                d
                for d in cands
                if d.adcode != previous.adcode and self.gz.is_ancestor(previous.adcode, d.adcode)
            ]
            if len(chained) == 1:
                return chained[0]
            if (
                not chained
                and previous.level in ("city", "county")
                and all(d.adcode != previous.adcode for d in cands)  # (正定县|正定古城: itself)
                and all(self.needs_context(m.text, d) for d in cands)
            ):
                return None  # 河南省荥阳市|新田地种植专业合作社: a short name right after a
                # city or county that is not its parent begins a name inside it
        sure = self.unambiguous(m)
        if sure is not None:
            return sure
        scored = sorted(((self.support(d), d) for d in cands), key=lambda x: -x[0])
        if len(scored) > 1 and scored[0][0] == scored[1][0] == 1 and m.text in {d.name for d in cands}:
            # 普陀区 in an article on 上海 that names 浙江 once: the province the article
            # is about (31 mentions against 1) decides a tie of provinces, for a full
            # name only (清河 of a factory is no 清河区 of the province named most)
            weights = sorted(((self._province_weight(d), d) for _, d in scored), key=lambda x: -x[0])
            if weights[0][0] >= 3 * max(1, weights[1][0]) and weights[0][0] >= self._top_province():
                return weights[0][1]
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            support, best = scored[0]
            before = text[m.start - 1 : m.start]
            if (
                support == 1
                and self.needs_context(m.text, best)
                and before
                and _is_han(before)
                and before not in LEFT_OK
            ):
                return None  # only the province backs it and it may be inside a word
            return best
        # 吉林: the province and its own city; readers mean the higher one
        for d in cands:
            if not self.needs_context(m.text, d) and all(
                self.gz.is_ancestor(d.adcode, o.adcode) for o in cands
            ):
                return d
        return None


@lru_cache(maxsize=8192)  # a few thousand divisions; records name the same ones often
def _facets(gz: Gazetteer, adcode: str) -> tuple[str | None, str | None]:
    prov = gz.province_of(adcode)
    city = gz.city_of(adcode)
    if prov is not None and prov.adcode in MUNICIPALITIES:
        # 北京市朝阳区: a municipality is the city as far as search facets go
        return prov.name, prov.name
    return (
        prov.name if prov else None,
        gz.full_name(city.adcode) if city else None,
    )


def _division_record(gz: Gazetteer, div: Division, p: int, s: int, e: int, text: str) -> _Record:
    full_name, province, city = _record_names(gz, div.adcode)
    return _Record(text, full_name, div.level, div.adcode, p, s, e, province, city)


@lru_cache(maxsize=8192)
def _record_names(gz: Gazetteer, adcode: str) -> tuple[str, str | None, str | None]:
    """The full name of a division and its facets (province, city), as its records hold."""
    return (gz.full_name(adcode), *_facets(gz, adcode))


def _attached_record(
    gz: Gazetteer, parent: _Record | Division | None, level: str, p: int, s: int, e: int, text: str
) -> _Record:
    """A zone or sub-county place named after `parent` (a record, or the main division)."""
    if parent is None:
        return _Record(text, text, level, None, p, s, e, None, None)
    if isinstance(parent, Division):
        province, city = _facets(gz, parent.adcode)
        return _Record(
            text, gz.full_name(parent.adcode) + text, level, parent.adcode, p, s, e, province, city
        )
    return _Record(
        text, parent.name + text, level, parent.adcode, p, s, e, parent.province, parent.city
    )


def _add_sub_county(
    gz: Gazetteer,
    parent: Division,
    level: str,
    text: str,
    p: int,
    s: int,
    e: int,
    mark_from: int,
    records: list[_Record],
    blocked: bytearray,
) -> None:
    """Record text[s:e], a township or village of `parent`, mark [mark_from, e) as read and
    read the places written right after it (余姚镇|XX村)."""
    rec = _attached_record(gz, parent, level, p, s, e, text[s:e])
    records.append(rec)
    _mark(blocked, mark_from, e)
    _read_tail(gz, text, p, rec, records, blocked)


def _zone_anchor(gz: Gazetteer, div: Division) -> Division:
    """Zones belong to the city: 岳阳经开区 → 岳阳市; 浏阳经开区 → 长沙市."""
    if div.level == "county":
        city = gz.city_of(div.adcode)
        if city is not None:
            return city
    return div


def _mark(blocked: bytearray, start: int, end: int) -> None:
    blocked[start:end] = b"\x01" * (end - start)


def _read_tail(
    gz: Gazetteer, text: str, p: int, parent: _Record, out: list[_Record], blocked: bytearray
) -> None:
    """Zones and sub-county places written right after `parent`, recursively
    (平江县XX镇XX村)."""
    if parent.level == "province" and parent.adcode not in MUNICIPALITIES:
        return  # 湖南XX村 is too loose to read; 北京XX街道 is fine
    if parent.level == "village":
        return  # the smallest unit: 十八洞村实现整村脱贫 names no place after the village
    pos = parent.end
    while pos < len(text):
        if (
            parent.level != "township"
            and text[pos : pos + 1] != "的"
            and TAIL_FIRSTS.isdisjoint(text[pos + 2 : pos + 7])  # (as _named_tail's first test)
        ):
            return  # no suffix ahead, no 的: nothing below can follow (most places end here)
        tail = _named_tail(text, pos, blocked)
        if tail is not None and parent.level == "community" and text[tail[0] - 2 : tail[0]] != "小区":
            return  # in a community, only a housing estate (安顺社区春雨华璋小区)
        if (
            tail is None
            and parent.level in ("township", "county", "city")
            and text[pos : pos + 1] == "的"
            and not blocked[pos]
        ):
            # 敖山镇的洋林村, 山西太原的刘家堡村: a village of the place just named
            tail = _named_tail(text, pos + 1, blocked)
            levels = ("village", "community") if parent.level == "township" else ("village",)
            if tail is not None and tail[1] in levels:
                pos += 1
            else:
                tail = None
        if (
            tail is None
            and parent.level == "township"
            and text[pos + 1 : pos + 2] == "村"
            and _is_han(text[pos : pos + 1])
            and not blocked[pos]
            and not _is_han(text[pos + 2 : pos + 3] or "，")
        ):
            tail = (pos + 2, "village", "sub")  # 天荒坪镇余村，: a one-character village name
        if tail is None:
            return
        end, level, kind = tail
        anchor: _Record | Division | None = parent
        if kind == "zone":
            level = "county"
            div = gz.get(parent.adcode) if parent.adcode else None
            if div is not None and parent.level in ("province", "city", "county"):
                anchor = _zone_anchor(gz, div)
        rec = _attached_record(gz, anchor, level, p, pos, end, text[pos:end])
        out.append(rec)
        _mark(blocked, pos, end)
        parent, pos = rec, end


# A trigger and the next character that make another word (在线, 到位, 去年, 于是).
TRIGGER_WORDS = {
    "在": "线家岗校职建场内于册逃押编任外",
    "到": "位期岗底达来家场",
    "于": "是此一",
    "住": "房院宿",
    "去": "年世除向",
}


# LEFT_TRIGGERS by length: a two-character trigger (住在) wins over its last character (在).
LONG_TRIGGERS = frozenset(t for t in LEFT_TRIGGERS if len(t) == 2)
SHORT_TRIGGERS = frozenset(t for t in LEFT_TRIGGERS if len(t) == 1)
assert len(LONG_TRIGGERS) + len(SHORT_TRIGGERS) == len(LEFT_TRIGGERS)


def _after_trigger(text: str, pos: int) -> bool:
    if pos >= 2 and text[pos - 2 : pos] in LONG_TRIGGERS:
        return True  # no two-character trigger makes another word with what follows
    if pos >= 1 and text[pos - 1] in SHORT_TRIGGERS:
        return text[pos] not in TRIGGER_WORDS.get(text[pos - 1], "")
    return False


SUFFIX_RE = re.compile(
    "|".join(sorted(ZONE_SUFFIXES + tuple(x for x, _ in SUB_SUFFIXES), key=len, reverse=True))
)


@lru_cache(maxsize=4096)  # stop strings: a few thousand
def _ends_like_suffix(surface: str) -> bool:
    return SUFFIX_RE.search(surface[-2:]) is not None


def _listing_county(text: str, p: int, start: int, out: list[_Record], level: str) -> _Record | None:
    """The county (or, for a village, the township) named earlier in the sentence when
    the name at `start` follows a 、 of a list (在正定县正定古城、塔元庄村、斜角头村), or
    right before the comma that opens its clause (西海岸新区，张家楼镇)."""
    parents = ("county", "township") if level == "village" else ("county",)
    if start > 0 and text[start - 1] == "，":
        # 在山东省青岛市西海岸新区，张家楼镇在…: the county right before the comma
        before = next((r for r in reversed(out) if r.paragraph == p and r.end <= start - 1), None)
        if before is not None and before.end == start - 1 and before.level in parents:
            return before
        return None
    if start == 0 or text[start - 1] != "、":
        return None
    for rec in reversed(out):
        if rec.paragraph != p or rec.end > start:
            continue
        if any(ch in "。！？；" for ch in text[rec.end : start]):
            break
        if rec.level in parents:
            return rec
        if rec.level != level or text[rec.end : rec.end + 1] != "、":
            break  # an earlier item of the same list: read on to its county
    return None


def _paragraph_anchor(
    gz: Gazetteer, out: list[_Record], p: int, start: int, main: Division | None
) -> Division | None:
    """The place a paragraph itself is about, where it differs from the article's: a
    report of a tour takes one province a paragraph (在福建，李强首先来到福州西湖公园…
    李强来到大凰山社区, in an article about 福建 and 江西 whose main place is 江西省).
    The divisions named earlier in the paragraph must lie in one province and name at
    most one city; that city (or the province) anchors the name when it lies in another
    province than the main place, or inside the main place when that is a province
    (江西省 → 南昌市). Under a main city or county of the same province, the main place
    stays (来自长沙的游客在十八洞村, in a report on 湘西)."""
    if main is None:
        return None
    main_province = gz.province_of(main.adcode)
    provinces: dict[str, Division] = {}
    cities: dict[str, Division] = {}
    for rec in out:
        if rec.paragraph != p or rec.end > start or not rec.adcode:
            continue
        if rec.level not in ("province", "city", "county"):
            continue
        province = gz.province_of(rec.adcode)
        if province is None:
            return None
        provinces[province.adcode] = province
        city = gz.city_of(rec.adcode)
        if city is not None:
            cities[city.adcode] = city
    if len(provinces) != 1 or len(cities) > 1 or main_province is None:
        return None
    own = next(iter(cities.values())) if cities else next(iter(provinces.values()))
    if own.adcode == main.adcode:
        return None
    if own.adcode[:2] != main_province.adcode[:2] or (main.level == "province" and own.level != "province"):
        return own
    return None


def _standalone(
    gz: Gazetteer,
    text: str,
    p: int,
    main: Division | None,
    out: list[_Record],
    blocked: bytearray,
    suffix_starts: list[int],
) -> None:
    """Zones and sub-county places that no division precedes (、南湖新区; 在夏桥村): they
    attach to the article's main place, or to their county named just before them in
    the sentence, the only ones read in an article without a main place. Found from
    their suffix (`suffix_starts`: where SUFFIX_RE matches in `text`) backwards: the
    name is the shortest 2..4 characters after a trigger word (any name) or punctuation
    (zones only)."""
    for q in suffix_starts:
        if blocked[q]:
            continue
        for k in range(2, 5):
            start = q - k
            if start < 0 or 1 in blocked[start:q]:
                break
            triggered = _after_trigger(text, start)
            if not triggered and not (start == 0 or text[start - 1] in PUNCTUATION):
                continue
            tail = _named_tail(text, start, blocked, max_core=k)
            # 在正定县正定古城、塔元庄村: a village listed after its county in the clause
            county = (
                _listing_county(text, p, start, out, tail[1]) if tail is not None and not triggered else None
            )
            # 鹤峰乡柳池村: a township with its village after it names itself
            chained = tail is not None and tail[1] == "township" and _village_at(text, tail[0], blocked)
            if tail is None or tail[0] <= q or (
                tail[2] == "sub" and not triggered and county is None and not chained
            ):
                continue
            end, level, kind = tail
            anchor: _Record | Division | None = county or _paragraph_anchor(gz, out, p, start, main) or main
            if kind == "zone":
                if main is None:
                    continue
                anchor = _zone_anchor(gz, main)
            elif anchor is None:
                continue
            rec = _attached_record(gz, anchor, level, p, start, end, text[start:end])
            out.append(rec)
            _mark(blocked, start, end)
            _read_tail(gz, text, p, rec, out, blocked)
            break


def _village_at(text: str, pos: int, blocked: bytearray) -> bool:
    """A village or community named right at `pos` (…乡|柳池村)."""
    tail = _named_tail(text, pos, blocked, max_core=4)
    return tail is not None and tail[1] in ("village", "community")


def _repeat_known(
    gz: Gazetteer,
    paragraphs: list[str],
    article: str,
    records: list[_Record],
    blocked_by_paragraph: list[bytearray],
    done: frozenset[str] | None = None,
) -> frozenset[str]:
    """A zone or sub-county place named once after its county (丰都县三建乡) is the same
    place when the article names it again alone (，三建乡加快…), and what is written
    right after it there is read as its part (家住长龙街道湘峰村). Returns the names it
    looked for; given those as `done`, it looks for the townships and villages found
    since (a community's name reads like a phrase more often: 主题社区)."""
    known: dict[str, _Record] = {}
    for rec in records:
        if done is not None and (rec.text in done or rec.level not in ("township", "village")):
            continue
        if rec.level in ("township", "village", "community") or (
            rec.level == "county" and rec.adcode and rec.name.endswith(ZONE_SUFFIXES)
        ):
            known.setdefault(rec.text, rec)
    for text_, first in known.items():
        if text_ not in article:
            continue  # named nowhere else (most are): no paragraph to search
        for p, para in enumerate(paragraphs):
            blocked = blocked_by_paragraph[p]
            start = para.find(text_)
            while start != -1:
                end = start + len(text_)
                if 1 not in blocked[start:end]:
                    again = _Record(
                        text_,
                        first.name,
                        first.level,
                        first.adcode,
                        p,
                        start,
                        end,
                        first.province,
                        first.city,
                    )
                    records.append(again)
                    _mark(blocked, start, end)
                    _read_tail(gz, para, p, again, records, blocked)
                start = para.find(text_, end)
    return frozenset(known)


def _abbreviations(
    gz: Gazetteer,
    paragraphs: list[str],
    article: JoinedText,
    records: list[_Record],
    blocked_by_paragraph: list[bytearray],
) -> None:
    """京 in 在京召开, 汉 in 离汉通道: a one-character city form after a verb of coming or
    being (ABBREV_RE); province forms in a list of them before a count (湘鄂渝黔四省市) or
    地区 (港澳台地区)."""
    one_char_cities = article.spans_by_paragraph(ABBREV_RE, 1)
    counts = article.spans_by_paragraph(PROVINCE_COUNT_RE)
    borders = article.spans_by_paragraph(BORDER_RE)
    runs = article.spans_by_paragraph(ABBREV_RUN_RE)
    # paragraphs that none of the patterns matches read nothing here
    for p in sorted(one_char_cities.keys() | counts.keys() | borders.keys() | runs.keys()):
        text = paragraphs[p]
        for s, e in one_char_cities.get(p, ()):
            if blocked_by_paragraph[p][s]:
                continue
            div = gz.get(ONE_CHAR_CITIES[text[s]])
            if div is not None:
                records.append(_division_record(gz, div, p, s, e, text[s]))
                _mark(blocked_by_paragraph[p], s, e)
        run_ends = [s for s, _ in counts.get(p, ())]
        run_ends += [s for s, _ in borders.get(p, ())]  # 川渝|交界
        for s, e in runs.get(p, ()):
            # 通往江浙沪|的, 从云贵川|“点对点”, 港澳台|地区: three forms or more in a row name
            # the provinces, unless the segmenter reads the first with the word before it
            if not _splits_words(text, s, e):
                run_ends.append(e)
        for e in run_ends:
            s = e
            while s > 0 and e - s < 6 and text[s - 1] in PROVINCE_ABBREVIATIONS:
                s -= 1
            two_enough = PROVINCE_COUNT_RE.match(text, e) is not None or text.startswith("交界", e)
            if e - s >= 4:
                _unblock_region_in_run(records, blocked_by_paragraph[p], p, s, e)
            if e - s < (2 if two_enough else 3) or 1 in blocked_by_paragraph[p][s:e]:
                continue  # 京津冀 is a region; 辽宁两省 names 辽宁 in full; 港澳地区 is one
            for i in range(s, e):
                div = gz.get(PROVINCE_ABBREVIATIONS[text[i]])
                if div is not None:
                    records.append(_division_record(gz, div, p, i, i + 1, text[i]))
            _mark(blocked_by_paragraph[p], s, e)


def _unblock_region_in_run(records: list[_Record], blocked: bytearray, p: int, s: int, e: int) -> None:
    """京津冀鲁等省市: a region named by its provinces' one-character forms (京津冀) that
    runs on into another province's form is a list of provinces, not the region: its
    record goes, so that each form is read."""
    for rec in records:
        if rec.paragraph == p and rec.level == "other" and s <= rec.start and rec.end <= e:
            if all(ch in PROVINCE_ABBREVIATIONS for ch in rec.text) and rec.end - rec.start < e - s:
                records.remove(rec)
                blocked[rec.start : rec.end] = bytes(rec.end - rec.start)
                return


def _splits_words(text: str, start: int, end: int) -> bool:
    """A word of the segmenter starts before the name and ends inside it (全国人大|同,
    推|广西 read 推广, 均|衡水 read 均衡, 拉|美国 read 拉美), or, for a name that starts
    with a conjunction, starts inside it and runs past its end (和|县城): the name's
    characters belong to the words around it. A word holding the whole name (首都北京,
    台湾同胞) does not count: the place is still there."""
    if not (start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff") and text[start] not in "和与及同":
        return False  # (the test of _is_han, inline: most names are read here)
    lo = max(0, start - 4)
    return _window_splits(text[lo : min(len(text), end + 3)], start - lo, end - lo)


@lru_cache(maxsize=8192)  # the same names in the same words recur across articles
def _window_splits(window: str, start: int, end: int) -> bool:
    """_splits_words for the name at window[start:end], over the segmenter's words of
    the short window around it (no tags: only where words start and end matters here,
    and cutting costs less than tagging)."""
    conjunction = window[start] in "和与及同"
    pos = 0
    for word in cut(window):
        word_start, pos = pos, pos + len(word)
        if word_start < start < pos < end:
            return True
        if conjunction and start < word_start < end < pos:
            return True
    return False


def _foreign_subnational(
    paragraphs: list[str], article: JoinedText, records: list[_Record], blocked_by_paragraph: list[bytearray]
) -> None:
    """敖德萨市, 尼古拉耶夫州 in an article about a foreign country: level "other", the
    name as written. The run of transliteration characters must stand alone (the
    character before it is not one), and overlap no place already read."""
    for p, spans in sorted(article.spans_by_paragraph(FOREIGN_SUB_RE).items()):
        text = paragraphs[p]
        blocked = blocked_by_paragraph[p]
        for s, e in spans:
            if text[e - 1] == "市" and text[e : e + 1] in ("区", "场", "民", "长"):
                continue  # 巴格达市区: the urban area of 巴格达, not a place 巴格达市
            if (
                s > 0
                and _is_han(text[s - 1])
                and text[s - 1] not in LEFT_OK
                and text[s - 1] != "部"
                and not (blocked[s - 1] and text.endswith(FOREIGN_COUNTRY_NAMES, 0, s))
            ) or 1 in blocked[s:e]:
                continue  # (美国|加利福尼亚州: its country right before)
            if text[s] == "俄" and text[s + 1] not in "勒亥罗" and e - s > 4:
                s += 1  # 俄库尔斯克州: 俄 is Russia, the region is 库尔斯克州
            records.append(_Record(text[s:e], text[s:e], "other", None, p, s, e, None, None))
            _mark(blocked, s, e)


def _guarded_capitals(
    paragraphs: list[str], article: JoinedText, records: list[_Record], blocked_by_paragraph: list[bytearray]
) -> None:
    """越南首都河内, 柬埔寨金边: a capital that is a common word too, right after its
    country or 首都 (GUARDED_CAPITALS)."""
    for p, spans in sorted(article.spans_by_paragraph(GUARDED_CAPITAL_RE).items()):
        text = paragraphs[p]
        blocked = blocked_by_paragraph[p]
        for s, e in spans:
            country = GUARDED_CAPITALS[text[s:e]]
            if 1 in blocked[s:e] or not text.endswith((country, "首都"), 0, s):
                continue
            records.append(_Record(text[s:e], country + text[s:e], "other", None, p, s, e, None, None))
            _mark(blocked, s, e)


# What follows a river's name, not a county's (吉林大安的嫩江湾, 沿嫩江两岸)
RIVER_PARTS = ("湾", "畔", "岸", "两岸", "沿岸", "流域", "上游", "中游", "下游", "干流", "支流", "入海口", "水面")
# What makes a guarded short form after its province a team, a company (山东泰山队, 陕西延长
# 石油, 贵州白云山科技), an airport or a station (广州白云国际机场, 广州白云站: sites, as the
# gold has them), or the mountain or lake the division is named after (昆明西山脚下, 杭州西湖景区)
NOT_AFTER_GUARDED_FORM = (
    "队", "集团", "公司", "股份", "银行", "牌", "石油", "国际机场", "机场", "站", "山", "脚下", "景区",
)  # fmt: skip
# Guarded short forms that are verbs after a province too (辽宁振兴发展: Liaoning's revival)
GUARDED_VERBS = frozenset({"振兴", "复兴", "解放", "前进", "合作", "互助", "新建", "发展"})


def _guarded_form_below(gz: Gazetteer, form: str, parent: Division) -> Division | None:
    """The division of `parent` (a province or a city) whose official name is `form` and a
    suffix, when `form` is a short form kept from matching alone (安康, 石狮, 大兴)."""
    if parent.level not in ("province", "city") or not gz.is_stop(form) or form in GUARDED_VERBS:
        return None
    for suffix in ("市", "县", "区", "旗"):
        for div in gz.lookup(form + suffix):
            if div.name == form + suffix and gz.is_ancestor(parent.adcode, div.adcode):
                return div
    return None


HONG_KONG = "810000"
# Hong Kong localities written like mainland divisions' short names (马鞍山市, 大埔县).
HONG_KONG_PLACES = frozenset({"马鞍山", "大埔"})


def _main_division(gz: Gazetteer, records: list[_Record]) -> Division | None:
    # main_place over the records themselves (as main_place counts their dictionaries)
    def keyed() -> Iterator[tuple[str, tuple[int, int]]]:
        for r in records:
            if r.adcode and gz.get(r.adcode) is not None:
                yield r.adcode, (r.paragraph, r.start)
            elif r.level == "other" and not (r.text in REGIONS and r.name == r.text):
                # (regions such as 长三角 say nothing of where the article is)
                yield "other:" + r.name, (r.paragraph, r.start)

    main = _main_place_of(_tally(keyed()))
    if main is None or not main.get("adcode"):
        return None
    return gz.get(main["adcode"])


def find_places(
    paragraphs: list[str], headline: str | None = None, title_place_hint: str | None = None
) -> list[dict[str, Any]]:
    """Place records of one article (SPEC section 3), in reading order.

    Each record: text, name (full normalized name), level (province, city, county,
    township, village, community, other), adcode (None for foreign countries), paragraph,
    start, end, and the province and city full names for search facets (None where there
    is none; a municipality is its districts' city).
    """
    gz = load_gazetteer()
    matcher = _matcher()
    resolver = _Resolver(gz)

    if title_place_hint:
        hint = gz.resolve(title_place_hint)
        if hint is not None:
            resolver.add_context(hint, 2)
    if headline:
        for s, e, surface, kind in matcher.scan(headline):
            if kind == DIVISION:
                sure = resolver.unambiguous(_Match(-1, s, e, surface, kind, gz.lookup(surface)))
                if sure is not None:
                    resolver.add_context(sure)

    article = JoinedText(paragraphs, [])
    # titles (《…》) by paragraph: a short form inside one is its words
    titles_by_paragraph = article.spans_by_paragraph(TITLE_RE) if "《" in article.text else {}
    official_names = matcher.official_names
    matches: list[_Match] = []
    for p, text in enumerate(paragraphs):
        titles = titles_by_paragraph.get(p)
        for s, e, surface, kind in matcher.scan(text):
            if kind == DIVISION and surface.endswith("市") and text[e : e + 1] == "场":
                # 诸城市场 is 诸城 + 市场
                surface, e = surface[:-1], e - 1
                kind = matcher.kinds.get(surface, STOP)
            if s > 0 and surface[0] in MEASURE_CHARS and text[s - 1] in NUMERALS:
                continue  # 770名山区小学生: a count, not 名山区
            if surface in TIBETAN_PARTS and (text[e : e + 2] in TIBETAN_PARTS or text[s - 2 : s] in TIBETAN_PARTS):
                continue  # 洛桑江村, 扎西尼玛: a Tibetan name, not Lausanne or 尼玛县
            if (
                kind == DIVISION
                and text[e : e + 1] in "乡镇"
                and surface not in official_names
                and _village_at(text, e + 1, bytearray(len(text)))
            ):
                continue  # 鹤峰乡柳池村: a township and its village, not the county 鹤峰县
            m = _Match(p, s, e, surface, kind)
            if kind == DIVISION:
                m.candidates = gz.lookup(surface)
                short = surface not in official_names
                if short and _looks_like_person(text, s, e):
                    m.kind = STOP
                elif surface[0] == "城" and text[s - 1 : s + 1] in WORDS_ENDING_IN_CHENG:
                    m.kind = STOP  # 中关村科学城|北区: no 城北区 of another city
                elif short and text.startswith("路", e) and not text.startswith(NOT_STREET, e):
                    m.kind = STOP  # 南京路, 北京路: a street named after the city
                elif short and titles and any(ts < s and e < te for ts, te in titles):
                    m.kind = STOP  # 《太和正音》: a short form inside a title is its words
                elif text[e : e + 1] in ETHNIC_PEOPLE_AFTER and any(
                    d.name.startswith(surface + "族") for d in m.candidates
                ):
                    m.kind = STOP  # 鄂温克猎民, 鄂温克人: the people, not 鄂温克族自治旗
            elif kind == COUNTRY and _looks_like_person(text, s, e):
                m.kind = STOP
            elif kind == COUNTRY and e < len(text) and text[e] in "文语" and text[e : e + 2] not in COUNTRY_WORDS_IN_WEN:
                m.kind = STOP  # 朝鲜文, 蒙古语: a language or script, not the country
            elif kind == NEW_AREA:
                m.anchor = NEW_AREAS[surface]
            matches.append(m)

    # 巴中关系, 巴中两党 in an article about 巴哈马 (or 巴西 …): the country's one-character
    # short form and 中 (China), not the city 巴中.
    countries = {m.text[0] for m in matches if m.kind == COUNTRY}
    ends = {(m.paragraph, m.end) for m in matches} if countries else set()
    for m in matches:
        if m.kind == DIVISION and len(m.text) == 2 and m.text[1] == "中" and m.text[0] in countries:
            m.kind = STOP
        elif (
            countries
            and m.kind == DIVISION
            and m.text[-1] == "州"
            and m.text not in matcher.official_names
            and m.start >= 2
            and all(c in TRANSLIT_CHARS for c in paragraphs[m.paragraph][m.start - 2 : m.start])
            and (m.paragraph, m.start) not in ends
        ):
            m.kind = STOP  # 内华达州, 佛罗里达州: a foreign state, not 达州 of 四川

    # Pass 1: what needs no context makes the context.
    for m in matches:
        if m.kind == DIVISION:
            sure = resolver.unambiguous(m)
            if sure is not None:
                resolver.add_context(sure)

    # 莫斯科市, 华盛顿州: the foreign sub-national reader takes these whole; 全国人大同,
    # 推广西, 学校和县城: a two-character name whose characters belong to the words
    # around it is no place
    matches = [
        m
        for m in matches
        if not (
            m.text in FOREIGN_CITIES
            and paragraphs[m.paragraph][m.end : m.end + 1] in ("市", "州", "邦")
        )
        and not (
            m.kind in (DIVISION, COUNTRY)
            and len(m.text) == 2
            and _splits_words(paragraphs[m.paragraph], m.start, m.end)
        )
    ]
    # Spans of every non-stop match are kept from zone and sub-county names, so that
    # 湖南省平江县XX村 reads as 平江县 → XX村, not as a village 平江县XX村 of 湖南省.
    blocked_by_paragraph = [bytearray(len(t)) for t in paragraphs]
    # A stop that ends like a village or zone (中关村) is not read as one either.
    for m in matches:
        if m.kind != STOP or _ends_like_suffix(m.text):
            blocked_by_paragraph[m.paragraph][m.start : m.end] = b"\x01" * (m.end - m.start)  # _mark

    # Pass 2: resolve everything in reading order, a parent right before helping its child.
    records: list[_Record] = []
    previous: _Match | None = None
    for m in matches:
        text = paragraphs[m.paragraph]
        blocked = blocked_by_paragraph[m.paragraph]
        adjacent = (
            previous is not None and previous.paragraph == m.paragraph and previous.end == m.start
        )
        prev_div = previous.resolved if adjacent and previous is not None else None
        previous = m
        if m.kind == STOP:
            below = _guarded_form_below(gz, m.text, prev_div) if prev_div is not None else None
            if below is None or text.startswith(NOT_AFTER_GUARDED_FORM, m.end):
                continue
            # 陕西安康, 福建石狮, 北京大兴: a short form that is a common word names the
            # division right after its own province or city
            m.kind, m.resolved = DIVISION, below
            rec = _division_record(gz, below, m.paragraph, m.start, m.end, m.text)
            records.append(rec)
            _read_tail(gz, text, m.paragraph, rec, records, blocked)
            continue
        if m.kind in (COUNTRY, REGION):
            name = OTHER_PLACES[m.text]
            records.append(
                _Record(m.text, name, "other", None, m.paragraph, m.start, m.end, None, None)
            )
            continue
        if m.kind == NEW_AREA:
            anchor = gz.get(m.anchor) if m.anchor else None
            rec = _attached_record(gz, anchor, "county", m.paragraph, m.start, m.end, m.text)
            records.append(rec)
            _read_tail(gz, text, m.paragraph, rec, records, blocked)
            continue
        if prev_div is not None and prev_div.level == "county" and m.text not in matcher.official_names:
            # (the name's own last character is no word with the suffix here: 新乡|镇)
            sub = _sub_suffix_at(text, m.end, name_before=True)
            if sub and sub[1] in ("township", "village") and 1 not in blocked[m.end : m.end + len(sub[0])]:
                # 平远县泗水镇, 阳新县龙港镇, 万州区新乡镇: below a county, a name that is
                # another division's short form names a township or village of this county
                _add_sub_county(
                    gz, prev_div, sub[1], text, m.paragraph, m.start, m.end + len(sub[0]), m.start,
                    records, blocked,
                )
                continue
        div = resolver.resolve(m, prev_div, text)
        m.resolved = div
        if div is None:
            continue
        before = text[m.start - 1 : m.start]
        if (
            prev_div is None
            and len(m.text) == 3
            and m.text[1:] in WORD_TAILS
            and before
            and _is_han(before)
            and before not in LEFT_OK
        ):
            m.resolved = None  # 鄂西山区 is 鄂西 + 山区, not 西山区
            continue
        if m.text != div.name and text.startswith("巷", m.end):
            m.resolved = None  # 固原巷社区 (in 乌鲁木齐): a lane named after the city
            continue
        short_county = m.text != div.name and div.level == "county"
        if (
            short_county
            and text[m.end : m.end + 1] in ("江", "河", "湖", "山")
            and (_named_tail(text, m.end, blocked) or (0, ""))[1] not in ("village", "township")
        ):
            # 澜沧江, 祁连山: a river or mountain named like the county (but 遵化|山里各庄村)
            m.resolved = None
            continue
        if short_county and m.text[-1] in "江河" and text.startswith(RIVER_PARTS, m.end):
            m.resolved = None  # 嫩江湾, 嫩江畔: the river the county is named after
            continue
        if (
            short_county
            and text[m.end : m.end + 1] in ("县", "市", "区")
            and text[m.end + 1 : m.end + 2] not in ("场", "域")
            and not blocked[m.end]
        ):
            # 南和县, 江川县: the name before the county became a district (撤县设区)
            m.end += 1
            m.text = text[m.start : m.end]
            _mark(blocked, m.start, m.end)
        sub = _sub_suffix_at(text, m.end) if m.text != div.name else None
        if sub and 1 not in blocked[m.end : m.end + len(sub[0])]:
            # 柯桥街道, 余姚镇: a township named after its county
            _add_sub_county(
                gz, div, sub[1], text, m.paragraph, m.start, m.end + len(sub[0]), m.end,
                records, blocked,
            )
            continue
        zone = _zone_suffix_at(text, m.end)
        if zone and 1 not in blocked[m.end : m.end + len(zone)]:
            # 岳阳经开区: the zone is the mention, and it belongs to the city
            end = m.end + len(zone)
            city = _zone_anchor(gz, div)
            rec = _attached_record(
                gz, city, "county", m.paragraph, m.start, end, text[m.start : end]
            )
            if rec.text.startswith(city.name):
                # 成都市高新区 → 四川省成都市高新区, not …成都市成都市高新区 (岳阳经开区 keeps
                # its short name: 湖南省岳阳市岳阳经开区)
                rec.name = gz.full_name(city.adcode) + rec.text[len(city.name) :]
            _mark(blocked, m.end, end)
        else:
            rec = _division_record(gz, div, m.paragraph, m.start, m.end, m.text)
        records.append(rec)
        _read_tail(gz, text, m.paragraph, rec, records, blocked)

    _abbreviations(gz, paragraphs, article, records, blocked_by_paragraph)
    if any(r.level == "other" and r.text in FOREIGN_COUNTRIES for r in records):
        _foreign_subnational(paragraphs, article, records, blocked_by_paragraph)
        _guarded_capitals(paragraphs, article, records, blocked_by_paragraph)
    repeated = _repeat_known(gz, paragraphs, article.text, records, blocked_by_paragraph)
    main = _main_division(gz, records)
    if main is not None and main.adcode == HONG_KONG:
        # 马鞍山, 大埔 in a report on Hong Kong are its own Ma On Shan and Tai Po, which the
        # gazetteer lacks: no guess into Anhui or Guangdong
        records[:] = [r for r in records if not (r.text in HONG_KONG_PLACES and r.province != main.name)]
    # without a main place, only a paragraph with a county (or township) can anchor a
    # standalone name: the others are not read
    anchored = None if main is not None else {r.paragraph for r in records if r.level in ("county", "township")}
    if anchored is None:  # every paragraph: one scan of the article finds their suffixes
        suffixes = {p: [s for s, _ in spans] for p, spans in article.spans_by_paragraph(SUFFIX_RE).items()}
    else:
        suffixes = {p: [m.start() for m in SUFFIX_RE.finditer(paragraphs[p])] for p in sorted(anchored)}
    for p, suffix_starts in sorted(suffixes.items()):
        if suffix_starts:  # (a paragraph without a suffix names no such place)
            _standalone(gz, paragraphs[p], p, main, records, blocked_by_paragraph[p], suffix_starts)
    # a village read after a repeated township (乐平镇|源潭村) or standalone is the same
    # village when named again (源潭村党委)
    _repeat_known(gz, paragraphs, article.text, records, blocked_by_paragraph, repeated)

    records.sort(key=attrgetter("paragraph", "start"))
    return [r.to_dict() for r in records]


LEAD_PARAGRAPHS = 2  # the main place is named by paragraph 2 (0-based) at the latest


def main_place(places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Where the article is about: the most specific division that holds at least half
    of the mentions of its parent, from the top (province or foreign country) down.

    Returns {"name", "level", "adcode", "province", "city", "mentions"} or None when no
    province or country holds half of all mentions, or when it is first named after
    the lead (the first three paragraphs).
    """
    gz = load_gazetteer()

    def keyed() -> Iterator[tuple[str, tuple[int, int]]]:
        for r in places:
            adcode = r.get("adcode")
            if adcode and gz.get(adcode) is not None:
                yield adcode, (r.get("paragraph", 0), r.get("start", 0))
            elif r.get("level") == "other":
                yield "other:" + str(r.get("name")), (r.get("paragraph", 0), r.get("start", 0))

    return _main_place_of(_tally(keyed()))


def _tally(keyed: Iterable[tuple[str, tuple[int, int]]]) -> dict[str, list[Any]]:
    """[mentions, first (paragraph, start)] of each place key, in the order first named."""
    named: dict[str, list[Any]] = {}
    for key, pos in keyed:
        seen = named.get(key)
        if seen is None:
            named[key] = [1, pos]
        else:
            seen[0] += 1
            if pos < seen[1]:
                seen[1] = pos
    return named


def _main_place_of(named: dict[str, list[Any]]) -> dict[str, Any] | None:
    """main_place over the places an article names: each division (adcode) or foreign
    place ("other:" name) with [its mentions, its first (paragraph, start)], in the order
    first named. (An article names a few places many times: their chains are counted
    once each here; the callers count the mentions of their own kind of record.)"""
    gz = load_gazetteer()
    score: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    tops: dict[str, None] = {}  # provinces and foreign places, in order (ties are stable)
    # the divisions counted right below each one, in the order first counted
    children_of: dict[str, list[str]] = {}
    for key, (count, pos) in named.items():
        if key.startswith("other:"):
            keys: tuple[tuple[str, str | None], ...] = ((key, None),)
            top_key: str | None = key
        else:
            keys, top_key = _score_keys(gz, key)
        if top_key is not None:
            tops[top_key] = None
        for chain_key, parent in keys:
            counted = score.get(chain_key)
            if counted is None:
                score[chain_key] = count
                first[chain_key] = pos
                if parent is not None:
                    children_of.setdefault(parent, []).append(chain_key)
            else:
                score[chain_key] = counted + count
                if pos < first[chain_key]:
                    first[chain_key] = pos
    total = sum(map(score.__getitem__, tops))
    if not total:
        return None

    def best(keys: list[str]) -> str | None:
        keys = [k for k in keys if score.get(k)]
        if not keys:
            return None
        return min(keys, key=lambda k: (-score[k], first[k]))

    top = best(list(tops))
    if top is None or score[top] * 2 < total:
        return None
    if first[top][0] > LEAD_PARAGRAPHS:
        # An article names where it is about in its lead; a national report that
        # mentions 香港、澳门 only near its end is about no one province.
        return None
    if top.startswith("other:"):
        name = top[len("other:") :]
        return {
            "name": name,
            "level": "other",
            "adcode": None,
            "province": None,
            "city": None,
            "mentions": score[top],
        }
    node = top
    while True:
        child = best(children_of.get(node, []))
        if child is None or score[child] * 2 < score[node]:
            break
        node = child
    div = gz.get(node)
    assert div is not None
    province, city = _facets(gz, node)
    return {
        "name": gz.full_name(node),
        "level": div.level,
        "adcode": node,
        "province": province,
        "city": city,
        "mentions": score[node],
    }


@lru_cache(maxsize=8192)
def _chain_codes(gz: Gazetteer, adcode: str) -> tuple[str, ...]:
    """The adcodes of the division and its ancestors, province first."""
    return tuple(d.adcode for d in gz.chain(adcode))


@lru_cache(maxsize=8192)
def _score_keys(gz: Gazetteer, adcode: str) -> tuple[tuple[tuple[str, str | None], ...], str | None]:
    """What a mention of the division counts for in _main_place_of: the adcodes of the
    division and its ancestors, province first, each with its parent's (None for the
    first), and that province's adcode when it is one (a top of the count)."""
    codes = _chain_codes(gz, adcode)
    keys = tuple(zip(codes, (None, *codes[:-1]), strict=True))
    return keys, codes[0] if _is_top(gz, codes[0]) else None


def _is_top(gz: Gazetteer, adcode: str) -> bool:
    div = gz.get(adcode)
    return div is not None and div.level == "province"
