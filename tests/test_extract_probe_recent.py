"""Issue 4: a probe of the genres the last real sets showed (sixteenth session, 2026-12-07;
docs/robustness.md, "A probe of recent genres").

A helper wrote 100 invented articles (post-2025 commune congresses and year-end reviews,
unemployment-benefit and fund reports, national reports, council supervision, quoted national
targets) and what each should yield before any run. Every sentence here is invented anew.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text

D = dt.date


def _observations(text: str, published: dt.date | None) -> set[tuple]:
    """(indicator, value, scheme, area label, date) of each observation."""
    return {(o.indicator, o.value, o.scheme, o.area.label if o.area else None, o.date)
            for o in extract_text(text, published).observations}


def test_the_year_a_list_of_results_reports_on_dates_each_item() -> None:
    text = ("Kỳ họp cuối năm của phường Lào Cai\n\n"
            "Sáng 22/12, HĐND phường Lào Cai khai mạc kỳ họp thường lệ cuối năm 2025. Báo cáo cho "
            "biết, năm 2025 phường hoàn thành 16/16 chỉ tiêu: thu ngân sách trên địa bàn đến ngày "
            "10/12/2025 đạt 310 tỷ đồng; toàn phường có 61.400 người tham gia BHYT, đạt 96,8% dân "
            "số.")
    got = _observations(text, D(2025, 12, 23))
    assert ("participants", Decimal(61_400), "health_insurance", "phường Lào Cai",
            D(2025, 12, 31)) in got
    assert ("coverage_rate", Decimal("96.8"), "health_insurance", "phường Lào Cai",
            D(2025, 12, 31)) in got


def test_a_press_conferences_venue_is_no_home_of_national_figures() -> None:
    text = ("Quý III/2026: cả nước có 16,1 triệu người tham gia BHTN\n\n"
            "Tại buổi họp báo ngày 3/10 ở Hà Nội, đại diện BHXH Việt Nam cho biết, tính đến hết "
            "quý III/2026, cả nước có 16,1 triệu người tham gia BHTN; tỷ lệ bao phủ BHYT đạt "
            "95,1% dân số. Quý III/2026, tổng chi các chế độ bảo hiểm đạt 121.000 tỷ đồng.")
    got = _observations(text, D(2026, 10, 4))
    assert ("coverage_rate", Decimal("95.1"), "health_insurance", "Việt Nam",
            D(2026, 9, 30)) in got
    # (a total of every kind of insurance benefit is of no one scheme)
    assert any(o[0] == "fund_expenditure" and o[1] == 121_000_000_000_000 and o[2] is None
               and o[3] == "Việt Nam" for o in got)


def test_the_benefit_decided_and_the_training_support_are_the_unemployment_funds() -> None:
    text = ("Trợ cấp thất nghiệp tại Bình Định\n\n"
            "Trong quý II/2025, Trung tâm Dịch vụ việc làm tỉnh Bình Định tiếp nhận 3.100 hồ sơ "
            "đề nghị hưởng trợ cấp thất nghiệp, ra quyết định hưởng cho 3.020 người với tổng số "
            "tiền 61,4 tỷ đồng; 120 người được hỗ trợ học nghề với kinh phí 0,9 tỷ đồng.")
    got = _observations(text, D(2025, 7, 5))
    spent = {o[1] for o in got if o[0] == "fund_expenditure" and o[2] == "unemployment_insurance"}
    assert spent == {Decimal(61_400_000_000), Decimal(900_000_000)}
    # (not the pensions of the same sentence)
    text = ("Chi trả tại Bình Định\n\n"
            "Năm 2025, tỉnh Bình Định có 9.800 người hưởng trợ cấp thất nghiệp, chi trả lương hưu "
            "1.450 tỷ đồng.")
    got = _observations(text, D(2026, 1, 8))
    assert not any(o[2] == "unemployment_insurance" and o[0] == "fund_expenditure" for o in got)


def test_a_years_review_in_its_december_dates_the_years_results_at_its_end() -> None:
    text = ("Tổng kết năm 2025\n\n"
            "Chiều 27/12/2025, Đảng ủy xã Bảo Thắng tổng kết công tác năm 2025.\n"
            "Năm qua, tỷ lệ bao phủ BHYT của xã ước đạt 97,9%; số người tham gia BHXH tự nguyện "
            "đạt 1.320 người.")
    got = _observations(text, D(2025, 12, 28))
    assert ("coverage_rate", Decimal("97.9"), "health_insurance", "xã Bảo Thắng",
            D(2025, 12, 31)) in got
    # (a mid-year review stays as of its day)
    text = ("Sơ kết 6 tháng\n\n"
            "Ngày 5/7/2025, BHXH xã Bảo Thắng sơ kết 6 tháng đầu năm 2025. Toàn xã có 24.100 "
            "người tham gia BHYT.")
    got = _observations(text, D(2025, 7, 6))
    assert ("participants", Decimal(24_100), "health_insurance", "xã Bảo Thắng",
            D(2025, 7, 5)) in got


def test_a_congress_targets_are_due_at_its_term_end_and_a_whole_units_rate_is_no_groups() -> None:
    text = ("Đại hội Đảng bộ xã Si Ma Cai\n\n"
            "Ngày 20/8, Đảng bộ xã Si Ma Cai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
            "2025-2030.\n"
            "Nhiệm kỳ qua, 100% người nghèo, người dân tộc thiểu số trên địa bàn được cấp thẻ "
            "BHYT; tỷ lệ bao phủ BHYT toàn xã đạt 99,1%.\n"
            "Đại hội đề ra 18 chỉ tiêu, trong đó tỷ lệ dân số tham gia BHYT đạt 99,5%.")
    found = extract_text(text, D(2025, 8, 22)).observations
    rows = {(o.indicator, o.value, o.population_group, o.date, o.is_target) for o in found}
    assert ("coverage_rate", Decimal("99.5"), None, D(2030, 12, 31), True) in rows
    assert any(r[0] == "coverage_rate" and r[1] == Decimal("99.1") and r[2] is None for r in rows)


def test_a_poverty_rate_and_access_to_care_are_no_coverage() -> None:
    text = ("Xã Mèo Vạc\n\n"
            "Nhiệm kỳ mới, Đảng bộ xã Mèo Vạc đặt mục tiêu giảm tỷ lệ hộ nghèo mỗi năm 3-4%, giữ "
            "vững tỷ lệ bao phủ BHYT trên 99%. Tỉnh phấn đấu trên 90% dân số được tiếp cận dịch "
            "vụ y tế cơ sở.")
    got = _observations(text, D(2025, 7, 20))
    assert {o[1] for o in got if o[0] in ("coverage_rate", "group_coverage_rate")} == {Decimal(99)}



def test_a_national_documents_own_aim_is_the_nations_and_a_units_aim_after_it_its_own() -> None:
    text = ("Nghị quyết 72 tại Quảng Bình\n\n"
            "Nghị quyết số 72-NQ/TW của Bộ Chính trị đặt mục tiêu đến năm 2026, tỷ lệ bao phủ BHYT "
            "đạt trên 95% dân số. Hiện tỷ lệ bao phủ BHYT của tỉnh Quảng Bình đạt 93,1%.")
    got = _observations(text, D(2025, 10, 20))
    assert ("coverage_rate", Decimal(95), "health_insurance", "Việt Nam", D(2026, 12, 31)) in got
    text = ("Nghị quyết 72 tại Quảng Bình\n\n"
            "Tỷ lệ bao phủ BHYT của tỉnh Quảng Bình đạt 93,1%. Theo Nghị quyết 72-NQ/TW, đến năm "
            "2026 tỷ lệ bao phủ BHYT cả nước đạt trên 95%; tỉnh phấn đấu đạt 96,5%.")
    got = _observations(text, D(2025, 10, 20))
    assert ("coverage_rate", Decimal("96.5"), "health_insurance", "tỉnh Quảng Bình",
            D(2026, 12, 31)) in got


def test_a_congress_subject_count_of_targets_and_targets_met_with_their_count() -> None:
    text = ("Đại hội Đảng bộ xã Mường Lay\n\n"
            "Đại hội đại biểu Đảng bộ xã Mường Lay lần thứ I, nhiệm kỳ 2025-2030 diễn ra ngày "
            "20/8/2025 với sự tham dự của 160 đại biểu.\n"
            "Nhiệm kỳ qua, Đảng bộ đã đạt và vượt 14/16 chỉ tiêu Nghị quyết đề ra: tỷ lệ dân số "
            "tham gia BHYT đạt 96,4%; tỷ lệ che phủ rừng đạt 51%.\n"
            "Đại hội thống nhất 17 chỉ tiêu cho nhiệm kỳ mới, trong đó: tỷ lệ che phủ rừng duy trì "
            "52%; tỷ lệ dân số tham gia BHYT đạt trên 98%.")
    found = extract_text(text, D(2025, 8, 22)).observations
    rows = {(o.indicator, o.value, o.is_target, o.date) for o in found}
    assert not any(r[0] == "meeting_attendance" for r in rows)
    assert any(r[1] == Decimal("96.4") and not r[2] for r in rows)
    assert ("coverage_rate", Decimal(98), True, D(2030, 12, 31)) in rows
