"""Meetings, activities and the document -> implementer / outcome claims, on invented articles
(the seeds are covered through the canned queries in test_seed_facts.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from bhyt_kg.extract import extract_article
from bhyt_kg.model import Article

CAI_NUOC = """Huyện Cái Nước: Đẩy mạnh phát triển người tham gia BHYT

Ngày 12/4/2021, Ban Thường vụ Huyện ủy Cái Nước tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 15-CT/HU về tăng cường công tác BHYT. Đồng chí Trần Văn Bảy, Bí thư Huyện ủy chủ trì hội nghị.
Thực hiện Chỉ thị số 15-CT/HU, Hội Liên hiệp Phụ nữ huyện phối hợp với Bảo hiểm xã hội huyện tổ chức đối thoại với hội viên tại các xã. Nhờ đó, đến hết năm 2020, toàn huyện có 120.500 người tham gia BHYT, đạt tỷ lệ bao phủ 91,2% dân số.
Năm 2021, huyện phấn đấu tỷ lệ bao phủ BHYT đạt 93%.
"""

VINH_CHAU = """Thị xã Vĩnh Châu triển khai Kế hoạch phát triển BHYT

Ủy ban nhân dân thị xã Vĩnh Châu đã ban hành Kế hoạch số 112/KH-UBND ngày 05/3/2019 của Ủy ban nhân dân thị xã Vĩnh Châu về phát triển người tham gia BHYT.
Đoàn Thanh niên thị xã tổ chức cấp phát tờ rơi tại các khóm, ấp.
Tính đến 30/6/2019, toàn thị xã có 150.200 người tham gia BHYT.
"""


def extract(text: str, published: dt.date):
    article = Article(
        id="invented", path="invented.txt", text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(), published=published,
    )
    return extract_article(article)


def test_a_directive_its_meeting_its_implementer_and_its_outcomes() -> None:
    ex = extract(CAI_NUOC, dt.date(2021, 4, 13))
    assert ex.home is not None and ex.home.name == "Cái Nước" and ex.home.parent.name == "Cà Mau"
    (doc,) = {m.ref for m in ex.documents}
    assert (doc.kind, doc.number, doc.issuer.name, doc.issuer.area.name) == ("directive", "15", "Huyện ủy", "Cái Nước")

    (meeting,) = ex.meetings
    assert meeting.kind == "conference"
    assert meeting.date == dt.date(2021, 4, 12)
    assert meeting.organiser.name == "Ban Thường vụ"
    assert meeting.chair == "Trần Văn Bảy"

    dialogue = [a for a in ex.activities if a.kind == "dialogue"]
    assert dialogue and dialogue[0].agents[0].name == "Hội Liên hiệp Phụ nữ"
    assert doc in dialogue[0].documents
    implementers = {link.implementer.name for link in ex.implementations if link.document == doc}
    assert "Hội Liên hiệp Phụ nữ" in implementers

    outcomes = {(o.outcome.indicator, o.outcome.value) for o in ex.outcomes if o.document == doc}
    assert outcomes == {("participants", Decimal("120500")), ("coverage_rate", Decimal("91.2"))}
    # the target is an observation, but not an outcome of the directive
    assert any(o.is_target and o.value == 93 for o in ex.observations)
    assert all(not link.outcome.is_target for link in ex.outcomes)


def test_a_plan_implemented_by_a_youth_union_with_leaflets_and_no_outcome_claim() -> None:
    ex = extract(VINH_CHAU, dt.date(2019, 7, 2))
    (doc,) = {m.ref for m in ex.documents}
    assert (doc.kind, doc.number) == ("plan", "112")
    assert doc.issuer.kind == "peoples_committee" and doc.issuer.area.name == "Vĩnh Châu"
    leaflets = [a for a in ex.activities if a.kind == "leaflets"]
    assert leaflets and leaflets[0].agents[0].name == "Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    # the figure is reported in its own paragraph, with nothing tying it to the plan
    assert ex.outcomes == ()
    assert ex.meetings == ()


ISSUING = """Huyện Thới Bình ban hành chỉ thị về BHYT

Năm 2017, Ban Thường vụ Huyện ủy Thới Bình đã ban hành Chỉ thị số 12-CT/HU về tăng cường sự lãnh đạo đối với công tác BHYT.
Sau khi Chỉ thị số 12-CT/HU được ban hành, Ban Dân vận Huyện ủy đã quán triệt nội dung chỉ thị đến các chi bộ.
"""


def test_issuing_a_directive_is_not_implementing_it_but_disseminating_it_is() -> None:
    ex = extract(ISSUING, dt.date(2018, 1, 5))
    (doc,) = {m.ref for m in ex.documents}
    implementers = {link.implementer.name for link in ex.implementations if link.document == doc}
    assert "Ban Thường vụ" not in implementers
    assert "Ban Dân vận" in implementers


def _implementers(ex) -> set[tuple[str, str]]:
    return {(link.document.number, link.implementer.label) for link in ex.implementations}


REQUESTS = """Huyện Hải Hậu sơ kết Chỉ thị 05

