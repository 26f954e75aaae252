"""The store: loading, replacing articles, safe queries, atomic and deterministic export."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import IO

import pytest
from rdflib import BNode, Graph, Literal, Namespace
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, XSD

from bhyt_kg import queries
from bhyt_kg import store as store_module
from bhyt_kg.errors import GraphFileError, OutputError, QueryError, StoreError
from bhyt_kg.ns import ONTOLOGY_GRAPH, article_graph
from bhyt_kg.store import EXPORT_FORMATS, KnowledgeGraph, default_store_dir

DATA = Path(__file__).parent / "data"
EXAMPLE = DATA / "example.trig"
CODES = DATA / "codes-fixture.ttl"
EX = Namespace("https://example.org/t/")
HOSTILE = '"} ; DROP ALL ; {'


def example_kg() -> KnowledgeGraph:
    kg = KnowledgeGraph.from_file(EXAMPLE)
    kg.load_ontology(Graph().parse(CODES))
    return kg


def small_graph(label: str = "một") -> Graph:
    """A graph with every kind of term: IRIs, a blank node, plain, typed and tagged literals."""
    g = Graph()
    node = BNode("b1")
    g.add((EX.s, RDFS.label, Literal(label, lang="vi")))
    g.add((EX.s, EX["count"], Literal("94", datatype=XSD.integer)))
    g.add((EX.s, EX.when, Literal("2019-12-31", datatype=XSD.date)))
    g.add((EX.s, EX.note, Literal('with "quotes", a \\ and\na new line')))
    g.add((EX.s, EX.part, node))
    g.add((node, EX.value, Literal("94", datatype=XSD.decimal)))  # canonical: see below
    return g


# --- loading -----------------------------------------------------------------------------------


def test_from_file_loads_the_example_into_its_article_graph() -> None:
    kg = KnowledgeGraph.from_file(EXAMPLE)
    assert kg.article_ids() == ["ex-article"]
    assert len(kg) == len(kg.article_graph("ex-article")) > 100


def test_from_file_missing_file_is_named() -> None:
    with pytest.raises(GraphFileError, match="nope.trig: no such file"):
        KnowledgeGraph.from_file(DATA / "nope.trig")


def test_from_file_unknown_extension_lists_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "graph.rdfx"
    path.write_text("", encoding="utf-8")
    with pytest.raises(GraphFileError) as info:
        KnowledgeGraph.from_file(path)
    assert "graph.rdfx" in str(info.value)
    assert ".jsonld" in str(info.value) and ".trig" in str(info.value)


def test_parse_error_gives_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text('@prefix ex: <https://example.org/> .\n\nex:a ex:b "open string .\n',
                    encoding="utf-8")
    with pytest.raises(GraphFileError) as info:
        KnowledgeGraph.from_file(path)
    message = str(info.value)
    assert str(path) in message and "line 3" in message and "column" in message
    assert "\n" not in message


def test_jsonld_parse_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonld"
    path.write_text('{"@id": "https://example.org/a", ', encoding="utf-8")
    with pytest.raises(GraphFileError, match="bad.jsonld"):
        KnowledgeGraph.from_file(path)


# --- writing -----------------------------------------------------------------------------------


def test_terms_round_trip_through_an_article_graph() -> None:
    kg = KnowledgeGraph.memory()
    kg.replace_article("a1", small_graph())
    assert isomorphic(kg.article_graph("a1"), small_graph())


def test_replace_article_replaces_without_duplicates() -> None:
    kg = KnowledgeGraph.memory()
    kg.replace_article("a1", small_graph("một"))
    kg.replace_article("a2", small_graph("hai"))
    before = len(kg)
    kg.replace_article("a1", small_graph("một"))
    assert len(kg) == before
    kg.replace_article("a1", small_graph("ba"))
    labels = {str(row[0]) for row in kg.select(
        "SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")[1]}
    assert labels == {"ba", "hai"}
    assert isomorphic(kg.article_graph("a2"), small_graph("hai"))


def test_remove_article_drops_only_that_article() -> None:
    kg = KnowledgeGraph.memory()
    kg.replace_article("a1", small_graph())
    kg.replace_article("a2", small_graph())
    kg.remove_article("a1")
    kg.remove_article("never-there")
    assert kg.article_ids() == ["a2"]
    assert len(kg) == len(small_graph())


def test_replace_with_an_empty_graph_empties_the_article() -> None:
    kg = KnowledgeGraph.memory()
    kg.replace_article("a1", small_graph())
    kg.replace_article("a1", Graph())
    assert len(kg) == 0


def test_load_ontology_replaces_the_ontology_graph() -> None:
    kg = KnowledgeGraph.memory()
    kg.load_ontology(small_graph("cũ"))
    kg.load_ontology(Graph().parse(CODES))
    assert len(kg.to_dataset().graph(ONTOLOGY_GRAPH)) == len(Graph().parse(CODES))
    assert kg.article_ids() == []


# --- reading -----------------------------------------------------------------------------------


def test_select_sees_the_union_of_all_graphs() -> None:
    kg = example_kg()
    cols, rows = kg.select("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                           "SELECT ?n WHERE { <https://w3id.org/bhyt-kg/id/document/directive/"
                           "viet-nam/ban-bi-thu/38> ?p ?code . ?code skos:notation ?n }")
    assert cols == ["n"]
    assert [str(r[0]) for r in rows] == ["directive"]


def test_params_are_bound_as_terms_and_a_hostile_value_is_inert() -> None:
    kg = example_kg()
    size = len(kg)
    query = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT ?s ?label WHERE { ?s rdfs:label ?label }")
    cols, rows = kg.select(query, {"label": Literal(HOSTILE)})
    assert rows == []
    cols, rows = kg.select(query, {"?label": Literal("Ban Bí thư", lang="vi")})
    assert [str(r[0]) for r in rows] == ["https://w3id.org/bhyt-kg/id/org/viet-nam/ban-bi-thu"]
    cols, rows = kg.select("SELECT ?v WHERE {}", {"v": Literal(HOSTILE)})
    assert rows == [(Literal(HOSTILE),)]
    assert len(kg) == size


def test_sparql_syntax_error_reports_the_position() -> None:
    kg = KnowledgeGraph.memory()
    with pytest.raises(QueryError) as info:
        kg.select("SELECT ?s WHERE {\n  ?s ?p ?o \n  FILTR(?s)\n}")
    message = str(info.value)
    assert "line 3, column" in message and "\n" not in message


def test_an_update_is_not_a_query() -> None:
    kg = example_kg()
    with pytest.raises(QueryError):
        kg.select("DROP ALL")
    assert kg.article_ids() == ["ex-article"]


def test_service_is_refused_unless_allowed() -> None:
    kg = KnowledgeGraph.memory()
    with pytest.raises(QueryError, match="SERVICE"):
        kg.select("SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }")
    # the word inside a string, an IRI or a comment is not a SERVICE clause
    kg.select('SELECT * WHERE { BIND("SERVICE" AS ?x) } # SERVICE <x>')
    kg.select("SELECT * WHERE { <http://example.org/SERVICE> ?p ?o }")


def test_construct_returns_an_rdflib_graph() -> None:
    kg = example_kg()
    graph = kg.construct("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                         "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a <https://w3id.org/bhyt-kg/"
                         "ontology#Organisation> ; rdfs:label ?l }")
    assert isinstance(graph, Graph)
    assert Literal("Ban Bí thư", lang="vi") in set(graph.objects())
    with pytest.raises(QueryError):
        kg.construct("SELECT * WHERE { ?s ?p ?o }")


def test_to_dataset_keeps_named_graphs() -> None:
    kg = example_kg()
    dataset = kg.to_dataset()
    assert len(dataset.graph(article_graph("ex-article"))) == len(kg.article_graph("ex-article"))
    assert len(dataset.graph(ONTOLOGY_GRAPH)) == len(Graph().parse(CODES))


# --- export ------------------------------------------------------------------------------------


def two_article_kg() -> KnowledgeGraph:
    kg = example_kg()
    kg.replace_article("copy", kg.article_graph("ex-article"))  # same triples in two graphs
    kg.replace_article("terms", small_graph())
    return kg


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_round_trips(fmt: str, tmp_path: Path) -> None:
    kg = two_article_kg()
    kg.replace_article("terms", Graph())  # blank nodes get new labels on reload; compared below
    path = tmp_path / f"out.{fmt}"
    kg.export(path)
    back = KnowledgeGraph.from_file(path)
    if fmt in ("ttl", "nt"):
        assert back.dump_ntriples() == kg.dump_ntriples()
        assert back.article_ids() == []  # merged into one graph
    else:
        assert back.dump_nquads() == kg.dump_nquads()


@pytest.mark.parametrize("fmt", ["trig", "ttl", "jsonld"])
def test_export_keeps_blank_node_structure(fmt: str, tmp_path: Path) -> None:
    kg = KnowledgeGraph.memory()
    kg.replace_article("terms", small_graph())
    kg.export(tmp_path / f"out.{fmt}")
    back = KnowledgeGraph.from_file(tmp_path / f"out.{fmt}")
    assert isomorphic(back.union_graph(), small_graph())


def test_merged_formats_deduplicate_triples(tmp_path: Path) -> None:
    kg = two_article_kg()
    kg.export(tmp_path / "out.nt")
    lines = (tmp_path / "out.nt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(kg.union_graph())
    assert len(kg) > len(lines)  # the copy's quads collapsed


def test_sorted_nquads_are_byte_identical(tmp_path: Path) -> None:
    kg = example_kg()
    kg.export(tmp_path / "a.nq")
    kg.export(tmp_path / "b.nq")
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()
    # a store filled in another order gives the same bytes
    triples = list(kg.article_graph("ex-article"))
    random.Random(7).shuffle(triples)
    other = KnowledgeGraph.memory()
    other.load_ontology(Graph().parse(CODES))
    shuffled = Graph()
    for t in triples:
        shuffled.add(t)
    other.replace_article("ex-article", shuffled)
    other.export(tmp_path / "c.nq")
    assert (tmp_path / "c.nq").read_bytes() == (tmp_path / "a.nq").read_bytes()
    text = (tmp_path / "a.nq").read_text(encoding="utf-8").splitlines()
    assert text == sorted(text)


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld"])
def test_pretty_formats_are_deterministic(fmt: str, tmp_path: Path) -> None:
    example_kg().export(tmp_path / f"a.{fmt}")
    example_kg().export(tmp_path / f"b.{fmt}")
    assert (tmp_path / f"a.{fmt}").read_bytes() == (tmp_path / f"b.{fmt}").read_bytes()


def test_ttl_uses_the_project_prefixes(tmp_path: Path) -> None:
    example_kg().export(tmp_path / "out.ttl")
    text = (tmp_path / "out.ttl").read_text(encoding="utf-8")
    assert "@prefix bhyt: <https://w3id.org/bhyt-kg/ontology#> ." in text
    assert "bhyt:PolicyDocument" in text


def test_format_argument_overrides_the_extension(tmp_path: Path) -> None:
    kg = example_kg()
    kg.export(tmp_path / "graph.out", fmt="nq")
    assert (tmp_path / "graph.out").read_text(encoding="utf-8") == kg.dump_nquads()


def test_unknown_export_format_lists_known(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="known: ttl, trig, nq, nt, jsonld"):
        example_kg().export(tmp_path / "graph.xml")


def test_export_failure_leaves_the_previous_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kg.nq"
    target.write_text("OLD\n", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module.os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left on device"):
        example_kg().export(target)
    assert target.read_text(encoding="utf-8") == "OLD\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.nq"]  # no temp file left


def test_export_failure_while_serialising_leaves_the_previous_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kg.ttl"
    target.write_text("OLD\n", encoding="utf-8")

    def interrupted(self: KnowledgeGraph, out: IO[bytes], fmt: str) -> None:
        out.write(b"@prefix half: <written> .\n")  # part of the file is out already
        raise KeyboardInterrupt

    monkeypatch.setattr(KnowledgeGraph, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        example_kg().export(target)
    assert target.read_text(encoding="utf-8") == "OLD\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl"]


def test_export_into_a_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        example_kg().export(tmp_path / "missing" / "kg.nq")


# --- the persistent store ----------------------------------------------------------------------


def test_persistent_store_keeps_data_across_reopen(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    with KnowledgeGraph.open(directory) as kg:
        kg.replace_article("a1", small_graph())
        kg.load_ontology(Graph().parse(CODES))
    with KnowledgeGraph.open(directory) as kg:
        assert kg.article_ids() == ["a1"]
        assert isomorphic(kg.article_graph("a1"), small_graph())


def test_a_store_in_use_is_reported(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "store"):
        with pytest.raises(StoreError, match="in use"):
            KnowledgeGraph.open(tmp_path / "store")


def test_a_directory_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not a bhyt-kg store"):
        KnowledgeGraph.open(tmp_path)
    with pytest.raises(StoreError, match="it is a file"):
        KnowledgeGraph.open(tmp_path / "notes.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.close()
    with pytest.raises(StoreError, match="closed"):
        len(kg)


def test_default_store_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BHYT_KG_STORE", str(tmp_path / "here"))
    assert default_store_dir() == tmp_path / "here"
    monkeypatch.delenv("BHYT_KG_STORE")
    path = default_store_dir()
    assert path.name == "store" and "bhyt-kg" in str(path)


def test_add_file_puts_triples_in_a_named_graph(tmp_path: Path) -> None:
    kg = KnowledgeGraph.memory()
    kg.add_file(CODES, graph_name=ONTOLOGY_GRAPH)
    assert len(kg) == len(Graph().parse(CODES))
    assert kg.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")[1] == [(ONTOLOGY_GRAPH,)]


def test_unusual_blank_node_ids_are_kept_apart() -> None:
    g = Graph()
    g.add((BNode("a-b.c"), RDFS.label, Literal("x")))
    g.add((BNode("a_b_c"), RDFS.label, Literal("y")))
    kg = KnowledgeGraph.memory()
    kg.replace_article("a", g)
    assert len(kg) == 2
    assert isomorphic(kg.article_graph("a"), g)


def test_numeric_literals_are_stored_in_canonical_form() -> None:
    # Oxigraph keeps numbers and dates as values: "94.0"^^xsd:decimal is stored as "94".
    # Golden files and comparisons must therefore use canonical lexical forms.
    g = Graph()
    g.add((EX.s, EX.value, Literal("94.0", datatype=XSD.decimal)))
    g.add((EX.s, EX.rate, Literal("94.47", datatype=XSD.decimal)))
    kg = KnowledgeGraph.memory()
    kg.replace_article("terms", g)
    text = kg.dump_nquads()
    assert '"94"^^<http://www.w3.org/2001/XMLSchema#decimal>' in text
    assert '"94.47"^^<http://www.w3.org/2001/XMLSchema#decimal>' in text


def test_a_parameter_must_be_a_projected_variable() -> None:
    kg = example_kg()
    with pytest.raises(QueryError, match="cannot bind parameters"):
        kg.select("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal("x")})


# --- the union graph (oxigraph 0.5 returns a triple once per graph in its own union) ----------


def test_a_triple_shared_by_articles_is_seen_once() -> None:
    kg = KnowledgeGraph.memory()
    for i in range(30):
        kg.replace_article(f"a{i}", small_graph())
    query = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    assert len(kg.select(query)[1]) == 1
    # without deduplication this join would return 30**3 rows
    query = ("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l ; "
             "<https://example.org/t/count> ?c ; <https://example.org/t/when> ?w }")
    assert len(kg.select(query)[1]) == 1
    assert len(kg) == 30 * len(small_graph())


def test_the_union_follows_removals() -> None:
    kg = KnowledgeGraph.memory()
    kg.replace_article("a1", small_graph("một"))
    kg.replace_article("a2", small_graph("một"))
    query = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    kg.remove_article("a1")
    assert [str(r[0]) for r in kg.select(query)[1]] == ["một"]  # still held by a2
    kg.replace_article("a2", small_graph("hai"))
    assert [str(r[0]) for r in kg.select(query)[1]] == ["hai"]
    kg.remove_article("a2")
    assert kg.select("SELECT * WHERE { ?s ?p ?o }")[1] == []


def test_graph_patterns_see_only_real_graphs() -> None:
    kg = example_kg()
    cols, rows = kg.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [str(r[0]) for r in rows] == [str(article_graph("ex-article")), str(ONTOLOGY_GRAPH)]


def test_a_file_with_default_graph_triples_is_queryable(tmp_path: Path) -> None:
    kg = KnowledgeGraph.from_file(CODES)
    cols, rows = kg.select("SELECT (COUNT(*) AS ?n) WHERE { ?s "
                           "<http://www.w3.org/2004/02/skos/core#notation> ?n0 }")
    assert rows[0][0].toPython() > 10
    kg.export(tmp_path / "codes.trig")
    assert KnowledgeGraph.from_file(tmp_path / "codes.trig").dump_nquads() == kg.dump_nquads()


def test_an_export_gets_the_mode_an_ordinary_write_would_give(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        example_kg().export(tmp_path / "new.nq")
        assert (tmp_path / "new.nq").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
        kept = tmp_path / "kept.nq"
        kept.write_text("OLD\n", encoding="utf-8")
        kept.chmod(0o640)
        example_kg().export(kept)
        assert kept.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


# --- remembered answers -----------------------------------------------------------------------

LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label")


@pytest.mark.parametrize("on_disk", [True, False])
def test_a_remembered_answer_is_given_again_until_the_next_write(tmp_path: Path,
                                                                   on_disk: bool) -> None:
    kg = KnowledgeGraph.open(tmp_path / "store") if on_disk else KnowledgeGraph.memory()
    with kg:
        kg.replace_article("a1", small_graph("một"))
        first = kg.select(LABELS, remember=True)
        assert first == kg.select(LABELS)  # the same rows, terms and all, as a live query
        if on_disk:
            kept = list((tmp_path / "store" / "bhyt-kg-answers").glob("*.tsv"))
            assert len(kept) == 1
            # the second answer is read from the file: change the file, and the answer follows
            kept[0].write_bytes(kept[0].read_bytes().replace("một".encode(), "một!".encode()))
            assert {str(r[1]) for r in kg.select(LABELS, remember=True)[1]} == {"một!"}
        # every write forgets: a new article, a removal, the ontology, a clear
        for write in (lambda: kg.replace_article("a2", small_graph("hai")),
                      lambda: kg.remove_article("a2"),
                      lambda: kg.load_ontology(Graph().parse(CODES)),
                      lambda: kg.clear()):
            kg.select(LABELS, remember=True)
            write()
            assert kg.select(LABELS, remember=True) == kg.select(LABELS)
        kg.replace_article("a3", small_graph("ba"))
        if on_disk:
            assert not (tmp_path / "store" / "bhyt-kg-answers").exists()


def test_remembered_answers_are_kept_per_binding_and_the_store_stays_a_store(
        tmp_path: Path) -> None:
    directory = tmp_path / "store"
    with KnowledgeGraph.open(directory) as kg:
        kg.replace_article("a1", small_graph("một"))
        kg.replace_article("a2", small_graph("hai"))
        one = kg.select(LABELS, {"label": Literal("một", lang="vi")}, remember=True)
        two = kg.select(LABELS, {"label": Literal("hai", lang="vi")}, remember=True)
        assert [str(r[1]) for r in one[1]] == ["một"] and [str(r[1]) for r in two[1]] == ["hai"]
    with KnowledgeGraph.open(directory) as kg:  # the answers directory does not upset opening
        assert len(kg.select(LABELS, remember=True)[1]) == 2


def test_a_query_that_calls_a_service_is_never_remembered(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.replace_article("a1", small_graph())
        kg.select("SELECT ?x WHERE { VALUES ?x { 1 } }", allow_service=True, remember=True)
        assert not (tmp_path / "store" / "bhyt-kg-answers").exists()


def test_a_canned_query_told_not_to_remember_always_asks_the_engine(tmp_path: Path) -> None:
    # what a benchmark of the query itself needs (bench/run.py): a repeated run must not be a
    # file read
    query = tmp_path / "labels.rq"
    query.write_text(LABELS, encoding="utf-8")
    answers = tmp_path / "store" / "bhyt-kg-answers"
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.replace_article("a1", small_graph("một"))
        live = queries.run(kg, str(query), remember=False)
        assert not answers.exists()
        assert queries.run(kg, str(query)) == live  # remembered now
        (kept,) = answers.glob("*.tsv")
        kept.write_bytes(kept.read_bytes().replace("một".encode(), "một!".encode()))
        assert [row[1] for row in queries.run(kg, str(query)).rows] == ["một!"]
        assert [row[1] for row in queries.run(kg, str(query), remember=False).rows] == ["một"]
