"""Issue 4: documents and links, from a probe of 120 invented articles (fifteenth session,
2026-12-07; docs/robustness.md, "A probe of documents and links").

Every sentence here is invented anew, with other places, bodies and figures than the probe's.
"""

from __future__ import annotations

import datetime as dt

from extraction_cases import extract_text

_MAY_2023 = dt.date(2023, 5, 1)


def _extract(body: str, published: dt.date | None = _MAY_2023):
    return extract_text(f"Tin BHYT\n\n{body}", published)


def _documents(body: str) -> set[tuple[str, str, str | None]]:
    return {(d.ref.kind, d.ref.number, d.symbol) for d in _extract(body).documents}


def _implementers(body: str) -> set[tuple[str, str, str]]:
    return {(i.document.kind, i.document.number, i.implementer.label)
            for i in _extract(body).implementations}


def _outcomes(body: str) -> set[tuple[str, str, str, str]]:
    return {(o.document.kind, o.document.number, o.outcome.indicator, str(o.outcome.value))
            for o in _extract(body).outcomes}


def test_a_capitalised_kind_word_carried_out_is_the_document_named_before() -> None:
    body = ("Ngày 15/2/2022, Ban Thường vụ Huyện ủy Lục Nam ban hành Kết luận số 48-KL/HU về "
            "phát triển BHYT toàn dân. Sau đó, UBND huyện Lục Nam đã xây dựng kế hoạch để triển "
            "khai Kết luận. Sau một năm thực hiện Kết luận, đến hết năm 2022, huyện Lục Nam có "
            "198.400 người tham gia BHYT, đạt 92,6% dân số.")
    assert ("conclusion", "48", "Ủy ban nhân dân huyện Lục Nam") in _implementers(body)
    assert {("conclusion", "48", "coverage_rate", "92.6"),
            ("conclusion", "48", "participants", "198400")} <= _outcomes(body)


def test_a_plan_and_a_decision_referred_to_by_their_capitalised_kind_word() -> None:
    plan = ("UBND xã Quang Châu ban hành Kế hoạch số 17/KH-UBND về vận động người dân tham gia "
            "BHYT hộ gia đình. Thực hiện Kế hoạch, Hội Phụ nữ xã Quang Châu đã đến từng hộ vận "
            "động.")
    assert ("plan", "17", "Hội Liên hiệp Phụ nữ xã Quang Châu") in _implementers(plan)
    decision = ("Năm 2019, UBND tỉnh Phú Yên ban hành Quyết định số 612/QĐ-UBND hỗ trợ mức đóng "
                "BHYT cho học sinh. Sau 3 năm thực hiện Quyết định, tỷ lệ học sinh tham gia BHYT "
                "của tỉnh Phú Yên đạt 98,7%.")
    assert ("decision", "612", "group_coverage_rate", "98.7") in _outcomes(decision)


def test_a_kind_word_inside_a_longer_name_refers_to_no_document() -> None:
    """"thực hiện Chương trình Mục tiêu quốc gia" names a programme of its own, and a kind word
    in lower case is a common noun: neither is the plan named before."""
    body = ("UBND huyện Hiệp Hòa ban hành Chương trình số 09/CTr-UBND về BHYT. UBND xã Đoan Bái "
            "đã thực hiện Chương trình Mục tiêu quốc gia xây dựng nông thôn mới.")
    assert not any(label == "Ủy ban nhân dân xã Đoan Bái" for _, _, label in _implementers(body))


def test_a_body_set_up_carries_out_nothing() -> None:
    body = ("Thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư, UBND xã Hòa Sơn đã kiện toàn Ban Chỉ "
            "đạo thực hiện BHYT toàn dân xã Hòa Sơn.")
    got = _implementers(body)
    assert ("directive", "38", "Ủy ban nhân dân xã Hòa Sơn") in got
    assert not any(label.startswith("Ban Chỉ đạo") for _, _, label in got), got


def test_each_body_of_a_subject_after_a_cited_issuer_carries_the_document_out() -> None:
    body = ("Thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn, UBND huyện Văn "
            "Quan, BHXH huyện Văn Quan và Hội Cựu chiến binh huyện Văn Quan đã phối hợp tổ chức "
            "20 hội nghị tuyên truyền.")
    got = _implementers(body)
    assert {("directive", "15", "Ủy ban nhân dân huyện Văn Quan"),
            ("directive", "15", "Bảo hiểm xã hội huyện Văn Quan"),
            ("directive", "15", "Hội Cựu chiến binh huyện Văn Quan")} <= got


