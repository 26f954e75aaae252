"""Gold annotations -> the real pipeline's graph -> precision, recall and F1 per kind of fact.

Gold is YAML, one file per article (``data/gold/README.md`` gives the format and the matching
rules). The harness builds the annotated articles with :func:`bhyt_kg.pipeline.build` into a
memory store and reads what it predicts back FROM THE GRAPH with SPARQL (canned queries plus
``queries/eval-*.rq``), so it measures what users get, not the extractors' internals.

Matching is strict and simple: a gold item matches a prediction of the same article when every
key field the gold gives is equal after normalisation (names folded, abbreviations expanded;
numbers as Decimal; dates to the precision the gold gives). Each prediction matches at most one
gold item (a maximum bipartite matching, so the order of the lists never matters).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from bhyt_kg.errors import GoldError
from bhyt_kg.resources import ontology_file
from bhyt_kg.text import fold

# The kinds of fact compared, in report order.
KINDS = ("documents", "organisations", "places", "people", "observations", "implementers",
         "outcomes")
ADMIN_LEVELS = ("nation", "province", "district", "commune", "village")

# Gold fields whose values are notations of a code list (docs/code-lists.md).
_CODED = {"kind": "document-kind", "organisation kind": "organisation-kind",
          "indicator": "indicator", "scheme": "insurance-scheme", "unit": "unit",
          "qualifier": "qualifier", "population_group": "population-group"}


@functools.lru_cache(maxsize=1)
def code_notations() -> dict[str, frozenset[str]]:
    """Each code list's notations, read from the bundled ontology (``ontology/bhyt.ttl``)."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    graph = Graph().parse(ontology_file(), format="turtle")
    found: dict[str, set[str]] = defaultdict(set)
    for concept, scheme in graph.subject_objects(SKOS.inScheme):
        for notation in graph.objects(concept, SKOS.notation):
            found[str(scheme).rstrip("/").rsplit("/", 1)[-1]].add(str(notation))
    return {scheme: frozenset(notations) for scheme, notations in found.items()}

