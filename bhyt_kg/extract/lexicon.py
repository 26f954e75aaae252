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
    named: bool = False  # the text gives the body's own proper name ("Bệnh viện Bạch Mai")
    # The topic is part of the name, as the text writes it ("Ban Chỉ đạo Nông thôn mới"):
    # the same head names many bodies, and one text writes one body's topic in several ways.
    topic_in_name: bool = False
    cased: bool = False  # aliases match only as capitalised ("Mặt trận", not "mặt trận")
    needs_area: bool = False  # a common noun unless an area follows ("Công an tỉnh")
    # One body per province: written bare it is the home province's, unless the words around
    # it name another body ("Tổng Cục Thuế", "Cục Thuế doanh nghiệp lớn", "Ban Dân tộc Quốc hội")
    one_per_province: bool = False
    own_kind: bool = False  # an organ that keeps its kind whatever body it is named after


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
    # "Ban Chấp hành Đảng bộ huyện": the committee named after the Party organisation.
    Body(
        "Ban Chấp hành Đảng bộ",
        "party_committee",
        ("Ban Chấp hành Đảng bộ", "BCH Đảng bộ"),
        LOCAL,
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
    # "Ban Thường trực Ủy ban MTTQ": the standing board of the body named next (its kind).
    Body("Ban Thường trực", "party_organ", ("Ban Thường trực",), LOCAL, organ=True,
         needs_parent=True),
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
    # A commune's mass-mobilisation bloc, led by the Party committee's deputy secretary
    # ("Trưởng Khối Dân vận xã Cần Đăng"): named with its commune, not after the committee.
    Body("Khối Dân vận", "party_organ", ("Khối Dân vận",), ("commune",), needs_area=True),
    Body("Ban Tổ chức", "party_organ", ("Ban Tổ chức",), LOCAL, organ=True),
    # (a committee's Party-building board, where the organisation, propaganda and mass
    # mobilisation boards were merged: "Ban Xây dựng Đảng Huyện ủy Phụng Hiệp")
    Body("Ban Xây dựng Đảng", "party_organ", ("Ban Xây dựng Đảng",), LOCAL, organ=True),
    Body("Ủy ban Kiểm tra", "party_organ", ("Ủy ban Kiểm tra", "UBKT"), LOCAL, organ=True),
    # A People's Council's committees, named after it ("Ban VHXH HĐND tỉnh", "Ban Kinh tế -
    # Ngân sách HĐND huyện"): of the council's kind, never alone ("Ban Pháp chế" of what?).
    Body("Ban Văn hóa - Xã hội", "party_organ",
         ("Ban Văn hóa - Xã hội", "Ban Văn hóa Xã hội", "Ban Văn hóa, Xã hội", "Ban VH-XH",
          "Ban VHXH"), LOCAL, organ=True, needs_parent=True),
    Body("Ban Kinh tế - Ngân sách", "party_organ",
         ("Ban Kinh tế - Ngân sách", "Ban Kinh tế Ngân sách", "Ban KT-NS", "Ban KTNS"), LOCAL,
         organ=True, needs_parent=True),
    Body("Ban Pháp chế", "party_organ", ("Ban Pháp chế",), LOCAL, organ=True, needs_parent=True),
    # ... and its ethnic-affairs committee, named with the council in one alias since "Ban Dân
    # tộc" alone is the province's department ("Ban Dân tộc HĐND tỉnh Đắk Nông")
    Body("Ban Dân tộc Hội đồng nhân dân", "peoples_council",
         ("Ban Dân tộc Hội đồng nhân dân", "Ban Dân tộc HĐND"), ("province", "district"),
         needs_area=True),
    # "Văn phòng Huyện ủy", "Văn phòng UBND tỉnh": the office of the body named next.
    Body("Văn phòng", "other", ("Văn phòng",), LOCAL, organ=True, needs_parent=True),
    # The Party's groups in a State body or the Front: "Ban cán sự đảng Chính phủ", "Ban cán sự
    # đảng Bộ Y tế", "Đảng đoàn Quốc hội", "Đảng đoàn MTTQ Việt Nam": party organs named after
    # the body they lead, which keep their own kind.
    Body("Ban cán sự đảng", "party_organ", ("Ban cán sự đảng", "Ban cán sự Đảng", "BCSĐ"),
         ALL_LEVELS, organ=True, needs_parent=True, own_kind=True),
    Body("Đảng đoàn", "party_organ", ("Đảng đoàn",), ALL_LEVELS, organ=True, needs_parent=True,
         own_kind=True),
)


def _central(name: str, *aliases: str) -> Body:
    """A committee of the Party's Central Committee: "Ban Kinh tế Trung ương" (any case)."""
    forms = (f"{name} Trung ương Đảng", f"{name} Trung ương", f"{name} TW", *aliases)
    return Body(f"{name} Trung ương", "party_organ", forms, ("nation",))


