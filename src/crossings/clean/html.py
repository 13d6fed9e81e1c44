"""HTML -> article text and metadata through trafilatura and htmldate (the one module that
imports them). Hostile or malformed markup never runs: both parse it with lxml as data.

Bounds: libxml2 keeps at most 255 levels of nesting (deeper content is dropped as it parses),
and a page of more than MAX_TAGS tags is refused before parsing: real articles have a few
thousand, while 500,000 sibling tags keep trafilatura busy for minutes."""
from __future__ import annotations

import logging
import re
from itertools import islice

import lxml_html_clean  # noqa: F401  trafilatura 2.3.1 fails to import without it
import trafilatura
from htmldate import find_date

# Both libraries log parse trouble at WARNING; a page we cannot parse is reported by us.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


MAX_TAGS = 100_000
_TAG = re.compile(r"<[A-Za-z/!?]")


class MarkupTooLarge(ValueError):
    """The page has more tags than any article; parsing it would take minutes."""


def extract_html(html: str, url: str | None) -> tuple[str, dict]:
    """(article text, {title, outlet, authors, date}) for one HTML page. Raises MarkupTooLarge."""
    if html.count("<") > MAX_TAGS and sum(1 for _ in islice(_TAG.finditer(html), MAX_TAGS + 1)) > MAX_TAGS:
        raise MarkupTooLarge(f"HTML has over {MAX_TAGS} tags")  # counted no further: a bomb costs nothing
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   favor_precision=False, deduplicate=False) or ""
        meta = trafilatura.extract_metadata(html, default_url=url)
    except (ValueError, TypeError, AttributeError, RecursionError):  # lxml gives up on some hostile markup
        return "", {}
    info = {"date": publication_date(html)}
    if meta is not None:
        info |= {
            "title": meta.title,
            "outlet": meta.sitename,
            "authors": [a.strip() for a in (meta.author or "").split(";") if a.strip()],
        }
    if meta is not None and meta.title and not text.startswith(meta.title):
        text = f"{meta.title}\n\n{text}"
    return text, info


def publication_date(html: str) -> str | None:
    """htmldate's original (not last-modified) date from markup alone; the URL is read apart."""
    try:
        return find_date(html, original_date=True, extensive_search=False)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
