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
- Unquoted names: the campaigns of `program_known.tsv` (扫黑除恶专项斗争, 政法队伍教育整顿),
  hotlines (12345政府服务热线, 12345热线平台), named special campaigns read leftwards from
  专项行动 / 专项整治 (执行案款清理专项行动), and county-level dispute-resolution centres
  (县级社会矛盾纠纷调处化解中心, 县级综治中心).

What does not: quoted metaphors and terms (“连心桥”, “加码”, “平安梦”, “评判席”, “是非”,
“组合拳”, “问题导向”, “一张网”, “一盘棋”), speech (a quoted text with sentence punctuation or a
pronoun: “你好，我奶奶…”), quotes inside a 《…》 title (the document is the program).

`place` is the full name of the nearest place named before the program in its sentence
(岳阳楼区发挥…创新“群英断是非”模式 → 湖南省岳阳市岳阳楼区), else the article's main place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.people import data_lines, tag

HAN = "\u4e00-\u9fff"
QUOTE_RE = re.compile(r"“([^“”\n]{1,40})”|‘([^‘’\n]{1,30})’|\"([^\"\n]{1,40})\"")
DOC_RE = re.compile(r"《([^《》\n]{2,80})》")
SENTENCE_END = "。！？!?\n"
SPEECH_CHARS = frozenset("，。！？；：,!?;:你您咱")
# Pronoun words that make a quoted text speech (“我们的幸福感更强了”); a lone 我 does not
# (“我为群众办实事” is a campaign).
SPEECH_WORDS = ("我们", "我的", "我是", "他们", "她们", "他的", "她的", "大家")
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
)
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
# Head phrases that begin like these are not heads (“双十条”相关规定, “毒黄赌”等…整治).
NOT_HEAD_OPENERS = ("相关", "有关", "等", "这", "那", "之", "们", "和", "与", "及", "或")
NUMERALS = "一二两三四五六七八九十百千万双"
# Quoted words that look like names of practices but are holidays, separatist movements
# or titles of people: never programs.
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
    }
)
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
)
NUMBERED_SLOGAN_RE = re.compile(
    rf"^(?:[二两三四五六七八九十百千双][{HAN}]{{1,9}}|一号[{HAN}]{{1,8}}|"
    rf"(?=(?:[^{NUMERALS}]*[{NUMERALS}]){{2}})[{HAN}]{{3,12}})$"
)
# Hotlines and platforms written without quotes.
HOTLINE_RE = re.compile(
    rf"\d{{3,5}}(?:[{HAN}]{{0,6}}?(?:热线|服务线))(?:平台)?|12345平台|110(?:报警)?服务台"
)
CENTRE_RE = re.compile(
    r"(?:(?:省|市|县|区|乡镇|镇|街道)级)(?:社会)?(?:矛盾纠纷[\u4e00-\u9fff]{0,6}?中心|综治中心|矛调中心)"
)
# 等一批基层治理品牌: found from its literal anchor (a regex that starts with the list
# items themselves scans every character and cost half of this extractor's time).
LIST_ANCHOR_RE = re.compile(
    rf"等(?:一批|一大批|多个|一系列|系列)[{HAN}]{{0,8}}?(品牌|模式|经验|做法|机制)"
)
LIST_ITEMS_RE = re.compile(rf"[{HAN}“”]{{4,24}}(?:、[{HAN}“”]{{4,24}})+$")
# 专项行动, 专项整治 …: a named campaign is read leftwards from these.
CAMPAIGN_TAIL_RE = re.compile(r"专项行动|专项整治|专项斗争|集中整治|专项治理")
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
        "在",
        "把",
        "将",
        "与",
        "和",
        "及",
    }
)


class _Lexicon:
    def __init__(self) -> None:
        heads: dict[str, str] = {}
        for ln in data_lines("program_heads.tsv"):
            head, kind = ln.split("\t")[:2]
            heads[head] = kind
        self.heads = heads
        self.heads_by_len = tuple(sorted(heads, key=len, reverse=True))
        self.known: dict[str, str] = {}
        finds: list[str] = []
        for ln in data_lines("program_known.tsv"):
            parts = ln.split("\t")
            self.known[parts[0]] = parts[1]
            if len(parts) > 2 and parts[2] == "find":
                finds.append(parts[0])
        self.find_re = re.compile("|".join(map(re.escape, sorted(finds, key=len, reverse=True))))


