"""Binding parameters into SPARQL text: escaped RDF terms, a VALUES block, or the bound form.

A canned query is written once, as a listing (``?document`` free: every document), and run
bound to one value by ``trace`` and ``query --param``. How the binding is made decides its
speed on a large store: Oxigraph evaluates a sub-SELECT, a UNION branch or an OPTIONAL group
without the outer binding, so a query bound by substitution or by a VALUES block still reads
every document's values. The **bound form** (:func:`inline_bindings`) writes the IRI into the
patterns themselves, where every engine uses it as an index key: the same answers (the tests
compare them query by query), read from one document's triples.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from bhyt_kg.errors import QueryError

VARIABLE = re.compile(r"^[^\W][\w\u00b7]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# Strings, IRIs and comments, blanked (same length) before searching the query for keywords.
_OPAQUE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'
                     r"'(?:[^'\\\n]|\\.)*'|<[^<>\s\"{}|^`\\]*>|#[^\n]*")


def masked(sparql: str) -> str:
    """The query with strings, IRIs and comments replaced by spaces (offsets unchanged)."""
    return _OPAQUE.sub(lambda m: " " * len(m.group(0)), sparql)


def term_text(name: str, value: Node) -> str:
    """The SPARQL text of a parameter value, from rdflib's escaping ``.n3()``."""
    if isinstance(value, URIRef):
        if _BAD_IRI_CHARS.search(str(value)) or not str(value):
            raise QueryError(f"parameter {name!r}: not a valid IRI: {str(value)[:60]!r}",
                             hint="give an absolute IRI without spaces, quotes or braces")
        return value.n3()
    if isinstance(value, Literal):
        if value.language and not _LANGUAGE.match(value.language):
            raise QueryError(f"parameter {name!r}: bad language tag {value.language!r}")
        if value.datatype is not None and _BAD_IRI_CHARS.search(str(value.datatype)):
            raise QueryError(f"parameter {name!r}: bad datatype IRI {str(value.datatype)!r}")
        return value.n3()
    if isinstance(value, BNode):
        raise QueryError(f"parameter {name!r}: a blank node cannot be bound on a remote server",
                         hint="give an IRI or a literal")
    raise QueryError(f"parameter {name!r}: {value!r} is not an RDF term",
                     hint="give an IRI or a literal")


def variable_name(name: str) -> str:
    """``name`` without its "?"/"$"; raises QueryError if it is no SPARQL variable name."""
    variable = name.lstrip("?$")
    if not VARIABLE.match(variable):
        raise QueryError(f"parameter {name!r}: not a SPARQL variable name",
                         hint="use letters, digits and _")
    return variable


def bind_values(sparql: str, params: Mapping[str, Node]) -> str:
    """``sparql`` with ``VALUES (?a ?b) { (<term> <term>) }`` opening its outermost WHERE group.

    Remote servers take no substitutions, so the values are written as escaped RDF terms,
    never as the user's raw text. Raises QueryError for a bad name or term.
    """
    if not params:
        return sparql
    names = [f"?{variable_name(name)}" for name in params]
    terms = [term_text(name, value) for name, value in params.items()]
    blank = masked(sparql)
    # The WHERE keyword is optional in SELECT and ASK: then the first brace opens the group.
    match = re.search(r"\bWHERE\s*\{", blank, re.I) or re.search(r"\{", blank)
    if match is None:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    block = f"VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"
    return f"{sparql[:match.end()]}\n  {block}\n{sparql[match.end():]}"


