"""Article text -> page furniture, title, byline, dateline and sentences.

News pages saved as text carry furniture around the article (domain.md §5): "Skip to main
content", section headers in capitals, a dateline with view counts, photo captions ending
"Ảnh: ...", and after the byline comment boxes, polls and weather. We find these by their form,
not by the seeds' strings, and split what is left into sentences. Matching runs on
:func:`bhyt_kg.text.normalise`'s text (so NFD or NBSP input still works); every offset returned is
into the original text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Sentence, Span
from .text import Normalised, normalise

# --- line classification ------------------------------------------------------------------------

_SKIP_LINK = re.compile(
    r"^(?:skip to (?:main )?content|skip navigation|bỏ qua (?:nội dung|điều hướng)"
    r"|chuyển (?:đến|tới) nội dung(?: chính)?|đi (?:đến|tới) nội dung(?: chính)?)\W*$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^trang chủ\b|\s[>»/]\s.*\s[>»/]\s|»", re.IGNORECASE)
# Furniture that ends the article: everything from such a line on is page, not text.
_TAIL = re.compile(
    r"^(?:viết bình luận|gửi bình luận|bình luận(?: của bạn)?\W*$|ý kiến bạn đọc|ý kiến của bạn"
    r"|thăm dò ý kiến|thông tin cần biết|thời tiết\W*$|tin liên quan|bài viết liên quan"
    r"|tin cùng chuyên mục|các tin (?:khác|đã đưa)|tin khác\W*$|xem thêm\W*$|tin mới nhất\W*$"
    r"|tin đọc nhiều|đọc nhiều nhất|chia sẻ\W*$|share\W*$|in bài\W*$|bản in\W*$)",
    re.IGNORECASE,
)
_VIEWS = re.compile(r"\b(?:view count|views?|lượt xem|số lượt xem|lượt truy cập)\s*:?\s*[\d.]+",
                    re.IGNORECASE)
# The pieces a dateline is made of; a line with nothing else is a dateline.
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_DL_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DL_TIME = re.compile(r"(?<!\d)(\d{1,2})\s*[:h]\s*(\d{2})(?::\d{2})?(?:\s*(AM|PM|SA|CH)\b)?",
                      re.IGNORECASE)
_DL_WORDS = re.compile(
    rf"{_WEEKDAY}|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|cập nhật(?: lúc)?|ngày|lúc"
    r"|gmt\s*\+\s*7|posted(?: on)?|published|updated",
    re.IGNORECASE,
)
# A photo caption is a short line ending with the credit "Ảnh: K.T" / "(Ảnh: TTXVN)".
_CAPTION = re.compile(
    r"(?:^|(?<=[\s.)]))\(?(?:ảnh(?: minh họa)?|nguồn ảnh|photo)\s*:\s*[^:;!?]{1,40}\)?\s*$"
    r"|^\(?ảnh minh họa\)?\.?$",
    re.IGNORECASE,
)
_CAPTION_MAX = 300  # longer lines are text that happens to end with a credit
_TERMINAL = ".!?;:…"
# Byline: optional credit prefix, then a name whose words are all capitalised.
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:bài|tin)(?:\s*(?:,|và)\s*ảnh)?|ảnh|theo|nguồn|pv|ctv|phóng viên)\s*:\s*",
    re.IGNORECASE,
)
_SOURCE_CREDIT = re.compile(r"^\(?(?:theo|nguồn)\s*:?\s*[\w.-]+\.(?:vn|com|net|org)\b.*$",
                            re.IGNORECASE)
# A body credited at the end, alone on its line: "LĐLĐ huyện Tân Yên", "BHXH tỉnh Quảng Ninh"
# (not "Hội viên Hội Nông dân xã A", a caption).
_ORG_CREDIT = re.compile(
    r"^(?:[A-ZĐ][A-ZĐ&]{1,9}|(?:Hội|Ban|Phòng|Trung tâm)(?=\s+[A-ZĐÀ-Ỹ])|Liên đoàn Lao động"
    r"|Bảo hiểm xã hội|Công đoàn"
    # (a station: "Đài TT-TH Kiến Xương", "Đài PT-TH huyện A")
    r"|Đài\s+[A-ZĐ][A-ZĐ&-]{1,9})"
    r"(?:(?:\s+\S+){0,4}?\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)"
    r"(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3}|(?<=[A-ZĐ])(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3})$")
_NAME_WORD = re.compile(r"^(?:[A-ZĐ]\.?)+$|^[A-ZÀ-ỸĐ][\wÀ-ỹ]*\.?$")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # normalised offsets, without the newline
    end: int
    text: str  # stripped


def _lines(norm: str) -> list[_Line]:
    out, pos = [], 0
    for raw in norm.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    return out


def _is_dateline(line: str) -> bool:
    """A line made only of a date, a time, weekday words, separators and view counts."""
    if not _DL_DATE.search(line) or len(line) > 90:
        return False
    rest = _VIEWS.sub(" ", line)
    rest = _DL_DATE.sub(" ", rest)
    rest = _DL_TIME.sub(" ", rest)
    rest = _DL_WORDS.sub(" ", rest)
    return not re.sub(r"[\s|,:;\-–()\[\]]+", "", rest)


def _is_caps_header(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 3
        and all(c.isupper() for c in letters)
        and len(line.split()) <= 8
        and not any(c.isdigit() for c in line)
        and line[-1] not in _TERMINAL
    )


def _after_finished_sentence(lines: Sequence[_Line], j: int) -> bool:
    """Whether the last non-empty line before line ``j`` ends a sentence."""
    for line in reversed(lines[:j]):
        if line.text:
            return line.text.rstrip()[-1:] in ".!?…\"”)"
    return False


def _byline_name(line: str) -> str | None:
    """The byline as written (credit prefix dropped) if ``line`` reads as one, else None."""
    if not line or len(line) > 80 or line[-1] in ".!?;:…,":
        return None
    body = _BYLINE_PREFIX.sub("", line)
    if _ORG_CREDIT.match(body.strip()) or _ORG_CREDIT.match(body.strip().strip("()")):
        # "LĐLĐ huyện Tân Yên", "(Đài TT-TH Kiến Xương)": the body that wrote it, as a byline
        return body.strip()
    head = re.split(r"\s+-\s+|\s*[,(]", body, maxsplit=1)[0].strip()
    words = head.split()
    if not 1 <= len(words) <= 5 or len(head) > 40 or any(c.isdigit() for c in head):
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    return body.strip()


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the furniture, the title, the dateline and the byline are (normalised offsets)."""

    norm: Normalised
    furniture: tuple[tuple[int, int], ...]
    title: _Line | None
    dateline: _Line | None
    byline: _Line | None
    # photo captions' words, without their credit "Ảnh: ..." (part of the furniture above)
    captions: tuple[tuple[int, int], ...] = ()
    # the credits of photos ("(Ảnh: BHXH tỉnh Lai Châu)"): who took or gave the picture
    credits: tuple[tuple[int, int], ...] = ()


