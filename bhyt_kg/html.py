"""Saved news pages (HTML) -> main text, title, date and author, by trafilatura.

The article text of an HTML source is what the extractor keeps of the page (menus, scripts,
related links and footers dropped), laid out like a ``.txt`` article: the title on the first
line, then one paragraph per line with a blank line between paragraphs. Evidence offsets count
characters of that extracted text; the page's own markup has no stable offsets to point into.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from .errors import ArticleError

HTML_SUFFIXES = (".html", ".htm")
MIN_WORDS = 10  # fewer words of main text than this is not an article

# Only metadata the page states: htmldate's "extensive search" guesses a date from any year
# in the body ("năm 2024" -> 2024-01-01), which would date an article wrongly.
_DATE_PARAMS = {
    "original_date": True,  # published, not last modified
    "extensive_search": False,
    "outputformat": "%Y-%m-%dT%H:%M:%S",
}


@dataclass(frozen=True, slots=True)
class Page:
    """What an HTML page says about its article."""

    text: str
    title: str | None = None
    published: dt.datetime | dt.date | None = None
    author: str | None = None
    url: str | None = None


def extract_page(markup: str, where: str) -> Page:
    """Main text and metadata of a saved news page; runs offline (no URL is fetched).

    Raises ArticleError naming ``where`` if trafilatura is missing or finds no main text.
    """
    try:
        import trafilatura  # heavy import (lxml, dateparser): only when a page is read
    except ImportError:
        raise ArticleError(
            f"{where}: HTML articles need trafilatura", hint="pip install trafilatura"
        ) from None
    # trafilatura logs "discarding data" chatter at WARNING; the one-line error below says it all.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            favor_precision=True,  # drop menus, teasers and "related news" blocks
            include_comments=False,
            include_tables=True,
            include_images=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as err:  # lxml or trafilatura internals on a broken page
        raise ArticleError(f"{where}: cannot parse HTML: {type(err).__name__}") from None
    body = (doc.text or "").strip() if doc is not None else ""
    title = _clean(doc.title) if doc is not None else None
    # On a page with no article trafilatura falls back to what text there is (a menu, "404").
    if len(body.replace(title or "", "", 1).split()) < MIN_WORDS:
        raise ArticleError(
            f"{where}: no article text found in the HTML page",
            hint="save the article's text as UTF-8 .txt",
        )
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the segmenter reads the first line as the headline
    return Page(
        text="\n\n".join(paragraphs) + "\n",
        title=title,
        published=_date(doc.date),
        author=_clean(doc.author),
        url=_clean(doc.url),
    )


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _date(value: str | None) -> dt.datetime | dt.date | None:
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return None  # an unreadable page date is no reason to refuse the article
    # htmldate gives midnight when the page states only a day: keep that a date.
    return stamp.date() if stamp.time() == dt.time(0, 0) else stamp
