"""Vietnamese numbers, money, percentages, ratios, dates and periods (domain.md §4).

Pure parsing over *normalised* text (:func:`bhyt_kg.text.normalise`): every match reports
offsets into the string it was given. Vietnamese notation: "." groups thousands and "," is the
decimal mark ("217.536" = 217536, "94,47" = 94.47); scale words multiply ("151,3 tỷ đồng").
Dates are read before fractions, so "31/8/2018" is never the ratio 31/8.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# --- matches ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written, scaled to full units ("1 triệu" -> 1000000)."""

    value: Decimal
    start: int  # offset of the first digit
    end: int  # after the number, its scale word and its unit ("%", "đồng")
    qualifier: str | None = None  # qualifier notation ("hơn" -> more_than)
    unit: str | None = None  # "percent" or "vnd" when the text says so, else None


@dataclass(frozen=True, slots=True)
class Ratio:
    """A fraction "99.323/102.319": achieved over population or over plan."""

    numerator: Decimal
    denominator: Decimal
    start: int
    end: int
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class When:
    """A date or a period; ``date`` is the reference date (a day, an as-of date, a period end)."""

    start: int
    end: int
    date: dt.date | None
    basis: str | None  # date-basis notation: stated | as_of | end_of_period; None if vague
    period_start: dt.date | None = None
    period_end: dt.date | None = None


# --- numbers ----------------------------------------------------------------------------------

# Thousands groups first, then English-style thousands commas in two or more groups
# ("1,588,505": never a decimal), then an English-style decimal point with one or two digits
# (some portals write "94.47%"), then plain digits with a decimal comma.
# ("1.091.1 nghìn người": a decimal point typed for the comma after grouped thousands, before a
# scale word; read as 1.091,1)
_NUM = (r"\d{1,3}(?:\.\d{3}(?!\d))+\.\d(?=\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))"
        r"|\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?|\d{1,3}(?:,\d{3}(?!\d)){2,}"
        r"|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?")
# One comma before exactly three final digits ("727,215", "1.617,981"): a thousands separator
# when no "%" or scale word follows, since counts of people, cards or đồng have no thousandths
# (domain.md §4 trap: some portals write English-style thousands).
_COMMA_THOUSANDS = re.compile(r"(?:\d{1,3}(?:\.\d{3})*|\d{1,3}),\d{3}")
_NUMBER = re.compile(rf"(?<![\w.,])(?:{_NUM})(?![\d])")
_SCALES = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3, "trăm": 100}
_SCALE = re.compile(r"\s*(tỷ|tỉ|triệu|nghìn|ngàn|trăm)\b(?!\s*lệ)", re.IGNORECASE)
_SUB_SCALE = re.compile(rf"\s+({_NUM})\s*(triệu|nghìn|ngàn|trăm)\b", re.IGNORECASE)
_UNITS_LEFT = re.compile(r"\s+(\d{1,3})(?![\d.,])(?=\s+(?:người|thẻ|lượt|hộ|đối tượng|học sinh"
                         r"|lao động|đồng)(?!\w))", re.IGNORECASE)
_PERCENT = re.compile(r"\s*(?:%|phần trăm\b)", re.IGNORECASE)
# "đồng bào" (compatriots: "250 nghìn đồng bào DTTS") is people, not money.
_MONEY = re.compile(r"\s*(?:đồng\b(?!\s+bào\b)|VNĐ\b|VND\b|đ\b)", re.IGNORECASE)

