"""Streaming, deterministic writers for Turtle, TriG and JSON-LD over pyoxigraph terms.

rdflib's serialisers hold the whole graph as Python objects and take minutes and gigabytes at
corpus scale (a 100,000-article store has ~11 million quads); pyoxigraph's own Turtle writer
streams but escapes "/" in local names (``id:org\\/tinh-x``), which some tools reject. Here
the merged graph (Turtle) is written from its sorted N-Triples lines (``sorted_texts`` sorts any
number of them in bounded memory, spilling runs to temporary files), and TriG and JSON-LD graph
by graph (one article's graph is small), one statement per subject in name order, with the
project's prefixes in a fixed (sorted) order: the same graph always gives the same bytes.

Output stays plain on purpose: a name is abbreviated to ``prefix:local`` only when the local part
is a simple name (letters, digits, ``_``, ``-``, ``.``), otherwise written in full; literals use
their N-Triples form with the datatype abbreviated; no collections or nested blank nodes.
"""

from __future__ import annotations

import heapq
import json
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from typing import IO

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# A conservative PN_LOCAL: every name it accepts is a valid Turtle local name without escapes.
_SIMPLE_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\Z")

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class _Names:
    """Abbreviates IRIs with the prefixes, longest namespace first."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = sorted(prefixes.items())
        self._by_length = sorted(((ns, p) for p, ns in prefixes.items()),
                                 key=lambda item: -len(item[0]))
        self._cache: dict[str, str] = {}

    def iri(self, value: str) -> str:
        """``prefix:local`` when safe, else ``<iri>``."""
        found = self._cache.get(value)
        if found is None:
            found = f"<{value}>"
            for namespace, prefix in self._by_length:
                if value.startswith(namespace) and _SIMPLE_LOCAL.match(value[len(namespace):]):
                    found = f"{prefix}:{value[len(namespace):]}"
                    break
            if len(self._cache) < 100_000:
                self._cache[value] = found
        return found

    def token(self, token: str) -> str:
        """An N-Triples term in Turtle: names abbreviated, literals' datatypes too."""
        if token.startswith("<"):
            return self.iri(token[1:-1])
        if token.startswith('"') and token.endswith(">"):
            cut = token.rindex('"^^<')  # the datatype's: a quote inside the text is escaped
            datatype = token[cut + 4:-1]
            return token[:cut + 1] if datatype == _XSD_STRING else (
                f"{token[:cut + 1]}^^{self.iri(datatype)}")
        return token  # a blank node, a plain or language-tagged literal

    def term(self, term: Term) -> str:
        """A subject, predicate or object in Turtle."""
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.BlankNode):
            return str(term)
        text = str(ox.Literal(term.value))  # the escaped "..." form
        if term.language:
            return f"{text}@{term.language}"
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return text
        return f"{text}^^{self.iri(datatype)}"


def _predicate_key(triple: tuple[Term, Term, Term]) -> tuple[int, str]:
    return (0 if triple[1].value == RDF_TYPE else 1, str(triple[1]))


def _by_subject(triples: Iterable[tuple[Term, Term, Term]]
                ) -> Iterator[tuple[Term, list[tuple[Term, Term, Term]]]]:
    """One graph's triples (held in memory: one article's graph is small) grouped by subject,
    subjects in name order (a store does not promise any order)."""
    ordered = sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    for subject, run in groupby(ordered, key=lambda t: t[0]):
        yield subject, list(run)


def _block(names: _Names, subject: Term, triples: list[tuple[Term, Term, Term]],
           indent: str) -> str:
    """One Turtle statement: the subject, rdf:type first, then predicates in name order."""
    rows = sorted(triples, key=lambda t: (*_predicate_key(t), str(t[2])))
    parts = []
    for predicate, same in groupby(rows, key=lambda t: t[1]):
        verb = "a" if predicate.value == RDF_TYPE else names.iri(predicate.value)
        parts.append(f"{verb} " + " , ".join(names.term(t[2]) for t in same))
    body = f" ;\n{indent}\t".join(parts)
    return f"{indent}{names.term(subject)} {body} .\n"


def sorted_texts(texts: Iterable[str], chunk: int = 100_000) -> Iterator[str]:
    """``texts`` in sorted order, holding at most ``chunk`` of them in memory: larger inputs
    are sorted in runs spilled to temporary files and merged (an external sort)."""
    runs: list[IO[str]] = []
    buffer: list[str] = []
    try:
        for text in texts:
            buffer.append(text)
            if len(buffer) >= chunk:
                runs.append(_spill(sorted(buffer)))
                buffer = []
        buffer.sort()
        if not runs:
            yield from buffer
            return
        runs.append(_spill(buffer))
        buffer = []
        yield from heapq.merge(*((json.loads(line) for line in run) for run in runs))
    finally:
        for run in runs:
            run.close()


