"""HTML -> article text and metadata through trafilatura and htmldate (the one module that
imports them). Hostile or malformed markup never runs: both parse it with lxml as data."""
from __future__ import annotations

import logging

import lxml_html_clean  # noqa: F401  trafilatura 2.3.1 fails to import without it
import trafilatura
from htmldate import find_date

# Both libraries log parse trouble at WARNING; a page we cannot parse is reported by us.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def extract_html(html: str, url: str | None) -> tuple[str, dict]:
    """(article text, {title, outlet, authors, date}) for one HTML page."""
    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   favor_precision=False, deduplicate=False) or ""
        meta = trafilatura.extract_metadata(html, default_url=url)
    except (ValueError, TypeError, AttributeError):  # lxml gives up on some hostile markup
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
    except (ValueError, TypeError, AttributeError):
        return None