# The Central Committee's own committees: national bodies, not a province's organs (the longer
# alias wins over "Ban Tuyên giáo" + "Trung ương").
CENTRAL_ORGANS = (
    _central("Ban Kinh tế", "Ban KTTW"),
    _central("Ban Tổ chức"),
    _central("Ban Tuyên giáo"),
    _central("Ban Dân vận"),
    _central("Ban Tuyên giáo và Dân vận"),
    _central("Ban Nội chính"),
    _central("Ban Đối ngoại"),
    _central("Ủy ban Kiểm tra", "UBKT Trung ương", "UBKT TW"),
)

STATE = (
    Body("Quốc hội", "legislature", ("Quốc hội",), ("nation",)),
    # the Assembly's standing committee, which issues resolutions between sessions
    # ("Nghị quyết số 24/2022/UBTVQH15 của Ủy ban Thường vụ Quốc hội")
    Body("Ủy ban Thường vụ Quốc hội", "legislature",
         ("Ủy ban Thường vụ Quốc hội", "UBTV Quốc hội", "UBTVQH"), ("nation",)),
    # the Assembly's social-affairs committee, which examines the government's reports on the
    # insurance funds ("Ủy ban Xã hội của Quốc hội tổ chức Phiên họp toàn thể ...")
    Body("Ủy ban Xã hội của Quốc hội", "legislature",
         ("Ủy ban Xã hội của Quốc hội", "Ủy ban Xã hội Quốc hội", "Ủy ban Xã hội"), ("nation",)),
    # A province's delegation of National Assembly deputies, and the one office it shares with the
    # provincial council ("Văn phòng Đoàn ĐBQH và HĐND tỉnh"; "Văn phòng Đoàn ĐBQH" for short).
    Body("Đoàn Đại biểu Quốc hội", "legislature",
         ("Đoàn Đại biểu Quốc hội", "Đoàn ĐBQH"), ("province",)),
    Body("Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân", "other",
         ("Văn phòng Đoàn Đại biểu Quốc hội (ĐBQH) và Hội đồng nhân dân",
          "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân", "Văn phòng Đoàn ĐBQH và HĐND",
          "Văn phòng Đoàn Đại biểu Quốc hội", "Văn phòng Đoàn ĐBQH"), ("province",)),
    Body("Chính phủ", "government", ("Chính phủ",), ("nation",)),
    # The State Audit Office ("Kiểm toán nhà nước (KTNN) vừa công bố kết quả kiểm toán ...").
    Body("Kiểm toán nhà nước", "other", ("Kiểm toán nhà nước", "Kiểm toán Nhà nước", "KTNN"),
         ("nation",), cased=True),
    # The national committee on the elderly ("cuộc họp của Ủy ban quốc gia về Người cao tuổi",
    # "Ủy ban quốc gia về Người cao tuổi Việt Nam giao Bộ Lao động - Thương binh và Xã hội ...").
    # (its official name ends in "Việt Nam", as the nation's Hội Người cao tuổi's does)
    Body("Ủy ban Quốc gia về Người cao tuổi Việt Nam", "other",
         tuple(f"Ủy ban {q} {about}{e}{vn}" for q in ("Quốc gia", "quốc gia")
               for about in ("về ", "") for e in ("Người cao tuổi", "người cao tuổi")
               for vn in (" Việt Nam", "")),
         ("nation",), cased=True),
    # The labour ministry's research institute ("Viện Khoa học lao động và xã hội (Bộ
    # LĐ-TB-XH) công bố một nghiên cứu"; the ministry's kind, as its departments)
    Body("Viện Khoa học Lao động và Xã hội", "department",
         ("Viện Khoa học Lao động và Xã hội", "Viện Khoa học lao động và xã hội",
          "Viện Khoa học Lao động - Xã hội"), ("nation",), cased=True),
    # A province's or district's inspectorate ("Thanh tra huyện Phú Thiện"), only with its area
    # (the common word is the act: "kết luận thanh tra", "đoàn thanh tra").
    Body("Thanh tra", "department", ("Thanh tra",), ("district", "province"), needs_area=True,
         cased=True),
    Body(
        "Thủ tướng Chính phủ",
        "government",
        ("Thủ tướng Chính phủ", "Thủ tướng", "TTg"),
        ("nation",),
    ),
    Body("Hội đồng nhân dân", "peoples_council", ("Hội đồng nhân dân", "HĐND"), LOCAL),
    # A ministry-level agency named without "Bộ" (no code fits better than department).
    Body("Ủy ban Dân tộc", "department", ("Ủy ban Dân tộc", "UBDT"), ("nation",)),
    # Its provincial counterpart, "Ban Dân tộc tỉnh Bạc Liêu" (a department of the province's
    # People's Committee); one per province, so capitalised and bare ("Ban Dân tộc phối hợp với
    # BHXH tỉnh Vĩnh Long") it is the home province's ("ban dân tộc" is a common phrase).
    Body("Ban Dân tộc", "department", ("Ban Dân tộc",), ("province",), cased=True,
         one_per_province=True),
    # ... and its religious-affairs department ("Ban Tôn giáo tỉnh Bình Thuận", under the Sở Nội vụ)
    Body("Ban Tôn giáo", "department", ("Ban Tôn giáo",), ("province",), needs_area=True),
    Body("Ủy ban nhân dân", "peoples_committee", ("Ủy ban nhân dân", "UB nhân dân", "UBND"), LOCAL),
)

