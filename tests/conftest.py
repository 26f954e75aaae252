"""Shared fixtures: paths of the repository's data, and the seed corpus built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEEDS = sorted(ARTICLES.glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_kg():
    """A memory KnowledgeGraph built from the bundled sample corpus, and the build summary."""
    from bhyt_kg.pipeline import build
    from bhyt_kg.store import KnowledgeGraph

    kg = KnowledgeGraph.memory()
    summary = build([ARTICLES], kg)
    return kg, summary
