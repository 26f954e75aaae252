"""Canned queries: their column contract, their values on the example graph, formatting."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from bhyt_kg import queries
from bhyt_kg.errors import QueryError, UnknownQuery
from bhyt_kg.queries import Table, format_table, list_queries, load_query, run
from bhyt_kg.store import KnowledgeGraph

DATA = Path(__file__).parent / "data"
ONTOLOGY = Path(__file__).parent.parent / "ontology" / "bhyt.ttl"
DOC38 = "https://w3id.org/bhyt-kg/id/document/directive/viet-nam/ban-bi-thu/38"
ARTICLE = "https://w3id.org/bhyt-kg/id/article/ex-article"
E3 = ("Qua thực hiện Chỉ thị 38, đến hết năm 2019 toàn huyện có 143.000 người tham gia BHYT, "
      "đạt 94%.")
E1 = ("Thực hiện Chỉ thị 38-CT/TW, ngày 07/9/2009 của Ban Bí thư, Hội Nông dân huyện Đông Hải "
      "tổ chức tập huấn cho chi hội trưởng các xã.")

CONTRACT = {
    "directives": ["document", "kind", "number", "symbol", "issuer", "issued", "label",
                   "articles"],
    "organisations": ["organisation", "label", "kind", "area", "area_level"],
    "people": ["person", "name", "post", "organisation"],
    "observations": ["observation", "scheme", "indicator", "value", "unit", "area", "date",
                     "period_start", "qualifier", "population_group", "is_target", "article",
                     "evidence"],
    "directive-outcomes": ["document", "document_label", "observation", "indicator", "value",
                           "area", "date", "article", "evidence"],
    "implementers": ["document", "organisation", "activity", "article"],
}

# A second article, not from the seeds: a target with a qualifier and a population group, and
# a plan of a city People's Committee. Written in the shape of tests/data/example.trig.
SECOND = """
@prefix bhyt: <https://w3id.org/bhyt-kg/ontology#> .
@prefix id: <https://w3id.org/bhyt-kg/id/> .
@prefix code: <https://w3id.org/bhyt-kg/code/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .
@prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
@prefix sdmx-measure: <http://purl.org/linked-data/sdmx/2009/measure#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:article\\/second a bhyt:Article .
id:evidence\\/second\\/0-90 a bhyt:Evidence ; oa:hasSource id:article\\/second ;
    nif:anchorOf "Theo Kế hoạch 34/KH-UBND, đến hết năm 2025 hơn 99% người nghèo có thẻ BHYT." .
id:place\\/tinh-an-giang\\/tp-long-xuyen a bhyt:AdministrativeUnit ;
    rdfs:label "thành phố Long Xuyên"@vi ; bhyt:adminLevel code:admin-level\\/district .
id:org\\/tinh-an-giang\\/tp-long-xuyen\\/ubnd a bhyt:Organisation ;
    rdfs:label "UBND thành phố Long Xuyên"@vi ;
    org:classification code:organisation-kind\\/peoples_committee ;
    bhyt:area id:place\\/tinh-an-giang\\/tp-long-xuyen .
id:document\\/plan\\/tp-long-xuyen\\/ubnd\\/34 a bhyt:PolicyDocument ;
    rdfs:label "Kế hoạch 34/KH-UBND"@vi ; bhyt:documentKind code:document-kind\\/plan ;
    bhyt:documentNumber "34" ; eli:id_local "34/KH-UBND" ;
    eli:passed_by id:org\\/tinh-an-giang\\/tp-long-xuyen\\/ubnd ;
    bhyt:hasEvidence id:evidence\\/second\\/0-90 .
id:observation\\/second\\/poor-target a bhyt:Observation ;
    bhyt:indicator code:indicator\\/coverage_rate ;
    bhyt:insuranceScheme code:insurance-scheme\\/health_insurance ;
    bhyt:populationGroup code:population-group\\/poor ;
    bhyt:qualifier code:qualifier\\/more_than ;
    sdmx-dimension:refArea id:place\\/tinh-an-giang\\/tp-long-xuyen ;
    bhyt:refDate "2025-12-31"^^xsd:date ; bhyt:dateBasis code:date-basis\\/deadline ;
    sdmx-measure:obsValue 99.0 ; sdmx-attribute:unitMeasure code:unit\\/percent ;
    bhyt:isTarget true ; bhyt:hasEvidence id:evidence\\/second\\/0-90 .
