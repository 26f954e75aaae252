"""extract/documents.py: citations of policy documents and their identities."""

from __future__ import annotations

import datetime as dt

from bhyt_kg.extract.documents import document_label, extract_documents
from bhyt_kg.model import NATION, Area, Sentence, Span

BAC_GIANG = Area("province", "tỉnh", "Bắc Giang", NATION)
YEN_THE = Area("district", "huyện", "Yên Thế", BAC_GIANG)
BAC_LIEU = Area("province", "tỉnh", "Bạc Liêu", NATION)
DONG_HAI = Area("district", "huyện", "Đông Hải", BAC_LIEU)
AN_GIANG = Area("province", "tỉnh", "An Giang", NATION)
LONG_XUYEN = Area("district", "thành phố", "Long Xuyên", AN_GIANG)
MY_LONG = Area("commune", "phường", "Mỹ Long", LONG_XUYEN)
HA_TINH = Area("province", "tỉnh", "Hà Tĩnh", NATION)
KY_ANH = Area("district", "thị xã", "Kỳ Anh", HA_TINH)


def docs(*texts: str, home: Area | None = None):
    sentences, text, pos = [], "", 0
    for t in texts:
        sentences.append(Sentence(Span(pos, pos + len(t)), t))
        text += t + "\n"
        pos = len(text)
    return extract_documents(text, sentences, home)


def test_party_directive_with_symbol_date_issuer_term_and_subject() -> None:
    (m,) = docs(
        "Hội nghị tổng kết 15 năm thực hiện Chỉ thị 38-CT/TW, ngày 07/9/2009 của Ban Bí thư "
        "về “Đẩy mạnh công tác bảo hiểm y tế trong tình hình mới” trên địa bàn huyện.",
        home=DONG_HAI,
    )
    assert (m.ref.kind, m.ref.number, m.symbol) == ("directive", "38", "38-CT/TW")
    assert m.issued == dt.date(2009, 9, 7)
    assert m.issued_by.name == "Ban Bí thư"
    assert m.ref.issuer.area == NATION
    assert m.title == "Đẩy mạnh công tác bảo hiểm y tế trong tình hình mới"
    assert document_label(m.ref) == "Chỉ thị số 38 của Ban Chấp hành Trung ương Đảng"


def test_every_citation_form_of_one_central_directive_is_one_identity() -> None:
    found = docs(
        "Phú Xuyên tổng kết 15 năm thực hiện Chỉ thị 38 của Ban Bí thư về đẩy mạnh công tác BHYT.",
        "Thực hiện Chỉ thị số 38-CT/TW, các cấp ủy đã vào cuộc.",
        "Chỉ thị 38 của Ban Bí thư khóa X được quán triệt sâu rộng.",
        home=DONG_HAI,
    )
    assert len({m.ref for m in found}) == 1
    assert [m.term for m in found] == [None, None, "X"]


def test_standing_committee_of_the_province_resolves_to_the_home_province() -> None:
    (m,) = docs(
        "Các đoàn thể đã nhận thức rõ tinh thần Chỉ thị số 08 của Ban Thường vụ Tỉnh ủy về việc "
        "đẩy mạnh phát triển đối tượng tham gia BHYT giai đoạn 2016 - 2020.",
        home=YEN_THE,
    )
    assert (m.ref.kind, m.ref.number) == ("directive", "8")
    assert m.ref.issuer.name == "Tỉnh ủy" and m.ref.issuer.area == BAC_GIANG
    assert m.issued_by.name == "Ban Thường vụ"
    assert m.title.startswith("đẩy mạnh phát triển đối tượng")


def test_same_number_of_different_issuers_are_different_documents() -> None:
    (district,) = docs("Ban Thường vụ Huyện ủy ban hành Chỉ thị số 07 về BHYT.", home=DONG_HAI)
    (province,) = docs("Thực hiện Chỉ thị số 07 của Ban Thường vụ Tỉnh ủy, huyện đã triển khai.", home=YEN_THE)
    assert district.ref.number == province.ref.number == "7"
    assert district.ref != province.ref


def test_a_bare_number_takes_the_issuer_of_another_mention_in_the_article() -> None:
    found = docs(
        "Ban Thường vụ Huyện ủy Đông Hải (khóa XII) đã ban hành Chỉ thị số 07 về tăng cường sự lãnh đạo.",
        "Ngay sau khi Chỉ thị số 07 được ban hành, các cấp ủy đã triển khai.",
        "UBND huyện đã cụ thể hóa Chỉ thị 07 của Ban Thường vụ Huyện ủy bằng 2 kế hoạch.",
        home=DONG_HAI,
    )
    assert len(found) == 3
    assert len({m.ref for m in found}) == 1
    assert found[0].ref.issuer.name == "Huyện ủy" and found[0].ref.issuer.area == DONG_HAI


