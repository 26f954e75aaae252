"""Issue 4: over-reaches of the rules from the probes of links and dates, found by a review with
206 invented articles and mended (fifteenth session, 2026-12-07; docs/robustness.md, "The
probes' rules reviewed").

Every sentence here is invented anew, with other places and figures than the review's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text

D = dt.date
_MAY_2023 = D(2023, 5, 10)


def _extract(body: str, published: dt.date | None = _MAY_2023):
    return extract_text(f"Tin BHYT\n\n{body}", published)


def _implementers(body: str) -> set[tuple[str, str, str]]:
    return {(i.document.kind, i.document.number, i.implementer.label)
            for i in _extract(body).implementations}


def _outcomes(body: str) -> set[tuple[str, str]]:
    return {(o.document.kind, o.document.number) for o in _extract(body).outcomes}


def _dates(body: str, published: dt.date | None) -> dict:
    return {o.value: (o.date, o.date_basis) for o in _extract(body, published).observations}


def test_a_kind_word_with_more_words_after_it_is_another_document() -> None:
    first = "Năm 2022, UBND huyện Lục Nam ban hành Kế hoạch số 14/KH-UBND về BHYT học sinh. "
    for later in ("Thực hiện Kế hoạch năm 2023 của BHXH tỉnh, BHXH huyện Lục Nam đã thu 40 tỷ "
                  "đồng.",
                  "Theo Kế hoạch của Bộ Y tế về khám sức khỏe, Trung tâm Y tế huyện Lục Nam đã "
                  "khám cho 3.000 người."):
        got = _implementers(first + later)
        assert not any(number == "14" for _, number, _ in got), (later, got)
    # (the word alone, or before a preposition, still refers back)
    got = _implementers(first + "UBND các xã đã triển khai Kế hoạch tới từng thôn, bản.")
    assert ("plan", "14", "Ủy ban nhân dân huyện Lục Nam") not in got  # the issuer is no agent


def test_co_issuers_after_a_joint_symbol_or_before_no_verb_carry_nothing_out() -> None:
    joint = ("Thực hiện Kế hoạch phối hợp số 31/KH-BHXH-HCCB của BHXH tỉnh Phú Thọ, Hội Cựu chiến "
             "binh tỉnh Phú Thọ, Hội Cựu chiến binh huyện Thanh Ba đã tổ chức 12 buổi tuyên "
             "truyền.")
    got = _implementers(joint)
    assert ("plan", "31", "Hội Cựu chiến binh huyện Thanh Ba") in got
    assert ("plan", "31", "Hội Cựu chiến binh tỉnh Phú Thọ") not in got
    no_verb = ("Theo Kế hoạch số 62/KH-UBND của UBND tỉnh Phú Thọ, Sở Y tế tỉnh Phú Thọ, BHXH "
               "tỉnh Phú Thọ, năm 2023 có 96% dân số tham gia BHYT.")
    assert _implementers(no_verb) == set()


def test_a_body_acting_soon_after_it_was_set_up_acts() -> None:
    got = _implementers("Thực hiện Kế hoạch số 19/KH-UBND của UBND huyện Thanh Ba, ngay sau khi "
                        "thành lập Chi hội Nông dân khu 3 đã vận động 60 hộ tham gia BHYT.")
    assert any(number == "19" for _, number, _ in got), got


def test_documents_referred_back_together_are_the_paragraphs_own_and_of_their_kind() -> None:
    counted = ("Năm 2021, Huyện ủy Đoan Hùng ban hành Chỉ thị số 09-CT/HU về BHYT.\n\n"
               "UBND huyện ban hành 8 văn bản chỉ đạo về BHYT. Nhờ triển khai các văn bản trên, "
               "năm 2022 tỷ lệ bao phủ BHYT của huyện Đoan Hùng đạt 93,1%.")
    assert _outcomes(counted) == set()
    plans = ("Năm 2021, Huyện ủy Đoan Hùng ban hành Chỉ thị số 09-CT/HU về BHYT. Các xã đã xây "
             "dựng kế hoạch riêng. Nhờ thực hiện tốt các kế hoạch này, năm 2022 tỷ lệ bao phủ "
             "BHYT của huyện Đoan Hùng đạt 93,1%.")
    assert _outcomes(plans) == set()


def test_owed_to_another_issuers_act_or_to_a_thing_named_before_is_no_outcome() -> None:
    for body in ("Năm 2021, HĐND tỉnh Yên Bái ban hành Nghị quyết số 12/2021/NQ-HĐND hỗ trợ đóng "
                 "BHYT. Nhờ nghị quyết kịp thời của Chính phủ về miễn giảm, năm 2022 tỉnh Yên Bái "
                 "có 790.000 người tham gia BHYT.",
                 "Năm 2021, UBND huyện Trấn Yên ban hành Chương trình số 07/CTr-UBND về BHYT. Đài "
                 "Truyền thanh huyện phát sóng chương trình về BHYT hằng tuần. Nhờ chương trình "
                 "này, năm 2022 huyện Trấn Yên có thêm 400 người tham gia BHYT.",
                 "Năm 2021, UBND huyện Trấn Yên ban hành Kế hoạch số 30/KH-UBND tuyên truyền BHYT. "
                 "Theo Luật BHYT, học sinh phải tham gia BHYT. Nhờ chính sách này, năm học "
                 "2022-2023 huyện Trấn Yên có 100% học sinh tham gia BHYT."):
        assert _outcomes(body) == set(), body


def test_a_review_of_last_year_held_mid_year_stays_as_of_the_meeting() -> None:
    got = _dates("Ngày 6/7/2023, BHXH huyện Văn Chấn sơ kết 6 tháng đầu năm 2023, tổng kết công "
                 "tác năm 2022. Toàn huyện có 149.000 người tham gia BHYT.", D(2023, 7, 8))
    assert got[Decimal(149000)] == (D(2023, 7, 6), "stated")


def test_a_day_ahead_in_a_sentence_about_what_comes_stays_in_the_articles_year() -> None:
    for body, published, expected in (
            ("Ước đến 31/12, huyện Văn Chấn có 150.000 người tham gia BHYT.", D(2024, 10, 3),
             D(2024, 12, 31)),
            ("Trong tháng 3, BHXH huyện Văn Chấn sẽ tổ chức 6 hội nghị đối thoại.", D(2025, 1, 6),
             D(2025, 3, 31))):
        got = _dates(body, published)
        assert all(date == expected for date, _ in got.values()), (body, got)


def test_a_one_year_reviews_compared_year_still_dates_the_year_after() -> None:
    got = _dates("Sau 1 năm thực hiện Kế hoạch số 20/KH-UBND, tỷ lệ bao phủ BHYT huyện Yên Lập đạt "
                 "94,6%, tăng 1,5% so với năm 2023.", D(2025, 1, 15))
    assert got[Decimal("94.6")][0] == D(2024, 12, 31)


def test_a_month_of_this_year_stays_the_aims_deadline() -> None:
    got = _dates("Huyện Yên Lập phấn đấu trong tháng 9 năm nay có 88.000 người tham gia BHYT.",
                 D(2024, 3, 12))
    assert got[Decimal(88000)] == (D(2024, 9, 30), "deadline")


def test_a_term_in_a_name_dates_no_result() -> None:
    got = _dates("Chủ tịch HĐND xã Minh Tiến khóa VIII nhiệm kỳ 2021-2026 cho biết xã Minh Tiến có "
                 "5.200 người tham gia BHYT.", D(2023, 6, 12))
    assert got[Decimal(5200)][0] != D(2026, 12, 31)
    span = _dates("Trong nhiệm kỳ 2016-2021, tỷ lệ bao phủ BHYT của huyện Yên Lập tăng từ 74% lên "
                  "93%.", D(2022, 2, 10))
    assert span[Decimal(93)][0] == D(2021, 12, 31)


def test_a_move_over_school_years_keeps_its_school_year_dates() -> None:
    got = _dates("Từ năm học 2018-2019 đến năm học 2022-2023, tỷ lệ học sinh huyện Yên Lập tham "
                 "gia BHYT tăng từ 90% lên 100%.", D(2024, 3, 5))
    assert got[Decimal(90)][0] != D(2022, 12, 31)
