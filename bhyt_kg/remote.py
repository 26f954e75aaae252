"""Remote SPARQL 1.1 servers: query them like the embedded store, push the graph to them.

``Endpoint`` has the read side of ``KnowledgeGraph`` (``select``), so ``queries.run`` and
``trace`` work on a server unchanged. Queries go through SPARQLWrapper; updates and the Graph
Store Protocol through urllib. Every failure becomes one ``RemoteError`` line naming the URL
(never the credentials), after bounded retries with exponential backoff on 5xx answers and on
connection errors (issue 6).

The canned queries use no ``GRAPH`` clauses: the server's default graph must be the union of its
named graphs (Oxigraph: ``oxigraph serve --union-default-graph``; Virtuoso: its default
behaviour; Fuseki: ``tdb2:unionDefaultGraph true``). ``push`` checks this and says so in its
report. Alternatively give ``default_graph`` to query one graph that holds the union.
"""

from __future__ import annotations

import ast
import base64
import http.client
import json
import netrc
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from bhyt_kg.errors import QueryError, RemoteError
from bhyt_kg.ns import GRAPH, ONTOLOGY_GRAPH
from bhyt_kg.sparql_text import bind_values, inline_bindings, masked, parses
from bhyt_kg.store import UNION_GRAPH, KnowledgeGraph

T = TypeVar("T")
Row = tuple[Node | None, ...]

USER_ENV, PASSWORD_ENV = "BHYT_KG_USER", "BHYT_KG_PASSWORD"
# Triples of the embedded store's default graph (e.g. a .ttl file loaded as is) go here.
DEFAULT_GRAPH_TARGET = GRAPH["default"]
_ARTICLE_PREFIX = str(GRAPH["article/"])
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_BACKOFF = 8.0  # seconds between two attempts, at most
_WRAPPER_STATUS = {QueryBadFormed: 400, Unauthorized: 401, EndPointNotFound: 404,
                   URITooLong: 414, EndPointInternalError: 500}
_XSD_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# Internal bookkeeping queries (not canned queries: users never run them by name).
_GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


# --- credentials ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Credentials:
    """A user name and password for HTTP Basic authentication (the password is never shown)."""

    user: str
    password: str = field(repr=False)

    def header(self) -> str:
        """The value of the Authorization header."""
        token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"


def _split_url(url: str) -> tuple[str, str | None, str | None]:
    """(url without user:password@, user, password); raises RemoteError for a non-HTTP URL."""
    parts = urllib.parse.urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in ("http", "https") or not parts.hostname or port == -1:
        shown = redact(url)
        raise RemoteError(f"{shown}: not an http(s) URL",
                          hint="give a URL such as http://localhost:7878/query")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port is not None:
        netloc += f":{port}"
    clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    user = urllib.parse.unquote(parts.username) if parts.username else None
    password = urllib.parse.unquote(parts.password) if parts.password else None
    return clean, user, password


def redact(url: str) -> str:
    """``url`` with any ``user:password@`` removed, for messages."""
    return re.sub(r"(?<=://)[^/@\s]*@", "", url)


def find_credentials(url: str, user: str | None = None, password: str | None = None, *,
                     netrc_file: Path | None = None) -> Credentials | None:
    """Credentials for ``url``: options, then BHYT_KG_USER/BHYT_KG_PASSWORD, then ~/.netrc.

    Raises RemoteError for a ~/.netrc that cannot be parsed.
    """
    user = user or os.environ.get(USER_ENV) or None
    password = password or os.environ.get(PASSWORD_ENV) or None
    if password is None:
        host = urllib.parse.urlsplit(url).hostname or ""
        path = netrc_file if netrc_file is not None else Path.home() / ".netrc"
        try:
            # Given None, netrc also checks that only the user can read the default file.
            entry = netrc.netrc(str(path) if netrc_file is not None else None).authenticators(host)
        except FileNotFoundError:
            entry = None
        except netrc.NetrcParseError as error:
            raise RemoteError(f"{path}: line {error.lineno}: {error.msg}",
                              hint="fix the file, or give --user and --password") from error
        except OSError as error:
            raise RemoteError(f"{path}: cannot read: {error.strerror or error}") from error
        if entry is not None and (user is None or user == entry[0]):
            user, password = entry[0], entry[2]
    if user is None:
        return None
    return Credentials(user, password or "")


