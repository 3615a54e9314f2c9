"""Word segmentation: jieba's dictionary and algorithm, with the project's domain words.

The fast path is rjieba (the jieba-rs binding: same dictionary, same algorithm, about
28× faster, 0.15 s to start); jieba itself is the reference and the fallback. Both get
the domain dictionary (`data/domain_dict.txt`) and the gazetteer's place names, once
per process.

`index_tokens` turns text into the two token streams the index stores (SPEC section 6):
precise (accurate-mode words) and fine (character bigrams, for sub-word and substring
recall). Both keep numbers whole (`104147.31`, `5.2`), `%` and units, and normalise
full-width forms, so an editor finds a figure as they type it, and traditional
characters to simplified (`chinese_script`), so a simplified query finds 會議 as 会议.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any, NamedTuple, Protocol

from corpus_tool.chinese_script import to_simplified


class _Cutter(Protocol):
    def cut(self, text: str, hmm: bool = True) -> list[str]: ...
    def cut_for_search(self, text: str, hmm: bool = True) -> list[str]: ...


def domain_words() -> list[tuple[str, str | None]]:
    """(word, POS tag) pairs of the shipped domain dictionary."""
    words: list[tuple[str, str | None]] = []
    text = resources.files("corpus_tool.data").joinpath("domain_dict.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        tag = next((p for p in parts[1:] if not p.isdigit()), None)
        words.append((parts[0], tag))
    return words


def _place_words() -> list[str]:
    try:
        from corpus_tool.gazetteer import load_gazetteer
    except ImportError:  # the gazetteer ships with the package; tolerate a partial checkout
        return []
    return [w for w in load_gazetteer().surface_forms() if len(w) >= 2]


@cache
def segmenter() -> _Cutter:
    """The process-wide segmenter with the domain dictionary loaded (built once)."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba is a dependency; jieba is the fallback
        return reference_segmenter()
    cutter = rjieba.Jieba()
    for word, tag in domain_words():
        cutter.add_word(word, None, tag)
    for word in _place_words():
        if not cutter.has_word(word):
            cutter.add_word(word, None, "ns")
    return cutter


@cache
def reference_segmenter() -> Any:
    """jieba itself, with the same words added; its dictionary loads from jieba's cache
    with one `marshal.loads` (jieba's own `marshal.load(file)` takes 4× longer)."""
    import logging
    import os
    import tempfile

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    cache_file = os.path.join(tempfile.gettempdir(), "jieba.cache")
    if os.path.isfile(cache_file):
        try:
            with open(cache_file, "rb") as fh:
                tokenizer.FREQ, tokenizer.total = marshal.loads(fh.read())
            tokenizer.initialized = True
        except (OSError, ValueError, EOFError, TypeError):
            tokenizer.initialized = False
    tokenizer.initialize()  # a no-op when the cache was read above
    for word, tag in domain_words():
        tokenizer.add_word(word, tag=tag)
    for word in _place_words():
        if word not in tokenizer.FREQ:
            tokenizer.add_word(word, tag="ns")
    return tokenizer


def cut(text: str) -> list[str]:
    """Accurate-mode words of `text` (punctuation included, as jieba gives them)."""
    return segmenter().cut(text)


# --- tokens for the index -------------------------------------------------------------

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A run is a number, a Latin word, a run of Han characters, or `%`; everything else
# (punctuation, spaces) separates runs and makes no token.
_RUN = re.compile(rf"(?P<num>{_NUMBER})|(?P<latin>[A-Za-z]+)|(?P<han>[\u3400-\u9fff\uf900-\ufaff]+)|(?P<pct>%)")


class IndexTokens(NamedTuple):
    precise: list[str]
    fine: list[list[str]]  # tokens per position: several tokens may share one position


class PackedTokens(NamedTuple):
    """`IndexTokens` packed into one string per field (`pack_positions`): what build
    workers send to the index writer, a twentieth of the cost of lists to pickle."""

    precise: str
    fine: str


# Packed token streams: positions separated by RS, tokens sharing a position by US
# (index.PackedTokenizer unpacks them).
POSITION_SEP = "\x1e"
TOKEN_SEP = "\x1f"


def pack_positions(positions: Iterable[Iterable[str]]) -> str:
    return POSITION_SEP.join(TOKEN_SEP.join(tokens) for tokens in positions)


# Full-width ASCII (U+FF01–FF5E) and the ideographic space map one to one onto ASCII,
# so normalising keeps every character offset valid for the original text.
_HALF_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def normalize(text: str) -> str:
    """The form text is matched in: full-width digits, letters and punctuation to ASCII,
    traditional characters to simplified (會議 → 会议, so a simplified query finds a
    traditional text and back). The same length as `text`, position by position: snippets
    map matches back onto the text as written by offset."""
    return to_simplified(text.translate(_HALF_WIDTH))


def _run_value(match: re.Match[str]) -> tuple[str, str]:
    kind = match.lastgroup or ""
    value = match.group()
    if kind == "num":
        value = value.replace(",", "")
    elif kind == "latin":
        value = value.lower()
    return kind, value


def runs(text: str) -> Iterator[tuple[str, str]]:
    for match in _RUN.finditer(text):
        yield _run_value(match)


def precise_tokens(text: str, words: list[str] | None = None) -> list[str]:
    """Accurate-mode words of the Han runs; numbers, Latin words and `%` whole.

    `words` are jieba's words of `normalize(text)` when the caller already has them (a
    text is segmented once per build). jieba only decides where Han runs split: it
    cuts `1,256` and `５．２` apart, the run pattern keeps them whole.
    """
    text = normalize(text)
    if words is None:
        words = cut(text)
    cuts: set[int] = set()
    offset = 0
    for word in words:
        offset += len(word)
        cuts.add(offset)
    tokens: list[str] = []
    for match in _RUN.finditer(text):
        kind, value = _run_value(match)
        if kind != "han":
            tokens.append(value)
            continue
        start = match.start()
        for end in range(match.start() + 1, match.end() + 1):
            if end in cuts or end == match.end():
                tokens.append(text[start:end])
                start = end
    return tokens


def fine_tokens(text: str, *, for_query: bool = False) -> list[list[str]]:
    """Character bigrams of each Han run, numbers and Latin words whole, `%` kept.

    One list per position. In the index, the first and the last character of a Han run
    also sit (as unigrams) at the run's first and last bigram position, so that a query
    like `6000亿` (a number, then one character) matches `6000亿元`. A query cuts its
    runs into bigrams only (a one-character run stays a unigram), so a phrase query
    over these positions matches exactly where the text contains the query.
    """
    positions: list[list[str]] = []
    for kind, value in runs(normalize(text)):
        if kind != "han" or len(value) == 1:
            positions.append([value])
            continue
        bigrams = [value[i : i + 2] for i in range(len(value) - 1)]
        start = len(positions)
        positions.extend([b] for b in bigrams)
        if not for_query:
            positions[start].append(value[0])
            positions[-1].append(value[-1])
    return positions


def index_tokens(text: str, words: list[str] | None = None) -> IndexTokens:
    return IndexTokens(precise_tokens(text, words), fine_tokens(text))


def packed_index_tokens(text: str, words: list[str] | None = None) -> PackedTokens:
    tokens = index_tokens(text, words)
    return PackedTokens(pack_positions([t] for t in tokens.precise), pack_positions(tokens.fine))
