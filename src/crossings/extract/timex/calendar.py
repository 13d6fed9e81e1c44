"""The anchor a relative date is resolved against, and the calendar arithmetic on it."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

ANCHOR = re.compile(r"^((?:19|20)\d{2})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class Anchor:
    """A publication or capture date, as precise as it is known. A capture date is an upper
    bound: the page existed then, so nothing it reports as past happened after it."""

    year: int
    month: int | None = None
    day: int | None = None
    capture: bool = False

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.month and self.day else None

    def iso(self) -> str:
        return iso(self.year, self.month, self.day)


def parse_anchor(value: str | None, capture: bool = False) -> Anchor | None:
    """"2024-09-07", "2024-09" or "2024" (a longer timestamp is cut to its date)."""
    m = ANCHOR.match((value or "").strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    if month and not 1 <= month <= 12:
        return Anchor(year, capture=capture)
    if month and day and not valid(year, month, day):
        day = None
    return Anchor(year, month, day, capture)


def valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def from_date(d: dt.date, precision: str = "day") -> str:
    if precision == "month":
        return iso(d.year, d.month)
    if precision == "year":
        return iso(d.year)
    return d.isoformat()


def not_after(value: str, anchor: Anchor) -> bool:
    """Is value (an ISO prefix) on or before the anchor, compared at the coarser precision?"""
    bound = anchor.iso()
    n = min(len(value), len(bound))
    return value[:n] <= bound[:n]


def precision_of(value: str | None) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value or ""), "unknown")
