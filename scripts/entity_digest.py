"""The md5 of every entity of a corpus: a check that a refactor changed no output.

    python scripts/entity_digest.py [PATH ...] [--out DUMP.json]

Default input: ../shared/corpus. Extracts every file as `corpus-tool extract` does and
prints the article count and the md5 of one JSON dump of every article's entity lists
(places, main place, people, organizations, programs, figures, dates, awards). Run it
before and after a change meant to keep the output (a speed change): the md5 must not
move. With --out, the dump is written too, for a diff when it does move. To run another
checkout's code, set PYTHONPATH to it.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    from corpus_tool import api

    args = sys.argv[1:]
    out_path = None
    if "--out" in args:
        i = args.index("--out")
        out_path, args = args[i + 1], args[:i] + args[i + 2 :]
    paths = args or [str(REPO.parent / "shared" / "corpus")]
    start = time.time()
    rows = []
    for result in api.extract(paths):
        for a in result.articles:
            rows.append([result.source, a.headline, a.places, a.main_place, a.people,
                         a.organizations, a.programs, a.metrics, a.dates, a.awards])
    dump = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str)
    if out_path:
        Path(out_path).write_text(dump, encoding="utf-8")
    print(f"{len(rows)} articles, md5 {hashlib.md5(dump.encode()).hexdigest()}, "
          f"{time.time() - start:.0f} s")


if __name__ == "__main__":
    main()
