"""sources.py: discovery, decoding and metadata of article files."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import unicodedata
from pathlib import Path

import pytest
from conftest import ARTICLES
from legacy import to_cp1258, to_tcvn3, to_vni

from bhyt_kg.errors import ArticleError
from bhyt_kg.sources import (
    CERTAIN,
    TCVN3,
    VIETNAMESE_LETTERS,
    VNI,
    Source,
    decode,
    decode_bytes,
    discover,
    read_article,
    read_metadata,
    vietnamese_score,
)


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


# --- legacy Vietnamese encodings, HTML, discovery (issue 6) ---------------------------------


# Not from the seeds: a sentence with every tone, ă â ê ô ơ ư đ, and the glides uy/ươ/uô.
SENTENCE = (
    "Sáng 12/3, Bảo hiểm xã hội tỉnh Hà Tĩnh phối hợp với Sở Y tế tổ chức hội nghị "
    "tuyên truyền chính sách bảo hiểm y tế cho người dân ở xã Thượng Lộc, huyện Can Lộc; "
    "đến nay tỷ lệ bao phủ đạt 93,5%, vượt chỉ tiêu được giao, nhiều hộ nghèo đã được hỗ trợ."
)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_windows_1258_is_decoded_one_character_per_byte() -> None:
    data = to_cp1258(SENTENCE)
    got = decode_bytes(data, Path("a.txt"))
    assert got.encoding == "Windows-1258"
    assert len(got.text) == len(data)  # offsets are byte offsets into the file
    assert _nfc(got.text) == SENTENCE
    assert "\u0323" in got.text  # tone marks stay combining, as the file has them


def test_tcvn3_is_decoded_to_precomposed_letters() -> None:
    text = SENTENCE.lower()  # TCVN3 (VN3) has no capitals with tones
    data = to_tcvn3(text)
    got = decode_bytes(data, Path("a.txt"))
    assert got.encoding == "TCVN3"
    assert got.text == text and len(got.text) == len(data)


def test_vni_letters_are_composed() -> None:
    data = to_vni(SENTENCE)
    assert b"Vi" not in data and b"Ba\xfbo" in data  # "Bảo" is B a + hook mark in VNI
    got = decode_bytes(data, Path("a.txt"))
    assert got.encoding == "VNI"
    assert got.text == SENTENCE


def test_tables_cover_every_vietnamese_lowercase_letter() -> None:
    lower = {c for c in VIETNAMESE_LETTERS if c.islower() and not c.isascii()}
    assert lower <= set(TCVN3.values())
    assert len(set(TCVN3)) == len(set(TCVN3.values()))  # one byte, one letter
    assert all(len(k) == 1 for k in VNI)  # VNI: single bytes map to marks or letters
    # Every letter, small and capital, survives a VNI round trip ("tá", "TÁ", ..., "đa").
    words = [f"t{c}" for c in sorted(VIETNAMESE_LETTERS) if c not in "đĐ"] + ["đa", "ĐA"]
    text = " ".join(words)
    assert decode(to_vni(text), "a") == text


@pytest.mark.parametrize(
    "data",
    [
        "Le café était très agréable, à côté de l'église où nous étions.".encode("cp1252"),
        "Größere Übungen für Mädchen und Jungen, schön.".encode("latin-1"),
        "Bảo hiểm y tế toàn dân".encode()[:-2] + b"\xff\xfe abc",  # broken UTF-8
        to_cp1258("Hà Tĩnh"),  # too short to be certain
    ],
    ids=["french", "german", "broken-utf8", "too-short"],
)
def test_text_that_is_not_certainly_vietnamese_is_refused(data: bytes) -> None:
    with pytest.raises(ArticleError) as err:
        decode(data, Path("dir/bài 1.txt"))
    message = str(err.value)
    assert message.startswith(
        "dir/bài 1.txt: not UTF-8 and not recognisably Windows-1258, TCVN3 or VNI"
    )
    assert message.endswith("(save it as UTF-8)") and "\n" not in message


def test_score_separates_real_vietnamese_from_mojibake() -> None:
    good, words = vietnamese_score(SENTENCE)
    assert good == 1.0 and words > 20
    mojibake = SENTENCE.encode("utf-8").decode("cp1252", errors="replace")
    assert vietnamese_score(mojibake)[0] < CERTAIN
    # TCVN3 bytes read as Windows-1258 look like Latin letters with symbols: not Vietnamese.
    assert vietnamese_score(to_tcvn3(SENTENCE.lower()).decode("cp1258", errors="replace"))[0] < 0.5


def test_utf16_both_byte_orders_and_utf32_need_their_bom() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        bom = "\ufeff".encode(codec)
        assert decode(bom + SENTENCE.encode(codec), "a") == SENTENCE
    assert decode_bytes(SENTENCE.encode("utf-32"), "a").encoding == "UTF-32"
    with pytest.raises(ArticleError, match="binary data.*byte-order mark"):
        decode(SENTENCE.encode("utf-16-le"), "a")


def test_html_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "tin tức.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    (source,), problems = discover([tmp_path])
    assert problems == [] and source.is_html
    article = read_article(source)
    assert article.title == "Cà Mau: Hơn 95% dân số tham gia bảo hiểm y tế"
    assert article.author == "Minh Khôi"
    assert article.published == dt.datetime(2023, 11, 2, 9, 15)
    assert article.url == "https://baocamau.example/bhyt-95.html"
    assert article.text.startswith(article.title + "\n\n")
    assert "Hội nghị tổng kết" in article.text
    for junk in ("Trang chủ", "quảng cáo", "Tin liên quan", "function", "Bản quyền"):
        assert junk not in article.text
    assert article.sha256 == hashlib.sha256(page.read_bytes()).hexdigest()


def test_metadata_csv_wins_over_the_page(tmp_path: Path) -> None:
    page = tmp_path / "a.htm"
    page.write_text(HTML_PAGE, encoding="utf-8")
    article = read_article(Source(page, tmp_path), {"title": "Tựa khác", "published": "2023-11-03"})
    assert article.title == "Tựa khác" and article.published == dt.date(2023, 11, 3)
    assert article.author == "Minh Khôi"  # not given by metadata: the page's


def test_html_page_without_article_text_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><head><title>Lỗi 404</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
        "<p>Không tìm thấy trang.</p><script>x()</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ArticleError, match=r"menu\.html: no article text found in the HTML page"):
        read_article(Source(page, tmp_path))


def test_html_in_windows_1258_is_decoded_before_extraction(tmp_path: Path) -> None:
    page = tmp_path / "cu.html"
    page.write_bytes(to_cp1258(HTML_PAGE.replace("utf-8", "windows-1258")))
    article = read_article(Source(page, tmp_path))
    assert _nfc(article.title) == "Cà Mau: Hơn 95% dân số tham gia bảo hiểm y tế"


def test_symlink_loops_are_reported_not_walked(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("BHYT", encoding="utf-8")
    (tmp_path / "a" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a" / "self")
    (tmp_path / "a" / "gone.txt").symlink_to(tmp_path / "nope.txt")
    sources, problems = discover([tmp_path / "a"])
    assert [s.relative for s in sources] == ["x.txt"]
    assert sorted((p.name, r) for p, r in problems) == [
        ("back", "symbolic link loop, not followed"),
        ("gone.txt", "broken symbolic link"),
        ("self", "symbolic link loop"),
    ]


def test_symlinked_directories_are_followed_once(tmp_path: Path) -> None:
    real = tmp_path / "kho"
    real.mkdir()
    (real / "x.txt").write_text("BHYT", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "link1").symlink_to(real, target_is_directory=True)
    (corpus / "link2").symlink_to(real, target_is_directory=True)
    sources, problems = discover([corpus])
    assert [s.relative for s in sources] == ["link1/x.txt"] and problems == []


def test_same_bytes_under_two_names_is_one_article_with_an_alias(tmp_path: Path) -> None:
    for name in ("b.txt", "a copy.txt", "c.txt"):
        text = "BHYT toàn dân" if name != "c.txt" else "khác"
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources, problems = discover([tmp_path])
    assert [(s.relative, [a.name for a in s.aliases]) for s in sources] == [
        ("a copy.txt", ["b.txt"]),
        ("c.txt", []),
    ]
    first = tmp_path / "a copy.txt"
    assert problems == [(tmp_path / "b.txt", f"duplicate of {first} (same content)")]


def test_unreadable_directory_is_reported_and_the_rest_walked(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "khoá").mkdir()
    (tmp_path / "khoá" / "x.txt").write_text("BHYT", encoding="utf-8")
    (tmp_path / "y.txt").write_text("BHYT y", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # root can read anything: simulate EACCES
        if str(path).endswith("khoá"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    sources, problems = discover([tmp_path])
    assert [s.relative for s in sources] == ["y.txt"]
    assert problems == [(tmp_path / "khoá", "cannot read: Permission denied")]


HTML_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Cà Mau: Hơn 95% dân số tham gia bảo hiểm y tế | Báo Cà Mau</title>
<meta property="og:title" content="Cà Mau: Hơn 95% dân số tham gia bảo hiểm y tế">
<meta property="og:url" content="https://baocamau.example/bhyt-95.html">
<meta name="author" content="Minh Khôi">
<meta property="article:published_time" content="2023-11-02T09:15:00+07:00">
<script>function track() { return "quảng cáo"; }</script>
</head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/xh">Xã hội</a></li></ul></nav></header>
<main><article>
<h1>Cà Mau: Hơn 95% dân số tham gia bảo hiểm y tế</h1>
<p>Hội nghị tổng kết công tác bảo hiểm y tế năm 2023 của tỉnh Cà Mau diễn ra sáng 2/11
với sự tham dự của lãnh đạo Sở Y tế và Bảo hiểm xã hội tỉnh.</p>
<p>Theo báo cáo, đến hết tháng 10/2023, toàn tỉnh có hơn 1,1 triệu người tham gia,
đạt tỷ lệ bao phủ 95,2% dân số, tăng 1,3% so với cùng kỳ.</p>
<p>Trong thời gian tới, ngành tiếp tục vận động hộ gia đình tham gia bảo hiểm y tế,
nhất là hộ cận nghèo và học sinh.</p>
</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/x">Giá điện tăng từ tháng sau</a></li></ul></aside>
<footer>Bản quyền thuộc Báo Cà Mau</footer>
</body></html>
"""
