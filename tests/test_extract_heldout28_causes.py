"""Issue 4: the general patterns behind the twenty-eighth held-out set's misses
(data/heldout28/README.md), and the over-reach a review of the rules made from heldout25 to
heldout27 found (each a sentence those rules read wrongly, now read as before them).

Every sentence here is invented (other places, numbers and wording than the held-out articles),
so a rule passes only if it is general. Sentences are set in tỉnh Bạc Liêu, tỉnh Cà Mau, tỉnh
An Giang and thành phố Hồ Chí Minh (before the 2025 reform), or nationwide.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text, org_labels, rows

D = dt.date


def obs(text: str, published: dt.date | None = None) -> set[tuple]:
    return {(o.indicator, o.value, o.is_target, o.date)
            for o in extract_text(text, published).observations}


# --- heldout28 ------------------------------------------------------------------------------


def test_a_spans_bounds_are_no_year_the_next_paragraph_speaks_of() -> None:
    text = ("Tin BHYT\n\nĐể đạt tỷ lệ 92% trong năm 2023 theo chỉ tiêu giao tại Quyết định số "
            "546/QĐ-TTg về giao chỉ tiêu bao phủ BHYT giai đoạn 2022-2025, tỉnh Cà Mau còn phải "
            "vận động thêm 80.000 người.\n\nĐến ngày 30/6, số người tham gia BHXH bắt buộc là "
            "61.200 người.")
    assert ("participants", Decimal("61200"), False, D(2023, 6, 30)) in obs(text)


def test_the_voluntary_schemes_share_of_the_labour_force_written_out() -> None:
    text = ("Tin BHXH\n\nĐến ngày 31/5/2022, số người tham gia BHXH tự nguyện ở Cà Mau là 21.300 "
            "người, đạt 51% kế hoạch và đạt 3,1% lực lượng lao động trong độ tuổi tham gia bảo "
            "hiểm xã hội tự nguyện.")
    assert ("coverage_rate", Decimal("3.1"), "voluntary", False) in rows(
        extract_text(text, D(2022, 6, 15)).observations)


def test_people_not_included_and_doctors_per_residents_are_no_level() -> None:
    text = ("Tin BHYT\n\nToàn tỉnh Bạc Liêu có 780.000 người tham gia BHYT, chưa bao gồm 41.000 "
            "người có thẻ do BHXH tỉnh khác cấp; số bác sỹ đạt 9 bác sỹ/ 10.000 dân.")
    assert {o.value for o in extract_text(text, D(2022, 6, 15)).observations} == {
        Decimal("780000")}


def test_district_unit_words_cut_to_their_initial() -> None:
    text = ("Tin BHYT\n\nTại TP.HCM, BV H.Cần Giờ vượt 20%, BV H.Nhà Bè vượt 12%, Q.8 vượt 9%; BV "
            "Điều dưỡng phục hồi chức năng vượt 3%.")
    result = extract_text(text, D(2019, 8, 1))
    assert {"huyện Cần Giờ", "huyện Nhà Bè", "quận 8"} <= {a.label for a, _ in result.places}
    assert {"Bệnh viện huyện Cần Giờ", "Bệnh viện Điều dưỡng phục hồi chức năng"} <= org_labels(
        result)
    # (a person's initial is no district: "bác sĩ N.H. Tâm")
    other = extract_text("Tin BHYT\n\nBác sĩ N.H. Tâm ở TP.HCM cho biết.", D(2019, 8, 1))
    assert {a.label for a, _ in other.places} == {"thành phố Hồ Chí Minh"}


def test_growth_credited_to_a_document_and_the_past_it_is_measured_from() -> None:
    text = ("Tin BHYT\n\nThực hiện Chỉ thị số 38-CT/TW của Ban Bí thư, tốc độ bao phủ BHYT tại "
            "tỉnh Bạc Liêu có đà phát triển mạnh mẽ. Nếu năm 2010, tỉnh có 310.000 người tham gia "
            "BHYT thì đến hết năm 2016 có 690.000 người tham gia.")
    result = extract_text(text, D(2017, 3, 1))
    assert {(link.document.number, link.outcome.value) for link in result.outcomes} == {
        ("38", Decimal("690000"))}


# --- over-reach of the rules made from heldout25 to heldout27 ---------------------------------


def test_a_result_after_aims_stays_a_result() -> None:
    aims = "Tin BHYT\n\nNăm 2024, huyện Đông Hải phấn đấu có 95% dân số tham gia BHYT. "
    assert (("coverage_rate", Decimal("90"), False, D(2024, 3, 5))
            in obs(aims + "Tuy nhiên, tỷ lệ bao phủ BHYT của huyện mới đạt 90%.", D(2024, 3, 5)))
    assert (("coverage_rate", Decimal("90"), False, D(2024, 3, 5))
            in obs(aims + "Toàn huyện có 45.000 người tham gia BHYT, đạt 90% dân số.",
                   D(2024, 3, 5)))


def test_a_level_reached_short_of_a_plan_is_a_result() -> None:
    text = ("Tin BHYT\n\nNăm 2022, huyện Đông Hải chưa hoàn thành chỉ tiêu bao phủ BHYT khi chỉ "
            "đạt 85%.")
    assert obs(text, D(2023, 1, 5)) == {("coverage_rate", Decimal("85"), False, D(2022, 12, 31))}


def test_what_was_ensured_is_no_aim() -> None:
    text = ("Tin BHYT\n\nNăm 2022, quỹ BHYT huyện Đông Hải đã đảm bảo cho 25.000 lượt người khám "
            "chữa bệnh BHYT.")
    assert {(i, t) for i, _, t, _ in obs(text, D(2023, 1, 5))} == {("insured_visits", False)}


def test_a_coverage_rate_after_the_uninsured_is_still_read() -> None:
    text = ("Tin BHYT\n\nĐến nay, toàn xã Long Điền Tây có 9.500 người tham gia BHYT, chỉ còn 120 "
            "người chưa tham gia, tỷ lệ bao phủ đạt 98,7%.")
    assert ("coverage_rate", Decimal("98.7"), False, D(2023, 1, 5)) in obs(text, D(2023, 1, 5))


def test_residents_given_something_are_no_population() -> None:
    text = ("Tin BHYT\n\nNăm 2022, huyện Đông Hải có 5.000 nhân khẩu được cấp thẻ BHYT miễn phí. "
            "Hội trao tặng thẻ BHYT cho 500 dân nghèo và khám bệnh miễn phí cho 1.200 dân.")
    assert {(i, v) for i, v, _, _ in obs(text, D(2023, 1, 5))} == {
        ("participants", Decimal("5000"))}


def test_an_item_leaving_its_scheme_out_after_a_bhyt_count_stays_bhyt() -> None:
    text = ("Tin BHYT\n\nNăm 2023, huyện Đông Hải có 12.000 học sinh tham gia BHYT, trong đó tham "
            "gia tự nguyện là 2.000 em.")
    assert {o.scheme for o in extract_text(text, D(2024, 1, 5)).observations} == {
        "health_insurance"}


def test_a_results_day_is_before_it_and_a_deadline_after_it_is_an_aims() -> None:
    text = ("Tin BHYT\n\nNăm học 2023-2024, huyện Đông Hải có 95% học sinh tham gia BHYT, phấn đấu "
            "trước ngày 31/12/2023 đạt 100%.")
    assert {(v, t, d) for _, v, t, d in obs(text, D(2023, 10, 5))} == {
        (Decimal("95"), False, D(2023, 10, 5)), (Decimal("100"), True, D(2023, 12, 31))}


def test_a_shortfall_is_no_aim_for_a_level_it_raises_and_items_with_verbs_are_read() -> None:
    aim = ("Tin BHYT\n\nNăm 2023, huyện Đông Hải cần phát triển thêm 2.000 người tham gia BHYT, "
           "nâng tỷ lệ bao phủ lên 95%.")
    assert obs(aim, D(2023, 3, 5)) == {("coverage_rate", Decimal("95"), True, D(2023, 12, 31))}
    items = ("Tin BHYT\n\nNăm 2023, huyện Đông Hải đạt 90% dân số tham gia BHYT, cần phát triển "
             "thêm 2.000 người; 5.000 học sinh đã có thẻ BHYT, đạt 100%.")
    assert {v for _, v, _, _ in obs(items, D(2024, 1, 5))} == {
        Decimal("90"), Decimal("5000"), Decimal("100")}


def test_a_districts_own_office_then_the_agency_are_two_bodies() -> None:
    text = "Tin BHYT\n\nUBND huyện Đông Hải chỉ đạo Phòng Y tế, BHXH huyện phối hợp tuyên truyền."
    assert {"Phòng Y tế huyện Đông Hải", "Bảo hiểm xã hội huyện Đông Hải"} <= org_labels(
        extract_text(text, D(2023, 1, 5)))


def test_a_direction_refers_only_to_a_document_just_cited() -> None:
    text = ("Tin BHXH\n\nNăm 2019, UBND tỉnh Bạc Liêu ban hành Kế hoạch số 45/KH-UBND về BHYT.\n\n"
            "Năm 2022, UBND tỉnh Bạc Liêu ban hành Quyết định số 12/QĐ-UBND về giá đất.\n\n"
            "Năm 2023, thực hiện chỉ đạo của UBND tỉnh Bạc Liêu, BHXH huyện Đông Hải đã tổ chức 20 "
            "hội nghị tuyên truyền BHYT.")
    assert extract_text(text, D(2023, 6, 1)).implementations == ()


def test_the_purpose_of_a_document_is_no_event_of_the_last_organisers() -> None:
    text = ("Tin BHXH\n\nNgày 10/3/2022, Huyện đoàn Đông Hải tổ chức ra quân tuyên truyền BHYT "
            "cho học sinh.\nMục đích của Nghị quyết 28-NQ/TW là nhằm thực hiện cải cách chính "
            "sách BHXH.")
    assert extract_text(text, D(2022, 3, 11)).implementations == ()


def test_a_headline_urging_a_document_credits_nothing() -> None:
    text = ("Cần thực hiện tốt Nghị quyết 28-NQ/TW về cải cách chính sách BHXH\n\nNăm 2022, tỉnh "
            "Bạc Liêu có 61.000 người tham gia BHXH.\n")
    assert extract_text(text, D(2023, 1, 5)).outcomes == ()


def test_a_document_taking_effect_is_carried_out_by_nobody() -> None:
    text = ("Tin BHYT\n\nTừ khi Nghị định 146/2018/NĐ-CP có hiệu lực, Trung tâm Y tế huyện Đông "
            "Hải bị xuất toán 2 tỷ đồng.")
    assert extract_text(text, D(2020, 1, 5)).implementations == ()


def test_a_company_listed_before_a_ministrys_body_is_no_state_corporation() -> None:
    text = ("Tin BHXH\n\nCông ty TNHH Minh Phát, Bộ Chỉ huy Quân sự tỉnh Bạc Liêu và BHXH tỉnh Bạc "
            "Liêu đã ký kết quy chế phối hợp.")
    assert "Công ty TNHH Minh Phát" not in org_labels(extract_text(text, D(2020, 1, 5)))


def test_an_ordinance_of_the_standing_committee_is_no_resolution() -> None:
    text = "Tin BHYT\n\nTheo Pháp lệnh số 02/2020/UBTVQH14, người có công được cấp thẻ BHYT."
    assert extract_text(text, D(2021, 1, 5)).documents == ()


def test_names_before_their_unit_word_after_an_unrelated_name() -> None:
    text = "Tin BHYT\n\nTheo BHXH tỉnh An Giang, Phú Tân và Châu Thành là hai huyện có tỷ lệ cao."
    assert {"huyện Phú Tân", "huyện Châu Thành"} <= {
        a.label for a, _ in extract_text(text, D(2021, 1, 5)).places}


# --- heldout28, a second slice ----------------------------------------------------------------


def test_a_unit_described_before_its_name() -> None:
    text = "Tin BHYT\n\nBà A ở xã biên giới A Vương, huyện Tây Giang cho hay đã có thẻ BHYT."
    assert "xã A Vương" in {a.label for a, _ in extract_text(text, D(2023, 5, 1)).places}


def test_the_level_a_rate_fell_to_what_caused_it_and_who_was_affected() -> None:
    text = ("Tin BHYT\n\nThực hiện Quyết định 861/QĐ-TTg, tỉnh Kon Tum giảm 12 xã khu vực III, "
            "toàn tỉnh có trên 95 ngàn người bị tác động, khiến tỷ lệ tham gia BHYT của tỉnh giảm "
            "xuống còn 81%.")
    result = extract_text(text, D(2022, 7, 1))
    assert {(o.indicator, o.value) for o in result.observations} == {
        ("coverage_rate", Decimal("81"))}
    assert {(link.document.number, link.outcome.value) for link in result.outcomes} == {
        ("861", Decimal("81"))}


def test_members_rates_and_the_poverty_rate_falling_are_no_coverage() -> None:
    text = ("Tin BHYT\n\nNăm 2022, tỷ lệ hội viên tham gia BHYT giảm còn 75% ở xã Tân Hưng; tỷ lệ "
            "hộ nghèo của xã giảm còn 2,1%.")
    assert extract_text(text, D(2023, 1, 5)).observations == ()
