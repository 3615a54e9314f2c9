"""A newspaper page as extracted from a PDF (the 法治日报 sample page): articles opened
by bylines or `本报讯` leads, headlines printed above an article or together at the end
of the page (matched back by TF-IDF similarity), and photo captions.

scikit-learn is reached only through `corpus_tool.similarity`, imported inside the
functions that compare texts, so importing this module stays cheap."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus_tool.layout.bylines import (
    _CAPTION_START_RE,
    credits_from_byline,
    photographer_of,
    take_bylines,
)
from corpus_tool.layout.paragraphs import _Line, paragraphs_and_subheadings
from corpus_tool.layout.text import (
    HEADING_FORBIDDEN,
    MAX_HEADLINE_CHARS,
    _squeeze_spaces,
    ends_sentence,
    join_wrapped_lines,
)
from corpus_tool.records import ArticleLayout, Caption

# A paragraph that opens a new article on a page: 本报讯, 本报北京12月1日电, 新华社…电.
_NEW_ARTICLE_LEAD_RE = re.compile(r"^(?:本报讯|(?:本报|新华社)[^\s，。]{0,16}?电)")


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
