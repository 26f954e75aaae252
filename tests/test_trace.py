"""Trace: resolving a document from what a user types, the trace graph, and its renderings."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from rdflib import Graph

from bhyt_kg.errors import TraceError
from bhyt_kg.store import KnowledgeGraph
from bhyt_kg import trace as trace_module
from bhyt_kg.trace import render, resolve_document, trace

DATA = Path(__file__).parent / "data"
DOC38 = "https://w3id.org/bhyt-kg/id/document/directive/viet-nam/ban-bi-thu/38"
PREFIXES = """
@prefix bhyt: <https://w3id.org/bhyt-kg/ontology#> .
@prefix id: <https://w3id.org/bhyt-kg/id/> .
@prefix code: <https://w3id.org/bhyt-kg/code/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .
@prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def district_directive(article: str, district: str, label: str, value: str) -> str:
    """An article about a district Huyện ủy's "Chỉ thị 07" (not from the seeds).

    The activity is linked to the document but to no body, and the outcome is attributed by a
    claim whose sentence contains a double quote (to test escaping).
    """
    doc = f"id:document\\/directive\\/{district}\\/huyen-uy\\/07"
    return PREFIXES + f"""
id:evidence\\/{article}\\/1 a bhyt:Evidence ; oa:hasSource id:article\\/{article} ;
    nif:anchorOf "Sau 3 năm thực hiện Chỉ thị số 07, tỷ lệ \\"bao phủ\\" BHYT đạt {value}%." .
id:place\\/{district} a bhyt:AdministrativeUnit ; rdfs:label "{label}"@vi .
id:org\\/{district}\\/huyen-uy a bhyt:Organisation ; rdfs:label "Huyện ủy {label}"@vi ;
    bhyt:area id:place\\/{district} .
{doc} a bhyt:PolicyDocument ; rdfs:label "Chỉ thị 07-CT/HU"@vi ;
    bhyt:documentKind code:document-kind\\/directive ; bhyt:documentNumber "07" ;
    eli:id_local "07-CT/HU" ; eli:passed_by id:org\\/{district}\\/huyen-uy .
id:activity\\/{article}\\/communication a bhyt:Activity ; rdfs:label "tuyên truyền"@vi ;
    bhyt:activityKind code:activity-kind\\/communication ; bhyt:implements {doc} ;
    bhyt:hasEvidence id:evidence\\/{article}\\/1 .
id:observation\\/{article}\\/rate a bhyt:Observation ;
    bhyt:indicator code:indicator\\/coverage_rate ;
    bhyt:insuranceScheme code:insurance-scheme\\/health_insurance ;
    sdmx-dimension:refArea id:place\\/{district} ; bhyt:refDate "2023-12-31"^^xsd:date ;
    sdmx-measure:obsValue {value} ; sdmx-attribute:unitMeasure code:unit\\/percent ;
    bhyt:isTarget false ; bhyt:hasEvidence id:evidence\\/{article}\\/1 .
id:claim\\/{article}\\/outcome a bhyt:OutcomeClaim ; bhyt:document {doc} ;
    bhyt:outcome id:observation\\/{article}\\/rate ; bhyt:hasEvidence id:evidence\\/{article}\\/1 .
{doc} bhyt:hasOutcome id:observation\\/{article}\\/rate .
"""


# A city People's Committee's plan with no implementers or outcomes recorded (not from the seeds).
PLAN = PREFIXES + """
id:place\\/tinh-an-giang\\/tp-long-xuyen a bhyt:AdministrativeUnit ;
    rdfs:label "thành phố Long Xuyên"@vi .
id:org\\/tinh-an-giang\\/tp-long-xuyen\\/ubnd a bhyt:Organisation ;
    rdfs:label "UBND thành phố Long Xuyên"@vi ; bhyt:area id:place\\/tinh-an-giang\\/tp-long-xuyen .
id:document\\/plan\\/tp-long-xuyen\\/ubnd\\/34 a bhyt:PolicyDocument ;
    rdfs:label "Kế hoạch 34/KH-UBND"@vi ; bhyt:documentKind code:document-kind\\/plan ;
    bhyt:documentNumber "34" ; eli:id_local "34/KH-UBND" ;
    eli:passed_by id:org\\/tinh-an-giang\\/tp-long-xuyen\\/ubnd .
"""


def example_kg() -> KnowledgeGraph:
    kg = KnowledgeGraph.from_file(DATA / "example.trig")
    kg.load_ontology(Graph().parse(DATA / "codes-fixture.ttl"))
    return kg


def two_sevens_kg() -> KnowledgeGraph:
    kg = example_kg()
    for article, district, label, value in (
            ("dh", "tinh-bac-lieu/huyen-dong-hai", "huyện Đông Hải", "94.5"),
            ("px", "tp-ha-noi/huyen-phu-xuyen", "huyện Phú Xuyên", "94.47")):
        turtle = district_directive(article, district.replace("/", "\\/"), label, value)
        kg.replace_article(article, Graph().parse(data=turtle, format="turtle"))
    return kg


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return example_kg()


