"""Issue 4: over-reaches of the heldout39 rules that a review found with invented sentences
(data/heldout39/README.md, "Review of the heldout39 rules"), each kept from coming back.

Sentences are invented and set in tỉnh Quảng Trị, tỉnh Long An, tỉnh Bình Dương and tỉnh Thái
Nguyên (before the 2025 reform).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import area_rows, extract_text, org_labels, place_labels, result_rows

D = dt.date


def test_a_result_after_da_phai_co_gang_is_no_target() -> None:
    for text in ("Năm 2020, huyện Hải Lăng đã phải cố gắng hoàn thành chỉ tiêu, tỷ lệ bao phủ "
                 "BHYT đạt 91,6%.",
                 "Năm 2020, huyện Hải Lăng phải tập trung nhiều giải pháp nên tỷ lệ bao phủ BHYT "
                 "đạt 91,6%."):
        got = result_rows(extract_text(f"Tin BHYT\n\n{text}", D(2021, 1, 5)))
        assert ("coverage_rate", Decimal("91.6"), None, False) in got


def test_nam_truoc_khi_or_a_present_figure_is_no_last_year() -> None:
    text = ("Tin BHYT\n\nNăm trước khi có Luật BHYT, huyện Thủ Thừa chỉ có 25% dân số tham gia "
            "BHYT.")
    assert {o.date for o in extract_text(text, D(2021, 3, 2)).observations} != {D(2020, 12, 31)}
    text = ("Tin BHYT\n\nNăm trước, khi dịch bệnh bùng phát, nhiều người bỏ BHYT; nay tỷ lệ bao "
            "phủ BHYT huyện Thủ Thừa đã đạt 90,4%.")
    assert D(2020, 12, 31) not in {o.date for o in extract_text(text, D(2021, 3, 2)).observations}


def test_a_quota_after_thap_hon_chi_tieu_with_its_giver_is_the_quota() -> None:
    text = ("Tin BHYT\n\nNăm 2020, tỷ lệ bao phủ BHYT huyện Thủ Thừa đạt 90,2%, thấp hơn chỉ tiêu "
            "tỉnh giao 92%.")
    assert ("coverage_rate", Decimal(92), None, True) in result_rows(extract_text(text,
                                                                                  D(2021, 1, 5)))
    # ... while a small gap after a longer giver is none
    text = ("Tin BHYT\n\nNăm 2020, tỷ lệ bao phủ BHXH huyện Thủ Thừa đạt 16%, vượt kế hoạch mà Ban "
            "Thường vụ Tỉnh ủy đã giao 1,5%.")
    assert Decimal("1.5") not in {o.value for o in extract_text(text, D(2021, 1, 5)).observations}


def test_a_groups_own_population_keeps_its_rate() -> None:
    text = ("Tin BHYT\n\nNăm 2020, huyện Thủ Thừa có 9.000 người dân tộc thiểu số tham gia BHYT, "
            "chiếm 97% dân số là người dân tộc thiểu số.")
    assert ("group_coverage_rate", Decimal(97), "ethnic_minorities", False) in result_rows(
        extract_text(text, D(2021, 1, 5)))


def test_the_labour_forces_activity_and_owed_wages_are_not_arrears_or_shares() -> None:
    text = ("Tin BHYT\n\nNăm 2020, huyện Thủ Thừa có 21.000 người tham gia BHXH, chiếm 31% tổng số "
            "lao động tham gia hoạt động kinh tế.")
    assert ("coverage_rate", Decimal(31), None, False) in result_rows(extract_text(text,
                                                                                   D(2021, 1, 5)))
    text = ("Tin BHYT\n\nNăm 2020, huyện Thủ Thừa có 2.700 lao động bị nợ lương nhưng vẫn được "
            "doanh nghiệp đóng BHXH.")
    assert Decimal(2700) in {o.value for o in extract_text(text, D(2021, 1, 5)).observations}


def test_fraud_named_in_another_clause_leaves_the_money() -> None:
    text = ("Tin BHYT\n\nNăm 2022, để chống trục lợi, BHXH huyện Thủ Thừa chi trả 88 tỷ đồng tiền "
            "khám chữa bệnh đúng quy định.")
    assert ("fund_expenditure", Decimal(88 * 10**9)) in {
        (o.indicator, o.value) for o in extract_text(text, D(2023, 1, 5)).observations}


def test_a_national_article_with_an_aside_about_districts_stays_national() -> None:
    text = ("Tin BHYT\n\nTheo Bộ Y tế, năm 2022 tỷ lệ bao phủ BHYT đạt 92,1%. Người bệnh có thể "
            "khám tại bệnh viện của huyện hoặc của tỉnh.")
    assert {r[2] for r in area_rows(extract_text(text, D(2023, 1, 5)))} == {"Việt Nam"}


def test_a_board_named_after_another_province_is_not_the_home_provinces() -> None:
    text = ("Tin BHYT\n\nNăm 2022, BHXH tỉnh Bình Dương thu 21.000 tỷ đồng. Còn tại tỉnh Đồng Nai, "
            "Ban Quản lý các khu công nghiệp đã phối hợp rà soát doanh nghiệp.")
    assert "Ban Quản lý các khu công nghiệp tỉnh Bình Dương" not in org_labels(
        extract_text(text, D(2023, 1, 5)))


def test_a_company_name_stops_at_another_company_or_a_clause() -> None:
    text = ("Tin BHYT\n\nNợ nhiều nhất là Công ty TNHH Tân Phát và Công ty CP Lộc Ninh (phường Phú "
            "Lợi, TP Thủ Dầu Một); Công ty TNHH An Khang nợ BHXH của 120 lao động (phường Phú "
            "Thọ, TP Thủ Dầu Một).")
    labels = org_labels(extract_text(text, D(2023, 1, 5)))
    assert "Công ty CP Lộc Ninh" in labels
    assert not {label for label in labels if " và Công ty" in label or "lao động" in label}


def test_cooperatives_and_kinds_of_body_hide_no_place() -> None:
    text = ("Tin BHYT\n\nNăm 2022, nhiều HTX vận động xã viên tham gia BHXH tự nguyện ở Thái "
            "Nguyên. Hợp tác xã Đồng Tâm đóng BHXH cho 30 xã viên.")
    labels = place_labels(extract_text(text, D(2023, 1, 5)))
    assert "tỉnh Thái Nguyên" in labels
    assert not {label for label in labels if label.startswith("xã Đồng Tâm")}


def test_paraphrases_the_reviews_found_brittle() -> None:
    # (brittleness the heldout38 and heldout39 reviews listed, since generalised)
    for text in ("Năm 2013, tỷ lệ tham gia BHYT của huyện Thủ Thừa đạt 89,5% dân số, tương đương "
                 "82.000 người.",
                 "Năm 2013, tỷ lệ bao phủ BHYT của huyện Thủ Thừa đạt 89,5% (tương ứng với 82.000 "
                 "người)."):
        got = extract_text(f"Tin BHYT\n\n{text}", D(2014, 1, 5)).observations
        assert ("participants", Decimal(82000)) in {(o.indicator, o.value) for o in got}
    for text in ("Năm 2013, tỷ lệ bao phủ BHYT của huyện Thủ Thừa chưa đạt tới 90%, mới là 87%.",
                 "Năm 2013, tỷ lệ bao phủ BHYT của huyện Thủ Thừa vẫn chưa thể đạt 90%."):
        got = extract_text(f"Tin BHYT\n\n{text}", D(2014, 1, 5)).observations
        assert Decimal(90) not in {o.value for o in got}
    text = "Tin BHYT\n\nỦy ban Quốc gia Người cao tuổi Việt Nam họp phiên thường kỳ ngày 5/1."
    assert "Ủy ban Quốc gia về Người cao tuổi Việt Nam" in org_labels(extract_text(text,
                                                                                   D(2022, 1, 6)))