# --- gold records --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a year, a month or a day (``2018``, ``2018-08``, ``2018-08-31``)."""

    year: int
    month: int | None = None
    day: int | None = None

    def admits(self, date: dt.date) -> bool:
        """True when ``date`` falls within this date at its precision."""
        return (date.year == self.year and (self.month is None or date.month == self.month)
                and (self.day is None or date.day == self.day))

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p is not None]
        return "-".join(parts)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A policy document the article cites; the key is (kind, number, issuer if given)."""

    kind: str
    number: str
    symbol: str | None = None
    issuer: str | None = None
    date: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class GoldOrganisation:
    """An organisation with a clear area; the key is (name, kind)."""

    name: str
    kind: str
    area: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """An administrative unit the text names; the key is (name, level)."""

    name: str
    level: str
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPerson:
    """A named person, with one post (repeat the person for another post)."""

    name: str
    post: str | None = None


@dataclass(frozen=True, slots=True)
class GoldObservation:
    """A result or target the text states; ``None`` fields are not compared."""

    indicator: str
    value: Decimal
    scheme: str | None = None
    unit: str | None = None
    area: str | None = None
    date: PartialDate | None = None
    period_start: PartialDate | None = None
    qualifier: str | None = None
    population_group: str | None = None
    target: bool | None = None
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class GoldImplementer:
    """The text says ``organisation`` carried out ``document``."""

    document: GoldDocument
    organisation: str


@dataclass(frozen=True, slots=True)
class GoldOutcome:
    """The text attributes ``observation`` to ``document``."""

    document: GoldDocument
    observation: GoldObservation


@dataclass(frozen=True, slots=True)
class Gold:
    """Everything annotated for one article."""

    path: Path
    article: str  # the article's file name
    source: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    documents: tuple[GoldDocument, ...] = ()
    organisations: tuple[GoldOrganisation, ...] = ()
    places: tuple[GoldPlace, ...] = ()
    people: tuple[GoldPerson, ...] = ()
    observations: tuple[GoldObservation, ...] = ()
    implementers: tuple[GoldImplementer, ...] = ()
    outcomes: tuple[GoldOutcome, ...] = ()


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one kind of fact (or overall) and the measures derived from them."""

    kind: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / predicted; 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / gold; 1.0 when the gold lists nothing."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (1.0 when gold and prediction are both empty)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Difference:
    """A miss (gold not predicted) or a false hit (predicted, not in gold)."""

    kind: str
    article: str
    key: str  # readable key, e.g. "directive 7 (Ban Thường vụ Huyện ủy Đông Hải)"


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores per kind and overall (micro), with every miss and false hit."""

    scores: tuple[Score, ...]
    overall: Score
    misses: tuple[Difference, ...]
    false_hits: tuple[Difference, ...]
    articles: tuple[str, ...]
    skipped: tuple[str, ...] = ()  # "article: reason" for articles the build refused

    def score(self, kind: str) -> Score:
        """The score of ``kind`` ("overall" included); raises KeyError if unknown."""
        if kind == "overall":
            return self.overall
        for s in self.scores:
            if s.kind == kind:
                return s
        raise KeyError(kind)


# --- normalisation ----------------------------------------------------------------------------

# Standard abbreviations of names (domain.md §2, §5), expanded before names are compared.
# Keys are folded whole words; "TT" is left alone (thường trực or thị trấn: ambiguous).
ABBREVIATIONS: dict[str, str] = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "mttq": "mặt trận tổ quốc",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "bhxh": "bảo hiểm xã hội",
    "bhyt": "bảo hiểm y tế",
    "bhtn": "bảo hiểm thất nghiệp",
    "lhpn": "liên hiệp phụ nữ",
    "hlhpn": "hội liên hiệp phụ nữ",
    "ccb": "cựu chiến binh",
    "tncs": "thanh niên cộng sản",
    "bcđ": "ban chỉ đạo",
    "btv": "ban thường vụ",
    "tw": "trung ương",
    "tp": "thành phố",
    "tx": "thị xã",
    "ttyt": "trung tâm y tế",
    "vhtt&tt": "văn hóa thông tin và thể thao",
    # school types, as schools are named ("Trường THCS Tân Thành")
    "thcs": "trung học cơ sở",
    "thpt": "trung học phổ thông",
    "đh": "đại học",
    "cđ": "cao đẳng",
}
_WORD = re.compile(r"[^\s]+")
_EDGE_PUNCT = " \t.,;:()\"'"
_INNER_PUNCT = re.compile(r"\s*[,–-]\s*")


_SHARED_WORDS = frozenset({"ban", "phòng", "khối"})
# Syllables of the Central Highlands' names written three ways by officials and papers alike
# ("Đắk Lắk", "Đăk Lăk", "huyện Đăk Pơ", "Đak Pơ"): one name, as the gazetteer lookup already
# treats it.
# ... and "Mù Căng Chải", the statistics office's spelling of the district the province writes "Mù
# Cang Chải" (the gazetteer's label since 2026-12-07; no other unit's name has "Căng").
_SPELLINGS = {"đăk": "đắk", "đak": "đắk", "lăk": "lắk", "lak": "lắk", "căng": "cang"}


def normalise_name(name: str) -> str:
    """The comparison key of a name: folded, abbreviations expanded, spaces collapsed.

    >>> normalise_name("UBND  huyện Đông Hải") == normalise_name("Ủy ban nhân dân huyện Đông Hải")
    True
    >>> normalise_name("Huyện uỷ Phú Xuyên")
    'huyện ủy phú xuyên'
    """
    text = fold(name).strip(_EDGE_PUNCT)
    text = _INNER_PUNCT.sub(" ", text)  # "Văn hóa - Thông tin" = "Văn hóa, Thông tin"
    words = [ABBREVIATIONS.get(w, _SPELLINGS.get(w, w)) for w in _WORD.findall(text)]
    # "Trưởng ban" + "Ban Chỉ đạo ...", "Trưởng khối" + "Khối Dân vận ...": a title ending in
    # the body's first word says it once.
    out: list[str] = []
    for w in " ".join(words).split():
        if out and out[-1] == w and w in _SHARED_WORDS:
            continue
        # "Ban Chấp hành Trung ương Đảng" = "Ban Chấp hành Trung ương": there is one Party, so
        # "Đảng" after "Trung ương" adds nothing (as "Ban Bí thư Trung ương Đảng" = "Ban Bí thư").
        if w == "đảng" and out[-2:] == ["trung", "ương"]:
            continue
        out.append(w)
    # "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X" = "Mặt trận Tổ quốc tỉnh X": the Front of a unit
    # acts through its committee, and papers name it either way (the graph keeps one label)
    joined = _FRONT_COMMITTEE.sub("mặt trận tổ quốc", " ".join(out))
    # "Phó Ban Dân tộc tỉnh X" = "Phó Trưởng ban Ban Dân tộc tỉnh X": the short title
    joined = _DEPUTY_HEAD.sub("phó trưởng ban", joined)
    # "Tỉnh đoàn X" = "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh X" ("Huyện đoàn", "Thành đoàn"):
    # the Youth Union of the unit, named as "Tỉnh ủy X" names the Party committee
    joined = _YOUTH_UNION_OF.sub(
        lambda m: f"đoàn thanh niên cộng sản hồ chí minh {_YOUTH_UNITS.get(m[1], m[1])} ", joined)
    return _FRONT_OF_NATION.sub("mặt trận tổ quốc ", joined)


_YOUTH_UNION_OF = re.compile(r"^(tỉnh|huyện|thành|quận) đoàn (?=\S)")
_YOUTH_UNITS = {"thành": "thành phố"}
_FRONT_COMMITTEE = re.compile(r"(?<!\S)ủy ban mặt trận tổ quốc(?!\S)")
_DEPUTY_HEAD = re.compile(r"(?<!\S)phó ban(?!\S)")
_FRONT_OF_NATION = re.compile(r"(?<!\S)mặt trận tổ quốc việt nam (?=\S)")


def parse_decimal(value: object) -> Decimal:
    """A number as Decimal (94.47 == 94.470); raises ValueError if it is not one."""
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(str(value).strip().replace("_", ""))
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_partial_date(value: object) -> PartialDate:
    """``2018``, ``"2018-08"``, ``2018-08-31`` (YAML date or string); raises ValueError."""
    if isinstance(value, dt.datetime):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    match = _PARTIAL_DATE.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:  # check the calendar
        dt.date(year, month or 1, day or 1)
    except ValueError as error:
        raise ValueError(f"not a date: {value!r} ({error})") from None
    return PartialDate(year, month, day)


def _canonical_number(number: str) -> str:
    text = str(number).strip()
    return text.lstrip("0") or "0" if text.isdigit() else fold(text)


# --- loading gold ---------------------------------------------------------------------------

_TOP_KEYS = {"article", "source", "title", "published", "documents", "organisations", "places",
             "people", "observations", "links", "note", "notes"}
_ITEM_KEYS = {
    "documents": ({"kind", "number"}, {"symbol", "issuer", "date"}),
    "organisations": ({"name", "kind"}, {"area"}),
    "places": ({"name", "level"}, {"parent"}),
    "people": ({"name"}, {"post"}),
    "observations": ({"indicator", "value"},
                     {"scheme", "unit", "area", "date", "period_start", "period_end", "qualifier",
                      "population_group", "target", "sentence"}),
}
_NOTE_KEYS = {"note", "notes", "comment"}


class _Reader:
    """Turns one parsed YAML file into a :class:`Gold`; every problem names the file and place."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> GoldError:
        return GoldError(f"{self.path}: {where}: {problem}" if where else f"{self.path}: {problem}",
                         hint="see data/gold/README.md for the format")

    def text(self, value: object, where: str, *, required: bool = True) -> str | None:
        if value is None:
            if required:
                raise self.fail(where, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
            raise self.fail(where, f"expected text, got {type(value).__name__}")
        text = str(value).strip()
        if not text and required:
            raise self.fail(where, "empty")
        return text or None

    def code(self, value: object, where: str, field: str, *, required: bool = True) -> str | None:
        """Text that must be a notation of the code list of ``field`` (a typo fails loudly)."""
        text = self.text(value, where, required=required)
        scheme = _CODED[field]
        if text is not None and text not in code_notations()[scheme]:
            raise self.fail(where, f"{text!r} is not a code of the {scheme} list "
                                   f"(docs/code-lists.md)")
        return text

    def date(self, value: object, where: str) -> PartialDate | None:
        if value is None:
            return None
        try:
            return parse_partial_date(value)
        except ValueError as error:
            raise self.fail(where, str(error)) from None

    def mapping(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected a mapping, got {type(value).__name__}")
        return value

    def items(self, data: Mapping[str, Any], section: str) -> list[dict[str, Any]]:
        value = data.get(section)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(section, f"expected a list, got {type(value).__name__}")
        required, optional = _ITEM_KEYS[section]
        out = []
        for i, item in enumerate(value):
            where = f"{section}[{i}]"
            item = self.mapping(item, where)
            unknown = set(item) - required - optional - _NOTE_KEYS
            if unknown:
                raise self.fail(where, f"unknown key {sorted(unknown)[0]!r}")
            for key in sorted(required):
                if item.get(key) is None:
                    raise self.fail(where, f"missing {key!r}")
            out.append(item)
        return out

    def document(self, item: Mapping[str, Any], where: str) -> GoldDocument:
        return GoldDocument(
            kind=self.code(item.get("kind"), f"{where}.kind", "kind"),
            number=_canonical_number(self.text(item.get("number"), f"{where}.number")),
            symbol=self.text(item.get("symbol"), f"{where}.symbol", required=False),
            issuer=self.text(item.get("issuer"), f"{where}.issuer", required=False),
            date=self.date(item.get("date"), f"{where}.date"),
        )

    def observation(self, item: Mapping[str, Any], where: str) -> GoldObservation:
        try:
            value = parse_decimal(item.get("value"))
        except ValueError as error:
            raise self.fail(f"{where}.value", str(error)) from None
        target = item.get("target")
        if target is not None and not isinstance(target, bool):
            raise self.fail(f"{where}.target", f"expected true or false, got {target!r}")
        opt = {k: self.text(item.get(k), f"{where}.{k}", required=False)
               for k in ("area", "sentence")}
        opt |= {k: self.code(item.get(k), f"{where}.{k}", k, required=False)
                for k in ("scheme", "unit", "qualifier", "population_group")}
        return GoldObservation(indicator=self.code(item.get("indicator"), f"{where}.indicator",
                                                   "indicator"),
                               value=value, date=self.date(item.get("date"), f"{where}.date"),
                               period_start=self.date(item.get("period_start"),
                                                      f"{where}.period_start"),
                               target=target, **opt)

    def read(self, data: object) -> Gold:
        data = self.mapping(data, "")
        unknown = set(data) - _TOP_KEYS
        if unknown:
            raise self.fail("", f"unknown key {sorted(unknown)[0]!r}")
        article = self.text(data.get("article"), "article")
        if Path(article).stem != self.path.stem:
            raise self.fail("article", f"{article!r} does not match the file name "
                                       f"(expected {self.path.stem}.<ext>)")
        documents = tuple(self.document(d, f"documents[{i}]")
                          for i, d in enumerate(self.items(data, "documents")))
        organisations = tuple(
            GoldOrganisation(self.text(o["name"], f"organisations[{i}].name"),
                             self.code(o["kind"], f"organisations[{i}].kind",
                                       "organisation kind"),
                             self.text(o.get("area"), f"organisations[{i}].area", required=False))
            for i, o in enumerate(self.items(data, "organisations")))
        places = []
        for i, p in enumerate(self.items(data, "places")):
            level = self.text(p["level"], f"places[{i}].level")
            if level not in ADMIN_LEVELS:
                raise self.fail(f"places[{i}].level",
                                f"{level!r} is not one of {', '.join(ADMIN_LEVELS)}")
            places.append(GoldPlace(self.text(p["name"], f"places[{i}].name"), level,
                                    self.text(p.get("parent"), f"places[{i}].parent",
                                              required=False)))
        people = tuple(GoldPerson(self.text(p["name"], f"people[{i}].name"),
                                  self.text(p.get("post"), f"people[{i}].post", required=False))
                       for i, p in enumerate(self.items(data, "people")))
        observations = tuple(self.observation(o, f"observations[{i}]")
                             for i, o in enumerate(self.items(data, "observations")))
        implementers, outcomes = self.links(data.get("links"), documents, observations)
        return Gold(path=self.path, article=article,
                    source=self.text(data.get("source"), "source", required=False),
                    title=self.text(data.get("title"), "title", required=False),
                    published=self.date(data.get("published"), "published"),
                    documents=documents, organisations=organisations, places=tuple(places),
                    people=people, observations=observations, implementers=implementers,
                    outcomes=outcomes)

    def links(self, value: object, documents: tuple[GoldDocument, ...],
              observations: tuple[GoldObservation, ...]
              ) -> tuple[tuple[GoldImplementer, ...], tuple[GoldOutcome, ...]]:
        if value is None:
            return (), ()
        links = self.mapping(value, "links")
        unknown = set(links) - {"implementers", "outcomes"} - _NOTE_KEYS
        if unknown:
            raise self.fail("links", f"unknown key {sorted(unknown)[0]!r}")
        implementers: list[GoldImplementer] = []
        outcomes: list[GoldOutcome] = []
        for section in ("implementers", "outcomes"):
            entries = links.get(section) or []
            if not isinstance(entries, list):
                raise self.fail(f"links.{section}", "expected a list")
            for i, entry in enumerate(entries):
                where = f"links.{section}[{i}]"
                entry = self.mapping(entry, where)
                document = self.resolve(entry.get("document"), documents, f"{where}.document",
                                        self._document_fits, "document")
                if section == "implementers":
                    org = self.text(entry.get("organisation"), f"{where}.organisation")
                    implementers.append(GoldImplementer(document, org))
                else:
                    obs = self.resolve(entry.get("observation"), observations,
                                       f"{where}.observation", self._observation_fits,
                                       "observation")
                    outcomes.append(GoldOutcome(document, obs))
        return tuple(implementers), tuple(outcomes)

    def resolve(self, ref: object, listed: Sequence[Any], where: str,
                fits: Callable[[Mapping[str, Any], Any, str], bool], what: str) -> Any:
        """The one listed item that ``ref``'s keys identify."""
        ref = self.mapping(ref, where)
        found = [item for item in listed if fits(ref, item, where)]
        if len(found) != 1:
            problem = "matches no" if not found else f"matches {len(found)}"
            raise self.fail(where, f"{dict(ref)} {problem} {what} listed above")
        return found[0]

    def _document_fits(self, ref: Mapping[str, Any], doc: GoldDocument, where: str) -> bool:
        for key, want in ref.items():
            if key == "number":
                if _canonical_number(str(want)) != doc.number:
                    return False
            elif key in ("kind", "symbol"):
                if fold(str(want)) != fold(str(getattr(doc, key) or "")):
                    return False
            elif key == "issuer":
                if doc.issuer is None or normalise_name(str(want)) != normalise_name(doc.issuer):
                    return False
            elif key == "date":
                if doc.date != self.date(want, f"{where}.date"):
                    return False
            else:
                raise self.fail(where, f"unknown key {key!r}")
        return True

    def _observation_fits(self, ref: Mapping[str, Any], obs: GoldObservation, where: str) -> bool:
        for key, want in ref.items():
            if key not in _ITEM_KEYS["observations"][0] | _ITEM_KEYS["observations"][1]:
                raise self.fail(where, f"unknown key {key!r}")
            have = getattr(obs, key, None)
            if key == "value":
                try:
                    if parse_decimal(want) != have:
                        return False
                except ValueError as error:
                    raise self.fail(f"{where}.value", str(error)) from None
            elif key in ("date", "period_start"):
                if have != self.date(want, f"{where}.{key}"):
                    return False
            elif key == "target":
                if want != have:
                    return False
            elif key == "area":
                if have is None or normalise_name(str(want)) != normalise_name(have):
                    return False
            elif fold(str(want)) != fold(str(have or "")):
                return False
        return True


def load_gold(path: Path) -> Gold:
    """Read and check one gold YAML file; raises GoldError naming the file and the problem."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file", hint="check the path") from None
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read: {error}", hint="save the file as UTF-8") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise GoldError(f"{path}: {where}YAML syntax error: {problem}",
                        hint="fix the YAML") from None
    return _Reader(path).read(data)


def load_gold_dir(gold_dir: Path) -> list[Gold]:
    """Every ``*.yaml``/``*.yml`` gold file of ``gold_dir``, sorted by name; raises GoldError."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: not a directory of gold files", hint="check the path")
    paths = sorted(p for p in gold_dir.iterdir()
                   if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))
    if not paths:
        raise GoldError(f"{gold_dir}: no gold files (*.yaml)", hint="check the path")
    return [load_gold(p) for p in paths]