@cache
def lexicon() -> _Lexicon:
    return _Lexicon()


def _numbered_slogan(core: str) -> bool:
    return bool(NUMBERED_SLOGAN_RE.match(core))


class _Finder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.lex = lexicon()
        self.ctx = ctx
        self.text = "\n".join(ctx.paragraphs)
        self.starts: list[int] = []
        pos = 0
        for para in ctx.paragraphs:
            self.starts.append(pos)
            pos += len(para) + 1
        # (absolute start, absolute end, full name) of the article's places, in order
        self.places: list[tuple[int, int, str]] = []
        for rec in ctx.places:
            p = rec.get("paragraph", -1)
            if 0 <= p < len(self.starts) and rec.get("name"):
                base = self.starts[p]
                self.places.append((base + rec["start"], base + rec["end"], rec["name"]))
        self.places.sort()
        self.place_starts = [s for s, _, _ in self.places]
        self.taken = bytearray(len(self.text))
        self.found: list[tuple[int, int, str, str]] = []  # start, end, core, kind
        self.core_kinds: dict[str, str] = {}

    # -- helpers -------------------------------------------------------------------------

    def _free(self, s: int, e: int) -> bool:
        return self.taken.find(1, s, e) == -1

    def _add(self, s: int, e: int, core: str, kind: str) -> None:
        if not self._free(s, e):
            return
        self.taken[s:e] = b"\x01" * (e - s)
        self.found.append((s, e, core, kind))
        self.core_kinds.setdefault(core, kind)

    def _head_after(self, e: int) -> tuple[int, str] | None:
        """The head noun phrase right after a closing quote at `e`: (end, kind)."""
        text = self.text
        window = text[e : e + 14]
        cut = len(window)
        for i, ch in enumerate(window):
            if not ("\u4e00" <= ch <= "\u9fff" or ch.isalnum()):
                cut = i
                break
        window = window[:cut]
        if not window:
            return None
        if window.startswith("的"):
            # “民意引领警务”的理念, “…”的学习工作模式: a head within a few characters
            rest = window[1:8]
            for k in range(len(rest), 1, -1):
                piece = rest[:k]
                if piece.endswith(self.lex.heads_by_len) and "的" not in piece:
                    kind = self._head_kind(piece)
                    if kind in ("mode", "slogan", "mechanism"):
                        return (e + 1 + k, kind)
            return None
        if window.startswith(NOT_HEAD_OPENERS) or window.startswith(GAP_OPENERS):
            return None
        for conj in ("暨", "和", "与", "及"):
            k = window.find(conj)
            if k != -1:
                window = window[:k]  # “昆仑行动”暨整治…联合行动: the head is not attached
        for k in range(len(window), 1, -1):
            piece = window[:k]
            if "的" in piece:
                continue
            if piece.endswith(self.lex.heads_by_len):
                return (e + k, self._head_kind(piece))
        return None

    def _head_kind(self, phrase: str) -> str:
        for head in self.lex.heads_by_len:
            if phrase.endswith(head):
                return self.lex.heads[head]
        return "other"

    def _before(self, s: int, words: tuple[str, ...], reach: int = 0) -> bool:
        """One of `words` ends at `s` (or up to `reach` characters before it)."""
        text = self.text
        for k in range(reach + 1):
            if text.endswith(words, 0, s - k):
                return True
        return False

    # -- quoted names ----------------------------------------------------------------

    def _quoted(self) -> None:
        text = self.text
        docs = [(m.start(), m.end()) for m in DOC_RE.finditer(text)] if "《" in text else []
        for m in QUOTE_RE.finditer(text):
            group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
            self._one_quote(m.start(), m.end(), m.group(group), docs)
            if group == 1 and SPEECH_CHARS.intersection(m.group(1)):
                # speech: the practices it names are in its inner quotes (‘我为群众办实事’实践活动)
                inner = m.group(1)
                for n in QUOTE_RE.finditer(inner):
                    if n.group(2) is not None:
                        base = m.start(1)
                        self._one_quote(base + n.start(), base + n.end(), n.group(2), docs)

    def _one_quote(self, qs: int, qe: int, core: str, docs: list[tuple[int, int]]) -> None:
        if any(ds < qs and qe <= de for ds, de in docs):
            return  # 《深化“放管服”改革…意见》: the document is the program
        if "‘" in core:
            # “建立社区工作者‘全岗通’工作机制”: a quotation; its inner quote is the name
            base = qs + 1
            for n in QUOTE_RE.finditer(core):
                if n.group(2) is not None:
                    self._one_quote(base + n.start(), base + n.end(), n.group(2), docs)
            return
        core = core.strip()
        if (
            len(core) < 2
            or core in NOT_PROGRAMS
            or SPEECH_CHARS.intersection(core)
            or any(w in core for w in SPEECH_WORDS)
            or len(core) > 25
        ):
            return
        head = self._head_after(qe)
        known = self.lex.known.get(core)
        if head is not None:
            end, kind = head
            if known == "mode" and kind == "other":
                kind = known
            if _numbered_slogan(core) and kind in ("other",):
                kind = "slogan"
            self._add(qs, end, core, kind)
            return
        kind = self._unheaded_kind(qs, core, known)
        if kind == "other" and self.text.startswith("的", qe):
            return  # 打造“速度最快…”的淄博公安服务品牌: a description, not a name
        if kind is not None:
            self._add(qs, qe, core, kind)

    def _unheaded_kind(self, qs: int, core: str, known: str | None) -> str | None:
        if self._before(qs, HONOR_TRIGGERS, reach=0) or core.endswith(HONOR_ENDINGS):
            return "honor"
        if known is not None:
            return known
        if core in self.core_kinds:
            return self.core_kinds[core]
        if _numbered_slogan(core):
            return "slogan"  # before the head test: “三区一中心” is a slogan, no centre
        if core.endswith(self.lex.heads_by_len) and len(core) > 3:
            return self._head_kind(core)
        if "+" in core or "＋" in core:
            return "mode"
        if len(core) >= 4 and self._before(qs, PRACTICE_VERBS) and not core.endswith("化"):
            return "other"
        return None

    # -- 《…》 documents --------------------------------------------------------------

    def _documents(self) -> None:
        text = self.text
        for m in DOC_RE.finditer(text):
            title = m.group(1)
            bare = re.sub(r"[（(][^（）()]{1,6}[）)]$", "", title)
            end = m.end()
            after = text[end : end + 4]
            if after.startswith(("白皮书", "报告")):
                end += 3 if after.startswith("白皮书") else 2
            elif not bare.endswith(DOC_TYPES):
                continue
            self._add(m.start(), end, title, "document")

    # -- unquoted names ----------------------------------------------------------------

    def _unquoted(self) -> None:
        text = self.text
        lex = self.lex
        for m in lex.find_re.finditer(text):
            self._add(m.start(), m.end(), m.group(), lex.known[m.group()])
        for m in HOTLINE_RE.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isdigit():
                continue
            self._add(m.start(), m.end(), m.group(), "platform")
        for m in CENTRE_RE.finditer(text):
            self._add(m.start(), m.end(), m.group(), "platform")
        for m in CAMPAIGN_TAIL_RE.finditer(text):
            s = self._campaign_start(m.start())
            if s is not None and m.start() - s >= 2:
                self._add(s, m.end(), text[s : m.end()], "campaign")

    def _campaign_start(self, s: int) -> int | None:
        """执行案款清理|专项行动: the words before the tail that name the campaign."""
        text = self.text
        lo = max(0, s - 12)
        for i in range(s - 1, lo - 1, -1):
            if not ("\u4e00" <= text[i] <= "\u9fff"):
                lo = i + 1
                break
        if s - lo < 2 or not self._free(lo, s):
            return None
        pairs = tag(text[lo:s])
        start = s
        pos = s
        for word, ptag in reversed(pairs):
            if (
                word in CAMPAIGN_LEFT_STOPS
                or ptag[:1] not in ("n", "v", "a")
                or ptag in ("vd", "ad")
            ):
                break
            pos -= len(word)
            start = pos
        return start if start < s else None

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

    def _place_for(self, s: int) -> str | None:
        text = self.text
        sent = s
        while sent > 0 and text[sent - 1] not in SENTENCE_END:
            sent -= 1
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
                    "place": self._place_for(s),
                    "paragraph": p,
                    "start": s - base,
                    "end": e - base,
                }
            )
        return out


def find_programs(ctx: ArticleContext) -> list[dict[str, Any]]:
    """Program and practice mentions of one article, in reading order: {"name", "core",
    "kind", "place", "paragraph", "start", "end"} with
    ``paragraphs[paragraph][start:end] == name``."""
    if not ctx.paragraphs:
        return []
    return _Finder(ctx).run()
