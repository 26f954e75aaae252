"""Benchmark bhyt-kg on synthetic corpora and write the figures as Markdown.

    python bench/run.py --sizes 1000 --jobs 1,2 --out bench/RESULTS.md

Per size N: generate N articles (bench/generate.py), then measure build time and articles/s
(each --jobs value, with the SHACL validation of the store; and the largest --jobs without it),
peak RSS of the build process and of its workers, quads, store size on disk, the compiled SHACL
validation of the store (1 and all threads), pySHACL on single article graphs and on the whole
graph (small N, under a time budget, checking it agrees with the compiled shapes), each canned
query's p50 latency on the embedded store, on
rdflib's in-memory Graph of the same triples (small N, with a time cap per query) and on an
Oxigraph server over HTTP, trace and export time, and a cProfile of one build. Each build runs in
a child process, so its peak RSS is its own; every wait is bounded.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import platform
import pstats
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout

from bench.generate import generate  # noqa: E402
from bhyt_kg import pipeline, queries, remote, shacl_sparql, shapes  # noqa: E402
from bhyt_kg import trace as tracing  # noqa: E402
from bhyt_kg.store import KnowledgeGraph  # noqa: E402

PACKAGES = ("rdflib", "pyoxigraph", "oxigraph", "pyshacl", "networkx", "SPARQLWrapper", "click")


class TimeUp(Exception):
    """A measurement ran past its time cap."""


# --- small helpers ----------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def p50(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """(median seconds over ``runs`` calls after one warm-up, last result)."""
    result = fn()  # warm-up: parse caches, page cache
    times = []
    for _ in range(runs):
        seconds, result = timed(fn)
        times.append(seconds)
    return statistics.median(times), result


def capped(fn: Callable[[], Any], cap: float) -> tuple[float | None, Any]:
    """(seconds, result) of ``fn``, or (None, None) after ``cap`` seconds (SIGALRM).

    rdflib's SPARQL engine is pure Python, so the alarm interrupts it between bytecodes.
    """
    def alarm(signum: int, frame: object) -> None:
        raise TimeUp

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        return timed(fn)
    except TimeUp:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def disk_size(directory: Path) -> int:
    """Bytes of the files under ``directory``."""
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())


def load_average() -> str:
    """The 1/5/15-minute load averages, for the record: the machine is shared."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def free_port() -> int:
    """A loopback TCP port nothing listens on (at the time of asking)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- child processes: a build, a whole-graph validation -----------------------------------------


def child_build(corpus: Path, store: Path, jobs: int, check: bool) -> dict[str, Any]:
    """Build ``corpus`` into a new store at ``store``; runs in its own process."""
    with KnowledgeGraph.open(store) as kg:
        seconds, summary = timed(lambda: pipeline.build([corpus], kg, check=check, jobs=jobs))
    return {"seconds": seconds, "built": len(summary.built), "skipped": len(summary.skipped),
            "quads": summary.quads, "violations": len(summary.violations),
            "warnings": summary.warnings, "entities": summary.entities,
            "rss_self_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "rss_workers_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}


def child_validate(store: Path) -> dict[str, Any]:
    """Whole-graph pyshacl validation of the store, and whether the compiled shapes agree;
    runs in its own process."""
    with KnowledgeGraph.open(store) as kg:
        load, dataset = timed(kg.to_dataset)
        compiled = shacl_sparql.run_checks(kg.select)
    seconds, report = timed(lambda: shapes.validate(dataset))
    return {"to_dataset": load, "seconds": seconds, "conforms": report.conforms,
            "violations": len(report.violations), "warnings": len(report.warnings),
            "same_as_compiled": set(report.results) == set(compiled.results)}


def child_shacl(store: Path, threads: int) -> dict[str, Any]:
    """The compiled shapes run on the store (what build and validate do); own process."""
    with KnowledgeGraph.open(store) as kg:
        timings: list[shacl_sparql.Timing] = []
        seconds, report = timed(lambda: shacl_sparql.run_checks(kg.select, threads=threads,
                                                                timings=timings))
    slowest = max(timings, key=lambda t: t.seconds)
    return {"threads": threads, "seconds": seconds, "queries": len(timings),
            "violations": len(report.violations), "warnings": len(report.warnings),
            "slowest": slowest.seconds, "slowest_query": slowest.sparql[:160],
            "rss_self_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def child_query(store: Path, name: str, runs: int, slow: float) -> dict[str, Any]:
    """One canned query's p50 on the store (see measure_queries); runs in its own process, so
    a query over the cap can be stopped."""
    with KnowledgeGraph.open(store) as kg:
        return measure_queries(kg, [name], runs, slow)[name]


def run_child(args: list[str], timeout: float) -> tuple[dict[str, Any] | None, float, str]:
    """(JSON the child printed or None, wall seconds, why it failed) of ``run.py --child ...``."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start, f"over the {timeout:g} s budget"
    wall = time.perf_counter() - start
    if done.returncode != 0:
        return None, wall, done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "?"
    return json.loads(done.stdout.strip().splitlines()[-1]), wall, ""


