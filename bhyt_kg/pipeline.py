"""build(): article files -> extraction -> RDF -> the store -> validation of the store.

Incremental: an article whose file and bhyt-kg fingerprint are unchanged is not extracted
again; extraction (and writing each graph as N-Triples) runs in several processes, and the
results are stored in corpus order, a batch of articles per transaction. One broken article
never stops a corpus build: it is reported with its reason and skipped, and its previous graph
(if any) stays in the store. Articles no longer in the corpus are dropped. The store is then
validated once with the SHACL shapes compiled to SPARQL (``shacl_sparql``): one query per
constraint over all articles, instead of pySHACL article by article (~100x slower, issue 5).
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from . import __version__
from .errors import BhytError
from .extract import extract_article
from .gazetteer import load as load_gazetteer
from .identity import article_iri
from .mapping import triples
from .model import Extraction
from .ns import BHYT
from .queries import run as run_query
from .resources import gazetteer_dir, ontology_file, query_dir
from .shacl_sparql import run_checks
from .shapes import Report, ValidationResult
from .sources import DUPLICATE, Source, discover, read_article, read_metadata
from .store import KnowledgeGraph, to_ntriples

# Articles stored per transaction: big enough that writing costs little per article, small
# enough that a crash loses little and memory stays flat.
BATCH = 256
_CHUNK = 8  # articles per message to and from a worker process


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not built, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ArticleBuilt:
    """One article that was built: its id, source file and triple count."""

    article_id: str
    path: str
    triples: int
    facts: int = 0  # facts with evidence; 0 = nothing about health insurance was found


@dataclass(slots=True)
class BuildSummary:
    """What a build did; the CLI prints it."""

    built: list[ArticleBuilt] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[Skipped] = field(default_factory=list)  # same bytes as another file
    quads: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    report: Report | None = None  # the store's SHACL report; None when not validated
    sources: dict[str, str] = field(default_factory=dict)  # focus node -> article file(s)
    whole_store: bool = True  # False: the report covers only the articles this build wrote

    @property
    def conforms(self) -> bool:
        """True when the store has no SHACL violation (or was not validated)."""
        return self.report is None or self.report.conforms

    @property
    def violations(self) -> list[tuple[str, ValidationResult]]:
        """(article file(s) stating the focus node, result) for every violation."""
        found = self.report.violations if self.report is not None else ()
        return [(self.sources.get(r.focus, ""), r) for r in found]

    @property
    def warnings(self) -> int:
        """Number of SHACL warnings."""
        return len(self.report.warnings) if self.report is not None else 0


def ontology_graph() -> Graph:
    """The bundled ontology with its code lists."""
    g = Graph()
    g.parse(source=str(ontology_file()), format="turtle")
    return g


@functools.cache
def fingerprint() -> str:
    """bhyt-kg's version and a hash of its code and data: what built an article's graph.

    An incremental build re-extracts an article whose file or fingerprint changed.
    """
    digest = hashlib.sha256()
    # The same files whether bhyt-kg runs installed (data inside the package) or from a checkout.
    groups = [
        ("code", Path(__file__).parent, "*.py"),
        ("ontology", ontology_file().parent, "*.ttl"),
        ("queries", query_dir(), "*.rq"),
        ("gazetteer", gazetteer_dir(), "*.csv"),
    ]
    for name, root, pattern in groups:
        files = root.rglob(pattern) if name == "code" else root.glob(pattern)
        for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
            rel = path.relative_to(root).as_posix()
            if "__pycache__" in rel:
                continue
            digest.update(f"{name}/{rel}".encode() + b"\0" + path.read_bytes())
    return f"bhyt-kg {__version__} {digest.hexdigest()[:16]}"


def extract_file(source: Source, metadata: dict[str, str] | None = None) -> Extraction:
    """Read and extract one article file (the evaluation harness calls this too).

    Raises ArticleError if the file cannot be read.
    """
    return extract_article(read_article(source, metadata), load_gazetteer())


@dataclass(frozen=True, slots=True)
class _Job:
    source: Source
    metadata: dict[str, str] | None


@dataclass(frozen=True, slots=True)
class _Result:
    """What a worker sends back: the article's graph as N-Triples, and two counts."""

    article_id: str
    ntriples: bytes
    triples: int
    facts: int


