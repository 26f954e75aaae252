"""Sentence-level context shared by the extractors that relate facts to each other.

Paragraphs matter in this genre: a directive named at the head of a paragraph governs the
sentences that follow ("Thực hiện Chỉ thị số 38 ... Nhờ đó, ... Tính đến hết năm 2023 ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import DocumentMention, DocumentRef, OrgMention, Sentence, Span
from ..text import Normalised, normalise

# A document named without its number: "nội dung chỉ thị", "Chỉ thị này", "kế hoạch trên".
_ANAPHORA = {
    "directive": re.compile(r"\bchỉ thị\b(?!\s+(?:số\s+)?\d)", re.IGNORECASE),
    "resolution": re.compile(r"\bnghị quyết\b(?!\s+(?:số\s+)?\d)", re.IGNORECASE),
    "plan": re.compile(r"\bkế hoạch (?:này|trên|nói trên)\b", re.IGNORECASE),
}


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

    def anaphoric_kinds(self) -> set[str]:
        """Document kinds referred to without a number in this sentence."""
        return {kind for kind, rx in _ANAPHORA.items() if rx.search(self.norm.text)}


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
    """The documents each sentence talks about: named in it, or referred to by anaphora
    ("nội dung chỉ thị") to the last document of that kind named earlier in the paragraph."""
    focus: dict[int, tuple[DocumentRef, ...]] = {}
    last_by_kind: dict[str, DocumentRef] = {}
    paragraph = -1
    for ctx in ctxs:
        if ctx.paragraph != paragraph:
            paragraph = ctx.paragraph
            last_by_kind = {}
        refs = [d.ref for d in ctx.documents]
        for kind in ctx.anaphoric_kinds():
            if kind in last_by_kind and last_by_kind[kind] not in refs:
                refs.append(last_by_kind[kind])
        for d in ctx.documents:
            last_by_kind[d.ref.kind] = d.ref
        focus[ctx.index] = tuple(dict.fromkeys(refs))
    return focus