# --- the measurements of one size ---------------------------------------------------------------


def measure_queries(kg: Any, names: list[str], runs: int,
                    slow: float = float("inf")) -> dict[str, dict[str, Any]]:
    """{query: {p50 seconds, rows}} through bhyt_kg.queries.run on ``kg`` (store or Endpoint).

    A query whose warm-up run takes over ``slow`` seconds is timed by that run alone
    (``"runs": 1``), so a large corpus does not spend hours repeating minute-long queries.
    Every run asks the engine: the store's remembered answers (which make a repeated query
    cost a file read) are not what this measures.
    """
    found = {}
    for name in names:
        try:
            first, table = timed(lambda name=name: queries.run(kg, name, remember=False))
            if first > slow:
                found[name] = {"p50": first, "rows": len(table.rows), "runs": 1}
                continue
            seconds, table = p50(lambda name=name: queries.run(kg, name, remember=False), runs)
            found[name] = {"p50": seconds, "rows": len(table.rows)}
        except Exception as error:  # one failing query must not end the benchmark
            found[name] = {"p50": None, "rows": None, "error": f"{type(error).__name__}: {error}"}
    return found


def measure_rdflib(nt: bytes, names: list[str], runs: int, cap: float) -> dict[str, Any]:
    """Load the N-Triples into an rdflib Graph and time each canned query, capped."""
    from rdflib import Graph

    load, graph = timed(lambda: Graph().parse(data=nt, format="nt"))
    found: dict[str, Any] = {}
    for name in names:
        text = queries.load_query(name)
        try:
            first, rows = capped(lambda text=text: list(graph.query(text)), cap)
        except Exception as error:  # rdflib's engine fails on some valid queries
            found[name] = {"p50": None, "rows": None,
                           "error": f"rdflib fails: {type(error).__name__}"}
            continue
        if first is None:
            found[name] = {"p50": None, "rows": None, "error": f"over {cap:g} s"}
            continue
        times = [first]
        for _ in range(runs - 1 if first < cap / (2 * runs) else 0):
            seconds, rows = capped(lambda text=text: list(graph.query(text)), cap)
            if seconds is not None:
                times.append(seconds)
        found[name] = {"p50": statistics.median(times), "rows": len(rows)}
    return {"load": load, "triples": len(graph), "queries": found}


