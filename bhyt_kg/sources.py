"""Files -> :class:`~bhyt_kg.model.Article`: discovery, decoding, metadata.

An article's id is a stable ASCII slug of its path relative to the corpus root, so the same
corpus always gives the same IRIs. Offsets everywhere count Unicode code points of the decoded
text (a UTF-8 byte-order mark is not part of the text).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .model import Article
from .text import slug

ARTICLE_SUFFIXES = (".txt",)
METADATA_FILE = "metadata.csv"


@dataclass(frozen=True, slots=True)
class Source:
    """An article file found on disk, with the root its id is relative to."""

    path: Path
    root: Path

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


def discover(paths: Iterable[Path]) -> tuple[list[Source], list[tuple[Path, str]]]:
    """Article files under ``paths`` (files or directories), sorted, and the paths refused.

    Directories are walked recursively without following symlinked directories (no loops).
    """
    found: dict[Path, Source] = {}
    problems: list[tuple[Path, str]] = []
    for given in paths:
        if given.is_dir():
            for path in _walk(given, problems):
                found.setdefault(path.resolve(), Source(path, given))
        elif given.is_file():
            found.setdefault(given.resolve(), Source(given, given.parent))
        else:
            problems.append((given, "no such file or directory"))
    sources = sorted(found.values(), key=lambda s: (s.root.as_posix(), s.relative))
    return sources, problems


def _walk(root: Path, problems: list[tuple[Path, str]]) -> Iterator[Path]:
    def onerror(err: OSError) -> None:
        problems.append((Path(err.filename or root), err.strerror or str(err)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


def decode(data: bytes, path: Path) -> str:
    """Decode article bytes: UTF-8 (BOM allowed) or UTF-16 with a BOM.

    Raises ArticleError naming the file for empty, binary or undecodable input.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ArticleError(f"{path}: invalid UTF-16 at byte {err.start}") from None
    else:
        if b"\x00" in data[:4096]:
            raise ArticleError(f"{path}: binary data, not a text article")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ArticleError(
                f"{path}: not UTF-8 (invalid byte at offset {err.start})",
                hint="save the file as UTF-8",
            ) from None
    if not text.strip():
        raise ArticleError(f"{path}: empty article")
    return text


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
        return dt.date.fromisoformat(value) if len(value) == 10 else dt.datetime.fromisoformat(value)
    except ValueError:
        raise ArticleError(f"{where}: published {value!r} is not an ISO 8601 date") from None


def read_article(source: Source, metadata: dict[str, str] | None = None) -> Article:
    """Read one article file; metadata (from metadata.csv) fills title, date, author, url.

    Raises ArticleError for unreadable, empty or undecodable files.
    """
    try:
        data = source.path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{source.path}: cannot read: {err.strerror or err}") from None
    text = decode(data, source.path)
    meta = metadata or {}
    return Article(
        id=source.article_id,
        path=source.relative,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=meta.get("title") or None,
        published=parse_published(meta.get("published", ""), f"{source.root / METADATA_FILE}"),
        author=meta.get("author") or None,
        url=meta.get("url") or None,
    )
