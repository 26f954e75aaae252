"""SHACL shapes -> SPARQL queries: validate the whole store in one pass per constraint.

pySHACL walks every focus node in Python over an rdflib graph: ~130 ms for one article, hours
for a corpus (issue 5). Here each constraint of ``ontology/shapes.ttl`` becomes one SELECT that
finds *all* its violating focus nodes at once, and Oxigraph answers it from its indexes.

The compiler is generic over the SHACL Core features the shapes use (IRI, inverse and
alternative paths, targets by class with ``rdfs:subClassOf``, min/max counts, class, datatype,
node kind, pattern, length, value ranges, ``sh:in``, ``sh:hasValue``, ``sh:lessThan(OrEquals)``,
``sh:node``, ``sh:or``, qualified value shapes) and SHACL-SPARQL ``sh:select`` constraints. A
shape that uses anything else raises ``UnsupportedShapeError`` when the shapes are compiled, so no
constraint is ever silently skipped.
The tests check that the results equal pySHACL's on the seeds and on hand-broken graphs.

Semantics are SHACL's over the graph the store answers queries on: the deduplicated union of
all article graphs and the ontology (so a document described by two articles is checked once,
with both articles' statements). Not checked, unlike pySHACL: whether a literal's lexical form
is valid for its datatype ("1.5"^^xsd:integer); Oxigraph stores such literals as written.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import BNode, Node

from bhyt_kg.shapes import SEVERITY_NAMES, Report, ValidationResult, shapes_graph

_TRUE = Literal(True)
_FOCUS = "?this"
_VALUE = "?value"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASS_AXIOMS = ("SELECT ?sub ?super WHERE { "
                    "?sub <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?super }")

# Parameters that are read together with the constraint that owns them.
_COMPANIONS = {SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount,
               SH.qualifiedValueShapesDisjoint}
# Predicates of a shape that are not constraints.
_NOT_CONSTRAINTS = {RDF.type, SH.path, SH.message, SH.severity, SH.name, SH.description,
                    SH.order, SH.group, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
                    SH.targetObjectsOf, SH.property, SH.deactivated, SH.declare,
                    URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                    URIRef("http://www.w3.org/2000/01/rdf-schema#comment")}


class UnsupportedShapeError(ValueError):
    """A shape uses a SHACL feature this compiler does not translate."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape: what a result of it says."""

    shape: str | None  # reported as the result's shape (the constraint or shape IRI)
    component: str  # the SHACL constraint component, e.g. "minCount", "sparql"
    severity: str
    message: str
    path: str | None  # the property shape's path; SPARQL constraints give ?path per row
    sparql: str = ""  # a query of its own, with {FOCUS} for the focus pattern (else "")


# --- small SPARQL writers ---------------------------------------------------------------------


def _term(node: Node) -> str:
    """A term as SPARQL syntax (N-Triples form, which SPARQL accepts)."""
    if isinstance(node, (URIRef, Literal)):
        return node.n3()
    raise UnsupportedShapeError(f"a blank node cannot be written as a SPARQL constant: {node!r}")


