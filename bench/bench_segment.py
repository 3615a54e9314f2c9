"""Segmentation speed on a real corpus: rjieba (the fast path) against jieba (the
reference), in the same run, and how often their cuts agree.

    python bench/bench_segment.py [PATH ...]

Default input: ../shared/corpus/rmrb-2020-05 (People's Daily, May 2020).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"


def main() -> None:
    from corpus_tool import api, segment

    paths = sys.argv[1:] or [str(SHARED / "rmrb-2020-05")]
    texts = []
    for result in api.extract(paths):
        texts.extend(segment.normalize(api.article_text(a)) for a in result.articles)
    chars = sum(len(t) for t in texts)
    fast = segment.segmenter()
    reference = segment.reference_segmenter()
    start = time.perf_counter()
    fast_cuts = [fast.cut(t) for t in texts]
    fast_s = time.perf_counter() - start
    start = time.perf_counter()
    reference_cuts = [reference.lcut(t) for t in texts]
    reference_s = time.perf_counter() - start
    same = sum(a == b for a, b in zip(fast_cuts, reference_cuts, strict=True))
    print(f"{len(texts)} articles, {chars / 1e6:.2f} M characters")
    print(f"jieba (reference): {reference_s:.2f} s, {chars / reference_s / 1e6:.2f} M chars/s")
    print(f"rjieba (fast path): {fast_s:.2f} s, {chars / fast_s / 1e6:.2f} M chars/s ({reference_s / fast_s:.1f}× jieba)")
    print(f"identical cuts: {same} of {len(texts)} articles ({same / len(texts):.1%})")


if __name__ == "__main__":
    main()
