"""Measured results and targets: counts, coverage rates, plan completion, money, visits, meetings.

Rules follow domain.md §4 and docs/code-lists.md. A sentence is cut into clauses at ";" because
one sentence often reports two schemes ("16.984/16796 người tham gia BHYT (đạt 101,12%);
114/201 người tham gia BHXH, đạt 56,72%"): the scheme, the date and the target cue of a figure
are read inside its clause. A figure is kept only when the words around it say what it counts,
so document numbers, durations ("15 năm") and tallies of awards never become observations.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..model import Area, Observation, Sentence
from ..text import normalise
from .quantities import Quantity, Ratio, When, find_quantities, find_ratios, find_when

# --- lexicons -----------------------------------------------------------------------------------

_I = re.IGNORECASE
_SCHEME = re.compile(
    r"(?<!\w)(?P<s>BHYT|bảo hiểm y tế|thẻ y tế|BHXH|bảo hiểm xã hội|BHTN|bảo hiểm thất nghiệp)"
    r"(?:\s*\((?:BHYT|BHXH|BHTN)\))?(?!\w)", _I,
)
_SCHEMES = {"bhyt": "health_insurance", "bảo hiểm y tế": "health_insurance",
            "thẻ y tế": "health_insurance", "bhxh": "social_insurance",
            "bảo hiểm xã hội": "social_insurance", "bhtn": "unemployment_insurance",
            "bảo hiểm thất nghiệp": "unemployment_insurance"}
# "BHXH huyện", "cơ quan BHXH": the agency, not the scheme.
_AGENCY_AFTER = re.compile(
    r"^\s*(?:Việt Nam|tỉnh|huyện|thị xã|thành phố|TP\b|quận|phường|xã|khu vực|cấp|các cấp)", _I)
_AGENCY_BEFORE = re.compile(r"(?:cơ quan|ngành|giám đốc|đại diện)\s+$", _I)
_SCHEME_GROUP = {"tự nguyện": "voluntary", "hộ gia đình": "households",
                 "học sinh": "students", "hssv": "students"}
_INSURANCE_CONTEXT = re.compile(r"BHYT|BHXH|BHTN|bảo hiểm|bao phủ|thẻ|tham gia", _I)

# Population groups, most specific first: a matched phrase is blanked so that "cận nghèo" is
# not also "nghèo", and "lao động tự do" not also "người lao động".
_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (g, re.compile(rx, _I)) for g, rx in (
        ("near_poor", r"cận nghèo"),
        ("poor", r"(?<!\w)(?:người |hộ )?nghèo(?!\w)"),
        ("children_under_6", r"trẻ(?: em)? (?:dưới|từ 0 đến|từ 0 - ) ?0?(?:6|sáu) tuổi"),
        ("elderly_over_80", r"(?:người (?:cao tuổi )?)?(?:từ |trên |đủ )?80 tuổi(?: trở lên)?"),
        ("students", r"học sinh|sinh viên|HSSV"),
        ("households", r"hộ gia đình"),
        ("self_employed", r"lao động tự do"),
        ("employees", r"người lao động|công nhân|lao động (?:trong|tại) (?:các )?doanh nghiệp"),
        ("fishermen", r"ngư dân|nghề biển"),
        ("ethnic_minorities", r"dân tộc thiểu số"),
        ("farmers", r"nông dân|nông,? lâm,? ngư"),
        ("civil_servants", r"cán bộ,? công chức|công chức,? viên chức"),
        ("voluntary", r"tự nguyện"),
    )
)
_GROUP_END = re.compile(r"\s(?:tham gia|có thẻ|được|đã|đều|đạt|chiếm)\b|[;:(]|,\s*đạt\b", _I)

_TARGET = re.compile(r"phấn đấu|chỉ tiêu|mục tiêu|dự kiến|hướng tới|phải đạt|đề ra", _I)
_RESULT = re.compile(r"(?<!\w)(?:đã|đến nay|hiện nay|hiện có|tính đến)(?!\w)", _I)
_PLAN_GIVEN = re.compile(
    r"(?:(?:kế hoạch|chỉ tiêu)\s+(?:được\s+)?(?:giao|đề ra)|giao\s+(?:chỉ tiêu|kế hoạch))"
    r"[^,;]{0,30}$", _I)
_PARTICIPATION = re.compile(
    r"tham gia|có thẻ|được cấp thẻ|cấp thẻ|mua (?:thẻ )?(?:BHYT|bảo hiểm)|đóng (?:BHYT|BHXH)", _I)
_BARE_COUNT = re.compile(
    r"số (?:người|dân|đối tượng|lượng người)[^;]{0,80}(?:tham gia|có thẻ)[^;]{0,60}"
    r"(?:là|đạt|có|:)\s*$", _I)
_POPULATION = re.compile(r"(?:dân số|số dân|tổng số dân)[^,;]{0,30}(?:là|có|:)?\s*$", _I)
_COVERAGE_BEFORE = re.compile(r"bao phủ|tỷ lệ|chiếm\s*$", _I)
_COVERAGE_AFTER = re.compile(r"^\s*(?:tổng\s+)?(?:dân số|người dân|nhân dân|số dân|dân)(?!\w)", _I)
_PLAN_AFTER = re.compile(r"^\s*\)?\s*(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu)(?!\w)", _I)
_REACHED = re.compile(r"(?:^|[\s(,])đạt(?: được)?(?: tỷ lệ)?\s*\(?\s*$", _I)
_CHANGE = re.compile(r"(?:tăng|giảm|tăng thêm|giảm còn|giảm xuống)(?:\s+\w+){0,2}\s*$", _I)
_PEOPLE = re.compile(r"^\s*(?:người|nhân khẩu|đối tượng|lao động|học sinh|sinh viên|hộ)(?!\w)", _I)
_VISITS = re.compile(r"^\s*lượt(?:\s+người)?(?!\w)", _I)
_CARE = re.compile(r"khám|KCB|chữa bệnh|điều trị", _I)
_ATTEND = re.compile(r"^\s*lượt(?:\s+người)?\s+(?:tham dự|dự|tham gia)", _I)
_MEETINGS = re.compile(
    r"^\s*(?:buổi|cuộc)\s+(?:họp|hội nghị|tuyên truyền|đối thoại|sinh hoạt|nói chuyện|truyền thông)"
    r"|^\s*hội nghị(?!\w)", _I)
_REVENUE = re.compile(r"(?<!\w)thu(?!\w)(?!\s+(?:hút|nhập|thập|hồi|gom|hoạch|xếp|nhận))", _I)
_EXPENSE = re.compile(r"(?<!\w)chi(?!\w)(?!\s+(?:bộ|hội|nhánh|tiết|cục|đoàn|đội|tiêu kế))", _I)
# A date just after a document's symbol or number is the document's, not the figure's.
_CITED = re.compile(
    r"(?:\d+[-/][A-ZĐ][\w&/-]*|(?:chỉ thị|nghị quyết|kế hoạch|quyết định|công văn|thông tư"
    r"|nghị định|hướng dẫn)\s+(?:số\s+)?\d+)\s*,?\s*(?:ban hành\s+)?(?:ngày\s*)?$", _I)


# --- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fact:
    """An observation before its date and area are known (offsets into the sentence)."""

    indicator: str
    value: Decimal
    unit: str
    at: int
    qualifier: str | None = None
    group: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    scheme_free: bool = False  # meetings: no scheme unless the clause names one


def _groups(region: str) -> list[str]:
    """Population groups named in ``region``, in text order."""
    found: list[tuple[int, str]] = []
    for group, rx in _GROUPS:
        for m in rx.finditer(region):
            found.append((m.start(), group))
            region = region[: m.start()] + " " * (m.end() - m.start()) + region[m.end() :]
    return list(dict.fromkeys(g for _, g in sorted(found)))


def _group_list(text: str, start: int) -> list[str]:
    """Groups listed right after ``start`` ("100% người nghèo, người cận nghèo, ...")."""
    end = _GROUP_END.search(text, start)
    region = text[start : end.start() if end else len(text)]
    groups = _groups(region)
    first = min((m.start() for _, rx in _GROUPS if (m := rx.search(region))), default=99)
    return groups if first <= 3 else []


def _scheme_group(text: str, end: int) -> str | None:
    """A group attached to the scheme word that follows a count ("tham gia BHXH tự nguyện")."""
    m = re.match(r"[^,;.]{0,40}?(?:BHYT|BHXH|bảo hiểm y tế|bảo hiểm xã hội)\s+"
                 r"(tự nguyện|hộ gia đình|học sinh|HSSV)", text[end:], _I)
    return _SCHEME_GROUP[m.group(1).lower()] if m else None


def _clause_facts(text: str, cs: int, ce: int, figures: list[Quantity | Ratio]) -> list[_Fact]:
    """Read the figures of one clause ``text[cs:ce]`` into facts."""
    facts: list[_Fact] = []
    used: set[int] = set()  # percentages already read with their ratio
    last_count = False  # the previous figure counted participants ("..., đạt 96,52%")
    prev_end = cs  # end of the last figure that meant something ("năm học 2023" does not)
    for k, fig in enumerate(figures):
        if k in used:
            continue
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        window = _Window(text[prev_end : fig.start], text[cs : fig.start],
                         text[fig.end : min(nxt.start if nxt else ce, fig.end + 80)])
        if isinstance(fig, Ratio):
            got, is_count = _ratio_facts(text, fig, nxt, window), True
            if got and len(got) == 3:
                used.add(k + 1)
        else:
            got, is_count = _quantity_facts(text, cs, ce, fig, nxt, window, last_count)
        if got:
            facts.extend(got)
            prev_end = fig.end
        last_count = bool(got) and is_count
    return facts


@dataclass(frozen=True, slots=True)
class _Window:
    """The words around a figure inside its clause."""

    before: str  # since the previous figure that meant something
    upto: str  # since the start of the clause
    after: str  # up to the next figure (at most 80 characters)


def _ratio_facts(text: str, fig: Ratio, nxt: Quantity | Ratio | None, w: _Window) -> list[_Fact]:
    """ "99.323/102.319 người ... đạt tỷ lệ 97,07%": count, population or plan, and the rate."""
    if not _PEOPLE.match(w.after):
        return []
    group = _scheme_group(text, fig.end)
    facts = [_Fact("participants", fig.numerator, "person", fig.start, fig.qualifier, group)]
    rate = nxt if isinstance(nxt, Quantity) and nxt.unit == "percent" else None
    share = fig.numerator * 100 / fig.denominator
    if rate is not None and abs(share - rate.value) > Decimal("0.6"):
        rate = None  # a percentage of something else
    around = text[fig.end : rate.end + 15 if rate else fig.end + 60]
    # of the population when the text says so (and it cannot exceed it), else of the plan
    coverage = bool(re.search(r"dân số|bao phủ|tỷ lệ", around, _I)) and share <= 100
    facts.append(_Fact("population" if coverage else "plan_participants", fig.denominator,
                       "person", fig.start, None, group))
    if rate is not None:
        indicator = "coverage_rate" if coverage else "plan_completion"
        facts.append(_Fact(indicator, rate.value, "percent", rate.start, rate.qualifier, None,
                           fig.numerator, fig.denominator))
    return facts


def _quantity_facts(
    text: str, cs: int, ce: int, q: Quantity, nxt: Quantity | Ratio | None, w: _Window,
    last_count: bool,
) -> tuple[list[_Fact], bool]:
    """Facts of one number, and whether it counted participants."""
    if q.unit == "vnd":
        thu = [m.start() for m in _REVENUE.finditer(w.upto)]
        chi = [m.start() for m in _EXPENSE.finditer(w.upto)]
        if not (thu or chi):
            return [], False
        kind = "fund_revenue" if max(thu, default=-1) > max(chi, default=-1) else "fund_expenditure"
        return [_Fact(kind, q.value, "vnd", q.start, q.qualifier)], False
    if q.unit == "percent":
        return _rate(text, q, w.before, w.after, last_count), False
    # a bare count: the word after it says what it counts
    if _VISITS.match(w.after):
        if _ATTEND.match(w.after):
            return [_Fact("meeting_attendance", q.value, "person", q.start, q.qualifier,
                          scheme_free=True)], False
        if _CARE.search(text[cs:ce]):
            return [_Fact("insured_visits", q.value, "visit", q.start, q.qualifier)], False
        return [], False
    if _MEETINGS.match(w.after):
        held = _Fact("meetings_held", q.value, "meeting", q.start, q.qualifier, scheme_free=True)
        return [held], False
    people = _PEOPLE.match(w.after)
    if people is None:
        if _BARE_COUNT.search(w.upto):  # "số dân tham gia BHYT ... là 16.645"
            return [_Fact("participants", q.value, "person", q.start, q.qualifier)], True
        return [], False
    household = people.group().strip().lower() == "hộ" and not re.match(
        r"\s*hộ gia đình", w.after, _I)
    unit = "household" if household else "person"
    group = (_group_list(text, q.end + people.start()) or [None])[0] or _scheme_group(text, q.end)
    rate_follows = (
        isinstance(nxt, Quantity) and nxt.unit == "percent"
        and re.search(r"(?:đạt|chiếm)[^,;]{0,20}$", text[q.end : nxt.start], _I) is not None
    )
    if _PLAN_GIVEN.search(w.upto):
        return [_Fact("plan_participants", q.value, unit, q.start, q.qualifier, group)], False
    if _POPULATION.search(w.before):
        return [_Fact("population", q.value, unit, q.start, q.qualifier)], False
    if _PARTICIPATION.search(w.upto) or _PARTICIPATION.search(w.after[:60]) or rate_follows:
        return [_Fact("participants", q.value, unit, q.start, q.qualifier, group)], True
    return [], False


def _group_rates(q: Quantity, groups: list[str]) -> list[_Fact]:
    """One group coverage rate per group the percentage is about."""
    return [_Fact("group_coverage_rate", q.value, "percent", q.start, q.qualifier, g)
            for g in groups]


def _rate(text: str, q: Quantity, before: str, after: str, last_count: bool) -> list[_Fact]:
    """A percentage: of a population group, of the plan, or of the population."""
    if _CHANGE.search(before) or re.match(r"^\s*so với cùng kỳ", after, _I):
        return []  # a change, not a level
    groups = _group_list(text, q.end)
    if groups:
        return _group_rates(q, groups)
    if _PLAN_AFTER.match(after):
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier)]
    ratio_of = re.search(r"tỷ lệ\s+(?:tham gia BHYT\s+của\s+)?(.{0,60})$", before, _I)
    if ratio_of:
        named = _groups(re.split(r"\s(?:tham gia|có thẻ|đạt)\b", ratio_of.group(1), maxsplit=1)[0])
        if named:
            return _group_rates(q, named)
    if _COVERAGE_AFTER.match(after) or _COVERAGE_BEFORE.search(before):
        if q.value > 100:
            return []
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if _REACHED.search(before) and last_count:
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier)]
    return []


# --- schemes, targets, dates ----------------------------------------------------------------------


def _schemes(text: str, cs: int, ce: int) -> list[tuple[int, str]]:
    out = []
    for m in _SCHEME.finditer(text, cs, ce):
        preceding = text[max(0, m.start() - 20) : m.start()]
        if _AGENCY_AFTER.match(text, m.end()) or _AGENCY_BEFORE.search(preceding):
            continue
        out.append((m.start(), _SCHEMES[m.group("s").lower()]))
    return out


def _nearest(at: int, mentions: list[tuple[int, str]]) -> str | None:
    return min(mentions, key=lambda m: abs(m[0] - at))[1] if mentions else None


def _is_target(text: str, cs: int, at: int) -> bool:
    """A target cue before the figure in its clause, with no result marker in between."""
    cues = list(_TARGET.finditer(text, cs, at))
    if not cues:
        return False
    return not _RESULT.search(text, cues[-1].end(), at)


def _pick(whens: list[When], at: int) -> When | None:
    """The clause's date for a figure at ``at``: the nearest before it, else the first after."""
    before = [w for w in whens if w.end <= at]
    return before[-1] if before else next((w for w in whens if w.start >= at), None)


