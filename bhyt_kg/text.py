"""Text normalisation with an offset map back to the original text.

Vietnamese news text arrives as NFC or NFD, with non-breaking spaces, and with two tone-mark
conventions ("Huyện uỷ" / "Huyện ủy", "hoà" / "hòa"; domain.md §5). Extractors match on
:func:`normalise`'s text and report offsets through :meth:`Normalised.span` so evidence always
points at the original characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Combining tone marks (grave, acute, hook above, tilde, dot below).
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
# Old-style spellings put the tone on the second vowel of these open diphthongs at the end of a
# syllable ("hoà", "khoẻ", "thuỷ"); the new style, used here, puts it on the first ("hòa", "thủy").
_DIPHTHONGS = {("o", "a"), ("o", "e"), ("u", "y")}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\t"}
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_DASHES = {"\u2013", "\u2014", "\u2212", "\u2010", "\u2011"}
_QUOTES = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
# Icelandic eth "Ð"/"ð" (U+00D0/U+00F0) looks like the Vietnamese d-stroke "Đ"/"đ" (U+0110/U+0111)
# and some portals' fonts or keyboards type it in its place ("Ðông Hiệp", "Cờ Ðỏ"): nothing
# would match a name written with it. One character for one, so offsets are unchanged.
_LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}

# Upper-case Latin letters with every Vietnamese diacritic ("Ổ", "Ấ", "Ứ", ...), for regular
# expressions that need a capital (Python's re has no \p{Lu}): "[" + UPPERCASE + "]".
UPPERCASE = "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)])
                    if unicodedata.category(c) == "Lu")

_SPECIAL = re.compile(
    "[" + re.escape("".join(_SPACES | _DROP | _DASHES | set(_QUOTES) | set(_LOOKALIKES))) + "]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus, for each of its characters, the index of its source character."""

    text: str
    origin: tuple[int, ...]  # len(origin) == len(text) + 1; the last entry is the source length

    def offset(self, i: int) -> int:
        """The original offset of normalised offset ``i`` (0 <= i <= len(text))."""
        return self.origin[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) covering normalised text[start:end]."""
        if end <= start:
            o = self.origin[start]
            return o, o
        # end is exclusive: take the source index after the last character's source.
        return self.origin[start], self._end_of(end - 1)

    def _end_of(self, i: int) -> int:
        j = i + 1
        while j < len(self.origin) - 1 and self.origin[j] == self.origin[i]:
            j += 1
        return self.origin[j] if j < len(self.origin) else self.origin[-1]


@functools.cache
def _base_and_tone(ch: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", base), tone


def _toned(bases: str) -> str:
    return "".join(unicodedata.normalize("NFC", b + t) for b in bases for t in sorted(_TONES))


# An old-style candidate: o/u then a toned a/e/y (the only pairs _DIPHTHONGS can move).
_OLD_STYLE = re.compile(f"[oOuU][{_toned('aAeEyY')}]")


def _move_tones(chars: list[str]) -> None:
    """Rewrite old-style tone placement in place (length preserving)."""
    n = len(chars)
    for m in _OLD_STYLE.finditer("".join(chars)):
        i = m.start()
        a, b = chars[i], chars[i + 1]
        a_base, a_tone = _base_and_tone(a)
        b_base, b_tone = _base_and_tone(b)
        if a_tone or not b_tone or (a_base.lower(), b_base.lower()) not in _DIPHTHONGS:
            continue
        nxt = chars[i + 2] if i + 2 < n else ""
        if nxt.isalpha():  # "hoàn", "khuyến": the tone stays on the second vowel
            continue
        prev = chars[i - 1] if i > 0 else ""
        if a_base.lower() == "u" and prev.lower() == "q":  # "quỷ": u belongs to qu
            continue
        chars[i] = unicodedata.normalize("NFC", a_base + b_tone)
        chars[i + 1] = b_base


@functools.lru_cache(maxsize=8192)  # every extractor normalises the same sentences: do it once
def normalise(text: str) -> Normalised:
    """NFC, one tone-mark convention, plain spaces/dashes/quotes, "Đ" for a look-alike "Ð";
    offsets kept.

    >>> n = normalise("Huyện uỷ\\u00a0Đông Hải")
    >>> n.text
    'Huyện ủy Đông Hải'
    >>> n.span(9, 17)
    (9, 17)
    """
    if text.isascii() or (
        unicodedata.is_normalized("NFC", text) and not _SPECIAL.search(text)
    ):  # the common case: only tone placement can change, one character for one
        chars = list(text)
        _move_tones(chars)
        _drop_bullets(chars)
        return Normalised("".join(chars), tuple(range(len(text) + 1)))
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        # A base character with the combining marks that follow it composes to one character.
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        for ch in cluster:
            if ch in _DROP:
                continue
            if ch in _SPACES:
                ch = " "
            elif ch in _DASHES:
                ch = "-"
            elif ch in _QUOTES:
                ch = _QUOTES[ch]
            elif ch in _LOOKALIKES:
                ch = _LOOKALIKES[ch]
            out.append(ch)
            origin.append(i)
        i = j
    _move_tones(out)
    _drop_bullets(out)
    origin.append(len(text))
    return Normalised("".join(out), tuple(origin))


# A word processor's bullet pasted as the letter "l" (Wingdings) at a line's start, glued to the
# item: "lBHXH TP HCM cho biết ...". No Vietnamese word is "l" then a capital.
_BULLET_L = re.compile(rf"(?:^|(?<=\n))[ \t]*l(?=[{UPPERCASE}])")


def _drop_bullets(chars: list[str]) -> None:
    """Blank such bullets, one space for one character (offsets stay)."""
    if "l" not in chars:
        return
    for m in _BULLET_L.finditer("".join(chars)):
        chars[m.end() - 1] = " "


def fold(text: str) -> str:
    """A matching key: normalised and case-folded ("Huyện Uỷ" -> "huyện ủy")."""
    return normalise(text).text.casefold()


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# What slug keeps of normalise: one ASCII character for each space, dash, quote and d-stroke.
_SLUG_MAP = str.maketrans(
    {**{c: " " for c in _SPACES}, **{c: "-" for c in _DASHES}, **_QUOTES,
     "\u0110": "D", "\u0111": "d", "\u00d0": "D", "\u00f0": "d"})


@functools.lru_cache(maxsize=1 << 16)  # IRI minting and alias keys slug the same names over and over
def slug(text: str) -> str:
    """ASCII slug for IRIs: "Huyện ủy Đông Hải" -> "huyen-uy-dong-hai".

    >>> slug("Phó Bí thư Thường trực")
    'pho-bi-thu-thuong-truc'
    """
    if text.isascii():  # most keys: nothing to strip or map
        return _NON_ALNUM.sub("-", text.lower()).strip("-") or "x"
    # Map what normalise would change and the slug can see (spaces, dashes, quotes, the eth
    # look-alikes) straight to ASCII: tone placement and NFC do not survive stripping the marks,
    # and calling normalise here cost more than the rest of the slug.
    s = unicodedata.normalize("NFD", text.translate(_SLUG_MAP))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", s).strip("-") or "x"
