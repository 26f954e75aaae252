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
