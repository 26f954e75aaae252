"""Every error a user can see, with its exit code.

The library raises these; ``cli.py`` prints ``str(error)`` on one line of stderr and exits
with ``error.exit_code``. Exit codes (also in README "Troubleshooting"):

0 success; 1 the graph does not conform to the shapes; 2 unusable input or usage error;
3 built, but some inputs were skipped; 4 a remote SPARQL server failed; 130 interrupted.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_INPUT = 2
EXIT_SKIPPED = 3
EXIT_REMOTE = 4
EXIT_INTERRUPTED = 130


class BhytError(Exception):
    """Base class: a problem the user can fix, reported on one line."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.hint = message, hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ArticleError(BhytError):
    """An article file cannot be read or decoded."""


class GraphFileError(BhytError):
    """An RDF file cannot be read or parsed."""


class QueryError(BhytError):
    """A SPARQL query is unknown, malformed or refused."""


class UnknownQuery(QueryError):
    """No canned query has that name."""


class StoreError(BhytError):
    """The persistent store cannot be opened or written."""


class OutputError(BhytError):
    """An output file cannot be written."""


class TraceError(BhytError):
    """A document to trace is unknown or ambiguous."""


class GoldError(BhytError):
    """A gold annotation file or the evaluation baseline is missing, malformed or inconsistent."""


class RemoteError(BhytError):
    """A remote SPARQL server refused, failed or timed out."""

    exit_code = EXIT_REMOTE
