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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from ..gazetteer import ancestors
from ..gazetteer import load as load_gazetteer
from ..model import NATION, Area, OrgMention, OrgRef, Sentence, Span
from ..text import UPPERCASE, normalise, slug
from . import lexicon as lx
from .lexicon import Body
from .places import headline_range

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s*")
_ABBREV_IN_PARENS = re.compile(r"\s*\(\s*[A-ZĐ][A-ZĐ&\-]*\s*\)")
# A capitalised syllable of a proper name, or a ward number ("phường 1").
# (an apostrophe inside a syllable of the Central Highlands' names: "Đắk R'lấp", "Đắk R’lấp")
_NAME_TOKEN = re.compile(r"(?:[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?|\d{1,2})(?!\w)")
_NAME_JOIN = re.compile(r" (?:- )?")
_LEVEL_ORDER = ("village", "commune", "district", "province", "nation")
_COMMITTEE_BY_UNIT = {"tỉnh": "Tỉnh ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy", "quận": "Quận ủy"}
# "Ủy ban MTTQ", "UBMTTQ": the committee of a body whose canonical name lacks the word.
_COMMITTEE_WORD = re.compile(r"(?:Ủy ban|UB)(?=\s|MTTQ)", re.IGNORECASE)
# Banks by brand ("Vietcombank", "Agribank", "BIDV") or "Ngân hàng" + a capitalised name, with a
# branch: a body of kind other, kept only with the area the text gives it.
_BANK = re.compile(
    # (banks' full names are written in sentence case: "Ngân hàng TMCP Đầu tư và Phát triển Việt
    # Nam - chi nhánh Bạc Liêu", "Ngân hàng Chính sách xã hội huyện X")
    r"(?P<n>" + "|".join(re.escape(n) for n in sorted(lx.BANK_NAMES, key=len, reverse=True))
    + r"|[A-Z][A-Za-z]*[a-z]?[Bb]ank|BIDV|Ngân hàng(?: [A-ZĐ][\w&-]*)+)"
    # (its brand in brackets may come between: "Ngân hàng TMCP Ngoại thương Việt Nam
    # (Vietcombank) chi nhánh Gia Lai")
    r"(?:\s*\((?P<brand>[A-Z][A-Za-z]+)\))?"
    r"(?P<b>\s*(?:-\s*)?(?:Chi nhánh|chi nhánh|CN)(?!\w))?")
_SCHOOL = re.compile(
    r"Trường\s+(" + "|".join(re.escape(t) for t in sorted(lx.SCHOOL_TYPES, key=len, reverse=True))
    + r")(?!\w)", re.IGNORECASE
)


def _fold(s: str) -> str:
    return s.casefold()


def _is_exact(alias: str) -> bool:
    """All-capital abbreviations ("BTV", "UBND") match only as written."""
    return not any(c.islower() for c in alias)


# alias, the alias to compare the text with (folded unless exact), exact, value
_Entry = tuple[str, str, bool, object]


def _dash_variants(alias: str) -> tuple[str, ...]:
    """An alias with " - " also as "- ", " -" and "-": texts space the dash of a compound name
    loosely ("Sở Giáo dục- Đào tạo", "Lao động-Thương binh và Xã hội")."""
    if " - " not in alias:
        return (alias,)
    return tuple(dict.fromkeys(alias.replace(" - ", d) for d in (" - ", "- ", " -", "-")))


def _index(aliases: Sequence[tuple[str, object]]) -> dict[str, list[_Entry]]:
    """Aliases keyed by their first word, longest first."""
    out: dict[str, list[_Entry]] = {}
    for written, value in aliases:
        for alias in _dash_variants(written):
            first = _WORD.match(alias)
            assert first is not None, alias
            exact = _is_exact(alias) or (isinstance(value, Body) and value.cased)
            out.setdefault(_fold(first.group()), []).append(
                (alias, alias if exact else _fold(alias), exact, value)
            )
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@cache
def _words(words: tuple[str, ...]) -> dict[str, list[_Entry]]:
    """An index of plain words (topics, collective words), built once per tuple."""
    return _index([(w, w) for w in words])


_BODY_INDEX = _index([(a, b) for b in lx.BODIES for a in b.aliases])
_UNIT_INDEX = _index(list(lx.UNIT_WORDS.items()))
_LEVEL_INDEX = _index(list(lx.LEVEL_WORDS.items()))
_NATION_INDEX = _words(lx.NATION_WORDS)
_TOPIC_INDEX = _words(lx.TOPIC_WORDS)
_FIELD_INDEX = _index([(a, f) for f, aliases in lx.FIELDS.items() for a in aliases])
# "các Sở, ngành: LĐTBXH, Y tế", "các phòng: Tư pháp, Nội vụ": one head, several fields.
_FIELD_LIST = re.compile(
    r"(?:các\s+)?(?P<head>" + "|".join(lx.DEPARTMENT_HEADS) + r")(?:\s*,\s*ngành)?\s*:\s*",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r"\s*(?:,|và)\s*")
_OF = re.compile(r" của(?= )")
_LIST_GLUE = re.compile(r"\s*(?:,|và|cùng)?\s*")
_TOPIC_JOIN = re.compile(r"(?:\s*,\s*|\s+-\s+|\s+)")
# The horizon of a committee's topic ("đến năm 2020", "giai đoạn 2021 - 2025") and an abbreviation
# the text spells out inside the name ("bảo hiểm y tế (BHYT) toàn dân").
_TOPIC_YEAR = re.compile(r"(?:đến năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?(?!\d)", re.IGNORECASE)
_TOPIC_ABBREVIATION = re.compile(r"\s*\([A-ZĐ]{2,8}\)(?=\s+[^\W\d_]|\s*,\s*[^\W\d_])")
_TOPIC_HEADS = frozenset(b.name for b in lx.BODIES if b.topic_in_name)
# "từ huyện đến cơ sở", "từ tỉnh tới xã": a list of bodies spread over levels.
_FROM_LEVEL_TO = re.compile(
    r"từ\s+(?:"
    + "|".join(re.escape(u) for u in sorted(lx.UNIT_WORDS, key=len, reverse=True))
    + r"|trung ương|cơ sở)(?!\w)[^.;:]{0,30}?\s(?:đến|tới|xuống)(?!\w)",
    re.IGNORECASE,
)


def _lookup(index: dict[str, list[_Entry]], text: str, pos: int) -> tuple[object, int] | None:
    """The longest alias of ``index`` written at ``pos``, as whole words, and its end."""
    first = _WORD.match(text, pos)
    if first is None or not _starts_word(text, pos):
        return None
    for alias, key, exact, value in index.get(_fold(first.group()), ()):
        end = pos + len(alias)
        got = text[pos:end]
        if (got == key if exact else _fold(got) == key) and _ends_word(text, end):
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


def _joined_words(text: str, pos: int) -> Iterator[re.Match[str]]:
    """The words from ``pos`` on, as long as each is joined to the next by a space or " - "."""
    i = pos
    while (m := _NAME_TOKEN.match(text, i)) is not None:
        yield m
        j = _NAME_JOIN.match(text, m.end())
        if j is None:
            return
        i = j.end()


# Words that open a post after a dash ("- Trưởng ban", "- Chủ tịch"), never the next part of a
# compound name ("Bà Rịa - Vũng Tàu").
_POST_WORDS = frozenset("trưởng phó chủ bí giám ủy uỷ chánh tổng".split())


def _name_tokens(text: str, pos: int) -> list[tuple[int, int]]:
    """Up to four capitalised syllables from ``pos``, joined by spaces or " - "."""
    tokens: list[tuple[int, int]] = []
    for m in _joined_words(text, pos):
        word = m.group()
        if word.isdigit():
            if tokens:
                break
            return [(m.start(), m.end())]  # "phường 1": a numbered ward
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            break
        if tokens and "-" in text[tokens[-1][1] : m.start()] and word.casefold() in _POST_WORDS:
            break  # "Bí thư xã Tân Mộc - Trưởng ban ...": the next post, not the name
        tokens.append((m.start(), m.end()))
        if len(tokens) == 4:
            break
    return tokens


