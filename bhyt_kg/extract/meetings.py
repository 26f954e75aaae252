"""Meetings: conferences, working sessions, launch ceremonies, with date, organiser and chair.

An article usually reports one meeting and mentions it several times ("tổ chức Hội nghị ...",
"Dự hội nghị có ...", "Phát biểu chỉ đạo tại hội nghị"): mentions of one kind merge into one
meeting, dated by the sentence that says when it was held.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..model import Area, Meeting, OrgRef, PersonMention
from .context import SentenceContext

EVENT_WORDS: dict[str, str] = {
    "hội nghị": "conference",
    "buổi làm việc": "working_session",
    "cuộc họp": "meeting",
    "phiên họp": "meeting",
    "lễ phát động": "launch_ceremony",
    "lễ ra quân": "launch_ceremony",
    "lễ mít tinh": "launch_ceremony",
}
_EVENT = re.compile(
    r"\b(?:các\s+)?(" + "|".join(map(re.escape, EVENT_WORDS)) + r")\b", re.IGNORECASE
)
_HELD = re.compile(r"\b(?:đã\s+)?(?:tổ chức|tiến hành|khai mạc|diễn ra|họp)\b", re.IGNORECASE)
_CHAIR = re.compile(r"\bchủ trì\b", re.IGNORECASE)
_DAY = re.compile(r"\bngày\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?", re.IGNORECASE)
_LABEL_END = re.compile(r"[,.;:(]|\s(?:trên địa bàn|tại|do|với sự|nhằm)\s")


def _date(ctx: SentenceContext, published: dt.date | None) -> dt.date | None:
    m = _DAY.search(ctx.norm.text)
    if not m:
        return None
    year = int(m.group(3)) if m.group(3) else (published.year if published else None)
    if year is None:
        return None
    try:
        return dt.date(year, int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _label(ctx: SentenceContext, start: int) -> str:
    rest = ctx.norm.text[start:]
    end = _LABEL_END.search(rest)
    words = (rest[: end.start()] if end else rest).split()
    label = " ".join(words[:14])
    return label[0].lower() + label[1:] if label else label


def extract_meetings(
    ctxs: Sequence[SentenceContext],
    people: Sequence[PersonMention],
    home: Area | None,
    published: dt.date | None,
) -> tuple[Meeting, ...]:
    """Meetings the article reports as held, one per kind."""
    found: dict[str, Meeting] = {}
    chairs: dict[str, str] = {}
    for ctx in ctxs:
        for m in _EVENT.finditer(ctx.norm.text):
            kind = EVENT_WORDS[m.group(1).lower()]
            held = _HELD.search(ctx.norm.text)
            chaired = _CHAIR.search(ctx.norm.text)
            if chaired and kind not in chairs:
                for person in people:
                    if person.span == ctx.sentence.span:
                        chairs[kind] = person.name
                        break
            if kind in found or not (held or chaired):
                continue
            organiser: OrgRef | None = None
            if held:
                before = [
                    o.org for o in ctx.organisations if ctx.norm_start(o.span.start) < held.start()
                ]
                organiser = before[-1] if before else None
            found[kind] = Meeting(
                kind=kind,
                label=_label(ctx, m.start(1)),
                span=ctx.sentence.span,
                date=_date(ctx, published),
                area=home,
                organiser=organiser,
            )
    return tuple(
        Meeting(
            kind=mt.kind, label=mt.label, span=mt.span, date=mt.date, area=mt.area,
            organiser=mt.organiser, chair=chairs.get(mt.kind),
        )
        for mt in found.values()
    )