# --- facts for comparison ---------------------------------------------------------------------

# Field -> how it is compared. Fields a gold item leaves as None are not compared.
_NAME, _CODE, _NUMBER, _DATE, _BOOL = "name", "code", "number", "date", "bool"
_KEY_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("kind", _CODE), ("number", _CODE), ("issuer", _NAME)),
    "organisations": (("name", _NAME), ("kind", _CODE)),
    "places": (("name", _NAME), ("level", _CODE)),
    "people": (("name", _NAME), ("post", _NAME)),
    "observations": (("scheme", _CODE), ("indicator", _CODE), ("value", _NUMBER),
                     ("area", _NAME), ("date", _DATE), ("target", _BOOL),
                     ("population_group", _CODE), ("qualifier", _CODE)),
}
_DOC_FIELDS = tuple(("document." + f, t) for f, t in _KEY_FIELDS["documents"])
_KEY_FIELDS["implementers"] = _DOC_FIELDS + (("organisation", _NAME),)
_KEY_FIELDS["outcomes"] = _DOC_FIELDS + tuple(("observation." + f, t)
                                              for f, t in _KEY_FIELDS["observations"])


@dataclass(frozen=True, slots=True)
class _Fact:
    """One gold or predicted item: its article, key values and a readable label."""

    article: str
    values: Mapping[str, Any] = field(hash=False)
    label: str = ""


