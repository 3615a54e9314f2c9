"""One article per document: a titled document's body, untitled text of no known
form (a short first line may be its headline), and the filter that drops empty
articles (advertisement slots)."""

from __future__ import annotations

import re

from corpus_tool.layout.bylines import take_bylines
from corpus_tool.layout.paragraphs import _paragraphs_of_body
from corpus_tool.layout.text import HEADING_FORBIDDEN, MAX_HEADLINE_CHARS, ends_sentence
from corpus_tool.records import ArticleLayout


def _non_empty(layouts: list[ArticleLayout]) -> list[ArticleLayout]:
    # An advertisement slot has a title and nothing else to read; a photo keeps its title.
    return [
        layout
        for layout in layouts
        if layout.paragraphs or (layout.headline and layout.headline != "广告")
    ]


# A news site puts the 引题 and 副题 of a titled article above its body:
# `（让党旗在防控疫情斗争第一线高高飘扬）`, `——追记宁波市宁海县许民村党支部书记叶全奖`.
_KICKER = re.compile(r"[（(][^（）()。！？]{1,40}[）)]")
_SUBHEADLINE = re.compile(r"——[^。！？]{1,60}")


def layout_article_body(text: str) -> ArticleLayout:
    """A titled document's text: one article body (the caller supplies the headline)."""
    paragraphs, subheadings = _paragraphs_of_body(text)
    layout = ArticleLayout(paragraphs=paragraphs, subheadings=subheadings)
    if len(paragraphs) > 1 and _KICKER.fullmatch(paragraphs[0]):
        layout.kicker = paragraphs.pop(0)
    if len(paragraphs) > 1 and _SUBHEADLINE.fullmatch(paragraphs[0]):
        layout.subheadline = paragraphs.pop(0)
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
