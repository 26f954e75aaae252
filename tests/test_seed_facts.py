"""The five sample articles' facts, checked through the canned queries (what a user sees)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bhyt_kg.queries import run


def rows(kg, name: str, **params):
    return run(kg, name, params or None).records()


def find(records, **want):
    return [r for r in records if all(r.get(k) == v for k, v in want.items())]


@pytest.fixture(scope="module")
def kg(seed_kg):
    return seed_kg[0]


def test_the_sample_corpus_builds_and_conforms(seed_kg) -> None:
    _, summary = seed_kg
    assert [b.path for b in summary.built] == [
        "000_d2b5e8619a2c91c8.txt",
        "001_f753e4b803fa250f.txt",
        "002_c3684f558fdc71ff.txt",
        "003_43fa385d37146a6a.txt",
        "004_b02ab9a09d1afe26.txt",
    ]
    assert summary.skipped == []
    assert summary.violations == []
    assert summary.entities["articles"] == 5


def test_phu_xuyen_coverage_at_the_end_of_2023(kg) -> None:
    obs = rows(kg, "observations")
    (rate,) = find(obs, indicator="coverage_rate", area="huyện Phú Xuyên", is_target=False)
    assert rate["value"] == Decimal("94.47")
    assert rate["unit"] == "percent"
    assert rate["scheme"] == "health_insurance"
    assert rate["date"] == dt.date(2023, 12, 31)
    assert "94,47% dân số" in rate["evidence"]
    (count,) = find(obs, indicator="participants", area="huyện Phú Xuyên")
    assert count["value"] == 217536


def test_phu_xuyen_population_groups(kg) -> None:
    groups = {
        r["population_group"]: r["value"]
        for r in find(rows(kg, "observations"), indicator="group_coverage_rate", area="huyện Phú Xuyên")
    }
    assert groups == {
        "poor": 100, "near_poor": 100, "children_under_6": 100, "elderly_over_80": 100,
        "students": Decimal("98.9"),
    }


def test_my_long_participants_against_plan_in_2022(kg) -> None:
    obs = find(rows(kg, "observations"), area="phường Mỹ Long", date=dt.date(2022, 12, 31),
               scheme="health_insurance")
    got = {r["indicator"]: r["value"] for r in obs}
    assert got["participants"] == 16984
    assert got["plan_participants"] == 16796
    assert got["plan_completion"] == Decimal("101.12")
    bhxh = find(rows(kg, "observations"), area="phường Mỹ Long", scheme="social_insurance",
                date=dt.date(2022, 12, 31))
    assert {r["indicator"]: r["value"] for r in bhxh}["plan_completion"] == Decimal("56.72")


def test_yen_the_target_of_98_percent_by_the_end_of_2018(kg) -> None:
    (target,) = find(rows(kg, "observations"), area="huyện Yên Thế", is_target=True)
    assert (target["indicator"], target["value"], target["date"]) == (
        "coverage_rate", 98, dt.date(2018, 12, 31),
    )
    (rate,) = find(rows(kg, "observations"), area="huyện Yên Thế", indicator="coverage_rate",
                   is_target=False)
    assert rate["value"] == Decimal("97.07") and rate["date"] == dt.date(2018, 8, 31)


def test_song_cau_target_is_more_than_85_percent(kg) -> None:
    (target,) = find(rows(kg, "observations"), area="thị xã Sông Cầu", is_target=True)
    assert (target["value"], target["qualifier"]) == (85, "more_than")


def test_directive_38_is_one_node_issued_by_the_secretariat(kg) -> None:
    (d,) = find(rows(kg, "directives"), symbol="38-CT/TW")
    assert d["kind"] == "directive" and d["number"] == "38"
    assert d["issued"] == dt.date(2009, 9, 7)
    assert d["issuer"] == "Ban Bí thư"
    assert d["articles"] == 1


def test_directives_07_and_08_are_different_documents_of_different_committees(kg) -> None:
    directives = rows(kg, "directives")
    (d07,) = find(directives, number="7")
    (d08,) = find(directives, number="8")
    assert d07["document"] != d08["document"]
    assert "Đông Hải" in d07["issuer"]
    assert "Bắc Giang" in d08["label"]


def test_organisations_have_kinds_and_areas(kg) -> None:
    orgs = rows(kg, "organisations")
    (farmers,) = find(orgs, label="Hội Nông dân huyện Đông Hải")
    assert (farmers["kind"], farmers["area"], farmers["area_level"]) == (
        "mass_organisation", "huyện Đông Hải", "district",
    )
    assert find(orgs, label="Ủy ban nhân dân thành phố Long Xuyên", kind="peoples_committee")


def test_people_and_their_posts(kg) -> None:
    people = rows(kg, "people")
    cuong = find(people, name="Nguyễn Văn Cương")
    assert any("Phó Bí thư Thường trực" in r["post"] for r in cuong)
    assert any("Phú Xuyên" in (r["organisation"] or "") for r in cuong)
    son = find(people, name="Nguyễn Ngọc Sơn")
    assert any(r["post"].startswith("Phó Chủ tịch Thường trực") for r in son)


def test_directive_07_is_credited_with_dong_hai_outcomes(kg) -> None:
    outcomes = rows(kg, "directive-outcomes")
    dong_hai = find(outcomes, area="huyện Đông Hải", indicator="coverage_rate")
    assert dong_hai and dong_hai[0]["value"] == 94
    assert "Số 7" in dong_hai[0]["document_label"] or "số 7" in dong_hai[0]["document_label"]
    phu_xuyen = find(outcomes, area="huyện Phú Xuyên", indicator="coverage_rate")
    assert phu_xuyen and phu_xuyen[0]["value"] == Decimal("94.47")


def test_implementers_of_directive_07(kg) -> None:
    (d07,) = find(rows(kg, "directives"), number="7")
    orgs = {r["organisation"] for r in find(rows(kg, "implementers"), document=d07["document"])}
    assert "Ủy ban nhân dân huyện Đông Hải" in orgs


def test_every_observation_has_an_article_and_evidence_sentence(kg) -> None:
    for r in rows(kg, "observations"):
        assert r["article"] and r["evidence"], r