"""


def example_kg(ontology: Path = DATA / "codes-fixture.ttl") -> KnowledgeGraph:
    kg = KnowledgeGraph.from_file(DATA / "example.trig")
    kg.load_ontology(Graph().parse(ontology))
    return kg


def with_second(kg: KnowledgeGraph) -> KnowledgeGraph:
    kg.replace_article("second", Graph().parse(data=SECOND, format="turtle"))
    return kg


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return example_kg()


# --- the contract --------------------------------------------------------------------------


def test_every_contract_query_is_listed_with_a_description() -> None:
    listed = dict(list_queries())
    for name in CONTRACT:
        assert listed[name] and not listed[name].startswith("#")
    assert [n for n, _ in list_queries()] == sorted(listed)


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_columns_keep_the_contract(name: str, kg: KnowledgeGraph) -> None:
    table = run(kg, name)
    assert list(table.columns[: len(CONTRACT[name])]) == CONTRACT[name]
    assert list(table.columns) == queries.query_columns(load_query(name))


@pytest.mark.parametrize("name", [n for n, _ in list_queries()])
def test_every_listed_query_runs_and_declares_its_columns(name: str, kg: KnowledgeGraph) -> None:
    text = load_query(name)
    table = run(kg, name)
    assert list(table.columns) == queries.query_columns(text)
    assert "ORDER BY" in text  # deterministic output


# --- values on the example graph -------------------------------------------------------------


def test_directives(kg: KnowledgeGraph) -> None:
    (row,) = run(kg, "directives").records()
    assert row["document"] == DOC38
    assert (row["kind"], row["number"], row["symbol"]) == ("directive", "38", "38-CT/TW")
    assert (row["issuer"], row["issued"], row["articles"]) == ("Ban Bí thư", dt.date(2009, 9, 7), 1)
    assert row["label"] == "Chỉ thị 38-CT/TW" and row["party_term"] == "X"


def test_organisations(kg: KnowledgeGraph) -> None:
    rows = {r["label"]: r for r in run(kg, "organisations").records()}
    farmers = rows["Hội Nông dân huyện Đông Hải"]
    assert (farmers["kind"], farmers["area"], farmers["area_level"]) == (
        "mass_organisation", "huyện Đông Hải", "district")
    assert rows["Ban Bí thư"]["area_level"] == "nation"


def test_people(kg: KnowledgeGraph) -> None:
    (row,) = run(kg, "people").records()
    assert (row["name"], row["post"], row["organisation"]) == (
        "Nguyễn Văn A", "Phó Bí thư Thường trực", "Huyện ủy huyện Đông Hải")


def test_observations(kg: KnowledgeGraph) -> None:
    rows = {r["indicator"]: r for r in run(kg, "observations").records()}
    rate = rows["coverage_rate"]
    assert rate["value"] == 94 and isinstance(rate["value"], Decimal)
    assert (rate["unit"], rate["area"], rate["date"]) == ("percent", "huyện Đông Hải",
                                                          dt.date(2019, 12, 31))
    assert (rate["scheme"], rate["is_target"]) == ("health_insurance", False)
    assert rate["qualifier"] is None
    assert (rate["article"], rate["evidence"]) == (ARTICLE, E3)
    people = rows["participants"]
    assert (people["value"], people["unit"], people["period_start"]) == (
        143000, "person", dt.date(2019, 1, 1))


def test_directive_outcomes(kg: KnowledgeGraph) -> None:
    (row,) = run(kg, "directive-outcomes").records()
    assert (row["document"], row["document_label"]) == (DOC38, "Chỉ thị 38-CT/TW")
    assert (row["indicator"], row["value"], row["area"]) == ("coverage_rate", 94, "huyện Đông Hải")
    assert (row["date"], row["article"], row["evidence"]) == (dt.date(2019, 12, 31), ARTICLE, E3)


def test_implementers(kg: KnowledgeGraph) -> None:
    (row,) = run(kg, "implementers").records()
    assert (row["document"], row["organisation"]) == (DOC38, "Hội Nông dân huyện Đông Hải")
    assert row["activity"] == ("https://w3id.org/bhyt-kg/id/activity/ex-article/"
                               "training-hoi-nong-dan")
    assert (row["article"], row["activity_kind"], row["evidence"]) == (ARTICLE, "training", E1)


def test_a_second_article_adds_targets_groups_and_plans() -> None:
    kg = with_second(example_kg())
    rows = {r["observation"].rsplit("/", 1)[1]: r for r in run(kg, "observations").records()}
    target = rows["poor-target"]
    assert (target["is_target"], target["qualifier"], target["population_group"]) == (
        True, "more_than", "poor")
    assert (target["value"], target["area"], target["date_basis"]) == (
        99, "thành phố Long Xuyên", "deadline")
    plans = [r for r in run(kg, "directives").records() if r["kind"] == "plan"]
    assert [(p["symbol"], p["issuer"], p["issued"]) for p in plans] == [
        ("34/KH-UBND", "UBND thành phố Long Xuyên", None)]


def test_articles_counts_each_citing_article_once() -> None:
    kg = example_kg()
    kg.replace_article("copy", kg.article_graph("ex-article"))  # same IRIs: not a new citation
    second = Graph().parse(data=SECOND, format="turtle")
    # the second article also cites 38-CT/TW, with its own evidence
    ev = URIRef("https://w3id.org/bhyt-kg/id/evidence/second/0-90")
    second.add((URIRef(DOC38), URIRef("https://w3id.org/bhyt-kg/ontology#hasEvidence"), ev))
    kg.replace_article("second", second)
    (row,) = [r for r in run(kg, "directives").records() if r["document"] == DOC38]
    assert row["articles"] == 2


def test_codes_are_read_from_the_ontology_graph() -> None:
    kg = KnowledgeGraph.from_file(DATA / "example.trig")  # no code lists loaded
    (row,) = run(kg, "directives").records()
    assert row["kind"] is None and row["symbol"] == "38-CT/TW"


@pytest.mark.skipif(not ONTOLOGY.exists(), reason="ontology/bhyt.ttl not written yet")
def test_the_real_ontology_gives_the_same_codes() -> None:
    real, fixture = example_kg(ONTOLOGY), example_kg()
    for name in CONTRACT:
        assert run(real, name) == run(fixture, name), name


def test_results_are_deterministic() -> None:
    a = with_second(example_kg())
    b = KnowledgeGraph.memory()  # filled in the other order
    b.replace_article("second", Graph().parse(data=SECOND, format="turtle"))
    b.replace_article("ex-article", a.article_graph("ex-article"))
    b.load_ontology(Graph().parse(DATA / "codes-fixture.ttl"))
    for name, _ in list_queries():
        for fmt in queries.FORMATS:
            assert format_table(run(a, name), fmt) == format_table(run(b, name), fmt)


# --- the same rows on rdflib's engine --------------------------------------------------------

# Not from the seeds: one person holds a post, one holds none, one has no name; an organisation
# with two labels (MIN picks one), one without kind or area; a document without evidence.
EDGES = """
@prefix bhyt: <https://w3id.org/bhyt-kg/ontology#> .
@prefix id: <https://w3id.org/bhyt-kg/id/> .
@prefix code: <https://w3id.org/bhyt-kg/code/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

