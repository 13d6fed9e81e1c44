"""Read one local file as text or HTML, refusing binary, empty and oversized files."""
from __future__ import annotations

from pathlib import Path

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.decode import decode_bytes
from crossings.settings import Settings

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_file(path: Path, settings: Settings, **meta) -> RawPage:
    data = read_bytes(path, settings)
    text = decode_bytes(data, str(path))
    kind = "html" if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text) else "text"
    return RawPage(source=str(path), content=text, kind=kind, **meta)


def read_bytes(path: Path, settings: Settings) -> bytes:
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise InputError(str(path), f"file is {size} bytes, over the {settings.max_bytes}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputError(str(path), "file is empty")
    return data


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
