"""A People's Daily issue rendered to PDF and extracted to text: the table of
contents, articles each opened by title, byline and a `《人民日报》（…第 NN 版）` line,
page footers (`第 N 页`), paragraphs found from line widths."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_tool.layout.bylines import author_names, credits_from_byline, take_bylines
from corpus_tool.layout.plain import _non_empty
from corpus_tool.layout.text import (
    CLOSING_MARKS,
    SENTENCE_END,
    SUBHEADING_FORBIDDEN,
    _squeeze_spaces,
    _unique,
    display_width,
    ends_sentence,
    join_wrapped_lines,
)
from corpus_tool.records import ArticleLayout

_ISSUE_LINE_RE = re.compile(
    r"^《(?P<publication>[^》]{2,12})》[（(](?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
    r"\s*第\s*\d+\s*版[）)]\s*$"
)
_PAGE_FOOTER_RE = re.compile(r"^\s*第\s*\d+\s*页\s*$")
_TOC_ENTRY_RE = re.compile(r"^\s*(?P<number>\d{1,4})\.\s+(?P<title>\S.*)$")
_EDITOR_CREDIT_RE = re.compile(r"^(?:本版|[一二三四五六七八九十]+版)责编")


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
