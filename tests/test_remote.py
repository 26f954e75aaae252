"""Contract tests for remote SPARQL servers, against a real Oxigraph server (no mocks).

The sample corpus is pushed to ``oxigraph serve --union-default-graph`` on a free loopback
port, and to the server named by BHYT_KG_TEST_ENDPOINT when it is set (``.ci/run`` starts a
throwaway Virtuoso with scripts/virtuoso-test-server.sh); every canned query and a trace must
answer exactly as on the embedded store, and push, re-push, prune and a push failing half-way
must leave exactly the expected quads. The failure tests use tiny local servers
(tests/servers.py) that fail in one way each.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS
from servers import (
    Reply,
    external_endpoint,
    external_graph_store,
    forwarding_server,
    free_port,
    hangup_server,
    oxigraph_server,
    scripted_server,
    silent_server,
)

from bhyt_kg import queries, trace
from bhyt_kg.errors import QueryError, RemoteError
from bhyt_kg.ns import GRAPH, ONTOLOGY_GRAPH, article_graph
from bhyt_kg.remote import Endpoint, bind_values, push
from bhyt_kg.store import UNION_GRAPH, KnowledgeGraph, to_rdflib

pytestmark = pytest.mark.server

HOSTILE = '"} ; DROP ALL ; {'
RESULTS = json.dumps({"head": {"vars": ["x"]},
                      "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}
                     ).encode()


# --- fixtures -------------------------------------------------------------------------------


def external_or_skip(**options: object) -> Endpoint:
    """An Endpoint for the server named by BHYT_KG_TEST_ENDPOINT (e.g. Virtuoso), or skip."""
    urls = external_endpoint()
    if urls is None:
        pytest.skip("set BHYT_KG_TEST_ENDPOINT to run the contract against another server")
    return Endpoint(urls[0], urls[1], timeout=60, **options)


@pytest.fixture(scope="module", params=["oxigraph", "external"])
def server_endpoint(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A real Oxigraph server, or the server named by BHYT_KG_TEST_ENDPOINT (e.g. Virtuoso)."""
    if request.param == "external":
        yield external_or_skip()
        return
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as running:
        yield Endpoint(running.query_url, timeout=20)


@pytest.fixture(scope="module")
def pushed(server_endpoint, seed_kg):
    """(kg, endpoint, report) after pushing the sample corpus once."""
    kg, _ = seed_kg
    return kg, server_endpoint, push(kg, server_endpoint)


