"""JSONL manifests: records with id, optional url/lang/published, and path, text or html."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.files import read_bytes, read_file
from crossings.settings import Settings

META_KEYS = ("id", "url", "lang", "published", "title")


def read_manifest(path: Path, settings: Settings) -> Iterator[RawPage | InputError]:
    try:
        lines = read_bytes(path, settings).decode("utf-8-sig", errors="replace").splitlines()
    except InputError as err:
        yield err
        return
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield _record(path, number, line, settings)


def _record(path: Path, number: int, line: str, settings: Settings) -> RawPage | InputError:
    where = f"{path}:{number}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"broken manifest line: {exc.msg}")
    if not isinstance(rec, dict):
        return InputError(where, "manifest line is not a JSON object")
    meta = {k: _str(rec.get(k)) for k in META_KEYS}
    try:
        if rec.get("path"):
            return read_file(path.parent / str(rec["path"]), settings, **meta)
        for kind in ("html", "text"):
            if isinstance(rec.get(kind), str) and rec[kind].strip():
                return RawPage(source=where, content=rec[kind], kind=kind, **meta)
    except InputError as err:
        return InputError(f"{where} ({err.source})", err.problem)
    return InputError(where, "record has none of path, text or html")


def _str(value) -> str | None:
    return None if value is None else str(value)
