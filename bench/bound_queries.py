"""Latency of the document-bound canned queries on a store: the bound form against substitution.

    python bench/bound_queries.py STORE DOCUMENT_IRI [--runs 5]

For each query that `bhyt-kg trace` and `--param document=<iri>` run bound, prints a Markdown row:
rows, p50 of the bound form (the IRI written into the patterns, bhyt_kg/sparql_text.py) and p50
of the same call with the bound form switched off (Oxigraph's substitution). The rows of both are
asserted equal. See bench/RESULTS.md, "The bound form".
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from rdflib import URIRef

import bhyt_kg.store as store_module
from bhyt_kg.queries import Table, run
from bhyt_kg.store import KnowledgeGraph

QUERIES = ("trace-documents", "trace-outcomes", "directive-outcomes", "directives",
           "trace-implementers", "implementers")


def p50(call: Callable[[], Table], runs: int) -> tuple[float, Table]:
    """The median time of ``runs`` calls in milliseconds, and the last answer."""
    times, answer = [], None
    for _ in range(runs):
        start = time.perf_counter()
        answer = call()
        times.append(time.perf_counter() - start)
    assert answer is not None
    return statistics.median(times) * 1000, answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("document")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    kg = KnowledgeGraph.open(args.store)
    params = {"document": URIRef(args.document)}
    print("| query | rows | bound form | substitution |\n|---|---|---|---|")
    for name in QUERIES:
        bound_ms, bound = p50(lambda name=name: run(kg, name, params), args.runs)
        inline = store_module.inline_bindings
        store_module.inline_bindings = lambda sparql, params: None  # substitution only
        try:
            plain_ms, plain = p50(lambda name=name: run(kg, name, params), args.runs)
        finally:
            store_module.inline_bindings = inline
        assert bound.rows == plain.rows, name
        print(f"| {name} | {len(bound.rows)} | {bound_ms:.1f} ms | {plain_ms:.1f} ms |")


if __name__ == "__main__":
    main()
