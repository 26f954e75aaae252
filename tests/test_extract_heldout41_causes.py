"""Issue 4: the general patterns behind the forty-first held-out set's misses
(data/heldout41/README.md).

Every sentence here is invented (other places, numbers and wording than the held-out articles),
so a rule passes only if it is general. Sentences are set in tỉnh Hà Nam, tỉnh Yên Bái, tỉnh Bình
Định and the nation (before the 2025 reform).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text, org_labels, place_labels, values

D = dt.date


def test_a_count_over_its_whole_written_after_it() -> None:
    text = ("Tin BHYT\n\nHiện nay, xã Đinh Xá có 5.210 người trong độ tuổi lao động, nhưng chỉ có "
            "64 người trên tổng số 5.210 lao động tham gia bảo hiểm xã hội tự nguyện.")
    got = extract_text(text, D(2024, 3, 1)).observations
    assert {(o.indicator, o.value, o.population_group) for o in got} == {
        ("participants", Decimal(64), "voluntary")}


def test_a_small_fraction_of_people_is_no_count() -> None:
    text = "3/4 người lao động tự do có thẻ bảo hiểm y tế\n\nTin tức trong tuần."
    assert not values(extract_text(text, D(2020, 1, 5))) & {Decimal(3), Decimal(4)}


def test_the_labour_ministry_dashed_and_its_research_institute() -> None:
    text = ("Tin BHYT\n\nNăm 2021, Viện Khoa học Lao động và Xã hội (Bộ LĐ-TB-XH) công bố khảo sát "
            "về lao động nền tảng số.")
    assert {"Bộ Lao động - Thương binh và Xã hội",
            "Viện Khoa học Lao động và Xã hội"} <= org_labels(extract_text(text, D(2021, 5, 1)))


def test_free_check_ups_are_no_insured_visits() -> None:
    text = ("Tin BHYT\n\nViệc khám chữa bệnh bằng thẻ BHYT cho người cao tuổi được thực hiện đúng "
            "quy định, riêng năm 2020 đã có trên 40 nghìn lượt người cao tuổi khám, chữa bệnh, tổ "
            "chức khám sức khỏe và cấp thuốc miễn phí cho gần 9,2 nghìn lượt người.")
    got = {o.value for o in extract_text(text, D(2021, 1, 5)).observations
           if o.indicator == "insured_visits"}
    assert Decimal(9200) not in got and Decimal(40000) in got


def test_a_district_in_brackets_after_a_stray_comma() -> None:
    text = ("Tin BHYT\n\nChị Phạm Thị Hoa, thôn Phú Sơn, ở xã Nghĩa Phương, (Lục Nam) đã tham gia "
            "BHXH tự nguyện.")
    labels = place_labels(extract_text(text, D(2022, 1, 5)))
    assert {"xã Nghĩa Phương", "huyện Lục Nam"} <= labels