Ngày 10/5/2021, Ban Thường vụ Huyện ủy Hải Hậu tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/HU về công tác BHYT.
Để tiếp tục thực hiện hiệu quả Chỉ thị trong thời gian tới, đồng chí Bí thư Huyện ủy đề nghị UBND huyện, Hội Nông dân huyện tăng cường tuyên truyền, vận động nhân dân tham gia BHYT.
"""


def test_bodies_asked_to_act_in_future_are_not_implementers() -> None:
    ex = extract(REQUESTS, dt.date(2021, 5, 11))
    got = _implementers(ex)
    assert ("5", "Ban Thường vụ Huyện ủy Hải Hậu") in got
    assert not {org for _, org in got} & {"Ủy ban nhân dân huyện Hải Hậu", "Hội Nông dân huyện Hải Hậu", "Huyện ủy Hải Hậu"}
    # the requested campaign is recorded, but as carrying out nothing yet
    assert all(not a.documents for a in ex.activities if a.kind == "communication")


POSSESSORS = """Huyện Hải Hậu: 5 năm thực hiện Nghị quyết 21

Qua 5 năm thực hiện Nghị quyết số 21-NQ/TW của Bộ Chính trị, dưới sự lãnh đạo của Tỉnh ủy, UBND tỉnh, Ban Thường vụ Huyện ủy Hải Hậu đã chỉ đạo UBND huyện, Ủy ban MTTQ và các đoàn thể tăng cường công tác tuyên truyền.
Ban Thường vụ Huyện ủy đã chỉ đạo Ban Dân vận Huyện ủy triển khai nội dung nghị quyết đến các chi bộ.
Phó Chủ tịch UBND huyện Trần Văn Hòa đã biểu dương các tập thể có thành tích trong thực hiện Nghị quyết số 21-NQ/TW.
"""


def test_possessors_exhorted_bodies_and_bodies_in_a_post_are_not_implementers() -> None:
    ex = extract(POSSESSORS, dt.date(2017, 9, 20))
    got = {org for _, org in _implementers(ex)}
    assert "Ban Thường vụ Huyện ủy Hải Hậu" in got
    # told to carry out the resolution's content: an implementer
    assert "Ban Dân vận Huyện ủy Hải Hậu" in got
    # "dưới sự lãnh đạo của ...", "chỉ đạo ... tăng cường", "Phó Chủ tịch UBND huyện <name>"
    assert not got & {"Tỉnh ủy Nam Định", "Ủy ban nhân dân tỉnh Nam Định", "Ủy ban nhân dân huyện Hải Hậu"}
    assert not any(org.startswith("Mặt trận Tổ quốc") or org.startswith("Ủy ban Mặt trận") for org in got)


COLLECTIVES = """Thị xã Kỳ Anh triển khai Kế hoạch BHYT

Thực hiện Kế hoạch số 20/KH-UBND của UBND thị xã Kỳ Anh, MTTQ và các đoàn thể từ thị xã đến cơ sở đã tuyên truyền về BHYT hộ gia đình.
Quyết định số 901/QĐ-TTg giao chỉ tiêu thực hiện bao phủ BHYT cho các UBND tỉnh, thành phố trực thuộc Trung ương.
"""


def test_collective_and_plural_mentions_are_not_implementers() -> None:
    ex = extract(COLLECTIVES, dt.date(2019, 3, 1))
    assert ex.implementations == ()


ANAPHORA = """Tỉnh Quảng Trị hỗ trợ người cận nghèo tham gia BHYT

UBND tỉnh Quảng Trị đã ban hành Quyết định số 07/2020/QĐ-UBND về mức hỗ trợ đóng BHYT cho người cận nghèo.
UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai, kiểm tra việc thực hiện quyết định này.
"""

CONTINUED = """Huyện Cam Lộ đẩy mạnh tuyên truyền BHYT

Thực hiện Chỉ thị số 09-CT/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Cam Lộ đã chỉ đạo Ban Tuyên giáo Huyện ủy quán triệt nội dung chỉ thị. Đồng thời, chỉ đạo Đài Truyền thanh huyện xây dựng chuyên mục và phát tin, bài tuyên truyền về BHYT.
Trung tâm Y tế huyện Cam Lộ đã tổ chức tập huấn cho nhân viên y tế thôn bản.
"""


def test_anaphora_across_paragraphs_and_continued_sentences_carry_the_document() -> None:
    ex = extract(ANAPHORA, dt.date(2020, 3, 2))
    got = _implementers(ex)
    # "quyết định này" in the next paragraph: the only decision of the article
    assert ("7", "Sở Y tế tỉnh Quảng Trị") in got
    # the issuer is not its own implementer
    assert ("7", "Ủy ban nhân dân tỉnh Quảng Trị") not in got
    # "Đồng thời, chỉ đạo Đài Truyền thanh ..." goes on with Chỉ thị 09; a new paragraph does not
    got = _implementers(extract(CONTINUED, dt.date(2020, 3, 2)))
    assert ("9", "Đài Truyền thanh huyện Cam Lộ") in got
    assert ("9", "Ban Tuyên giáo Huyện ủy Cam Lộ") in got
    assert not any(org.startswith("Trung tâm Y tế") for _, org in got)


def test_a_bare_reference_to_one_of_two_documents_of_a_kind_in_another_paragraph_is_ambiguous() -> None:
    text = (
        "Huyện Hải Hậu\n\nHuyện ủy Hải Hậu ban hành Chỉ thị số 03-CT/HU và Chỉ thị số 04-CT/HU về BHYT.\n"
        "Thực hiện chỉ thị, Hội Nông dân huyện Hải Hậu đã tổ chức đối thoại với hội viên.\n"
    )
    ex = extract(text, dt.date(2020, 3, 2))
    assert ex.implementations == ()


DENOMINATOR = """Huyện Cam Lộ: kết quả thực hiện Chỉ thị 09

