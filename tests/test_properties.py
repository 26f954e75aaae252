"""Issue 6, "Property and fuzz tests": text normalisation offsets and IRI minting, by hypothesis.

Bounded: about 200 examples a property, no deadline (the first call loads unicodedata tables).
"""

from __future__ import annotations

import unicodedata

import pyoxigraph
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import URIRef
from rdflib.term import _is_valid_uri

from bhyt_kg.gazetteer import UNITS
from bhyt_kg.identity import area_iri, document_iri, org_iri, person_iri
from bhyt_kg.model import Area, DocumentRef, OrgRef, Post
from bhyt_kg.text import fold, normalise, slug

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- text.normalise --------------------------------------------------------------------------

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_SEPARATORS = (" ", "\u00a0", "\n", ", ", " – ", "\u202f", "\u200b", ". ", " “", "” ")


@st.composite
def vietnamese_words(draw: st.DrawFn) -> str:
    """A syllable-like word with toned vowels (old or new tone placement), in NFC or NFD."""
    onset = draw(st.sampled_from(["", "h", "th", "qu", "ngh", "đ", "Đ", "tr", "x", "kh", "B"]))
    vowels = draw(st.text(alphabet=_VOWELS, min_size=1, max_size=3))
    tone = draw(st.sampled_from(_TONES))
    at = draw(st.integers(0, len(vowels) - 1))
    coda = draw(st.sampled_from(["", "", "n", "ng", "nh", "c", "t", "y"]))
    word = onset + vowels[: at + 1] + tone + vowels[at + 1 :] + coda
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), word)


vietnamese_text = st.lists(
    st.tuples(vietnamese_words(), st.sampled_from(_SEPARATORS)), min_size=1, max_size=30
).map(lambda parts: "".join(w + s for w, s in parts))
any_text = st.one_of(vietnamese_text, st.text(max_size=80))


def _key(text: str) -> str:
    """What survives every normalisation step: base letters, case-folded, one kind of space."""
    decomposed = unicodedata.normalize("NFKD", text)
    invisible = "\u200b\u200c\u200d\ufeff\u00ad"
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in invisible)
    # the eth look-alike of đ ("Ð", U+00D0) is read as đ (bhyt_kg.text._LOOKALIKES)
    return "".join(" " if c.isspace() else c for c in kept).casefold().replace("ð", "đ")


@BOUNDED
@given(any_text)
def test_normalised_offsets_are_a_monotone_map_into_the_original(text: str) -> None:
    n = normalise(text)
    assert len(n.origin) == len(n.text) + 1
    assert n.origin[-1] == len(text)
    assert all(0 <= a <= b <= len(text) for a, b in zip(n.origin, n.origin[1:], strict=False))


@BOUNDED
@given(any_text)
def test_each_normalised_character_comes_from_the_characters_it_points_at(text: str) -> None:
    n = normalise(text)
    for i, ch in enumerate(n.text):
        start, end = n.span(i, i + 1)
        assert start < end, (i, ch)
        # Up to tone placement within the syllable, the spelling of spaces, dashes, quotes,
        # and the eth look-alike of đ.
        if ch not in " -\"'":
            assert _key(ch) in _key(text[start:end]), (ch, text[start:end])


@BOUNDED
@given(vietnamese_text)
def test_word_spans_map_back_to_original_text_that_normalises_the_same(text: str) -> None:
    n = normalise(text)
    i = 0
    for token in n.text.split(" "):
        j = i + len(token)
        if token:
            start, end = n.span(i, j)
            assert normalise(text[start:end]).text == token, (token, text[start:end])
        i = j + 1


@BOUNDED
@given(vietnamese_text)
def test_nfc_and_nfd_input_normalise_alike(text: str) -> None:
    nfc, nfd = (unicodedata.normalize(f, text) for f in ("NFC", "NFD"))
    assert normalise(nfc).text == normalise(nfd).text == normalise(text).text
    assert fold(nfd) == fold(nfc)


# --- identity IRIs ---------------------------------------------------------------------------

names = st.one_of(
    st.text(max_size=30),  # anything: control characters, emoji, RTL, empty
    st.lists(vietnamese_words(), min_size=1, max_size=4).map(" ".join),
)
LEVEL_UNITS = [(level, unit) for level, units in UNITS.items() for unit in units]


@st.composite
def areas(draw: st.DrawFn, name_strategy=names) -> Area:
    province_unit = draw(st.sampled_from(UNITS["province"]))
    area = Area("province", province_unit, draw(name_strategy))
    for level in ("district", "commune")[: draw(st.integers(0, 2))]:
        area = Area(level, draw(st.sampled_from(UNITS[level])), draw(name_strategy), parent=area)
    return area


@st.composite
def orgs(draw: st.DrawFn, name_strategy=names) -> OrgRef:
    org = OrgRef(draw(st.sampled_from(["party_committee", "mass_organisation", "other"])),
                 draw(name_strategy), draw(st.none() | areas(name_strategy)))
    if draw(st.booleans()):
        org = OrgRef("party_organ", draw(name_strategy), None, parent=org)
    return org


article_ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)


def _check_iri(iri: URIRef) -> None:
    text = str(iri)
    assert text.isascii() and _is_valid_uri(text), text
    assert pyoxigraph.NamedNode(text).value == text  # raises on an invalid IRI