# Clause keywords, found in the masked text (so never inside a string, an IRI or a comment).
_SELECT = re.compile(r"(?<![\w?$])SELECT(?!\w)", re.I)
_PROJECTION_END = re.compile(r"(?<![\w?$])WHERE(?!\w)|\{", re.I)
_GROUP_BY = re.compile(r"(?<![\w?$])GROUP\s+BY(?!\w)", re.I)
_AFTER_GROUP_BY = re.compile(r"(?<![\w?$])(?:HAVING|ORDER|LIMIT|OFFSET)(?!\w)|[{}]", re.I)
_VALUES = re.compile(r"(?<![\w?$])VALUES(?!\w)", re.I)
_AS_BEFORE = re.compile(r"(?<![\w?$])AS\s*$", re.I)
_STAR = re.compile(r"(?<![\w?$])SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.I)


def inline_bindings(sparql: str, params: Mapping[str, Node]) -> str | None:
    """The bound form of a SELECT query: each IRI parameter written into the query in place of
    its variable, or None where the text does not allow it (then bind it another way).

    In a pattern or an expression the variable becomes the IRI; in the outermost projection,
    ``(<iri> AS ?var)``, so the column stays; a sub-SELECT no longer projects it (the IRI is in
    its patterns, and the join it made is implied); in a GROUP BY it becomes the constant
    ``(<iri>)``. A variable that is assigned (``AS ?var``), listed in VALUES, or hidden by
    ``SELECT *``, or not projected at all, leaves the query as it is: None. Only IRIs are
    inlined; a literal compares by
    value in an expression but by term in a pattern, so it is bound the other ways.
    """
    if not params or not all(isinstance(v, URIRef) for v in params.values()):
        return None
    sparql = unwrap_plain_subselects(sparql)
    blank = masked(sparql)
    if _STAR.search(blank):
        return None
    selects = [m.end() for m in _SELECT.finditer(blank)]
    if not selects:
        return None
    projections = []
    for start in selects:
        end = _PROJECTION_END.search(blank, start)
        projections.append((start, end.start() if end else len(blank)))
    groups = []
    for m in _GROUP_BY.finditer(blank):
        end = _AFTER_GROUP_BY.search(blank, m.end())
        groups.append((m.end(), end.start() if end else len(blank)))
    edits: list[tuple[int, int, str]] = []
    for name, value in params.items():
        variable = variable_name(name)
        iri = term_text(name, value)
        found = list(re.finditer(rf"[?$]{re.escape(variable)}(?![\w\u00b7])", blank))
        if not any(projections[0][0] <= m.start() < projections[0][1] for m in found):
            return None  # a variable the query does not project: substitution says so
        for m in found:
            at = m.start()
            if _AS_BEFORE.search(blank, 0, at) or _in_values(blank, at):
                return None
            projection = next((p for p in projections if p[0] <= at < p[1]), None)
            if projection is not None:
                outermost = projection == projections[0]
                edits.append((at, m.end(), f"({iri} AS ?{variable})" if outermost else ""))
            elif any(s <= at < e for s, e in groups):
                edits.append((at, m.end(), f"({iri})"))
            else:
                edits.append((at, m.end(), iri))
    if not edits:
        return None
    out = sparql
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    return out


_PLAIN_SUBSELECT = re.compile(
    r"\{\s*SELECT\s+(?P<vars>(?:[?$][^\W][\w\u00b7]*\s+)+)WHERE\s*\{", re.I)
_VARIABLE_TOKEN = re.compile(r"[?$]([^\W][\w\u00b7]*)")


def unwrap_plain_subselects(sparql: str) -> str:
    """``{ SELECT ?a ?b WHERE { P } }`` written as ``{ P }`` wherever that means the same: the
    sub-SELECT projects every variable of P and has no modifier (no DISTINCT, aggregate,
    GROUP BY, ORDER BY or slice), so it is P itself.

    A listing joins such sub-SELECTs by hash, each answered once; a bound query wants the plain
    patterns, which the engine joins through the bound IRI instead of reading them whole.
    """
    while True:
        blank = masked(sparql)
        for m in _PLAIN_SUBSELECT.finditer(blank):
            inner_open = m.end() - 1
            inner_close = _closing(blank, inner_open)
            outer_close = _closing(blank, m.start())
            if inner_close is None or outer_close is None:
                continue
            if blank[inner_close + 1 : outer_close].strip():
                continue  # a modifier after the group: GROUP BY, ORDER BY, LIMIT ...
            projected = set(_VARIABLE_TOKEN.findall(m["vars"]))
            used = set(_VARIABLE_TOKEN.findall(blank[inner_open:inner_close]))
            if used != projected:
                continue
            sparql = (sparql[: m.start()] + "{" + sparql[inner_open + 1 : inner_close] + "}"
                      + sparql[outer_close + 1 :])
            break
        else:
            return sparql


def _closing(blank: str, opening: int) -> int | None:
    """The offset of the brace closing the one at ``opening`` (None if unbalanced)."""
    depth = 0
    for i in range(opening, len(blank)):
        if blank[i] == "{":
            depth += 1
        elif blank[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return None


def _in_values(blank: str, at: int) -> bool:
    """Whether offset ``at`` is inside a VALUES clause (its variables or its data block)."""
    last = None
    for last in _VALUES.finditer(blank, 0, at):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return False
    between = blank[last.end() : at]
    opened = between.count("{")
    return opened == 0 or opened > between.count("}")


def parses(sparql: str) -> bool:
    """Whether ``sparql`` is a query Oxigraph's parser accepts (run on an empty store)."""
    try:
        ox.Store().query(sparql)
    except SyntaxError:
        return False
    return True