@pytest.fixture(autouse=True)
def no_user_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep the runner's BHYT_KG_USER/PASSWORD and ~/.netrc out of the tests."""
    monkeypatch.delenv("BHYT_KG_USER", raising=False)
    monkeypatch.delenv("BHYT_KG_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.fixture(params=["oxigraph", "external"])
def writable(request: pytest.FixtureRequest, tmp_path: Path, seed_kg):
    """An endpoint without bhyt-kg graphs, for tests that change the server's content.

    The external server is shared with ``pushed``: its bhyt-kg graphs are dropped first, and
    the sample corpus is pushed back afterwards, so the contract tests see it whatever the
    order in which pytest runs the tests.
    """
    if request.param == "oxigraph":
        with oxigraph_server(tmp_path / "oxigraph") as running:
            yield Endpoint(running.query_url, timeout=20)
        return
    endpoint = external_or_skip()
    drop_our_graphs(endpoint)
    try:
        yield endpoint
    finally:
        drop_our_graphs(endpoint)
        store = external_graph_store()
        push(seed_kg[0], external_or_skip(graph_store_url=store) if store else endpoint)


def drop_our_graphs(endpoint: Endpoint) -> None:
    for name in our_sizes(endpoint):
        endpoint.update(f"DROP SILENT GRAPH <{name}>")
    assert our_sizes(endpoint) == {}


def copy_of(kg: KnowledgeGraph, tmp_path: Path) -> KnowledgeGraph:
    """An independent in-memory copy of ``kg`` (the session's seed graph stays untouched)."""
    path = tmp_path / "copy.nq"
    path.write_text(kg.dump_nquads(), encoding="utf-8")
    return KnowledgeGraph.from_file(path)


_EXACT_NUMBERS = {URIRef("http://www.w3.org/2001/XMLSchema#decimal"),
                  URIRef("http://www.w3.org/2001/XMLSchema#integer")}


def by_value(term: object) -> object:
    """``term``, or for an xsd:decimal or xsd:integer literal, its number.

    Virtuoso keeps numbers as SQL numbers: it gives xsd:decimal "100" back as
    "100"^^xsd:integer. That is the same number, and the same value to a user (queries.to_python
    reads both as 100, cell_text writes both as "100"), so remote quads are compared to local
    ones by value there. Only exact numbers are read so: 94.5 must still come back as 94.5, and
    every other term (strings, language tags, dates, IRIs) must come back exactly.
    """
    if isinstance(term, Literal) and term.datatype in _EXACT_NUMBERS:
        return ("number", queries.to_python(term))
    return term


def comparable(quads: set[tuple], numbers_by_value: bool) -> set[tuple]:
    return {tuple(by_value(t) for t in q) for q in quads} if numbers_by_value else quads


def is_external(endpoint: Endpoint) -> bool:
    """Whether ``endpoint`` is the external server, whose numbers are compared by value.

    Oxigraph must give every term back exactly as pushed.
    """
    urls = external_endpoint()
    return urls is not None and endpoint.query_url == Endpoint(urls[0]).query_url


def local_quads(kg: KnowledgeGraph) -> set[tuple]:
    return {(to_rdflib(q.graph_name), to_rdflib(q.subject), to_rdflib(q.predicate),
             to_rdflib(q.object)) for q in kg.store.quads_for_pattern(None, None, None)
            if q.graph_name != ox.NamedNode(str(UNION_GRAPH))}


def remote_quads(endpoint: Endpoint) -> set[tuple]:
    """The server's quads in bhyt-kg's graphs (a shared server may hold others)."""
    # Filtered on the server: Virtuoso cuts answers at ResultSetMaxRows without saying so.
    _, rows = endpoint.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                              f'FILTER(STRSTARTS(STR(?g), "{GRAPH}")) }}')
    return {row for row in rows if str(row[0]).startswith(str(GRAPH))}


def our_sizes(endpoint: Endpoint) -> dict[str, int]:
    """Triples per bhyt-kg graph (Virtuoso also holds graphs of its own)."""
    return {g: n for g, n in endpoint.graph_sizes().items() if g.startswith(str(GRAPH))}


def assert_same_quads(endpoint: Endpoint, expected: set[tuple]) -> None:
    by_value_ = is_external(endpoint)
    assert comparable(remote_quads(endpoint), by_value_) == comparable(expected, by_value_)


def one_line(error: pytest.ExceptionInfo) -> str:
    text = str(error.value)
    assert "\n" not in text and text.strip() == text and text
    return text


# --- the contract: same answers as the embedded store ---------------------------------------


def test_push_sends_every_quad_exactly(pushed) -> None:
    kg, endpoint, report = pushed
    assert report.graphs == len(kg.article_ids()) + 1  # the articles and the ontology
    assert report.triples == len(kg)
    assert report.retries == 0 and report.union_default_graph is True
    assert len(remote_quads(endpoint)) == len(local_quads(kg))
    assert_same_quads(endpoint, local_quads(kg))
    assert "password" not in repr(report)


@pytest.mark.parametrize("name", [name for name, _ in queries.list_queries()])
def test_canned_query_answers_as_on_the_embedded_store(pushed, name: str) -> None:
    kg, endpoint, _ = pushed
    local, remote = queries.run(kg, name), queries.run(endpoint, name)
    assert remote.columns == local.columns
    assert remote.rows == local.rows  # every query ORDERs BY: the same order, exactly
    if name not in ("build-state",):
        assert local.rows, f"{name} gives no rows on the sample corpus: the test proves nothing"


def test_a_page_answers_as_on_the_embedded_store(pushed) -> None:
    kg, endpoint, _ = pushed
    local = queries.run(kg, "observations", limit=4, offset=3)
    assert len(local.rows) == 4
    assert queries.run(endpoint, "observations", limit=4, offset=3).rows == local.rows