id:article\\/edges a bhyt:Article .
id:evidence\\/edges\\/0-40 a bhyt:Evidence ; oa:hasSource id:article\\/edges ;
    nif:anchorOf "Bà Trần Thị B, Giám đốc BHXH tỉnh Cà Mau, và ông Lê C." .
id:org\\/ca-mau\\/bhxh a bhyt:Organisation ; rdfs:label "BHXH tỉnh Cà Mau"@vi, "Bảo hiểm xã hội tỉnh Cà Mau"@vi ;
    org:classification code:organisation-kind\\/social_insurance_agency ;
    bhyt:hasEvidence id:evidence\\/edges\\/0-40 .
id:org\\/unknown a bhyt:Organisation ; rdfs:label "Tổ công tác"@vi .
id:post\\/edges\\/b a org:Post ; bhyt:roleTitle "Giám đốc" ; org:postIn id:org\\/ca-mau\\/bhxh .
id:person\\/tran-thi-b a bhyt:Person ; foaf:name "Trần Thị B" ; org:holds id:post\\/edges\\/b ;
    bhyt:hasEvidence id:evidence\\/edges\\/0-40 .
id:person\\/le-c a bhyt:Person ; foaf:name "Lê C" ; bhyt:hasEvidence id:evidence\\/edges\\/0-40 .
id:person\\/nameless a bhyt:Person .
id:document\\/decision\\/x\\/1 a bhyt:PolicyDocument ; rdfs:label "Quyết định 1/QĐ"@vi .
"""


def edges_kg() -> KnowledgeGraph:
    kg = with_second(example_kg())
    kg.replace_article("edges", Graph().parse(data=EDGES, format="turtle"))
    return kg


def rdflib_rows(graph: Graph, name: str) -> tuple[tuple[object, ...], ...]:
    result = graph.query(load_query(name))
    return tuple(tuple(queries.to_python(row[v]) for v in result.vars) for row in result)


@pytest.mark.parametrize("name", [n for n, _ in list_queries()])
def test_every_query_gives_the_same_rows_on_rdflib(name: str, seed_kg) -> None:
    """rdflib's Graph API answers every canned query, row for row as the embedded store."""
    for kg in (seed_kg[0], edges_kg()):
        expected = run(kg, name).rows
        assert rdflib_rows(kg.union_graph(), name) == expected, name
    assert expected or name.startswith("build-state")  # the edge graph exercises the query


