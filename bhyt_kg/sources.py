"""Files -> :class:`~bhyt_kg.model.Article`: discovery, decoding, metadata.

An article's id is a stable ASCII slug of its path relative to the corpus root, so the same
corpus always gives the same IRIs. Offsets everywhere count Unicode code points of
``Article.text``, which is the decoded text and nothing else:

- UTF-8 (a byte-order mark is not part of the text), UTF-16 with a byte-order mark;
- legacy Vietnamese files, converted only when the encoding is certain (see :func:`decode`):
  Windows-1258 keeps the file's base letters and combining tone marks as the codec gives them
  (one character per byte, so offsets are also byte offsets into the file); TCVN3 (ABC) maps
  each byte to one precomposed letter (the same holds); VNI writes a letter as a base byte plus
  mark bytes, which are composed (NFC) into one letter, so its offsets are not byte offsets;
- HTML pages: the main text kept by :func:`bhyt_kg.html.extract_page`.

:func:`bhyt_kg.text.normalise` maps every form back to these offsets.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ArticleError
from .html import HTML_SUFFIXES, extract_page
from .model import Article
from .text import slug

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
METADATA_FILE = "metadata.csv"
# A problem whose reason starts so is no failure: one article, two files (see discover).
DUPLICATE = "duplicate of"


@dataclass(frozen=True, slots=True)
class Source:
    """An article file found on disk, with the root its id is relative to.

    ``aliases`` are other files under the given paths with exactly the same bytes: one article,
    several sources. Only this one is read; the aliases are reported by :func:`discover`.
    """

    path: Path
    root: Path
    aliases: tuple[Path, ...] = ()

    @property
    def relative(self) -> str:
        """The path relative to the corpus root, with forward slashes."""
        try:
            return self.path.relative_to(self.root).as_posix()
        except ValueError:
            return self.path.name

    @property
    def article_id(self) -> str:
        """Stable id: slug of the relative path without its suffix."""
        rel = self.relative
        stem = rel[: -len(Path(rel).suffix)] if Path(rel).suffix else rel
        return slug(stem.replace("/", "--"))

    @property
    def is_html(self) -> bool:
        """True for a saved web page (``.html``/``.htm``)."""
        return self.path.suffix.lower() in HTML_SUFFIXES


# --- discovery -------------------------------------------------------------------------------


def discover(paths: Iterable[Path]) -> tuple[list[Source], list[tuple[Path, str]]]:
    """Article files under ``paths`` (files or directories), sorted, and the paths refused.

    Directories are walked recursively; symlinked directories are followed once, and a link
    back into a directory being walked is reported as a loop, never walked. Unreadable
    directories are reported and skipped. Unreadable files stay in the list, so that reading
    them reports the error and the pipeline keeps their previous graph. A file with the same
    bytes as an earlier one is dropped from the list, kept in that one's ``aliases`` and
    reported as ``(path, "duplicate of FIRST (same content)")``.
    """
    found: dict[Path, Source] = {}
    problems: list[tuple[Path, str]] = []
    for given in paths:
        if given.is_dir():
            for path in _walk(given, problems):
                found.setdefault(_real(path), Source(path, given))
        elif given.is_file():
            found.setdefault(_real(given), Source(given, given.parent))
        elif given.is_symlink():
            problems.append((given, "broken symbolic link"))
        else:
            problems.append((given, "no such file or directory"))
    ordered = sorted(found.values(), key=lambda s: (s.root.as_posix(), s.relative))
    return _merge_duplicates(ordered, problems), problems


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop on older Pythons
        return path.absolute()


def _walk(root: Path, problems: list[tuple[Path, str]]) -> list[Path]:
    """Article files under ``root`` in a stable order, following symlinks without looping."""
    out: list[Path] = []
    # (device, inode) of the directories on the current path: a link to one of them is a loop.
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = []
    try:
        info = root.stat()
    except OSError as err:
        problems.append((root, _reason(err)))
        return out
    stack.append((root, frozenset({(info.st_dev, info.st_ino)})))
    seen_dirs = {(info.st_dev, info.st_ino)}
    while stack:
        directory, ancestors = stack.pop()
        try:
            with os.scandir(directory) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError as err:
            problems.append((directory, _reason(err)))
            continue
        subdirs: list[tuple[Path, frozenset[tuple[int, int]]]] = []
        for entry in listing:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                st = entry.stat(follow_symlinks=True)
            except OSError as err:
                if entry.is_symlink():
                    if entry.name.lower().endswith(ARTICLE_SUFFIXES) or _is_loop_error(err):
                        problems.append((path, _link_reason(err)))
                    continue
                problems.append((path, _reason(err)))
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in ancestors or (entry.is_symlink() and _contains(path, root)):
                    problems.append((path, "symbolic link loop, not followed"))
                elif key not in seen_dirs:  # a second link to a walked directory adds nothing
                    seen_dirs.add(key)
                    subdirs.append((path, ancestors | {key}))
            elif stat.S_ISREG(st.st_mode) and entry.name.lower().endswith(ARTICLE_SUFFIXES):
                out.append(path)
        stack.extend(reversed(subdirs))  # depth first, in name order
    return out


def _contains(link: Path, root: Path) -> bool:
    """True if the directory ``link`` points to holds ``root``: walking it would loop."""
    return _real(root).is_relative_to(_real(link))


def _is_loop_error(err: OSError) -> bool:
    return err.errno == 40  # ELOOP


def _link_reason(err: OSError) -> str:
    return "symbolic link loop" if _is_loop_error(err) else "broken symbolic link"


def _reason(err: OSError) -> str:
    return f"cannot read: {err.strerror or err}"


def _merge_duplicates(sources: list[Source], problems: list[tuple[Path, str]]) -> list[Source]:
    """Keep the first of several files with the same bytes; the rest become its aliases."""
    by_size: dict[int, list[int]] = {}
    for i, source in enumerate(sources):
        try:
            by_size.setdefault(source.path.stat().st_size, []).append(i)
        except OSError:
            continue  # read_article reports it
    dropped: set[int] = set()
    merged = list(sources)
    for indices in by_size.values():
        if len(indices) < 2:  # only files of equal size can be equal: hash only those
            continue
        first_of: dict[str, int] = {}
        for i in indices:
            digest = file_sha256(sources[i].path)
            if digest is None:
                continue
            if digest not in first_of:
                first_of[digest] = i
                continue
            keep = first_of[digest]
            merged[keep] = replace(merged[keep], aliases=(*merged[keep].aliases, sources[i].path))
            problems.append((sources[i].path, f"{DUPLICATE} {sources[keep].path} (same content)"))
            dropped.add(i)
    return [s for i, s in enumerate(merged) if i not in dropped]


def file_sha256(path: Path) -> str | None:
    """SHA-256 of a file read in chunks, or None if it cannot be read."""
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


# --- decoding --------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),  # before UTF-16 LE: same first two bytes
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
# Files that are plainly not text articles, by their first bytes.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document (.docx, .odt)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
# Control bytes that plain text does not contain (\x1a, the DOS end-of-file mark, it may).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0b\x0c\x1a")
LEGACY = ("Windows-1258", "TCVN3", "VNI")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded article text and the encoding it was read in."""

    text: str
    encoding: str  # "UTF-8", "UTF-16", "UTF-32", "Windows-1258", "TCVN3", "VNI"


