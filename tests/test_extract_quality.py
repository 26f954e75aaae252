"""Issue 4, extraction quality: general rules, each tested on invented sentences.

Every sentence here is written for the test (other places, numbers and wording than the
development corpus), so a rule passes only if it reads the phrasing family, not one article.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bhyt_kg.extract.observations import extract_observations
from bhyt_kg.extract.places import find_places, home_area
from bhyt_kg.gazetteer import load as load_gazetteer
from bhyt_kg.model import NATION, Area, Observation
from bhyt_kg.segment import sentences

D = dt.date
PUBLISHED = D(2021, 6, 15)
HOME = Area(level="district", unit="huyện", name="Thử Nghiệm")


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def extract(text: str, published: dt.date | None = PUBLISHED, home: Area | None = HOME,
            gazetteer=None) -> tuple[Observation, ...]:
    """Observations of ``text``; with a gazetteer, the places it names and its home area too."""
    places = find_places(text, gazetteer, published) if gazetteer is not None else ()
    if gazetteer is not None:
        home = home_area(text, places) or home
    return extract_observations(sentences(text), text, home, published, places)


def pick(obs, **want) -> Observation:
    """The one observation with these field values."""
    found = [o for o in obs if all(getattr(o, k) == v for k, v in want.items())]
    assert len(found) == 1, (want, found)
    return found[0]


def label(area: Area | None) -> str | None:
    return area.label if area is not None else None


# --- areas: parents named as qualifiers, coordinated units, the whole country ----------------


def test_parent_in_parentheses_is_a_qualifier_not_the_area(gazetteer) -> None:
    text = ("Đến hết tháng 6, huyện Đức Trọng (Lâm Đồng) có hơn 180.000 người có thẻ BHYT, "
            "đạt tỷ lệ bao phủ 91,2%.")
    obs = extract(text, gazetteer=gazetteer)
    assert label(pick(obs, indicator="coverage_rate").area) == "huyện Đức Trọng"
    assert label(pick(obs, indicator="participants").area) == "huyện Đức Trọng"


def test_parent_named_in_an_apposition_is_a_qualifier(gazetteer) -> None:
    text = ("Xã Tà Năng là xã vùng cao của huyện Đức Trọng với tổng dân số là 9.418 người. "
            "Tỷ lệ bao phủ BHYT của xã đạt 95,6%.")
    obs = extract(text, gazetteer=gazetteer)
    assert label(pick(obs, indicator="population").area) == "xã Tà Năng"


def test_a_parent_with_its_own_figure_is_still_an_area(gazetteer) -> None:
    text = ("Năm 2020, xã Tà Năng đạt tỷ lệ bao phủ BHYT 97,1%, huyện Đức Trọng đạt 90,4%.")
    obs = extract(text, gazetteer=gazetteer)
    assert label(pick(obs, value=Decimal("97.1")).area) == "xã Tà Năng"
    assert label(pick(obs, value=Decimal("90.4")).area) == "huyện Đức Trọng"


def test_coordinated_units_share_one_figure(gazetteer) -> None:
    text = ("Năm 2020, tỷ lệ bao phủ BHYT cao nhất là xã Tà Năng và xã Đà Loan đạt khoảng 98%.")
    obs = extract(text, gazetteer=gazetteer)
    rates = [o for o in obs if o.value == 98]
    assert {label(o.area) for o in rates} == {"xã Tà Năng", "xã Đà Loan"}
    assert all(o.qualifier == "about" for o in rates)


@pytest.mark.parametrize("phrase", ["tất cả 63 tỉnh, thành phố", "34 tỉnh, thành phố",
                                    "toàn bộ tỉnh, thành"])
def test_all_provinces_is_the_nation(phrase: str) -> None:
    text = f"Theo đó, đến năm 2025, {phrase} đều phấn đấu đạt tỷ lệ bao phủ BHYT trên 95%."
    ob = pick(extract(text), value=Decimal("95"))
    assert ob.area == NATION and ob.is_target


def test_a_province_count_that_is_not_all_of_them_is_not_the_nation() -> None:
    text = "Năm 2020, có 12 tỉnh, thành phố đạt tỷ lệ bao phủ BHYT trên 95%."
    assert all(o.area != NATION for o in extract(text))


# --- population groups and subjects -----------------------------------------------------------


def test_statutory_farming_households_are_farmers() -> None:
    text = ("Tính đến ngày 30/6/2021, số người tham gia BHYT hộ gia đình là 41.200 người. "
            "Trong đó, người thuộc hộ gia đình làm nông, lâm, ngư và diêm nghiệp có mức sống "
            "trung bình năm 2021 là 8.315 người.")
    ob = pick(extract(text), value=Decimal("8315"))
    assert (ob.indicator, ob.population_group) == ("participants", "farmers")
    # the bare year of the detail does not override the date it details
    assert ob.date == D(2021, 6, 30)


def test_a_detail_without_a_participants_count_before_it_is_no_count() -> None:
    text = ("Huyện tổ chức 12 hội nghị tuyên truyền về BHYT. "
            "Trong đó, người thuộc hộ làm nông nghiệp, ngư nghiệp, diêm nghiệp là 300 người.")
    assert not [o for o in extract(text) if o.value == 300]


def test_group_as_subject_of_a_participation_rate() -> None:
    text = ("UBND tỉnh yêu cầu các trường tăng cường vận động sinh viên tham gia BHYT đạt 100%, "
            "nhằm hoàn thành chỉ tiêu năm học.")
    ob = pick(extract(text), value=Decimal("100"))
    assert (ob.indicator, ob.population_group) == ("group_coverage_rate", "students")


def test_purpose_states_a_target() -> None:
    text = ("Sở Y tế chỉ đạo các trạm y tế rà soát, nhằm nâng tỷ lệ bao phủ BHYT toàn tỉnh "
            "đạt 93% vào cuối năm 2022.")
    ob = pick(extract(text), value=Decimal("93"))
    assert ob.is_target and ob.indicator == "coverage_rate"


def test_sentence_without_subject_continues_the_previous_group() -> None:
    text = ("Riêng BHYT học sinh, đến ngày 31/5/2021, toàn thị xã có 18.640 học sinh tham gia. "
            "Đạt tỷ lệ 98,7 %, còn 243 em chưa tham gia.")
    ob = pick(extract(text), value=Decimal("98.7"))
    assert (ob.indicator, ob.population_group) == ("group_coverage_rate", "students")


def test_stray_slash_before_percent_is_read_as_percent() -> None:
    text = "Tính đến ngày 31/5/2021, tỷ lệ bao phủ BHYT toàn huyện đạt 90,15/%."
    ob = pick(extract(text), value=Decimal("90.15"))
    assert ob.indicator == "coverage_rate" and ob.unit == "percent"


# --- cards ----------------------------------------------------------------------------------------


def test_cards_measured_against_the_plan_are_participants() -> None:
    text = "Đến nay, toàn xã đã phát triển 6.120 thẻ BHYT, đạt 82% so với chỉ tiêu huyện giao."
    obs = extract(text)
    assert pick(obs, value=Decimal("6120")).indicator == "participants"
    assert pick(obs, value=Decimal("82")).indicator == "plan_completion"


def test_cards_issued_or_bought_are_not_a_participants_count() -> None:
    text = ("Năm 2021, huyện đã cấp 14.300 thẻ BHYT cho người dân tộc thiểu số. "
            "UBND huyện mua 2.050 thẻ BHYT tặng hộ cận nghèo.")
    assert not [o for o in extract(text) if o.value in (14300, 2050)]


# --- restatements -------------------------------------------------------------------------------


def test_rounded_title_figure_restates_the_dated_one() -> None:
    text = ("Tỷ lệ bao phủ BHYT đạt gần 92%\n\n"
            "Tính đến ngày 31/5/2021, toàn huyện có 97.500 người tham gia BHYT, đạt tỷ lệ bao phủ "
            "91,6% dân số.")
    rates = [o for o in extract(text) if o.indicator == "coverage_rate"]
    assert [o.value for o in rates] == [Decimal("91.6")]


def test_a_title_figure_far_from_the_body_is_kept() -> None:
    text = ("Tỷ lệ bao phủ BHYT đạt gần 92%\n\n"
            "Tính đến ngày 31/5/2021, toàn huyện đạt tỷ lệ bao phủ 80,2% dân số.")
    rates = sorted(o.value for o in extract(text) if o.indicator == "coverage_rate")
    assert rates == [Decimal("80.2"), Decimal("92")]
