"""Extraction must not depend on which of several equivalent phrasings an article uses.

Each fix found by scripts/perturb_eval.py (docs/robustness.md) is checked here on INVENTED
sentences: the base phrasing gives the expected facts (so the test can fail), and every
equivalent phrasing gives the same facts.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from bhyt_kg.extract import extract_article
from bhyt_kg.extract.lexicon import COUNT_NOUN, REACHED
from bhyt_kg.model import Article, Extraction


def extract(text: str, published: dt.date = dt.date(2021, 11, 30)) -> Extraction:
    return extract_article(Article(id="robust", path="robust.txt", text=text, sha256="0",
                                   published=published))


def facts(ex: Extraction) -> set[tuple]:
    """The observations as comparable tuples (evidence spans left out: they move with words)."""
    return {(o.indicator, o.value, o.area.label if o.area else None, o.date, o.qualifier,
             o.population_group, o.is_target) for o in ex.observations}


def place_labels(ex: Extraction) -> set[str]:
    return {a.label for a, _ in ex.places}


# --- the shared lexicon -------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["đạt 90%", "đạt được 90%", "Đạt được 90%"])
def test_reached_covers_both_verbs(phrase: str) -> None:
    assert re.match(REACHED, phrase, re.I)


@pytest.mark.parametrize("noun", ["người", "người dân", "lượt người", "hộ gia đình", "thẻ"])
def test_count_noun_covers_the_variants(noun: str) -> None:
    assert re.fullmatch(COUNT_NOUN, noun)


# --- "đạt" = "đạt được" -------------------------------------------------------------------------

_REACHED_BASE = (
    "Huyện Phú Tân nâng cao độ bao phủ bảo hiểm y tế\n\n"
    "Tính đến ngày 30/9/2021, huyện Phú Tân (tỉnh An Giang) có 171.204 người tham gia BHYT, "
    "tỷ lệ bao phủ BHYT đạt 88,42% dân số. Một số xã có tỷ lệ cao như Phú Long đạt 93,5%, "
    "Phú Lâm đạt 91,08%.\n"
)


def test_reached_with_duoc_gives_the_same_rates() -> None:
    base = extract(_REACHED_BASE)
    want = {("coverage_rate", Decimal("88.42"), "huyện Phú Tân"),
            ("coverage_rate", Decimal("93.5"), "xã Phú Long"),
            ("coverage_rate", Decimal("91.08"), "xã Phú Lâm")}
    assert want <= {f[:3] for f in facts(base)}
    variant = extract(_REACHED_BASE.replace("đạt", "đạt được"))
    assert facts(variant) == facts(base)
    assert place_labels(variant) == place_labels(base)


def test_reached_with_duoc_before_the_word_rate() -> None:
    text = ("Năm 2020, toàn huyện Vĩnh Thạnh (Bình Định) có 27.310 người tham gia BHYT, "
            "đạt tỷ lệ 96,3%.\n")
    base = extract(text, dt.date(2021, 1, 15))
    assert ("coverage_rate", Decimal("96.3")) in {f[:2] for f in facts(base)}
    assert facts(extract(text.replace("đạt tỷ lệ", "đạt được tỉ lệ"),
                         dt.date(2021, 1, 15))) == facts(base)


# --- a count of "người" = of "người dân" --------------------------------------------------------

_STILL_TO_ENROL = (
    "Tỉnh Sóc Trăng đẩy mạnh vận động tham gia BHYT\n\n"
    "Số người tham gia BHYT toàn tỉnh Sóc Trăng đến ngày 15/10/2021 là 1.105.321 người. "
    "Một số huyện còn số người cần vận động tham gia BHYT khá cao, như Mỹ Tú còn 4.110 người, "
    "Cù Lao Dung 2.873 người, Trần Đề 2.450 người...\n"
)


def test_people_or_residents_in_a_list_of_remainders() -> None:
    base = extract(_STILL_TO_ENROL)
    assert {"huyện Mỹ Tú", "huyện Cù Lao Dung", "huyện Trần Đề"} <= place_labels(base)
    # the remainders are people still to enrol: no participants of those districts
    assert not {f for f in facts(base) if f[1] in (Decimal(4110), Decimal(2873))}
    variant = extract(_STILL_TO_ENROL.replace(" người,", " người dân,")
                      .replace(" người...", " người dân..."))
    assert place_labels(variant) == place_labels(base)
    assert facts(variant) == facts(base)


# --- "tham gia BHYT" = "tham gia bảo hiểm y tế" -------------------------------------------------


def test_group_subject_with_the_scheme_written_out() -> None:
    text = ("Hội nghị triển khai BHYT hộ cận nghèo năm 2022\n\n"
            "Theo báo cáo, đến nay hộ cận nghèo tham gia BHYT trên địa bàn huyện Quảng Điền "
            "mới đạt 51,37%.\n")
    base = extract(text, dt.date(2022, 3, 1))
    got = {(f[0], f[1], f[5]) for f in facts(base)}
    assert ("group_coverage_rate", Decimal("51.37"), "near_poor") in got
    variant = extract(text.replace("tham gia BHYT trên", "tham gia bảo hiểm y tế trên"),
                      dt.date(2022, 3, 1))
    assert facts(variant) == facts(base)


def test_share_of_a_count_with_the_scheme_written_out() -> None:
    # "(chiếm ...%)" after a count is that count's share of a total, not a coverage rate
    text = ("Huyện Mỹ Tú phát triển BHYT tự nguyện\n\n"
            "Toàn huyện Mỹ Tú có 86.120 người tham gia BHYT. Trong số này chỉ có hơn 7 ngàn "
            "thẻ BHYT tự nguyện hộ gia đình (chiếm khoảng 8,4%).\n")
    base = extract(text)
    assert not [f for f in facts(base) if f[1] == Decimal("8.4")]
    variant = extract(text.replace("thẻ BHYT tự", "thẻ bảo hiểm y tế tự"))
    assert facts(variant) == facts(base)


def test_list_of_localities_after_a_longer_clause() -> None:
    text = ("Huyện Vĩnh Thạnh tỉnh Bình Định\n\n"
            "Địa phương có tỷ lệ người tham gia BHYT cao, đạt 100% tỷ lệ bao phủ BHYT là "
            "Vĩnh Sơn.\n")
    base = extract(text)
    assert "xã Vĩnh Sơn" in place_labels(base)
    longer = (text.replace("BHYT", "bảo hiểm y tế").replace("người tham", "người dân tham")
              .replace("đạt", "đạt được"))
    assert "xã Vĩnh Sơn" in place_labels(extract(longer))


# --- a capitalised cue word inside a name ---------------------------------------------------------


@pytest.mark.parametrize("text, unit", [
    ("Tỷ lệ bao phủ BHYT tỉnh Trà Vinh năm 2020 đạt 91,2%, trong đó huyện Tiểu Cần đạt 93,6%.\n",
     "huyện Tiểu Cần"),
    ("Đến tháng 10/2020, huyện Thới Bình (Cà Mau) có tỷ lệ bao phủ BHYT 90,1%; xã Trí Phải đạt "
     "93,6%.\n", "xã Trí Phải"),
])
def test_a_name_ending_in_a_cue_word_is_no_target(text: str, unit: str) -> None:
    got = [f for f in facts(extract(text, dt.date(2020, 12, 1))) if f[1] == Decimal("93.6")]
    assert got and got[0][2] == unit and got[0][6] is False


def test_the_cue_word_itself_still_makes_a_target() -> None:
    text = ("Đến năm 2022, tỷ lệ bao phủ BHYT của huyện Tiểu Cần (Trà Vinh) phải đạt 95%.\n")
    got = [f for f in facts(extract(text, dt.date(2021, 6, 1))) if f[1] == Decimal(95)]
    assert got and got[0][6] is True


# --- the issue date of a document, however it is written ------------------------------------------


@pytest.mark.parametrize("date", ["12/4/2019", "12-4-2019", "12.4.2019", "12 tháng 4 năm 2019"])
def test_document_date_and_issuer_in_any_date_notation(date: str) -> None:
    text = (f"Thực hiện Kế hoạch số 52/KH-UBND ngày {date} của UBND huyện Quảng Điền về phát "
            "triển người tham gia BHYT, các xã đã tổ chức tuyên truyền.\n")
    (doc,) = [d for d in extract(text, dt.date(2019, 9, 1)).documents if d.ref.number == "52"]
    assert doc.issued == dt.date(2019, 4, 12)
    issuer = doc.ref.issuer
    assert issuer is not None and issuer.kind == "peoples_committee"
    assert issuer.area is not None and issuer.area.name == "Quảng Điền"


# --- "tỷ lệ bao phủ" = "độ bao phủ" ---------------------------------------------------------------


def test_rate_named_coverage_degree_keeps_its_target_cue() -> None:
    text = ("Kế hoạch năm 2022 của tỉnh Quảng Bình\n\n"
            "Năm nay, tỉnh được giao tỷ lệ bao phủ BHYT năm 2022 là 93,4%, năm 2023 là "
            "94,2%.\n")
    base = extract(text, dt.date(2022, 2, 1))
    assert {(f[1], f[6]) for f in facts(base)} >= {(Decimal("93.4"), True),
                                                      (Decimal("94.2"), True)}
    assert facts(extract(text.replace("tỷ lệ bao phủ", "độ bao phủ"), dt.date(2022, 2, 1))) \
        == facts(base)


# --- "toàn xã" = "trên địa bàn xã" ----------------------------------------------------------------


@pytest.mark.parametrize("whole", ["trên địa bàn xã", "cả xã", "trong toàn xã"])
def test_the_whole_unit_said_any_way(whole: str) -> None:
    text = ("Xã Quảng Thái (huyện Quảng Điền) phát triển BHYT\n\n"
            "Sau hai năm thực hiện, toàn xã có 5.120/5.384 người tham gia BHYT, đạt 95,1%.\n")
    base = extract(text, dt.date(2020, 5, 1))
    assert ("population", Decimal(5384)) in {f[:2] for f in facts(base)}
    assert facts(extract(text.replace("toàn xã", whole), dt.date(2020, 5, 1))) == facts(base)


# --- "BHXH" = "bảo hiểm xã hội"; "người" = "người dân" (sixteenth session's perturbation run) ----


def test_the_scheme_written_out_is_no_commune_word() -> None:
    # ("xã" of "bảo hiểm xã hội" is no unit: the next aim of a list stays an aim)
    text = ("Mục tiêu của huyện Krông Pa\n\n"
            "Huyện Krông Pa phấn đấu đến năm 2024, toàn huyện sẽ có khoảng 10% dân số trong độ "
            "tuổi tham gia BHXH. Trong đó, nông dân và lao động phi chính thức tham gia BHXH tự "
            "nguyện đạt khoảng 0,5% lực lượng lao động trong độ tuổi.\n")
    base = extract(text, dt.date(2023, 3, 1))
    assert (Decimal("0.5"), dt.date(2024, 12, 31), True) in {
        (f[1], f[3], f[6]) for f in facts(base)}
    assert facts(extract(text.replace("BHXH", "bảo hiểm xã hội"), dt.date(2023, 3, 1))) \
        == facts(base)


def test_items_counted_as_nguoi_dan_are_items_too() -> None:
    text = ("Kết quả năm 2023 của thị xã Hương Trà\n\n"
            "Đến cuối năm 2023, thị xã Hương Trà có 21.300 người tham gia BHXH; trong đó BHXH "
            "bắt buộc 17.900 người, BHXH tự nguyện 3.400 người.\n")
    base = extract(text, dt.date(2024, 1, 10))
    assert ("participants", Decimal(3400), "voluntary") in {(f[0], f[1], f[5]) for f in facts(base)}
    assert facts(extract(text.replace(" người", " người dân"), dt.date(2024, 1, 10))) \
        == facts(base)
