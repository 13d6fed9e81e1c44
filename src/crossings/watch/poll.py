"""One poll of one source: fetch it if it changed (ETag, Last-Modified), read only the items not
stored before, store them, then remember them.

The order makes a kill harmless: items are remembered (with the source's new validators) only
after their documents are stored. A kill before that refetches them next time and the store skips
what it already has (document ids are content hashes); a kill after it refetches nothing. An item
whose fetch failed is not remembered and the old validators are kept, so the next poll retries it.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.feeds import entries, entry_key, entry_page, looks_like_feed
from crossings.ingest.sources import guarded, page_from_bytes_safe
from crossings.settings import Settings
from crossings.store import Store
from crossings.store import watching
from crossings.watch.polite import Polite

Ingest = Callable[[Iterator], "object"]  # stores the items; returns api.IngestReport


@dataclass
class SourceOutcome:
    url: str
    new: int = 0  # items not stored before
    added: int = 0  # documents stored (a new item may be a copy of one stored already)
    not_modified: bool = False
    errors: list[str] = field(default_factory=list)


def item_key(source: str, name: str) -> str:
    return hashlib.sha256(f"{source}\n{name}".encode("utf-8", "replace")).hexdigest()


def poll_source(url: str, store: Store, polite: Polite, settings: Settings, ingest: Ingest) -> SourceOutcome:
    out = SourceOutcome(url)
    etag, modified = watching.validators(store, url)
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
    try:
        got = polite.fetch(url, headers=headers)
    except InputError as err:
        out.errors.append(str(err))
        watching.record_poll(store, url, [], f"error: {err.problem}", keep_validators=True)
        return out
    if got.status == 304:
        out.not_modified = True
        watching.record_poll(store, url, [], "not modified", keep_validators=True)
        return out
    pages, keys, retry = _new_items(url, got, store, polite, settings, out)
    out.new = len(keys)
    if pages:
        report = ingest(guarded(iter(pages), url, settings))
        out.added, out.errors = report.added, out.errors + report.errors
    status = f"{out.new} new, {out.added} stored" + (f", {len(out.errors)} failed" if out.errors else "")
    watching.record_poll(store, url, keys, status, got.etag, got.last_modified, keep_validators=retry)
    return out


def _new_items(url, got, store, polite, settings, out) -> tuple[list[RawPage], list[str], bool]:
    """(pages to store, keys of the items they came from, whether an item must be retried)."""
    if not looks_like_feed(got.content, got.content_type):
        key = item_key(url, hashlib.sha256(got.content).hexdigest())
        if watching.seen(store, [key]):
            return [], [], False
        items = list(page_from_bytes_safe(got.content, url, "html" in got.content_type, url=got.url))
        out.errors += [str(i) for i in items if isinstance(i, InputError)]
        return [i for i in items if isinstance(i, RawPage)], [key], False
    try:
        found = entries(got.content, url)
    except InputError as err:
        out.errors.append(str(err))
        return [], [], True
    keyed = {item_key(url, entry_key(e)): (n, e) for n, e in enumerate(found, 1)}
    known = watching.seen(store, keyed)
    fresh = [k for k in keyed if k not in known]
    pages, keys, retry = [], [], False
    for key in fresh:
        n, entry = keyed[key]
        page = entry_page(entry, f"{url}#entry{n}", settings, get=polite.fetch)
        if isinstance(page, InputError) and _transient(page):
            out.errors.append(str(page))
            retry = True  # not remembered: the next poll fetches it again
            continue
        if isinstance(page, InputError):
            out.errors.append(str(page))  # it will not get better: remembered, not retried
        else:
            pages.append(page)
        keys.append(key)
    return pages, keys, retry


def _transient(err: InputError) -> bool:
    """A fetch problem a later poll may not have (an empty entry will stay empty)."""
    return "neither content nor a link" not in err.problem
