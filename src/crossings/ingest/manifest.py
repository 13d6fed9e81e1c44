"""JSONL manifests: records with id, optional url/lang/published, and path, text or html."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.files import Item, read_file
from crossings.settings import Settings

META_KEYS = ("id", "url", "lang", "published", "title")


def read_manifest(path: Path, settings: Settings) -> Iterator[Item]:
    """Records streamed line by line: the size limit applies to each record, not the manifest."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        empty = True
        for number, raw in enumerate(stream, 1):
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
            if line.strip():
                empty = False
                yield from _record(path, number, line, settings)
    if empty:
        yield InputError(str(path), "manifest is empty")


def _record(path: Path, number: int, line: str, settings: Settings) -> Iterator[Item]:
    where = f"{path}:{number}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        yield InputError(where, f"broken manifest line: {exc.msg} at column {exc.colno}")
        return
    if not isinstance(rec, dict):
        yield InputError(where, "manifest line is not a JSON object")
        return
    meta = {k: _str(rec.get(k)) for k in META_KEYS}
    if rec.get("published_source") in ("user", "manifest", "meta"):
        meta["published_source"] = rec["published_source"]
    if rec.get("path"):
        for item in read_file(path.parent / str(rec["path"]), settings, **meta):
            yield InputError(f"{where} ({item.source})", item.problem) if isinstance(item, InputError) else item
        return
    yield _inline(rec, where, meta, settings)


def _inline(rec: dict, where: str, meta: dict, settings: Settings) -> Item:
    for kind in ("html", "text"):
        value = rec.get(kind)
        if isinstance(value, str) and value.strip():
            if len(value.encode("utf-8")) > settings.max_bytes:
                return InputError(where, f"{kind} is over the {settings.max_bytes}-byte limit")
            return RawPage(source=where, content=value, kind=kind, **meta)
    return InputError(where, "record has none of path, text or html")


def _str(value) -> str | None:
    return None if value is None else str(value)
