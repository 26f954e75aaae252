"""Place mentions in an article, resolved against the gazetteer, and the article's home area.

A place is named after a unit word ("huyện Đông Hải", "TP. Hồ Chí Minh", also inside a body's
name: "UBND huyện Đông Hải"), after a Party committee that says its level ("Huyện ủy Đông Hải",
"Thị ủy Sông Cầu") or a body ("BHXH Đông Hải"), in a list that shares one unit word ("các xã A, B
và C", "gồm 3 xã là A, B, C"), bare when it is a province ("tại Phú Yên") and bare in a title
("Phú Xuyên tổng kết ..."). Names repeat across the country, so each mention gets every
candidate the gazetteer has and the article decides: a unit inside (or around) another mentioned
place wins, then the article's one province, then the higher level. A unit word + a name the
gazetteer lacks may be a one-letter misspelling of a unit of the article's province.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..gazetteer import REFORM, Gazetteer, ancestors, is_within, province_of, same_unit
from ..model import NATION, Area, Sentence, Span
from ..text import UPPERCASE, fold, normalise
from .lexicon import COUNT_NOUN, REACHED

_LEVEL_RANK = {"province": 0, "district": 1, "commune": 2}

# The whole country: "toàn quốc", "cả nước", "trên toàn quốc", the common typo "toán quốc", and
# "all (63) provinces and cities" (34 after the 2025 reform).
NATIONWIDE = re.compile(
    r"(?<!\w)(?:cả|toàn|toán) (?:nước|quốc)(?!\w)"
    r"|(?<!\w)(?:tất cả|toàn bộ)\s+(?:\d+\s+)?tỉnh,?\s*thành(?:\s+phố)?(?!\w)"
    r"|(?<![\d.,])(?:63|34)\s+tỉnh,?\s*thành(?:\s+phố)?(?!\w)", re.IGNORECASE)

# The nation as a yardstick, not the subject: "đuổi kịp cả nước là 80%", "so với cả nước",
# "thấp hơn mức trung bình của cả nước"; nor a rank in it: "dẫn đầu cả nước", "cao nhất cả nước"
# (used with .search(text, lo, the match's start)).
YARDSTICK_NATION = re.compile(
    r"(?<!\w)(?:so với|đuổi kịp|bằng|hơn|kém|vượt|dẫn đầu|đứng đầu|đi đầu|(?<!thống )nhất)"
    # ("thấp hơn mức trung bình của cả nước (70%)": the nation's average as the yardstick)
    r"(?:\s+(?:mức\s+)?(?:trung bình|bình quân)(?:\s+chung)?(?:\s+của)?)?\s*$", re.IGNORECASE)

# Unit words (folded) -> (unit words of the gazetteer, levels). A Party committee's name says
# the level of the place that follows it (domain.md §2).
_UNIT_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tỉnh": (("tỉnh",), ("province",)),
    "tỉnh ủy": (("tỉnh",), ("province",)),
    "thành phố": (("thành phố",), ("province", "district")),
    "tp": (("thành phố",), ("province", "district")),
    "tp.": (("thành phố",), ("province", "district")),
    "thành ủy": (("thành phố",), ("province", "district")),
    "huyện": (("huyện",), ("district",)),
    "huyện ủy": (("huyện",), ("district",)),
    "huyện đảo": (("huyện",), ("district",)),  # "huyện đảo Lý Sơn": an island district
    "thị xã": (("thị xã",), ("district",)),
    "tx": (("thị xã",), ("district",)),
    "tx.": (("thị xã",), ("district",)),
    "thị ủy": (("thị xã",), ("district",)),
    "quận": (("quận",), ("district",)),
    # ("BV H.Củ Chi", "Q.2", "(Q.12)": a district's unit word cut to its initial, upper case
    # only, see _mentions)
    "h.": (("huyện",), ("district",)),
    "q.": (("quận",), ("district",)),
    "quận ủy": (("quận",), ("district",)),
    "thị trấn": (("thị trấn",), ("commune",)),
    "tt": (("thị trấn",), ("commune",)),  # "TT Gia Ray" (upper case only: see _mentions)
    "tt.": (("thị trấn",), ("commune",)),
    "phường": (("phường",), ("commune",)),
    "xã": (("xã",), ("commune",)),
    "đặc khu": (("đặc khu",), ("commune",)),
}
# Longest alternatives first so "thị xã" is not read as "xã", "huyện ủy" not as "huyện".
# ("ở xã biên giới Ch’ơm", "huyện miền núi Nam Trà My": what kind of unit, between the unit word
# and the name)
_UNIT = re.compile(
    r"(?<!\w)(?P<u>"
    + "|".join(re.escape(w) for w in sorted(_UNIT_WORDS, key=len, reverse=True))
    + r")(?:\s+(?:biên giới|vùng cao|miền núi|vùng sâu|ven biển|bãi ngang)(?=\s+(?-i:[A-ZĐ])))?"
    + r"(?:\s+|(?<=\.)(?=\w))",
    re.IGNORECASE,
)
# Bodies often followed directly by their area's bare name ("BHXH Đông Hải").
_BODY = re.compile(r"(?<!\w)(?:UBND|HĐND|BHXH|MTTQ|Ủy ban nhân dân|Bảo hiểm xã hội) ")
_FIRST_WORD = re.compile(r"(?P<w>[\w']+)")
_NEXT_WORD = re.compile(r"(?: ?- ?| )(?P<w>[\w']+)")
_FIGURE_GOES_ON = re.compile(r"[.,]\d")
# Abbreviated names written after "TP" (folded).
_ABBREVIATIONS = {"hcm": "Hồ Chí Minh", "hn": "Hà Nội"}
_PERSON_CITY = fold("Hồ Chí Minh")
_MAX_WORDS = 6
_PLAIN_UNITS = r"thành phố|thị xã|thị trấn|huyện|quận|phường|xã|tỉnh"
_PLAIN_UNIT = re.compile(rf"(?<!\w)(?:{_PLAIN_UNITS})(?!\w)", re.IGNORECASE)
# A list announced by plural unit words: "các xã có tỷ lệ ... cao như:", "gồm 4 xã là",
# "các huyện, thành phố có ...: ". The marker must come within the same clause.
_PLURAL = re.compile(
    rf"(?<!\w)(?:các|những|nhiều|một số|\d+)\s+"
    rf"(?P<kinds>(?:{_PLAIN_UNITS})(?:(?:\s*,\s*|\s+và\s+)(?:{_PLAIN_UNITS}))*)(?!\w)"
    r"[^.:;\n()]{0,150}?(?:\s(?:như|là|gồm|gồm có)\s*:?|:|\s\((?=\w))(?=\s|(?<=\())",
    re.IGNORECASE,
)
# A range of units: "các xã từ A Lưới 1 đến A Lưới 5", "các phường từ phường 1 đến phường 4".
_RANGE = re.compile(rf"(?<!\w)(?:các|những)\s+(?P<u>{_PLAIN_UNITS})\s+từ\s+(?:(?P=u)\s+)?",
                    re.IGNORECASE)
_RANGE_TO = re.compile(rf"\s+(?:đến|tới)\s+(?:(?:{_PLAIN_UNITS})\s+)?", re.IGNORECASE)
# Names listed first, their unit word after them: "Vũ Quang và Can Lộc là hai huyện có kết quả
# vượt cao nhất", "Tân An, Tân Bình là các xã ..." (each name must be a unit of that kind).
_NAME_RUN = rf"[{UPPERCASE}][\w']*(?: [{UPPERCASE}][\w']*){{0,3}}"
_NAMES_THEN_UNIT = re.compile(
    rf"(?P<names>{_NAME_RUN}(?:\s*(?:,|\svà)\s*{_NAME_RUN})+)\s+(?:đều\s+)?là\s+"
    rf"(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+|các|những)\s+"
    rf"(?P<u>{_PLAIN_UNITS})(?!\w)")
# The same with the words for "locality" that name no level: "Địa phương có tỷ lệ ... cao, đạt
# 100% ... là Xuân Cẩm", "các đơn vị đạt trên 95% gồm Tân Hòa, Tân Lập". (The reach is in
# characters: room for the scheme written out and "đạt được", which lengthen the same clause.)
_LOCALITIES = re.compile(
    r"(?<!\w)(?:địa phương|đơn vị)(?!\w)[^.:;\n()]{0,120}?"
    r"(?:\s(?:như|là|gồm|gồm có)\s*:?|:|\s\((?=\w))(?=\s|(?<=\())",
    re.IGNORECASE,
)
_LIST_START = re.compile(r"\s*")
_LIST_SEP = re.compile(r"\s*(?:,|;|\s(?:và|hoặc))\s*(?:(?:và|hoặc)\s+)?")
_LIST_NOTE = re.compile(r"\s*\([^()\n]{0,40}\)")
# A figure each item of a list may carry without brackets: "như Nông Sơn còn 5.505 người, Hội An
# 3.216 người", "Tân Hòa: 98,2%, Tân Lập: 97%".
# ("Suối Cát, đạt 84,35", "Lang Minh đã đạt được 89,15%", "Xuân Bắc chỉ mới đạt tỷ lệ 75,54")
# ("xã Tân Bình, tỷ lệ người dân tham gia BHYT là 81,4%, Mỹ Thuận (82,3%)": the first item
# names its rate in full, the next ones in brackets)
_LIST_FIGURE = re.compile(
    rf"\s*(?::|,(?=\s*(?:(?:đã|chỉ|mới|vẫn|cũng)\s+)*{REACHED})"
    r"|,\s*(?:tỷ|tỉ) lệ[^,;:()\d]{0,60}?\s(?=(?:là|đạt)\s+\d))?\s*"
    rf"(?:(?:(?:đã|chỉ|mới|vẫn|cũng)\s+)*(?:còn|có|{REACHED}|là|với|chiếm)"
    r"(?:\s+(?:tỷ|tỉ) lệ)?\s+)?(?:(?:hơn|trên|gần|khoảng)\s+)?"
    rf"\d+(?:[.,]\d+)*\s*(?:%|{COUNT_NOUN}(?!\w))?")
# ... and after its figure, the quota it is set against and a clause more about it: "Bình Đức đạt
# 83,93%/92,10%, cần phát triển thêm 1.675 người; Bình Khánh ..." (not the next item's name).
_LIST_FIGURE_TAIL = re.compile(
    rf"(?:\s*/\s*\d+(?:[.,]\d+)*\s*%?)?(?:,\s*(?:cần|còn|tăng|giảm|thấp hơn|cao hơn|vượt)(?!\w)"
    rf"[^,;()\n]{{0,50}}?\d+(?:[.,]\d+)*\s*(?:%|{COUNT_NOUN}(?!\w))?)*")
_WORD = re.compile(r"[\w']+")
# A name written as its initials, in capitals ("PRTC": Phan Rang - Tháp Chàm).
_INITIALS = re.compile(r"[A-ZĐ]{3,6}(?!\w)")
# Words that may open a sentence before a province's name ("Tại Phú Yên, ...").
_LEADS = frozenset({"tại", "ở", "của", "cho", "về", "với", "riêng", "còn", "từ", "đến", "và"})
# How an article names its own area without naming it: "toàn tỉnh", "trên địa bàn huyện".
OWN_AREA = _OWN_AREA = re.compile(
    rf"(?<!\w)(?:toàn|cả|địa bàn)\s+(?P<u>{_PLAIN_UNITS})(?!\w)", re.IGNORECASE
)
# A place dateline opening a line: "(Phù Ninh)-Ngày 30/6/2022 ...", "(Tam Nông) – ...".
_PLACE_DATELINE = re.compile(r"^[ \t]*\((?P<n>[A-ZĐ][\w']*(?: [A-ZĐ][\w']*){1,3})\)\s*[-–]",
                             re.MULTILINE)
# A unit and its province, both bare, in brackets: "(Nha Trang, Khánh Hòa)".
_PLACE_IN_BRACKETS = re.compile(
    rf"\((?P<n>[{UPPERCASE}][\w']*(?: [{UPPERCASE}][\w']*){{0,3}}),\s*"
    rf"(?P<p>[{UPPERCASE}][\w']*(?: [{UPPERCASE}][\w']*){{0,3}})\)")
_TPHCM = re.compile(r"(?<!\w)(?:TPHCM|TP\.?\s?HCM|HCMC)(?!\w)")
_BOILERPLATE = {"skip to main content", "trang chủ", "home"}


# A day the text states: "ngày 3/10/2025", "ngày 14-11-2025" (not a deadline: "đến hết ngày
# 31-12-2025", "trước ngày 30/6/2026").
_STATED_DAY = re.compile(
    r"(?<!\w)(?P<before>(?:\w+\s+){0,2})ngày\s+(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"\s*(?P=sep)\s*(?P<y>\d{4})(?!\d)", re.IGNORECASE)
_DEADLINE = re.compile(r"(?<!\w)(?:trước|đến|tới|hết|hạn|chậm nhất|từ)(?!\w)", re.IGNORECASE)


def written_after(text: str) -> dt.date | None:
    """The latest day the text states as past, a lower bound of its date (or None)."""
    latest = None
    for m in _STATED_DAY.finditer(text):
        if _DEADLINE.search(m["before"]):
            continue
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        latest = day if latest is None or day > latest else latest
    return latest


# Words only a text of after 1 July 2025 writes: the two-tier local government the reform made
# ("năm đầu tiên thực hiện mô hình chính quyền địa phương hai cấp"), a review of 2025 or a later
# year ("tổng kết nhiệm vụ chính trị năm 2025", held once the year is over).
_TWO_TIERS = re.compile(r"(?<!\w)chính quyền(?:\s+địa phương)?\s+(?:hai|2)\s+cấp(?!\w)",
                        re.IGNORECASE)
_REVIEWED_YEAR = re.compile(r"(?<!\w)tổng kết(?!\w)[^.;\n]{0,80}?(?<!\w)năm\s+(?P<y>20\d\d)(?!\d)",
                            re.IGNORECASE)


_TASKS_AHEAD = re.compile(r"(?<!\w)(?:triển khai|phương hướng|kế hoạch)(?!\w)", re.IGNORECASE)


def said_after_reform(text: str) -> dt.date | None:
    """REFORM if the text speaks of the two-tier local government or reviews 2025 or a later
    year as a whole, else None."""
    if _TWO_TIERS.search(text) or any(int(m["y"]) >= REFORM.year
                                      and not _TASKS_AHEAD.search(m.group())
                                      for m in _REVIEWED_YEAR.finditer(text)):
        # (not a January meeting that reviews one year and opens the tasks of the next: "tổng
        # kết công tác và triển khai kế hoạch năm 2025")
        return REFORM
    return None


def named_after_reform(text: str, gazetteer: Gazetteer) -> dt.date | None:
    """REFORM if the text names a commune-level unit, with its unit word, that only the map of
    after 1 July 2025 has ("phường Hoài Nhơn Đông", a ward made in 2025), else None.

    A longer name found on the new map than on the old one is the test: a new unit that reuses
    an old name anywhere in the country ("xã Đông Hải") proves nothing and is left alone.
    """
    for m in _UNIT.finditer(text):
        units, levels = _UNIT_WORDS[fold(m["u"])]
        if levels != ("commune",) or (fold(m["u"]).startswith("tt") and m["u"][:2] != "TT"):
            continue
        ends = _name_ends(text, m.end())
        if ends and (_longest_known(gazetteer, text, m.end(), ends, units[0], REFORM)
                     > _longest_known(gazetteer, text, m.end(), ends, units[0], None)):
            return REFORM
    return None


def _longest_known(gazetteer: Gazetteer, text: str, start: int, ends: list[int], unit: str,
                   on: dt.date | None) -> int:
    """The end of the longest name from ``start`` the map of ``on`` has under ``unit`` (or 0)."""
    return next((end for end in reversed(ends)
                 if gazetteer.find(text[start:end], unit=unit, on=on)), 0)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # offsets into the normalised text
    end: int
    candidates: tuple[Area, ...]
    bare: bool = False  # a name with no unit word or body before it
    misspelt: str | None = None  # unit word of a name the gazetteer lacks: try near names


def _name_ends(text: str, start: int) -> list[int]:
    """Ends of the runs of capitalised words (or numbers: "Phường 1") starting at ``start``."""
    ends: list[int] = []
    pos, pattern = start, _FIRST_WORD
    while len(ends) < _MAX_WORDS:
        m = pattern.match(text, pos)
        if m is None or not (m["w"][0].isupper() or m["w"][0].isdigit()):
            break
        if m["w"][0].isdigit() and _FIGURE_GOES_ON.match(text, m.end()):
            break  # "thị trấn 2.337 thẻ": a figure, no numbered unit
        ends.append(m.end())
        pos, pattern = m.end(), _NEXT_WORD
    return ends


def _lookup(
    gazetteer: Gazetteer,
    name: str,
    units: tuple[str, ...] | None,
    levels: tuple[str, ...],
    on: dt.date | None,
) -> tuple[Area, ...]:
    name = _ABBREVIATIONS.get(fold(name), name)
    for when in (on, None) if on is not None and on >= REFORM else (on,):
        # After the reform, a district is still named as it was ("huyện cũ"): fall back to it.
        found = [
            a
            for level in levels
            for unit in units or (None,)
            for a in gazetteer.find(name, unit=unit, level=level, on=when)
        ]
        if found and units and len(units) > 1:
            # "một số xã, thị trấn ... (Phan Rí Cửa ...)": one unit found under two of the
            # words (the town once a commune): the word it bears
            own = {(a.code, a.unit) for level in levels
                   for a in gazetteer.find(name, level=level, on=when) if a.code}
            codes = {a.code for a in found if (a.code, a.unit) in own}
            found = [a for a in found if a.code not in codes or (a.code, a.unit) in own]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def _longest(
    gazetteer: Gazetteer,
    text: str,
    start: int,
    units: tuple[str, ...] | None,
    levels: tuple[str, ...],
    on: dt.date | None,
) -> _Mention | None:
    """The longest capitalised run at ``start`` that names a unit ("Long Điền Tây", not "Long"),
    or, after a unit word, the initials of a city's or district's name ("thành phố PRTC")."""
    for end in reversed(_name_ends(text, start)):
        found = _lookup(gazetteer, text[start:end], units, levels, on)
        if found:
            return _Mention(start, end, found)
    if units and (m := _INITIALS.match(text, start)) is not None:
        found = tuple(a for unit in units for level in levels if level != "commune"
                      for a in gazetteer.by_initials(m.group(), unit=unit, level=level, on=on))
        if found:
            return _Mention(start, m.end(), found)
    return None


_SENTENCE_END = re.compile(r"(?<!\.)[.;!?]$")


def headline_range(text: str) -> tuple[int, int] | None:
    """The headline (offsets into ``text``): the title line when the article goes on after it
    and it does not end as a sentence would (a first line "... đạt 90%." is the lead)."""
    title = title_range(text)
    if title is None or not text[title[1] :].strip() or _SENTENCE_END.search(
            text, title[0], title[1]):
        return None
    return title


def title_range(text: str) -> tuple[int, int] | None:
    """The headline (offsets into ``text``): the first line that is not page furniture or a
    short all-caps section."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = pos + line.index(stripped) if stripped else pos
        pos += len(line)
        words = re.findall(r"\w+", stripped)
        if not words or (len(words) <= 4 and fold(stripped) in _BOILERPLATE):
            continue
        if stripped.isupper() and len(words) <= 6:  # "KINH TẾ - CHÍNH TRỊ"
            continue
        return start, start + len(stripped)
    return None


