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
    # an undated target is the year's plan: the end of the publication year
    (c,) = extract("Tỉnh phấn đấu có 98,5% người dân có thẻ BHYT.")
    assert (c.is_target, c.date, c.date_basis) == (True, D(PUBLISHED.year, 12, 31), "deadline")
    (c,) = extract("Tỉnh phấn đấu có 98,5% người dân có thẻ BHYT.", published=None)
    assert (c.is_target, c.date, c.date_basis) == (True, None, None)


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
                          ("participants", 98500, "social_insurance", "employees", False)}
    assert {o.date for o in obs} == {D(2023, 12, 31)}


def test_population_count() -> None:
    obs = extract("Dân số toàn xã là 12.000 người; tỷ lệ tham gia BHYT đạt 95,6%.")
    assert table(obs) == {("population", 12000, "health_insurance", None, False),
                          ("coverage_rate", Decimal("95.6"), "health_insurance", None, False)}


def test_dates_carry_to_later_paragraphs_but_the_present_is_the_publication() -> None:
    text = ("Tính đến hết năm 2022, toàn huyện có 80.000 người tham gia BHYT. Trong đó, 100% người "
            "nghèo có thẻ BHYT.\n\nToàn huyện có 5.000 người tham gia BHYT hộ gia đình. "
            "Hiện nay, toàn huyện có 82.500 người tham gia BHYT.")
    obs = extract(text)
    assert pick(obs, indicator="group_coverage_rate").date == D(2022, 12, 31)
    later = pick(obs, indicator="participants", value=5000)
    assert (later.date, later.date_basis, later.population_group) == (D(2022, 12, 31), "end_of_period", "households")
    now = pick(obs, indicator="participants", value=82500)
    assert (now.date, now.date_basis) == (PUBLISHED, "publication_bound")


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
        # a dated target is dated by its deadline (an undated one, with no year known, has none)
        assert not (o.is_target and o.date is not None
                    and o.date_basis not in ("deadline", "publication_bound"))


# --- phrasing families (invented sentences: other places, numbers and wording) -----------------


def test_rate_named_after_the_percentage_with_ti_spelling() -> None:
    obs = extract("Đến hết tháng 6/2022, số người tham gia BHYT là 45.210 người, đạt 97,4% so với số "
                  "kế hoạch BHXH Việt Nam giao, đạt 88,15% tỉ lệ bao phủ BHYT toàn huyện.")
    assert table(obs) == {("participants", 45210, "health_insurance", None, False),
                          ("plan_completion", Decimal("97.4"), "health_insurance", None, False),
                          ("coverage_rate", Decimal("88.15"), "health_insurance", None, False)}
    assert {o.date for o in obs} == {D(2022, 6, 30)}


def test_the_scheme_of_the_figures_own_phrase() -> None:
    obs = extract("Trong 8 tháng năm 2021, số người tham gia BHXH bắt buộc của huyện đạt 95,2% kế "
                  "hoạch, trong đó số người tham gia BHYT đạt hơn 120 nghìn người.")
    plan = pick(obs, indicator="plan_completion")
    assert (plan.scheme, plan.population_group, plan.date) == ("social_insurance", "employees", D(2021, 8, 31))
    count = pick(obs, indicator="participants")
    assert (count.scheme, count.value, count.qualifier) == ("health_insurance", 120000, "more_than")


def test_coordinated_schemes_give_one_rate_each() -> None:
    obs = extract("Năm 2023, tỷ lệ lao động tham gia BHXH, BHTN đạt 36,5% lực lượng lao động.")
    assert {(o.indicator, o.scheme, o.value) for o in obs} == {
        ("coverage_rate", "social_insurance", Decimal("36.5")),
        ("coverage_rate", "unemployment_insurance", Decimal("36.5"))}


def test_differences_are_not_levels() -> None:
    obs = extract("Tính đến 30/6/2024, toàn tỉnh có 812.400 người tham gia BHYT, tăng 4.120 người so "
                  "với năm 2023, chiếm 91,3% dân số, vượt 1,2% chỉ tiêu, thấp hơn 0,7% so với cùng kỳ.")
    assert table(obs) == {("participants", 812400, "health_insurance", None, False),
                          ("coverage_rate", Decimal("91.3"), "health_insurance", None, False)}
    assert {o.date for o in obs} == {D(2024, 6, 30)}  # never the compared year
    assert extract("Để đạt mục tiêu, huyện cần phát triển thêm 1.500 người tham gia BHYT.") == ()
    (o,) = extract("So với năm 2020, tăng 12% với 3.400 người tham gia BHYT; toàn xã có 9.800 người "
                   "tham gia BHYT.")
    assert o.value == 9800


