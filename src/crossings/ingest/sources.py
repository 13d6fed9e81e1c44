"""Dispatch each input (path or URL) to the reader for its kind: directory, manifest, WARC,
feed, HTML or text file, http(s) URL (a page or a feed)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crossings.errors import InputError
from crossings.ingest.feeds import looks_like_feed, read_feed
from crossings.ingest.fetch import fetch, is_url
from crossings.ingest.files import Item, page_from_bytes, read_bytes, read_file
from crossings.ingest.manifest import read_manifest
from crossings.ingest.warc import is_warc, read_warc
from crossings.settings import Settings

FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def read_inputs(inputs: list[str], settings: Settings) -> Iterator[Item]:
    """RawPage per page; InputError per input (or record) that could not be read; InputNote
    per problem worked around. One bad input never stops the others."""
    for item in inputs:
        if is_url(item):
            yield from _read_url(item, settings)
        else:
            yield from _read_local(item, settings)


def _read_local(item: str, settings: Settings) -> Iterator[Item]:
    path = Path(item)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            yield from _read_path(child, settings)
    elif path.exists():
        yield from _read_path(path, settings)
    else:
        yield InputError(item, "no such file or directory")


def _read_path(path: Path, settings: Settings) -> Iterator[Item]:
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
        yield from (read_feed(data, str(path), settings) if looks_like_feed(data)
                    else page_from_bytes_safe(data, str(path)))
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
