"""Run the canned SPARQL queries of ``queries/*.rq`` by name and format their results.

Each ``.rq`` file opens with ``#`` comment lines: a one-line description, then
``# columns: a, b, c`` (a contract users' scripts rely on), then notes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from bhyt_kg.errors import QueryError, UnknownQuery
from bhyt_kg.ns import PREFIXES
from bhyt_kg.resources import query_dir
from bhyt_kg.store import KnowledgeGraph

FORMATS = ("table", "csv", "tsv", "json")
Value = int | Decimal | float | str | dt.date | dt.datetime | bool | None

_INTEGERS = {str(XSD[t]) for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte")}
_FLOATS = {str(XSD.double), str(XSD.float)}
_DECIMAL, _BOOLEAN = str(XSD.decimal), str(XSD.boolean)
_DATE, _DATETIME = str(XSD.date), str(XSD.dateTime)
_MAX_CELL = 60  # characters of a table cell before it is cut with "…"
_SHORT_PREFIXES = ("id", "code", "graph", "bhyt")  # IRIs shown as CURIEs in the table format


@dataclass(frozen=True, slots=True)
class Table:
    """A query result: column names and rows of plain Python values (None = unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]

    def records(self) -> list[dict[str, Value]]:
        """The rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _query_dir() -> Path:
    """The directory of the canned queries (installed with the package, or the repo's queries/)."""
    return query_dir()


def _describe(text: str) -> str:
    first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    return first.lstrip("#").strip() if first.startswith("#") else ""


def list_queries() -> list[tuple[str, str]]:
    """(name, one-line description) of each canned query, sorted by name."""
    return [(path.stem, _describe(path.read_text(encoding="utf-8")))
            for path in sorted(_query_dir().glob("*.rq"))]


def query_columns(text: str) -> list[str]:
    """The columns a query's ``# columns:`` comment promises (empty if it has none)."""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.lower().startswith("columns:"):
            return [c.strip() for c in body.split(":", 1)[1].split(",") if c.strip()]
    return []


def load_query(name_or_path: str) -> str:
    """The text of a canned query (by name) or of a ``.rq`` file (by path).

    Raises UnknownQuery listing the known names, or QueryError for an unreadable file.
    """
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or candidate.is_file() or "/" in name_or_path:
        try:
            return candidate.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{candidate}: no such query file", hint="check the path") from None
        except (OSError, UnicodeDecodeError) as error:
            raise QueryError(f"{candidate}: cannot read the query: {error}") from error
    path = _query_dir() / f"{name_or_path}.rq"
    if not path.is_file():
        known = ", ".join(name for name, _ in list_queries())
        raise UnknownQuery(f"no query {name_or_path!r}", hint=f"known: {known}")
    return path.read_text(encoding="utf-8")


def to_python(term: Node | None) -> Value:
    """A plain Python value for an RDF term: numbers, dates, booleans, text; IRIs as str."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if not isinstance(term, Literal):
        return str(term)
    lexical, datatype = str(term), str(term.datatype) if term.datatype else None
    try:
        if datatype in _INTEGERS:
            return int(lexical)
        if datatype == _DECIMAL:
            return Decimal(lexical)
        if datatype in _FLOATS:
            return float(lexical)
        if datatype == _BOOLEAN:
            if lexical in ("true", "1", "false", "0"):
                return lexical in ("true", "1")
        elif datatype == _DATE:
            return dt.date.fromisoformat(lexical)
        elif datatype == _DATETIME:
            return dt.datetime.fromisoformat(lexical.replace("Z", "+00:00"))
    except (ValueError, InvalidOperation):
        pass  # an ill-typed literal is shown as written
    return lexical


# A query's own solution modifiers at its end (comments and strings aside, a final LIMIT or
# OFFSET can only be the outer query's).
_TRAILING_SLICE = re.compile(r"\b(?:LIMIT|OFFSET)\s+\d+\s*(?:(?:LIMIT|OFFSET)\s+\d+\s*)?\Z",
                             re.IGNORECASE)


def page(text: str, limit: int | None = None, offset: int = 0) -> str:
    """``text`` with ``LIMIT``/``OFFSET`` appended (one page of its ordered rows).

    Raises QueryError when the query already ends with its own LIMIT or OFFSET, or for a
    negative number: paging a query twice is ambiguous.
    """
    if limit is None and not offset:
        return text
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("--limit and --offset must be zero or more")
    code = "\n".join(line.split("#", 1)[0] if not line.lstrip().startswith("#") else ""
                     for line in text.splitlines())
    if _TRAILING_SLICE.search(code.rstrip()):
        raise QueryError("the query has its own LIMIT or OFFSET",
                         hint="drop --limit/--offset, or remove them from the query")
    parts = [] if limit is None else [f"LIMIT {limit}"]
    parts += [f"OFFSET {offset}"] if offset else []
    return text.rstrip() + "\n" + " ".join(parts) + "\n"


def run(kg: KnowledgeGraph, name_or_path: str, params: dict[str, Node] | None = None, *,
        allow_service: bool = False, limit: int | None = None, offset: int = 0,
        remember: bool = True) -> Table:
    """Run a canned query or ``.rq`` file on ``kg``; ``params`` are bound as RDF terms;
    ``limit``/``offset`` return one page of the rows (canned queries are ordered, so pages
    are stable). The answer is remembered until the store's next write (a listing over a big
    store is computed once); ``remember=False`` always asks the engine (what a benchmark of the
    query itself needs)."""
    text = page(load_query(name_or_path), limit, offset)
    columns, rows = kg.select(text, params, allow_service=allow_service, remember=remember)
    # Terms recur across rows (codes, places, articles): convert each distinct term once.
    values: dict[Node | None, Value] = {}

    def value(term: Node | None) -> Value:
        found = values.get(term, values)
        if found is values:
            found = values[term] = to_python(term)
        return found

    return Table(tuple(columns), tuple(tuple(value(v) for v in row) for row in rows))


# --- formatting -------------------------------------------------------------------------------


def cell_text(value: Value) -> str:
    """The cell text of a value: ISO dates, plain decimals, true/false, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def json_value(value: Value) -> object:
    """A JSON-ready value: decimals as numbers, dates as ISO strings."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


_CURIES = sorted(((ns, p) for p, ns in PREFIXES.items() if p in _SHORT_PREFIXES),
                 key=lambda pair: -len(pair[0]))


def _cell(value: Value) -> str:
    text = unicodedata.normalize("NFC", cell_text(value)).replace("\n", " ").replace("\t", " ")
    if isinstance(value, str):
        for namespace, prefix in _CURIES:
            if text.startswith(namespace):
                text = f"{prefix}:{text[len(namespace):]}"
                break
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _format_aligned(table: Table) -> str:
    cells = [[_cell(v) for v in row] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(table.columns)]
    numeric = [all(isinstance(row[i], int | float | Decimal) and not isinstance(row[i], bool)
                   for row in table.rows if row[i] is not None) and any(
                       row[i] is not None for row in table.rows)
               for i in range(len(table.columns))]

    def line(values: list[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w)
                 for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(list(table.columns)), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    out.append(f"({len(table.rows)} row{'s' if len(table.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_table(table: Table, fmt: str = "table") -> str:
    """The table as text: "table" (aligned, long cells cut), "csv", "tsv" or "json".

    Raises QueryError for an unknown format.
    """
    if fmt == "table":
        return _format_aligned(table)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([cell_text(v) for v in row] for row in table.rows)
        return buffer.getvalue()
    if fmt == "tsv":
        # TSV has no quoting: tabs and line breaks inside a value become spaces.
        def clean(value: Value) -> str:
            return " ".join(cell_text(value).replace("\t", " ").splitlines())

        lines = ["\t".join(table.columns)]
        lines += ["\t".join(clean(v) for v in row) for row in table.rows]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        records = [{c: json_value(v) for c, v in zip(table.columns, row, strict=True)}
                   for row in table.rows]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    raise QueryError(f"unknown output format {fmt!r}", hint=f"known: {', '.join(FORMATS)}")
