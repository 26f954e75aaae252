"""Vietnamese numbers, money, ratios, dates and periods (bhyt_kg/extract/quantities.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bhyt_kg.extract.quantities import (
    find_quantities,
    find_ratios,
    find_when,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("217.536", Decimal(217536)),
        ("94,47", Decimal("94.47")),
        ("16796", Decimal(16796)),
        ("1.152.300", Decimal(1152300)),
        ("1.234,5", Decimal("1234.5")),
        ("94.47", Decimal("94.47")),  # English-style decimal point: two digits cannot be a group
        ("0", Decimal(0)),
    ],
)
def test_parse_number(written: str, value: Decimal) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("bad", ["", "abc", "12a", "1..2", "-5"])
def test_parse_number_refuses_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)


def one(text: str):
    (q,) = find_quantities(text)
    return q


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("hơn 1 triệu lượt người", Decimal(1_000_000), None, "more_than"),
        ("là 151,3 tỷ đồng", Decimal(151_300_000_000), "vnd", None),
        ("là  hơn 267 tỷ đồng", Decimal(267_000_000_000), "vnd", "more_than"),
        ("chi 28 tỷ 400 triệu đồng", Decimal(28_400_000_000), "vnd", None),
        ("khoảng 2,5 nghìn người", Decimal(2500), None, "about"),
        ("gần 3 ngàn hộ", Decimal(3000), None, "nearly"),
        ("chiếm 94,47% dân số", Decimal("94.47"), "percent", None),
        ("đạt trên 85 %", Decimal(85), "percent", "more_than"),
        ("ít nhất 90 phần trăm", Decimal(90), "percent", "at_least"),
        ("tối thiểu 70%", Decimal(70), "percent", "at_least"),
        ("dưới 5% dân số", Decimal(5), "percent", "less_than"),
        ("tối đa 20 người", Decimal(20), None, "at_most"),
        ("50 triệu VNĐ", Decimal(50_000_000), "vnd", None),
    ],
)
def test_quantities_with_scale_unit_and_qualifier(text, value, unit, qualifier) -> None:
    q = one(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


def test_quantity_offsets_cover_number_scale_and_unit() -> None:
    text = "Tổng số thu quỹ BHYT là 151,3 tỷ đồng."
    q = one(text)
    assert text[q.start : q.end] == "151,3 tỷ đồng"


def test_ty_le_is_not_a_scale_word() -> None:
    # "tỷ lệ" (rate) after a number must not multiply it by a billion
    (q, _) = find_quantities("có 5 tỷ lệ khác nhau, đạt 9%")
    assert q.value == 5 and q.unit is None


def test_ratios_and_their_qualifier() -> None:
    text = "đạt 16.984/16796 người; 99.323/102.319 người; hơn 114/201 người"
    got = [(r.numerator, r.denominator, r.qualifier) for r in find_ratios(text)]
    assert got == [
        (Decimal(16984), Decimal(16796), None),
        (Decimal(99323), Decimal(102319), None),
        (Decimal(114), Decimal(201), "more_than"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến hết ngày 31/8/2018, toàn huyện",
        "Kế hoạch số 34/KH-UBND ngày 13/ 02/2023",
        "Chỉ thị 38-CT/TW, ngày 07/9/2009",
        "Luật số 25/2008/QH12",
        "Chiều ngày 8/3, Ban Thường vụ",
        "tính đến 31/7 vừa qua",
        "tháng 9/2023",
    ],
)
def test_dates_and_symbols_are_not_ratios(text: str) -> None:
    assert find_ratios(text) == ()


def test_document_numbers_dates_and_years_are_not_quantities() -> None:
    text = "Chỉ thị số 07, Kế hoạch 34/KH-UBND ngày 13/02/2023, năm 2019, giai đoạn 2016 - 2020"
    assert find_quantities(text) == ()


def test_bare_counts_are_found_without_unit() -> None:
    values = [q.value for q in find_quantities("15 năm, 10 tập thể và 2 kế hoạch")]
    assert values == [15, 10, 2]  # the extractor decides they count nothing it wants


W = dt.date


@pytest.mark.parametrize(
    ("text", "written", "date", "basis", "period"),
    [
        ("Tính đến hết năm 2023, toàn huyện", "Tính đến hết năm 2023", W(2023, 12, 31), "end_of_period", None),
        ("phấn đấu đến cuối năm 2018, đạt", "đến cuối năm 2018", W(2018, 12, 31), "end_of_period", None),
        ("tính đến 31/7/2018, toàn thị xã", "tính đến 31/7/2018", W(2018, 7, 31), "as_of", None),
        ("Tính đến hết ngày 31/8/2018,", "Tính đến hết ngày 31/8/2018", W(2018, 8, 31), "as_of", None),
        ("Năm 2022 trên địa bàn", "Năm 2022", W(2022, 12, 31), "end_of_period", (W(2022, 1, 1), W(2022, 12, 31))),
        ("Trong 09 tháng đầu năm 2023 vừa qua", "09 tháng đầu năm 2023", W(2023, 9, 30), "end_of_period",
         (W(2023, 1, 1), W(2023, 9, 30))),
        ("trong 6 tháng đầu năm 2022", "6 tháng đầu năm 2022", W(2022, 6, 30), "end_of_period",
         (W(2022, 1, 1), W(2022, 6, 30))),
        ("sáu tháng đầu năm 2020", "sáu tháng đầu năm 2020", W(2020, 6, 30), "end_of_period",
         (W(2020, 1, 1), W(2020, 6, 30))),
        ("03 tháng cuối năm 2023", "03 tháng cuối năm 2023", W(2023, 12, 31), "end_of_period",
         (W(2023, 10, 1), W(2023, 12, 31))),
        ("trong quý I/2024", "quý I/2024", W(2024, 3, 31), "end_of_period", (W(2024, 1, 1), W(2024, 3, 31))),
        ("quý III năm 2021", "quý III năm 2021", W(2021, 9, 30), "end_of_period", (W(2021, 7, 1), W(2021, 9, 30))),
        ("giai đoạn 2016 - 2020", "giai đoạn 2016 - 2020", W(2020, 12, 31), "end_of_period",
         (W(2016, 1, 1), W(2020, 12, 31))),
        ("từ năm 2020 -2023 là", "từ năm 2020 -2023", W(2023, 12, 31), "end_of_period",
         (W(2020, 1, 1), W(2023, 12, 31))),
        ("từ năm 2015 đến năm 2019", "từ năm 2015 đến năm 2019", W(2019, 12, 31), "end_of_period",
         (W(2015, 1, 1), W(2019, 12, 31))),
        ("trong tháng 9/2023", "tháng 9/2023", W(2023, 9, 30), "end_of_period", (W(2023, 9, 1), W(2023, 9, 30))),
        ("ngày 07/9/2009 của Ban Bí thư", "07/9/2009", W(2009, 9, 7), "stated", None),
        ("ngày 13/ 02/2023 của", "13/ 02/2023", W(2023, 2, 13), "stated", None),
        ("ngày 7 tháng 9 năm 2009", "ngày 7 tháng 9 năm 2009", W(2009, 9, 7), "stated", None),
        ("họp ngày 13-02-2023", "13-02-2023", W(2023, 2, 13), "stated", None),
    ],
)
def test_dates_and_periods(text, written, date, basis, period) -> None:
    (w,) = find_when(text, default_year=1999)
    assert text[w.start : w.end] == written
    assert (w.date, w.basis) == (date, basis)
    assert (w.period_start, w.period_end) == (period or (None, None))


def test_a_missing_year_comes_from_default_year() -> None:
    (w,) = find_when("Chiều ngày 8/3, Ban Thường vụ", default_year=2024)
    assert (w.date, w.basis) == (W(2024, 3, 8), "stated")
    (w,) = find_when("Trong 09 tháng đầu năm, các khóm", default_year=2023)
    assert (w.period_start, w.date) == (W(2023, 1, 1), W(2023, 9, 30))
    (w,) = find_when("đến hết năm nay", default_year=2021)
    assert w.date == W(2021, 12, 31)
    # with no year known, a yearless date is not guessed
    assert find_when("Chiều ngày 8/3", default_year=None) == ()


def test_vague_period_has_a_start_but_no_date() -> None:
    (w,) = find_when("những tháng đầu năm 2018 và", default_year=None)
    assert (w.period_start, w.period_end, w.date, w.basis) == (W(2018, 1, 1), None, None, None)


def test_invalid_dates_are_not_dates() -> None:
    assert find_when("ngày 31/2/2020", default_year=None) == ()
    assert parse_date("ngày 07/9/2009") == W(2009, 9, 7)
    assert parse_date("không có ngày") is None


# --- properties ---------------------------------------------------------------------------------


def vietnamese(n: int) -> str:
    """Format an int with "." between groups of three, as Vietnamese text does."""
    return f"{n:,}".replace(",", ".")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_any_int_formatted_vietnamese_style_parses_back(n: int) -> None:
    assert parse_number(vietnamese(n)) == n
    (q,) = find_quantities(f"toàn tỉnh có {vietnamese(n)} người tham gia")
    assert q.value == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_any_decimal_with_comma_parses_back(whole: int, cents: int) -> None:
    written = f"{vietnamese(whole)},{cents:02d}"
    assert parse_number(written) == Decimal(f"{whole}.{cents:02d}")


dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


@settings(max_examples=200, deadline=None)
@given(dates, st.booleans(), st.sampled_from(["ngày ", "", "tính đến "]))
def test_any_date_formatted_d_m_yyyy_parses_back(day: dt.date, padded: bool, cue: str) -> None:
    written = f"{day.day:02d}/{day.month:02d}/{day.year}" if padded else f"{day.day}/{day.month}/{day.year}"
    (w,) = find_when(f"Báo cáo {cue}{written}, toàn huyện", default_year=None)
    assert w.date == day
    assert w.basis == ("as_of" if cue.startswith("tính") else "stated")


@settings(max_examples=200, deadline=None)
@given(dates, st.sampled_from(["", "ngày ", "đến "]))
def test_numbers_never_read_a_date_as_a_ratio(day: dt.date, cue: str) -> None:
    text = f"Có 12 người, {cue}{day.day}/{day.month}/{day.year} và {cue}{day.day}/{day.month}."
    assert find_ratios(text) == () or cue == ""  # bare "d/m" without a cue may be a fraction
    assert all(r.denominator != day.year for r in find_ratios(text))
    assert [q.value for q in find_quantities(text)] == [12]


def test_first_months_written_without_dau() -> None:
    (w,) = find_when("Trong 7 tháng năm 2022, toàn tỉnh", default_year=None)
    assert (w.period_start, w.date, w.basis) == (W(2022, 1, 1), W(2022, 7, 31), "end_of_period")
    # a duration with no year is no period
    assert find_when("sau 7 tháng năm", default_year=2022) == ()


def test_end_of_a_month_without_a_year() -> None:
    for text in ("Tính đến cuối tháng 8, xã", "Hết tháng 4, toàn huyện", "đến hết tháng 12 vừa qua"):
        (w,) = find_when(text, default_year=2017)
        assert w.basis == "end_of_period" and w.date.year == 2017, text
    (w,) = find_when("đến hết tháng 2, huyện", default_year=2024)
    assert w.date == W(2024, 2, 29)
    assert find_when("Tính đến cuối tháng 8, xã", default_year=None) == ()


def test_tuong_duong_is_about() -> None:
    (q,) = find_quantities("đạt tỷ lệ tương đương 81,5%")
    assert (q.value, q.qualifier, q.unit) == (Decimal("81.5"), "about", "percent")
