"""Organisation mentions, each identified with its area (domain.md §2).

A body is only an organisation together with its area: "Hội Nông dân huyện" in an article about
Đông Hải is the Farmers' Union of Đông Hải district. The area comes from what follows the name:
a unit word ("huyện", "TP", "xã Tân Phú"), a level ("cấp huyện"), a name on the home chain
("BHXH Bạc Liêu"), "Việt Nam"; or, when nothing follows, the nearest area of the article's home
chain at which such a body exists. Collective mentions ("các đoàn thể", "UBND các xã") are not
organisations and are skipped on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from ..model import NATION, Area, OrgMention, OrgRef, Sentence, Span
from ..text import normalise
from . import lexicon as lx
from .lexicon import Body

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s*")
_ABBREV_IN_PARENS = re.compile(r"\s*\(\s*[A-ZĐ][A-ZĐ&\-]*\s*\)")
# A capitalised syllable of a proper name, or a ward number ("phường 1").
_NAME_TOKEN = re.compile(r"(?:[^\W\d_][^\W_]*|\d{1,2})(?!\w)")
_NAME_JOIN = re.compile(r" (?:- )?")
_LEVEL_ORDER = ("village", "commune", "district", "province", "nation")
_COMMITTEE_BY_UNIT = {"tỉnh": "Tỉnh ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy", "quận": "Quận ủy"}
_SCHOOL = re.compile(
    r"Trường\s+(" + "|".join(re.escape(t) for t in lx.SCHOOL_TYPES) + r")(?!\w)", re.IGNORECASE
)


def _fold(s: str) -> str:
    return s.casefold()


def _is_exact(alias: str) -> bool:
    """All-capital abbreviations ("BTV", "UBND") match only as written."""
    return not any(c.islower() for c in alias)


def _index(aliases: Sequence[tuple[str, object]]) -> dict[str, list[tuple[str, bool, object]]]:
    """Aliases keyed by their first word, longest first."""
    out: dict[str, list[tuple[str, bool, object]]] = {}
    for alias, value in aliases:
        first = _WORD.match(alias)
        assert first is not None, alias
        out.setdefault(_fold(first.group()), []).append((alias, _is_exact(alias), value))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@cache
def _words(words: tuple[str, ...]) -> dict[str, list[tuple[str, bool, object]]]:
    """An index of plain words (topics, collective words), built once per tuple."""
    return _index([(w, w) for w in words])


_BODY_INDEX = _index([(a, b) for b in lx.BODIES for a in b.aliases])
_UNIT_INDEX = _index(list(lx.UNIT_WORDS.items()))
_LEVEL_INDEX = _index(list(lx.LEVEL_WORDS.items()))
_NATION_INDEX = _words(lx.NATION_WORDS)


def _lookup(
    index: dict[str, list[tuple[str, bool, object]]], text: str, pos: int
) -> tuple[object, int] | None:
    """The longest alias of ``index`` written at ``pos``, as whole words, and its end."""
    first = _WORD.match(text, pos)
    if first is None or not _starts_word(text, pos):
        return None
    for alias, exact, value in index.get(_fold(first.group()), ()):
        end = pos + len(alias)
        got = text[pos:end]
        if (got == alias if exact else _fold(got) == _fold(alias)) and _ends_word(text, end):
            return value, end
    return None


def _starts_word(text: str, pos: int) -> bool:
    # "KH-UBND", "BHYT-BHXH", "TB&XH": glued to the previous word, part of a symbol or a pair.
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-/&_")


def _ends_word(text: str, end: int) -> bool:
    return (
        end >= len(text)
        or not (text[end].isalnum() or text[end] == "_")
        or not text[end - 1].isalnum()
    )


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def _ends_with_word(before: str, words: Sequence[str]) -> bool:
    """Whether ``before`` ends with one of ``words`` followed by spaces (case-insensitive)."""
    tail = _fold(before.rstrip())
    for w in words:
        w = _fold(w)
        if tail.endswith(w) and (len(tail) == len(w) or not tail[-len(w) - 1].isalnum()):
            return True
    return False


# --- areas ------------------------------------------------------------------------------------


def _chain(home: Area | None) -> list[Area]:
    out: list[Area] = []
    while home is not None:
        out.append(home)
        home = home.parent
    return out


def _nearest(home: Area | None, levels: Sequence[str]) -> Area | None:
    """The first area of home's chain, from home upwards, at one of ``levels``."""
    for area in _chain(home):
        if area.level in levels:
            return area
    return None


