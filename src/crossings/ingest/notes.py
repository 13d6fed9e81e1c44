"""A problem with an input that was worked around (the page is still ingested)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputNote:
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def printable(text: str, limit: int = 500) -> str:
    """Text for an error or note line: control and format characters escaped (a terminal would
    obey \x1b or \u202e), and at most `limit` characters."""
    text = text if len(text) <= limit else text[:limit] + "…"
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
