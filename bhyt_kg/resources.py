"""Files shipped inside the package: the ontology, the shapes, the canned queries, the gazetteer,
the sample corpus.

They live at the top of the repository (``ontology/``, ``queries/``, ``data/gazetteer/``,
``data/articles/``) and are installed as the packages ``bhyt_kg.ontology``, ``bhyt_kg.canned_queries``,
``bhyt_kg.gazetteer_data`` and ``bhyt_kg.sample_articles``, so an installed bhyt-kg finds them
without the source tree. Run from a source checkout without installing, the repository
directories are used.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
_SOURCE_DIRS = {
    "bhyt_kg.ontology": _REPO / "ontology",
    "bhyt_kg.canned_queries": _REPO / "queries",
    "bhyt_kg.gazetteer_data": _REPO / "data" / "gazetteer",
    "bhyt_kg.sample_articles": _REPO / "data" / "articles",
}


def _dir(package: str) -> Traversable:
    try:
        return files(package)
    except ModuleNotFoundError:
        return _SOURCE_DIRS[package]


def ontology_file() -> Traversable:
    """``ontology/bhyt.ttl``: classes, properties and SKOS code lists."""
    return _dir("bhyt_kg.ontology") / "bhyt.ttl"


def shapes_file() -> Traversable:
    """``ontology/shapes.ttl``: the SHACL shapes."""
    return _dir("bhyt_kg.ontology") / "shapes.ttl"


def query_dir() -> Traversable:
    """``queries/``: the canned SPARQL queries."""
    return _dir("bhyt_kg.canned_queries")


def gazetteer_dir() -> Traversable:
    """``data/gazetteer/``: administrative units with official codes."""
    return _dir("bhyt_kg.gazetteer_data")


def sample_corpus_dir() -> Path:
    """``data/articles/``: the bundled sample corpus, as a directory on disk."""
    with as_file(_dir("bhyt_kg.sample_articles")) as path:
        return Path(path)
