"""TimeMatch: a temporal expression found in a text and what it resolves to."""
from __future__ import annotations

from dataclasses import dataclass

from crossings.events import When


@dataclass(frozen=True)
class TimeMatch:
    start: int  # half-open offsets into the string passed to find_dates
    end: int
    text: str
    value: str | None  # ISO prefix: "2016-04-07", "2023-11", "2019"; None if not resolvable
    precision: str  # day / month / year / season / unknown
    derivation: str  # "explicit", "anchor:published", "relative:<rule>", "unresolved:<rule>"...
    relative: bool  # True when the value rests on the anchor (or would, had there been one)

    def to_when(self) -> When:
        return When(value=self.value, precision=self.precision, derivation=self.derivation)
