"""Page furniture, title, byline, dateline and sentences (bhyt_kg/segment.py)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from bhyt_kg.segment import boilerplate_spans, dateline, sentences, title_and_byline

SEEDS = Path(__file__).resolve().parents[1] / "data" / "articles"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


# --- the seeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "title", "byline", "published"),
    [
        ("000", "Huyện Đông Hải: Tích cực thực hiện công tác bảo hiểm y tế toàn dân", "TRẦN VĂN",
         dt.datetime(2020, 5, 1, 15, 33)),
        ("001", "Phú Xuyên tổng kết 15 năm thực hiện Chỉ thị 38 của Ban Bí thư về đẩy mạnh công tác "
         "bảo hiểm y tế trong tình hình mới", "Thu Nghĩa – Trung tâm VHTT&TT huyện",
         dt.datetime(2024, 3, 8, 17, 23)),
        ("002", "Phường Mỹ Long những giải pháp trọng tâm thực hiện độ bao phủ bảo hiểm y tế toàn dân",
         None, None),
        ("003", "BCĐ Bảo hiểm Y tế huyện tổ chức Hội nghị kiểm điểm tiến độ năm 2018", "Trung Hiếu", None),
        ("004", "Thị xã Sông Cầu: Phấn đấu đạt trên 85% dân số tham gia BHYT", "Hồ Huỳnh Thảo",
         dt.datetime(2018, 8, 23, 8, 20)),
    ],
)
def test_seed_title_byline_and_dateline(prefix, title, byline, published) -> None:
    text = seed(prefix)
    assert title_and_byline(text) == (title, byline)
    assert dateline(text) == published


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_sentences_are_exact_stripped_slices(prefix: str) -> None:
    text = seed(prefix)
    got = sentences(text)
    assert got
    for s in got:
        assert text[s.span.start : s.span.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert [s.span.start for s in got] == sorted(s.span.start for s in got)


def test_seed_000_furniture_is_dropped() -> None:
    got = texts(seed("000"))
    joined = "\n".join(got)
    assert got[0] == "Huyện Đông Hải: Tích cực thực hiện công tác bảo hiểm y tế toàn dân"
    for furniture in ("Thứ Sáu", "Ảnh:", "K.T", "TRẦN VĂN", "bình luận", "thăm dò", "người tài",
                      "THÔNG TIN CẦN BIẾT", "Gió đông bắc"):
        assert furniture not in joined
    # the photo caption line goes with its credit
    assert not any(s.startswith("Lao động nghề biển tại Cảng cá") for s in got)
    assert got[-1].startswith("Tập trung chỉ đạo")


def test_seed_001_header_dateline_and_byline_are_boilerplate() -> None:
    text = seed("001")
    spans = [text[s.start : s.end] for s in boilerplate_spans(text)]
    assert "KINH TẾ - CHÍNH TRỊ" in spans
    assert any(s.startswith("Ngày đăng 08/03/2024") and "View count: 279" in s for s in spans)
    assert spans[-1] == "Thu Nghĩa – Trung tâm VHTT&TT huyện"


def test_seed_001_numbers_and_semicolons_stay_inside_sentences() -> None:
    got = texts(seed("001"))
    assert ("Tính đến hết năm 2023, toàn huyện có 217.536 người tham gia BHYT, chiếm 94,47% dân số "
            "toàn huyện.") in got
    money = next(s for s in got if s.startswith("Tổng số thu quỹ BHYT"))
    assert money.endswith("hơn 267 tỷ đồng.") and ";" in money
    # the end mark "./." stays with its sentence
    assert got[-1].endswith("trên địa bàn huyện./.")
    assert any("Chỉ thị 38-CT/TW, ngày 07/9/2009 của Ban Bí thư" in s for s in got)


def test_seed_002_ellipsis_before_lowercase_does_not_split() -> None:
    got = texts(seed("002"))
    assert any("số sinh, số tử...để quản lý" in s for s in got)
    assert got[0].startswith("Phường Mỹ Long") and "Skip to main content" not in got


def test_seed_003_date_and_ratio_stay_in_one_sentence() -> None:
    got = texts(seed("003"))
    assert ("Tính đến hết ngày 31/8/2018, toàn huyện đã có 99.323/102.319 người có thẻ BHYT đạt tỷ lệ "
            "97,07% dân số toàn huyện.") in got
    assert got[-1].endswith("năm 2019./.")


# --- invented pages -----------------------------------------------------------------------------

PAGE = """Chuyển đến nội dung chính
Trang chủ » Xã hội » Y tế
THỜI SỰ

Quảng Ninh: Hơn 1,2 triệu người có thẻ BHYT

Cập nhật: 10:15 12/03/2022 | Lượt xem: 1.024

