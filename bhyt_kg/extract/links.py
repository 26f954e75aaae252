"""What the article claims links a document to its implementers and to outcomes.

These are the article's claims, not proven causation (domain.md §4). Two patterns carry them:
- implementation: a sentence that names (or refers back to) a document next to an
  implementing verb and organisations ("UBND huyện đã cụ thể hóa Chỉ thị 07 ...", "MTTQ ... đã
  nhận thức rõ ... tinh thần Chỉ thị số 08"), or activities done for a document;
- outcome: a sentence that attributes results to a document ("Qua gần 5 năm triển khai và thực
  hiện Chỉ thị số 07 ...", "Thực hiện Chỉ thị số 38 ...") claims the results reported after it
  in the same paragraph, when a connective ("Nhờ đó", "Từ đó", "Cụ thể", "Qua đó", "góp phần")
  ties them to it or the attributing sentence itself opens with "Qua"/"Nhờ"/"Do ảnh hưởng từ";
  a sentence that credits results already reported ("ghi nhận kết quả thực hiện Nghị quyết
  số 28") claims the coverage results just before it; and people counted as enrolled under a
  document ("... tham gia BHYT theo Nghị định 75") are its outcome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer import is_within
from ..model import (
    ActivityMention,
    DocumentRef,
    ImplementationLink,
    Observation,
    OutcomeLink,
)
from .context import SentenceContext
from .documents import KIND_WORDS
from .quantities import parse_number

# Denominators and plan figures describe the setting of a result, not the result itself
# ("99.323/102.319 người": the 102.319 residents are not an outcome of the directive).
# (meetings held and their attendance are what carrying a document out did, its activities, not
# the results it is credited with: "cụ thể: tổ chức 1.200 hội nghị tuyên truyền với 85.000 người")
_NOT_OUTCOMES = frozenset({"population", "plan_participants", "meetings_held",
                           "meeting_attendance"})

_IMPLEMENTS = re.compile(
    r"\b(?:thực hiện|triển khai|quán triệt|tinh thần|cụ thể hóa|bám sát|theo|căn cứ|hưởng ứng"
    r"|ảnh hưởng|tác động)\b",
    re.IGNORECASE,
)
# ... and, for what a document brought, its taking effect ("Sau khi Quyết định 861 và Quyết
# định 612 có hiệu lực, ..."): no body carries anything out by that
# ... or a result owed to it in so many words: "Nhờ Nghị quyết này, ...", "Nhờ chính sách
# này, năm 2020 có 98,4% người cận nghèo ..." (the document or its policy, referred back to)
_BRINGS = re.compile(
    _IMPLEMENTS.pattern + r"|\bcó hiệu lực\b"
    r"|^\s*nhờ\s+(?:có\s+)?(?:chính sách|chủ trương|chỉ thị|nghị quyết|kế hoạch|quyết định"
    r"|kết luận|chương trình|nghị định|thông tư)\s+(?:này|đó|trên|nói trên)\b"
    # ("Nhờ nghị quyết đi vào cuộc sống, ...": the bare word the genre refers back with; not
    # "Nhờ chỉ thị kịp thời của Thủ tướng ...", another issuer's)
    r"|^\s*nhờ\s+(?:chỉ thị|nghị quyết)(?!\s+(?:số\s+)?\d)(?![^,.;]{0,40}\bcủa\b)",
    re.IGNORECASE)
# (also after a place that heads the sentence: "Tại Gia Lai: Sau 10 năm thực hiện Chỉ thị ...")
# ("Do ảnh hưởng từ Quyết định 861/QĐ-TTg ..., tỷ lệ ... giảm ...": a cause, good or bad)
# (or after a lead that reports it: "Báo cáo ... tại hội nghị thể hiện: Qua 15 năm thực hiện ...")
# (or a sentence saying what carrying it out brought: "... thực hiện các nhóm nhiệm vụ, giải pháp
# đề ra trong Nghị quyết, mang lại nhiều kết quả nổi bật. Đặc biệt, ...")
_ATTRIBUTES = re.compile(r"^\s*(?:(?:tại|ở)\s[^:,.;]{1,40}[:,]\s*|[^:.;]{1,60}:\s*)?"
                         r"(?:qua|nhờ|kết quả|sau)\b"
                         r"|\bgóp phần\b|^\s*do\s+(?:ảnh hưởng|tác động)\s+(?:của|từ)\b"
                         r"|\b(?:mang lại|đem lại|đạt được|thu được)\s+(?:\w+\s+){0,2}?kết quả\b"
                         # ("Thực hiện mục tiêu của Nghị quyết 21-NQ/TW ..., tốc độ bao phủ BHYT
                         # ... có đà phát triển mạnh mẽ": growth credited to carrying it out)
                         r"|\b(?:có|đạt)\s+(?:đà|bước)\s+(?:phát triển|tăng trưởng|tiến)\b"
                         r"|\bchuyển biến\s+(?:tích cực|rõ rệt|mạnh mẽ)\b"
                         # ("Thực hiện Quyết định 861/QĐ-TTg, ..., khiến tỷ lệ tham gia BHYT của
                         # tỉnh giảm xuống còn 73%": what it caused)
                         r"|\b(?:khiến|dẫn đến|dẫn tới|làm cho)\b",
                         re.IGNORECASE)
# A report's preamble: "Thực hiện Kế hoạch số 195/KH-UBND ...; Quyết định số 1163/QĐ-UBND ...;"
# is a paragraph left open (it ends with ";" or ":"): the next paragraph reports what carrying
# the documents out achieved.
# ("Sau 2 năm triển khai thực hiện Chỉ thị số 08-CT/TU ..." opens the same way)
_PREAMBLE = re.compile(r"^\s*(?:sau\s+(?:\S+\s+){0,3}?(?=(?:triển khai|thực hiện)\b))?"
                       r"(?:thực hiện|triển khai|căn cứ)\b", re.IGNORECASE)
_LEFT_OPEN = re.compile(r"[;:]\s*$")
# A preamble whose own sentence goes on to report what came of it: "Thực hiện Nghị quyết
# 28-NQ/TW ..., BHXH tỉnh ... so sánh chỉ tiêu ... như sau: tham gia BHXH đạt 18% ...".
_REPORTS_AFTER_PREAMBLE = re.compile(
    _PREAMBLE.pattern + r"[^:;]*\b(?:như sau|cụ thể|kết quả(?:\s+(?:đạt được|như sau))?)\s*:",
    re.IGNORECASE)
# A legal text's preamble clause on a line of its own, left open by "," / ";" or by no full stop
# ("Thực hiện Quyết định số 1584/QĐ-TTg ...,\nCăn cứ ...\nUBND tỉnh X xây dựng Kế hoạch ..."):
# the body that acts in the first line after the preamble carries its documents out.
_OPEN_LINE = re.compile(r"(?:[,;:]|[^.!?;:,\s])\s*$")
_CONNECTIVE = re.compile(
    r"^\s*(?:nhờ (?:đó|vậy)|từ đó|qua đó|cụ thể|kết quả|theo đó|trong đó)\b|\bgóp phần\b",
    re.IGNORECASE,
)


# A body named as someone's partner ("phối hợp (với) BHXH huyện ...").
_PARTNER_BEFORE = re.compile(r"(?:phối hợp|kết hợp|liên kết)(?:\s+chặt chẽ)?(?:\s+với)?\s*"
                             r"(?:các\s+)?$", re.IGNORECASE)


# A body examining how others carry a document out: "Đoàn ... khảo sát ...; việc triển khai
# thực hiện Nghị quyết 28", "kiểm tra tình hình thực hiện Chỉ thị 38" (the examiner implements
# nothing, and the examined are not named as acting).
_EXAMINES = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát)\b[^.]{0,200}?\b(?:việc|tình hình|kết quả)"
                       r"\s+(?:triển khai\s+)?(?:thực hiện|triển khai)\b"
                       # ("Ban Tuyên giáo Tỉnh ủy khảo sát thực hiện Nghị quyết số 28")
                       r"|\b(?:khảo sát|kiểm tra|giám sát)\s+(?:thực hiện|triển khai)\b",
                       re.IGNORECASE)


# A body receiving examiners: "X làm việc với Đoàn khảo sát Ban Kinh tế Trung ương về tình hình
# thực hiện Nghị quyết số 28" (X is examined on carrying the document out).
# ("... tiếp và làm việc với Tổ công tác của Ban Tuyên giáo Tỉnh ủy về triển khai thực hiện ...")
_HOSTS_EXAMINERS = re.compile(
    r"\blàm việc với\s+(?:các\s+)?(?:đoàn|tổ)\s+(?:công tác|khảo sát|kiểm tra|giám sát)\b"
    r"[^.;]{0,120}?\bvề\s+(?:(?:việc|tình hình|kết quả)\s+)?(?:triển khai\s+)?"
    r"(?:thực hiện|triển khai)\b", re.IGNORECASE)


# A sentence giving an event's purpose: "Mục đích của buổi lễ ra quân lần này là nhằm ...".
_PURPOSE = re.compile(
    r"^\s*mục đích(?:\s+chính)?\s+của\s+(?:buổi\s+|cuộc\s+)?(?:lễ|hội nghị|hội thảo|đợt|chiến dịch"
    r"|chương trình|buổi|cuộc|hoạt động|ngày hội|tháng)\b[^.;:]{0,60}?\s+(?:là\s+)?(?:nhằm|để)\b",
    re.IGNORECASE)


# A body working with others about how they carry a document out: "X (đến) làm việc với Y về việc
# thực hiện Chương trình ..." (Y reports; X examines).
_VISITS_ABOUT = re.compile(
    r"\blàm việc với(?P<with>\s)[^.;]{1,150}?(?P<about>\bvề\s+(?:việc|tình hình|kết quả)\s+)"
    r"(?:triển khai\s+)?(?:thực hiện|triển khai)\b", re.IGNORECASE)


# A direction or request, then what it asks for up to the end of the clause.
_ASKED = re.compile(r"\b(?:chỉ đạo|yêu cầu|đề nghị|giao)\b[^.;]*$", re.IGNORECASE)


# Results credited after they are reported: "Đoàn công tác ghi nhận kết quả triển khai thực hiện
# Nghị quyết số 28 của huyện", "đánh giá cao những kết quả đạt được trong thực hiện Chỉ thị 38".
_CREDITS = re.compile(r"\b(?:ghi nhận|đánh giá cao|biểu dương|hoan nghênh)\b[^.;]{0,30}?\bkết quả\b"
                      r"[^.;]{0,40}?\b(?:thực hiện|triển khai)\b", re.IGNORECASE)


# A result just reported, explained by carrying a document out: "Tỷ lệ bao phủ chưa đạt là do thực
# hiện Quyết định số 861/QĐ-TTg ...", "Số người tham gia giảm là do tác động của Quyết định ...".
_EXPLAINS = re.compile(
    r"^\s*(?P<what>tỷ lệ|tỉ lệ|số)\b[^.;]{0,60}?\b(?:chưa đạt|không đạt|giảm|tăng|thấp|cao)\b"
    r"[^.;]{0,30}?\b(?:là\s+)?do\s+(?:việc\s+)?(?:thực hiện|triển khai|ảnh hưởng|tác động)\b",
    re.IGNORECASE)


# The place a preamble names as the one acting: "Thực hiện Nghị quyết số 28, huyện Nông Sơn tăng
# cường ..." (the name, as the gazetteer's places are named).
_PLACE_SUBJECT = re.compile(
    r",\s*(?:(?:huyện|tỉnh|thị xã|thành phố|quận|xã|phường|thị trấn)\s+)?"
    r"(?P<name>[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})"
    # (its province as a qualifier: "huyện Kim Sơn, tỉnh Ninh Bình đẩy mạnh ...")
    r"(?:\s*,\s*(?:tỉnh|thành phố)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3}\s*,?)?"
    r"\s+(?:(?:đã|đang|tiếp tục|luôn)\s+)*[a-zđ]\w*")


# People enrolled under a document: "tham gia BHYT theo Nghị định 75".
_ENROLLED_UNDER = re.compile(
    r"\btham gia\s+(?:BHYT|BHXH|bảo hiểm y tế|bảo hiểm xã hội)?\s*theo\s+"
    r"(?:Nghị định|Quyết định|Nghị quyết|Thông tư|Luật)\b", re.IGNORECASE)


# The past a comparison starts from: "Nếu năm 2013, tỉnh có 510.000 người tham gia BHYT, tỷ lệ bao
# phủ đạt 97,7% thì đến hết tháng 6/2018 có 568.033 người ..." (before "thì": the level before).
_IF_THEN = re.compile(r"^\s*Nếu\b(?P<then>.*?)\bthì\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def _conditional_start(text: str) -> set:
    """The figures of the "Nếu ..." half of a "Nếu ... thì ..." comparison."""
    m = _IF_THEN.match(text)
    if m is None:
        return set()
    out = set()
    for n in _NUMBER.finditer(m["then"]):
        try:
            out.add(parse_number(n.group()))
        except ValueError:
            continue
    return out


# Where a move started ("giảm từ 95,7% xuống còn 82,7%"): the level before, not a result.
_MOVE_START = re.compile(r"(?<!\w)từ\s*(\d[\d.,]*)\s*%?\s*(?:lên|xuống)(?!\w)", re.IGNORECASE)


# Only an explicit attribution ties a result in the paragraph after the directive's.
# ("Kết quả, tính đến ... toàn huyện có ...": the results of what the paragraph before carried out;
# "Năm năm qua, ..." or "Sau 10 năm thực hiện, ..." after the review of those years' work)
# ("Kết quả đến ngày 15/6/2017, BHXH huyện đã ...": the results as of a date)
_BRIDGE = re.compile(r"^\s*(?:nhờ (?:đó|vậy|những kết quả này)|qua đó|từ đó|kết quả\s*[,:]"
                     r"|kết quả\s+(?:tính\s+)?(?:đến|tới)\s+(?:ngày|hết|cuối|nay|tháng|năm|\d)"
                     r"|(?:sau\s+|qua\s+)?(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm"
                     r"\s+(?:qua|thực hiện)(?!\w))",
                     re.IGNORECASE)


def implementation_links(
    ctxs: Sequence[SentenceContext],
    focus: dict[int, tuple[DocumentRef, ...]],
    activities: Sequence[ActivityMention],
) -> tuple[ImplementationLink, ...]:
    """Document -> implementer links, with the activity when there is one."""
    out: dict[tuple[DocumentRef, object, object], ImplementationLink] = {}
    for activity in activities:
        for doc in activity.documents:
            for agent in activity.agents:
                if agent == doc.issuer:
                    # "HĐND tỉnh vừa thông qua Nghị quyết ... về hỗ trợ mức đóng BHYT": the
                    # body issuing the document, not one carrying it out
                    continue
                link = ImplementationLink(doc, agent, activity.span, activity)
                out.setdefault((doc, agent, activity), link)
    carried: list[DocumentRef] = []  # the documents of an open preamble
    carried_issuers: set[object] = set()
    carried_at: int | None = None  # the paragraph a closed preamble's documents stay in
    carried_place: str | None = None  # ... the next one, for the bodies of this place
    for ctx in ctxs:
        docs = focus.get(ctx.index, ())
        last = ctx.index + 1 == len(ctxs) or ctxs[ctx.index + 1].paragraph != ctx.paragraph
        issuers = {d.issued_by for d in ctx.documents if d.issued_by is not None}
        issuers -= ctx.issuing()  # it issues one document to carry out another
        issued_by: dict[DocumentRef, set[object]] = {}  # ... but not the one it issues
        for d in ctx.documents:
            if d.issued_by is not None:
                issued_by.setdefault(d.ref, set()).add(d.issued_by)
        if _PREAMBLE.match(ctx.norm.text) and (
                _OPEN_LINE.search(ctx.norm.text) or (docs and not _actors(ctx, docs))):
            # a preamble left open, or one closed by a full stop that names nobody acting
            # ("Thực hiện công văn số 3818 ... về việc tổ chức tập huấn. Ngày 29/7, UBND thành
            # phố đã tổ chức ..."): the next sentence's body carries its documents out
            carried.extend(d for d in docs if d not in carried)
            carried_issuers |= issuers
            # (a preamble that ends its paragraph with a place as its subject, "Thực hiện Nghị
            # quyết số 28, huyện Nông Sơn tăng cường ...", is carried out by that place's body
            # acting first in the next paragraph)
            subject = _PLACE_SUBJECT.search(ctx.norm.text) if last else None
            carried_place = subject.group("name") if subject else None
            carried_at = (None if _OPEN_LINE.search(ctx.norm.text)
                          else ctx.paragraph + 1 if carried_place else ctx.paragraph)
            continue
        if docs and _PURPOSE.match(ctx.norm.text) and _IMPLEMENTS.search(ctx.norm.text) and (
                not _actors(ctx, docs)):
            # "BHXH và Bưu điện Việt Nam tổ chức Lễ ra quân .... Mục đích của buổi lễ ra quân
            # lần này là nhằm ... thực hiện Nghị quyết số 21 ...": the organisers of the event
            # just told carry the documents its purpose names out
            # (the event told in the last few sentences, not any earlier one)
            near = {c.sentence.span for c in ctxs[max(0, ctx.index - 4) : ctx.index]}
            held = [a for a in activities
                    if a.agents and a.span.end <= ctx.sentence.span.start and a.span in near]
            for doc in docs:
                for org in (max(held, key=lambda a: a.span.start).agents if held else ()):
                    if org != doc.issuer:
                        out.setdefault((doc, org, None),
                                       ImplementationLink(doc, org, ctx.sentence.span))
        if carried_at is not None and ctx.paragraph != carried_at:
            carried, carried_issuers = [], set()
        place = carried_place if carried_at is not None and not docs else None
        carried_place = None
        carried_at = None
        agents = tuple(m for m in ctx.agents() if place is None or (
            m.org.area is not None and m.org.area.name == place))
        hosts = _HOSTS_EXAMINERS.search(ctx.norm.text)
        visited = None if hosts is not None else _VISITS_ABOUT.search(ctx.norm.text)
        issuing = ctx.issuing() if carried and docs else set()
        if carried and agents and (not docs or any(m.org in issuing for m in agents)):
            # the body acting after the preamble, also when what it does is issue a document of
            # its own ("... Ngày 07/7/2021, UBND huyện Tịnh Biên đã ban hành Công văn số 4089 về
            # việc ... theo Quyết định số 861"): it carries out the preamble's documents, not
            # those its own document applies
            docs, issuers = tuple(carried), (issuers - issuing) | carried_issuers
        elif not docs or not _IMPLEMENTS.search(ctx.norm.text) or (
                _EXAMINES.search(ctx.norm.text) and hosts is None and visited is None):
            carried, carried_issuers = [], set()
            continue
        carried, carried_issuers = [], set()
        agents = agents if place is not None else ctx.agents()
        if hosts is not None:
            # "Thường trực Thành ủy Hà Nội làm việc với Đoàn khảo sát ... về tình hình thực hiện
            # Nghị quyết số 28": the body examined reports carrying it out; the examiners do not
            agents = tuple(m for m in agents if ctx.norm_start(m.span.end) <= hosts.start())
        elif visited is not None:
            # "Ban Tuyên giáo Tỉnh ủy làm việc với thị xã Tân Châu và Đảng ủy xã Tân An về việc
            # thực hiện Chương trình hành động số 23": the bodies visited report carrying it out;
            # the visitor does not
            agents = tuple(m for m in agents if visited.end("with")
                           <= ctx.norm_start(m.span.start) < visited.start("about"))
        if _QUOTED_DUTY.match(ctx.norm.text):
            # "Theo Nghị định 146, BHXH Việt Nam có trách nhiệm cấp thẻ": a duty the document
            # sets, quoted, says no body carried it out
            continue
        first = min((ctx.norm_start(m.span.start) for m in agents), default=0)
        served = _served_by(ctx.norm.text, docs, issued_by)
        for doc in docs:
            if doc in served:
                # "... tại Kế hoạch số 223/KH-UBND ... của UBND Thành phố về việc thực hiện Nghị
                # quyết số 102/NQ-CP ...": the plan's issuer carries the resolution out by its
                # plan; the bodies acting carry out the plan
                for org in served[doc]:
                    if org != doc.issuer and not any(k[0] == doc and k[1] == org for k in out):
                        out[(doc, org, None)] = ImplementationLink(doc, org, ctx.sentence.span)
                continue
            for mention in agents:
                at = ctx.norm_start(mention.span.start)
                if _PARTNER_BEFORE.search(ctx.norm.text, 0, at) and (
                        at == first or _ASKED.search(ctx.norm.text, first, at)):
                    # "..., phối hợp BHXH huyện tuyên truyền" with no subject, or the partner of
                    # bodies told to act ("chỉ đạo UBND các xã ..., phối hợp BHXH huyện ..."):
                    # no implementer said
                    continue
                if _SANCTIONED.match(ctx.norm.text, ctx.norm_start(mention.span.end)):
                    # "Công ty ... bị xử phạt theo Nghị định 12": the body it was enforced on
                    continue
                if ((rec := _RECOMMENDS.match(ctx.norm.text, ctx.norm_start(mention.span.end)))
                        and (mention.org.kind in _OVERSIGHT_KINDS or "kiến" in rec.group().lower())
                        and not _IMPLEMENTS.search(rec.group())
                        and (cited := _cited_at(ctx.norm.text, doc))
                        and min(cited) >= rec.end()):
                    # "HĐND tỉnh đề nghị BHXH tỉnh tiếp tục thực hiện tốt Nghị định 146": the
                    # body recommending that another carry the document out does not (but "Để
                    # triển khai Nghị quyết ..., BHXH TPHCM đề nghị các nhà trường ...": it acts
                    # for the document named before, by its request)
                    continue
                if _SUBMITTED_TO.search(ctx.norm.text, max(0, at - 16), at):
                    # "... lập danh sách ... trình UBND huyện phê duyệt": the body a proposal
                    # goes to for approval, not one carrying the document out
                    continue
                org = mention.org
                # (the issuer's standing organs act as the issuer; its advisory organs, "Ban
                # Tuyên giáo Thành ủy" for the Thành ủy's programme, carry the document out. A
                # document of unknown issuer is carried out only by organs named in this way,
                # and through the activities above: a body of no parent, as ever, is not)
                # (a decree or a law of no issuer named is the Government's or the National
                # Assembly's all the same: a body of no parent carries it out, "BHXH Việt Nam ...
                # đã giải quyết chế độ ... theo Nghị định 177 và 178")
                national = doc.issuer is None and doc.kind in _NATIONAL_KINDS
                if (org in issuers or org == doc.issuer
                        or (national and org.kind == _NATIONAL_KINDS[doc.kind])
                        or (org.parent == doc.issuer and not national
                            and (doc.issuer is None or org.name in _ACTS_AS_ISSUER))
                        or org in issued_by.get(doc, ())):
                    continue
                if any(k[0] == doc and k[1] == org for k in out):
                    continue
                out[(doc, org, None)] = ImplementationLink(doc, org, ctx.sentence.span)
    return tuple(out.values())


# What one document is for, right before the document it carries out: "Kế hoạch số 223/KH-UBND
# ngày 10/12/2018 của UBND Thành phố về việc thực hiện Nghị quyết số 102/NQ-CP".
_SERVES = re.compile(r"(?<!\w)(?:(?:về việc|để|nhằm)\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)"
                     r"\s*$", re.IGNORECASE)


def _served_by(text: str, docs: Sequence[DocumentRef],
               issued_by: dict[DocumentRef, set[object]]) -> dict[DocumentRef, set[object]]:
    """The documents of the sentence that another of its documents, of a named issuer, is
    written to carry out, with that issuer."""
    served: dict[DocumentRef, set[object]] = {}
    cited: list[tuple[int, DocumentRef]] | None = None  # every citation, once one is needed
    for doc in docs:
        for at in _cited_at(text, doc):
            if not _SERVES.search(text, max(0, at - 40), at):
                continue
            if cited is None:
                cited = [(o, other) for other in {*docs, *issued_by}
                         for o in _cited_at(text, other)]
            # only the nearest document before it, of its own clause: its number, date and
            # issuer, then the verb ("Kế hoạch số 223/KH-UBND ngày 10/12/2018 của UBND Thành phố
            # về việc thực hiện ..."; not "Theo Kế hoạch số 12 ..., Hội LHPN huyện đã thực hiện
            # ...", the body's own verb, nor "Thực hiện A, thực hiện B", a list)
            before = [(o, other) for o, other in cited if o < at and other != doc]
            if not before:
                continue
            o, other = max(before, key=lambda p: p[0])
            if (issued_by.get(other) and at - o <= 140
                    and not re.search(r"[.;,]|\svà\s", text[o:at])):
                served.setdefault(doc, set()).update(issued_by[other])
    return served


# A body as the subject of a recommendation: "HĐND tỉnh (sau giám sát) đề nghị ...".
_RECOMMENDS = re.compile(r"[^.;:\d]{0,40}?(?<!\w)(?:đề nghị|kiến nghị)(?!\w)", re.IGNORECASE)


def _cited_at(text: str, doc: DocumentRef) -> list[int]:
    """Where ``text`` cites ``doc`` by its kind word and number ("Chỉ thị số 38")."""
    words = "|".join(w for w, k in KIND_WORDS.items() if k == doc.kind)
    return [m.start() for m in re.finditer(
        rf"(?<!\w)(?:{words})\s+(?:số\s+)?0*{re.escape(doc.number)}(?!\d)", text,
        re.IGNORECASE)] if words else []


# A document's duty quoted: "Theo Nghị định 146, BHXH Việt Nam có trách nhiệm ...".
_QUOTED_DUTY = re.compile(
    r"\s*(?:theo|căn cứ)\s+(?:quy định\s+(?:của|tại)\s+)?(?:luật|nghị định|thông tư|quyết định"
    r"|chỉ thị|nghị quyết|kế hoạch|công văn|hướng dẫn)\b[^,.;]*,[^.;]*?"
    r"(?<!\w)(?:có trách nhiệm|có nhiệm vụ|chịu trách nhiệm|phải)(?!\w)", re.IGNORECASE)
# A body the document was enforced on, as the subject: "Công ty ... bị xử phạt theo Nghị định 12"
# (not the enterprises an agency dealt with: "BHXH huyện ... đã truy thu ... đối với 3 doanh
# nghiệp bị xử lý vi phạm").
_SANCTIONED = re.compile(r"[^,.;:]{0,40}?(?<!\w)bị\s+(?:xử phạt|phạt|xử lý|truy thu|thu hồi)(?!\w)",
                         re.IGNORECASE)
# Bodies that oversee and recommend ("HĐND tỉnh đề nghị BHXH tỉnh thực hiện tốt ..."), unlike an
# executive asking its units to act ("UBND huyện đã có văn bản đề nghị các xã triển khai ...").
_OVERSIGHT_KINDS = frozenset({"peoples_council", "legislature"})
_SUBMITTED_TO = re.compile(r"(?<!\w)(?:trình|gửi)(?:\s+(?:lên|cho|về))?\s+$", re.IGNORECASE)


# The kinds only one national body issues (its organisation kind): decrees the Government's, laws
# the National Assembly's.
_NATIONAL_KINDS = {"decree": "government", "law": "legislature"}


# The organs through which a committee itself acts (its standing board, its executive).
_ACTS_AS_ISSUER = frozenset({"Ban Thường vụ", "Thường trực", "Ban Thường trực", "Ban Chấp hành",
                             "Ban Thường vụ Ủy ban"})


def _actors(ctx: SentenceContext, docs: Sequence[DocumentRef]) -> tuple[object, ...]:
    """The bodies a sentence shows acting, other than the issuers of its documents."""
    issuers = {d.issuer for d in docs} | {m.issued_by for m in ctx.documents}
    return tuple(m for m in ctx.agents() if m.org not in issuers)


def outcome_links(
    ctxs: Sequence[SentenceContext],
    focus: dict[int, tuple[DocumentRef, ...]],
    observations: Sequence[Observation],
    headline: tuple[int, int] | None = None,
) -> tuple[OutcomeLink, ...]:
    """Document -> outcome links for results (not targets) that the article attributes, in a
    sentence or in its headline (``headline``: its offsets in the text, as
    places.headline_range gives them)."""
    out: list[OutcomeLink] = []
    by_sentence: dict[int, list[Observation]] = {}
    for ctx in ctxs:
        by_sentence[ctx.index] = [
            o for o in observations
            if o.span == ctx.sentence.span and not o.is_target and o.indicator not in _NOT_OUTCOMES
        ]
    out.extend(_headline_credits(ctxs, focus, by_sentence, headline))
    out.extend(_lead_credits(ctxs, focus, by_sentence, headline))
    # a result of the year the document was issued, or before, beside a later one is where it
    # started from ("Năm 2009, có 25.980 người ...; đến tháng 3/2019, có 53.122 người" after a
    # Chỉ thị of 2009)
    issued = {m.ref: m.issued.year for c in ctxs for m in c.documents if m.issued is not None}
    for ctx in ctxs:
        docs = [d for d in focus.get(ctx.index, ())
                if ctx.documents or ctx.anaphoric_kinds() or ctx.refers_to_policy()
                or ctx.refers_to_documents()]
        if not docs or not _BRINGS.search(ctx.norm.text):
            continue
        if ctx.documents and _CREDITS.search(ctx.norm.text):
            out.extend(_credited(ctxs, ctx, docs, by_sentence))
            continue
        if ctx.documents and (why := _EXPLAINS.match(ctx.norm.text)) is not None:
            out.extend(_explained(ctxs, ctx, docs, by_sentence, why["what"]))
            continue
        under = [m.ref for m in ctx.documents if not m.yardstick]
        if under and _ENROLLED_UNDER.search(ctx.norm.text):
            # "... có hơn 30 nghìn người dân tộc thiểu số tham gia BHYT theo Nghị định 75": the
            # people enrolled under the document
            out.extend(OutcomeLink(doc, obs, ctx.sentence.span)
                       for obs in by_sentence.get(ctx.index, ()) if obs.indicator == "participants"
                       for doc in dict.fromkeys(under))
            continue
        tied = bool(_ATTRIBUTES.search(ctx.norm.text))
        following = ctxs[ctx.index + 1] if ctx.index + 1 < len(ctxs) else None
        last_of_paragraph = following is None or following.paragraph != ctx.paragraph
        if (not last_of_paragraph and _PREAMBLE.match(ctx.norm.text) and not _actors(ctx, docs)
                and not following.documents and following.agents()):
            # "Thực hiện Nghị quyết ... và Chỉ thị .... BHXH huyện đã phối hợp ...": a preamble
            # closed by a stray full stop and the body carrying it out make one statement
            after = ctxs[ctx.index + 2] if ctx.index + 2 < len(ctxs) else None
            last_of_paragraph = after is None or after.paragraph != ctx.paragraph
        preamble = (last_of_paragraph and _PREAMBLE.match(ctx.norm.text) is not None
                    and _LEFT_OPEN.search(ctx.norm.text) is not None)
        # "Thực hiện Chỉ thị 38 ..., UBND thị xã đã ban hành ..." ends its paragraph and the next
        # one says what it brought, from a "Nhờ vậy"/"Nhờ đó" on: the results after it are tied
        bridged = False
        for later in ctxs[ctx.index :]:
            if later.paragraph != ctx.paragraph:
                if later.paragraph != ctx.paragraph + 1:
                    break
                if preamble:
                    tied = True
                elif last_of_paragraph and not bridged:
                    bridged, tied = True, False
                elif not bridged:
                    break
                if bridged and _BRIDGE.search(later.norm.text):
                    tied = True
            if later.index > ctx.index and any(
                    not d.yardstick and d.ref not in docs for d in later.documents):
                break  # another document takes over
            if later.index > ctx.index and len(docs) > 1 and 0 < len(
                    {d.ref for d in later.documents if not d.yardstick}) < len(docs):
                # "Kết quả thực hiện Chỉ thị 38: ... . Kết quả thực hiện Nghị quyết 28: ...": a
                # sentence singling out one of the documents takes its results for that one
                # (credited in its own turn), not for all the documents named before
                break
            if later.index > ctx.index and _CONNECTIVE.search(later.norm.text) and not bridged:
                tied = True
            if not tied and not (later.index == ctx.index and _REPORTS_AFTER_PREAMBLE.match(
                    ctx.norm.text)):
                continue
            for obs in by_sentence.get(later.index, ()):
                for doc in docs:
                    out.append(OutcomeLink(doc, obs, ctx.sentence.span))
    starts = {ctx.sentence.span: {parse_number(m.group(1))
                                  for m in _MOVE_START.finditer(ctx.norm.text)}
                                 | _conditional_start(ctx.norm.text)
              for ctx in ctxs}
    kept = [link for link in dict.fromkeys(out) if not _baseline(link, out, issued)
            and link.outcome.value not in starts.get(link.outcome.span, ())]
    return tuple(link for link in kept if not _detail(link, kept))


# A headline that credits carrying a document out with results: "Hà Nội đi đầu trong thực hiện
# Nghị quyết số 28-NQ/TƯ ...", "Thực hiện Nghị quyết số 28-NQ/TW ở huyện Phú Giáo: Các chỉ tiêu
# BHXH, BHYT đều tăng", "Kết quả qua 3 năm thực hiện Nghị quyết 05-NQ/TU, ..." (not a headline
# that names an event: "Sơ kết 5 năm thực hiện Nghị quyết số 21-NQ/TW").
# ("An Giang thực hiện tốt Nghị quyết số 21 của Bộ Chính trị": carried out well)
_HEADLINE_CREDITS = re.compile(
    r"\b(?:kết quả|đi đầu|hiệu quả|chuyển biến|đều tăng|mở rộng|nổi bật|thành công)\b"
    r"|(?<!cần )(?<!phải )(?<!để )\b(?:thực hiện|triển khai) tốt\s+(?:Nghị quyết|Chỉ thị|Kế hoạch"
    r"|Quyết định|Chương trình|Nghị định|Luật)\b",
    re.IGNORECASE)
# A lead that reviews years of carrying documents out and credits them with a change: "5 năm
# triển khai thực hiện Nghị quyết 21-NQ/TW ... và Chương trình hành động số 23-CTr/TU ..., việc
# thực hiện chính sách BHXH, BHYT ... đã có sự chuyển biến tích cực".
_REVIEW_LEAD = re.compile(
    r"^\s*(?:(?:sau|qua)\s+)?(?:hơn\s+|gần\s+)?(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm"
    r"\s+(?:triển khai\s+)?(?:thực hiện|triển khai)\b", re.IGNORECASE)
_LEAD_CREDITS = re.compile(
    r"\b(?:chuyển biến\s+(?:tích cực|rõ rệt|mạnh mẽ)|(?:nhiều|những)\s+kết quả\s+(?:quan trọng"
    r"|tích cực|nổi bật|đáng kể)|đạt được\s+(?:nhiều\s+)?kết quả)\b", re.IGNORECASE)


def _headline_credits(
    ctxs: Sequence[SentenceContext],
    focus: dict[int, tuple[DocumentRef, ...]],
    by_sentence: dict[int, list[Observation]],
    headline: tuple[int, int] | None,
) -> list[OutcomeLink]:
    """The article's results credited to the one document its headline says was carried out
    with results; a result in a sentence about another document is that one's business."""
    if headline is None:
        return []
    heads = [c for c in ctxs if headline[0] <= c.sentence.span.start < headline[1]]
    refs = {d.ref for c in heads for d in c.documents if not d.yardstick}
    text = " ".join(c.norm.text for c in heads)
    if len(refs) != 1 or not (_IMPLEMENTS.search(text) and _HEADLINE_CREDITS.search(text)):
        return []
    return _credited_results([c for c in ctxs if c not in heads], focus, by_sentence,
                             list(refs), heads[0])


