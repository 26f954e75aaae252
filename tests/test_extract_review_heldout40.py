"""Issue 4: over-reaches of the heldout40 rules that a review found with invented sentences
(data/heldout40/README.md, "Review of the heldout40 rules"), each kept from coming back.

Sentences are invented and set in tỉnh Hòa Bình, tỉnh Bình Định and tỉnh Nghệ An (before the 2025
reform).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import area_rows, extract_text

D = dt.date


def _groups(text: str) -> dict[Decimal, str | None]:
    return {o.value: o.population_group
            for o in extract_text(f"Tin BHYT\n\n{text}", D(2022, 10, 5)).observations}


def test_a_group_named_in_passing_leaves_a_ratio_of_all_the_people() -> None:
    for text in ("Nhờ vận động BHYT hộ gia đình, đến ngày 30/9/2022 toàn huyện Kim Bôi có "
                 "71.000/74.000 người có thẻ BHYT.",
                 "Năm 2022, huyện Kim Bôi có 900 người tham gia BHXH tự nguyện và 71.000/74.000 "
                 "người tham gia BHYT.",
                 "Năm 2022, BHXH tự nguyện và BHYT toàn huyện Kim Bôi có 71.000/74.000 người tham "
                 "gia."):
        assert _groups(text)[Decimal(71000)] is None, text
    # ... while a clause or a topic headed by the group keeps it
    assert _groups("Về BHXH tự nguyện, toàn huyện Kim Bôi có 530/1.200 người tham gia, đạt "
                   "44,2% kế hoạch.")[Decimal(530)] == "voluntary"


def test_a_headline_body_the_article_also_places_at_its_own_area_stays() -> None:
    text = ("Bình Định: Hội Nông dân vận động hơn 4.000 hội viên tham gia BHYT\n\nNăm 2022, Hội "
            "Nông dân tỉnh Bình Định vận động 4.100 hội viên. Riêng Hội Nông dân huyện Tuy Phước "
            "vận động được 700 hội viên.")
    result = extract_text(text, D(2022, 12, 1))
    (headline,) = [m.org.label for m in result.organisations if m.span.start < text.index("\n")]
    assert headline == "Hội Nông dân tỉnh Bình Định"


def test_times_of_a_campaign_start_no_list_of_people_won_over() -> None:
    text = ("Tin BHYT\n\nNăm 2022, xã Nghi Phong đã tuyên truyền, vận động 3 lần mỗi quý, và 1.150 "
            "người dân đã tham gia BHXH tự nguyện.")
    assert Decimal(1150) in {o.value for o in extract_text(text, D(2023, 1, 5)).observations}


def test_thong_nhat_or_a_record_over_time_frame_no_ranking() -> None:
    text = ("Tin BHYT\n\nTheo số liệu thống nhất của tỉnh Nghệ An, năm 2022 toàn tỉnh có 3,1 triệu "
            "người tham gia BHYT.")
    assert {r[2] for r in area_rows(extract_text(text, D(2023, 1, 5)))} == {"tỉnh Nghệ An"}
    text = ("Tin BHYT\n\nNăm 2022 là năm có số người tham gia BHYT cao nhất của tỉnh Nghệ An từ "
            "trước đến nay, với 3,1 triệu người.")
    assert {r[2] for r in area_rows(extract_text(text, D(2023, 1, 5)))} == {"tỉnh Nghệ An"}
    # ... while a ranking without "của" is one
    text = ("Tin BHYT\n\nNăm 2022, huyện Nghi Lộc có tỷ lệ bao phủ BHYT cao nhất tỉnh Nghệ An, với "
            "97,4%.")
    assert {r[2] for r in area_rows(extract_text(text, D(2023, 1, 5)))} == {"huyện Nghi Lộc"}


def test_a_person_named_like_a_unit_of_another_province_is_no_unit() -> None:
    text = ("Tin BHYT\n\nHuyện Tuy Phước, tỉnh Bình Định năm 2022 có 170.000 người tham gia BHYT. "
            "Chủ tịch UBND xã Lê Minh Xuân cho biết xã đã hoàn thành chỉ tiêu.")
    labels = {m.org.label for m in extract_text(text, D(2023, 1, 5)).organisations}
    assert "Ủy ban nhân dân xã Lê Minh Xuân" not in labels
