"""The project's vocabulary and prefixes: the only place IRIs are spelled out.

Every term here is declared in ``ontology/bhyt.ttl``; ``_fail = True`` makes a typo raise
instead of silently minting an IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BASE = "https://w3id.org/bhyt-kg/"


class BHYT(DefinedNamespace):
    """Classes and properties of the bhyt-kg ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Article: URIRef
    PolicyDocument: URIRef
    Organisation: URIRef
    AdministrativeUnit: URIRef
    Person: URIRef
    Meeting: URIRef
    Activity: URIRef
    Observation: URIRef
    Evidence: URIRef
    Claim: URIRef
    ImplementationClaim: URIRef
    OutcomeClaim: URIRef

    # article
    sourceFile: URIRef
    sha256: URIRef
    builtWith: URIRef
    byline: URIRef
    # policy documents
    documentKind: URIRef
    documentNumber: URIRef
    partyTerm: URIRef
    # organisations, places, people
    organisationKind: URIRef
    area: URIRef
    adminLevel: URIRef
    parentUnit: URIRef
    gsoCode: URIRef
    roleTitle: URIRef
    # meetings and activities
    eventKind: URIRef
    chairedBy: URIRef
    organisedBy: URIRef
    activityKind: URIRef
    implements: URIRef
    # observations
    indicator: URIRef
    insuranceScheme: URIRef
    populationGroup: URIRef
    qualifier: URIRef
    unit: URIRef
    refDate: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    dateBasis: URIRef
    isTarget: URIRef
    numerator: URIRef
    denominator: URIRef
    # provenance and claims
    hasEvidence: URIRef
    inferredFrom: URIRef
    document: URIRef
    implementer: URIRef
    activity: URIRef
    outcome: URIRef
    implementedBy: URIRef
    hasOutcome: URIRef


# Reused vocabularies (rdflib ships ORG, PROV, SKOS, DCTERMS, FOAF).
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
QB = Namespace("http://purl.org/linked-data/cube#")
SDMX_DIM = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
SDMX_ATTR = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#")
OA = Namespace("http://www.w3.org/ns/oa#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

# Where instances, codes and named graphs live.
ID = Namespace(BASE + "id/")
CODE = Namespace(BASE + "code/")
GRAPH = Namespace(BASE + "graph/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
DATASET = ID["dataset/bhyt-indicators"]

PREFIXES: dict[str, str] = {
    "bhyt": str(BHYT._NS),
    "id": str(ID),
    "code": str(CODE),
    "graph": str(GRAPH),
    "schema": str(SCHEMA),
    "eli": str(ELI),
    "qb": str(QB),
    "sdmx-dimension": str(SDMX_DIM),
    "sdmx-measure": str(SDMX_MEASURE),
    "sdmx-attribute": str(SDMX_ATTR),
    "oa": str(OA),
    "nif": str(NIF),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

# Code-list (SKOS concept scheme) names, as used in CODE[f"{scheme}/{notation}"].
CODE_SCHEMES = (
    "document-kind",
    "organisation-kind",
    "admin-level",
    "indicator",
    "insurance-scheme",
    "population-group",
    "qualifier",
    "unit",
    "event-kind",
    "activity-kind",
    "date-basis",
)


def code(scheme: str, notation: str) -> URIRef:
    """The IRI of the SKOS concept with ``notation`` in code list ``scheme``.

    Raises ValueError for an unknown code list.
    """
    if scheme not in CODE_SCHEMES:
        raise ValueError(f"unknown code list {scheme!r}")
    return CODE[f"{scheme}/{notation}"]


def article_graph(article_id: str) -> URIRef:
    """The named graph that holds one article's facts."""
    return GRAPH[f"article/{article_id}"]
