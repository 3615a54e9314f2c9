"""Extraction time against segmentation time, on a real corpus, in one run.

    python bench/bench_extract.py [PATH ...]

Default input: ../shared/corpus/rmrb-2020-05 (People's Daily, May 2020). Issue 3 asks
that extraction add at most half again to the time of segmentation alone; this prints
that ratio against the fast segmenter (rjieba, what builds use) and against jieba (the
reference), and the time of each extractor.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"


def main() -> None:
    from corpus_tool import api, segment
    from corpus_tool.extract import (
        awards,
        context,
        dates,
        metrics,
        organizations,
        people,
        places,
        programs,
    )

    paths = sys.argv[1:] or [str(SHARED / "rmrb-2020-05")]
    articles = []
    for result in api.extract(paths):
        articles.extend(result.articles)
    texts = [segment.normalize(api.article_text(a)) for a in articles]
    chars = sum(len(t) for t in texts)

    fast = segment.segmenter()
    start = time.perf_counter()
    for text in texts:
        fast.cut(text)
    fast_s = time.perf_counter() - start
    reference = segment.reference_segmenter()
    start = time.perf_counter()
    for text in texts:
        reference.lcut(text)
    reference_s = time.perf_counter() - start

    steps = defaultdict(float)
    start_all = time.perf_counter()
    for article in articles:
        t = time.perf_counter()
        found = places.find_places(article.paragraphs, article.headline)
        main = places.main_place(found)
        steps["places"] += time.perf_counter() - t
        ctx = context.ArticleContext(
            article.paragraphs, article.headline, article.date, found, main["name"] if main else None
        )
        for name, func in (
            ("people", people.find_people),
            ("organizations", organizations.find_organizations),
            ("programs", programs.find_programs),
            ("metrics", metrics.find_metrics),
            ("dates", dates.find_dates),
            ("awards", awards.find_awards),
        ):
            t = time.perf_counter()
            records = func(ctx)
            steps[name] += time.perf_counter() - t
            if name == "people":
                ctx.people = records  # as extract_entities does: organizations read them
    extract_s = time.perf_counter() - start_all

    print(f"{len(articles)} articles, {chars / 1e6:.2f} M characters")
    print(f"segmentation, rjieba (fast path): {fast_s:.2f} s")
    print(f"segmentation, jieba (reference):  {reference_s:.2f} s")
    print(f"extraction (all extractors):      {extract_s:.2f} s, {chars / extract_s / 1e6:.2f} M chars/s")
    for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<14} {seconds:.2f} s")
    print(f"extraction / segmentation: {extract_s / fast_s:.2f} against rjieba, "
          f"{extract_s / reference_s:.2f} against jieba (target: at most 0.5)")


if __name__ == "__main__":
    main()
