"""Page layout: the text of one source document → its articles (SPEC section 2).

`split_document` is the only entry point the rest of the package needs. It recognises
four forms of untitled text and one titled form:

- a newspaper page as extracted from a PDF (the 法治日报 sample page): lines broken
  mid-sentence, paragraphs starting at the full-width indent, bylines (`□ 本报记者 …`)
  opening each article, subheadings, and the headlines of several articles printed
  together at the end, which are matched back to their articles by TF-IDF similarity;
- a People's Daily article file (引题 / title / 副题 lines, then indented paragraphs);
- a People's Daily issue rendered to PDF and extracted to text (table of contents,
  then articles each opened by title, byline and a `《人民日报》（…第 NN 版）` line);
- any other plain text, taken as one article;
- a titled document (JSON Lines record, Markdown item): the text is one article body.

Everything here is a pure function of the document: no printing, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from corpus_tool.records import ArticleLayout, Caption, SourceDocument

IDEOGRAPHIC_SPACE = "\u3000"
SENTENCE_END = "。！？!?…"
CLOSING_MARKS = "”’」』）)》"
# Punctuation that never occurs in a subheading but does in wrapped body lines.
SUBHEADING_FORBIDDEN = set("，。；：！？、,.;:!?…（）()")
HEADING_FORBIDDEN = set("。；;！!")
MAX_SUBHEADING_CHARS = 20
MAX_HEADLINE_CHARS = 40

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
# A paragraph that opens a new article on a page: 本报讯, 本报北京12月1日电, 新华社…电.
_NEW_ARTICLE_LEAD_RE = re.compile(r"^(?:本报讯|(?:本报|新华社)[^\s，。]{0,16}?电)")
_PHOTO_CREDIT_RE = re.compile(
    r"[（(]?(?:本报|新华社|人民网)?(?:特约)?(?:记者|通讯员)?\s*(?P<names>[\u4e00-\u9fff·\s、]{2,20}?)\s*摄[）)]?"
)
_CAPTION_START_RE = re.compile(r"^(?:图为|[上下左右底]?图[①-⑳\d]*[：:])")
# People's Daily file names: YYYYMMDD-PP-NN.txt (page and position on the page).
_ARTICLE_FILE_NAME_RE = re.compile(r"(?:^|[\\/])\d{8}-\d{2}-\d{2}\.txt$")
_ISSUE_LINE_RE = re.compile(
    r"^《(?P<publication>[^》]{2,12})》[（(](?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
    r"\s*第\s*\d+\s*版[）)]\s*$"
)
_PAGE_FOOTER_RE = re.compile(r"^\s*第\s*\d+\s*页\s*$")
_TOC_ENTRY_RE = re.compile(r"^\s*(?P<number>\d{1,4})\.\s+(?P<title>\S.*)$")
_EDITOR_CREDIT_RE = re.compile(r"^(?:本版|[一二三四五六七八九十]+版)责编")
_PRODUCTION_CREDIT_RE = re.compile(r"^(?:版式设计|本版责编|责任编辑|美编|制图)[：:]")


def split_document(doc: SourceDocument) -> list[ArticleLayout]:
    """The articles of one source document, in reading order (SPEC section 2)."""
    text = normalize_text(doc.text)
    if not text.strip():
        return []
    if doc.title is not None:
        return _non_empty([layout_article_body(text)])
    if is_pdf_issue_text(text):
        return split_pdf_issue(text)
    if is_article_file_text(text):
        return _non_empty([layout_article_file(text)])
    if is_page_text(text):
        return split_newspaper_page(text)
    # The shape test is preferred; the file name decides only for odd files (name lists).
    if _ARTICLE_FILE_NAME_RE.search(doc.source or ""):
        return _non_empty([layout_article_file(text)])
    return _non_empty([layout_plain_text(text)])


def _non_empty(layouts: list[ArticleLayout]) -> list[ArticleLayout]:
    # An advertisement slot has a title and nothing else to read; a photo keeps its title.
    return [
        layout
        for layout in layouts
        if layout.paragraphs or (layout.headline and layout.headline != "广告")
    ]


# ---------------------------------------------------------------- text helpers


def normalize_text(text: str) -> str:
    """Unify line ends and space characters that differ between sources only."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00a0", " ")