_YEAR_RX = re.compile(r"(?<![\d/])(?:19[4-9]\d|20\d\d)(?![\d/])")


def extract_observations(
    sentences: Sequence[Sentence],
    text: str,
    home: Area | None,
    published: dt.date | None,
) -> tuple[Observation, ...]:
    """Results and targets stated in the sentences, each with its sentence as evidence."""
    out: list[Observation] = []
    carry: When | None = None  # the last result date of the paragraph
    article_year: int | None = None
    paragraph_year: int | None = None
    previous_end: int | None = None
    for sentence in sentences:
        if previous_end is not None and "\n" in text[previous_end : sentence.span.start]:
            carry, paragraph_year = None, None
        previous_end = sentence.span.end
        norm = normalise(sentence.text).text
        default_year = paragraph_year or (published.year if published else None) or article_year
        years = _YEAR_RX.findall(norm)
        if years:
            paragraph_year = article_year = int(years[-1])
        insurance = bool(_INSURANCE_CONTEXT.search(norm))
        whens = [
            w for w in find_when(norm, default_year)
            if w.date is not None and not _CITED.search(norm[max(0, w.start - 40) : w.start])
        ]
        ratios = list(find_ratios(norm))
        figures: list[Quantity | Ratio] = sorted(
            [*ratios, *find_quantities(norm)], key=lambda f: f.start
        )
        scheme_before: str | None = None
        cs = 0
        for ce in [m.start() for m in re.finditer(";", norm)] + [len(norm)]:
            inside = [f for f in figures if cs <= f.start < ce]
            clause_whens = [w for w in whens if cs <= w.start < ce]
            mentions = _schemes(norm, cs, ce)
            # meetings need no insurance word in their sentence; every other figure does
            facts = [f for f in _clause_facts(norm, cs, ce, inside) if insurance or f.scheme_free]
            for fact in facts:
                # the nearest scheme in the clause, else the one the sentence was talking about
                if fact.scheme_free:  # a meeting is about a scheme only if its own phrase says so
                    lo = norm.rfind(",", cs, fact.at) + 1 or cs
                    hi = min([i for i in (norm.find(",", fact.at, ce),) if i >= 0] or [ce])
                    scheme = _nearest(fact.at, [m for m in mentions if lo <= m[0] < hi])
                else:
                    scheme = _nearest(fact.at, mentions) or scheme_before
                if scheme is None and not fact.scheme_free:
                    scheme = "health_insurance"  # the genre's default: coverage means BHYT
                # a plan figure is the yardstick of a result, never a target itself
                target = fact.indicator != "plan_participants" and _is_target(norm, cs, fact.at)
                when = _pick(clause_whens, fact.at)
                if target:
                    date, basis = (
                        (when.date, "deadline") if when else (published, "publication_bound"))
                    start = end = None
                else:
                    if when is not None:
                        carry = when
                    else:
                        when = carry
                    if when is not None:
                        date, basis = when.date, when.basis
                        start, end = when.period_start, when.period_end
                    else:
                        date, basis, start, end = published, "publication_bound", None, None
                out.append(
                    Observation(
                        indicator=fact.indicator, value=fact.value, unit=fact.unit,
                        span=sentence.span, scheme=scheme, area=home, date=date,
                        period_start=start, period_end=end,
                        date_basis=basis if date is not None else None,
                        qualifier=fact.qualifier, population_group=fact.group,
                        is_target=target, numerator=fact.numerator, denominator=fact.denominator,
                    )
                )
            if mentions:
                scheme_before = mentions[-1][1]
            cs = ce + 1
    return _dedupe(out)


def _dedupe(observations: list[Observation]) -> tuple[Observation, ...]:
    """One observation per (indicator, scheme, group, date, target, value); a figure repeated
    without a date (a title restating the text) yields to its dated statement."""
    seen: dict[tuple[object, ...], Observation] = {}
    for ob in observations:
        key = (ob.indicator, ob.scheme, ob.population_group, ob.date, ob.is_target, ob.value)
        seen.setdefault(key, ob)
    dated = {
        (o.indicator, o.scheme, o.population_group, o.is_target, o.value)
        for o in seen.values() if o.date_basis not in (None, "publication_bound")
    }
    return tuple(
        o for o in seen.values()
        if o.date_basis not in (None, "publication_bound")
        or (o.indicator, o.scheme, o.population_group, o.is_target, o.value) not in dated
    )