# --- what a query may do ---------------------------------------------------------------------


def _refuse_service(sparql: str) -> None:
    # A SERVICE clause makes the server fetch from a third party: opt-in, as on the store.
    if re.search(r"\bSERVICE\b", masked(sparql), re.I):
        raise QueryError("SERVICE clauses are refused unless allowed",
                         hint="pass --allow-service to permit federated queries")


# --- answers --------------------------------------------------------------------------------


def _snippet(body: bytes | str, limit: int = 100) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _not_results(url: str, why: str) -> RemoteError:
    return RemoteError(f"{url} did not answer with SPARQL JSON results ({why})",
                       hint="check that the URL is the server's SPARQL query endpoint")


def _term(cell: object, url: str) -> Node | None:
    """The rdflib term of one SPARQL JSON binding (as KnowledgeGraph.select returns it)."""
    if cell is None:
        return None
    if not isinstance(cell, dict) or not isinstance(cell.get("value"), str):
        raise _not_results(url, "a binding without a value")
    kind, value = cell.get("type"), cell["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):  # "typed-literal": Virtuoso's pre-1.1 spelling
        if cell.get("xml:lang"):
            return Literal(value, lang=cell["xml:lang"])
        datatype = cell.get("datatype")
        # rdflib keeps "x" and "x"^^xsd:string apart; RDF 1.1 and the embedded store do not.
        if not datatype or datatype in (_XSD_STRING, _LANG_STRING):
            return Literal(value)
        return Literal(value, datatype=URIRef(datatype))
    raise _not_results(url, f"unknown term type {kind!r}")


def _parse_json(body: bytes, content_type: str, url: str) -> dict[str, object]:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise _not_results(url, f"got {content_type or 'no content type'}: "
                                f"{_snippet(body, 60)!r}") from None
    if not isinstance(data, dict):
        raise _not_results(url, "not a JSON object")
    return data


def parse_select(body: bytes, content_type: str, url: str) -> tuple[list[str], list[Row]]:
    """(columns, rows of rdflib terms) of a SPARQL 1.1 JSON results document.

    Raises RemoteError if it is not one, QueryError if it answers an ASK query.
    """
    data = _parse_json(body, content_type, url)
    if "boolean" in data:
        raise QueryError("not a SELECT query", hint="use a SELECT query here")
    head, results = data.get("head"), data.get("results")
    columns = head.get("vars") if isinstance(head, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if (not isinstance(columns, list) or not all(isinstance(c, str) for c in columns)
            or not isinstance(bindings, list)):
        raise _not_results(url, "no head.vars or results.bindings")
    rows = []
    for binding in bindings:
        if not isinstance(binding, dict):
            raise _not_results(url, "a solution that is not an object")
        rows.append(tuple(_term(binding.get(c), url) for c in columns))
    return list(columns), rows


# --- failures -------------------------------------------------------------------------------


def _wrapper_body(error: SPARQLWrapperException) -> str:
    """The server's answer that SPARQLWrapper keeps only inside its message."""
    _, _, tail = str(error).partition("Response:\n")
    try:
        body = ast.literal_eval(tail) if tail else b""
    except (ValueError, SyntaxError):
        body = tail
    return _snippet(body)


def _status_error(status: int, body: str, url: str, kind: str, attempts: int,
                  has_credentials: bool) -> QueryError | RemoteError:
    detail = f": {body}" if body else ""
    if status == 401:
        hint = ("check the user and password" if has_credentials else
                "the server wants a user and password")
        return RemoteError(f"{url}: 401 Unauthorized",
                           hint=f"{hint}: --user/--password, {USER_ENV}/{PASSWORD_ENV} "
                                f"or ~/.netrc")
    if status == 403:
        return RemoteError(f"{url}: 403 Forbidden",
                           hint="this account may not do that here (Virtuoso: grant "
                                "SPARQL_UPDATE for updates)")
    if status == 404:
        return RemoteError(f"{url}: 404 Not Found, no SPARQL {kind} service there",
                           hint="check the URL (Oxigraph: /query, /update, /store; "
                                "Virtuoso: /sparql)")
    if status == 400 and kind == "query":
        return QueryError(f"{url} rejected the query{detail}", hint="check the query text")
    if status == 413:
        return RemoteError(f"{url}: 413 request too large", hint="lower the batch size")
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    return RemoteError(f"{url}: HTTP {status}{tries}{detail}",
                       hint="the server failed; see its log" if status >= 500 else "")


def _classify(error: BaseException, url: str, kind: str, attempts: int, timeout: float,
              has_credentials: bool) -> tuple[bool, QueryError | RemoteError]:
    """(worth retrying, the error to show) for one failed attempt."""
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(error, SPARQLWrapperException):
        status = next((s for cls, s in _WRAPPER_STATUS.items() if isinstance(error, cls)), 0)
        return status in _RETRY_STATUS, _status_error(status, _wrapper_body(error), url, kind,
                                                       attempts, has_credentials)
    if isinstance(error, urllib.error.HTTPError):
        try:
            body = _snippet(error.read())
        except (OSError, http.client.HTTPException):
            body = ""
        finally:
            error.close()
        return error.code in _RETRY_STATUS, _status_error(error.code, body, url, kind, attempts,
                                                          has_credentials)
    if isinstance(error, urllib.error.URLError) and isinstance(error.reason, BaseException):
        error = error.reason
    if isinstance(error, socket.gaierror):
        host = urllib.parse.urlsplit(url).hostname
        # EAI_AGAIN is a resolver hiccup; an unknown name will not appear by retrying.
        return error.errno == socket.EAI_AGAIN, RemoteError(
            f"{url}: cannot resolve host {host!r}{tries}", hint="check the host name")
    if isinstance(error, ConnectionRefusedError):
        return True, RemoteError(f"{url}: connection refused{tries}",
                                 hint="is the server running on that host and port?")
    if isinstance(error, TimeoutError):
        return True, RemoteError(f"{url}: no answer within {timeout:g} s{tries}",
                                 hint="raise --timeout, or check the server")
    if isinstance(error, ssl.SSLError):
        return False, RemoteError(f"{url}: TLS error: {_snippet(str(error))}",
                                  hint="check the certificate or use the right scheme")
    if isinstance(error, ConnectionError | http.client.IncompleteRead
                  | http.client.BadStatusLine):
        return True, RemoteError(f"{url}: the server closed the connection mid-response{tries}",
                                 hint="check the server's log")
    if isinstance(error, OSError | http.client.HTTPException):
        return True, RemoteError(f"{url}: {_snippet(str(error)) or type(error).__name__}{tries}")
    if isinstance(error, urllib.error.URLError):
        return False, RemoteError(f"{url}: {_snippet(str(error.reason))}")
    raise error


# --- the endpoint ---------------------------------------------------------------------------


def _update_url_for(query_url: str) -> str:
    # Oxigraph and Fuseki answer updates at .../update next to .../query; Virtuoso at /sparql.
    parts = urllib.parse.urlsplit(query_url)
    if parts.path.endswith("/query"):
        return urllib.parse.urlunsplit(parts._replace(path=parts.path[: -len("query")] + "update"))
    return query_url


class Endpoint:
    """A SPARQL 1.1 server: ``select`` like ``KnowledgeGraph.select``, updates, Graph Store PUT.

    ``update_url`` defaults to the query URL with a final ``/query`` changed to ``/update``
    (Oxigraph, Fuseki), else the query URL itself (Virtuoso). Credentials come from the
    arguments, the URL, BHYT_KG_USER/BHYT_KG_PASSWORD or ~/.netrc, and are never shown.
    ``retries`` bounds the extra attempts after a 5xx answer or a connection error; the waits
    grow as ``backoff * 2**n`` seconds. Raises RemoteError for a URL that is not http(s).
    """

    def __init__(self, query_url: str, update_url: str | None = None,
                 graph_store_url: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = 30, retries: int = 3, *,
                 backoff: float = 0.5, default_graph: str | None = None,
                 netrc_file: Path | None = None) -> None:
        self.query_url, url_user, url_password = _split_url(query_url)
        self.update_url = (_split_url(update_url)[0] if update_url
                           else _update_url_for(self.query_url))
        self.graph_store_url = _split_url(graph_store_url)[0] if graph_store_url else None
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = max(0.0, float(backoff))
        self.default_graph = default_graph
        self._credentials = find_credentials(self.query_url, user or url_user,
                                             password or url_password, netrc_file=netrc_file)
        self._opener = urllib.request.build_opener()

    def __repr__(self) -> str:
        auth = "basic" if self._credentials else None
        return (f"Endpoint(query_url={self.query_url!r}, update_url={self.update_url!r}, "
                f"graph_store_url={self.graph_store_url!r}, auth={auth!r})")

    @property
    def has_credentials(self) -> bool:
        """Whether requests carry a user and password."""
        return self._credentials is not None

    # -- the retry loop

    def _call(self, url: str, kind: str, attempt: Callable[[], T]) -> tuple[T, int]:
        """(result, retries used) of ``attempt``, retried while the failure is transient."""
        for n in range(self.retries + 1):
            try:
                return attempt(), n
            except (OSError, http.client.HTTPException, SPARQLWrapperException) as error:
                retry, failure = _classify(error, url, kind, n + 1, self.timeout,
                                           self._credentials is not None)
                if not retry or n == self.retries:
                    raise failure from None
                time.sleep(min(self.backoff * 2**n, _MAX_BACKOFF))
        raise AssertionError("unreachable")  # the loop returns or raises

    # -- reading

    def _query_once(self, sparql: str, use_default_graph: bool) -> tuple[bytes, str]:
        wrapper = SPARQLWrapper(self.query_url)
        wrapper.setMethod(POST)  # VALUES blocks and long queries do not fit in a URL
        wrapper.setReturnFormat(JSON)
        wrapper.setQuery(sparql)
        wrapper.timeout = self.timeout  # setTimeout() truncates to whole seconds
        if self._credentials is not None:
            wrapper.setCredentials(self._credentials.user, self._credentials.password)
        if use_default_graph and self.default_graph:
            wrapper.addParameter("default-graph-uri", self.default_graph)
        response = wrapper.query().response
        try:
            return response.read(), response.headers.get_content_type()
        finally:
            response.close()

    def _select(self, sparql: str, use_default_graph: bool) -> tuple[list[str], list[Row]]:
        (body, content_type), _ = self._call(
            self.query_url, "query", lambda: self._query_once(sparql, use_default_graph))
        return parse_select(body, content_type, self.query_url)

    def select(self, sparql: str, params: dict[str, Node] | None = None, *,
               allow_service: bool = False, remember: bool = False
               ) -> tuple[list[str], list[Row]]:
        """Run a SELECT query: (column names, rows of rdflib terms or None).

        ``remember`` is accepted as ``KnowledgeGraph.select`` accepts it, and ignored: a
        server's data changes without this process knowing, so its answers are never kept.

        ``params`` are written into the query as RDF terms: IRIs in its patterns where the
        text allows (the bound form, ``sparql_text.inline_bindings``, checked by parsing it),
        else in a VALUES block (``bind_values``). Raises QueryError for a refused or rejected
        query, RemoteError when the server fails.
        """
        if not allow_service:
            _refuse_service(sparql)
        bound = inline_bindings(sparql, params or {})
        if bound is None or not parses(bound):
            bound = bind_values(sparql, params or {})
        return self._select(bound, use_default_graph=True)

    def ask(self, sparql: str) -> bool:
        """Run an ASK query; raises QueryError or RemoteError."""
        (body, content_type), _ = self._call(
            self.query_url, "query", lambda: self._query_once(sparql, True))
        data = _parse_json(body, content_type, self.query_url)
        if not isinstance(data.get("boolean"), bool):
            raise QueryError("not an ASK query", hint="use an ASK query here")
        return data["boolean"]

    def graph_sizes(self) -> dict[str, int]:
        """The number of triples in each named graph of the server."""
        _, rows = self._select(_GRAPH_SIZES, use_default_graph=False)
        return {str(g): int(n) for g, n in rows if g is not None and n is not None}

    # -- writing

    def _send(self, url: str, method: str, data: bytes, content_type: str) -> bytes:
        request = urllib.request.Request(url, data=data, method=method,
                                         headers={"Content-Type": content_type})
        if self._credentials is not None:
            request.add_header("Authorization", self._credentials.header())
        with self._opener.open(request, timeout=self.timeout) as response:
            return response.read()

    def update(self, sparql: str) -> int:
        """Send one SPARQL UPDATE request (one transaction on Oxigraph); returns the retries used.

        Raises RemoteError.
        """
        data = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
        kind = "application/x-www-form-urlencoded; charset=utf-8"
        return self._call(self.update_url, "update",
                          lambda: self._send(self.update_url, "POST", data, kind))[1]

    def put_graph(self, graph: str, ntriples: str) -> int:
        """Replace one graph through the Graph Store Protocol (HTTP PUT); returns the retries.

        Raises RemoteError (also when no graph store URL was given).
        """
        if self.graph_store_url is None:
            raise RemoteError("no graph store URL given", hint="pass --graph-store URL")
        separator = "&" if "?" in self.graph_store_url else "?"
        url = f"{self.graph_store_url}{separator}{urllib.parse.urlencode({'graph': graph})}"
        # N-Triples is a subset of Turtle, which every graph store accepts.
        body = ntriples.encode("utf-8")
        return self._call(self.graph_store_url, "graph store",
                          lambda: self._send(url, "PUT", body, "text/turtle; charset=utf-8"))[1]


# --- push -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PushReport:
    """What ``push`` sent: graphs, triples, HTTP requests, retries, graphs removed."""

    url: str  # where the graphs went (update or graph store URL, without credentials)
    graphs: int
    triples: int
    requests: int
    retries: int
    removed: tuple[str, ...] = ()
    # Whether the server's default graph showed a pushed triple (None: nothing to check).
    union_default_graph: bool | None = None


def _local_graphs(kg: KnowledgeGraph) -> list[tuple[str, ox.NamedNode | ox.DefaultGraph]]:
    """(target graph IRI, store graph) to push: the ontology first, then by IRI."""
    names = sorted(g.value for g in kg.store.named_graphs()
                   if isinstance(g, ox.NamedNode) and g.value != str(UNION_GRAPH))
    names.sort(key=lambda name: name != str(ONTOLOGY_GRAPH))
    graphs: list[tuple[str, ox.NamedNode | ox.DefaultGraph]] = [
        (name, ox.NamedNode(name)) for name in names]
    if next(iter(kg.store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None):
        graphs.append((str(DEFAULT_GRAPH_TARGET), ox.DefaultGraph()))
    return graphs


def _ntriples(kg: KnowledgeGraph, graph: ox.NamedNode | ox.DefaultGraph) -> tuple[str, int, str]:
    """(N-Triples text, triple count, one triple without blank nodes for the union check)."""
    lines, probe = [], ""
    for q in kg.store.quads_for_pattern(None, None, None, graph):
        line = f"{ox.Triple(q.subject, q.predicate, q.object)} ."
        lines.append(line)
        if not probe and not isinstance(q.subject, ox.BlankNode) \
                and not isinstance(q.object, ox.BlankNode):
            probe = line[:-2]
    return "\n".join(lines), len(lines), probe


def _replace_update(graph: str, body: str) -> str:
    """DROP then INSERT DATA: sent in one request, the graph is either all old or all new."""
    iri = f"<{graph}>"  # our own graph IRIs (ns.GRAPH), valid by construction
    if not body:
        return f"DROP SILENT GRAPH {iri}"
    return f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n{body}\n}} }}"