_COOPERATIVE_BEFORE = re.compile(r"(?<!\w)(?i:hợp tác)\s+$")


def _mentions(text: str, gazetteer: Gazetteer, on: dt.date | None) -> list[_Mention]:
    found: list[_Mention] = []
    unknown: list[_Mention] = []
    covered: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in covered)

    def add(mention: _Mention) -> None:
        found.append(mention)
        covered.append((mention.start, mention.end))

    for m in _UNIT.finditer(text):
        if fold(m["u"]).startswith("tt") and not m["u"].startswith("TT"):
            continue  # "TT" for thị trấn is written in capitals
        if fold(m["u"]) in ("h.", "q.") and (not m["u"][0].isupper() or m.start() > 0 and (
                text[m.start() - 1] in ".-"
                or text[m.start() - 2 : m.start()].strip().endswith("."))):
            continue  # "H.", "Q." in capitals, not a person's initials ("N.H. Nam")
        if fold(m["u"]) == "xã" and _COOPERATIVE_BEFORE.search(text, max(0, m.start() - 8),
                                                                 m.start()):
            continue  # "Hợp tác xã Thành Công": a cooperative's name, no commune
        units, levels = _UNIT_WORDS[fold(m["u"])]
        mention = _longest(gazetteer, text, m.end(), units, levels, on)
        if mention is not None and free(m.start(), mention.end):
            add(_Mention(m.start(), mention.end, mention.candidates))
            for item in _list_items(gazetteer, text, mention.end, units, levels, on,
                                    head=mention):
                if free(item.start, item.end):
                    add(item)
        elif mention is None and len(ends := _name_ends(text, m.end())) >= 2 and len(units) == 1:
            unknown.append(_Mention(m.start(), ends[1], (), misspelt=units[0]))
    for m in _PLURAL.finditer(text):
        if m.group().endswith("(") and (named := _NAMED_BEFORE_BRACKET.match(
                text, m.end("kinds"))) is not None and _longest(
                gazetteer, text, named.start() + len(named.group()) - len(named.group().lstrip()),
                *_plural_units(text, m), on) is not None:
            # "2 xã Thanh An và Thanh Lang, huyện Thanh Hà (Hải Dương)": the units are named
            # already; the bracket is an address, not the list the count announces
            continue
        units, levels = _plural_units(text, m)
        for item in _list_items(gazetteer, text, m.end(), units, levels, on, first=True):
            if free(item.start, item.end):
                add(item)
    for m in _RANGE.finditer(text):
        # "các xã từ A Lưới 1 đến A Lưới 5": the two ends of a range are named units
        units, levels = _UNIT_WORDS[fold(m["u"])]
        first = _longest(gazetteer, text, m.end(), units, levels, on)
        if first is None or (to := _RANGE_TO.match(text, first.end)) is None:
            continue
        last = _longest(gazetteer, text, to.end(), units, levels, on)
        if last is None:
            continue
        for item in (first, last):
            if free(item.start, item.end):
                add(item)
    for m in _LOCALITIES.finditer(text):
        for item in _list_items(gazetteer, text, m.end(), None, ("district", "commune"), on,
                                first=True):
            if free(item.start, item.end):
                add(item)
    for m in _BODY.finditer(text):
        if text[m.end() : m.end() + 1].isdigit():
            continue  # "BHXH 12 huyện, thị": a count; a numbered unit has its unit word
        mention = _longest(gazetteer, text, m.end(), None, tuple(_LEVEL_RANK), on)
        if mention is not None and free(mention.start, mention.end):
            add(mention)
    for m in _NAMES_THEN_UNIT.finditer(text):
        units, levels = _UNIT_WORDS[fold(m["u"].lower())]
        items = [i for i in re.finditer(_NAME_RUN, m["names"])]
        looked = [(i, _lookup(gazetteer, i[0], units, levels, on)) for i in items]
        # (names before the list that are no such unit are left out: "Theo BHXH tỉnh An Giang,
        # Phú Tân và Châu Thành là hai huyện"; "Ông A và B là hai ...": no list at all)
        while looked and not looked[0][1] and len(looked) > 2:
            looked = looked[1:]
        if all(found_ for _, found_ in looked):
            for i, found_ in looked:
                start, end = m.start("names") + i.start(), m.start("names") + i.end()
                if free(start, end):
                    add(_Mention(start, end, found_))
    for m in _PLACE_IN_BRACKETS.finditer(text):
        # "bệnh nhân ... (Nha Trang, Khánh Hòa)": a unit named bare with its province after it
        provinces = _lookup(gazetteer, m["p"], None, ("province",), on)
        inner = tuple(a for level in ("district", "commune")
                      for a in _lookup(gazetteer, m["n"], None, (level,), on)
                      if any(is_within(a, p) for p in provinces))
        if provinces and inner and free(m.start("n"), m.end("n")):
            add(_Mention(m.start("n"), m.end("n"), inner))
            if free(m.start("p"), m.end("p")):
                add(_Mention(m.start("p"), m.end("p"), provinces))
    hcm = _lookup(gazetteer, "Hồ Chí Minh", None, ("province",), on)
    for m in _TPHCM.finditer(text):
        if free(m.start(), m.end()):
            add(_Mention(m.start(), m.end(), hcm))
    for mention in _bare_provinces(text, gazetteer, on):
        if free(mention.start, mention.end):
            add(mention)
    for m in _PLACE_DATELINE.finditer(text):
        # "(Phù Ninh)-Ngày 30/6/2022 HĐND xã Lệ Mỹ ...": a district portal's dateline names its
        # district bare; kept only where it agrees with the places the text names (_bare)
        cands = next((c for level in ("district", "province")
                      if (c := _lookup(gazetteer, m["n"], None, (level,), on))), ())
        if cands and free(m.start("n"), m.end("n")):
            add(_Mention(m.start("n"), m.end("n"), cands, bare=True))
    title = title_range(text)
    if title is not None:
        found.extend(_bare_names(text, gazetteer, on, title, free))
    found.extend(m for m in unknown if free(m.start, m.end))
    return sorted(found, key=lambda m: m.start)


