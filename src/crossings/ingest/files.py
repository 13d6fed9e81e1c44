"""Read one local file as text or HTML, refusing binary, empty and oversized files."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.decode import decode_bytes
from crossings.ingest.notes import InputNote
from crossings.ingest.walk import check_regular, display
from crossings.settings import Settings

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
Item = RawPage | InputError | InputNote


def read_file(path: Path, settings: Settings, **meta) -> Iterator[Item]:
    """The page in one file, preceded by a note if its encoding needed working around."""
    try:
        data = read_bytes(path, settings)
        yield from page_from_bytes(data, display(path), path.suffix.lower() in HTML_SUFFIXES, **meta)
    except InputError as err:
        yield err


def page_from_bytes(data: bytes, source: str, html_hint: bool = False, **meta) -> Iterator[Item]:
    text, note = decode_bytes(data, source)
    if note:
        yield InputNote(source, note)
    kind = "html" if html_hint or looks_like_html(text) else "text"
    yield RawPage(source=source, content=text, kind=kind, **meta)


def read_bytes(path: Path, settings: Settings) -> bytes:
    """The file's bytes, read no further than the size limit (a file may grow, or lie about its
    size, as /proc files do)."""
    check_regular(path)
    try:
        if (size := path.stat().st_size) > settings.max_bytes:
            raise InputError(display(path), f"file is {size} bytes, over the {settings.max_bytes}-byte limit")
        with path.open("rb") as stream:
            data = stream.read(settings.max_bytes + 1)
    except OSError as exc:
        raise InputError(display(path), f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > settings.max_bytes:
        raise InputError(display(path), f"file is over the {settings.max_bytes}-byte limit")
    if not data.strip():
        raise InputError(display(path), "file is empty")
    return data


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
