"""The perturbations of scripts/perturb_eval.py keep the gold true (invented article and gold)."""

from __future__ import annotations

import copy
import importlib.util
import random
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from bhyt_kg import gazetteer

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "perturb_eval.py"
_spec = importlib.util.spec_from_file_location("perturb_eval", _PATH)
pe = importlib.util.module_from_spec(_spec)
sys.modules["perturb_eval"] = pe
_spec.loader.exec_module(pe)

S1 = ("Tính đến ngày 31/12/2023, huyện Phú Tân có 171.204/193.620 người tham gia BHYT, "
      "đạt tỷ lệ 88,42%.")
S2 = "Tổng số thu quỹ BHYT năm 2023 là 151,3 tỷ đồng; chi khám chữa bệnh hơn 96,4 tỷ đồng."
S3 = "Toàn huyện có 25.310 người tham gia theo hộ gia đình, tăng 1.200 người so với năm 2022."
TEXT = (
    "Phú Tân: gần 88% dân số có thẻ BHYT\n\n"
    "Thực hiện Chỉ thị số 07-CT/HU ngày 12/3/2018 của Ban Thường vụ Huyện ủy Phú Tân, "
    f"các đoàn thể đã vận động người dân tham gia BHYT. {S1}\n\n"
    f"{S2} Xã Phú Long đạt 93,5%, xã Phú Lâm đạt 91,08%.\n\n"
    "Có 12 xã, thị trấn tổ chức 34 cuộc họp dân trong 9 tháng đầu năm 2023; 100% người nghèo "
    f"tham gia BHYT. {S3}\n"
)
GOLD = {
    "article": "t.txt",
    "documents": [{"kind": "directive", "number": "7", "symbol": "07-CT/HU"}],
    "organisations": [{"name": "Ban Thường vụ Huyện ủy Phú Tân", "kind": "party_organ",
                       "area": "huyện Phú Tân"}],
    "places": [{"name": "huyện Phú Tân", "level": "district", "parent": "tỉnh An Giang"},
               {"name": "xã Phú Long", "level": "commune", "parent": "huyện Phú Tân"},
               {"name": "xã Phú Lâm", "level": "commune", "parent": "huyện Phú Tân"}],
    "people": [],
    "observations": [
        {"indicator": "participants", "value": 171204, "unit": "person",
         "area": "huyện Phú Tân", "sentence": S1},
        {"indicator": "population", "value": 193620, "area": "huyện Phú Tân", "sentence": S1},
        {"indicator": "coverage_rate", "value": 88.42, "unit": "percent",
         "area": "huyện Phú Tân", "sentence": S1},
        {"indicator": "fund_revenue", "value": 151300000000, "unit": "vnd", "sentence": S2},
        {"indicator": "coverage_rate", "value": 93.5, "unit": "percent", "area": "xã Phú Long"},
        {"indicator": "coverage_rate", "value": 91.08, "unit": "percent", "area": "xã Phú Lâm"},
        {"indicator": "group_coverage_rate", "value": 100, "unit": "percent",
         "population_group": "poor"},
        {"indicator": "participants", "value": 25310, "population_group": "households",
         "sentence": S3},
    ],
    "links": {"implementers": [], "outcomes": [
        {"document": {"kind": "directive", "number": "7"},
         "observation": {"indicator": "coverage_rate", "value": 88.42}}]},
}


def values(gold: dict) -> list[Decimal]:
    return [Decimal(str(o["value"])) for o in gold["observations"]]


def sentences_verbatim(out) -> bool:
    return all(o["sentence"] in out.text for o in out.gold["observations"] if "sentence" in o)


def test_apply_edits_and_format() -> None:
    assert pe.apply_edits("a 1 b 2", [(6, 7, "20"), (2, 3, "10")]) == "a 10 b 20"
    tok = pe.scan_numbers("đạt 1.234.567 người")[0]
    assert pe.format_number(Decimal(1234999), tok) == "1.234.999"
    pct = pe.scan_numbers("đạt 88,42%")[0]
    assert pct.percent and pe.format_number(Decimal("87.5"), pct) == "87,50"


def test_scan_protects_dates_years_and_document_numbers() -> None:
    toks = {t.start: t for t in pe.scan_numbers(TEXT)}
    protected = {TEXT[t.start:t.end] for t in toks.values() if t.protected}
    assert {"07", "12", "3", "2018", "2023", "9"} <= protected
    free = {TEXT[t.start:t.end] for t in toks.values() if not t.protected}
    assert {"171.204", "193.620", "88,42", "151,3", "25.310"} <= free


def test_numbers_move_text_and_gold_together() -> None:
    gold = copy.deepcopy(GOLD)
    out = pe.perturb_numbers(TEXT, gold, random.Random(3))
    assert gold == GOLD  # the input is not modified
    old, new = values(GOLD), values(out.gold)
    moved = {o: n for o, n in zip(old, new, strict=True) if o != n}
    assert out.applied == len(moved) >= 4
    # every moved figure is written in the new text, in Vietnamese notation
    written = {t.value for t in pe.scan_numbers(out.text)}
    assert set(moved.values()) <= written
    # the count and its rate moved together, the total stayed: the ratio still holds
    num, den, rate = new[0], new[1], new[2]
    assert den == Decimal(193620) and num != Decimal(171204)
    assert abs(num / den * 100 - rate) <= Decimal("0.005")
    assert "171.204" not in out.text and "/193.620" in out.text
    # money keeps its unit word; years, dates and the document number are untouched
    assert new[3] != Decimal(151300000000) and "tỷ đồng" in out.text
    for kept in ("07-CT/HU", "12/3/2018", "31/12/2023", "năm 2023", "9 tháng"):
        assert kept in out.text
    # 100% is left alone and counted
    assert new[6] == 100 and out.skipped["hundred_percent"] == 1
    # the headline's rounded rate follows the body's ("gần 88%" over "88,42%")
    assert f"gần {int(rate)}%" in out.text.splitlines()[0] or \
        f"gần {round(rate)}%" in out.text.splitlines()[0]
    # the outcome link points at the moved rate, and every sentence is still verbatim
    assert Decimal(str(out.gold["links"]["outcomes"][0]["observation"]["value"])) == rate
    assert sentences_verbatim(out)