QUALIFIERS = {
    "hơn": "more_than",
    "trên": "more_than",
    "vượt": "more_than",
    "gần": "nearly",
    "ngót": "nearly",
    "xấp xỉ": "about",
    "tương đương": "about",
    "khoảng": "about",
    "chừng": "about",
    "trên dưới": "about",
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "từ": "at_least",  # "từ 02 cộng tác viên" = two or more
    "dưới": "less_than",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "chưa đầy": "less_than",  # "chưa đầy 100 người": fewer than a hundred
    "không đầy": "less_than",
    "không đến": "less_than",
    "không tới": "less_than",
    "tối đa": "at_most",
    "không quá": "at_most",
}
# The qualifier words as one alternation, longest first ("chưa đến" before "đến"-less ones).
QUALIFIER_WORDS = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
_QUALIFIER = re.compile(r"(?<!\w)(" + QUALIFIER_WORDS + r")\s+$", re.IGNORECASE)


def _integral(value: Decimal) -> Decimal:
    """Whole numbers without a fractional part ("151300000000", not "1.513E+11")."""
    # int() rather than quantize(): quantize fails beyond the context's 28 digits
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def parse_number(text: str) -> Decimal:
    """Parse one Vietnamese numeral: "217.536" -> 217536, "94,47" -> 94.47, "16796".

    Raises ValueError for anything else.

    >>> parse_number("217.536"), parse_number("94,47")
    (Decimal('217536'), Decimal('94.47'))
    """
    s = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+\.\d", s):  # "1.091.1 nghìn": the last point a comma
        head, _, tail = s.rpartition(".")
        return _integral(Decimal(f"{head.replace('.', '')}.{tail}"))
    if not re.fullmatch(_NUM, s):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    if re.fullmatch(r"\d+\.\d{1,2}", s):  # decimal point, English style
        raw = s
    elif s.count(",") > 1:  # "1,588,505": commas group thousands
        raw = s.replace(",", "")
    else:
        raw = s.replace(".", "").replace(",", ".")
    try:
        return _integral(Decimal(raw))
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        raise ValueError(f"not a Vietnamese number: {text!r}") from None


def qualifier_before(text: str, start: int) -> str | None:
    """The qualifier notation written just before offset ``start`` ("hơn 143.000")."""
    m = _QUALIFIER.search(text[max(0, start - 16) : start])
    return QUALIFIERS[m.group(1).lower()] if m else None