class Server:
    """A fresh ``oxigraph serve`` on a free loopback port, loaded from ``kg``.

    ``union``: the server's ``--union-default-graph`` (Oxigraph 0.5 repeats a triple once per
    graph holding it, see queries/README.md); otherwise a plain server whose default graph gets
    a copy of the deduplicated union, which is what the canned queries expect.
    """

    def __init__(self, kg: KnowledgeGraph, work: Path, union: bool, timeout: float) -> None:
        self.kg, self.work, self.union, self.timeout = kg, work, union, timeout
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, load: bool = True) -> float:
        """Start the server and (``load``) load the graph into a new server store; returns the
        seconds the load took. ``load=False`` restarts on the store already loaded."""
        self.stop()
        bind = f"127.0.0.1:{free_port()}"
        location = self.work / "server-store"
        if load:
            shutil.rmtree(location, ignore_errors=True)
        command = remote.oxigraph_command(location, bind, union_default_graph=self.union)
        with (self.work / "server.log").open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://{bind}"
        remote.wait_until_ready(f"{base}/query", timeout=30, process=self.process)
        self.endpoint = remote.Endpoint(f"{base}/query", timeout=self.timeout, retries=0)
        if not load:
            return 0.0
        loader = remote.Endpoint(f"{base}/query", timeout=600, retries=0)
        seconds, self.pushed = timed(lambda: remote.push(self.kg, loader, batch_size=50))
        if not self.union:
            body = self.kg.dump_ntriples().encode("utf-8")
            request = urllib.request.Request(f"{base}/store?default", data=body, method="PUT",
                                             headers={"Content-Type": "application/n-triples"})
            extra, _ = timed(lambda: urllib.request.urlopen(request, timeout=600).read())
            seconds += extra
        return seconds

    def stop(self) -> None:
        """Stop the server (it may still be busy with a query the client gave up on)."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None


def measure_server(kg: KnowledgeGraph, work: Path, names: list[str], runs: int,
                   document: str | None, union: bool, cap: float) -> dict[str, Any]:
    """Time each canned query (and a trace) over HTTP; a query over ``cap`` s is given up and
    the server restarted, so an abandoned query does not slow the next ones."""
    server = Server(kg, work, union, cap)
    try:
        result: dict[str, Any] = {"push": server.start(), "graphs": server.pushed.graphs,
                                  "triples": server.pushed.triples, "queries": {}}
        for name in names:
            found = measure_queries(server.endpoint, [name], runs)[name]
            result["queries"][name] = found
            if found["p50"] is None:
                found["error"] = f"over {cap:g} s" if "no answer" in found["error"] \
                    else found["error"]
                server.start(load=False)
        if document:
            try:
                result["trace"], _ = p50(lambda: tracing.trace(server.endpoint, document), runs)
            except Exception as error:
                result["trace_error"] = f"{type(error).__name__}: {error}"
        return result
    finally:
        server.stop()


def profile_build(corpus: Path, work: Path, articles: int) -> dict[str, Any]:
    """cProfile of a 1-job build (with SHACL) of the first ``articles`` files of ``corpus``."""
    files = sorted(corpus.glob("*.txt"))[:articles]
    subset = work / "profile-corpus"
    shutil.rmtree(subset, ignore_errors=True)
    subset.mkdir(parents=True)
    for path in files:
        shutil.copy(path, subset / path.name)
    store = work / "profile-store"
    shutil.rmtree(store, ignore_errors=True)
    profiler = cProfile.Profile()
    with KnowledgeGraph.open(store) as kg:
        pipeline.build([subset], kg, jobs=1)  # warm-up: gazetteer, shapes, imports
        start = time.perf_counter()
        profiler.enable()
        pipeline.build([subset], kg, jobs=1, full=True)
        profiler.disable()
        seconds = time.perf_counter() - start
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("cumulative").print_stats(30)
    cumulative = out.getvalue()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(20)
    stats.dump_stats(str(work / "build.prof"))
    return {"articles": len(files), "seconds": seconds, "cumulative": cumulative,
            "tottime": out.getvalue()}


def bench_size(n: int, args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    """Every measurement for a corpus of ``n`` articles."""
    if args.measure_store is not None:  # a store built before: measure it as it is
        store = args.measure_store.resolve()
        result = {"n": n, "load_before": load_average(), "measured_store": str(store)}
        with KnowledgeGraph.open(store) as kg:
            result["quads"] = len(kg)
        result["store_bytes"] = disk_size(store)
        return measure_store(n, store, store.parent / "corpus", store.parent, result, args, log)
    work = args.workdir / f"n{n}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpus = work / "corpus"
    result: dict[str, Any] = {"n": n, "load_before": load_average()}
    result["generate"], _ = timed(lambda: generate(n, corpus, args.seed))
    result["corpus_bytes"] = disk_size(corpus)
    log(f"N={n}: corpus written ({result['corpus_bytes'] / 1e6:.1f} MB)")

    builds = []
    plans = [(j, not args.no_check) for j in args.jobs]
    if n <= args.plain_build_max:
        plans.append((max(args.jobs), False))
    for jobs, check in plans:
        store = work / f"store-j{jobs}-{'check' if check else 'nocheck'}"
        found, wall, why = run_child(["build", str(corpus), str(store), str(jobs), str(int(check))],
                                     args.build_timeout)
        entry = {"jobs": jobs, "check": check, "wall": wall, "store": str(store),
                 "load": load_average(), **(found or {"error": why})}
        builds.append(entry)
        log(f"N={n}: build jobs={jobs} check={check}: "
            + (f"{found['seconds']:.1f} s" if found else why))
    result["builds"] = builds
    main = next((b for b in builds if b["check"] != args.no_check and b["jobs"] == max(args.jobs)
                 and "error" not in b), None) or next((b for b in builds if "error" not in b), None)
    if main is None:
        return result
    store = Path(main["store"])
    result["store_bytes"] = disk_size(store)
    result["quads"] = main["quads"]
    return measure_store(n, store, corpus, work, result, args, log)


def measure_store(n: int, store: Path, corpus: Path, work: Path, result: dict[str, Any],
                  args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    """The measurements of a built store (queries, trace, export, servers, SHACL, CLI)."""
    names = [name for name, _ in queries.list_queries()]
    if args.embedded_cap:  # each query in a child process, stopped after the cap
        result["embedded"] = {}
        for name in names:
            found, wall, why = run_child(["query", str(store), name, str(args.runs),
                                          str(args.slow)], args.embedded_cap)
            result["embedded"][name] = found or {"p50": None, "rows": None,
                                                 "error": f"over {args.embedded_cap:g} s"
                                                 if "budget" in why else why}
            log(f"N={n}: embedded {name}: "
                + (f"{found['p50']:.2f} s ({found['rows']} rows)" if found else why))

    with KnowledgeGraph.open(store) as kg:
        ids = kg.article_ids()
        sample = ids[:: max(1, len(ids) // args.shacl_sample)][: args.shacl_sample]
        graphs = [kg.article_graph(a) for a in sample]
        times = [timed(lambda g=g: shapes.validate(g))[0] for g in graphs]
        result["shacl_article"] = {"articles": len(times), "p50": statistics.median(times),
                                   "mean": statistics.mean(times),
                                   "triples": statistics.mean(len(g) for g in graphs)}
        log(f"N={n}: per-article SHACL {result['shacl_article']['mean'] * 1000:.0f} ms")

        if not args.embedded_cap:
            result["embedded"] = measure_queries(kg, names, args.runs, args.slow)
            log(f"N={n}: embedded queries done")
        document = None
        try:
            document = tracing.resolve_document(kg, "38-CT/TW")
            result["trace"], graph = p50(lambda: tracing.trace(kg, document), args.runs)
            result["trace_nodes"] = graph.number_of_nodes()
            result["trace_resolve"], _ = p50(lambda: tracing.resolve_document(kg, "38-CT/TW"),
                                             args.runs)
        except Exception as error:
            result["trace_error"] = f"{type(error).__name__}: {error}"
        exports = {}
        for fmt in args.export_formats:
            path = work / f"graph.{fmt}"
            seconds, _ = timed(lambda path=path, fmt=fmt: kg.export(path, fmt))
            exports[fmt] = {"seconds": seconds, "bytes": path.stat().st_size}
        result["export"] = exports
        log(f"N={n}: trace and export done")
        if n <= args.rdflib_max:
            nt = kg.dump_ntriples().encode("utf-8")
            result["rdflib"] = measure_rdflib(nt, names, args.runs, args.query_cap)
            log(f"N={n}: rdflib done")
        if remote.oxigraph_binary() is not None:
            modes = {"plain": ("server", False), "union": ("server_union", True)}
            for key, union in (modes[m] for m in args.server_modes):
                try:
                    result[key] = measure_server(kg, work, names, args.runs, document, union,
                                                 args.server_cap)
                except Exception as error:
                    result[key] = {"error": f"{type(error).__name__}: {error}"}
                log(f"N={n}: Oxigraph server ({key}) done")

    # The store is closed again: a child can open it (pyoxigraph locks a store directory).
    result["shacl"] = []
    for threads in args.shacl_threads or sorted({1, max(args.jobs)}):
        found, wall, why = run_child(["shacl", str(store), str(threads)], args.build_timeout)
        result["shacl"].append(found or {"threads": threads, "error": why})
        log(f"N={n}: compiled SHACL, {threads} thread(s): "
            + (f"{found['seconds']:.1f} s" if found else why))
    command = [sys.executable, "-m", "bhyt_kg", "query", "summary", "--store", str(store)]
    cli, done = p50(lambda: subprocess.run(command, capture_output=True, timeout=60,
                                           env={**os.environ, "PYTHONPATH": str(ROOT)}), 3)
    result["cli_query"] = cli if done.returncode == 0 else None
    if n <= args.validate_max:
        found, wall, why = run_child(["validate", str(store)], args.validate_budget)
        result["validate"] = found or {"error": why, "wall": wall}
        log(f"N={n}: whole-graph validation: " + (f"{found['seconds']:.1f} s" if found else why))
    if args.profile:
        result["profile"] = profile_build(corpus, work, min(n, args.profile_articles))
        log(f"N={n}: profile done")
    result["load_after"] = load_average()
    return result


# --- the report ---------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """CPU, cores, memory, Python and package versions."""
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    memory = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.rstrip()
    versions = {}
    for package in PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {"cpu": cpu, "nproc": str(os.cpu_count()), "free": memory,
            "python": platform.python_version(), "platform": platform.platform(),
            "packages": ", ".join(f"{k} {v}" for k, v in versions.items())}


def _ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:.1f}"


def _s(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds:.2f}"


def report(results: list[dict[str, Any]], info: dict[str, str], command: str) -> str:
    """The Markdown tables of the measured figures."""
    lines = [f"Measured {dt.datetime.now().isoformat(timespec='minutes')}.", "",
             "## Machine", "",
             f"- CPU: {info['cpu']}; `nproc`: {info['nproc']}", f"- {info['platform']}",
             f"- Python {info['python']}; {info['packages']}", "- `free -h`:", "",
             "```", info["free"], "```", "", "## Command", "", "```", command, "```", ""]
    for r in results:
        n = r["n"]
        source = (f"Corpus {r['corpus_bytes'] / 1e6:.1f} MB, generated in {r['generate']:.1f} s."
                  if "measured_store" not in r else
                  f"Store `{r['measured_store']}` built by an earlier run, measured as it is.")
        lines += [f"## N = {n:,}", "",
                  f"Load average (1/5/15 min) before: {r['load_before']}; after: "
                  f"{r.get('load_after', '?')}. {source}", "",
                  "### Build", "",
                  "| jobs | SHACL of the store | build s | articles/s | wall s (with start-up) | "
                  "peak RSS main MiB | peak RSS worker MiB | quads | violations | load after |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for b in r.get("builds", []):
            if "error" in b:
                lines.append(f"| {b['jobs']} | {'yes' if b['check'] else 'no'} | "
                             f"failed: {b['error']} | | | | | | | |")
                continue
            lines.append(
                f"| {b['jobs']} | {'yes' if b['check'] else 'no'} | {b['seconds']:.1f} | "
                f"{b['built'] / b['seconds']:.1f} | {b['wall']:.1f} | "
                f"{b['rss_self_kib'] / 1024:.0f} | {b['rss_workers_kib'] / 1024:.0f} | "
                f"{b['quads']:,} | {b['violations']} | {b['load']} |")
        if "quads" not in r:
            continue
        ok = [b for b in r.get("builds", []) if "error" not in b]
        lines += ["", f"- quads in the store: {r['quads']:,} ({r['quads'] / n:.0f} per article); "
                      f"store on disk: {r['store_bytes'] / 2**20:.1f} MiB"]
        sa = r["shacl_article"]
        lines.append(f"- per-article SHACL (pyshacl on one article graph, {sa['articles']} "
                     f"articles of ~{sa['triples']:.0f} triples): p50 {_ms(sa['p50'])} ms, "
                     f"mean {_ms(sa['mean'])} ms")
        top = max((b["jobs"] for b in ok), default=0)
        with_check = next((b for b in ok if b["jobs"] == top and b["check"]), None)
        without = next((b for b in ok if b["jobs"] == top and not b["check"]), None)
        if with_check and without:
            extra = (with_check["seconds"] - without["seconds"]) * top / n
            lines.append(f"- build with minus without SHACL at {top} jobs: "
                         f"{with_check['seconds'] - without['seconds']:.1f} s "
                         f"(≈ {extra * 1000:.0f} ms of CPU per article)")
        for v in r.get("shacl", []):
            lines.append(f"- SHACL compiled to SPARQL on the store, {v['threads']} thread(s): " + (
                f"{v['seconds']:.1f} s for {v['queries']} queries ({v['violations']} "
                f"violations, {v['warnings']} warnings); slowest query {v['slowest']:.2f} s; "
                f"peak RSS {v['rss_self_kib'] / 1024:.0f} MiB" if "seconds" in v
                else f"failed: {v['error']}"))
        if "validate" in r:
            v = r["validate"]
            lines.append("- whole-graph `shapes.validate` (pyshacl): " + (
                f"{v['seconds']:.1f} s (+ {v['to_dataset']:.1f} s to_dataset), conforms "
                f"{v['conforms']}, {v['violations']} violations; same results as the compiled "
                f"shapes: {'yes' if v['same_as_compiled'] else 'NO'}" if "seconds" in v
                else f"not finished: {v['error']}"))
        if "trace" in r:
            lines.append(f"- trace 38-CT/TW (p50): {_ms(r['trace'])} ms, {r['trace_nodes']} nodes; "
                         f"resolve_document: {_ms(r['trace_resolve'])} ms")
        elif "trace_error" in r:
            lines.append(f"- trace failed: {r['trace_error']}")
        for fmt, e in r["export"].items():
            lines.append(f"- export {fmt}: {e['seconds']:.2f} s, {e['bytes'] / 2**20:.1f} MiB")
        if r.get("cli_query") is not None:
            lines.append(f"- whole command `python -m bhyt_kg query summary --store DIR` (p50): "
                         f"{r['cli_query']:.2f} s")
        server, union = r.get("server", {}), r.get("server_union", {})
        if "push" in server:
            lines.append(f"- load into the Oxigraph server (push of every named graph, then a "
                         f"copy of the union as its default graph): {server['push']:.1f} s, "
                         f"{server['graphs']} graphs, {server['triples']:,} triples")
        elif "error" in server:
            lines.append(f"- Oxigraph server: {server['error']}")
        if "error" in union:
            lines.append(f"- Oxigraph server with --union-default-graph: {union['error']}")
        rd = r.get("rdflib")
        if rd:
            lines.append(f"- rdflib Graph parse of the N-Triples ({rd['triples']:,} triples): "
                         f"{rd['load']:.1f} s")
        lines += ["", "### Canned queries (p50 ms; rows in brackets)", "",
                  "| query | embedded | rdflib Graph | rdflib / embedded | Oxigraph server, "
                  "union copied to default graph (HTTP) | Oxigraph server "
                  "--union-default-graph (HTTP) |",
                  "|---|---|---|---|---|---|"]
        for name, e in r["embedded"].items():
            rq = (rd or {}).get("queries", {}).get(name)
            sq = server.get("queries", {}).get(name)
            rdf = "not run" if rq is None else (
                f"{_ms(rq['p50'])} ({rq['rows']})" if rq["p50"] is not None else rq["error"])
            ratio = (f"{rq['p50'] / e['p50']:.0f}x" if rq and rq["p50"] and e["p50"]
                     else ("> " + f"{float(rq['error'].split()[1]) / e['p50']:.0f}x"
                           if rq and rq.get("error", "").startswith("over") and e["p50"]
                           else "—"))
            srv = _cell(sq)
            uni = _cell(union.get("queries", {}).get(name))
            emb = _cell(e) + (" one run" if e.get("runs") == 1 else "")
            lines.append(f"| {name} | {emb} | {rdf} | {ratio} | {srv} | {uni} |")
        lines.append(f"| *trace 38-CT/TW* | {_ms(r.get('trace'))} | | | "
                     f"{_ms(server.get('trace'))} | {_ms(union.get('trace'))} |")
        lines.append("")
        if "profile" in r:
            p = r["profile"]
            lines += [f"### Profile: 1-job build with SHACL of {p['articles']} articles, "
                      f"{p['seconds']:.1f} s", "", "Top functions by cumulative time:", "",
                      "```", _trim(p["cumulative"]), "```", "", "Top functions by own time:",
                      "", "```", _trim(p["tottime"]), "```", ""]
    return "\n".join(lines)


def _cell(found: dict[str, Any] | None) -> str:
    if found is None:
        return "not run"
    return f"{_ms(found['p50'])} ({found['rows']})" if found["p50"] is not None else found["error"]


def _trim(stats: str) -> str:
    """pstats output from its table header on, without the blank tail."""
    text = stats[stats.find("   ncalls"):] if "   ncalls" in stats else stats
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def main(argv: list[str] | None = None) -> None:
    """Command line."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:  # internal: one measurement in its own process
        kind, *rest = argv[1:]
        if kind == "build":
            corpus, store, jobs, check = rest
            found = child_build(Path(corpus), Path(store), int(jobs), check == "1")
        elif kind == "shacl":
            found = child_shacl(Path(rest[0]), int(rest[1]))
        elif kind == "query":
            found = child_query(Path(rest[0]), rest[1], int(rest[2]), float(rest[3]))
        else:
            found = child_validate(Path(rest[0]))
        print(json.dumps(found))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}",
                        help="comma-separated --jobs values to build with (default 1,nproc)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="write the Markdown report here")
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    parser.add_argument("--workdir", type=Path, help="keep corpora and stores here")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (p50)")
    parser.add_argument("--rdflib-max", type=int, default=1000,
                        help="largest N to query with rdflib's in-memory graph")
    parser.add_argument("--query-cap", type=float, default=30,
                        help="seconds before an rdflib query is given up")
    parser.add_argument("--server-cap", type=float, default=10,
                        help="seconds before a query to the Oxigraph server is given up")
    parser.add_argument("--server-modes", default="plain,union",
                        help="Oxigraph servers to query: plain (union copied to the default "
                             "graph), union (--union-default-graph)")
    parser.add_argument("--validate-max", type=int, default=1000,
                        help="largest N to validate as a whole graph")
    parser.add_argument("--validate-budget", type=float, default=300,
                        help="seconds before whole-graph validation is given up")
    parser.add_argument("--build-timeout", type=float, default=3600)
    parser.add_argument("--shacl-sample", type=int, default=30,
                        help="article graphs to time per-article SHACL on")
    parser.add_argument("--plain-build-max", type=int, default=10000,
                        help="largest N to build once more without SHACL")
    parser.add_argument("--no-check", action="store_true",
                        help="build without the build's own validation (as README advises for "
                             "100k articles); the compiled shapes are still timed on the store")
    parser.add_argument("--shacl-threads", default="",
                        help="comma-separated thread counts for the compiled shapes "
                             "(default 1 and the largest --jobs)")
    parser.add_argument("--slow", type=float, default=5.0,
                        help="seconds: an embedded query slower than this on its first run "
                             "is timed by that run alone")
    parser.add_argument("--measure-store", type=Path, default=None,
                        help="measure this existing store (built by an earlier run, its corpus "
                             "in ../corpus) instead of generating and building; --sizes gives N")
    parser.add_argument("--embedded-cap", type=float, default=0,
                        help="seconds: run each embedded query in a child process stopped "
                             "after this long (0: all in this process, no cap)")
    parser.add_argument("--export-formats", default="nq,ttl",
                        help="comma-separated formats to time the export of")
    parser.add_argument("--no-profile", dest="profile", action="store_false")
    parser.add_argument("--profile-articles", type=int, default=100)
    args = parser.parse_args(argv)
    args.server_modes = [m for m in args.server_modes.split(",") if m]
    args.jobs = sorted({int(j) for j in args.jobs.split(",")})
    args.shacl_threads = sorted({int(t) for t in args.shacl_threads.split(",") if t})
    args.export_formats = [f for f in args.export_formats.split(",") if f]
    sizes = [int(s) for s in args.sizes.split(",")]
    cleanup = args.workdir is None
    args.workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bhyt-bench-"))

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    try:
        results = [bench_size(n, args, log) for n in sizes]
    finally:
        if cleanup:
            shutil.rmtree(args.workdir, ignore_errors=True)
    command = "python bench/run.py " + " ".join(argv)
    text = report(results, machine(), command)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
