"""Place mentions and the article's home area: the five seeds and invented sentences."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from bhyt_kg.extract.places import find_places, home_area
from bhyt_kg.gazetteer import Gazetteer, ancestors, load
from bhyt_kg.model import Area

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load()


def chain(area: Area | None) -> list[str]:
    return [a.label for a in ancestors(area)] if area is not None else []


def places(text: str, gz: Gazetteer, on: dt.date | None = None) -> list[tuple[str, str]]:
    """(label of the resolved area, the original text of its mention)."""
    return [(a.label, text[s.start : s.end]) for a, s in find_places(text, gz, on)]


@pytest.mark.parametrize(
    ("prefix", "home"),
    [
        ("000", ["huyện Đông Hải", "tỉnh Bạc Liêu", "Việt Nam"]),
        ("001", ["huyện Phú Xuyên", "thành phố Hà Nội", "Việt Nam"]),
        ("002", ["phường Mỹ Long", "thành phố Long Xuyên", "tỉnh An Giang", "Việt Nam"]),
        ("003", ["huyện Yên Thế", "tỉnh Bắc Giang", "Việt Nam"]),
        ("004", ["thị xã Sông Cầu", "tỉnh Phú Yên", "Việt Nam"]),
    ],
)
def test_seed_home_area_and_parents(gz: Gazetteer, prefix: str, home: list[str]) -> None:
    (path,) = ARTICLES.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    found = find_places(text, gz, None)
    assert chain(home_area(text, found)) == home
    for area, span in found:  # every mention is an official unit of the article's province
        assert area.code is not None
        assert chain(area)[-2] == home[-2]
        assert text[span.start : span.end]


def test_dong_hai_mentions_with_bodies_and_communes(gz: Gazetteer) -> None:
    (path,) = ARTICLES.glob("000_*.txt")
    got = places(path.read_text(encoding="utf-8"), gz)
    assert ("huyện Đông Hải", "Huyện ủy Đông Hải") in got
    assert ("xã Long Điền Tây", "xã Long Điền Tây") in got
    assert got[0] == ("huyện Đông Hải", "Huyện Đông Hải")


def test_unit_words_and_bodies(gz: Gazetteer) -> None:
    text = (
        "UBND thị xã Sông Cầu họp với BHXH Tuy An. Thị ủy Sông Cầu chỉ đạo các xã, "
        "phường; phường Xuân Phú và xã Xuân Lâm đạt trên 90%."
    )
    assert places(text, gz) == [
        ("thị xã Sông Cầu", "thị xã Sông Cầu"),
        ("huyện Tuy An", "Tuy An"),
        ("thị xã Sông Cầu", "Thị ủy Sông Cầu"),
        ("phường Xuân Phú", "phường Xuân Phú"),
        ("xã Xuân Lâm", "xã Xuân Lâm"),
    ]


def test_lower_case_words_after_a_unit_word_are_not_places(gz: Gazetteer) -> None:
    text = "Bảo hiểm xã hội huyện phối hợp với các xã, thị trấn và phường trên địa bàn tỉnh."
    assert places(text, gz) == []


def test_chau_thanh_is_resolved_by_the_province_mentioned(gz: Gazetteer) -> None:
    text = "Hội nghị do UBND huyện Châu Thành tổ chức. Lãnh đạo tỉnh Tiền Giang dự."
    found = find_places(text, gz, None)
    assert [(a.label, a.code) for a, _ in found] == [
        ("huyện Châu Thành", "821"),
        ("tỉnh Tiền Giang", "82"),
    ]
    assert chain(home_area(text, found))[:2] == ["huyện Châu Thành", "tỉnh Tiền Giang"]


def test_a_commune_inside_a_mentioned_district_wins(gz: Gazetteer) -> None:
    # xã Tân Phú exists in many provinces; only one lies in huyện Châu Thành of Bến Tre.
    text = "Xã Tân Phú (huyện Châu Thành, tỉnh Bến Tre) vận động người dân tham gia BHYT."
    (commune, _), (district, _), (province, _) = find_places(text, gz, None)
    assert commune.parent == district and district.parent == province
    assert province.name == "Bến Tre"


def test_an_unresolvable_name_keeps_its_unit_and_has_no_code(gz: Gazetteer) -> None:
    (area, span), = find_places("UBND huyện Châu Thành tổ chức hội nghị về BHYT.", gz, None)
    assert (area.label, area.code, span.start) == ("huyện Châu Thành", None, 5)


def test_thi_xa_and_huyen_ky_anh_are_two_units(gz: Gazetteer) -> None:
    text = "Thị xã Kỳ Anh đạt 95% dân số tham gia BHYT, trong khi huyện Kỳ Anh đạt 92%."
    found = find_places(text, gz, None)
    assert [(a.label, a.code) for a, _ in found] == [
        ("thị xã Kỳ Anh", "449"),
        ("huyện Kỳ Anh", "447"),
    ]
    assert found[0][0].parent == found[1][0].parent


def test_nfd_input_gives_offsets_into_the_original(gz: Gazetteer) -> None:
    text = unicodedata.normalize("NFD", "Phát tờ rơi ở xã Long Điền Tây (huyện Đông Hải).")
    found = find_places(text, gz, None)
    assert [a.label for a, _ in found] == ["xã Long Điền Tây", "huyện Đông Hải"]
    span = found[1][1]
    assert unicodedata.normalize("NFC", text[span.start : span.end]) == "huyện Đông Hải"


def test_old_tone_marks_and_non_breaking_spaces(gz: Gazetteer) -> None:
    text = "Thành uỷ\u00a0Long Xuyên và UBND tỉnh Khánh Hoà"
    assert places(text, gz) == [
        ("thành phố Long Xuyên", "Thành uỷ\u00a0Long Xuyên"),
        ("tỉnh Khánh Hòa", "tỉnh Khánh Hoà"),
    ]


@pytest.mark.parametrize(
    "written", ["TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "Tp. Hồ Chí Minh"]
)
def test_ho_chi_minh_city(gz: Gazetteer, written: str) -> None:
    text = f"Năm 2023, {written} có hơn 9 triệu người tham gia BHYT."
    assert places(text, gz) == [("thành phố Hồ Chí Minh", written)]


def test_numbered_wards_resolve_by_their_district(gz: Gazetteer) -> None:
    text = "Phường 1, Quận 3 và phường Bến Nghé, Quận 1 của TP.HCM"
    found = find_places(text, gz, None)
    assert [a.label for a, _ in found] == [
        "phường 1", "quận 3", "phường Bến Nghé", "quận 1", "thành phố Hồ Chí Minh",
    ]
    assert found[0][0].parent == found[1][0] and found[2][0].parent == found[3][0]


def test_bare_title_name_counts_only_when_unique_or_consistent(gz: Gazetteer) -> None:
    alone = "KINH TẾ\n\nKiến Xương tổng kết công tác BHYT năm 2023\n\nNội dung bài."
    assert places(alone, gz) == [("huyện Kiến Xương", "Kiến Xương")]
    assert chain(home_area(alone, find_places(alone, gz, None)))[1] == "tỉnh Thái Bình"
    # "Châu Thành" names ten districts: alone it says nothing ...
    ambiguous = "Châu Thành tổng kết công tác BHYT\n\nNội dung bài."
    assert places(ambiguous, gz) == []
    # ... but the article's other places pick one.
    resolved = ambiguous + " Lãnh đạo tỉnh Tiền Giang dự."
    assert places(resolved, gz) == [
        ("huyện Châu Thành", "Châu Thành"),
        ("tỉnh Tiền Giang", "tỉnh Tiền Giang"),
    ]
    # A capitalised run that is not a place, and a place name inside a longer run, are not.
    assert places("Ban Bí thư chỉ đạo\n\nNội dung.", gz) == []


def test_home_is_lifted_when_the_first_commune_disagrees_with_the_rest(gz: Gazetteer) -> None:
    text = (
        "BHYT toàn dân: kết quả năm 2023\n\n"
        "Tại xã Long Điền Tây, đoàn công tác đã làm việc. Huyện Đông Hải có xã Long Điền, "
        "xã An Trạch và xã Định Thành đạt trên 95%."
    )
    assert chain(home_area(text, find_places(text, gz, None)))[0] == "huyện Đông Hải"


def test_home_of_an_article_without_places_is_none(gz: Gazetteer) -> None:
    assert home_area("Tin tức BHYT\n\nKhông có địa danh.", ()) is None


def test_former_district_name_resolves_through_the_aliases(gz: Gazetteer) -> None:
    text = "Huyện ủy Yên Dũng ban hành Chỉ thị về BHYT."
    ((area, _),) = find_places(text, gz, dt.date(2018, 5, 1))
    assert (area.label, area.code, area.parent.label) == ("huyện Yên Dũng", None, "tỉnh Bắc Giang")


def test_after_the_reform_new_communes_are_chosen(gz: Gazetteer) -> None:
    text = "Xã Đông Hải tổ chức hội nghị về BHYT. UBND tỉnh Cà Mau chỉ đạo."
    after = find_places(text, gz, dt.date(2025, 9, 1))
    assert [(a.label, a.parent.label) for a, _ in after] == [
        ("xã Đông Hải", "tỉnh Cà Mau"),
        ("tỉnh Cà Mau", "Việt Nam"),
    ]
    before = find_places(text, gz, dt.date(2024, 9, 1))
    # Before the reform no xã Đông Hải was in Cà Mau: the article cannot place it.
    assert before[0][0].code is None
