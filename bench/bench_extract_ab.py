"""Extraction time of two checkouts, in turn, on the People's Daily month.

    python bench/bench_extract_ab.py BASE_CHECKOUT NEW_CHECKOUT [ROUNDS]

Starts one worker process per checkout (its code on PYTHONPATH; run this from outside
both checkouts, since a worker's current directory comes first on its path). Each round,
each worker runs every extractor over the month once, timing each in CPU time, as
`extract_entities` runs them; the workers take turns, so both rounds of a pair run under
about the same load. Prints the per-extractor medians and NEW/BASE ratios: on a quiet
machine the noise is about 0.5%, well below what bench_extract.py can show against jieba.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

MONTH = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "rmrb-2020-05"

WORKER = r"""
import json, sys, time
from collections import defaultdict
from corpus_tool import api
from corpus_tool.extract import awards, context, dates, metrics, organizations, people, places, programs
articles = [a for r in api.extract([sys.argv[1]]) for a in r.articles]
def one_pass(articles):
    steps = defaultdict(float)
    for a in articles:
        t = time.process_time()
        found = places.find_places(a.paragraphs, a.headline)
        main = places.main_place(found)
        steps["places"] += time.process_time() - t
        ctx = context.ArticleContext(a.paragraphs, a.headline, a.date, found, main["name"] if main else None)
        for name, func in (("people", people.find_people), ("organizations", organizations.find_organizations),
                           ("programs", programs.find_programs), ("metrics", metrics.find_metrics),
                           ("dates", dates.find_dates), ("awards", awards.find_awards)):
            t = time.process_time()
            records = func(ctx)
            steps[name] += time.process_time() - t
            if name == "people":
                ctx.people = records
            elif name == "programs":
                ctx.programs = records
    steps["total"] = sum(steps.values())
    return steps
one_pass(articles[:300])  # warm-up: word lists, gazetteer, segmenter
print("ready", flush=True)
for _ in sys.stdin:
    print(json.dumps(one_pass(articles)), flush=True)
"""


def _start(checkout: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.path.abspath(checkout))
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(MONTH)], env=env, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True,
    )
    assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    return worker


def _round(worker: subprocess.Popen[str]) -> dict[str, Any]:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()
    return json.loads(worker.stdout.readline())


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    base, new = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    workers = _start(base), _start(new)
    rows = []
    for n in range(1, rounds + 1):
        b, c = _round(workers[0]), _round(workers[1])
        rows.append((b, c))
        print(f"round {n}: base {b['total']:.2f} s, new {c['total']:.2f} s, ratio {c['total'] / b['total']:.3f}")
    for name in rows[0][0]:
        base_s = statistics.median(r[0][name] for r in rows)
        new_s = statistics.median(r[1][name] for r in rows)
        ratio = statistics.median(r[1][name] / r[0][name] for r in rows if r[0][name])
        print(f"  {name:<14} base {base_s:.3f} s  new {new_s:.3f} s  ratio {ratio:.3f}")
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()


if __name__ == "__main__":
    main()
