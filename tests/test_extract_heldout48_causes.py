"""Issue 4: the causes of data/heldout48's misses, generalised (twenty-seventh session,
2026-12-08; data/heldout48/README.md, "After tuning").

Every sentence here is invented, with other places, names and figures than the set's articles.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text, implementer_rows

D = dt.date


def _extract(body: str, published: dt.date | None, title: str = "Tin xã"):
    return extract_text(f"{title}\n\n{body}", published)


def _observations(body: str, published: dt.date | None) -> set[tuple]:
    """(scheme, indicator, group, value, area label, date, target) of each observation."""
    return {(o.scheme, o.indicator, o.population_group, o.value,
             o.area.label if o.area else None, o.date, o.is_target)
            for o in _extract(body, published).observations}


def test_a_groups_share_of_something_else_after_a_coverage_rate_is_no_coverage() -> None:
    got = _observations("Năm 2024, tỷ lệ người dân xã Đồng Tâm tham gia BHYT đạt 93,4%, 91% hộ gia "
                        "đình được công nhận gia đình văn hóa; 99% hộ dân sử dụng điện lưới quốc "
                        "gia.", D(2025, 1, 6))
    assert {o[3] for o in got} == {Decimal("93.4")}
    # (a group's share of insurance still is: "..., 100% người cận nghèo được cấp thẻ BHYT")
    got = _observations("Năm 2024, tỷ lệ người dân xã Đồng Tâm tham gia BHYT đạt 93,4%, 100% người "
                        "cận nghèo được cấp thẻ BHYT.", D(2025, 1, 6))
    assert ("health_insurance", "group_coverage_rate", "near_poor", Decimal(100), "xã Đồng Tâm",
            D(2024, 12, 31), False) in got


def test_the_year_a_list_of_aims_opens_with_is_each_aims_deadline() -> None:
    body = ("Chiều 19/12, HĐND xã Sơn Hà tổ chức kỳ họp cuối năm 2025.\n\n"
            "Năm 2026, xã Sơn Hà đề ra các chỉ tiêu chủ yếu: thu ngân sách trên địa bàn đạt 18 tỷ "
            "đồng; tỷ lệ hộ nghèo giảm còn 1,2%; tỷ lệ dân số tham gia BHYT đạt 97,2%.")
    got = _observations(body, D(2025, 12, 20))
    assert ("health_insurance", "coverage_rate", None, Decimal("97.2"), "xã Sơn Hà",
            D(2026, 12, 31), True) in got
    assert not any(o[5] == D(2025, 12, 31) for o in got)


def test_other_fields_items_of_a_list_of_aims_are_not_insurance() -> None:
    body = ("Năm 2026, phường Hưng Phú phấn đấu: tỷ lệ giải ngân kế hoạch vốn đầu tư công đạt 95% "
            "kế hoạch; tỷ lệ tổ dân phố văn hóa đạt 90%; tỷ lệ trường học đạt chuẩn quốc gia đạt "
            "85%; tỷ lệ người dân tham gia BHYT đạt 95,6%.")
    got = _observations(body, D(2025, 12, 28))
    assert {o[3] for o in got} == {Decimal("95.6")}


def test_a_sentence_after_a_list_of_other_fields_aims_goes_on_with_the_aims() -> None:
    body = ("Ngày 15/7/2025, HĐND xã Vạn Ninh tổ chức kỳ họp giữa năm.\n\n"
            "Cho 6 tháng cuối năm, xã đề ra các nhiệm vụ: phấn đấu 88% thôn đạt chuẩn nông thôn "
            "mới; phấn đấu tạo việc làm mới cho 150 lao động. Tỷ lệ người dân tham gia BHYT đạt "
            "94,6%.")
    got = _observations(body, D(2025, 7, 16))
    assert ("health_insurance", "coverage_rate", None, Decimal("94.6"), "xã Vạn Ninh",
            D(2025, 12, 31), True) in got
    # (after a sentence of results the rate is a result)
    body = ("Ngày 15/7/2025, HĐND xã Vạn Ninh tổ chức kỳ họp giữa năm.\n\n"
            "6 tháng đầu năm 2025, xã tạo việc làm mới cho 90 lao động, 80% thôn đạt chuẩn nông "
            "thôn mới. Tỷ lệ người dân tham gia BHYT đạt 94,6%.")
    got = _observations(body, D(2025, 7, 16))
    assert ("health_insurance", "coverage_rate", None, Decimal("94.6"), "xã Vạn Ninh",
            D(2025, 6, 30), False) in got


def test_a_meetings_topic_goes_on_after_a_comma_and_people_who_came_attended() -> None:
    got = _observations("Từ đầu năm 2024 đến nay, BHXH huyện Kim Sơn phối hợp với Bưu điện huyện "
                        "tổ chức 42 hội nghị đối thoại, vận động người dân tham gia BHXH tự nguyện "
                        "với 2.310 người dự.", D(2024, 9, 12))
    assert {(o[0], o[1], o[3]) for o in got} == {
        ("social_insurance", "meetings_held", Decimal(42)),
        ("social_insurance", "meeting_attendance", Decimal(2310)),
    }


def test_a_quota_its_giver_set_in_brackets_is_the_rates_target_also_in_a_first_line() -> None:
    # (a copy stored from the middle, with no title or date: its first line is a paragraph)
    # (a guard: the code before the rule read this sentence's quota already, by the cue "giao";
    # in h48_02 that cue did not reach it, and the rule reads the bracket itself)
    text = ("Tỉ lệ lao động tham gia bảo hiểm thất nghiệp của thành phố Cần Thơ đạt 88,7% số người "
            "thuộc diện phải tham gia (UBND TP giao 87%). Tỉ lệ bao phủ BHYT đạt 91,2%.\n\n"
            "BHXH thành phố tiếp tục đẩy mạnh tuyên truyền.")
    got = {(o.scheme, o.value, o.is_target) for o in extract_text(text, None).observations}
    assert ("unemployment_insurance", Decimal(87), True) in got
    assert ("unemployment_insurance", Decimal("88.7"), False) in got


def test_a_pace_of_increase_is_no_level() -> None:
    got = _observations("Năm 2020, Tỉnh ủy Thái Bình yêu cầu tốc độ gia tăng số người tham gia "
                        "BHYT hộ gia đình phải đạt 12%; tỷ lệ bao phủ BHYT của tỉnh đạt 90,3%.",
                        D(2020, 3, 2))
    assert {o[3] for o in got} == {Decimal("90.3")}


def test_a_document_another_one_is_written_to_carry_out_is_its_issuers() -> None:
    result = _extract("Hội Nông dân huyện Yên Thế đang triển khai các giải pháp tại Kế hoạch số "
                      "45/KH-UBND ngày 2/3/2022 của UBND huyện Yên Thế về việc thực hiện Chỉ thị "
                      "số 12-CT/TU ngày 10/1/2022 của Ban Thường vụ Tỉnh ủy Bắc Giang.",
                      D(2022, 5, 4))
    rows = implementer_rows(result)
    assert ("45", "Hội Nông dân huyện Yên Thế") in rows
    assert ("12", "Ủy ban nhân dân huyện Yên Thế") in rows
    assert ("12", "Hội Nông dân huyện Yên Thế") not in rows