def decode(data: bytes, path: Path | str) -> str:
    """Decode article bytes (see :func:`decode_bytes`); the text offsets refer to.

    Raises ArticleError naming the file for empty, binary or undecodable input.
    """
    return decode_bytes(data, path).text


def decode_bytes(data: bytes, path: Path | str) -> Decoded:
    """UTF-8 (BOM optional), UTF-16/32 with a BOM, or a legacy Vietnamese encoding if certain.

    Windows-1258, TCVN3 and VNI are tried only when the bytes are not UTF-8, and accepted only
    when one of them reads as Vietnamese syllables throughout and the others do not (see
    :func:`vietnamese_score`). Anything else is refused: mojibake is never produced.
    Raises ArticleError naming the file for empty, binary or undecodable input.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise ArticleError(f"{path}: invalid {name} at byte {err.start}") from None
            return Decoded(_non_empty(_text_only(text, path), path), name)
    if not data.strip():
        raise ArticleError(f"{path}: empty article", hint="the file has no text")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(f"{path}: {what}, not a text article", hint="save it as UTF-8 text")
    head = data[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if b"\x00" in head or controls > len(head) // 20:
        raise ArticleError(
            f"{path}: binary data, not a text article",
            hint="UTF-16 needs a byte-order mark; otherwise save it as UTF-8 text",
        )
    try:
        return Decoded(_non_empty(data.decode("utf-8"), path), "UTF-8")
    except UnicodeDecodeError as err:
        bad = err.start
    legacy = _legacy(data)
    if legacy is not None:
        return Decoded(_non_empty(_text_only(legacy[1], path), path), legacy[0])
    raise ArticleError(
        f"{path}: not UTF-8 and not recognisably Windows-1258, TCVN3 or VNI"
        f" (byte 0x{data[bad]:02X} at offset {bad})",
        hint="save it as UTF-8",
    )


def _non_empty(text: str, path: Path | str) -> str:
    if not text.strip():
        raise ArticleError(f"{path}: empty article", hint="the file has no text")
    return text


def _text_only(text: str, path: Path | str) -> str:
    """Refuse decoded text made mostly of control characters (binary behind a BOM)."""
    head = text[:65536]
    controls = sum(1 for c in head if c < " " and c not in "\t\n\r\x0b\x0c" or c == "\x7f")
    if controls > len(head) // 20:
        raise ArticleError(f"{path}: binary data, not a text article", hint="save it as UTF-8 text")
    return text


# --- legacy Vietnamese encodings -------------------------------------------------------------

# None, then sắc, huyền, hỏi, ngã, nặng: the order of the code tables below.
_TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_VOWELS = "aăâeêioôơuưy"
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", v + t).upper() if up else unicodedata.normalize("NFC", v + t)
    for v in _VOWELS
    for t in _TONE_MARKS
    for up in (False, True)
) | frozenset("đĐ")

# TCVN 5712:1993 "VN3" (the ABC fonts .VnTime, .VnArial): one byte, one lowercase letter (the
# capitals with tones live in separate "H" fonts at the same codes). Rows are base letter,
# then sắc, huyền, hỏi, ngã, nặng.
_TCVN3_ROWS = {
    "a": (None, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9),
    "ă": (0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6),
    "â": (0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB),
    "e": (None, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1),
    "ê": (0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6),
    "i": (None, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE),
    "o": (None, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4),
    "ô": (0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9),
    "ơ": (0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE),
    "u": (None, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4),
    "ư": (0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9),
    "y": (None, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE),
}
TCVN3: dict[int, str] = {
    code: unicodedata.normalize("NFC", base + tone)
    for base, codes in _TCVN3_ROWS.items()
    for code, tone in zip(codes, _TONE_MARKS, strict=True)
    if code is not None
} | {0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ", 0xAE: "đ",
     0xA0: "\u00a0"}


def _tcvn3_table() -> str:
    chars = []
    for b in range(256):
        if b < 0x80:
            chars.append(chr(b))
        elif b in TCVN3:
            chars.append(TCVN3[b])
        elif b < 0xA0:  # Word's smart quotes and dashes, saved through Windows-1252
            chars.append(bytes([b]).decode("cp1252", errors="replace"))
        else:
            chars.append("\ufffd")  # not a TCVN3 letter: the text will not score as Vietnamese
    return "".join(chars)


_TCVN3_DECODE = _tcvn3_table()

# VNI Windows: Vietnamese letters are an ASCII base letter followed by a mark byte; the bytes
# are those of Windows-1252. Mark bytes -> combining marks; a few bytes are whole letters.
_VNI_MARKS = {
    "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",  # tones
    "â": "\u0302", "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309",
    "ã": "\u0302\u0303", "ä": "\u0302\u0323",  # circumflex (+ tone)
    "ê": "\u0306", "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309",
    "ü": "\u0306\u0303", "ë": "\u0306\u0323",  # breve (+ tone)
}
_VNI_LETTERS = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}
VNI: dict[str, str] = (
    _VNI_MARKS
    | {k.upper(): v for k, v in _VNI_MARKS.items()}
    | _VNI_LETTERS
    | {k.upper(): v.upper() for k, v in _VNI_LETTERS.items()}
)
_VNI_TRANSLATE = str.maketrans(VNI)

# A Vietnamese syllable, tones removed and lowercased: onset, vowel nucleus (with glides), coda.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
    r"(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu"
    r"|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê"
    r"|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
# Non-ASCII characters normal in Vietnamese news text besides letters.
_PUNCTUATION = frozenset("\u00a0“”‘’–—…«»•°×±²³½¼¾€₫§©®™\ufeff")
_TONELESS = {
    c: unicodedata.normalize("NFC", "".join(m for m in unicodedata.normalize("NFD", c)
                                            if m not in _TONE_MARKS))
    for c in VIETNAMESE_LETTERS
}
_SAMPLE = 1 << 18  # characters scored: enough to be sure, cheap on a 20 MB file
CERTAIN = 0.9  # share of well-formed Vietnamese words a candidate needs
MARGIN = 0.3  # lead over the next candidate
MIN_WORDS = 3


def vietnamese_score(text: str) -> tuple[float, int]:
    """(share of good Vietnamese, number of accented words) of ``text``, NFC-composed first.

    Good: accented words that are well-formed syllables with one tone. Bad: accented words
    that are not, and non-ASCII characters that are neither Vietnamese letters nor usual
    punctuation. Plain-ASCII words count for neither side.
    """
    sample = unicodedata.normalize("NFC", text[:_SAMPLE])
    good = bad = 0
    for match in _WORD.finditer(sample):
        word = match.group()
        if word.isascii() or not any(c in _TONELESS and c not in "đĐ" for c in word):
            continue  # ASCII, or an abbreviation without vowels ("HĐND", "BCĐ")
        if _is_syllable(word):
            good += 1
        else:
            bad += 1
    for ch in sample:
        if ch >= "\x80" and not ch.isalpha() and ch not in _PUNCTUATION:
            bad += 1  # combining marks left over, symbols, replacement characters
    total = good + bad
    return (good / total if total else 0.0), good


def _is_syllable(word: str) -> bool:
    lower = word.lower()
    if any(c not in VIETNAMESE_LETTERS and not ("a" <= c <= "z") for c in lower):
        return False
    tones = sum(1 for c in lower if c in _TONELESS and _TONELESS[c] != c)
    if tones > 1:
        return False
    toneless = "".join(_TONELESS.get(c, c) for c in lower)
    return _SYLLABLE.fullmatch(toneless) is not None


def _cp1258(data: bytes) -> str | None:
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        return None  # an undefined byte: not Windows-1258


def _tcvn3(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _TCVN3_DECODE)[0]


def _vni(data: bytes) -> str | None:
    try:
        return unicodedata.normalize("NFC", data.decode("cp1252").translate(_VNI_TRANSLATE))
    except UnicodeDecodeError:
        return None


_DECODERS = {"Windows-1258": _cp1258, "TCVN3": _tcvn3, "VNI": _vni}


def _legacy(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) when exactly one legacy encoding reads as Vietnamese, else None."""
    sample = data
    if len(data) > _SAMPLE:  # score a head cut at a space, so no VNI letter loses its mark
        cut = max(data.rfind(b" ", 0, _SAMPLE), data.rfind(b"\n", 0, _SAMPLE))
        sample = data[: cut if cut > 0 else _SAMPLE]
    scored = sorted(
        ((vietnamese_score(text), name) for name, decoder in _DECODERS.items()
         if (text := decoder(sample)) is not None),
        reverse=True,
    )
    if not scored:
        return None
    (best, words), name = scored[0]
    runner_up = scored[1][0][0] if len(scored) > 1 else 0.0
    if best < CERTAIN or words < MIN_WORDS or best - runner_up < MARGIN:
        return None
    text = _DECODERS[name](data)
    # The whole file must decode too, and still read as Vietnamese at its end.
    if text is None or (sample is not data and vietnamese_score(text[-_SAMPLE:])[0] < CERTAIN):
        return None
    return name, text