def _same(kind: str, want: Any, have: Any) -> bool:
    if have is None:
        return False
    if kind == _NAME:
        return normalise_name(str(want)) == normalise_name(str(have))
    if kind == _CODE:
        return _canonical_number(str(want)) == _canonical_number(str(have))
    if kind == _NUMBER:
        try:
            return parse_decimal(want) == parse_decimal(have)
        except ValueError:
            return False
    if kind == _DATE:
        if isinstance(have, str):
            try:
                have = dt.date.fromisoformat(have[:10])
            except ValueError:
                return False
        if isinstance(have, dt.datetime):
            have = have.date()
        return isinstance(have, dt.date) and want.admits(have)
    if kind == _BOOL:
        return bool(want) == bool(have)
    raise AssertionError(kind)


def _matches(kind: str, gold: _Fact, predicted: _Fact) -> bool:
    return all(_same(how, gold.values[name], predicted.values.get(name))
               for name, how in _KEY_FIELDS[kind] if gold.values.get(name) is not None)


def _match(kind: str, gold: Sequence[_Fact], predicted: Sequence[_Fact]) -> list[int | None]:
    """For each gold item, the index of its matched prediction (maximum one-to-one matching)."""
    options = [[j for j, p in enumerate(predicted) if _matches(kind, g, p)] for g in gold]
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(i: int, seen: set[int]) -> bool:  # Kuhn's algorithm: a few dozen items each
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    matched: list[int | None] = [None] * len(gold)
    for j, i in owner.items():
        matched[i] = j
    return matched