_HAS_EVIDENCE = str(BHYT.hasEvidence)


def _build_one(job: _Job) -> _Result | Skipped:
    """Worker: one article file -> its graph as N-Triples, or why it was skipped. Never raises."""
    try:
        extraction = extract_file(job.source, job.metadata)
        # Triples straight to N-Triples: an rdflib Graph here would cost more than the mapping.
        found = list(triples(extraction))
        article = article_iri(extraction.article.id)
        found.append((article, BHYT.builtWith, Literal(fingerprint())))
        for alias in job.source.aliases:  # one article, several source files
            found.append((article, BHYT.sourceFile, Literal(_relative(alias, job.source.root))))
        found = list(dict.fromkeys(found))  # a set of triples, in a stable order
        # (str's own comparison: rdflib's URIRef.__eq__ costs ~0.6 ms an article here)
        facts = sum(map(_HAS_EVIDENCE.__eq__, (p for _, p, _ in found)))
        return _Result(extraction.article.id, to_ntriples(found), len(found), facts)
    except BhytError as err:
        return Skipped(str(job.source.path), str(err))
    except Exception as err:  # an extractor bug must not kill the corpus build
        return Skipped(str(job.source.path), f"internal error: {type(err).__name__}: {err}")


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _state(kg: KnowledgeGraph) -> dict[str, tuple[str, str | None]]:
    """{article id: (sha256, built_with)} of the articles already in ``kg``."""
    table = run_query(kg, "build-state")
    prefix = str(article_iri(""))
    return {str(a)[len(prefix):]: (str(sha), bw) for a, sha, bw in table.rows}


def _sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # read_article reports it


