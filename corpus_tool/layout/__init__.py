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

The package, one module per concern:

- `text`: shared text helpers (line ends, display widths, sentence ends, indents);
- `bylines`: reporters, correspondents, authors, photo credits, `take_bylines`;
- `paragraphs`: reflow of wrapped lines, subheadings, paragraphs of block text;
- `plain`: titled documents and plain text (one article each), empty-article filter;
- `article_file`: People's Daily article files;
- `page`: the newspaper page (headlines printed away from articles, captions);
- `pdf_issue`: the PDF-extracted issue (table of contents, title groups, footers).

This module holds `split_document` and the tests that decide a text's form, and
re-exports the public names of the submodules.
"""

from __future__ import annotations

import re

from corpus_tool.layout.article_file import layout_article_file
from corpus_tool.layout.bylines import (
    author_names,
    credits_from_byline,
    names_from_tokens,
    photographer_of,
    take_bylines,
)
from corpus_tool.layout.page import MIN_HEADLINE_SIMILARITY, split_newspaper_page
from corpus_tool.layout.paragraphs import (
    _has_wrapped_paragraphs,
    block_paragraphs,
    paragraphs_and_subheadings,
)
from corpus_tool.layout.pdf_issue import (
    _ISSUE_LINE_RE,
    FULL_TITLE_WIDTH,
    TITLE_LINE_MAX_WIDTH,
    pdf_lines,
    pdf_table_of_contents,
    split_pdf_issue,
)
from corpus_tool.layout.plain import _non_empty, layout_article_body, layout_plain_text
from corpus_tool.layout.text import (
    CLOSING_MARKS,
    HEADING_FORBIDDEN,
    IDEOGRAPHIC_SPACE,
    MAX_HEADLINE_CHARS,
    MAX_SUBHEADING_CHARS,
    SENTENCE_END,
    SUBHEADING_FORBIDDEN,
    _is_indented,
    display_width,
    ends_sentence,
    join_wrapped_lines,
    normalize_text,
)
from corpus_tool.records import ArticleLayout, SourceDocument

__all__ = [
    "CLOSING_MARKS",
    "FULL_TITLE_WIDTH",
    "HEADING_FORBIDDEN",
    "IDEOGRAPHIC_SPACE",
    "MAX_HEADLINE_CHARS",
    "MAX_SUBHEADING_CHARS",
    "MIN_HEADLINE_SIMILARITY",
    "SENTENCE_END",
    "SUBHEADING_FORBIDDEN",
    "TITLE_LINE_MAX_WIDTH",
    "author_names",
    "block_paragraphs",
    "credits_from_byline",
    "display_width",
    "ends_sentence",
    "is_article_file_text",
    "is_page_text",
    "is_pdf_issue_text",
    "join_wrapped_lines",
    "layout_article_body",
    "layout_article_file",
    "layout_plain_text",
    "names_from_tokens",
    "normalize_text",
    "paragraphs_and_subheadings",
    "pdf_lines",
    "pdf_table_of_contents",
    "photographer_of",
    "split_document",
    "split_newspaper_page",
    "split_pdf_issue",
    "take_bylines",
]

# People's Daily file names: YYYYMMDD-PP-NN.txt (page and position on the page).
_ARTICLE_FILE_NAME_RE = re.compile(r"(?:^|[\\/])\d{8}-\d{2}-\d{2}\.txt$")


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