def _name_tokens(text: str, pos: int) -> list[tuple[int, int]]:
    """Up to four capitalised syllables from ``pos``, joined by spaces or " - "."""
    tokens: list[tuple[int, int]] = []
    i = pos
    while len(tokens) < 4:
        m = _NAME_TOKEN.match(text, i)
        if m is None:
            break
        word = m.group()
        if word.isdigit():
            if tokens:
                break
            return [(m.start(), m.end())]  # "phường 1": a numbered ward
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            break
        tokens.append((m.start(), m.end()))
        j = _NAME_JOIN.match(text, m.end())
        if j is None:
            break
        i = j.end()
    return tokens


def _looks_like_person(text: str, tokens: list[tuple[int, int]], k: int) -> bool:
    """A surname followed by two more syllables: "UBND huyện Nguyễn Văn A" names no area."""
    return len(tokens) - k >= 3 and text[tokens[k][0] : tokens[k][1]] in lx.SURNAMES


def _level_of(unit: str, name: str | None) -> str:
    if unit == "thành phố":
        return "province" if name in lx.CENTRAL_CITIES else "district"
    return lx.UNIT_LEVEL[unit]


def _unit_matches(area: Area, unit: str | None) -> bool:
    return unit is None or area.unit == unit


def _named_area(
    text: str, pos: int, unit: str | None, home: Area | None
) -> tuple[Area, int] | None:
    """The area named at ``pos`` (after its unit word, if any): on home's chain or built."""
    for abbreviation, full in lx.AREA_ABBREVIATIONS.items():  # "TP.HCM", "TP. HCM"
        if text.startswith(abbreviation, pos) and _ends_word(text, pos + len(abbreviation)):
            built = Area("province", "thành phố", full, NATION)
            same = next((a for a in _chain(home) if _fold(a.name) == _fold(full)), built)
            return same, pos + len(abbreviation)
    tokens = _name_tokens(text, pos)
    chain = _chain(home)
    for k in range(len(tokens), 0, -1):
        name = text[tokens[0][0] : tokens[k - 1][1]]
        for area in chain:
            if _fold(area.name) == _fold(name) and _unit_matches(area, unit):
                return area, tokens[k - 1][1]
    if unit is None:  # without a unit word only a name on the chain is an area
        return None
    cut = next((k for k in range(len(tokens)) if _looks_like_person(text, tokens, k)), len(tokens))
    if cut == 0:
        return None
    name = text[tokens[0][0] : tokens[cut - 1][1]]
    level = _level_of(unit, name)
    above = _LEVEL_ORDER[_LEVEL_ORDER.index(level) + 1]
    parent = NATION if above == "nation" else _nearest(home, (above,))
    return Area(level=level, unit=unit, name=name, parent=parent), tokens[cut - 1][1]


def _area_phrase(
    text: str, pos: int, home: Area | None, body: Body
) -> tuple[Area | None, int] | None:
    """The area named after a body: (area or None if it cannot be placed, end), or None."""
    i = _skip(text, pos)
    if (found := _lookup(_LEVEL_INDEX, text, i)) is not None:
        level, end = found
        if level is None:  # "cấp thành phố": the nearest city on the chain
            return next((a for a in _chain(home) if a.unit == "thành phố"), None), end
        return _nearest(home, (str(level),)), end
    if (found := _lookup(_UNIT_INDEX, text, i)) is not None:
        unit, end = str(found[0]), found[1]
        named = _named_area(text, _skip(text, end), unit, home)
        if named is not None:
            return named
        if unit in lx.UNIT_LEVEL and lx.UNIT_LEVEL[unit] == "village":
            return None, end  # "ấp" alone: some village, not placeable
        return next((a for a in _chain(home) if a.unit == unit), None), end
    if (found := _lookup(_NATION_INDEX, text, i)) is not None:
        end = found[1]
        after = _area_phrase(text, end, home, body)  # "Ủy ban MTTQ Việt Nam huyện ..."
        if after is not None:
            return after
        if "nation" in body.levels:
            return NATION, end
        return None
    return _named_area(text, i, None, home)