def _lead_credits(
    ctxs: Sequence[SentenceContext],
    focus: dict[int, tuple[DocumentRef, ...]],
    by_sentence: dict[int, list[Observation]],
    headline: tuple[int, int] | None,
) -> list[OutcomeLink]:
    """The article's results credited to the documents its lead reviews years of carrying out
    with a change for the better (``_REVIEW_LEAD``); a result in a sentence about another
    document is that one's business."""
    body = [c for c in ctxs if headline is None or not (
        headline[0] <= c.sentence.span.start < headline[1])]
    if not body:
        return []
    lead = body[0]
    refs = [d.ref for d in lead.documents if not d.yardstick]
    if not refs or not (_REVIEW_LEAD.match(lead.norm.text) and _LEAD_CREDITS.search(
            lead.norm.text)):
        return []
    return _credited_results(body[1:], focus, by_sentence, refs, lead)


def _credited_results(
    ctxs: Sequence[SentenceContext],
    focus: dict[int, tuple[DocumentRef, ...]],
    by_sentence: dict[int, list[Observation]],
    refs: Sequence[DocumentRef],
    credit: SentenceContext,
) -> list[OutcomeLink]:
    """The results of ``ctxs`` credited to ``refs`` by the sentence ``credit``, but for those of
    a sentence about another document."""
    docs = set(refs)
    return [OutcomeLink(doc, obs, credit.sentence.span)
            for ctx in ctxs if set(focus.get(ctx.index, ())) <= docs
            for obs in by_sentence.get(ctx.index, ()) for doc in dict.fromkeys(refs)]


