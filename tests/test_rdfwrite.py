"""The streaming Turtle, TriG and JSON-LD writers: what other tools read back.

The store's round trips (tests/test_store.py) read exports with the project's own loader; these
tests read them with rdflib's parsers too, as Protégé, R or pandas users' tools would, and pin
the choices that make the output portable (names with awkward local parts written in full).
"""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from bhyt_kg import rdfwrite
from bhyt_kg.store import KnowledgeGraph

EX = Namespace("http://example.org/ns#")
PREFIXES = {"ex": "http://example.org/ns#", "rdfs": str(RDFS), "xsd": str(XSD)}
AWKWARD = ["a/b", "1st", "ends.", "x(y)", "", "tên-việt", "a%20b", "q?x=1"]


def awkward_graph() -> Graph:
    g = Graph()
    for i, local in enumerate(AWKWARD):
        g.add((URIRef(EX + local), RDF.type, EX.Thing))
        g.add((EX.hub, EX.points, URIRef(EX + local)))
        g.add((URIRef(EX + local), RDFS.label, Literal(f"tên {i}", lang="vi")))
    g.add((EX.hub, EX.when, Literal("2023-12-31", datatype=XSD.date)))
    g.add((EX.hub, EX.note, Literal('"quoted" \\ and\ttab\nline')))
    g.add((EX.hub, EX.part, BNode("n1")))
    g.add((BNode("n1"), EX.value, Literal("96.36", datatype=XSD.decimal)))
    return g


def nt_lines(graph: Graph) -> list[str]:
    """The graph as N-Triples lines written by pyoxigraph (as the store writes them)."""
    parsed = ox.parse(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    return [f"{t} .\n" for t in parsed]


def turtle(graph: Graph, prefixes: dict[str, str] = PREFIXES, chunk: int = 100_000) -> str:
    out = io.StringIO()
    rdfwrite.write_turtle(out, rdfwrite.sorted_texts(nt_lines(graph), chunk), prefixes)
    return out.getvalue()


def test_rdflib_reads_the_turtle_back() -> None:
    g = awkward_graph()
    assert isomorphic(Graph().parse(data=turtle(g), format="turtle"), g)


def test_local_names_that_need_escapes_are_written_in_full() -> None:
    text = turtle(awkward_graph())
    for local in AWKWARD:
        if local:
            assert f"<http://example.org/ns#{local}>" in text
    assert "ex:Thing" in text and "\\/" not in text  # simple names still abbreviated


def test_rdf_type_comes_first_as_a() -> None:
    text = turtle(awkward_graph())
    block = next(b for b in text.split(" .\n") if b.startswith("<http://example.org/ns#a/b>"))
    assert block.split(" ", 2)[1] == "a"


def test_prefix_lines_are_sorted_whatever_the_mapping_order() -> None:
    reverse = dict(reversed(list(PREFIXES.items())))
    assert turtle(awkward_graph(), reverse) == turtle(awkward_graph())
    heads = [line for line in turtle(awkward_graph()).splitlines() if line.startswith("@prefix")]
    assert heads == sorted(heads) and len(heads) == len(PREFIXES)


def two_graph_store() -> KnowledgeGraph:
    kg = KnowledgeGraph.memory()
    kg.replace_article("b", awkward_graph())
    kg.replace_article("a", Graph().parse(data="<http://example.org/ns#x> "
                                          "<http://example.org/ns#y> 'z' .", format="turtle"))
    return kg


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("jsonld", "json-ld")])
def test_rdflib_reads_the_named_graphs_back(fmt: str, rdflib_format: str) -> None:
    kg = two_graph_store()
    back = Dataset()
    back.parse(data=kg.serialise(fmt), format=rdflib_format)
    graphs = {str(g.identifier): g for g in back.graphs() if len(g)}
    for article in ("a", "b"):
        name = next(n for n in graphs if n.endswith(f"/article/{article}"))
        assert isomorphic(graphs[name], kg.article_graph(article))


def test_trig_writes_each_graph_once_in_name_order() -> None:
    text = two_graph_store().serialise("trig").decode()
    opened = [line for line in text.splitlines() if line.endswith("{")]
    assert len(opened) == 2 and opened == sorted(opened)


def test_jsonld_is_one_document_with_the_prefixes_as_context() -> None:
    doc = json.loads(two_graph_store().serialise("jsonld"))
    assert doc["@context"]["bhyt"] == "https://w3id.org/bhyt-kg/ontology#"
    assert {node["@id"].rsplit("/", 1)[-1] for node in doc["@graph"]} == {"a", "b"}


def test_the_same_store_filled_in_another_order_gives_the_same_bytes() -> None:
    one, other = two_graph_store(), KnowledgeGraph.memory()
    other.replace_article("a", Graph().parse(data="<http://example.org/ns#x> "
                                             "<http://example.org/ns#y> 'z' .", format="turtle"))
    # blank nodes get new labels when loaded (the pipeline mints none), so they are left out
    named_only = Graph()
    for t in awkward_graph():
        if not any(isinstance(x, BNode) for x in t):
            named_only.add(t)
    one.replace_article("b", named_only)
    triples = sorted(one.article_graph("b"), key=str, reverse=True)
    reversed_graph = Graph()
    for t in triples:
        reversed_graph.add(t)
    other.replace_article("b", reversed_graph)
    for fmt in ("ttl", "trig", "jsonld"):
        assert one.serialise(fmt) == other.serialise(fmt), fmt


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 1000])
def test_sorted_texts_spills_and_merges_to_the_sorted_order(chunk: int) -> None:
    texts = [f"dòng {i % 13}\nthứ {i}\t\"x\"" for i in range(40)] + ["", "\\", "z"]
    assert list(rdfwrite.sorted_texts(reversed(texts), chunk)) == sorted(texts)


def test_turtle_is_the_same_whatever_the_memory_chunk() -> None:
    assert turtle(awkward_graph(), chunk=2) == turtle(awkward_graph())


def test_each_subject_is_one_statement() -> None:
    text = turtle(awkward_graph())
    statements = [line for line in text.splitlines() if line and not line[0].isspace()
                  and not line.startswith("@prefix")]
    assert len(statements) == len(set(awkward_graph().subjects()))


@pytest.mark.parametrize("text", ['"plain"', '"tagged"@vi', '"a \\"quoted\\" ^^<x>"',
                                  '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'])
def test_literal_tokens_keep_their_value(text: str) -> None:
    line = f"<http://example.org/ns#s> <http://example.org/ns#p> {text} .\n"
    out = io.StringIO()
    rdfwrite.write_turtle(out, [line], PREFIXES)
    back = Graph().parse(data=out.getvalue(), format="turtle")
    assert isomorphic(back, Graph().parse(data=line, format="nt"))


def test_an_xsd_string_is_written_as_the_plain_literal_it_is_in_rdf_1_1() -> None:
    out = io.StringIO()
    rdfwrite.write_turtle(out, ['<http://example.org/ns#s> <http://example.org/ns#p> '
                               '"s"^^<http://www.w3.org/2001/XMLSchema#string> .\n'], PREFIXES)
    assert out.getvalue().endswith('ex:s ex:p "s" .\n')