Qua 3 năm thực hiện Chỉ thị số 09-CT/HU của Ban Thường vụ Huyện ủy Cam Lộ, công tác BHYT có chuyển biến rõ nét. Tính đến hết năm 2022, toàn huyện có 45.210/47.800 người tham gia BHYT, đạt tỷ lệ 94,6% dân số.
"""


def test_a_population_count_is_not_an_outcome() -> None:
    ex = extract(DENOMINATOR, dt.date(2023, 1, 10))
    assert any(o.indicator == "population" for o in ex.observations)
    outcomes = {(o.outcome.indicator, o.outcome.value) for o in ex.outcomes}
    assert ("participants", Decimal("45210")) in outcomes
    assert ("coverage_rate", Decimal("94.6")) in outcomes
    assert all(indicator != "population" for indicator, _ in outcomes)


def _agents(sentence: str, *names: str) -> list[str]:
    """SentenceContext.agents() on one sentence whose organisations are given by their text."""
    from bhyt_kg.extract.context import contexts
    from bhyt_kg.model import NATION, OrgMention, OrgRef, Sentence, Span

    mentions, pos = [], 0
    for name in names:
        start = sentence.index(name, pos)
        pos = start + len(name)
        mentions.append(OrgMention(OrgRef("other", name, NATION), Span(start, pos)))
    (ctx,) = contexts(sentence, [Sentence(Span(0, len(sentence)), sentence)], [], mentions)
    return [m.org.name for m in ctx.agents()]


def test_agents_leave_out_collective_plural_and_future_mentions() -> None:
    assert _agents(
        "Hội Nông dân, Đoàn Thanh niên và các hội đoàn thể từ huyện đến cơ sở đã tuyên truyền về BHYT.",
        "Hội Nông dân", "Đoàn Thanh niên",
    ) == []
    assert _agents("Hội Cựu chiến binh các cấp đã vận động hội viên.", "Hội Cựu chiến binh") == []
    assert _agents(
        "Bộ Y tế giao chỉ tiêu cho các Sở Y tế, phối hợp với Bảo hiểm xã hội Việt Nam.",
        "Bộ Y tế", "Sở Y tế", "Bảo hiểm xã hội Việt Nam",
    ) == ["Bộ Y tế", "Bảo hiểm xã hội Việt Nam"]
    assert _agents("Phòng Y tế sẽ tổ chức kiểm tra, còn Trạm Y tế đã tập huấn.", "Phòng Y tế", "Trạm Y tế") == [
        "Trạm Y tế"
    ]


def test_agents_of_requests_directions_and_possessive_phrases() -> None:
    # a noun "yêu cầu" or "đề nghị của" asks nobody
    assert _agents(
        "Theo đề nghị của Phòng Y tế, Trung tâm Y tế đã đáp ứng yêu cầu Ban Chỉ đạo đặt ra.",
        "Phòng Y tế", "Trung tâm Y tế", "Ban Chỉ đạo",
    ) == ["Trung tâm Y tế", "Ban Chỉ đạo"]
    assert _agents(
        "Thường trực Thị ủy yêu cầu: Phòng Văn hóa, Hội Phụ nữ cần đẩy mạnh tuyên truyền.",
        "Thường trực Thị ủy", "Phòng Văn hóa", "Hội Phụ nữ",
    ) == ["Thường trực Thị ủy"]
    # directed to act vs exhorted; a noun "chỉ đạo" directs nobody
    assert _agents(
        "Với sự chỉ đạo sát sao của Sở Y tế, Bệnh viện huyện đã giao Khoa Dược rà soát hồ sơ.",
        "Sở Y tế", "Bệnh viện huyện", "Khoa Dược",
    ) == ["Bệnh viện huyện", "Khoa Dược"]
    assert _agents(
        "Ban Giám đốc đã chỉ đạo Phòng Kế hoạch, các khoa và Phòng Tài chính nâng cao chất lượng.",
        "Ban Giám đốc", "Phòng Kế hoạch", "Phòng Tài chính",
    ) == ["Ban Giám đốc"]
    # a person's post: the body is part of a title before a name
    assert _agents(
        "Giám đốc Bảo hiểm xã hội tỉnh Lê Thị Hoa và Hội Phụ nữ đã trao thẻ.",
        "Bảo hiểm xã hội tỉnh", "Hội Phụ nữ",
    ) == ["Hội Phụ nữ"]