def _doc_values(kind: Any, number: Any, issuer: Any) -> dict[str, Any]:
    return {"document.kind": kind, "document.number": number, "document.issuer": issuer}


def _doc_label(kind: Any, number: Any, issuer: Any) -> str:
    return f"{kind} {number}" + (f" ({issuer})" if issuer else "")


def _obs_values(prefix: str, o: Mapping[str, Any]) -> dict[str, Any]:
    return {prefix + name: o.get(name) for name, _ in _KEY_FIELDS["observations"]}


def _obs_label(o: Mapping[str, Any]) -> str:
    text = f"{o.get('scheme') or '-'} {o.get('indicator')}"
    if o.get("population_group"):
        text += f"[{o['population_group']}]"
    qualifier = f"{o['qualifier']} " if o.get("qualifier") else ""
    value = o.get("value")
    value = format(value.normalize(), "f") if isinstance(value, Decimal) else value
    text += f" = {qualifier}{value} @ {o.get('area') or '?'} {o.get('date') or '?'}"
    return text + (" (target)" if o.get("target") else "")


def _gold_obs_map(o: GoldObservation) -> dict[str, Any]:
    return {name: getattr(o, name) for name, _ in _KEY_FIELDS["observations"]}


def gold_facts(gold: Gold) -> dict[str, list[_Fact]]:
    """The gold items of one article as comparable facts, per kind."""
    a = gold.article
    facts: dict[str, list[_Fact]] = {k: [] for k in KINDS}
    for d in gold.documents:
        facts["documents"].append(_Fact(a, {"kind": d.kind, "number": d.number,
                                            "issuer": d.issuer},
                                        _doc_label(d.kind, d.number, d.issuer)))
    for o in gold.organisations:
        facts["organisations"].append(_Fact(a, {"name": o.name, "kind": o.kind},
                                            f"{o.name} [{o.kind}]"))
    for p in gold.places:
        facts["places"].append(_Fact(a, {"name": p.name, "level": p.level},
                                     f"{p.name} [{p.level}]"))
    for p in gold.people:
        facts["people"].append(_Fact(a, {"name": p.name, "post": p.post},
                                     p.name + (f", {p.post}" if p.post else "")))
    for o in gold.observations:
        values = _gold_obs_map(o)
        facts["observations"].append(_Fact(a, values, _obs_label(values)))
    for link in gold.implementers:
        d = link.document
        facts["implementers"].append(_Fact(
            a, _doc_values(d.kind, d.number, d.issuer) | {"organisation": link.organisation},
            f"{_doc_label(d.kind, d.number, d.issuer)} -> {link.organisation}"))
    for link in gold.outcomes:
        d, values = link.document, _gold_obs_map(link.observation)
        facts["outcomes"].append(_Fact(
            a, _doc_values(d.kind, d.number, d.issuer) | _obs_values("observation.", values),
            f"{_doc_label(d.kind, d.number, d.issuer)} -> {_obs_label(values)}"))
    return facts


