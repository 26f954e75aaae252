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


# --- lists, bare provinces, spellings, misspellings, home level (issue 4) --------------------


def labels(text: str, gz: Gazetteer, on: dt.date | None = None) -> list[str]:
    return [a.label for a, _ in find_places(text, gz, on)]


def test_names_listed_after_one_unit_word(gz: Gazetteer) -> None:
    text = "Các xã Vĩnh Trạch, Vĩnh Chánh và Thoại Giang của huyện Thoại Sơn đạt trên 95%."
    found = find_places(text, gz, None)
    assert [(a.label, text[s.start : s.end]) for a, s in found] == [
        ("xã Vĩnh Trạch", "xã Vĩnh Trạch"),
        ("xã Vĩnh Chánh", "Vĩnh Chánh"),
        ("xã Thoại Giang", "Thoại Giang"),
        ("huyện Thoại Sơn", "huyện Thoại Sơn"),
    ]
    assert all(a.parent == found[-1][0] for a, _ in found[:3])


def test_a_list_ends_at_the_first_name_that_is_not_such_a_unit(gz: Gazetteer) -> None:
    text = "Tin BHYT\n\nUBND xã Vĩnh Trạch, Hội Nông dân và Vĩnh Chánh phối hợp (huyện Thoại Sơn)."
    assert labels(text, gz) == ["xã Vĩnh Trạch", "huyện Thoại Sơn"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Có 3 xã đạt dưới 80% gồm: Định Mỹ, Định Thành, Vĩnh Phú.",
        "Những xã có tỷ lệ thấp là Định Mỹ, Định Thành và Vĩnh Phú.",
        "Nhiều xã tham gia tốt như: Định Mỹ (93,2%); Định Thành (91%); Vĩnh Phú (90,5%).",
    ],
)
def test_names_listed_after_a_plural_unit_word_and_a_marker(
    gz: Gazetteer, sentence: str
) -> None:
    text = "Huyện Thoại Sơn tổng kết năm 2022. " + sentence
    assert labels(text, gz) == [
        "huyện Thoại Sơn", "xã Định Mỹ", "xã Định Thành", "xã Vĩnh Phú",
    ]


def test_a_list_of_two_unit_kinds(gz: Gazetteer) -> None:
    text = (
        "Tỉnh An Giang: các huyện, thị xã có tỷ lệ cao như: Thoại Sơn (93,1%); Tân Châu "
        "(92%), Chợ Mới (90%)."
    )
    assert labels(text, gz) == ["tỉnh An Giang", "huyện Thoại Sơn", "thị xã Tân Châu", "huyện Chợ Mới"]


def test_plural_unit_words_without_names_give_no_places(gz: Gazetteer) -> None:
    text = "Các xã có tỷ lệ thấp là do người dân chưa quan tâm; 12 xã, thị trấn đạt chuẩn."
    assert labels(text, gz) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Tại Lâm Đồng, tỷ lệ bao phủ BHYT đạt 89%.", "Lâm Đồng"),
        ("Người dân Lâm Đồng tích cực tham gia BHYT.", "Lâm Đồng"),
        ("Huyện Bảo Lâm (Lâm Đồng) đạt 90%.", "Lâm Đồng"),
        ("LÂM ĐỒNG - Sáng 5/3, ngành BHXH tổ chức hội nghị.", "LÂM ĐỒNG"),
        ("Ở Bà Rịa - Vũng Tàu, tỷ lệ đạt 92%.", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_a_province_named_alone_in_the_body(gz: Gazetteer, text: str, mention: str) -> None:
    got = [(a.level, text[s.start : s.end]) for a, s in find_places(text, gz, None)]
    assert ("province", mention) in got


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Thái Bình phát biểu tại hội nghị.",
        "Theo Báo Thái Bình, hội nghị đã diễn ra.",
        "Bà Lê Thị Hà Nam, cán bộ BHXH, cho biết.",
    ],
)
def test_a_province_name_inside_a_longer_name_is_not_a_place(gz: Gazetteer, text: str) -> None:
    assert labels(text, gz) == []


