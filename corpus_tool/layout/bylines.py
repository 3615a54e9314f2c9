"""Bylines and credits: reporters and correspondents (`□ 本报记者 阮占江 帅标`,
`本报讯 记者…`, `（新华社…电 记者…）`), authors without a role, photo credits and the
captions they close, page furniture such as `责任编辑：…`."""

from __future__ import annotations

import re

from corpus_tool.layout.text import _unique
from corpus_tool.records import ArticleLayout, Caption

# Roles in a byline. The optional prefix covers 本报记者, 新华社记者, 本报驻泰国记者 ….
_ROLE = r"(?:本报|新华社|人民网|中新社|人民日报)?(?:驻[\u4e00-\u9fff]{1,6}?)?(?:特约|见习)?(?P<role>记者|通讯员|实习生)"
_ROLE_RE = re.compile(_ROLE)
_NAME_CHUNK_RE = re.compile(r"[\u4e00-\u9fff·\s、，,]*")
_FOREIGN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+")
_ORG_AUTHOR_RE = re.compile(
    r"[\u4e00-\u9fff]{4,20}(?:院|部|委|会|局|厅|办|社|中心|研究所|课题组|办公室)"
)
_XUN_LEAD_RE = re.compile(r"^本报讯\s*")
_BARE_XUN_CREDIT_RE = re.compile(
    rf"(?:{_ROLE.replace('?P<role>', '?:')}\s*[\u4e00-\u9fff·]{{2,4}}(?:[、\s][\u4e00-\u9fff·]{{2,4}})*\s+)+"
)
_DISPATCH_LEAD_RE = re.compile(
    r"^据?(?:本报|新华社|人民网|中新社)[^\s，。（(]{0,16}?电\s*[（(](?P<credit>[^）)]{2,60})[）)]"
)
_CLOSING_CREDIT_RE = re.compile(
    r"^[（(](?:本报|新华社|人民网|中新社)[^\s，。（(]{0,16}?电\s*(?P<credit>[^（()）]*)[）)]$"
)


_PHOTO_CREDIT_RE = re.compile(
    r"[（(]?(?:本报|新华社|人民网)?(?:特约)?(?:记者|通讯员)?\s*(?P<names>[\u4e00-\u9fff·\s、]{2,20}?)\s*摄[）)]?"
)
_CAPTION_START_RE = re.compile(r"^(?:图为|[上下左右底]?图[①-⑳\d]*[：:])")
_PRODUCTION_CREDIT_RE = re.compile(r"^(?:版式设计|本版责编|责任编辑|美编|制图)[：:]")
# A law database's cross-reference line under an article of a policy record
# (`法宝联想：法学期刊 3 篇`), joined to the article's paragraph: site furniture,
# and its count is no figure of the text.
_DATABASE_LINK_RE = re.compile(r"法宝联想[：:][\u4e00-\u9fff]{2,8}\s*\d+\s*篇")


def names_from_tokens(tokens: list[str]) -> list[str]:
    """Person names from the space-separated tokens of a byline.

    Typesetters pad two-character names to the width of three (`王 春`, `程  龙`), so
    single characters pair up; a token of two or more characters is a name of its own
    (`阮占江 帅标` → 阮占江, 帅标; `程  龙  潘俊强` → 程龙, 潘俊强).
    """
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if len(token) == 1 and following and len(following) <= 2:
            names.append(token + following)  # 王 春 → 王春; 王 小明 → 王小明
            i += 2
        else:
            names.append(token)
            i += 1
    return names


def _names_from_chunk(chunk: str) -> list[str]:
    names: list[str] = []
    for group in re.split(r"[、，,]", chunk):
        names.extend(names_from_tokens(group.split()))
    return names


def _is_person_name(name: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or _FOREIGN_NAME_RE.fullmatch(name))


def credits_from_byline(text: str) -> tuple[list[str], list[str]] | None:
    """(reporters, correspondents) when `text` is nothing but a byline, else None.

    Accepts `□ 本报记者  阮占江 帅标`, `本报通讯员 朱 煌`, `新华社记者` (no names),
    `（本报记者李亚楠整理）`, `本报记者 张三 本报通讯员 李四`.
    """
    s = text.strip().lstrip("□■◆◇●").strip()
    s = re.sub(r"^[（(]\s*(.*?)\s*[）)]$", r"\1", s)
    s = re.sub(r"^综合", "", s)
    s = re.sub(r"(?:采访整理|整理|报道)$", "", s).strip()
    matches = list(_ROLE_RE.finditer(s))
    if not matches or matches[0].start() != 0 or s.endswith("摄"):  # 摄: a photo credit
        return None
    reporters: list[str] = []
    correspondents: list[str] = []
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(s)
        chunk = s[match.end() : end]
        if not _NAME_CHUNK_RE.fullmatch(chunk):
            return None
        names = _names_from_chunk(chunk)
        if not all(_is_person_name(name) for name in names):
            return None
        (correspondents if match.group("role") == "通讯员" else reporters).extend(names)
    return reporters, correspondents


