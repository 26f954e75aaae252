"""A document's issuer that the article only implies is cited, but not as a body it names.

"Nghị quyết số 28-NQ/TW" tells who issued it (the Party Central Committee) without naming it: the
graph still says who passed the document (eli:passed_by) and cites the sentence it read that from
with bhyt:inferredFrom, while bhyt:hasEvidence stays for sentences that name a body. So the
evaluation (eval-organisations) lists only bodies the article names, both validators accept the
graph, and the organisations query still counts the article for the implied body.

Every sentence is invented.
"""

from __future__ import annotations

import datetime as dt

from extraction_cases import extract_text
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from bhyt_kg import pipeline, shapes
from bhyt_kg.mapping import to_graph
from bhyt_kg.ns import BHYT, ELI, NIF
from bhyt_kg.queries import run
from bhyt_kg.shacl_sparql import run_checks
from bhyt_kg.store import KnowledgeGraph

CENTRAL = "Ban Chấp hành Trung ương Đảng"
PRIME_MINISTER = "Thủ tướng Chính phủ"


def _graph(text: str) -> Graph:
    return to_graph(extract_text(text, dt.date(2023, 6, 1)))


def _store(graph: Graph) -> KnowledgeGraph:
    kg = KnowledgeGraph.memory()
    kg.load_ontology(pipeline.ontology_graph())
    kg.replace_article("t", graph)
    return kg


def _org(graph: Graph, label: str) -> URIRef:
    (node,) = {s for s, o in graph.subject_objects(RDFS.label) if str(o) == label}
    return node


def _named(kg: KnowledgeGraph) -> set[str]:
    return {r["label"] for r in run(kg, "eval-organisations").records()}


def test_an_issuer_read_from_the_symbol_is_inferred_not_named() -> None:
    text = ("Tin BHXH\n\nThực hiện Nghị quyết số 28-NQ/TW về cải cách chính sách BHXH, BHXH tỉnh "
            "Quảng Trị đã phát triển được 21.500 người tham gia BHXH tự nguyện.")
    graph = _graph(text)
    central = _org(graph, CENTRAL)
    assert (None, ELI.passed_by, central) in graph  # who issued it is still in the graph
    assert list(graph.objects(central, BHYT.hasEvidence)) == []
    (sentence,) = graph.objects(central, BHYT.inferredFrom)  # ... read from this sentence
    assert "28-NQ/TW" in str(graph.value(sentence, NIF.anchorOf))
    kg = _store(graph)
    assert CENTRAL not in _named(kg)
    assert "Bảo hiểm xã hội tỉnh Quảng Trị" in _named(kg)
    assert shapes.validate(kg.to_dataset()).conforms
    assert run_checks(kg.select).conforms
    articles = {r["label"]: r["articles"] for r in run(kg, "organisations").records()}
    assert articles[CENTRAL] == 1


def test_a_state_symbol_implies_its_issuer_too() -> None:
    text = ("Tin BHYT\n\nTheo Quyết định số 546/QĐ-TTg, năm 2022 tỉnh Hà Giang phấn đấu đạt tỷ lệ "
            "bao phủ BHYT 95%.")
    graph = _graph(text)
    prime_minister = _org(graph, PRIME_MINISTER)
    assert list(graph.objects(prime_minister, BHYT.hasEvidence)) == []
    assert list(graph.objects(prime_minister, BHYT.inferredFrom))
    assert PRIME_MINISTER not in _named(_store(graph))


def test_an_issuer_the_article_writes_is_named() -> None:
    for text in (
        "Tin BHYT\n\nThực hiện Chỉ thị số 38-CT/TW của Ban Bí thư, huyện Vĩnh Linh đã đạt tỷ lệ "
        "bao phủ BHYT 93,4%.",
        # the issuer written in another sentence of the article than the citation
        "Tin BHYT\n\nNăm 2009, Ban Bí thư ban hành Chỉ thị số 38-CT/TW về BHYT. Sau 10 năm thực "
        "hiện Chỉ thị 38-CT/TW, huyện Gio Linh đạt tỷ lệ bao phủ BHYT 94,1%.",
    ):
        graph = _graph(text)
        (issuer,) = set(graph.objects(None, ELI.passed_by))
        assert list(graph.objects(issuer, BHYT.hasEvidence)), text
        assert list(graph.objects(issuer, BHYT.inferredFrom)) == [], text
        kg = _store(graph)
        assert any(label.startswith("Ban") for label in _named(kg)), text
        assert run_checks(kg.select).conforms


def test_a_local_state_issuer_the_article_names_elsewhere_stays_named() -> None:
    # "34/KH-UBND" names no area: the People's Committee the article names is its issuer
    text = ("Tin BHYT\n\nUBND huyện Hải Lăng ban hành Kế hoạch số 34/KH-UBND về phát triển người "
            "tham gia BHYT. Thực hiện Kế hoạch 34/KH-UBND, đến nay toàn huyện có 78.000 người "
            "tham gia BHYT.")
    kg = _store(_graph(text))
    assert "Ủy ban nhân dân huyện Hải Lăng" in _named(kg)