def _occupied(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@functools.lru_cache(maxsize=4096)  # observations and find_quantities ask about one sentence
def find_ratios(text: str) -> tuple[Ratio, ...]:
    """Fractions "99.323/102.319", "16.984/16796", never a date nor a document symbol."""
    if not _DIGIT.search(text):
        return ()
    taken = [(w.start, w.end) for w in _date_like(text)]
    taken += [(w.start, w.end) for w in find_when(text, default_year=2000)]
    out: list[Ratio] = []
    for m in itertools.chain(_RATIO.finditer(text), _NAMED_RATIO.finditer(text)):
        if _occupied(taken, m.start(), m.end()):
            continue
        denominator = parse_number(m.group(m.re.groups))
        if denominator == 0:
            continue
        out.append(
            Ratio(parse_number(m.group(1)), denominator, m.start(), m.end(),
                  qualifier_before(text, m.start()))
        )
    return tuple(sorted(out, key=lambda r: r.start))


_DIGIT = re.compile(r"\d")  # every number, ratio and date has one: text without is skipped
_RATIO = re.compile(rf"(?<![\w.,/-])({_NUM})\s*/\s*({_NUM})(?![\w/]|[.,]\d)")
# ... with what it counts written on both sides: "10.955 học sinh/14.380 học sinh tham gia"
# (the ratio ends at the denominator, so the words after it are read as for a plain one).
# Cards over people ("304.666 thẻ/313.905 người, chiếm tỷ lệ 97% dân số"): one card per insured.
# Over a total written out: "1.492 người/tổng số 2.174 người", "1.492 người trên tổng số 2.174
# người dân" (the ratio then takes in "tổng số", which _ratio_facts reads).
_NAMED_RATIO = re.compile(
    rf"(?<![\w.,/-])({_NUM})\s+(?:(?P<w>người|học sinh|sinh viên|hộ|em|lao động|thẻ)|thẻ(?=\s*/\s*"
    rf"(?:{_NUM})\s+người(?!\w)))\s*(?:/\s*(?:tổng\s+số\s+)?|trên\s+tổng\s+số\s+)({_NUM})"
    rf"(?=\s+(?(w)(?P=w)|người)(?!\w))", re.IGNORECASE)
# Parts of document symbols: "34/KH-UBND", "38-CT/TW", "25/2008/QH12", "Chỉ thị số 07".
# "tổng số 89.135 hội viên", "trong số 14 triệu người" are totals and "con số 55.964 người" a
# figure, not document numbers.
_SYMBOLISH = re.compile(
    r"\d+(?:/\d+)*[/-][A-ZĐ]|(?<![Tt]ổng )(?<![Cc]on )(?<![Tt]rong )(?<![Tt]rên )(?:số|Số)\s+\d+")


_BARE_YEAR_SPAN = re.compile(
    r"(?<![\d.,/])(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?![\d/]|[.,]\d|\s*%)")


@functools.lru_cache(maxsize=4096)
def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every number that is not part of a date, a period, a ratio or a document symbol."""
    if not _DIGIT.search(text) and not _WORD_SCALED_CUE.search(text):
        return ()
    taken = [(w.start, w.end) for w in find_when(text, default_year=2000)]
    taken += [(w.start, w.end) for w in _date_like(text)]
    taken += [(r.start, r.end) for r in find_ratios(text)]
    taken += [(m.start(), m.end()) for m in _SYMBOLISH.finditer(text)]
    # (a span of years written bare, "nhiệm kỳ 2025-2030", "(2021 - 2025)": no figures)
    taken += [(m.start(), m.end()) for m in _BARE_YEAR_SPAN.finditer(text)
              if 0 < int(m["b"]) - int(m["a"]) <= 10]
    out: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        if _occupied(taken, m.start(), m.end()):
            continue
        value, end = parse_number(m.group()), m.end()
        scale = _SCALE.match(text, end)
        if scale:  # "151,3 tỷ", "2 tỷ 350 triệu"
            value *= _SCALES[scale.group(1).lower()]
            end = scale.end()
            last = _SCALES[scale.group(1).lower()]
            if last < 10**9 and (big := _SCALE.match(text, end)) and _SCALES[
                    big.group(1).lower()] > last:
                # "32 nghìn triệu đồng", "1,5 nghìn tỷ": a scale of a scale
                last = last * _SCALES[big.group(1).lower()]
                value *= _SCALES[big.group(1).lower()]
                end = big.end()
            while (sub := _SUB_SCALE.match(text, end)) and _SCALES[sub.group(2).lower()] < last:
                last = _SCALES[sub.group(2).lower()]
                value += parse_number(sub.group(1)) * last
                end = sub.end()
            if last == 1000 and (rest := _UNITS_LEFT.match(text, end)) is not None:
                value += int(rest.group(1))  # "46 ngàn 930 người": the units after the thousands
                end = rest.end(1)
        unit = None
        if pct := _PERCENT.match(text, end):
            unit, end = "percent", pct.end()
        elif money := _MONEY.match(text, end):
            unit, end = "vnd", money.end()
        if not scale and unit != "percent" and _COMMA_THOUSANDS.fullmatch(m.group()):
            value = parse_number(m.group().replace(",", "").replace(".", ""))
        qualifier = qualifier_before(text, m.start())
        out.append(Quantity(_integral(value), m.start(), end, qualifier, unit))
        taken.append((m.start(), end))
    if _WORD_SCALED_CUE.search(text):
        for m in _WORD_SCALED.finditer(text):
            if _occupied(taken, m.start(), m.end()):
                continue
            # "hơn hai triệu người", "một nghìn tỷ đồng": a number written in words, then its scale
            value = Decimal(_DIGIT_WORDS[m.group(1).lower()]) * _SCALES[m.group(2).lower()]
            end, unit = m.end(), None
            if money := _MONEY.match(text, end):
                unit, end = "vnd", money.end()
            out.append(Quantity(value, m.start(), end, qualifier_before(text, m.start()), unit))
            taken.append((m.start(), end))
        out.sort(key=lambda q: q.start)
    return tuple(out)


_DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10}
_WORD_SCALED = re.compile(
    r"(?<!\w)(" + "|".join(_DIGIT_WORDS) + r")\s+(tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)(?!\s*lệ)",
    re.IGNORECASE)
_WORD_SCALED_CUE = re.compile(r"(?<!\w)(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)", re.IGNORECASE)


# --- dates and periods --------------------------------------------------------------------------

_YEAR = r"(?:19[4-9]\d|20\d\d|21\d\d)"
# d/m/yyyy with stray spaces around the slashes ("13/ 02/2023"); d-m-yyyy and d.m.yyyy tight,
# or d - m - yyyy with one space each side of both dashes ("Chiều ngày 21 – 11 – 2022"; a range
# "2016 - 2020" has no day and month before it).
_DMY = (
    rf"(?<![\d/.,])(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>{_YEAR})(?![\d/])"
    rf"|(?<![\d/.,-])(?P<d2>\d{{1,2}})(?P<sep>[.-]|\s-\s)(?P<m2>\d{{1,2}})(?P=sep)(?P<y2>{_YEAR})"
    r"(?![\d.-]\d)"
)
_LONG = rf"(?:ngày\s+(?P<ld>\d{{1,2}})\s+tháng\s+(?P<lm>\d{{1,2}})(?:\s+năm\s+(?P<ly>{_YEAR}))?" \
        rf"|(?P<ld2>\d{{1,2}})\s+tháng\s+(?P<lm2>\d{{1,2}})\s+năm\s+(?P<ly2>{_YEAR}))"
# A bare day/month is a date only after a word that introduces one: "ngày 8/3", "đến 31/7".
_DM_CUE = r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|đến|tới|từ|trước|sau|hết)"
# ... also written with a tight dash after a word that can only introduce a date ("Ngày 1-4",
# "Tính đến 12-6"), never before a percent or a count ("từ 8-10%" is a range).
_DASH_DM = (r"-(?P<bm2>\d{1,2})(?![\d/-]|[.,]\d|\s*(?:%|phần trăm|người|thẻ|hộ|lượt|em"
            r"|xã|đơn vị|trường)(?!\w))")
_DM = (rf"(?<!\w){_DM_CUE}\s+(?:ngày\s+)?(?P<bd>\d{{1,2}})(?:\s*/\s*(?P<bm>\d{{1,2}})"
       rf"(?![\d/]|[.,]\d)|(?<=\d)(?<!từ \d)(?<!từ \d\d){_DASH_DM})")
_DATE = re.compile(rf"{_DMY}|{_LONG}|{_DM}", re.IGNORECASE)

_WORD_NUMBERS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12,
}
_COUNT = r"\d{1,2}|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR_OPT = rf"(?:\s*(?:năm\s+|/\s*)(?P<y>{_YEAR}))?"
_AND_YEAR = rf"(?:\s+(?P<y>{_YEAR}|nay))?"
_TO = r"(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:thời điểm\s+)?|(?<!\w)(?:hết|cuối)\s+)"

_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE))
    for name, rx in (
        # "năm học 2019 - 2020": a school year, September to May, dated by the year it ends
        ("school_year", rf"(?<!\w)năm học\s+(?P<a>{_YEAR})\s*[-–/]\s*(?P<b>{_YEAR})(?!\d)"),
        # "giai đoạn 2016 - 2020", "từ năm 2020 -2023", "từ năm 2020 đến năm 2023", "trong
        # nhiệm kỳ 2015-2020" (not a term in a body's or a congress's name)
        ("range", rf"(?:giai đoạn\s+|trong\s+nhiệm kỳ\s+|(?:từ\s+)?năm\s+|từ\s+)(?P<a>{_YEAR})\s*"
                  rf"(?:-|–|đến|tới)\s*"
                  rf"(?:năm\s+)?(?P<b>{_YEAR})(?!\d)"),
        ("months", rf"(?P<n>{_COUNT})\s+tháng\s+(?P<side>đầu|cuối)\s+năm{_AND_YEAR}(?!\d)"),
        # "10 tháng năm 2019": the first ten months, only with the year written
        ("months", rf"(?P<n>{_COUNT})\s+tháng\s+năm\s+(?P<y>{_YEAR}|nay)(?!\d)"),
        ("vague", rf"những\s+tháng\s+(?P<side>đầu|cuối)\s+năm{_AND_YEAR}(?!\d)"),
        ("half", rf"(?P<side>nửa\s+đầu|nửa\s+cuối)\s+năm{_AND_YEAR}(?!\d)"),
        # "đầu năm 2016 số người tham gia là ...": a stock at the start of the year (not "từ
        # đầu năm 2016 đến nay", a period, nor "6 tháng đầu năm", read above)
        ("year_start", rf"(?<!\w)(?<!từ )(?<!tháng )đầu\s+năm\s+(?P<y>{_YEAR})(?!\d)"
                       r"(?!\s*(?:đến|tới|-|–))"),
        ("to_date", rf"{_TO}(?:ngày\s+)?(?P<td>\d{{1,2}})(?:\s*/\s*(?P<tm>\d{{1,2}})"
                    rf"(?:\s*/\s*(?P<ty>{_YEAR}))?(?![\d/])|{_DASH_DM.replace('bm2', 'tm2')}"
                    # ("tính đến ngày 31.5": a dotted day and month, only after "ngày")
                    r"|(?:(?<=ngày \d)|(?<=ngày \d\d))\.(?P<tm3>\d{1,2})(?!\d|[.,]\d))"),
        ("to_quarter", rf"{_TO}quý\s+(?P<q>IV|III|II|I|[1-4])(?!\w){_YEAR_OPT}(?!\d)"),
        # "tính đến đầu tháng 7 vừa qua": as of the first day of that month
        ("to_month_start", rf"(?:tính\s+)?(?:đến|tới)\s+đầu\s+tháng\s+(?P<m>\d{{1,2}})"
                           rf"(?:(?:\s*/\s*|\s+năm\s+)(?P<y>{_YEAR}))?(?![\d/]|\s*năm\s*\d)"),
        # "đến hết tháng 11/2018"; "đến cuối tháng 9" is in the article's year
        # ("đến hết tháng 9 năm nay": of the article's year)
        # ("đến hết tháng 4-2018": a dash between month and year)
        ("to_month", rf"{_TO}tháng\s+(?P<m>\d{{1,2}})"
                     rf"(?:(?:\s*/\s*|\.|-|\s+năm\s+)(?P<y>{_YEAR}|(?<=năm )nay(?!\w)))?"
                     r"(?![\d/]|\s*năm\s*\d)"),
        # "Đến 2015, phấn đấu ...": a headline drops "năm" (not before a count: "đến 2015 người")
        ("to_year", rf"{_TO}(?:năm\s+(?P<y>{_YEAR})|(?P<y2>{_YEAR})(?!\d|[.,]\d)"
                    r"(?!\s*(?:người|thẻ|lượt|hộ|%|tỷ|triệu|nghìn|đồng)))(?!\d)"),
        # "đến năm nay": no digit to gate on, so a pattern of its own with the cue "nay"
        ("to_year_now", rf"{_TO}năm\s+(?P<y>nay)(?!\w)"),
        ("quarter", rf"quý\s+(?P<q>IV|III|II|I|[1-4])(?!\w){_YEAR_OPT}(?!\d)"),
        ("month", rf"tháng\s+(?P<m>\d{{1,2}})(?:\s*/\s*|-|\s+năm\s+)"
                  rf"(?P<y>{_YEAR}|(?<=năm )nay(?!\w))(?!\d)"),
        # "tháng cao điểm (tháng 5)", "Trong tháng 5, ...": a month of the year in question
        ("month", r"(?:(?<=\()|(?<!\w)(?:trong|riêng)\s+)tháng\s+(?P<m>\d{1,2})(?=\s*[),])"),
        ("year", rf"(?<!\w)năm\s+(?P<y>{_YEAR}|nay)(?!\d)"),
        # "từ 90% (2018) xuống còn 86,5%": a bare year in brackets after a figure, its own year
        ("year_aside", rf"(?<=%\s\()(?P<y>{_YEAR})(?=\s*\))|(?<=%\()(?P<y2>{_YEAR})(?=\s*\))"),
    )
)


# What each period pattern cannot match without (lower case), "" for a digit: most sentences
# have none of them, and a substring test is far cheaper than a regex search.
_CUES = {
    "school_year": "năm học", "year_start": "đầu",
    "range": "", "months": "tháng", "vague": "tháng", "half": "nửa", "to_date": "",
    "to_quarter": "quý", "to_month": "tháng", "to_month_start": "tháng", "to_year": "",
    "to_year_now": "nay", "quarter": "quý",
    "month": "tháng", "year": "năm", "year_aside": "(",
}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_of(value: str | None, default_year: int | None) -> int | None:
    if value is None or value.lower() == "nay":
        return default_year
    return int(value)


def _date_of(m: re.Match[str], default_year: int | None) -> dt.date | None:
    g = m.groupdict()
    for d, mo, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("ld", "lm", "ly"),
                     ("ld2", "lm2", "ly2"), ("bd", "bm", None)):
        if g.get(d):
            year = int(g[y]) if y and g.get(y) else default_year
            if year is None:
                return None
            try:
                return dt.date(year, int(g[mo] or g["bm2"]), int(g[d]))
            except ValueError:
                return None
    return None


def _date_like(text: str) -> tuple[When, ...]:
    """Spans that read as dates, whether or not a year is known (to keep them out of ratios)."""
    return tuple(
        When(_date_start(m), m.end(), None, None)
        for m in _DATE.finditer(text)
        if _date_of(m, 2000) is not None
    )


def _date_start(m: re.Match[str]) -> int:
    """Where the date itself starts: after the cue word of a bare "đến 31/7"."""
    return m.start("bd") if m.group("bd") else m.start()


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The date written in ``text`` ("07/9/2009", "13/ 02/2023", "ngày 8/3"), or None."""
    for w in find_when(text, default_year):
        if w.basis == "stated":
            return w.date
    return None


def _span_of(start: int, end: int, first: dt.date, last: dt.date) -> When:
    """A period dated by its last day."""
    return When(start, end, last, "end_of_period", first, last)


def _period(name: str, m: re.Match[str], default_year: int | None) -> When | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    if name == "school_year":
        a, b = int(g["a"]), int(g["b"])
        if b != a + 1:
            return None
        return _span_of(s, e, dt.date(a, 9, 1), dt.date(b, 5, 31))
    if name == "range":
        a, b = int(g["a"]), int(g["b"])
        if a > b:
            return None
        return When(s, e, dt.date(b, 12, 31), "end_of_period", dt.date(a, 1, 1), dt.date(b, 12, 31))
    year = _year_of(g.get("y") or g.get("y2"), default_year)
    if year is None:
        return None
    if name == "months":
        raw = g["n"].lower()
        n = _WORD_NUMBERS.get(raw) or int(raw)
        if not 1 <= n <= 12:
            return None
        if (g.get("side") or "đầu").lower() == "đầu":
            first, last = dt.date(year, 1, 1), _month_end(year, n)
        else:
            first, last = dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
        return When(s, e, last, "end_of_period", first, last)
    if name == "year_start":
        return When(s, e, dt.date(year, 1, 1), "as_of")
    if name == "half":
        if g["side"].lower().endswith("đầu"):
            return _span_of(s, e, dt.date(year, 1, 1), dt.date(year, 6, 30))
        return _span_of(s, e, dt.date(year, 7, 1), dt.date(year, 12, 31))
    if name == "vague":  # "những tháng đầu năm 2018": when it ends is not said
        if g["side"].lower() == "đầu":
            return When(s, e, None, None, dt.date(year, 1, 1), None)
        return When(s, e, None, None, None, dt.date(year, 12, 31))
    if name in ("quarter", "to_quarter"):
        q = _ROMAN[g["q"].lower()]
        first, last = dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        if name == "to_quarter":
            return When(s, e, last, "end_of_period")
        return When(s, e, last, "end_of_period", first, last)
    if name in ("month", "to_month", "to_month_start"):
        month = int(g["m"])
        if not 1 <= month <= 12:
            return None
        if name == "to_month_start":
            return When(s, e, dt.date(year, month, 1), "as_of")
        last = _month_end(year, month)
        if name == "to_month":
            return When(s, e, last, "end_of_period")
        return When(s, e, last, "end_of_period", dt.date(year, month, 1), last)
    if name in ("to_year", "to_year_now"):  # a stock at the end of the year: no period
        return When(s, e, dt.date(year, 12, 31), "end_of_period")
    if name in ("year", "year_aside"):
        return _span_of(s, e, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None  # pragma: no cover - every pattern name is handled above


# A year that opens the text or a clause: "Năm 2018, ...", "...; riêng năm 2019, ...".
_OPENING_YEAR = re.compile(
    r"(?:^|[,;:]\s*)\s*(?:(?:trong|riêng|đến|tới|tính đến|sang)\s+)?năm\s+(?P<y>\d{4})(?![\d/.-])",
    re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # called for one sentence by several extractors
def find_when(text: str, default_year: int | None = None) -> tuple[When, ...]:
    """Dates and periods in ``text``, in order and never overlapping.

    "tính đến 31/7/2018" -> as_of; "đến hết năm 2023", "năm 2019", "9 tháng đầu năm 2023",
    "quý I", "giai đoạn 2016 - 2020" -> end_of_period with the period; "ngày 07/9/2009" -> stated.
    A missing year is that of a year opening the text or one of its clauses before it ("Năm
    2018, tính đến ngày 31/5, ..."), else ``default_year``; without one such expressions are
    skipped.
    """
    found: list[When] = []
    opening = [(m.end(), int(m.group("y"))) for m in _OPENING_YEAR.finditer(text)]

    def year_at(pos: int) -> int | None:
        return next((y for end, y in reversed(opening) if end <= pos), default_year)

    taken: list[tuple[int, int]] = []

    def keep(w: When | None) -> None:
        if w is not None and not _occupied(taken, w.start, w.end):
            found.append(w)
            taken.append((w.start, w.end))

    low, digits = text.lower(), _DIGIT.search(text) is not None
    for name, rx in _PERIODS:
        if name == "quarter" and digits:  # whole dates ("ngày 7 tháng 9 năm 2009") before
            for m in _DATE.finditer(text):  # months and years
                day = _date_of(m, year_at(m.start()))
                if day is not None:
                    keep(When(_date_start(m), m.end(), day, "stated"))
        if not (_CUES[name] in low if _CUES[name] else digits):
            continue
        for m in rx.finditer(text):
            if name == "to_date":
                year = int(m.group("ty")) if m.group("ty") else year_at(m.start())
                day = _safe_date(year, int(m.group("tm") or m.group("tm2") or m.group("tm3")),
                                 int(m.group("td")))
                if day is not None:
                    keep(When(m.start(), m.end(), day, "as_of"))
                continue
            keep(_period(name, m, year_at(m.start())))
    return tuple(sorted(found, key=lambda w: w.start))
