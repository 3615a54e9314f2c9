"""TF-IDF similarity between short texts (headlines, captions) and article bodies.

Character n-grams rather than words: Chinese needs no segmentation for this, so the
layout step does not pay for jieba. scikit-learn is imported inside the functions
because importing it costs about 1.75 s (SPEC section 6) and most commands never
compare texts.
"""

from __future__ import annotations

import re

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
