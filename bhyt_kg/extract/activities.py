"""Activities: what was done (communication, training, dialogue, visits, leaflets...), by whom.

A lexicon maps verbs and nouns to activity kinds (docs/code-lists.md). The agent of an activity
is the nearest organisation named before its keyword in the sentence, the grammatical subject
in this genre's word order ("Ban Thường vụ Huyện ủy đã chỉ đạo Ban Tuyên giáo Huyện ủy ...
quán triệt"); a sentence that opens with "Đồng thời", "Song song đó" without a subject continues
the previous sentence's subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import ActivityMention, Area, DocumentRef, OrgRef
from .context import CONTINUES, SentenceContext, requested
from .documents import identity_issuer

# Order matters only for readability; every keyword of every kind is looked for.
ACTIVITY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "direction": ("chỉ đạo", "lãnh đạo"),
    "dissemination": ("quán triệt", "phổ biến", "triển khai nội dung"),
    "communication": ("tuyên truyền", "vận động"),
    "media_coverage": ("tin, bài", "tin bài", "chuyên mục", "phóng sự"),
    "training": ("tập huấn", "bồi dưỡng nghiệp vụ"),
    "dialogue": ("đối thoại",),
    "door_to_door": ("đến trực tiếp hộ", "đến từng hộ", "từng ngõ", "từng nhà", "đến tận nhà"),
    "leaflets": ("tờ rơi", "tờ bướm", "tờ gấp", "pa nô", "băng rôn"),
    "collaborator_network": ("cộng tác viên", "đại lý thu"),
    "residents_meeting": ("họp dân", "họp khóm", "họp ấp", "họp thôn", "họp tổ dân phố"),
    "planning": ("ban hành", "cụ thể hóa", "xây dựng kế hoạch"),
    "review": ("sơ kết", "tổng kết", "kiểm điểm", "đánh giá tình hình"),
    "inspection": ("kiểm tra, giám sát", "kiểm tra", "giám sát"),
    "awards": ("khen thưởng", "biểu dương"),
    "enrolment_support": ("hỗ trợ mức đóng", "tặng thẻ", "trao tặng thẻ", "trao bảo hiểm"),
}
_KEYWORD = re.compile(
    "|".join(
        rf"(?P<{kind}_{i}>\b{re.escape(word)}\b)"
        for kind, words in ACTIVITY_KEYWORDS.items()
        for i, word in enumerate(words)
    ),
    re.IGNORECASE,
)
# The same alternatives over the lower-cased text, with the shared leading "\b" checked by hand
# (see _keywords): a case-sensitive pattern that starts with the alternation lets the regex
# engine skip ahead on its first characters, dozens of times faster than _KEYWORD over this
# genre's sentences, with the same matches. (Every keyword is written in lower case.)
_KEYWORD_KIND = {word: kind for kind, words in ACTIVITY_KEYWORDS.items() for word in words}
_KEYWORD_LOWER = re.compile(
    "(?:" + "|".join(re.escape(word) for word in _KEYWORD_KIND) + r")\b")


def _keywords(text: str) -> Iterator[tuple[int, str]]:
    """(start, activity kind) of each match ``_KEYWORD.finditer(text)`` gives, found faster."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): offsets would move
        yield from ((m.start(), _kind_of(m)) for m in _KEYWORD.finditer(text))
        return
    pos = 0
    while (m := _KEYWORD_LOWER.search(low, pos)) is not None:
        start = m.start()
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            pos = start + 1  # no word boundary before it: look again from the next character
            continue
        yield start, _KEYWORD_KIND[m.group()]
        pos = m.end()

# "lãnh đạo" as a noun: the leaders ("làm việc với lãnh đạo thị xã", "sự lãnh đạo của Đảng").
_LEADERS = re.compile(r"lãnh đạo\b", re.IGNORECASE)
_LEADERS_BEFORE = re.compile(r"\b(?:với|sự|các|cùng|của|đại diện)\s+$", re.IGNORECASE)
# ... but a verb after a tense or manner word: "đã lãnh đạo UBND huyện triển khai ..."
_LEADS_VERB = re.compile(r"\b(?:đã|đang|sẽ|trực tiếp|tập trung)\s+$", re.IGNORECASE)
_LEADERS_OF = re.compile(
    r"lãnh đạo\s+(?:UBND|HĐND|Ủy ban|Sở|Phòng|Ban|ngành|địa phương|đơn vị|thị xã|thành phố|huyện"
    r"|quận|xã|phường|thị trấn|tỉnh)\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,|và|,\s*và)\s*(?:các\s+)?$", re.IGNORECASE)