# Ministries, provincial departments (Sở) and district offices (Phòng) by their field.
FIELDS = {
    "Y tế": ("Y tế",),
    "Lao động - Thương binh và Xã hội": (
        "Lao động - Thương binh và Xã hội",
        "Lao động, Thương binh và Xã hội",
        "Lao động Thương binh và Xã hội",
        "Lao động - Thương binh & Xã hội",  # ("Phòng Lao động, Thương binh & Xã hội huyện")
        "Lao động, Thương binh & Xã hội",
        "LĐ-TB&XH",
        "LĐ - TB & XH",  # the abbreviation spaced out ("phòng LĐ – TB & XH"), any dash spacing
        "LĐ - TB&XH",
        "LĐTB&XH",
        "LĐ-TBXH",
        "LĐTBXH",
        "LĐ-TB-XH",  # ("Bộ LĐ-TB-XH": every part dashed)
    ),
    "Giáo dục và Đào tạo": ("Giáo dục và Đào tạo", "Giáo dục - Đào tạo", "Giáo dục & Đào tạo",
                            "GD&ĐT", "GD-ĐT", "GDĐT"),
    "Tài chính - Kế hoạch": ("Tài chính - Kế hoạch", "Tài chính Kế hoạch", "TC-KH"),
    "Tài chính": ("Tài chính",),
    "Kế hoạch và Đầu tư": ("Kế hoạch và Đầu tư", "Kế hoạch - Đầu tư", "KH&ĐT", "KH-ĐT"),
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


# Words that make a department's head word the second syllable of a common word: "cán bộ y tế"
# (health workers), "cơ sở y tế" (health facilities), "văn phòng", "dự phòng".
HEAD_COMPOUNDS = ("cán", "toàn", "cơ", "trụ", "văn", "dự", "đề")


def _departments() -> tuple[Body, ...]:
    out = []
    for head, levels in DEPARTMENT_HEADS.items():
        for field, aliases in FIELDS.items():
            kind = "health_agency" if field == "Y tế" else "department"
            out.append(Body(f"{head} {field}", kind, tuple(f"{head} {a}" for a in aliases), levels))
    return tuple(out)


DEPARTMENTS = (
    *_departments(),
    # ministries with no provincial department of the same name, and the army's General Staff
    # ("Bộ Tổng Tham mưu đã có Công văn số 2036/TM-DQ trình Thủ trưởng Bộ Quốc phòng")
    Body("Bộ Quốc phòng", "department", ("Bộ Quốc phòng", "BQP"), ("nation",)),
    Body("Bộ Công an", "department", ("Bộ Công an",), ("nation",)),
    Body("Bộ Tổng Tham mưu", "department", ("Bộ Tổng Tham mưu",), ("nation",)),
    # the forces' own social-insurance agencies ("BHXH Bộ Quốc phòng", "BHXH Bộ Công an")
    Body("Bảo hiểm xã hội Bộ Quốc phòng", "social_insurance_agency",
         ("Bảo hiểm xã hội Bộ Quốc phòng", "BHXH Bộ Quốc phòng"), ("nation",)),
    Body("Bảo hiểm xã hội Bộ Công an", "social_insurance_agency",
         ("Bảo hiểm xã hội Bộ Công an", "BHXH Bộ Công an"), ("nation",)),
)

FRONT_AND_MASS = (
    Body(
        "Mặt trận Tổ quốc",
        "fatherland_front",
        # ("Ủy ban MTTQVN thành phố Hà Tiên": "VN" glued to the abbreviation)
        ("Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQVN", "Ủy ban MTTQ", "UB MTTQ", "UBMTTQVN", "UBMTTQ",
         "UBMT Tổ quốc", "Mặt trận Tổ quốc", "MTTQVN", "MTTQ"),
        ALL_LEVELS,
    ),
    # "Mặt trận" alone, capitalised, is the Front in this genre ("UBND huyện, Mặt trận, ...").
    Body("Mặt trận Tổ quốc", "fatherland_front", ("Mặt trận",), ALL_LEVELS, cased=True),
    Body("Hội Nông dân", "mass_organisation", ("Hội Nông dân", "Hội ND", "HND"), ALL_LEVELS),
    Body(
        "Hội Liên hiệp Phụ nữ",
        "mass_organisation",
        ("Hội Liên hiệp Phụ nữ", "Hội LHPN", "Hội LH Phụ nữ", "Hội Phụ nữ", "Hội PN", "LHPN", "HPN"),
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
    # The Youth Union and the Party committee of the bloc of a province's (or the nation's)
    # agencies or enterprises: bodies of their own, not the province's Youth Union.
    Body("Đoàn Khối các cơ quan", "mass_organisation",
         ("Đoàn Khối các cơ quan", "Đoàn Khối cơ quan"), ("province", "nation")),
    Body("Đoàn Khối Doanh nghiệp", "mass_organisation",
         ("Đoàn Khối Doanh nghiệp", "Đoàn Khối các doanh nghiệp"), ("province", "nation")),
    Body("Đảng ủy Khối các cơ quan", "party_committee",
         ("Đảng ủy Khối các cơ quan", "Đảng ủy Khối cơ quan"), ("province", "nation")),
    Body("Đảng ủy Khối Doanh nghiệp", "party_committee",
         ("Đảng ủy Khối Doanh nghiệp", "Đảng ủy Khối các doanh nghiệp"), ("province", "nation")),
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
    # ("kinh phí công đoàn", "cán bộ công đoàn": the union movement, not one body)
    # (bare, "phối hợp cùng Công đoàn": the workplace's own union, no area's; the area's is
    # "Liên đoàn Lao động", or "Công đoàn" with its unit after it)
    Body("Công đoàn", "mass_organisation", ("Công đoàn",), ALL_LEVELS, cased=True,
         needs_area=True),
)

INSURANCE = (
    Body(
        "Bảo hiểm xã hội",
        "social_insurance_agency",
        # (and a misspelling portals print: "Bảo hiếm xã hội", a sắc for the hỏi)
        ("Bảo hiểm xã hội", "BHXH", "Bảo hiếm xã hội"),
        ("district", "province", "nation"),
        scheme_word=True,
    ),
    # Since 2025 the provincial agency's local offices are named after the area they serve
    # ("BHXH cơ sở Bến Cát"): a name of its own, an office of the province.
    Body(
        "Bảo hiểm xã hội cơ sở",
        "social_insurance_agency",
        ("Bảo hiểm xã hội cơ sở", "BHXH cơ sở"),
        ("province",),
        named=True,
    ),
)

# Bodies whose name is also a common noun ("công an", "quân đội"): one only with its area.
SECURITY_AND_FINANCE = (
    Body("Công an", "other", ("Công an",), ALL_LEVELS, needs_area=True),
    # Courts and procuracies, which hear and prosecute arrears ("làm việc với BHXH tỉnh, Sở Kế
    # hoạch và Đầu tư, TAND tỉnh, Công an tỉnh Đồng Nai"; kind other, as the police)
    Body("Tòa án nhân dân", "other", ("Tòa án nhân dân", "Toà án nhân dân", "TAND"),
         ("district", "province"), needs_area=True, cased=True),
    Body("Viện kiểm sát nhân dân", "other", ("Viện kiểm sát nhân dân", "VKSND"),
         ("district", "province"), needs_area=True, cased=True),
    Body(
        "Bộ Chỉ huy Quân sự",
        "other",
        ("Bộ Chỉ huy Quân sự", "Bộ CHQS"),
        ("province",),
        needs_area=True,
    ),
    Body(
        "Ban Chỉ huy Quân sự",
        "other",
        ("Ban Chỉ huy Quân sự", "Ban CHQS"),
        ("district", "commune"),
        needs_area=True,
    ),
    Body("Kho bạc Nhà nước", "other", ("Kho bạc Nhà nước", "KBNN"), ALL_LEVELS, needs_area=True),
    Body("Chi cục Thuế", "other", ("Chi cục Thuế",), ("district",), needs_area=True),
    # The state policy bank lends at every level ("Phòng giao dịch NHCSXH huyện").
    Body(
        "Ngân hàng Chính sách xã hội",
        "other",
        ("Ngân hàng Chính sách xã hội", "Ngân hàng CSXH", "NHCSXH"),
        ALL_LEVELS,
        needs_area=True,
    ),
    # The tax department is provincial, one per province: capitalised and bare ("BHXH tỉnh phối
    # hợp Sở Kế hoạch và Đầu tư, Cục Thuế ...") it is the home province's ("cục thuế" is a noun).
    Body("Cục Thuế", "other", ("Cục Thuế",), ("province",), cased=True, one_per_province=True),
    # The postal network collects voluntary BHXH and household BHYT ("Bưu điện Việt Nam",
    # "Bưu điện tỉnh", "Bưu điện huyện"); "hệ thống bưu điện", "nhân viên bưu điện" name none.
    Body("Bưu điện", "other", ("Bưu điện", "Bưu Điện"), ALL_LEVELS, needs_area=True, cased=True),
    # ... and a commune's post-office culture point, which collects too ("điểm thu Bưu điện văn hóa
    # xã Phước Vĩnh Đông")
    Body("Bưu điện văn hóa", "other", ("Bưu điện văn hóa", "Bưu điện Văn hóa"), ("commune",),
         needs_area=True, cased=True),
    # The boards that manage a province's economic zones and industrial parks (employers of
    # most workers a BHXH inspection is about).
    Body("Ban Quản lý khu kinh tế", "other",
         ("Ban Quản lý khu kinh tế", "Ban Quản lý các khu kinh tế", "BQL khu kinh tế",
          "BQL các khu kinh tế"), ("province",), needs_area=True),
    # (one per province: named bare in a province's list of bodies it is the province's, "gồm:
    # Sở Kế hoạch và đầu tư, Liên đoàn Lao động, BHXH và Ban Quản lý các khu công nghiệp")
    Body("Ban Quản lý các khu công nghiệp", "other",
         ("Ban Quản lý các khu công nghiệp", "Ban Quản lý khu công nghiệp",
          "BQL các khu công nghiệp", "BQL các KCN"), ("province",), cased=True,
         one_per_province=True),
)

# State offices named "Tổng cục / Cục / Chi cục <field>" (a general department, its provincial
# office before the 2025 reform, its district branch): statistics and population offices cite
# the figures BHYT coverage is computed on. Common words otherwise: only with their area.
STATE_OFFICES = (
    Body("Tổng cục Thống kê", "department", ("Tổng cục Thống kê", "TCTK"), ("nation",)),
    Body("Cục Thống kê", "department", ("Cục Thống kê",), ("province",), needs_area=True),
    Body("Chi cục Thống kê", "department", ("Chi cục Thống kê",), ("district",), needs_area=True),
    Body("Chi cục Dân số - Kế hoạch hóa gia đình", "health_agency",
         ("Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục Dân số - KHHGĐ", "Chi cục Dân số"),
         ("province",), needs_area=True),
)

HEALTH = (
    # Since 2025 the health centres of the dissolved districts are named after their area
    # ("Trung tâm Y tế khu vực Phước Long"): a name of its own, as "BHXH cơ sở Bến Cát".
    Body("Trung tâm Y tế khu vực", "health_agency", ("Trung tâm Y tế khu vực", "TTYT khu vực"),
         ("province",), named=True),
    Body("Trung tâm Y tế", "health_agency", ("Trung tâm Y tế", "TTYT"), ("district",)),
    # the district's (or province's) school of Party and civic training
    Body("Trung tâm Chính trị", "other", ("Trung tâm Chính trị", "TTCT"), ("district", "province")),
    # the one-stop public-service office (a province's; since 2025 also each commune's)
    Body("Trung tâm Phục vụ hành chính công", "other",
         ("Trung tâm Phục vụ hành chính công", "Trung tâm Hành chính công"),
         ("commune", "district", "province")),
    # the province's job centre, which takes the claims for the unemployment benefit (named
    # "Trung tâm Giới thiệu việc làm" before 2015, "Trung tâm Dịch vụ việc làm" since)
    # (only with its area after it: "Trung tâm Dịch vụ việc làm Thanh niên Hà Nội", "Trung tâm
    # Giới thiệu việc làm Hội LHPN tỉnh" are another body's centres)
    # (a public-service unit of the labour department: its department's kind, docs/code-lists.md)
    Body("Trung tâm Dịch vụ việc làm", "department", ("Trung tâm Dịch vụ việc làm", "TTDVVL"),
         ("province",), needs_area=True),
    Body("Trung tâm Giới thiệu việc làm", "department", ("Trung tâm Giới thiệu việc làm",),
         ("province",), needs_area=True),
    Body("Trạm Y tế", "health_agency", ("Trạm Y tế", "TYT"), ("commune",)),
    Body(
        "Bệnh viện Đa khoa",
        "health_agency",
        ("Bệnh viện Đa khoa", "BVĐK", "BV Đa khoa", "BV đa khoa"),
        ("district", "province"),
    ),
    Body(
        "Bệnh viện", "health_agency", ("Bệnh viện", "BV"), ("district", "province", "nation"),
        named=True,
    ),
    # a general clinic, named as a hospital is ("Phòng khám Đa khoa Phan Rí Cửa", "Phòng khám đa
    # khoa khu vực Liên Hương")
    Body(
        "Phòng khám Đa khoa", "health_agency", ("Phòng khám Đa khoa", "PKĐK"),
        ("commune", "district", "province"), named=True,
    ),
)

# Banks named in full, in the sentence case their names are written in (a branch follows:
# "- chi nhánh Bạc Liêu"); other banks are read by their capitalised names ("Ngân hàng NN&PTNT").
BANK_NAMES = (
    "Ngân hàng Chính sách xã hội",
    "Ngân hàng Nông nghiệp và Phát triển nông thôn",
    "Ngân hàng Nông nghiệp và Phát triển Nông thôn",
    "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
    "Ngân hàng TMCP Ngoại thương Việt Nam",
    "Ngân hàng TMCP Công Thương Việt Nam",
    "Ngân hàng TMCP Công thương Việt Nam",
)
# A bank's brand and its full name: an article that gives both ("Ngân hàng TMCP Ngoại thương Việt
# Nam (Vietcombank) chi nhánh Gia Lai", then "Vietcombank chi nhánh Gia Lai") names one branch.
BANK_BRANDS = {
    "Vietcombank": "Ngân hàng TMCP Ngoại thương Việt Nam",
    "VietinBank": "Ngân hàng TMCP Công Thương Việt Nam",
    "Vietinbank": "Ngân hàng TMCP Công Thương Việt Nam",
    "BIDV": "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
    "Agribank": "Ngân hàng Nông nghiệp và Phát triển nông thôn",
}

# What a hospital treats, written between "Bệnh viện" and its place or name ("Bệnh viện Ung bướu
# Đà Nẵng", "Bệnh viện Nhi tỉnh Thanh Hóa", "Bệnh viện Đa khoa khu vực Bồng Sơn"): part of its name.
HOSPITAL_SPECIALTIES = (
    "Ung bướu", "Nhi", "Sản Nhi", "Sản - Nhi", "Phụ sản", "Phụ sản - Nhi", "Sản", "Mắt",
    "Y học cổ truyền", "Y dược cổ truyền", "Phục hồi chức năng", "Tâm thần", "Da liễu",
    "Lao và bệnh phổi", "Phổi", "Nội tiết", "Tim mạch", "Răng Hàm Mặt", "Răng - Hàm - Mặt",
    "Chấn thương chỉnh hình", "Nhiệt đới", "Bệnh nhiệt đới", "Điều dưỡng", "Lão khoa",
    "Tai Mũi Họng", "Quân y", "Quân dân y", "Hữu nghị", "khu vực", "Phong - Da liễu",
    # ("Bệnh viện Đa khoa Trung tâm An Giang": the province's central general hospital)
    "Trung tâm",
    "Điều dưỡng phục hồi chức năng", "Điều dưỡng - Phục hồi chức năng",
    "Điều dưỡng và Phục hồi chức năng",
)

# Steering committees and coordination offices are named by their topic, as the text writes
# it: "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh", "Ban chỉ đạo Nông thôn mới xã".
STEERING = (
    Body(
        "Ban Chỉ đạo",
        "steering_committee",
        ("Ban Chỉ đạo", "BCĐ"),
        ALL_LEVELS,
        topic_in_name=True,
    ),
    # Charity associations are named by the people they support, like a committee by its
    # topic: "Hội Bảo trợ bệnh nhân nghèo, người khuyết tật và trẻ mồ côi tỉnh" (not one of the
    # Front's mass organisations: kind other).
    Body("Hội Bảo trợ", "other", ("Hội Bảo trợ",), ("district", "province", "nation"),
         topic_in_name=True),
    Body(
        "Văn phòng Điều phối",
        "other",
        ("Văn phòng Điều phối", "VPĐP"),
        ("district", "province", "nation"),
        topic_in_name=True,
    ),
)

# The words a steering committee's topic is made of (longest match first). A topic is a run of
# these, joined by spaces, "," or " - "; it must hold at least one word that is not a FILLER.
# Words that may stand in a committee's topic without being the topic.
_FILLERS = (
    "thực hiện",
    "chính sách",
    "pháp luật",
    "đề án",
    "kế hoạch",
    "chương trình",
    "lộ trình",
    "tiến tới",
    "công tác",
    "triển khai",
    "vận động",
    "về",
    "và",
)
TOPIC_WORDS = (
    "bảo hiểm y tế",
    "bảo hiểm xã hội",
    "bảo hiểm thất nghiệp",
    "BHYT",
    "BHXH",
    "BHTN",
    "toàn dân",
    "nông thôn mới",
    "NTM",
    "mục tiêu quốc gia",
    "MTQG",
    "xây dựng",
    "giảm nghèo",
    "bền vững",
    "dân số",
    "kế hoạch hóa gia đình",
    "an toàn thực phẩm",
    "an toàn giao thông",
    "phòng, chống",
    "phòng chống",
    "dịch",
    "thi đua",
    "khen thưởng",
    "cải cách hành chính",
    # the people a charity association supports ("Hội Bảo trợ người khuyết tật, trẻ mồ côi,
    # bệnh nhân nghèo huyện")
    "người khuyết tật",
    "người tàn tật",
    "trẻ mồ côi",
    "bệnh nhân nghèo",
    "người nghèo",
    "nạn nhân chất độc da cam",
    "người cao tuổi",
    "chuyển đổi số",
    "phổ cập giáo dục",
    "xóa mù chữ",
    "bầu cử",
    "tổng điều tra",
    "phát triển",
    "đối tượng",
    "tham gia",
    "người dân",
    "cuộc vận động",
    "phong trào",
    "đô thị văn minh",
    "đời sống văn hóa",
    "toàn dân đoàn kết",
    "y tế",
    "giáo dục",
    *_FILLERS,
)
TOPIC_FILLERS = frozenset((*_FILLERS, "xây dựng", "phát triển", "tham gia"))
# Abbreviations written out in a topic, so a name reads the same whichever form the text uses.
TOPIC_EXPANSIONS = {
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "BHTN": "bảo hiểm thất nghiệp",
    "NTM": "nông thôn mới",
    "MTQG": "mục tiêu quốc gia",
}

# The national body of a body that exists at every level: "BHXH Việt Nam", "MTTQ Việt Nam".
NATIONAL_NAMES = {
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Liên đoàn Lao động": "Tổng Liên đoàn Lao động Việt Nam",
}

MEDIA = (
    Body("Đài Truyền thanh", "media", ("Đài Truyền thanh", "Đài TT"), ("commune", "district")),
    # the national BHXH agency's magazine, named in its reporters' bylines and in posts
    Body("Tạp chí Bảo hiểm xã hội", "media", ("Tạp chí Bảo hiểm xã hội", "Tạp chí BHXH"),
         ("nation",)),
    Body(
        "Trung tâm Văn hóa, Thông tin và Truyền thanh",
        "media",
        ("Trung tâm Văn hóa, Thông tin và Truyền thanh",
         "Trung tâm Văn hóa - Thông tin và Truyền thanh"),
        ("district",),
    ),
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
    "Phổ thông",  # a school across levels ("Trường phổ thông Huế Star")
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
    "Cao đẳng nghề",
    "Trung cấp nghề",
    # ("Trường CĐ Việt - Hàn Quảng Ninh", "Trường ĐH Y Dược Thái Bình")
    "CĐ",
    "ĐH",
)

BODIES: tuple[Body, ...] = (
    *PARTY_COMMITTEES,
    *PARTY_ORGANS,
    *CENTRAL_ORGANS,
    *STATE,
    *DEPARTMENTS,
    *FRONT_AND_MASS,
    *INSURANCE,
    *SECURITY_AND_FINANCE,
    *STATE_OFFICES,
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
    # ("BV H.Củ Chi", "Q.2"): a district's unit word cut to its initial
    "H.": "huyện",
    "Q.": "quận",
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

# Bodies whose name is also a title: "Thủ tướng Nguyễn Xuân Phúc" names a person's post.
TITLE_BODIES = ("Thủ tướng Chính phủ",)

# Departments of a ministry: "Vụ Bảo hiểm y tế (Bộ Y tế)", "Cục Quản lý Khám, chữa bệnh, Bộ Y tế".
MINISTRY_UNITS = ("Vụ", "Cục", "Tổng cục")

# Cities under the centre are provinces; every other "thành phố" is a district-level city.
CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

# Central cities written in capitals after "TP": "TP.HCM", "TP HCM".
AREA_ABBREVIATIONS = {"HCM": "Hồ Chí Minh", "HN": "Hà Nội"}
# ... and written as one word, with no unit word before it: "HĐND TPHCM".
CITY_ABBREVIATIONS = {"TPHCM": "Hồ Chí Minh", "HCMC": "Hồ Chí Minh", "TPHN": "Hà Nội"}

NATION_WORDS = ("Việt Nam", "VN", "Trung ương", "TW")

# After a body these make it many bodies ("UBND các xã", "BCĐ một số xã"): not one organisation.
COLLECTIVE_AFTER = ("các", "một số", "những", "cơ sở", "từng", "mỗi", "cùng cấp")
# Before a body, the same: "các UBND tỉnh, thành phố", "từng Hội Nông dân".
# "các cấp Hội Liên hiệp Phụ nữ của huyện": the union at every level, no one body.
COLLECTIVE_BEFORE = ("các", "một số", "những", "từng", "mỗi", "các cấp")
# Group nouns that may share a list with a body ("MTTQ và các đoàn thể từ huyện đến cơ sở").
COLLECTIVE_NOUNS = (
    "các đoàn thể",
    "đoàn thể",
    "các tổ chức chính trị - xã hội",
    "tổ chức chính trị - xã hội",
    "các tổ chức đoàn thể",
    "các hội đoàn thể",
    "hội quần chúng",
    "các hội quần chúng",
    "các ban, ngành",
    "ban, ngành",
    "các ngành",
    "các cơ quan, đơn vị",
    "các cơ quan",
    "chính quyền",
    "các cấp ủy đảng",
    "các cấp ủy",
    "cấp ủy",
)
# What ends such a list and spreads it over levels: "các cấp", "trên địa bàn huyện", and
# "từ huyện đến cơ sở" (matched by a pattern built from UNIT_WORDS).
ACROSS_LEVELS = ("các cấp", "trên địa bàn", "cùng cấp", "ở cơ sở", "cơ sở")

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
    # (the scheme written out: "đại lý thu bảo hiểm y tế, bảo hiểm xã hội xã Tắc Vân")
    "bảo hiểm y tế,",
    "bảo hiểm y tế và",
    "bảo hiểm y tế -",
)
# Words before "BHXH" that make it the agency even without an area ("Giám đốc BHXH"); "cơ quan
# BHXH" alone is the agency in general ("phối hợp giữa cơ quan BHXH với các ngành"), not one body.
AGENCY_BEFORE = ("Giám đốc", "lãnh đạo", "đại diện")
# ... and, capitalised, after a coordination: "Liên đoàn Lao động huyện phối hợp với Bảo hiểm xã
# hội, Phòng Lao động ... huyện" (one works with an agency; "phối hợp với bảo hiểm xã hội tự
# nguyện" is the scheme)
PARTNER_BEFORE = ("phối hợp với", "phối hợp cùng")

# A council's delegates are people, not the council: "tổ đại biểu HĐND huyện tiếp thu",
# "các đại biểu HĐND tỉnh đã biểu quyết" (the council itself is named when it acts as one).
DELEGATES_BEFORE = ("đại biểu", "tổ đại biểu")
# ... and a reporter's outlet is the publisher, metadata like a byline: "PV Tạp chí BHXH",
# "phóng viên Báo ..." (named in a post, "Tổng biên tập Tạp chí BHXH", it is a body).
REPORTERS_BEFORE = ("PV", "phóng viên", "nhóm phóng viên", "nhà báo")
# ... and a mass organisation's members are not the organisation ("đoàn viên Công đoàn",
# "hội viên Hội Nông dân": people, counted or addressed).
MEMBERS_BEFORE = ("đoàn viên", "hội viên")

# Titles that end in an organ's word: "Phó Bí thư Thường trực Huyện ủy", "Chánh Văn phòng UBND"
# are posts in the body named next, not organs.
TITLES_BEFORE_STANDING = (
    "Bí thư",
    "Chủ tịch",
    "Trưởng ban",
    "Trưởng Ban",
    "Phó Trưởng ban",
    "Chánh",
)

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
    # common in the northern mountains and the Central Highlands (Thái, Tày, Mông, Ê Đê ...)
    "Tòng",
    "Lường",
    "Cầm",
    "Quàng",
    "Điêu",
    "Sầm",
    "Bế",
    "Giàng",
    "Sùng",
    "Thào",
    "Ksor",
    "Siu",
    "Ma",
    "Vi",
    "Đàng",
    # surnames of the Hmong, Dao and other peoples of the northern uplands ("Ông Tẩn A Sử")
    "Vàng",
    "Lầu",
    "Tẩn",
    "Chảo",
    "Bàn",
    "Mùa",
    "Sình",
    "Vừ",
    "Tráng",
    "Phàn",
    # the Khmer of the Mekong delta: "Chau" heads a man's name, "Néang" a woman's ("anh Chau Hon",
    # "chị Néang Kim Eng"). (Not "Sơn", a Khmer surname too: "Tại Sơn La, Phó Chủ tịch ..." would
    # read the province as a person.)
    # more of the northern uplands' (Hmong "Và", "Hạng"; Dao "Chẩu"; Hà Nhì, Giáy "Lù")
    "Và",
    "Hạng",
    "Chẩu",
    "Lù",
    "Kiên",  # (a Khmer surname too: "Thầy Kiên Văn Thanh")
    "Chau",
    "Néang",
    "Neáng",
    "Neang",
)

# --- words around figures (read by places and observations) ----------------------------------
# Articles vary these freely, so a rule names the whole family, never the one form it was
# written from (docs/robustness.md): "đạt 92%" = "đạt được 92%"; a count of "người" = of
# "người dân"; "lượt" = "lượt người".
REACHED = r"đạt(?:\s+được)?"
COUNT_NOUN = r"(?:người(?:\s+dân)?|lượt(?:\s+người)?|thẻ|hộ(?:\s+gia\s+đình)?|em|học sinh)"
