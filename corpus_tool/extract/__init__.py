"""Entity extraction: places, people, organizations, programs, metrics, dates and awards,
each record pointing back to its paragraph and character span (SPEC section 3).

`extract_entities` runs the extractors in order: places first, because where an article
is about (its main place) gives figures and programs their place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_tool.records import Article

if TYPE_CHECKING:
    from corpus_tool.extract.quote_model import QuoteCandidate


def extract_entities(article: Article, *, quote_candidates: list[QuoteCandidate] | None = None) -> None:
    """Fill the entity lists of `article` in place. With `quote_candidates`, the quote model
    is off and the quotes it would score are collected there (for training it)."""
    from corpus_tool.extract.awards import find_awards
    from corpus_tool.extract.context import ArticleContext
    from corpus_tool.extract.dates import find_dates
    from corpus_tool.extract.metrics import find_metrics
    from corpus_tool.extract.organizations import find_organizations
    from corpus_tool.extract.people import find_people
    from corpus_tool.extract.places import find_places, main_place
    from corpus_tool.extract.programs import find_programs

    article.places = find_places(article.paragraphs, article.headline)
    main = article.main_place = main_place(article.places)
    ctx = ArticleContext(
        paragraphs=article.paragraphs,
        headline=article.headline,
        date=article.date,
        places=article.places,
        main_place=main["name"] if main else None,
    )
    article.people = ctx.people = find_people(ctx)
    article.organizations = find_organizations(ctx)
    article.programs = ctx.programs = find_programs(ctx, quote_candidates=quote_candidates)
    article.metrics = find_metrics(ctx)
    article.dates = find_dates(ctx)
    article.awards = find_awards(ctx)
