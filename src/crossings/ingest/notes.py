"""A problem with an input that was worked around (the page is still ingested)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputNote:
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"