_PARTNER_BEFORE = re.compile(r"(?:phối hợp|kết hợp|cùng|liên kết)(?:\s+chặt chẽ)?(?:\s+với)?"
                             r"\s*(?:các\s+)?$", re.IGNORECASE)
_PARTNER_GAP = re.compile(r"(?:phối hợp|kết hợp|cùng|liên kết)(?:\s+chặt chẽ)?\s+với\s*(?:các\s+)?$", re.IGNORECASE)


def _doers(text: str, before: list[tuple[int, int, OrgRef]]) -> tuple[OrgRef, ...]:
    """Who did what a keyword names: the organisations listed just before it, and, when they
    are partners ("Hội LHPN huyện phối hợp với BHXH huyện tổ chức ..."), the subject first."""
    if not before:
        return ()
    i = len(before) - 1
    group = [before[i][2]]
    while i > 0 and _LIST_GAP.match(text[before[i - 1][1] : before[i][0]]):
        i -= 1
        group.insert(0, before[i][2])
    if i > 0 and _PARTNER_GAP.search(text[before[i - 1][1] : before[i][0]]):
        group.insert(0, before[i - 1][2])
    elif _PARTNER_BEFORE.search(text, 0, before[i][0]):
        # "..., phối hợp Bảo hiểm xã hội huyện đẩy mạnh tuyên truyền" with no body as its
        # subject: a partner named, whoever did it is not
        return ()
    return tuple(dict.fromkeys(group))


# The topic of an examination: "có đợt khảo sát tại tỉnh X về công tác tuyên truyền ...",
# "giám sát việc vận động ..." (what the examined bodies did, not the examiner).
_EXAMINED = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát)\b[^.;]{0,60}?\b(?:về|việc)\s+"
                       r"(?:(?:công tác|tình hình|việc|kết quả)\s+)*$", re.IGNORECASE)


# An examination of how a document is carried out ("tổ chức kiểm tra, giám sát việc thực hiện
# Nghị quyết số 28"): the examiner carries out nothing (the examined may, elsewhere), unless
# it also rolls the document out ("chủ trì ... tổ chức triển khai, theo dõi, kiểm tra việc thực
# hiện quyết định này").
_EXAMINES_CARRYING_OUT = re.compile(
    r"(?:kiểm tra|giám sát|khảo sát)[^.;]{0,60}?\b(?:việc|tình hình|kết quả)\s+"
    r"(?:triển khai\s+)?(?:thực hiện|triển khai)\b", re.IGNORECASE)
_ROLLS_OUT = re.compile(r"\btriển khai\b[^.;]{0,30}$", re.IGNORECASE)


# Active "đã ban hành", not passive "được ban hành" (which reports what happened after issuing).
_ISSUES = re.compile(r"(?<!được )\bban hành\b", re.IGNORECASE)


# The number of the document a body issues: "ban hành Công văn (số) 558", "ban hành Kế hoạch
# số 34/KH-UBND".
_CARRIES_OUT = re.compile(r"\b(?:thực hiện|triển khai|cụ thể hóa|quán triệt|hướng dẫn thi hành)\b",
                         re.IGNORECASE)
_ISSUED_NUMBER = re.compile(r"(?<!được )\bban hành\s+(?:[^\W\d]+\s+){1,3}?(?:số\s+)?0*(\d+)",
                            re.IGNORECASE)


def _implemented(
    ctx: SentenceContext, docs: tuple[DocumentRef, ...], lead: OrgRef
) -> tuple[DocumentRef, ...]:
    """The documents an activity carries out: not the one its own doer issues in the sentence
    ("Ban Thường vụ Huyện ủy ... đã ban hành Chỉ thị số 07 về tăng cường sự lãnh đạo")."""
    if not _ISSUES.search(ctx.norm.text):
        return docs
    named = {d.ref for d in ctx.documents}
    # "..., Hội Nông dân tỉnh ban hành Công văn 558 ...": the letter it issues is its own act,
    # whoever the text says issued it (the programme it carries out is still carried out)
    issued_at = {m.group(1): m.end() for m in _ISSUED_NUMBER.finditer(ctx.norm.text)}
    issued = set(issued_at)
    # "ban hành Công văn số 4089 về việc tạm dừng thẻ ... đã được phê duyệt theo Quyết định số
    # 861": a document cited only inside the issued one's subject is what it concerns, not what
    # the issuing carries out (unless a verb of carrying out comes between: "ban hành Kế hoạch
    # số 10 để thực hiện Chỉ thị 38")
    after = min(issued_at.values(), default=None)
    subject_only = set()
    if after is not None:
        for ref in named:  # (a mention's span is its sentence: find where its number stands)
            # (written with its leading zeros: "Thông tư liên tịch số 03/2010/TTLT-...")
            at = [m.start() for m in re.finditer(rf"(?<![\d/.,])0*{re.escape(ref.number)}(?!\d)",
                                                 ctx.norm.text)]
            if at and ref.number not in issued and all(
                    a > after and not _CARRIES_OUT.search(ctx.norm.text, after, a) for a in at):
                subject_only.add(ref)
    return tuple(d for d in docs if d not in subject_only and not (d in named and (
        identity_issuer(lead) == d.issuer or (d.issuer is None and d.number in issued))))


