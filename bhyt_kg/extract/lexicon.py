"""The lexicon of Vietnamese Party, State, Front, mass-organisation and implementing bodies.

Data, not logic: :mod:`bhyt_kg.extract.organisations` reads it. Every alias is written as it
appears in articles, in the new tone convention ("Huyện ủy"); matching is on
:func:`bhyt_kg.text.normalise`'s text, case-insensitive except for all-capital abbreviations
("BTV", "UBND"), which must be written in capitals. Canonical names are the full Vietnamese form,
so one body always gets one name whatever abbreviation the text uses (domain.md §2).
"""

from __future__ import annotations

from dataclasses import dataclass

LOCAL = ("commune", "district", "province")  # the levels with a full set of bodies
ALL_LEVELS = (*LOCAL, "nation")


@dataclass(frozen=True, slots=True)
class Body:
    """One kind of body, as the lexicon knows it."""

    name: str  # canonical base name, without the area ("Hội Nông dân")
    kind: str  # organisation-kind notation (docs/code-lists.md)
    aliases: tuple[str, ...]  # surface forms, longest match wins
    levels: tuple[str, ...]  # levels it exists at; the nearest on the home chain is the default
    unit: str | None = None  # unit word built into the name: "Huyện ủy" -> "huyện"
    organ: bool = False  # part of another body, named after it ("Ban Tuyên giáo Huyện ủy")
    needs_parent: bool = False  # an organ that is only an organisation with its body named
    scheme_word: bool = False  # the same word names a scheme ("tham gia BHXH"): needs context
    topics: tuple[str, ...] = ()  # optional words after the name that belong to it
    foreign_topics: tuple[str, ...] = ()  # words after the name that make it another body
    named: bool = False  # the text gives the body's own proper name ("Bệnh viện Bạch Mai")


def _committee(name: str, unit: str | None, levels: tuple[str, ...], *aliases: str) -> Body:
    return Body(name, "party_committee", (name, *aliases), levels, unit=unit)


# Party committees: the unit is part of the name, so "Huyện ủy" alone is the home district's.
PARTY_COMMITTEES = (
    Body(
        "Ban Chấp hành Trung ương Đảng",
        "party_committee",
        (
            "Ban Chấp hành Trung ương Đảng",
            "Ban Chấp hành Trung ương",
            "Trung ương Đảng",
            "BCH Trung ương",
            "BCH TW",
            "BCHTW",
        ),
        ("nation",),
    ),
    _committee("Tỉnh ủy", "tỉnh", ("province",)),
    _committee("Thành ủy", "thành phố", ("province", "district")),
    _committee("Huyện ủy", "huyện", ("district",)),
    _committee("Thị ủy", "thị xã", ("district",)),
    _committee("Quận ủy", "quận", ("district",)),
    _committee("Đảng ủy", None, ("commune",)),
    Body("Chi bộ", "party_committee", ("Chi bộ",), ("village",)),
)

# Organs of a Party committee (or of another body: "Ban Thường vụ Hội Nông dân").
PARTY_ORGANS = (
    Body("Bộ Chính trị", "party_organ", ("Bộ Chính trị",), ("nation",)),
    Body(
        "Ban Bí thư",
        "party_organ",
        ("Ban Bí thư Trung ương Đảng", "Ban Bí thư TW", "Ban Bí thư"),
        ("nation",),
    ),
    Body("Ban Thường vụ", "party_organ", ("Ban Thường vụ", "BTV"), LOCAL, organ=True),
    Body("Thường trực", "party_organ", ("Thường trực",), LOCAL, organ=True, needs_parent=True),
    Body("Ban Tuyên giáo", "party_organ", ("Ban Tuyên giáo", "BTG"), LOCAL, organ=True),
    Body(
        "Ban Tuyên giáo và Dân vận",
        "party_organ",
        ("Ban Tuyên giáo và Dân vận",),
        LOCAL,
        organ=True,
    ),
    Body("Ban Dân vận", "party_organ", ("Ban Dân vận", "BDV"), LOCAL, organ=True),
    Body("Ban Tổ chức", "party_organ", ("Ban Tổ chức",), LOCAL, organ=True),
    Body("Ủy ban Kiểm tra", "party_organ", ("Ủy ban Kiểm tra", "UBKT"), LOCAL, organ=True),
)

STATE = (
    Body("Quốc hội", "legislature", ("Quốc hội",), ("nation",)),
    Body("Chính phủ", "government", ("Chính phủ",), ("nation",)),
    Body(
        "Thủ tướng Chính phủ",
        "government",
        ("Thủ tướng Chính phủ", "Thủ tướng", "TTg"),
        ("nation",),
    ),
    Body("Hội đồng nhân dân", "peoples_council", ("Hội đồng nhân dân", "HĐND"), LOCAL),
    Body("Ủy ban nhân dân", "peoples_committee", ("Ủy ban nhân dân", "UB nhân dân", "UBND"), LOCAL),
)