def test_a_person_without_a_post_gets_one_row_with_no_post() -> None:
    rows = {r["person"].rsplit("/", 1)[1]: r for r in run(edges_kg(), "people").records()}
    assert (rows["le-c"]["post"], rows["le-c"]["organisation"]) == (None, None)
    assert (rows["tran-thi-b"]["post"], rows["tran-thi-b"]["organisation"]) == (
        "Giám đốc", "BHXH tỉnh Cà Mau")  # the smaller of the two labels
    assert rows["nameless"]["name"] is None
    people = [r for r in run(edges_kg(), "eval-people").records()
              if r["article"].endswith("/edges")]
    assert [(r["name"], r["post"]) for r in people] == [("Lê C", None), ("Trần Thị B", "Giám đốc")]


def test_counts_and_values_absent_from_the_graph() -> None:
    kg = edges_kg()
    docs = {r["label"]: r for r in run(kg, "directives").records()}
    assert docs["Quyết định 1/QĐ"]["articles"] == 0  # no evidence: counted as 0, not left empty
    assert docs["Quyết định 1/QĐ"]["kind"] is None
    orgs = {r["label"]: r for r in run(kg, "organisations").records()}
    assert orgs["Tổ công tác"]["kind"] is None and orgs["Tổ công tác"]["articles"] == 0
    assert "Bảo hiểm xã hội tỉnh Cà Mau" not in orgs  # one row per organisation


SORTED = """
@prefix ex: <http://example.org/> .
ex:r1 ex:v "ab" . ex:r2 ex:v "a b" . ex:r3 ex:v "a" . ex:r4 ex:v "B"@vi . ex:r5 ex:v "á" .
ex:r6 ex:v ex:iri-b . ex:r7 ex:v ex:iri-a . ex:r8 ex:w 1 . ex:r9 ex:v "" .
"""


@pytest.mark.parametrize("values", [
    "ex:r1 ex:r2 ex:r3 ex:r4 ex:r5 ex:r8 ex:r9",  # text, with and without a language, unbound
    "ex:r6 ex:r7 ex:r8",  # IRIs and unbound
])
def test_string_sort_keys_order_as_the_values(values: str) -> None:
    """The queries' COALESCE(CONCAT("~", STR(?x)), "") orders exactly as ORDER BY ?x."""
    kg = KnowledgeGraph.memory()
    kg.replace_article("sorted", Graph().parse(data=SORTED, format="turtle"))
    body = ("PREFIX ex: <http://example.org/> SELECT ?r ?x WHERE { VALUES ?r { %s } "
            "OPTIONAL { ?r ex:v ?x } } ORDER BY " % values)
    plain = kg.select(body + "?x ?r")[1]
    keyed = kg.select(body + 'COALESCE(CONCAT("~", STR(?x)), "") ?r')[1]
    assert keyed == plain and len(plain) == len(values.split())
    assert plain[0][1] is None  # unbound first


# --- loading and parameters ------------------------------------------------------------------


def test_unknown_query_lists_the_known_names() -> None:
    with pytest.raises(UnknownQuery) as info:
        load_query("directivs")
    assert "'directivs'" in str(info.value) and "directives, " in str(info.value)


def test_a_query_file_by_path(tmp_path: Path, kg: KnowledgeGraph) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("# mine\nSELECT ?n WHERE {\n"
                    "  ?d <https://w3id.org/bhyt-kg/ontology#documentNumber> ?n }",
                    encoding="utf-8")
    assert run(kg, str(path)).rows == (("38",),)
    with pytest.raises(QueryError, match="no such query file"):
        load_query(str(tmp_path / "missing.rq"))


@pytest.mark.parametrize("limit, offset", [(5, 0), (5, 5), (3, 7), (0, 0), (None, 4),
                                           (1000, 0)])
def test_pages_are_slices_of_the_ordered_rows(seed_kg, limit: int | None, offset: int) -> None:
    seed_kg, _ = seed_kg
    full = run(seed_kg, "observations")
    assert len(full.rows) > 12  # enough rows for the pages to differ
    paged = run(seed_kg, "observations", limit=limit, offset=offset)
    end = None if limit is None else offset + limit
    assert paged.columns == full.columns and paged.rows == full.rows[offset:end]


