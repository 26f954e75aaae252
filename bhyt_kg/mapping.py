"""Extracted facts -> one article's RDF graph (the shape in tests/data/example.trig).

Everything the article says goes into its own graph, including the shared entities it
mentions (places, organisations, documents, people), each with evidence in this article, so
that an article's facts can be found, validated and replaced as a unit.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rdflib_ns
from rdflib.term import Node

from . import identity as ids
from .extract.activities import ACTIVITY_KEYWORDS
from .extract.documents import document_label
from .model import (
    Area,
    DocumentMention,
    DocumentRef,
    Extraction,
    Observation,
    OrgRef,
    Post,
    Span,
)
from . import ns
from .ns import DATASET, PREFIXES, code


def post_label(post: Post) -> str:
    """"Trưởng ban" + "Ban Tuyên giáo Huyện ủy X" -> "Trưởng Ban Tuyên giáo Huyện ủy X": a title
    that ends in the body's first word says it once."""
    title, org = post.title.split(), post.org.label
    if title and org.split()[:1] and title[-1].casefold() == org.split()[0].casefold():
        title = title[:-1]
    return " ".join([*title, org])


class _Terms:
    """A namespace whose terms are looked up once: rdflib builds a new URIRef on every
    attribute access, and an article's graph reads a few dozen terms hundreds of times."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:  # only called for a term not yet looked up
        if name.startswith("_"):  # introspection (doctest, mock), never a term
            raise AttributeError(name)
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


BHYT, ELI, NIF, OA, QB, SCHEMA = (
    _Terms(n) for n in (ns.BHYT, ns.ELI, ns.NIF, ns.OA, ns.QB, ns.SCHEMA)
)
SDMX_ATTR, SDMX_DIM, SDMX_MEASURE = (_Terms(n) for n in (ns.SDMX_ATTR, ns.SDMX_DIM, ns.SDMX_MEASURE))
FOAF, ORG, PROV, RDF, RDFS, XSD = (
    _Terms(n)
    for n in (rdflib_ns.FOAF, rdflib_ns.ORG, rdflib_ns.PROV, rdflib_ns.RDF, rdflib_ns.RDFS, rdflib_ns.XSD)
)


# Terms are immutable and an article repeats its labels, dates, offsets and codes, so they are
# made once: building a Literal parses its value back, and a Namespace item checks its IRI.
_TERMS = 1 << 14


@functools.lru_cache(maxsize=_TERMS)
def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


@functools.lru_cache(maxsize=_TERMS)
def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


@functools.lru_cache(maxsize=_TERMS)
def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


_code = functools.lru_cache(maxsize=_TERMS)(code)

Triple = tuple[Node, Node, Node]
_BOOLEANS = {False: Literal(False), True: Literal(True)}


class _Mapper:
    """Builds one article's graph; keeps track of IRIs already minted in it."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.aid = ex.article.id
        # The triples in the order they are made, once each (a dict is an ordered set); one
        # Graph.addN at the end is cheaper than a Graph.add per triple.
        self.triples: dict[Triple, None] = {}
        self.article = ids.article_iri(self.aid)
        self._areas: set[Area] = set()
        self._orgs: set[OrgRef] = set()
        self._evidence: set[URIRef] = set()
        self._documents: set[URIRef] = set()
        self._scoped: dict[str, int] = defaultdict(int)
        self._minted: set[URIRef] = set()  # the article-scoped IRIs given out so far

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.triples[(s, p, o)] = None

    def unique(self, kind: str, key: str) -> URIRef:
        """An article-scoped IRI; a repeated key gets -2, -3 in text order (deterministic),
        skipping any taken by a key that already ends in such a number."""
        while True:
            self._scoped[f"{kind}/{key}"] += 1
            n = self._scoped[f"{kind}/{key}"]
            iri = ids.scoped_iri(kind, self.aid, key if n == 1 else f"{key}-{n}")
            if iri not in self._minted:
                self._minted.add(iri)
                return iri

    # --- evidence ------------------------------------------------------------------------
    def evidence(self, span: Span) -> URIRef:
        """The node of one sentence: its article (Web Annotation) and, on the node itself, its
        character offsets and exact text (NIF), so a citation is one hop from any fact."""
        e = ids.evidence_iri(self.aid, span)
        if e not in self._evidence:
            self._evidence.add(e)
            self.add(e, RDF.type, BHYT.Evidence)
            self.add(e, OA.hasSource, self.article)
            self.add(e, NIF.beginIndex, _integer(span.start))
            self.add(e, NIF.endIndex, _integer(span.end))
            self.add(e, NIF.anchorOf, Literal(self.ex.article.text[span.start : span.end]))
        return e

    def cite(self, node: URIRef, spans: Iterable[Span]) -> None:
        for span in spans:
            self.add(node, BHYT.hasEvidence, self.evidence(span))

    # --- article -------------------------------------------------------------------------
    def map_article(self) -> None:
        a, art = self.article, self.ex.article
        self.add(a, RDF.type, BHYT.Article)
        self.add(a, SCHEMA.headline, Literal(art.title) if art.title else None)
        if isinstance(art.published, dt.datetime):
            self.add(a, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.dateTime))
        elif isinstance(art.published, dt.date):
            self.add(a, SCHEMA.datePublished, _date(art.published))
        self.add(a, BHYT.byline, Literal(art.author) if art.author else None)
        self.add(a, SCHEMA.inLanguage, Literal(art.language))
        self.add(a, BHYT.sourceFile, Literal(art.path))
        self.add(a, BHYT.sha256, Literal(art.sha256))
        self.add(a, SCHEMA.url, URIRef(art.url) if art.url else None)

    # --- places and organisations ----------------------------------------------------------
    def area(self, area: Area | None) -> URIRef | None:
        if area is None:
            return None
        node = ids.area_iri(area)
        if area not in self._areas:
            self._areas.add(area)
            self.add(node, RDF.type, BHYT.AdministrativeUnit)
            self.add(node, RDFS.label, _vi(area.label))
            self.add(node, BHYT.adminLevel, _code("admin-level", area.level))
            self.add(node, BHYT.gsoCode, Literal(area.code) if area.code else None)
            self.add(node, BHYT.parentUnit, self.area(area.parent))
        return node

    def org(self, org: OrgRef | None, *spans: Span, inferred: bool = False) -> URIRef | None:
        """The organisation's node; ``spans`` (where it is named) become evidence for it and
        for the bodies it belongs to, which the same words name ("Ban Tuyên giáo Huyện ủy").
        ``inferred``: the sentences only imply the body (a document's issuer read from its
        symbol) and cite it with bhyt:inferredFrom, not as evidence that they name it."""
        if org is None:
            return None
        node = ids.org_iri(org, self.aid)
        if org not in self._orgs:
            self._orgs.add(org)
            self.add(node, RDF.type, BHYT.Organisation)
            self.add(node, RDFS.label, _vi(org.label))
            self.add(node, ORG.classification, _code("organisation-kind", org.kind))
            self.add(node, BHYT.area, self.area(org.area))
        self.add(node, ORG.subOrganizationOf, self.org(org.parent, *spans, inferred=inferred))
        if inferred:
            for span in spans:
                self.add(node, BHYT.inferredFrom, self.evidence(span))
        else:
            self.cite(node, spans)
        return node

    # --- documents -------------------------------------------------------------------------
    def document(self, ref: DocumentRef) -> URIRef:
        node = ids.document_iri(ref, self.aid)
        if node not in self._documents:
            self._documents.add(node)
            self.add(node, RDF.type, BHYT.PolicyDocument)
            self.add(node, RDFS.label, _vi(document_label(ref)))
            self.add(node, BHYT.documentKind, _code("document-kind", ref.kind))
            self.add(node, BHYT.documentNumber, Literal(ref.number))
        return node

    def map_documents(self) -> None:
        by_ref: dict[DocumentRef, list[DocumentMention]] = defaultdict(list)
        for m in self.ex.documents:
            by_ref[m.ref].append(m)
        for ref, mentions in by_ref.items():
            node = self.document(ref)
            # One value per property, the first the article gives, so an article is consistent.
            def first(attr: str, mentions: list[DocumentMention] = mentions) -> object:
                return next((getattr(m, attr) for m in mentions if getattr(m, attr)), None)

            self.add(node, ELI.id_local, Literal(first("symbol")) if first("symbol") else None)
            # The issuer as written ("của Ban Bí thư"), else as the symbol or the article's
            # other mentions imply it ("38-CT/TW"): the sentences then do not name it.
            spans = [m.span for m in mentions]
            written = first("issued_by")
            issuer = (self.org(written, *spans) if written
                      else self.org(ref.issuer, *spans, inferred=True))
            self.add(node, ELI.passed_by, issuer)
            self.add(node, ELI.date_document, _date(first("issued")) if first("issued") else None)
            self.add(node, BHYT.partyTerm, Literal(first("term")) if first("term") else None)
            self.add(node, ELI.title, _vi(first("title")) if first("title") else None)
            self.cite(node, (m.span for m in mentions))

    # --- people ----------------------------------------------------------------------------
    def post(self, post: Post) -> URIRef:
        node = ids.post_iri(post, self.aid)
        self.add(node, RDF.type, ORG.Post)
        self.add(node, RDFS.label, _vi(post_label(post)))
        self.add(node, BHYT.roleTitle, Literal(post.title))
        return node

    def person_iri(self, name: str) -> URIRef | None:
        posts = tuple(p for m in self.ex.people if m.name == name for p in m.posts)
        if not any(m.name == name for m in self.ex.people):
            return None
        return ids.person_iri(name, posts, self.aid)

    def map_people(self) -> None:
        for m in self.ex.people:
            node = self.person_iri(m.name)
            assert node is not None
            self.add(node, RDF.type, BHYT.Person)
            self.add(node, FOAF.name, Literal(m.name))
            self.add(node, RDFS.label, _vi(m.name))
            for post in m.posts:
                p = self.post(post)
                self.add(node, ORG.holds, p)
                self.add(p, ORG.postIn, self.org(post.org, m.span))
                self.cite(p, [m.span])
            self.cite(node, [m.span])

    # --- meetings and activities ----------------------------------------------------------
    def map_meetings(self) -> None:
        for mt in self.ex.meetings:
            node = self.unique("event", f"{mt.kind}-{mt.date.isoformat() if mt.date else 'undated'}")
            self.add(node, RDF.type, BHYT.Meeting)
            self.add(node, RDFS.label, _vi(mt.label))
            self.add(node, BHYT.eventKind, _code("event-kind", mt.kind))
            self.add(node, SCHEMA.startDate, _date(mt.date) if mt.date else None)
            self.add(node, SCHEMA.location, self.area(mt.area))
            self.add(node, BHYT.chairedBy, self.person_iri(mt.chair) if mt.chair else None)
            self.add(node, BHYT.organisedBy, self.org(mt.organiser, mt.span))
            self.cite(node, [mt.span])

    def map_activities(self) -> dict[object, URIRef]:
        nodes: dict[object, URIRef] = {}
        for act in self.ex.activities:
            agent = act.agents[0] if act.agents else None
            key = f"{act.kind}-{ids.org_path(agent, self.aid).rsplit('/', 1)[-1]}" if agent else act.kind
            node = self.unique("activity", key)
            nodes[act] = node
            label = ACTIVITY_KEYWORDS[act.kind][0]
            self.add(node, RDF.type, BHYT.Activity)
            self.add(node, RDFS.label, _vi(f"{label} ({agent.label})" if agent else label))
            self.add(node, BHYT.activityKind, _code("activity-kind", act.kind))
            for a in act.agents:
                self.add(node, PROV.wasAssociatedWith, self.org(a, act.span))
            for doc in act.documents:
                self.add(node, BHYT.implements, self.document(doc))
            self.add(node, BHYT.area, self.area(act.area))
            self.cite(node, [act.span])
        return nodes

    # --- observations ----------------------------------------------------------------------
    def map_observations(self) -> dict[Observation, URIRef]:
        nodes: dict[Observation, URIRef] = {}
        for ob in self.ex.observations:
            key = "/".join(
                [
                    ob.scheme or "any",
                    ob.indicator,
                    ob.population_group or "all",
                    ob.date.isoformat() if ob.date else "undated",
                ]
                + (["target"] if ob.is_target else [])
            )
            node = self.unique("observation", key)
            nodes[ob] = node
            self.add(node, RDF.type, QB.Observation)
            self.add(node, RDF.type, BHYT.Observation)
            self.add(node, QB.dataSet, DATASET)
            self.add(node, BHYT.indicator, _code("indicator", ob.indicator))
            self.add(node, BHYT.insuranceScheme, _code("insurance-scheme", ob.scheme) if ob.scheme else None)
            self.add(node, SDMX_DIM.refArea, self.area(ob.area))
            self.add(node, BHYT.refDate, _date(ob.date) if ob.date else None)
            self.add(node, BHYT.periodStart, _date(ob.period_start) if ob.period_start else None)
            self.add(node, BHYT.periodEnd, _date(ob.period_end) if ob.period_end else None)
            self.add(node, BHYT.dateBasis, _code("date-basis", ob.date_basis) if ob.date_basis else None)
            self.add(node, SDMX_MEASURE.obsValue, Literal(ob.value, datatype=XSD.decimal))
            self.add(node, SDMX_ATTR.unitMeasure, _code("unit", ob.unit))
            self.add(node, BHYT.isTarget, _BOOLEANS[ob.is_target])
            self.add(node, BHYT.qualifier, _code("qualifier", ob.qualifier) if ob.qualifier else None)
            self.add(
                node, BHYT.populationGroup,
                _code("population-group", ob.population_group) if ob.population_group else None,
            )
            self.add(node, BHYT.numerator, Literal(ob.numerator, datatype=XSD.decimal) if ob.numerator is not None else None)
            self.add(node, BHYT.denominator, Literal(ob.denominator, datatype=XSD.decimal) if ob.denominator is not None else None)
            self.cite(node, [ob.span])
        return nodes

    # --- claims ----------------------------------------------------------------------------
    def map_claims(self, activities: dict[object, URIRef], observations: dict[Observation, URIRef]) -> None:
        for link in self.ex.implementations:
            doc, org = self.document(link.document), self.org(link.implementer, link.span)
            assert org is not None
            act = activities.get(link.activity) if link.activity is not None else None
            tail = act.rsplit("/", 1)[-1] if act else ids.org_path(link.implementer, self.aid).rsplit("/", 1)[-1]
            node = self.unique("claim", f"implementation/{tail}")
            self.add(node, RDF.type, BHYT.ImplementationClaim)
            self.add(node, BHYT.document, doc)
            self.add(node, BHYT.implementer, org)
            self.add(node, BHYT.activity, act)
            self.add(doc, BHYT.implementedBy, org)
            self.cite(node, [link.span])
        for link in self.ex.outcomes:
            doc, obs = self.document(link.document), observations[link.outcome]
            node = self.unique("claim", "outcome/" + obs.split(f"/observation/{self.aid}/", 1)[-1])
            self.add(node, RDF.type, BHYT.OutcomeClaim)
            self.add(node, BHYT.document, doc)
            self.add(node, BHYT.outcome, obs)
            self.add(doc, BHYT.hasOutcome, obs)
            self.cite(node, [link.span])  # the sentence that attributes; the figure has its own

    def run(self) -> dict[Triple, None]:
        self.map_article()
        for area, span in self.ex.places:
            self.cite(self.area(area), [span])  # type: ignore[arg-type]
        for mention in self.ex.organisations:
            self.org(mention.org, mention.span)
        self.map_documents()
        self.map_people()
        self.map_meetings()
        activities = self.map_activities()
        observations = self.map_observations()
        self.map_claims(activities, observations)
        return self.triples


def triples(extraction: Extraction) -> Iterator[Triple]:
    """The triples of one article's extraction, each once, without building a Graph."""
    return iter(_Mapper(extraction).run())


def to_graph(extraction: Extraction) -> Graph:
    """The RDF graph of one article's extraction (to be stored as the article's named graph)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.addN((s, p, o, g) for s, p, o in _Mapper(extraction).run())
    return g
