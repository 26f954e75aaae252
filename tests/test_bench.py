"""Smoke tests of the benchmark tools: the corpus generator and bench/run.py (no timings)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from bhyt_kg import pipeline
from bhyt_kg.store import KnowledgeGraph

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    """bench/ is scripts beside the package, not part of it: load them by path."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load("generate")


def test_generator_is_deterministic_and_prefix_stable(tmp_path: Path) -> None:
    a = gen.generate(6, tmp_path / "a", seed=7)
    b = gen.generate(3, tmp_path / "b", seed=7)
    c = gen.generate(3, tmp_path / "c", seed=8)
    assert [p.name for p in a[:3]] == [p.name for p in b]
    assert [p.read_bytes() for p in a[:3]] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in b] != [p.read_bytes() for p in c]


def test_generator_varies_places_and_phrasings() -> None:
    texts = [gen.article(1, i)[1] for i in range(40)]
    assert len(set(texts)) == 40
    titles = {t.splitlines()[0] for t in texts}
    assert len(titles) >= 20  # district names and title templates vary
    corpus = "\n".join(texts)
    for word in ("Chỉ thị", "Kế hoạch số", "/KH-UBND", "BHXH", "tỷ lệ bao phủ", "đồng chí"):
        assert word in corpus
    assert not any(c in corpus for c in "{}")  # no template placeholder left unfilled


def test_generated_articles_are_utf8_text(tmp_path: Path) -> None:
    paths = gen.generate(3, tmp_path, seed=1)
    for path in paths:
        assert path.suffix == ".txt"
        text = path.read_bytes().decode("utf-8")
        assert text.count("\n\n") >= 4  # title, dateline, paragraphs, byline


def test_pipeline_extracts_facts_from_generated_articles(tmp_path: Path) -> None:
    gen.generate(4, tmp_path / "corpus", seed=3)
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        summary = pipeline.build([tmp_path / "corpus"], kg)
    assert len(summary.built) == 4 and not summary.skipped
    assert all(b.facts > 0 for b in summary.built)
    assert summary.conforms, summary.violations
    for kind in ("documents", "observations", "organisations", "places"):
        assert summary.entities.get(kind, 0) > 0, kind


def test_generate_command_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "2",
                           str(tmp_path), "--seed", "5"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("*.txt"))) == 2


def test_bench_runs_end_to_end(tmp_path: Path) -> None:
    out, raw = tmp_path / "RESULTS.md", tmp_path / "results.json"
    command = [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "20", "--jobs", "1",
               "--runs", "1", "--profile-articles", "3", "--shacl-sample", "3",
               "--server-cap", "2", "--server-modes", "plain", "--query-cap", "10", "--out", str(out), "--json", str(raw)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=280, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(raw.read_text(encoding="utf-8"))[0]
    assert result["n"] == 20
    assert [(b["jobs"], b["check"]) for b in result["builds"]] == [(1, True), (1, False)]
    assert all(b["built"] == 20 and b["quads"] > 0 for b in result["builds"])
    assert result["embedded"]["summary"]["rows"] > 0
    assert result["validate"]["conforms"] is True
    assert result["validate"]["same_as_compiled"] is True  # pySHACL agrees with the compiled shapes
    assert [v["threads"] for v in result["shacl"]] == [1] and result["shacl"][0]["queries"] > 50
    assert result["server"]["queries"]["summary"]["rows"] == result["embedded"]["summary"]["rows"]
    text = out.read_text(encoding="utf-8")
    for heading in ("## Machine", "## Command", "### Build", "### Canned queries", "### Profile"):
        assert heading in text


def test_extract_speed_reports_the_samples(tmp_path: Path) -> None:
    """bench/extract_speed.py runs a worker's job on every sample and profiles it by module."""
    raw = tmp_path / "speed.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "extract_speed.py"),
                           str(ROOT / "data" / "articles"), "--profile", "--json", str(raw)],
                          capture_output=True, text=True, timeout=280,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(raw.read_text(encoding="utf-8"))
    samples = len(list((ROOT / "data" / "articles").glob("*.txt")))
    assert figures["articles"] == samples and figures["skipped"] == 0
    assert figures["triples_per_article"] > 50
    assert 0 < figures["p50_ms"] <= figures["p90_ms"] <= figures["max_ms"]
    modules = figures["self_ms_by_module"]
    assert "bhyt_kg/extract/observations.py" in modules and "regular expressions" in modules
    assert f"{samples} articles (0 skipped)" in done.stdout


def test_extract_speed_says_when_there_is_nothing_to_time(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "extract_speed.py"),
                           str(tmp_path)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and "no articles found" in done.stderr