def test_numbers_leave_figures_that_add_up() -> None:
    text = "Có 300 người tham gia, 200 người mới và 500 người trong tổng số 1.000 người."
    gold = {"observations": [{"indicator": "participants", "value": 500, "sentence": text}]}
    out = pe.perturb_numbers(text, gold, random.Random(1))
    assert out.text == text and out.skipped["tied_figures"] == 1


def test_numbers_are_deterministic() -> None:
    a = pe.perturb_numbers(TEXT, GOLD, random.Random(5))
    b = pe.perturb_numbers(TEXT, GOLD, random.Random(5))
    assert a.text == b.text and a.gold == b.gold


@pytest.mark.parametrize("name, before, after", [
    ("ty_le", "đạt tỷ lệ 88,42%", "đạt tỉ lệ 88,42%"),
    ("dat_duoc", "Xã Phú Long đạt 93,5%", "Xã Phú Long đạt được 93,5%"),
    ("bhyt_full", "người tham gia BHYT,", "người tham gia bảo hiểm y tế,"),
    ("hon_tren", "hơn 96,4 tỷ", "trên 96,4 tỷ"),
    ("tinh_den", "Tính đến ngày 31/12/2023", "Tính đến hết ngày 31/12/2023"),
    ("pct_space", "88,42%", "88,42 %"),
    ("ungroup", "171.204/193.620", "171204/193620"),
    ("ty_dong", "151,3 tỷ đồng", "151,3 tỉ đồng"),
])
def test_each_wording_swap(name: str, before: str, after: str) -> None:
    assert before in TEXT
    out = pe.perturb_wording(TEXT, GOLD, (name,))
    assert after in out.text and out.applied >= 1
    # the gold is unchanged but for its verbatim sentences
    assert values(out.gold) == values(GOLD) and out.gold["places"] == GOLD["places"]
    assert sentences_verbatim(out)


def test_wording_keeps_non_equivalents() -> None:
    # "cao hơn 2%" is a comparison, "người nghèo" a group, "chiếm" of a part no level
    text = ("Tỷ lệ cao hơn 2% so với năm trước; 120 người nghèo; 43.463 người, chiếm 27,92%; "
            "3 năm, 1.500 người")
    out = pe.perturb_wording(text, {"observations": []}, ("hon_tren", "nguoi_dan", "chiem_dat",
                                                          "ungroup"))
    assert "cao hơn 2%" in out.text and "người nghèo" in out.text and "chiếm 27,92%" in out.text
    assert "1.500" in out.text  # four digits stay grouped: "1500" would read as a year


def test_places_rename_to_a_sibling_of_the_same_parent() -> None:
    out = pe.perturb_places(TEXT, copy.deepcopy(GOLD), random.Random(2))
    gaz = gazetteer.load()
    (province,) = gaz.find("An Giang", level="province")
    (district,) = gaz.find("Phú Tân", unit="huyện", within=province)
    renamed = [p for p in out.gold["places"] if p["level"] == "commune"
               and p["name"] not in ("xã Phú Long", "xã Phú Lâm")]
    assert renamed and out.applied == len(renamed)
    for p in renamed:
        unit, name = p["name"].split(" ", 1)
        (area,) = gaz.find(name, unit=unit, within=district)  # real, one, in the same district
        assert p["parent"] == "huyện Phú Tân" and name in out.text
    # a district with communes in the text keeps its name, so the communes keep their parent
    assert out.gold["places"][0]["name"] == "huyện Phú Tân"
    assert out.skipped["district_with_communes"] == 1
    # every mention of the old names went, in text and gold alike
    old = {"Phú Long", "Phú Lâm"} - {p["name"].split(" ", 1)[1] for p in out.gold["places"]}
    assert all(o not in out.text for o in old)
    assert all(o not in str(out.gold["observations"]) for o in old)
    assert sentences_verbatim(out)


def test_layout_joins_prose_but_not_paragraphs_citing_documents() -> None:
    p1 = "Năm 2023, công tác vận động người dân tham gia BHYT được đẩy mạnh ở tất cả các xã."
    p2 = "Toàn huyện có 25.310 người tham gia theo hộ gia đình, tăng so với năm trước nhiều."
    p3 = "Thực hiện Chỉ thị số 38-CT/TW, các cấp ủy đã lãnh đạo sát sao công tác BHYT năm qua."
    text = f"Tiêu đề\n\n{p1}\n\n{p2}\n\n{p3}\n\n{p1}\n"
    out = pe.perturb_layout(text, {"observations": [{"value": 1, "sentence": p2}]})
    assert f"{p1} {p2}" in out.text and f"\n\n{p3}\n\n" in out.text and out.applied == 1
    assert out.gold["observations"][0]["sentence"] in out.text


def test_all_composes_every_kind() -> None:
    out = pe.perturb("all", TEXT, copy.deepcopy(GOLD), random.Random(4))
    assert out.applied > 0 and out.text != TEXT and sentences_verbatim(out)
    assert pe.perturb("none", TEXT, GOLD, random.Random(4)).text == TEXT
