"""The command line: parse, call the library, print. No logic lives here.

Errors are one line on stderr and a documented exit code (see bhyt_kg.errors and the README's
Troubleshooting section); ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from . import errors, queries
from .errors import BhytError, QueryError, StoreError
from .resources import sample_corpus_dir
from .store import KnowledgeGraph, default_store_dir, write_serving_store

if TYPE_CHECKING:
    from .pipeline import BuildSummary

# The pipeline (extractors, gazetteer), pySHACL and networkx are imported by the commands that
# use them: `bhyt-kg query` starts in a third of the time without them.

F = TypeVar("F", bound=Callable[..., Any])

EXPORT_FORMATS = ("ttl", "trig", "nq", "nt", "jsonld")
TABLE_FORMATS = ("table", "csv", "tsv", "json")


def _fail(message: str, code: int) -> None:
    click.echo(f"bhyt-kg: error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """Turn library errors into one stderr line and an exit code (traceback with --debug)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return func(*args, **kwargs)
        except BhytError as err:
            if debug:
                raise
            _fail(str(err), err.exit_code)
        except KeyboardInterrupt:
            if debug:
                raise
            _fail("interrupted; previous outputs are intact", errors.EXIT_INTERRUPTED)
        except OSError as err:
            if debug:
                raise
            where = f"{err.filename}: " if getattr(err, "filename", None) else ""
            _fail(f"{where}{err.strerror or err}", errors.EXIT_INPUT)
        except Exception as err:  # a bug: say so in one line, keep the traceback for --debug
            if debug:
                raise
            _fail(
                f"internal error: {type(err).__name__}: {err} (rerun with --debug for the traceback)",
                errors.EXIT_INPUT,
            )

    return wrapper  # type: ignore[return-value]


store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="BHYT_KG_STORE",
    default=None,
    help="Persistent store directory (default: $BHYT_KG_STORE or the user data directory).",
)
data_option = click.option(
    "--data",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Read the graph from this RDF file (.trig .ttl .nq .nt .jsonld) instead of the store.",
)


def endpoint_options(func: F) -> F:
    """--endpoint and its connection options, for commands that can read a remote server."""
    options = [
        click.option("--endpoint", default=None, metavar="URL",
                     help="Read from this SPARQL 1.1 query endpoint instead of the store."),
        click.option("--user", default=None, envvar="BHYT_KG_USER",
                     help="User for the endpoint (also BHYT_KG_USER or ~/.netrc)."),
        click.option("--password", default=None, envvar="BHYT_KG_PASSWORD",
                     help="Password (also BHYT_KG_PASSWORD or ~/.netrc); never printed."),
        click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds per request."),
        click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
                     help="Retries on 5xx and connection errors, with backoff."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _endpoint(url: str, user: str | None, password: str | None, timeout: float, retries: int,
              **extra: Any) -> Any:
    from .remote import Endpoint

    return Endpoint(url, user=user, password=password, timeout=timeout, retries=retries, **extra)


class _Remote:
    """A remote endpoint used where a KnowledgeGraph context manager is expected."""

    def __init__(self, endpoint: Any) -> None:
        self.endpoint = endpoint

    def __enter__(self) -> Any:
        return self.endpoint

    def __exit__(self, *exc: object) -> None:
        return None


def open_source(data: Path | None, store_dir: Path | None, endpoint: str | None, user: str | None,
                password: str | None, timeout: float, retries: int) -> Any:
    """What a read command reads: --endpoint, --data FILE, or the store."""
    if endpoint is not None:
        if data is not None:
            raise BhytError("give either --endpoint or --data, not both")
        return _Remote(_endpoint(endpoint, user, password, timeout, retries))
    return open_graph(data, store_dir)


def open_graph(data: Path | None, store_dir: Path | None) -> KnowledgeGraph:
    """The graph to read: a file given with --data, else the persistent store of the last build."""
    if data is not None:
        kg = KnowledgeGraph.from_file(data)
        from .pipeline import ontology_graph

        kg.load_ontology(ontology_graph())  # code lists, for notations in results
        return kg
    directory = store_dir or default_store_dir()
    if not directory.exists():
        raise StoreError(
            f"{directory}: no graph has been built yet",
            hint="run 'bhyt-kg build' first, or pass --data FILE",
        )
    # build loaded the ontology into the store: reading never writes to it
    return KnowledgeGraph.open(directory)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="bhyt-kg")
def cli(debug: bool) -> None:
    """Vietnamese health-insurance news -> a validated RDF knowledge graph.

    \b
    Typical session:
        bhyt-kg build                        # the bundled sample corpus
        bhyt-kg queries                      # the canned queries
        bhyt-kg query observations
        bhyt-kg trace "Chỉ thị 38-CT/TW"
        bhyt-kg export -o kg.ttl
    """


