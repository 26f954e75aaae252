"""Files shipped inside the package: the ontology, the shapes, the canned queries, the gazetteer,
the sample corpus.

They live at the top of the repository (``ontology/``, ``queries/``, ``data/gazetteer/``,
``data/articles/``) and are installed as the packages ``bhyt_kg.ontology``, ``bhyt_kg.canned_queries``,
``bhyt_kg.gazetteer_data`` and ``bhyt_kg.sample_articles``, so an installed bhyt-kg finds them
without the source tree. Run from a source checkout without installing, the repository
directories are used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
_SOURCE_DIRS = {
    "bhyt_kg.ontology": _REPO / "ontology",
    "bhyt_kg.canned_queries": _REPO / "queries",
    "bhyt_kg.gazetteer_data": _REPO / "data" / "gazetteer",
    "bhyt_kg.sample_articles": _REPO / "data" / "articles",
}


def _dir(package: str) -> Path:
    """The directory of a data package (they have no __init__.py: namespace packages)."""
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location).is_dir():
                return Path(location)
    return _SOURCE_DIRS[package]


def ontology_file() -> Path:
    """``ontology/bhyt.ttl``: classes, properties and SKOS code lists."""
    return _dir("bhyt_kg.ontology") / "bhyt.ttl"


def shapes_file() -> Path:
    """``ontology/shapes.ttl``: the SHACL shapes."""
    return _dir("bhyt_kg.ontology") / "shapes.ttl"


def query_dir() -> Path:
    """``queries/``: the canned SPARQL queries."""
    return _dir("bhyt_kg.canned_queries")


def gazetteer_dir() -> Path:
    """``data/gazetteer/``: administrative units with official codes."""
    return _dir("bhyt_kg.gazetteer_data")


def sample_corpus_dir() -> Path:
    """``data/articles/``: the bundled sample corpus, as a directory on disk."""
    return _dir("bhyt_kg.sample_articles")
