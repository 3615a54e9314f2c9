"""The whole shared corpus, in one run: build throughput with 1 and 2 workers and on a
local Dask cluster, peak memory, index size, search latency.

    python bench/bench_scale.py [PATH ...] [--skip-dask]

Default input: every file of ../shared/corpus. Each build runs as its own
`corpus-tool build` process into a fresh folder (what a user runs); its memory is the
largest sum of the memory of the build process and all its workers, sampled every
0.5 s. Search latency: a cold process (`corpus-tool search`, median of 5), and
warm p50/p95 over a fixed list of queries in one process. Issue 5's targets on a
2-core machine are printed beside each figure.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
CLI = [sys.executable, "-c", "from corpus_tool.cli import main; main()"]
QUERIES = [
    "枫桥经验", "营商环境", "调解", "法治化", "矛盾纠纷 化解", "\"最多跑一次\"", "网格化",
    "乡村振兴", "扫黑除恶", "5.2%", "6000亿元", "社会治理", "人民调解委员会", "新时代",
    "疫情防控", "一网通办", "放管服", "基层治理", "民生", "司法改革",
]


def folder_size(path: str | Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def input_size(paths: list[str]) -> int:
    total = 0
    for p in paths:
        total += folder_size(p) if Path(p).is_dir() else Path(p).stat().st_size
    return total


def run_measured(args: list[str]) -> tuple[float, tuple[int, int], subprocess.CompletedProcess[str]]:
    """Wall time and peak memory of one command's process tree: (PSS, RSS) sums. PSS
    counts a page shared by forked workers once (split between them); the RSS sum
    counts it in every process, so it overstates what the tree uses."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_pss = peak_rss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_pss, peak_rss
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            pss = rss = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        info = p.memory_full_info()
                    except psutil.Error:
                        continue
                    pss += getattr(info, "pss", info.rss)
                    rss += info.rss
            except psutil.Error:
                pass
            peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
            time.sleep(0.5)  # reading smaps costs CPU the build would use

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    stop.set()
    sampler.join()
    elapsed = time.perf_counter() - start
    result = subprocess.CompletedProcess(args, proc.returncode, out, err)
    if proc.returncode != 0:
        print(err[-2000:], file=sys.stderr)
        raise SystemExit(f"build failed: {' '.join(args)}")
    return elapsed, (peak_pss, peak_rss), result


def articles_in(index_dir: str) -> int:
    from corpus_tool import api

    return int(api.stats(index_dir)["articles"])


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    skip_dask = "--skip-dask" in sys.argv
    paths = args or [str(SHARED)]
    size = input_size(paths)
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    print(f"corpus: {', '.join(paths)}: {size / 1e6:.1f} MB; {os.cpu_count()} cores\n")
    rows = []
    runs = [("local, 1 worker", ["--workers", "1"]), ("local, 2 workers", ["--workers", "2"])]
    if not skip_dask:
        runs.append(("dask local cluster, 2 workers", ["--workers", "2", "--engine", "dask"]))
    builds: dict[str, tuple[float, tuple[int, int], int, int]] = {}
    try:
        for label, extra in runs:
            index_dir = str(work / label.replace(" ", "_").replace(",", ""))
            elapsed, peak, _ = run_measured([*CLI, "build", *paths, "--index", index_dir, "--quiet", *extra])
            articles = articles_in(index_dir)
            builds[label] = (elapsed, peak, articles, folder_size(index_dir))
            rows.append(
                f"{label:32} {elapsed:7.1f} s {size / 1e6 / elapsed:6.2f} MB/s "
                f"{articles / elapsed:7.1f} articles/s   peak {peak[0] / 2**30:4.2f} GB "
                f"(RSS sum {peak[1] / 2**30:4.2f} GB)"
            )
            print(rows[-1], flush=True)
            if label != "local, 2 workers":
                shutil.rmtree(index_dir, ignore_errors=True)
        one = builds["local, 1 worker"][0]
        two_s, two_peak, articles, index_bytes = builds["local, 2 workers"]
        print()
        print(f"articles indexed:              {articles}")
        print(f"2 workers vs 1:                {one / two_s:.2f}x   (target: at least 1.6x)")
        print(f"whole corpus with 2 workers:   {two_s:.0f} s   (target: under 180 s)")
        print(f"peak memory, 2 workers:        {two_peak[0] / 2**30:.2f} GB PSS, "
              f"{two_peak[1] / 2**30:.2f} GB RSS sum   (target: under 2 GB)")
        print(f"index size / corpus size:      {index_bytes / size:.1f}x ({index_bytes / 1e6:.0f} MB)")
        if "dask local cluster, 2 workers" in builds:
            dask_s = builds["dask local cluster, 2 workers"][0]
            print(f"dask (2 workers) vs local 2:   {two_s / dask_s:.2f}x the speed")

        index_dir = str(work / "local_2_workers")
        cold = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([*CLI, "search", "枫桥经验", "--index", index_dir, "--json"],
                           capture_output=True, check=True)
            cold.append(time.perf_counter() - start)
        from corpus_tool import api

        api.search(QUERIES[0], index_dir)  # opens the index
        warm = []
        for _ in range(3):
            for query in QUERIES:
                start = time.perf_counter()
                api.search(query, index_dir)
                warm.append((time.perf_counter() - start) * 1000)
        warm.sort()
        p95 = warm[int(len(warm) * 0.95) - 1]
        print(f"search, cold process:          {statistics.median(cold):.2f} s (median of 5)")
        print(f"search, warm:                  p50 {statistics.median(warm):.0f} ms, p95 {p95:.0f} ms"
              f"   (target: p95 under 100 ms; {len(QUERIES)} queries x 3)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