# The fields schools are named after, whose words after the first are written in lower case
# ("Trường Cao đẳng Giao thông vận tải", "Trường Đại học Kinh tế Đà Nẵng"): only these lower-case
# words are part of a name ("Trường Đại học Vinh hiện ...", "Trường THPT Lê Lợi tổ chức ...").
_SCHOOL_FIELDS = tuple(tuple(f.casefold().split()) for f in (
    "Giao thông vận tải", "Kinh tế", "Kinh tế - Kỹ thuật", "Kỹ thuật", "Kỹ thuật công nghệ",
    "Sư phạm", "Sư phạm kỹ thuật", "Y tế", "Y dược", "Y học cổ truyền", "Dược", "Nông lâm",
    "Nông nghiệp", "Công nghiệp", "Công nghệ", "Công thương", "Du lịch", "Văn hóa",
    "Văn hóa nghệ thuật", "Nghệ thuật", "Thể dục thể thao", "Xây dựng", "Thủy lợi", "Tài chính",
    "Tài chính - Kế toán", "Kế toán", "Luật", "Ngoại ngữ", "Ngoại thương", "Bách khoa",
    "Dân tộc nội trú", "Cơ điện", "Điện lực", "Hàng hải", "Lao động - Xã hội", "Mỏ - Địa chất",
    "Thương mại", "Khoa học xã hội và nhân văn", "Khoa học tự nhiên", "Cảnh sát nhân dân",
    "An ninh nhân dân", "Quân sự", "Chính trị", "Nghề", "Kinh tế - Du lịch", "Việt - Đức",
    "Việt - Nhật", "Việt - Hàn", "Việt - Xô",
))


def _school_name_tokens(text: str, pos: int) -> list[tuple[int, int]]:
    """A school's own name: capitalised syllables, and the lower-case words of a field named
    after one ("Trường Cao đẳng Giao thông vận tải có ...", "Trường Trung cấp Kinh tế - Du Lịch
    TPHCM có ..."), up to a word that goes on with the sentence ("Trường THPT Lê Lợi tổ chức")."""
    tokens: list[tuple[int, int]] = []
    words: list[str] = []
    field_start = 0  # where the words read as a field begin (the last capitalised word)
    for m in _joined_words(text, pos):
        word = m.group()
        if word.isdigit():
            if tokens:
                break
            return [(m.start(), m.end())]
        if tokens and word in ("Tp", "TP"):
            break  # "... Công nghiệp Tp. Hồ Chí Minh": the city, read by the caller
        if not word[0].isupper():
            run = tuple(w.casefold() for w in (*words[field_start:], word))
            if not tokens or not any(f[: len(run)] == run for f in _SCHOOL_FIELDS):
                break
        else:
            field_start = len(words)
        tokens.append((m.start(), m.end()))
        words.append(word)
        if len(tokens) == 7:
            break
    return tokens


def _looks_like_person(text: str, tokens: list[tuple[int, int]], k: int) -> bool:
    """A surname followed by two more syllables: "UBND huyện Nguyễn Văn A" names no area; or,
    where the four syllables read run out, by a middle name and a further capitalised word
    ("BHXH huyện Đắk Pơ Trần Thị Hồng Hạnh")."""
    if text[tokens[k][0] : tokens[k][1]] not in lx.SURNAMES:
        return False
    if len(tokens) - k >= 3:
        return True
    return (len(tokens) - k == 2 and text[tokens[k + 1][0] : tokens[k + 1][1]] in _MIDDLE_NAMES
            and _NEXT_NAME.match(text, tokens[-1][1]) is not None)


_MIDDLE_NAMES = frozenset({"Thị", "Văn"})
_TITLE_START = re.compile(r"(?:Quy định|Về việc|Hướng dẫn|Ban hành|Phê duyệt|Sửa đổi|Thông qua)"
                          r"(?!\w)")
_NEXT_NAME = re.compile(rf" [{UPPERCASE}]")


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
    abbreviations = lx.AREA_ABBREVIATIONS if unit is not None else lx.CITY_ABBREVIATIONS
    for abbreviation, full in abbreviations.items():  # "TP.HCM", "TP. HCM"; "TPHCM" alone
        if text.startswith(abbreviation, pos) and _ends_word(text, pos + len(abbreviation)):
            built = Area("province", "thành phố", full, NATION)
            same = next((a for a in _chain(home) if _fold(a.name) == _fold(full)), built)
            return same, pos + len(abbreviation)
    tokens = _name_tokens(text, pos)
    chain = _chain(home)
    if unit is None:
        # a bare name the province and its capital share ("chi nhánh Bạc Liêu") is the
        # province's; the city is written with its unit word ("TP. Bạc Liêu")
        chain = list(reversed(chain))
    for k in range(len(tokens), 0, -1):
        name = text[tokens[0][0] : tokens[k - 1][1]]
        for area in chain:
            if _fold(area.name) == _fold(name) and _unit_matches(area, unit):
                return area, tokens[k - 1][1]
    if unit is not None:
        # a unit word and home's name with marks lost ("BHXH tỉnh Quang Ninh", "tỉnh Hai
        # Duong" in an article about tỉnh Quảng Ninh, tỉnh Hải Dương): home's unit, under its own
        # name (unless the name as written is a unit too: "xã Hoằng Thanh" beside "xã Hoằng
        # Thành", "huyện Thanh Trì" beside "huyện Thạnh Trị")
        for k in range(len(tokens), 0, -1):
            name = text[tokens[0][0] : tokens[k - 1][1]]
            for area in chain:
                if (area.unit == unit and area.name != name and slug(area.name) == slug(name)
                        and not load_gazetteer().find(name, level=area.level)):
                    return area, tokens[k - 1][1]
    if unit is None:  # without a unit word only a name on the chain is an area
        return None
    whole = text[tokens[0][0] : tokens[-1][1]] if tokens else ""
    # (a unit's own name that opens with a surname is no person: "huyện Châu Thành A" in an
    # article about Hậu Giang; not a person named like a unit of another province, "Chủ tịch
    # UBND xã Phạm Văn Hai" in Bình Định)
    # (nor a province named so: "BHXH thành phố Hồ Chí Minh" in an article about the nation)
    province = _nearest(home, ("province",))
    level_whole = _level_of(unit, whole)
    known = bool(tokens) and (
        (province is not None
         and bool(load_gazetteer().find(whole, level=level_whole, within=province)))
        or (level_whole == "province" and bool(load_gazetteer().find(whole, level="province"))))
    cut = len(tokens) if known else next(
        (k for k in range(len(tokens)) if _looks_like_person(text, tokens, k)), len(tokens))
    if cut == 0 or _TITLE_START.match(text, tokens[0][0]):
        # ("... của HĐND tỉnh Quy định mức hỗ trợ ...": a document's title written in capitals,
        # not a province named "Quy")
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


_SCHEME_GROUP_AFTER = re.compile(r"\s+(?i:tự nguyện|bắt buộc|hộ gia đình)(?!\w)")
# ("Theo báo cáo của Bộ Lao động - Thương binh và Xã hội tỉnh Điện Biên là ...": the province is
# the next clause's subject)
_OF_BEFORE = re.compile(r"(?<!\w)(?:của|theo)\s+$", re.IGNORECASE)
_SHARED_LEVEL_AFTER = re.compile(
    rf"\s*(?:,|và)\s+[{UPPERCASE}][^,;.()]{{0,40}}?\s(?:xã|phường|thị trấn|huyện|quận|thị xã"
    rf"|thành phố|tỉnh)(?!\w)(?!\s+[{UPPERCASE}])")
_LOCAL_UNIT_AFTER = re.compile(r"\s+(?:tỉnh|thành phố|huyện|thị xã|quận)(?!\w)")
# Words around a one-per-province body's name that make it another body: "Tổng Cục Thuế", "Chi
# Cục Thuế khu vực", "Cục Thuế doanh nghiệp lớn", "Ban Dân tộc Quốc hội", "Ban Dân tộc của HĐND",
# "Ban Dân tộc và Tôn giáo", a name after it that says whose ("Cục Thuế Hà Nội").
_WIDER_BEFORE = re.compile(r"(?i:tổng|chi)\s+$")
_OTHER_BODY_AFTER = re.compile(
    rf"\s*(?:-\s*)?(?:[{UPPERCASE}]|(?i:của|và tôn giáo|tôn giáo|doanh nghiệp|khu vực)(?!\w))")


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
    if _NATIONAL_AGENCY.match(text, end):
        return False  # "chỉ tiêu ... giảm nợ BHXH Việt Nam giao": the national agency, named
    # "..., tham gia BHYT, Bảo hiểm xã hội huyện đã tham mưu": a list of schemes does not go on
    # with a unit and a verb; the agency is the subject of the next clause
    return (_ends_with_word(text[max(0, pos - 30) : pos], lx.SCHEME_BEFORE)
            and not _AGENCY_ACTS.match(text, end))


_NATIONAL_AGENCY = re.compile(r"\s+Việt Nam(?!\w)")
_AGENCY_ACTS = re.compile(
    r"\s+(?:tỉnh|huyện|thị xã|thành phố|quận)(?:\s+[A-ZĐ]\w*)*\s+(?:đã|đang|vừa|cũng đã)\s",
    re.IGNORECASE)


_AND = re.compile(r"\s*(?:và|,)\s+")


