"""Build and search on a real corpus, timed, with baselines from the same run.

    python bench/bench_search.py [PATH ...] [--queries N]

Default input: the sample page plus ../shared/corpus/rmrb-2020-05 (People's Daily,
May 2020). Prints build throughput, index size against corpus size, cold search
latency (a fresh `corpus-tool search` process), warm search latency p50/p95 over a
fixed query list, and the same queries answered by a plain substring scan over the
stored article texts (the baseline a user would otherwise run: grep).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
QUERIES = [
    "枫桥经验", "营商环境", "调解", "法治化", "矛盾纠纷 化解", '"最多跑一次"', "5.2%",
    "6000亿元", "网格化", "扫黑除恶", "人民调解", "社会治理 创新", "疫情防控 复工复产",
    "12345", "1352万人", "河长制", "一网通办", "派出所", "基层治理", "接诉即办",
]


def folder_bytes(paths: list[str]) -> int:
    total = 0
    for path in paths:
        if os.path.isfile(path):
            total += os.path.getsize(path)
        for root, _, files in os.walk(path):
            total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per query")
    args = parser.parse_args()
    paths = args.paths or [str(REPO / "corpus" / "000_1fcd3a980f6c89bd.txt"), str(SHARED / "rmrb-2020-05")]
    for path in paths:
        if not os.path.exists(path):
            sys.exit(f"{path}: not found (the default input needs ../shared/corpus)")

    from corpus_tool import api
    from corpus_tool.store import RecordStore

    corpus_size = folder_bytes(paths)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = os.path.join(tmp, "index")
        start = time.perf_counter()
        report = api.build(paths, index_dir)
        build_s = time.perf_counter() - start
        index_size = folder_bytes([index_dir])
        print(f"input: {len(paths)} paths, {report.files_seen} files, {corpus_size / 1e6:.1f} MB")
        print(
            f"build: {build_s:.1f} s, {corpus_size / 1e6 / build_s:.2f} MB/s, "
            f"{report.articles_total / build_s:.0f} articles/s ({report.articles_total} articles)"
        )
        print(f"index size: {index_size / 1e6:.1f} MB ({index_size / corpus_size:.1f}× the corpus)")

        cold = []
        for query in QUERIES[:5]:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "corpus_tool.cli", "search", query, "--index", index_dir, "--json"],
                check=True, capture_output=True,
            )
            cold.append(time.perf_counter() - start)
        print(f"cold search (new process, {len(cold)} queries): median {statistics.median(cold) * 1000:.0f} ms")

        api.search("预热", index_dir)  # load the segmenter and open the index once
        warm = []
        for _ in range(args.repeat):
            for query in QUERIES:
                start = time.perf_counter()
                api.search(query, index_dir, limit=10)
                warm.append(time.perf_counter() - start)
        warm.sort()
        p50 = warm[len(warm) // 2] * 1000
        p95 = warm[int(len(warm) * 0.95)] * 1000

        store = RecordStore(os.path.join(index_dir, "records.sqlite"))
        texts = [api.article_text(a) for a in store.iter_articles()]
        store.close()
        scan = []
        for _ in range(args.repeat):
            for query in QUERIES:
                terms = [t.strip('"') for t in query.split()]
                start = time.perf_counter()
                [t for t in texts if all(term in t for term in terms)]
                scan.append(time.perf_counter() - start)
        scan.sort()
        s50 = scan[len(scan) // 2] * 1000
        print(f"warm search p50 {p50:.1f} ms, p95 {p95:.1f} ms ({len(warm)} searches, top 10 with snippets and facets)")
        print(f"baseline substring scan over the stored texts: p50 {s50:.1f} ms (search/scan = {p50 / s50:.2f})")


if __name__ == "__main__":
    main()
