"""Issue 4: the dates of observations, from a probe of 165 invented articles (fifteenth session,
2026-12-07; docs/robustness.md, "A probe of dates").

Every sentence here is invented anew, with other places and figures than the probe's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text

D = dt.date


def _dates(body: str, published: dt.date | None, title: str = "Tin BHYT") -> dict:
    """{value: (date, basis, is_target)} of each observation."""
    return {o.value: (o.date, o.date_basis, o.is_target)
            for o in extract_text(f"{title}\n\n{body}", published).observations}


def test_a_year_reviewed_after_its_end_dates_the_results_that_follow() -> None:
    got = _dates("Ngày 9/1/2024, UBND huyện Hữu Lũng tổ chức hội nghị tổng kết công tác BHXH, "
                 "BHYT năm 2023. Toàn huyện có 118.300 người tham gia BHYT, đạt tỷ lệ bao phủ "
                 "94,1%.", D(2024, 1, 10))
    assert got[Decimal(118300)][:2] == (D(2023, 12, 31), "end_of_period")
    assert got[Decimal("94.1")][:2] == (D(2023, 12, 31), "end_of_period")


def test_a_review_within_the_year_stays_as_of_the_meeting() -> None:
    got = _dates("Ngày 5/7/2024, BHXH huyện Hữu Lũng tổ chức hội nghị sơ kết 6 tháng đầu năm 2024."
                 " Toàn huyện có 117.900 người tham gia BHYT.", D(2024, 7, 6))
    assert got[Decimal(117900)][:2] == (D(2024, 7, 5), "stated")


def test_the_past_year_of_an_article_from_the_first_months_is_the_year_before() -> None:
    got = _dates("Năm qua, huyện Tiên Du có 128.600 người tham gia BHYT, đạt tỷ lệ 95,3%.",
                 D(2025, 2, 12))
    assert got[Decimal(128600)][0] == D(2024, 12, 31)
    later = _dates("Năm qua, huyện Tiên Du có 128.600 người tham gia BHYT.", D(2025, 10, 2))
    assert later[Decimal(128600)][0] != D(2024, 12, 31)


def test_a_day_without_its_year_is_not_after_the_article() -> None:
    got = _dates("Tính đến ngày 20/11, huyện Quế Võ có 139.500 người tham gia BHYT.",
                 D(2025, 1, 8))
    assert got[Decimal(139500)][:2] == (D(2024, 11, 20), "as_of")
    # (a half-year reported just before its end stays the half-year's)
    near = _dates("6 tháng đầu năm, huyện Quế Võ có 139.800 người tham gia BHYT.", D(2025, 6, 26))
    assert near[Decimal(139800)][0] == D(2025, 6, 30)


def test_a_period_still_running_ends_with_the_article() -> None:
    got = _dates("Từ đầu năm 2023, BHXH huyện Thuận Thành đã tổ chức 27 hội nghị tuyên truyền về "
                 "BHYT.", D(2023, 5, 16))
    assert got[Decimal(27)][:2] == (D(2023, 5, 16), "publication_bound")


def test_a_long_reviews_base_year_gives_no_date() -> None:
    got = _dates("Sau 10 năm thực hiện Nghị quyết 21-NQ/TW, tỷ lệ bao phủ BHYT huyện Gia Bình đạt "
                 "96,2%, tăng 21% so với năm 2012.", D(2022, 11, 3))
    assert got[Decimal("96.2")][0] != D(2013, 12, 31)


def test_this_years_aim_after_a_sentence_on_last_year() -> None:
    got = _dates("Năm 2024, tỷ lệ bao phủ BHYT huyện Lương Tài đạt 93,4%. Năm nay, huyện phấn đấu "
                 "tỷ lệ bao phủ đạt 94%.", D(2025, 1, 20))
    assert got[Decimal(94)] == (D(2025, 12, 31), "deadline", True)


def test_a_terms_aim_is_due_at_the_terms_end() -> None:
    got = _dates("Nghị quyết Đại hội Đảng bộ huyện Gia Bình nhiệm kỳ 2020 - 2025 đề ra chỉ tiêu tỷ "
                 "lệ bao phủ BHYT đạt 97%.", D(2021, 4, 2))
    assert got[Decimal(97)] == (D(2025, 12, 31), "deadline", True)


def test_a_move_over_a_span_starts_in_its_first_year() -> None:
    got = _dates("Từ năm 2015 đến năm 2023, tỷ lệ bao phủ BHYT của huyện Thuận Thành tăng từ "
                 "71,4% lên 95,8%.", D(2024, 3, 5))
    assert got[Decimal("71.4")][0] == D(2015, 12, 31)
    assert got[Decimal("95.8")][0] == D(2023, 12, 31)


def test_a_rate_given_with_its_cause_is_still_a_level() -> None:
    """"... giảm còn 93,8% do nhiều thẻ hết hạn": expired cards are the cause, the rate a level
    (a count of expired cards is still no participants)."""
    got = _dates("Cuối năm 2024, tỷ lệ bao phủ BHYT huyện Nho Quan đạt 94,7%. Tháng 2/2025, tỷ lệ "
                 "này giảm còn 92,9% do nhiều thẻ BHYT hết hạn.", D(2025, 3, 10))
    assert got[Decimal("92.9")][0] == D(2025, 2, 28)
    expired = _dates("Năm 2024, huyện Nho Quan có 2.300 người có thẻ BHYT đã hết hạn.",
                     D(2025, 3, 10))
    assert Decimal(2300) not in expired


def test_an_aim_with_no_noun_after_a_rate_is_that_rates_aim() -> None:
    got = {(o.indicator, o.value, o.date, o.is_target) for o in extract_text(
        "Tin BHYT\n\nTính đến tháng 9/2024, huyện Kim Sơn có 158.300 người tham gia BHYT, đạt "
        "93,2% dân số. Huyện phấn đấu đến cuối năm 2024 đạt 94%.", D(2024, 10, 8)).observations}
    assert ("coverage_rate", Decimal(94), D(2024, 12, 31), True) in got
    # (not after a sentence with no rate: no indicator to aim at)
    alone = extract_text("Tin BHYT\n\nHuyện Kim Sơn đã tổ chức 12 hội nghị về BHYT. Huyện phấn đấu "
                         "đến cuối năm 2024 đạt 94%.", D(2024, 10, 8)).observations
    assert not any(o.value == Decimal(94) for o in alone)


def test_this_years_aim_reaches_no_later_year_written_after_it() -> None:
    got = {(o.value, o.date) for o in extract_text(
        "Tin BHYT\n\nNăm 2024, huyện Kim Sơn đạt tỷ lệ bao phủ BHYT 93,9%. Năm nay, huyện phấn đấu "
        "đạt 95%, đến năm 2027 đạt 96%.", D(2025, 1, 12)).observations}
    assert {(Decimal(95), D(2025, 12, 31)), (Decimal(96), D(2027, 12, 31))} <= got


def test_the_count_of_the_sentence_before_referred_back_to_later() -> None:
    got = {(o.indicator, o.value, o.scheme, o.population_group, o.date) for o in extract_text(
        "Tin BHYT\n\nNăm 2022, huyện Nga Sơn có 1.240 người tham gia BHXH tự nguyện. Đến cuối "
        "tháng 6/2023, con số này tăng lên 1.580 người.", D(2023, 7, 20)).observations}
    assert ("participants", Decimal(1580), "social_insurance", "voluntary",
            D(2023, 6, 30)) in got
    # (not after a sentence that counted no participants)
    meetings = extract_text("Tin BHYT\n\nNăm 2022, huyện Nga Sơn tổ chức 14 hội nghị về BHYT. Năm "
                            "2023, con số này là 18.", D(2023, 7, 20)).observations
    assert not any(o.value == Decimal(18) for o in meetings)


def _observations(body: str, published: dt.date | None) -> set[tuple]:
    return {(o.indicator, o.value, o.population_group, o.date, o.qualifier)
            for o in extract_text(f"Tin BHYT\n\n{body}", published).observations}


def test_each_rate_of_a_yearly_series_written_after_it_keeps_its_own_year() -> None:
    # (sixteenth session: the probe's "second figures of another date in one sentence")
    for body in ("Tỷ lệ bao phủ BHYT của huyện Kim Bảng đạt 84% năm 2019 và 89,5% năm 2021.",
                 "Tỷ lệ bao phủ BHYT của huyện Kim Bảng đạt 84% (năm 2019) và 89,5% (năm 2021)."):
        got = _observations(body, D(2022, 4, 2))
        assert ("coverage_rate", Decimal(84), None, D(2019, 12, 31), None) in got, body
        assert ("coverage_rate", Decimal("89.5"), None, D(2021, 12, 31), None) in got, body
    got = _observations("Tỷ lệ người cận nghèo tham gia BHYT của huyện Kim Bảng đạt 60% vào năm "
                        "2019, 72% vào năm 2020 và 81% vào năm 2021.", D(2022, 4, 2))
    assert {o[1:4] for o in got} == {
        (Decimal(60), "near_poor", D(2019, 12, 31)), (Decimal(72), "near_poor", D(2020, 12, 31)),
        (Decimal(81), "near_poor", D(2021, 12, 31))}


def test_a_count_moved_from_is_no_lower_bound_and_the_count_it_moved_to_keeps_its_group() -> None:
    got = _observations("Số người tham gia BHXH tự nguyện của huyện Kim Bảng tăng từ 950 người năm "
                        "2019 lên 2.140 người năm 2021.", D(2022, 4, 2))
    assert ("participants", Decimal(950), "voluntary", D(2019, 12, 31), None) in got
    assert ("participants", Decimal(2140), "voluntary", D(2021, 12, 31), None) in got
    # ("có từ 2.000 người": two thousand or more)
    got = _observations("Đến nay, huyện Kim Bảng có từ 2.000 người tham gia BHXH tự nguyện.",
                        D(2022, 4, 2))
    assert ("participants", Decimal(2000), "voluntary", D(2022, 4, 2), "at_least") in got


def test_a_deadline_after_a_cited_documents_comma_is_its_clauses() -> None:
    # ("Theo Nghị quyết số 28-NQ/TW, đến năm 2021 ...": not the document's date; "Kế hoạch số
    # 150/KH-UBND đến năm 2025" with no comma is the plan's span, part of its citation)
    got = _observations("Theo Nghị quyết số 28-NQ/TW, đến năm 2022 tỉnh Yên Bái phấn đấu có 30% "
                        "lực lượng lao động tham gia BHXH.", D(2020, 6, 1))
    assert ("coverage_rate", Decimal(30), None, D(2022, 12, 31), None) in got