def _committee_of(area: Area) -> OrgRef:
    """The Party committee of an area: Tỉnh ủy, Thành ủy, Huyện ủy, Thị ủy, Quận ủy, Đảng ủy."""
    if area.level == "nation":
        return OrgRef(kind="party_committee", name="Ban Chấp hành Trung ương Đảng", area=NATION)
    if area.level == "commune":
        name = "Đảng ủy"
    elif area.level == "village":
        name = "Chi bộ"
    elif area.unit == "thành phố":
        name = "Thành ủy"
    else:
        name = _COMMITTEE_BY_UNIT.get(
            area.unit, "Tỉnh ủy" if area.level == "province" else "Huyện ủy"
        )
    return OrgRef(kind="party_committee", name=name, area=area)


# --- bodies -----------------------------------------------------------------------------------


def _is_scheme(text: str, pos: int, end: int) -> bool:
    """Whether "BHXH" here names the insurance, not the agency ("tham gia BHXH", "BHXH-BHYT")."""
    if re.match(r"\s*-\s*BH", text[end:]):
        return True
    return _ends_with_word(text[max(0, pos - 30) : pos], lx.SCHEME_BEFORE)


def _default_area(body: Body, home: Area | None) -> Area | None:
    if body.unit is not None:
        return next((a for a in _chain(home) if a.unit == body.unit), None)
    if body.levels == ("nation",):
        return NATION
    return _nearest(home, body.levels)


def _not_this_body(text: str, pos: int, end: int, body: Body) -> bool:
    """The words around the name make it something else: a word, a title, another committee."""
    nxt = _WORD.match(text, _skip(text, end))
    if nxt is not None and nxt.start() == end + 1 and _fold(nxt.group()) in lx.NOT_A_BODY_AFTER:
        return True  # "hội viên", "đoàn thể", "Hội nghị"
    before = text[max(0, pos - 30) : pos]
    if body.needs_parent and _ends_with_word(before, lx.TITLES_BEFORE_STANDING):
        return True  # "Phó Bí thư Thường trực Huyện ủy": a title; the body comes next
    return bool(
        body.foreign_topics and _lookup(_words(body.foreign_topics), text, _skip(text, end))
    )


def _organ(text: str, end: int, home: Area | None, body: Body) -> tuple[OrgRef, int] | None:
    """An organ named after its body ("Ban Tuyên giáo Huyện ủy"), or after an area."""
    i = _skip(text, end)
    parent = match_org(text, i, home) if i > end else None
    if parent is not None:
        ref, parent_end = parent
        # "Thường trực HĐND", "Ban Thường vụ Hội Nông dân": of the kind of their body.
        kind = body.kind if ref.kind in ("party_committee", "party_organ") else ref.kind
        return OrgRef(kind=kind, name=body.name, area=ref.area, parent=ref), parent_end
    if body.needs_parent:
        return None
    # "Ban Tuyên giáo huyện", "Ban Thường vụ": the Party committee's, of the area.
    phrase = _area_phrase(text, end, home, body)
    area, end = phrase if phrase is not None else (_default_area(body, home), end)
    committee = _committee_of(area) if area is not None else None
    return OrgRef(kind=body.kind, name=body.name, area=area, parent=committee), end


