"""Issue 4: people and places that a probe of 150 invented articles found misread (thirteenth
session, 2026-12-07; docs/robustness.md, "A probe of people, bodies and places").

Every sentence here is invented again, with other names and places than the probe's.
"""

from __future__ import annotations

from extraction_cases import extract_text


def _people(body: str, title: str = "Tin BHYT") -> dict[str, set[tuple[str, str]]]:
    """Each person's name with the (title, organisation) of each post."""
    result = extract_text(f"{title}\n\n{body}")
    return {p.name: {(q.title, q.org.label) for q in p.posts} for p in result.people}


def _places(body: str) -> set[tuple[str, str, str | None]]:
    """(level, label, parent's label) of each place."""
    result = extract_text(f"Tin BHYT\n\n{body}")
    return {(a.level, a.label, a.parent.label if a.parent else None) for a, _ in result.places}


def test_a_central_highlands_name_keeps_its_apostrophe_syllable() -> None:
    got = _people("Bà H'Mai Ayun, Chủ tịch Hội LHPN xã Ia Pếch, đã trao 30 thẻ BHYT cho hội "
                  "viên.")
    assert "H'Mai Ayun" in got and "Mai Ayun" not in got
    assert got["H'Mai Ayun"] == {("Chủ tịch", "Hội Liên hiệp Phụ nữ xã Ia Pếch")}


def test_a_one_syllable_apostrophe_name_is_a_person() -> None:
    got = _people("Ông K'Điểu, già làng ở thôn Bù Gia, cho biết cả thôn đã có thẻ BHYT.")
    assert "K'Điểu" in got


def test_surnames_of_the_northern_uplands_before_a_name_without_an_honorific() -> None:
    got = _people("Phó Chủ tịch UBND huyện Mường Lát Lù Văn Thắng cho biết toàn huyện có 98% "
                  "dân số tham gia BHYT.")
    assert got.get("Lù Văn Thắng") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Mường Lát")}
    got = _people("Theo Chủ tịch UBND xã Pá Mỳ Và A Sùng, toàn xã có 2.100 người tham gia BHYT.")
    assert got.get("Và A Sùng") == {("Chủ tịch", "Ủy ban nhân dân xã Pá Mỳ")}


def test_a_headline_place_before_a_colon_is_no_person() -> None:
    got = _people("Vũ Thư: Chủ tịch Ủy ban MTTQ huyện trao thẻ BHYT cho hộ cận nghèo. Sáng 5/3, "
                  "tại huyện Vũ Thư (Thái Bình), đã trao 200 thẻ BHYT cho hộ cận nghèo.")
    assert "Vũ Thư" not in got
    got = _people("Đinh Lập: Phó Chủ tịch UBND huyện thăm hộ nghèo. Ngày 5/3, huyện Đinh Lập "
                  "(Lạng Sơn) đã trao 100 thẻ BHYT.")
    assert "Đinh Lập" not in got


def test_a_person_before_a_colon_and_a_post_stays_a_person() -> None:
    got = _people("Ngày 5/3, tại huyện Đinh Lập (Lạng Sơn), ông Đinh Văn Lập: Phó Chủ tịch UBND "
                  "huyện đã trao 100 thẻ BHYT.")
    assert got.get("Đinh Văn Lập") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Đinh Lập")}


def test_a_commune_then_its_district_and_province_is_an_address_not_a_list() -> None:
    got = _places("Đoàn công tác đã khảo sát tại xã Đồng Tiến, huyện Hữu Lũng, Lạng Sơn và các "
                  "xã lân cận.")
    assert ("province", "tỉnh Lạng Sơn", "Việt Nam") in got
    assert not any(level == "commune" and label == "xã Lạng Sơn" for level, label, _ in got)
    assert ("commune", "xã Đồng Tiến", "huyện Hữu Lũng") in got


def test_a_list_of_communes_still_reads_each_item() -> None:
    got = _places("Các xã Yên Lạc, Vũ Lễ, Hữu Lũng đều đạt tỷ lệ trên 90%.")
    assert {label for level, label, _ in got if level == "commune"} == {
        "xã Yên Lạc", "xã Vũ Lễ", "xã Hữu Lũng"}
