"""What every extractor may know about the article it reads."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

# A title in 《…》: a document's or a work's name, whose words name no place or body.
TITLE_RE = re.compile(r"《[^《》\n]{1,80}》")


@dataclass
class ArticleContext:
    """The article-level facts extractors share.

    `paragraphs` are the article's paragraphs (entity offsets index into them);
    `date` is the document date (YYYY-MM-DD) that relative dates resolve against;
    `places` are the place records already found (extract/places.py) and `main_place`
    where the article is about (full name, e.g. 湖南省岳阳市), so that figures and
    programs can name their place; `people` the person records, so that a known name
    inside a person's name is none (傅政华|为…委员 holds no 华为); `programs` the program
    records, whose names hold no figures (南疆三地州10个未摘帽深度贫困县…转移就业工作).
    """

    paragraphs: list[str]
    headline: str | None = None
    date: str | None = None
    places: list[dict[str, Any]] = field(default_factory=list)
    main_place: str | None = None
    people: list[dict[str, Any]] = field(default_factory=list)  # set once people are read
    programs: list[dict[str, Any]] = field(default_factory=list)  # set once programs are read

    @cached_property
    def joined(self) -> JoinedText:
        """The paragraphs as one text, built once and shared by every extractor."""
        return JoinedText(self.paragraphs, self.places)


class JoinedText:
    """The article's paragraphs joined by newlines, with the article's places located in
    it. Extractors scan this one text (a regex call per paragraph costs more than the
    scanning itself on short paragraphs) and map offsets back with `locate`."""

    def __init__(self, paragraphs: list[str], places: list[dict[str, Any]]) -> None:
        self.text = "\n".join(paragraphs)
        self.starts: list[int] = []
        pos = 0
        for paragraph in paragraphs:
            self.starts.append(pos)
            pos += len(paragraph) + 1
        # (absolute start, absolute end, full name) of the places, in text order
        self.places: list[tuple[int, int, str]] = []
        for record in places:
            p = record.get("paragraph", -1)
            if 0 <= p < len(self.starts) and record.get("name"):
                base = self.starts[p]
                self.places.append((base + record["start"], base + record["end"], record["name"]))
        self.places.sort()
        self.place_starts = [start for start, _, _ in self.places]

    @cached_property
    def place_mask(self) -> bytearray:
        """1 for every character inside a place name (夏桥村 is no person's name)."""
        return self.mask((start, end) for start, end, _ in self.places)

    def mask_of(self, records: list[dict[str, Any]]) -> bytearray:
        """1 for every character inside one of `records` (paragraph, start, end)."""
        return self.mask(
            (self.starts[r["paragraph"]] + r["start"], self.starts[r["paragraph"]] + r["end"])
            for r in records
        )

    def mask(self, spans: Iterable[tuple[int, int]]) -> bytearray:
        """1 for every character inside one of the absolute `spans`."""
        mask = bytearray(len(self.text))
        for start, end in spans:
            mask[start:end] = b"\x01" * (end - start)
        return mask

    def spans_by_paragraph(self, pattern: re.Pattern[str], group: int = 0) -> dict[int, list[tuple[int, int]]]:
        """The matches of `pattern` (the span of `group`) by paragraph, in paragraph
        coordinates: one scan of the article instead of a call per paragraph. For a
        pattern that neither holds nor looks at a newline these are the matches each
        paragraph alone gives (a newline ends a paragraph as the end of the text does)."""
        out: dict[int, list[tuple[int, int]]] = {}
        starts = self.starts
        for found in pattern.finditer(self.text):
            s, e = found.span(group)
            p = bisect_right(starts, s) - 1
            out.setdefault(p, []).append((s - starts[p], e - starts[p]))
        return out

    def locate(self, position: int) -> tuple[int, int]:
        """(paragraph, offset in it) of an absolute position in `text`."""
        paragraph = bisect_right(self.starts, position) - 1
        return paragraph, position - self.starts[paragraph]
