"""Dispatch each input (path or URL) to the reader for its kind."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crossings.document import RawPage
from crossings.errors import InputError
from crossings.ingest.files import read_file
from crossings.ingest.manifest import read_manifest
from crossings.settings import Settings


def read_inputs(inputs: list[str], settings: Settings) -> Iterator[RawPage | InputError]:
    for item in inputs:
        yield from _read_one(item, settings)


def _read_one(item: str, settings: Settings) -> Iterator[RawPage | InputError]:
    path = Path(item)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            yield from _read_path(child, settings)
    elif path.exists():
        yield from _read_path(path, settings)
    else:
        yield InputError(item, "no such file or directory")


def _read_path(path: Path, settings: Settings) -> Iterator[RawPage | InputError]:
    if path.suffix.lower() == ".jsonl":
        yield from read_manifest(path, settings)
    else:
        try:
            yield read_file(path, settings)
        except InputError as err:
            yield err
