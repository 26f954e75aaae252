"""Issue 4: ordinary sentence shapes that a broad probe of the extractor found misread
(180 invented articles written with their expected observations before the run; thirteenth
session, 2026-12-07; docs/robustness.md, "A broad probe of ordinary sentences").

Every sentence here is invented again, with other places and figures than the probe's. Set in
tỉnh Thái Bình, tỉnh Hà Nam, tỉnh Sơn La and tỉnh Vĩnh Long (before the 2025 reform).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text

D = dt.date
_JANUARY_2024 = D(2024, 1, 10)


def _found(body: str, published: dt.date | None = _JANUARY_2024) -> set[tuple]:
    """(indicator, value, scheme, population group, is_target, qualifier) of each observation."""
    result = extract_text(f"Tin BHYT\n\n{body}", published)
    return {(o.indicator, o.value, o.scheme, o.population_group, o.is_target, o.qualifier)
            for o in result.observations}


def test_a_share_so_voi_dan_so_is_coverage() -> None:
    got = _found("Năm 2023, huyện Kiến Xương có 190.400 người tham gia BHYT, đạt 91,4% so với "
                 "dân số.")
    assert ("coverage_rate", Decimal("91.4"), "health_insurance", None, False, None) in got


def test_a_local_agency_collecting_names_no_scheme() -> None:
    got = _found("Năm 2023, BHXH huyện Kiến Xương thu được 412 tỷ đồng, đạt 101,3% kế hoạch.")
    assert {("fund_revenue", Decimal(412 * 10**9), None, None, False, None),
            ("plan_completion", Decimal("101.3"), None, None, False, None)} <= got


def test_a_breakdown_after_a_count_in_the_same_sentence_keeps_its_groups() -> None:
    got = _found("Năm 2023, huyện Lý Nhân có 160.200 người tham gia BHYT; trong đó học sinh "
                 "27.100 em, hộ gia đình 39.800 người.")
    assert {("participants", Decimal(27100), "health_insurance", "students", False, None),
            ("participants", Decimal(39800), "health_insurance", "households", False,
             None)} <= got


def test_coordinated_counts_share_the_predicate_after_the_last() -> None:
    got = _found("Năm 2023, huyện Lý Nhân có 1.840 người nghèo và 2.970 người cận nghèo có thẻ "
                 "BHYT.")
    assert {("participants", Decimal(1840), "health_insurance", "poor", False, None),
            ("participants", Decimal(2970), "health_insurance", "near_poor", False,
             None)} <= got


def test_a_topic_with_doi_tuong_and_a_group_heading_the_next_part() -> None:
    got = _found("Riêng đối tượng học sinh, sinh viên, toàn huyện Mộc Châu có 21.300 em tham "
                 "gia; hộ gia đình có 30.150 người tham gia.", None)
    assert {("participants", Decimal(21300), "health_insurance", "students", False, None),
            ("participants", Decimal(30150), "health_insurance", "households", False,
             None)} <= got


def test_bhyt_before_a_unit_word_is_the_scheme_not_an_agency() -> None:
    got = _found("Năm 2023, tỷ lệ bao phủ BHYT huyện Mộc Châu đạt 93,8%, số người tham gia BHXH "
                 "đạt 6.120 người.")
    assert ("coverage_rate", Decimal("93.8"), "health_insurance", None, False, None) in got


def test_the_group_after_a_comma_heads_the_next_figure() -> None:
    got = _found("Năm 2023, tỷ lệ học sinh tham gia BHYT huyện Mộc Châu đạt 98,9%, trẻ em dưới 6 "
                 "tuổi đạt 100%.")
    assert ("group_coverage_rate", Decimal("98.9"), "health_insurance", "students", False,
            None) in got


def test_the_overall_rate_after_groups_has_no_group() -> None:
    got = _found("Năm 2023, huyện Mộc Châu có 100% người nghèo có thẻ BHYT; tỷ lệ bao phủ chung "
                 "đạt 94,2%.")
    assert ("coverage_rate", Decimal("94.2"), "health_insurance", None, False, None) in got


def test_a_move_with_tang_len_and_a_gap_after_a_year() -> None:
    got = _found("Tỷ lệ bao phủ BHYT của huyện Trà Ôn từ 68,4% năm 2012 tăng lên 96,1% năm 2022.")
    assert {("coverage_rate", Decimal("68.4"), "health_insurance", None, False, None),
            ("coverage_rate", Decimal("96.1"), "health_insurance", None, False, None)} <= got
    got = _found("Năm 2023, tỷ lệ bao phủ BHYT của huyện Trà Ôn đạt 92,4%, cao hơn năm 2022 là "
                 "1,1%.")
    assert Decimal("1.1") not in {row[1] for row in got}


def test_hien_dat_after_a_target_is_a_result() -> None:
    got = _found("Huyện Vũng Liêm phấn đấu đến cuối năm 2023 đạt tỷ lệ bao phủ BHYT 93%; hiện "
                 "đạt 90,6%.", D(2023, 6, 10))
    assert ("coverage_rate", Decimal("90.6"), "health_insurance", None, False, None) in got