def _match_body(text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    found = _lookup(_BODY_INDEX, text, pos)
    if found is None:
        return None
    body, end = found
    assert isinstance(body, Body)
    if _not_this_body(text, pos, end, body):
        return None
    if body.topics and (t := _lookup(_words(body.topics), text, _skip(text, end))):
        end = t[1]  # "Ban chỉ đạo thực hiện BHYT toàn dân"
    if p := _ABBREV_IN_PARENS.match(text, end):
        end = p.end()  # "Bảo hiểm xã hội (BHXH) huyện"
    i = _skip(text, end)
    if _lookup(_words(lx.COLLECTIVE_AFTER), text, i):
        return None  # "UBND các xã", "BCĐ một số xã": many bodies, not one
    if body.organ:
        return _organ(text, end, home, body)
    if body.levels == ("nation",):
        return OrgRef(kind=body.kind, name=body.name, area=NATION), end
    if body.unit is not None:  # "Huyện ủy Đông Hải", "Tỉnh Đoàn Bắc Giang"
        named = _named_area(text, i, body.unit, home) if i > end else None
        area, end = named if named is not None else (_default_area(body, home), end)
        return OrgRef(kind=body.kind, name=body.name, area=area), end
    phrase = _area_phrase(text, end, home, body)
    if body.scheme_word and (
        _is_scheme(text, pos, end)
        or (phrase is None and not _ends_with_word(text[max(0, pos - 30) : pos], lx.AGENCY_BEFORE))
    ):
        return None
    if body.named and phrase is None:
        tokens = _name_tokens(text, i) if i > end else []
        if not tokens:
            return None  # "bệnh viện" alone is no particular hospital
        name = f"{body.name} {text[tokens[0][0] : tokens[-1][1]]}"
        return OrgRef(kind=body.kind, name=name, area=None), tokens[-1][1]
    area, end = phrase if phrase is not None else (_default_area(body, home), end)
    return OrgRef(kind=body.kind, name=body.name, area=area), end


def _match_school(text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    m = _SCHOOL.match(text, pos)
    if m is None or not _starts_word(text, pos) or not text[pos].isupper():
        return None
    school = f"Trường {m.group(1)}"
    i = _skip(text, m.end())
    tokens = _name_tokens(text, i) if i > m.end() else []
    if tokens:
        local = _nearest(home, lx.LOCAL)
        return OrgRef(
            kind="school", name=f"{school} {text[tokens[0][0] : tokens[-1][1]]}", area=local
        ), tokens[-1][1]
    school_body = Body(school, "school", (), lx.LOCAL)
    phrase = _area_phrase(text, m.end(), home, school_body)
    if phrase is None:
        return None  # "trường THCS" alone: no particular school
    return OrgRef(kind="school", name=school, area=phrase[0]), phrase[1]


def match_org(norm_text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    """The organisation whose name starts at ``pos`` of a normalised text, and where it ends.

    >>> huyen = Area("district", "huyện", "Đông Hải", Area("province", "tỉnh", "Bạc Liêu", NATION))
    >>> ref, end = match_org("của Ban Thường vụ Tỉnh ủy về", 4, huyen)
    >>> ref.label, end
    ('Ban Thường vụ Tỉnh ủy Bạc Liêu', 25)
    """
    return _match_school(norm_text, pos, home) or _match_body(norm_text, pos, home)


def _placed(org: OrgRef) -> bool:
    """Whether the mention identifies one body: placed in an area, or named in its own right."""
    return org.area is not None or org.kind == "school" or org.name.startswith("Bệnh viện ")


def _with_parents(
    norm_text: str, org: OrgRef, start: int, end: int, home: Area | None
) -> Iterator[tuple[OrgRef, int, int]]:
    """The mention and the bodies it is part of, each with the span that names it.

    "Ban Tuyên giáo Huyện ủy" also mentions the Huyện ủy ("Huyện ủy" is its span); a parent the
    text only implies ("Ban Tuyên giáo huyện") gets the organ's span as its evidence.
    """
    yield org, start, end
    while org.parent is not None:
        parent = org.parent
        at = next(
            (p for p in range(start + 1, end) if match_org(norm_text, p, home) == (parent, end)),
            None,
        )
        if at is not None:
            start = at
        if _placed(parent):
            yield parent, start, end
        org = parent


def find_orgs(norm_text: str, home: Area | None) -> Iterator[tuple[OrgRef, int, int]]:
    """Every organisation in a normalised text, parents of sub-organisations included.

    Yields (org, start, end) in normalised offsets.
    """
    i = 0
    n = len(norm_text)
    while i < n:
        if norm_text[i].isalnum() and _starts_word(norm_text, i):
            found = match_org(norm_text, i, home)
            if found is not None:
                org, end = found
                if _placed(org):
                    yield from _with_parents(norm_text, org, i, end, home)
                i = max(end, i + 1)
                continue
            while i < n and norm_text[i].isalnum():  # next word
                i += 1
        i += 1


def extract_organisations(
    text: str, sentences: Sequence[Sentence], home: Area | None
) -> tuple[OrgMention, ...]:
    """Every organisation mention in the sentences, with offsets into the original ``text``."""
    out: list[OrgMention] = []
    for sentence in sentences:
        norm = normalise(sentence.text)
        for org, start, end in find_orgs(norm.text, home):
            s, e = norm.span(start, end)
            out.append(
                OrgMention(org=org, span=Span(sentence.span.start + s, sentence.span.start + e))
            )
    return tuple(out)
