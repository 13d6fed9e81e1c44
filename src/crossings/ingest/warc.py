"""WARC / WARC.gz archives (warcio): one page per HTTP response record of text or HTML.

warcio trusts its input; this module bounds it. A header line is read no further than
MAX_LINE (warcio would read a line of zeros until memory runs out), a gzip member that expands
past the size limit by more than BOMB_RATIO times its compressed size is a bomb and ends the
archive, and any other failure inside warcio is a corrupt record. A truncated or corrupt record
ends the archive with one error; pages read before it stand. An archive with no page in it at
all is an error too, not a silent nothing.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.utils import BUFF_SIZE

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.decode import decode_bytes
from crossings.ingest.notes import InputNote
from crossings.ingest.walk import display
from crossings.settings import Settings

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")
MAX_LINE = 64 * 1024  # WARC and HTTP header lines are short; a longer one is not a header
BOMB_RATIO = 100  # text and HTML compress 5-20x; runs of zeros 1000x


class _Unreadable(ValueError):
    """The archive's bytes break a bound (line length, expansion) or its gzip is corrupt."""


class _BoundedReader(DecompressingBufferedReader):
    """warcio's reader with lines of bounded length and gzip members of bounded expansion."""

    max_member = 20_000_000

    def _init_decomp(self, decomp_type):
        super()._init_decomp(decomp_type)
        self.member_in = self.member_out = 0

    def _process_read(self, data):
        super()._process_read(data)
        if data and self.decompressor:
            self.member_in += len(data)
            self.member_out += self.buff_size
            if self.member_out > self.max_member and self.member_out > BOMB_RATIO * self.member_in:
                raise _Unreadable(f"gzip bomb: a member expands past {self.max_member} bytes, "
                                  f"over {BOMB_RATIO} times its compressed size")

    def _decompress(self, data):
        if self.decompressor and data and self.num_block_read:  # warcio would print and go on
            try:
                return self.decompressor.decompress(data)
            except zlib.error as exc:
                raise _Unreadable(f"corrupt gzip data: {exc}") from exc
        return super()._decompress(data)

    def readline(self, length=None):
        limit = MAX_LINE if length is None else min(length, MAX_LINE)
        self._fillbuff()
        if self.empty():
            return b""
        parts = [self.buff.readline(limit)]
        got = len(parts[0])
        while not parts[-1].endswith(b"\n") and got < limit:
            self._fillbuff()
            if self.empty():
                break
            parts.append(self.buff.readline(limit - got))
            got += len(parts[-1])
        line = b"".join(parts)
        if got >= MAX_LINE and not line.endswith(b"\n"):
            raise _Unreadable(f"a header line longer than {MAX_LINE} bytes")
        return line


class _Archive(ArchiveIterator):
    INC_RECORD = ""  # warcio's multi-line warning on stderr; a bad record is reported by us

    def __init__(self, stream, max_member: int):
        super().__init__(stream)
        self.reader = _BoundedReader(self.fh, block_size=BUFF_SIZE)
        self.reader.max_member = max_member


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, settings: Settings) -> Iterator[RawPage | InputError | InputNote]:
    name = display(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        n, told = 0, False
        try:
            for n, record in enumerate(_Archive(stream, settings.max_bytes + MAX_LINE), 1):
                if page := _page(record, f"{name}#record{n}", settings):
                    told = True
                    yield page
        except Exception as exc:  # noqa: BLE001  warcio fails on hostile bytes in many classes
            told = True
            yield InputError(f"{name}#record{n + 1}", f"truncated or corrupt WARC record: "
                                                      f"{exc.__class__.__name__}: {exc}"[:500])
        if not told:
            yield InputError(name, f"no HTML or text response among its {n} records")


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
