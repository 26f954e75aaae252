"""build(): article files -> extraction -> RDF -> per-article validation -> the store.

One broken article never stops a corpus build: it is reported with its reason and skipped, and
its previous graph (if any) stays in the store. Articles no longer in the corpus are dropped.
Each article's graph is validated as it is built (plus the ontology's code lists), so the cost
of SHACL stays linear in the corpus size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .errors import BhytError
from .extract import extract_article
from .gazetteer import load as load_gazetteer
from .mapping import to_graph
from .model import Extraction
from .queries import run as run_query
from .resources import ontology_file
from .shapes import Report, ValidationResult, validate
from .sources import Source, discover, read_article, read_metadata
from .store import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not built, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ArticleBuilt:
    """One article that was built: its id, triple count and validation report."""

    article_id: str
    path: str
    triples: int
    report: Report


@dataclass(slots=True)
class BuildSummary:
    """What a build did; the CLI prints it."""

    built: list[ArticleBuilt] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    quads: int = 0
    entities: dict[str, int] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        """True when no built article has a SHACL violation."""
        return all(b.report.conforms for b in self.built)

    @property
    def violations(self) -> list[tuple[str, ValidationResult]]:
        """(article path, result) for every violation."""
        return [
            (b.path, r) for b in self.built for r in b.report.results if r.severity == "Violation"
        ]

    @property
    def warnings(self) -> int:
        """Number of SHACL warnings."""
        return sum(1 for b in self.built for r in b.report.results if r.severity == "Warning")


def ontology_graph() -> Graph:
    """The bundled ontology with its code lists."""
    g = Graph()
    g.parse(source=str(ontology_file()), format="turtle")
    return g


def extract_file(source: Source, metadata: dict[str, str] | None = None) -> Extraction:
    """Read and extract one article file (the evaluation harness calls this too).

    Raises ArticleError if the file cannot be read.
    """
    return extract_article(read_article(source, metadata), load_gazetteer())


def build(
    paths: Sequence[Path],
    kg: KnowledgeGraph,
    *,
    check: bool = True,
    progress: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the graph of the articles under ``paths`` into ``kg``; never raises for one article."""
    summary = BuildSummary()
    sources, problems = discover(paths)
    summary.skipped.extend(Skipped(str(p), reason) for p, reason in problems)
    kg.load_ontology(ontology_graph())
    metadata: dict[Path, dict[str, dict[str, str]]] = {}
    seen: set[str] = set()
    kept: set[str] = set()  # skipped articles keep their previous graph
    for source in sources:
        if progress:
            progress(source.relative)
        try:
            if source.root not in metadata:
                metadata[source.root] = read_metadata(source.root)
            extraction = extract_file(source, metadata[source.root].get(source.relative))
            if extraction.article.id in seen:
                raise BhytError(f"{source.path}: same article id as another file ({extraction.article.id})")
            graph = to_graph(extraction)
            report = validate(graph) if check else Report(conforms=True, results=())
            kg.replace_article(extraction.article.id, graph)
        except BhytError as err:
            summary.skipped.append(Skipped(str(source.path), str(err)))
            kept.add(source.article_id)
            continue
        except Exception as err:  # an extractor bug must not kill the corpus build
            summary.skipped.append(
                Skipped(str(source.path), f"internal error: {type(err).__name__}: {err}")
            )
            kept.add(source.article_id)
            continue
        seen.add(extraction.article.id)
        summary.built.append(
            ArticleBuilt(extraction.article.id, source.relative, len(graph), report)
        )
    if sources:
        for stale in sorted(set(kg.article_ids()) - seen - kept):
            kg.remove_article(stale)
            summary.removed.append(stale)
    summary.quads = len(kg)
    table = run_query(kg, "summary")
    summary.entities = {row[0]: int(row[1]) for row in table.rows}
    return summary
