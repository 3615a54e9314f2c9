"""Start-up stays light: `--help` and `search` load neither scikit-learn nor a segmenter."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from corpus_tool.cli import main
try:
    main()
except SystemExit:
    pass
heavy = sorted(m for m in ("sklearn", "jieba", "rjieba", "jieba.posseg", "jieba.analyse", "scipy", "numpy") if m in sys.modules)
print("LOADED", heavy, file=sys.stderr)
"""


def loaded_modules(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120
    )
    return next(line for line in result.stderr.splitlines() if line.startswith("LOADED"))


def test_help_imports_nothing_heavy() -> None:
    assert loaded_modules("--help") == "LOADED []"


def test_search_imports_nothing_heavy(sample_index: str) -> None:
    assert loaded_modules("search", "网格化", "--index", sample_index) == "LOADED []"
