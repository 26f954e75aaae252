"""How long a build's worker takes per article, and where that time goes, by module.

    python bench/extract_speed.py DIR [DIR ...] [--limit N] [--profile] [--json FILE]

Each DIR is a corpus (the bundled samples, a held-out set's ``articles/``, or a corpus of
``bench/generate.py``). The script runs what one build worker runs for each article
(``pipeline._build_one``: read, extract, map to RDF, write N-Triples) in this process, after a
warm-up article (the gazetteer and the lexicons are loaded once per worker), and prints the mean
and the p50 / p90 / max of the milliseconds per article. With ``--profile`` it runs the same
articles again under cProfile and prints the self time of each bhyt_kg module (and of the
regular-expression engine and rdflib), so a change that makes one stage slower shows where.

Timings are wall-clock on whatever else the machine runs: compare two commits on the same
machine, one after the other (``git worktree`` and ``PYTHONPATH``), never against a figure
measured elsewhere. Nothing here asserts a speed; ``tests/test_bench.py`` runs it on the samples.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from bhyt_kg import pipeline  # noqa: E402
from bhyt_kg.sources import discover, read_metadata  # noqa: E402


def jobs_of(dirs: list[Path], limit: int | None) -> list[pipeline._Job]:
    """The build jobs of the corpora, in corpus order (the first ``limit`` of them)."""
    sources, problems = discover(dirs)
    for path, reason in problems:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    metadata: dict[Path, dict[str, dict[str, str]]] = {}
    jobs = []
    for source in sources[:limit]:
        if source.root not in metadata:
            metadata[source.root] = read_metadata(source.root)
        jobs.append(pipeline._Job(source, metadata[source.root].get(source.relative)))
    return jobs


def timed(jobs: list[pipeline._Job]) -> tuple[list[float], int, int]:
    """Milliseconds per article, the triples written and the articles skipped."""
    times, triples, skipped = [], 0, 0
    for job in jobs:
        start = time.perf_counter()
        result = pipeline._build_one(job)
        times.append((time.perf_counter() - start) * 1000)
        if isinstance(result, pipeline.Skipped):
            skipped += 1
        else:
            triples += result.triples
    return times, triples, skipped


def by_module(jobs: list[pipeline._Job]) -> dict[str, float]:
    """Self time (ms per article) of each bhyt_kg module, the regex engine and rdflib."""
    profile = cProfile.Profile()
    profile.enable()
    for job in jobs:
        pipeline._build_one(job)
    profile.disable()
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, function), row in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        self_time = row[2]
        if "bhyt_kg" in filename:
            key = "bhyt_kg/" + filename.replace("\\", "/").split("bhyt_kg/")[-1]
        elif ("re.Pattern" in function or "re.Match" in function
              or filename.endswith("re/__init__.py")):
            key = "regular expressions"
        elif "rdflib" in filename:
            key = "rdflib"
        elif "pyoxigraph" in function:
            key = "pyoxigraph"
        else:
            key = "other"
        totals[key] += self_time * 1000 / len(jobs)
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path, help="corpus directories")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--profile", action="store_true", help="self time by module")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    jobs = jobs_of(args.dirs, args.limit)
    if not jobs:
        print("no articles found", file=sys.stderr)
        return 1
    pipeline._build_one(jobs[0])  # warm-up: gazetteer, lexicons, compiled patterns
    times, triples, skipped = timed(jobs)
    ordered = sorted(times)
    figures: dict[str, object] = {
        "articles": len(jobs),
        "skipped": skipped,
        "triples_per_article": round(triples / max(1, len(jobs) - skipped), 1),
        "mean_ms": round(statistics.fmean(times), 2),
        "p50_ms": round(ordered[len(ordered) // 2], 2),
        "p90_ms": round(ordered[int(len(ordered) * 0.9)], 2),
        "max_ms": round(ordered[-1], 2),
        "articles_per_s_one_core": round(1000 / statistics.fmean(times), 1),
    }
    print(f"{len(jobs)} articles ({skipped} skipped), {figures['triples_per_article']} triples "
          f"each: mean {figures['mean_ms']} ms, p50 {figures['p50_ms']} ms, "
          f"p90 {figures['p90_ms']} ms, max {figures['max_ms']} ms "
          f"({figures['articles_per_s_one_core']} articles/s on one core)")
    if args.profile:
        modules = by_module(jobs)
        figures["self_ms_by_module"] = {k: round(v, 3) for k, v in modules.items()}
        print("self time per article under cProfile (which inflates it):")
        for name, ms in modules.items():
            print(f"  {ms:7.3f} ms  {name}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