def test_trace_queries_with_a_bound_document_answer_alike(pushed) -> None:
    kg, endpoint, _ = pushed
    documents = sorted({row[0] for row in queries.run(kg, "directives").rows})
    assert len(documents) >= 2
    for document in documents:
        params = {"document": URIRef(document)}
        for name in ("trace-documents", "trace-implementers", "trace-outcomes"):
            local = queries.run(kg, name, params)
            assert queries.run(endpoint, name, params) == local, (name, document)
            assert all(row[0] == document for row in local.rows)


def test_trace_over_the_server_renders_as_over_the_store(pushed) -> None:
    kg, endpoint, _ = pushed
    iri = trace.resolve_document(kg, "38-CT/TW")
    assert trace.resolve_document(endpoint, "38-CT/TW") == iri
    for fmt in ("tree", "json"):
        assert (trace.render(trace.trace(endpoint, iri), iri, fmt)
                == trace.render(trace.trace(kg, iri), iri, fmt))


def test_hostile_parameter_is_a_literal_not_query_text(pushed) -> None:
    kg, endpoint, _ = pushed
    before = endpoint.graph_sizes()
    for value in (Literal(HOSTILE), Literal(HOSTILE + "\n}"), Literal("\\u0022} ; DROP ALL ; {")):
        params = {"document": value}
        assert queries.run(endpoint, "trace-outcomes", params).rows == ()
        assert queries.run(kg, "trace-outcomes", params).rows == ()
    assert endpoint.graph_sizes() == before


def test_a_query_the_server_rejects_is_a_query_error_with_its_reason(pushed) -> None:
    _, endpoint, _ = pushed
    with pytest.raises(QueryError) as error:
        endpoint.select("SELECT ?x WHERE { ?x }")
    assert endpoint.query_url in one_line(error)


def test_service_is_refused_unless_allowed(pushed) -> None:
    _, endpoint, _ = pushed
    sparql = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE"):
        endpoint.select(sparql)


# --- re-push: replace, never duplicate ------------------------------------------------------