def display_width(text: str) -> float:
    """Width in full-width character cells: CJK 1, Latin letters and digits 1/2.

    A space counts as a whole cell: in PDF text `电  （记者` stands for two full-width
    spaces (measured: such first lines come out two cells short like any other)."""
    return sum(
        1.0 if ch == " " or unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text
    )


def join_wrapped_lines(lines: list[str]) -> str:
    """One paragraph from the lines a layout broke it into.

    Joined with nothing in between: the break falls between CJK characters or inside a
    word or number (`12` / `月21日`, `（I` / `MF）`), never at a meaningful space.
    """
    return "".join(line.strip() for line in lines).strip()


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(CLOSING_MARKS)[-1:] in tuple(SENTENCE_END)


def _is_indented(raw: str) -> bool:
    # Full-width indent (possibly after stray ASCII spaces), or two or more ASCII spaces.
    return raw.lstrip(" \t").startswith(IDEOGRAPHIC_SPACE) or raw.startswith(("  ", "\t"))


def _clean(raw: str) -> str:
    return raw.strip(" \t" + IDEOGRAPHIC_SPACE)


def _squeeze_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


# ---------------------------------------------------------------- bylines


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


# ---------------------------------------------------------------- form detection


def is_pdf_issue_text(text: str) -> bool:
    """An issue rendered to PDF: `《人民日报》（2025年10月20日 第 01 版）` lines."""
    return any(_ISSUE_LINE_RE.match(line.strip()) for line in text.split("\n"))


def is_article_file_text(text: str) -> bool:
    """The People's Daily article-file shape: three header lines (引题 / title / 副题,
    the first and last possibly empty, none indented), then a body whose lines are
    whole paragraphs, nearly all indented. No blank-line noise, no wrapped lines."""
    lines = text.split("\n")
    if len(lines) < 3 or not lines[1].strip():
        return False
    header = lines[:3]
    if any(_is_indented(line) or len(line.strip()) > 200 for line in header):
        return False
    body = [line for line in lines[3:] if line.strip()]
    if not body:  # a photo or an advertisement: header lines only
        return not ends_sentence(lines[1])
    indented = sum(1 for line in body if _is_indented(line))
    return indented >= 0.6 * len(body) and not _has_blank_line_noise(lines[3:])


def is_page_text(text: str) -> bool:
    """Newspaper page text: page bylines, or paragraphs wrapped over several lines."""
    lines = [line for line in text.split("\n") if line.strip()]
    if any(credits_from_byline(line) is not None and "□" in line for line in lines):
        return True
    return _has_wrapped_paragraphs(lines)


def _has_blank_line_noise(lines: list[str]) -> bool:
    # Page extraction puts a blank line after every line; real paragraphs are rarely
    # that short, so "no two text lines adjacent" is the signature.
    text_lines = [i for i, line in enumerate(lines) if line.strip()]
    if len(text_lines) < 4:
        return False
    adjacent = sum(1 for a, b in zip(text_lines, text_lines[1:], strict=False) if b == a + 1)
    return adjacent <= 0.1 * len(text_lines)