def test_a_bare_title_name_prefers_the_province_over_its_city(gz: Gazetteer) -> None:
    text = "Bắc Ninh: Tổng kết công tác BHYT năm 2023\n\nUBND tỉnh đã chỉ đạo các huyện."
    found = find_places(text, gz, None)
    assert [(a.label, a.level) for a, _ in found] == [("tỉnh Bắc Ninh", "province")]


@pytest.mark.parametrize("written", ["TPHCM", "TP HCM", "Tp.HCM"])
def test_ho_chi_minh_city_abbreviations(gz: Gazetteer, written: str) -> None:
    assert places(f"Năm 2024, {written} đạt 93% dân số tham gia BHYT.", gz) == [
        ("thành phố Hồ Chí Minh", written)
    ]


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("huyện Tân Kì", "huyện Tân Kỳ"),
        ("thị xã Kì Anh", "thị xã Kỳ Anh"),
        ("xã Quy Đức", "xã Qui Đức"),
        ("tỉnh Đăk Lăk", "tỉnh Đắk Lắk"),
        ("Thành ủy Thanh Hoá", "thành phố Thanh Hóa"),
    ],
)
def test_spelling_variants_of_official_names(gz: Gazetteer, written: str, official: str) -> None:
    assert labels(f"Hội nghị của {written} về BHYT.", gz) == [official]


def test_a_one_letter_misspelling_inside_the_articles_province(gz: Gazetteer) -> None:
    text = "Năm 2023, huyện Krông Pak (Đắk Lắk) có 92% dân số tham gia BHYT."
    found = find_places(text, gz, None)
    (district, span), (province, _) = found
    assert (district.label, district.code, province.label) == ("huyện Krông Pak", "654", "tỉnh Đắk Lắk")
    assert text[span.start : span.end] == "huyện Krông Pak"
    assert chain(home_area(text, found))[0] == "huyện Krông Pak"
    # Without the province, a near name is not guessed.
    assert labels("Năm 2023, huyện Krông Pak có 92% dân số tham gia BHYT.", gz) == []


def test_the_bodys_own_words_lift_the_home_to_the_province(gz: Gazetteer) -> None:
    text = (
        "Kết quả bao phủ BHYT đến tháng 9\n\n"
        "Toàn tỉnh có 700.000 người tham gia BHYT. Trong đó, huyện Thoại Sơn đạt cao nhất, "
        "huyện Chợ Mới thấp nhất. Trên địa bàn tỉnh còn 8% dân số chưa tham gia."
    )
    assert chain(home_area(text, find_places(text, gz, None)))[0] == "tỉnh An Giang"


def test_the_bodys_own_words_pick_the_one_district_named(gz: Gazetteer) -> None:
    text = (
        "Kết quả bao phủ BHYT đến tháng 9\n\n"
        "BHXH tỉnh An Giang cho biết: toàn huyện Thoại Sơn có 160.000 người tham gia, "
        "toàn huyện đạt 93%; UBND tỉnh An Giang khen thưởng."
    )
    assert chain(home_area(text, find_places(text, gz, None)))[0] == "huyện Thoại Sơn"


def test_a_list_of_communes_does_not_make_the_first_one_home(gz: Gazetteer) -> None:
    text = (
        "Kết quả BHYT năm 2022\n\n"
        "Các xã Vĩnh Trạch, Vĩnh Chánh và Thoại Giang đạt 100%. Huyện Thoại Sơn đạt 93%."
    )
    assert chain(home_area(text, find_places(text, gz, None)))[0] == "huyện Thoại Sơn"


def test_after_the_reform_new_units_and_new_provinces(gz: Gazetteer) -> None:
    on = dt.date(2025, 9, 15)
    text = "Phường Hạc Thành (Thanh Hóa) và đặc khu Phú Quốc đạt trên 95%. Tại Tuyên Quang cũng vậy."
    found = find_places(text, gz, on)
    assert [(a.label, a.parent.label) for a, _ in found] == [
        ("phường Hạc Thành", "tỉnh Thanh Hóa"),
        ("tỉnh Thanh Hóa", "Việt Nam"),
        ("đặc khu Phú Quốc", "tỉnh An Giang"),
        ("tỉnh Tuyên Quang", "Việt Nam"),
    ]
    assert all(gz.era(a) is not None or a.level == "province" for a, _ in found)
