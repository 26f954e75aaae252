"""Bounded fuzzing of the whole extractor on mutated articles: no crash, valid RDF, and every
emitted graph either conforms to the shapes or is reported by the validator (issue 6)."""

from __future__ import annotations

import hashlib

import pyoxigraph as ox
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bhyt_kg.extract import extract_article
from bhyt_kg.mapping import to_graph
from bhyt_kg.model import Article
from bhyt_kg.shapes import validate

TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
PIECES = ["Chỉ thị số ", "38-CT/TW", "/", "%", ",", ".", "đạt ", "hơn ", "ngày 31/12/2023", "tỷ đồng",
          "\u00a0", "\n", "Huyện uỷ ", "UBND huyện ", "đồng chí ", "người tham gia BHYT", "9 tháng đầu năm ",
          "99.323/102.319", "phấn đấu ", "\u0301", "😀", "\x00", "Hội nghị ", "của Ban Thường vụ Tỉnh ủy"]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(0, 12))):
        i = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "swap"]))
        if action == "insert":
            text = text[:i] + draw(st.sampled_from(PIECES) | st.text(max_size=5)) + text[i:]
        elif action == "delete":
            text = text[:i] + text[i + draw(st.integers(0, 40)) :]
        else:
            j = draw(st.integers(0, len(text)))
            a, b = sorted((i, j))
            text = text[b:] + text[a:b] + text[:a]
    return text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_articles_never_crash_and_give_valid_rdf(text: str) -> None:
    article = Article(id="fuzz", path="fuzz.txt", text=text,
                      sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    extraction = extract_article(article)
    for fact in (*extraction.observations, *extraction.documents, *extraction.people):
        assert 0 <= fact.span.start <= fact.span.end <= len(text)
    graph = to_graph(extraction)
    # Valid RDF: every term is accepted by a strict parser after a round trip.
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    assert len(store) == len(graph)
    report = validate(graph)
    assert report.conforms, report.text()
