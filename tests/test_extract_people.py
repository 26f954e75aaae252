"""People and their posts: forms of address, titles before and after the name, several posts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import split

from bhyt_kg.extract.people import extract_people
from bhyt_kg.model import NATION, Area, OrgRef, PersonMention, Post, Sentence, Span

SEEDS = Path(__file__).resolve().parents[1] / "data" / "articles"  # copies of shared/seeds


def province(name: str, unit: str = "tỉnh") -> Area:
    return Area("province", unit, name, NATION)


HA_NOI = province("Hà Nội", "thành phố")
PHU_XUYEN = Area("district", "huyện", "Phú Xuyên", HA_NOI)
BAC_LIEU = province("Bạc Liêu")
DONG_HAI = Area("district", "huyện", "Đông Hải", BAC_LIEU)
AN_GIANG = province("An Giang")
MY_LONG = Area(
    "commune", "phường", "Mỹ Long", Area("district", "thành phố", "Long Xuyên", AN_GIANG)
)
BAC_GIANG = province("Bắc Giang")
YEN_THE = Area("district", "huyện", "Yên Thế", BAC_GIANG)
SONG_CAU = Area("district", "thị xã", "Sông Cầu", province("Phú Yên"))
CA_MAU = province("Cà Mau")
CAI_NUOC = Area("district", "huyện", "Cái Nước", CA_MAU)
TAN_PHU = Area("commune", "xã", "Tân Phú", CAI_NUOC)
NGHE_AN = province("Nghệ An")
DO_LUONG = Area("district", "huyện", "Đô Lương", NGHE_AN)
HOMES = {"000": DONG_HAI, "001": PHU_XUYEN, "002": MY_LONG, "003": YEN_THE, "004": SONG_CAU}


def people(text: str, home: Area | None) -> tuple[PersonMention, ...]:
    return extract_people(text, split(text), home)


def summary(text: str, home: Area | None) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (p.name, [(post.title, post.org.label) for post in p.posts]) for p in people(text, home)
    ]


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def committee(name: str, area: Area) -> OrgRef:
    return OrgRef("party_committee", name, area)


def ubnd(area: Area) -> OrgRef:
    return OrgRef("peoples_committee", "Ủy ban nhân dân", area)


# --- the seeds ------------------------------------------------------------------------------


def test_seed_000_names_nobody() -> None:
    # "TRẦN VĂN" is the byline, in capitals and alone: the author, not a person mention here.
    assert people(seed("000"), DONG_HAI) == ()
    assert people(seed("002"), MY_LONG) == ()


def test_seed_001_two_people_and_a_title_before_the_name() -> None:
    text = seed("001")
    got = people(text, PHU_XUYEN)
    cuong = Post("Phó Bí thư Thường trực", committee("Huyện ủy", PHU_XUYEN))
    assert [(p.name, p.posts) for p in got] == [
        ("Nguyễn Văn Cương", (cuong,)),
        (
            "Lê Văn Bính",
            (
                Post("Phó Bí thư", committee("Huyện ủy", PHU_XUYEN)),
                Post("Chủ tịch", ubnd(PHU_XUYEN)),
            ),
        ),
        (
            "Nguyễn Văn Cương",
            (cuong,),
        ),  # "đồng chí Phó Bí thư Thường trực huyện uỷ Nguyễn Văn Cương"
    ]
    # The span is the sentence; "các đồng chí trong BTV Huyện uỷ" is a group.
    last = got[2]
    assert (
        "đồng chí Phó Bí thư Thường trực huyện uỷ Nguyễn Văn Cương"
        in text[last.span.start : last.span.end]
    )


def test_seed_003_two_posts_and_the_steering_committee() -> None:
    got = people(seed("003"), YEN_THE)
    # "trưởng Ban chỉ đạo": the one committee the article names ("Ban chỉ đạo bảo hiểm y tế
    # toàn dân huyện Yên Thế"), under the name the article gives it.
    bcd = OrgRef("steering_committee", "Ban Chỉ đạo bảo hiểm y tế toàn dân", YEN_THE)
    vice = Post("Phó Chủ tịch Thường trực", ubnd(YEN_THE))
    assert got[0].name == "Nguyễn Ngọc Sơn"
    assert got[0].posts == (vice, Post("Trưởng ban", bcd))
    # "đồng chí Phó Chủ tịch TT UBND huyện yêu cầu": the article's only holder of that post.
    assert [(p.name, p.posts) for p in got[1:]] == [("Nguyễn Ngọc Sơn", (vice,))]


def test_seed_004_vice_chair_of_the_town() -> None:
    got = people(seed("004"), SONG_CAU)
    post = Post("Phó Chủ tịch", ubnd(SONG_CAU))
    assert [(p.name, p.posts) for p in got] == [
        ("Lâm Duy Dũng", (post,)),
        ("Lâm Duy Dũng", (post,)),
    ]


# --- forms of address and groups ------------------------------------------------------------


def test_honorific_is_not_part_of_the_name() -> None:
    got = summary("Đồng chí Nguyễn Văn An dự hội nghị.", DO_LUONG)
    assert got == [("Nguyễn Văn An", [])]


def test_a_name_the_paper_withholds_is_no_person() -> None:
    # "chị Lê Thị N.", "anh Nguyễn Văn T.": initials stand for a name nobody can cite
    assert summary("Chị Lê Thị N. và anh Nguyễn Văn T. cho biết đã bị giữ thẻ.", DO_LUONG) == []


@pytest.mark.parametrize(
    "text",
    [
        "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy dự hội nghị.",
        "Dự có các đồng chí trong BTV Huyện uỷ, Thường trực HĐND.",
        "Bà con nông dân tích cực tham gia BHYT.",
        "Người dân tỉnh Bà Rịa - Vũng Tàu tham gia BHYT.",
        "Đồng chí đề nghị các cấp ủy tăng cường lãnh đạo.",
        "Chủ tịch UBND các xã, thị trấn tập trung chỉ đạo.",
        "TRẦN VĂN",
    ],
)
def test_no_person(text: str) -> None:
    assert people(text, DO_LUONG) == ()


# --- invented sentences, phrased differently --------------------------------------------------


@pytest.mark.parametrize(
    ("home", "text", "want"),
    [
        (
            TAN_PHU,
            "Bà Trần Thị Hoa, Chủ tịch Hội LHPN xã Tân Phú cho biết.",
            [("Trần Thị Hoa", [("Chủ tịch", "Hội Liên hiệp Phụ nữ xã Tân Phú")])],
        ),
        (
            CAI_NUOC,
            "Ông Nguyễn Văn Tám - Giám đốc BHXH huyện Cái Nước cho biết.",
            [("Nguyễn Văn Tám", [("Giám đốc", "Bảo hiểm xã hội huyện Cái Nước")])],
        ),
        (
            CAI_NUOC,
            "Phó Chủ tịch UBND huyện Trần Văn Bảy phát biểu tại hội nghị.",
            [("Trần Văn Bảy", [("Phó Chủ tịch", "Ủy ban nhân dân huyện Cái Nước")])],
        ),
        (
            CAI_NUOC,
            "Đồng chí Lê Thị Mai, Trưởng Ban Tuyên giáo Huyện ủy, Phó Trưởng ban Thường trực "
            "Ban chỉ đạo thực hiện BHYT toàn dân huyện phát biểu.",
            [
                (
                    "Lê Thị Mai",
                    [
                        ("Trưởng ban", "Ban Tuyên giáo Huyện ủy Cái Nước"),
                        (
                            "Phó Trưởng ban Thường trực",
                            "Ban Chỉ đạo thực hiện bảo hiểm y tế toàn dân huyện Cái Nước",
                        ),
                    ],
                )
            ],
        ),
        (
            TAN_PHU,
            "Đ/c Huỳnh Văn Út - Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.",
            [
                (
                    "Huỳnh Văn Út",
                    [
                        ("Bí thư", "Đảng ủy xã Tân Phú"),
                        ("Chủ tịch", "Hội đồng nhân dân xã Tân Phú"),
                    ],
                )
            ],
        ),
        (
            DO_LUONG,
            "Ông Phạm Đình Hùng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng phòng Y tế huyện báo cáo.",
            [
                (
                    "Phạm Đình Hùng",
                    [("Trưởng phòng", "Phòng Y tế huyện Đô Lương")],
                )
            ],
        ),
        (
            DO_LUONG,
            "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh họp. Đồng chí Giám đốc Sở Y tế "
            "Nghệ An Đặng Văn Hòa kiêm Phó Trưởng ban Chỉ đạo tỉnh.",
            [
                (
                    "Đặng Văn Hòa",
                    [
                        ("Giám đốc", "Sở Y tế tỉnh Nghệ An"),
                        (
                            "Phó Trưởng ban",
                            "Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế "
                            "tỉnh Nghệ An",
                        ),
                    ],
                )
            ],
        ),
        (
            # The article names no steering committee: "Ban Chỉ đạo tỉnh" is no particular body.
            DO_LUONG,
            "Đồng chí Giám đốc Sở Y tế Nghệ An Đặng Văn Hòa kiêm Phó Trưởng ban Chỉ đạo tỉnh.",
            [("Đặng Văn Hòa", [("Giám đốc", "Sở Y tế tỉnh Nghệ An")])],
        ),
        (
            DO_LUONG,
            "Võ Thị Lan - Phó Giám đốc BHXH tỉnh, cho biết số người tham gia tăng.",
            [("Võ Thị Lan", [("Phó Giám đốc", "Bảo hiểm xã hội tỉnh Nghệ An")])],
        ),
        (DO_LUONG, "Bí thư Chi bộ, Trưởng xóm Nguyễn Văn Hai vận động bà con.", []),
        (
            DO_LUONG,
            "Đồng chí Bùi Văn Nam, Phó Chủ tịch Thường trực HĐND huyện kiêm Chủ tịch "
            "Hội Khuyến học huyện.",
            [
                (
                    "Bùi Văn Nam",
                    [
                        ("Phó Chủ tịch Thường trực", "Hội đồng nhân dân huyện Đô Lương"),
                        ("Chủ tịch", "Hội Khuyến học huyện Đô Lương"),
                    ],
                )
            ],
        ),
        (
            DO_LUONG,
            "Bà Hồ Thị Thu Hương, Bí thư Huyện Đoàn và ông Đinh Công Sơn, "
            "Chủ tịch Hội Nông dân huyện.",
            [
                (
                    "Hồ Thị Thu Hương",
                    [("Bí thư", "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Đô Lương")],
                ),
                ("Đinh Công Sơn", [("Chủ tịch", "Hội Nông dân huyện Đô Lương")]),
            ],
        ),
    ],
)
def test_invented_sentences(
    home: Area, text: str, want: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    assert summary(text, home) == want


def test_same_person_in_one_sentence_is_one_mention() -> None:
    text = (
        "Đồng chí Ngô Văn Tư, Bí thư Đảng ủy xã phát biểu; đồng chí Ngô Văn Tư cũng trao thẻ BHYT."
    )
    sentence = [Sentence(Span(0, len(text)), text)]
    (got,) = extract_people(text, sentence, TAN_PHU)
    assert got.name == "Ngô Văn Tư" and got.span == Span(0, len(text))
    assert got.posts == (Post("Bí thư", committee("Đảng ủy", TAN_PHU)),)


def test_nameless_post_held_by_two_people_stays_unnamed() -> None:
    text = (
        "Đồng chí Trần Văn Một, Phó Chủ tịch UBND huyện phát biểu. "
        "Đồng chí Lê Văn Hai, Phó Chủ tịch UBND huyện dự. "
        "Đồng chí Phó Chủ tịch UBND huyện kết luận."
    )
    assert [p.name for p in people(text, CAI_NUOC)] == ["Trần Văn Một", "Lê Văn Hai"]


# --- ranks, memberships, the Front's committee ------------------------------------------------


@pytest.mark.parametrize(
    ("home", "text", "want"),
    [
        (
            # A rank is a form of address: the name follows it.
            DO_LUONG,
            "Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh cùng dự; "
            "Thượng tá Hoàng Văn Tú phát biểu.",
            [
                ("Nguyễn Văn Bình", [("Giám đốc", "Công an tỉnh Nghệ An")]),
                ("Hoàng Văn Tú", []),
            ],
        ),
        (
            DO_LUONG,
            "Đồng chí Thiếu tướng Lê Quang Đạo, Bí thư Huyện ủy dự hội nghị.",
            [("Lê Quang Đạo", [("Bí thư", "Huyện ủy Đô Lương")])],
        ),
        (
            DO_LUONG,
            "Bác sĩ Trần Thị Yến - Giám đốc Trung tâm Y tế huyện cho biết.",
            [("Trần Thị Yến", [("Giám đốc", "Trung tâm Y tế huyện Đô Lương")])],
        ),
        (
            # "Tỉnh ủy viên" is a membership without a body after it: the next post is read.
            DO_LUONG,
            "Đồng chí Hồ Văn Lâm - Tỉnh ủy viên, Bí thư Huyện ủy chủ trì.",
            [("Hồ Văn Lâm", [("Bí thư", "Huyện ủy Đô Lương")])],
        ),
        (
            DO_LUONG,
            "Ông Vi Văn Sơn, Huyện ủy viên, Chủ tịch Hội Cựu chiến binh huyện phát biểu.",
            [("Vi Văn Sơn", [("Chủ tịch", "Hội Cựu chiến binh huyện Đô Lương")])],
        ),
        (
            # The Front's head chairs its committee: "Chủ tịch UBMTTQ" keeps "Ủy ban".
            TAN_PHU,
            "Dự họp có Trương Văn Tư, Chủ tịch UBMTTQ VN xã và Lý Thị Năm, Chủ tịch MTTQ huyện.",
            [
                ("Trương Văn Tư", [("Chủ tịch Ủy ban", "Mặt trận Tổ quốc xã Tân Phú")]),
                ("Lý Thị Năm", [("Chủ tịch", "Mặt trận Tổ quốc huyện Cái Nước")]),
            ],
        ),
    ],
)
def test_ranks_memberships_and_the_front(
    home: Area, text: str, want: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    assert summary(text, home) == want


def test_a_deputy_head_written_phó_ban_and_a_ban_alone_is_no_title() -> None:
    # "Phó Ban" is the short title of a Ban's deputy head (data/heldout11's h11_06)
    text = "Bà Trần Thị Mai - Phó Ban Dân tộc tỉnh Nghệ An, cho biết đồng bào đã có thẻ BHYT."
    assert summary(text, DO_LUONG) == [
        ("Trần Thị Mai", [("Phó Trưởng ban", "Ban Dân tộc tỉnh Nghệ An")])]
    assert summary("Ban Dân tộc tỉnh Nghệ An Lê Văn Bình đã kiểm tra.", DO_LUONG) == []


def test_heads_named_after_their_bodys_first_word() -> None:
    # "Vụ trưởng Vụ ...", "Hiệu trưởng Trường ...": titles of their own, each with its body
    text = ("Theo ông Trần Văn Thuấn, Vụ trưởng Vụ Bảo hiểm y tế (Bộ Y tế), tỷ lệ bao phủ tăng. "
            "Ông Lê Văn Phúc, Hiệu trưởng Trường THCS Nam Sơn cho biết 100% học sinh có thẻ.")
    assert summary(text, DO_LUONG) == [
        ("Trần Văn Thuấn", [("Vụ trưởng", "Vụ Bảo hiểm y tế Bộ Y tế")]),
        ("Lê Văn Phúc", [("Hiệu trưởng", "Trường THCS Nam Sơn")])]
