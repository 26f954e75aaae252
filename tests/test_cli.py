"""The command line, as a user runs it: CliRunner for every command, and a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLES, DATA, ROOT

from bhyt_kg.cli import cli


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store and a TriG file built from the sample corpus by `bhyt-kg build`."""
    tmp = tmp_path_factory.mktemp("cli")
    store, out = tmp / "store", tmp / "kg.trig"
    result = CliRunner().invoke(cli, ["build", str(ARTICLES), "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return store, out, result.output


def invoke(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), **kwargs)


def test_build_prints_a_summary(built) -> None:
    _, out, output = built
    assert "Built 5 articles (0 unchanged, 0 skipped)" in output
    assert "articles 5" in output and "observations" in output
    assert "Validation: conforms" in output
    assert out.exists()


def test_queries_lists_every_canned_query_with_a_description() -> None:
    result = invoke("queries")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    for name in ("directives", "organisations", "people", "observations", "directive-outcomes", "implementers"):
        assert name in names
    assert all(len(line.split(None, 1)) == 2 for line in result.output.splitlines())


def test_query_from_the_store_and_from_a_file_agree(built) -> None:
    store, out, _ = built
    a = invoke("query", "observations", "--store", str(store), "--format", "csv")
    b = invoke("query", "observations", "--data", str(out), "--format", "csv")
    assert a.exit_code == b.exit_code == 0
    assert a.output == b.output
    header = a.output.splitlines()[0].split(",")
    assert header[:13] == ["observation", "scheme", "indicator", "value", "unit", "area", "date",
                           "period_start", "qualifier", "population_group", "is_target", "article", "evidence"]


def test_query_pages_with_limit_and_offset(built) -> None:
    store, _, _ = built
    whole = invoke("query", "observations", "--store", str(store), "--format", "csv")
    page = invoke("query", "observations", "--store", str(store), "--format", "csv",
                  "--limit", "3", "--offset", "2")
    assert whole.exit_code == page.exit_code == 0
    lines = whole.output.splitlines()
    assert len(lines) > 6 and page.output.splitlines() == [lines[0]] + lines[3:6]
    bad = invoke("query", "observations", "--store", str(store), "--limit", "-1")
    assert bad.exit_code == 2 and "-1" in bad.output


def test_query_json_and_a_user_query_file(built, tmp_path: Path) -> None:
    _, out, _ = built
    rq = tmp_path / "count.rq"
    rq.write_text("# count\nSELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/bhyt-kg/ontology#Article> }\n")
    result = invoke("query", str(rq), "--data", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"n": 5}]


def test_query_param_is_bound_as_a_term_not_pasted(built, tmp_path: Path) -> None:
    _, out, _ = built
    rq = tmp_path / "p.rq"
    rq.write_text("SELECT ?s ?name WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?name }\n")
    ok = invoke("query", str(rq), "--data", str(out), "--param", "name=Nguyễn Văn Cương", "--format", "csv")
    assert ok.exit_code == 0 and len(ok.output.splitlines()) == 2
    hostile = invoke("query", str(rq), "--data", str(out), "--param", 'name="} ; DROP ALL ; {', "--format", "csv")
    assert hostile.exit_code == 0 and hostile.output.splitlines() == ["s,name"]


