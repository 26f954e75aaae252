"""The ontology, the SHACL shapes and bhyt_kg.shapes.validate().

tests/data/example.trig must conform; each graph in tests/data/shapes/ breaks it in one way and
must produce exactly the expected result (focus node, path, message, severity) and nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from bhyt_kg import ns, resources, shapes
from bhyt_kg.ns import BHYT, CODE, ID, NIF, OA, ORG, SCHEMA, SDMX_ATTR, SDMX_DIM, SDMX_MEASURE

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "data" / "example.trig"
BROKEN = ROOT / "tests" / "data" / "shapes"
CODE_LISTS = ROOT / "docs" / "code-lists.md"
ONTOLOGY = ROOT / "ontology" / "bhyt.ttl"

COVERAGE = ID["observation/ex-article/health_insurance/coverage_rate/all/2019-12-31"]
PARTICIPANTS = ID["observation/ex-article/health_insurance/participants/all/2019-12-31"]
DOCUMENT = ID["document/directive/viet-nam/ban-bi-thu/38"]
FARMERS = ID["org/tinh-bac-lieu/huyen-dong-hai/hoi-nong-dan"]
EVIDENCE_2 = ID["evidence/ex-article/179-260"]
ARTICLE = ID["article/ex-article"]

V, W = "Violation", "Warning"

# broken graph -> the (severity, focus, path, message) of every result it must produce
EXPECTED: dict[str, list[tuple[str, URIRef, URIRef | None, str]]] = {
    "coverage-rate-120": [
        (V, COVERAGE, SDMX_MEASURE.obsValue,
         "Coverage rate must be between 0 and 100 (a rate of plan uses plan_completion)"),
    ],
    "negative-value": [
        (V, PARTICIPANTS, SDMX_MEASURE.obsValue,
         "An observation needs exactly one value (sdmx-measure:obsValue), a decimal that is not "
         "negative: counts, money and rates are all zero or more"),
    ],
    "observation-without-evidence": [
        (V, PARTICIPANTS, BHYT.hasEvidence,
         "Every extracted fact needs at least one evidence sentence (bhyt:hasEvidence); without "
         "it nobody can check it against the article"),
    ],
    "result-after-publication": [
        (V, PARTICIPANTS, BHYT.refDate,
         "A reported result cannot be dated after the article that reports it was published: "
         "the date was misread, or the figure is a target"),
    ],
    "period-not-over": [
        (W, PARTICIPANTS, BHYT.refDate,
         "The period had not ended when the article was published, so this result is partial "
         "(or is really a target); check the date"),
    ],
    "published-as-date": [
        (W, COVERAGE, BHYT.refDate,
         "The period had not ended when the article was published, so this result is partial "
         "(or is really a target); check the date"),
        (W, PARTICIPANTS, BHYT.refDate,
         "The period had not ended when the article was published, so this result is partial "
         "(or is really a target); check the date"),
    ],
    "target-without-deadline": [
        (V, COVERAGE, BHYT.dateBasis,
         "A target's date is its deadline (date basis deadline, or publication_bound when the "
         "text gives none), and only targets have a deadline"),
    ],
    "unit-does-not-fit": [
        (V, COVERAGE, SDMX_ATTR.unitMeasure,
         "The unit does not fit the indicator: coverage_rate, group_coverage_rate and "
         "plan_completion are in percent; counts and money never are"),
    ],
    "rate-arithmetic": [
        (W, COVERAGE, SDMX_MEASURE.obsValue,
         "The rate differs from numerator / denominator x 100 by more than 0.1: the article's "
         "own figures disagree, or one was misread"),
    ],
    "group-rate-without-group": [
        (V, COVERAGE, BHYT.populationGroup,
         "A group coverage rate must name its population group (bhyt:populationGroup); without "
         "it the figure reads as the whole population's"),
    ],
    "date-without-basis": [
        (V, COVERAGE, BHYT.dateBasis,
         "An observation with a date must say how the date was found (bhyt:dateBasis: stated, "
         "as_of, end_of_period, deadline or publication_bound)"),
    ],
    "wrong-scheme-organisation-kind": [
        (V, FARMERS, ORG.classification,
         "The organisation's kind must be a code of the organisation-kind list "
         "(docs/code-lists.md)"),
    ],
    "wrong-scheme-insurance": [
        (V, COVERAGE, BHYT.insuranceScheme,
         "An observation is about at most one insurance scheme, a code of the insurance-scheme "
         "list (health, social or unemployment insurance)"),
    ],
    "unknown-indicator": [
        (V, COVERAGE, BHYT.indicator,
         "The indicator must be a code of the indicator list (docs/code-lists.md)"),
    ],
    "document-without-kind": [
        (V, DOCUMENT, BHYT.documentKind,
         "A policy document needs exactly one kind (directive, resolution, plan...): kind, "
         "number and issuer identify it"),
    ],
    "evidence-start-after-end": [
        (V, EVIDENCE_2, NIF.beginIndex,
         "An evidence sentence's start offset must not be after its end offset"),
    ],
    "empty-quote": [
        (V, EVIDENCE_2, NIF.anchorOf,
         "An evidence sentence must hold exactly one non-empty quotation of its text (nif:anchorOf)"),
    ],
    "evidence-source-not-article": [
        (V, EVIDENCE_2, OA.hasSource,
         "The source of an evidence sentence must be an article (bhyt:Article) in the graph"),
    ],
    # neither a sentence that names it nor one it is inferred from (the path is the
    # alternative hasEvidence | inferredFrom, which a report gives as no single property)
    "organisation-without-evidence": [
        (V, ID["org/tinh-bac-lieu/huyen-dong-hai/huyen-uy"], None,
         "An organisation needs a sentence that names it (bhyt:hasEvidence) or one it is "
         "inferred from (bhyt:inferredFrom); without it nobody can check it against the article"),
    ],
    "organisation-without-label": [
        (V, FARMERS, RDFS.label,
         "An organisation needs a readable name (rdfs:label), e.g. \"Hội Nông dân huyện Đông Hải\""),
    ],
    "article-without-date": [
        (W, ARTICLE, SCHEMA.datePublished,
         "The article has no publication date: figures without a date of their own cannot be "
         "placed in time, and dates cannot be checked against publication"),
    ],
}


def load(path: Path) -> Dataset:
    data = Dataset()
    data.parse(path, format="trig")
    return data


def example_graph() -> Graph:
    """The example's article graph as a plain Graph, to mutate in tests."""
    graph = Graph()
    for s, p, o, _ in load(EXAMPLE).quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def summary(report: shapes.Report) -> list[tuple[str, str, str | None, str]]:
    return [(r.severity, r.focus, r.path, r.message) for r in report.results]