def test_the_uninsured_rest_and_increments_are_not_levels() -> None:
    assert extract("Hiện còn 8,2% dân số huyện (khoảng 9.100 người) chưa tham gia BHYT.") == ()
    (o,) = extract("Năm 2022, xã có 3.000 người tham gia BHYT lần đầu, nâng tổng số người tham gia "
                   "lên 65.400 người.")
    assert (o.indicator, o.value) == ("participants", 65400)


def test_thresholds_and_shares_of_units_are_not_levels() -> None:
    text = ("Đến tháng 9/2021, có 14/20 phường đạt tỷ lệ bao phủ BHYT từ 92% trở lên (phường Tân "
            "Định đạt 99,1%); tỷ lệ bao phủ dưới 85% gồm 3 phường; từ 85% đến 92% là 3 phường.")
    (o,) = extract(text)
    assert (o.indicator, o.value) == ("coverage_rate", Decimal("99.1"))
    assert extract("Năm 2022, 35 trường đã đạt tỷ lệ 100% học sinh tham gia BHYT.") == ()
    (o,) = extract("Nhiều xã đạt tỷ lệ bao phủ BHYT trên 90% như: xã Hòa An đạt 92,4%.")
    assert o.value == Decimal("92.4")


def test_parallel_rates_of_places_take_the_first_ones_reading() -> None:
    obs = extract("Năm 2020, xã An Phú có tỷ lệ tham gia BHYT đạt 96,2%, thấp nhất là xã Bình Long "
                  "chỉ đạt 71,05%; thị trấn Chợ Mới (88.6%).")
    assert {(o.indicator, o.value) for o in obs} == {
        ("coverage_rate", Decimal("96.2")), ("coverage_rate", Decimal("71.05")),
        ("coverage_rate", Decimal("88.6"))}


def test_target_in_parentheses_after_the_result() -> None:
    obs = extract("Năm 2021, tỷ lệ người dân tham gia BHYT là 89,6%, tăng 1,8% so với kế hoạch "
                  "(87,8%) được giao.")
    assert {(o.value, o.is_target, o.date, o.indicator) for o in obs} == {
        (Decimal("89.6"), False, D(2021, 12, 31), "coverage_rate"),
        (Decimal("87.8"), True, D(2021, 12, 31), "coverage_rate")}


def test_a_target_cue_opening_the_sentence_covers_every_clause() -> None:
    obs = extract("Huyện được giao chỉ tiêu như sau: năm 2024: 93,5%; năm 2025: 95,0% dân số tham "
                  "gia BHYT.")
    assert {(o.value, o.is_target, o.date) for o in obs} == {
        (Decimal("93.5"), True, D(2024, 12, 31)), (Decimal("95"), True, D(2025, 12, 31))}
    obs = extract("Kế hoạch năm 2022, BHXH tỉnh đặt mục tiêu số người tham gia BHXH đạt 40% lực "
                  "lượng lao động; tỷ lệ bao phủ BHYT đạt trên 92% dân số.")
    assert all(o.is_target for o in obs) and len(obs) == 2


def test_a_sentence_detailing_an_announced_target() -> None:
    text = ("UBND tỉnh vừa giao chỉ tiêu bao phủ BHYT giai đoạn 2023 - 2025 cho các huyện.\n\n"
            "Cụ thể, năm 2023 đạt 1,2 triệu người tham gia (chiếm 90% dân số); năm 2024 đạt "
            "1,25 triệu người tham gia (chiếm 92% dân số).")
    obs = extract(text)
    assert {(o.indicator, o.value, o.is_target, o.date) for o in obs} == {
        ("participants", 1200000, True, D(2023, 12, 31)),
        ("coverage_rate", 90, True, D(2023, 12, 31)),
        ("participants", 1250000, True, D(2024, 12, 31)),
        ("coverage_rate", 92, True, D(2024, 12, 31))}


