"""Issue 5 (speed): the shortcuts taken for speed give exactly what the plain code gives.

Each shortcut is checked against the slow rule it stands for: the word-start regex of find_orgs
against _starts_word, the substring cues of find_when against its patterns, the memo of
Gazetteer.find against a fresh lookup, and the cached terms and triples of the mapping against
a graph built triple by triple.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib import namespace as rdflib_ns  # not its terms: pytest probes module globals

from bhyt_kg import gazetteer as gz
from bhyt_kg import mapping
from bhyt_kg.extract import extract_article
from bhyt_kg.extract import organisations as orgs
from bhyt_kg.extract import quantities as q
from bhyt_kg.model import Area, Article, OrgRef
from bhyt_kg.ns import BHYT
from bhyt_kg.text import normalise

from conftest import SEEDS

HOME = Area("district", "huyện", "Đông Hải", Area("province", "tỉnh", "Bạc Liêu", gz.NATION))

# Sentences that are not from the seeds, with the traps the shortcuts must keep.
SENTENCES = [
    "Sáng 12/3, Ban Thường vụ Huyện ủy Yên Thế tổ chức hội nghị sơ kết Chỉ thị 38-CT/TW.",
    "Các Sở, ngành: Y tế, Tài chính, LĐTBXH phối hợp với BHXH tỉnh Thái Bình.",
    "Trường THCS Kim Đồng và Trường Mầm non Hoa Sen vận động 100% học sinh tham gia BHYT.",
    "Hiệp hội BHXH-BHYT, KH-UBND và TB&XH không phải là cơ quan; UBND_xã cũng không.",
    "Ủy ban MTTQ Việt Nam huyện phối hợp với Hội Nông dân, Hội LHPN từ huyện đến cơ sở.",
    "Tính đến hết quý III/2024, toàn tỉnh có 1.234.567 người tham gia, đạt 92,5% dân số.",
    "Hai tháng đầu năm nay, số thu đạt 151,3 tỷ đồng, tăng 12% so với cùng kỳ năm 2023.",
    "NỬA ĐẦU NĂM 2022 và những tháng cuối năm, tỷ lệ bao phủ đạt 99.323/102.319 người.",
    "Giai đoạn 2016 - 2020, huyện đã hoàn thành 9 tháng năm 2019 đúng kế hoạch.",
    "Không có con số nào ở đây, chỉ có chữ.",
]


def _reference_find_orgs(text: str, home: Area | None) -> Iterator[tuple[OrgRef, int, int]]:
    """find_orgs as it was before issue 5: every character, every matcher."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isalnum() and orgs._starts_word(text, i):
            listed, end = orgs._field_list(text, i, home)
            if listed:
                yield from listed
                i = end
                continue
            found = orgs.match_org(text, i, home)
            if found is not None:
                org, end = found
                if orgs._placed(org):
                    yield org, i, end
                i = max(end, i + 1)
                continue
            while i < n and text[i].isalnum():
                i += 1
        i += 1


def _seed_sentences() -> list[str]:
    out = []
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(s for s in line.split(". ") if s.strip())
    return out


@pytest.mark.parametrize("home", [None, HOME], ids=["no-home", "home"])
def test_find_orgs_matches_the_character_by_character_scan(home: Area | None) -> None:
    texts = [normalise(s).text for s in SENTENCES + _seed_sentences()]
    found = 0
    for text in texts:
        got = list(orgs.find_orgs(text, home))
        assert got == list(_reference_find_orgs(text, home)), text
        found += len(got)
    assert found > 10  # the sentences do name bodies: the comparison is not between empties


_CHARS = st.sampled_from(list("aĐđứ Ư1_-/&.,:()\u0301") + ["BHXH", "Ban", "Hội", "UBND", "Sở"])


@given(st.lists(_CHARS, max_size=30).map("".join))
@settings(max_examples=300, deadline=None)
def test_word_start_regex_is_starts_word(text: str) -> None:
    want = [i for i in range(len(text)) if text[i].isalnum() and orgs._starts_word(text, i)]
    assert [m.start() for m in orgs._WORD_START.finditer(text)] == want


_WORDS = st.sampled_from(
    ["tháng", "Tháng", "THÁNG", "năm", "NĂM", "quý", "Quý", "nửa", "NỬA", "đầu", "cuối", "nay",
     "những", "giai đoạn", "đến", "hết", "tính", "từ", "ngày", "hai", "I", "IV", "2019", "2023",
     "12", "3", "31/7", "9/2022", "-", "/", " ", "đến năm", "tính đến", "hết năm", "năm 2019",
     "Quý II", "tháng 9/2022", "9 tháng đầu năm", "tới cuối", "thời điểm", "nửa cuối năm"]
)