def push(kg: KnowledgeGraph, endpoint: Endpoint, *, batch_size: int = 20,
         max_bytes: int = 4_000_000, prune: bool = False,
         progress: Callable[[int, int], None] | None = None) -> PushReport:
    """Load the ontology graph and one named graph per article into ``endpoint``.

    A re-push replaces each graph, never duplicating it: by SPARQL UPDATE (``DROP SILENT
    GRAPH; INSERT DATA``, up to ``batch_size`` graphs or ``max_bytes`` per request, each
    request one transaction), or by Graph Store PUT when the endpoint has a graph store URL.
    ``prune`` drops the server's article graphs that ``kg`` no longer has. ``progress`` gets
    (graphs done, graphs in all). Raises RemoteError; the graphs sent before stay replaced.
    """
    local = _local_graphs(kg)
    use_store = endpoint.graph_store_url is not None
    url = endpoint.graph_store_url if use_store else endpoint.update_url
    graphs = triples = requests = retries = 0
    pending: list[str] = []
    pending_bytes = 0
    probe = ""

    def flush() -> None:
        nonlocal requests, retries, pending_bytes
        if pending:
            retries += endpoint.update(" ;\n".join(pending))
            requests += 1
            pending.clear()
            pending_bytes = 0
            if progress is not None:
                progress(graphs, len(local))

    for name, graph in local:
        body, count, sample = _ntriples(kg, graph)
        probe = probe or sample
        if use_store:
            retries += endpoint.put_graph(name, body)
            requests += 1
        else:
            update = _replace_update(name, body)
            if pending and (len(pending) >= max(1, batch_size)
                            or pending_bytes + len(update) > max_bytes):
                flush()
            pending.append(update)
            pending_bytes += len(update)
        graphs, triples = graphs + 1, triples + count
        if use_store and progress is not None:
            progress(graphs, len(local))
    flush()

    removed: tuple[str, ...] = ()
    if prune:
        names = {name for name, _ in local}
        removed = tuple(sorted(g for g in endpoint.graph_sizes()
                               if g.startswith(_ARTICLE_PREFIX) and g not in names))
        for start in range(0, len(removed), max(1, batch_size)):
            chunk = removed[start:start + max(1, batch_size)]
            retries += endpoint.update(" ;\n".join(_replace_update(g, "") for g in chunk))
            requests += 1
    union = endpoint.ask(f"ASK {{ {probe} }}") if probe else None
    return PushReport(url=url or "", graphs=graphs, triples=triples, requests=requests,
                      retries=retries, removed=removed, union_default_graph=union)


