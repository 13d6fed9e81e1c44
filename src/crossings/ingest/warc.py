"""WARC / WARC.gz archives (warcio): one page per HTTP response record of text or HTML.

A truncated or corrupt record ends the archive with one error; pages read before it stand.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.decode import decode_bytes
from crossings.ingest.notes import InputNote
from crossings.settings import Settings

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, settings: Settings) -> Iterator[RawPage | InputError | InputNote]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        n = 0
        try:
            for n, record in enumerate(ArchiveIterator(stream), 1):
                if page := _page(record, f"{path}#record{n}", settings):
                    yield page
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield InputError(f"{path}#record{n + 1}", f"truncated or corrupt WARC record: {exc}")


def _page(record, where: str, settings: Settings) -> RawPage | InputError | InputNote | None:
    if record.rec_type != "response" or not record.http_headers:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not ctype.startswith(_PAGE_TYPES):
        return None
    data = record.content_stream().read(settings.max_bytes + 1)
    declared = record.rec_headers.get_header("Content-Length")
    if len(data) > settings.max_bytes:
        return InputError(where, f"record is over the {settings.max_bytes}-byte limit")
    missing = getattr(record.raw_stream, "limit", 0)  # bytes the record declared but the file lacks
    if missing:
        return InputError(where, f"truncated WARC record: {missing} of {declared} declared bytes missing")
    if not data.strip():
        return InputError(where, f"empty response body (declared length {declared})")
    try:
        text, _ = decode_bytes(data, where)
    except InputError as err:
        return err
    url = record.rec_headers.get_header("WARC-Target-URI")
    captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return RawPage(source=where, url=url, content=text, captured=captured,
                   kind="text" if ctype.startswith("text/plain") else "html")