def author_names(line: str) -> list[str] | None:
    """The names of a byline without a role (`任仲平`, `李  非  黄  婧`,
    `玛丽娜·拉古什`); [] for an organisation as author; None if not a byline."""
    text = line.strip()
    if _ORG_AUTHOR_RE.fullmatch(text):
        return []
    names = names_from_tokens(text.split())
    if names and all(_is_person_name(name) for name in names):
        return names
    return None


def photographer_of(line: str) -> str | None:
    """The photographer of a photo credit line (`宋魁飞 摄`, `本报记者  林 渊摄`;
    an agency for `新华社发`)."""
    agency = re.fullmatch(r"[（(]?(新华社|中新社|人民视觉)发[）)]?", line.strip())
    if agency:
        return agency.group(1)
    match = _PHOTO_CREDIT_RE.fullmatch(line.strip())
    if not match:
        return None
    names = _names_from_chunk(match.group("names"))
    return "、".join(names) if names and all(map(_is_person_name, names)) else None


def _split_xun_lead(paragraph: str) -> tuple[str, list[str], list[str]] | None:
    """Drop a `本报讯 记者徐鹏 ` lead: (rest of the paragraph, reporters, correspondents)."""
    match = _XUN_LEAD_RE.match(paragraph)
    if not match:
        return None
    rest = paragraph[match.end() :]
    bracket = re.match(r"[（(]([^）)]{1,60})[）)]\s*", rest)
    if bracket:
        found = credits_from_byline(bracket.group(1))
        if found is not None:
            return rest[bracket.end() :], found[0], found[1]
    # Without brackets each role and its names must be followed by a space; that keeps
    # `记者近日从…` (the first words of the text) out of the byline.
    bare = _BARE_XUN_CREDIT_RE.match(rest)
    if bare:
        found = credits_from_byline(bare.group(0))
        if found is not None:
            return rest[bare.end() :], found[0], found[1]
    return rest, [], []


def _credits_of_byline_paragraph(paragraph: str) -> tuple[list[str], list[str]] | None:
    found = credits_from_byline(paragraph)
    if found is not None:
        return found
    closing = _CLOSING_CREDIT_RE.match(paragraph)  # （新华社北京10月19日电 记者赵超、安蓓）
    if closing:
        return credits_from_byline(closing.group("credit")) or ([], [])
    return None


def take_bylines(layout: ArticleLayout) -> None:
    """Move bylines out of `layout.paragraphs` into reporters and correspondents.

    A paragraph that is only a byline leaves the body; a `本报讯 记者…` lead is cut
    off its paragraph; a `本报杭州5月2日电 （记者王莉）` lead stays (it is part of the
    story's first sentence) but gives its reporter. A photo credit (`姚剑锋摄`) makes
    a caption of the text above it.
    """
    reporters = list(layout.reporters)
    correspondents = list(layout.correspondents)
    kept: list[str] = []
    for paragraph in layout.paragraphs:
        photographer = photographer_of(paragraph)
        if photographer is not None:
            layout.captions.append(_caption_before_credit(kept, photographer))
            continue
        if _PRODUCTION_CREDIT_RE.match(paragraph):  # page furniture, not the story
            continue
        if "法宝联想" in paragraph:
            paragraph = _DATABASE_LINK_RE.sub("", paragraph).strip()
        found = _credits_of_byline_paragraph(paragraph)
        if found is not None:
            reporters += found[0]
            correspondents += found[1]
            continue
        if not kept:
            xun = _split_xun_lead(paragraph)
            if xun is not None:
                paragraph = xun[0].strip()
                reporters += xun[1]
                correspondents += xun[2]
        dispatch = _DISPATCH_LEAD_RE.match(paragraph)
        if dispatch:
            found = credits_from_byline(dispatch.group("credit"))
            if found is not None:
                reporters += found[0]
                correspondents += found[1]
        if paragraph:
            kept.append(paragraph)
    layout.paragraphs = kept
    layout.reporters = _unique(reporters)
    layout.correspondents = _unique(correspondents)


def _caption_before_credit(kept: list[str], photographer: str) -> Caption:
    """The caption a photo credit closes, taken from the paragraphs kept so far.

    A paragraph that opens as a caption (`图①：…`) leaves the body; a photo story
    (`…合影。图为10月15日，…`) keeps its news and gives the `图为` part; otherwise
    the paragraph above is both story and caption text.
    """
    if not kept:
        return Caption(text="", photographer=photographer)
    last = kept[-1]
    if _CAPTION_START_RE.match(last):
        return Caption(text=kept.pop(), photographer=photographer)
    start = last.find("图为")
    if start > 0:
        kept[-1] = last[:start].strip()
        return Caption(text=last[start:], photographer=photographer)
    return Caption(text=last, photographer=photographer)