@cli.command()
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the graph to this file; the format follows the extension.")
@store_option
@click.option("--no-validate", is_flag=True, help="Skip the SHACL validation of the store.")
@click.option("--full", is_flag=True, help="Empty the store and extract every article again.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="Extraction processes.")
@handle_errors
def build(articles: tuple[Path, ...], out: Path | None, store_dir: Path | None, no_validate: bool,
          full: bool, jobs: int) -> None:
    """Build the graph from ARTICLES (files or directories; default: the bundled sample corpus).

    The graph goes into the persistent store that query, trace, validate and export read by
    default; -o also writes it to a file. The store is then validated against the SHACL shapes.
    Articles whose file is unchanged since the last build are kept as they are (--full
    empties the store and extracts every article again).

    \b
    Exit codes: 0 built and valid; 1 SHACL violations; 3 some inputs were skipped.
    Example:
        bhyt-kg build my_articles/ -o kg.trig
    """
    from . import pipeline

    paths = list(articles) or [sample_corpus_dir()]
    directory = store_dir or default_store_dir()
    show = sys.stderr.isatty()
    with KnowledgeGraph.open(directory) as kg:
        progress = (lambda name: click.echo(f"\r\033[Kbuilding {name}", err=True, nl=False)) if show else None
        summary = pipeline.build(paths, kg, check=not no_validate, full=full, jobs=jobs, progress=progress)
        if show:
            click.echo("\r\033[K", err=True, nl=False)
        if out is not None:
            kg.export(out)
    _print_summary(summary, directory, out, validated=not no_validate)
    if summary.skipped:
        sys.exit(errors.EXIT_SKIPPED)
    if not summary.conforms:
        sys.exit(errors.EXIT_VIOLATIONS)


def _print_summary(summary: BuildSummary, store: Path, out: Path | None, validated: bool) -> None:
    click.echo(
        f"Built {len(summary.built)} articles ({len(summary.unchanged)} unchanged, "
        f"{len(summary.skipped)} skipped) into {store}"
    )
    click.echo(f"  quads: {summary.quads}")
    click.echo("  entities: " + ", ".join(f"{k} {v}" for k, v in summary.entities.items()))
    if summary.removed:
        click.echo(f"  removed {len(summary.removed)} articles no longer in the corpus")
    for skipped in summary.skipped:
        click.echo(f"  skipped {skipped.path}: {skipped.reason}", err=True)
    for duplicate in summary.duplicates:
        click.echo(f"  {duplicate.path}: {duplicate.reason}; recorded as another source of that article")
    for built in summary.built:
        if built.facts == 0:
            click.echo(f"  {built.path}: built, but no health-insurance facts were found")
    if validated and summary.report is None:
        click.echo("Validation: nothing changed since the last build (`bhyt-kg validate` checks "
                   "the store again)")
    elif validated:
        state = "conforms" if summary.conforms else "DOES NOT CONFORM"
        scope = "" if summary.whole_store else (
            f" for the {len(summary.built)} articles written (`bhyt-kg validate` checks the "
            "whole store)")
        click.echo(f"Validation{scope}: {state} ({len(summary.violations)} violations, "
                   f"{summary.warnings} warnings)")
        for path, result in summary.violations[:20]:
            click.echo(f"  {path or '(no article)'}: {result.message} [{result.focus}]",
                       err=True)
        if len(summary.violations) > 20:
            click.echo(f"  ... and {len(summary.violations) - 20} more: run `bhyt-kg validate`",
                       err=True)
    if out is not None:
        click.echo(f"Wrote {out}")


@cli.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--engine", type=click.Choice(["sparql", "pyshacl"]), default="sparql",
              show_default=True,
              help="sparql: the shapes compiled to SPARQL, run on the store (fast); pyshacl: "
                   "the reference SHACL engine over an in-memory copy (slow on big graphs).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1,
              show_default=True, help="Queries run at once (sparql engine).")
@handle_errors
def validate(file: Path | None, store_dir: Path | None, fmt: str, engine: str, jobs: int) -> None:
    """Validate a graph FILE (or the store) against the SHACL shapes.

    The data graph is the union of all graphs with the ontology. Both engines report the
    same results (tested).

    \b
    Exit codes: 0 conforms; 1 violations; 2 unusable input.
    """
    with open_graph(file, store_dir) as kg:
        if engine == "pyshacl":
            from .shapes import validate as pyshacl_validate

            report = pyshacl_validate(kg.to_dataset())
        else:
            from .shacl_sparql import run_checks

            report = run_checks(kg.select, threads=jobs)
    if fmt == "json":
        results = [dataclasses.asdict(r) for r in report.results]
        click.echo(json.dumps({"conforms": report.conforms, "results": results}, ensure_ascii=False, indent=2))
    else:
        click.echo(report.text())
    sys.exit(errors.EXIT_OK if report.conforms else errors.EXIT_VIOLATIONS)