def test_repush_changes_nothing_and_duplicates_nothing(writable, seed_kg) -> None:
    kg, _ = seed_kg
    endpoint = writable
    push(kg, endpoint, batch_size=2)
    first = our_sizes(endpoint)
    report = push(kg, endpoint, batch_size=2)
    assert our_sizes(endpoint) == first
    assert sum(first.values()) == len(kg) == report.triples
    assert report.requests == -(-report.graphs // 2)  # batches of two graphs per request
    assert_same_quads(endpoint, local_quads(kg))


def test_repush_after_an_article_changes_replaces_only_that_graph(
        writable, seed_kg, tmp_path: Path) -> None:
    kg, _ = seed_kg
    endpoint = writable
    push(kg, endpoint)
    before = remote_quads(endpoint)
    changed = copy_of(kg, tmp_path)
    article = changed.article_ids()[0]
    graph = changed.article_graph(article)
    dropped = sorted(graph)[:5]
    for triple in dropped:
        graph.remove(triple)
    note = (URIRef("https://example.org/x"), RDFS.comment, Literal("đã sửa \"lại\"\n", lang="vi"))
    graph.add(note)
    changed.replace_article(article, graph)

    push(changed, endpoint)
    after = remote_quads(endpoint)
    name = article_graph(article)
    assert {q for q in after if q[0] != name} == {q for q in before if q[0] != name}
    numbers_by_value = is_external(endpoint)
    assert (comparable({q for q in after if q[0] == name}, numbers_by_value)
            == comparable({(name, *t) for t in graph}, numbers_by_value))
    after = comparable(after, numbers_by_value)
    assert (name, *note) in after
    assert not any(comparable({(name, *t)}, numbers_by_value) <= after for t in dropped)


def test_prune_drops_article_graphs_no_longer_in_the_graph(writable, seed_kg,
                                                           tmp_path: Path) -> None:
    kg, _ = seed_kg
    endpoint = writable
    push(kg, endpoint)
    smaller = copy_of(kg, tmp_path)
    gone = smaller.article_ids()[-1]
    smaller.remove_article(gone)
    assert push(smaller, endpoint).removed == ()  # without prune, nothing is removed
    report = push(smaller, endpoint, prune=True)
    assert report.removed == (str(article_graph(gone)),)
    assert str(article_graph(gone)) not in endpoint.graph_sizes()
    assert str(ONTOLOGY_GRAPH) in endpoint.graph_sizes()


def test_graph_store_protocol_push_replaces_graphs(writable, seed_kg) -> None:
    kg, _ = seed_kg
    store = (f"{writable.query_url.rpartition('/')[0]}/store"
             if not is_external(writable) else external_graph_store())
    if store is None:
        pytest.skip("set BHYT_KG_TEST_GRAPH_STORE to push through the Graph Store Protocol")
    endpoint = Endpoint(writable.query_url, graph_store_url=store, timeout=60)
    report = push(kg, endpoint)
    assert report.requests == report.graphs and report.url == store
    first = our_sizes(endpoint)
    push(kg, endpoint)
    assert our_sizes(endpoint) == first
    assert_same_quads(endpoint, local_quads(kg))


def test_push_failing_half_way_leaves_each_graph_old_or_new(writable, seed_kg,
                                                            tmp_path: Path) -> None:
    kg, _ = seed_kg
    direct = writable
    push(kg, direct)
    old = remote_quads(direct)
    changed = copy_of(kg, tmp_path)
    for article in changed.article_ids():
        graph = changed.article_graph(article)
        graph.add((URIRef("https://example.org/x"), RDFS.comment, Literal(article)))
        changed.replace_article(article, graph)
    new = local_quads(changed)
    update = urllib.parse.urlsplit(direct.update_url)
    with forwarding_server(f"{update.scheme}://{update.netloc}", forward=3) as (proxy, seen):
        endpoint = Endpoint(direct.query_url, update_url=f"{proxy}{update.path}", retries=1,
                            backoff=0, timeout=20)
        with pytest.raises(RemoteError, match="HTTP 500 after 2 attempts"):
            push(changed, endpoint, batch_size=1)
        assert len(seen) == 5  # three graphs went through, then one request tried twice
    numbers_by_value = is_external(direct)
    old, new = comparable(old, numbers_by_value), comparable(new, numbers_by_value)
    now = comparable(remote_quads(direct), numbers_by_value)
    names = {q[0] for q in old | new}
    fully_new = 0
    for name in names:
        mine = {q for q in now if q[0] == name}
        assert mine in ({q for q in old if q[0] == name}, {q for q in new if q[0] == name})
        fully_new += mine == {q for q in new if q[0] == name} != {q for q in old if q[0] == name}
    assert fully_new == 2  # the ontology (unchanged) went first, then two articles


def test_push_reports_a_server_whose_default_graph_is_not_the_union(seed_kg,
                                                                    tmp_path: Path) -> None:
    kg, _ = seed_kg
    with oxigraph_server(tmp_path / "plain", union_default_graph=False) as plain:
        report = push(kg, Endpoint(plain.query_url, timeout=20))
    assert report.union_default_graph is False


# --- parameters -----------------------------------------------------------------------------


def test_values_block_opens_the_outermost_where_group() -> None:
    sparql = ('# a { comment\nPREFIX ex: <http://ex/{x}>\nSELECT ?a WHERE { ?a ex:p "{" . '
              "{ SELECT ?b WHERE { ?b ?p ?o } } }")
    bound = bind_values(sparql, {"a": URIRef("http://ex/1"), "?b": Literal(2)})
    head = sparql.index("WHERE {") + len("WHERE {")
    assert bound.startswith(sparql[:head])
    assert bound[head:].lstrip().startswith(
        'VALUES (?a ?b) { (<http://ex/1> "2"^^<http://www.w3.org/2001/XMLSchema#integer>) }')
    assert bound.endswith(sparql[head:])
    no_where = bind_values("SELECT * { ?s ?p ?o }", {"s": URIRef("http://ex/s")})
    assert no_where.startswith("SELECT * {\n  VALUES (?s) { (<http://ex/s>) }")


@pytest.mark.parametrize("params", [
    {"document": URIRef(HOSTILE)},
    {"document": URIRef("http://ex/a> } ; DROP ALL ; { <b")},
    {"document": BNode("b1")},
    {"a) { } ; DROP ALL ; (?b": Literal("x")},
    {"document": Literal("x", datatype=URIRef("http://ex/t> } DROP ALL {"))},
])
def test_parameters_that_are_not_clean_terms_are_refused(params) -> None:
    with pytest.raises(QueryError) as error:
        bind_values("SELECT ?document WHERE { ?document ?p ?o }", params)
    assert "parameter" in one_line(error)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=40), lang=st.sampled_from([None, "vi", "en-GB"]))