# --- predicted facts, read from the graph -------------------------------------------------------


# The issuer each article writes for a document it cites, read from the article's own named
# graph: several articles citing one central resolution may name the Bộ Chính trị or the Ban
# Chấp hành Trung ương, and the union (what the canned queries read, so that they also run on a
# plain rdflib Graph) holds every article's.
_OWN_ISSUERS = """
PREFIX bhyt: <https://w3id.org/bhyt-kg/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?article ?document (MIN(STR(?label)) AS ?issuer) WHERE {
  GRAPH ?g { ?document eli:passed_by ?org ; bhyt:hasEvidence ?evidence .
             ?evidence oa:hasSource ?article . }
  ?org rdfs:label ?label .
} GROUP BY ?article ?document
"""


def _own_issuers(kg: Any) -> dict[tuple[str, str], str]:
    """(article IRI, document IRI) -> the issuer's label as that article writes it."""
    _, rows = kg.select(_OWN_ISSUERS)
    return {(str(a), str(d)): str(i) for a, d, i in rows if i is not None}


def predicted_facts(kg: Any, wanted: Mapping[str, str]) -> dict[str, dict[str, list[_Fact]]]:
    """Facts the graph in ``kg`` holds, per kind and per article file name in ``wanted``.

    ``wanted`` maps an article's source file (as the build recorded it) to the file name the gold
    uses. Everything is read with SPARQL: canned queries (observations, implementers,
    trace-outcomes, directives), ``queries/eval-*.rq`` for per-article mentions, and the
    issuers each article's own graph gives its documents.
    """
    from bhyt_kg.queries import run  # imported here: the store is only needed for evaluation

    articles = {r["article"]: wanted[r["source_file"]]
                for r in run(kg, "eval-articles").records() if r["source_file"] in wanted}
    out: dict[str, dict[str, list[_Fact]]] = {k: defaultdict(list) for k in KINDS}
    seen: set[tuple[Any, ...]] = set()

    def add(kind: str, identity: tuple[Any, ...], article: Any, values: dict[str, Any],
            label: str) -> None:
        name = articles.get(article)
        if name is None or (kind, article, *identity) in seen:
            return
        seen.add((kind, article, *identity))
        out[kind][name].append(_Fact(name, values, label))

    own = _own_issuers(kg)
    cited: dict[tuple[Any, Any], dict[str, Any]] = {}  # (article, document) -> its citation
    for r in run(kg, "eval-documents").records():
        r = {**r, "issuer": own.get((str(r["article"]), str(r["document"])), r["issuer"])}
        cited[(r["article"], r["document"])] = r
        add("documents", (r["document"],), r["article"],
            {"kind": r["kind"], "number": r["number"], "issuer": r["issuer"]},
            _doc_label(r["kind"], r["number"], r["issuer"]))
    for r in run(kg, "eval-organisations").records():
        add("organisations", (r["organisation"],), r["article"],
            {"name": r["label"], "kind": r["kind"]}, f"{r['label']} [{r['kind']}]")
    for r in run(kg, "eval-places").records():
        add("places", (r["place"],), r["article"], {"name": r["label"], "level": r["level"]},
            f"{r['label']} [{r['level']}]")
    for r in run(kg, "eval-people").records():
        post = r["post_label"] or " ".join(x for x in (r["post"], r["organisation"]) if x) or None
        add("people", (r["person"], post), r["article"], {"name": r["name"], "post": post},
            f"{r['name']}" + (f", {post}" if post else ""))
    for r in run(kg, "observations").records():
        values = {"scheme": r["scheme"], "indicator": r["indicator"], "value": r["value"],
                  "area": r["area"], "date": r["date"], "target": r["is_target"],
                  "population_group": r["population_group"], "qualifier": r["qualifier"]}
        add("observations", (r["observation"],), r["article"], values, _obs_label(values))

    documents = {r["document"]: r for r in run(kg, "directives").records()}

    def doc(iri: Any, article: Any) -> tuple[Any, Any, Any]:
        # the document as the article cites it (its issuer as that article writes it), else as
        # the graph holds it
        d = cited.get((article, iri)) or documents.get(iri, {})
        return d.get("kind"), d.get("number"), d.get("issuer")

    for r in run(kg, "implementers").records():
        kind, number, issuer = doc(r["document"], r["article"])
        add("implementers", (r["document"], r["organisation_iri"]), r["article"],
            _doc_values(kind, number, issuer) | {"organisation": r["organisation"]},
            f"{_doc_label(kind, number, issuer)} -> {r['organisation']}")
    for r in run(kg, "trace-outcomes").records():
        kind, number, issuer = doc(r["document"], r["article"])
        values = {"scheme": r["scheme"], "indicator": r["indicator"], "value": r["value"],
                  "area": r["area"], "date": r["date"], "target": r["is_target"],
                  "population_group": r["population_group"], "qualifier": r["qualifier"]}
        add("outcomes", (r["document"], r["observation"]), r["article"],
            _doc_values(kind, number, issuer) | _obs_values("observation.", values),
            f"{_doc_label(kind, number, issuer)} -> {_obs_label(values)}")
    return out


