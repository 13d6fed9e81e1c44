"""RSS/Atom feeds (feedparser): each entry's full content when the feed carries it, else the
linked page fetched (URLs obey the same fetch rules as any other)."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import feedparser

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.fetch import Fetched, fetch, is_url
from crossings.settings import Settings

Getter = Callable[[str, Settings], Fetched]  # fetch, or a polite fetcher (crossings.watch)

MIN_CONTENT = 200  # shorter entry bodies are teasers: fetch the article instead


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    if any(t in content_type.lower() for t in ("rss", "atom")):
        return True
    head = data[:1000].lstrip().lower()
    return head.startswith(b"<?xml") and any(b"<" + t.encode() in data[:3000].lower()
                                             for t in ("rss", "feed", "rdf:rdf"))


def read_feed(data: bytes, source: str, settings: Settings) -> Iterator[RawPage | InputError]:
    try:
        found = entries(data, source)
    except InputError as err:
        yield err
        return
    for n, entry in enumerate(found, 1):
        yield entry_page(entry, f"{source}#entry{n}", settings)


def entries(data: bytes, source: str) -> list:
    """The feed's entries (feedparser's), or InputError when it has none."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        raise InputError(source, f"not a readable feed ({parsed.get('bozo_exception', 'no entries')})")
    return list(parsed.entries)


def entry_key(entry) -> str:
    """What names an entry across polls: its id (else link, else title), and its update time,
    so that an entry the outlet rewrites is read again."""
    name = entry.get("id") or entry.get("link") or entry.get("title") or _body(entry)[:500]
    updated = entry["updated"] if "updated" in entry.keys() else ""  # get() would fall back to published
    return f"{name}|{updated}"


def entry_page(entry, where: str, settings: Settings, get: Getter = fetch) -> RawPage | InputError:
    link = entry.get("link")
    meta = {"url": link, "title": entry.get("title"), "published": _date(entry),
            "published_source": "meta"}
    body = _body(entry)
    if len(body) >= MIN_CONTENT or not (link and is_url(link)):
        if not body.strip():
            return InputError(where, "feed entry has neither content nor a link")
        return RawPage(source=where, content=body, kind="html", **meta)
    try:
        got = get(link, settings)
    except InputError as err:
        return InputError(f"{where} ({err.source})", err.problem)
    from crossings.ingest.decode import decode_bytes

    try:
        text, _ = decode_bytes(got.content, link)
    except InputError as err:
        return InputError(f"{where} ({err.source})", err.problem)
    return RawPage(source=where, content=text, kind="html" if "html" in got.content_type else "text", **meta)


def _body(entry) -> str:
    contents = entry.get("content") or []
    if contents and contents[0].get("value"):
        return contents[0]["value"]
    return entry.get("summary") or ""


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None
