"""Issue 4: the causes of data/heldout43's misses, generalised (fifteenth session, 2026-12-07;
data/heldout43/README.md, "After tuning").

Every sentence here is invented, with other places, names and figures than the set's articles.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from extraction_cases import extract_text

from bhyt_kg.gazetteer import load as load_gazetteer

D = dt.date
_MARCH_2024 = D(2024, 3, 1)


def _extract(body: str, published: dt.date | None = _MARCH_2024, title: str = "Tin BHYT"):
    return extract_text(f"{title}\n\n{body}", published)


def _observations(body: str, published: dt.date | None = _MARCH_2024,
                  title: str = "Tin BHYT") -> set[tuple]:
    """(indicator, value, scheme, group, qualifier, area label, date) of each observation."""
    return {(o.indicator, o.value, o.scheme, o.population_group, o.qualifier,
             o.area.label if o.area else None, o.date)
            for o in _extract(body, published, title).observations}


def _implementers(body: str) -> set[tuple[str, str, str]]:
    return {(i.document.kind, i.document.number, i.implementer.label)
            for i in _extract(body).implementations}


def test_mu_cang_chai_is_spelled_as_its_own_documents_spell_it() -> None:
    """The gazetteer's source spells the district "Mù Căng Chải" (and its seat "Mù Cang
    Chải"); the province writes "Mù Cang Chải", and either spelling in a text finds it."""
    assert load_gazetteer().by_code("137", D(2024, 1, 1)).name == "Mù Cang Chải"
    for written in ("Mù Cang Chải", "Mù Căng Chải"):
        got = _observations(f"Năm 2022, huyện {written} có 61.500 người tham gia BHYT.")
        assert ("participants", Decimal(61500), "health_insurance", None, None,
                "huyện Mù Cang Chải", D(2022, 12, 31)) in got


def test_fewer_than_and_about_as_papers_write_them() -> None:
    got = _observations("Năm 2017, cả xã Pá Khoang chỉ có chưa đầy 50 người tham gia BHXH tự "
                        "nguyện, trên dưới 900 người tham gia BHYT hộ gia đình.")
    assert {("participants", Decimal(50), "social_insurance", "voluntary", "less_than",
             "xã Pá Khoang", D(2017, 12, 31)),
            ("participants", Decimal(900), "health_insurance", "households", "about",
             "xã Pá Khoang", D(2017, 12, 31))} <= got


def test_a_count_risen_to_a_qualified_figure_is_the_same_group_later() -> None:
    got = _observations("Năm 2019, huyện Tam Đường có 320 người tham gia BHXH tự nguyện, đến năm "
                        "2022 đã tăng lên hơn 1.100 người.")
    assert ("participants", Decimal(1100), "social_insurance", "voluntary", "more_than",
            "huyện Tam Đường", D(2022, 12, 31)) in got


def test_the_voluntary_schemes_people_reaching_a_rate_is_its_coverage() -> None:
    got = _observations("Đến hết năm 2023, toàn tỉnh Hà Giang có số người tham gia BHXH tự nguyện "
                        "đạt tỷ lệ 4,2%; bảo hiểm thất nghiệp đạt 8,9% và tỷ lệ bao phủ BHYT đạt "
                        "98,1% dân số.")
    assert {("coverage_rate", Decimal("4.2"), "social_insurance", "voluntary", None,
             "tỉnh Hà Giang", D(2023, 12, 31)),
            # the next item names its own scheme: no group of the one before
            ("coverage_rate", Decimal("8.9"), "unemployment_insurance", None, None,
             "tỉnh Hà Giang", D(2023, 12, 31)),
            ("coverage_rate", Decimal("98.1"), "health_insurance", None, None,
             "tỉnh Hà Giang", D(2023, 12, 31))} <= got


def test_a_rate_after_one_of_a_group_keeps_the_group_when_an_agency_is_named() -> None:
    """"BHXH thành phố" in the next item is the agency, not a scheme of its own."""
    got = _observations("Năm học 2023-2024, tỷ lệ học sinh tham gia BHYT của huyện Hòa Vang đạt "
                        "99,5%; xã Hòa Bắc và khối các trường do BHXH thành phố quản lý thu đều "
                        "đạt 100%.")
    assert all(o[3] == "students" for o in got if o[0] == "group_coverage_rate"), got
    assert any(o[1] == Decimal(100) and o[3] == "students" for o in got), got


def test_a_national_report_whose_only_place_is_in_a_caption_is_the_nations() -> None:
    body = ("Tính đến hết năm 2024, tỷ lệ bao phủ BHYT trên toàn quốc ước đạt 94,2% dân số.\n\n"
            "Nhân viên BHXH tỉnh Nghệ An hướng dẫn người dân cài đặt ứng dụng VssID\n\n"
            "Số lượt khám chữa bệnh BHYT năm 2024 là 180 triệu lượt.")
    got = _observations(body, D(2025, 1, 10), title="Kết quả thực hiện BHYT năm 2024")
    assert ("insured_visits", Decimal(180_000_000), "health_insurance", None, None, "Việt Nam",
            D(2024, 12, 31)) in got


def test_a_caption_place_beside_the_nation_as_a_yardstick_stays_the_home() -> None:
    """"cao hơn cả nước" compares with the nation; it does not make the article national."""
    body = ("Năm 2024, tỷ lệ bao phủ BHYT đạt 96,3%, cao hơn cả nước.\n\n"
            "Cán bộ BHXH huyện Yên Thế tuyên truyền chính sách BHYT cho người dân")
    got = _observations(body, D(2025, 1, 10), title="Kết quả thực hiện BHYT năm 2024")
    assert {o[5] for o in got if o[1] == Decimal("96.3")} == {"huyện Yên Thế"}


def test_the_cost_of_care_claimed_from_the_fund_is_its_spending() -> None:
    got = _observations("Năm 2023, tổng chi phí khám chữa bệnh BHYT đề nghị thanh toán của tỉnh "
                        "Sơn La là 2.150 tỷ đồng.")
    assert ("fund_expenditure", Decimal(2_150_000_000_000), "health_insurance", None, None,
            "tỉnh Sơn La", D(2023, 12, 31)) in got
    # a provider asking the agency to pay is still no spending of the fund
    asked = _observations("Năm 2023, Trung tâm Y tế huyện Mộc Châu đã đề nghị BHXH huyện thanh toán"
                          " chi phí khám chữa bệnh BHYT với số tiền hơn 300 triệu đồng.")
    assert not any(o[0] == "fund_expenditure" for o in asked), asked


def test_contributions_paid_back_are_no_revenue() -> None:
    got = _observations("Năm 2023, BHXH tỉnh Lai Châu đã thoái thu, hoàn trả cho 45 đơn vị với số "
                        "tiền 1,3 tỷ đồng; thu BHXH, BHYT đạt 1.120 tỷ đồng.")
    money = {o[1] for o in got if o[0] == "fund_revenue"}
    assert money == {Decimal(1_120_000_000_000)}, got


def test_the_body_advised_carries_out_nothing() -> None:
    got = _implementers("Thực hiện Nghị quyết số 125/NQ-CP của Chính phủ, Bảo hiểm xã hội Việt Nam "
                        "đã tham mưu với Bộ Tài chính sửa đổi quy định về mức đóng BHYT.")
    assert not any(label == "Bộ Tài chính" for _, _, label in got), got
