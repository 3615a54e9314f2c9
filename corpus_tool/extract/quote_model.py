"""The quote model: whether a quoted label that no rule decided names a program.

The program rules decide most quotes: a head noun after the quote (“枫桥经验”模式), a verb
that launches it, a list it stands in, a known name. What is left is a bare label, and
it is either a named practice (加快“山东科技大市场”建设, 高质量共建“数字丝绸之路”) or a
metaphor or a word in quotes (“连心桥”, “加码”). Telling them apart takes the words of the
label and the few characters around it, which a linear model over character n-grams
learns from the hand-made gold (`scripts/train_quote_model.py`; logistic regression from
scikit-learn). Only its weights ship, in `data/quote_model.tsv`, so that extraction
neither imports scikit-learn nor loads a pickle.

The weights are fitted on the gold sets whose first runs are already recorded; a blind set
being annotated is left out (--exclude), so that its first run still measures text the
model has not seen. The file's header says how many quotes it was fitted on.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from operator import add

from corpus_tool.extract.people import word_tag

# Characters of context read on each side of the quote marks.
CONTEXT = 3
# A label is taken when the model gives it at least this probability. Chosen on held-out
# gold sets (the training script prints precision and recall at each threshold).
THRESHOLD = 0.5
MODEL_FILE = "quote_model.tsv"
BIAS = "__bias__"
_HAN_RE = re.compile("[\u4e00-\u9fff]+")
# whitespace in the context (a paragraph break) and in the label, as the weights file writes it
_CONTEXT_SPACES = str.maketrans({c: "⏎" for c in " \t\n\r\u3000\xa0"})
_LABEL_SPACES = str.maketrans({c: " " for c in "\t\n\r\u3000\xa0"})


@dataclass(frozen=True)
class QuoteCandidate:
    """A quote the rules left undecided: where it is, its label, and its features."""

    paragraph: int
    start: int  # of the opening quote mark, in the paragraph
    end: int  # after the closing quote mark
    core: str
    features: tuple[str, ...]


def features(text: str, start: int, end: int, core: str) -> tuple[str, ...]:
    """The features of the label `core`, quoted at text[start:end]: its character 1–3
    grams, its first and last characters, the characters just before and after the
    quote marks, its length, whether it is all Chinese, and the other characters in it."""
    core = core.translate(_LABEL_SPACES)
    n = len(core)
    out = ["C:" + ch for ch in core]
    out += ["C:" + core[i : i + 2] for i in range(n - 1)]
    out += ["C:" + core[i : i + 3] for i in range(n - 2)]
    return tuple(out) + features_around(text, start, end, core)


def features_around(text: str, start: int, end: int, core: str) -> tuple[str, ...]:
    """The features of `features` other than the label's n-grams."""
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    if not (left + right).isprintable() or " " in left or " " in right:
        left = left.translate(_CONTEXT_SPACES)
        right = right.translate(_CONTEXT_SPACES)
    n = len(core)
    out = [
        "B:" + core[:2],
        "E:" + core[-2:],
        "B1:" + core[:1],
        "E1:" + core[-1:],
        "L:" + left[-1:],
        "L:" + left[-2:],
        "L:" + left[-3:],
        "R:" + right[:1],
        "R:" + right[:2],
        "R:" + right[:3],
        f"LEN:{min(n, 15)}",
    ]
    if _HAN_RE.fullmatch(core):
        out.append("HAN:1")
    else:
        out.append("HAN:0")
        out += sorted({"P:" + ch for ch in core if not "\u4e00" <= ch <= "\u9fff"})
    # a word of the dictionary (“加码”, “组合拳”) is more often a figure of speech
    out.append("DICT:" + _dictionary_tag(core))
    return tuple(out)


@lru_cache(maxsize=8192)
def _dictionary_tag(word: str) -> str:
    """The first letter of the dictionary's tag for `word`, "-" when it is no word (cached:
    the same words come back in quotes, and tagging one costs more than the rest)."""
    return (word_tag(word) or "-")[:1]