# (the count's units named right after it: "2 xã Thanh An và ...", not "07 phường có tỷ lệ ...",
# nor "4 xã NTM nâng cao (Cẩm Tú, ...)", whose word after the count is no unit)
_NAMED_BEFORE_BRACKET = re.compile(rf"\s+[{UPPERCASE}][\w']*")


def _list_items(
    gazetteer: Gazetteer,
    text: str,
    pos: int,
    units: tuple[str, ...] | None,
    levels: tuple[str, ...],
    on: dt.date | None,
    *,
    first: bool = False,
    head: _Mention | None = None,
) -> list[_Mention]:
    """Further names of the same unit word: "xã Bình Ninh và Phú Thịnh", "các xã A, B, C".

    ``head`` is the unit the word named first: a name after it that is its province ends the
    list ("huyện Bá Thước, Thanh Hóa": the district, then its province, as an address gives it).

    With ``first``, ``pos`` is at the list's marker ("như:", "là") and the first item follows it.
    Each item may carry a figure in brackets ("Sơn Động (99,9%); Lục Nam (99,7%)"); the list ends
    at the first item that is not a unit of that kind.
    """
    items: list[_Mention] = []
    while True:
        if items or not first:
            # a note, a figure, or both: "Tân Dân (huyện Đầm Dơi) đạt 55,6%; Tân Hải ..."
            if note := _LIST_NOTE.match(text, pos):
                pos = note.end()
            if figure := _LIST_FIGURE.match(text, pos):
                pos = figure.end()
                if tail := _LIST_FIGURE_TAIL.match(text, pos):
                    pos = tail.end()
        sep = (_LIST_START if first and not items else _LIST_SEP).match(text, pos)
        if sep is None:
            return items
        at, item_units, item_levels = sep.end(), units, levels
        if (word := _UNIT.match(text, at)) is not None and (
                not fold(word["u"]).startswith("tt") or word["u"].startswith("TT")):
            # an item with its own unit word: "xã Hương Gián, Trí Yên, thị trấn Neo",
            # "như: TT Gia Ray 60,1%, Xuân Hòa 62,6%"
            item_units, item_levels = _UNIT_WORDS[fold(word["u"])]
            at = word.end()
        ends = _name_ends(text, at)
        if not ends or _BODY_NAME.match(text, at) or (
                first and at == sep.end() and text[at].isdigit()) or (
                text[at].isdigit() and _DURATION_AFTER.match(text, ends[0])):
            # ("huyện Văn Yên, 6 tháng đầu năm 2021": a duration, not "huyện 6")
            # a numbered unit is listed after its word ("phường 1, 2 và 3"); in a list announced
            # by "các xã ... như:", "; 02 xã có ..." is the next clause
            return items
        mention = _longest(gazetteer, text, at, item_units, item_levels, on)
        if item_units and not first and at == sep.end():
            # "xã Bình Ninh và Phú Thịnh", "TT Gia Ray 60,1%, Xuân Hòa": a later bare item may be
            # of another unit word of the level; the article's context chooses among them
            loose = _longest(gazetteer, text, at, None, item_levels, on)
            if loose is not None and (mention is None or loose.end > mention.end):
                mention = loose
            elif loose is not None and loose.end == mention.end:
                # a unit it names under the list's word stays as written ("huyện Kiên Lương
                # ..., Phú Quốc": huyện Phú Quốc, a city only later)
                codes = {a.code for a in mention.candidates}
                mention = replace(mention, candidates=mention.candidates + tuple(
                    a for a in loose.candidates if a.code not in codes))
        if item_units and first and at == sep.end():
            # "các huyện ... như Nông Sơn, Hội An": a list announced by a plural unit word may
            # hold a city or town of the same level; its bare name is the unit it is now, not
            # one read back under the list's word ("huyện Hội An")
            loose = _longest(gazetteer, text, sep.end(), None, levels, on)
            if loose is not None and (mention is None or (
                    loose.end == mention.end
                    and {a.code for a in loose.candidates} == {a.code for a in mention.candidates}
                    and not {a.unit for a in loose.candidates} & set(units))):
                mention = loose
        # Only a whole capitalised run is an item: "Trung tâm Y tế" or "Tân Phú Hòa" ends it.
        if mention is None or (mention.end != ends[-1]
                               and not _LIST_FIGURE.match(text, mention.end)):
            return items
        if (head is not None and not items and at == sep.end() and "," in text[pos:at]
                and "và" not in text[pos:at]
                and (provinces := _lookup(gazetteer, text[at : mention.end], None, ("province",),
                                          on))
                and all(any(is_within(c, p) for p in provinces) for c in head.candidates)
                and not any(is_within(a, p) for a in _lookup(
                    gazetteer, text[at : mention.end], None, item_levels, on)
                    for p in provinces if a.unit in (item_units or ()))):
            # ("huyện Bá Thước, Thanh Hóa": the head unit, then its province, as an address
            # gives them; not "huyện Mường Ảng, Tuần Giáo và Điện Biên", nor a second item that
            # is a unit of the list's own word, "xã Long Hậu, Long An")
            return items
        before = items[-1] if items else head
        if (before is not None and "(" in text[pos:at]
                and (parents := _lookup(gazetteer, text[at : mention.end], None,
                                        ("province", "district"), on))
                and all(any(is_within(c, p) for p in parents) for c in before.candidates)):
            # "2 xã Thanh An và Thanh Lang, huyện Thanh Hà (Hải Dương)": a bracket after an item
            # that names the unit it lies in is its address, no further item
            return items
        if at != sep.end():
            mention = _Mention(sep.end(), mention.end, mention.candidates)
        items.append(mention)
        pos = mention.end
        if (at != sep.end() and not first and levels and item_levels
                and _LEVEL_RANK.get(item_levels[0], 3) < _LEVEL_RANK.get(levels[0], 3)
                and head is not None
                and any(is_within(h, c) for h in head.candidates for c in mention.candidates)):
            # "xã Hải Yến, huyện Cao Lộc, Lạng Sơn": an item of a higher level that holds the
            # head is its address; what follows is the rest of the address, no further item
            return items