# --- the evaluation ---------------------------------------------------------------------------


def default_article_dirs(gold_dir: Path) -> list[Path]:
    """Where articles live beside ``data/gold``: ``data/articles`` and ``data/dev/articles``."""
    base = Path(gold_dir).parent
    return [d for d in (base / "articles", base / "dev" / "articles") if d.is_dir()]


def _find_article(name: str, article_dirs: Sequence[Path], gold: Gold) -> Path:
    found: list[Path] = []
    for directory in article_dirs:
        direct = directory / name
        found.extend([direct] if direct.is_file() else sorted(directory.rglob(name)))
    unique = sorted({p.resolve(): p for p in found}.values())
    if not unique:
        shown = ", ".join(str(d) for d in article_dirs) or "(none)"
        raise GoldError(f"{gold.path}: article {name} not found under {shown}",
                        hint="give the directory that holds it")
    if len(unique) > 1:
        raise GoldError(f"{gold.path}: article {name} is ambiguous: "
                        f"{', '.join(str(p) for p in unique)}", hint="give only one directory")
    return unique[0]


def compare(golds: Sequence[Gold], predicted: Mapping[str, Mapping[str, Sequence[_Fact]]],
            skipped: Sequence[str] = ()) -> Evaluation:
    """Score the predicted facts against the gold, per kind and overall."""
    scores, misses, false_hits = [], [], []
    for kind in KINDS:
        tp = fp = fn = 0
        for gold in golds:
            want = gold_facts(gold)[kind]
            have = list(predicted.get(kind, {}).get(gold.article, []))
            matched = _match(kind, want, have)
            used = {j for j in matched if j is not None}
            tp += len(used)
            fn += len(want) - len(used)
            fp += len(have) - len(used)
            misses += [Difference(kind, gold.article, g.label)
                       for g, j in zip(want, matched, strict=True) if j is None]
            false_hits += [Difference(kind, gold.article, p.label)
                           for j, p in enumerate(have) if j not in used]
        scores.append(Score(kind, tp, fp, fn))
    overall = Score("overall", sum(s.tp for s in scores), sum(s.fp for s in scores),
                    sum(s.fn for s in scores))

    def order(d: Difference) -> tuple[str, int, str]:
        return d.article, KINDS.index(d.kind), d.key

    return Evaluation(tuple(scores), overall, tuple(sorted(misses, key=order)),
                      tuple(sorted(false_hits, key=order)),
                      tuple(sorted(g.article for g in golds)), tuple(skipped))


