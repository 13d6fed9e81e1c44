"""Clean one raw page into a Document."""
from __future__ import annotations

from urllib.parse import urlsplit

from crossings.clean.chrome import strip_chrome
from crossings.clean.dates import capture_date, publication_date
from crossings.clean.lang import detect_language
from crossings.document import Document, RawPage, content_hash
from crossings.errors import InputError


def clean_page(raw: RawPage) -> Document:
    if raw.kind == "html":
        from crossings.clean.html import extract_html

        text, meta = extract_html(raw.content, raw.url)
    else:
        text, meta = strip_chrome(raw.content), {}
    if not text.strip():
        raise InputError(raw.source, "no article text after cleaning")
    title = raw.title or meta.get("title") or _first_line(text)
    return Document(
        id=raw.id or content_hash(text),
        text=text,
        raw=raw.content,
        raw_kind=raw.kind,
        source=raw.source,
        url=raw.url,
        title=title,
        outlet=meta.get("outlet") or _domain(raw.url),
        authors=meta.get("authors") or [],
        lang=raw.lang or detect_language(text),
        published=publication_date(raw, text, meta),
        captured=capture_date(raw.content if raw.kind == "text" else "", text),
        content_hash=content_hash(text),
    )


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