# --- the valid example -------------------------------------------------------------------


def test_example_conforms_without_any_result() -> None:
    report = shapes.validate(load(EXAMPLE))
    assert report.conforms, report.text()
    assert report.results == ()


def test_plain_graph_validates_like_the_dataset() -> None:
    assert shapes.validate(example_graph()).conforms


def test_dataset_with_the_ontology_graph_still_conforms() -> None:
    data = load(EXAMPLE)
    data.graph(ns.ONTOLOGY_GRAPH).parse(ONTOLOGY, format="turtle")
    assert shapes.validate(data).results == ()


# --- the hand-made broken graphs ---------------------------------------------------------


def test_every_broken_graph_has_an_expectation() -> None:
    assert sorted(p.stem for p in BROKEN.glob("*.trig")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_graph_gives_exactly_the_expected_results(name: str) -> None:
    report = shapes.validate(load(BROKEN / f"{name}.trig"))
    want = sorted((sev, str(focus), str(path) if path else None, msg)
                  for sev, focus, path, msg in EXPECTED[name])
    assert sorted(summary(report)) == want, report.text()
    assert report.conforms == all(sev != V for sev, *_ in EXPECTED[name])


def test_result_carries_value_and_named_shape() -> None:
    report = shapes.validate(load(BROKEN / "wrong-scheme-organisation-kind.trig"))
    (result,) = report.results
    assert result.value == str(CODE["admin-level/district"])
    assert result.shape == "https://w3id.org/bhyt-kg/shapes#Organisation-kindCode"


# --- rules checked on graphs that are not derived from the seeds -------------------------


def _observation(graph: Graph, node: URIRef, indicator: str, value: str, unit: str) -> None:
    graph.set((node, BHYT.indicator, ns.code("indicator", indicator)))
    graph.set((node, SDMX_MEASURE.obsValue, Literal(value, datatype=ns.XSD.decimal)))
    graph.set((node, SDMX_ATTR.unitMeasure, ns.code("unit", unit)))


def test_plan_completion_may_exceed_100() -> None:
    # "16.984/16796 người tham gia BHYT (đạt 101,12%)": a rate of plan, not of the population
    graph = example_graph()
    _observation(graph, COVERAGE, "plan_completion", "101.12", "percent")
    graph.add((COVERAGE, BHYT.numerator, Literal("16984", datatype=ns.XSD.decimal)))
    graph.add((COVERAGE, BHYT.denominator, Literal("16796", datatype=ns.XSD.decimal)))
    report = shapes.validate(graph)
    assert report.results == (), report.text()


def test_group_coverage_rate_over_100_is_a_violation() -> None:
    graph = example_graph()
    _observation(graph, COVERAGE, "group_coverage_rate", "100.5", "percent")
    graph.add((COVERAGE, BHYT.populationGroup, ns.code("population-group", "poor")))
    (result,) = shapes.validate(graph).results
    assert result.shape == "https://w3id.org/bhyt-kg/shapes#Observation-rateRange"


def test_money_in_percent_is_flagged() -> None:
    graph = example_graph()
    _observation(graph, PARTICIPANTS, "fund_revenue", "151300000000", "percent")
    (result,) = shapes.validate(graph).results
    assert (result.focus, result.path) == (str(PARTICIPANTS), str(SDMX_ATTR.unitMeasure))


def test_target_with_deadline_after_publication_conforms() -> None:
    # "phấn đấu đến hết năm 2020 ... 98%" in an article of May 2020: a target may lie ahead
    graph = example_graph()
    graph.set((COVERAGE, BHYT.isTarget, Literal(True)))
    graph.set((COVERAGE, BHYT.refDate, Literal("2020-12-31", datatype=ns.XSD.date)))
    graph.set((COVERAGE, BHYT.dateBasis, ns.code("date-basis", "deadline")))
    assert shapes.validate(graph).results == ()


def test_result_with_deadline_basis_is_a_violation() -> None:
    graph = example_graph()
    graph.set((COVERAGE, BHYT.dateBasis, ns.code("date-basis", "deadline")))
    (result,) = shapes.validate(graph).results
    assert result.shape == "https://w3id.org/bhyt-kg/shapes#Observation-targetDeadline"


def test_stated_date_on_publication_day_conforms() -> None:
    graph = example_graph()
    graph.set((PARTICIPANTS, BHYT.refDate, Literal("2020-05-01", datatype=ns.XSD.date)))
    graph.set((PARTICIPANTS, BHYT.dateBasis, ns.code("date-basis", "stated")))
    assert shapes.validate(graph).results == ()


def test_two_start_offsets_on_one_evidence_is_a_violation() -> None:
    graph = example_graph()
    graph.add((EVIDENCE_2, NIF.beginIndex, Literal(1, datatype=ns.XSD.integer)))
    (result,) = shapes.validate(graph).results
    assert (result.focus, result.path) == (str(EVIDENCE_2), str(NIF.beginIndex))


def test_evidence_without_its_text_is_a_violation() -> None:
    graph = example_graph()
    graph.remove((EVIDENCE_2, NIF.anchorOf, None))
    (result,) = shapes.validate(graph).results
    assert (result.focus, result.path) == (str(EVIDENCE_2), str(NIF.anchorOf))


def test_negative_end_offset_is_a_violation() -> None:
    graph = example_graph()
    graph.set((EVIDENCE_2, NIF.endIndex, Literal(-1, datatype=ns.XSD.integer)))
    got = {(r.focus, r.path) for r in shapes.validate(graph).violations}
    # below zero, and now also before the start offset
    assert got == {(str(EVIDENCE_2), str(NIF.endIndex)), (str(EVIDENCE_2), str(NIF.beginIndex))}


def test_bad_hash_and_area_of_wrong_type() -> None:
    graph = example_graph()
    graph.set((ARTICLE, BHYT.sha256, Literal("not-a-hash")))
    graph.set((COVERAGE, SDMX_DIM.refArea, FARMERS))
    got = {(r.focus, r.path) for r in shapes.validate(graph).violations}
    assert got == {(str(ARTICLE), str(BHYT.sha256)), (str(COVERAGE), str(SDMX_DIM.refArea))}


def test_parent_unit_must_be_at_a_higher_level() -> None:
    graph = example_graph()
    province = ID["place/tinh-bac-lieu"]
    district = ID["place/tinh-bac-lieu/huyen-dong-hai"]
    graph.set((province, BHYT.parentUnit, district))  # inverted chain
    (result,) = shapes.validate(graph).results
    assert (result.focus, result.path, result.value) == (str(province), str(BHYT.parentUnit),
                                                         str(district))


def test_commune_directly_under_a_province_conforms() -> None:
    # since 1 July 2025 there is no district level between them
    graph = example_graph()
    district = ID["place/tinh-bac-lieu/huyen-dong-hai"]
    graph.set((district, BHYT.adminLevel, ns.code("admin-level", "commune")))
    assert shapes.validate(graph).results == ()


# --- the report ----------------------------------------------------------------------------


def test_report_text_is_sorted_and_readable() -> None:
    graph = example_graph()
    graph.remove((ARTICLE, SCHEMA.datePublished, None))  # a warning
    graph.remove((DOCUMENT, BHYT.documentKind, None))  # a violation
    report = shapes.validate(graph)
    lines = report.text().splitlines()
    assert lines[0] == ("The graph does NOT conform to the bhyt-kg shapes: 1 violation(s), "
                        "1 warning(s), 0 info(s).")
    assert lines[1].startswith(
        "Violation: id:document/directive/viet-nam/ban-bi-thu/38 bhyt:documentKind: ")
    assert lines[2].startswith("Warning: id:article/ex-article schema:datePublished: ")
    assert report.text() == shapes.validate(graph).text()


# --- the ontology ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    with resources.ontology_file().open("rb") as handle:
        return Graph().parse(handle, format="turtle")


def test_ontology_parses_with_pyoxigraph() -> None:
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 1000


def test_shapes_parse_with_pyoxigraph() -> None:
    store = pyoxigraph.Store()
    store.load(path=str(ROOT / "ontology" / "shapes.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 100


@pytest.mark.parametrize("term", sorted(BHYT.__annotations__))
def test_ontology_declares_every_term_with_labels(ontology: Graph, term: str) -> None:
    iri = BHYT[term]
    kinds = set(ontology.objects(iri, RDF.type))
    want = OWL.Class if term[0].isupper() else None
    assert want in kinds if want else kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}
    langs = {label.language for label in ontology.objects(iri, RDFS.label)}
    assert {"vi", "en"} <= langs
    assert "en" in {d.language for d in ontology.objects(iri, SKOS.definition)}


def test_dataset_has_a_structure_with_all_components(ontology: Graph) -> None:
    qb = ns.QB
    assert (ns.DATASET, RDF.type, qb.DataSet) in ontology
    dsd = ontology.value(ns.DATASET, qb.structure)
    parts = {p: set() for p in (qb.dimension, qb.measure, qb.attribute)}
    for component in ontology.objects(dsd, qb.component):
        for p, values in parts.items():
            values.update(ontology.objects(component, p))
    assert parts[qb.dimension] == {BHYT.indicator, BHYT.insuranceScheme, SDMX_DIM.refArea,
                                   BHYT.refDate, BHYT.populationGroup}
    assert parts[qb.measure] == {SDMX_MEASURE.obsValue}
    assert parts[qb.attribute] == {SDMX_ATTR.unitMeasure, BHYT.qualifier, BHYT.isTarget,
                                   BHYT.dateBasis}


def _code_lists() -> dict[str, list[tuple[str, str]]]:
    """scheme -> [(notation, what the parentheses say)] from docs/code-lists.md."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in CODE_LISTS.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] not in ns.CODE_SCHEMES:
            continue
        out[cells[0]] = re.findall(r"([a-z_0-9]+)\s*(?:\(([^)]*)\))?\s*(?:,|$)", cells[1])
    return out


def test_code_list_doc_is_read_completely() -> None:
    lists = _code_lists()
    assert sorted(lists) == sorted(ns.CODE_SCHEMES)
    assert len(lists["organisation-kind"]) == 15 and len(lists["document-kind"]) == 12


@pytest.mark.parametrize("scheme", ns.CODE_SCHEMES)
def test_every_documented_code_is_a_concept(ontology: Graph, scheme: str) -> None:
    scheme_iri = CODE[scheme]
    assert (scheme_iri, RDF.type, SKOS.ConceptScheme) in ontology
    documented = {notation for notation, _ in _code_lists()[scheme]}
    declared = set(ontology.subjects(SKOS.inScheme, scheme_iri))
    assert declared == {ns.code(scheme, n) for n in documented}
    for notation in documented:
        concept = ns.code(scheme, notation)
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert (concept, SKOS.notation, Literal(notation)) in ontology
        assert (concept, SKOS.topConceptOf, scheme_iri) in ontology
        langs = sorted(label.language for label in ontology.objects(concept, SKOS.prefLabel))
        assert langs == ["en", "vi"], concept


def test_document_kinds_carry_labels_and_abbreviations_from_the_doc(ontology: Graph) -> None:
    for notation, paren in _code_lists()["document-kind"]:
        concept = ns.code("document-kind", notation)
        vi_label, *abbreviation = [part.strip() for part in paren.split(",")]
        assert Literal(vi_label, lang="vi") in set(ontology.objects(concept, SKOS.prefLabel))
        assert {str(a) for a in ontology.objects(concept, SKOS.altLabel)} == set(abbreviation)