def predict(golds: Sequence[Gold], article_dirs: Sequence[Path]
            ) -> tuple[dict[str, dict[str, list[_Fact]]], list[str]]:
    """Build the gold files' articles with the real pipeline; (predicted facts, skipped inputs).

    Raises GoldError if an article cannot be found (or is found twice) under ``article_dirs``.
    """
    from bhyt_kg.pipeline import build  # imported here: loading gold needs no pipeline
    from bhyt_kg.store import KnowledgeGraph

    names = [g.article for g in golds]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise GoldError(f"two gold files for article {dup[0]}",
                        hint="keep one gold file per article")
    paths = {g.article: _find_article(g.article, article_dirs, g) for g in golds}
    kg = KnowledgeGraph.memory()
    summary = build(list(paths.values()), kg, check=False)  # SHACL is `validate`'s job
    skipped = [f"{s.path}: {s.reason}" for s in summary.skipped]
    # The build records each file relative to its directory: its file name here.
    return predicted_facts(kg, {path.name: name for name, path in paths.items()}), skipped


def evaluate(gold_dir: Path, article_dirs: Sequence[Path] = ()) -> Evaluation:
    """Build the articles of every gold file in ``gold_dir`` and score the graph against the gold.

    ``article_dirs`` are searched (recursively) for each gold file's article by file name; when
    empty, :func:`default_article_dirs`. Raises GoldError for a malformed gold file or an
    article that cannot be found; an article the build refuses counts as all misses.
    """
    golds = load_gold_dir(gold_dir)
    dirs = [Path(d) for d in article_dirs] or default_article_dirs(gold_dir)
    predicted, skipped = predict(golds, dirs)
    return compare(golds, predicted, skipped)


# --- output ------------------------------------------------------------------------------------


def _score_dict(s: Score) -> dict[str, Any]:
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
            "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}


def format_evaluation(ev: Evaluation, fmt: str = "table") -> str:
    """The evaluation as a text table (scores, then misses and false hits by article) or JSON."""
    if fmt == "json":
        data = {
            "articles": list(ev.articles),
            "scores": {s.kind: _score_dict(s) for s in ev.scores},
            "overall": _score_dict(ev.overall),
            "misses": [{"kind": d.kind, "article": d.article, "key": d.key} for d in ev.misses],
            "false_hits": [{"kind": d.kind, "article": d.article, "key": d.key}
                           for d in ev.false_hits],
            "skipped": list(ev.skipped),
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    if fmt != "table":
        raise GoldError(f"unknown format {fmt!r}", hint="use table or json")
    lines = [f"{len(ev.articles)} articles",
             f"{'kind':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for s in (*ev.scores, ev.overall):
        lines.append(f"{s.kind:<14} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
                     f"{s.tp:>5} {s.fp:>5} {s.fn:>5}")
    for title, diffs in (("Misses (gold, not predicted)", ev.misses),
                         ("False hits (predicted, not in gold)", ev.false_hits)):
        lines += ["", f"{title}: {len(diffs)}"]
        article = None
        for d in diffs:
            if d.article != article:
                article = d.article
                lines.append(f"  {article}")
            lines.append(f"    {d.kind:<13} {d.key}")
    if ev.skipped:
        lines += ["", f"Skipped by the build: {len(ev.skipped)}"]
        lines += [f"  {s}" for s in ev.skipped]
    return "\n".join(lines)


def baseline_of(ev: Evaluation) -> dict[str, float]:
    """kind -> F1 (4 decimals), "overall" included: what BASELINE.json records."""
    return {s.kind: round(s.f1, 4) for s in (*ev.scores, ev.overall)}


def read_baseline(path: Path) -> dict[str, float]:
    """The kind -> F1 map of a baseline file; raises GoldError if missing or malformed."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no baseline file", hint="write one from a reviewed run") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot read the baseline: {error}",
                        hint="it maps kind -> F1 in JSON") from None
    if not isinstance(data, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in data.values()):
        raise GoldError(f"{path}: the baseline must map kind -> F1 (a number)",
                        hint='e.g. {"documents": 1.0}')
    return {str(k): float(v) for k, v in data.items()}


def write_baseline(ev: Evaluation, path: Path) -> None:
    """Record ``ev``'s F1 per kind in ``path`` (JSON, sorted); update it deliberately."""
    from bhyt_kg.store import write_atomic

    text = json.dumps(baseline_of(ev), indent=2, sort_keys=True) + "\n"
    write_atomic(Path(path), text.encode("utf-8"))


def compare_to_baseline(ev: Evaluation, baseline_path: Path, tolerance: float = 0.02) -> list[str]:
    """Kinds whose F1 fell more than ``tolerance`` below the baseline (kinds absent are skipped)."""
    baseline = read_baseline(baseline_path)
    fallen = []
    for kind in (*KINDS, "overall"):
        if kind in baseline and ev.score(kind).f1 < baseline[kind] - tolerance - 1e-9:
            fallen.append(kind)
    return fallen