class QuoteModel:
    """Weights of a logistic regression over `features`."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.bias = weights.pop(BIAS, 0.0)
        self.weights = weights
        # the weights of each kind of feature by the feature's value, for `probability_at`
        # ("C:加码" → by_kind["C"]["加码"]): no feature strings to build per quote
        by_kind: dict[str, dict[str, float]] = {}
        for feature, weight in weights.items():
            kind, colon, value = feature.partition(":")
            if colon:
                by_kind.setdefault(kind, {})[value] = weight
        self.grams = by_kind.get("C", {})
        self.firsts2 = by_kind.get("B", {})
        self.lasts2 = by_kind.get("E", {})
        self.firsts = by_kind.get("B1", {})
        self.lasts = by_kind.get("E1", {})
        self.lefts = by_kind.get("L", {})
        self.rights = by_kind.get("R", {})
        lengths = by_kind.get("LEN", {})
        self.length_weights = tuple(lengths.get(str(n), 0.0) for n in range(16))  # (LEN:15 is 15+)
        self.han = by_kind.get("HAN", {})
        self.others = by_kind.get("P", {})
        self.dict_tags = by_kind.get("DICT", {})
        # the same labels come back (two quotes in five of a month's undecided ones repeat
        # an earlier label, most within a few hundred quotes): their weights are kept
        self.label_weight = lru_cache(maxsize=2048)(self._label_weight)

    @classmethod
    def from_lines(cls, lines: list[str]) -> QuoteModel:
        weights: dict[str, float] = {}
        for line in lines:
            if not line or line.startswith("#"):
                continue
            feature, _, weight = line.rpartition("\t")
            weights[feature] = float(weight)
        return cls(weights)

    def probability(self, feats: tuple[str, ...]) -> float:
        z = self.bias + sum(map(self.weights.get, set(feats), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z))

    def probability_at(self, text: str, start: int, end: int, core: str) -> float:
        """`probability(features(text, start, end, core))`, without building the n-gram
        features as strings: extraction asks it of every undecided quote."""
        if not core.isprintable():  # whitespace in the label: the features read it as " "
            return self.probability(features(text, start, end, core))
        z = self.bias + self.label_weight(core) + self._context_weight(text, start, end)
        return 1.0 / (1.0 + math.exp(-z))

    def _context_weight(self, text: str, start: int, end: int) -> float:
        """The summed weights of the characters before and after the quote marks (each
        feature once, as in `probability`)."""
        left = text[max(0, start - CONTEXT) : start]
        right = text[end : end + CONTEXT]
        if not (left + right).isprintable() or " " in left or " " in right:
            left = left.translate(_CONTEXT_SPACES)
            right = right.translate(_CONTEXT_SPACES)
        # (a context shorter than three characters gives one feature twice)
        return sum(map(self.lefts.get, {left[-1:], left[-2:], left[-3:]}, repeat(0.0))) + sum(
            map(self.rights.get, {right[:1], right[:2], right[:3]}, repeat(0.0))
        )

    def _label_weight(self, core: str) -> float:
        """The summed weights of the features of the label itself: its character 1–3
        grams (each once), its ends, its length, its script and its dictionary tag, read
        from the weights by kind."""
        bigrams = list(map(add, core, core[1:]))
        grams = set(core).union(bigrams, map(add, bigrams, core[2:]))  # (string joins in C)
        z = (
            sum(map(self.grams.get, grams, repeat(0.0)))
            + self.firsts2.get(core[:2], 0.0)
            + self.lasts2.get(core[-2:], 0.0)
            + self.firsts.get(core[:1], 0.0)
            + self.lasts.get(core[-1:], 0.0)
            + self.length_weights[min(len(core), 15)]
        )
        if _HAN_RE.fullmatch(core):
            z += self.han.get("1", 0.0)
        else:
            z += self.han.get("0", 0.0)
            others = {ch for ch in core if not "\u4e00" <= ch <= "\u9fff"}
            z += sum(map(self.others.get, others, repeat(0.0)))
        return z + self.dict_tags.get(_dictionary_tag(core), 0.0)


@cache
def quote_model() -> QuoteModel | None:
    """The shipped model, or None when the package has none (the rules alone decide)."""
    path = resources.files("corpus_tool").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return QuoteModel.from_lines(path.read_text(encoding="utf-8").splitlines())