def _spill(texts: list[str]) -> IO[str]:
    run = tempfile.TemporaryFile("w+", encoding="utf-8")
    for text in texts:
        run.write(json.dumps(text, ensure_ascii=False) + "\n")  # one line, newlines escaped
    run.seek(0)
    return run


def _header(names: _Names) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in names.prefixes) + "\n"


def write_turtle(out: IO[str], lines: Iterable[str], prefixes: Mapping[str, str]) -> None:
    """Write a graph given as sorted N-Triples lines (``sorted_texts`` sorts any number of
    them in bounded memory) as Turtle: one statement per subject, in the lines' order."""
    names = _Names(prefixes)
    out.write(_header(names))
    for subject, run in groupby(map(_tokens, lines), key=lambda t: t[0]):
        rows = sorted(run, key=lambda t: (t[1] != _TYPE_TOKEN, t[1], t[2]))
        parts = []
        for predicate, same in groupby(rows, key=lambda t: t[1]):
            verb = "a" if predicate == _TYPE_TOKEN else names.token(predicate)
            parts.append(f"{verb} " + " , ".join(names.token(t[2]) for t in same))
        out.write(f"{names.token(subject)} " + " ;\n\t".join(parts) + " .\n")


_TYPE_TOKEN = f"<{RDF_TYPE}>"


def _tokens(line: str) -> tuple[str, str, str]:
    """(subject, predicate, object) of an N-Triples line, each in N-Triples syntax (subjects
    and predicates never hold a space; the object is the rest up to the final " .")."""
    first = line.index(" ")
    second = line.index(" ", first + 1)
    return line[:first], line[first + 1:second], line[second + 1:].rstrip("\n")[:-2].rstrip()


Graphs = Iterable[tuple[ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
                        Iterable[tuple[Term, Term, Term]]]]


def write_trig(out: IO[str], graphs: Graphs, prefixes: Mapping[str, str]) -> None:
    """Write ``graphs`` ((name, triples) in the order to write them; each subject's triples
    together) as TriG; the default graph unbracketed. One graph is held in memory at a time."""
    names = _Names(prefixes)
    out.write(_header(names))
    for graph, triples in graphs:
        default = isinstance(graph, ox.DefaultGraph)
        indent = "" if default else "\t"
        blocks = sorted(_block(names, subject, run, indent)
                        for subject, run in _by_subject(triples))
        if not blocks:
            continue
        if not default:
            out.write(f"{names.term(graph)} {{\n")
        out.writelines(blocks)
        if not default:
            out.write("}\n\n")


def _json_node(names: _Names, subject: Term, triples: list[tuple[Term, Term, Term]]
               ) -> dict[str, object]:
    node: dict[str, object] = {"@id": _json_id(names, subject)}
    rows = sorted(triples, key=lambda t: (*_predicate_key(t), str(t[2])))
    for predicate, same in groupby(rows, key=lambda t: t[1]):
        objects = [t[2] for t in same]
        if predicate.value == RDF_TYPE and all(isinstance(o, ox.NamedNode) for o in objects):
            node["@type"] = [_json_id(names, o) for o in objects]
            continue
        node[_json_id(names, predicate)] = [_json_value(names, o) for o in objects]
    return node


def _json_id(names: _Names, term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        return str(term)
    value = term.value
    for namespace, prefix in names._by_length:
        # JSON-LD compact IRIs take any suffix; one starting "//" would read as an authority.
        if value.startswith(namespace) and not value[len(namespace):].startswith("//"):
            return f"{prefix}:{value[len(namespace):]}"
    return value


def _json_value(names: _Names, term: Term) -> dict[str, str]:
    if not isinstance(term, ox.Literal):
        return {"@id": _json_id(names, term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value in (_XSD_STRING, _LANG_STRING):
        return {"@value": term.value}
    return {"@value": term.value, "@type": _json_id(names, term.datatype)}


def write_jsonld(out: IO[str], graphs: Graphs, prefixes: Mapping[str, str]) -> None:
    """Write ``graphs`` (as for write_trig) as JSON-LD 1.1: the prefixes as the context, each
    named graph a node with its own ``@graph``; one node per line, in the order of their text."""
    names = _Names(prefixes)
    context = json.dumps({p: ns for p, ns in names.prefixes}, ensure_ascii=False, indent=2)
    out.write('{\n"@context": ' + context + ',\n"@graph": [')
    first = True
    for graph, triples in graphs:
        nodes = sorted(json.dumps(_json_node(names, subject, run), ensure_ascii=False,
                                  sort_keys=True) for subject, run in _by_subject(triples))
        if not nodes:
            continue
        if isinstance(graph, ox.DefaultGraph):
            chunks = nodes
        else:
            head = json.dumps({"@id": _json_id(names, graph)}, ensure_ascii=False)[:-1]
            chunks = [head + ', "@graph": [\n  ' + ",\n  ".join(nodes) + "\n]}"]
        for text in chunks:
            out.write(("\n" if first else ",\n") + text)
            first = False
    out.write("\n]\n}\n")