# Ministries, provincial departments (Sở) and district offices (Phòng) by their field.
FIELDS = {
    "Y tế": ("Y tế",),
    "Lao động - Thương binh và Xã hội": (
        "Lao động - Thương binh và Xã hội",
        "Lao động, Thương binh và Xã hội",
        "Lao động Thương binh và Xã hội",
        "LĐ-TB&XH",
        "LĐTB&XH",
        "LĐ-TBXH",
        "LĐTBXH",
    ),
    "Giáo dục và Đào tạo": ("Giáo dục và Đào tạo", "Giáo dục - Đào tạo", "GD&ĐT", "GD-ĐT", "GDĐT"),
    "Tài chính - Kế hoạch": ("Tài chính - Kế hoạch", "Tài chính Kế hoạch", "TC-KH"),
    "Tài chính": ("Tài chính",),
    "Kế hoạch và Đầu tư": ("Kế hoạch và Đầu tư", "KH&ĐT"),
    "Nội vụ": ("Nội vụ",),
    "Tư pháp": ("Tư pháp",),
    "Văn hóa và Thông tin": ("Văn hóa và Thông tin", "Văn hóa - Thông tin", "VH-TT", "VHTT"),
    "Văn hóa, Thể thao và Du lịch": (
        "Văn hóa, Thể thao và Du lịch",
        "Văn hóa - Thể thao và Du lịch",
        "VHTTDL",
        "VHTT&DL",
    ),
    "Thông tin và Truyền thông": ("Thông tin và Truyền thông", "TT&TT"),
    "Tài nguyên và Môi trường": ("Tài nguyên và Môi trường", "TN&MT", "TNMT"),
    "Nông nghiệp và Phát triển nông thôn": (
        "Nông nghiệp và Phát triển nông thôn",
        "NN&PTNT",
        "NNPTNT",
    ),
    "Kinh tế - Hạ tầng": ("Kinh tế - Hạ tầng", "Kinh tế và Hạ tầng", "KT-HT", "KTHT"),
    "Kinh tế": ("Kinh tế",),
    "Quản lý đô thị": ("Quản lý đô thị",),
    "Dân tộc": ("Dân tộc",),
    "Công Thương": ("Công Thương",),
    "Xây dựng": ("Xây dựng",),
    "Giao thông vận tải": ("Giao thông vận tải", "GTVT"),
}
# The head word of a ministry, a provincial department or a district office, and its level.
DEPARTMENT_HEADS = {
    "Bộ": ("nation",),
    "Sở": ("province",),
    "Phòng": ("district",),
}


def _departments() -> tuple[Body, ...]:
    out = []
    for head, levels in DEPARTMENT_HEADS.items():
        for field, aliases in FIELDS.items():
            kind = "health_agency" if field == "Y tế" else "department"
            out.append(Body(f"{head} {field}", kind, tuple(f"{head} {a}" for a in aliases), levels))
    return tuple(out)


DEPARTMENTS = _departments()

FRONT_AND_MASS = (
    Body(
        "Mặt trận Tổ quốc",
        "fatherland_front",
        ("Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ", "UB MTTQ", "UBMTTQ", "Mặt trận Tổ quốc", "MTTQ"),
        ALL_LEVELS,
    ),
    Body("Hội Nông dân", "mass_organisation", ("Hội Nông dân", "Hội ND", "HND"), ALL_LEVELS),
    Body(
        "Hội Liên hiệp Phụ nữ",
        "mass_organisation",
        ("Hội Liên hiệp Phụ nữ", "Hội LHPN", "Hội LH Phụ nữ", "Hội Phụ nữ", "Hội PN", "LHPN"),
        ALL_LEVELS,
    ),
    Body(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass_organisation",
        (
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Đoàn TNCS Hồ Chí Minh",
            "Đoàn TNCS HCM",
            "Đoàn TNCS",
            "Đoàn Thanh niên",
            "Đoàn TN",
        ),
        ALL_LEVELS,
    ),
    # "Huyện Đoàn" is the district's Youth Union, as "Huyện ủy" is its Party committee.
    Body(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass_organisation",
        ("Tỉnh Đoàn",),
        ("province",),
        unit="tỉnh",
    ),
    Body(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass_organisation",
        ("Thành Đoàn",),
        ("province", "district"),
        unit="thành phố",
    ),
    Body(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass_organisation",
        ("Huyện Đoàn",),
        ("district",),
        unit="huyện",
    ),
    Body(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass_organisation",
        ("Thị Đoàn",),
        ("district",),
        unit="thị xã",
    ),
    Body(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass_organisation",
        ("Quận Đoàn",),
        ("district",),
        unit="quận",
    ),
    Body("Hội Cựu chiến binh", "mass_organisation", ("Hội Cựu chiến binh", "Hội CCB"), ALL_LEVELS),
    Body(
        "Hội Chữ thập đỏ",
        "mass_organisation",
        ("Hội Chữ thập đỏ", "Hội CTĐ", "Chữ thập đỏ"),
        ALL_LEVELS,
    ),
    Body("Hội Người cao tuổi", "mass_organisation", ("Hội Người cao tuổi", "Hội NCT"), ALL_LEVELS),
    Body("Hội Khuyến học", "mass_organisation", ("Hội Khuyến học",), ALL_LEVELS),
    Body(
        "Hội Cựu Thanh niên xung phong",
        "mass_organisation",
        ("Hội Cựu Thanh niên xung phong", "Hội CTNXP"),
        ALL_LEVELS,
    ),
    Body(
        "Liên đoàn Lao động",
        "mass_organisation",
        ("Liên đoàn Lao động", "LĐLĐ"),
        ("district", "province", "nation"),
    ),
    Body("Công đoàn", "mass_organisation", ("Công đoàn",), ALL_LEVELS),
)

