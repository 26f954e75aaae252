"""Issue 6, "Inputs to handle": every kind of bad or unusual article file, alone and in a corpus.

Each refused input gets a one-line message that starts with the file's path; a corpus build
lists it in ``summary.skipped`` with that reason and builds the rest.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import time
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from conftest import SEEDS
from legacy import to_cp1258, to_tcvn3, to_vni
from rdflib import RDF, Namespace

from bhyt_kg.errors import ArticleError
from bhyt_kg.pipeline import build
from bhyt_kg.sources import Source, discover, read_article
from bhyt_kg.store import KnowledgeGraph

BHYT = Namespace("https://w3id.org/bhyt-kg/ontology#")
FACT_CLASSES = ("PolicyDocument", "Organisation", "Person", "Meeting", "Activity", "Observation",
                "ImplementationClaim", "OutcomeClaim")

# Not from the seeds: a short report with a document, an organisation and a figure.
REPORT = (
    "Quảng Trị: Tăng tỷ lệ tham gia bảo hiểm y tế\n\n"
    "Thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy Quảng Trị, Bảo hiểm xã hội huyện "
    "Hải Lăng phối hợp với Ủy ban nhân dân các xã tuyên truyền chính sách bảo hiểm y tế. "
    "Đến ngày 30/6/2023, toàn huyện có 78.450 người tham gia, đạt tỷ lệ 91,2% dân số.\n"
)
# Not about health insurance at all.
FARMING = (
    "Nông dân Hậu Giang thu hoạch lúa Hè Thu\n\n"
    "Những ngày này, nông dân xã Vị Thanh tất bật thu hoạch lúa. Năng suất năm nay ước đạt "
    "sáu tấn một héc-ta, giá lúa ổn định nên bà con phấn khởi. Sau vụ gặt, nhiều hộ chuẩn bị "
    "đất để xuống giống vụ mới.\n"
)
FRENCH = "Le café était très agréable, à côté de l'église où nous étions.".encode("cp1252")

REFUSED = {  # file name -> (bytes, the message after "PATH: ")
    "trống.txt": (b"", "empty article (the file has no text)"),
    "chỉ khoảng trắng.txt": (b" \r\n\t \n", "empty article (the file has no text)"),
    "nhị phân.txt": (b"BHYT\x00\x01\x02\x03" * 50, "binary data, not a text article"),
    "điều khiển.txt": (bytes(range(1, 9)) * 40 + b"BHYT", "binary data, not a text article"),
    "tài liệu.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document, not a text article"),
    "tiếng Pháp.txt": (FRENCH, "not UTF-8 and not recognisably Windows-1258, TCVN3 or VNI"),
    "utf16 không BOM.txt": (REPORT.encode("utf-16-le"), "binary data, not a text article"),
    "menu.html": (
        "<html><body><nav><a href='/'>Trang chủ</a> <a href='/xh'>Xã hội</a></nav></body></html>"
        .encode(),
        "no article text found in the HTML page",
    ),
}
DECODED = {  # file name -> bytes whose text (NFC) is REPORT
    "có BOM.txt": "\ufeff".encode() + REPORT.encode(),
    "utf16 le.txt": REPORT.encode("utf-16"),
    "utf16 be.txt": "\ufeff".encode("utf-16-be") + REPORT.encode("utf-16-be"),
    "windows-1258.txt": to_cp1258(REPORT),
    "vni.txt": to_vni(REPORT),
}


def _read(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return read_article(Source(path, tmp_path))


@pytest.mark.parametrize("name", REFUSED, ids=lambda n: n)
def test_bad_article_is_refused_on_one_line_naming_the_file(tmp_path: Path, name: str) -> None:
    data, message = REFUSED[name]
    with pytest.raises(ArticleError) as err:
        _read(tmp_path, name, data)
    text = str(err.value)
    assert text.startswith(f"{tmp_path / name}: {message}")
    assert "\n" not in text and "Traceback" not in text


@pytest.mark.parametrize("name", DECODED, ids=lambda n: n)
def test_other_encodings_are_read_where_certain(tmp_path: Path, name: str) -> None:
    article = _read(tmp_path, name, DECODED[name])
    assert unicodedata.normalize("NFC", article.text) == REPORT


def test_tcvn3_article_is_read(tmp_path: Path) -> None:
    article = _read(tmp_path, "abc.txt", to_tcvn3(REPORT.lower()))  # VN3 has no toned capitals
    assert article.text == REPORT.lower()


def test_unreadable_file_is_refused_naming_it(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "khoá.txt"
    path.write_text(REPORT, encoding="utf-8")
    _deny(monkeypatch, "khoá.txt")
    with pytest.raises(ArticleError, match=rf"^{path}: cannot read: Permission denied$"):
        read_article(Source(path, tmp_path))


def _deny(monkeypatch, name: str) -> None:
    """EACCES for ``name`` (chmod 000 does not stop root, who runs CI here)."""
    real = pathlib.Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)


def test_html_page_is_read_as_its_main_text(tmp_path: Path) -> None:
    article = _read(tmp_path, "bài báo.html", _page(REPORT).encode())
    assert article.title == "Quảng Trị: Tăng tỷ lệ tham gia bảo hiểm y tế"
    assert "Chỉ thị số 12-CT/TU" in article.text and "Chuyên mục" not in article.text


def _page(text: str) -> str:
    title, body = text.split("\n\n", 1)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<nav><a href='/'>Trang chủ</a> | <a href='/cm'>Chuyên mục</a></nav>"
        f"<article><h1>{title}</h1><p>{body}</p></article>"
        "<script>var ads = 'Chuyên mục';</script></body></html>"
    )


def test_20_mb_article_reads_fast_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "rất dài.txt"
    para = (REPORT + "\n").encode()
    with path.open("wb") as fh:
        for _ in range(20_000_000 // len(para) + 1):
            fh.write(para)
    size = path.stat().st_size
    tracemalloc.start()
    started = time.perf_counter()
    try:
        (source,), _ = discover([tmp_path])
        article = read_article(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 10
    assert len(article.text) > 15_000_000 and article.text.startswith(REPORT)
    assert peak < 6 * size  # the bytes, one str (2 bytes a char) and slack: no copies per line


@pytest.mark.skipif(not os.environ.get("BHYT_SLOW_TESTS"), reason="set BHYT_SLOW_TESTS=1 (minutes)")
def test_20_mb_article_builds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    big = FARMING * (20_000_000 // len(FARMING.encode()))
    (corpus / "big.txt").write_text(big, encoding="utf-8")
    started = time.perf_counter()
    summary = build([corpus], KnowledgeGraph.memory())
    assert [b.path for b in summary.built] == ["big.txt"] and summary.skipped == []
    assert time.perf_counter() - started < 600


def test_article_without_health_insurance_builds_with_no_facts(tmp_path: Path) -> None:
    (tmp_path / "lúa.txt").write_text(FARMING, encoding="utf-8")
    kg = KnowledgeGraph.memory()
    summary = build([tmp_path], kg)
    assert [b.path for b in summary.built] == ["lúa.txt"] and summary.skipped == []
    graph = kg.article_graph(summary.built[0].article_id)
    assert len(graph) > 0  # the article itself is recorded
    assert [c for c in FACT_CLASSES if (None, RDF.type, BHYT[c]) in graph] == []


def test_mixed_corpus_builds_the_good_and_lists_each_bad_one(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "kho bài"
    corpus.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(seed, corpus / seed.name)
    shutil.copy(SEEDS[0], corpus / "bản sao của bài 0.txt")  # one article, two files
    for name, (data, _) in REFUSED.items():
        (corpus / name).write_bytes(data)
    for name, data in DECODED.items():
        (corpus / name).write_bytes(data)
    (corpus / "tcvn3.txt").write_bytes(to_tcvn3(REPORT.lower()))
    (corpus / "trang báo.html").write_text(_page(REPORT), encoding="utf-8")
    (corpus / "nông nghiệp.txt").write_text(FARMING, encoding="utf-8")
    (corpus / "khoá.txt").write_text(REPORT + "khoá\n", encoding="utf-8")
    _deny(monkeypatch, "khoá.txt")
    sub = corpus / "thư mục con"
    sub.mkdir()
    (sub / "vòng lặp").symlink_to(corpus, target_is_directory=True)
    (sub / "hỏng.txt").symlink_to(corpus / "không có.txt")

    summary = build([corpus], KnowledgeGraph.memory())

    built = sorted(b.path for b in summary.built)
    assert built == sorted(
        [s.name for s in SEEDS[:2]]
        + list(DECODED)
        + ["tcvn3.txt", "trang báo.html", "nông nghiệp.txt"]
    )
    skipped = {Path(s.path).name: s.reason for s in summary.skipped}
    expected = {name: message for name, (_, message) in REFUSED.items()}
    assert [(Path(d.path).name, d.reason) for d in summary.duplicates] == [
        ("bản sao của bài 0.txt", f"duplicate of {corpus / SEEDS[0].name} (same content)")
    ]
    expected |= {
        "khoá.txt": "cannot read: Permission denied",
        "vòng lặp": "symbolic link loop, not followed",
        "hỏng.txt": "broken symbolic link",
    }
    assert set(skipped) == set(expected)
    for name, message in expected.items():
        path = next(s.path for s in summary.skipped if Path(s.path).name == name)
        assert skipped[name].startswith(message) or skipped[name].startswith(f"{path}: {message}")
        assert "\n" not in skipped[name]
