"""bhyt-kg: Vietnamese health-insurance news -> a validated, provenance-rich RDF knowledge graph.

The library API, for notebooks and scripts::

    from pathlib import Path
    from bhyt_kg import KnowledgeGraph, build, run_query

    kg = KnowledgeGraph.memory()
    summary = build([Path("data/articles")], kg)
    table = run_query(kg, "observations")      # columns + rows of plain Python values
    graph = kg.to_dataset()                    # an rdflib Dataset, one graph per article
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["KnowledgeGraph", "build", "run_query", "extract_article", "to_graph", "validate"]


def __getattr__(name: str):  # lazy: `import bhyt_kg` stays cheap for the CLI's --help
    if name == "KnowledgeGraph":
        from .store import KnowledgeGraph

        return KnowledgeGraph
    if name == "build":
        from .pipeline import build

        return build
    if name == "run_query":
        from .queries import run

        return run
    if name == "extract_article":
        from .extract import extract_article

        return extract_article
    if name == "to_graph":
        from .mapping import to_graph

        return to_graph
    if name == "validate":
        from .shapes import validate

        return validate
    raise AttributeError(name)
