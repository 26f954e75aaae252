"""The evaluation harness: gold loading, matching rules, scores, output and the baseline check."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from bhyt_kg.errors import BhytError
from bhyt_kg.evaluate import (
    KINDS,
    Evaluation,
    GoldError,
    baseline_of,
    compare,
    compare_to_baseline,
    evaluate,
    format_evaluation,
    load_gold,
    load_gold_dir,
    normalise_name,
    parse_partial_date,
    predict,
    write_baseline,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "data" / "gold"
SEED_ARTICLES = ROOT / "data" / "articles"
BASELINE = GOLD_DIR / "BASELINE.json"

# A small article that is not one of the seeds, and its gold, written by reading it.
ARTICLE_NAME = "tanphuoc-bhyt.txt"
ARTICLE = (
    "Huyện Tân Phước đẩy mạnh bảo hiểm y tế toàn dân\n\n"
    "Thực hiện Chỉ thị số 38-CT/TW ngày 07/9/2009 của Ban Bí thư, UBND huyện Tân Phước đã ban hành "
    "kế hoạch tuyên truyền về BHYT.\n\n"
    "Qua thực hiện Chỉ thị 38 của Ban Bí thư, đến hết năm 2022 toàn huyện có 55.120 người tham gia "
    "BHYT, đạt tỷ lệ 91,25% dân số.\n\n"
    "Đồng chí Trần Văn Bình, Phó Chủ tịch UBND huyện Tân Phước chủ trì hội nghị.\n"
)
SENTENCE = ("Qua thực hiện Chỉ thị 38 của Ban Bí thư, đến hết năm 2022 toàn huyện có 55.120 người "
            "tham gia BHYT, đạt tỷ lệ 91,25% dân số.")
GOLD = f"""
article: {ARTICLE_NAME}
documents:
  - {{kind: directive, number: "38", symbol: 38-CT/TW, issuer: Ban Bí thư, date: 2009-09-07}}
organisations:
  - {{name: Ban Bí thư, kind: party_organ, area: Việt Nam}}
  - {{name: Ủy ban nhân dân huyện Tân Phước, kind: peoples_committee, area: huyện Tân Phước}}
places:
  - {{name: huyện Tân Phước, level: district, parent: tỉnh Tiền Giang}}
people:
  - {{name: Trần Văn Bình, post: Phó Chủ tịch Ủy ban nhân dân huyện Tân Phước}}
observations:
  - {{scheme: health_insurance, indicator: participants, value: 55120, unit: person,
     area: huyện Tân Phước, date: 2022-12-31, target: false, sentence: "{SENTENCE}"}}
  - {{scheme: health_insurance, indicator: coverage_rate, value: 91.25, unit: percent,
     area: huyện Tân Phước, date: 2022-12-31, target: false, sentence: "{SENTENCE}"}}
links:
  implementers:
    - {{document: {{kind: directive, number: "38"}}, organisation: Ủy ban nhân dân huyện Tân Phước}}
  outcomes:
    - {{document: {{kind: directive, number: "38"}},
       observation: {{indicator: participants, value: 55120}}}}
    - {{document: {{kind: directive, number: "38"}},
       observation: {{indicator: coverage_rate, value: 91.25}}}}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with ``articles/`` (the small article) and ``gold/`` (its gold)."""
    root = tmp_path_factory.mktemp("eval")
    (root / "articles").mkdir()
    (root / "gold").mkdir()
    (root / "articles" / ARTICLE_NAME).write_text(ARTICLE, encoding="utf-8")
    (root / "gold" / f"{Path(ARTICLE_NAME).stem}.yaml").write_text(GOLD, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def predicted(corpus: Path) -> dict:
    """What the real pipeline's graph holds for the small article (built once)."""
    golds = load_gold_dir(corpus / "gold")
    facts, skipped = predict(golds, [corpus / "articles"])
    assert skipped == []
    return facts


def score_with(gold_text: str, predicted: dict, tmp_path: Path) -> Evaluation:
    path = tmp_path / f"{Path(ARTICLE_NAME).stem}.yaml"
    path.write_text(gold_text, encoding="utf-8")
    return compare([load_gold(path)], predicted)


def counts(ev: Evaluation, kind: str) -> tuple[int, int, int]:
    s = ev.score(kind)
    return s.tp, s.fp, s.fn


# --- end to end -------------------------------------------------------------------------------


def test_perfect_match_scores_one(corpus: Path) -> None:
    ev = evaluate(corpus / "gold", [corpus / "articles"])
    assert ev.articles == (ARTICLE_NAME,)
    assert [(s.kind, s.f1) for s in ev.scores] == [(k, 1.0) for k in KINDS]
    assert ev.overall.tp == 10 and ev.overall.f1 == 1.0
    assert ev.misses == () and ev.false_hits == ()