def _shared_area(text: str, end: int, home: Area | None, body: Body,
                 ) -> tuple[Area | None, int] | None:
    """The area two bodies share when the second names it: "Bảo hiểm xã hội và Bưu điện tỉnh
    Thái Nguyên" (both the province's). A bare level word ("giữa BHXH và Hội Nông dân tỉnh")
    does not say enough to share."""
    glue = _AND.match(text, end)
    if glue is None or (found := _lookup(_BODY_INDEX, text, glue.end())) is None:
        return None
    other, other_end = found
    assert isinstance(other, Body)
    if other.organ or other.unit is not None:
        return None  # "Ban Tuyên giáo Huyện ủy": an organ names its parent, not an area
    phrase = _area_phrase(text, other_end, home, other)
    if (phrase is None or phrase[0] is None or phrase[0].level not in body.levels
            or not any(c.isupper() for c in text[other_end : phrase[1]])):
        return None
    return phrase[0], end


def _default_area(body: Body, home: Area | None) -> Area | None:
    if body.unit is not None:
        return next((a for a in _chain(home) if a.unit == body.unit), None)
    if body.levels == ("nation",):
        return NATION
    return _nearest(home, body.levels)


# ("trên đài truyền thanh huyện Cẩm Khê": a station the text names, not a channel)
_UNIT_NAMED_AFTER = re.compile(
    r"\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+[A-ZĐ]")
_CHANNEL_BEFORE = re.compile(r"(?<!\w)(?:trên|qua)\s+$", re.IGNORECASE)
_WORK_COMMITTEE = re.compile(r"(?<!\w)công tác\s*$", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?<![\w.,/])(?P<n>\d{1,4})\s+$")


_FRONT_AND_SYSTEM = re.compile(
    r"\s+và\s+các\s+(?:tổ chức|đoàn thể)\s+chính trị\s*[-–,]?\s*xã hội(?!\s+(?:xã|phường|thị trấn"
    r"|huyện|quận|thị xã|thành phố|tỉnh)\b)", re.IGNORECASE)


def _not_this_body(text: str, pos: int, end: int, body: Body) -> bool:
    """The words around the name make it something else: a word, a title, another committee."""
    nxt = _WORD.match(text, _skip(text, end))
    if nxt is not None and nxt.start() == end + 1 and _fold(nxt.group()) in lx.NOT_A_BODY_AFTER:
        return True  # "hội viên", "đoàn thể", "Hội nghị"
    before = text[max(0, pos - 30) : pos]
    if body.name.split(" ", 1)[0] in lx.DEPARTMENT_HEADS and _ends_with_word(
            before, lx.HEAD_COMPOUNDS):
        return True  # "cán bộ y tế", "cơ sở y tế": health workers and facilities, no body
    if (body.kind == "media" and text[pos].islower() and _CHANNEL_BEFORE.search(before)
            and not _UNIT_NAMED_AFTER.match(text, end)):
        return True  # "phát trên đài truyền thanh xã": a channel, no particular station
    if body.kind in ("peoples_council", "legislature") and _ends_with_word(
            before, lx.DELEGATES_BEFORE):
        # "tổ đại biểu HĐND huyện", "bầu cử đại biểu Quốc hội": delegates, not the council
        return True
    if body.kind == "fatherland_front" and _FRONT_AND_SYSTEM.match(text, end):
        # "MTTQ và các tổ chức chính trị - xã hội hoạt động vững mạnh": the Front and the mass
        # organisations as a system, no one body (gold README: collective mentions)
        return True
    if (body.kind == "health_agency" and (count := _COUNT_BEFORE.search(before)) is not None
            and int(count["n"]) > 1):
        return True  # "2 BVĐK công lập, 8 trung tâm y tế": kinds of facility counted, no body
    if body.kind == "fatherland_front" and _WORK_COMMITTEE.search(before):
        return True  # "Trưởng ban công tác Mặt trận": a village's committee, not the area's Front
    if body.kind == "media" and _ends_with_word(before, lx.REPORTERS_BEFORE):
        return True  # "PV Tạp chí BHXH đã có dịp ...": the publisher, as in a byline
    if body.kind == "mass_organisation" and _ends_with_word(before, lx.MEMBERS_BEFORE):
        return True  # "cán bộ, đoàn viên Công đoàn": the union's members, not the union
    if body.kind in ("party_committee", "party_organ") and _MEMBER_OF.search(before):
        return True  # "Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên dự khuyết Trung ương Đảng": a seat
    if body.needs_parent and _ends_with_word(before, lx.TITLES_BEFORE_STANDING):
        return True  # "Phó Bí thư Thường trực Huyện ủy": a title; the body comes next
    if body.name in lx.TITLE_BODIES:
        tokens = _name_tokens(text, _skip(text, end))
        if tokens and _looks_like_person(text, tokens, 0):
            return True  # "Thủ tướng Nguyễn Xuân Phúc": a person's post, not the body named
    return False


def _topic(text: str, end: int) -> tuple[str, int] | None:
    """The topic written after a steering committee's head word, abbreviations written out.

    "Ban chỉ đạo thực hiện Đề án lộ trình BHYT toàn dân huyện" -> "thực hiện Đề án lộ trình
    bảo hiểm y tế toàn dân"; None when no topic word follows or only fillers do.
    """
    parts: list[tuple[str, str, int]] = []  # (joiner before, words as written, their end)
    i = end
    while (join := _TOPIC_JOIN.match(text, i)) is not None and join.end() > i:
        if not parts and join.group() != " ":
            break  # "Ban chỉ đạo, ...": the list goes on, no topic
        found = _lookup(_TOPIC_INDEX, text, join.end())
        if found is None and parts and (year := _TOPIC_YEAR.match(text, join.end())):
            found = (join.end(), year.end())  # "... BHYT toàn dân đến năm 2020 huyện Yên Thế"
        if found is None:
            break
        parts.append((join.group(), text[join.end() : found[1]], found[1]))
        i = found[1]
        if (spelled := _TOPIC_ABBREVIATION.match(text, i)) is not None:
            i = spelled.end()  # "tiến tới bảo hiểm y tế (BHYT) toàn dân": the name goes on
    while parts and _fold(parts[-1][1]) in lx.TOPIC_FILLERS:
        parts.pop()  # "Ban Chỉ đạo thực hiện" + "huyện": no topic after all
    if not any(_fold(w) not in lx.TOPIC_FILLERS for _, w, _ in parts):
        return None
    words = "".join(
        ("" if k == 0 else ", " if "," in j else " - " if "-" in j else " ")
        + lx.TOPIC_EXPANSIONS.get(w, w)
        for k, (j, w, _) in enumerate(parts)
    )
    return words, parts[-1][2]


def _collective_before(text: str, pos: int) -> bool:
    """"các UBND tỉnh, thành phố": many bodies, one per area; "mở rộng đại lý thu trong tổ chức
    Hội liên hiệp phụ nữ và Hội Nông dân": the kind of organisation, at every level."""
    return _ends_with_word(text[max(0, pos - 12) : pos], lx.COLLECTIVE_BEFORE)


# A kind of organisation, no one body: "mở rộng đại lý thu trong tổ chức Hội liên hiệp phụ nữ và
# Hội Nông dân" -- the noun right before the bare body names (not "Trong tổ chức thực hiện, UBND
# huyện ...", "trong hệ thống BHXH Việt Nam, BHXH tỉnh ...": a verb, or a clause that ends).
_KIND_OF_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:trong|của|qua)\s+(?:tổ chức|hệ thống|mạng lưới)\s+(?:các\s+)?"
    r"(?:(?:Hội|Đoàn|Liên đoàn|Mặt trận|Công đoàn|Ban)\b[^,;.()\d]{1,40}?(?:,|\svà)\s+){0,2}$",
    re.IGNORECASE)


def _across_levels(text: str, end: int, home: Area | None) -> bool:
    """Whether the list the body ends a part of spreads over levels ("MTTQ và các đoàn thể từ
    huyện đến cơ sở", "MTTQ, các đoàn thể trên địa bàn huyện"): then it names no one body."""
    i = end
    for _ in range(8):
        i = _LIST_GLUE.match(text, i).end()  # type: ignore[union-attr]
        if _FROM_LEVEL_TO.match(text, i) or _lookup(_words(lx.ACROSS_LEVELS), text, i):
            return True
        found = _lookup(_words(lx.COLLECTIVE_NOUNS), text, i) or _next_body(text, i, home)
        if found is None or found[1] <= i:
            return False
        i = found[1]
    return False


def _next_body(text: str, pos: int, home: Area | None) -> tuple[object, int] | None:
    """Another body in the same list, whatever its area."""
    found = _lookup(_BODY_INDEX, text, pos)
    if found is None:
        return None
    phrase = _area_phrase(text, found[1], home, found[0])  # type: ignore[arg-type]
    return found[0], (phrase[1] if phrase is not None else found[1])


