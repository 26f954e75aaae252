"""The bundled gazetteer: counts, codes, name matching, dates and the 2025 successions."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from bhyt_kg.gazetteer import (
    REFORM,
    Gazetteer,
    ancestors,
    is_within,
    load,
    name_key,
    needs_code,
    province_of,
)
from bhyt_kg.identity import area_iri
from bhyt_kg.model import NATION, Area
from bhyt_kg.text import slug

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
AFTER = dt.date(2025, 8, 1)
BEFORE = dt.date(2020, 5, 1)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load()


def test_load_is_cached() -> None:
    assert load() is load()


@pytest.mark.parametrize(
    ("on", "level", "count"),
    [
        (None, "province", 63),
        (None, "district", 696),
        (None, "commune", 10035),
        (AFTER, "province", 34),
        (AFTER, "district", 0),
        (AFTER, "commune", 3321),
    ],
)
def test_counts_per_level_match_the_source(gz: Gazetteer, on, level: str, count: int) -> None:
    assert len(gz.units(level, on=on)) == count


def test_every_unit_chains_up_to_the_nation(gz: Gazetteer) -> None:
    for on in (None, AFTER):
        for level in ("province", "district", "commune"):
            for area in gz.units(level, on=on):
                assert ancestors(area)[-1] == NATION
                assert [a.level for a in ancestors(area)][-2] == "province"


@pytest.mark.parametrize("on", [None, BEFORE, AFTER])
def test_by_code_round_trip(gz: Gazetteer, on) -> None:
    for level in ("province", "commune"):
        for area in gz.units(level, on=on)[::97]:
            assert gz.by_code(area.code, on) == area
    assert gz.by_code("nope", on) is None


def test_codes_are_reused_after_the_reform(gz: Gazetteer) -> None:
    assert gz.by_code("24").name == "Bắc Giang"
    assert gz.by_code("24", AFTER).name == "Bắc Ninh"
    assert gz.by_code("24", REFORM).name == "Bắc Ninh"
    assert gz.by_code("24", REFORM - dt.timedelta(days=1)).name == "Bắc Giang"
    assert gz.era(gz.by_code("24", AFTER)) == REFORM
    assert gz.era(gz.by_code("24")) is None


def test_official_names_and_unit_words(gz: Gazetteer) -> None:
    hanoi = gz.by_code("01")
    assert (hanoi.level, hanoi.unit, hanoi.name, hanoi.parent) == (
        "province", "thành phố", "Hà Nội", NATION,
    )
    dong_hai = gz.by_code("960")
    assert (dong_hai.unit, dong_hai.name, dong_hai.parent.name) == ("huyện", "Đông Hải", "Bạc Liêu")
    assert gz.by_code("31984").label == "xã Long Điền Tây"
    assert gz.by_code("31984").parent == dong_hai
    # The source types "Thị trấn Ngọc Lặc" as a xã; the official name's unit word is kept.
    assert {a.unit for a in gz.find("Ngọc Lặc", level="commune")} == {"thị trấn"}


@pytest.mark.parametrize(
    "name", ["Thừa Thiên Huế", "thừa thiên huế", "THỪA THIÊN HUẾ", " Thừa  Thiên Huế"]
)
def test_fold_matching_of_a_former_province_name(gz: Gazetteer, name: str) -> None:
    (hue,) = gz.find(name, level="province")
    assert (hue.unit, hue.name, hue.code) == ("tỉnh", "Thừa Thiên Huế", "46")


def test_fold_matching_ignores_tone_placement_and_case(gz: Gazetteer) -> None:
    # "Hòa"/"Hoà": two tone-mark conventions (domain.md §5).
    assert gz.find("Khánh Hoà", level="province") == gz.find("KHÁNH HÒA", level="province")
    assert [a.code for a in gz.find("khánh hòa", level="province")] == ["56"]


def test_find_returns_every_candidate_and_filters(gz: Gazetteer) -> None:
    chau_thanh = gz.find("Châu Thành", unit="huyện")
    assert len(chau_thanh) == 10  # "Châu Thành A" is another name
    assert len({province_of(a) for a in chau_thanh}) == 10
    tien_giang = gz.find("Tiền Giang", level="province")[0]
    (ct,) = gz.find("Châu Thành", unit="huyện", within=tien_giang)
    assert ct.code == "821" and is_within(ct, tien_giang)
    ky_anh = gz.find("Kỳ Anh", level="district")
    assert sorted(a.unit for a in ky_anh) == ["huyện", "thị xã"]
    assert [a.code for a in gz.find("huyện Kỳ Anh")] == ["447"]
    assert [a.code for a in gz.find("Kỳ Anh", unit="Thị xã")] == ["449"]


def test_find_by_date(gz: Gazetteer) -> None:
    assert [a.code for a in gz.find("Đông Hải", unit="huyện", on=BEFORE)] == ["960"]
    assert gz.find("Đông Hải", unit="huyện", on=AFTER) == ()  # districts were abolished
    ca_mau = gz.find("Cà Mau", level="province", on=AFTER)[0]
    # New units reuse old names: the new xã Đông Hải of Cà Mau.
    (new,) = gz.find("Đông Hải", unit="xã", within=ca_mau, on=AFTER)
    assert new.parent == ca_mau


def test_former_district_names_resolve_through_aliases(gz: Gazetteer) -> None:
    # Yên Dũng was merged into thành phố Bắc Giang: the former huyện keeps its name, no code.
    (yen_dung,) = gz.find("Yên Dũng", unit="huyện")
    assert (yen_dung.label, yen_dung.code, yen_dung.parent.name) == (
        "huyện Yên Dũng", None, "Bắc Giang",
    )


def test_successors_of_bac_lieu_are_in_ca_mau(gz: Gazetteer) -> None:
    bac_lieu = gz.find("Bạc Liêu", level="province")[0]
    assert [a.name for a in gz.successors(bac_lieu)] == ["Cà Mau"]
    dong_hai = gz.by_code("960")
    communes = [a for a in gz.units("commune") if a.parent == dong_hai]
    assert len(communes) == 11
    for commune in communes:
        succ = gz.successors(commune)
        assert succ and all(s.level == "commune" for s in succ)
        assert {province_of(s).name for s in succ} == {"Cà Mau"}
    # The abolished district maps to the new communes covering it.
    assert "Đông Hải" in {a.name for a in gz.successors(dong_hai)}
    # A post-reform unit has no successor (31975 was xã Long Điền Đông, is now xã Đông Hải).
    assert gz.by_code("31975").name == "Long Điền Đông"
    assert gz.successors(gz.by_code("31975", AFTER)) == ()


def test_a_divided_commune_lists_its_main_successor_first() -> None:
    rows = list(csv.DictReader((GAZETTEER / "succession.csv").open(encoding="utf-8")))
    divided = next(r["old_code"] for r in rows if r["primary"] == "0")
    primaries = [r["new_code"] for r in rows if r["old_code"] == divided and r["primary"] == "1"]
    succ = load().successors(load().by_code(divided))
    assert len(succ) >= 2 and succ[0].code == primaries[0]


def test_source_md_records_the_sha256_of_each_csv() -> None:
    source = (GAZETTEER / "SOURCE.md").read_text(encoding="utf-8")
    assert "vietnamadminunits" in source and "MIT License" in source
    recorded = dict(re.findall(r"\| `([\w.]+\.csv)` \| \d+ \| `([0-9a-f]{64})` \|", source))
    assert set(recorded) == {p.name for p in GAZETTEER.glob("*.csv")}
    for name, digest in recorded.items():
        assert hashlib.sha256((GAZETTEER / name).read_bytes()).hexdigest() == digest
    assert sum(p.stat().st_size for p in GAZETTEER.iterdir()) < 2_000_000


def test_csvs_are_sorted_and_nfc() -> None:
    import unicodedata

    for name in ("units_2024.csv", "units_2025.csv"):
        rows = list(csv.DictReader((GAZETTEER / name).open(encoding="utf-8")))
        order = {"province": 0, "district": 1, "commune": 2}
        keys = [(order[r["level"]], r["code"]) for r in rows]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
        assert all(unicodedata.is_normalized("NFC", r["name"]) for r in rows)
        # The unit word is split off; only "phường Phường Đúc" (Huế) has it in its own name.
        doubled = {r["name"] for r in rows if r["name"].lower().startswith(r["unit"] + " ")}
        assert doubled <= {"Phường Đúc"}


# --- IRI collisions, spelling variants, near names ---------------------------------------------


def test_needs_code_for_son_ha_and_son_ha_dot_in_quang_ngai(gz: Gazetteer) -> None:
    quang_ngai = gz.find("Quảng Ngãi", level="province", on=AFTER)[0]
    (son_ha,) = gz.find("Sơn Hà", unit="xã", within=quang_ngai, on=AFTER)
    (son_ha_dot,) = gz.find("Sơn Hạ", unit="xã", within=quang_ngai, on=AFTER)
    assert son_ha != son_ha_dot and area_iri(son_ha) != area_iri(son_ha_dot)  # kept apart by code
    assert area_iri(son_ha).endswith(f"-{son_ha.code}")
    assert needs_code(son_ha) and needs_code(son_ha_dot)
    assert gz.needs_code(son_ha) and not needs_code(quang_ngai)


def test_needs_code_before_the_reform_and_counts(gz: Gazetteer) -> None:
    (phu,) = gz.find("Hoằng Phú", unit="xã")
    (phu_dot,) = gz.find("Hoằng Phụ", unit="xã")
    assert phu.parent == phu_dot.parent and needs_code(phu) and needs_code(phu_dot)
    # Same slug in different parents is no collision: the parent's path keeps them apart.
    assert not any(needs_code(a) for a in gz.find("Châu Thành", unit="huyện"))
    # A unit without a code (unresolved, or merged away) has no code to add.
    assert not needs_code(Area("commune", "xã", "Sơn Hà", NATION))
    for on, pairs in ((None, 22), (AFTER, 8)):
        units = [a for level in ("province", "district", "commune") for a in gz.units(level, on=on)]
        clashing = [a for a in units if gz.needs_code(a)]
        assert len(clashing) == 2 * pairs
        assert len({(a.parent, slug(a.label)) for a in clashing}) == pairs


@pytest.mark.parametrize(
    ("variant", "official"),
    [("Tân Kì", "Tân Kỳ"), ("Quy Đức", "Qui Đức"), ("Đăk Lăk", "Đắk Lắk"), ("Mĩ Lợi", "Mỹ Lợi")],
)
def test_spelling_variants_share_a_key(variant: str, official: str) -> None:
    assert name_key(variant) == name_key(official)


def test_spelling_variants_keep_different_names_apart() -> None:
    # Only a closing "y" after a consonant varies: "Thủy", "Huy" and "Tây" keep their spelling.
    assert name_key("Thủy") != name_key("Thủi") and name_key("Tây") != name_key("Tâi")
    assert name_key("Huy") != name_key("Hui") and name_key("Đắc Sở") != name_key("Đắk Sở")


def test_find_near_reads_a_one_letter_misspelling_within_an_area(gz: Gazetteer) -> None:
    dak_lak = gz.find("Đắk Lắk", level="province")[0]
    (krong_pac,) = gz.find_near("Krông Pak", unit="huyện", within=dak_lak)
    assert (krong_pac.label, krong_pac.code, krong_pac.parent) == ("huyện Krông Pak", "654", dak_lak)
    assert gz.find_near("Krông Pak", unit="xã", within=dak_lak) == ()
    assert gz.find_near("Krông Pak", unit="huyện", within=gz.find("Lâm Đồng")[0]) == ()
    assert gz.find_near("Krông Pass", unit="huyện", within=dak_lak) == ()  # two letters
