"""What every extractor may know about the article it reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticleContext:
    """The article-level facts extractors share.

    `paragraphs` are the article's paragraphs (entity offsets index into them);
    `date` is the document date (YYYY-MM-DD) that relative dates resolve against;
    `places` are the place records already found (extract/places.py) and `main_place`
    where the article is about (full name, e.g. 湖南省岳阳市), so that figures and
    programs can name their place.
    """

    paragraphs: list[str]
    headline: str | None = None
    date: str | None = None
    places: list[dict[str, Any]] = field(default_factory=list)
    main_place: str | None = None
