"""Issue 4: the general patterns behind the fifth held-out set's misses (data/heldout5/README.md),
and issue 5's slug shortcut.

Every sentence here is invented (other places, numbers and wording than the held-out articles),
so a rule passes only if it is general. Each rule has a positive case and, where it could
over-fire, a negative one.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from extraction_cases import area_rows as rows
from extraction_cases import extract_text as article
from extraction_cases import observations_in
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bhyt_kg.extract.organisations import find_orgs
from bhyt_kg.model import NATION, Area
from bhyt_kg.text import _NON_ALNUM, normalise, slug

D = dt.date
HA_TINH = Area("province", "tỉnh", "Hà Tĩnh", NATION)
HOME = Area("district", "huyện", "Thử Nghiệm", HA_TINH)


PUBLISHED = D(2019, 6, 10)


def obs(text: str, home: Area | None = HOME, published: dt.date | None = PUBLISHED):
    return observations_in(text, home, published)


def place_labels(result) -> set[str]:
    return {area.label for area, _ in result.places}


# --- 0. speed: slug maps what normalise would change itself --------------------------------------


def _slug_via_normalise(text: str) -> str:
    """slug as it was: through normalise."""
    s = unicodedata.normalize("NFD", normalise(text).text.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", s).strip("-") or "x"


def test_slug_of_eth_lookalikes_nbsp_dashes_and_quotes_is_the_normalised_slug() -> None:
    for text in ("Ðông Hiệp", "Cờ Ðỏ", "ðảng ủy", "Phan\u00a0Rang\u2013Tháp Chàm",
                 "\u201cHoà\u201d\u2014Khoẻ", "xã\u200bTân", "A\u2019B", "Huyện uỷ\tThuỷ"):
        assert slug(text) == _slug_via_normalise(text)
    assert slug("Ðông Hiệp") == slug("Đông Hiệp") == "dong-hiep"
    assert slug("Phan\u00a0Rang\u2013Tháp Chàm") == "phan-rang-thap-cham"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("aĐđÐðoOuUyYàảãáạƯươhoàqQ -'\".,/0159") + ["\u00a0", "\u2013", "\u2014", "\u201c",
                                                   "\u2019", "\u200b", "\u00ad", "\u0301",
                                                   "\u0323", "\t", "İ", "ß"]), max_size=14))
@example("Ð\u0301")
def test_slug_is_the_normalised_slug_for_any_text(text: str) -> None:
    assert slug(text) == _slug_via_normalise(text)


# --- 1. units listed without their unit word ------------------------------------------------------


def test_a_rate_then_the_units_it_is_of_belongs_to_each_unit_listed() -> None:
    text = ("Huyện Tân Yên có 158.300 người tham gia BHYT.\n\nMột số xã đã đạt tỷ lệ bao phủ BHYT "
            "trên 98% như Ngọc Lý, Việt Lập và Liên Chung.")
    got = article(text, D(2018, 1, 5))
    assert {"xã Ngọc Lý", "xã Việt Lập", "xã Liên Chung"} <= place_labels(got)
    rates = {r for r in rows(got) if r[0] == "coverage_rate"}
    assert rates == {("coverage_rate", Decimal(98), f"xã {n}", "more_than", False)
                     for n in ("Ngọc Lý", "Việt Lập", "Liên Chung")}


def test_a_locality_named_bare_after_its_figure_is_the_unit_it_names() -> None:
    text = ("Huyện Tân Yên có 158.300 người tham gia BHYT.\n\nĐơn vị dẫn đầu, đạt 100% tỷ lệ bao "
            "phủ BHYT là Ngọc Lý.")
    got = article(text, D(2018, 1, 5))
    assert "xã Ngọc Lý" in place_labels(got)
    assert ("coverage_rate", Decimal(100), "xã Ngọc Lý", None, False) in rows(got)
    assert not any(r[1] == 100 and r[2] == "huyện Tân Yên" for r in rows(got))


def test_some_units_without_names_still_give_no_rate_of_the_area() -> None:
    # no names after the figure: some communes, not the district
    got = obs("Một số xã đã đạt tỷ lệ bao phủ BHYT trên 98% là nhờ làm tốt công tác tuyên truyền.")
    assert not [o for o in got if o.value == 98]


def test_a_list_of_districts_with_a_count_each_names_every_unit_and_a_city_as_a_city() -> None:
    text = ("Toàn tỉnh Hà Tĩnh có 1.150.000 người tham gia BHYT.\n\nMột số huyện còn nhiều người "
            "chưa tham gia, như Can Lộc còn 4.120 người, Hồng Lĩnh 1.310 người, Nghi Xuân "
            "2.275 người.")
    labels = place_labels(article(text, D(2020, 5, 4)))
    assert {"huyện Can Lộc", "thị xã Hồng Lĩnh", "huyện Nghi Xuân"} <= labels
    assert "huyện Hồng Lĩnh" not in labels


def test_the_rest_of_a_list_of_remainders_is_no_count_of_participants() -> None:
    text = ("Toàn tỉnh Hà Tĩnh có 1.150.000 người tham gia BHYT.\n\nSố người cần vận động thêm để "
            "đạt kế hoạch là 9.870 người. Một số huyện còn số người phải vận động tham gia BHYT "
            "khá cao như Can Lộc còn 4.120 người, Thạch Hà 3.050 người, Nghi Xuân 2.275 người.")
    got = rows(article(text, D(2020, 5, 4)))
    assert {r[1] for r in got} == {Decimal(1150000)}


# --- 2. plan completion per unit ------------------------------------------------------------------


def test_units_that_completed_their_plan_each_get_their_bracketed_share() -> None:
    text = ("Toàn tỉnh Hà Tĩnh có 1.150.000 người tham gia BHYT.\n\nCó 2 huyện đã hoàn thành chỉ "
            "tiêu phát triển người tham gia BHYT được giao là Can Lộc (101,4%), Hương Khê "
            "(100,07%).")
    got = rows(article(text, D(2020, 5, 4)))
    assert ("plan_completion", Decimal("101.4"), "huyện Can Lộc", None, False) in got
    assert ("plan_completion", Decimal("100.07"), "huyện Hương Khê", None, False) in got


def test_a_bracketed_rate_of_a_named_unit_without_a_plan_is_not_plan_completion() -> None:
    got = obs("Tỷ lệ bao phủ BHYT của các xã: Tân Hòa (96,5%), Tân Lập (97,2%).")
    assert not [o for o in got if o.indicator == "plan_completion"]


def test_a_share_of_the_plan_written_without_a_percent_sign() -> None:
    got = obs("Số người tham gia BHYT toàn huyện đến ngày 15/5/2019 là 65.432 người (đạt 97,6 "
              "kế hoạch tỉnh giao).")
    assert {(o.indicator, o.value) for o in got} == {
        ("participants", Decimal(65432)), ("plan_completion", Decimal("97.6"))}
    # a count of people before "kế hoạch" stays a count
    got = obs("Toàn huyện đạt 65.432 người kế hoạch năm 2019 giao là 70.000 người.")
    assert not [o for o in got if o.indicator == "plan_completion"]


# --- 3. year-by-year targets ----------------------------------------------------------------------


def test_a_rate_of_the_population_with_its_year_after_it_is_of_that_year() -> None:
    got = obs("Chỉ tiêu bao phủ BHYT từng năm: năm 2021 đạt 86,1% dân số, đạt 88,45% dân số vào "
              "năm 2022 và đạt 90,3% dân số năm 2023.", published=D(2021, 2, 1))
    dates = {o.value: o.date for o in got if o.is_target}
    assert dates == {Decimal("86.1"): D(2021, 12, 31), Decimal("88.45"): D(2022, 12, 31),
                     Decimal("90.3"): D(2023, 12, 31)}


# --- 4. outcomes a paragraph after the directive --------------------------------------------------


_DIRECTIVE = ("Thực hiện Chỉ thị số 38-CT/TW ngày 7/9/2009 của Ban Bí thư về đẩy mạnh công tác "
              "BHYT, từ năm 2009 đến nay, UBND huyện Can Lộc đã ban hành nhiều văn bản chỉ đạo.")


def _outcomes(text: str) -> set[tuple[str, Decimal]]:
    return {(link.outcome.indicator, link.outcome.value)
            for link in article(text, D(2020, 4, 2)).outcomes}


def test_results_after_nho_vay_in_the_next_paragraph_are_the_directives_outcomes() -> None:
    text = (f"{_DIRECTIVE}\n\nCông tác tuyên truyền được đẩy mạnh ở các thôn. Nhờ vậy, số người "
            "tham gia BHYT tăng nhanh. Năm 2009, có 41.200 người tham gia BHYT, chiếm 32,5% dân "
            "số; đến tháng 12/2019, có 118.450 người tham gia BHYT, chiếm 88,7% dân số.")
    # the 2009 figures are where the directive started from, not what it brought
    assert _outcomes(text) == {("participants", Decimal(118450)),
                               ("coverage_rate", Decimal("88.7"))}


def test_results_of_the_next_paragraph_without_a_connective_are_not_attributed() -> None:
    text = (f"{_DIRECTIVE}\n\nĐến tháng 12/2019, có 118.450 người tham gia BHYT, chiếm 88,7% dân "
            "số.")
    assert _outcomes(text) == set()
    # nor those two paragraphs on
    text = (f"{_DIRECTIVE}\n\nCông tác tuyên truyền được đẩy mạnh.\n\nNhờ vậy, đến tháng 12/2019, "
            "có 118.450 người tham gia BHYT.")
    assert _outcomes(text) == set()


# --- 5. households' figures -----------------------------------------------------------------------


def test_households_of_the_whole_unit_give_their_count_total_and_group_rate() -> None:
    got = obs("Đến nay có 21.064/21.580 hộ gia đình trên địa bàn xã tham gia BHYT, đạt 97,61%.")
    assert {(o.indicator, o.value, o.population_group) for o in got} == {
        ("participants", Decimal(21064), "households"),
        ("population", Decimal(21580), "households"),
        ("group_coverage_rate", Decimal("97.61"), "households")}
    # without the whole unit the denominator is still the plan
    got = obs("Đến nay có 21.064/21.580 hộ gia đình tham gia BHYT, đạt 97,61%.")
    assert {o.indicator for o in got} == {"participants", "plan_participants", "plan_completion"}


def test_a_headline_rounding_a_figure_of_the_body_is_that_figure() -> None:
    text = ("Hơn 97% hộ gia đình tham gia BHYT\n\nĐến nay có 21.064/21.580 hộ gia đình trên "
            "địa bàn huyện Can Lộc tham gia BHYT, đạt 97,61%.")
    got = article(text, D(2020, 3, 3))
    assert not [o for o in got.observations if o.qualifier == "more_than"]
    assert [o.value for o in got.observations if o.indicator == "group_coverage_rate"] == [
        Decimal("97.61")]


def test_the_group_a_clause_is_about_is_the_group_of_its_count() -> None:
    got = obs("Trong quý I, riêng đối với BHYT hộ gia đình, toàn huyện có 12.480 người tham gia.")
    assert [(o.value, o.population_group) for o in got] == [(Decimal(12480), "households")]
    got = obs("Về công tác tuyên truyền, toàn huyện có 9.215 người tham gia BHYT.")
    assert [o.population_group for o in got] == [None]  # a topic that is no group


def test_new_enrolments_and_the_rest_of_a_breakdown_are_no_levels() -> None:
    assert obs("Trong quý, cơ quan BHXH đã khai thác mới 17 đơn vị với 236 lao động tham gia "
               "BHYT.") == ()
    assert obs("Đã phát triển mới 1.250 người tham gia BHYT tự nguyện.") == ()
    got = obs("Toàn huyện có 60.100 người tham gia BHYT. Trong đó, người nghèo có 5.230 người; "
              "các đối tượng khác có 31.400 người tham gia BHYT.")
    assert {o.value for o in got} == {Decimal(60100), Decimal(5230)}


def test_shares_of_a_participants_breakdown_are_not_coverage() -> None:
    got = obs("Năm 2018, toàn huyện có 60.100 người tham gia BHYT. Trong đó, số người tham gia "
              "theo hộ gia đình có 16.800 người, chiếm 27,95%; học sinh có 9.500 người, chiếm "
              "15,8%.")
    assert not [o for o in got if o.unit == "percent"]
    # a rate of a count that breaks nothing down is still read
    got = obs("Năm 2018, học sinh có 9.500 người tham gia BHYT, chiếm 96,5%.")
    assert [o.value for o in got if o.unit == "percent"] == [Decimal("96.5")]


def test_a_whole_units_count_raising_its_rate_is_a_count_but_an_increment_is_not() -> None:
    got = obs("Năm 2018, toàn huyện có 72.311 người tham gia BHYT, nâng tỷ lệ bao phủ BHYT toàn "
              "dân đạt 90,4%.")
    assert {(o.indicator, o.value) for o in got} == {
        ("participants", Decimal(72311)), ("coverage_rate", Decimal("90.4"))}
    got = obs("Trong tháng 5, huyện có 1.300 người mua BHYT, nâng tổng số người tham gia đến nay "
              "lên 72.311, bằng 90,4% dân số.")
    assert {(o.indicator, o.value) for o in got} == {
        ("participants", Decimal(72311)), ("coverage_rate", Decimal("90.4"))}


def test_a_contributed_aims_period_does_not_date_the_target() -> None:
    got = obs("Huyện phấn đấu vận động đạt chỉ tiêu 8.400 người tham gia BHYT hộ gia đình, góp "
              "phần thực hiện lộ trình BHYT toàn dân giai đoạn 2021 - 2025.",
              published=D(2022, 4, 1))
    assert [(o.value, o.date, o.is_target) for o in got] == [
        (Decimal(8400), D(2022, 12, 31), True)]


# --- 6. plan figures per group --------------------------------------------------------------------


def test_numbers_to_enrol_assigned_group_by_group_are_plan_targets() -> None:
    got = obs("Theo đó, số đối tượng cần vận động tham gia BHYT được giao cho từng huyện gồm: "
              "học sinh sinh viên trên 61.200 người; lao động ngoài nhà nước trên 12.800 người; "
              "hộ nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình trên 8.900 người "
              "và nhóm tự đóng khoảng 94.000 người.", published=D(2018, 3, 1))
    assert {(o.indicator, o.value, o.population_group, o.is_target, o.date) for o in got} == {
        ("plan_participants", Decimal(v), g, True, D(2018, 12, 31))
        for v, g in ((61200, "students"), (12800, "employees"), (8900, "farmers"),
                     (94000, "voluntary"))}


def test_counts_of_groups_without_an_assignment_stay_participants() -> None:
    got = obs("Đến nay, toàn tỉnh có: học sinh sinh viên 61.200 người tham gia; lao động ngoài "
              "nhà nước 12.800 người tham gia BHYT.", published=D(2018, 3, 1))
    assert {(o.indicator, o.value, o.is_target) for o in got} == {
        ("participants", Decimal(61200), False), ("participants", Decimal(12800), False)}


# --- 7. rates of unnamed units --------------------------------------------------------------------


def test_a_groups_rate_after_its_count_and_units_own_rates_are_told_apart() -> None:
    got = obs("Tính đến hết tháng 9 năm 2020, có 21.450 học sinh ở huyện tham gia BHYT, tỷ lệ "
              "95,2%, trong đó có 18 trường tỷ lệ học sinh tham gia đạt 100%, các trường còn lại "
              "tỷ lệ đều đạt trên 90%.")
    assert {(o.indicator, o.value, o.population_group) for o in got} == {
        ("participants", Decimal(21450), "students"),
        ("group_coverage_rate", Decimal("95.2"), "students")}
    assert obs("Có 12 trường ở huyện Thử Nghiệm đạt tỷ lệ 100% học sinh tham gia BHYT.") == ()


# --- 8. organisations -----------------------------------------------------------------------------


def org_labels(text: str, home: Area | None = HOME) -> set[str]:
    return {o.label for o, _, _ in find_orgs(normalise(text).text, home)}


def test_a_sector_named_by_its_scheme_is_no_body() -> None:
    home = Area("province", "tỉnh", "Hà Tĩnh", NATION)
    assert org_labels("Theo ngành bảo hiểm xã hội tỉnh Hà Tĩnh, đến nay ...", home) == set()
    assert org_labels("Ngành BHXH tỉnh đã phối hợp chặt chẽ.", home) == set()
    assert org_labels("Theo Bảo hiểm xã hội tỉnh Hà Tĩnh, đến nay ...", home) == {
        "Bảo hiểm xã hội tỉnh Hà Tĩnh"}


def test_a_peoples_councils_committees_are_named_after_it() -> None:
    home = Area("province", "tỉnh", "Hà Tĩnh", NATION)
    found = {(o.label, o.kind) for o, _, _ in find_orgs(
        normalise("Đoàn giám sát của Ban VHXH HĐND tỉnh làm việc với Ban KT-NS HĐND huyện Can Lộc.")
        .text, home)}
    assert ("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Hà Tĩnh", "peoples_council") in found
    assert any(label.startswith("Ban Kinh tế - Ngân sách Hội đồng nhân dân huyện Can Lộc")
               for label, _ in found)
    # alone, a committee of no named council is nobody
    assert org_labels("Ban Pháp chế đã thẩm tra dự thảo.", home) == set()


def test_a_document_signed_by_a_body_of_an_unnamed_area_has_no_issuer() -> None:
    got = article("Ngày 2/3/2018, Chủ tịch UBND tỉnh ban hành Quyết định số 512/QĐ-UBND về giao "
                  "chỉ tiêu BHYT năm 2018.", D(2018, 3, 5))
    assert [(d.ref.number, d.ref.issuer) for d in got.documents][:1] == [("512", None)]
    got = article("Ngày 2/3/2018, Chủ tịch UBND tỉnh Hà Tĩnh ban hành Quyết định số 512/QĐ-UBND về "
                  "giao chỉ tiêu BHYT năm 2018.", D(2018, 3, 5))
    assert got.documents[0].ref.issuer.label == "Ủy ban nhân dân tỉnh Hà Tĩnh"