def test_default_article_dirs_are_beside_the_gold(corpus: Path) -> None:
    # data/gold -> data/articles (and data/dev/articles)
    assert evaluate(corpus / "gold").overall.f1 == 1.0


def test_missing_article_is_an_error_naming_the_gold_file(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(GoldError,
                       match=r"tanphuoc-bhyt\.yaml: article tanphuoc-bhyt\.txt not found"):
        evaluate(corpus / "gold", [tmp_path])


# --- matching rules -----------------------------------------------------------------------------


def test_removed_gold_item_becomes_a_false_hit(predicted: dict, tmp_path: Path) -> None:
    person = "  - {name: Trần Văn Bình, post: Phó Chủ tịch Ủy ban nhân dân huyện Tân Phước}\n"
    assert person in GOLD
    gold = GOLD.replace(person, "")
    ev = score_with(gold, predicted, tmp_path)
    assert counts(ev, "people") == (0, 1, 0)
    assert [(d.kind, d.key) for d in ev.false_hits] == [
        ("people", "Trần Văn Bình, Phó Chủ tịch Ủy ban nhân dân huyện Tân Phước")]
    assert ev.misses == ()


def test_wrong_value_is_one_miss_and_one_false_hit(predicted: dict, tmp_path: Path) -> None:
    gold = GOLD.replace("value: 55120", "value: 55210")
    ev = score_with(gold, predicted, tmp_path)
    assert counts(ev, "observations") == (1, 1, 1)
    assert counts(ev, "outcomes") == (1, 1, 1)  # the link to that observation misses too
    missed = [d.key for d in ev.misses if d.kind == "observations"]
    false = [d.key for d in ev.false_hits if d.kind == "observations"]
    assert missed == ["health_insurance participants = 55210 @ huyện Tân Phước 2022-12-31"]
    assert false == ["health_insurance participants = 55120 @ huyện Tân Phước 2022-12-31"]


def test_values_are_compared_as_numbers(predicted: dict, tmp_path: Path) -> None:
    gold = GOLD.replace("value: 91.25", 'value: "91.250"')
    assert score_with(gold, predicted, tmp_path).score("observations").f1 == 1.0


@pytest.mark.parametrize(("date", "matches"), [
    ("2022", True), ("2022-12", True), ("2022-12-31", True),
    ("2021", False), ("2022-11", False), ("2022-12-30", False),
])
def test_dates_match_to_the_precision_the_gold_gives(predicted: dict, tmp_path: Path,
                                                     date: str, matches: bool) -> None:
    old = "value: 55120, unit: person,\n     area: huyện Tân Phước, date: 2022-12-31"
    assert old in GOLD
    gold = GOLD.replace(old, old.replace("2022-12-31", date))
    assert counts(score_with(gold, predicted, tmp_path), "observations") == (
        (2, 0, 0) if matches else (1, 1, 1))


def test_abbreviations_and_spelling_are_normalised(predicted: dict, tmp_path: Path) -> None:
    gold = (GOLD.replace("name: Ủy ban nhân dân huyện Tân Phước", "name: UBND  huyện Tân Phước")
            .replace("post: Phó Chủ tịch Ủy ban nhân dân huyện Tân Phước",
                     "post: Phó Chủ tịch UBND huyện TÂN PHƯỚC")
            .replace("organisation: Ủy ban nhân dân huyện Tân Phước",
                     "organisation: U\u0309y ban nhân dân huyện Tân Phước"))  # NFD
    ev = score_with(gold, predicted, tmp_path)
    assert counts(ev, "organisations") == (2, 0, 0)
    assert counts(ev, "people") == (1, 0, 0)
    assert counts(ev, "implementers") == (1, 0, 0)


def test_an_absent_gold_key_is_not_compared(predicted: dict, tmp_path: Path) -> None:
    gold = GOLD.replace("issuer: Ban Bí thư, ", "").replace("scheme: health_insurance, ", "")
    ev = score_with(gold, predicted, tmp_path)
    assert ev.overall.f1 == 1.0
    wrong = GOLD.replace("issuer: Ban Bí thư, ", "issuer: Bộ Chính trị, ")
    assert counts(score_with(wrong, predicted, tmp_path), "documents") == (0, 1, 1)


def test_each_prediction_matches_one_gold_item(predicted: dict, tmp_path: Path) -> None:
    person = "  - {name: Trần Văn Bình, post: Phó Chủ tịch Ủy ban nhân dân huyện Tân Phước}\n"
    ev = score_with(GOLD.replace(person, person + "  - {name: Trần Văn Bình}\n"), predicted,
                    tmp_path)
    assert counts(ev, "people") == (1, 0, 1)


@pytest.mark.parametrize(("a", "b"), [
    ("UBND huyện Đông Hải", "Ủy ban nhân dân huyện Đông Hải"),
    ("Huyện uỷ Phú Xuyên", "Huyện ủy  Phú Xuyên"),
    ("Hội LHPN thị xã Sông Cầu", "Hội Liên hiệp Phụ nữ thị xã Sông Cầu"),
    ("BHXH TP Hà Nội", "Bảo hiểm xã hội thành phố Hà Nội"),
    ("MTTQ xã Tân Lộc", "Mặt trận Tổ quốc xã Tân Lộc"),
    ("Trưởng ban Ban Chỉ đạo huyện Yên Thế", "Trưởng Ban Chỉ đạo huyện Yên Thế"),
    ("Trưởng khối Khối Dân vận xã Cần Đăng", "Trưởng Khối Dân vận xã Cần Đăng"),
    ("Trưởng phòng Phòng Y tế huyện Ia Grai", "Trưởng Phòng Y tế huyện Ia Grai"),
    ("huyện Đak Pơ", "huyện Đăk Pơ"),
    ("Đak Mil", "Đắk Mil"),
    ("tỉnh Đăk Lăk", "tỉnh Đắk Lắk"),
    ("Trường THCS Tân Thành", "Trường Trung học cơ sở Tân Thành"),
])
def test_normalise_name_equates(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


def test_normalise_name_keeps_different_names_apart() -> None:
    assert (normalise_name("Hội Nông dân huyện Đông Hải")
            != normalise_name("Hội Nông dân xã Đông Hải"))
    assert normalise_name("Huyện ủy Phú Xuyên") != normalise_name("Thị ủy Phú Xuyên")
    # only a title's last word and the body's first are said once; only "Đắk" and "Lắk" have
    # spellings
    assert normalise_name("Ban Ban Chỉ đạo") == normalise_name("Ban Chỉ đạo")
    assert normalise_name("Trưởng Hội Nông dân") != normalise_name("Hội Nông dân")
    assert normalise_name("xã Đa Kia") != normalise_name("xã Đắk Kia")
    assert normalise_name("xã Lạc Sơn") != normalise_name("xã Lắk Sơn")


def test_partial_dates() -> None:
    assert str(parse_partial_date(2018)) == "2018"
    assert str(parse_partial_date("2018-8")) == "2018-08"
    with pytest.raises(ValueError):
        parse_partial_date("2018-02-30")


# --- malformed gold --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "problem"), [
    ("article: x.txt\ndocuments: [\n", "YAML syntax error"),
    ("- just a list\n", "expected a mapping"),
    ("documents: []\n", "article: missing"),
    ("article: other.txt\n", "does not match the file name"),
    ("article: bad.txt\ndocuments:\n  - {kind: directive}\n", "documents[0]: missing 'number'"),
    ("article: bad.txt\nobservations:\n  - {indicator: participants, value: nhiều}\n",
     "observations[0].value: not a number"),
    ("article: bad.txt\nobservations:\n  - {indicator: participants, value: 1, date: 2018-13}\n",
     "observations[0].date: not a date"),
    ("article: bad.txt\nobservations:\n  - {indicator: x, value: 1, populaton_group: poor}\n",
     "unknown key 'populaton_group'"),
    ("article: bad.txt\nplaces:\n  - {name: huyện X, level: county}\n",
     "'county' is not one of"),
    ("article: bad.txt\ndocuments:\n  - {kind: noticex, number: '5'}\n",
     "documents[0].kind: 'noticex' is not a code of the document-kind list"),
    ("article: bad.txt\norganisations:\n  - {name: Hội Nông dân xã Y, kind: mass_org}\n",
     "'mass_org' is not a code of the organisation-kind list"),
    ("article: bad.txt\nobservations:\n  - {indicator: coverage, value: 90, unit: percent}\n",
     "observations[0].indicator: 'coverage' is not a code of the indicator list"),
    ("article: bad.txt\nobservations:\n  - {indicator: participants, value: 9, unit: people}\n",
     "observations[0].unit: 'people' is not a code of the unit list"),
    ("article: bad.txt\nobservations:\n  - {indicator: group_coverage_rate, value: 9, unit: percent,"
     " population_group: pupils}\n", "'pupils' is not a code of the population-group list"),
    ("article: bad.txt\nobservations:\n  - {indicator: participants, value: 9, unit: person,"
     " scheme: bhyt}\n", "'bhyt' is not a code of the insurance-scheme list"),
    ("article: bad.txt\nlinks:\n  implementers:\n    - {document: {kind: plan, number: '1'}, "
     "organisation: Ủy ban nhân dân huyện X}\n", "matches no document listed above"),
])
def test_malformed_gold_is_a_one_line_error_naming_the_file(tmp_path: Path, text: str,
                                                            problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold(path)
    message = str(info.value)
    assert isinstance(info.value, BhytError)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert problem in message


# --- output and baseline ---------------------------------------------------------------------------


def test_format_table_and_json(predicted: dict, tmp_path: Path) -> None:
    ev = score_with(GOLD.replace("value: 55120", "value: 55210"), predicted, tmp_path)
    table = format_evaluation(ev, "table")
    assert re.search(r"^observations +0\.500 +0\.500 +0\.500 +1 +1 +1$", table, re.M)
    assert re.search(r"^overall ", table, re.M)
    assert f"Misses (gold, not predicted): 2\n  {ARTICLE_NAME}\n" in table
    text = format_evaluation(ev, "json")
    assert text == format_evaluation(ev, "json")
    data = json.loads(text)
    assert data["scores"]["observations"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                              "tp": 1, "fp": 1, "fn": 1}
    assert len(data["misses"]) == 2 and data["misses"][0]["article"] == ARTICLE_NAME
    with pytest.raises(GoldError, match="unknown format"):
        format_evaluation(ev, "xml")


def test_compare_to_baseline(predicted: dict, tmp_path: Path) -> None:
    ev = score_with(GOLD.replace("value: 55120", "value: 55210"), predicted, tmp_path)
    path = tmp_path / "BASELINE.json"
    write_baseline(ev, path)
    assert json.loads(path.read_text()) == baseline_of(ev)
    assert compare_to_baseline(ev, path) == []
    path.write_text(json.dumps({"observations": 0.52, "people": 1.0, "unknown_kind": 1.0}))
    assert compare_to_baseline(ev, path) == []  # 0.50 is within 0.02 of 0.52
    path.write_text(json.dumps({"observations": 0.53, "documents": 1.0}))
    assert compare_to_baseline(ev, path) == ["observations"]
    path.write_text("{not json")
    with pytest.raises(GoldError, match="cannot read the baseline"):
        compare_to_baseline(ev, path)


# --- the project's own gold ---------------------------------------------------------------------

SEED_GOLD = sorted(GOLD_DIR.glob("0*.yaml"))


@pytest.mark.parametrize("path", SEED_GOLD, ids=lambda p: p.stem[:3])
def test_seed_gold_quotes_its_article(path: Path) -> None:
    gold = load_gold(path)
    raw = (SEED_ARTICLES / gold.article).read_text(encoding="utf-8")
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    for obs in gold.observations:
        assert obs.sentence and " ".join(obs.sentence.split()) in text, obs


def test_quality_does_not_fall_below_the_baseline() -> None:
    if not BASELINE.exists():
        pytest.skip("no data/gold/BASELINE.json")
    ev = evaluate(GOLD_DIR)
    fallen = compare_to_baseline(ev, BASELINE)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert fallen == [], "\n".join(
        f"{k}: F1 {ev.score(k).f1:.3f} < baseline {baseline[k]:.3f}" for k in fallen
    ) + "\n" + format_evaluation(ev)


# --- a parent named only inside its sub-body's name is not listed (data/gold/README.md) ---------

PARENT_ONLY = (
    "Huyện Cái Bè tuyên truyền BHYT\n\n"
    "Ban Tuyên giáo Huyện ủy Cái Bè phối hợp với Bảo hiểm xã hội huyện Cái Bè tổ chức hội nghị "
    "tuyên truyền về bảo hiểm y tế cho báo cáo viên.\n"
)
PARENT_TOO = PARENT_ONLY + (
    "\nHuyện ủy Cái Bè đã ban hành kế hoạch thực hiện bảo hiểm y tế toàn dân.\n"
)


def organisations_predicted(tmp_path: Path, text: str) -> set[str]:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "caibe.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "caibe.yaml"
    gold.write_text("article: caibe.txt\norganisations: []\n", encoding="utf-8")
    facts, skipped = predict([load_gold(gold)], [tmp_path / "articles"])
    assert skipped == []
    return {f.values["name"] for f in facts["organisations"]["caibe.txt"]}


def test_a_parent_named_only_inside_a_sub_body_is_not_listed(tmp_path: Path) -> None:
    names = organisations_predicted(tmp_path, PARENT_ONLY)
    assert "Ban Tuyên giáo Huyện ủy Cái Bè" in names
    assert "Bảo hiểm xã hội huyện Cái Bè" in names
    assert "Huyện ủy Cái Bè" not in names


def test_a_parent_also_named_on_its_own_is_listed(tmp_path: Path) -> None:
    names = organisations_predicted(tmp_path, PARENT_TOO)
    assert {"Ban Tuyên giáo Huyện ủy Cái Bè", "Huyện ủy Cái Bè"} <= names


# --- a document cited by several articles is scored with the issuer each one writes -----------

ISSUER_A = ("Tin BHXH\n\nThực hiện Nghị quyết số 21 của Bộ Chính trị, BHXH tỉnh Cà Mau đã tổ chức "
            "tuyên truyền về BHYT.\n")
ISSUER_B = ("Tin BHXH\n\nThực hiện Nghị quyết số 21 của Ban Chấp hành Trung ương Đảng, BHXH "
            "tỉnh Bạc Liêu đã tổ chức tuyên truyền về BHYT.\n")


def test_each_article_is_scored_with_the_issuer_it_writes(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    golds = []
    for name, text in (("a", ISSUER_A), ("b", ISSUER_B)):
        (tmp_path / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = tmp_path / f"{name}.yaml"
        gold.write_text(f"article: {name}.txt\ndocuments: []\n", encoding="utf-8")
        golds.append(load_gold(gold))
    facts, skipped = predict(golds, [tmp_path / "articles"])
    assert skipped == []
    issuers = {a: {f.values["issuer"] for f in facts["documents"][f"{a}.txt"]} for a in "ab"}
    assert issuers == {"a": {"Bộ Chính trị"}, "b": {"Ban Chấp hành Trung ương Đảng"}}
    # ... and its links carry the same issuer
    linked = {f.values["document.issuer"] for f in facts["implementers"]["a.txt"]}
    assert linked == {"Bộ Chính trị"}


def test_the_central_committee_is_one_name_with_or_without_dang() -> None:
    # "Đảng" after "Trung ương" adds nothing: there is one Party (data/gold/README.md)
    assert (normalise_name("Ban Chấp hành Trung ương Đảng")
            == normalise_name("Ban Chấp hành Trung ương")
            == normalise_name("Ban Chấp hành TW Đảng"))
    # ... but only there: the Party word of a local committee's name stays
    assert normalise_name("Đảng ủy xã Tân Phú") == "đảng ủy xã tân phú"
    assert normalise_name("Ban Chấp hành Đảng bộ huyện") == "ban chấp hành đảng bộ huyện"


def test_the_fronts_committee_is_the_front() -> None:
    # the Front of a unit acts through its committee, named both ways (data/gold/README.md)
    assert (normalise_name("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Nam")
            == normalise_name("Ủy ban MTTQ tỉnh Hà Nam")
            == normalise_name("Mặt trận Tổ quốc tỉnh Hà Nam"))
    # ... the national Front keeps its name, and another committee is not the Front
    assert normalise_name("Mặt trận Tổ quốc Việt Nam") == "mặt trận tổ quốc việt nam"
    assert (normalise_name("Ủy ban nhân dân tỉnh Hà Nam")
            != normalise_name("Mặt trận Tổ quốc tỉnh Hà Nam"))


# --- every gold set in the repository -----------------------------------------------------------

GOLD_SETS = [ROOT / "data" / "gold", *sorted(p for p in (ROOT / "data").glob("*/gold") if p.is_dir())]


def squeezed(text: str) -> str:
    """NFC with every run of white space (non-breaking spaces too) one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.mark.parametrize("gold_dir", GOLD_SETS,
                         ids=lambda p: p.name if p.parent.name == "data" else p.parent.name)
def test_every_gold_set_loads_and_quotes_its_articles_verbatim(gold_dir: Path) -> None:
    """A gold file names an article that exists, uses only known notations (load_gold checks),
    and every evidence sentence it gives occurs word for word in that article (white space
    aside: the seeds hold non-breaking spaces)."""
    articles = gold_dir.parent / "articles" if gold_dir.parent.name != "gold" else None
    for gold in load_gold_dir(gold_dir):
        candidates = [d / gold.article for d in (articles, ROOT / "data" / "articles",
                                                  ROOT / "data" / "dev" / "articles") if d]
        path = next((c for c in candidates if c.is_file()), None)
        assert path is not None, f"{gold.path.name}: no article {gold.article}"
        text = squeezed(path.read_text(encoding="utf-8"))
        for o in gold.observations:
            if o.sentence:
                assert squeezed(o.sentence) in text, (
                    f"{gold.path.name}: sentence not in {gold.article}: {o.sentence[:60]}")
