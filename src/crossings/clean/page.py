"""Clean one raw page into a Document: text, title, outlet, authors, language, dates."""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from crossings.clean.authors import find_authors
from crossings.clean.chrome import KEEP, classify, is_headline_like, join_kept
from crossings.clean.dates import META_PREFIX, page_dates
from crossings.clean.lang import detect_language
from crossings.document import Document, RawPage, content_hash
from crossings.errors import InputError


def clean_page(raw: RawPage, wanted: Callable[[str], bool] | None = None) -> Document:
    """RawPage -> Document. Raises InputError when no article text is left. With `wanted`, an
    HTML page in whose whole text `wanted` finds nothing keeps that text, not its article
    (crossings.clean.html.extract_html)."""
    meta: dict = {}
    content = raw.content
    if raw.kind == "html":
        from crossings.clean.html import MarkupTooLarge, extract_html

        try:
            content, meta = extract_html(raw.content, raw.url, wanted)
        except MarkupTooLarge as exc:
            raise InputError(raw.source, str(exc)) from exc
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kinds = classify(lines)
    text = join_kept(lines, kinds)
    if not text.strip():
        raise InputError(raw.source, "no article text after cleaning")
    published, captured = page_dates(lines, kinds, raw.url, raw.published, meta.get("date"),
                                     raw.published_source)
    captured = captured or _crawl_date(raw.captured, published.value)
    kept = [ln for ln, kind in zip(lines, kinds) if kind == KEEP]
    return Document(
        id=raw.id or content_hash(text),
        text=text,
        raw=raw.content,
        raw_kind=raw.kind,
        source=raw.source,
        url=raw.url,
        title=raw.title or meta.get("title") or _headline(kept),
        outlet=meta.get("outlet") or _domain(raw.url),
        authors=meta.get("authors") or find_authors(kept),
        lang=raw.lang or detect_language(text),
        published=published,
        captured=captured,
        content_hash=content_hash(text),
    )


def _crawl_date(crawled: str | None, published: str | None) -> str | None:
    """A crawler's fetch date bounds the page's dates from above, like a header date."""
    if crawled and published and crawled[:10] < published:
        return None
    return crawled


def _headline(lines: list[str]) -> str | None:
    rows = [ln.strip() for ln in lines if ln.strip() and not META_PREFIX.match(ln)]
    first = next((ln for ln in rows if is_headline_like(ln)), rows[0] if rows else None)
    return first[:300] if first else None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.").removeprefix("m.") or None