def _organ(text: str, end: int, home: Area | None, body: Body) -> tuple[OrgRef, int] | None:
    """An organ named after its body ("Ban Tuyên giáo Huyện ủy"), or after an area."""
    i = _skip(text, end)
    parent = match_org(text, i, home) if i > end else None
    if parent is None and body.needs_parent and (opened := _OPEN_PARENT.match(text, end)):
        # "Ban Văn hóa – Xã hội ( HĐND tỉnh )": the parent written in brackets after the organ
        parent = match_org(text, opened.end(), home)
        closed = _CLOSE_PARENT.match(text, parent[1]) if parent is not None else None
        parent = (parent[0], closed.end()) if parent is not None and closed else None
    if parent is not None:
        ref, parent_end = parent
        # "Thường trực HĐND", "Ban Thường vụ Hội Nông dân": of the kind of their body; an
        # office ("Văn phòng UBND") keeps its own.
        inherit = (body.kind == "party_organ" and not body.own_kind
                   and ref.kind not in ("party_committee", "party_organ"))
        kind = ref.kind if inherit else body.kind
        name = body.name
        if _COMMITTEE_WORD.match(text, i) and not ref.name.startswith("Ủy ban"):
            # "Ban Thường trực Ủy ban MTTQ": the board of the Front's committee, as written
            name = f"{body.name} Ủy ban"
        return OrgRef(kind=kind, name=name, area=ref.area, parent=ref), parent_end
    if body.needs_parent:
        return None
    # "Ban Tuyên giáo huyện", "Ban Thường vụ": the Party committee's, of the area.
    phrase = _area_phrase(text, end, home, body)
    area, end = phrase if phrase is not None else (_default_area(body, home), end)
    committee = _committee_of(area) if area is not None else None
    return OrgRef(kind=body.kind, name=body.name, area=area, parent=committee), end


# "Thanh tra" as the act, not the inspectorate: "BHXH tỉnh tổ chức Thanh tra Sở Giáo dục ...".
_INSPECTION_ACT = re.compile(
    r"(?<!\w)(?:tổ chức|tiến hành|thực hiện|đoàn|cuộc|đợt|đã|sẽ|để)\s+$", re.IGNORECASE)


