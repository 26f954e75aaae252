"""Organisations: the lexicon, their areas relative to the article's home, and the traps."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import split

from bhyt_kg.extract.organisations import extract_organisations, match_org
from bhyt_kg.model import NATION, Area, OrgRef
from bhyt_kg.text import normalise

SEEDS = Path(__file__).resolve().parents[1] / "data" / "articles"  # copies of shared/seeds


def province(name: str, unit: str = "tỉnh") -> Area:
    return Area("province", unit, name, NATION)


BAC_LIEU = province("Bạc Liêu")
DONG_HAI = Area("district", "huyện", "Đông Hải", BAC_LIEU)
HA_NOI = province("Hà Nội", "thành phố")
PHU_XUYEN = Area("district", "huyện", "Phú Xuyên", HA_NOI)
AN_GIANG = province("An Giang")
LONG_XUYEN = Area("district", "thành phố", "Long Xuyên", AN_GIANG)
MY_LONG = Area("commune", "phường", "Mỹ Long", LONG_XUYEN)
BAC_GIANG = province("Bắc Giang")
YEN_THE = Area("district", "huyện", "Yên Thế", BAC_GIANG)
PHU_YEN = province("Phú Yên")
SONG_CAU = Area("district", "thị xã", "Sông Cầu", PHU_YEN)
# Invented homes from other provinces.
CA_MAU = province("Cà Mau")
CAI_NUOC = Area("district", "huyện", "Cái Nước", CA_MAU)
TAN_PHU = Area("commune", "xã", "Tân Phú", CAI_NUOC)
CAN_THO = province("Cần Thơ", "thành phố")
NINH_KIEU = Area("district", "quận", "Ninh Kiều", CAN_THO)
THANH_HOA = province("Thanh Hóa")
SAM_SON = Area("district", "thành phố", "Sầm Sơn", THANH_HOA)
QUANG_NAM = province("Quảng Nam")
NUI_THANH = Area("district", "huyện", "Núi Thành", QUANG_NAM)
TT_NUI_THANH = Area("commune", "thị trấn", "Núi Thành", NUI_THANH)

HOMES = {"000": DONG_HAI, "001": PHU_XUYEN, "002": MY_LONG, "003": YEN_THE, "004": SONG_CAU}


def orgs(text: str, home: Area | None) -> list[OrgRef]:
    return [m.org for m in extract_organisations(text, split(text), home)]


def labels(text: str, home: Area | None) -> list[tuple[str, str]]:
    return [(o.label, o.kind) for o in orgs(text, home)]


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# --- the seeds ------------------------------------------------------------------------------

SEED_ORGS = {
    "000": {
        ("Ban Thường vụ Huyện ủy Đông Hải", "party_organ"),
        ("Ban Tuyên giáo Huyện ủy Đông Hải", "party_organ"),
        ("Đài Truyền thanh huyện Đông Hải", "media"),
        ("Ủy ban nhân dân huyện Đông Hải", "peoples_committee"),
        ("Bảo hiểm xã hội huyện Đông Hải", "social_insurance_agency"),
        ("Hội Nông dân huyện Đông Hải", "mass_organisation"),
        ("Hội Cựu chiến binh huyện Đông Hải", "mass_organisation"),
        ("Huyện ủy Đông Hải", "party_committee"),
    },
    "001": {
        ("Ban Bí thư", "party_organ"),
        ("Ban Thường vụ Huyện ủy Phú Xuyên", "party_organ"),
        ("Ban Tuyên giáo Thành ủy Hà Nội", "party_organ"),
        ("Bảo hiểm xã hội thành phố Hà Nội", "social_insurance_agency"),
        ("Huyện ủy Phú Xuyên", "party_committee"),
        ("Ủy ban nhân dân huyện Phú Xuyên", "peoples_committee"),
        ("Thường trực Hội đồng nhân dân huyện Phú Xuyên", "peoples_council"),
        ("Hội đồng nhân dân huyện Phú Xuyên", "peoples_council"),
        ("Trung tâm Văn hóa - Thông tin - Thể thao huyện Phú Xuyên", "media"),
    },
    "002": {
        ("Ủy ban nhân dân phường Mỹ Long", "peoples_committee"),
        ("Trạm Y tế phường Mỹ Long", "health_agency"),
        ("Hội Liên hiệp Phụ nữ phường Mỹ Long", "mass_organisation"),
        ("Hội Cựu chiến binh phường Mỹ Long", "mass_organisation"),
        ("Hội Chữ thập đỏ phường Mỹ Long", "mass_organisation"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Mỹ Long", "mass_organisation"),
        ("Ủy ban nhân dân thành phố Long Xuyên", "peoples_committee"),
        ("Thường trực Đảng ủy phường Mỹ Long", "party_organ"),
    },
    "003": {
        ("Ban Chỉ đạo bảo hiểm y tế toàn dân huyện Yên Thế", "steering_committee"),
        ("Ủy ban nhân dân huyện Yên Thế", "peoples_committee"),
        ("Ban Thường vụ Tỉnh ủy Bắc Giang", "party_organ"),
    },
    "004": {
        ("Ủy ban nhân dân thị xã Sông Cầu", "peoples_committee"),
        ("Bảo hiểm xã hội thị xã Sông Cầu", "social_insurance_agency"),
        ("Thị ủy Sông Cầu", "party_committee"),
        ("Hội đồng nhân dân thị xã Sông Cầu", "peoples_council"),
        ("Hội Liên hiệp Phụ nữ thị xã Sông Cầu", "mass_organisation"),
    },
}

# A parent named only inside its organ's name ("Ban Thường vụ Tỉnh ủy") is no mention of its own.
SEED_COUNTS = {"000": 11, "001": 21, "002": 11, "003": 7, "004": 10}


@pytest.mark.parametrize("prefix", sorted(SEED_ORGS))
def test_seed_organisations(prefix: str) -> None:
    got = labels(seed(prefix), HOMES[prefix])
    assert set(got) == SEED_ORGS[prefix]
    assert len(got) == SEED_COUNTS[prefix]


@pytest.mark.parametrize("prefix", sorted(SEED_ORGS))
def test_seed_spans_point_at_the_original_text(prefix: str) -> None:
    text, home = seed(prefix), HOMES[prefix]
    for m in extract_organisations(text, split(text), home):
        written = text[m.span.start : m.span.end]
        # The span alone names the organisation: read again, it gives it first or as a parent
        # (a steering committee's name is the article's: "BCĐ Bảo hiểm Y tế huyện" alone is
        # "Ban Chỉ đạo Bảo hiểm Y tế", the same body in the same area).
        # A bare "Ban chỉ đạo" alone names nothing: the article gives it its name.
        again = orgs(written, home)
        if m.org.kind == "steering_committee":
            assert all((o.kind, o.area) == (m.org.kind, m.org.area) for o in again), written
            continue
        assert again[0] == m.org or m.org in again, written


def test_seed_000_sub_organisation_and_explicit_name() -> None:
    text = seed("000")
    mentions = extract_organisations(text, split(text), DONG_HAI)
    first = mentions[0]
    assert text[first.span.start : first.span.end] == "Ban Thường vụ Huyện ủy Đông Hải"
    assert first.org == OrgRef(
        "party_organ", "Ban Thường vụ", DONG_HAI, OrgRef("party_committee", "Huyện ủy", DONG_HAI)
    )
    tuyen_giao = next(m.org for m in mentions if m.org.name == "Ban Tuyên giáo")
    assert tuyen_giao.parent == OrgRef("party_committee", "Huyện ủy", DONG_HAI)
    # "cơ quan Bảo hiểm xã hội (BHXH) huyện": the abbreviation in brackets is part of the mention.
    bhxh = next(m for m in mentions if m.org.kind == "social_insurance_agency")
    assert text[bhxh.span.start : bhxh.span.end] == "Bảo hiểm xã hội (BHXH) huyện"


def test_seed_001_thanh_uy_and_tp_are_the_city_province() -> None:
    got = orgs(seed("001"), PHU_XUYEN)
    tuyen_giao = next(o for o in got if o.name == "Ban Tuyên giáo")
    assert tuyen_giao.area == HA_NOI and tuyen_giao.parent == OrgRef(
        "party_committee", "Thành ủy", HA_NOI
    )
    assert OrgRef("social_insurance_agency", "Bảo hiểm xã hội", HA_NOI) in got
    assert OrgRef("party_organ", "Ban Bí thư", NATION) in got
    # "các đồng chí Bí thư Đảng uỷ, Chủ tịch UBND các xã, thị trấn": many communes, no organisation.
    assert not any(o.name == "Đảng ủy" for o in got)


def test_seed_002_commune_home_and_city_on_the_chain() -> None:
    got = orgs(seed("002"), MY_LONG)
    assert OrgRef("peoples_committee", "Ủy ban nhân dân", LONG_XUYEN) in got
    assert OrgRef("mass_organisation", "Hội Liên hiệp Phụ nữ", MY_LONG) in got
    assert all(o.area in (MY_LONG, LONG_XUYEN) for o in got)


# --- match_org, as the document extractor calls it ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "home", "label", "kind", "area", "end_word"),
    [
        (
            "Chỉ thị số 08 của Ban Thường vụ Tỉnh ủy về việc",
            YEN_THE,
            "Ban Thường vụ Tỉnh ủy Bắc Giang",
            "party_organ",
            BAC_GIANG,
            "ủy",
        ),
        (
            "Chỉ thị 38-CT/TW, ngày 07/9/2009 của Ban Bí thư khóa X",
            PHU_XUYEN,
            "Ban Bí thư",
            "party_organ",
            NATION,
            "thư",
        ),
        (
            "Kế hoạch số 34/KH-UBND của Ủy ban nhân dân thành phố Long Xuyên về việc",
            MY_LONG,
            "Ủy ban nhân dân thành phố Long Xuyên",
            "peoples_committee",
            LONG_XUYEN,
            "Xuyên",
        ),
        (
            "Quyết định của UBND tỉnh Thanh Hóa ngày",
            SAM_SON,
            "Ủy ban nhân dân tỉnh Thanh Hóa",
            "peoples_committee",
            THANH_HOA,
            "Hóa",
        ),
        (
            "Nghị quyết của Thành ủy về",
            SAM_SON,
            "Thành ủy Sầm Sơn",
            "party_committee",
            SAM_SON,
            "ủy",
        ),
        (
            "Công văn của BHXH Việt Nam về",
            SAM_SON,
            "Bảo hiểm xã hội Việt Nam",
            "social_insurance_agency",
            NATION,
            "Nam",
        ),
    ],
)
def test_match_org_for_issuers(
    text: str, home: Area, label: str, kind: str, area: Area, end_word: str
) -> None:
    norm = normalise(text).text
    pos = norm.index("của ") + 4
    found = match_org(norm, pos, home)
    assert found is not None
    ref, end = found
    assert (ref.label, ref.kind, ref.area) == (label, kind, area)
    assert norm[:end].endswith(end_word)


def test_match_org_only_where_a_name_starts() -> None:
    norm = "Hội nghị tổng kết; các đoàn thể"
    assert match_org(norm, 0, DONG_HAI) is None
    assert match_org("34/KH-UBND", 6, DONG_HAI) is None  # inside a document symbol


def test_same_body_same_ref_whatever_the_spelling() -> None:
    written = [
        "UBND huyện",
        "Ủy ban nhân dân huyện Cái Nước",
        "UB nhân dân huyện",
        "Ủy ban nhân dân",
    ]
    refs = {orgs(t, CAI_NUOC)[0] for t in written}
    assert refs == {OrgRef("peoples_committee", "Ủy ban nhân dân", CAI_NUOC)}
    party = {
        orgs(t, CAI_NUOC)[0] for t in ["Huyện ủy", "huyện uỷ", "HUYỆN ỦY", "Huyện ủy Cái Nước"]
    }
    assert party == {OrgRef("party_committee", "Huyện ủy", CAI_NUOC)}


def test_nfd_input_is_matched_and_spans_stay_original() -> None:
    text = unicodedata.normalize("NFD", "Hội Nông dân huyện và Ban Dân vận Huyện uỷ đã phối hợp.")
    mentions = extract_organisations(text, split(text), CAI_NUOC)
    assert [m.org.label for m in mentions] == [
        "Hội Nông dân huyện Cái Nước",
        "Ban Dân vận Huyện ủy Cái Nước",
    ]
    written = [unicodedata.normalize("NFC", text[m.span.start : m.span.end]) for m in mentions]
    assert written == ["Hội Nông dân huyện", "Ban Dân vận Huyện uỷ"]


# --- negatives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Phát huy vai trò của các đoàn thể từ huyện đến cơ sở.",
        "Phối hợp với các ban, ngành, đoàn thể và các địa phương.",
        "Phối hợp tốt với các Hội, đoàn thể triển khai vận động.",
        "Chỉ đạo các cấp ủy, chính quyền địa phương tiếp tục đẩy mạnh.",
        "Lãnh đạo các tổ chức chính trị - xã hội từ huyện đến cơ sở.",
        "Có 114/201 người tham gia BHXH, đạt 56,72%.",
        "Phát triển đối tượng tham gia BHXH-BHYT như tuyên truyền.",
        "Vận động người dân tham gia BHYT-BHXH tự nguyện.",
        "Tuyên truyền chính sách BHXH, bảo hiểm thất nghiệp.",
        "Triển khai Luật Bảo hiểm xã hội sửa đổi, bổ sung.",
        "Chiều ngày 8/3, Hội nghị tổng kết được tổ chức.",
        "Tuyên truyền trong đoàn viên, hội viên và quần chúng nhân dân.",
        "Đoàn viên thanh niên và hội viên phụ nữ tham gia đông đủ.",
        "Thủ trưởng các Phòng, ban, ngành, đoàn thể huyện.",
        "Chủ tịch UBND các xã, phường tập trung chỉ đạo.",
        "BCĐ một số xã chưa nêu cao tinh thần trách nhiệm.",
        "Kế hoạch số 34/KH-UBND ngày 13/02/2023.",
        "Khám chữa bệnh tại các bệnh viện và trường học trên địa bàn.",
        "Ban chỉ đạo họp định kỳ.",  # the bare head names no particular committee
        "Thành viên BCĐ cấp xã và BCĐ các ấp cùng dự.",
        "Các UBND tỉnh, thành phố trực thuộc Trung ương giao chỉ tiêu.",
        "Trình HĐND cùng cấp thông qua chỉ tiêu.",
        "Phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể từ tỉnh tới cơ sở.",
        "Cấp ủy, chính quyền, MTTQ và các tổ chức chính trị - xã hội từ huyện đến cơ sở vào cuộc.",
        "Các cấp ủy đảng, chính quyền, UBMTTQ và các đoàn thể trên địa bàn huyện quan tâm.",
        "Hội Nông dân, Hội Cựu chiến binh các cấp tham gia vận động.",
        "Đảm bảo an ninh trên mặt trận kinh tế.",  # "mặt trận" uncapitalised: no Front
        "Chưa bao gồm Công an, Quân đội tại ngũ.",  # the forces, no one body without an area
        "Công tác phối hợp giữa cơ quan BHXH với các phòng, ban ngày càng chặt chẽ.",
    ],
)
def test_not_an_organisation(text: str) -> None:
    assert labels(text, CAI_NUOC) == []


def test_unplaceable_bodies_are_skipped_but_national_ones_are_not() -> None:
    # With no home, "Huyện ủy" names no particular district; the Secretariat is national anyway.
    assert labels("Huyện ủy và Ban Bí thư", None) == [("Ban Bí thư", "party_organ")]
    # A commune body in a district article, without its commune's name, is not placeable.
    assert labels("Đảng ủy, Trạm y tế chỉ đạo", CAI_NUOC) == []


# --- invented sentences from other provinces and communes -----------------------------------


@pytest.mark.parametrize(
    ("home", "text", "want"),
    [
        (
            TAN_PHU,
            "Bà Trần Thị Hoa, Chủ tịch Hội LHPN xã Tân Phú cho biết.",
            [("Hội Liên hiệp Phụ nữ xã Tân Phú", "mass_organisation")],
        ),
        (
            TAN_PHU,
            "Đảng ủy xã đã chỉ đạo UBMTTQ xã và các đoàn thể vào cuộc.",
            [
                ("Đảng ủy xã Tân Phú", "party_committee"),
                ("Mặt trận Tổ quốc xã Tân Phú", "fatherland_front"),
            ],
        ),
        (
            CAI_NUOC,
            "Ông Nguyễn Văn Tám - Giám đốc BHXH huyện Cái Nước cho biết.",
            [("Bảo hiểm xã hội huyện Cái Nước", "social_insurance_agency")],
        ),
        (
            CAI_NUOC,
            "Ban Dân vận Tỉnh ủy và UBMTTQ huyện đã phối hợp.",
            [
                ("Ban Dân vận Tỉnh ủy Cà Mau", "party_organ"),
                ("Mặt trận Tổ quốc huyện Cái Nước", "fatherland_front"),
            ],
        ),
        (
            CAI_NUOC,
            "UBND xã Trần Thới, Trạm Y tế xã Hưng Mỹ và Trung tâm Y tế huyện phối hợp.",
            [
                ("Ủy ban nhân dân xã Trần Thới", "peoples_committee"),
                ("Trạm Y tế xã Hưng Mỹ", "health_agency"),
                ("Trung tâm Y tế huyện Cái Nước", "health_agency"),
            ],
        ),
        (
            CAI_NUOC,
            "Sở Y tế tỉnh Cà Mau và Phòng Lao động - Thương binh và Xã hội huyện kiểm tra.",
            [
                ("Sở Y tế tỉnh Cà Mau", "health_agency"),
                ("Phòng Lao động - Thương binh và Xã hội huyện Cái Nước", "department"),
            ],
        ),
        (
            NINH_KIEU,
            "Quận ủy Ninh Kiều, Thành ủy Cần Thơ, UBND quận và Quận Đoàn ra quân.",
            [
                ("Quận ủy Ninh Kiều", "party_committee"),
                ("Thành ủy Cần Thơ", "party_committee"),
                ("Ủy ban nhân dân quận Ninh Kiều", "peoples_committee"),
                ("Đoàn Thanh niên Cộng sản Hồ Chí Minh quận Ninh Kiều", "mass_organisation"),
            ],
        ),
        (
            NINH_KIEU,
            "Hội Cựu chiến binh phường An Khánh vận động hội viên.",
            [("Hội Cựu chiến binh phường An Khánh", "mass_organisation")],
        ),
        (
            SAM_SON,
            "Bảo hiểm xã hội thành phố và Liên đoàn Lao động tỉnh ký kết phối hợp.",
            [
                ("Bảo hiểm xã hội thành phố Sầm Sơn", "social_insurance_agency"),
                ("Liên đoàn Lao động tỉnh Thanh Hóa", "mass_organisation"),
            ],
        ),
        (
            TT_NUI_THANH,
            "Ủy ban MTTQ Việt Nam huyện Núi Thành và Hội Nông dân Việt Nam trao thẻ BHYT.",
            [
                ("Mặt trận Tổ quốc huyện Núi Thành", "fatherland_front"),
                ("Hội Nông dân Việt Nam", "mass_organisation"),
            ],
        ),
        (
            TT_NUI_THANH,
            "Ủy ban Kiểm tra Đảng ủy thị trấn và Đài truyền thanh thị trấn đưa tin.",
            [
                ("Ủy ban Kiểm tra Đảng ủy thị trấn Núi Thành", "party_organ"),
                ("Đài Truyền thanh thị trấn Núi Thành", "media"),
            ],
        ),
        (
            NUI_THANH,
            "Thường trực Huyện ủy làm việc với BCĐ thực hiện BHYT toàn dân cấp huyện.",
            [
                ("Thường trực Huyện ủy Núi Thành", "party_organ"),
                (
                    "Ban Chỉ đạo thực hiện bảo hiểm y tế toàn dân huyện Núi Thành",
                    "steering_committee",
                ),
            ],
        ),
        (
            NUI_THANH,
            "Bộ Chính trị, Quốc hội, Chính phủ và Thủ tướng Chính phủ quan tâm.",
            [
                ("Bộ Chính trị", "party_organ"),
                ("Quốc hội", "legislature"),
                ("Chính phủ", "government"),
                ("Thủ tướng Chính phủ", "government"),
            ],
        ),
        (
            TAN_PHU,
            "Trường THCS Tân Phú phối hợp với Đoàn TNCS Hồ Chí Minh xã và Hội Chữ thập đỏ huyện.",
            [
                ("Trường THCS Tân Phú", "school"),
                ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tân Phú", "mass_organisation"),
                ("Hội Chữ thập đỏ huyện Cái Nước", "mass_organisation"),
            ],
        ),
    ],
)
def test_invented_sentences(home: Area, text: str, want: list[tuple[str, str]]) -> None:
    assert labels(text, home) == want


def test_area_off_the_chain_is_built_under_the_province() -> None:
    (ref,) = orgs("UBND huyện Đầm Dơi đã ban hành kế hoạch.", CAI_NUOC)
    assert ref.area == Area("district", "huyện", "Đầm Dơi", CA_MAU)
    (city,) = orgs("Thành ủy Đà Nẵng chỉ đạo.", None)
    assert city.area == Area("province", "thành phố", "Đà Nẵng", NATION)


def test_person_name_after_body_is_not_an_area() -> None:
    (ref,) = orgs("Phó Chủ tịch UBND huyện Trần Văn Bảy phát biểu.", CAI_NUOC)
    assert ref.area == CAI_NUOC


def test_standing_after_a_title_is_not_an_organ() -> None:
    # "Phó Bí thư Thường trực huyện ủy": the post's organisation is the Huyện ủy itself.
    assert labels("đồng chí Phó Bí thư Thường trực huyện uỷ phát biểu", CAI_NUOC) == [
        ("Huyện ủy Cái Nước", "party_committee")
    ]


def test_organ_of_another_body_or_of_an_area() -> None:
    union = OrgRef("mass_organisation", "Hội Nông dân", CA_MAU)
    assert orgs("Ban Thường vụ Hội Nông dân tỉnh họp.", CAI_NUOC) == [
        OrgRef("mass_organisation", "Ban Thường vụ", CA_MAU, union),
    ]
    (propaganda,) = orgs("Ban Tuyên giáo huyện biên soạn tài liệu.", CAI_NUOC)
    assert propaganda.parent == OrgRef("party_committee", "Huyện ủy", CAI_NUOC)
    (bare,) = orgs("Ban Thường vụ đã chỉ đạo.", TAN_PHU)  # a commune article: the Đảng ủy's
    assert bare.parent == OrgRef("party_committee", "Đảng ủy", TAN_PHU)


def test_common_noun_bodies_need_their_area() -> None:
    got = labels("Công an huyện, Ban CHQS xã Tân Hưng và Kho bạc Nhà nước tỉnh phối hợp.", CAI_NUOC)
    assert got == [
        ("Công an huyện Cái Nước", "other"),
        ("Ban Chỉ huy Quân sự xã Tân Hưng", "other"),
        ("Kho bạc Nhà nước tỉnh Cà Mau", "other"),
    ]


def test_head_of_office_is_a_title() -> None:
    # "Chánh Văn phòng UBND huyện": a post in the UBND (people.py), no office as a body.
    got = labels("Chánh Văn phòng UBND huyện; Thủ trưởng các phòng, ban thi hành.", CAI_NUOC)
    assert got == [("Ủy ban nhân dân huyện Cái Nước", "peoples_committee")]


def test_city_abbreviations_and_named_hospitals() -> None:
    got = labels("BHXH TP.HCM và Bệnh viện Chợ Rẫy phối hợp; bệnh viện tuyến huyện.", LONG_XUYEN)
    assert got == [
        ("Bảo hiểm xã hội thành phố Hồ Chí Minh", "social_insurance_agency"),
        ("Bệnh viện Chợ Rẫy", "health_agency"),
    ]


# --- names as the text writes them, and lists --------------------------------------------------


@pytest.mark.parametrize(
    ("home", "text", "want"),
    [
        (
            CAI_NUOC,
            "Ban chỉ đạo Nông thôn mới xã Tân Hưng họp.",
            [("Ban Chỉ đạo Nông thôn mới xã Tân Hưng", "steering_committee")],
        ),
        (
            SAM_SON,
            "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT của tỉnh đã kiểm tra.",
            [
                (
                    "Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế "
                    "tỉnh Thanh Hóa",
                    "steering_committee",
                )
            ],
        ),
        (
            NUI_THANH,
            "BCĐ thực hiện Đề án lộ trình BHYT toàn dân, UBND huyện đã giao chỉ tiêu.",
            [
                (
                    "Ban Chỉ đạo thực hiện Đề án lộ trình bảo hiểm y tế toàn dân huyện Núi Thành",
                    "steering_committee",
                ),
                ("Ủy ban nhân dân huyện Núi Thành", "peoples_committee"),
            ],
        ),
        (
            CAI_NUOC,
            "Văn phòng Điều phối nông thôn mới tỉnh và Văn phòng Huyện ủy phối hợp.",
            [
                ("Văn phòng Điều phối nông thôn mới tỉnh Cà Mau", "other"),
                ("Văn phòng Huyện ủy Cái Nước", "other"),
            ],
        ),
        (
            NINH_KIEU,
            "Theo Kết luận của Ban Chấp hành Đảng bộ quận, Mặt trận và Hội Nông dân quận vào cuộc.",
            [
                ("Ban Chấp hành Đảng bộ quận Ninh Kiều", "party_committee"),
                ("Mặt trận Tổ quốc quận Ninh Kiều", "fatherland_front"),
                ("Hội Nông dân quận Ninh Kiều", "mass_organisation"),
            ],
        ),
        (
            NUI_THANH,
            "Đạt 98% kế hoạch BHXH Việt Nam giao; Hội Liên hiệp Phụ nữ Việt Nam phát động.",
            [
                ("Bảo hiểm xã hội Việt Nam", "social_insurance_agency"),
                ("Hội Liên hiệp Phụ nữ Việt Nam", "mass_organisation"),
            ],
        ),
        (
            CAI_NUOC,
            "Đại diện các Sở, ngành: Tài chính, LĐ-TB&XH, Y tế, BHXH tỉnh dự họp.",
            [
                ("Sở Tài chính tỉnh Cà Mau", "department"),
                ("Sở Lao động - Thương binh và Xã hội tỉnh Cà Mau", "department"),
                ("Sở Y tế tỉnh Cà Mau", "health_agency"),
                ("Bảo hiểm xã hội tỉnh Cà Mau", "social_insurance_agency"),
            ],
        ),
        (
            # Across levels only when the list says so: here the Front is the district's.
            CAI_NUOC,
            "Ủy ban MTTQ và các đoàn thể đã tuyên truyền trên địa bàn 9 xã.",
            [("Mặt trận Tổ quốc huyện Cái Nước", "fatherland_front")],
        ),
    ],
)
def test_names_as_written_and_lists(home: Area, text: str, want: list[tuple[str, str]]) -> None:
    assert labels(text, home) == want


def test_one_name_per_steering_committee_in_an_article() -> None:
    # A short form in the title, the full name in the body, the bare head later: one body,
    # under the fullest name the article gives it; "BCĐ các xã" stays many bodies.
    text = (
        "BCĐ BHYT huyện Cái Nước sơ kết 6 tháng\n"
        "Ban chỉ đạo thực hiện BHYT toàn dân huyện Cái Nước tổ chức hội nghị. "
        "Ban chỉ đạo yêu cầu BCĐ các xã đẩy mạnh tuyên truyền."
    )
    name = "Ban Chỉ đạo thực hiện bảo hiểm y tế toàn dân huyện Cái Nước"
    assert labels(text, CAI_NUOC) == [(name, "steering_committee")] * 3
    # Another district's committee is another body: the bare head stays the home's.
    other = text.replace("toàn dân huyện Cái Nước", "toàn dân huyện Đầm Dơi")
    bare = labels(other, CAI_NUOC)[2]
    assert bare == ("Ban Chỉ đạo bảo hiểm y tế huyện Cái Nước", "steering_committee")


def test_two_steering_committees_leave_the_bare_head_unnamed() -> None:
    text = (
        "Ban Chỉ đạo giảm nghèo huyện và Ban Chỉ đạo thực hiện BHYT toàn dân huyện họp. "
        "Ban chỉ đạo thống nhất kế hoạch."
    )
    assert labels(text, CAI_NUOC) == [
        ("Ban Chỉ đạo giảm nghèo huyện Cái Nước", "steering_committee"),
        ("Ban Chỉ đạo thực hiện bảo hiểm y tế toàn dân huyện Cái Nước", "steering_committee"),
    ]
