"""Cold start of `corpus-tool check` on the full-corpus index, against Python's own start.

    python bench/bench_check.py [INDEX_DIR]

Issue 4 asks that `check` answer within 2 s from a cold start on an index of the whole
../shared/corpus. Each run is a fresh process (imports, gazetteer, SQLite open, the
query), as an editor meets it; the figure is the median of 5, printed beside the median
of `python -c pass` so that a slow machine shows as such. Without INDEX_DIR the index
is built into a temporary folder first (~100 s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
CLAIM = "今年以来青海法院清理发放执行案款约10.4亿元，涉及案件5565件"
RUNS = 5
TARGET_S = 2.0


def _median_time(args: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    if len(sys.argv) > 1:
        index_dir = sys.argv[1]
    else:
        from corpus_tool import api

        index_dir = str(Path(tempfile.mkdtemp(prefix="bench_check_")) / "index")
        print(f"building {index_dir} from {SHARED} and corpus/ …", file=sys.stderr)
        api.build([str(SHARED), str(REPO / "corpus")], index_dir)
    cli = [sys.executable, "-c", "from corpus_tool.cli import main; main()"]
    baseline = _median_time([sys.executable, "-c", "pass"])
    check = _median_time([*cli, "check", CLAIM, "--index", index_dir, "--json"])
    print(f"python -c pass: {baseline:.3f} s (median of {RUNS})")
    print(
        f"corpus-tool check (cold): {check:.3f} s (median of {RUNS}); target < {TARGET_S:.0f} s: "
        + ("met" if check < TARGET_S else "MISSED")
    )


if __name__ == "__main__":
    main()