_PROVINCE_NAMED = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố)\s+((?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*)*)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _other_province_before(text: str, pos: int, home: Area | None) -> bool:
    """Whether the sentence names another province than the home one before ``pos`` ("Còn tại
    tỉnh Đồng Nai, Ban Quản lý các khu công nghiệp ..." in an article about Bình Dương): a body of
    one per province written bare is then no longer surely the home province's."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 300), pos)),
                default=max(0, pos - 300))
    province = _nearest(home, ("province",))
    own = _fold(province.name) if province is not None else None
    return any(_fold(m.group(1)) != own for m in _PROVINCE_NAMED.finditer(text, start, pos))


def _match_body(text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    found = _lookup(_BODY_INDEX, text, pos)
    if found is None:
        return None
    body, end = found
    assert isinstance(body, Body)
    if _not_this_body(text, pos, end, body) or _collective_before(text, pos):
        return None
    name = body.name
    if p := _ABBREV_IN_PARENS.match(text, end):
        end = p.end()  # "Bảo hiểm xã hội (BHXH) huyện"
    if body.topic_in_name and (t := _topic(text, end)):
        name, end = f"{body.name} {t[0]}", t[1]  # "Ban chỉ đạo thực hiện BHYT toàn dân"
        if of := _OF.match(text, end):
            end = of.end()  # "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT của tỉnh"
    i = _skip(text, end)
    if _lookup(_words(lx.COLLECTIVE_AFTER), text, i):
        return None  # "UBND các xã", "BCĐ một số xã": many bodies, not one
    if body.organ:
        return _organ(text, end, home, body)
    if body.name == "Thanh tra" and i > end and not _INSPECTION_ACT.search(
            text, max(0, pos - 20), pos) and (
            ministry := match_org(text, i, home)) is not None and (
            ministry[0].name.startswith(("Bộ ", "Sở "))):
        # "Thanh tra Bộ Lao động - Thương binh và Xã hội ban hành quyết định xử phạt", "Thanh tra
        # Sở Y tế": the inspectorate of a ministry or a department, named after it
        ref, ref_end = ministry
        return OrgRef(kind="department", name="Thanh tra", area=ref.area, parent=ref), ref_end
    if body.levels == ("nation",):
        if (body.kind == "department" and body.name.startswith("Ủy ban")
                and not _OF_BEFORE.search(text, max(0, pos - 12), pos)
                and _LOCAL_UNIT_AFTER.match(text, end)
                and (phrase := _area_phrase(text, end, home, body)) is not None
                and phrase[0] is not None and phrase[0] != NATION):
            # "phối hợp với Sở Y tế, Ủy ban dân tộc tỉnh tham mưu ...": a national body's name
            # with a province after it is the province's counterpart, as the text names it
            return OrgRef(kind=body.kind, name=body.name, area=phrase[0]), phrase[1]
        return OrgRef(kind=body.kind, name=body.name, area=NATION), end
    if body.unit is not None:  # "Huyện ủy Đông Hải", "Tỉnh Đoàn Bắc Giang"
        named = _named_area(text, i, body.unit, home) if i > end else None
        area, end = named if named is not None else (_default_area(body, home), end)
        return OrgRef(kind=body.kind, name=body.name, area=area), end
    if body.name.startswith(_HOSPITAL_WORDS) and i > end and (
            hospital := _hospital(text, end, i, home, body)) is not None:
        return hospital
    phrase = _area_phrase(text, end, home, body) or _shared_area(text, end, home, body)
    if phrase is None and _KIND_OF_BODY_BEFORE.search(text, max(0, pos - 90), pos):
        return None  # "trong tổ chức Hội liên hiệp phụ nữ và Hội Nông dân": a kind of body
    if phrase is None and body.one_per_province and (
            _WIDER_BEFORE.search(text, max(0, pos - 6), pos) or _OTHER_BODY_AFTER.match(text, end)
            or _other_province_before(text, pos, home)):
        return None  # "Tổng Cục Thuế", "Ban Dân tộc Quốc hội": another body, not the province's
    if body.scheme_word and _ends_with_word(text[max(0, pos - 12) : pos], ("ngành",)):
        return None  # "Theo ngành bảo hiểm xã hội tỉnh X": the sector, not one body
    if body.scheme_word and (
        _is_scheme(text, pos, end)
        or (phrase is None and not _ends_with_word(text[max(0, pos - 30) : pos], lx.AGENCY_BEFORE)
            and not (text[pos].isupper() and not _SCHEME_GROUP_AFTER.match(text, end)
                     and _ends_with_word(text[max(0, pos - 30) : pos], lx.PARTNER_BEFORE)))
    ):
        return None
    central = (_central_name(text, i) if body.name.startswith(_HOSPITAL_WORDS) and i > end
               else None)
    if central is not None or (body.named and phrase is None):
        # "Bệnh viện Bạch Mai", "Bệnh viện Nhi Trung ương"; "Bệnh viện (Đa khoa) Trung ương
        # Huế", a national hospital named after its city (the city is part of the name, not its
        # area)
        tokens = _name_tokens(text, central or i) if i > end else []
        if not tokens:
            return None  # "bệnh viện" alone is no particular hospital
        stop = tokens[-1][1]
        if (closing := _CENTRAL_WORD.match(text, tokens[-1][0])) is not None:
            stop = closing.end()  # "Trung ương" closing the name: one word of it
        name = f"{body.name} {text[i:stop]}"
        return OrgRef(kind=body.kind, name=name, area=None), tokens[-1][1]
    if phrase is None and body.needs_area and not (
            body.kind == "mass_organisation" and _SHARED_LEVEL_AFTER.match(text, end)):
        # "chưa bao gồm Công an, Quân đội": the force, not one body (but "Công đoàn và Hội Nông
        # dân huyện đã vận động ...": the level word the list ends with is the union's too)
        return None
    if phrase is None and _across_levels(text, end, home):
        return None  # "MTTQ và các đoàn thể từ huyện đến cơ sở": many bodies
    if (phrase is not None and phrase[0] == NATION and body.kind == "fatherland_front"
            and _across_levels(text, phrase[1], home)):
        # "MTTQ Việt Nam và các tổ chức chính trị - xã hội trên địa bàn tỉnh": the Front's full
        # name in a list of every level's bodies, no one body
        return None
    area, end = phrase if phrase is not None else (_default_area(body, home), end)
    if area == NATION and body.levels != ("nation",) and not body.topic_in_name:
        name = lx.NATIONAL_NAMES.get(name, f"{name} Việt Nam")  # "BHXH Việt Nam"
    return OrgRef(kind=body.kind, name=name, area=area), end


_HOSPITAL_WORDS = ("Bệnh viện", "Phòng khám")
_CENTRAL_WORD = re.compile(r"Trung ương(?!\w)")
_OPEN_PARENT = re.compile(r"\s*\(\s*")
_CLOSE_PARENT = re.compile(r"\s*\)")
_ABBREVIATION = re.compile(r"[A-ZĐ]{2,5}(?!\w)")
_SPECIALTY_INDEX = _words(lx.HOSPITAL_SPECIALTIES)


def _hospital(
    text: str, end: int, i: int, home: Area | None, body: Body
) -> tuple[OrgRef, int] | None:
    """A hospital named as written: its specialty and its own name or bare place ("Bệnh viện
    Ung bướu Đà Nẵng", "Bệnh viện Đa khoa Tâm Trí Đà Nẵng", "Bệnh viện Đà Nẵng"), or a
    specialty hospital placed by a unit word ("Bệnh viện Nhi tỉnh Thanh Hóa"). None where the
    name is the area's hospital ("Bệnh viện Đa khoa huyện X") or a national one ("Bệnh viện
    Trung ương Huế"): the general rules read those.
    """
    name = body.name
    if (specialty := _lookup(_SPECIALTY_INDEX, text, i)) is not None:
        name, end = f"{body.name} {text[i:specialty[1]]}", specialty[1]
        i = _skip(text, end)
        if i == end:
            if body.name.startswith("Phòng khám"):
                return None  # "phòng khám đa khoa khu vực" alone: no particular clinic
            return OrgRef(kind=body.kind, name=name, area=None), end
        if (short := _ABBREVIATION.match(text, i)) is not None and (
                _lookup(_UNIT_INDEX, text, _skip(text, short.end())) is not None):
            # "Bệnh viện đa khoa khu vực ATK huyện Yên Sơn": the region's initials, then its area
            name, end = f"{name} {short.group()}", short.end()
            i = _skip(text, end)
    if (nation := _lookup(_NATION_INDEX, text, i)) is not None:
        if name == body.name:
            return None
        # "Bệnh viện Nhi Trung ương": a national hospital, the word part of its name
        return OrgRef(kind=body.kind, name=f"{name} {text[i:nation[1]]}", area=None), nation[1]
    if _lookup(_UNIT_INDEX, text, i) or _lookup(_LEVEL_INDEX, text, i):
        if name == body.name:
            return None
        phrase = _area_phrase(text, end, home, body)
        area, end = phrase if phrase is not None else (None, end)
        return OrgRef(kind=body.kind, name=name, area=area), end
    tokens = _name_tokens(text, i)
    if not tokens:
        if name == body.name or body.name.startswith("Phòng khám"):
            return None  # ("phòng khám đa khoa khu vực đã ...": no particular clinic)
        return OrgRef(kind=body.kind, name=name, area=None), end
    return OrgRef(kind=body.kind, name=f"{name} {text[i:tokens[-1][1]]}", area=None), tokens[-1][1]


def _central_name(text: str, pos: int) -> int | None:
    """Where the proper name after "Trung ương"/"TW" at ``pos`` starts ("Trung ương Huế"),
    else None."""
    found = _lookup(_NATION_INDEX, text, pos)
    if found is None or _fold(text[pos:found[1]]) not in ("trung ương", "tw"):
        return None
    after = _skip(text, found[1])
    return after if after > found[1] and _name_tokens(text, after) else None


# A company by its registered name, up to a bracket, a comma or the verb after it: "Công ty CP Xây
# dựng Giao thông Thừa Thiên Huế (phường Vỹ Dạ)", "Công ty TNHH M&S VINA ở thôn Tiền, thị trấn Lai
# Cách"; and the trade union of its workers, "Công đoàn cơ sở Công ty ...".
_COMPANY = re.compile(
    r"(?P<union>Công đoàn cơ sở\s+)?(?:Tổng\s+)?Công ty"
    r"(?:\s+(?:CP|TNHH(?:\s+MTV)?|[Cc]ổ phần|[Tt]rách nhiệm hữu hạn))?"
    # ("Công ty CP Hancorp.2": a point inside a word of the name)
    r"(?P<n>(?:\s+[^\s,.;:()“”\"]+(?:\.[^\s,.;:()“”\"]+)*){1,8}?)"
    r"(?=\s*(?:[(,.;:]|$)|\s+[-–]\s+Bộ\s"
    r"|\s+(?:ở|tại|đóng|có|đã|đang|đình|chậm|nợ|là|và|với|thuộc|trên|cho|vẫn)\b)")
# A ministry that owns the company, named right after it: "Tổng Công ty Xây dựng Hà Nội - Bộ Xây
# dựng" (a state corporation: the nation's).
_MINISTRY_OWNER = re.compile(r"\s*(?:[-–]|\(?\s*(?:thuộc|trực thuộc))\s*Bộ\s+[A-ZĐ]")
_COMPANY_UNION = "Công đoàn cơ sở Công ty "
# Where the text places the company, right after its name: "(phường Vỹ Dạ)", "ở thôn Tiền, thị
# trấn Lai Cách (Cẩm Giàng)", "tại xã X".
# ("(thuộc Tổng Công ty ...) đóng trên địa bàn xã Quảng Thịnh": its owner in brackets first;
# "(Khu công nghiệp Đại Đồng - Hoàn Sơn, tỉnh Bắc Ninh)": the industrial park before the unit)
_COMPANY_AT = re.compile(
    r"(?:\s*\((?:thuộc|của)\s[^()]{1,80}\))?"
    r"\s*(?:\(\s*|\s(?:ở|tại|đóng tại|có trụ sở tại|(?:đóng\s+)?trên địa bàn)\s+)"
    r"(?:(?:thôn|ấp|khu|tổ|xóm|khu phố|khu công nghiệp|KCN|cụm công nghiệp|CCN)\s+[^,;.()]+,\s*)?"
    r"(?=(?:phường|xã|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?|TX\.?)\s)", re.IGNORECASE)
# The same name up to the bracket that places it, words like "và", "tại" inside: "Công ty CP Xây
# dựng công trình và khai thác đá 621 (phường Đông Hòa, TP Dĩ An)", "chi nhánh Công ty TNHH UNO
# World tại Bình Dương (phường Thái Hòa, thị xã Tân Uyên)".
_COMPANY_TO_BRACKET = re.compile(
    r"(?:Tổng\s+)?Công ty(?:\s+(?:CP|TNHH(?:\s+MTV)?|[Cc]ổ phần|[Tt]rách nhiệm hữu hạn))?"
    r"(?P<n>(?:\s+[^\s,.;:()“”\"]+(?:\.[^\s,.;:()“”\"]+)*){1,12}?)(?=\s*\()")
_BRANCH_BEFORE = re.compile(r"(?i:chi nhánh)\s+$")
# ... but not over another company or a clause: "Công ty A và Công ty B (...)", "Công ty A nợ BHXH
# của 300 lao động (...)", "Công ty A thuộc Tổng Công ty B (...)"
_NOT_IN_A_NAME = re.compile(
    r"(?i:công ty|chi nhánh)|(?<!\w)(?:ở|đóng|có|đã|đang|đình|chậm|nợ|là|với|thuộc|trên|cho"
    r"|vẫn|được|của|lao động|người)(?!\w)")


def _match_company(text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    """A company the text places ("... (phường Vỹ Dạ)"), or the trade union of a named one."""
    m = _COMPANY.match(text, pos)
    if m is None or not m["n"].strip()[:1].isupper():
        return None  # "công ty" with no registered name after it
    at = _COMPANY_AT.match(text, m.end())
    if at is None and not m["union"] and (
            longer := _COMPANY_TO_BRACKET.match(text, pos)) is not None and (
            placed := _COMPANY_AT.match(text, longer.end())) is not None and (
            not _NOT_IN_A_NAME.search(text, m.end(), longer.end())):
        m, at = longer, placed
    name = text[m.start() + len((m.groupdict().get("union")) or "") : m.end()]
    if _BRANCH_BEFORE.search(text, max(0, pos - 12), pos):
        name = f"Chi nhánh {name}"  # "chi nhánh Công ty ...": the branch, as a body of its own
    phrase = None
    if at is not None and (unit := _lookup(_UNIT_INDEX, text, at.end())) is not None:
        phrase = _named_area(text, _skip(text, unit[1]), str(unit[0]), home)
    area = phrase[0] if phrase is not None else None
    if area is None and _MINISTRY_OWNER.match(text, m.end()):
        area = NATION
    if m.groupdict().get("union"):
        return OrgRef(kind="mass_organisation", name=f"Công đoàn cơ sở {name}", area=area), m.end()
    if area is None:
        return None  # a company the text does not place is no body of the article (gold README)
    return OrgRef(kind="other", name=name, area=area), m.end()


_CITY_IN_NAME = re.compile(r"\s+(?:Tp\.|TP\.|TP)\s*(?=[A-ZĐ])")


def _match_school(text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    m = _SCHOOL.match(text, pos)
    # "trường Tiểu học Mường Khiêng 1": a lower-case "trường" before a capitalised school type
    if m is None or not _starts_word(text, pos) or not (
            text[pos].isupper() or m.group(1)[0].isupper()):
        return None
    school = f"Trường {m.group(1)}"
    school_body = Body(school, "school", (), lx.LOCAL)
    i = _skip(text, m.end())
    tokens = _school_name_tokens(text, i) if i > m.end() else []
    if tokens:
        end = tokens[-1][1]
        if number := _SCHOOL_NUMBER.match(text, end):  # "Trường Tiểu học Mường Khiêng 1"
            end = number.end()
        name = f"{school} {text[tokens[0][0] : end]}"
        if (city := _CITY_IN_NAME.match(text, end)) is not None and (
                more := _name_tokens(text, city.end())):
            # "Trường Đại học Công nghiệp Tp. Hồ Chí Minh": the city, written out, is part of
            # the name
            end = more[-1][1]
            name = f"{name} Thành phố {text[more[0][0] : end]}"
        # A school has a name of its own: it is placed only where the text places it
        # ("Trường THCS Tân Phú xã Tân Phú"), never in the article's area by default.
        phrase = _lookup(_UNIT_INDEX, text, _skip(text, end)) and _area_phrase(
            text, end, home, school_body)
        if phrase is not None and phrase[0] is not None:
            return OrgRef(kind="school", name=name, area=phrase[0]), phrase[1]
        return OrgRef(kind="school", name=name, area=None), end
    phrase = _area_phrase(text, m.end(), home, school_body)
    if phrase is None:
        return None  # "trường THCS" alone: no particular school
    return OrgRef(kind="school", name=school, area=phrase[0]), phrase[1]


# "Vụ Bảo hiểm y tế (Bộ Y tế)", "Cục Quản lý Khám, chữa bệnh - Bộ Y tế": a department of the
# ministry named right after it, of the ministry's kind.
# A department of a ministry or of the national social-insurance agency: "Vụ Bảo hiểm y tế (Bộ Y
# tế)", "Vụ Thi đua – Khen thưởng BHXH Việt Nam", "Ban Thực hiện chính sách BHYT (BHXH Việt Nam)"
# (not a title: "Vụ trưởng Vụ ...").
# ... and of a province's or district's agency: "Phòng Giám định BHYT (thuộc BHXH tỉnh)",
# "Phòng Quản lý thu BHXH tỉnh Cà Mau".
_MINISTRY_UNIT = re.compile(
    # ("Trưởng ban Thực hiện chính sách bảo hiểm y tế (BHYT) thuộc Bảo hiểm xã hội Việt Nam": the
    # title shares the Ban's first word, an abbreviation may stand in brackets)
    r"(?P<head>" + "|".join(lx.MINISTRY_UNITS)
    + rf"|[Bb]an(?=\s+[{UPPERCASE}](?:\([^()]{{1,12}}\)|[^)]){{0,80}}?"
    rf"(?:BHXH|Bảo hiểm xã hội) Việt Nam)|[Pp]hòng(?=\s+[{UPPERCASE}]))"
    r"(?!\s+(?:trưởng|phó)(?!\w))\s+"
    r"(?P<field>[^\W\d_][^\W\d_]*(?:(?:,|\s+[–-])?\s+(?!(?:và|với|cùng)(?!\w))[^\W\d_][^\W\d_]*)"
    r"{0,9}?)"
    r"(?:\s*\((?!(?:của|thuộc)\s)[^()]{1,12}\))?"  # "... bảo hiểm y tế (BHYT) thuộc ..."
    r"\s*(?:(?P<open>\()\s*(?:(?:của|thuộc)\s+)?|,\s*|-\s*|\s+(?:của|thuộc)\s+)?"
    r"(?=Bộ\s|(?:BHXH|Bảo hiểm xã hội)\s+(?P<level>Việt Nam|tỉnh|thành phố|TP|huyện|quận|thị xã)"
    r"(?!\w))")


# The fields of a district's own offices ("Phòng Y tế", "Phòng Lao động - Thương binh và Xã hội").
_OFFICE_FIELDS = frozenset(_fold(a) for aliases in lx.FIELDS.values() for a in aliases)


def _match_ministry_unit(text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    m = _MINISTRY_UNIT.match(text, pos)
    if m is None or not _starts_word(text, pos):
        return None
    # ("Trưởng phòng Giám định BHYT": the title shares the department's first word)
    head = m["head"][0].upper() + m["head"][1:]
    local = head == "Phòng"  # a local agency's department, never a ministry's
    if (m["level"] not in (None, "Việt Nam")) != local:
        return None
    if local and ("," in m["field"] or (
            _fold(m["field"]) in _OFFICE_FIELDS and text[m.end("field") : m.end()].strip())):
        # "chỉ đạo Phòng Y tế, BHXH huyện phối hợp": a district's own office, then the agency
        # (two bodies); but "Phòng Giám định BHYT, BHXH tỉnh": the agency's department
        return None
    found = _match_body(text, m.end(), home)
    if found is None or not (
            (found[0].area == NATION and (found[0].name.startswith("Bộ ")
                                          or found[0].kind == "social_insurance_agency"))
            or (local and found[0].kind == "social_insurance_agency"
                and found[0].area is not None)):
        return None
    ministry, end = found
    if m["open"] and (close := re.match(r"\s*\)", text[end:])):
        end += close.end()
    field = m["field"][0].upper() + m["field"][1:]
    return OrgRef(kind=ministry.kind, name=f"{head} {field}", area=ministry.area,
                  parent=ministry), end


_SCHOOL_NUMBER = re.compile(r" \d{1,2}(?![\w/.,]\d)(?!\w)")


def _match_bank(text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    """A bank's branch with its area ("Vietcombank Chi nhánh TP HCM")."""
    m = _BANK.match(text, pos)
    if m is None or not _starts_word(text, pos):
        return None
    if m["brand"] and not m["b"]:
        return None  # ("Ngân hàng X (Vietcombank)" with no branch after it: read as before)
    name = m["n"] + (" Chi nhánh" if m["b"] else "")
    phrase = _area_phrase(text, m.end(), home, Body(name, "other", (), lx.LOCAL))
    if phrase is None or phrase[0] is None:
        return None  # a bank the text does not place is no one branch
    return OrgRef(kind="other", name=name, area=phrase[0]), phrase[1]


# A project board ("Ban Quản lý dự án", "Ban QLDA") named by its project and the region it
# serves: "Ban QLDA hỗ trợ y tế các tỉnh Bắc Trung bộ". Not an administrative body, so no area;
# the name runs up to a function word or punctuation and must end in a proper name (the region
# or province), else "ban QLDA" alone ("chuyên gia ban QLDA phổ biến ...") is no one board.
_PROJECT_BOARD = re.compile(r"Ban\s+(?:QLDA|Quản lý dự án)(?!\w)", re.IGNORECASE)
_BOARD_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")
_BOARD_STOP = frozenset({
    "về", "của", "đã", "đang", "sẽ", "vừa", "với", "cho", "theo", "tại", "đến", "là", "được",
    "và", "nhằm", "để", "đối", "trong", "có"})


def _match_project_board(text: str, pos: int) -> tuple[OrgRef, int] | None:
    m = _PROJECT_BOARD.match(text, pos)
    if m is None or not _starts_word(text, pos):
        return None
    i, end = m.end(), None
    for _ in range(12):
        w = _BOARD_WORD.match(text, i)
        if w is None or _fold(w.group(1)) in _BOARD_STOP:
            break
        word = w.group(1)
        if (word[0].isupper() and not word.isupper()) or (word == "bộ" and end == i):
            end = w.end()  # a proper name's syllable ("Bắc Trung bộ"): the name may end here
        i = w.end()
    if end is None:
        return None
    return OrgRef(kind="other", name=text[pos:end], area=None), end


def match_org(norm_text: str, pos: int, home: Area | None) -> tuple[OrgRef, int] | None:
    """The organisation whose name starts at ``pos`` of a normalised text, and where it ends.

    >>> huyen = Area("district", "huyện", "Đông Hải", Area("province", "tỉnh", "Bạc Liêu", NATION))
    >>> ref, end = match_org("của Ban Thường vụ Tỉnh ủy về", 4, huyen)
    >>> ref.label, end
    ('Ban Thường vụ Tỉnh ủy Bạc Liêu', 25)
    """
    return (_match_school(norm_text, pos, home) or _match_ministry_unit(norm_text, pos, home)
            or _match_project_board(norm_text, pos)
            or _match_body(norm_text, pos, home) or _match_bank(norm_text, pos, home)
            or _match_company(norm_text, pos, home))


def placed(org: OrgRef) -> bool:
    """Whether the mention identifies one body: placed in an area, or named in its own right."""
    return (org.area is not None or org.kind == "school" or org.name.startswith(_NAMED_BODIES)
            or _PROJECT_BOARD.match(org.name) is not None
            or org.name.startswith(_COMPANY_UNION))


# Bodies named in their own right ("Bệnh viện Bình Tân", "BHXH cơ sở Bến Cát"), placed or not.
_NAMED_BODIES = tuple(f"{b.name} " for b in lx.BODIES if b.named)


_placed = placed


def _field_list(
    text: str, pos: int, home: Area | None
) -> tuple[list[tuple[OrgRef, int, int]], int]:
    """The departments of a list after one head word ("các Sở, ngành: LĐTBXH, Y tế, ..."),
    each with the span of its field, and where the list stops."""
    m = _FIELD_LIST.match(text, pos)
    if m is None or not _starts_word(text, pos):
        return [], pos
    head = next(h for h in lx.DEPARTMENT_HEADS if _fold(h) == _fold(m.group("head")))
    area = _nearest(home, lx.DEPARTMENT_HEADS[head])
    if lx.DEPARTMENT_HEADS[head] == ("nation",):
        area = NATION
    out: list[tuple[OrgRef, int, int]] = []
    i = m.end()
    while (found := _lookup(_FIELD_INDEX, text, i)) is not None:
        field, end = str(found[0]), found[1]
        if _lookup(_BODY_INDEX, text, i) is not None:
            break  # "BHXH tỉnh" after the fields is a body of its own
        kind = "health_agency" if field == "Y tế" else "department"
        if area is not None:
            out.append((OrgRef(kind=kind, name=f"{head} {field}", area=area), i, end))
        sep = _LIST_SEP.match(text, end)
        if sep is None:
            break
        i = sep.end()
    return out, (out[-1][2] if out else pos)


# Where _starts_word holds: a letter or digit after neither one nor "-", "/", "&", "_"
# (\w is exactly str.isalnum() plus "_").
_WORD_START = re.compile(r"(?<![\w\-/&])[^\W_]")
_SCHOOL_WORD = "trường"
_MINISTRY_WORDS = frozenset(_fold(h.split()[0]) for h in lx.MINISTRY_UNITS)  # _SCHOOL's first word, folded
_BANK_WORD = re.compile(r"ngân$|bidv$|\w*bank$")  # _BANK's first word, folded


def find_orgs(norm_text: str, home: Area | None) -> Iterator[tuple[OrgRef, int, int]]:
    """Every organisation in a normalised text, in the order the text names them.

    A sub-organisation carries its parent (``org.parent``), but the parent is not a mention of
    its own: "Ban Thường vụ Tỉnh ủy" names the standing committee, and a text that names the
    Tỉnh ủy only there does not name it as a body (data/gold/README.md). Yields (org, start,
    end) in normalised offsets.
    """
    # Only the start of a word can start a name, and only a word that starts a body's alias
    # or a school's name (or, with a colon in the text, a list of departments) can: test that
    # with one dict lookup before the matchers.
    fields = ":" in norm_text
    i = 0
    for start in _WORD_START.finditer(norm_text):
        pos = start.start()
        if pos < i:
            continue  # inside the name found last
        if fields:
            listed, end = _field_list(norm_text, pos, home)
            if listed:
                yield from listed
                i = end
                continue
        word = _fold(_WORD.match(norm_text, pos).group())  # type: ignore[union-attr]
        if (word not in _BODY_INDEX and word != _SCHOOL_WORD and not _BANK_WORD.match(word)
                and word not in _MINISTRY_WORDS):
            continue
        if (many := _bodies_of_units(norm_text, pos, home)) is not None:
            listed, i = many
            yield from listed
            continue
        found = match_org(norm_text, pos, home)
        if found is not None:
            org, end = found
            # "Đảng ủy-UBND xã Minh Đức": two bodies glued by a hyphen, the first of the area
            # the second names (a symbol such as "KH-UBND" never starts with a body's name).
            # The second is matched on the rest of the text: a word glued by "-" starts no name.
            second = (match_org(norm_text[end + 1 :], 0, home)
                      if norm_text.startswith("-", end) and org.kind != "other" else None)
            if second is not None and not _placed(second[0]):
                second = None
            if (second is not None and not _placed(org) and org.parent is None
                    and second[0].area is not None):
                org = replace(org, area=second[0].area)
            if _placed(org):
                yield org, pos, end
            i = max(end, pos + 1)
            if org.kind == "social_insurance_agency" and (
                    forces := _FORCES_AGENCY_TOO.match(norm_text, end)) is not None:
                # "bảo hiểm xã hội Bộ Quốc phòng, Bộ Công an": the other force's agency too
                yield (OrgRef(kind=org.kind, name=f"Bảo hiểm xã hội {forces['b']}", area=NATION),
                       forces.start("b"), forces.end())
                i = forces.end()
            if second is not None:
                yield second[0], end + 1, end + 1 + second[1]
                i = end + 1 + second[1]


# The armed forces' two social-insurance agencies named with one head word.
_FORCES_AGENCY_TOO = re.compile(r"(?:(?<=Bộ Quốc phòng)|(?<=Bộ Công an))\s*(?:,|và|,\s*và)\s*"
                                r"(?P<b>Bộ (?:Quốc phòng|Công an))(?!\w)")
# "Hội Nông dân các huyện: Anh Sơn, Thanh Chương": a body of each unit the list names.
_UNITS_LISTED = re.compile(
    r"\s+(?:các|hai|ba|bốn|năm|\d+)\s+(?P<u>huyện|xã|phường|thị trấn|thị xã|quận|tỉnh)"
    r"\s*:?\s+(?=[A-ZĐ])"
    # ... or one unit word before two names: "UBND xã Thanh Điền và An Bình" (both communes')
    r"|\s+(?P<one>huyện|xã|phường|thị trấn|thị xã|quận|tỉnh)\s+"
    # (each name may carry its parent in brackets, and the next its own unit word: "các hội LHPN
    # xã Đức Lĩnh (Vũ Quang) và phường Kỳ Phương (TX Kỳ Anh)")
    r"(?=[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3}(?:\s*\([^()]{1,30}\))?\s*(?:và|,\s*và)\s*"
    r"(?:(?:huyện|xã|phường|thị trấn|thị xã|quận)\s+)?[A-ZĐ])")
# A unit's parent in brackets after its name, skipped in a list of units.
_PARENT_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")
# A seat on a Party committee named after it: a person's membership, not a mention of the body.
# (also abbreviated: "UVTV Tỉnh ủy", "UVBTV Huyện ủy", "UV BTV Tỉnh ủy", "Ủy viên BTV Tỉnh ủy")
_MEMBER_OF = re.compile(
    r"(?<!\w)(?:(?:Ủy viên|UV)(?:\s+dự khuyết)?(?:\s+Ban Chấp hành)?"
    r"|(?:UVTV|UVBTV|UV\s?BTV|Ủy viên\s+BTV|Ủy viên\s+Thường vụ))\s*$")
# First syllables of titles, never of a unit's name.
_TITLE_WORDS = frozenset(("trưởng", "phó", "chủ", "bí", "giám", "tổng", "chánh", "thủ", "đồng",
                          "ông", "bà", "anh", "chị", "cán"))
_NAMES_JOIN = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?=[A-ZĐ])")
# ... the last of which may bear its own unit word: "UBND các huyện: Phong Điền, Phú Lộc và thị
# xã Hương Trà".
_OWN_UNIT = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?P<u>huyện|xã|phường|thị trấn|thị xã|thành phố|quận)"
                       r"\s+(?=[A-ZĐ])")


