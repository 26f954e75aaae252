"""sources.py: discovery, decoding and metadata of article files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bhyt_kg.errors import ArticleError
from bhyt_kg.sources import Source, decode, discover, read_article, read_metadata

from conftest import ARTICLES


def test_seed_corpus_is_discovered_in_order_with_stable_ids() -> None:
    sources, problems = discover([ARTICLES])
    assert problems == []
    assert [s.article_id for s in sources] == [
        "000-d2b5e8619a2c91c8",
        "001-f753e4b803fa250f",
        "002-c3684f558fdc71ff",
        "003-43fa385d37146a6a",
        "004-b02ab9a09d1afe26",
    ]


def test_metadata_fills_title_date_and_author() -> None:
    meta = read_metadata(ARTICLES)
    source = Source(ARTICLES / "001_f753e4b803fa250f.txt", ARTICLES)
    article = read_article(source, meta[source.relative])
    assert article.published == dt.datetime(2024, 3, 8, 17, 23)
    assert article.title.startswith("Phú Xuyên tổng kết 15 năm")
    assert article.author == "Thu Nghĩa – Trung tâm VHTT&TT huyện"
    assert len(article.sha256) == 64
    assert article.text == source.path.read_text(encoding="utf-8")


def test_ids_come_from_relative_paths_with_vietnamese_names(tmp_path: Path) -> None:
    sub = tmp_path / "Bạc Liêu"
    sub.mkdir()
    (sub / "bài viết số 1.txt").write_text("BHYT toàn dân", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    sources, _ = discover([tmp_path])
    assert [s.article_id for s in sources] == ["bac-lieu-bai-viet-so-1"]


def test_missing_path_is_reported_not_raised(tmp_path: Path) -> None:
    sources, problems = discover([tmp_path / "nope"])
    assert sources == []
    assert problems == [(tmp_path / "nope", "no such file or directory")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty article"),
        (b"   \n\t ", "empty article"),
        (b"\x00\x01\x02binary", "binary data"),
        ("Hà Tĩnh".encode("cp1258", errors="ignore"), "not UTF-8"),
    ],
)
def test_bad_bytes_raise_one_line_errors_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError) as err:
        decode(data, Path("x/a.txt"))
    assert str(err.value).startswith("x/a.txt: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_bom_and_utf16_are_decoded() -> None:
    assert decode("\ufeffBHYT".encode("utf-8"), Path("a")) == "BHYT"
    assert decode("BHYT toàn dân".encode("utf-16"), Path("a")) == "BHYT toàn dân"


def test_bad_metadata_date_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("BHYT", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,published\na.txt,01/05/2020\n", encoding="utf-8")
    source = Source(tmp_path / "a.txt", tmp_path)
    with pytest.raises(ArticleError, match="not an ISO 8601 date"):
        read_article(source, read_metadata(tmp_path)["a.txt"])