@given(st.lists(_WORDS, min_size=1, max_size=6).map(" ".join))
@settings(max_examples=600, deadline=None)
@example("từ năm 2019 - 2023, hết quý IV")
@example("đến 31/7, nửa cuối năm nay")
def test_find_when_cues_never_hide_a_match(text: str) -> None:
    low, digits = text.lower(), q._DIGIT.search(text) is not None
    for name, rx in q._PERIODS:
        if rx.search(text):
            cue = q._CUES[name]
            assert (cue in low) if cue else digits, (name, text)
    if q._DATE.search(text):
        assert digits


def test_find_when_cached_answers_are_fresh_answers() -> None:
    for text in SENTENCES:
        for year in (None, 2020):
            cached = q.find_when(text, year)
            assert q.find_when.__wrapped__(text, year) == cached
            assert q.find_when(text, year) is cached
    assert q.find_when(SENTENCES[5], 2024)  # as-of quarter and a count: something is found
    assert q.find_quantities("không có số") == () and q.find_ratios("16.984/16796") != ()


def test_gazetteer_find_memo_agrees_with_a_fresh_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gz, "_MEMO_SIZE", 3)  # forces the memo to empty itself along the way
    g = gz.load()
    asks = [
        ("Đông Hải", "huyện", None, None),
        ("huyện Đông Hải", None, None, None),
        ("Châu Thành", None, "district", None),
        ("Châu Thành", None, "district", gz.REFORM),
        ("Kỳ Anh", "thị xã", None, None),
        ("Kì Anh", "thị xã", None, None),
        ("Sơn Hà", "xã", None, gz.REFORM),
        ("Nowhere", None, None, None),
    ]
    for _ in range(2):
        for name, unit, level, on in asks:
            fresh = g._find(name, unit, level, None, on)
            assert g.find(name, unit=unit, level=level, on=on) == fresh
    assert len(g._found) <= 3
    # The era, not the day, decides: two post-reform days give one answer.
    assert g.find("Châu Thành", on=dt.date(2025, 8, 1)) == g._find(
        "Châu Thành", None, None, None, dt.date(2025, 7, 1)
    )


def _article(text: str, article_id: str) -> Article:
    return Article(
        id=article_id, path=f"{article_id}.txt", text=text, sha256="0" * 64,
        title=None, published=dt.date(2024, 5, 6), author=None, url=None,
    )


@pytest.fixture(scope="module")
def two_extractions() -> tuple:
    texts = [SEEDS[0].read_text(encoding="utf-8"), "\n".join(SENTENCES)]
    return tuple(extract_article(_article(t, f"speed-{i}")) for i, t in enumerate(texts))


def _one_by_one(extraction) -> set:
    g = Graph()
    for t in mapping.triples(extraction):
        g.add(t)
    return set(g)


def test_to_graph_is_its_triples_and_keeps_no_state_between_articles(two_extractions) -> None:
    a, b = two_extractions
    first = set(mapping.to_graph(a))
    assert len(first) > 100 and set(mapping.to_graph(b))
    assert set(mapping.to_graph(a)) == first == _one_by_one(a)
    assert len(list(mapping.triples(a))) == len(first)  # each triple made once
    evidence = set(mapping.to_graph(a).subjects(rdflib_ns.RDF.type, BHYT.Evidence))
    assert evidence and all(str(e).startswith("https://") for e in evidence)
    bound = dict(mapping.to_graph(a).namespaces())
    assert all(bound.get(p) is not None for p in mapping.PREFIXES)


def test_cached_terms_are_the_namespaces_terms() -> None:
    assert mapping.RDF.type == rdflib_ns.RDF.type and mapping.BHYT.Evidence == BHYT.Evidence
    assert mapping.XSD.decimal == rdflib_ns.XSD.decimal
    assert mapping._integer(7) == Literal(7, datatype=rdflib_ns.XSD.integer)
    assert mapping._date(dt.date(2024, 1, 2)) == Literal("2024-01-02", datatype=rdflib_ns.XSD.date)
    with pytest.raises(AttributeError):
        _ = mapping.BHYT.noSuchTerm  # a typo still raises, never mints an IRI
    with pytest.raises(AttributeError):
        _ = mapping.XSD.__wrapped__  # introspection finds nothing (doctest collection)
