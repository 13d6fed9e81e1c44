"""Dispatch each input (path or URL) to the reader for its kind: directory, manifest, WARC,
feed, HTML or text file, http(s) URL (a page or a feed).

Every file is read under the per-input time budget and a last guard: whatever a reader does
with hostile bytes, the input ends in pages or in one InputError naming it, never a traceback.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

from crossings.bounds import unstorable
from crossings.budget import budgeted
from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.feeds import looks_like_feed, read_feed
from crossings.ingest.fetch import fetch, is_url
from crossings.ingest.files import Item, page_from_bytes, read_bytes, read_file
from crossings.ingest.manifest import read_manifest
from crossings.ingest.notes import printable
from crossings.ingest.walk import check_regular, display, walk
from crossings.ingest.warc import is_warc, read_warc
from crossings.settings import Settings

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
MAX_LINES_PER_INPUT = 20  # error and note lines one input may print
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def read_inputs(inputs: list[str], settings: Settings) -> Iterator[Item]:
    """RawPage per page; InputError per input (or record) that could not be read; InputNote
    per problem worked around. One bad input never stops the others."""
    for item in inputs:
        if is_url(item):
            yield from _guarded(_read_url(item, settings), item, settings)
        else:
            yield from _read_local(item, settings)


def _read_local(item: str, settings: Settings) -> Iterator[Item]:
    path = Path(item)
    try:
        is_dir, exists = path.is_dir(), path.exists()
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte
        yield InputError(display(item), f"cannot read: {exc}")
        return
    if is_dir:
        for child in walk(path):
            if isinstance(child, InputError):
                yield child
            else:
                yield from _guarded(_read_path(child, settings), display(child), settings)
    elif exists:
        yield from _guarded(_read_path(path, settings), display(path), settings)
    elif path.is_symlink():
        yield InputError(display(item), "broken symlink or symlink loop")
    else:
        yield InputError(display(item), "no such file or directory")


def _guarded(items: Iterator[Item], source: str, settings: Settings) -> Iterator[Item]:
    """The reader's items, each within the time budget; an unexpected failure ends the input
    with one error line instead of ending the batch. Error lines carry no control characters
    (a terminal would obey them), and one input prints at most MAX_LINES_PER_INPUT of them:
    a feed of 50,000 empty entries is one input, not 50,000 lines."""
    shown = hidden = 0
    try:
        for item in budgeted(items, settings.time_budget, source):
            if isinstance(item, RawPage):
                yield _scrubbed(item)
            elif shown < MAX_LINES_PER_INPUT:
                shown += 1
                yield type(item)(printable(item.source), printable(item.problem))
            else:
                hidden += isinstance(item, InputError)
    except Exception as exc:  # noqa: BLE001  the last guard: hostile bytes break parsers in unlisted ways
        yield InputError(source, printable(f"cannot read: {exc.__class__.__name__}: {exc}"))
    if hidden:
        yield InputError(source, f"{hidden} more records failed (the first {shown} problems shown)")


def guarded(items: Iterator[Item], source: str, settings: Settings) -> Iterator[Item]:
    """The guard every reader's items pass (budget, scrubbing, bounded error lines), for readers
    outside this module (crossings.watch)."""
    return _guarded(items, source, settings)


def _scrubbed(page: RawPage) -> RawPage:
    """Lone surrogates (from a JSON escape, an HTML entity, an undecodable file name) in any
    field become U+FFFD: no encoder, terminal or database accepts them."""
    changes = {f.name: _LONE_SURROGATE.sub("\ufffd", v) for f in fields(page)  # bounds.unstorable: a C check
               if isinstance(v := getattr(page, f.name), str) and unstorable(v) and _LONE_SURROGATE.search(v)}
    return replace(page, **changes) if changes else page


def _read_path(path: Path, settings: Settings) -> Iterator[Item]:
    try:
        check_regular(path)
    except InputError as err:
        yield err
        return
    if path.suffix.lower() == ".jsonl":
        yield from read_manifest(path, settings)
    elif is_warc(path):
        yield from read_warc(path, settings)
    elif path.suffix.lower() in FEED_SUFFIXES:
        try:
            data = read_bytes(path, settings)
        except InputError as err:
            yield err
            return
        yield from (read_feed(data, display(path), settings) if looks_like_feed(data)
                    else page_from_bytes_safe(data, display(path)))
    else:
        yield from read_file(path, settings)


def _read_url(url: str, settings: Settings) -> Iterator[Item]:
    try:
        got = fetch(url, settings)
    except InputError as err:
        yield err
        return
    if looks_like_feed(got.content, got.content_type):
        yield from read_feed(got.content, url, settings)
    else:
        yield from page_from_bytes_safe(got.content, url, "html" in got.content_type, url=got.url)


def page_from_bytes_safe(data: bytes, source: str, html_hint: bool = False, **meta) -> Iterator[Item]:
    try:
        yield from page_from_bytes(data, source, html_hint, **meta)
    except InputError as err:
        yield err