def test_pages_walk_every_row_once(seed_kg) -> None:
    seed_kg, _ = seed_kg
    full = run(seed_kg, "organisations").rows
    pages = [run(seed_kg, "organisations", limit=7, offset=o).rows
             for o in range(0, len(full) + 7, 7)]
    assert tuple(row for rows in pages for row in rows) == full


def test_paging_a_query_with_its_own_limit_is_refused(tmp_path: Path, kg: KnowledgeGraph) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("SELECT ?n WHERE {\n  ?d <https://w3id.org/bhyt-kg/ontology#documentNumber>"
                    " ?n }\nORDER BY ?n\nlimit 10 # the first ten\n", encoding="utf-8")
    assert len(run(kg, str(path)).rows) == 1
    with pytest.raises(QueryError, match="own LIMIT or OFFSET"):
        run(kg, str(path), limit=5)
    with pytest.raises(QueryError, match="zero or more"):
        run(kg, "directives", offset=-1)


def test_a_query_with_limit_inside_a_subquery_can_be_paged(kg: KnowledgeGraph,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "inner.rq"
    path.write_text("SELECT ?n WHERE {\n  { SELECT ?n WHERE { ?d "
                    "<https://w3id.org/bhyt-kg/ontology#documentNumber> ?n } LIMIT 3 }\n}\n",
                    encoding="utf-8")
    assert run(kg, str(path), limit=1).rows == (("38",),)


def test_params_bind_terms(kg: KnowledgeGraph) -> None:
    table = run(kg, "trace-outcomes", {"document": URIRef(DOC38)})
    assert {r["indicator"] for r in table.records()} == {"coverage_rate"}
    assert run(kg, "trace-outcomes", {"document": URIRef(DOC38 + "-nope")}).rows == ()
    hostile = Literal('"} ; DROP ALL ; {')
    assert run(kg, "trace-outcomes", {"document": hostile}).rows == ()
    assert run(kg, "directives").rows  # nothing was dropped


def test_syntax_error_in_a_query_file(tmp_path: Path, kg: KnowledgeGraph) -> None:
    path = tmp_path / "bad.rq"
    path.write_text("SELECT ?s WHERE {\n  ?s ?p \n}", encoding="utf-8")
    with pytest.raises(QueryError, match=r"line 3, column \d+"):
        run(kg, str(path))


# --- formatting ------------------------------------------------------------------------------

TABLE = Table(
    columns=("name", "value", "when", "flag", "note"),
    rows=(("Đông Hải", Decimal("94.47"), dt.date(2019, 12, 31), True, None),
          ("Phú Xuyên", Decimal("143000.0"), None, False, "x" * 200),
          ("tab\there", 3, None, None, 'say "hi", ok')),
)


def test_csv_has_empty_cells_for_absent_values() -> None:
    rows = list(csv.reader(io.StringIO(format_table(TABLE, "csv"))))
    assert rows[0] == list(TABLE.columns)
    assert rows[1] == ["Đông Hải", "94.47", "2019-12-31", "true", ""]
    assert rows[2][:3] == ["Phú Xuyên", "143000", ""]
    assert rows[3][4] == 'say "hi", ok'


def test_tsv_keeps_one_line_per_row() -> None:
    lines = format_table(TABLE, "tsv").splitlines()
    assert len(lines) == 4
    assert all(line.count("\t") == 4 for line in lines)
    assert lines[3].startswith("tab here\t3\t")


def test_json_is_a_list_of_objects_with_numbers() -> None:
    records = json.loads(format_table(TABLE, "json"))
    assert records[0] == {"name": "Đông Hải", "value": 94.47, "when": "2019-12-31",
                          "flag": True, "note": None}
    assert records[1]["value"] == 143000 and isinstance(records[1]["value"], int)


def test_table_is_aligned_and_cuts_long_cells() -> None:
    text = format_table(TABLE, "table")
    lines = text.splitlines()
    assert lines[0].startswith("name ") and lines[1].startswith("---------")
    assert "…" in lines[3] and "x" * 200 not in text
    # numbers are right-aligned: the value cells end in the same column
    ends = {lines[2].index("94.47") + 5, lines[3].index("143000") + 6, lines[4].index(" 3 ") + 2}
    assert len(ends) == 1
    assert lines[2].startswith("Đông Hải    94.47")  # text left-aligned, padded
    assert lines[-1] == "(3 rows)"


def test_table_shortens_project_iris(kg: KnowledgeGraph) -> None:
    text = format_table(run(kg, "directives"), "table")
    assert "id:document/directive/viet-nam/ban-bi-thu/38" in text


def test_unknown_format() -> None:
    with pytest.raises(QueryError, match="known: table, csv, tsv, json"):
        format_table(TABLE, "xml")