def test_any_text_binds_to_exactly_that_literal(text: str, lang: str | None) -> None:
    # Oxigraph's own parser (the server's) must read back the very same literal.
    value = Literal(text, lang=lang)
    sparql = bind_values("SELECT ?x ?n WHERE { BIND(1 AS ?n) }", {"x": value})
    rows = [(s["x"], s["n"]) for s in ox.Store().query(sparql)]
    assert len(rows) == 1 and to_rdflib(rows[0][0]) == value


# --- credentials ----------------------------------------------------------------------------


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_credentials_from_options_are_sent_and_never_shown() -> None:
    with scripted_server(Reply(200, RESULTS)) as (url, seen):
        endpoint = Endpoint(f"{url}/query", user="alice", password="s3cr3t-pw")
        assert endpoint.select("SELECT ?x WHERE {}")[1] == [(Literal("ok"),)]
    assert seen.requests[0][2]["Authorization"] == _basic("alice", "s3cr3t-pw")
    assert "s3cr3t-pw" not in repr(endpoint) and "alice" not in repr(endpoint)


def test_credentials_in_the_url_are_used_and_stripped_from_messages() -> None:
    with scripted_server(Reply(401, b"no")) as (url, seen):
        netloc = urllib.parse.urlsplit(url).netloc
        endpoint = Endpoint(f"http://bob:pa%40ss@{netloc}/query")
        with pytest.raises(RemoteError) as error:
            endpoint.select("SELECT ?x WHERE {}")
    message = one_line(error)
    assert f"{url}/query: 401 Unauthorized" in message and "pa@ss" not in message
    assert "bob" not in message and error.value.exit_code == 4
    assert seen.requests[0][2]["Authorization"] == _basic("bob", "pa@ss")
    assert len(seen) == 1  # 401 is not retried


def test_credentials_from_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BHYT_KG_USER", "carol")
    monkeypatch.setenv("BHYT_KG_PASSWORD", "env-pw")
    with scripted_server(Reply(204)) as (url, seen):
        assert Endpoint(f"{url}/query").update("CLEAR SILENT GRAPH <http://ex/g>") == 0
    method, path, headers, body = seen.requests[0]
    assert (method, path) == ("POST", "/update")  # /query -> /update, as on Oxigraph
    assert headers["Authorization"] == _basic("carol", "env-pw")
    sent = urllib.parse.parse_qs(body.decode())
    assert sent == {"update": ["CLEAR SILENT GRAPH <http://ex/g>"]}


def test_credentials_from_netrc_for_the_host(tmp_path: Path) -> None:
    netrc_file = tmp_path / "netrc"
    netrc_file.write_text("machine other.example login x password y\n"
                          "machine 127.0.0.1 login dave password netrc-pw\n")
    with scripted_server(Reply(200, RESULTS)) as (url, seen):
        Endpoint(f"{url}/query", netrc_file=netrc_file).select("SELECT ?x WHERE {}")
    assert seen.requests[0][2]["Authorization"] == _basic("dave", "netrc-pw")


def test_credentials_from_the_home_netrc(tmp_path: Path) -> None:
    home_netrc = tmp_path / ".netrc"  # HOME is tmp_path (no_user_credentials)
    home_netrc.write_text("machine 127.0.0.1 login erin password home-pw\n")
    home_netrc.chmod(0o600)  # netrc refuses a password file others can read
    with scripted_server(Reply(204)) as (url, seen):
        Endpoint(f"{url}/sparql").update("CLEAR DEFAULT")
    assert seen.requests[0][1] == "/sparql"  # Virtuoso-style: one URL for both
    assert seen.requests[0][2]["Authorization"] == _basic("erin", "home-pw")


