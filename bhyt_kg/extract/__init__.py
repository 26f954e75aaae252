"""Article -> :class:`~bhyt_kg.model.Extraction`: every extractor, in dependency order.

Sentences and places first, then the article's home area (every "huyện", "tỉnh" without a
name is relative to it), then documents, organisations and people, then what relates them:
activities, meetings, and the document -> implementer / outcome claims.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..gazetteer import Gazetteer
from ..gazetteer import load as load_gazetteer
from ..model import Article, Extraction
from ..segment import captions, dateline, photo_credits, title_and_byline
from ..segment import sentences as split_sentences
from .activities import extract_activities
from .context import contexts, focus_documents
from .documents import extract_documents
from .links import implementation_links, outcome_links
from .meetings import extract_meetings
from .observations import extract_observations
from .organisations import extract_organisations
from .people import extract_people
from .places import (
    find_places,
    headline_range,
    home_area,
    local_communes,
    local_districts,
)


def _as_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def with_page_metadata(article: Article) -> Article:
    """Fill the title, byline and dateline the metadata file did not give, from the page text."""
    if article.title and article.author and article.published:
        return article
    title, byline = title_and_byline(article.text)
    return replace(
        article,
        title=article.title or title,
        author=article.author or byline,
        published=article.published or dateline(article.text),
    )


def extract_article(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract every fact of one article, each with its evidence span."""
    gazetteer = gazetteer or load_gazetteer()
    article = with_page_metadata(article)
    text = article.text
    published = _as_date(article.published)
    sentences = split_sentences(text)
    # (a unit named only in a photo's credit, "(Ảnh: BHXH tỉnh Lai Châu)", is no place of the story)
    credited = photo_credits(text)
    places = tuple(p for p in find_places(text, gazetteer, published)
                   if not any(c.start <= p[1].start and p[1].end <= c.end for c in credited))
    home = home_area(text, places)
    # bodies and people named only in a photo caption are the article's too (its figures are not)
    with_captions = tuple(sorted((*sentences, *captions(text)), key=lambda s: s.span.start))
    # the commune a bare "xã" means, sentence by sentence, in a story about one of home's communes
    local = local_communes(text, with_captions, places, home)
    districts = local_districts(text, with_captions, places, home)
    organisations = extract_organisations(text, with_captions, home, local, districts)
    documents = extract_documents(text, sentences, home, organisations)
    people = extract_people(text, with_captions, home, local)
    observations = extract_observations(sentences, text, home, published, places, organisations)
    ctxs = contexts(text, sentences, documents, organisations)
    focus = focus_documents(ctxs)
    activities = extract_activities(ctxs, focus, home)
    meetings = extract_meetings(ctxs, people, home, published)
    return Extraction(
        article=article,
        sentences=sentences,
        home=home,
        documents=documents,
        organisations=organisations,
        people=people,
        meetings=meetings,
        activities=activities,
        observations=observations,
        implementations=implementation_links(ctxs, focus, activities),
        outcomes=outcome_links(ctxs, focus, observations, headline_range(text)),
        places=places,
    )
