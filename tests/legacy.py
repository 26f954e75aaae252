"""Encoders to the legacy Vietnamese encodings, for making test files (the library only decodes)."""

from __future__ import annotations

import unicodedata

from bhyt_kg.sources import TCVN3, VNI

_TONES = "\u0301\u0300\u0309\u0303\u0323"
_PUNCT = "\u00a0“”‘’–—…"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: precomposed where it can, else base + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        tone = "".join(c for c in decomposed if c in _TONES)
        out += (base + tone).encode("cp1258")
    return bytes(out)


_TCVN3 = {letter: code for code, letter in TCVN3.items()}


def to_tcvn3(text: str) -> bytes:
    """TCVN3 (VN3): one byte per letter; capitals with tones do not exist and fail."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        out += bytes([_TCVN3[ch]]) if ch in _TCVN3 else ch.encode("cp1252")
    return bytes(out)


_VNI_LETTER = {v: k for k, v in VNI.items() if not unicodedata.combining(v[0])}
_VNI_MARK = {}
for _k, _v in VNI.items():
    if unicodedata.combining(_v[0]):
        _VNI_MARK.setdefault((_v, _k.isupper()), _k)


def to_vni(text: str) -> bytes:
    """VNI Windows: base letter + a mark byte (circumflex/breve with the tone in one byte)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii() or ch in _PUNCT:
            out.append(ch)
            continue
        if ch in _VNI_LETTER:
            out.append(_VNI_LETTER[ch])
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        if "\u031b" in marks:  # horn: ơ and ư are letters of their own in VNI
            base = _VNI_LETTER[{"o": "ơ", "O": "Ơ", "u": "ư", "U": "Ư"}[base]]
            marks = marks.replace("\u031b", "")
        quality = "".join(m for m in marks if m in "\u0302\u0306")
        tone = "".join(m for m in marks if m in _TONES)
        out.append(base + (_VNI_MARK[(quality + tone, base.isupper())] if marks else ""))
    return "".join(out).encode("cp1252")
