"""Sentence-level context shared by the extractors that relate facts to each other.

Paragraphs matter in this genre: a directive named at the head of a paragraph governs the
sentences that follow ("Thực hiện Chỉ thị số 38 ... Nhờ đó, ... Tính đến hết năm 2023 ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import DocumentMention, DocumentRef, OrgMention, OrgRef, Sentence, Span
from ..text import Normalised, normalise
from .documents import KIND_LABELS, KIND_WORDS

# A document named without its number: "nội dung chỉ thị", "Chỉ thị này", "quyết định trên".
# A bare "chỉ thị"/"nghị quyết" is a back-reference in this genre; the other kind words are
# also common nouns or verbs ("kế hoạch", "quyết định"), so they need a demonstrative.
_DEMONSTRATIVE = r"\s+(?:này|trên|nói trên)\b"
_COMMON_WORD_KINDS = ("plan", "decision", "conclusion", "programme", "decree", "circular",
                      "guidance", "official_letter")
_ANAPHORA = {
    "directive": re.compile(r"\bchỉ thị\b(?!\s+(?:số\s+)?\d)", re.IGNORECASE),
    "resolution": re.compile(r"\bnghị quyết\b(?!\s+(?:số\s+)?\d)", re.IGNORECASE),
    **{kind: re.compile(rf"\b{KIND_LABELS[kind]}{_DEMONSTRATIVE}", re.IGNORECASE)
       for kind in _COMMON_WORD_KINDS},
}
# ... or capitalised as a title and carried out, with no number: "triển khai Kết luận", "Thực
# hiện Kế hoạch, Hội Nông dân xã ...", "Sau 5 năm thực hiện Quyết định, ..." (the kind word of a
# document named earlier; not a longer name: "thực hiện Chương trình Mục tiêu quốc gia").
_TITLED_KIND = {
    kind: re.compile(
        r"(?<!\w)(?i:thực hiện|triển khai|quán triệt|tổng kết|sơ kết|theo)\s+"
        # (the word alone, a clause mark or a preposition after it, "triển khai Kết luận tới các
        # xã": not "Kế hoạch năm 2023", "Kết luận thanh tra", "Quyết định của Thủ tướng ...",
        # "Chương trình mục tiêu quốc gia": other documents)
        rf"{word}(?=\s*(?:[,.;:]|$)|\s+(?:tới|đến|trong|tại|cho|xuống|vào)\s)")
    for kind, word in KIND_LABELS.items() if kind in (*_COMMON_WORD_KINDS, "law")
}
# Several documents referred back to together: "các văn bản trên", "hai văn bản này".
_DOCUMENTS_BACK = re.compile(
    r"\b(?:các|những|hai|ba|bốn|\d)\s+(?P<w>văn bản|chỉ thị|nghị quyết|kế hoạch|quyết định)"
    rf"{_DEMONSTRATIVE}", re.IGNORECASE)
# Documents counted without a name or number: "ban hành 12 văn bản chỉ đạo", "nhiều văn bản".
_UNNAMED_DOCUMENTS = re.compile(
    r"\b(?:\d+|nhiều|một số|hàng loạt)\s+(?:văn bản|kế hoạch|công văn|quyết định|chỉ thị)\b"
    r"(?!\s+(?:số\s+)?\d)", re.IGNORECASE)
# A document named by its kind and subject, with no number: "Theo Luật BHYT, ...".
_UNNUMBERED_DOCUMENT = re.compile(
    r"(?<!\w)(?:Luật|Nghị định|Thông tư|Nghị quyết|Quyết định|Chỉ thị)\s+(?![Ss]ố\b)(?!\d)\S")
# Kind words that are also common nouns, as the sentence before may use them of a thing.
_COMMON_KIND_WORDS = {
    kind: re.compile(rf"(?<!\w)(?-i:{word})(?!\w)(?!\s+(?:số\s+)?\d)", re.IGNORECASE)
    for word, kind in (("chương trình", "programme"), ("kế hoạch", "plan"),
                       ("hướng dẫn", "guidance"))
}
_INSURANCE_WORD = re.compile(r"BHYT|BHXH|BHTN|bảo hiểm", re.IGNORECASE)
# A bracketed aside on what a body became: "BHXH thành phố Hà Tĩnh (nay đã sáp nhập với BHXH
# tỉnh) đã xây dựng kế hoạch ...", "(nay là ...)", "(trước đây là ...)": the body it names does
# nothing the sentence tells.
# (not one that reports the body acting: "(hiện nay BHXH tỉnh đang phối hợp với Bưu điện ...)")
_NOW_ASIDE = re.compile(
    r"\(\s*(?:nay|hiện nay|trước đây|trước kia)\s+(?:đã\s+)?(?:là|sáp nhập|hợp nhất|thuộc"
    r"|đổi tên|được sáp nhập|được hợp nhất)\b[^()]*$", re.IGNORECASE)
# A document's policy referred to without its kind: "Thực hiện chủ trương đó", "chính sách này".
_POLICY_ANAPHORA = re.compile(
    rf"\b(?:chủ trương|chính sách)(?:{_DEMONSTRATIVE}|\s+đó\b)(?!\s+(?:địa bàn|cơ sở|toàn)\b)",
    re.IGNORECASE)
# ... unless the sentence before spoke of a policy of its own: "Tỉnh có chủ trương vận động xã
# hội hóa ... . Thực hiện chủ trương này, ...", "Chính sách BHYT học sinh là chính sách nhân văn."
_POLICY_WORD = re.compile(r"\b(?:chủ trương|chính sách)\b", re.IGNORECASE)
# Carrying out a body's direction, the body named next: "triển khai chỉ đạo của ".
_DIRECTION_OF = re.compile(
    r"\b(?:thực hiện|triển khai|quán triệt)\s+(?:(?:sự|theo)\s+)?chỉ đạo\s+của\s+$", re.IGNORECASE)
# A sentence that goes on with the previous one's subject and matter.
CONTINUES = re.compile(
    r"^\s*(?:đồng thời|song song(?: đó| với đó)?|bên cạnh đó|ngoài ra)\b", re.IGNORECASE
)

# Roles an organisation named in a sentence can have other than doing what the sentence says.
# Possessor: "dưới sự lãnh đạo của Tỉnh ủy, UBND tỉnh", "vai trò của Mặt trận".
# Parties: "Chương trình phối hợp giữa BHXH tỉnh và Hội Nông dân tỉnh" names the programme's.
# ... also through a session of the body: "Nghị quyết 28 của Hội nghị lần thứ bảy Ban Chấp hành
# Trung ương", "của Kỳ họp thứ 12 HĐND tỉnh" (the body whose session passed it, not an actor).
_POSSESSOR = re.compile(
    r"\b(?:của|thuộc|giữa)\s+(?:các\s+)?"
    r"(?:(?:hội nghị|kỳ họp|phiên họp)(?:\s+(?:lần\s+)?thứ\s+[\w]+)?\s+)?$",
    re.IGNORECASE)
# (a joint document: "liên tịch", "phối hợp", "liên ngành", a symbol with two issuers' codes,
# "25/KH-BHXH-HND", "03/2010/TTLT-BNV-BTC")
_JOINT = re.compile(
    r"liên tịch|liên ngành|phối hợp|(?-i:LT)[-/]|/(?:\d{4}/)?[^\W\d_]+-[^\W\d_]+-[^\W\d_]",
    re.IGNORECASE)
_VERB_NEXT = re.compile(
    # (past a last member the lexicon does not name: "... và UBND các xã đã tổ chức")
    r"(?:\s+và\s+[^,;.]{0,30}?)?"
    r"\s+(?!(?:và|của|các|năm|tại|trên|với|cùng|thuộc)\b)[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩị"
    r"òóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
# A document's number or symbol, then "của": the issuer's name follows ("Chỉ thị 38-CT/TW của",
# "Kế hoạch số 125/KH-UBND ngày 12/3/2023 của").
_CITED_OF = re.compile(
    r"(?:(?:chỉ thị|nghị quyết|kế hoạch|quyết định|kết luận|chương trình(?: hành động)?|công văn"
    r"|hướng dẫn|thông tư|nghị định|luật)\s+(?:số\s+)?\d[\w./-]*|\d+[-/][^\W\d_][\w&./-]*)"
    r"(?:\s*,?\s*(?:ngày|ban hành ngày)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?\s+của\s+$",
    re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:các\s+)?$", re.IGNORECASE)
# ... unless the list's last member is followed by its own verb: "... của Tỉnh ủy, Ban Thường
# vụ Huyện ủy đã chỉ đạo" (a possessive phrase fronted before the subject).
_OWN_VERB = re.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:đã|vừa|cũng đã|luôn|đang)\b", re.IGNORECASE)
# Addressee of a request or recommendation: asked to act, not reported acting.
_REQUEST = re.compile(
    r"(?<!đáp ứng )(?<!theo )\b(?:đề nghị|yêu cầu|kiến nghị|kêu gọi|đề xuất|mong muốn)\b(?!\s+của)",
    re.IGNORECASE,
)
# Object of direction or assignment: an implementer when it is given something to carry out
# ("chỉ đạo Ban Tuyên giáo triển khai", "giao Sở Y tế chủ trì"), not when it is exhorted
# ("chỉ đạo UBND huyện ... tăng cường công tác lãnh đạo").
_DIRECT = re.compile(
    r"(?<!ban )\b(?:chỉ đạo|phân công|giao)\b(?!\s+(?:thông|lưu|dịch|tiếp|nhận|cho))", re.IGNORECASE
)
_EXHORT = (
    "tăng cường", "đẩy mạnh", "tiếp tục", "nâng cao", "quan tâm", "cần", "phải", "tập trung",
    "chú trọng", "nghiêm túc", "quyết liệt",
)
_ACT = (
    "triển khai", "thực hiện", "tổ chức", "xây dựng", "chủ trì", "phối hợp", "kết hợp",
    "quán triệt",
    "tuyên truyền", "vận động", "phát tin", "phát hành", "cấp phát", "rà soát", "tập huấn",
    "đối thoại", "ban hành", "kiểm tra", "giám sát", "theo dõi", "hỗ trợ", "thành lập",
)
_NEXT_VERB = re.compile(
    r"(?<!các )(?<!những )(?<!công tác )\b(?:(?P<exhort>"
    + "|".join(map(re.escape, _EXHORT))
    + r")|(?P<act>"
    + "|".join(map(re.escape, _ACT))
    + r"))\b",
    re.IGNORECASE,
)
# Bodies named collectively across levels or places: "MTTQ và các đoàn thể từ huyện đến cơ
# sở", "MTTQ các cấp", "MTTQ và các đoàn thể trên địa bàn huyện" (not one body).
_COLLECTIVE = re.compile(
    r"^(?:\s*(?:,|và|,\s*và)\s*(?:các|những)\s+[^,;:.()]{1,40}?)*\s*"
    r"(?:từ\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|thị trấn)\s+(?:đến|tới|xuống)\b"
    r"|các cấp\b|trên địa bàn\b)",
    re.IGNORECASE,
)
# A body named inside a person's post ("Phó Bí thư Thường trực Huyện ủy Nguyễn Văn A đã biểu
# dương"): the person acts, in a personal capacity at a meeting; and a plural ("các UBND tỉnh").
_IN_POST_OR_PLURAL = re.compile(
    r"(?:\b(?:bí thư|chủ tịch|giám đốc|trưởng ban|trưởng phòng|trưởng|phó|ủy viên|chánh văn phòng|"
    r"thủ trưởng)(?:\s+thường trực)?|\b(?:các|những|mọi))\s+$",
    re.IGNORECASE,
)
# ... unless the post holder carries a document out for the body, the verb right after it:
# "Phó Chủ tịch UBND huyện chỉ đạo ...", "đ/c trưởng ban tuyên giáo huyện ủy đã triển khai,
# quán triệt nghị quyết" (the body acting through its head).
_HOLDER_ACTS = re.compile(
    r"\s*(?:đã\s+|trực tiếp\s+)?(?:chỉ đạo|triển khai|quán triệt|ban hành|cụ thể hóa)\b",
    re.IGNORECASE)
_PLURAL_BEFORE = re.compile(r"\b(?:các|những|mọi)\s+$", re.IGNORECASE)
# ("UBND thành phố có Công văn số 3014 ... về việc thực hiện ... theo Quyết định số 861": it
# issues the letter, and carries out the decision)
_ISSUES_AFTER = re.compile(
    r"\s*(?:đã\s+|vừa\s+)?(?:ban hành\b|có\s+(?:công văn|văn bản|kế hoạch|quyết định|hướng dẫn)\b)",
    re.IGNORECASE)
_FUTURE = re.compile(r"^\s*(?:sẽ|cần|phải|cần phải)\b", re.IGNORECASE)
# The author of a rule the sentence cites: "được Chính phủ, Thủ tướng Chính phủ quy định", "do
# Bộ Y tế hướng dẫn" name whose rule applies, not a body acting.
_RULE_BY = re.compile(r"\b(?:được|do|theo)\s+(?:các\s+)?$", re.IGNORECASE)
_RULE_VERB = re.compile(r"\s*(?:quy định|hướng dẫn|ban hành|phê duyệt)\b", re.IGNORECASE)
# A body handed a task ("... và giao cho UBND tỉnh tổ chức triển khai thực hiện Nghị quyết
# này"): told what to do, in future, not reported doing it (data/gold/README.md).
# ("theo đó đã giao Bộ Y tế chủ trì, phối hợp với Bộ Tài chính ... nghiên cứu": told to, both)
# ("phối hợp ... tham mưu UBND tỉnh ban hành văn bản", "tham mưu với Bộ Tài chính", "xin ý kiến
# UBND tỉnh": the body advised or asked, not one acting; but "cùng tham mưu với Phòng Y tế": the
# partner advising together)
_ASSIGNED = re.compile(
    r"(?:\bgiao\s+cho|\btham mưu(?:\s+cho)?|(?<!cùng )\btham mưu\s+với|\bxin ý kiến"
    r"|\bđề xuất(?:\s+với)?|\bkiến nghị(?:\s+với)?)"
    r"\s+(?:các\s+)?$", re.IGNORECASE)
# The source of the news, not an actor: "tin từ Sở LĐ-TB-XH Trà Vinh cho biết, ...".
_NEWS_FROM = re.compile(r"(?<!niềm )\b(?:tin|nguồn tin|thông tin)\s+từ\s+$", re.IGNORECASE)
# A body set up or reorganised by the sentence's subject ("UBND xã Tân Trào đã thành lập Ban Chỉ
# đạo BHYT toàn dân xã", "kiện toàn Ban Chỉ đạo"): what was made, not who acted.
_CREATED = re.compile(
    r"(?<!khi )(?<!khi mới )\b(?:thành lập|kiện toàn|củng cố|thành lập mới)\s+(?:lại\s+)?$",
    re.IGNORECASE)
# "giao X chủ trì ..." without "cho": told to act, unless the task is carrying a document out
# ("UBND tỉnh giao Sở ... chủ trì ... tổ chức triển khai, theo dõi, kiểm tra việc thực hiện quyết
# định này": the decision's own implementer, as the tuning set's gold has it)
_GIVEN = re.compile(r"(?<!bàn )\bgiao\s+(?:các\s+)?$", re.IGNORECASE)
# (or it reports what came of it: "giao Hội Nông dân xã vận động được 320 hội viên", "chủ trì tổ
# chức 12 lớp học tập, với 1.500 đảng viên tham gia")
_CARRY_OUT_TASK = re.compile(
    r"[^.;]*(?:\b(?:triển khai|thực hiện)\b|\bđược\s+\d|\d[\d.,]*\s+(?:lớp|hội nghị|buổi|cuộc"
    r"|người|hội viên|đảng viên|lượt|tờ rơi|tin|bài|pa nô|băng rôn)\b)", re.IGNORECASE)
# ... when a document gives the task ("Tại Chỉ thị số 14/CT-TTg ..., theo đó đã giao ..."), not
# a body that has a department do it ("Bệnh viện huyện đã giao Khoa Dược rà soát hồ sơ": done)
_DOCUMENT_GIVES = re.compile(
    r"^\s*(?:Tại|Theo)\s+(?:Chỉ thị|Quyết định|Nghị quyết|Kế hoạch|Nghị định|Thông tư|Công văn)\b"
    r"|\btheo đó\b", re.IGNORECASE)
_ASSIGNED_PARTNER = re.compile(r"^\s*(?:chủ trì\s*)?,?\s*phối hợp(?:\s+với)?\s+(?:các\s+)?$",
                               re.IGNORECASE)
# The body that set a plan or quota, named after it: "chỉ tiêu, kế hoạch năm 2020 BHXH Việt Nam
# giao", "chỉ tiêu do UBND tỉnh giao" (the setter, not doing anything here).
_PLAN_GIVER_BEFORE = re.compile(r"\b(?:chỉ tiêu|kế hoạch|dự toán)\b[^,.;:]{0,20}$", re.IGNORECASE)
_GIVES = re.compile(r"\s*(?:đã\s+)?giao\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;]")
_CLAUSE_OR_LIST_END = re.compile(r"[.;:]")
_NOT_LIST = re.compile(
    r"\b(?:đã|của)\b|" + _NEXT_VERB.pattern, re.IGNORECASE
)


def requested(text: str, at: int) -> bool:
    """Whether position ``at`` of a normalised sentence lies in what a request asks for
    ("đồng chí đề nghị các cấp ủy ... tăng cường ..."), in the same clause."""
    last = None
    for m in _REQUEST.finditer(text, 0, at):
        last = m
    return last is not None and not _CLAUSE_END.search(text, last.end(), at)


def _directed_to_exhort(text: str, start: int, end: int) -> bool:
    """Whether the body at ``start:end`` is the object of a direction that exhorts it."""
    last = None
    for m in _DIRECT.finditer(text, 0, start):
        last = m
    if last is None:
        return False
    # The body must be the verb's object: nothing but list material in between (in "sự lãnh
    # đạo, chỉ đạo của Tỉnh ủy" the noun "chỉ đạo" directs nobody).
    gap = text[last.end() : start]
    if len(gap) > 160 or _CLAUSE_OR_LIST_END.search(gap) or _NOT_LIST.search(gap):
        return False
    stop = _CLAUSE_OR_LIST_END.search(text, end)
    nxt = _NEXT_VERB.search(text, end, stop.start() if stop else len(text))
    return nxt is not None and nxt.group("exhort") is not None


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """One sentence with its normalised text, paragraph number and what it mentions."""

    index: int
    sentence: Sentence
    norm: Normalised
    paragraph: int
    documents: tuple[DocumentMention, ...]
    organisations: tuple[OrgMention, ...]

    def original(self, i: int) -> int:
        """Absolute original offset of normalised offset ``i`` within this sentence."""
        return self.sentence.span.start + self.norm.offset(i)

    def norm_start(self, original: int) -> int:
        """Normalised offset within this sentence of an absolute original offset."""
        return bisect.bisect_left(self.norm.origin, original - self.sentence.span.start)

    def agents(self) -> tuple[OrgMention, ...]:
        """The organisations this sentence presents as doing something: not possessors
        ("sự chỉ đạo của Huyện ủy"), addressees of requests, bodies exhorted or told what to do
        in future, nor collective mentions ("MTTQ ... từ huyện đến cơ sở")."""
        text = self.norm.text
        mentions = sorted(self.organisations, key=lambda o: o.span.start)
        spans = [(self.norm_start(o.span.start), self.norm_start(o.span.end)) for o in mentions]

        # "Chỉ thị 38-CT/TW của Ban Bí thư, UBND huyện A và BHXH huyện đã ...": the issuer
        # after "của" closes the citation, and the comma after it opens the subject, not one
        # more member of the issuer's list
        # (not a joint document's: "Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTBXH ... của
        # Bộ Nội vụ, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội hướng dẫn ...")
        def cites_issuer(i: int) -> bool:
            cited = _CITED_OF.search(text, max(0, spans[i][0] - 80), spans[i][0])
            return cited is not None and not _JOINT.search(cited.group())

        def joined(i: int) -> bool:
            gap = text[spans[i][1] : spans[i + 1][0]]
            return spans[i][1] <= spans[i + 1][0] and bool(_LIST_GAP.match(gap))

        def listed(i: int) -> bool:  # mention i+1 follows mention i in one list
            if not joined(i):
                return False
            gap = text[spans[i][1] : spans[i + 1][0]]
            if not (gap.lstrip().startswith(",") and cites_issuer(i)):
                return True
            # (only when the bodies after the comma go on to a verb of their own: "..., Sở
            # GD&ĐT, BHXH tỉnh, năm học 2022-2023 có ..." lists the issuers still)
            tail = i + 1
            while tail + 1 < len(spans) and joined(tail):
                tail += 1
            return not _VERB_NEXT.match(text, spans[tail][1])

        # A list is collective as a whole: "Hội Nông dân, Đoàn Thanh niên và các đoàn thể từ
        # huyện đến cơ sở".
        collective = [bool(_COLLECTIVE.match(text[e:])) for _, e in spans]
        for i in range(len(spans) - 2, -1, -1):
            collective[i] = collective[i] or (collective[i + 1] and listed(i))
        out: list[OrgMention] = []
        given_end: int | None = None  # where the last body a document gives a task ends
        for i, mention in enumerate(mentions):
            start, end = spans[i]
            after = text[end:]
            if _NOW_ASIDE.search(text, 0, start):
                continue  # "BHXH thành phố (nay đã sáp nhập với BHXH tỉnh) đã ...": an aside
            head = i
            while head > 0 and listed(head - 1):
                head -= 1
            if _POSSESSOR.search(text[: spans[head][0]]) and not _OWN_VERB.match(after):
                continue
            tail = i
            while tail + 1 < len(spans) and listed(tail):
                tail += 1
            lead = text[max(0, spans[head][0] - 24) : spans[head][0]]  # the words before the list
            if _RULE_BY.search(lead) and _RULE_VERB.match(text, spans[tail][1]):
                continue
            if _CREATED.search(lead):
                continue  # "UBND xã đã thành lập Ban Chỉ đạo ...": the body made, not acting
            if _NEWS_FROM.search(text, max(0, start - 24), start):
                continue  # "tin từ Sở LĐ-TB-XH Trà Vinh cho biết, UBND tỉnh đã ...": the source
            if _ASSIGNED.search(lead) and not _OWN_VERB.match(after):
                # (a later member of the list with a verb of its own acts: "tham mưu UBND
                # huyện, UBND huyện đã ban hành Kế hoạch ...")
                continue
            if (_GIVEN.search(lead) and _DOCUMENT_GIVES.search(text, 0, start)
                    and not _CARRY_OUT_TASK.match(text, spans[tail][1])):
                given_end = spans[tail][1]
                continue
            if given_end is not None and _ASSIGNED_PARTNER.match(text[given_end:start]):
                continue  # the partner of a body a document gives a task is given it too
            if _PLAN_GIVER_BEFORE.search(lead) and _GIVES.match(text, spans[tail][1]):
                continue  # "hoàn thành ... kế hoạch năm 2020 BHXH Việt Nam giao": who set it
            if requested(text, start) or _directed_to_exhort(text, start, end):
                continue
            if collective[i] or _FUTURE.match(after):
                continue
            if _IN_POST_OR_PLURAL.search(text[:start]) and not (
                    _HOLDER_ACTS.match(after) and not _PLURAL_BEFORE.search(text[:start])):
                continue
            out.append(mention)
        return tuple(out)

    def issuing(self) -> set[OrgRef]:
        """Bodies the sentence shows issuing a document themselves ("..., Hội Nông dân tỉnh
        ban hành Công văn 558"): the issuer of that one, and an actor for the others."""
        text = self.norm.text
        if "ban hành" not in text and "có" not in text:
            return set()
        return {o.org for o in self.organisations
                if _ISSUES_AFTER.match(text, self.norm_start(o.span.end))}

    def directed_by(self) -> set[OrgRef]:
        """Bodies whose direction the sentence carries out, with no document named ("Để triển
        khai chỉ đạo của Thủ tướng Chính phủ, ...")."""
        text = self.norm.text
        return {o.org for o in self.organisations
                if _DIRECTION_OF.search(text, 0, self.norm_start(o.span.start))}

    def anaphoric_kinds(self) -> set[str]:
        """Document kinds referred to without a number in this sentence."""
        return ({kind for kind, rx in _ANAPHORA.items() if rx.search(self.norm.text)}
                | {kind for kind, rx in _TITLED_KIND.items() if rx.search(self.norm.text)})

    def refers_to_documents(self) -> bool:
        """Whether the sentence refers back to several documents ("các văn bản trên")."""
        return _DOCUMENTS_BACK.search(self.norm.text) is not None

    def refers_to_policy(self) -> bool:
        """Whether the sentence refers back to a document's policy ("chủ trương đó")."""
        return _POLICY_ANAPHORA.search(self.norm.text) is not None


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _outermost(mentions: Iterable[OrgMention]) -> tuple[OrgMention, ...]:
    """Drop mentions nested in a longer one: in "Ban Thường vụ Huyện ủy" the actor is the
    standing committee, not the "Huyện ủy" inside its name."""
    found = list(mentions)
    return tuple(
        m for m in found
        if not any(o is not m and _inside(m.span, o.span) and o.span != m.span for o in found)
    )


def contexts(
    text: str,
    sentences: Sequence[Sentence],
    documents: Sequence[DocumentMention],
    organisations: Sequence[OrgMention],
) -> tuple[SentenceContext, ...]:
    """Each sentence with its paragraph (a line break starts a new one) and its mentions."""
    out: list[SentenceContext] = []
    paragraph = 0
    previous_end: int | None = None
    for i, sentence in enumerate(sentences):
        if previous_end is not None and "\n" in text[previous_end : sentence.span.start]:
            paragraph += 1
        previous_end = sentence.span.end
        out.append(
            SentenceContext(
                index=i,
                sentence=sentence,
                norm=normalise(sentence.text),
                paragraph=paragraph,
                documents=tuple(d for d in documents if d.span == sentence.span),
                organisations=_outermost(o for o in organisations if _inside(o.span, sentence.span)),
            )
        )
    return tuple(out)


def focus_documents(ctxs: Sequence[SentenceContext]) -> dict[int, tuple[DocumentRef, ...]]:
    """The documents each sentence talks about: named in it; referred to by anaphora ("nội
    dung chỉ thị", "quyết định này") to the last document of that kind named earlier in the
    paragraph, or else to the article's only document of that kind so far; or, for a sentence
    that goes on with the previous one ("Đồng thời, ..."), that sentence's documents."""
    focus: dict[int, tuple[DocumentRef, ...]] = {}
    last_by_kind: dict[str, DocumentRef] = {}
    seen_by_kind: dict[str, list[DocumentRef]] = {}
    paragraph = -1
    previous: tuple[DocumentRef, ...] = ()
    # the documents named so far, in order, with the index of their sentence
    issued_before: list[tuple[int, DocumentRef]] = []
    paragraph_docs: list[DocumentRef] = []  # the documents named so far in the paragraph
    for ctx in ctxs:
        if ctx.paragraph != paragraph:
            paragraph = ctx.paragraph
            last_by_kind = {}
            paragraph_docs = []
            previous = ()
        # a document a figure is only measured against is not what the sentence is about
        refs = [d.ref for d in ctx.documents if not d.yardstick]
        for kind in sorted(ctx.anaphoric_kinds()):
            if (ctx.index > 0 and ctxs[ctx.index - 1].paragraph == ctx.paragraph
                    and kind in _COMMON_KIND_WORDS
                    and not any(d.ref.kind == kind for d in ctxs[ctx.index - 1].documents)
                    and _COMMON_KIND_WORDS[kind].search(ctxs[ctx.index - 1].norm.text)):
                # "Đài Truyền thanh ... phát sóng chương trình về BHYT hằng tuần. Nhờ chương
                # trình này, ...": the thing the sentence before spoke of, not a document
                continue
            earlier = seen_by_kind.get(kind, [])
            ref = last_by_kind.get(kind) or (earlier[0] if len(earlier) == 1 else None)
            if ref is not None and ref not in refs:
                refs.append(ref)
        before = ctxs[ctx.index - 1] if ctx.index > 0 else None
        if not refs and (back := _DOCUMENTS_BACK.search(ctx.norm.text)) is not None and not (
                before is not None and _UNNAMED_DOCUMENTS.search(before.norm.text)):
            # "Nhờ thực hiện đồng bộ các văn bản trên, ...", "hai văn bản này": every document
            # the paragraph named ("các kế hoạch này": its plans); not documents the sentence
            # before counted without naming them ("ban hành 12 văn bản chỉ đạo")
            kind = KIND_WORDS.get(back["w"].lower())
            refs = list(dict.fromkeys(r for r in paragraph_docs if kind is None or r.kind == kind))
        if not refs and ctx.refers_to_policy() and not (
                before is not None and not before.documents
                and (_POLICY_WORD.search(before.norm.text)
                     # ("Theo Luật BHYT, học sinh bắt buộc tham gia BHYT. Nhờ chính sách này,
                     # ...": the law's policy, a document of no number)
                     or _UNNUMBERED_DOCUMENT.search(before.norm.text))):
            # "Thực hiện chủ trương đó, BHXH thành phố ... đã ...": the policy of the article's
            # only document so far (never a guess between two)
            every = [r for refs_of in seen_by_kind.values() for r in refs_of]
            refs = every if len(every) == 1 else []
        if not refs and CONTINUES.match(ctx.norm.text):
            refs = list(previous)
        if not refs and (directors := ctx.directed_by()):
            # "Ngày 21/11/2019, Thủ tướng Chính phủ ban hành Quyết định số 1676 .... Để triển
            # khai chỉ đạo của Thủ tướng Chính phủ, ...": the last document that body issued, in
            # this paragraph or the sentence before
            # about insurance (not "Quyết định số 12/QĐ-UBND về giá đất")
            refs = [r for i, r in reversed(issued_before) if r.issuer in directors and (
                ctxs[i].paragraph == ctx.paragraph or i == ctx.index - 1)
                and _INSURANCE_WORD.search(ctxs[i].norm.text)][:1]
        for d in ctx.documents:
            if d.yardstick:
                continue
            issued_before.append((ctx.index, d.ref))
            last_by_kind[d.ref.kind] = d.ref
            paragraph_docs.append(d.ref)
            if d.ref not in seen_by_kind.setdefault(d.ref.kind, []):
                seen_by_kind[d.ref.kind].append(d.ref)
        focus[ctx.index] = tuple(dict.fromkeys(refs))
        previous = focus[ctx.index]
    return focus
