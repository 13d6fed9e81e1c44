"""Counts per quarter and the wave signal the overview shows.

A quarter is a wave when its count is above the mean plus two standard deviations of the eight
quarters before it (and at least MIN_COUNT, so one event after a quiet spell is no wave). Quarters
with no events count as zero; the first eight quarters of the series have no baseline.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

BASELINE = 8  # quarters
SIGMAS = 2.0
MIN_COUNT = 3
RULE = (f"A quarter is flagged as a wave when its count of defections exceeds the mean plus "
        f"{SIGMAS:g} standard deviations of the {BASELINE} quarters before it, and is at least {MIN_COUNT}. "
        f"Quarters come from the event date (month precision or better); quarters with no events count as 0.")


@dataclass
class Quarter:
    label: str  # "2024-Q3"
    count: int
    baseline: float | None = None  # mean of the previous BASELINE quarters
    threshold: float | None = None  # mean + SIGMAS * sd
    wave: bool = False


def quarter_of(date: str | None) -> str | None:
    """'2024-08-15' or '2024-08' -> '2024-Q3'; a bare year or nothing -> None."""
    if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    month = int(date[5:7])
    return f"{date[:4]}-Q{(month - 1) // 3 + 1}" if 1 <= month <= 12 else None


def _index(label: str) -> int:
    return int(label[:4]) * 4 + int(label[-1]) - 1


def _label(index: int) -> str:
    return f"{index // 4:04d}-Q{index % 4 + 1}"  # years below 1000 keep four digits


def series(counts: Counter[str]) -> list[Quarter]:
    """Continuous quarters from the first to the last with events, each with its wave test."""
    if not counts:
        return []
    first, last = min(map(_index, counts)), max(map(_index, counts))
    labels = [_label(i) for i in range(first, last + 1)]  # numbered, not compared as text
    out = [Quarter(lab, counts.get(lab, 0)) for lab in labels]
    for i, q in enumerate(out[BASELINE:], start=BASELINE):
        window = [p.count for p in out[i - BASELINE : i]]
        q.baseline = sum(window) / BASELINE  # by hand: statistics.* is slow over 40,000 quarters
        q.threshold = q.baseline + SIGMAS * math.sqrt(sum((c - q.baseline) ** 2 for c in window) / BASELINE)
        q.wave = q.count > q.threshold and q.count >= MIN_COUNT
    return out
