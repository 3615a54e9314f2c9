"""Search snippets: the sentences that hold the query terms, terms marked with [ ].

Made here rather than by whoosh's highlighter, which splits sentences on `.!?` only and
would re-segment the text; Chinese sentences end at 。！？； and line ends.
"""

from __future__ import annotations

import re

from corpus_tool.segment import normalize

_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")
OPEN, CLOSE = "[", "]"


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, ends included."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def _inside_number(text: str, start: int, end: int) -> bool:
    """True when a figure match is part of a longer number (5.2 inside 15.2 or 5.25)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (text[start].isdigit() and (before.isdigit() or before == ".")) or (
        text[end - 1].isdigit() and (after.isdigit() or after == ".")
    )


def _term_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the terms occur in `text` (full-width and case differences ignored)."""
    haystack = normalize(text).lower()
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = normalize(term).lower()
        if not needle:
            continue
        start = haystack.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not _inside_number(haystack, start, end):
                spans.append((start, end))
            start = haystack.find(needle, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, terms: list[str]) -> str:
    """`text` with every occurrence of the terms inside [ ]."""
    out = []
    pos = 0
    for start, end in _term_spans(text, terms):
        out.append(text[pos:start] + OPEN + text[start:end] + CLOSE)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def make_snippet(text: str, terms: list[str], max_chars: int = 160) -> str:
    """The best sentences of `text` for `terms` (most distinct terms first, then in
    text order), cut at sentence ends, about `max_chars` long, terms marked."""
    spans = sentences(text)
    if not spans:
        return ""
    scored = []
    for order, (start, end) in enumerate(spans):
        sentence = text[start:end]
        lowered = normalize(sentence).lower()
        found = {t for t in terms if normalize(t).lower() in lowered}
        if found:
            scored.append((-len(found), order, start, end))
    if not scored:  # no term in the text itself (a match through the headline only)
        start, end = spans[0]
        return text[start:end].strip()[:max_chars]
    scored.sort()
    chosen: list[tuple[int, int]] = []
    length = 0
    covered: set[str] = set()
    for _, _, start, end in scored:
        sentence_terms = {t for t in terms if normalize(t).lower() in normalize(text[start:end]).lower()}
        if chosen and (sentence_terms <= covered or length + (end - start) > max_chars):
            continue
        chosen.append((start, end))
        covered |= sentence_terms
        length += end - start
    chosen.sort()
    parts = []
    for start, end in chosen:
        sentence = text[start:end].strip()
        if len(sentence) > max_chars:  # one very long sentence: keep the part around the first term
            first = _term_spans(sentence, terms)
            lead = max(0, (first[0][0] if first else 0) - max_chars // 3)
            sentence = ("…" if lead else "") + sentence[lead : lead + max_chars] + "…"
        parts.append(mark(sentence, terms))
    return " … ".join(parts)