def _plural_units(text: str, m: re.Match[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Unit words and levels of the kinds a list announces ("các huyện, thành phố có ... như:")."""
    words = [fold(w) for w in _PLAIN_UNIT.findall(m["kinds"])]
    units = tuple(dict.fromkeys(u for w in words for u in _UNIT_WORDS[w][0]))
    levels = tuple(dict.fromkeys(lv for w in words for lv in _UNIT_WORDS[w][1]))
    return units, levels


def _capital_runs(text: str) -> list[tuple[int, int, int]]:
    """(start, start of the second word, end) of each maximal run of capitalised words."""
    runs: list[tuple[int, int, int]] = []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text) if m[0][0].isupper()]
    start = second = prev_end = -9
    for ws, we in words:
        if text[prev_end:ws] in (" ", "-", " - ") and prev_end >= 0:
            second = ws if second < 0 else second
        else:
            if start >= 0:
                runs.append((start, second, prev_end))
            start, second = ws, -1
        prev_end = we
    if start >= 0:
        runs.append((start, second, prev_end))
    return runs


# A national hospital named after its city: "Bệnh viện Trung ương Huế", "Bệnh viện Đa khoa
# Trung ương Cần Thơ" (the name written bare after it is part of the name).
_CENTRAL_HOSPITAL = re.compile(r"(?<!\w)Bệnh viện\s+(?:Đa khoa\s+)?(?:Trung ương|TW)\s+$",
                               re.IGNORECASE)


# A post-2025 social-insurance office is named after the old unit it grew from ("BHXH cơ sở Thới
# An", "Bảo hiểm xã hội cơ sở Bến Cát"): the name is the office's, not a place of the article.
_OFFICE_NAMED_AFTER = re.compile(r"(?<!\w)(?:BHXH|Bảo hiểm xã hội)\s+cơ sở\s+$", re.IGNORECASE)


# A company named after a place: "Công ty CP Xây dựng Giao thông Thừa Thiên Huế", "Công ty TNHH
# Nam Định" (the words after "Công ty", up to a break, are its name).
# (also a private enterprise's or a cooperative's: "DNTN TM-DV Thu mua Nông sản và Thuốc lá Linh
# Trung", "Hợp tác xã Xây dựng và Dịch vụ tổng hợp Sơn Thịnh")
# (not a kind of body, "nhiều HTX ... ở Thái Nguyên", nor words of a clause: "Hợp tác xã Thành
# Công đóng BHXH cho 30 xã viên tại Quảng Trị", "HTX Thành Công - Phú Yên")
_COMPANY_NAMED_AFTER = re.compile(
    r"(?<!\w)(?<!nhiều )(?<!các )(?<!những )(?<!mô hình )(?<!\d )"
    r"(?:Công ty|DNTN|Doanh nghiệp tư nhân|HTX|Hợp tác xã)"
    r"(?:\s+(?!(?:ở|tại|cho|với|được|khác|cũng|kiểu|tham gia|trên|của|đóng|vận động|có|là|nợ"
    r"|đã|đang)(?!\w))[^\s,.;:()\[\]\"“”\-–][^\s,.;:()\[\]\"“”]*){0,10}\s+$")


def _bare_provinces(text: str, gazetteer: Gazetteer, on: dt.date | None) -> list[_Mention]:
    """Province names written alone in the body ("tại Phú Yên", "huyện Cư Jút (Đắk Nông)").

    Only a whole run of capitalised words that is a province's name counts (after a capitalised
    "Tại"/"Ở" opening a sentence), so a person ("Nguyễn Thái Bình") or a newspaper ("Báo Thái
    Bình") is not a place.
    """
    found: list[_Mention] = []
    for start, second, end in _capital_runs(text):
        if second > 0 and fold(text[start:second]).strip(" -") in _LEADS:
            start = second
        if _CENTRAL_HOSPITAL.search(text, max(0, start - 40), start):
            continue  # "Bệnh viện Trung ương Huế": a national hospital's name, not its city
        if _OFFICE_NAMED_AFTER.search(text, max(0, start - 30), start):
            continue  # "BHXH cơ sở Bến Cát": the office's name
        if _COMPANY_NAMED_AFTER.search(text, max(0, start - 80), start):
            continue  # "Công ty CP Xây dựng Giao thông Thừa Thiên Huế": the company's name
        # A dateline "ĐỒNG THÁP - Sáng 5/3" joins the name to the next word: try the head too.
        head = text.find(" - ", start, end)
        for stop in (end, head) if head > 0 else (end,):
            if fold(text[start:stop]) == _PERSON_CITY:
                # the city is written with its unit word ("TP. Hồ Chí Minh", "TP.HCM"); the name
                # alone is the person ("tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Đoàn TNCS
                # Hồ Chí Minh")
                continue
            cands = _lookup(gazetteer, text[start:stop], None, ("province",), on)
            if cands:
                found.append(_Mention(start, stop, cands))
                break
    return found


def _bare_names(
    text: str,
    gazetteer: Gazetteer,
    on: dt.date | None,
    title: tuple[int, int],
    free: Callable[[int, int], bool],
) -> list[_Mention]:
    """Runs of two or more capitalised words in the title that name a province, else a district,
    else a commune."""
    found: list[_Mention] = []
    previous_end, previous_capital = -2, False
    for m in re.finditer(r"[\w']+", text[title[0] : title[1]]):
        start, capital = title[0] + m.start(), m[0][0].isupper()
        # Only a run's first word may start a name: "Ban Bí thư" is not "Bí ...".
        run_start = capital and not (previous_capital and start == previous_end + 1)
        previous_end, previous_capital = title[0] + m.end(), capital
        if not run_start or (found and start < found[-1].end):
            continue
        if (_OFFICE_NAMED_AFTER.search(text, max(0, start - 30), start)
                or _COMPANY_NAMED_AFTER.search(text, max(0, start - 80), start)
                or _BODY_NAME.match(text, start) or _MINISTRY.match(text, start)):
            continue  # ("Bộ Y tế", "Trung tâm Y tế ...": a body's name, no "xã Bờ Y")
        for end in reversed(_name_ends(text, start)[1:]):
            if not free(start, end):
                continue
            # Province first: the city that shares its name is written "TP Bắc Giang".
            cands = next(
                (
                    found_
                    for level in _LEVEL_RANK
                    if (found_ := _lookup(gazetteer, text[start:end], None, (level,), on))
                ),
                (),
            )
            if cands:
                found.append(_Mention(start, end, cands, bare=True))
                break
    return found


def _as_written(mentions: list[_Mention], gazetteer: Gazetteer) -> list[_Mention]:
    """Every candidate under the unit words the article writes: a text that says "xã Tự Lạn"
    (a commune then, a ward in today's list) also means the xã when it names the unit bare, and
    its "huyện Việt Yên" (now a thị xã) is the commune's parent."""
    written: dict[tuple[str, str], Area] = {}
    for m in mentions:
        for area in (a for c in m.candidates for a in ancestors(c)):
            if area.code is not None and gazetteer.as_listed(area) is not None:
                written.setdefault((area.level, area.code), area)
    if not written:
        return mentions

    def rewrite(area: Area) -> Area:
        parent = rewrite(area.parent) if area.parent is not None else None
        known = written.get((area.level, area.code)) if area.code is not None else None
        base = known if known is not None and same_unit(known, area) else area
        return base if base.parent == parent else replace(base, parent=parent)

    return [
        replace(m, candidates=tuple(dict.fromkeys(rewrite(c) for c in m.candidates)))
        for m in mentions
    ]


def _related(a: Area, b: Area) -> bool:
    return is_within(a, b) or is_within(b, a)


def _support(candidate: Area, others: list[_Mention]) -> float:
    """How much the other mentions agree with ``candidate`` (each mention weighs 1)."""
    return sum(
        sum(_related(candidate, c) for c in o.candidates) / len(o.candidates) for o in others
    )


def _common_ancestor(areas: tuple[Area, ...]) -> Area:
    chains = [ancestors(a)[1:] for a in areas]
    shared = set(chains[0]).intersection(*chains[1:])
    return next((a for a in chains[0] if a in shared), NATION)


def _choose(mention: _Mention, others: list[_Mention], main: Area | None) -> Area | None:
    """The candidate the article supports, or None when the article cannot tell."""
    if len(mention.candidates) == 1:
        return mention.candidates[0]
    scored = [
        ((_support(c, others), province_of(c) == main, -_LEVEL_RANK[c.level]), c)
        for c in mention.candidates
    ]
    best = max(score for score, _ in scored)
    top = [c for score, c in scored if score == best]
    return top[0] if len(top) == 1 else None


def _retyped(gazetteer: Gazetteer, area: Area, main: Area, on: dt.date | None) -> Area | None:
    """The one commune-level unit of the article's province with ``area``'s name under another
    unit word (xã, phường, thị trấn), labelled with the word the text wrote."""
    found = [a for a in gazetteer.find(area.name, level="commune", within=main, on=on)
             if a.unit != area.unit and a.code is not None]
    return replace(found[0], unit=area.unit) if len(found) == 1 else None


def _unresolved(mention: _Mention) -> Area:
    """A mention the article cannot place: its name, unit and level, under the candidates' LCA."""
    first = mention.candidates[0]
    return Area(first.level, first.unit, first.name, _common_ancestor(mention.candidates))


def find_places(
    text: str, gazetteer: Gazetteer, on: dt.date | None
) -> tuple[tuple[Area, Span], ...]:
    """Place mentions in ``text``, each resolved to one area, with offsets into ``text``.

    ``on`` (the article's date) picks the units of before or after 1 July 2025; with no date,
    the latest day the text reports as past bounds it ("Nghị quyết ... ngày 14-11-2025"), and
    with none of those either, a commune only the new map has dates it after the reform. A
    mention the article cannot disambiguate keeps its name and unit under the candidates' common
    ancestor, with no code.
    """
    norm = normalise(text)
    on = (on or written_after(norm.text) or named_after_reform(norm.text, gazetteer)
          or said_after_reform(norm.text))
    mentions = _as_written(_mentions(norm.text, gazetteer, on), gazetteer)
    firm = [m for m in mentions if not m.bare and m.candidates]
    votes: Counter[Area] = Counter()
    for m in firm:
        provinces = {p for p in map(province_of, m.candidates) if p is not None}
        for p in provinces:
            votes[p] += 1 / len(provinces)
    ranked = votes.most_common(2)
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    resolved: dict[_Mention, Area] = {}
    for m in firm:
        chosen = _choose(m, [o for o in firm if o is not m], main)
        if chosen is None and len(m.candidates) > 1:
            # "xã Xuân Hải (Ninh Hải)": the bracket names the one candidate's district bare
            chosen = _by_bracketed_parent(norm.text, m)
        resolved[m] = chosen if chosen is not None else _unresolved(m)
    # the article's other mentions of a unit one mention placed are that unit ("xã Xuân Hải (Ninh
    # Hải)", then "UBND xã Xuân Hải")
    placed = {(a.unit, a.name): a for m, a in resolved.items() if a.code is not None}
    for m, area in resolved.items():
        if area.code is None and (known := placed.get((area.unit, area.name))) is not None and (
                known in m.candidates):
            resolved[m] = known
    # A commune the text names with a unit word it no longer bears ("xã Hồng Giang" in 2018, a
    # ward of the list since 2024) matches a namesake elsewhere, which nothing else in the
    # article supports: the article's province has it under its new word.
    retyped: dict[str, Area] = {}
    for m, area in resolved.items():
        if (main is not None and area.level == "commune" and province_of(area) != main
                and not m.bare and not _support(area, [o for o in firm if o is not m])
                and (home := _retyped(gazetteer, area, main, on)) is not None):
            resolved[m] = retyped[home.code] = home
    for m, area in resolved.items():
        if area.code in retyped and area.unit != retyped[area.code].unit:
            resolved[m] = retyped[area.code]  # "xã Tân Quang và Hồng Giang": the same commune
    for m in (m for m in mentions if m.bare):
        chosen = _bare(m, list(resolved.values()))
        if chosen is not None:
            resolved[m] = chosen
    for m in (m for m in mentions if m.misspelt and main is not None):
        chosen = _near(gazetteer, norm.text, m, main, on)
        if chosen is not None:
            # the article also writes the unit's own name ("tỉnh Quảng Ninh", then "BHXH tỉnh
            # Quang Ninh" in a source line): the misspelling is that unit, under its name
            official = [a for a in resolved.values() if a.code == chosen.code
                        and a.level == chosen.level and a.unit == chosen.unit]
            resolved[m] = official[0] if official else chosen
    communes = {m.start: a for m, a in resolved.items() if a.level == "commune"}
    found = [(m.start, m.end, resolved[m]) for m in mentions
             if m in resolved and not _wire_dateline(norm.text, m.start, m.end)]
    found += _bracketed_parents(norm.text, found)
    # an island district governed without communes ("Đảo bé, tức thôn An Bình" in huyện Lý Sơn):
    # its villages are its own
    bare_districts = {a for a in resolved.values() if gazetteer.without_communes(a)}
    found += _villages(norm.text, communes,
                       next(iter(bare_districts)) if len(bare_districts) == 1 else None)
    found += _village_lists(norm.text, sorted((m.start, m.end, a) for m, a in resolved.items()
                                              if a.level == "commune"))
    found += _village_again(norm.text, found)
    return tuple((area, Span(*norm.span(s, e))) for s, e, area in sorted(found, key=lambda f: f[0]))


def _by_bracketed_parent(text: str, mention: _Mention) -> Area | None:
    """The one candidate whose parent (or grandparent) the bracket after the mention names bare:
    "xã Xuân Hải (Ninh Hải)" is the Xuân Hải of huyện Ninh Hải."""
    m = _BRACKETED_NAME.match(text, mention.end)
    if m is None or not m["n"]:
        return None  # (only a bracket: "các xã Quang Trung, Thống Nhất" lists two communes)
    name = fold(m["n"])
    fits = [c for c in mention.candidates
            if any(a is not None and fold(a.name) == name
                   for a in (c.parent, c.parent.parent if c.parent else None))]
    return fits[0] if len(fits) == 1 else None


def _bracketed_parents(text: str, found: list[tuple[int, int, Area]]
                       ) -> list[tuple[int, int, Area]]:
    """The unit a place's bracket (or a comma ending the phrase) names, when it is the place's
    parent written bare: "thị trấn Lai Cách (Cẩm Giàng)" names huyện Cẩm Giàng too, as "(xã Vọng
    Thê, Thoại Sơn)" names huyện Thoại Sơn."""
    taken = {(s, e) for s, e, _ in found}
    out = []
    for _, end, area in found:
        m = _BRACKETED_NAME.match(text, end)
        g = "n" if m is not None and m["n"] else "c"
        if m is None or area.parent is None or (m.start(g), m.end(g)) in taken:
            continue
        if fold(m[g]) == fold(area.parent.name):
            out.append((m.start(g), m.end(g), area.parent))
    return out


# (or after a comma, where the name ends its phrase: "ấp Tân Huệ (xã Vọng Thê, Thoại Sơn)")
_BRACKETED_NAME = re.compile(
    # ("xã Nghĩa Trung, (Tư Nghĩa)": a stray comma before the bracket)
    rf"\s*(?:,\s*)?(?:\(\s*(?P<n>[{UPPERCASE}][\w']*(?: [{UPPERCASE}][\w']*){{0,3}})\s*\)"
    rf"|,\s*(?P<c>[{UPPERCASE}][\w']*(?: [{UPPERCASE}][\w']*){{0,3}})(?=\s*(?:[).;:]|$)))")


# A news agency's dateline, "Hà Nội (TTXVN 21/2) ...", opening a line: where the agency filed,
# not a place the article is about (metadata, like a byline).
_WIRE_CREDIT = re.compile(
    r"\s*\((?:TTXVN|VNA|TTXVN/VNA|VOV|VTV|VNS|ĐCSVN|NDĐT|QĐND|CAND|TTO|PV|Chinhphu\.vn)"
    r"(?![\w.])[^()\n]{0,20}\)")


def _wire_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is an agency's dateline at the head of a line."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _WIRE_CREDIT.match(text, end) is not None


# Residential units below the commune (admin-level "village"): "bản Kềm", "thôn 3", "ấp Tân
# Lập", "buôn Ea Sim", "tổ dân phố 5", a ward's "khu Quả Cảm" (not "khu Công nghiệp ..."). The
# gazetteer does not list them, so one is kept only with the commune the text places it in right
# after ("bản Kềm, xã Mường Khiêng"): its identity is that commune's, and "bản"/"làng" after
# "văn"/a count ("văn bản Hướng dẫn") never qualify.
_VILLAGE = re.compile(
    # ("Thôn Tứ Thông, xã Hợp Thành": the unit word capitalised after a comma)
    # (not a head's title before a person: "Trưởng thôn Lê Lộc")
    r"(?<!\w)(?<!văn )(?<!\d )(?<!rưởng )"
    r"(?P<u>tổ dân phố|khu phố|khóm|[tT]hôn|[ấẤ]p|bản|buôn|làng|[xX]óm|sóc"
    r"|plei|(?<![Tt]iểu )khu(?= (?!Công nghiệp|Kinh tế|Đô thị|Dân cư|Du lịch|Chế xuất)))"
    # (a name is capitalised: "liền ấp ở Ấp 15" is no "ấp ở")
    rf"\s+(?P<n>\d{{1,3}}[A-Z]?(?!\w)|[{UPPERCASE}][\w']*(?:(?: ?- ?| )[^\W_][\w']*){{0,3}})")
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n")
# A body's name where a list's next item would be: "Đơn vị nợ nhiều nhất là Trung tâm Y tế khu vực
# Phước Long" (not "phường Trung").
# (a school by its kind: "Trường Sơn" is a commune; nor "Ban", "Phòng", "Sở" alone: "xã Ban Công")
_BODY_NAME = re.compile(r"(?:Trung tâm|Bệnh viện|Trạm [Yy] tế|Công ty|Ủy ban"
                        r"|Trường (?:Tiểu học|Trung học|Trung cấp|THCS|THPT|Mầm non|Mẫu giáo"
                        r"|Phổ thông|PTDT|Đại học|Cao đẳng))(?!\w)")
_MINISTRY = re.compile(r"Bộ\s")
_DURATION_AFTER = re.compile(
    r"\s+(?:tháng|năm|ngày|quý|tuần|người|hộ|lượt|thẻ|đơn vị|xã|thôn)(?!\w)", re.IGNORECASE)
_AND_VILLAGE = re.compile(
    rf"\s+và\s+(?P<n>[{UPPERCASE}][\w']*(?: (?:[{UPPERCASE}][\w']*|\d{{1,3}})){{0,3}})")
_IN_COMMUNE = re.compile(r"\s*(?:,|-|\(|–)?\s*(?:thuộc\s+)?(?=(?:xã|phường|thị trấn)\s)",
                         re.IGNORECASE)


# The words of the slogans written after "xóm", "thôn" ("ngõ xóm Sáng - Xanh - Sạch - Đẹp").
_SLOGAN_WORDS = frozenset({"Sáng", "Xanh", "Sạch", "Đẹp", "Văn minh", "An toàn", "Thân thiện",
                           "Tươi", "Sạch đẹp", "Trật tự", "Kỷ cương", "Nghĩa tình"})


def _villages(text: str, communes: dict[int, Area], district: Area | None = None
              ) -> list[tuple[int, int, Area]]:
    """Villages named with the commune they belong to, as (start, end, area); in an article
    about a ``district`` without communes, that district's."""
    out = []
    for m in _VILLAGE.finditer(text):
        words = re.split(r"( ?- ?| )", m["n"])
        keep = 1  # the name is the run of capitalised words (or a number) after the unit word
        while keep + 2 <= len(words) and (words[keep + 1][:1].isupper()
                                          or words[keep + 1][:1].isdigit()):
            keep += 2
        name = "".join(words[:keep])
        if not (name[0].isupper() or name[0].isdigit()):
            continue  # "bản cam kết": not a village word + a name
        if name.count("-") >= 2 and all(
                part.strip() in _SLOGAN_WORDS for part in name.split("-")):
            continue  # "đường làng ngõ xóm Sáng - Xanh - Sạch - Đẹp": a slogan, no name
        end = m.start("n") + len(name)
        # ("ấp Thới Trường 1 và Thới Trường 2 thuộc xã Thới Xuân": two villages, one unit word)
        second = _AND_VILLAGE.match(text, end)
        inside = _IN_COMMUNE.match(text, second.end() if second else end)
        commune = communes.get(inside.end()) if inside else None
        if commune is None and inside is None and len(set(communes.values())) == 1:
            # "nhân viên thu tổ dân phố Tân An" in an article about one ward: that ward's
            commune = next(iter(communes.values()))
        if commune is None and inside is None:
            # "Hội LHPN xã Đức Lĩnh tặng ... cho các hội viên tại thôn Thanh Bình": the one
            # commune its own sentence named before it (among several, none: "Các xã Ia Blang,
            # Ia Pal ...; nhân viên thu thôn Plei Bông")
            earlier = {communes[at] for at in communes if at < m.start()
                       and not _SENTENCE_BREAK.search(text, at, m.start())}
            commune = next(iter(earlier)) if len(earlier) == 1 else None
        if commune is None and inside is None and not communes:
            commune = district
        if commune is None:
            continue
        unit = m["u"].lower()
        out.append((m.start(), end, Area("village", unit, name, commune)))
        if second:
            out.append((second.start("n"), second.end(), Area("village", unit, second["n"],
                                                              commune)))
    return out


def _village_again(text: str, found: list[tuple[int, int, Area]]) -> list[tuple[int, int, Area]]:
    """Later (or earlier) mentions of a village the text placed once, without its commune:
    "... tại khu phố Xà Xía, phường Mỹ Đức. Khu phố Xà Xía là địa bàn tiếp giáp ..." (the unit
    word in either case). A name two villages of the article share is left alone."""
    villages = {(a.unit.lower(), a.name): a for _, _, a in found if a.level == "village"}
    by_key: dict[tuple[str, str], set[Area]] = {}
    for _, _, a in found:
        if a.level == "village":
            by_key.setdefault((a.unit.lower(), a.name), set()).add(a)
    taken = [(s, e) for s, e, _ in found]
    out = []
    for (unit, name), area in villages.items():
        if len(by_key[(unit, name)]) > 1:
            continue
        rx = re.compile(rf"(?<!\w)(?i:{re.escape(unit)})\s+{re.escape(name)}(?![\w'])")
        for m in rx.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((m.start(), m.end(), area))
    return out


# A commune's villages listed by name after their count: "xã Mường Báng có 8 thôn đặc biệt khó
# khăn (Háng Tơ Mang, Háng Trở, ...)", or before it: "Sàng Bến và Sàng Nội là 2 thôn". The count
# must equal the number of names, which keeps any other bracket or list out.
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10}
_VILLAGE_WORD = r"thôn|bản|ấp|buôn|làng|xóm|sóc|plei|khu phố|tổ dân phố|khóm|tiểu khu"
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + ")"
_LIST_NAME = rf"[{UPPERCASE}][\w']*(?:[ -](?:[{UPPERCASE}][\w']*|\d{{1,3}}))*"
_VILLAGES_BRACKETED = re.compile(
    rf"(?<![\w,.]){_COUNT}\s+(?P<u>{_VILLAGE_WORD})(?!\w)[^()\n.;:\d]{{0,60}}?"
    r"\(\s*(?P<names>[^()\n]{3,600}?)\s*\)", re.IGNORECASE)
_VILLAGES_ARE = re.compile(
    rf"(?<!\w)(?P<names>{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})*\s+và\s+{_LIST_NAME})\s+là\s+{_COUNT}"
    rf"\s+(?P<u>{_VILLAGE_WORD})(?!\w)")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")
_LIST_ITEM = re.compile(r"\S(?:.*\S)?")
_OWN_WORD = re.compile(rf"(?i:{_VILLAGE_WORD})\s+(?=\S)")
_CLAUSE_START = re.compile(r"[.;:!?\n]")
_BARE_COMMUNE = re.compile(r"(?<!\w)(?P<u>xã|phường|thị trấn)\s+(?:có|gồm)\s*$", re.IGNORECASE)


def _village_lists(text: str, communes: list[tuple[int, int, Area]]) -> list[tuple[int, int, Area]]:
    """Villages listed by name with their count, placed in the commune named last before them
    (see _commune_before), as (start, end, area)."""
    out = []
    for rx in (_VILLAGES_BRACKETED, _VILLAGES_ARE):
        for m in rx.finditer(text):
            items = _items(m, "names")
            count = m["n"].lower()
            if len(items) != (int(count) if count.isdigit() else _COUNT_WORDS[count]):
                continue
            if not all(item.group()[:1].isupper() for item in items):
                continue
            commune = _commune_before(text, m.start(), communes, rx is _VILLAGES_ARE)
            if commune is None:
                continue
            for item in items:
                unit, name = m["u"].lower(), item.group()
                own = _OWN_WORD.match(name)  # "Bản Cáp" in a list of "thôn": a "bản" named Cáp
                if own and len(name) > own.end():
                    unit, name = own.group().strip().lower(), name[own.end():]
                out.append((item.start(), item.end(), Area("village", unit, name, commune)))
    return out


def _items(m: re.Match[str], group: str) -> list[re.Match[str]]:
    """The items of a list group: the text between commas, semicolons and "và", trimmed."""
    start, end = m.span(group)
    bounds = [start]
    for sep in _LIST_SEPARATOR.finditer(m.string, start, end):
        bounds += [sep.start(), sep.end()]
    bounds.append(end)
    found = (_LIST_ITEM.search(m.string, a, b) for a, b in zip(bounds[::2], bounds[1::2]))
    return [item for item in found if item is not None]


def _commune_before(text: str, start: int, communes: list[tuple[int, int, Area]],
                    before_count: bool) -> Area | None:
    """The commune a list of villages belongs to: the last commune named in its clause; a bare
    "thị trấn có ..." is the article's one thị trấn; a list before its count ("A và B là 2
    thôn", said of the commune the text is about) takes the last commune named before it."""
    clause = max((c.end() for c in _CLAUSE_START.finditer(text, 0, start)), default=0)
    within = [a for s, _, a in communes if clause <= s < start]
    if within:
        return within[-1]
    if bare := _BARE_COMMUNE.search(text, clause, start):
        same = {a for _, _, a in communes if a.unit == bare["u"].lower()}
        return same.pop() if len(same) == 1 else None
    if before_count:
        within = [a for s, _, a in communes if s < start]
        return within[-1] if within else None
    return None


def _near(
    gazetteer: Gazetteer, text: str, mention: _Mention, main: Area, on: dt.date | None
) -> Area | None:
    """A unit word + name the gazetteer lacks, read as a one-letter misspelling of a unit of
    the article's province ("huyện Chư Jút (Đắk Nông)" for huyện Cư Jút), if only one fits."""
    unit = mention.misspelt or ""
    name = text[mention.start : mention.end].split(" ", len(unit.split()))[-1]
    for when in (on, None) if on is not None and on >= REFORM else (on,):
        found = gazetteer.find_near(name, unit=unit, within=main, on=when)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _bare(mention: _Mention, places: list[Area]) -> Area | None:
    """A bare title name counts alone only if unique, else only if it agrees with the places."""
    if not places:
        return mention.candidates[0] if len(mention.candidates) == 1 else None
    agreeing = [c for c in mention.candidates if any(_related(c, p) for p in places)]
    return agreeing[0] if len(agreeing) == 1 else None


def local_communes(
    text: str, sentences: Sequence[Sentence], places: Sequence[tuple[Area, Span]],
    home: Area | None,
) -> list[Area | None]:
    """For each sentence, the commune a bare "xã" in it means, if the article says which.

    An article about a district that tells one commune's story ("ở thôn Hoà Vinh, xã Hành
    Phước, ... bà V. - Chủ tịch Hội Nông dân xã") means that commune: the one commune named so
    far, or, once it has named several, the last one named in the sentence's paragraph. Only a
    commune inside the home area counts; with a commune as home, there is nothing to add.
    """
    return _local_units(text, sentences, places, home, "commune")


def local_districts(
    text: str, sentences: Sequence[Sentence], places: Sequence[tuple[Area, Span]],
    home: Area | None,
) -> list[Area | None]:
    """For each sentence, the district a bare "huyện" in it means in an article about a
    province that tells one district's story ("... ở xã Phương Thạnh và xã Tân Bình, huyện Càng
    Long. Qua xác minh của Bảo hiểm xã hội huyện, ..."), as local_communes does for "xã"."""
    if home is None or home.level != "province":
        return [None] * len(sentences)
    # (only while one district has been named: two leave a bare "huyện" open)
    return _local_units(text, sentences, places, home, "district", last_of_paragraph=False)


def _local_units(
    text: str, sentences: Sequence[Sentence], places: Sequence[tuple[Area, Span]],
    home: Area | None, level: str, last_of_paragraph: bool = True,
) -> list[Area | None]:
    rank = {"nation": -1, **_LEVEL_RANK, "village": 3}
    if home is None or rank.get(home.level, 3) >= rank[level]:
        return [None] * len(sentences)
    named = sorted(((span.start, a) for a, span in places
                    if a.level == level and a.code is not None and is_within(a, home)),
                   key=lambda p: p[0])
    out: list[Area | None] = []
    for sentence in sentences:
        so_far = [(at, a) for at, a in named if at < sentence.span.end]
        codes = {a.code for _, a in so_far}
        if len(codes) == 1:
            out.append(so_far[-1][1])
            continue
        if not last_of_paragraph:
            out.append(None)
            continue
        paragraph = text.rfind("\n", 0, sentence.span.start) + 1
        here = [a for at, a in so_far if at >= paragraph]
        out.append(here[-1] if here else None)
    return out


def home_area(text: str, places: tuple[tuple[Area, Span], ...]) -> Area | None:
    """The area the article is about: the most specific place named in the title (else first),
    lifted to the nearest ancestor that agrees with at least half of the article's mentions.

    Without a place in the title, the body's own words for its area decide the level: "toàn
    tỉnh", "trên địa bàn huyện" (the unit word said most often) lift the first place to its
    ancestor of that unit word, or pick the one place of that unit word inside it.
    """
    if not places:
        return None
    areas = [a for a, _ in places]
    norm = normalise(text)
    # (a first line that ends as a sentence is the lead, not a title: "(QNO) - Ngày 9/8, BHXH
    # huyện Tiên Phước tổ chức hội nghị ... trên địa bàn xã Tiên Cảnh.")
    title = headline_range(norm.text)
    # (a first line that is a photo's caption, its credit closing it, is no title)
    if title and _PHOTO_CREDIT_END.search(norm.text[title[0] : title[1]].strip()):
        title = None
    title_span = Span(*norm.span(*title)) if title else None
    in_title = [
        a
        for a, s in places
        if title_span is not None and title_span.start <= s.start and s.end <= title_span.end
    ]
    if in_title:
        seeds = sorted(dict.fromkeys(in_title), key=lambda a: -_LEVEL_RANK.get(a.level, -1))
    elif all(_in_label_line(text, s) or _is_venue(text, s) for _, s in places) and (
            any(_in_label_line(text, s) for _, s in places)
            # (a venue alone: only when the text speaks of no local unit as its subject, "Tại
            # xã, ...", "Thủ đô có ...", "Tỉnh chủ nhà có ...")
            or (_speaks_for_nation(norm.text) and not _LOCAL_SUBJECT.search(norm.text))):
        # every place is named in a line that is no sentence, a photo's caption or a subheading
        # ("Công nhân một doanh nghiệp tại huyện Bình Chánh, TP HCM khiếu nại vì bị nợ bảo
        # hiểm"): where the picture was taken, not the article's scope, the widest unit named
        # ... unless the text says it speaks of the whole country ("độ bao phủ BHXH trên cả nước
        # ước đạt 45,1%" beside a caption "Cán bộ BHXH TPHCM tuyên truyền ..."): the nation's
        if _speaks_for_nation(norm.text):
            return NATION
        seeds = [min(areas, key=lambda a: _LEVEL_RANK.get(a.level, 9))]
    else:
        seeds = [min(places, key=lambda p: p[1].start)[0]]
    home = _agreeing(seeds, areas)
    return home if in_title else _at_own_level(home, areas, _own_unit(norm.text))


def _speaks_for_nation(text: str) -> bool:
    """Whether the text reports the whole country's figures as its own subject ("độ bao phủ
    BHXH trên cả nước ước đạt 45,1%", "cả nước có 93,35 triệu người"), and speaks of no unit as
    its own ("toàn huyện", "trên địa bàn tỉnh"): not the nation as a yardstick, a rank, a
    companion or part of a name ("cao hơn tỷ lệ chung của cả nước", "đứng thứ 5 cả nước", "cùng
    với cả nước", "hội nghị trực tuyến toàn quốc")."""
    if OWN_AREA.search(text):
        return False
    if _NATIONAL_SOURCE.search(text):
        return True  # "Theo số liệu của Bảo hiểm xã hội Việt Nam, tổng số tiền chi ... là ..."
    return any(_NATION_FIGURE.match(text, m.end())
               and not YARDSTICK_NATION.search(text, max(0, m.start() - 40), m.start())
               and not _NATION_NOT_SUBJECT.search(text, max(0, m.start() - 60), m.start())
               for m in NATIONWIDE.finditer(text))


# The nation's own figure right after it, in the same clause: "cả nước có 1,2 triệu", "trên cả
# nước ước đạt 45,1%", "toàn quốc là 93%".
_NATION_FIGURE = re.compile(
    r"[^.;:,()\n\d]{0,40}?(?<!\w)(?:có|đạt|là|lên|được)(?!\w)[^.;:()\n\d]{0,20}\d")
# Words that make the nation a yardstick, a rank, a companion or part of a name.
_NATION_NOT_SUBJECT = re.compile(
    r"(?<!\w)(?:chung|trung bình|bình quân|thứ|cùng|như|so sánh|trong|hội nghị|hội thi|đại hội"
    r"|ngày|phong trào|cuộc thi|trực tuyến)(?!\w)[^.;:,\n]{0,40}$", re.IGNORECASE)


def _in_label_line(text: str, span: Span) -> bool:
    """Whether ``span`` lies in a caption-like line: not the first line, not one that ends as a
    sentence does or with a figure, and not one whose subject is a unit ("Xã Nậm Xe nỗ lực ...",
    "Huyện Tân Yên: 95% ...", "Phường Ninh Khánh, thành phố ..."): those name the article's own.
    A line ending in a photo's credit ("... Pleiku (Gia Lai). (Ảnh: Dương Ngọc/TTXVN)") is a
    caption wherever it stands."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start : end if end >= 0 else len(text)].strip()
    if line and _PHOTO_CREDIT_END.search(line):
        return True
    return (bool(line) and start > 0 and text[:start].strip() != ""
            and line[-1] not in ".!?…:;\"”)%" and not line[-1].isdigit()
            and not _UNIT_SUBJECT.match(line))


# A photo's credit closing its caption: "(Ảnh: Dương Ngọc/TTXVN)", "Ảnh: P.V".
_PHOTO_CREDIT_END = re.compile(r"\(?\s*(?:Ảnh|Ảnh minh họa|Nguồn ảnh)\s*:[^()\n]{1,60}\)?\s*$",
                               re.IGNORECASE)
# A national agency given as the source of the figures that follow: "Theo số liệu của Bảo hiểm xã
# hội Việt Nam, tổng số tiền chi ... là hơn 68.200 tỷ đồng".
_NATIONAL_SOURCE = re.compile(
    r"(?<!\w)theo\s+(?:số liệu|báo cáo|thống kê)(?:\s+(?:mới nhất|mới đây))?\s+(?:của\s+)?"
    r"(?:Bảo hiểm xã hội Việt Nam|BHXH Việt Nam|Bộ Y tế|Tổng cục Thống kê|Bộ Lao động)"
    r"[^.;\n\d]{0,120}\d", re.IGNORECASE)
_LOCAL_SUBJECT = re.compile(
    r"(?<!\w)(?:tại|ở)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)\s*[,.]"
    r"|(?<!\w)(?:Thủ đô|tỉnh chủ nhà|thành phố chủ nhà|địa phương)(?:\s+\S+)?\s+(?:có|đạt)(?!\w)",
    re.IGNORECASE)
# The place an event was held at: "... họp báo ... do Bảo hiểm xã hội Việt Nam tổ chức ngày 27/3
# tại Hà Nội".
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tổ chức|họp báo|diễn ra|khai mạc)(?!\w)[^.;\n]{0,40}?"
                           r"(?<!\w)(?:tại|ở)\s+(?:(?:thành phố|TP\.?)\s+)?$", re.IGNORECASE)


def _is_venue(text: str, span: Span) -> bool:
    """Whether the place at ``span`` is only where an event was held."""
    return _VENUE_BEFORE.search(text, max(0, span.start - 80), span.start) is not None


# A line that opens on a unit as its subject: "Xã Nậm Xe ...", "Huyện Tân Yên: ...".
_UNIT_SUBJECT = re.compile(
    r"(?:Năm\s+\d{4},\s*)?(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)"
    rf"\s+[{UPPERCASE}]")


def _agreeing(seeds: list[Area], areas: list[Area]) -> Area:
    for seed in seeds:
        for area in ancestors(seed):
            if area.level == "nation":
                break
            # More than half: a list "các xã A, B và C" of one district is not about xã A.
            agree = sum(_related(area, p) for p in areas)
            if 2 * agree > len(areas) or len(areas) == 1:
                return area
    if len({province_of(a) for a in areas} - {None}) >= _MANY_PROVINCES:
        # "... như Nghệ An, Thanh Hóa, Thái Bình, Quảng Nam, TP Đà Nẵng ...": provinces named as
        # examples, none the article's own: it is about the nation
        return NATION
    return seeds[0]


_MANY_PROVINCES = 4


def _own_unit(text: str) -> str | None:
    """The unit word the article uses for its own area ("toàn tỉnh"), if one dominates."""
    counts = Counter(fold(m["u"]) for m in _OWN_AREA.finditer(text))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _at_own_level(home: Area, areas: list[Area], unit: str | None) -> Area:
    """``home`` moved to the unit word the article uses for itself, where the places allow."""
    if unit is None or home.unit == unit:
        return home
    above = next((a for a in ancestors(home) if a.unit == unit and a.level != "nation"), None)
    if above is not None:
        return above
    below = {a for a in areas if a.unit == unit and is_within(a, home)}
    return below.pop() if len(below) == 1 else home
