"""The library's exception types. `cli.py` turns each into a one-line message and an
exit code; nothing in the library prints."""

from __future__ import annotations


class CorpusToolError(Exception):
    """Base class: a problem the user can act on. The message says what to do."""

    exit_code = 1


class BadInputError(CorpusToolError):
    """An input file or path cannot be read as a document."""

    exit_code = 2


class IndexMissingError(CorpusToolError):
    exit_code = 3


class IncompatibleIndexError(CorpusToolError):
    exit_code = 3


class IndexBusyError(CorpusToolError):
    exit_code = 4


class QueryError(CorpusToolError):
    exit_code = 2


class NotBuiltYetError(CorpusToolError):
    """A command of SPEC section 4 whose issue has not landed yet."""

    exit_code = 5


class BuildInterrupted(CorpusToolError):
    """Ctrl-C during a build; raised so that the message and exit code are ours."""

    exit_code = 130
