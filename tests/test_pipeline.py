"""pipeline.build: determinism, evidence offsets, replacement, and one bad article among good ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ARTICLES, ROOT, SEEDS, make_corpus

from bhyt_kg import queries
from bhyt_kg.pipeline import build
from bhyt_kg.store import KnowledgeGraph

EVIDENCE = """
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX bhyt: <https://w3id.org/bhyt-kg/ontology#>
SELECT ?file ?start ?end ?exact WHERE {
  ?e a bhyt:Evidence ; oa:hasSource ?a ; nif:beginIndex ?start ; nif:endIndex ?end ;
     nif:anchorOf ?exact .
  ?a bhyt:sourceFile ?file .
}
"""


FILES = """
PREFIX bhyt: <https://w3id.org/bhyt-kg/ontology#>
SELECT ?article ?file WHERE { ?article a bhyt:Article ; bhyt:sourceFile ?file . }
"""


@pytest.mark.parametrize("name", ["observations", "implementers", "directive-outcomes"])
def test_canned_queries_give_each_sentence_with_offsets_that_cite_it(seed_kg, name: str) -> None:
    kg, _ = seed_kg
    _, files = kg.select(FILES)
    file_of = {str(article): str(file) for article, file in files}
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS}
    table = queries.run(kg, name)
    rows = table.records()
    cited = [r for r in rows if r["evidence"] is not None]
    assert len(cited) >= 5 and len(cited) == len(rows)
    for row in cited:
        text = texts[file_of[str(row["article"])]]
        assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]


def test_same_corpus_gives_byte_identical_sorted_nquads(seed_kg, tmp_path: Path) -> None:
    kg, _ = seed_kg
    again = KnowledgeGraph.open(tmp_path / "store")
    build([ARTICLES], again)
    assert again.dump_nquads() == kg.dump_nquads()
    again.close()


def test_every_evidence_span_is_the_quoted_sentence_of_the_original_file(seed_kg) -> None:
    kg, _ = seed_kg
    _, rows = kg.select(EVIDENCE)
    assert len(rows) > 50
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS}
    for file, start, end, exact in rows:
        assert texts[str(file)][int(start) : int(end)] == str(exact)


def test_every_fact_has_evidence(seed_kg) -> None:
    kg, _ = seed_kg
    _, rows = kg.select("""
        PREFIX bhyt: <https://w3id.org/bhyt-kg/ontology#>
        SELECT ?s WHERE {
          VALUES ?class { bhyt:PolicyDocument bhyt:Organisation bhyt:Person bhyt:Meeting
                          bhyt:Activity bhyt:Observation bhyt:ImplementationClaim bhyt:OutcomeClaim }
          ?s a ?class .
          FILTER NOT EXISTS { ?s bhyt:hasEvidence ?e }
        }""")
    assert rows == []


def test_rebuilding_a_changed_corpus_replaces_and_drops_article_graphs(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", SEEDS[:3])
    kg = KnowledgeGraph.memory()
    first = build([corpus], kg)
    assert len(first.built) == 3
    before = len(kg)
    (corpus / SEEDS[2].name).unlink()
    second = build([corpus], kg)
    assert second.removed == ["002-c3684f558fdc71ff"]
    assert sorted(kg.article_ids()) == ["000-d2b5e8619a2c91c8", "001-f753e4b803fa250f"]
    build([corpus], kg)
    assert len(kg) < before
    assert kg.dump_nquads() == build_fresh(corpus)


def build_fresh(corpus: Path) -> str:
    kg = KnowledgeGraph.memory()
    build([corpus], kg)
    return kg.dump_nquads()


def test_one_undecodable_article_is_skipped_and_keeps_its_previous_graph(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", SEEDS[:2])
    kg = KnowledgeGraph.memory()
    build([corpus], kg)
    (corpus / SEEDS[1].name).write_bytes(b"\xff\xfe\x00garbage" * 3 + b"\xc3")
    summary = build([corpus], kg)
    assert summary.built == [] and summary.unchanged == ["000-d2b5e8619a2c91c8"]
    assert len(summary.skipped) == 1 and SEEDS[1].name in summary.skipped[0].path
    assert "001-f753e4b803fa250f" in kg.article_ids()


def test_parallel_extraction_gives_the_same_graph(seed_kg) -> None:
    kg, _ = seed_kg
    parallel = KnowledgeGraph.memory()
    summary = build([ARTICLES], parallel, jobs=2)
    assert len(summary.built) == 5
    assert parallel.dump_nquads() == kg.dump_nquads()


def test_incremental_build_reextracts_only_changed_articles(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", SEEDS[:3])
    kg = KnowledgeGraph.memory()
    build([corpus], kg)
    before = kg.dump_nquads()
    again = build([corpus], kg)
    assert again.built == [] and len(again.unchanged) == 3
    assert kg.dump_nquads() == before
    changed = corpus / SEEDS[1].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("217.536", "217.999"), encoding="utf-8")
    third = build([corpus], kg)
    assert [b.article_id for b in third.built] == ["001-f753e4b803fa250f"]
    assert sorted(third.unchanged) == ["000-d2b5e8619a2c91c8", "002-c3684f558fdc71ff"]
    assert "217999" in kg.dump_nquads() and '"217536"' not in kg.dump_nquads()
    full = build([corpus], kg, full=True)
    assert len(full.built) == 3 and full.unchanged == []


def test_a_duplicate_file_is_a_second_source_of_one_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS[3], corpus / "a.txt")
    shutil.copy(SEEDS[3], corpus / "bản sao.txt")
    kg = KnowledgeGraph.memory()
    summary = build([corpus], kg)
    assert [b.path for b in summary.built] == ["a.txt"] and summary.skipped == []
    assert len(summary.duplicates) == 1
    _, rows = kg.select(
        "SELECT ?f WHERE { ?a <https://w3id.org/bhyt-kg/ontology#sourceFile> ?f } ORDER BY ?f")
    assert [str(r[0]) for r in rows] == ["a.txt", "bản sao.txt"]


def test_an_unreadable_subdirectory_does_not_drop_its_articles_graphs(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    shutil.copy(SEEDS[0], corpus / "sub" / SEEDS[0].name)
    shutil.copy(SEEDS[3], corpus / SEEDS[3].name)
    kg = KnowledgeGraph.memory()
    build([corpus], kg)
    assert len(kg.article_ids()) == 2
    import bhyt_kg.pipeline as pipeline

    real = pipeline.discover

    def hiding(paths):
        sources, problems = real(paths)
        return [s for s in sources if "sub" not in s.relative], problems + [(corpus / "sub", "Permission denied")]

    monkeypatch.setattr(pipeline, "discover", hiding)
    summary = build([corpus], kg)
    assert summary.removed == [] and len(kg.article_ids()) == 2
    assert any("Permission denied" in s.reason for s in summary.skipped)


def test_a_build_killed_half_way_leaves_a_usable_store_and_the_next_build_completes(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "data" / "dev" / "articles", corpus)
    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bhyt_kg", "build", str(corpus), "--store", str(store), "-j", "1"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (store.exists() and any(store.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.5)  # let it store some articles, not all
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    kg = KnowledgeGraph.open(store)  # opens: no lock left behind, no corruption
    partial = len(kg.article_ids())
    summary = build([corpus], kg)
    assert summary.skipped == []
    assert len(summary.built) + len(summary.unchanged) == 30
    assert len(summary.unchanged) == partial
    assert kg.dump_nquads() == build_fresh(corpus)
    kg.close()


def test_small_batches_give_the_same_graph(seed_kg, monkeypatch) -> None:
    kg, _ = seed_kg
    monkeypatch.setattr("bhyt_kg.pipeline.BATCH", 2)  # 5 articles: three transactions
    batched = KnowledgeGraph.memory()
    build([ARTICLES], batched)
    assert batched.dump_nquads() == kg.dump_nquads()
    assert batched.dump_ntriples() == kg.dump_ntriples()  # the union graph too


def test_build_validates_the_store_and_names_the_article_of_a_violation(monkeypatch) -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from bhyt_kg import pipeline

    rate = URIRef("https://w3id.org/bhyt-kg/code/indicator/coverage_rate")
    value = URIRef("http://purl.org/linked-data/sdmx/2009/measure#obsValue")
    indicator = URIRef("https://w3id.org/bhyt-kg/ontology#indicator")

    def misread(extraction):  # an extractor bug: every coverage rate read as 194
        found = list(mapping_triples(extraction))
        rates = {s for s, p, o in found if p == indicator and o == rate}
        bad = Literal("194", datatype=XSD.decimal)
        return [(s, p, bad if s in rates and p == value else o) for s, p, o in found]

    mapping_triples = pipeline.triples
    monkeypatch.setattr(pipeline, "triples", misread)
    kg = KnowledgeGraph.memory()
    summary = build([ARTICLES], kg)
    assert not summary.conforms
    files = {where for where, _ in summary.violations}
    assert files and files <= {p.name for p in SEEDS}  # each names the article it came from
    assert all("between 0 and 100" in r.message for _, r in summary.violations)
    assert summary.warnings >= 2  # two seeds carry no publication date
    again = build([ARTICLES], kg)  # nothing changed: nothing to validate again
    assert again.report is None and again.conforms


def test_build_without_check_does_not_validate() -> None:
    summary = build([ARTICLES], KnowledgeGraph.memory(), check=False)
    assert summary.report is None and len(summary.built) == 5


def test_a_write_cut_short_is_repaired_when_the_store_is_next_opened(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", SEEDS)
    store = tmp_path / "store"
    with KnowledgeGraph.open(store) as kg:
        build([corpus], kg)
        victim = kg.article_ids()[1]
        graph = kg.article_graph(victim)
    # What a crash during a bulk write leaves: the journal, and a partial article graph.
    from bhyt_kg.ns import article_graph

    with KnowledgeGraph.open(store) as kg:
        kg.remove_article(victim)
        half = list(graph)[: len(graph) // 2]
        kg.store.extend(to_quads(half, str(article_graph(victim))))
    (store / "bhyt-kg-writing.txt").write_text(str(article_graph(victim)), encoding="utf-8")
    with KnowledgeGraph.open(store) as kg:  # repaired on opening
        assert victim not in kg.article_ids()
        assert not (store / "bhyt-kg-writing.txt").exists()
        summary = build([corpus], kg)
        assert [b.article_id for b in summary.built] == [victim]
        assert kg.dump_nquads() == build_fresh(corpus)
        assert kg.dump_ntriples() == fresh_union(corpus)


def to_quads(triples: list, graph: str) -> list:
    import pyoxigraph as ox

    from bhyt_kg.store import to_oxigraph

    return [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(graph))
            for s, p, o in triples]


def fresh_union(corpus: Path) -> str:
    kg = KnowledgeGraph.memory()
    build([corpus], kg)
    return kg.dump_ntriples()


def test_full_build_starts_from_an_empty_store(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", SEEDS[:2])
    store = tmp_path / "store"
    with KnowledgeGraph.open(store) as kg:
        build([corpus], kg, check=False)
        first = kg.dump_nquads()
    (corpus / SEEDS[1].name).unlink()
    with KnowledgeGraph.open(store) as kg:
        summary = build([corpus], kg, full=True)
        assert [b.article_id for b in summary.built] == ["000-d2b5e8619a2c91c8"]
        assert summary.removed == ["001-f753e4b803fa250f"] and summary.conforms
        assert kg.article_ids() == ["000-d2b5e8619a2c91c8"]
        kept = kg.dump_nquads()
    # the same graph as a first build of that corpus, and none of the removed article's triples
    assert kept == build_fresh(corpus) and kept != first
    assert "001-f753e4b803fa250f" not in kept


def test_a_remembered_summary_follows_every_rebuild(tmp_path: Path) -> None:
    # the build computes the summary and leaves it remembered in the store (`query summary`
    # then reads a file); a rebuild that drops an article must never serve the old counts
    corpus = make_corpus(tmp_path / "corpus", SEEDS[:3])
    store = tmp_path / "store"
    with KnowledgeGraph.open(store) as kg:
        first = build([corpus], kg, check=False)
        assert list((store / "bhyt-kg-answers").glob("*.tsv"))
        assert dict(queries.run(kg, "summary").rows)["articles"] == 3 == first.entities["articles"]
        (corpus / SEEDS[2].name).unlink()
        second = build([corpus], kg, check=False)
        assert second.entities["articles"] == 2
        assert dict(queries.run(kg, "summary").rows) == second.entities
        assert queries.run(kg, "summary").rows == tuple(
            (k, v) for k, v in sorted(second.entities.items()))