@pytest.fixture(scope="module")
def sevens() -> KnowledgeGraph:
    return two_sevens_kg()


# --- resolving ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "38-CT/TW", "38-ct/tw", "Chỉ thị 38", "Chỉ thị 38-CT/TW", "chỉ thị số 38 của Ban Bí thư",
    "CHỈ THỊ 38", "CT 38", DOC38, f"<{DOC38}>", "  Chỉ thị   38 ",
    unicodedata.normalize("NFD", "Chỉ thị 38"),
])
def test_resolve_the_example_directive(text: str, kg: KnowledgeGraph) -> None:
    assert resolve_document(kg, text) == DOC38


@pytest.mark.parametrize("text", [
    "Chỉ thị 39", "Nghị quyết 38", "Chỉ thị 38 Đông Hải", "39-CT/TW", "Ban Bí thư",
    DOC38 + "-nope",
])
def test_nothing_matches(text: str, kg: KnowledgeGraph) -> None:
    with pytest.raises(TraceError):
        resolve_document(kg, text)


def test_empty_text_is_an_error(kg: KnowledgeGraph) -> None:
    with pytest.raises(TraceError, match="no document given"):
        resolve_document(kg, "   ")


def test_an_ambiguous_name_lists_the_candidates(sevens: KnowledgeGraph) -> None:
    for text in ("Chỉ thị 07", "07-CT/HU", "Chỉ thị số 7"):
        with pytest.raises(TraceError) as info:
            resolve_document(sevens, text)
        message = str(info.value)
        assert "2 documents" in message and "\n" not in message
        assert "Huyện ủy huyện Đông Hải" in message and "Huyện ủy huyện Phú Xuyên" in message
        assert "https://w3id.org/bhyt-kg/id/document/directive/tp-ha-noi/huyen-phu-xuyen/" \
               "huyen-uy/07" in message


@pytest.mark.parametrize(("text", "district"), [
    ("Chỉ thị 07 Đông Hải", "huyen-dong-hai"),
    ("chỉ thị số 7 của Huyện ủy Phú Xuyên", "huyen-phu-xuyen"),
    ("07-CT/HU Phú Xuyên", "huyen-phu-xuyen"),
    ("Chỉ thị 07 huyện Đông Hải", "huyen-dong-hai"),
])
def test_words_of_the_issuer_or_area_disambiguate(text: str, district: str,
                                                   sevens: KnowledgeGraph) -> None:
    assert f"/{district}/huyen-uy/07" in resolve_document(sevens, text)


def test_a_plan_by_city_and_number() -> None:
    kg = example_kg()
    kg.replace_article("second", Graph().parse(data=PLAN, format="turtle"))
    plan = "https://w3id.org/bhyt-kg/id/document/plan/tp-long-xuyen/ubnd/34"
    assert resolve_document(kg, "Kế hoạch 34 Long Xuyên") == plan
    assert resolve_document(kg, "34/KH-UBND") == plan
    with pytest.raises(TraceError):
        resolve_document(kg, "Kế hoạch 34 Đông Hải")


# --- the trace graph ---------------------------------------------------------------------


def test_trace_graph_of_the_example(kg: KnowledgeGraph) -> None:
    graph = trace(kg, DOC38)
    org = "https://w3id.org/bhyt-kg/id/org/tinh-bac-lieu/huyen-dong-hai/hoi-nong-dan"
    activity = "https://w3id.org/bhyt-kg/id/activity/ex-article/training-hoi-nong-dan"
    outcome = ("https://w3id.org/bhyt-kg/id/observation/ex-article/health_insurance/"
               "coverage_rate/all/2019-12-31")
    assert set(graph.successors(DOC38)) == {org, outcome}
    assert list(graph.successors(org)) == [activity]
    assert graph.nodes[org]["label"] == "Hội Nông dân huyện Đông Hải"
    leaf = graph.nodes[activity]
    assert leaf["article"] == "https://w3id.org/bhyt-kg/id/article/ex-article"
    assert leaf["evidence"].startswith("Thực hiện Chỉ thị 38-CT/TW")
    assert graph.nodes[outcome]["evidence"].startswith("Qua thực hiện Chỉ thị 38")
    assert graph.nodes[outcome]["value"] == 94 and graph.nodes[outcome]["unit"] == "percent"
    assert graph.edges[DOC38, org]["relation"] == "implemented by"


def test_an_activity_without_a_body_hangs_under_the_document(sevens: KnowledgeGraph) -> None:
    doc = resolve_document(sevens, "Chỉ thị 07 Đông Hải")
    graph = trace(sevens, doc)
    types = {graph.nodes[n]["type"] for n in graph.successors(doc)}
    assert types == {"activity", "outcome"}
    # the Phú Xuyên directive's facts stay out of the Đông Hải trace
    assert all("/px/" not in n for n in graph.nodes)


