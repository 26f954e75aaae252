"""Named people and the posts the text gives them.

The genre names officials in a few fixed ways: "đồng chí Nguyễn Văn Cương, Phó Bí thư Thường trực
huyện ủy", "đồng chí Phó Bí thư Thường trực huyện ủy Nguyễn Văn Cương", "Ông Nguyễn Văn Tám -
Giám đốc BHXH huyện Cái Nước", "Phó Chủ tịch UBND xã Trần Văn B phát biểu". "đồng chí" is a form of
address, never part of the name (statistical NER swallows it; issue 4), and "các đồng chí" is a
group. A post's organisation is read with :func:`~bhyt_kg.extract.organisations.match_org`, so it
is placed in its area like every other organisation mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import NATION, Area, OrgRef, PersonMention, Post, Sentence
from ..text import fold, normalise
from . import lexicon as lx
from .organisations import (
    article_names,
    as_named,
    extract_organisations,
    find_orgs,
    match_org,
    placed,
    renamed,
)

# Forms of address, never part of the name; ranks and degrees may follow them ("đồng chí Đại
# tá Nguyễn Văn A", "ông TS. Trần B", "Thiếu tướng Lê C").
_RANKS = (
    r"(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy)|chuẩn\s+úy"
    r"|PGS\.?\s*,?\s*TS\.?|GS\.?\s*,?\s*TS\.?|TS\.?\s*BS\.?|ThS\.?\s*BS\.?|BS\.?\s*CKII\.?"
    r"|BS\.?\s*CKI\.?|TS\.|ThS\.|BS\.|bác sĩ|luật sư|nhà báo"
    # religious ranks ("Thượng tọa Thích Minh A", "ĐĐ.Thích B") and honorary titles of
    # artists ("Nghệ sĩ Nhân dân Lệ C", "NSƯT D"): not posts, the name follows
    r"|hòa thượng|thượng tọa|đại đức|ni trưởng|ni sư|sư cô|linh mục|mục sư|đức cha"
    r"|HT\.|TT\.|ĐĐ\.|NT\.|NS\."
    r"|nghệ sĩ nhân dân|nghệ sĩ ưu tú|nghệ nhân nhân dân|nghệ nhân ưu tú|NSND|NSƯT|NNND|NNƯT"
)
_HONORIFIC = re.compile(
    # (teachers and elders are addressed as such: "cô giáo Phạm Nguyễn Anh Thi", "cụ Lê D")
    # (and a voter as one: "cử tri Ma Văn Thắng")
    # (and a pupil, student or patient by that word: "sinh viên Bùi Văn T.", "bệnh nhân Lê E")
    rf"(?<![\w/])(?:(?:đồng chí|đ/c|ông|bà|anh|chị|em|cô giáo|thầy giáo|cô|thầy|cụ|cử tri"
    rf"|sinh viên|học sinh|bệnh nhân|người bệnh|cháu|bé)(?!\w)"
    rf"(?:\s+(?:{_RANKS})(?!\w))?"
    # (an abbreviated rank may touch the name: "ĐĐ.Thích Minh A")
    rf"|(?:{_RANKS})(?:(?<=\.)|(?!\w)))\s*",
    re.IGNORECASE,
)
# A membership that is a title without a body after it ("Tỉnh ủy viên, Bí thư Huyện ủy"):
# passed over, the post that follows is read.
# Also abbreviated: "TUV", "HUV", "UVBTV Tỉnh ủy"; and written out, with the committee named
# or not ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh", "Ủy viên dự khuyết
# Trung ương Đảng, Bí thư Tỉnh ủy"): a seat, not a post (the gold's convention since h9_10).
_MEMBERSHIP = re.compile(
    r"(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng)\s+ủy\s+viên(?!\w)|Đại biểu Quốc hội(?!\w)"
    r"|(?:Ủy viên|UV)\s+(?:Ban Thường vụ|BTV)(?=\s*[,;-])"
    r"|(?:Ủy viên|UV)\s+(?:Ban Thường vụ|BTV)\s+(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng)\s+ủy"
    r"(?:\s+(?!Phó\b|Bí\b|Chủ\b|Trưởng\b|Giám\b)(?-i:[A-ZĐ])\w*){0,3}(?=\s*[,;-])"
    r"|Ủy viên(?:\s+dự khuyết)?(?:\s+Ban Chấp hành)?\s+Trung ương(?:\s+Đảng)?(?=\s*[,;-])"
    r"|(?-i:(?:TUV|HUV|QUV|ThUV|ĐUV|UVBTV|UV\s?BTV|UVTV)(?:\s+(?:Tỉnh|Huyện|Thành|Quận|Thị)"
    r"\s+ủy)?)(?!\w)",
    re.IGNORECASE,
)
# "Chủ tịch UBMTTQ xã": the Front's head chairs its committee, which the title keeps.
_FRONT_COMMITTEE = re.compile(r"(?:Ủy ban|UB)\s*(?:MTTQ|Mặt trận)", re.IGNORECASE)
# "anh"/"chị" (a resident: "chị Nguyễn Thị Lanh") are also kinship words and pronouns ("anh chị
# em", "chị ấy"): a name after them needs a known surname.
# "em" (a pupil: "Em Lò Thị Hoa, học sinh lớp 4") likewise ("các em", "em ấy").
# Forms of address that also precede things other than names ("cử tri xã A", "cô giáo trường
# B"): a known surname must follow.
_KIN = re.compile(r"(?:anh|chị|em|cô giáo|thầy giáo|cô|thầy|cụ|cử tri|sinh viên|học sinh"
                  r"|bệnh nhân|người bệnh|cháu|bé)(?!\w)", re.IGNORECASE)
# A woman's middle name, and a resident's village or age after the name: what makes a name of an
# unknown surname after "anh", "chị" (not "Anh Sơn", "Chị Lăng": places).
_FEMALE_MIDDLE = re.compile(r"\S+ Thị \S")
_RESIDENT_AFTER = re.compile(
    r"\s*(?:\(\s*(?:thôn|bản|ấp|buôn|làng|xóm|plei|tổ dân phố|khu phố|tổ)\s|,\s*\d{2}\s+tuổi)",
    re.IGNORECASE)
# Pupils, students and patients named by that word ("sinh viên Bùi Văn T."): a place follows
# these words as often ("học sinh, sinh viên Ninh Bình"), so the name must be a full one.
_LEARNER = re.compile(r"(?:sinh viên|học sinh|bệnh nhân|người bệnh|cháu|bé)(?!\w)", re.IGNORECASE)
_GROUP_BEFORE = re.compile(r"(?:các|những|hai|ba|cùng các|quý)\s*$", re.IGNORECASE)

# Titles, canonical form first; "Trưởng" before "ban"/"phòng"/"khối" shares that word with the
# body ("Trưởng Ban Tuyên giáo" = Trưởng ban of the Ban Tuyên giáo, "Trưởng Khối Dân vận").
_HEADS = {
    "bí thư": "Bí thư",
    "chủ tịch": "Chủ tịch",
    "tổng giám đốc": "Tổng Giám đốc",
    "giám đốc": "Giám đốc",
    "chánh văn phòng": "Chánh Văn phòng",
    "chủ nhiệm": "Chủ nhiệm",
    "bộ trưởng": "Bộ trưởng",
    "thứ trưởng": "Thứ trưởng",
    "thủ tướng": "Thủ tướng",
    "trạm trưởng": "Trạm trưởng",
    # heads named after their body's first word: "Vụ trưởng Vụ Bảo hiểm y tế", "Cục trưởng Cục
    # ...", "Hiệu trưởng Trường THCS ..."
    "vụ trưởng": "Vụ trưởng",
    "cục trưởng": "Cục trưởng",
    "hiệu trưởng": "Hiệu trưởng",
    "tổng biên tập": "Tổng biên tập",  # of a paper or magazine
    "ủy viên ban thường vụ": "Ủy viên Ban Thường vụ",
    "ủy viên btv": "Ủy viên Ban Thường vụ",
    "trưởng": "Trưởng",
    "pct": "Phó Chủ tịch",  # "PCT UBND huyện", "PCT thường trực UBND huyện"
    "pgđ": "Phó Giám đốc",  # "PGĐ BHXH tỉnh"
    "gđ": "Giám đốc",
    "pbt": "Phó Bí thư",
    "ban": "Trưởng ban",  # only after "Phó": "Phó Ban Dân tộc tỉnh" (see _title_at)
}
_TITLE = re.compile(
    r"(?<!\w)(?P<vice>phó\s+)?(?P<head>"
    + "|".join(sorted((re.escape(h) for h in _HEADS), key=len, reverse=True))
    + r")(?!\w)(?:\s+(?P<std>thường trực|TT)(?!\w))?",
    re.IGNORECASE,
)
# ("Trưởng BCĐ thực hiện chính sách BHXH, BHYT xã": "BCĐ" is "Ban Chỉ đạo", the body's own name)
# ("Phó Trưởng Ban phụ trách Ban Thực hiện chính sách BHYT": the deputy in charge of that Ban)
_SHARED_HEAD = re.compile(
    r"\s+(?P<word>ban|phòng|khối|BCĐ)(?!\w)"
    r"(?:\s+(?:(?P<std>thường trực|TT)|(?P<charge>phụ trách))(?!\w))?", re.IGNORECASE
)
_SPACE = re.compile(r"\s*")
_POLICE = re.compile(r"\s+Công an(?!\w)", re.IGNORECASE)
_GOVERNMENT = OrgRef(kind="government", name="Chính phủ", area=NATION)
_BETWEEN_POSTS = re.compile(r"\s*(?:,|;?\s*kiêm|-|và)\s*", re.IGNORECASE)
_KIEM = re.compile(r"\s*kiêm\s+", re.IGNORECASE)
_POSTS_THEN_NAME = re.compile(r"\s*[-–:]\s*(?:(?:ông|bà|anh|chị|đồng chí|đ/c)\s+)?| (?!\s)",
                              re.IGNORECASE)
_AFTER_NAME = re.compile(r"\s*(?:,|-|:|\()\s*|\s+")
# (a syllable may hold an apostrophe, as the Central Highlands' names do: "H'Loan Niê", "K'Brèl")
_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_]*(?:['’][^\W\d_]+)?(?!\w)")
# A capitalised word that starts a title, not a name: "đồng chí Phó Bí thư ...".
_TITLE_WORDS = frozenset(
    "phó bí chủ giám tổng trưởng ủy chánh bộ thứ thủ trạm đại pct pgđ gđ pbt vụ cục hiệu".split())
# ... of which some are common syllables of names too ("Võ Đại Quang", "Trần Văn Hiệu", "Lê
# Chánh"): they start a title only before the title's next word ("Đại biểu", "Hiệu trưởng").
_TITLE_NEXT = {
    "đại": ("biểu", "tá", "úy", "sứ", "diện", "tướng", "học", "hội"),
    "hiệu": ("trưởng", "phó"),
    "chánh": ("văn", "án", "thanh", "thư", "chánh"),
}


def _starts_title(text: str, word: str, end: int) -> bool:
    """Whether ``word``, a title word ending at ``end``, starts a title there."""
    after = _TITLE_NEXT.get(word.casefold())
    if after is None:
        return True
    following = _NEXT_SYLLABLE.match(text, end)
    return following is not None and following.group(1).casefold() in after


_NEXT_SYLLABLE = re.compile(r" (\w+)")


def _title_at(text: str, pos: int) -> tuple[str, tuple[int, ...]] | None:
    """The canonical title written at ``pos`` and where its organisation may start."""
    m = _TITLE.match(text, pos)
    if m is None:
        return None
    if m.group("head").casefold() == "ban":
        # "Phó Ban Dân tộc tỉnh Bạc Liêu": the deputy head of the Ban named from its own word
        # ("Ban" alone is a body, no title)
        return ("Phó Trưởng ban", (m.start("head"),)) if m.group("vice") else None
    head = _HEADS[m.group("head").casefold()]
    std = bool(m.group("std"))
    starts: tuple[int, ...] = (m.end(),)
    if head == "Trưởng":
        shared = _SHARED_HEAD.match(text, m.end("head"))
        if shared is None:
            if _POLICE.match(text, m.end("head")):  # "Trưởng Công an huyện": the police chief
                return ("Phó Trưởng" if m.group("vice") else "Trưởng"), (m.end("head"),)
            return None
        word = shared.group("word").casefold()
        head = f"Trưởng {'ban' if word == 'bcđ' else word}"
        std = bool(shared.group("std"))
        if shared.group("charge"):
            head += " phụ trách"
        # "Trưởng Ban Tuyên giáo": the body's name starts with "Ban"; "Trưởng ban Thường trực
        # Ban chỉ đạo", "Trưởng ban Ban chỉ đạo": it follows the title.
        starts = ((shared.end(),) if std or shared.group("charge")
                  else (shared.start("word"), shared.end()))
    title = ("Phó " + head) if m.group("vice") else head
    if std:
        title += " Thường trực"  # "TT" = thường trực (domain.md §2)
    return title, starts


# The unit a head's short title names instead of the body: "Chủ tịch xã Gáo Giồng" (of its
# People's Committee), "Bí thư xã" (of its Party committee).
_SHORT_UNIT = re.compile(r"(?P<u>xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?!\w)")
_PARTY_OF_UNIT = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy",
                  "thành phố": "Thành ủy", "tỉnh": "Tỉnh ủy"}
_SHORT_TITLES = ("Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư")


def _short_post(text: str, at: int, title: str, home: Area | None
                ) -> tuple[OrgRef, int] | None:
    """The body a short title names by its unit alone ("Chủ tịch xã Gáo Giồng", "Bí thư huyện
    Yên Thế"): the unit's People's Committee for a chairman, its Party committee for a
    secretary; None for any other title or where no unit follows."""
    m = _SHORT_UNIT.match(text, at)
    if title not in _SHORT_TITLES or m is None:
        return None
    unit = m["u"]
    if "Chủ tịch" in title:
        prefix, rest = "Ủy ban nhân dân ", text[at:]
    elif unit in _PARTY_OF_UNIT:
        prefix, rest = _PARTY_OF_UNIT[unit] + " ", text[m.end():].lstrip()
    else:
        prefix, rest = "Đảng ủy ", text[at:]
    found = match_org(prefix + rest, 0, home)
    if found is None or found[1] <= len(prefix):
        return None
    return found[0], len(text) - len(rest) + found[1] - len(prefix)


def _unit_phrase(org: OrgRef) -> str:
    """The unit phrase of a body's area ("xã Gáo Giồng"), for another body of that unit."""
    return org.area.label if org.area is not None else ""


def _posts_at(text: str, pos: int, home: Area | None) -> tuple[list[Post], int]:
    """Consecutive posts from ``pos``: "Phó Bí thư huyện ủy, Chủ tịch UBND huyện"."""
    posts: list[Post] = []
    pending: list[str] = []  # titles whose body a later "kiêm" title names: "Bí thư kiêm ..."
    i = pos
    while True:
        if (member := _MEMBERSHIP.match(text, i)) is not None:
            sep = _BETWEEN_POSTS.match(text, member.end())
            if sep is None or _title_at(text, sep.end()) is None:
                break
            i = sep.end()
        title = _title_at(text, i)
        if title is None:
            break
        name, starts = title
        found = None
        at = starts[0]
        for start in starts:
            at = _SPACE.match(text, start).end()  # type: ignore[union-attr]
            found = match_org(text, at, home)
            if found is not None:
                break
        if (found is None and name in ("Trưởng ban", "Phó Trưởng ban")
                and _name_at(text, _SPACE.match(text, starts[-1]).end(),  # type: ignore[union-attr]
                             need_surname=True) is not None):
            # "Đoàn giám sát của Ban Văn hóa – Xã hội (HĐND tỉnh) do Trưởng ban Dương Văn Tuấn
            # làm Trưởng đoàn": the head of the committee the sentence named just before
            earlier = [o for o, _, e in find_orgs(text[:pos], home) if o.name.startswith("Ban ")]
            if earlier:
                found = earlier[-1], starts[-1]
        if found is None and name.endswith("Thủ tướng"):
            # "Thủ tướng Nguyễn Xuân Phúc": the Prime Minister heads the Government
            found = _GOVERNMENT, _SPACE.match(text, starts[0]).start()  # type: ignore[union-attr]
        if found is None:
            found = _short_post(text, _SPACE.match(text, starts[0]).end(),  # type: ignore[union-attr]
                                name, home)
        if found is None and name in _SHORT_TITLES and (
                kiem := _KIEM.match(text, _SPACE.match(text, starts[0]).start())) is not None:
            # "Bí thư kiêm Chủ tịch xã Lê Chí Trung": the unit the next title names
            pending.append(name)
            i = kiem.end()
            continue
        if found is None:
            break
        org, end = found
        for other in pending:
            if (also := _short_post(f"{_unit_phrase(org)}", 0, other, home)) is not None:
                posts.append(Post(title=other, org=also[0]))
        pending = []
        if org.kind == "fatherland_front" and _FRONT_COMMITTEE.match(text, at):
            name += " Ủy ban"
        posts.append(Post(title=name, org=org))
        i = end
        sep = _BETWEEN_POSTS.match(text, i)
        if sep is None or _title_at(text, sep.end()) is None:
            break
        i = sep.end()
    return posts, i


def _name_at(text: str, pos: int, need_surname: bool) -> tuple[str, int] | None:
    """A Vietnamese personal name at ``pos``: two to four capitalised syllables (or, as
    broadcasters write them, in capitals: "Ông TẨN A SỬ - Phó Chủ tịch UBND xã ...")."""
    # (a known surname first, no title word: not "ĐỒNG CHÍ BÍ THƯ TỈNH ỦY:", "Bà MẸ VNAH,")
    if (caps := _CAPS_NAME.match(text, pos)) is not None and all(
            w.isupper() and len(w) <= 5 and w not in _CAPS_NOT_NAMES
            and w.casefold() not in _TITLE_WORDS for w in caps.group().split()
    ) and caps.group().split()[0].capitalize() in lx.SURNAMES:
        return " ".join(w.capitalize() for w in caps.group().split()), caps.end()
    tokens: list[tuple[int, int]] = []
    i = pos
    while len(tokens) < 4:
        m = _NAME_TOKEN.match(text, i)
        if m is None:
            break
        word = m.group()
        if (
            not word[0].isupper()
            or (len(word) > 1 and word.isupper())
            or (word.casefold() in _TITLE_WORDS and _starts_title(text, word, m.end()))
        ):
            break
        tokens.append((m.start(), m.end()))
        if text[m.end() : m.end() + 1] != " ":
            break
        i = m.end() + 1
    if len(tokens) < 2 and not (tokens and _APOSTROPHE_NAME.fullmatch(
            text, tokens[0][0], tokens[0][1])):
        return None  # (one syllable is a name only as "K'Brèl" is written)
    if need_surname and text[tokens[0][0] : tokens[0][1]] not in lx.SURNAMES and not (
            _APOSTROPHE_NAME.fullmatch(text, tokens[0][0], tokens[0][1])):
        return None
    if tokens[-1][1] - tokens[-1][0] == 1:
        return None  # "chị Lê Thị N.": a name the paper withholds, no one the reader can cite
    return text[tokens[0][0] : tokens[-1][1]], tokens[-1][1]


def _names_home(name: str, home: Area | None) -> bool:
    """Whether ``name`` is the name of the article's home unit or of one above it."""
    node = home
    while node is not None:
        if fold(node.name) == fold(name):
            return True
        node = node.parent
    return False


_APOSTROPHE_NAME = re.compile(r"[HKYA]['’][^\W\d_]{2,}")
# A name in capitals, its syllables all capitals, before the dash or comma of its post.
_CAPS_NAME = re.compile(r"(?:[^\W\d_]+ ){2,3}[^\W\d_]+(?=\s*[-–,:])")
_CAPS_NOT_NAMES = frozenset({"UBND", "HĐND", "BHXH", "BHYT", "BHTN", "MTTQ", "LĐLĐ", "TW", "TP",
                             "TX", "CCB", "LHPN", "TTYT", "BCĐ", "BTV", "ĐH", "CĐ", "THCS", "THPT"})


def _next_name(text: str, end: int) -> bool:
    """Whether a personal name (with a known surname) follows the posts ending at ``end``."""
    return text[end : end + 1] == " " and _name_at(text, end + 1, need_surname=True) is not None


def _starts_word(text: str, pos: int) -> bool:
    return pos == 0 or not text[pos - 1].isalnum()


# A post held once, not now ("nguyên Giám đốc", "cựu Chủ tịch"): the person is named, the post is
# no longer theirs (as a post after the name: "ông A, nguyên Bí thư ..."). ("giữ nguyên" keeps;
# "Nguyên" with a capital after a word is a given name: "ông Lê Thảo Nguyên Giám đốc ...")
def _former(text: str, pos: int) -> bool:
    """Whether the title at ``pos`` follows "nguyên" or "cựu" (a post held once)."""
    m = _FORMER_WORD.search(text, max(0, pos - 12), pos)
    if m is None:
        return False
    before = text[: m.start()].rstrip()
    if m.group(1)[0].isupper():  # "Nguyên Giám đốc": only where a phrase starts
        return not before or before[-1] in ",;:(.-–"
    return not before.endswith(("giữ", "vẫn", "còn"))  # "giữ nguyên": kept, not former


_FORMER_WORD = re.compile(r"(?<!\w)(nguyên|cựu)\s+$", re.IGNORECASE)


def _people_in(
    text: str, home: Area | None
) -> tuple[list[tuple[str, list[Post]]], list[list[Post]]]:
    """Named people with their posts, and the posts of people the sentence does not name."""
    found: list[tuple[str, list[Post]]] = []
    nameless: list[list[Post]] = []
    taken: list[tuple[int, int]] = []

    def free(pos: int) -> bool:
        return not any(a <= pos < b for a, b in taken)

    # "đồng chí X, <posts>" and "đồng chí <posts> X"
    for h in _HONORIFIC.finditer(text):
        if not free(h.start()) or _GROUP_BEFORE.search(text, 0, h.start()):
            continue
        kin = _KIN.match(text, h.start()) is not None
        name = _name_at(text, h.end(), need_surname=kin)
        if kin and name is None and not _LEARNER.match(text, h.start()) and not (
                text[h.start() : h.start() + 6].casefold() == "cử tri") and (
                loose := _name_at(text, h.end(), need_surname=False)) is not None and (
                _FEMALE_MIDDLE.match(loose[0]) or _RESIDENT_AFTER.match(text, loose[1])):
            # a surname the list lacks, of a minority people mostly ("chị Alăng Thị Đào", "chị
            # Bnước Vưới (thôn Alua, xã Dang)"): "Thị" or the person's village makes it a name
            name = loose
        if kin and name is None:
            continue
        if name is not None and _LEARNER.match(text, h.start()) and len(name[0].split()) < 3:
            continue  # "học sinh, sinh viên Ninh Bình": the province's, no one's name
        if name is not None:
            sep = _AFTER_NAME.match(text, name[1])
            posts, end = _posts_at(text, sep.end(), home) if sep else ([], name[1])
            if posts and _next_name(text, end):
                posts, end = [], name[1]  # "ông A, Giám đốc Sở Y tế B": the posts are B's
            found.append((name[0], posts))
            taken.append((h.start(), max(end, name[1])))
            continue
        posts, end = _posts_at(text, h.end(), home)
        if not posts:
            continue
        after = _name_at(text, end + 1, need_surname=False) if text[end : end + 1] == " " else None
        if after is not None:
            # "đồng chí Giám đốc Sở Y tế X Đặng Văn Hòa kiêm ...": more posts may follow.
            sep = _BETWEEN_POSTS.match(text, after[1])
            more, end = _posts_at(text, sep.end(), home) if sep else ([], after[1])
            found.append((after[0], posts + [p for p in more if p not in posts]))
            taken.append((h.start(), max(end, after[1])))
        else:
            nameless.append(posts)
            taken.append((h.start(), end))
    # Without a form of address a surname is required: "<posts> Trần Văn B", "Trần Văn B, <posts>".
    for t in _TITLE.finditer(text):
        if not free(t.start()) or not _starts_word(text, t.start()):
            continue
        posts, end = _posts_at(text, t.start(), home)
        # ("Giám đốc BHXH tỉnh Tây Ninh - ông Nguyễn Văn Huấn dự ...": the name after a dash)
        gap = _POSTS_THEN_NAME.match(text, end) if posts else None
        if gap is not None and (name := _name_at(text, gap.end(), need_surname=True)):
            if _former(text, t.start()):
                # "Nguyên Giám đốc BHXH huyện ... Nguyễn Văn H.": a post once held (only the
                # first: "Nguyên Giám đốc BHXH huyện X, Giám đốc BHXH tỉnh Y Nguyễn Văn D")
                posts = posts[1:]
            found.append((name[0], posts))
            taken.append((t.start(), name[1]))
    for m in _NAME_TOKEN.finditer(text):
        if not free(m.start()) or m.group() not in lx.SURNAMES or not _starts_word(text, m.start()):
            continue
        name = _name_at(text, m.start(), need_surname=True)
        sep = _AFTER_NAME.match(text, name[1]) if name else None
        if name is None or sep is None or sep.group().isspace():
            continue
        posts, end = _posts_at(text, sep.end(), home)
        if posts and _next_name(text, end):
            continue  # "Hà Nội, Trưởng ban ... Trần Tuấn Anh": the posts are the next name's
        if posts and sep.group().strip() == ":" and _names_home(name[0], home):
            continue  # "Nông Cống: Chủ tịch MTTQ huyện trao thẻ BHYT": a headline's place
        if posts:
            found.append((name[0], posts))
            taken.append((m.start(), end))
    return found, nameless


def _people_here(
    text: str, home: Area | None, local: Area | None
) -> tuple[list[tuple[str, list[Post]]], list[list[Post]]]:
    """_people_in, with a post in a body only ``local`` places ("Chủ tịch Hội Nông dân xã" in a
    district's article about one commune) in that commune."""
    found, nameless = _people_in(text, home)
    if local is None:
        return found, nameless
    there = dict(_people_in(text, local)[0])

    def localised(name: str, posts: list[Post]) -> list[Post]:
        alt = there.get(name)
        if alt is None or len(alt) != len(posts):
            return posts
        return [q if (not placed(p.org) and q.title == p.title and q.org.name == p.org.name
                      and q.org.area == local) else p
                for p, q in zip(posts, alt, strict=True)]

    return [(name, localised(name, posts)) for name, posts in found], nameless


def extract_people(
    text: str, sentences: Sequence[Sentence], home: Area | None,
    local: Sequence[Area | None] = (),
) -> tuple[PersonMention, ...]:
    """Named people with their posts, one mention per person and sentence (span = the sentence).

    ``local`` gives, sentence by sentence, the commune a bare "xã" means (None: no such commune).
    """
    per_sentence: list[tuple[Sentence, list[tuple[str, list[Post]]], list[list[Post]]]] = []
    holders: dict[Post, set[str]] = {}
    read = [(s, *_people_here(normalise(s.text).text, home,
                              as_named(local[k], home) if local else None))
            for k, s in enumerate(sentences)]
    # A post's body under the name the article gives it ("trưởng Ban chỉ đạo" = the one
    # steering committee it names); a post in no particular body is dropped.
    table = article_names(
        [m.org for m in extract_organisations(text, sentences, home, local)]
        + [p.org for _, found, nameless in read for _, ps in found for p in ps]
        + [p.org for _, found, nameless in read for ps in nameless for p in ps]
    )

    def named(posts: list[Post]) -> list[Post]:
        out = []
        for post in posts:
            org = renamed(post.org, table)
            # "Giám đốc Bảo hiểm xã hội tỉnh" in a text that never names its province: no
            # particular body, so no post (the person is kept)
            if org is not None and placed(org):
                out.append(Post(title=post.title, org=org))
        return out

    for sentence, found0, nameless0 in read:
        found = [(n, named(ps)) for n, ps in found0]
        nameless = [ps for ps in (named(ps) for ps in nameless0) if ps]
        per_sentence.append((sentence, found, nameless))
        for name, posts in found:
            for post in posts:
                holders.setdefault(post, set()).add(name)
    out: list[PersonMention] = []
    for sentence, found, nameless in per_sentence:
        # "đồng chí Phó Chủ tịch TT UBND huyện yêu cầu": the one person the article gave that post.
        for posts in nameless:
            names = {n for p in posts for n in holders.get(p, ())}
            if len(names) == 1:
                found.append((names.pop(), posts))
        merged: dict[str, list[Post]] = {}
        for name, posts in found:
            bucket = merged.setdefault(name, [])
            bucket.extend(p for p in posts if p not in bucket)
        out.extend(
            PersonMention(name=n, posts=tuple(p), span=sentence.span) for n, p in merged.items()
        )
    return tuple(out)
