"""Paragraphs of body text: lines a layout wrapped are joined again (a paragraph
starts at an indent, or, in a document printed line by line without indents, after a
line shorter than the column or ending a sentence), subheadings between paragraphs are
told apart, and text without wrapping is split at blank lines and indents."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_tool.layout.bylines import credits_from_byline
from corpus_tool.layout.text import (
    MAX_SUBHEADING_CHARS,
    SUBHEADING_FORBIDDEN,
    _clean,
    _is_indented,
    ends_sentence,
    join_wrapped_lines,
)


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


# A page number a printed document's text keeps on a line of its own: — 2 —, 3.
PAGE_NUMBER_RE = re.compile(r"[—－-]\s*[0-9]{1,3}\s*[—－-]|[0-9]{1,3}")
# Punctuation that cannot end a paragraph: the sentence runs on at the next line.
MID_SENTENCE_END = "，、；（(“《"


def _line_width(lines: list[str]) -> int | None:
    """The width of a full line when `lines` are a document printed line by line and
    cut at the column's width (a policy turned to text from its PDF, with no indent
    and no blank line): many lines end inside a sentence, and a good share of those are
    within a character or two of one width. None when they are not (each line is then
    a paragraph)."""
    if len(lines) < 8:
        return None
    running = [len(line) for line in lines if not ends_sentence(line)]
    if len(running) < 0.4 * len(lines):
        return None
    # column-wide lines are 15–45 characters (digits and Latin letters are narrower, a
    # framed box may be wider); tables, headings and the last lines of paragraphs are
    # shorter; a paragraph a line varies far more
    counts = [0] * 48
    for n in running:
        if n < len(counts):
            counts[n] += 1
    width, near = max(((w, sum(counts[w - 2 : w + 3])) for w in range(15, 46)), key=lambda x: x[1])
    if near < max(6, 0.3 * len(running)):
        return None
    return width


def _slack(width: int) -> int:
    return max(3, width // 8)


def unwrapped_paragraphs(lines: list[str]) -> list[str] | None:
    """Paragraphs of a document printed line by line (see `_line_width`), or None.

    A line as wide as the column that ends inside a sentence runs on into the next one
    (`…华为软件技术有限公` / `司签署的…`); a short line or one that ends a sentence
    ends its paragraph (so a heading stays one). Page numbers are dropped."""
    width = _line_width(lines)
    if width is None:
        return None
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        # a page number: — 2 — anywhere, a bare one only inside a running sentence (a
        # bare number elsewhere may be a table's cell)
        if PAGE_NUMBER_RE.fullmatch(line) and (current or not line.isdigit()):
            continue
        current.append(line)
        runs_on = not ends_sentence(line) and (
            len(line) >= width - _slack(width) or line.endswith(tuple(MID_SENTENCE_END))
        )
        if not runs_on:
            paragraphs.append(join_wrapped_lines(current))
            current = []
    if current:
        paragraphs.append(join_wrapped_lines(current))
    return paragraphs


def block_paragraphs(text: str) -> list[str]:
    """Paragraphs of text that is not page noise: blank lines and indents separate
    paragraphs; lines inside a blank-line block without indents run on (a Wikisource
    link on its own line); without any blank line, every line is a paragraph, unless the
    lines are a document printed line by line (`unwrapped_paragraphs`)."""
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
            lines = [_clean(line) for line in raw_lines]
            paragraphs.extend(unwrapped_paragraphs(lines) or lines)
    return [p for p in paragraphs if p]


def _paragraphs_of_body(text: str) -> tuple[list[str], list[str]]:
    raw_lines = text.split("\n")
    # Blank lines alone do not make page noise: reports put one between paragraphs.
    if _has_wrapped_paragraphs(raw_lines):
        return paragraphs_and_subheadings([_Line.of(raw) for raw in raw_lines if raw.strip()])
    return block_paragraphs(text), []