@BOUNDED
@given(areas(), orgs(), names, names, article_ids)
def test_iris_are_valid_and_stable_for_any_names(
    area: Area, org: OrgRef, number: str, person: str, article_id: str
) -> None:
    document = DocumentRef("directive", number, org)
    minted = [
        area_iri(area),
        org_iri(org, article_id),
        document_iri(document, article_id),
        document_iri(DocumentRef("plan", number, None), article_id),
        person_iri(person, (Post("Bí thư", org),), article_id),
        person_iri(person, (), article_id),
    ]
    for iri in minted:
        _check_iri(iri)
    # Stable: equal identities built again give the same IRIs.
    again = [
        area_iri(Area(area.level, area.unit, area.name, area.parent)),
        org_iri(OrgRef(org.kind, org.name, org.area, org.parent), article_id),
        document_iri(DocumentRef("directive", number, org), article_id),
        document_iri(DocumentRef("plan", number, None), article_id),
        person_iri(person, (Post("Bí thư", org),), article_id),
        person_iri(person, (), article_id),
    ]
    assert minted == again


def _area_key(area: Area | None) -> tuple | None:
    """An area's identity as a reader sees it: unit word and name (folded), within its parent."""
    if area is None:
        return None
    return (fold(area.unit), " ".join(fold(area.name).split()), _area_key(area.parent))


def _org_key(org: OrgRef) -> tuple:
    return (" ".join(fold(org.name).split()), _area_key(org.area),
            _org_key(org.parent) if org.parent else None)


# Names whose letters are Vietnamese words: what real corpora mint IRIs from.
words = st.lists(vietnamese_words(), min_size=1, max_size=3).map(" ".join)


def _injective(pairs: list[tuple[object, URIRef]]) -> list[tuple[object, object, URIRef]]:
    """(key1, key2, iri) for every two distinct keys that got the same IRI."""
    seen: dict[URIRef, object] = {}
    clashes = []
    for key, iri in pairs:
        if iri in seen and seen[iri] != key:
            clashes.append((seen[iri], key, iri))
        seen.setdefault(iri, key)
    return clashes


@BOUNDED
@given(st.lists(areas(words), min_size=2, max_size=12))
def test_distinct_areas_never_share_an_iri(generated: list[Area]) -> None:
    # Known limit, kept out of this property: slug() drops tones, so two code-less areas whose
    # names differ only in tone ("A", "À") share an IRI; real gazetteer units carry their GSO
    # code against that (test_real_communes_differing_only_in_tone_get_distinct_iris). It was
    # a strict xfail, which random examples made pass or fail from run to run.
    spelled: dict[str, str] = {}
    for area in generated:
        node: Area | None = area
        while node is not None:
            assume(spelled.setdefault(slug(node.name), node.name) == node.name)
            node = node.parent
    assert _injective([(_area_key(a), area_iri(a)) for a in generated]) == []


def test_code_less_areas_differing_only_in_tone_share_an_iri() -> None:
    # The limit above, pinned so that a fix shows up here (then drop the assume()).
    assert area_iri(Area("province", "tỉnh", "A")) == area_iri(Area("province", "tỉnh", "À"))


@BOUNDED
@given(st.lists(orgs(st.sampled_from(["Đông Hải", "Hội Nông dân", "Huyện ủy", "Ban Tuyên giáo",
                                      "Kỳ Anh", "Phú Xuyên", "Ban Thường vụ"])),
                min_size=2, max_size=12),
       article_ids)
def test_distinct_organisations_never_share_an_iri(
    generated: list[OrgRef], article_id: str
) -> None:
    # Names that differ as slugs: structure (area chain, parent, unit word) must keep keys apart.
    assert _injective([(_org_key(o), org_iri(o, article_id)) for o in generated]) == []


def test_unit_words_keep_same_named_areas_apart() -> None:
    province = Area("province", "tỉnh", "Hà Tĩnh")
    district = Area("district", "huyện", "Kỳ Anh", parent=province)
    town = Area("district", "thị xã", "Kỳ Anh", parent=province)
    assert area_iri(district) != area_iri(town)


def test_real_communes_differing_only_in_tone_get_distinct_iris() -> None:
    # The gazetteer has 22 such pairs before 2025 and 8 after; their IRIs carry the GSO code.
    province = Area("province", "tỉnh", "Quảng Ngãi", code="51")
    son_ha = Area("commune", "xã", "Sơn Hà", parent=province, code="21289")
    son_ha_dot = Area("commune", "xã", "Sơn Hạ", parent=province, code="21292")
    assert area_iri(son_ha) != area_iri(son_ha_dot)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "a-2", "a-3", "a-2-2", "b", "b-2"]), max_size=12))
def test_article_scoped_iris_never_collide(keys: list[str]) -> None:
    """Repeated keys get -2, -3...; a key that already ends so must not take another's IRI
    (found by the fuzz test: two implementation claims shared one node)."""
    from bhyt_kg.mapping import _Mapper
    from bhyt_kg.model import Article, Extraction

    article = Article(id="x", path="x.txt", text="", sha256="0" * 64)
    mapper = _Mapper(Extraction(article=article))
    minted = [mapper.unique("claim", key) for key in keys]
    assert len(set(minted)) == len(minted)
    again = _Mapper(Extraction(article=article))
    assert [again.unique("claim", key) for key in keys] == minted  # deterministic