def test_trace_of_an_unknown_document(kg: KnowledgeGraph) -> None:
    with pytest.raises(TraceError, match="no policy document"):
        trace(kg, DOC38 + "-nope")


# --- rendering ---------------------------------------------------------------------------


def test_tree(kg: KnowledgeGraph) -> None:
    text = render(trace(kg, DOC38), DOC38, "tree")
    lines = text.splitlines()
    assert lines[0].startswith("Chỉ thị 38-CT/TW · Ban Bí thư · 2009-09-07")
    assert "├─ implemented by Hội Nông dân huyện Đông Hải" in lines
    assert any(line.startswith("│  └─ activity: tập huấn (training)") for line in lines)
    assert "└─ outcome: coverage_rate 94% · huyện Đông Hải · 2019-12-31" in lines
    assert any('ex-article: "Qua thực hiện Chỉ thị 38' in line for line in lines)
    assert any('ex-article: "Thực hiện Chỉ thị 38-CT/TW' in line for line in lines)


def test_tree_of_a_document_with_nothing_recorded() -> None:
    kg = example_kg()
    kg.replace_article("second", Graph().parse(data=PLAN, format="turtle"))
    plan = resolve_document(kg, "34/KH-UBND")
    assert "no implementing bodies or outcomes" in render(trace(kg, plan), plan, "tree")


def test_json_is_nested_and_deterministic(kg: KnowledgeGraph) -> None:
    text = render(trace(kg, DOC38), DOC38, "json")
    tree = json.loads(text)
    assert tree["id"] == DOC38 and tree["type"] == "document"
    assert [c["type"] for c in tree["children"]] == ["organisation", "outcome"]
    activity = tree["children"][0]["children"][0]
    assert activity["type"] == "activity" and activity["relation"] == "activity"
    assert activity["sources"][0]["evidence"].startswith("Thực hiện")
    assert tree["children"][1]["value"] == 94 and tree["children"][1]["date"] == "2019-12-31"
    assert render(trace(example_kg(), DOC38), DOC38, "json") == text


def test_dot_escapes_and_lists_edges(sevens: KnowledgeGraph) -> None:
    doc = resolve_document(sevens, "Chỉ thị 07 Phú Xuyên")
    text = render(trace(sevens, doc), doc, "dot")
    assert text.startswith("digraph trace {") and text.rstrip().endswith("}")
    assert text.count(" -> ") == 2
    assert '\\"bao phủ\\"' in text  # the quote in the evidence sentence is escaped
    assert "coverage_rate 94.47%" in text


def test_renderings_are_identical_across_stores(sevens: KnowledgeGraph) -> None:
    doc = resolve_document(sevens, "Chỉ thị 07 Đông Hải")
    other = two_sevens_kg()
    for fmt in ("tree", "json", "dot"):
        assert render(trace(sevens, doc), doc, fmt) == render(trace(other, doc), doc, fmt)


def test_unknown_render_format(kg: KnowledgeGraph) -> None:
    with pytest.raises(TraceError, match="known: tree, json, dot"):
        render(trace(kg, DOC38), DOC38, "svg")


# --- a look-up narrowed by number gives the matches of the full listing -------------------------


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """60 generated articles (bench/generate.py): many documents sharing numbers and kinds."""
    import sys

    from conftest import ROOT

    from bhyt_kg.pipeline import build

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    corpus = tmp_path_factory.mktemp("synthetic")
    generate(60, corpus, seed=7)
    kg = KnowledgeGraph.memory()
    build([corpus], kg, check=False)
    return kg


def _names(found: list[trace_module.Candidate]) -> list[str]:
    """Ways users name the documents: symbols, labels, kind + number (+ an issuer word), noise."""
    texts = ["Chỉ thị 99999", "Kế hoạch", "2020", "Nghị quyết 05 ngày 12/3/2020"]
    for c in found:
        texts += sorted(c.symbols) + [c.label]
        for kind in sorted(c.kind_words)[:2]:
            texts += [f"{kind} {c.number}", f"{kind} số 0{c.number}",
                      f"{kind} {c.number} {c.issuer.split()[-1] if c.issuer else ''}"]
    return texts


@pytest.mark.parametrize("cost", [trace_module._BOUND_COST, 0, 10**9])
def test_narrowed_candidates_match_as_the_full_listing(synthetic: KnowledgeGraph, cost: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # 0: always one look-up per numbered document; 10**9: always the full listing
    monkeypatch.setattr(trace_module, "_BOUND_COST", cost)
    everything = trace_module.candidates(synthetic)
    assert len(everything) >= 20
    texts = _names(everything)
    assert len(texts) > 100
    for text in texts:
        full = [c.iri for c in trace_module._matches(text, everything)]
        narrowed = [c.iri for c in trace_module._matches(text, trace_module.candidates(synthetic, text))]
        assert narrowed == full, text