# What a credit of "kết quả" looks back on: how many are insured, not the fund's money or the
# visits it paid for (reported in the same breath, they are the scheme's activity).
_CREDITED = frozenset({"participants", "coverage_rate", "group_coverage_rate", "plan_completion"})


def _credited(
    ctxs: Sequence[SentenceContext],
    ctx: SentenceContext,
    docs: Sequence[DocumentRef],
    by_sentence: dict[int, list[Observation]],
) -> list[OutcomeLink]:
    """The coverage results a crediting sentence looks back on: those reported before it in its
    paragraph or, when it opens one, in the paragraph before, back to a sentence citing another
    document."""
    out: list[OutcomeLink] = []
    first = ctx.index == 0 or ctxs[ctx.index - 1].paragraph != ctx.paragraph
    reach = ctx.paragraph - 1 if first else ctx.paragraph
    for earlier in reversed(ctxs[: ctx.index]):
        if earlier.paragraph < reach or any(
                not d.yardstick and d.ref not in docs for d in earlier.documents):
            break
        for obs in by_sentence.get(earlier.index, ()):
            if obs.indicator in _CREDITED:
                out.extend(OutcomeLink(doc, obs, ctx.sentence.span) for doc in docs)
    return out


def _explained(
    ctxs: Sequence[SentenceContext],
    ctx: SentenceContext,
    docs: Sequence[DocumentRef],
    by_sentence: dict[int, list[Observation]],
    what: str,
) -> list[OutcomeLink]:
    """The results of the sentence just before that an explaining sentence names by its subject:
    the rates for "Tỷ lệ ...", the counts for "Số ..."."""
    if ctx.index == 0 or ctxs[ctx.index - 1].paragraph != ctx.paragraph:
        return []
    named = ({"coverage_rate", "group_coverage_rate"} if what.lower() != "số"
             else {"participants"})
    return [OutcomeLink(doc, obs, ctx.sentence.span)
            for obs in by_sentence.get(ctx.index - 1, ()) if obs.indicator in named
            for doc in docs]