def _bodies_of_units(text: str, pos: int, home: Area | None
                     ) -> tuple[list[tuple[OrgRef, int, int]], int] | None:
    """The bodies "<body> các <unit>: A, B" names, one per unit (spans: the unit names), and
    where the list ends; None unless the text at ``pos`` is such a list."""
    found = _lookup(_BODY_INDEX, text, pos)
    if found is None:
        return None
    body, end = found
    if p := _ABBREV_IN_PARENS.match(text, end):
        end = p.end()  # "Bảo hiểm xã hội (BHXH) các huyện A, B và C"
    m = _UNITS_LISTED.match(text, end)
    if m is None or not isinstance(body, Body) or body.unit is not None or body.organ:
        return None
    out: list[tuple[OrgRef, int, int]] = []
    at, unit = m.end(), m["u"] or m["one"]
    while True:
        tokens = _name_tokens(text, at)
        if not tokens or (out and _lookup(_BODY_INDEX, text, at) is not None):
            break  # ("UBND huyện X và Bảo hiểm xã hội huyện": another body, not another unit)
        if m["one"] and (len(tokens) < 2 or _fold(text[slice(*tokens[0])]) in _TITLE_WORDS):
            break  # ("UBND xã X và Trưởng ban ...": a unit's name has two syllables or more)
        name_end = tokens[-1][1]
        one = match_org(f"{text[pos:end]} {unit} {text[at:name_end]}", 0, home)
        if one is None or not _placed(one[0]):
            break
        out.append((one[0], at, name_end))
        if aside := _PARENT_ASIDE.match(text, name_end):
            name_end = aside.end()
        if own := _OWN_UNIT.match(text, name_end):
            at, unit = own.end(), own["u"]
            continue
        sep = _NAMES_JOIN.match(text, name_end)
        if sep is None:
            break
        at = sep.end()
    if len(out) < 2:
        return None
    return out, out[-1][2]