def test_joint_issuers_after_a_joint_documents_symbol_carry_nothing_out() -> None:
    body = ("Căn cứ Thông tư liên tịch số 41/2014/TTLT-BYT-BTC ngày 24/11/2014 của Bộ Y tế, Bộ "
            "Tài chính hướng dẫn thực hiện BHYT, UBND tỉnh Kon Tum ban hành Kế hoạch số "
            "88/KH-UBND.")
    assert not any(label in ("Bộ Y tế", "Bộ Tài chính") for _, _, label in _implementers(body))


def test_a_joint_plan_and_a_letter_of_a_long_issuer_code_are_documents() -> None:
    got = _documents("Thực hiện Kế hoạch liên tịch số 12/KHLT-HCCB-BHXH ngày 2/4/2022 giữa Hội Cựu "
                     "chiến binh tỉnh và BHXH tỉnh Yên Bái, Hội Cựu chiến binh huyện Văn Chấn đã "
                     "tổ chức 14 buổi tuyên truyền. Sở Giáo dục và Đào tạo tỉnh Yên Bái có Công "
                     "văn số 1208/SGDĐT-KHTC hướng dẫn các trường thu BHYT học sinh.")
    assert ("plan", "12", "12/KHLT-HCCB-BHXH") in got
    assert ("official_letter", "1208", "1208/SGDĐT-KHTC") in got


def test_a_result_owed_to_a_document_or_its_policy_in_so_many_words() -> None:
    for cue in ("Nhờ Nghị quyết này", "Nhờ chính sách này"):
        body = ("Năm 2019, HĐND tỉnh Hà Tĩnh ban hành Nghị quyết số 152/2019/NQ-HĐND hỗ trợ mức "
                f"đóng BHYT cho người cận nghèo. {cue}, năm 2022 có 96,8% người cận nghèo trên "
                "địa bàn tỉnh tham gia BHYT.")
        assert ("resolution", "152", "group_coverage_rate", "96.8") in _outcomes(body), cue


def test_several_documents_referred_back_together_share_the_result() -> None:
    body = ("Năm 2020, UBND thị xã Ba Đồn ban hành Kế hoạch số 63/KH-UBND về BHYT hộ gia đình và "
            "Quyết định số 318/QĐ-UBND hỗ trợ mức đóng. Nhờ triển khai tốt các văn bản trên, đến "
            "cuối năm 2022 tỷ lệ bao phủ BHYT của thị xã Ba Đồn đạt 93,7%.")
    assert {("plan", "63", "coverage_rate", "93.7"),
            ("decision", "318", "coverage_rate", "93.7")} <= _outcomes(body)


def test_a_sentence_singling_out_one_document_takes_its_results_for_it() -> None:
    body = ("Ban Thường vụ Huyện ủy Kim Động đã ban hành Kế hoạch số 41-KH/HU thực hiện Chỉ thị "
            "38-CT/TW và Kế hoạch số 42-KH/HU thực hiện Nghị quyết 28-NQ/TW. Kết quả thực hiện "
            "Chỉ thị 38: tỷ lệ bao phủ BHYT năm 2022 đạt 92,6%. Kết quả thực hiện Nghị quyết 28: "
            "số người tham gia BHXH tự nguyện năm 2022 đạt 2.140 người.")
    got = {(o.document.kind, o.document.number, str(o.outcome.value))
           for o in _extract(body).outcomes}
    assert ("directive", "38", "92.6") in got and ("resolution", "28", "2140") in got
    assert ("directive", "38", "2140") not in got and ("resolution", "28", "92.6") not in got


def test_two_documents_one_body_issued_are_both_written_as_its() -> None:
    docs = {(d.ref.kind, d.ref.number, d.issued_by.label if d.issued_by else None)
            for d in _extract("Ban Thường vụ Huyện ủy Kim Động đã ban hành Kế hoạch số 41-KH/HU "
                              "thực hiện Chỉ thị 38-CT/TW và Kế hoạch số 42-KH/HU thực hiện Nghị "
                              "quyết 28-NQ/TW.").documents}
    assert {("plan", "41", "Ban Thường vụ Huyện ủy Kim Động"),
            ("plan", "42", "Ban Thường vụ Huyện ủy Kim Động")} <= docs
