"""Policy-document citations: kind, number, symbol, issuer, date, term, subject (domain.md §3).

Articles cite documents loosely ("Chỉ thị 38", "Chỉ thị số 38-CT/TW, ngày 07/9/2009 của Ban Bí thư",
"Kế hoạch số 34/KH-UBND ngày 13/ 02/2023 của Ủy ban nhân dân thành phố Long Xuyên"). A number
alone never identifies a document: identity is (kind, number, issuer), where the issuer comes from
"của ...", from the symbol's issuer code, or from another mention of the same kind and number in
the same article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import NATION, Area, DocumentMention, DocumentRef, OrgMention, OrgRef, Sentence
from ..text import normalise
from .organisations import match_org, placed

# Kind words and symbol abbreviations -> document-kind notation.
KIND_WORDS = {
    "chỉ thị": "directive",
    "nghị quyết": "resolution",
    "kế hoạch": "plan",
    "quyết định": "decision",
    "luật": "law",
    "nghị định": "decree",
    "thông tư": "circular",
    "công văn": "official_letter",
    "kết luận": "conclusion",
    "chương trình": "programme",
    "hướng dẫn": "guidance",
    "thông báo": "notice",
}
KIND_ABBREVIATIONS = {
    "CT": "directive",
    "NQ": "resolution",
    "KH": "plan",
    "QĐ": "decision",
    "NĐ": "decree",
    "TT": "circular",
    "CV": "official_letter",
    "KL": "conclusion",
    "CTr": "programme",
    "HD": "guidance",
    "TB": "notice",
}
KIND_LABELS = {v: k[0].upper() + k[1:] for k, v in KIND_WORDS.items()}

# Kind words with a tone mark the writer dropped ("Nghị quyêt số 28"), and longer names of a kind
# ("Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTBXH", a joint circular): read, never written.
# ("Kế hoạch liên tịch số 08/KHLT-HND-BHXH": a joint plan of two bodies, a plan)
_MISSPELT_KINDS = {"nghị quyêt": "resolution", "quyêt định": "decision", "chỉ thi": "directive",
                   "thông tư liên tịch": "circular", "kế hoạch liên tịch": "plan",
                   "nghị quyết liên tịch": "resolution", "chương trình liên tịch": "programme"}
_KIND = "|".join(sorted([*KIND_WORDS, *_MISSPELT_KINDS], key=len, reverse=True))
_UP = "A-ZĐÂĂÊÔƠƯ"
# Issuer codes that number an official letter on their own ("852/HĐND", "1205/UBND", "45/BHXH"),
# or a national body's decision ("Quyết định số 318/TTg").
_LETTER_CODES = "UBND|HĐND|BHXH|SYT|MTTQ|TTg|BYT"
# Party symbols 38-CT/TW, 07-CT/HU; State symbols 34/KH-UBND, 1167/QĐ-TTg, 12/2023/NĐ-CP.
_SYMBOL = (
    # a number may end in one lowercase letter: "Chương trình 30a/2008/NĐ-CP"
    rf"(?P<num>\d{{1,5}}(?:(?-i:[a-zđ])(?!\w))?)"
    # (a stray space around the hyphen is the writer's: "Nghị quyết số 13- NQ/HU")
    rf"(?:(?P<party> ?- ?(?P<pkind>[{_UP}][{_UP}a-z]{{0,3}})/(?P<pissuer>[{_UP}][{_UP}a-z]{{0,5}}))"
    # (and one after the slash: "Quyết định số 1167/ QĐ-TTg")
    # (a joint document lists its issuers' codes: "03/2010/TTLT-BNV-BTC-BLĐTBXH")
    # (an issuer's code of up to six letters before a department's: "Công văn số 345/SGDĐT-CTTT")
    rf"|(?P<state>/ ?(?:(?P<year>\d{{4}})/)?(?P<skind>[{_UP}][{_UP}a-z]{{0,5}}) ?- ?"
    rf"(?P<sissuer>[{_UP}][{_UP}a-zA-Z]{{0,7}}(?:-[{_UP}][{_UP}a-zA-Z]{{0,7}}){{0,3}}))"
    # (and its standing committee's: "Nghị quyết số 24/2022/UBTVQH15")
    rf"|(?P<law>/(?P<lyear>\d{{4}})/(?P<standing>UBTV)?QH\d{{1,2}})"
    # an official letter numbered by its issuer's code alone: "Công văn số 852/HĐND"
    rf"|(?P<letter>/(?P<lissuer>{_LETTER_CODES})(?![\w-]))"
    # a number and its year, the symbol left out: "Nghị quyết số 27/2019 của HĐND tỉnh"
    rf"|(?P<numyear>/(?:19|20)\d\d(?![\w/-])))?"
)
# ("Kết luận thanh tra số 01 của UBND huyện": an inspection's conclusion, the same kind)
_MENTION = re.compile(
    rf"(?P<kind>\b(?:{_KIND}))\s+(?:(?:thanh tra|kiểm tra|kiểm toán)\s+(?=số\s))?(?:số\s+)?"
    rf"{_SYMBOL}(?![\d/])",
    re.IGNORECASE,
)
_LETTER_WORD = re.compile(r"(?<!\w)văn bản(?:\s+số)?\s*$", re.IGNORECASE)
_BARE_SYMBOL = re.compile(rf"(?<![\w/-]){_SYMBOL}(?![\w/])")
# The issue date, however the day is written: "ngày 07/9/2009", "ngày 15-9-2020", "ngày
# 10.10.2012", "ngày 7 tháng 9 năm 2009" (one separator throughout).
# (also in brackets: "Nghị quyết số 21/NQ-TW (ngày 22.11.2012) của Bộ Chính trị")
_DATE = re.compile(
    r"^\s*,?\s*(?P<open>\(\s*)?(?:ban hành\s+)?ngày\s+(?P<d>\d{1,2})"
    r"(?:\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*|\s+tháng\s+(?P<mw>\d{1,2})\s+năm\s+)"
    r"(?P<y>\d{4})(?!\d)(?(open)\s*\))", re.IGNORECASE)
# "của Ban Bí thư"; also through the head who signs for the body ("công văn số 3818 của Giám
# đốc Ban QLDA ...": the board's letter).
_OF = re.compile(r"^\s*,?\s*(?:của|do)\s+(?:(?:phó\s+)?(?:giám đốc|trưởng ban)\s+)?",
                 re.IGNORECASE)
# An informal code written after the number, before its issuer or date ("công văn số 3818 QLDA,
# của ..."): part of the citation, not a word of the sentence.
_LOOSE_CODE = re.compile(r"^\s+[A-ZĐ]{2,10}(?=\s*,?\s*(?:của|do|ngày)\s)")
# A short name given in brackets after the citation: "(Chỉ thị 52)", "(gọi tắt là Nghị quyết 56)".
_ALIAS = re.compile(r"^\s*\([^()]{1,60}\)")
# The plenum that adopted a Party resolution, between its number and its committee: "Nghị quyết
# số 28 Hội nghị lần thứ 7, Ban Chấp hành Trung ương khóa XII", "... -NQ/TW Hội nghị Trung ương 7".
_PLENUM = re.compile(
    r"^\s*,?\s*(?:của\s+|tại\s+)?Hội nghị\s+(?P<tw>Trung ương\s+)?(?:lần\s+thứ\s+)?"
    r"(?:\d{1,2}|[IVX]{1,5}|(?:mười\s+)?(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười))(?!\w)"
    r"\s*,?\s*(?:của\s+)?", re.IGNORECASE)
_TERM = re.compile(r"^\s*,?\s*\(?khóa\s+([IVXLC]+)\)?", re.IGNORECASE)
_ABOUT = re.compile(r'^\s*,?\s*về\s+(?:việc\s+)?(?:"([^"]{3,200})"|([^,.;:()"]{3,160}))', re.IGNORECASE)

# Issuer codes in Party symbols, relative to the article's area.
_PARTY_ISSUER_LEVEL = {"TW": "nation", "TU": "province", "HU": "district", "QU": "district",
                       "TXU": "district", "ĐU": "commune", "ĐUK": "province"}
_PARTY_COMMITTEE = {"province": "Tỉnh ủy", "district": "Huyện ủy", "commune": "Đảng ủy"}
_CENTRAL = OrgRef(kind="party_committee", name="Ban Chấp hành Trung ương Đảng", area=NATION)
_NATIONAL_ASSEMBLY = OrgRef(kind="legislature", name="Quốc hội", area=NATION)
_ORDINANCE = re.compile(r"(?<!\w)pháp lệnh(?:\s+số)?\s*$", re.IGNORECASE)
_ASSEMBLY_STANDING = OrgRef(kind="legislature", name="Ủy ban Thường vụ Quốc hội", area=NATION)
# Issuer codes of national State bodies in symbols ("1167/QĐ-TTg"); local codes such as UBND
# need the "của ..." phrase to say which People's Committee.
_NATIONAL_STATE_ISSUERS = {
    "TTg": OrgRef(kind="government", name="Thủ tướng Chính phủ", area=NATION),
    "CP": OrgRef(kind="government", name="Chính phủ", area=NATION),
    "BYT": OrgRef(kind="health_agency", name="Bộ Y tế", area=NATION),
    # ("Quyết định số 375/QĐ-LĐTBXH": the labour ministry's)
    "LĐTBXH": OrgRef(kind="department", name="Bộ Lao động - Thương binh và Xã hội", area=NATION),
    "QH": _NATIONAL_ASSEMBLY,
}


def _ancestor(home: Area | None, level: str) -> Area | None:
    area = home
    while area is not None and area.level != level:
        area = area.parent
    return area


def identity_issuer(org: OrgRef | None) -> OrgRef | None:
    """The body a document belongs to: organs of a Party committee issue in its name.

    "Chỉ thị 08 của Ban Thường vụ Tỉnh ủy" and "Chỉ thị 08 của Tỉnh ủy" are one document, and
    every central Party organ (Ban Bí thư, Bộ Chính trị) issues "/TW" documents.
    """
    if org is None:
        return None
    if org.area is not None and org.area.level == "nation" and org.kind in ("party_committee", "party_organ"):
        return _CENTRAL
    while org.parent is not None and org.kind == "party_organ":
        org = org.parent
    return org


def _issuer_from_symbol(code: str, home: Area | None) -> OrgRef | None:
    level = _PARTY_ISSUER_LEVEL.get(code.upper())
    if level == "nation":
        return _CENTRAL
    if level is None:
        return None
    area = _ancestor(home, level)
    if area is None:
        return None
    name = _PARTY_COMMITTEE[level]
    if level == "province" and area.unit == "thành phố":
        name = "Thành ủy"
    elif level == "district" and area.unit in ("thị xã",):
        name = "Thị ủy"
    elif level == "district" and area.unit in ("thành phố",):
        name = "Thành ủy"
    elif level == "district" and area.unit == "quận":
        name = "Quận ủy"
    return OrgRef(kind="party_committee", name=name, area=area)


def canonical_number(number: str) -> str:
    """Document numbers without leading zeros: "07" and "7" are one number ("30a" stays)."""
    return number.lstrip("0") or "0"


# "<body> (đã|vừa) ban hành|ký <document>": the subject issues the document. A signer's post
# may stand between ("Phó Chủ tịch UBND tỉnh Lê Văn A đã ký Quyết định ..."), as may the
# term ("Ban Thường vụ Huyện ủy (khóa XII) đã ban hành ...", "HĐND tỉnh khóa XV, đã ban hành").
_ISSUING_GAP = re.compile(
    rf"^\s*(?:\([^)]{{0,30}}\)\s*)?(?:(?i:khóa)\s+[IVXLC]+\s*,?\s*)?(?:[{_UP}][^\W\d_]*\s+){{0,4}}"
    r"(?i:(?:(?:đã|vừa|mới|cũng|chính thức)\s+)*(?:ban hành|ký(?:\s+ban hành)?|phê duyệt"
    # ("Bảo hiểm xã hội thành phố có Công văn số 440/BHXH-QLT": it issued the letter)
    r"|có))\s+$"
)
# ... or a reporting verb, then the body as "đơn vị này": "BHXH thành phố cho biết, đơn vị này
# vừa ký Công văn số 1679/BHXH-GĐBHYT", "Sở Y tế thông tin, cơ quan này đã ban hành ...".
_ANAPHORIC_GAP = re.compile(
    r"^\s*(?i:(?:cho biết|thông tin|thông báo|khẳng định)\s*,\s*(?:đơn vị|cơ quan|ngành)\s+"
    r"(?:này|đó|mình)\s+(?:(?:đã|vừa|mới|cũng)\s+)*(?:ban hành|ký(?:\s+ban hành)?|phát hành))\s+$"
)
# A symbol's issuer code says which kind of body may issue it ("QĐ-UBND": a People's Committee).
_CODE_KINDS = {
    "UBND": {"peoples_committee"},
    "HĐND": {"peoples_council"},
    "TU": {"party_committee", "party_organ"},
    "HU": {"party_committee", "party_organ"},
    "QU": {"party_committee", "party_organ"},
    "TXU": {"party_committee", "party_organ"},
    "ĐU": {"party_committee", "party_organ"},
}


def _issuer_before(norm: str, start: int, home: Area | None, code: str | None) -> OrgRef | None:
    """The body a sentence says issued or signed the document cited at ``start``."""
    window = max(0, start - 160)
    for w in re.finditer(r"(?<!\w)\w", norm[window:start]):
        found = match_org(norm, window + w.start(), home)
        gap = norm[found[1] : start] if found is not None else ""
        if found is None or not (_ISSUING_GAP.match(gap) or _ANAPHORIC_GAP.match(gap)):
            continue
        org = found[0]
        if not placed(org):
            # "Chủ tịch UBND tỉnh ban hành ..." where no province is named: no body we can name
            continue
        allowed = _CODE_KINDS.get(code or "")
        if allowed is None or org.kind in allowed or identity_issuer(org).kind in allowed:
            return org
    return None


def _mention_at(
    m: re.Match[str], norm: str, home: Area | None, kind: str
) -> tuple[DocumentRef, str | None, dt.date | None, str | None, str | None, OrgRef | None, int]:
    number = canonical_number(m.group("num"))
    symbol = None
    issuer: OrgRef | None = None
    written_by: OrgRef | None = None
    if m.group("party"):
        symbol = f"{m.group('num')}-{m.group('pkind')}/{m.group('pissuer')}"
        issuer = _issuer_from_symbol(m.group("pissuer"), home)
    elif m.group("state") or m.group("law") or m.group("letter"):
        symbol = m.group(0)[m.start("num") - m.start(0):].replace(" ", "")  # "08/CT - UBND"
        if m.group("law"):
            issuer = _ASSEMBLY_STANDING if m.group("standing") else _NATIONAL_ASSEMBLY
        elif m.group("letter"):
            issuer = _NATIONAL_STATE_ISSUERS.get(m.group("lissuer"))
        elif m.group("state"):
            issuer = _NATIONAL_STATE_ISSUERS.get(m.group("sissuer"))
            if issuer is None and kind == "official_letter":
                # a letter's symbol opens with its issuer's code: "917/BYT-BH" is Bộ Y tế's
                issuer = _NATIONAL_STATE_ISSUERS.get(m.group("skind"))
    if issuer is None or m.group("party"):
        # a Party symbol says the level only: the body the sentence shows issuing it says which
        # organ ("Ban Bí thư Trung ương Đảng ban hành Chỉ thị số 52-CT/TW")
        code = m.group("pissuer") or m.group("lissuer") or (
            m.group("skind") if m.group("skind") in _LOCAL_STATE_CODES else m.group("sissuer"))
        if (before := _issuer_before(norm, m.start(), home, code)) is not None:
            written_by = before
    pos = m.end()
    issued = term = title = None
    # What may follow a citation, in any order: ", ngày 07/9/2009", "của Ban Bí thư", "khóa X", "về ...".
    for _ in range(4):
        rest = norm[pos:]
        if d := _DATE.match(rest):
            try:
                issued = dt.date(int(d["y"]), int(d["m"] or d["mw"]), int(d["d"]))
            except ValueError:
                issued = None
            pos += d.end()
        elif o := _OF.match(rest):
            found = match_org(norm, pos + o.end(), home)
            if found is None:
                break
            if placed(found[0]):
                written_by = found[0]
            # else "Nghị quyết số 06 của HĐND tỉnh" in an article that never names the province:
            # no body we can name (as in _issuer_before)
            pos = found[1]
        elif p := _PLENUM.match(rest):
            found = match_org(norm, pos + p.end(), home)
            if found is not None and placed(found[0]):
                written_by = found[0]
                pos = found[1]
            elif p["tw"]:
                written_by = _CENTRAL  # "Hội nghị Trung ương 7": the Central Committee's plenum
                pos += p.end()
            else:
                break
        elif (c := _LOOSE_CODE.match(rest)) and pos == m.end():
            pos += c.end()
        elif (a := _ALIAS.match(rest)) and re.search(rf"(?<!\d)0*{number}(?!\d)", a.group()):
            pos += a.end()  # "Chỉ thị 52-CT/TW (Chỉ thị 52) của Ban Bí thư": its short name
        elif t := _TERM.match(rest):
            term = t.group(1).upper()
            pos += t.end()
        elif a := _ABOUT.match(rest):
            title = (a.group(1) or a.group(2)).strip()
            pos += a.end()
        else:
            break
    if written_by is not None:
        issuer = identity_issuer(written_by)
    ref = DocumentRef(kind=kind, number=number, issuer=issuer)
    return ref, symbol, issued, term, title, written_by, pos


def extract_documents(
    text: str, sentences: Sequence[Sentence], home: Area | None,
    organisations: Sequence[OrgMention] = (),
) -> tuple[DocumentMention, ...]:
    """Every numbered document citation, with issuers resolved within the article (and, for a
    local State symbol such as "KH-UBND", from the ``organisations`` the article names)."""
    mentions: list[DocumentMention] = []
    for sentence in sentences:
        norm = normalise(sentence.text)
        covered: list[tuple[int, int]] = []
        for m in _MENTION.finditer(norm.text):
            kind_word = m.group("kind").lower()
            kind = KIND_WORDS.get(kind_word) or _MISSPELT_KINDS[kind_word]
            if m.group("pkind") and m.group("pkind").upper() in KIND_ABBREVIATIONS:
                kind = KIND_ABBREVIATIONS[m.group("pkind").upper()]
            ref, symbol, issued, term, title, written_by, _ = _mention_at(m, norm.text, home, kind)
            here = mentions[len(mentions) - len(covered):]  # this sentence's, as covered
            same = next((k for k in range(len(here) - 1, -1, -1)
                         if here[k].ref.kind == ref.kind), None)
            if (written_by is None and same is not None and ref.issuer is not None
                    and here[same].issued_by is not None and here[same].ref.issuer == ref.issuer
                    and _SAME_ISSUANCE.fullmatch(norm.text, covered[same][1], m.start())):
                # "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 85-KH/HU thực hiện Chỉ thị 38
                # và Kế hoạch số 86-KH/HU ...": the second plan of the same body, issued by it too
                written_by = here[same].issued_by
            if (ref.issuer is not None and covered and mentions[-1].ref.issuer is None
                    and mentions[-1].ref.kind == ref.kind
                    and _PAIRED.fullmatch(norm.text, covered[-1][1], m.start())):
                # "Quyết định 290 và Quyết định số 62 của Thủ tướng Chính phủ": one issuer for
                # both documents of the pair (of one kind: "Nghị quyết 21 và Chỉ thị 38 của Ban
                # Bí thư" names two issuers)
                first = mentions[-1]
                mentions[-1] = replace(first, ref=replace(first.ref, issuer=ref.issuer))
            mentions.append(_mention(sentence, ref, symbol, issued, term, title, written_by,
                                     _yardstick(norm.text, m.start())))
            covered.append((m.start(), m.end()))
            # "Nghị quyết 68 và 126 của Chính phủ": more numbers of the same kind, written after
            # the first without their kind word, one issuer named after the last for them all
            at, first = m.end(), len(mentions) - 1  # (the list's own items, no earlier one)
            while (more := _MORE_NUMBERS.match(norm.text, at)) is not None:
                rest = f"{m.group('kind')} {norm.text[more.start('num'):]}"
                again = _MENTION.match(rest)
                if again is None or again.group("num") != more.group("num"):
                    break
                ref2, symbol2, issued2, term2, title2, by2, _ = _mention_at(again, rest, home, kind)
                if ref2.issuer is None and ref.issuer is not None:
                    ref2 = replace(ref2, issuer=ref.issuer)  # "Chỉ thị 07-CT/TU của X và 08"
                if ref2.issuer is not None:
                    for k in range(first, len(mentions)):
                        earlier = mentions[k]
                        if earlier.ref.issuer is None:
                            mentions[k] = replace(earlier,
                                                  ref=replace(earlier.ref, issuer=ref2.issuer))
                mentions.append(_mention(sentence, ref2, symbol2, issued2, term2, title2, by2,
                                         _yardstick(norm.text, m.start())))
                covered.append((more.start(), more.end()))
                at = more.end()
        for m in _BARE_SYMBOL.finditer(norm.text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            abbr = m.group("pkind") or m.group("skind")
            # (a bare "24/2022/UBTVQH15" is the standing committee's resolution, unless another
            # kind of its acts is named: "Pháp lệnh số 02/2020/UBTVQH14")
            kind = ("resolution" if m.group("standing") else "law") if m.group("law") else (
                KIND_ABBREVIATIONS.get(abbr or ""))
            if m.group("standing") and _ORDINANCE.search(norm.text, max(0, m.start() - 20),
                                                         m.start()):
                kind = None
            if kind is None and m.group("state") and _LETTER_WORD.search(
                    norm.text, max(0, m.start() - 12), m.start()):
                # "Văn bản số 2907/UBND-KGVX": an official letter's symbol has no kind code,
                # the issuer's code comes first; a joint letter's starts with "LN" (liên ngành:
                # "văn bản số 1037/LN-GDĐT-BHXH")
                kind = "official_letter"
            if kind is None and m.group("letter") and _LETTER_WORD.search(
                    norm.text, max(0, m.start() - 12), m.start()):
                kind = "official_letter"  # "văn bản số 852/HĐND"
            if kind is None:
                continue
            ref, symbol, issued, term, title, written_by, _ = _mention_at(m, norm.text, home, kind)
            mentions.append(_mention(sentence, ref, symbol, issued, term, title, written_by,
                                     _yardstick(norm.text, m.start())))
    return _local_state_issuers(_resolve_within_article(mentions), organisations)


# A further number of the kind just cited: "(Nghị quyết 68) và 126", ", 09" (not a figure: "và 126
# người", nor a date or a ratio).
# (only before what ends a citation: "... và 126 của Chính phủ", "Chỉ thị 07 và 08, huyện ...";
# not "Theo Quyết định 23, 15 xã ...", "Kế hoạch 120 và 3 văn bản")
_MORE_NUMBERS = re.compile(
    r"\s*(?:,|và|,\s*và)\s*(?:số\s+)?(?P<num>\d{1,4})(?![\d/%-]|[.,]\d)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:và|của|ngày|về|cùng|nhằm|để|đã|được|quy định|hướng dẫn)\s)",
    re.IGNORECASE)

# What lies between two documents one verb issued: the first's subject matter, then "và" or ",".
_SAME_ISSUANCE = re.compile(r"[^;:.]{0,100}?\s*(?:,|và|,\s*và)\s*", re.IGNORECASE)

# What joins two citations that share the issuer named after the second.
_PAIRED = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _mention(
    sentence: Sentence,
    ref: DocumentRef,
    symbol: str | None,
    issued: dt.date | None,
    term: str | None,
    title: str | None,
    written_by: OrgRef | None,
    yardstick: bool = False,
) -> DocumentMention:
    return DocumentMention(
        ref=ref, span=sentence.span, symbol=symbol, issued=issued, term=term, title=title,
        issued_by=written_by, yardstick=yardstick,
    )


# A figure measured against a document's target: "đạt 50,46% chỉ tiêu theo Nghị quyết số 159",
# "vượt 5,76% chỉ tiêu theo kế hoạch của Thủ tướng Chính phủ giao tại Quyết định số 1167",
# "đạt 101% kế hoạch giao tại Quyết định số 12".
_YARDSTICK = re.compile(
    r"\d\s*%?\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch)(?:\s+(?:được\s+)?giao)?"
    r"(?:\s+(?:theo|tại|của))?(?:\s+[^,;.\d]{0,60}?\s(?:giao\s+)?(?:tại|theo))?\s+$",
    re.IGNORECASE)


def _yardstick(norm: str, start: int) -> bool:
    """Whether the document cited at ``start`` is only what a figure is measured against."""
    return _YARDSTICK.search(norm, max(0, start - 120), start) is not None


def _resolve_within_article(mentions: list[DocumentMention]) -> tuple[DocumentMention, ...]:
    """Give issuer-less mentions the issuer of a mention with the same kind and number."""
    known: dict[tuple[str, str], DocumentMention] = {}
    for m in mentions:
        if m.ref.issuer is not None:
            known.setdefault((m.ref.kind, m.ref.number), m)
    out = []
    for m in mentions:
        if m.ref.issuer is None and (full := known.get((m.ref.kind, m.ref.number))):
            m = replace(m, ref=full.ref)  # issued_by stays as written: None here
        out.append(m)
    return tuple(out)


# Issuer codes of local State bodies in symbols ("34/KH-UBND", "09/2019/NQ-HĐND", "KH-BCĐ"):
# the kind of body is in the code, its level and area are not (a commune, a district and a
# province all have one), so only the text can say which.
_LOCAL_STATE_CODES = {"UBND": "peoples_committee", "HĐND": "peoples_council",
                      "BCĐ": "steering_committee"}


def _issuer_code(symbol: str | None) -> str | None:
    """The issuer code of a State symbol: "34/KH-UBND" -> UBND; an official letter's
    "1128/UBND-KGVX" (issuer, then the drafting office) -> UBND."""
    if not symbol or "/" not in symbol:
        return None
    parts = symbol.rsplit("/", 1)[-1].split("-")
    return parts[0] if parts[0] in _LOCAL_STATE_CODES else parts[-1]


def _local_state_issuers(
    mentions: Sequence[DocumentMention], organisations: Sequence[OrgMention]
) -> tuple[DocumentMention, ...]:
    """Issuers of local State symbols from the bodies of that kind the article names: the one
    named in the citing sentence, else the only one the article names. Two candidates and no
    tie-breaker leave the issuer unknown (never a guess between levels)."""
    out = []
    for m in mentions:
        code = _issuer_code(m.symbol)
        kind = _LOCAL_STATE_CODES.get(code or "")
        if m.ref.issuer is None and kind is not None:
            bodies = [(o.span, o.org) for o in organisations if o.org.kind == kind
                      and o.org.parent is None and o.org.area is not None
                      and o.org.area.level != "nation"]
            near = {org for span, org in bodies
                    if m.span.start <= span.start and span.end <= m.span.end}
            every = {org for _, org in bodies}
            pick = near if len(near) == 1 else every if len(every) == 1 else set()
            if pick:
                m = replace(m, ref=replace(m.ref, issuer=next(iter(pick))))
        out.append(m)
    # every mention of the document now carries the identity one of them resolved
    return _resolve_within_article(out)


def document_label(ref: DocumentRef) -> str:
    """Label built from the identity alone, so every article gives the node the same label.

    "Chỉ thị số 38 của Ban Chấp hành Trung ương Đảng", "Chỉ thị số 7 của Huyện ủy huyện Đông Hải".
    """
    kind = KIND_LABELS.get(ref.kind, ref.kind)
    base = f"{kind} số {ref.number}"
    return f"{base} của {ref.issuer.label}" if ref.issuer is not None else base
