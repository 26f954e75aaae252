"""Results and targets from sentences (bhyt_kg/extract/observations.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bhyt_kg.extract.observations import extract_observations
from bhyt_kg.model import Area, Observation
from bhyt_kg.segment import sentences

SEEDS = Path(__file__).resolve().parents[1] / "data" / "articles"
D = dt.date
PUBLISHED = D(2024, 8, 1)
HOME = Area(level="district", unit="huyện", name="Thử Nghiệm")


def extract(text: str, published: dt.date | None = PUBLISHED, home: Area | None = HOME) -> tuple[Observation, ...]:
    return extract_observations(sentences(text), text, home, published)


def seed(prefix: str, published: dt.date | None) -> tuple[str, tuple[Observation, ...]]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    return text, extract(text, published)


def pick(obs, **want) -> Observation:
    """The one observation with these field values."""
    found = [o for o in obs if all(getattr(o, k) == v for k, v in want.items())]
    assert len(found) == 1, (want, found)
    return found[0]


def table(obs) -> set[tuple]:
    return {(o.indicator, o.value, o.scheme, o.population_group, o.is_target) for o in obs}


# --- the five seeds ----------------------------------------------------------------------------


def test_seed_000_dong_hai_2019() -> None:
    text, obs = seed("000", D(2020, 5, 1))
    year = {"date": D(2019, 12, 31), "date_basis": "end_of_period",
            "period_start": D(2019, 1, 1), "period_end": D(2019, 12, 31)}
    p = pick(obs, indicator="participants")
    assert (p.value, p.qualifier, p.unit, p.scheme) == (143000, "more_than", "person", "health_insurance")
    assert all(getattr(p, k) == v for k, v in year.items())
    plan = pick(obs, indicator="plan_completion")
    assert (plan.value, plan.unit, plan.date) == (Decimal("100.2"), "percent", D(2019, 12, 31))
    cov = pick(obs, indicator="coverage_rate")
    assert (cov.value, cov.date, cov.is_target) == (94, D(2019, 12, 31), False)
    assert text[cov.span.start : cov.span.end].startswith("Cụ thể năm 2019")
    assert len(obs) == 3  # nothing from "Chỉ thị số 07", "2 kế hoạch", "hàng trăm tin", "5 năm"
    assert all(o.area == HOME for o in obs)


def test_seed_001_phu_xuyen() -> None:
    text, obs = seed("001", D(2024, 3, 8))
    end_2023 = {"date": D(2023, 12, 31), "date_basis": "end_of_period"}
    p = pick(obs, indicator="participants", **end_2023)
    assert p.value == 217536 and p.period_start is None
    cov = pick(obs, indicator="coverage_rate", **end_2023)
    assert cov.value == Decimal("94.47") and cov.scheme == "health_insurance"
    assert cov.span == p.span
    assert text[cov.span.start : cov.span.end] == (
        "Tính đến hết năm 2023, toàn huyện có 217.536 người tham gia BHYT, chiếm 94,47% dân số toàn huyện.")
    groups = {o.population_group: o.value for o in obs if o.indicator == "group_coverage_rate"}
    assert groups == {"poor": 100, "near_poor": 100, "children_under_6": 100, "elderly_over_80": 100,
                      "students": Decimal("98.9")}
    assert all(o.date == D(2023, 12, 31) for o in obs if o.indicator == "group_coverage_rate")
    visits = pick(obs, indicator="insured_visits")
    assert (visits.value, visits.unit, visits.qualifier, visits.date) == (
        1_000_000, "visit", "more_than", D(2023, 12, 31))
    revenue = pick(obs, indicator="fund_revenue")
    assert (revenue.value, revenue.unit, revenue.scheme) == (151_300_000_000, "vnd", "health_insurance")
    spent = pick(obs, indicator="fund_expenditure")
    assert (spent.value, spent.qualifier) == (267_000_000_000, "more_than")
    assert (spent.period_start, spent.period_end, spent.date) == (D(2020, 1, 1), D(2023, 12, 31), D(2023, 12, 31))
    assert len(obs) == 10  # not "15 năm", "10 tập thể", "10 cá nhân", "07/9/2009", "8/3"


def test_seed_002_my_long_health_and_social_insurance() -> None:
    _, obs = seed("002", None)
    y2022 = {"date": D(2022, 12, 31), "period_start": D(2022, 1, 1)}
    assert pick(obs, indicator="participants", scheme="health_insurance", **y2022).value == 16984
    assert pick(obs, indicator="plan_participants", scheme="health_insurance", **y2022).value == 16796
    plan = pick(obs, indicator="plan_completion", scheme="health_insurance", **y2022)
    assert (plan.value, plan.numerator, plan.denominator) == (Decimal("101.12"), 16984, 16796)
    # "114/201 người tham gia BHXH, đạt 56,72%" is social insurance, in the same sentence
    bhxh = pick(obs, indicator="plan_completion", scheme="social_insurance", **y2022)
    assert (bhxh.value, bhxh.numerator, bhxh.denominator) == (Decimal("56.72"), 114, 201)
    assert pick(obs, indicator="participants", scheme="social_insurance", **y2022).value == 114
    nine_months = {"date": D(2023, 9, 30), "period_start": D(2023, 1, 1), "period_end": D(2023, 9, 30),
                   "date_basis": "end_of_period"}
    assert pick(obs, indicator="participants", scheme="health_insurance", **nine_months).value == 16645
    assert pick(obs, indicator="plan_completion", scheme="social_insurance", **nine_months).value == Decimal("66.17")
    meetings = pick(obs, indicator="meetings_held")
    assert (meetings.value, meetings.unit, meetings.scheme, meetings.date) == (16, "meeting", None, D(2023, 9, 30))
    attendance = pick(obs, indicator="meeting_attendance")
    assert (attendance.value, attendance.qualifier) == (930, "more_than")
    assert not any(o.indicator == "coverage_rate" for o in obs)


def test_seed_003_yen_the_ratio_and_target() -> None:
    _, obs = seed("003", None)
    as_of = {"date": D(2018, 8, 31), "date_basis": "as_of", "is_target": False}
    assert pick(obs, indicator="participants", **as_of).value == 99323
    assert pick(obs, indicator="population", **as_of).value == 102319
    cov = pick(obs, indicator="coverage_rate", **as_of)
    assert (cov.value, cov.numerator, cov.denominator) == (Decimal("97.07"), 99323, 102319)
    target = pick(obs, is_target=True)
    assert (target.indicator, target.value, target.date, target.date_basis) == (
        "coverage_rate", 98, D(2018, 12, 31), "deadline")
    assert len(obs) == 4


def test_seed_004_song_cau_result_and_target() -> None:
    _, obs = seed("004", D(2018, 8, 23))
    as_of = {"date": D(2018, 7, 31), "date_basis": "as_of", "is_target": False}
    assert pick(obs, indicator="participants", **as_of).value == 82308
    assert pick(obs, indicator="coverage_rate", **as_of).value == Decimal("83.47")
    target = pick(obs, is_target=True)
    assert (target.indicator, target.value, target.qualifier, target.date, target.date_basis) == (
        "coverage_rate", 85, "more_than", D(2018, 12, 31), "deadline")
    # the title restates the target without a deadline: kept once, with the deadline
    assert len(obs) == 3


# --- invented sentences -----------------------------------------------------------------------


def test_coverage_rate_phrased_as_ty_le_bao_phu() -> None:
    (o,) = extract("Tính đến ngày 30/6/2024, tỷ lệ bao phủ BHYT toàn tỉnh Nghệ An đạt 92,5%.")
    assert (o.indicator, o.value, o.date, o.date_basis, o.scheme) == (
        "coverage_rate", Decimal("92.5"), D(2024, 6, 30), "as_of", "health_insurance")


def test_count_and_share_of_population() -> None:
    obs = extract("Năm 2021, toàn huyện có 45.210 người tham gia BHYT, đạt 91,3% dân số.")
    assert table(obs) == {("participants", 45210, "health_insurance", None, False),
                          ("coverage_rate", Decimal("91.3"), "health_insurance", None, False)}
    assert {o.date for o in obs} == {D(2021, 12, 31)}


def test_fund_revenue_and_expenditure_with_compound_amounts() -> None:
    obs = extract("Trong 6 tháng đầu năm 2022, thu BHYT đạt 35,6 tỷ đồng, chi khám chữa bệnh BHYT là "
                  "28 tỷ 400 triệu đồng.")
    assert table(obs) == {("fund_revenue", 35_600_000_000, "health_insurance", None, False),
                          ("fund_expenditure", 28_400_000_000, "health_insurance", None, False)}
    assert {(o.period_start, o.date) for o in obs} == {(D(2022, 1, 1), D(2022, 6, 30))}


def test_voluntary_social_insurance_and_plan() -> None:
    obs = extract("Đến hết quý I/2024, tỉnh Lào Cai có gần 1.250 người tham gia BHXH tự nguyện, "
                  "đạt 105,4% kế hoạch.")
    count = pick(obs, indicator="participants")
    assert (count.value, count.scheme, count.population_group, count.qualifier, count.date) == (
        1250, "social_insurance", "voluntary", "nearly", D(2024, 3, 31))
    plan = pick(obs, indicator="plan_completion")
    assert (plan.value, plan.scheme) == (Decimal("105.4"), "social_insurance")


def test_unemployment_insurance_count() -> None:
    (o,) = extract("Năm 2020, số người tham gia BHTN là 12.345 người.")
    assert (o.indicator, o.value, o.scheme) == ("participants", 12345, "unemployment_insurance")


def test_targets_with_muc_tieu_and_chi_tieu() -> None:
    (a,) = extract("Mục tiêu đến năm 2025, tỷ lệ bao phủ BHYT đạt trên 95% dân số.")
    assert (a.indicator, a.value, a.qualifier, a.is_target, a.date, a.date_basis) == (
        "coverage_rate", 95, "more_than", True, D(2025, 12, 31), "deadline")
    (b,) = extract("Chỉ tiêu năm 2024 là 96% dân số tham gia BHYT.")
    assert (b.is_target, b.value, b.date, b.date_basis) == (True, 96, D(2024, 12, 31), "deadline")
    (c,) = extract("Tỉnh phấn đấu có 98,5% người dân có thẻ BHYT.")
    assert (c.is_target, c.date, c.date_basis) == (True, PUBLISHED, "publication_bound")


def test_a_plan_given_is_not_a_target_and_the_result_is_not_either() -> None:
    obs = extract("Năm 2023, chỉ tiêu được giao là 20.000 người, đến nay đã có 18.500 người tham gia "
                  "BHYT, đạt 92,5% kế hoạch.")
    assert table(obs) == {("plan_participants", 20000, "health_insurance", None, False),
                          ("participants", 18500, "health_insurance", None, False),
                          ("plan_completion", Decimal("92.5"), "health_insurance", None, False)}


def test_group_rate_phrased_as_ty_le_of_a_group() -> None:
    (o,) = extract("Năm 2023, tỷ lệ học sinh, sinh viên tham gia BHYT đạt 99,1%.")
    assert (o.indicator, o.population_group, o.value) == ("group_coverage_rate", "students", Decimal("99.1"))


def test_groups_listed_after_a_percentage() -> None:
    obs = extract("Đến cuối năm 2019, 100% hộ nghèo, hộ cận nghèo và đồng bào dân tộc thiểu số "
                  "được cấp thẻ BHYT.")
    assert {o.population_group for o in obs} == {"poor", "near_poor", "ethnic_minorities"}
    assert all(o.indicator == "group_coverage_rate" and o.date == D(2019, 12, 31) for o in obs)


def test_visits_and_meetings_without_an_insurance_word() -> None:
    (v,) = extract("Năm 2023, các trạm y tế đã khám chữa bệnh BHYT cho khoảng 250.000 lượt người.")
    assert (v.indicator, v.unit, v.qualifier) == ("insured_visits", "visit", "about")
    obs = extract("Các xã đã tổ chức 45 hội nghị tuyên truyền với gần 3.000 lượt người tham dự.")
    assert table(obs) == {("meetings_held", 45, None, None, False),
                          ("meeting_attendance", 3000, None, None, False)}


def test_ratio_as_coverage_in_another_province() -> None:
    obs = extract("Tính đến 31/10/2022, thị xã Ba Đồn có 101.200/104.500 người có thẻ BHYT, đạt tỷ lệ 96,84%.")
    cov = pick(obs, indicator="coverage_rate")
    assert (cov.numerator, cov.denominator, cov.value, cov.date_basis) == (101200, 104500, Decimal("96.84"), "as_of")
    assert pick(obs, indicator="population").value == 104500


def test_agency_name_is_not_the_scheme() -> None:
    obs = extract("Theo BHXH tỉnh, đến 31/12/2023 có 1.152.300 người tham gia BHYT, chiếm 93,8% dân số; "
                  "số người tham gia BHXH bắt buộc là 98.500 người.")
    assert table(obs) == {("participants", 1152300, "health_insurance", None, False),
                          ("coverage_rate", Decimal("93.8"), "health_insurance", None, False),
                          ("participants", 98500, "social_insurance", None, False)}
    assert {o.date for o in obs} == {D(2023, 12, 31)}


def test_population_count() -> None:
    obs = extract("Dân số toàn xã là 12.000 người; tỷ lệ tham gia BHYT đạt 95,6%.")
    assert table(obs) == {("population", 12000, "health_insurance", None, False),
                          ("coverage_rate", Decimal("95.6"), "health_insurance", None, False)}


def test_dates_carry_within_a_paragraph_but_not_across() -> None:
    text = ("Tính đến hết năm 2022, toàn huyện có 80.000 người tham gia BHYT. Trong đó, 100% người "
            "nghèo có thẻ BHYT.\n\nToàn huyện có 5.000 người tham gia BHYT hộ gia đình.")
    obs = extract(text)
    assert pick(obs, indicator="group_coverage_rate").date == D(2022, 12, 31)
    later = pick(obs, indicator="participants", value=5000)
    assert (later.date, later.date_basis, later.population_group) == (PUBLISHED, "publication_bound", "households")


def test_no_date_and_no_publication_date_leaves_the_date_empty() -> None:
    (o,) = extract("Toàn huyện có 5.000 người tham gia BHYT.", published=None)
    assert (o.date, o.date_basis) == (None, None)


def test_same_figure_twice_is_one_observation() -> None:
    text = "Năm 2020, có 9.000 người tham gia BHYT.\nNăm 2020, có 9.000 người tham gia BHYT."
    assert len(extract(text)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Thường vụ Huyện ủy ban hành Chỉ thị số 07 về công tác BHYT toàn dân.",
        "Hội nghị tổng kết 15 năm thực hiện Chỉ thị 38-CT/TW, ngày 07/9/2009 của Ban Bí thư về BHYT.",
        "Ban Thường vụ đã khen thưởng cho 10 tập thể và 10 cá nhân có thành tích trong công tác BHYT.",
        "UBND huyện ban hành 2 kế hoạch cùng 5 văn bản chỉ đạo thực hiện công tác BHYT.",
        "Đài Truyền thanh đã phát hàng trăm tin, bài tuyên truyền về BHYT.",
        "Kế hoạch số 34/KH-UBND ngày 13/ 02/2023 về phát triển BHYT năm 2023.",
        "Tỷ lệ hộ nghèo giảm còn 3,5%, thu nhập bình quân tăng 8%.",
        "Số người tham gia BHYT tăng 5% so với cùng kỳ.",
        "Tổ chức thực hiện tại 08 khóm, có từ 02 cộng tác viên vận động tham gia BHYT.",
        "Quỹ hỗ trợ 200 triệu đồng cho hộ nghèo tham gia BHYT.",
    ],
)
def test_no_false_observations(sentence: str) -> None:
    assert extract(sentence) == ()


# --- robustness ---------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Năm 2022", "tính đến 31/7/2018", "9 tháng đầu năm", "quý IV", " có ", " hơn ", "16.984/16796",
    "0/0", "1/0", "217.536", "94,47%", "101%", " người", " lượt người", " tham gia BHYT", " BHXH",
    " tỷ đồng", " triệu", " thu ", " chi ", "phấn đấu", ", đạt ", "; ", ". ", "\n", "...", "./.",
    " dân số", " người nghèo", "Ảnh: K.T", "TRẦN VĂN", "\u00a0", "e\u0301", "99999999999999999999",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.none() | st.dates())
def test_any_mix_of_pieces_extracts_without_error_and_with_sane_values(pieces, published) -> None:
    text = "".join(pieces)
    sents = sentences(text)
    for s in sents:
        assert text[s.span.start : s.span.end] == s.text
    for o in extract_observations(sents, text, None, published):
        assert o.value >= 0 and o.span in {s.span for s in sents}
        assert o.indicator != "coverage_rate" or o.value <= 100
        assert (o.date is None) == (o.date_basis is None)
        assert not (o.is_target and o.date_basis not in ("deadline", "publication_bound"))