def test_state_plan_of_a_city_peoples_committee() -> None:
    (m,) = docs(
        "Phường đã bám sát Kế hoạch số 34/KH-UBND ngày 13/ 02/2023 của Ủy ban nhân dân thành phố "
        "Long Xuyên về việc phát triển Bảo hiểm y tế, Bảo hiểm xã hội năm 2023.",
        home=MY_LONG,
    )
    assert (m.ref.kind, m.ref.number, m.symbol) == ("plan", "34", "34/KH-UBND")
    assert m.issued == dt.date(2023, 2, 13)
    assert m.ref.issuer.kind == "peoples_committee" and m.ref.issuer.area == LONG_XUYEN


def test_other_kinds_and_symbol_forms() -> None:
    found = docs(
        "Thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 và Quyết định 1167/QĐ-TTg về giao chỉ tiêu BHYT.",
        "Thị ủy đã ban hành Kế hoạch 45-KH/TXU và thực hiện Luật số 46/2014/QH13.",
        home=KY_ANH,
    )
    got = {(m.ref.kind, m.ref.number, m.symbol) for m in found}
    assert got == {
        ("resolution", "21", "21-NQ/TW"),
        ("decision", "1167", "1167/QĐ-TTg"),
        ("plan", "45", "45-KH/TXU"),
        ("law", "46", "46/2014/QH13"),
    }
    by_kind = {m.ref.kind: m for m in found}
    assert by_kind["decision"].ref.issuer.name == "Thủ tướng Chính phủ"
    assert by_kind["plan"].ref.issuer.name == "Thị ủy" and by_kind["plan"].ref.issuer.area == KY_ANH
    assert by_kind["law"].ref.issuer.name == "Quốc hội"


def test_numbers_that_are_not_document_numbers() -> None:
    assert docs(
        "Qua 15 năm thực hiện chỉ thị, kế hoạch phát triển kinh tế - xã hội năm 2023 đạt 2 kế hoạch.",
        "Đưa chỉ tiêu vào Nghị quyết, kế hoạch phát triển kinh tế-xã hội của huyện.",
        home=DONG_HAI,
    ) == ()


QUANG_TRI = Area("province", "tỉnh", "Quảng Trị", NATION)
HAI_HAU = Area("district", "huyện", "Hải Hậu", Area("province", "tỉnh", "Nam Định", NATION))


def test_numbers_with_a_letter_suffix() -> None:
    found = docs(
        "Các xã thuộc Chương trình 135a/2015/QĐ-TTg được hỗ trợ, theo Chỉ thị 07b của Tỉnh ủy.",
        "Quyết định số 20 về BHYT và Kế hoạch 15 ngày 3/4/2020.",
        home=QUANG_TRI,
    )
    got = {(m.ref.kind, m.ref.number, m.symbol) for m in found}
    assert got == {
        ("programme", "135a", "135a/2015/QĐ-TTg"),
        ("directive", "7b", None),
        ("decision", "20", None),
        ("plan", "15", None),
    }
    (programme,) = (m for m in found if m.ref.kind == "programme")
    assert programme.ref.issuer.name == "Thủ tướng Chính phủ"


def test_the_body_that_signs_or_issues_a_document_in_the_sentence_is_its_issuer() -> None:
    (signed,) = docs(
        "Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam vừa ký Quyết định số 2150/QĐ-UBND giao chỉ tiêu BHYT.",
        home=QUANG_TRI,
    )
    assert signed.ref.issuer.kind == "peoples_committee" and signed.ref.issuer.area == QUANG_TRI
    (issued,) = docs(
        "HĐND tỉnh Quảng Trị (khóa VIII) đã ban hành Nghị quyết số 25/2021/NQ-HĐND về hỗ trợ mức đóng BHYT.",
        home=QUANG_TRI,
    )
    assert issued.ref.issuer.kind == "peoples_council" and issued.issued_by == issued.ref.issuer
    # another mention of the same number without an issuer takes it
    again = docs(
        "UBND huyện Hải Hậu đã ban hành Kế hoạch số 31/KH-UBND.",
        "Kế hoạch 31 được triển khai đến các xã.",
        home=HAI_HAU,
    )
    assert {m.ref.issuer.label for m in again} == {"Ủy ban nhân dân huyện Hải Hậu"}


def test_a_body_that_carries_out_a_document_or_disagrees_with_its_symbol_is_not_its_issuer() -> None:
    (carried,) = docs("UBND huyện Hải Hậu đã triển khai Quyết định số 88/QĐ-UBND đến các xã.", home=HAI_HAU)
    assert carried.ref.issuer is None
    # "KH-HĐND" is a council's plan: the committee named before it did not issue it
    (mismatch,) = docs("UBND huyện Hải Hậu đã ban hành Kế hoạch số 12/KH-HĐND.", home=HAI_HAU)
    assert mismatch.ref.issuer is None
    # "của ..." says who issued it even when a body "ban hành" a plan for it
    found = docs(
        "UBND huyện Hải Hậu đã ban hành Kế hoạch số 40/KH-UBND để thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy.",
        home=HAI_HAU,
    )
    issuers = {m.ref.kind: m.ref.issuer.label for m in found}
    assert issuers == {"plan": "Ủy ban nhân dân huyện Hải Hậu", "directive": "Tỉnh ủy Nam Định"}
