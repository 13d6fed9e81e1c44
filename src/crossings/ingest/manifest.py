"""JSONL manifests: records with id, optional url/lang/published, and path, text or html.

Each line is bounded before it is parsed (its size, its nesting) and a record's `path` must stay
inside the manifest's folder, links included: a manifest from elsewhere cannot make Crossings
read /etc/passwd or a neighbour's files.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.files import Item, read_file
from crossings.ingest.notes import InputNote
from crossings.ingest.walk import confined, display
from crossings.settings import Settings

META_KEYS = ("id", "url", "lang", "published", "title")
MAX_DEPTH = 32  # a record is one flat object; nothing real nests deeper than a few levels
_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)  # strings skipped whole
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def read_manifest(path: Path, settings: Settings) -> Iterator[Item]:
    """Records streamed line by line: the size limit applies to each record, not the manifest."""
    name = display(path)
    try:
        stream = path.open("rb")
        folder = path.parent
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        empty, number = True, 0
        while raw := stream.readline(settings.max_bytes + 1):
            number += 1
            if len(raw) > settings.max_bytes and not raw.endswith(b"\n"):
                yield InputError(f"{name}:{number}", f"manifest line is over the {settings.max_bytes}-byte limit")
                _skip_line(stream)
                continue
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
            if line.strip():
                empty = False
                yield from _record(f"{name}:{number}", folder, line, settings)
    if empty:
        yield InputError(name, "manifest is empty")


def _skip_line(stream) -> None:
    while (chunk := stream.readline(1 << 20)) and not chunk.endswith(b"\n"):
        pass


def _record(where: str, folder: Path, line: str, settings: Settings) -> Iterator[Item]:
    try:
        rec = _parse(line)
    except InputError as err:
        yield InputError(where, err.problem)
        return
    if not isinstance(rec, dict):
        yield InputError(where, "manifest line is not a JSON object")
        return
    rec, repaired = _repair_surrogates(rec)
    if repaired:
        yield InputNote(where, "lone surrogate escapes (\\ud800-\\udfff) replaced by U+FFFD")
    meta = {k: _str(rec.get(k)) for k in META_KEYS}
    if rec.get("published_source") in ("user", "manifest", "meta"):
        meta["published_source"] = rec["published_source"]
    if rec.get("path"):
        yield from _from_path(where, folder, rec["path"], settings, meta)
        return
    yield _inline(rec, where, meta, settings)


def _parse(line: str):
    depth = deepest = 0
    for token in _STRUCTURE.finditer(line):
        if token.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                raise InputError("", f"manifest line nests deeper than {MAX_DEPTH} levels")
        elif token.group() in "]}":
            depth -= 1
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError("", f"broken manifest line: {exc.msg} at column {exc.colno}") from exc
    except (RecursionError, ValueError) as exc:  # ValueError: numbers too long to convert
        raise InputError("", f"broken manifest line: {exc}") from exc


def _repair_surrogates(value):
    """(value with every lone surrogate replaced by U+FFFD, whether any was): JSON allows
    "\\ud800" escapes, but no encoder, terminal or database accepts the result."""
    if isinstance(value, str):
        fixed = _LONE_SURROGATE.sub("\ufffd", value)
        return fixed, fixed != value
    if isinstance(value, dict):
        pairs = [(_repair_surrogates(k), _repair_surrogates(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in pairs}, any(a or b for (_, a), (_, b) in pairs)
    if isinstance(value, list):
        items = [_repair_surrogates(v) for v in value]
        return [v for v, _ in items], any(changed for _, changed in items)
    return value, False


def _from_path(where: str, folder: Path, value, settings: Settings, meta: dict) -> Iterator[Item]:
    if not isinstance(value, str):
        yield InputError(where, "path is not a string")
        return
    target = Path(value)
    try:
        if target.is_absolute():
            raise InputError(value, "refused: absolute path in a manifest (paths are relative to it)")
        confined(folder / target, folder.resolve(), "the manifest's folder")
    except InputError as err:
        yield InputError(f"{where} ({err.source})", err.problem)
        return
    except (OSError, ValueError) as exc:  # a NUL byte, a name too long
        yield InputError(where, f"bad path: {exc}")
        return
    for item in read_file(folder / target, settings, **meta):
        yield InputError(f"{where} ({item.source})", item.problem) if isinstance(item, InputError) else item


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
