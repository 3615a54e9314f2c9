"""People's Daily article files (`YYYYMMDD-PP-NN.txt`): 引题, title and 副题 lines,
then one paragraph a line."""

from __future__ import annotations

import re

from corpus_tool.layout.bylines import take_bylines
from corpus_tool.layout.text import _clean, _squeeze_spaces
from corpus_tool.records import ArticleLayout


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
