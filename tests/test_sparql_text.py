"""Issue 5: the bound form of a query (an IRI written into its patterns) answers what the
listing answers for that IRI, on every canned query, and is refused where it cannot be written."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from bhyt_kg.queries import list_queries, load_query, run
from bhyt_kg.sparql_text import inline_bindings, parses, unwrap_plain_subselects

DOC = URIRef("http://ex/doc/1")


def test_the_bound_form_writes_the_iri_into_patterns_and_keeps_the_column() -> None:
    sparql = ("SELECT ?document ?label WHERE {\n  ?document a <http://ex/Doc> .\n"
              "  OPTIONAL { SELECT ?document (MIN(?l) AS ?label) WHERE {"
              " ?document <http://ex/label> ?l } GROUP BY ?document }\n} ORDER BY STR(?document)")
    bound = inline_bindings(sparql, {"document": DOC})
    assert bound is not None and parses(bound)
    assert bound.startswith("SELECT (<http://ex/doc/1> AS ?document) ?label WHERE")
    assert "<http://ex/doc/1> a <http://ex/Doc>" in bound
    # the sub-SELECT no longer projects it, and groups by the constant
    assert "SELECT  (MIN(?l) AS ?label)" in bound and "GROUP BY (<http://ex/doc/1>)" in bound
    assert "?document" not in bound.split("AS ?document)", 1)[1]


@pytest.mark.parametrize("sparql", [
    "SELECT ?document WHERE { ?s ?p ?o BIND(?s AS ?document) }",   # assigned
    "SELECT ?document WHERE { VALUES ?document { <http://ex/a> } ?document ?p ?o }",  # listed
    "SELECT * WHERE { ?document ?p ?o }",                           # hidden by *
    "SELECT ?p WHERE { ?document ?p ?o }",                          # not projected
])
def test_no_bound_form_where_the_text_does_not_allow_it(sparql: str) -> None:
    assert inline_bindings(sparql, {"document": DOC}) is None


def test_literals_are_never_inlined() -> None:
    assert inline_bindings("SELECT ?n WHERE { ?d <http://ex/n> ?n }", {"n": Literal("7")}) is None


def test_iris_inside_strings_iris_and_comments_are_left_alone() -> None:
    sparql = ('SELECT ?document ?x WHERE { ?document <http://ex/p?document> ?x # ?document\n'
              '  FILTER(?x != "?document") }')
    bound = inline_bindings(sparql, {"document": DOC})
    assert bound is not None and parses(bound)
    assert "<http://ex/p?document>" in bound and "# ?document" in bound and '"?document"' in bound


def test_a_plain_sub_select_is_its_patterns() -> None:
    sparql = "SELECT ?a ?b WHERE { { SELECT ?a ?b WHERE { ?a <http://ex/p> ?b . } } }"
    assert unwrap_plain_subselects(sparql) == "SELECT ?a ?b WHERE { { ?a <http://ex/p> ?b . } }"


@pytest.mark.parametrize("sparql", [
    # hides a variable: unwrapping would join it with the outer ?c
    "SELECT ?a WHERE { ?c <http://ex/q> ?a { SELECT ?a WHERE { ?a <http://ex/p> ?c } } }",
    # has a modifier
    "SELECT ?a WHERE { { SELECT ?a WHERE { ?a <http://ex/p> ?b } LIMIT 1 } }",
    "SELECT ?a WHERE { { SELECT DISTINCT ?a ?b WHERE { ?a <http://ex/p> ?b } } }",
])
def test_a_sub_select_that_changes_its_patterns_stays(sparql: str) -> None:
    assert unwrap_plain_subselects(sparql) == sparql


def _document_queries() -> list[str]:
    return [name for name, _ in list_queries() if "?document" in load_query(name)
            and "document" in run_columns(name)]


def run_columns(name: str) -> list[str]:
    from bhyt_kg.queries import query_columns
    return query_columns(load_query(name))


def test_every_document_query_has_a_bound_form() -> None:
    names = _document_queries()
    assert {"trace-documents", "trace-implementers", "trace-outcomes", "directives",
            "implementers", "directive-outcomes"} <= set(names)
    for name in names:
        bound = inline_bindings(load_query(name), {"document": DOC})
        assert bound is not None and parses(bound), name


def test_a_bound_query_answers_the_listings_rows_for_that_document(seed_kg) -> None:
    """On the seed graph, for every canned query with a document column and every document:
    the bound form's rows are exactly the listing's rows of that document."""
    kg, _ = seed_kg
    documents = sorted({r["document"] for r in run(kg, "trace-documents").records()})
    assert len(documents) >= 4
    for name in _document_queries():
        listing = run(kg, name)
        at = listing.columns.index("document")
        for document in documents:
            bound = run(kg, name, {"document": URIRef(str(document))})
            assert bound.columns == listing.columns
            expected = sorted((r for r in listing.rows if r[at] == document), key=repr)
            assert sorted(bound.rows, key=repr) == expected, (name, document)
