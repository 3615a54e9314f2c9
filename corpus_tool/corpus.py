"""`Corpus`: the library for notebooks, one object per index folder.

    from corpus_tool import Corpus
    corpus = Corpus("indexes/default")
    corpus.figures(place="青海省", unit="元")

Every method is a thin call into `corpus_tool.api` with the index folder filled in, so
the notebook and the CLI give the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from corpus_tool import api


class Corpus:
    def __init__(self, index_dir: str = api.DEFAULT_INDEX) -> None:
        self.index_dir = index_dir

    def __repr__(self) -> str:
        return f"Corpus({self.index_dir!r})"

    def build(
        self, paths: str | Sequence[str], options: api.ReadOptions | None = None
    ) -> api.BuildReport:
        """Ingest files and folders (incremental); `paths` may be one path."""
        return api.build([paths] if isinstance(paths, str) else list(paths), self.index_dir, options)

    def search(self, query: str, **filters: Any) -> api.SearchPage:
        """Full-text search; filters: place, province, source, date_from, date_to, limit."""
        return api.search(query, self.index_dir, **filters)

    def show(self, article_id: str) -> Any:  # records.Article
        return api.show(article_id, self.index_dir)

    def figures(self, query: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """The figures table; filters: place, unit, min_value, max_value, date_from,
        date_to, limit."""
        return api.figures(self.index_dir, query, **filters)

    def stats(self) -> dict[str, Any]:
        return api.stats(self.index_dir)

    def export(self, format: str = "jsonl", output: str | None = None, out: Any = None) -> dict[str, int]:
        return api.export(self.index_dir, format, output, out)

    def practices(self, query: str | None = None, **filters: Any) -> Any:
        """The practices catalogue; filters: place, province, kind, date_from, date_to,
        sort ("relevance" or "mentions"), limit."""
        return api.practices(self.index_dir, query, **filters)

    def similar(self, id_or_text: str, limit: int = 10) -> Any:
        """Related articles (for an article id or free text) or practices (for a name)."""
        return api.similar(id_or_text, self.index_dir, limit)

    def check(self, claim: str) -> list[Any]:
        """Each figure of `claim`: supported, contradicted or not_found, with evidence."""
        return api.check(claim, self.index_dir)
