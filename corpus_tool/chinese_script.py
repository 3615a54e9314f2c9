"""Traditional → simplified Chinese, for matching only (index tokens, queries, snippets).

Some inputs are written in traditional characters (the 1950s work reports in
gov-work-reports are partly or wholly traditional: 會議, 建設, 經濟). A researcher types
simplified queries, so the index and the queries both go through `to_simplified`;
the text itself is kept and displayed as written.

`to_simplified` keeps the length and the position of every character, because snippets
map matches found in converted text back onto the original text by offset. OpenCC's
phrase conversion (t2s: 藉口 → 借口, but 乾隆 stays) is used when it keeps the length
of each line; a line it would lengthen or shorten is converted character by character.

Simplified text costs one set test: only a text holding a character that t2s changes
is handed to OpenCC.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["has_traditional", "to_simplified", "traditional_chars"]

_CONFIG = "t2s.json"  # OpenCC's traditional → simplified (characters and phrases)

# CJK ideographs of the Basic Multilingual Plane (unified, extension A, compatibility):
# 4,221 of them change under t2s. The supplementary planes add 897 rare variants and
# triple the time to build the table (42 ms instead of 14 ms, paid by every cold search);
# a text whose only traditional characters are such variants is matched as written.
_CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
)


@cache
def _converter() -> Any:
    import opencc  # lazy: a process that never meets Chinese text does not load it

    return opencc.OpenCC(_CONFIG)


@cache
def _char_table() -> dict[int, str]:
    """Every CJK character that t2s changes on its own → its simplified form (one
    character each). Built once per process by converting the code points of
    `_CJK_RANGES`, one per line (no phrase spans a line break): about 14 ms."""
    chars = [chr(cp) for low, high in _CJK_RANGES for cp in range(low, high + 1)]
    converted = _converter().convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - OpenCC keeps line breaks
        return {}
    return {
        ord(old): new
        for old, new in zip(chars, converted, strict=True)
        if new != old and len(new) == 1
    }


@cache
def traditional_chars() -> frozenset[str]:
    """The characters t2s changes (4,221): the quick test for simplified text."""
    return frozenset(chr(cp) for cp in _char_table())


def has_traditional(text: str) -> bool:
    """True when `text` holds a character that t2s would change."""
    return not traditional_chars().isdisjoint(text)


def to_simplified(text: str) -> str:
    """`text` in simplified characters, with the same length, position by position.

    Text without traditional characters comes back unchanged (the common case, one set
    test). Otherwise OpenCC converts it by phrases; a line whose length that would
    change is converted character by character instead.
    """
    if not text or traditional_chars().isdisjoint(text):
        return text
    try:
        converted: str = _converter().convert(text)
    except (UnicodeError, RuntimeError):
        # A lone surrogate (possible from a JSON "\ud800" escape) cannot be handed to
        # the C++ library; the character table needs no encoding.
        return text.translate(_char_table())
    if len(converted) == len(text):
        return converted
    # Some phrase changed length: keep phrase conversion for the lines it leaves intact.
    lines = text.split("\n")
    new_lines = converted.split("\n")
    if len(new_lines) != len(lines):  # pragma: no cover - OpenCC keeps line breaks
        return text.translate(_char_table())
    table = _char_table()
    return "\n".join(
        new if len(new) == len(old) else old.translate(table)
        for old, new in zip(lines, new_lines, strict=True)
    )