INSURANCE = (
    Body(
        "Bảo hiểm xã hội",
        "social_insurance_agency",
        ("Bảo hiểm xã hội", "BHXH"),
        ("district", "province", "nation"),
        scheme_word=True,
    ),
)

HEALTH = (
    Body("Trung tâm Y tế", "health_agency", ("Trung tâm Y tế", "TTYT"), ("district",)),
    Body("Trạm Y tế", "health_agency", ("Trạm Y tế", "TYT"), ("commune",)),
    Body(
        "Bệnh viện Đa khoa",
        "health_agency",
        ("Bệnh viện Đa khoa", "BVĐK"),
        ("district", "province"),
    ),
    Body(
        "Bệnh viện", "health_agency", ("Bệnh viện",), ("district", "province", "nation"), named=True
    ),
)

STEERING = (
    Body(
        "Ban Chỉ đạo thực hiện bảo hiểm y tế toàn dân",
        "steering_committee",
        ("Ban Chỉ đạo", "BCĐ"),
        LOCAL,
        topics=(
            "thực hiện chính sách bảo hiểm y tế",
            "thực hiện chính sách BHYT",
            "thực hiện bảo hiểm y tế toàn dân",
            "thực hiện BHYT toàn dân",
            "bảo hiểm y tế toàn dân",
            "BHYT toàn dân",
            "thực hiện bảo hiểm y tế",
            "thực hiện BHYT",
            "bảo hiểm y tế",
            "BHYT",
        ),
        # Other steering committees share the head word; they are not this body.
        foreign_topics=(
            "xây dựng",
            "phòng",
            "chống",
            "nông thôn",
            "giảm nghèo",
            "an toàn",
            "thi đua",
            "cải cách",
            "dân số",
            "chuyển đổi",
            "phổ cập",
            "thực hiện chương trình",
            "thực hiện cuộc vận động",
            "thực hiện Quy chế",
            "bầu cử",
            "tổng điều tra",
        ),
    ),
)

MEDIA = (
    Body("Đài Truyền thanh", "media", ("Đài Truyền thanh", "Đài TT"), ("commune", "district")),
    Body(
        "Đài Phát thanh và Truyền hình",
        "media",
        ("Đài Phát thanh và Truyền hình", "Đài PT-TH", "Đài PTTH"),
        ("province",),
    ),
    Body(
        "Trung tâm Văn hóa - Thông tin - Thể thao",
        "media",
        (
            "Trung tâm Văn hóa - Thông tin - Thể thao",
            "Trung tâm Văn hóa, Thông tin và Thể thao",
            "Trung tâm Văn hóa - Thông tin và Thể thao",
            "Trung tâm Văn hóa Thông tin và Thể thao",
            "Trung tâm VHTT&TT",
            "Trung tâm VH-TT&TT",
            "Trung tâm VHTT-TT",
            "Trung tâm VHTTTT",
            "Trung tâm VH,TT&TT",
            "TTVHTT&TT",
        ),
        ("district",),
    ),
    Body(
        "Trung tâm Văn hóa - Thể thao và Truyền thanh",
        "media",
        (
            "Trung tâm Văn hóa - Thể thao và Truyền thanh",
            "Trung tâm VH-TT&TTh",
            "Trung tâm VHTT&TTh",
        ),
        ("district",),
    ),
)

