"""Adding a folder to an existing index against building that folder afresh, in one run.

    python bench/bench_incremental.py [--workers N]

Builds the People's Daily month (../shared/corpus/rmrb-2020-05) into an index, then
times two builds of the 新闻联播 folder (../shared/corpus/xwlb-2024h1): added to a copy
of the month's index (what `corpus-tool build` does when a user adds a folder), and into
a fresh index (the baseline). Adding should cost about what building afresh costs: the
ratio printed is added / afresh. (Before 2026-11-29 every added article opened a reader
of each existing segment, and the ratio was about 7.)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"


def main() -> None:
    from corpus_tool import api

    args = sys.argv[1:]
    workers = int(args[1]) if args[:1] == ["--workers"] else 2
    month, xwlb = SHARED / "rmrb-2020-05", SHARED / "xwlb-2024h1"
    if not month.exists() or not xwlb.exists():
        sys.exit(f"needs the shared corpora at {SHARED}")
    tmp = Path(tempfile.mkdtemp(prefix="bench_incremental_"))
    try:
        t = time.perf_counter()
        api.build([str(month)], str(tmp / "month"), workers=workers)
        print(f"month's index built: {time.perf_counter() - t:.1f} s")
        shutil.copytree(tmp / "month", tmp / "added")
        t = time.perf_counter()
        added = api.build([str(month), str(xwlb)], str(tmp / "added"), workers=workers)
        t_added = time.perf_counter() - t
        t = time.perf_counter()
        fresh = api.build([str(xwlb)], str(tmp / "fresh"), workers=workers)
        t_fresh = time.perf_counter() - t
        print(f"新闻联播 added to the month's index: {t_added:.1f} s ({added.articles_added} articles, {added.articles_total} in all)")
        print(f"新闻联播 into a fresh index:        {t_fresh:.1f} s ({fresh.articles_added} articles)")
        print(f"added / afresh: {t_added / t_fresh:.2f} (target: about 1)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