# ... unless the sentence says they are done to carry it out: "Nhằm đưa Luật BHXH ... vào cuộc
# sống, ... tổ chức đối thoại", "Để triển khai thi hành Luật ...".
_CARRIES_LAW_OUT = re.compile(
    r"\bđưa\b[^.;]{0,60}?\bvào cuộc sống\b"
    r"|\b(?:để|nhằm)\s+(?:triển khai\s+)?(?:thực hiện|thi hành)\b|\btriển khai thi hành\b",
    re.IGNORECASE)
# Activities that tell people of something: of a law, they do not carry it out.
_TELLS_OF = frozenset({"dissemination", "communication", "dialogue", "training", "media_coverage",
                       "leaflets"})


def _kind_of(match: re.Match[str]) -> str:
    name = match.lastgroup or ""
    return name.rsplit("_", 1)[0]


def extract_activities(
    ctxs: Sequence[SentenceContext],
    focus: dict[int, tuple[DocumentRef, ...]],
    home: Area | None,
) -> tuple[ActivityMention, ...]:
    """One activity per (sentence, kind, agent); only activities with a known agent are kept."""
    out: list[ActivityMention] = []
    seen: set[tuple[int, str, tuple[OrgRef, ...]]] = set()
    subject: OrgRef | None = None
    paragraph = -1
    for ctx in ctxs:
        if ctx.paragraph != paragraph:
            paragraph, subject = ctx.paragraph, None
        issuers = {d.issued_by for d in ctx.documents if d.issued_by is not None}
        issuers -= ctx.issuing()  # it issues one document to carry out another
        agents = [
            (ctx.norm_start(o.span.start), ctx.norm_start(o.span.end), o.org)
            for o in ctx.agents()
            if o.org not in issuers
        ]
        carried = subject if CONTINUES.match(ctx.norm.text) else None
        for at, kind in _keywords(ctx.norm.text):
            if _EXAMINED.search(ctx.norm.text, max(0, at - 80), at):
                continue  # "khảo sát ... về công tác tuyên truyền": what others did, examined
            if kind == "direction" and (_LEADERS.match(ctx.norm.text, at) and (
                    _LEADERS_BEFORE.search(ctx.norm.text, max(0, at - 12), at)
                    or _LEADERS_OF.match(ctx.norm.text, at))
                    and not _LEADS_VERB.search(ctx.norm.text, max(0, at - 14), at)):
                continue  # "làm việc với lãnh đạo thị xã Tân Châu": the leaders, a noun
            doers = _doers(ctx.norm.text, [a for a in agents if a[1] <= at])
            if not doers and carried is not None:
                doers = (carried,)
            if not doers:
                continue
            key = (ctx.index, kind, doers)
            if key in seen:
                continue
            seen.add(key)
            lead = doers[0]
            # A requested activity ("đề nghị các cấp ủy ... tăng cường tuyên truyền") is still
            # an activity, but it carries out nothing yet.
            docs = (
                ()
                if requested(ctx.norm.text, at)
                or (kind == "inspection" and _EXAMINES_CARRYING_OUT.match(ctx.norm.text, at)
                    and not _ROLLS_OUT.search(ctx.norm.text, 0, at))
                else _implemented(ctx, focus.get(ctx.index, ()), lead)
            )
            if kind in _TELLS_OF and not _CARRIES_LAW_OUT.search(ctx.norm.text):
                # telling people of a law ("tuyên truyền, đối thoại về Luật BHXH số 41/2024/QH15
                # cho giáo viên") spreads knowledge of it, it does not carry it out (a Party
                # directive's bodies carry it out by making it known, a law's do not)
                docs = tuple(d for d in docs if d.kind != "law")
            out.append(
                ActivityMention(
                    kind=kind,
                    span=ctx.sentence.span,
                    agents=doers,
                    area=lead.area if lead.area is not None else home,
                    documents=docs,
                )
            )
        if agents:
            subject = agents[0][2]
        elif carried is not None:
            subject = carried
    return tuple(out)