def test_chi_tieu_as_yardstick_indicator_or_purpose() -> None:
    (o,) = extract("Tính đến hết năm 2021, chỉ tiêu bao phủ BHYT của tỉnh đạt 90,2%, đạt chỉ tiêu "
                   "được giao.")
    assert (o.value, o.is_target) == (Decimal("90.2"), False)
    (o,) = extract("Để hoàn thành chỉ tiêu 88,5% dân số tham gia BHYT, huyện tăng cường tuyên truyền.")
    assert (o.value, o.is_target, o.indicator) == (Decimal("88.5"), True, "coverage_rate")
    (o,) = extract("Huyện phấn đấu đạt tỷ lệ bao phủ BHYT năm 2026 từ 93% trở lên.")
    assert (o.value, o.is_target, o.qualifier, o.date) == (93, True, "at_least", D(2026, 12, 31))


def test_without_a_publication_date_the_opening_event_date_bounds_the_present() -> None:
    text = ("Ngày 14/3/2022, đoàn công tác của huyện làm việc tại xã Tân Hòa.\n\n"
            "Toàn xã hiện có 7.420 người tham gia BHYT, đạt tỷ lệ 81%.")
    obs = extract(text, published=None)
    assert {(o.indicator, o.date) for o in obs} == {("participants", D(2022, 3, 14)),
                                                   ("coverage_rate", D(2022, 3, 14))}


def test_month_without_a_year_takes_the_articles_year() -> None:
    text = "Đến cuối tháng 5, huyện có 61.200 người tham gia BHYT.\n\nĐây là kết quả của năm 2021."
    (o,) = extract(text, published=None)
    assert (o.date, o.date_basis) == (D(2021, 5, 31), "end_of_period")


def test_groups_from_the_subject_and_the_count() -> None:
    (o,) = extract("Năm 2020, số người tham gia BHYT hộ gia đình là 18.320 người.")
    assert o.population_group == "households"
    obs = extract("Năm 2020, huyện có 950 người tham gia BHXH tự nguyện, đạt 87,5% kế hoạch.")
    assert {o.population_group for o in obs} == {"voluntary"}
    obs = extract("Năm 2021, 100% đối tượng thuộc hộ nghèo và cận nghèo được cấp thẻ BHYT.")
    assert {o.population_group for o in obs} == {"poor", "near_poor"}


def test_population_needs_no_insurance_word_and_details_inherit_the_subject() -> None:
    (o,) = extract("Xã Phú Lâm có tổng dân số là 9.850 người, sống ở 6 thôn.")
    assert (o.indicator, o.value) == ("population", 9850)
    obs = extract("Tỉnh được giao chỉ tiêu bao phủ BHYT theo từng năm. Trong đó, năm 2017: 85%; "
                  "năm 2018: 87%.")
    assert {(o.value, o.is_target) for o in obs} == {(85, True), (87, True)}


def test_satisfaction_criteria_and_collection_are_not_coverage() -> None:
    assert extract("Năm 2023, tỷ lệ người dân hài lòng với dịch vụ BHYT đạt trên 90%.") == ()
    assert extract("Năm 2023, 100% xã đạt tiêu chí về tỷ lệ tham gia BHYT trên 85%.") == ()
    assert extract("Năm 2023, ngành BHXH phấn đấu thu BHXH, BHYT đạt 100% kế hoạch.") == ()


def test_a_figure_takes_the_unit_its_clause_names_and_cả_nước_is_the_nation() -> None:
    from bhyt_kg.model import NATION, Area, Sentence, Span

    province = Area("province", "tỉnh", "Trà Vinh", NATION)
    home = Area("district", "huyện", "Cầu Kè", province)
    commune = Area("commune", "xã", "Hòa Ân", home)
    text = ("Đến hết năm 2021, xã Hòa Ân đạt tỷ lệ bao phủ BHYT 91,5%; toàn huyện đạt 88,2%. "
            "Cả nước có 88 triệu người tham gia BHYT.")
    first = text.index("Cả")
    sentences = (Sentence(Span(0, first - 1), text[: first - 1]), Sentence(Span(first, len(text)), text[first:]))
    start = text.index("xã Hòa Ân")
    obs = extract_observations(sentences, text, home, None, ((commune, Span(start, start + 9)),))
    by_value = {str(o.value): o.area for o in obs}
    assert by_value["91.5"] == commune
    assert by_value["88.2"] == home
    assert by_value["88000000"] == NATION
