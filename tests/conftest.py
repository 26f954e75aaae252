"""Shared fixtures: paths of the repository's data, and the seed corpus built once per session."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bhyt_kg.model import Sentence, Span

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEEDS = sorted(ARTICLES.glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"


def make_corpus(directory: Path, files: list[Path]) -> Path:
    """``directory`` created with a copy of each file: a corpus to build."""
    directory.mkdir()
    for path in files:
        shutil.copy(path, directory / path.name)
    return directory


@pytest.fixture(scope="session")
def seed_kg():
    """A memory KnowledgeGraph built from the bundled sample corpus, and the build summary."""
    from bhyt_kg.pipeline import build
    from bhyt_kg.store import KnowledgeGraph

    kg = KnowledgeGraph.memory()
    summary = build([ARTICLES], kg)
    return kg, summary


def split(text: str) -> list[Sentence]:
    """A plain splitter for tests: lines, then full stops and semicolons before a capital."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for part in re.split(r"(?<=[.!?;])\s+(?=[A-ZĐÀ-Ỹ\"])", line.group()):
            s = text.index(part, start)
            out.append(Sentence(Span(s, s + len(part)), part))
            start = s + len(part)
    return out