@lru_cache(maxsize=2048)  # extract_people asks again for the same sentences
def _sentence_orgs(norm_text: str, home: Area | None) -> tuple[tuple[OrgRef, int, int], ...]:
    return tuple(find_orgs(norm_text, home))


# --- one name per body in an article ---------------------------------------------------------


def _topic_content(org: OrgRef) -> frozenset[str] | None:
    """The content words of a topic-named body's topic (empty for the bare head), else None."""
    for head in _TOPIC_HEADS:
        if org.name == head:
            return frozenset()
        if org.name.startswith(head + " "):
            topic = _fold(org.name[len(head) :])
            for filler in sorted(lx.TOPIC_FILLERS, key=len, reverse=True):
                topic = re.sub(rf"(?<!\w){re.escape(filler)}(?!\w)", " ", topic)
            return frozenset(_WORD.findall(topic))
    return None


_ONE_PER_AREA = frozenset({"Văn phòng Điều phối"})


def article_names(orgs: Iterable[OrgRef]) -> dict[OrgRef, OrgRef | None]:
    """One name per steering committee in an article, as the text names it.

    A text names one committee in several ways ("BCĐ Bảo hiểm Y tế huyện", "Ban chỉ đạo bảo
    hiểm y tế toàn dân huyện Yên Thế", "Ban chỉ đạo"). Each variant whose topic words are
    among another's maps to the fullest name of that area; a bare "Ban chỉ đạo" maps to the one
    committee of its area the article names, or to None when it names none or several: the
    bare head alone is no particular body. Other organisations are left out of the table.
    """
    groups: dict[tuple[str, str, Area | None, OrgRef | None], dict[OrgRef, frozenset[str]]] = {}
    seen: set[OrgRef] = set()
    for org in orgs:
        while org is not None and org not in seen:
            seen.add(org)
            if (words := _topic_content(org)) is not None:
                head = next(h for h in _TOPIC_HEADS if org.name.startswith(h))
                groups.setdefault((head, org.kind, org.area, org.parent), {})[org] = words
            org = org.parent
    table: dict[OrgRef, OrgRef | None] = {}
    # A bank's branch under its brand, where the article also gives the bank's full name:
    # "Vietcombank Chi nhánh Gia Lai" is "Ngân hàng TMCP Ngoại thương Việt Nam Chi nhánh Gia Lai"
    full_names = {(o.name, o.area) for o in seen if o.kind == "other"}
    for org in seen:
        brand = org.name.split(" ", 1)[0]
        if org.kind == "other" and (full := lx.BANK_BRANDS.get(brand)) is not None and (
                (named := full + org.name[len(brand):], org.area) in full_names):
            table[org] = replace(org, name=named)
    for (head, *_), members in groups.items():
        named = {o: w for o, w in members.items() if w}
        for org, words in members.items():
            wider = [o for o, w in named.items() if words <= w]
            # The fullest of them, if the widest word sets agree on one body.
            top = [o for o in wider if not any(named[o] < named[x] for x in wider)]
            tops = {named[o] for o in top}
            if len(tops) == 1:
                table[org] = max(top, key=lambda o: (len(o.name), o.name))
            else:
                # (an area has one coordination office: "Văn phòng Điều phối tỉnh" is it)
                table[org] = org if words or head in _ONE_PER_AREA else None
    return table