def _has_wrapped_paragraphs(lines: list[str]) -> bool:
    """Paragraphs start at an indent and run on over unindented lines."""
    text_lines = [line for line in lines if line.strip()]
    indented = sum(1 for line in text_lines if _is_indented(line))
    run_on = sum(
        1
        for previous, line in zip(text_lines, text_lines[1:], strict=False)
        if not _is_indented(line) and not ends_sentence(previous)
    )
    # Wrapped lines are column-wide; a text with long lines is one paragraph a line.
    long_lines = sum(1 for line in text_lines if len(line.strip()) > 80)
    return (
        indented >= 2 and run_on >= max(3, indented // 2) and long_lines <= 0.05 * len(text_lines)
    )


# ---------------------------------------------------------------- paragraphs of wrapped text


@dataclass
class _Line:
    text: str  # without indent and surrounding spaces
    indented: bool

    @classmethod
    def of(cls, raw: str) -> _Line:
        return cls(_clean(raw), _is_indented(raw))


def _is_subheading_line(line: _Line) -> bool:
    text = line.text
    return (
        not line.indented
        and 0 < len(text) <= MAX_SUBHEADING_CHARS
        and not (set(text) & SUBHEADING_FORBIDDEN)
        and credits_from_byline(text) is None
    )


def _subheading_run(lines: list[_Line], i: int) -> int:
    """How many lines from `i` form a subheading (0, 1 or 2).

    A subheading is one or two short unpunctuated lines that follow the end of a
    sentence and are followed by an indented paragraph start; a wrapped body line
    fails one of these (it follows a line broken mid-sentence or contains a comma).
    """
    if i > 0 and not ends_sentence(lines[i - 1].text):
        return 0
    for size in (2, 1):
        if i + size >= len(lines):
            continue
        run = lines[i : i + size]
        if all(_is_subheading_line(line) for line in run) and lines[i + size].indented:
            return size
    return 0


def paragraphs_and_subheadings(lines: list[_Line]) -> tuple[list[str], list[str]]:
    """Reflow wrapped lines: a paragraph starts at an indented line."""
    paragraphs: list[str] = []
    subheadings: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(lines):
        size = _subheading_run(lines, i)
        if size:
            if current:
                paragraphs.append(join_wrapped_lines(current))
                current = []
            subheadings.append(" ".join(line.text for line in lines[i : i + size]))
            i += size
            continue
        if lines[i].indented and current:
            paragraphs.append(join_wrapped_lines(current))
            current = []
        current.append(lines[i].text)
        i += 1
    if current:
        paragraphs.append(join_wrapped_lines(current))
    return [p for p in paragraphs if p], subheadings


def block_paragraphs(text: str) -> list[str]:
    """Paragraphs of text that is not page noise: blank lines and indents separate
    paragraphs; lines inside a blank-line block without indents run on (a Wikisource
    link on its own line); without any blank line, every line is a paragraph."""
    blocks = [block for block in re.split(r"\n\s*\n", text) if block.strip()]
    has_blank_lines = len(blocks) > 1
    paragraphs: list[str] = []
    for block in blocks:
        raw_lines = [line for line in block.split("\n") if line.strip()]
        if any(_is_indented(line) for line in raw_lines) or has_blank_lines:
            current: list[str] = []
            for raw in raw_lines:
                if _is_indented(raw) and current:
                    paragraphs.append(join_wrapped_lines(current))
                    current = []
                current.append(raw)
            paragraphs.append(join_wrapped_lines(current))
        else:
            paragraphs.extend(_clean(line) for line in raw_lines)
    return [p for p in paragraphs if p]


def _paragraphs_of_body(text: str) -> tuple[list[str], list[str]]:
    raw_lines = text.split("\n")
    # Blank lines alone do not make page noise: reports put one between paragraphs.
    if _has_wrapped_paragraphs(raw_lines):
        return paragraphs_and_subheadings([_Line.of(raw) for raw in raw_lines if raw.strip()])
    return block_paragraphs(text), []


# ---------------------------------------------------------------- titled and plain text


def layout_article_body(text: str) -> ArticleLayout:
    """A titled document's text: one article body (the caller supplies the headline)."""
    paragraphs, subheadings = _paragraphs_of_body(text)
    layout = ArticleLayout(paragraphs=paragraphs, subheadings=subheadings)
    take_bylines(layout)
    return layout


def layout_plain_text(text: str) -> ArticleLayout:
    """Untitled text of no known form: one article; a short unpunctuated first line
    followed by more text is its headline."""
    layout = layout_article_body(text)
    first = layout.paragraphs[0] if layout.paragraphs else ""
    if (
        len(layout.paragraphs) > 1
        and len(first) <= MAX_HEADLINE_CHARS
        and not ends_sentence(first)
        and not set(first) & HEADING_FORBIDDEN
    ):
        layout.headline = first
        layout.paragraphs = layout.paragraphs[1:]
    return layout


def layout_article_file(text: str) -> ArticleLayout:
    """A People's Daily article file: 引题, title, 副题 lines, then one paragraph a line.

    All 1,947 files of May 2020 keep the three header lines (the title line is never
    empty); bodies may be empty (photos, advertisements) or hold unindented lines
    (salutations such as `各位代表：`, name lists), which stay paragraphs.
    """
    lines = text.split("\n") + ["", ""]
    kicker, headline, subheadline = (_squeeze_spaces(line) or None for line in lines[:3])
    # Some files glue paragraphs into one line (`…中枢。　　基于…`); split them again.
    paragraphs = [
        _clean(part)
        for line in lines[3:]
        for part in re.split(r"(?<=[。！？”」』])\u3000{2,}", line)
        if _clean(part)
    ]
    layout = ArticleLayout(
        headline=headline, subheadline=subheadline, kicker=kicker, paragraphs=paragraphs
    )
    take_bylines(layout)
    return layout


# ---------------------------------------------------------------- newspaper page


@dataclass
class _Draft:
    """An article of a page while it is being collected."""

    headline_lines: list[str] = field(default_factory=list)
    byline_lines: list[str] = field(default_factory=list)
    lines: list[_Line] = field(default_factory=list)


def _is_headline_line(line: _Line) -> bool:
    text = line.text
    return (
        not line.indented
        and 0 < len(text) <= MAX_HEADLINE_CHARS
        and not ends_sentence(text)
        and not set(text) & HEADING_FORBIDDEN
        and credits_from_byline(text) is None
    )


def _caption_spans(lines: list[_Line]) -> list[tuple[int, int, str | None]]:
    """(first line, end line, photographer) of each photo caption on the page.

    A caption is the indented paragraph before a `宋魁飞 摄` line, or a short indented
    paragraph starting `图为…`.
    """
    spans: list[tuple[int, int, str | None]] = []
    for i, line in enumerate(lines):
        photographer = photographer_of(line.text)
        if photographer and not line.indented:
            start = i - 1
            while start > 0 and not lines[start].indented and i - start < 12:
                start -= 1
            if start >= 0 and lines[start].indented:
                spans.append((start, i + 1, photographer))
        elif line.indented and _CAPTION_START_RE.match(line.text):
            end = i + 1
            while end < len(lines) and not lines[end].indented and _is_headline_line(lines[end]):
                end += 1
            covered = any(a <= i < b for a, b, _ in spans)
            if not covered and len(join_wrapped_lines([x.text for x in lines[i:end]])) <= 80:
                spans.append((i, end, None))
    # A `图为` caption followed by its photographer line was found twice; keep the longer.
    spans.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    kept: list[tuple[int, int, str | None]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _headline_fields(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(kicker, headline, subheadline) of a stack of headline lines, top to bottom.

    Without font sizes the position decides: the first of two lines is the headline,
    the second the subheadline; of three, kicker, headline, subheadline. On the sample
    page this matches the content too: the first line states the news of the lead
    paragraph (`淄博公安出台百项制度…`: the 100 rules; `构建“短期救济+长远保障”司法
    救助机制`: what 余姚法院 built), the second echoes the closing words
    (`…助力公安工作高质量发展`, `…让法治更有温度公益更规范`) or names the interviewee
    (`访…胡启望`), the 副题 of an interview.
    """
    lines = [_squeeze_spaces(line) for line in lines if line.strip()]
    if not lines:
        return None, None, None
    if len(lines) == 1:
        return None, lines[0], None
    if len(lines) == 2:
        return None, lines[0], lines[1]
    return lines[0], lines[1], " ".join(lines[2:])


def _in_place_headline_starts(lines: list[_Line], article_starts: set[int]) -> dict[int, int]:
    """For an article starting at line b, the first line of a headline printed right
    above it (up to three unindented headline-like lines after a finished sentence)."""
    found: dict[int, int] = {}
    for b in sorted(article_starts):
        start = b
        while start > 0 and b - start < 3 and _is_headline_line(lines[start - 1]):
            start -= 1
        if start < b and (start == 0 or ends_sentence(lines[start - 1].text)):
            found[start] = b
    return found


def split_newspaper_page(text: str) -> list[ArticleLayout]:
    """The articles of a newspaper page, in page order (SPEC section 2)."""
    lines = [_Line.of(raw) for raw in text.split("\n") if raw.strip()]
    captions = _caption_spans(lines)
    in_caption = {i for start, end, _ in captions for i in range(start, end)}

    # Headlines printed together at the end of the page, after the last article.
    end = len(lines)
    trailing: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if i in in_caption:
            continue
        if not _is_headline_line(lines[i]):
            break
        trailing.insert(0, i)
        end = i
    body = [i for i in range(end) if i not in in_caption]

    body_lines = [lines[i] for i in body]
    is_byline = [credits_from_byline(line.text) is not None for line in body_lines]
    # A new article starts at a byline block or at a 本报讯 / …电 lead paragraph.
    article_starts = {
        k
        for k, line in enumerate(body_lines)
        if (is_byline[k] and (k == 0 or not is_byline[k - 1]))
        or (line.indented and _NEW_ARTICLE_LEAD_RE.match(line.text))
    }
    headline_above = _in_place_headline_starts(body_lines, article_starts)
    headline_rows = {k for start, b in headline_above.items() for k in range(start, b)}

    drafts: list[_Draft] = [_Draft()]
    for k, line in enumerate(body_lines):
        current = drafts[-1]
        if k in headline_above:
            opens = bool(current.lines or current.byline_lines or current.headline_lines)
        else:
            opens = k in article_starts and k - 1 not in headline_rows and bool(current.lines)
        if opens:
            current = _Draft()
            drafts.append(current)
        if k in headline_rows:
            current.headline_lines.append(line.text)
        elif is_byline[k] and not current.lines:
            current.byline_lines.append(line.text)
        else:
            current.lines.append(line)

    layouts = [_layout_of_draft(draft) for draft in drafts]
    layouts = [layout for layout in layouts if layout.paragraphs or layout.headline]
    _assign_trailing_headlines(layouts, [lines[i].text for i in trailing])
    _attach_captions(layouts, lines, captions)
    return layouts


def _layout_of_draft(draft: _Draft) -> ArticleLayout:
    paragraphs, subheadings = paragraphs_and_subheadings(draft.lines)
    kicker, headline, subheadline = _headline_fields(draft.headline_lines)
    layout = ArticleLayout(
        headline=headline,
        subheadline=subheadline,
        kicker=kicker,
        subheadings=subheadings,
        paragraphs=paragraphs,
    )
    for line in draft.byline_lines:
        found = credits_from_byline(line) or ([], [])
        layout.reporters += found[0]
        layout.correspondents += found[1]
    take_bylines(layout)
    return layout


def _article_text(layout: ArticleLayout) -> str:
    return "\n".join([*layout.subheadings, *layout.paragraphs])


def _headline_groups(lines: list[str], best: list[tuple[int, float]]) -> list[list[int]]:
    """Split a stack of headline lines into one group per article: consecutive lines
    closest to the same article belong together (at most three: kicker, headline,
    subheadline); an interview line (`访…`, `——…`) always joins the line above."""
    groups: list[list[int]] = []
    for k, line in enumerate(lines):
        joins_above = bool(groups) and (
            line.startswith(("访", "——", "—", "－"))
            or (best[k][0] == best[groups[-1][-1]][0] and len(groups[-1]) < 3)
        )
        if joins_above:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


# A headline shares a few distinctive n-grams with its article. Measured on the sample
# page: matching headline groups score 0.16-0.23, the best wrong pair 0.07.
MIN_HEADLINE_SIMILARITY = 0.1


def _assign_trailing_headlines(layouts: list[ArticleLayout], lines: list[str]) -> None:
    """Give each headline group printed away from its article to the most similar
    article without a headline, one group per article; the rest stay without."""
    open_articles = [k for k, layout in enumerate(layouts) if layout.headline is None]
    if not lines or not open_articles:
        return
    from corpus_tool.similarity import (
        best_matches,
        one_to_one_assignment,
        tfidf_similarity_matrix,
    )

    documents = [_article_text(layouts[k]) for k in open_articles]
    groups = _headline_groups(lines, best_matches(lines, documents))
    group_texts = [" ".join(lines[k] for k in group) for group in groups]
    scores = tfidf_similarity_matrix(group_texts, documents)
    for group_index, column in one_to_one_assignment(scores, MIN_HEADLINE_SIMILARITY).items():
        layout = layouts[open_articles[column]]
        kicker, headline, subheadline = _headline_fields([lines[k] for k in groups[group_index]])
        layout.kicker, layout.headline, layout.subheadline = kicker, headline, subheadline


def _attach_captions(
    layouts: list[ArticleLayout], lines: list[_Line], captions: list[tuple[int, int, str | None]]
) -> None:
    """Attach each caption to the article it describes: the most similar one (the
    people and places it names recur in that article's text)."""
    if not captions or not layouts:
        return
    texts = [
        join_wrapped_lines(
            [line.text for line in lines[a:b] if not (p and photographer_of(line.text))]
        )
        for a, b, p in captions
    ]
    from corpus_tool.similarity import best_matches

    matches = best_matches(texts, [_article_text(layout) for layout in layouts])
    for text, (_, _, photographer), (best, _score) in zip(texts, captions, matches, strict=True):
        target = layouts[best] if best >= 0 else layouts[-1]
        target.captions.append(Caption(text=text, photographer=photographer))


# ---------------------------------------------------------------- PDF-extracted issue


@dataclass
class _PdfLine:
    text: str  # right-stripped; PDF lines carry no indent
    page_start: bool
    width: float


TITLE_LINE_MAX_WIDTH = 22.0  # titles are set in a larger font: at most ~20 cells a line
FULL_TITLE_WIDTH = 18.75  # a title line this wide was wrapped by the layout


def pdf_lines(text: str) -> list[_PdfLine]:
    """The non-empty lines of a PDF text, page footers (`第 N 页`) removed."""
    result: list[_PdfLine] = []
    for page in text.split("\f"):
        first = True
        for raw in page.split("\n"):
            if not raw.strip() or _PAGE_FOOTER_RE.match(raw):
                continue
            line = raw.rstrip()
            result.append(_PdfLine(line, first, display_width(line.strip())))
            first = False
    return result


def pdf_table_of_contents(text: str) -> list[str]:
    """The numbered titles (`12. 确保…`) listed before the first article."""
    entries: list[str] = []
    for line in pdf_lines(text):
        if _ISSUE_LINE_RE.match(line.text.strip()):
            break
        match = _TOC_ENTRY_RE.match(line.text)
        if match:
            entries.append(match.group("title").strip())
    return entries


def _could_be_header_line(line: _PdfLine) -> bool:
    text = line.text.strip()
    return (
        line.width <= TITLE_LINE_MAX_WIDTH
        and not _TOC_ENTRY_RE.match(text)
        and text[-1:] not in tuple("。；，：")
    )


def _header_start(lines: list[_PdfLine], issue_index: int, floor: int) -> int:
    """First line of the title + byline group above an issue line."""
    start = issue_index
    while start > floor and issue_index - start < 5 and not lines[start].page_start:
        if not _could_be_header_line(lines[start - 1]):
            break
        start -= 1
    return start


def _unbalanced(text: str) -> bool:
    return text.count("（") > text.count("）") or text.count("“") > text.count("”")


def _continues_title(line: str, previous_raw: str, title: str) -> bool:
    """Whether a header line below the title's first line still belongs to the title
    (rather than being the byline)."""
    if credits_from_byline(line) is not None:
        return False
    if _unbalanced(title):
        return True
    wrapped = display_width(previous_raw.strip()) >= FULL_TITLE_WIDTH and not title.endswith("）")
    names = author_names(line)
    if names is None:
        return True  # not a byline: a second title line (`强调世界经济仍较脆弱`)
    # `坛举行`, `路径` after a full line are the wrapped end of the title, not a name.
    return (
        wrapped and len(names) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", names[0]) is not None
    )


def _pdf_header(lines: list[str]) -> tuple[str, list[str], list[str]]:
    """(title, reporters, correspondents) of the lines above a `《人民日报》` line."""
    title = lines[0].strip()
    previous = lines[0]
    reporters: list[str] = []
    correspondents: list[str] = []
    byline_started = False
    for raw in lines[1:]:
        line = raw.strip()
        if not byline_started and _continues_title(line, previous, title):
            wrapped = display_width(previous.strip()) >= FULL_TITLE_WIDTH or _unbalanced(title)
            title += ("" if wrapped else " ") + line
            previous = raw
            continue
        byline_started = True
        found = credits_from_byline(line)
        if found is None:
            found = (author_names(line) or [], [])
        reporters += found[0]
        correspondents += found[1]
    return _squeeze_spaces(title), _unique(reporters), _unique(correspondents)


def _full_line_width(lines: list[_PdfLine]) -> float:
    """The width of a full body line: the most common width among the long lines."""
    counts: dict[float, int] = {}
    for line in lines:
        if line.width >= 20:
            counts[line.width] = counts.get(line.width, 0) + 1
    return max(counts, key=lambda width: (counts[width], width)) if counts else 30.0


_LINE_FRAGMENT_RE = re.compile(r"[0-9A-Za-z]{1,2}|[”’」』）)》，。、；：！？]{1,3}")


def _pdf_paragraph_lines(lines: list[_PdfLine], full: float) -> list[list[str]]:
    """Group body lines into paragraphs by their widths.

    The PDF has no indent characters, but a paragraph's first line is indented by two
    cells (measured: after a short line the next line is 28-29 cells wide, inside a
    paragraph 30-31, where 30 is the full width and +1 a hanging punctuation mark). So a
    paragraph ends at a line clearly shorter than the full width, and a new one starts
    at a line about two cells short of it, provided the line above ended a sentence:
    a paragraph's last line can also happen to be two cells short (`…在拓` / `展增量…`).
    Where a paragraph ends exactly at the full width and the next starts with a short
    line, the two stay joined: the known weak spot of this rule.
    """
    paragraphs: list[list[str]] = []
    for k, line in enumerate(lines):
        previous = lines[k - 1] if k else None
        # A subscript (`（M` / `2` / `）余额`) or a closing mark that did not fit (`”`)
        # is set on a line of its own: glue it.
        if paragraphs and _LINE_FRAGMENT_RE.fullmatch(line.text.strip()):
            paragraphs[-1].append(line.text)
            continue
        if previous is not None and re.fullmatch(r"[0-9A-Za-z]{1,2}", previous.text.strip()):
            paragraphs[-1].append(line.text)
            continue
        after_sentence = previous is not None and previous.text.rstrip()[-1:] in tuple(
            SENTENCE_END + CLOSING_MARKS + "：；"
        )
        starts = (
            previous is None
            or previous.width < full - 2.5
            or (after_sentence and full - 2.5 <= line.width <= full - 1)
            # A short unfinished line after a finished sentence is a side heading
            # (`创新活力有效激发`): a paragraph's last line ends with punctuation.
            or (after_sentence and line.width < full - 2.5 and not ends_sentence(line.text))
        )
        if starts or not paragraphs:
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
    return paragraphs


def _pdf_paragraphs(lines: list[_PdfLine], full: float) -> tuple[list[str], list[str]]:
    groups = _pdf_paragraph_lines(lines, full)
    paragraphs: list[str] = []
    subheadings: list[str] = []
    for k, group in enumerate(groups):
        text = join_wrapped_lines(group)
        following = groups[k + 1] if k + 1 < len(groups) else []
        next_is_long = len(following) > 1 or (
            len(following) == 1 and credits_from_byline(following[0]) is not None
        )
        # A section title: one short unpunctuated line, in two halves
        # (`领航定向  驾驭发展全局创造新的历史伟业`) or before a long paragraph.
        # A poem's lines fail the test: each is followed by another short line.
        if (
            paragraphs
            and following
            and len(group) == 1
            and display_width(group[0].strip()) <= 24
            and not set(text) & (SUBHEADING_FORBIDDEN | {"—"})
            and re.search(r"[\u4e00-\u9fff]", text)
            and credits_from_byline(text) is None
            and (next_is_long or "  " in group[0].strip())
        ):
            subheadings.append(_squeeze_spaces(group[0]))
            continue
        paragraphs.append(text)
    return paragraphs, subheadings


def split_pdf_issue(text: str) -> list[ArticleLayout]:
    """The articles of a newspaper issue extracted from a PDF, table of contents
    skipped, editors' credits and empty advertisement slots dropped."""
    lines = pdf_lines(text)
    issues = [
        (k, match)
        for k, line in enumerate(lines)
        if (match := _ISSUE_LINE_RE.match(line.text.strip()))
    ]
    if not issues:
        return []
    toc_end = 0
    for k in range(issues[0][0]):
        if _TOC_ENTRY_RE.match(lines[k].text):
            toc_end = k + 1
    starts: list[int] = []
    floor = toc_end
    for issue_index, _ in issues:
        starts.append(_header_start(lines, issue_index, floor))
        floor = issue_index + 1
    full = _full_line_width(lines[toc_end:])

    layouts: list[ArticleLayout] = []
    for n, (issue_index, match) in enumerate(issues):
        body_end = starts[n + 1] if n + 1 < len(issues) else len(lines)
        header = [line.text for line in lines[starts[n] : issue_index]]
        title, reporters, correspondents = _pdf_header(header) if header else ("", [], [])
        if _EDITOR_CREDIT_RE.match(title):
            continue
        paragraphs, subheadings = _pdf_paragraphs(lines[issue_index + 1 : body_end], full)
        layout = ArticleLayout(
            headline=title or None,
            reporters=reporters,
            correspondents=correspondents,
            subheadings=subheadings,
            paragraphs=paragraphs,
            date=f"{match['year']}-{int(match['month']):02d}-{int(match['day']):02d}",
            publication=match["publication"],
        )
        take_bylines(layout)
        layouts.append(layout)
    return _non_empty(layouts)