def build(
    paths: Sequence[Path],
    kg: KnowledgeGraph,
    *,
    check: bool = True,
    full: bool = False,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the graph of the articles under ``paths`` into ``kg``; never raises for one article.

    Unchanged articles (same file hash, same bhyt-kg fingerprint) are kept as they are; ``full``
    empties the store first and extracts every article (an article that fails then has no
    graph); ``jobs`` > 1 extracts in that many processes, storing results in corpus order.
    With ``check``, the store is validated afterwards (if anything changed).
    """
    summary = BuildSummary()
    sources, problems = discover(paths)
    for path, reason in problems:
        target = summary.duplicates if reason.startswith(DUPLICATE) else summary.skipped
        target.append(Skipped(str(path), reason))
    # An unreadable directory or a link loop hides articles: do not drop their graphs as stale.
    complete = not summary.skipped
    cleared: set[str] = set()  # the articles a full build found in the store
    if full and complete and sources:
        # Every article is extracted again: start from an empty store, so that storing costs
        # what a first build costs (replacing a graph in place is ~3x slower, bench/RESULTS.md).
        # An article that fails this time therefore has no graph afterwards.
        cleared = set(kg.article_ids())
        kg.clear()
    kg.load_ontology(ontology_graph())
    state = {} if full else _state(kg)
    metadata: dict[Path, dict[str, dict[str, str]]] = {}
    todo: list[_Job] = []
    kept: set[str] = set()  # unchanged articles, and skipped ones that keep their previous graph
    for source in sources:
        try:
            if source.root not in metadata:
                metadata[source.root] = read_metadata(source.root)
        except BhytError as err:
            summary.skipped.append(Skipped(str(source.path), str(err)))
            kept.add(source.article_id)
            continue
        meta = metadata[source.root].get(source.relative)
        known = state.get(source.article_id)
        if known is not None and known == (_sha256(source.path), fingerprint()):
            summary.unchanged.append(source.article_id)
            kept.add(source.article_id)
            continue
        todo.append(_Job(source, meta))
    seen: set[str] = set()
    batch: list[tuple[str, bytes]] = []
    for job, result in zip(todo, _run(todo, jobs), strict=True):
        if progress:
            progress(job.source.relative)
        if isinstance(result, Skipped):
            summary.skipped.append(result)
            kept.add(job.source.article_id)
            continue
        if result.article_id in seen or result.article_id in summary.unchanged:
            reason = f"same article id as another file ({result.article_id})"
            summary.skipped.append(Skipped(str(job.source.path), reason))
            continue
        seen.add(result.article_id)
        batch.append((result.article_id, result.ntriples))
        if len(batch) >= BATCH:
            kg.write_articles(batch)
            batch = []
        summary.built.append(ArticleBuilt(result.article_id, job.source.relative, result.triples,
                                          result.facts))
    kg.write_articles(batch)
    if sources and complete:
        for stale in sorted(set(kg.article_ids()) - seen - kept):
            kg.remove_article(stale)
            summary.removed.append(stale)
        summary.removed = sorted(set(summary.removed) | (cleared - seen))
    summary.quads = len(kg)
    table = run_query(kg, "summary")
    summary.entities = {row[0]: int(row[1]) for row in table.rows}
    if check and (summary.built or summary.removed):
        summary.report, summary.whole_store = _validate(kg, [b.article_id for b in summary.built],
                                                       jobs)
        summary.sources = _sources_of(kg, {r.focus for r in summary.report.results})
    return summary


# Below this share of the store's articles, a build validates only what it wrote.
INCREMENTAL_SHARE = 0.05


def _validate(kg: KnowledgeGraph, written: list[str], jobs: int) -> tuple[Report, bool]:
    """The SHACL report of a build, and whether it covers the whole store.

    A build that wrote a small part of a big store validates only the nodes its articles
    describe (with their neighbourhood, ``KnowledgeGraph.around``): the whole store takes
    minutes at 100k articles. `bhyt-kg validate` always checks everything.
    """
    stored = len(kg.article_ids())
    if not written or len(written) > INCREMENTAL_SHARE * stored:
        return run_checks(kg.select, threads=jobs), True
    focus = kg.subjects(written)
    local = run_checks(kg.around(written).select)
    results = tuple(r for r in local.results if r.focus in focus)
    return Report(conforms=all(r.severity != "Violation" for r in results),
                  results=results), False


def _sources_of(kg: KnowledgeGraph, focus_nodes: set[str]) -> dict[str, str]:
    """{focus node: the article file(s) whose graph describes it}, to point at the culprit."""
    if not focus_nodes:
        return {}
    values = " ".join(URIRef(f).n3() for f in sorted(focus_nodes) if f.startswith("http"))
    _, rows = kg.select(
        "PREFIX bhyt: <https://w3id.org/bhyt-kg/ontology#> "
        "SELECT ?focus (GROUP_CONCAT(DISTINCT STR(?file); SEPARATOR=\", \") AS ?files) "
        f"WHERE {{ VALUES ?focus {{ {values} }} GRAPH ?g {{ ?focus ?p ?o . "
        "?article bhyt:sourceFile ?file }} GROUP BY ?focus")
    return {str(focus): str(files) for focus, files in rows}


def _run(todo: list[_Job], jobs: int) -> Iterator[_Result | Skipped]:
    """Results in input order; several processes when asked for and worth it."""
    if jobs <= 1 or len(todo) < 2 * jobs:
        yield from map(_build_one, todo)
        return
    # spawn, not fork: the parent holds an open store; children only extract.
    spawn = multiprocessing.get_context("spawn")
    chunks = [todo[i:i + _CHUNK] for i in range(0, len(todo), _CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=spawn) as pool:
        # A bounded window of chunks in flight, not Executor.map's all-at-once submission:
        # when storing is slower than extracting, results must not pile up in memory.
        window: deque[Future[list[_Result | Skipped]]] = deque()
        for chunk in chunks:
            window.append(pool.submit(_build_many, chunk))
            if len(window) >= 4 * jobs:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _build_many(chunk: list[_Job]) -> list[_Result | Skipped]:
    """Worker: a few articles per round trip, to amortise inter-process messages."""
    return [_build_one(job) for job in chunk]