TP. Hạ Long đã đạt tỷ lệ bao phủ 95,1%. Theo TS. Nguyễn Văn An, Giám đốc BHXH tỉnh... con số này
còn tăng. Các xã, phường vận động người dân... đặc biệt là hộ cận nghèo! Bao giờ đạt 100%? Chưa rõ.
Cán bộ Th.S Lê Thị Bình cho biết, Kế hoạch 12/KH-UBND, ngày 5/1/2022 được triển khai trong quý I.
Học sinh được hỗ trợ 30% mức đóng (Ảnh: TTXVN)
Công nhân nhận thẻ BHYT tại doanh nghiệp. (Ảnh: Minh Anh)

Bài và ảnh: Hoàng Nam

Tin liên quan
Hà Nội: tăng 2% bao phủ
"""


def test_invented_page_furniture_title_byline_dateline() -> None:
    assert title_and_byline(PAGE) == ("Quảng Ninh: Hơn 1,2 triệu người có thẻ BHYT", "Hoàng Nam")
    assert dateline(PAGE) == dt.datetime(2022, 3, 12, 10, 15)
    joined = "\n".join(texts(PAGE))
    for furniture in ("Chuyển đến", "Trang chủ", "THỜI SỰ", "Lượt xem", "Hoàng Nam", "Tin liên quan",
                      "Hà Nội: tăng", "TTXVN", "Minh Anh", "Công nhân nhận thẻ", "Học sinh được hỗ trợ"):
        assert furniture not in joined


def test_invented_page_sentence_boundaries() -> None:
    assert texts(PAGE) == [
        "Quảng Ninh: Hơn 1,2 triệu người có thẻ BHYT",
        "TP. Hạ Long đã đạt tỷ lệ bao phủ 95,1%.",
        # (a line that stops mid-sentence and goes on in lower case is hard-wrapped: one sentence)
        "Theo TS. Nguyễn Văn An, Giám đốc BHXH tỉnh... con số này\ncòn tăng.",
        "Các xã, phường vận động người dân... đặc biệt là hộ cận nghèo!",
        "Bao giờ đạt 100%?",
        "Chưa rõ.",
        "Cán bộ Th.S Lê Thị Bình cho biết, Kế hoạch 12/KH-UBND, ngày 5/1/2022 được triển khai trong quý I.",
    ]


def test_bullets_are_not_part_of_the_sentence_and_ellipsis_before_capital_splits() -> None:
    text = "Các giải pháp:\n- Tăng cường tuyên truyền...\n+ Đẩy mạnh vận động. Xong…Tiếp theo. Hết"
    assert texts(text) == ["Các giải pháp:", "Tăng cường tuyên truyền...", "Đẩy mạnh vận động.",
                           "Xong…Tiếp theo.", "Hết"]


def test_missing_space_after_a_full_stop_still_splits_but_not_in_abbreviations() -> None:
    text = "Người dân tham gia BHYT.Đồng thời, TP.HCM và K.T được nêu."
    assert texts(text) == ["Người dân tham gia BHYT.", "Đồng thời, TP.HCM và K.T được nêu."]


def test_nfd_and_nbsp_input_gives_the_same_sentences_with_original_offsets() -> None:
    nfc = seed("001")
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = sentences(nfc), sentences(nfd)
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert nfd[y.span.start : y.span.end] == y.text
        assert unicodedata.normalize("NFC", y.text) == x.text
    assert title_and_byline(nfd)[1] == unicodedata.normalize("NFD", "Thu Nghĩa – Trung tâm VHTT&TT huyện")


def test_crlf_and_bom_do_not_leak_into_sentences() -> None:
    text = "\ufeffTiêu đề bài viết\r\n\r\nCâu một có 1.000 người.\u00a0Câu hai.\r\n"
    got = sentences(text)
    assert [s.text for s in got] == ["Tiêu đề bài viết", "Câu một có 1.000 người.", "Câu hai."]
    for s in got:
        assert text[s.span.start : s.span.end] == s.text


def test_a_short_capitalised_last_line_is_a_byline_but_a_sentence_is_not() -> None:
    assert title_and_byline("Tiêu đề\n\nNội dung bài viết dài dòng về BHYT.\n\nNguyễn Thị Hoa")[1] == (
        "Nguyễn Thị Hoa")
    assert title_and_byline("Tiêu đề\n\nNội dung.\n\ncác xã đã hoàn thành chỉ tiêu")[1] is None


def test_empty_and_furniture_only_texts() -> None:
    assert sentences("") == ()
    assert sentences("Skip to main content\n\n23/08/2018 08:20 AM\n") == ()
    assert title_and_byline("") == (None, None)
    assert dateline("Không có ngày tháng") is None
