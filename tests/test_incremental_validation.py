"""A build that writes a few articles into a big store validates only what it wrote.

The report must be exactly the whole store's report restricted to the nodes those articles
describe: checked on every hand-broken graph of tests/data/shapes written into a store of the
seeds, and through build() and the CLI.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS, make_corpus
from rdflib import Dataset
from test_shapes import BROKEN, EXPECTED

from bhyt_kg import pipeline
from bhyt_kg.cli import cli
from bhyt_kg.pipeline import build
from bhyt_kg.shacl_sparql import run_checks
from bhyt_kg.store import KnowledgeGraph, to_ntriples

DEV = sorted((ROOT / "data" / "dev" / "articles").glob("*.txt"))


def copy_of(kg: KnowledgeGraph) -> KnowledgeGraph:
    other = KnowledgeGraph.memory()
    other.store.extend(kg.store.quads_for_pattern(None, None, None, None))
    return other


def restricted(kg: KnowledgeGraph, article_id: str) -> set:
    focus = kg.subjects([article_id])
    return {r for r in run_checks(kg.select).results if r.focus in focus}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_neighbourhood_gives_the_store_results_for_a_broken_article(seed_kg, name: str) -> None:
    kg = copy_of(seed_kg[0])
    dataset = Dataset()
    dataset.parse(BROKEN / f"{name}.trig", format="trig")
    (graph,) = [g for g in dataset.graphs() if "article" in str(g.identifier)]
    kg.write_articles([("ex-article", to_ntriples(graph))])
    expected = restricted(kg, "ex-article")
    # the store's results on the article's nodes: its own faults (unless a seed supplies what
    # it lacks) and, in every case, its made-up Ban Bí thư meeting the seeds' one (a second
    # org:classification), a violation that only the union of the articles shows
    assert any(r.focus.endswith("/ban-bi-thu") for r in expected)
    local = run_checks(kg.around(["ex-article"]).select).results
    focus = kg.subjects(["ex-article"])
    assert {r for r in local if r.focus in focus} == expected


def test_an_incremental_build_reports_what_the_whole_store_reports(tmp_path: Path,
                                                                   monkeypatch) -> None:
    corpus = make_corpus(tmp_path / "corpus", DEV[:8])
    kg = KnowledgeGraph.memory()
    first = build([corpus], kg)
    assert first.whole_store
    for path in SEEDS:  # two seeds carry no date: warnings on their nodes
        shutil.copy(path, corpus / path.name)
    monkeypatch.setattr(pipeline, "INCREMENTAL_SHARE", 0.75)
    second = build([corpus], kg)
    assert not second.whole_store and len(second.built) == len(SEEDS)
    written = kg.subjects([b.article_id for b in second.built])
    whole = run_checks(kg.select)
    expected = {r for r in whole.results if r.focus in written}
    assert expected and set(second.report.results) == expected
    assert any(r.severity == "Warning" for r in expected)


def test_the_cli_says_what_a_partial_validation_covered(tmp_path: Path, monkeypatch) -> None:
    corpus = make_corpus(tmp_path / "corpus", DEV[:8])
    store = str(tmp_path / "store")
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(corpus), "--store", store, "-j", "1"])
    assert first.exit_code == 0, first.output
    assert "Validation: conforms" in first.output
    shutil.copy(DEV[8], corpus / DEV[8].name)
    monkeypatch.setattr(pipeline, "INCREMENTAL_SHARE", 0.5)  # 1 of 9 articles is a small change
    second = runner.invoke(cli, ["build", str(corpus), "--store", store, "-j", "1"])
    assert second.exit_code == 0, second.output
    assert "Validation for the 1 articles written (`bhyt-kg validate` checks the whole store)" \
        in second.output
