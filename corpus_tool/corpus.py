"""`Corpus`: the library for notebooks, one object per index folder.

    from corpus_tool import Corpus
    corpus = Corpus("indexes/default")
    corpus.figures(place="青海省", unit="元")

Every method is a thin call into `corpus_tool.api` with the index folder filled in, so
the notebook and the CLI give the same answers.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Any

from corpus_tool import api
from corpus_tool.errors import NotBuiltYetError


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

    # The next three belong to other parts of issue 4 that land separately; they are
    # looked up in `api` at call time so that this class needs no change when they do.
    def practices(self, query: str | None = None, **filters: Any) -> Any:
        return self._delegate("practices", query, filters)

    def similar(self, id_or_text: str, **options: Any) -> Any:
        return self._delegate("similar", id_or_text, options)

    def check(self, claim: str, **options: Any) -> Any:
        return self._delegate("check", claim, options)

    def _delegate(self, name: str, main: Any, options: dict[str, Any]) -> Any:
        function = getattr(api, name, None)
        if function is None:
            raise NotBuiltYetError(f"Corpus.{name} is not built yet (api.{name} is missing)")
        # Pass both arguments by name: `api.search` takes (text, index_dir) and
        # `api.figures` (index_dir, query), so the position of index_dir is not a given.
        params = [p for p in inspect.signature(function).parameters.values() if p.name != "index_dir"]
        if not params:
            raise NotBuiltYetError(f"api.{name} takes no query; Corpus.{name} cannot call it")
        return function(**{params[0].name: main, "index_dir": self.index_dir}, **options)