def _string(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"'


# --- the compiler -----------------------------------------------------------------------------


Subclasses = dict[URIRef, frozenset[URIRef]]


def subclass_closure(axioms: Iterable[tuple[Node, Node]]) -> Subclasses:
    """{class: every class below it, itself included} from (sub, super) pairs."""
    below: dict[URIRef, set[URIRef]] = {}
    for sub, sup in axioms:
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            below.setdefault(sup, set()).add(sub)
    closure: Subclasses = {}
    for cls in below:
        seen, todo = {cls}, [cls]
        while todo:
            for sub in below.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        closure[cls] = frozenset(seen)
    return closure


class _Compiler:
    def __init__(self, shapes: Graph, subclasses: Subclasses) -> None:
        self.g = shapes
        self.subclasses = subclasses

    def is_instance(self, var: str, cls: Node) -> str:
        """``var`` is an instance of ``cls`` or of a subclass (the closure is precomputed,
        which Oxigraph answers several times faster than an ``rdf:type/rdfs:subClassOf*`` path).
        """
        classes = sorted(self.subclasses.get(cls, frozenset()) | {cls})  # type: ignore[arg-type]
        return " UNION ".join(f"{{ {var} {_TYPE} {_term(c)} }}" for c in classes)

    def one(self, node: Node, predicate: URIRef) -> Node | None:
        return self.g.value(node, predicate)

    def message(self, shape: Node, default: str) -> str:
        messages = sorted(str(m) for m in self.g.objects(shape, SH.message))
        return messages[0] if messages else default

    def severity(self, shape: Node) -> str:
        found = self.one(shape, SH.severity)
        return SEVERITY_NAMES.get(found, str(found)) if found is not None else "Violation"

    def focus(self, shape: Node) -> str | None:
        """A graph pattern binding ?this to the shape's focus nodes (None: no targets)."""
        patterns = []
        for cls in sorted(self.g.objects(shape, SH.targetClass)):
            patterns.append(self.is_instance(_FOCUS, cls))
        for node in sorted(self.g.objects(shape, SH.targetNode)):
            patterns.append(f"VALUES {_FOCUS} {{ {_term(node)} }}")
        for prop in sorted(self.g.objects(shape, SH.targetSubjectsOf)):
            patterns.append(f"{_FOCUS} {_term(prop)} [] .")
        for prop in sorted(self.g.objects(shape, SH.targetObjectsOf)):
            patterns.append(f"[] {_term(prop)} {_FOCUS} .")
        if not patterns:
            return None
        return " UNION ".join(f"{{ {p} }}" for p in patterns)

    # -- conformance of a value to an inner shape (sh:node, sh:or, qualified value shapes)

    def conforms(self, shape: Node, var: str) -> str:
        """A SPARQL expression: true when ``var`` conforms to ``shape`` (a subset of Core)."""
        parts: list[str] = []
        for predicate, obj in sorted(self.g.predicate_objects(shape)):
            if predicate in (RDF.type, SH.message, SH.severity, SH.name, SH.description):
                continue
            if predicate == SH["class"]:
                parts.append(f"EXISTS {{ {self.is_instance(var, obj)} }}")
            elif predicate == SH.datatype:
                parts.append(f"(isLiteral({var}) && datatype({var}) = {_term(obj)})")
            elif predicate == SH.nodeKind:
                parts.append(self.node_kind(obj, var))
            elif predicate == SH.hasValue:
                parts.append(f"sameTerm({var}, {_term(obj)})")
            elif predicate == SH["in"]:
                parts.append(self.in_list(obj, var))
            elif predicate == SH.property:
                parts.append(self.property_conforms(obj, var))
            elif predicate == SH["or"]:
                members = [self.conforms(m, var) for m in Collection(self.g, obj)]
                parts.append("(" + " || ".join(members or ["false"]) + ")")
            elif predicate == SH.node:
                parts.append(self.conforms(obj, var))
            else:
                raise UnsupportedShapeError(f"{shape}: {predicate} inside sh:node/sh:or/"
                                       f"sh:qualifiedValueShape is not supported")
        return "(" + " && ".join(parts or ["true"]) + ")"

    def property_conforms(self, shape: Node, var: str) -> str:
        path = self.simple_path(shape)
        parts: list[str] = []
        for predicate, obj in sorted(self.g.predicate_objects(shape)):
            if predicate in (RDF.type, SH.path, SH.message, SH.severity, SH.name):
                continue
            if predicate == SH.hasValue:
                parts.append(f"EXISTS {{ {var} {path} {_term(obj)} }}")
            elif predicate == SH.minCount and int(obj) == 1:
                parts.append(f"EXISTS {{ {var} {path} [] }}")
            elif predicate == SH["class"]:
                parts.append(f"NOT EXISTS {{ {var} {path} ?inner . "
                             f"FILTER NOT EXISTS {{ {self.is_instance('?inner', obj)} }} }}")
            else:
                raise UnsupportedShapeError(f"{shape}: {predicate} in a nested property shape is "
                                       f"not supported")
        return "(" + " && ".join(parts or ["true"]) + ")"

    def conform_pattern(self, shape: Node, var: str) -> str | None:
        """A graph pattern matching exactly the values of ``var`` that conform to ``shape``,
        when the shape is simple enough (classes, required values); else None."""
        parts: list[str] = []
        for predicate, obj in sorted(self.g.predicate_objects(shape)):
            if predicate in (RDF.type, SH.message, SH.severity, SH.name, SH.description):
                continue
            if predicate == SH["class"]:
                parts.append(f"{{ {self.is_instance(var, obj)} }}")
            elif predicate == SH.property and self.one(obj, SH.path) is not None:
                rest = set(self.g.predicates(obj)) - {RDF.type, SH.path, SH.name}
                has = self.one(obj, SH.hasValue)
                if rest == {SH.hasValue} and has is not None:
                    parts.append(f"{var} {self.simple_path(obj)} {_term(has)} .")
                else:
                    return None
            else:
                return None
        return " ".join(parts) if parts else None

    def node_kind(self, kind: Node, var: str) -> str:
        tests = {
            SH.IRI: f"isIRI({var})",
            SH.Literal: f"isLiteral({var})",
            SH.BlankNode: f"isBlank({var})",
            SH.BlankNodeOrIRI: f"(isBlank({var}) || isIRI({var}))",
            SH.BlankNodeOrLiteral: f"(isBlank({var}) || isLiteral({var}))",
            SH.IRIOrLiteral: f"(isIRI({var}) || isLiteral({var}))",
        }
        if kind not in tests:
            raise UnsupportedShapeError(f"unknown sh:nodeKind {kind}")
        return tests[kind]

    def in_list(self, head: Node, var: str) -> str:
        members = [f"sameTerm({var}, {_term(m)})" for m in Collection(self.g, head)]
        return "(" + " || ".join(members or ["false"]) + ")"

    def simple_path(self, shape: Node) -> str:
        path = self.one(shape, SH.path)
        if isinstance(path, URIRef):
            return _term(path)
        if isinstance(path, BNode) and self.one(path, SH.inversePath) is not None:
            inverse = self.one(path, SH.inversePath)
            if isinstance(inverse, URIRef):
                return f"^{_term(inverse)}"
        if isinstance(path, BNode) and self.one(path, SH.alternativePath) is not None:
            # ("hasEvidence or inferredFrom"): an alternative of plain properties
            members = list(Collection(self.g, self.one(path, SH.alternativePath)))
            if members and all(isinstance(m, URIRef) for m in members):
                return "(" + "|".join(_term(m) for m in members) + ")"
        raise UnsupportedShapeError(
            f"{shape}: only IRI, inverse and alternative-of-IRI paths are supported, not {path!r}")

    # -- one property shape's constraints

    def property_conditions(self, shape: Node) -> tuple[list[_Condition], list[Check]]:
        """(conditions on each ?value, checks with a query of their own).

        A condition is a SPARQL expression that is true when the constraint is violated; the
        conditions of one property are evaluated together in one scan of its values.
        """
        path_term = self.one(shape, SH.path)
        path = self.simple_path(shape)
        report_path = str(path_term) if isinstance(path_term, URIRef) else None
        name = str(shape) if isinstance(shape, URIRef) else None
        message = self.message(shape, f"{shape} constraint failed")
        severity = self.severity(shape)
        on_value: list[_Condition] = []
        alone: list[Check] = []

        def meta(component: str, sparql: str = "") -> Check:
            return Check(name, component, severity, message, report_path, sparql)

        def value(component: str, condition: str) -> None:
            on_value.append(_Condition(meta(component), condition))

        for predicate, obj in sorted(self.g.predicate_objects(shape)):
            if predicate in _NOT_CONSTRAINTS or predicate in _COMPANIONS:
                continue
            if predicate == SH.minCount:
                count = int(obj)
                if count == 1:
                    alone.append(meta("minCount", _without(f"{_FOCUS} {path} [] .")))
                elif count > 1:
                    alone.append(meta("minCount", (
                        f"SELECT {_FOCUS} WHERE {{ {{FOCUS}} OPTIONAL {{ {_FOCUS} {path} "
                        f"{_VALUE} }} }} GROUP BY {_FOCUS} "
                        f"HAVING (COUNT(DISTINCT {_VALUE}) < {count})")))
            elif predicate == SH.maxCount:
                count = int(obj)
                alone.append(meta("maxCount", _too_many(f"{_FOCUS} {path} {_VALUE} .", count,
                                                        distinct=False)))
            elif predicate == SH["class"]:
                alone.append(meta("class", _values_without(path, self.is_instance(_VALUE, obj))))
            # Each mention of ?value in an expression reads the term again (a look-up of the
            # string for long literals), so these conditions mention it once where they can:
            # datatype() fails on a non-literal, STR() on a blank node, and COALESCE turns
            # that failure into the same answer as the plain form "!(isLiteral(?value) &&
            # datatype(?value) = D)" or "isBlank(?value) || ...". Measured on the evidence
            # quotes' datatype and pattern: 1.6 -> 0.8 s at 10k articles, 17 -> 9 s at 100k.
            elif predicate == SH.datatype:
                value("datatype", f"!COALESCE(datatype({_VALUE}) = {_term(obj)}, false)")
            elif predicate == SH.nodeKind:
                value("nodeKind", f"!{self.node_kind(obj, _VALUE)}")
            elif predicate == SH.pattern:
                flags = self.one(shape, SH.flags)
                extra = f", {_string(str(flags))}" if flags is not None else ""
                value("pattern", f"COALESCE(!REGEX(STR({_VALUE}), {_string(str(obj))}{extra}), "
                                 f"isBlank({_VALUE}))")
            elif predicate in (SH.minLength, SH.maxLength):
                op = "<" if predicate == SH.minLength else ">"
                value(predicate.split("#")[-1],
                      f"COALESCE(STRLEN(STR({_VALUE})) {op} {int(obj)}, isBlank({_VALUE}))")
            elif predicate in (SH.minInclusive, SH.minExclusive, SH.maxInclusive,
                               SH.maxExclusive):
                op = {SH.minInclusive: ">=", SH.minExclusive: ">", SH.maxInclusive: "<=",
                      SH.maxExclusive: "<"}[predicate]
                # a value that cannot be compared (a string, an IRI) fails the constraint
                value(predicate.split("#")[-1], f"!COALESCE({_VALUE} {op} {_term(obj)}, false)")
            elif predicate == SH["in"]:
                value("in", f"!{self.in_list(obj, _VALUE)}")
            elif predicate == SH.hasValue:
                alone.append(meta("hasValue", _without(f"{_FOCUS} {path} {_term(obj)} .")))
            elif predicate in (SH.lessThan, SH.lessThanOrEquals):
                # Values that cannot be compared fail, as the spec says (pySHACL reports such
                # a pair in some orders only, following rdflib's ordering of literals).
                # The two properties are read as two sub-SELECTs, which Oxigraph joins by
                # hash; as one pattern it looks the second up once per value, and index
                # look-ups grow worse than linearly (evidence offsets: 2.7 -> 0.4 s at 10k
                # articles, 30 -> 6.5 s at 100k).
                op = "<" if predicate == SH.lessThan else "<="
                alone.append(meta(predicate.split("#")[-1], _focused(
                    f"SELECT {_FOCUS} {_VALUE} WHERE {{ "
                    f"{{ SELECT {_FOCUS} {_VALUE} WHERE {{ {_FOCUS} {path} {_VALUE} }} }} "
                    f"{{ SELECT {_FOCUS} ?other WHERE {{ {_FOCUS} {_term(obj)} ?other }} }} "
                    f"FILTER (!COALESCE({_VALUE} {op} ?other, false)) }}",
                    f"{_FOCUS} {_VALUE}")))
            elif predicate == SH.node:
                pattern = self.conform_pattern(obj, _VALUE)
                if pattern is not None:
                    alone.append(meta("node", _values_without(path, pattern)))
                else:
                    value("node", f"!{self.conforms(obj, _VALUE)}")
            elif predicate == SH["or"]:
                shapes = list(Collection(self.g, obj))
                patterns = [self.conform_pattern(m, _VALUE) for m in shapes]
                if patterns and all(p is not None for p in patterns):
                    # a value conforms to none of the members: one MINUS of their union, not
                    # one EXISTS probe per member and value
                    alone.append(meta("or", _values_without(path, _union(
                        [p for p in patterns if p is not None]))))
                else:
                    members = [self.conforms(m, _VALUE) for m in shapes]
                    value("or", "!(" + " || ".join(members or ["false"]) + ")")
            elif predicate == SH.qualifiedValueShape:
                if self.one(shape, SH.qualifiedValueShapesDisjoint) == Literal(True):
                    raise UnsupportedShapeError(f"{shape}: sh:qualifiedValueShapesDisjoint")
                low = self.one(shape, SH.qualifiedMinCount)
                high = self.one(shape, SH.qualifiedMaxCount)
                pattern = self.conform_pattern(obj, _VALUE)
                conforming = f"{_FOCUS} {path} {_VALUE} . " + (
                    pattern if pattern is not None else f"FILTER {self.conforms(obj, _VALUE)}")
                if low is not None and int(low) == 1:
                    alone.append(meta("qualifiedMinCount", _without(conforming)))
                elif low is not None and int(low) > 1:
                    alone.append(meta("qualifiedMinCount", (
                        f"SELECT {_FOCUS} WHERE {{ {{FOCUS}} OPTIONAL {{ {conforming} }} }} "
                        f"GROUP BY {_FOCUS} HAVING (COUNT(DISTINCT {_VALUE}) < {int(low)})")))
                if high is not None:
                    alone.append(meta("qualifiedMaxCount", _too_many(conforming, int(high))))
            else:
                raise UnsupportedShapeError(f"{shape}: {predicate} is not supported by the SPARQL "
                                       f"validator")
        return on_value, alone

    def sparql_check(self, shape: Node, constraint: Node) -> Check:
        select = self.one(constraint, SH.select)
        if select is None:
            raise UnsupportedShapeError(f"{shape}: a SPARQL constraint without sh:select")
        prefixes = []
        for source in self.g.objects(constraint, SH.prefixes):
            for declaration in self.g.objects(source, SH.declare):
                prefix = self.one(declaration, SH.prefix)
                namespace = self.one(declaration, SH.namespace)
                prefixes.append(f"PREFIX {prefix}: <{namespace}>")
        # $this is pre-bound in SHACL-SPARQL; joining the focus pattern with the query run
        # unbound gives the same solutions for every focus node at once.
        body = str(select).replace("$this", _FOCUS)
        sparql = "\n".join(sorted(set(prefixes))) + (
            f"\nSELECT DISTINCT * WHERE {{ {{FOCUS}} {{ {body} }} }}")
        name = constraint if isinstance(constraint, URIRef) else shape
        return Check(str(name) if isinstance(name, URIRef) else None, "sparql",
                     self.severity(shape), self.message(constraint, f"{shape} constraint failed"),
                     None, sparql)

    def shape_queries(self, shape: Node) -> list[_Query]:
        """The queries that check ``shape`` on its focus nodes, with ``{FOCUS}`` standing for
        the focus pattern: one scan per property for every per-value condition, and one query
        per constraint that needs grouping or a SPARQL constraint."""
        props = [shape] if self.one(shape, SH.path) is not None else [
            p for p in sorted(self.g.objects(shape, SH.property), key=str)
            if self.one(p, SH.deactivated) != Literal(True)]
        if self.one(shape, SH.path) is None:
            for predicate in set(self.g.predicates(shape)):
                if predicate not in _NOT_CONSTRAINTS and predicate != SH.sparql:
                    raise UnsupportedShapeError(f"{shape}: node-level {predicate} is not supported")
        queries: list[_Query] = []
        for prop in props:
            value_conditions, alone = self.property_conditions(prop)
            low, high = self.one(prop, SH.minCount), self.one(prop, SH.maxCount)
            counts = [c for c in alone if c.component in ("minCount", "maxCount")]
            if low is not None and high is not None and int(low) >= 1 and len(counts) == 2:
                alone = [c for c in alone if c not in counts]
                queries.append(_count_query(self.simple_path(prop), int(low), int(high),
                                            counts))
            if value_conditions:
                queries.append(_flag_query(f"{_FOCUS} {self.simple_path(prop)} {_VALUE} .",
                                           value_conditions))
            queries += [_Query(c.sparql, ((None, c),)) for c in alone]
        for constraint in sorted(self.g.objects(shape, SH.sparql), key=str):
            check = self.sparql_check(shape, constraint)
            queries.append(_Query(check.sparql, ((None, check),)))
        return queries

    def compile(self) -> tuple[_Query, ...]:
        """Every check, once: a check that several shapes share (a property shape such as
        "every fact has evidence", used by ten node shapes) becomes one query whose focus is
        the union of their focus nodes. Its results are the same (a result names the property
        shape, not the node shape that reached it, and results form a set), and the store
        scans the property once instead of once per shape."""
        focuses: dict[_Query, list[str]] = {}
        shapes = set(self.g.subjects(RDF.type, SH.NodeShape)) | set(
            self.g.subjects(RDF.type, SH.PropertyShape))
        for shape in sorted(shapes, key=str):
            focus = self.focus(shape)
            if focus is not None:  # untargeted shapes are reached through sh:node/sh:property
                for query in self.shape_queries(shape):
                    found = focuses.setdefault(query, [])
                    if focus not in found:
                        found.append(focus)
        return tuple(_Query(q.sparql.replace("{FOCUS}", _union(found)), q.flags)
                     for q, found in focuses.items())


@dataclass(frozen=True)
class _Condition:
    check: Check
    expression: str  # true when the constraint is violated


@dataclass(frozen=True)
class _Query:
    """One SELECT and what its rows mean: (flag variable or None for every row, check)."""

    sparql: str
    flags: tuple[tuple[str | None, Check], ...]


# Query forms. Oxigraph answers set operations (MINUS, GROUP BY, a filtered scan) from its
# indexes in bulk, while FILTER (NOT) EXISTS probes the index once per row: measured 4-10x slower
# on a corpus store when it runs for every focus node. A check therefore first finds its
# violations over the whole store (a scan, a MINUS or a GROUP BY, which needs no focus nodes) and
# only then keeps those whose ?this is a focus node, with one EXISTS probe per violation: there
# are few, while joining with the focus pattern hashes every focus node (all 207k evidence nodes
# at 10k articles) for every check. The GROUP BY in between keeps Oxigraph's optimiser from
# pushing that EXISTS down into the scan, where it would run once per scanned row.
_SEEN = "?seen_"  # a variable of the compiled queries only


def _focused(select: str, variables: str) -> str:
    """Violations found by ``select`` (which binds ?this and projects ``variables``), kept if
    ?this is a focus node."""
    return (f"SELECT DISTINCT {variables} WHERE {{ {{ SELECT {variables} (COUNT(*) AS {_SEEN}) "
            f"WHERE {{ {{ {select} }} }} GROUP BY {variables} }} "
            f"FILTER EXISTS {{ {{FOCUS}} }} }}")


def _without(pattern: str) -> str:
    """The focus nodes for which ``pattern`` (about ?this) has no match."""
    return f"SELECT DISTINCT {_FOCUS} WHERE {{ {{FOCUS}} MINUS {{ {pattern} }} }}"


def _values_without(path: str, pattern: str) -> str:
    """The (?this, ?value) pairs of ``path`` whose ?value does not match ``pattern``."""
    return _focused(f"SELECT {_FOCUS} {_VALUE} WHERE {{ {{ {_FOCUS} {path} {_VALUE} }} "
                    f"MINUS {{ {pattern} }} }}", f"{_FOCUS} {_VALUE}")


def _too_many(pattern: str, count: int, *, distinct: bool = True) -> str:
    """The focus nodes with more than ``count`` distinct ?value matching ``pattern``.

    ``distinct=False`` counts rows, which is the same when ``pattern`` is one triple pattern
    (a graph holds a triple once) and cheaper: no set of values per focus node.
    """
    counted = f"DISTINCT {_VALUE}" if distinct else "*"
    return _focused(f"SELECT {_FOCUS} WHERE {{ {pattern} }} GROUP BY {_FOCUS} "
                    f"HAVING (COUNT({counted}) > {count})", _FOCUS)


def _count_query(path: str, low: int, high: int, checks: Sequence[Check]) -> _Query:
    """sh:minCount (>= 1) and sh:maxCount of one property in one GROUP BY over the focus nodes
    and the property's triples, instead of a MINUS and a GROUP BY that each hash every focus
    node or value (an evidence property: 0.45 s instead of 0.4 + 0.6 s at 10k articles, 8 s
    instead of 15 s at 100k).

    COUNT(?value) counts triples, which are distinct values (a graph holds a triple once); a
    group with no focus row (?in_) is a node that is no focus node.
    """
    by_kind = {c.component: c for c in checks}
    sparql = (f"SELECT {_FOCUS} ?f0 ?f1 WHERE {{ {{ SELECT {_FOCUS} (COUNT({_VALUE}) AS ?n_) "
              f"WHERE {{ {{ {{FOCUS}} BIND (true AS ?in_) }} "
              f"UNION {{ {_FOCUS} {path} {_VALUE} }} }} "
              f"GROUP BY {_FOCUS} HAVING (COUNT(?in_) > 0 && "
              f"(COUNT({_VALUE}) < {low} || COUNT({_VALUE}) > {high})) }} "
              f"BIND ((?n_ < {low}) AS ?f0) BIND ((?n_ > {high}) AS ?f1) }}")
    return _Query(sparql, (("f0", by_kind["minCount"]), ("f1", by_kind["maxCount"])))


def _union(patterns: Sequence[str]) -> str:
    """One pattern matching what any of ``patterns`` matches."""
    if len(patterns) == 1:
        return patterns[0]
    return " UNION ".join(f"{{ {p} }}" for p in patterns)


def _flag_query(pattern: str, conditions: Sequence[_Condition]) -> _Query:
    """One scan of ``pattern`` (binding ?this and ?value) that evaluates every condition as a
    flag, keeping the violating rows of focus nodes (``{FOCUS}``) only."""
    binds = " ".join(f"BIND (COALESCE({c.expression}, false) AS ?f{i})"
                     for i, c in enumerate(conditions))
    flags = " ".join(f"?f{i}" for i in range(len(conditions)))
    anyone = " || ".join(f"?f{i}" for i in range(len(conditions)))
    sparql = _focused(f"SELECT * WHERE {{ {pattern} {binds} FILTER ({anyone}) }}",
                      f"{_FOCUS} {_VALUE} {flags}")
    return _Query(sparql, tuple((f"f{i}", c.check) for i, c in enumerate(conditions)))


def compile_shapes(shapes: Graph, subclasses: Subclasses | None = None) -> tuple[_Query, ...]:
    """Every constraint of ``shapes`` as SPARQL SELECTs; raises UnsupportedShapeError.

    ``subclasses`` is the data's class hierarchy (``subclass_closure``); sh:class and
    sh:targetClass include the instances of subclasses, as SHACL says.
    """
    return _Compiler(shapes, subclasses or {}).compile()


@lru_cache(maxsize=4)
def bundled_queries(axioms: frozenset[tuple[Node, Node]] = frozenset()) -> tuple[_Query, ...]:
    """``ontology/shapes.ttl`` compiled for a class hierarchy given as (sub, super) pairs."""
    return compile_shapes(shapes_graph(), subclass_closure(axioms))


@dataclass(frozen=True)
class Timing:
    """How long one query took (for the benchmarks)."""

    sparql: str
    seconds: float
    results: int


Select = Callable[[str], tuple[list[str], list[tuple[Node | None, ...]]]]


def queries_for(select: Select) -> tuple[_Query, ...]:
    """The bundled shapes compiled for the class hierarchy of the data ``select`` reads."""
    _, axioms = select(_SUBCLASS_AXIOMS)
    return bundled_queries(frozenset((sub, sup) for sub, sup in axioms))


def run_checks(select: Select, queries: Sequence[_Query] | None = None, *, threads: int = 1,
               timings: list[Timing] | None = None) -> Report:
    """Validate with the compiled shapes through ``select(sparql) -> (columns, rows)``.

    ``select`` is ``KnowledgeGraph.select`` for the embedded store (any SPARQL engine works);
    ``threads`` > 1 runs that many queries at once (Oxigraph evaluates them in parallel).
    """
    if queries is None:
        queries = queries_for(select)

    def one(query: _Query) -> tuple[_Query, list[ValidationResult], float]:
        start = time.perf_counter()
        columns, rows = select(query.sparql)
        return query, _rows_to_results(query, columns, rows), time.perf_counter() - start

    results: set[ValidationResult] = set()
    if threads > 1:
        with ThreadPoolExecutor(threads) as pool:
            done = list(pool.map(one, queries))
    else:
        done = [one(q) for q in queries]
    for query, found, seconds in done:
        results.update(found)
        if timings is not None:
            timings.append(Timing(query.sparql, seconds, len(found)))
    ordered = tuple(sorted(results, key=ValidationResult.sort_key))
    return Report(conforms=all(r.severity != "Violation" for r in ordered), results=ordered)


def _rows_to_results(query: _Query, columns: list[str],
                     rows: Iterable[tuple[Node | None, ...]]) -> list[ValidationResult]:
    index = {name: i for i, name in enumerate(columns)}
    out = []
    for row in rows:
        focus = row[index["this"]]
        value = row[index["value"]] if "value" in index else None
        for flag, check in query.flags:
            if flag is not None and row[index[flag]] != _TRUE:
                continue
            path, shown = check.path, value
            if check.component == "sparql":
                found = row[index["path"]] if "path" in index else None
                path = str(found) if isinstance(found, URIRef) else None
                if shown is None:  # SHACL-SPARQL: ?value defaults to a node shape's focus
                    shown = focus
            out.append(ValidationResult(
                focus=str(focus),
                path=path,
                value=None if shown is None or isinstance(shown, BNode) else str(shown),
                severity=check.severity,
                message=check.message,
                shape=check.shape,
            ))
    return out
