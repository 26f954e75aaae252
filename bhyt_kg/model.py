"""Frozen records passed between pipeline stages.

text -> normalised text -> extracted records (this module) -> identities -> RDF.
Every extracted fact carries a :class:`Span`: character offsets (Unicode code points) into
``Article.text``, the original decoded text of the source file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original article text: ``article.text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One source article, as read from disk; ``text`` is exactly the decoded file."""

    id: str  # stable ASCII slug of the file's path relative to the corpus root
    path: str  # that relative path, as the user sees it
    text: str
    sha256: str  # of the file's bytes
    title: str | None = None
    published: dt.datetime | dt.date | None = None
    author: str | None = None
    url: str | None = None
    language: str = "vi"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article; ``text`` is ``article.text[span.start:span.end]``."""

    span: Span
    text: str


# --- places, organisations, people -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Area:
    """An administrative unit as resolved from the text and the gazetteer.

    ``unit`` is the Vietnamese unit type ("tỉnh", "thành phố", "huyện", "thị xã", "quận",
    "xã", "phường", "thị trấn"); ``level`` is a notation of the admin-level code list.
    """

    level: str  # nation | province | district | commune | village
    unit: str
    name: str  # "Đông Hải", without the unit word
    parent: Area | None = None
    code: str | None = None  # official GSO code when the gazetteer knows the unit

    @property
    def label(self) -> str:
        """Readable label, e.g. "huyện Đông Hải"."""
        return f"{self.unit} {self.name}".strip() if self.level != "nation" else self.name


NATION = Area(level="nation", unit="", name="Việt Nam", code="VN")


# Party committees whose name already says the level.
_LEVEL_COMMITTEES = frozenset({"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy"})
# ... except where the bare name is a person's: "Thành ủy Thành phố Hồ Chí Minh", its official name.
_NAMED_AFTER_PEOPLE = frozenset({"Hồ Chí Minh"})


@dataclass(frozen=True, slots=True)
class OrgRef:
    """An organisation identified by its kind, its base name and its area.

    ``name`` is the body's name without the area ("Huyện ủy", "Hội Nông dân",
    "Ban Tuyên giáo"); ``parent`` makes a sub-organisation (Ban Tuyên giáo -> Huyện ủy).
    ``area`` is None only when the text gives no way to place it; such an organisation's
    identity is then scoped to its article.
    """

    kind: str  # organisation-kind notation
    name: str
    area: Area | None
    parent: OrgRef | None = None

    @property
    def label(self) -> str:
        """Readable label, e.g. "Hội Nông dân huyện Đông Hải", "Ban Bí thư"."""
        if self.parent is not None:
            return f"{self.name} {self.parent.label}"
        # A school's or a company's own name is its label ("Trường THCS Tân Phú", "Công ty CP
        # Phương Minh"): the area stays in its identity.
        if (self.area is None or self.area.level == "nation" or self.kind == "school"
                or self.name.startswith(_OWN_NAMES)):
            return self.name
        if self.name in _LEVEL_COMMITTEES and self.area.name not in _NAMED_AFTER_PEOPLE:
            return f"{self.name} {self.area.name}"  # "Huyện ủy Đông Hải", not "Huyện ủy huyện ..."
        return f"{self.name} {self.area.label}"


# Bodies whose label is their own name, whatever their area: companies and their trade unions.
_OWN_NAMES = ("Công ty ", "Tổng Công ty ", "Chi nhánh Công ty ", "Công đoàn cơ sở Công ty ")


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A policy document's identity: (kind, number, issuer)."""

    kind: str  # document-kind notation
    number: str  # canonical number: digits without leading zeros ("7", "38", "34")
    issuer: OrgRef | None  # None when the text does not say, scoped to the article then


@dataclass(frozen=True, slots=True)
class DocumentMention:
    """One citation of a policy document in the text."""

    ref: DocumentRef
    span: Span
    symbol: str | None = None  # "38-CT/TW", "34/KH-UBND"
    issued: dt.date | None = None
    term: str | None = None  # Party term, "X", "XII"
    title: str | None = None  # subject line, when quoted or given after "về"
    issued_by: OrgRef | None = None  # as written (e.g. the standing committee)
    # Cited only as the yardstick of a figure ("đạt 50,46% chỉ tiêu theo Nghị quyết số 159"):
    # the sentence measures against it, it does not talk about carrying it out.
    yardstick: bool = False


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One mention of an organisation."""

    org: OrgRef
    span: Span


@dataclass(frozen=True, slots=True)
class Post:
    """A post in an organisation ("Phó Bí thư Thường trực" in the Huyện ủy)."""

    title: str
    org: OrgRef


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A named person and the posts the text gives them."""

    name: str
    posts: tuple[Post, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Meeting:
    """A conference, working session or meeting reported by the article."""

    kind: str  # event-kind notation
    label: str
    span: Span
    date: dt.date | None = None
    area: Area | None = None
    organiser: OrgRef | None = None
    chair: str | None = None  # a person's name, matched to a PersonMention


@dataclass(frozen=True, slots=True)
class ActivityMention:
    """Something done: a campaign, training, dialogue, visits, leaflets..."""

    kind: str  # activity-kind notation
    span: Span
    agents: tuple[OrgRef, ...] = ()
    area: Area | None = None
    documents: tuple[DocumentRef, ...] = ()  # the documents it implements


@dataclass(frozen=True, slots=True)
class Observation:
    """A measured result or a target, as the text states it."""

    indicator: str  # indicator notation
    value: Decimal
    unit: str  # unit notation: percent, person, vnd, visit, session, ...
    span: Span
    scheme: str | None = None  # insurance-scheme notation
    area: Area | None = None
    date: dt.date | None = None  # "as of" date, end of period, or deadline of a target
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    date_basis: str | None = None  # date-basis notation: stated | end_of_period | ...
    qualifier: str | None = None  # qualifier notation: more_than, nearly...
    population_group: str | None = None
    is_target: bool = False
    numerator: Decimal | None = None
    denominator: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ImplementationLink:
    """The article says ``implementer`` carried out ``document`` (optionally by an activity)."""

    document: DocumentRef
    implementer: OrgRef
    span: Span
    activity: ActivityMention | None = None


@dataclass(frozen=True, slots=True)
class OutcomeLink:
    """The article attributes ``outcome`` to the implementation of ``document``."""

    document: DocumentRef
    outcome: Observation
    span: Span


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    home: Area | None = None  # the area the article is about
    documents: tuple[DocumentMention, ...] = ()
    organisations: tuple[OrgMention, ...] = ()
    people: tuple[PersonMention, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    activities: tuple[ActivityMention, ...] = ()
    observations: tuple[Observation, ...] = ()
    implementations: tuple[ImplementationLink, ...] = ()
    outcomes: tuple[OutcomeLink, ...] = ()
    places: tuple[tuple[Area, Span], ...] = field(default=())