def test_a_broken_netrc_is_named(tmp_path: Path) -> None:
    netrc_file = tmp_path / "netrc"
    netrc_file.write_text("machine\n")
    with pytest.raises(RemoteError) as error:
        Endpoint("http://127.0.0.1:9/query", netrc_file=netrc_file)
    assert str(netrc_file) in one_line(error)


def test_a_url_that_is_not_http_is_refused() -> None:
    with pytest.raises(RemoteError) as error:
        Endpoint("ftp://user:pw@127.0.0.1/sparql")
    assert "not an http(s) URL" in one_line(error) and "pw" not in str(error.value)


# --- failures: one line each, bounded retries -----------------------------------------------


def test_refused_connection() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(RemoteError) as error:
        Endpoint(url, retries=2, backoff=0).select("SELECT * WHERE {}")
    assert one_line(error).startswith(f"{url}: connection refused after 3 attempts")


def test_dns_failure() -> None:
    url = "http://bhyt-kg-test.invalid/query"
    with pytest.raises(RemoteError) as error:
        Endpoint(url, retries=2, backoff=0).select("SELECT * WHERE {}")
    assert one_line(error).startswith(f"{url}: cannot resolve host 'bhyt-kg-test.invalid'")


def test_timeout_when_the_server_never_answers() -> None:
    with silent_server() as url:
        with pytest.raises(RemoteError) as error:
            Endpoint(f"{url}/query", timeout=0.3, retries=1, backoff=0).select(
                "SELECT * WHERE {}")
    assert one_line(error).startswith(f"{url}/query: no answer within 0.3 s after 2 attempts")


def test_a_500_then_success_is_retried() -> None:
    with scripted_server(Reply(500, b"busy"), Reply(200, RESULTS)) as (url, seen):
        endpoint = Endpoint(f"{url}/query", retries=3, backoff=0.01)
        assert endpoint.select("SELECT ?x WHERE {}") == (["x"], [(Literal("ok"),)])
    assert len(seen) == 2
    with scripted_server(Reply(503), Reply(502), Reply(204)) as (url, seen):
        assert Endpoint(f"{url}/query", backoff=0.01).update("CLEAR DEFAULT") == 2
    assert len(seen) == 3


def test_a_server_that_keeps_failing_is_given_up_on() -> None:
    with scripted_server(Reply(500, b"Internal error:\nstack trace")) as (url, seen):
        with pytest.raises(RemoteError) as error:
            Endpoint(f"{url}/query", retries=2, backoff=0).update("CLEAR DEFAULT")
    assert len(seen) == 3
    assert one_line(error).startswith(
        f"{url}/update: HTTP 500 after 3 attempts: Internal error: stack trace")


@pytest.mark.parametrize(("status", "expected"), [
    (401, "401 Unauthorized"), (403, "403 Forbidden"), (404, "404 Not Found")])
def test_refusals_are_not_retried(status: int, expected: str) -> None:
    with scripted_server(Reply(status, b"no")) as (url, seen):
        endpoint = Endpoint(f"{url}/query", backoff=0)
        for call in (lambda: endpoint.select("SELECT * WHERE {}"),
                     lambda: endpoint.update("CLEAR DEFAULT")):
            with pytest.raises(RemoteError) as error:
                call()
            assert expected in one_line(error)
    assert len(seen) == 2


def test_a_server_that_closes_mid_response() -> None:
    with hangup_server() as (url, connections):
        with pytest.raises(RemoteError) as error:
            Endpoint(f"{url}/query", retries=1, backoff=0).select("SELECT ?x WHERE {}")
    assert "closed the connection mid-response after 2 attempts" in one_line(error)
    assert len(connections) == 2


@pytest.mark.parametrize("reply", [
    Reply(200, b"<html><body>Welcome\n to nginx</body></html>", "text/html"),
    Reply(200, b'{"message": "hello"}', "application/json"),
    Reply(200, b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": 3}]}}'),
    Reply(200, b"\xff\xfe garbage"),
])
def test_an_answer_that_is_not_sparql_results(reply: Reply) -> None:
    with scripted_server(reply) as (url, _):
        with pytest.raises(RemoteError) as error:
            Endpoint(f"{url}/query").select("SELECT ?x WHERE {}")
    assert one_line(error).startswith(f"{url}/query did not answer with SPARQL JSON results")
