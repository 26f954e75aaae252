"""Graph -> Report: SHACL validation of bhyt-kg data against ``ontology/shapes.ttl``.

The data is validated together with the ontology (``ontology/bhyt.ttl``) because the code-list
shapes look up each code's ``skos:inScheme`` there, and ``sh:class`` follows ``rdfs:subClassOf``.
Shapes and ontology are parsed once per process; each call copies the data and those ontology
triples into one scratch graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyshacl
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, RDFS, SH, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from bhyt_kg import resources
from bhyt_kg.ns import PREFIXES

SEVERITY_NAMES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result: which node broke which constraint, and what that means."""

    focus: str  # IRI (or blank-node label) of the node that failed
    path: str | None  # IRI of the property concerned, None for node-level checks
    value: str | None  # the offending value (IRI or lexical form), if any
    severity: str  # "Violation" | "Warning" | "Info"
    message: str
    shape: str | None  # IRI of the shape or SPARQL constraint; None if anonymous

    def sort_key(self) -> tuple[int, str, str, str, str, str]:
        """Most severe first, then by focus node, path, message, value and shape."""
        return (
            _SEVERITY_ORDER.get(self.severity, 3),
            self.focus,
            self.path or "",
            self.message,
            self.value or "",
            self.shape or "",
        )


@dataclass(frozen=True)
class Report:
    """The outcome of validating a graph."""

    conforms: bool  # no Violation (warnings and infos are allowed)
    results: tuple[ValidationResult, ...]

    @property
    def violations(self) -> tuple[ValidationResult, ...]:
        """The results of severity Violation."""
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[ValidationResult, ...]:
        """The results of severity Warning."""
        return tuple(r for r in self.results if r.severity == "Warning")

    def text(self) -> str:
        """A readable report for the terminal: a summary line, then one line per result."""
        counts = {name: 0 for name in _SEVERITY_ORDER}
        for result in self.results:
            counts[result.severity] = counts.get(result.severity, 0) + 1
        verdict = "conforms" if self.conforms else "does NOT conform"
        lines = [
            f"The graph {verdict} to the bhyt-kg shapes: {counts['Violation']} violation(s), "
            f"{counts['Warning']} warning(s), {counts['Info']} info(s)."
        ]
        for r in sorted(self.results, key=ValidationResult.sort_key):
            where = _compact(r.focus) + (f" {_compact(r.path)}" if r.path else "")
            value = f" (value: {_compact(r.value)})" if r.value is not None else ""
            lines.append(f"{r.severity}: {where}: {r.message}{value}")
        return "\n".join(lines)


class _PreparedQueryGraph(Graph):
    """A Graph that parses each SPARQL text once.

    pyshacl runs every SPARQL constraint once per focus node with the same text (``$this`` is
    pre-bound); rdflib would re-parse it each time, which is ~90% of validation time.
    """

    def query(self, query_object, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        """Run ``query_object``, reusing the parse of a SPARQL text seen before."""
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=256)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


def validate(data: Graph | Dataset, shapes: Graph | None = None) -> Report:
    """Validate ``data`` (for a Dataset or ConjunctiveGraph: the union of its graphs) with
    pySHACL against ``shapes`` (default: the bundled ``ontology/shapes.ttl``).

    Raises RuntimeError if pyshacl cannot run the shapes (a bug in ``ontology/shapes.ttl``).
    """
    scratch = _PreparedQueryGraph()
    scratch.addN((s, p, o, scratch) for s, p, o in _ontology_triples())
    if isinstance(data, ConjunctiveGraph):  # Dataset is one too: take every named graph
        scratch.addN((s, p, o, scratch) for s, p, o, _ in data.quads((None, None, None, None)))
    else:
        scratch.addN((s, p, o, scratch) for s, p, o in data)
    _, results_graph, _ = pyshacl.validate(
        scratch,
        shacl_graph=shapes if shapes is not None else shapes_graph(),
        inference="none",
        inplace=True,  # scratch is ours: skip pyshacl's defensive copy
        allow_warnings=True,
        allow_infos=True,
    )
    if not isinstance(results_graph, Graph):  # pyshacl refused the shapes themselves
        raise RuntimeError(f"the SHACL shapes cannot be run: {results_graph}")
    results = tuple(sorted(_results(results_graph), key=ValidationResult.sort_key))
    # our own definition of "conforms", whatever pyshacl's allow_* flags mean in a future version
    return Report(conforms=all(r.severity != "Violation" for r in results), results=results)


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The bundled SHACL shapes (ontology/shapes.ttl), parsed once per process."""
    with resources.shapes_file().open("rb") as handle:
        return Graph().parse(handle, format="turtle")


@lru_cache(maxsize=1)
def _ontology_triples() -> tuple[tuple[Node, Node, Node], ...]:
    """The part of the ontology the shapes read: code membership and the class hierarchy.

    Copying only these (a tenth of the file) into every validation keeps per-article checks fast.
    """
    with resources.ontology_file().open("rb") as handle:
        ontology = Graph().parse(handle, format="turtle")
    return tuple(
        triple for predicate in (SKOS.inScheme, RDFS.subClassOf)
        for triple in ontology.triples((None, predicate, None))
    )


def _results(report: Graph) -> list[ValidationResult]:
    """Read the sh:ValidationResult nodes that hang directly off the report."""
    out = []
    for node in report.subjects(RDF.type, SH.ValidationReport):
        for result in report.objects(node, SH.result):
            messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
            severity = report.value(result, SH.resultSeverity)
            path = report.value(result, SH.resultPath)
            value = report.value(result, SH.value)
            # A named SPARQL constraint identifies the check better than its node shape.
            shape = report.value(result, SH.sourceConstraint)
            if not isinstance(shape, URIRef):
                shape = report.value(result, SH.sourceShape)
            out.append(
                ValidationResult(
                    focus=str(report.value(result, SH.focusNode)),
                    path=str(path) if isinstance(path, URIRef) else None,
                    value=_term_text(value),
                    severity=SEVERITY_NAMES.get(severity, str(severity)),
                    message=messages[0] if messages else "(no message)",
                    shape=str(shape) if isinstance(shape, URIRef) else None,
                )
            )
    return out


def _term_text(term: Node | None) -> str | None:
    if term is None or isinstance(term, BNode):  # a blank node's label means nothing to a reader
        return None
    return str(term)


def _compact(iri: str) -> str:
    """``id:article/x`` rather than the full IRI, using the project's prefixes."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best, chosen = namespace, prefix
    return f"{chosen}:{iri[len(best):]}" if best else iri
