"""HTML -> article text and metadata through trafilatura and htmldate (the one module that
imports them). Hostile or malformed markup never runs: both parse it with lxml as data.

Bounds: libxml2 keeps at most 255 levels of nesting (deeper content is dropped as it parses),
and a page of more than MAX_TAGS tags is refused before parsing: real articles have a few
thousand, while 500,000 sibling tags keep trafilatura busy for minutes."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from copy import copy
from functools import lru_cache
from itertools import islice

import lxml_html_clean  # noqa: F401  trafilatura 2.3.1 fails to import without it
import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura.metadata import (examine_meta, extract_author, extract_meta_json,
                                  extract_sitename, extract_title, extract_url, META_URL)
from trafilatura.settings import Document as Metadata, Extractor
from trafilatura.baseline import _collect_json_content, _render_text
from trafilatura.utils import load_html, remove_control_characters

from crossings.clean.fulltext import page_text

# Both libraries log parse trouble at WARNING; a page we cannot parse is reported by us.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


MAX_TAGS = 100_000
_TAG = re.compile(r"<[A-Za-z/!?]")


class MarkupTooLarge(ValueError):
    """The page has more tags than any article; parsing it would take minutes."""


def extract_html(html: str, url: str | None, wanted: Callable[[str], bool] | None = None) -> tuple[str, dict]:
    """(article text, {title, outlet, authors, date}) for one HTML page. Raises MarkupTooLarge.

    With `wanted` (crossings.extract.page_cues.may_yield, say), a page is first judged on
    everything trafilatura could return from it (whole_text): when `wanted` finds nothing there,
    the page's whole text is returned instead of its article, without running trafilatura."""
    if html.count("<") > MAX_TAGS and sum(1 for _ in islice(_TAG.finditer(html), MAX_TAGS + 1)) > MAX_TAGS:
        raise MarkupTooLarge(f"HTML has over {MAX_TAGS} tags")  # counted no further: a bomb costs nothing
    try:
        tree = load_html(html)  # parsed once for the text and the metadata (neither changes it)
        meta = Metadata() if tree is None else page_metadata(tree, url)
        if tree is None:
            text = ""
        elif wanted is None or (judged := whole_text(tree, meta.title)) is None or wanted(judged):
            text = trafilatura.extract(tree, options=extraction_options(url)) or ""
        else:
            text = page_text(tree)
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


def whole_text(tree, title: str | None) -> str | None:
    """Everything trafilatura.extract (and our title line) could return from the page, as pieces
    joined by NUL: every text node (scripts' too; the parser drops comments), the metadata's title and the
    embedded JSON texts its baseline reads, each without the characters trafilatura drops.
    None when an ampersand is left in the text: trafilatura unescapes its output once more
    ("&amp;#48513;" in the markup gives 북), so such a page cannot be judged on its pieces."""
    bodies, teasers = _collect_json_content(tree)
    pieces = [title or "", *map(_render_text, bodies + teasers)]
    pieces += _TEXT_NODES(tree)
    text = "\x00".join(map(remove_control_characters, pieces)).replace("\u2424", "")
    return None if "&" in text else text


_TEXT_NODES = etree.XPath("//text()", smart_strings=False)  # as plain strings: no element built for each


EXTRACT_ARGS = {"include_comments": False, "include_tables": False, "favor_precision": False, "deduplicate": False}


@lru_cache(maxsize=1)
def _options_template() -> Extractor:
    """The options trafilatura.extract(tree, url=None, **EXTRACT_ARGS) builds (Extractor reads
    eight values through configparser each time: a quarter of a page's extraction)."""
    return Extractor(output_format="txt", fast=False, precision=False, recall=False, comments=False,
                     formatting=None, links=False, images=False, tables=False, dedup=False, lang=None, url=None)


def extraction_options(url: str | None) -> Extractor:
    """Those options for one page: the template with the page's url (and source) set as the
    constructor sets them."""
    options = copy(_options_template())
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def page_metadata(tree, url: str | None) -> Metadata:
    """trafilatura.extract_metadata's title, author and site name, without what it computes
    that we never read: its own htmldate run (publication_date below is ours), categories,
    tags and licence."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001  trafilatura's JSON-LD reader has bugs; it logs and goes on too
        pass
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or extract_author(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (found := META_URL.match(metadata.url)):
        metadata.sitename = found[1]
    metadata.clean_and_trim()
    return metadata


def publication_date(html: str) -> str | None:
    """htmldate's original (not last-modified) date from markup alone; the URL is read apart."""
    try:
        return find_date(html, original_date=True, extensive_search=False)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