# --- metadata and articles -------------------------------------------------------------------


def read_metadata(root: Path) -> dict[str, dict[str, str]]:
    """``metadata.csv`` under ``root`` as {relative file: {column: value}}; {} if absent.

    Raises ArticleError if the file exists but cannot be read as CSV with a ``file`` column.
    """
    path = root / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ArticleError(f"{path}: cannot read metadata: {err}") from None
    if rows and "file" not in rows[0]:
        raise ArticleError(f"{path}: metadata has no 'file' column")
    return {row["file"]: {k: (v or "").strip() for k, v in row.items() if k} for row in rows}


def parse_published(value: str, where: str) -> dt.datetime | dt.date | None:
    """ISO 8601 date or date-time from metadata; '' is None.

    Raises ArticleError for anything else.
    """
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ArticleError(f"{where}: published {value!r} is not an ISO 8601 date") from None


def read_article(source: Source, metadata: dict[str, str] | None = None) -> Article:
    """Read one article file; metadata (from metadata.csv) fills title, date, author, url.

    For an HTML page, the text is the page's main text and the page's own title, date, author
    and URL fill what metadata.csv does not give.
    Raises ArticleError for unreadable, empty, binary, undecodable or textless files.
    """
    try:
        data = source.path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{source.path}: cannot read: {err.strerror or err}") from None
    text = decode(data, source.path)
    meta = metadata or {}
    published = parse_published(meta.get("published", ""), f"{source.root / METADATA_FILE}")
    title, author, url = (meta.get(k) or None for k in ("title", "author", "url"))
    if source.is_html:
        page = extract_page(text, str(source.path))
        text = page.text
        title, author, url = title or page.title, author or page.author, url or page.url
        published = published or page.published
    return Article(
        id=source.article_id,
        path=source.relative,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        published=published,
        author=author,
        url=url,
    )
