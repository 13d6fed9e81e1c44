"""How many pages an ingest expects, counted cheaply before reading: the total a progress bar's
ETA needs. A file or URL counts one, a manifest one per line; a WARC or a feed counts one (its
records are known only by reading it), so the count may be low, never a reason to fail."""
from __future__ import annotations

from pathlib import Path

from crossings.ingest.fetch import is_url
from crossings.ingest.walk import walk

CHUNK = 1 << 20


def expected_pages(inputs: list[str]) -> int:
    total = 0
    for item in inputs:
        if is_url(item):
            total += 1
            continue
        path = Path(item)
        try:
            files = [p for p in walk(path) if isinstance(p, Path)] if path.is_dir() else [path]
            total += sum(_pages_in(f) for f in files)
        except (OSError, ValueError):  # reading it will say what is wrong
            total += 1
    return total


def _pages_in(path: Path) -> int:
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return 1
    lines = 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            lines += chunk.count(b"\n")
    return max(lines, 1)