def renamed(org: OrgRef, table: dict[OrgRef, OrgRef | None]) -> OrgRef | None:
    """``org`` under the article's one name for it (and for the body it is part of), or None."""
    if org in table:
        return table[org]
    if org.parent is not None:
        parent = renamed(org.parent, table)
        if parent is None:
            return None
        if parent != org.parent:
            return replace(org, parent=parent)
    return org


# A body placed only by a bare commune-level word: "Hội Nông dân xã", "Chủ tịch UBND xã".
_BY_COMMUNE_WORD = re.compile(r"(?<!\w)(?:xã|phường|thị trấn)$", re.IGNORECASE)
_BY_DISTRICT_WORD = re.compile(r"(?<!\w)(?:huyện|quận|thị xã)$", re.IGNORECASE)


def as_named(area: Area | None, home: Area | None) -> Area | None:
    """A commune as a body's name builds it after its unit word ("UBND xã Chi Lăng"), so that
    both ways of naming its bodies give one identity."""
    if area is None:
        return None
    return Area(level=area.level, unit=area.unit, name=area.name,
                parent=_nearest(home, ("district",)))


def local_orgs(norm_text: str, home: Area | None, local: Area | None,
               district: Area | None = None) -> tuple[tuple[OrgRef, int, int], ...]:
    """The sentence's organisations, a bare "xã" meaning ``local`` (see places.local_communes)
    where home's chain has no commune to offer, and a bare "huyện" meaning ``district`` (see
    places.local_districts) where it has no district."""
    found = _sentence_orgs(norm_text, home)
    taken = {start for _, start, _ in found}
    extra: list[tuple[OrgRef, int, int]] = []
    for unit, word in ((local, _BY_COMMUNE_WORD), (district, _BY_DISTRICT_WORD)):
        if unit is None:
            continue
        extra.extend((org, start, end) for org, start, end in _sentence_orgs(norm_text, unit)
                     if start not in taken and org.area == unit
                     and word.search(norm_text, start, end))
        taken |= {start for _, start, _ in extra}
    return tuple(sorted((*found, *extra), key=lambda f: f[1])) if extra else found


# ("Tỉnh hội Nông dân", "Tỉnh đoàn": the unit word written before the body's name)
_UNIT_PREFIX_BEFORE = re.compile(r"(?i:tỉnh|huyện|thành|thị|quận)\s*$")
_UNIT_WORD_IN = re.compile(
    r"(?<!\w)(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|quận|thành phố|TP)(?!\w)", re.IGNORECASE)


def _headline_short_forms(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """A body the headline names bare ("Hậu Giang: Khi Hội phụ nữ vận động ...") is the one of
    its kind the body of the article places (its only "Hội Liên hiệp phụ nữ (LHPN) huyện Châu
    Thành"), when that unit lies inside the one the bare name fell to."""
    title = headline_range(text)
    if title is None:
        return found
    out: list[OrgMention] = []
    for mention in found:
        org, span = mention.org, mention.span
        written = text[span.start : span.end]
        if (title[0] <= span.start and span.end <= title[1] and org.parent is None
                and org.area is not None and not _UNIT_WORD_IN.search(written)
                and not _UNIT_PREFIX_BEFORE.search(text, max(0, span.start - 8), span.start)
                and _fold(org.area.name) not in _fold(written)):
            # (not when the article also places one at the bare name's own area: "Bình Định:
            # Hội Nông dân vận động ..." over "Hội Nông dân tỉnh Bình Định ... Hội Nông dân huyện
            # Phù Cát")
            placed = {m.org.area for m in found
                      if m.span.start >= title[1] and m.org.kind == org.kind
                      and m.org.name == org.name and m.org.parent is None
                      and m.org.area is not None}
            if (len(placed) == 1 and org.area not in placed
                    and org.area in ancestors(area := next(iter(placed)))):
                org = replace(org, area=area)
        out.append(OrgMention(org=org, span=span))
    return out


def extract_organisations(
    text: str, sentences: Sequence[Sentence], home: Area | None,
    local: Sequence[Area | None] = (), districts: Sequence[Area | None] = (),
) -> tuple[OrgMention, ...]:
    """Every organisation mention in the sentences, with offsets into the original ``text``.

    ``local`` gives, sentence by sentence, the commune a bare "xã" means (None: no such commune);
    ``districts`` the district a bare "huyện" means.
    """
    found: list[OrgMention] = []
    for k, sentence in enumerate(sentences):
        norm = normalise(sentence.text)
        here = as_named(local[k], home) if local else None
        district = districts[k] if districts else None
        for org, start, end in local_orgs(norm.text, home, here, district):
            s, e = norm.span(start, end)
            found.append(
                OrgMention(org=org, span=Span(sentence.span.start + s, sentence.span.start + e))
            )
    found = _headline_short_forms(text, found)
    table = article_names(m.org for m in found)
    out: list[OrgMention] = []
    for mention in found:
        org = renamed(mention.org, table)
        if org is not None:
            out.append(OrgMention(org=org, span=mention.span))
    return tuple(out)