@functools.lru_cache(maxsize=16)  # title, byline, dateline and sentences read one layout
def _layout(text: str) -> _Layout:
    norm = normalise(text)
    lines = _lines(norm.text)
    furniture: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []
    credits: list[tuple[int, int]] = []
    dateline: _Line | None = None
    content_seen = 0  # characters of running text before a line: tail markers need some
    cut = len(lines)
    title_index: int | None = None
    for i, line in enumerate(lines):
        t = line.text
        if not t:
            continue
        if content_seen >= 80 and _TAIL.match(t):
            cut = i
            break
        if _SKIP_LINK.match(t) or (title_index is None and _BREADCRUMB.search(t)):
            furniture.append((line.start, line.end))
        elif _is_dateline(t):
            furniture.append((line.start, line.end))
            dateline = dateline or line
        elif _VIEWS.search(t) and len(t) < 90:
            furniture.append((line.start, line.end))
        elif title_index is None and _is_caps_header(t) and _next_content(lines, i) is not None:
            furniture.append((line.start, line.end))  # a section header above the title
        elif (cap := _CAPTION.search(t)) and title_index is not None:
            raw = norm.text[line.start : line.end]
            lead = len(raw) - len(raw.lstrip())
            credits.append((line.start + lead + cap.start(), line.end))
            if len(t) <= _CAPTION_MAX:
                furniture.append((line.start, line.end))
                captions.append((line.start + lead, line.start + lead + cap.start()))
            else:
                furniture.append((line.start + lead + cap.start(), line.end))
        else:
            if title_index is None:
                title_index = i
            content_seen += len(t)
    byline: _Line | None = None
    # Walk back from the end of the article over source credits to the byline.
    j = cut - 1
    while j >= 0 and j != title_index:
        line = lines[j]
        if not line.text:
            j -= 1
            continue
        if _byline_name(line.text) is not None and not (
                _ORG_CREDIT.match(_BYLINE_PREFIX.sub("", line.text).strip())
                and not _after_finished_sentence(lines, j)):
            # before captions: "Bài và ảnh: Hoàng Nam"; a body's name alone closes the article
            # only after a finished sentence (not the last item of a list after "gồm:")
            byline = line
            cut = j
            break
        if (line.start, line.end) in furniture:
            j -= 1
            continue
        if _SOURCE_CREDIT.match(line.text):
            furniture.append((line.start, line.end))
            j -= 1
            continue
        break
    if cut < len(lines):
        furniture.append((lines[cut].start, len(norm.text)))
    title = lines[title_index] if title_index is not None and title_index < cut else None
    return _Layout(norm, tuple(_merge(furniture)), title, dateline, byline, tuple(captions),
                   tuple(credits))