def test_trace_directive_38(built) -> None:
    store, _, _ = built
    result = invoke("trace", "Chỉ thị 38-CT/TW", "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "94.47" in result.output or "94,47" in result.output
    dot = invoke("trace", "38-CT/TW", "--store", str(store), "--format", "dot")
    assert dot.exit_code == 0 and dot.output.lstrip().startswith("digraph")


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "nt", "jsonld"])
def test_export_every_format_parses_back(built, tmp_path: Path, fmt: str) -> None:
    from bhyt_kg.store import KnowledgeGraph

    store, _, _ = built
    target = tmp_path / f"kg.{fmt}"
    result = invoke("export", "--store", str(store), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert len(KnowledgeGraph.from_file(target)) > 500


def test_validate_exit_codes(built, tmp_path: Path) -> None:
    _, out, _ = built
    assert invoke("validate", str(out)).exit_code == 0
    broken = tmp_path / "broken.trig"
    broken.write_text((DATA / "example.trig").read_text(encoding="utf-8").replace(
        'sdmx-measure:obsValue 94.0', 'sdmx-measure:obsValue 194.0'), encoding="utf-8")
    bad = invoke("validate", str(broken))
    assert bad.exit_code == 1
    assert "between 0 and 100" in bad.output
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("@prefix : <x> .\n:a :b \n", encoding="utf-8")
    unusable = invoke("validate", str(garbage))
    assert unusable.exit_code == 2
    assert str(garbage) in unusable.stderr and len(unusable.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["query", "no-such-query"], "no query 'no-such-query'"),
        (["query", "observations", "--data", "missing.trig"], "missing.trig"),
        (["export", "--data", "missing.trig", "-o", "x.ttl"], "missing.trig"),
        (["trace", "Chỉ thị 99", "--data", str(DATA / "example.trig")], "Chỉ thị 99"),
    ],
)
def test_errors_are_one_line_on_stderr_with_exit_code_2(args, needle, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, args, env={"BHYT_KG_STORE": str(tmp_path / "none")})
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bhyt-kg: error: ") and needle in lines[0]
    assert "Traceback" not in result.output


def test_no_store_yet_says_to_build_first(tmp_path: Path) -> None:
    result = invoke("query", "observations", "--store", str(tmp_path / "empty"))
    assert result.exit_code == 2
    assert "run 'bhyt-kg build' first" in result.stderr