# Schools are named: "Trường THCS Long Điền" is kept whole, its area is the nearest local one.
SCHOOL_TYPES = (
    "Mầm non",
    "Mẫu giáo",
    "Tiểu học",
    "Trung học cơ sở",
    "Trung học phổ thông",
    "Phổ thông dân tộc nội trú",
    "Phổ thông dân tộc bán trú",
    "TH&THCS",
    "THCS&THPT",
    "PTDTNT",
    "PTDTBT",
    "THCS",
    "THPT",
    "MN",
    "TH",
    "Đại học",
    "Cao đẳng",
    "Trung cấp",
)

BODIES: tuple[Body, ...] = (
    *PARTY_COMMITTEES,
    *PARTY_ORGANS,
    *STATE,
    *DEPARTMENTS,
    *FRONT_AND_MASS,
    *INSURANCE,
    *HEALTH,
    *STEERING,
    *MEDIA,
)

# Level words after a body name the area: "UBND huyện", "BHXH TP", "Đảng ủy xã Tân Phú".
UNIT_WORDS = {
    "thành phố": "thành phố",
    "TP.": "thành phố",
    "TP": "thành phố",
    "tp.": "thành phố",
    "thị trấn": "thị trấn",
    "thị xã": "thị xã",
    "TX.": "thị xã",
    "TX": "thị xã",
    "tỉnh": "tỉnh",
    "huyện": "huyện",
    "quận": "quận",
    "xã": "xã",
    "phường": "phường",
    "tổ dân phố": "tổ dân phố",
    "khu phố": "khu phố",
    "khóm": "khóm",
    "ấp": "ấp",
    "thôn": "thôn",
}
UNIT_LEVEL = {
    "tỉnh": "province",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "tổ dân phố": "village",
    "khu phố": "village",
    "khóm": "village",
    "ấp": "village",
    "thôn": "village",
}
# "cấp huyện", "cấp tỉnh": the level without a unit word.
LEVEL_WORDS = {
    "cấp tỉnh": "province",
    "cấp huyện": "district",
    "cấp xã": "commune",
    "cấp thành phố": None,
}

# Cities under the centre are provinces; every other "thành phố" is a district-level city.
CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

# Central cities written in capitals after "TP": "TP.HCM", "TP HCM".
AREA_ABBREVIATIONS = {"HCM": "Hồ Chí Minh", "HN": "Hà Nội"}

NATION_WORDS = ("Việt Nam", "VN", "Trung ương", "TW")

# After a body these make it many bodies ("UBND các xã", "BCĐ một số xã"): not one organisation.
COLLECTIVE_AFTER = ("các", "một số", "những", "cơ sở", "từng", "mỗi")

# The next word that turns a body's name into another word: "hội viên", "Đoàn viên", "đoàn thể".
NOT_A_BODY_AFTER = ("viên", "thể", "nghị")

# Words before "BHXH" that make it the scheme, not the agency ("tham gia BHXH").
SCHEME_BEFORE = (
    "tham gia",
    "đóng",
    "chính sách",
    "luật",
    "quỹ",
    "sổ",
    "chế độ",
    "thẻ",
    "mức đóng",
    "nợ",
    "thu",
    "chi trả",
    "hưởng",
    "về",
    "BHYT,",
    "BHYT và",
    "BHYT -",
    "BHYT-",
    "BHYT và",
)
# Words before "BHXH" that make it the agency even without an area ("cơ quan BHXH").
AGENCY_BEFORE = ("cơ quan", "Giám đốc", "lãnh đạo", "đại diện")

# Titles that take "Thường trực" ("Phó Bí thư Thường trực Huyện ủy" is a post, not an organ).
TITLES_BEFORE_STANDING = ("Bí thư", "Chủ tịch", "Trưởng ban", "Trưởng Ban", "Phó Trưởng ban")

SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Lâm",
    "Đinh",
    "Đoàn",
    "Trương",
    "Đào",
    "Cao",
    "Hà",
    "Lưu",
    "Mai",
    "Tô",
    "Thái",
    "Châu",
    "Trịnh",
    "Tạ",
    "Lương",
    "Quách",
    "Triệu",
    "La",
    "Kiều",
    "Khúc",
    "Vương",
    "Chu",
    "Lục",
    "Nông",
    "Hứa",
    "Thân",
    "Diệp",
    "Từ",
    "Tăng",
    "Lại",
    "Phùng",
    "Mạc",
    "Giang",
    "Ninh",
    "Kim",
    "Lò",
    "Quan",
    "Tống",
    "Đàm",
    "Âu",
    "Bạch",
    "Tôn",
    "Thạch",
    "Danh",
    "Kha",
    "Mã",
    "Nghiêm",
    "Khổng",
    "Hầu",
    "Ứng",
    "Lữ",
    "Lã",
    "Mông",
)