def _next_content(lines: list[_Line], i: int) -> _Line | None:
    for line in lines[i + 1 :]:
        if line.text:
            return line
    return None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _original(norm: Normalised, text: str, start: int, end: int) -> Span:
    """Original span of normalised [start, end), trimmed of surrounding whitespace."""
    s, e = norm.span(start, end)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def boilerplate_spans(text: str) -> tuple[Span, ...]:
    """Page furniture (original offsets): headers, datelines, captions, the byline and after."""
    lay = _layout(text)
    return tuple(_original(lay.norm, text, s, e) for s, e in lay.furniture)


def title_and_byline(text: str) -> tuple[str | None, str | None]:
    """The title (first line of text) and the byline (author line at the end), as written."""
    lay = _layout(text)
    title = byline = None
    if lay.title is not None:
        span = _original(lay.norm, text, lay.title.start, lay.title.end)
        title = text[span.start : span.end] or None
    if lay.byline is not None:
        name = _byline_name(lay.byline.text) or ""
        offset = lay.byline.text.find(name)  # the credit prefix is not part of the name
        line_start = lay.byline.start + len(lay.norm.text[lay.byline.start : lay.byline.end]) - len(
            lay.norm.text[lay.byline.start : lay.byline.end].lstrip()
        )
        span = _original(lay.norm, text, line_start + offset, line_start + offset + len(name))
        byline = text[span.start : span.end] or None
    return title, byline


def dateline(text: str) -> dt.datetime | dt.date | None:
    """The publication date (and time, when given) printed on the page, or None.

    >>> dateline("Tin\\n23/08/2018 08:20 PM\\nBài")
    datetime.datetime(2018, 8, 23, 20, 20)
    """
    line = _layout(text).dateline
    if line is None:
        return None
    d = _DL_DATE.search(line.text)
    if d is None:  # pragma: no cover - a dateline has a date by definition
        return None
    try:
        day = dt.date(int(d.group(3)), int(d.group(2)), int(d.group(1)))
    except ValueError:
        return None
    t = _DL_TIME.search(line.text[: d.start()] + " " * (d.end() - d.start()) + line.text[d.end() :])
    if t is None:
        return day
    hour, minute = int(t.group(1)), int(t.group(2))
    meridiem = (t.group(3) or "").upper()
    if meridiem in ("PM", "CH") and hour < 12:
        hour += 12
    elif meridiem in ("AM", "SA") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day
    return dt.datetime(day.year, day.month, day.day, hour, minute)


# --- sentences ----------------------------------------------------------------------------------

# Abbreviations that end in a dot without ending a sentence ("TP. Hồ Chí Minh", "TS. Nguyễn").
ABBREVIATIONS = frozenset(
    "TP Tp tp TS ThS Th.S PGS GS BS Bs CN KS ĐC Đ/c đ/c St TX Tx TT Q P H X Mr Ms Dr Nxb NXB "
    "v.v vv tr Tr. TH ĐH CĐ THPT THCS".split()
)
_BOUNDARY = re.compile(r"\./\.|\.{3,}|…|[.!?]+")
_CLOSERS = "\"')]»”’"
_BULLET = re.compile(r"^(?:[-+*•·–]\s+|\d{1,2}[.)]\s+(?=[A-ZĐÀ-Ỹ]))")


def _is_boundary(seg: str, m: re.Match[str]) -> bool:
    i, j = m.start(), m.end()
    mark = m.group()
    nxt = seg[j] if j < len(seg) else ""
    if mark == "./." or j >= len(seg):
        return True
    rest = seg[j:].lstrip()
    first = rest[:1]
    if mark in ("...", "…") or mark.startswith("..."):
        # an ellipsis inside a list ("... để quản lý") goes on; before a capital it ends
        return bool(nxt.isspace() or nxt in _CLOSERS) and not (first.islower() or first in ",;:)")
    if mark[0] in "!?":
        return nxt.isspace() or nxt in _CLOSERS
    prev = seg[i - 1] if i > 0 else ""
    if prev.isdigit() and nxt.isdigit():  # "217.536"
        return False
    token = re.search(r"[\w./]*$", seg[:i]).group()
    if not (nxt.isspace() or nxt in _CLOSERS):
        # "BHYT.Đồng thời": a missing space after a real word; never "TP.HCM", "K.T", "Th.S"
        return (
            len(token) >= 3
            and token not in ABBREVIATIONS
            and "." not in token
            and nxt.isupper()
            and seg[j + 1 : j + 2].islower()
        )
    if token in ABBREVIATIONS or (len(token) == 1 and token.isupper()):
        return False
    return not (first.islower() or first in ",;:")