def test_build_with_a_broken_article_builds_the_rest_and_exits_3(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(ARTICLES.glob("*.txt"))[:2]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    result = invoke("build", str(corpus), "--store", str(tmp_path / "store"))
    assert result.exit_code == 3, result.output
    assert "Built 2 articles (0 unchanged, 1 skipped)" in result.output
    assert "empty.txt: empty article" in result.stderr


def test_the_installed_console_script_runs_in_a_subprocess(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "bhyt-kg"
    if not script.exists():
        pytest.skip("bhyt-kg is not installed in this environment")
    env = {**os.environ, "BHYT_KG_STORE": str(tmp_path / "store")}
    built = subprocess.run([str(script), "build", "-o", str(tmp_path / "kg.nq")], capture_output=True,
                           text=True, env=env, cwd=tmp_path, timeout=600)
    assert built.returncode == 0, built.stderr
    assert "Built 5 articles" in built.stdout
    listed = subprocess.run([str(script), "query", "directives"], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120)
    assert listed.returncode == 0 and "38-CT/TW" in listed.stdout
    assert listed.stdout.startswith("document,")  # piped: CSV, no terminal table


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.endswith("/pytest"))
    assert command in ci.splitlines()


def test_service_clauses_are_refused_unless_allowed(built, tmp_path: Path) -> None:
    _, out, _ = built
    rq = tmp_path / "svc.rq"
    rq.write_text("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n")
    refused = invoke("query", str(rq), "--data", str(out))
    assert refused.exit_code == 2 and "SERVICE" in refused.stderr and "--allow-service" in refused.stderr


def test_evaluate_prints_scores_per_kind_and_checks_the_baseline(tmp_path: Path) -> None:
    gold = ROOT / "data" / "gold"
    result = invoke("evaluate", str(gold), str(ARTICLES), str(ROOT / "data" / "dev" / "articles"), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    kinds = {"documents", "organisations", "places", "people", "observations", "implementers", "outcomes"}
    assert kinds <= set(data["scores"])
    # a baseline 0.03 above today's figure of one kind: that kind "fell" by more than 0.02
    high = tmp_path / "BASELINE.json"
    f1 = {k: v["f1"] if isinstance(v, dict) else v for k, v in data["scores"].items()}
    high.write_text(json.dumps({**{k: f1[k] for k in kinds}, "people": f1["people"] - 0.01,
                                "observations": f1["observations"] + 0.03}), encoding="utf-8")
    fell = invoke("evaluate", str(gold), "--baseline", str(high))
    assert fell.exit_code == 1 and "F1 fell below" in fell.stderr
    assert "observations" in fell.stderr and "people" not in fell.stderr


def test_push_then_query_and_trace_a_real_server(built, tmp_path: Path) -> None:
    from servers import oxigraph_server

    store, out, _ = built
    with oxigraph_server(tmp_path / "server") as server:
        pushed = invoke("push", "--endpoint", server.query_url, "--store", str(store))
        assert pushed.exit_code == 0, pushed.output + pushed.stderr
        assert pushed.output.startswith("Pushed ")
        again = invoke("push", "--endpoint", server.query_url, "--store", str(store))
        assert again.exit_code == 0
        remote = invoke("query", "directives", "--endpoint", server.query_url, "--format", "csv")
        local = invoke("query", "directives", "--store", str(store), "--format", "csv")
        assert remote.exit_code == 0, remote.stderr
        assert remote.output == local.output
        traced = invoke("trace", "38-CT/TW", "--endpoint", server.query_url)
        assert traced.exit_code == 0 and "94.47" in traced.output


def test_a_refused_connection_is_one_line_and_exit_4() -> None:
    from servers import free_port

    result = invoke("query", "directives", "--endpoint", f"http://127.0.0.1:{free_port()}/query",
                    "--retries", "1", "--timeout", "2")
    assert result.exit_code == 4
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "connection refused" in lines[0]


def test_serve_answers_sparql_until_stopped(built, tmp_path: Path) -> None:
    import time

    from servers import free_port

    from bhyt_kg.remote import Endpoint, wait_until_ready
    from bhyt_kg.store import KnowledgeGraph

    store, _, _ = built
    script = Path(sys.executable).parent / "bhyt-kg"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "bhyt_kg"]
    bind = f"127.0.0.1:{free_port()}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)} if not script.exists() else None
    process = subprocess.Popen(command + ["serve", "--bind", bind, "--store", str(store)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        wait_until_ready(f"http://{bind}/query", timeout=30, process=process)
        columns, rows = Endpoint(f"http://{bind}/query").select(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/bhyt-kg/ontology#Article> }")
        deadline = 30

        while int(rows[0][0]) < 5 and deadline > 0:  # the copy is pushed just after start-up
            time.sleep(0.5)
            deadline -= 0.5
            columns, rows = Endpoint(f"http://{bind}/query").select(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/bhyt-kg/ontology#Article> }")
        assert int(rows[0][0]) == 5
        from bhyt_kg.queries import run

        with KnowledgeGraph.open(store) as kg:
            for name in ("directives", "observations", "implementers"):
                assert run(Endpoint(f"http://{bind}/query"), name) == run(kg, name), name
    finally:
        process.terminate()
        process.wait(timeout=20)
    # the server it started stops with it
    time.sleep(0.5)
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        assert not (b"serve-read-only" in args and bind.encode() in args), "oxigraph server left running"


def test_a_full_disk_leaves_the_previous_export_intact(built, tmp_path: Path) -> None:
    import resource
    import signal

    _, graph_file, _ = built
    target = tmp_path / "kg.nq"
    target.write_text("previous export\n", encoding="utf-8")

    def small_disk() -> None:  # writes beyond 64 KiB fail with EFBIG, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "bhyt_kg", "export", "--data", str(graph_file), "-o", str(target)],
                            capture_output=True, text=True, env=env, preexec_fn=small_disk, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(target) in lines[0] and "cannot write" in lines[0]
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.nq"]  # no temporary file left behind


def test_an_output_directory_that_does_not_exist_is_one_clear_line(built, tmp_path: Path) -> None:
    store, _, _ = built
    result = invoke("export", "--store", str(store), "-o", str(tmp_path / "no" / "such" / "kg.ttl"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("engine", ["sparql", "pyshacl"])
def test_validate_engines_agree_on_a_broken_file(engine: str) -> None:
    broken = ROOT / "tests" / "data" / "shapes" / "coverage-rate-120.trig"
    result = CliRunner().invoke(cli, ["validate", str(broken), "--engine", engine, "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert [r["message"][:35] for r in report["results"]] == ["Coverage rate must be between 0 and"]


def test_update_baseline_without_a_baseline_file_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("evaluate", str(tmp_path), "--update-baseline")
    assert result.exit_code == 2
    assert "--update-baseline needs --baseline FILE" in result.output
    assert list(tmp_path.iterdir()) == []  # nothing built, nothing written