@cli.command("queries")
@handle_errors
def list_queries() -> None:
    """List the canned queries with their one-line descriptions."""
    items = queries.list_queries()
    width = max((len(name) for name, _ in items), default=0)
    for name, description in items:
        click.echo(f"{name:<{width}}  {description}")


_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_param(value: str) -> tuple[str, Node]:
    """``name=value`` -> (name, RDF term): <iri>, integer, decimal, ISO date, else a string.

    The term is bound by the store as a value, so no text of it reaches the query string.
    Raises QueryError for a malformed parameter.
    """
    name, sep, raw = value.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"bad --param {value!r}", hint="write NAME=VALUE, e.g. area=huyện Phú Xuyên")
    if raw.startswith("<") and raw.endswith(">") and " " not in raw:
        return name, URIRef(raw[1:-1])
    if _INTEGER.fullmatch(raw):
        return name, Literal(int(raw))
    if _DECIMAL.fullmatch(raw):
        return name, Literal(Decimal(raw))
    if _DATE.fullmatch(raw):
        return name, Literal(raw, datatype=XSD.date)
    return name, Literal(raw)


def _parse_params(values: tuple[str, ...]) -> dict[str, Node]:
    return dict(parse_param(v) for v in values)


@cli.command()
@click.argument("query")
@data_option
@store_option
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default=None,
              help="Output format (default: table on a terminal, csv when piped).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE as an RDF term (<iri>, 42, 94.5, 2023-12-31, or text).")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the result to a file instead of stdout.")
@click.option("--allow-service", is_flag=True,
              help="Let the query call remote endpoints with SERVICE (refused by default).")
@click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
              help="Return at most N rows (one page; canned queries are ordered).")
@click.option("--offset", type=click.IntRange(min=0), default=0, metavar="N",
              help="Skip the first N rows (with --limit: the next page).")
@endpoint_options
@handle_errors
def query(query: str, data: Path | None, store_dir: Path | None, fmt: str | None,
          params: tuple[str, ...], out: Path | None, allow_service: bool, limit: int | None,
          offset: int, endpoint: str | None, user: str | None, password: str | None,
          timeout: float, retries: int) -> None:
    """Run a canned QUERY by name (see 'bhyt-kg queries') or a SPARQL file.

    \b
    Examples:
        bhyt-kg query observations --format csv
        bhyt-kg query observations --limit 50 --offset 100
        bhyt-kg query my_query.rq --data kg.trig --format json
    """
    fmt = fmt or ("table" if sys.stdout.isatty() and out is None else "csv")
    queries.load_query(query)  # an unknown name fails before any graph is opened
    with open_source(data, store_dir, endpoint, user, password, timeout, retries) as kg:
        table = queries.run(kg, query, _parse_params(params), allow_service=allow_service,
                            limit=limit, offset=offset)
    text = queries.format_table(table, fmt)
    if out is not None:
        from .store import write_atomic

        write_atomic(out, text.encode("utf-8"))
    else:
        click.echo(text, nl=not text.endswith("\n"))


@cli.command("trace")
@click.argument("document")
@data_option
@store_option
@click.option("--format", "fmt", type=click.Choice(["tree", "json", "dot"]), default="tree")
@endpoint_options
@handle_errors
def trace_command(document: str, data: Path | None, store_dir: Path | None, fmt: str,
                  endpoint: str | None, user: str | None, password: str | None, timeout: float,
                  retries: int) -> None:
    """Trace DOCUMENT -> implementing bodies -> activities -> outcomes, with evidence.

    DOCUMENT is a symbol ("38-CT/TW"), a citation ("Chỉ thị 07 Đông Hải") or an IRI.
    """
    with open_source(data, store_dir, endpoint, user, password, timeout, retries) as kg:
        from . import trace

        iri = trace.resolve_document(kg, document)
        graph = trace.trace(kg, iri)
    click.echo(trace.render(graph, iri, fmt))


@cli.command()
@data_option
@store_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Output format (default: from the -o extension).")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Output file, written atomically.")
@handle_errors
def export(data: Path | None, store_dir: Path | None, fmt: str | None, out: Path) -> None:
    """Export the graph as Turtle, TriG, N-Quads, N-Triples or JSON-LD.

    \b
    Example:
        bhyt-kg export --format ttl -o kg.ttl
    """
    with open_graph(data, store_dir) as kg:
        kg.export(out, fmt)
    click.echo(f"Wrote {out}")


