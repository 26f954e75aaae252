"""Trace a policy document to the bodies that implement it, their activities and its outcomes.

The data comes from the canned queries ``queries/trace-*.rq``; the tree is a networkx DiGraph
(document -> organisation -> activity, document -> outcome) whose leaves carry the article and
the evidence sentence. What the graph holds are the articles' claims, not proven causation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal

import networkx as nx
from rdflib import URIRef

from bhyt_kg.errors import TraceError
from bhyt_kg.ns import ID
from bhyt_kg.queries import Value, cell_text, json_value, run
from bhyt_kg.store import KnowledgeGraph
from bhyt_kg.text import fold

TRACE_FORMATS = ("tree", "json", "dot")
# Words people put between a kind and its number or issuer: "Chỉ thị số 07 của Huyện ủy".
_FILLER = {"số", "của", "do", "ngày"}
_NUMBER = re.compile(r"^0*(\d+)([-/]\S*)?$")
_WORD = re.compile(r"\w+")
_ORDER = {"organisation": 0, "activity": 1, "outcome": 2}
_UNIT_SUFFIX = {"percent": "%"}
_ARTICLE_PREFIX = str(ID["article/"])


@dataclass(frozen=True, slots=True)
class Candidate:
    """A policy document with the folded words that can name it."""

    iri: str
    label: str
    issuer: str
    number: str | None  # without leading zeros: "07" and "7" name the same number
    symbols: frozenset[str]  # folded eli:id_local values
    kind_words: frozenset[str]  # folded labels and notation of the kind code
    words: frozenset[str]  # folded word tokens of label, symbol, issuer and its area

    def describe(self) -> str:
        """"Chỉ thị 07-CT/HU (Huyện ủy huyện Đông Hải) <iri>" for error messages."""
        issuer = f" ({self.issuer})" if self.issuer else ""
        return f"{self.label or self.iri}{issuer} <{self.iri}>"


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


# Each document's number, to narrow a look-up to the documents a name's numbers can match.
_NUMBERS = """
PREFIX bhyt: <https://w3id.org/bhyt-kg/ontology#>
SELECT ?document ?number WHERE {
  ?document a bhyt:PolicyDocument . OPTIONAL { ?document bhyt:documentNumber ?number . }
}"""
# One look-up with the document bound costs about as much as 7 documents of the full listing
# (measured on Oxigraph stores of 2,000 and 100,000 articles), so a name is looked up document
# by document when its numbers leave at most 1/7 of the documents.
_BOUND_COST = 7


def _number_key(number: str) -> str:
    match = _NUMBER.match(number)
    return match.group(1) if match else fold(number)


def _named_by_number(kg: KnowledgeGraph, text: str) -> list[str] | None:
    """The documents whose number is one of the numbers written in ``text`` (or that have no
    digit number, which only their label can name); None when ``text`` has no number or when
    that leaves so many documents that listing them all is cheaper."""
    wanted = {n.lstrip("0") or "0" for n in re.findall(r"\d+", text)}
    if not wanted:
        return None
    _, rows = kg.select(_NUMBERS)
    keep, every = set(), set()
    for document, number in rows:
        every.add(str(document))
        key = None if number is None else _number_key(str(number))
        if key is None or not key.isdigit() or key in wanted:
            keep.add(str(document))
    return sorted(keep) if len(keep) * _BOUND_COST <= len(every) else None


def candidates(kg: KnowledgeGraph, text: str | None = None) -> list[Candidate]:
    """Every policy document in ``kg`` with the words that name it, sorted by IRI; with ``text``,
    only those whose number ``text`` writes (a large store then answers in a fraction of the
    time of listing every document, with the same matches)."""
    iris = None if text is None else _named_by_number(kg, text)
    if iris is not None:
        rows = [row for iri in iris
                for row in run(kg, "trace-documents", {"document": URIRef(iri)}).records()]
    else:
        rows = run(kg, "trace-documents").records()
    grouped: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        entry = grouped.setdefault(str(row["document"]), {
            "label": set(), "issuer": set(), "number": set(), "symbol": set(),
            "kind_word": set(), "words": set()})
        for key in ("label", "issuer", "number", "symbol", "kind_word"):
            if row[key] is not None:
                entry[key].add(str(row[key]))
        for key in ("label", "symbol", "issuer", "issuer_area", "issuer_area_parent"):
            if row[key] is not None:
                entry["words"] |= _tokens(str(row[key]))
    found = []
    for iri, entry in sorted(grouped.items()):
        numbers = sorted(_number_key(n) for n in entry["number"])
        found.append(Candidate(
            iri=iri,
            label=min(entry["label"], default=""),
            issuer=min(entry["issuer"], default=""),
            number=numbers[0] if numbers else None,
            symbols=frozenset(fold(s) for s in entry["symbol"]),
            kind_words=frozenset(fold(w) for w in entry["kind_word"]),
            words=frozenset(entry["words"]),
        ))
    return found


def _matches(text: str, found: list[Candidate]) -> list[Candidate]:
    folded = " ".join(fold(text).split())
    # A symbol alone ("38-CT/TW", "34/KH-UBND") or a label as written.
    exact = [c for c in found if folded in c.symbols or folded == " ".join(fold(c.label).split())]
    if exact:
        return exact
    kind_words = sorted({w for c in found for w in c.kind_words}, key=len, reverse=True)
    kind = next((w for w in kind_words if folded == w or folded.startswith(w + " ")), None)
    rest = folded[len(kind):].split() if kind else folded.split()
    rest = [t.strip(",.;:()") for t in rest if t.strip(",.;:()") not in _FILLER]
    rest = [t for t in rest if t]
    number = symbol = None
    if rest and (match := _NUMBER.match(rest[0])):
        number, symbol = match.group(1), rest[0] if match.group(2) else None
        rest = rest[1:]
    words = {w for t in rest for w in _WORD.findall(t)} - _FILLER
    if kind is None and number is None:
        return []  # free words alone name nothing reliably
    return [c for c in found
            if (kind is None or kind in c.kind_words)
            and (number is None or number == c.number)
            and (symbol is None or symbol in c.symbols)
            and words <= c.words]


def resolve_document(kg: KnowledgeGraph, text: str) -> str:
    """The IRI of the one policy document that ``text`` names.

    ``text`` is an IRI, a symbol ("38-CT/TW"), or a kind, a number and optional words of the
    issuer or its area ("Chỉ thị 07 Đông Hải"). Raises TraceError when none or several match.
    """
    text = text.strip()
    if not text:
        raise TraceError("no document given", hint="give a symbol such as 38-CT/TW or an IRI")
    iri = text[1:-1] if text.startswith("<") and text.endswith(">") else text
    if re.match(r"^https?://", iri):
        if run(kg, "trace-documents", {"document": URIRef(iri)}).rows:
            return iri
        raise TraceError(f"no policy document {iri} in the graph",
                         hint="list documents with `bhyt-kg query directives`")
    found = candidates(kg, text)
    matched = _matches(text, found)
    if not matched:
        raise TraceError(f"no policy document matches {text!r}",
                         hint="give a symbol such as 38-CT/TW, a kind and number such as "
                              "'Chỉ thị 38', or an IRI; see `bhyt-kg query directives`")
    if len(matched) > 1:
        listed = "; ".join(c.describe() for c in matched)
        raise TraceError(f"{text!r} names {len(matched)} documents: {listed}",
                         hint="add the issuer or area, e.g. 'Chỉ thị 07 Đông Hải', or give the IRI")
    return matched[0].iri


# --- the trace graph ------------------------------------------------------------------------


def _add_source(graph: nx.DiGraph, node: str, article: Value, evidence: Value) -> None:
    if article is None and evidence is None:
        return
    source = {"article": str(article) if article else None,
              "evidence": str(evidence) if evidence else None}
    sources = graph.nodes[node].setdefault("sources", [])
    if source not in sources:
        sources.append(source)


def trace(kg: KnowledgeGraph, document_iri: str) -> nx.DiGraph:
    """Document -> implementing bodies -> their activities, and document -> outcomes.

    Node attributes: ``type``, ``label`` and the node's facts; activities and outcomes carry
    ``article`` and ``evidence`` (their first source) and ``sources`` (all). Raises TraceError.
    """
    params = {"document": URIRef(document_iri)}
    rows = run(kg, "trace-documents", params).records()
    if not rows:
        raise TraceError(f"no policy document {document_iri} in the graph",
                         hint="list documents with `bhyt-kg query directives`")
    first = rows[0]
    graph = nx.DiGraph(root=document_iri)
    graph.add_node(document_iri, type="document", label=first["label"] or document_iri,
                   kind=first["kind"], symbol=first["symbol"], issuer=first["issuer"],
                   issued=first["issued"])

    implementers = run(kg, "trace-implementers", params).records()
    owner: dict[str, str] = {}  # activity -> the body it is associated with, when any row says
    for row in implementers:
        if row["activity"] and row["organisation_iri"]:
            owner.setdefault(str(row["activity"]), str(row["organisation_iri"]))
    for row in implementers:
        org, activity = row["organisation_iri"], row["activity"]
        if org:
            org = str(org)
            if org not in graph:
                graph.add_node(org, type="organisation", label=row["organisation"] or org)
            graph.add_edge(document_iri, org, relation="implemented by")
        if activity:
            activity = str(activity)
            if activity not in graph:
                graph.add_node(activity, type="activity",
                               label=row["activity_label"] or row["activity_kind"] or activity,
                               kind=row["activity_kind"])
            graph.add_edge(owner.get(activity, document_iri), activity, relation="activity")
            _add_source(graph, activity, row["article"], row["evidence"])
        elif org:
            _add_source(graph, org, row["article"], row["evidence"])

    outcomes = run(kg, "trace-outcomes", params).records()
    claimed = {str(r["observation"]) for r in outcomes if r["via"] == "claim"}
    for row in outcomes:
        observation = str(row["observation"])
        if row["via"] != "claim" and observation in claimed:
            continue  # the claim's sentence, which makes the link, is the evidence to show
        if observation not in graph:
            facts = {k: row[k] for k in ("indicator", "value", "unit", "area", "date", "is_target",
                                         "qualifier", "population_group", "scheme")}
            graph.add_node(observation, type="outcome", label=_outcome_label(facts), **facts)
        graph.add_edge(document_iri, observation, relation="outcome")
        _add_source(graph, observation, row["article"], row["evidence"])

    for _, data in graph.nodes(data=True):
        sources = data.get("sources")
        if sources:
            sources.sort(key=lambda s: (s["article"] or "", s["evidence"] or ""))
            data["article"], data["evidence"] = sources[0]["article"], sources[0]["evidence"]
    return graph


def _outcome_label(facts: dict[str, Value]) -> str:
    """ "coverage_rate 94% · huyện Đông Hải · 2019-12-31" """
    unit = facts.get("unit")
    value = cell_text(facts.get("value"))
    if value and unit:
        suffix = _UNIT_SUFFIX.get(str(unit))
        value = f"{value}{suffix}" if suffix else f"{value} {unit}"
    qualifier = str(facts["qualifier"]).replace("_", " ") if facts.get("qualifier") else ""
    head = " ".join(p for p in ("target" if facts.get("is_target") else "",
                                str(facts.get("indicator") or "outcome"), qualifier, value) if p)
    if facts.get("population_group"):
        head += f" [{facts['population_group']}]"
    # Health insurance is the subject; other schemes are flagged so figures are not mixed.
    if facts.get("scheme") and facts["scheme"] != "health_insurance":
        head += f" ({facts['scheme']})"
    parts = [head] + [cell_text(facts[k]) for k in ("area", "date") if facts.get(k)]
    return " · ".join(parts)


# --- rendering ------------------------------------------------------------------------------


def _children(graph: nx.DiGraph, node: str) -> list[str]:
    def key(child: str) -> tuple[int, str, str]:
        data = graph.nodes[child]
        return (_ORDER.get(data.get("type", ""), 9), str(data.get("label", "")), child)

    return sorted(graph.successors(node), key=key)


def _article_id(article: str | None) -> str:
    if not article:
        return "?"
    return article[len(_ARTICLE_PREFIX):] if article.startswith(_ARTICLE_PREFIX) else article


def _node_line(graph: nx.DiGraph, node: str) -> str:
    data = graph.nodes[node]
    kind = data.get("type")
    if kind == "document":
        details = [str(v) for v in (data.get("issuer"), cell_text(data.get("issued"))) if v]
        return " · ".join([str(data["label"])] + details) + f"  <{node}>"
    if kind == "organisation":
        return f"implemented by {data['label']}"
    if kind == "activity":
        code = data.get("kind")
        suffix = f" ({code})" if code and code != data["label"] else ""
        return f"activity: {data['label']}{suffix}"
    return f"outcome: {data['label']}"


def _render_tree(graph: nx.DiGraph, root: str) -> str:
    lines = [_node_line(graph, root)]

    def evidence_lines(node: str, indent: str) -> None:
        for source in graph.nodes[node].get("sources", []):
            quote = f' "{source["evidence"]}"' if source["evidence"] else ""
            lines.append(f"{indent} {_article_id(source['article'])}:{quote}")

    def walk(node: str, indent: str, seen: frozenset[str]) -> None:
        children = [c for c in _children(graph, node) if c not in seen]
        for i, child in enumerate(children):
            last = i == len(children) - 1
            lines.append(f"{indent}{'└─' if last else '├─'} {_node_line(graph, child)}")
            inner = indent + ("   " if last else "│  ")
            has_children = any(c not in seen for c in graph.successors(child))
            evidence_lines(child, inner + ("│" if has_children else " "))
            walk(child, inner, seen | {child})

    evidence_lines(root, "")
    walk(root, "", frozenset({root}))
    if len(lines) == 1:
        lines.append("└─ (no implementing bodies or outcomes recorded)")
    return "\n".join(lines) + "\n"


def _node_json(graph: nx.DiGraph, node: str, seen: frozenset[str]) -> dict[str, object]:
    data = graph.nodes[node]
    out: dict[str, object] = {"id": node}
    for key, value in data.items():
        if key == "sources":
            out[key] = [dict(s) for s in value]
        elif value is not None:
            out[key] = json_value(value)
    children = [c for c in _children(graph, node) if c not in seen]
    out["children"] = [dict(_node_json(graph, c, seen | {c}),
                            relation=graph.edges[node, c].get("relation")) for c in children]
    return out


def _dot_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _render_dot(graph: nx.DiGraph, root: str) -> str:
    shapes = {"document": "note", "organisation": "box", "activity": "ellipse",
              "outcome": "box3d"}
    order, queue = [root], [root]
    while queue:  # breadth-first, children sorted: stable output
        for child in _children(graph, queue.pop(0)):
            if child not in order:
                order.append(child)
                queue.append(child)
    lines = ["digraph trace {", "  rankdir=LR;", '  node [fontname="Helvetica"];']
    for node in order:
        data = graph.nodes[node]
        label = str(data.get("label", node))
        if data.get("article"):
            label += f"\n[{_article_id(data['article'])}]"
        attrs = f"label={_dot_string(label)}, shape={shapes.get(data.get('type'), 'box')}"
        if data.get("evidence"):
            attrs += f", tooltip={_dot_string(str(data['evidence']))}"
        lines.append(f"  {_dot_string(node)} [{attrs}];")
    for node in order:
        for child in _children(graph, node):
            relation = graph.edges[node, child].get("relation", "")
            lines.append(f"  {_dot_string(node)} -> {_dot_string(child)} "
                         f"[label={_dot_string(relation)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(graph: nx.DiGraph, root: str, fmt: str = "tree") -> str:
    """The trace as an indented text tree, nested JSON or Graphviz DOT; raises TraceError."""
    if fmt == "tree":
        return _render_tree(graph, root)
    if fmt == "json":
        return json.dumps(_node_json(graph, root, frozenset({root})), ensure_ascii=False,
                          indent=2, sort_keys=True, default=_json_default) + "\n"
    if fmt == "dot":
        return _render_dot(graph, root)
    raise TraceError(f"unknown trace format {fmt!r}", hint=f"known: {', '.join(TRACE_FORMATS)}")


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return json_value(value)
    return str(value)