# --- a local Oxigraph server (for `serve` and the tests) ------------------------------------


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server program (PyPI package ``oxigraph``): next to Python, or on PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("oxigraph")


def oxigraph_command(location: Path | None, bind: str = "127.0.0.1:7878", *,
                     union_default_graph: bool = True, read_only: bool = False) -> list[str]:
    """The command line that serves ``location`` (None: in memory) over SPARQL at ``bind``.

    Raises RemoteError when the ``oxigraph`` program is not installed.
    """
    binary = oxigraph_binary()
    if binary is None:
        raise RemoteError("the oxigraph server program is not installed",
                          hint="pip install oxigraph")
    command = [binary, "serve-read-only" if read_only else "serve", "--bind", bind]
    if location is not None:
        command += ["--location", str(location)]
    elif read_only:
        raise RemoteError("a read-only server needs a store directory")
    if union_default_graph:
        command.append("--union-default-graph")
    return command


def wait_until_ready(query_url: str, *, timeout: float = 15.0,
                     process: subprocess.Popen[bytes] | None = None) -> None:
    """Poll ``query_url`` with ``ASK {}`` until it answers; raises RemoteError after ``timeout``."""
    probe = f"{query_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    deadline = time.monotonic() + timeout
    while True:
        if process is not None and process.poll() is not None:
            raise RemoteError(f"{query_url}: the server exited with code {process.returncode}",
                              hint="is the port in use or the store locked?")
        try:
            with urllib.request.urlopen(probe, timeout=1.0) as response:
                response.read()
                return
        except (OSError, http.client.HTTPException):
            if time.monotonic() > deadline:
                raise RemoteError(f"{query_url}: the server did not start within {timeout:g} s",
                                  hint="see the server's output") from None
            time.sleep(0.05)