def _split(seg: str) -> list[tuple[int, int]]:
    """Sentence pieces of one line segment (offsets into ``seg``)."""
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(seg):
        if m.start() < start or not _is_boundary(seg, m):
            continue
        end = m.end()
        while end < len(seg) and seg[end] in _CLOSERS:
            end += 1
        pieces.append((start, end))
        start = end
    if start < len(seg):
        pieces.append((start, len(seg)))
    return pieces


def photo_credits(text: str) -> tuple[Span, ...]:
    """Where the photo credits and a body's byline stand ("(Ảnh: BHXH tỉnh Lai Châu)", "LĐLĐ
    huyện Tân Yên" closing the article; spans into ``text``): they name who took a picture or
    wrote the article, not what the article is about."""
    lay = _layout(text)
    spans = [_original(lay.norm, text, s, e) for s, e in lay.credits]
    if lay.byline is not None and _ORG_CREDIT.match(
            _BYLINE_PREFIX.sub("", lay.byline.text).strip()):
        # (a person's byline may name the paper and its city, "Bùi Hạnh – An ninh Hải Phòng",
        # which the tuning set's gold reads as the article's place: only a body's credit here)
        spans.append(_original(lay.norm, text, lay.byline.start, lay.byline.end))
    return tuple(spans)


def captions(text: str) -> tuple[Sentence, ...]:
    """The sentences of the article's photo captions, without their credit ("Ảnh: N.Duy").

    Captions are page furniture for :func:`sentences` (their figures repeat the text's or
    describe a picture), but the bodies and people they name are the article's: "Cán bộ BHXH
    huyện Gia Viễn tuyên truyền BHYT tại ... Ảnh: ..." may be the only mention of that agency.
    """
    lay = _layout(text)
    out: list[Sentence] = []
    for start, end in lay.captions:
        seg = lay.norm.text[start:end]
        for a, b in _split(seg):
            piece = seg[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not any(c.isalnum() for c in piece):
                continue
            span = _original(lay.norm, text, start + a + lead, start + a + lead + len(piece))
            if span.end > span.start:
                out.append(Sentence(span, text[span.start : span.end]))
    return tuple(out)


_WRAP_MIN = 50  # a wrapped line is a full line of running text
_LIST_MARK = re.compile(r"[a-zđ]{1,2}[).]\s")


def _wrapped(lines: list[_Line], keep: list[bool]) -> list[_Line]:
    """The lines with hard-wrapped ones joined: a line that stops mid-sentence (no end mark)
    and a next line that goes on in lower case ("... toàn tỉnh có 351.160 người tham gia BHXH,
    đạt 88,6%" / "kế hoạch UBND tỉnh giao ...") are one line of a text copied with its wraps."""
    out: list[_Line] = []
    for line in lines:
        prev = out[-1] if out else None
        # (not a heading or a short line, "2. Mục tiêu cụ thể", nor before a list item, "a) ...")
        if (prev is not None and len(prev.text) >= _WRAP_MIN and line.text
                and line.text[0].islower() and not _LIST_MARK.match(line.text)
                and prev.text[-1] not in _TERMINAL and keep[prev.end - 1] and keep[line.start]):
            out[-1] = _Line(prev.start, line.end, f"{prev.text} {line.text}")
        else:
            out.append(line)
    return out


def sentences(text: str) -> tuple[Sentence, ...]:
    """The article's sentences outside page furniture, the title first; spans into ``text``.

    Splits at . ! ? … and line breaks, never inside numbers, dates, abbreviations, document
    symbols, list ellipses, nor before the end mark "./." (kept with its sentence); not at ";".
    A hard-wrapped line is no break (see :func:`_wrapped`).
    """
    lay = _layout(text)
    norm = lay.norm.text
    keep = [True] * len(norm)
    for s, e in lay.furniture:
        for k in range(s, min(e, len(norm))):
            keep[k] = False
    out: list[Sentence] = []
    for line in _wrapped(_lines(norm), keep):
        k = line.start
        while k < line.end:  # runs of kept characters within the line
            if not keep[k]:
                k += 1
                continue
            r = k
            while r < line.end and keep[r]:
                r += 1
            seg = norm[k:r]
            for a, b in _split(seg):
                piece = seg[a:b]
                lead = len(piece) - len(piece.lstrip())
                piece = piece.strip()
                bullet = _BULLET.match(piece)
                skip = bullet.end() if bullet else 0
                if not any(c.isalnum() for c in piece[skip:]):
                    continue
                s0 = k + a + lead + skip
                span = _original(lay.norm, text, s0, k + a + lead + len(piece))
                if span.end > span.start:
                    out.append(Sentence(span, text[span.start : span.end]))
            k = r
    return tuple(out)