@cli.command("evaluate")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("articles", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Exit 1 if any kind's F1 falls more than 0.02 below this BASELINE.json.")
@click.option("--update-baseline", is_flag=True, help="Write the F1 figures to --baseline.")
@handle_errors
def evaluate_command(gold_dir: Path, articles: tuple[Path, ...], fmt: str, baseline: Path | None,
                     update_baseline: bool) -> None:
    """Score extraction against the gold annotations in GOLD_DIR.

    Builds the articles the gold files name (found under ARTICLES, default: data/articles and
    data/dev/articles beside GOLD_DIR) and prints precision, recall and F1 per kind of fact,
    then the misses and false hits.

    \b
    Example:
        bhyt-kg evaluate data/gold --baseline data/gold/BASELINE.json
    """
    from . import evaluate as ev

    if update_baseline and baseline is None:
        raise click.UsageError("--update-baseline needs --baseline FILE (the file to write)")
    result = ev.evaluate(gold_dir, list(articles))
    click.echo(ev.format_evaluation(result, fmt))
    if baseline is not None and update_baseline:
        ev.write_baseline(result, baseline)
        click.echo(f"Wrote {baseline}", err=True)
    elif baseline is not None:
        fallen = ev.compare_to_baseline(result, baseline)
        if fallen:
            click.echo(f"bhyt-kg: F1 fell below {baseline} for: {', '.join(fallen)}", err=True)
            sys.exit(errors.EXIT_VIOLATIONS)


@cli.command()
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query endpoint.")
@click.option("--update-endpoint", default=None, metavar="URL",
              help="SPARQL update endpoint (default: .../update beside .../query, else the query URL).")
@click.option("--graph-store", default=None, metavar="URL",
              help="Graph Store Protocol endpoint: load each graph with one PUT instead of updates.")
@click.option("--batch-size", type=click.IntRange(min=1), default=20, show_default=True,
              help="Article graphs per update request.")
@click.option("--prune", is_flag=True, help="Drop article graphs on the server that the store no longer has.")
@data_option
@store_option
@click.option("--user", default=None, envvar="BHYT_KG_USER", help="User (also BHYT_KG_USER or ~/.netrc).")
@click.option("--password", default=None, envvar="BHYT_KG_PASSWORD",
              help="Password (also BHYT_KG_PASSWORD or ~/.netrc); never printed.")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds per request.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True)
@handle_errors
def push(endpoint: str, update_endpoint: str | None, graph_store: str | None, batch_size: int,
         prune: bool, data: Path | None, store_dir: Path | None, user: str | None,
         password: str | None, timeout: float, retries: int) -> None:
    """Load the graph into a SPARQL server, one named graph per article.

    Re-pushing replaces each article's graph (never duplicates); a failed push leaves every
    article's graph on the server either fully old or fully new.

    \b
    Example:
        bhyt-kg push --endpoint http://127.0.0.1:7878/query
    """
    from . import remote

    ep = _endpoint(endpoint, user, password, timeout, retries, update_url=update_endpoint,
                   graph_store_url=graph_store)
    with open_graph(data, store_dir) as kg:
        report = remote.push(kg, ep, batch_size=batch_size, prune=prune)
    click.echo(f"Pushed {report.graphs} graphs ({report.triples} triples) to {report.url} "
               f"in {report.requests} requests ({report.retries} retries)")
    if report.removed:
        click.echo(f"  dropped {len(report.removed)} article graphs no longer in the store")
    if report.union_default_graph is False:
        click.echo("bhyt-kg: warning: the server's default graph is not the union of its named graphs; "
                   "the canned queries will find nothing (Oxigraph: serve --union-default-graph)", err=True)


@cli.command()
@click.option("--bind", default="127.0.0.1:7878", show_default=True, help="Address and port to listen on.")
@data_option
@store_option
@handle_errors
def serve(bind: str, data: Path | None, store_dir: Path | None) -> None:
    """Serve the graph as a read-only SPARQL endpoint (Oxigraph server, with its query UI).

    The server reads a temporary copy of the graph (named graphs per article; the default graph
    is their deduplicated union), so the store stays free for builds. Ctrl-C stops it.
    """
    import signal
    import subprocess
    import tempfile

    from . import remote

    with tempfile.TemporaryDirectory(prefix="bhyt-kg-serve-") as tmp:
        with open_graph(data, store_dir) as kg:
            quads = write_serving_store(kg, Path(tmp) / "store")
        command = remote.oxigraph_command(Path(tmp) / "store", bind, union_default_graph=False,
                                          read_only=True)
        process = subprocess.Popen(command)
        # SIGTERM (a service manager, a test) stops the server too, as Ctrl-C does.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            query_url = f"http://{bind}/query"
            remote.wait_until_ready(query_url, process=process)
            click.echo(f"Serving {quads} quads at http://{bind}/ (SPARQL: {query_url}); Ctrl-C stops")
            process.wait()
        finally:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
