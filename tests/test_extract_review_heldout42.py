"""Issue 4: over-reaches of the heldout42 rules that a review found (131 invented articles run
before and after them; fourteenth session, 2026-12-07; data/heldout42/README.md, "Review").

Every sentence here is invented again, with other places and figures than the review's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text

_APRIL_2024 = dt.date(2024, 4, 15)


def _extract(body: str):
    return extract_text(f"Tin BHYT\n\n{body}", _APRIL_2024)


def _observations(body: str) -> set[tuple]:
    """(indicator, value, group, is_target, area label) of each observation."""
    return {(o.indicator, o.value, o.population_group, o.is_target,
             o.area.label if o.area else None) for o in _extract(body).observations}


def _people(body: str) -> dict[str, set[tuple[str, str]]]:
    return {p.name: {(q.title, q.org.label) for q in p.posts} for p in _extract(body).people}


def test_people_of_the_area_or_of_the_kinds_named_are_counted() -> None:
    got = _observations("Năm 2023, toàn tỉnh Quảng Bình có 2.340 đối tượng trên địa bàn thuộc hộ "
                        "nghèo được cấp thẻ BHYT.")
    assert any(ind == "participants" and value == Decimal(2340) for ind, value, *_ in got)
    got = _observations("Năm 2023, tỉnh Quảng Bình có 4.100 đối tượng này tham gia BHXH tự "
                        "nguyện.")
    assert any(ind == "participants" and value == Decimal(4100) for ind, value, *_ in got)


def test_local_work_is_no_joining_at_a_meeting() -> None:
    got = _observations("Năm 2023, huyện Minh Hóa có 2.800 lao động làm việc tại chỗ tham gia "
                        "BHXH bắt buộc.")
    assert any(ind == "participants" and value == Decimal(2800) for ind, value, *_ in got)
    got = _observations("Năm 2023, huyện Minh Hóa có 1.150 người tham gia BHXH tự nguyện tại "
                        "chỗ, không phải đi làm xa.")
    assert any(ind == "participants" and value == Decimal(1150) for ind, value, *_ in got)


def test_a_campaign_is_no_meeting() -> None:
    got = _observations("Năm 2023, có 940 hộ gia đình tham gia cuộc vận động toàn dân tham gia "
                        "BHYT ở huyện Minh Hóa.")
    assert not any(ind == "meeting_attendance" for ind, *_ in got)


def test_informal_workers_in_the_household_scheme_stay_households() -> None:
    got = _observations("Năm 2023, tỉnh Quảng Bình có 42.000 lao động phi chính thức tham gia BHYT "
                        "hộ gia đình.")
    assert ("participants", Decimal(42000), "households", False, "tỉnh Quảng Bình") in got


def test_dai_hoc_ends_a_name() -> None:
    got = _people("Sinh viên Lê Quang Minh Đại học Vinh được cấp thẻ BHYT.")
    assert "Lê Quang Minh Đại" not in got


def test_only_the_post_held_once_is_dropped() -> None:
    got = _people("Nguyên Giám đốc BHXH huyện Minh Hóa, Giám đốc BHXH tỉnh Quảng Bình Đặng Văn "
                  "Hùng cho biết toàn tỉnh có 95% dân số tham gia BHYT.")
    assert got.get("Đặng Văn Hùng") == {("Giám đốc", "Bảo hiểm xã hội tỉnh Quảng Bình")}


def test_giu_nguyen_and_a_given_name_nguyen_are_no_former_posts() -> None:
    got = _people("Huyện vẫn giữ nguyên Giám đốc BHXH huyện Minh Hóa Phạm Văn Tài làm phó ban chỉ "
                  "đạo.")
    assert got.get("Phạm Văn Tài") == {("Giám đốc", "Bảo hiểm xã hội huyện Minh Hóa")}


def test_a_detail_naming_its_own_unit_keeps_it() -> None:
    got = _observations("BHXH tỉnh Quảng Bình cho biết, năm 2023 huyện Minh Hóa có 48.000 người "
                        "tham gia BHYT. Trong đó, số người tham gia BHXH tự nguyện của tỉnh là "
                        "27.000 người.")
    assert any(value == Decimal(27000) and area == "tỉnh Quảng Bình"
               for _, value, _, _, area in got)


def test_a_detail_about_the_nation_is_no_aim_of_the_province() -> None:
    got = _observations("Tỉnh Quảng Bình phấn đấu đến năm 2025 có 95% dân số tham gia BHYT. Trong "
                        "đó, cả nước có 93,35% dân số tham gia BHYT.")
    assert not any(value == Decimal("93.35") and target for _, value, _, target, _ in got)


def test_voters_of_a_place_are_no_person() -> None:
    got = _people("Cử tri Tân Thành (thôn 4) kiến nghị về việc cấp thẻ BHYT.")
    assert "Tân Thành" not in got
