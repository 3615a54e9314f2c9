"""TF-IDF similarity between short texts (headlines, captions) and article bodies.

Character n-grams rather than words: Chinese needs no segmentation for this, so the
layout step does not pay for jieba. scikit-learn is imported inside the functions
because importing it costs about 1.75 s (SPEC section 6) and most commands never
compare texts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

_WHITESPACE = re.compile(r"\s+")


def _without_whitespace(text: str) -> str:
    # Line breaks and layout spaces carry no meaning for the comparison.
    return _WHITESPACE.sub("", text)


def tfidf_similarity_matrix(
    queries: list[str], documents: list[str], ngram_range: tuple[int, int] = (1, 3)
) -> list[list[float]]:
    """Cosine similarity of every query to every document, as `[query][document]`.

    The vocabulary and idf come from queries and documents together, so that a rare
    n-gram shared by a headline and one article (a place name) weighs most.
    """
    if not queries or not documents:
        return [[0.0] * len(documents) for _ in queries]
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        analyzer="char",
        ngram_range=ngram_range,
        preprocessor=_without_whitespace,
        sublinear_tf=True,  # long bodies repeat words; damp that so length does not win
    )
    vectorizer.fit(documents + queries)
    query_vectors = vectorizer.transform(queries)
    document_vectors = vectorizer.transform(documents)
    # Rows are l2-normalised, so the dot product is the cosine.
    return (query_vectors @ document_vectors.T).toarray().tolist()


def best_matches(queries: list[str], documents: list[str]) -> list[tuple[int, float]]:
    """For each query, the index of its most similar document and the score.

    With no documents every query gets (-1, 0.0).
    """
    matrix = tfidf_similarity_matrix(queries, documents)
    result: list[tuple[int, float]] = []
    for row in matrix:
        if not row:
            result.append((-1, 0.0))
            continue
        best = max(range(len(row)), key=lambda j: row[j])
        result.append((best, row[best]))
    return result


def one_to_one_assignment(scores: list[list[float]], min_score: float) -> dict[int, int]:
    """Pair rows with columns, each used at most once, best scores first.

    Greedy on the sorted scores: with a handful of headlines per page it gives the
    same pairs as an optimal assignment whenever the right pairs clearly stand out,
    and it is easy to explain. Pairs scoring below `min_score` are never made, so a
    row without a convincing match stays unassigned.
    """
    candidates = sorted(
        (
            (score, row, column)
            for row, values in enumerate(scores)
            for column, score in enumerate(values)
            if score >= min_score
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    assigned: dict[int, int] = {}
    used_columns: set[int] = set()
    for _score, row, column in candidates:
        if row in assigned or column in used_columns:
            continue
        assigned[row] = column
        used_columns.add(column)
    return assigned


# --- similar practices and articles (issue 4) -------------------------------------------
# Words rather than character n-grams here: `similar` compares whole articles and
# practice descriptions, where jieba words (the project's domain dictionary included)
# give neighbours that share terms such as 矛盾纠纷 or 网格化, not just characters.

_WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")


def words(text: str) -> list[str]:
    """jieba words of `text` worth comparing: two characters or more, not punctuation.

    Single characters are mostly particles and function words (的, 在, 和); dropping them
    is a cheap stop list that works for any topic.
    """
    from corpus_tool import segment

    return [w for w in segment.cut(segment.normalize(text)) if len(w) >= 2 and _WORD.search(w)]


def sparse_tfidf(texts: list[str]) -> list[dict[str, float]]:
    """l2-normalised TF-IDF vectors as dicts, computed the way scikit-learn's
    TfidfVectorizer(sublinear_tf=True) does (smoothed idf), without importing it: the
    practices catalogue needs a few hundred short vectors and cannot afford the import."""
    import math

    bags = [Counter(words(t)) for t in texts]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    idf = {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}
    vectors = []
    for bag in bags:
        vector = {w: (1.0 + math.log(c)) * idf[w] for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two l2-normalised sparse vectors (their dot product)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


ARTICLE_MATRIX_FILE = "similar-articles.pickle"


def _tokenize(text: str) -> list[str]:
    # A module-level function so that the fitted vectorizer can be pickled.
    return words(text)


def article_matrix(
    load_texts: Callable[[], tuple[list[str], list[str]]], cache_dir: str | None, key: str
) -> tuple[Any, Any, list[str]]:
    """(vectorizer, TF-IDF matrix, article ids) over every article's words.

    Fitting takes a few seconds on ~2k articles (segmentation and the scikit-learn
    import), so the result is pickled in the index folder under `key` (the store's article
    count and largest rowid: any build that adds, replaces or drops articles changes it)
    and reused until the key changes. `load_texts` returns (ids, texts).
    """
    import os
    import pickle

    path = os.path.join(cache_dir, ARTICLE_MATRIX_FILE) if cache_dir else None
    if path and os.path.exists(path):
        try:
            with open(path, "rb") as fh:
                cached = pickle.load(fh)
            if cached.get("key") == key:
                return cached["vectorizer"], cached["matrix"], cached["ids"]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError):
            pass  # a damaged or old cache is rebuilt below
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids, texts = load_texts()
    vectorizer = TfidfVectorizer(
        tokenizer=_tokenize, lowercase=False, token_pattern=None, sublinear_tf=True, min_df=1
    )
    matrix = vectorizer.fit_transform(texts) if texts else None
    if path and matrix is not None:
        try:
            tmp = f"{path}.{os.getpid()}.tmp"  # two processes may fill the cache at once
            with open(tmp, "wb") as fh:
                pickle.dump({"key": key, "vectorizer": vectorizer, "matrix": matrix, "ids": ids}, fh)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only index still answers, just without the cache
    return vectorizer, matrix, ids


def rank_rows(matrix: Any, vector: Any, limit: int, exclude: set[int] | None = None) -> list[tuple[int, float]]:
    """Rows of `matrix` most similar to the one-row `vector`: (row, cosine), best first."""
    if matrix is None or vector is None:
        return []
    scores = (matrix @ vector.T).toarray().ravel()
    order = scores.argsort()[::-1]
    result = []
    for row in order:
        if exclude and int(row) in exclude:
            continue
        if scores[row] <= 0 or len(result) >= limit:
            break
        result.append((int(row), float(scores[row])))
    return result
