"""Text helpers shared by every form: line ends, display widths, sentence ends,
indents and the punctuation sets that tell headings from body text."""

from __future__ import annotations

import re
import unicodedata

IDEOGRAPHIC_SPACE = "\u3000"
SENTENCE_END = "。！？!?…"
CLOSING_MARKS = "”’」』）)》"
# Punctuation that never occurs in a subheading but does in wrapped body lines.
SUBHEADING_FORBIDDEN = set("，。；：！？、,.;:!?…（）()")
HEADING_FORBIDDEN = set("。；;！!")
MAX_SUBHEADING_CHARS = 20
MAX_HEADLINE_CHARS = 40


def normalize_text(text: str) -> str:
    """Unify line ends and space characters that differ between sources only."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00a0", " ")


def display_width(text: str) -> float:
    """Width in full-width character cells: CJK 1, Latin letters and digits 1/2.

    A space counts as a whole cell: in PDF text `电  （记者` stands for two full-width
    spaces (measured: such first lines come out two cells short like any other)."""
    return sum(
        1.0 if ch == " " or unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text
    )


def join_wrapped_lines(lines: list[str]) -> str:
    """One paragraph from the lines a layout broke it into.

    Joined with nothing in between: the break falls between CJK characters or inside a
    word or number (`12` / `月21日`, `（I` / `MF）`), never at a meaningful space.
    """
    return "".join(line.strip() for line in lines).strip()


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(CLOSING_MARKS)[-1:] in tuple(SENTENCE_END)


def _is_indented(raw: str) -> bool:
    # Full-width indent (possibly after stray ASCII spaces), or two or more ASCII spaces.
    return raw.lstrip(" \t").startswith(IDEOGRAPHIC_SPACE) or raw.startswith(("  ", "\t"))


def _clean(raw: str) -> str:
    return raw.strip(" \t" + IDEOGRAPHIC_SPACE)


def _squeeze_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))