def _detail(link: OutcomeLink, links: Sequence[OutcomeLink]) -> bool:
    """Whether ``link``'s result is of a unit inside the area of another result tied to the same
    document: "toàn huyện ... đạt 72,49%. Trong đó, ... Suối Cát đạt 89,83%" credits the
    district's figure to the document; the communes' figures detail it."""
    area = link.outcome.area
    return area is not None and any(
        other.document == link.document and (wider := other.outcome.area) is not None
        and wider != area and is_within(area, wider)
        for other in links)


def _baseline(link: OutcomeLink, links: Sequence[OutcomeLink], issued: dict[DocumentRef, int]
              ) -> bool:
    """Whether ``link``'s result is the starting point of a later one: dated no later than the
    year the document was issued (or, when the text gives no issue date, in the same sentence),
    with a later result of the same figure tied to it too."""
    obs = link.outcome
    if obs.date is None:
        return False
    year = issued.get(link.document)
    # With no issue date in the text, a sentence that gives two figures of one series is a
    # before and after ("Nếu như năm 2009, tỷ lệ ... 69,36%; đến hết năm 2018, ... 89,26%"):
    # the earlier one is where it started from.
    if year is not None and obs.date.year > year:
        return False
    return any(
        other.document == link.document and (o := other.outcome).date is not None
        and o.date > obs.date and (o.indicator, o.scheme, o.area, o.population_group)
        == (obs.indicator, obs.scheme, obs.area, obs.population_group)
        and (year is not None or o.span == obs.span)
        for other in links)
