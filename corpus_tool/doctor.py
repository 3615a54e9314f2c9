"""Consistency of an index folder: the whoosh text index against the SQLite record
store, the store against the files on disk. `corpus-tool doctor` prints this report;
`api.build` uses `compare_index_and_store` to repair what a crash left.

The two parts are committed one after the other (text index first), so a build killed
between the two commits leaves articles in the text index that the store does not
have, or (after a crash in an older version, or a store restored from a backup) the
reverse. Either is repaired by the next build.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Disagreement:
    only_in_text_index: set[str] = field(default_factory=set)  # article ids
    only_in_store: dict[str, str] = field(default_factory=dict)  # article id → source file

    @property
    def sources_to_reindex(self) -> set[str]:
        return set(self.only_in_store.values())

    def __bool__(self) -> bool:
        return bool(self.only_in_text_index or self.only_in_store)


def compare_index_and_store(text_index: Any, store: Any) -> Disagreement:
    """Which articles one part of the index has and the other lacks."""
    in_text = text_index.article_ids()
    in_store = store.article_sources()
    return Disagreement(
        only_in_text_index=in_text - in_store.keys(),
        only_in_store={i: s for i, s in in_store.items() if i not in in_text},
    )


@dataclass
class Finding:
    level: str  # "ok", "warning" (works, but not current) or "problem" (needs a build)
    message: str


@dataclass
class DoctorReport:
    index_dir: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.level == "problem" for f in self.findings)

    def add(self, level: str, message: str) -> None:
        self.findings.append(Finding(level, message))


def check_index(index_dir: str) -> DoctorReport:
    """Everything `corpus-tool doctor` checks, as a report (raises only when there is
    no index at all)."""
    from corpus_tool.api import IndexPaths, _file_digest, _open_store
    from corpus_tool.index import TextIndex

    paths = IndexPaths(index_dir)
    report = DoctorReport(index_dir)
    store = _open_store(paths, create=False)
    text_index = TextIndex(paths.text)
    try:
        problems = store.integrity_problems()
        if problems:
            report.add("problem", "record store damaged: " + "; ".join(problems[:3]))
        else:
            report.add("ok", f"record store sound: {store.article_count()} articles")
        if not text_index.exists():
            report.add("problem", f"no text index in {paths.text}: run `corpus-tool build` again")
            return report
        text_index.open()
        report.add("ok", f"text index opens: {len(text_index.article_ids())} articles")
        if text_index.is_being_written():
            report.add("warning", "a build is writing to this index now; searches see the last committed state")
        leftovers = text_index.leftover_files()
        if leftovers:
            report.add(
                "warning",
                f"{len(leftovers)} temporary files of an interrupted build (harmless; the next build removes them)",
            )

        disagreement = compare_index_and_store(text_index, store)
        if disagreement:
            sources = sorted(disagreement.sources_to_reindex)
            report.add(
                "problem",
                "text index and record store disagree: "
                f"{len(disagreement.only_in_text_index)} articles only in the text index, "
                f"{len(disagreement.only_in_store)} only in the record store"
                + (f" (from {len(sources)} files, e.g. {sources[0]})" if sources else "")
                + " — an interrupted build; run the same `corpus-tool build` again to repair it",
            )
        else:
            report.add("ok", "text index and record store agree")

        changed, gone = [], []
        for source, state in store.files().items():
            if not os.path.exists(source):
                gone.append(source)
            elif state.sha256 and _file_digest(source)[0] != state.sha256:
                changed.append(source)
        for label, names in (("changed", changed), ("missing", gone)):
            if names:
                report.add(
                    "warning",
                    f"{len(names)} indexed files {label} on disk since the build (e.g. {names[0]}); "
                    "`corpus-tool build` updates the index",
                )
        if not changed and not gone:
            report.add("ok", "every indexed file is as it was at the build")
    finally:
        store.close()
        text_index.close()
    return report
