"""What the tests of rules written from held-out misses share (test_extract_heldout*_causes).

Each of those files invents its sentences in a district "Thử Nghiệm" of a province of its own,
published on a date of its own, and reads them with these helpers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from bhyt_kg.extract import extract_article
from bhyt_kg.extract.observations import extract_observations
from bhyt_kg.extract.organisations import find_orgs
from bhyt_kg.model import Area, Article, Observation
from bhyt_kg.segment import sentences
from bhyt_kg.text import normalise


def observations_in(text: str, home: Area | None,
                    published: dt.date | None) -> tuple[Observation, ...]:
    """The observations extracted from ``text`` written in ``home`` on ``published``."""
    return extract_observations(sentences(text), text, home, published)


def extract_text(text: str, published: dt.date | None = None):
    """The whole extraction of ``text`` as an article."""
    return extract_article(Article(id="t", path="t.txt", text=text,
                                   sha256=hashlib.sha256(text.encode()).hexdigest(),
                                   published=published))


def rows(found) -> set[tuple]:
    """(indicator, value, population group, is_target) of each observation."""
    return {(o.indicator, o.value, o.population_group, o.is_target) for o in found}


def scheme_rows(found) -> set[tuple]:
    """(scheme, indicator, population group, value, is_target) of each observation."""
    return {(o.scheme, o.indicator, o.population_group, o.value, o.is_target) for o in found}


def implementer_rows(result) -> set[tuple[str, str]]:
    """(document number, implementer label) of each implementation link of ``result``."""
    return {(link.document.number, link.implementer.label) for link in result.implementations}


def outcome_rows(result) -> set[tuple]:
    """(document number, indicator, value) of each outcome link of ``result``."""
    return {(link.document.number, link.outcome.indicator, link.outcome.value)
            for link in result.outcomes}


def org_labels(result) -> set[str]:
    """The label of each organisation ``result`` names."""
    return {m.org.label for m in result.organisations}


def place_labels(result) -> set[str]:
    """The label of each place ``result`` names."""
    return {area.label for area, _ in result.places}


def result_rows(result) -> set[tuple]:
    """(indicator, value, population group, is_target) of each observation of ``result``."""
    return rows(result.observations)


def values(result) -> set[Decimal]:
    """The value of each observation of ``result``."""
    return {o.value for o in result.observations}


def area_rows(result) -> set[tuple]:
    """(indicator, value, area label, qualifier, is_target) of each observation of ``result``."""
    return {(o.indicator, o.value, o.area.label if o.area else None, o.qualifier, o.is_target)
            for o in result.observations}


def by_value(found, value) -> Observation:
    """The one observation of ``found`` with this value."""
    (hit,) = [o for o in found if o.value == Decimal(str(value))]
    return hit


def orgs_in(text: str, home: Area | None) -> list[tuple[str, str]]:
    """(label, kind) of each organisation named in ``text`` written in ``home``."""
    return [(o.label, o.kind) for o, _, _ in find_orgs(normalise(text).text, home)]
