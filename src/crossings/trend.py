"""Counts per month or quarter through today, and the wave signal the dashboard and `stats` show.

Counts of events are small (0 to 4 a quarter is usual), so mean + 2 sd of a few quarters flags
noise. Each period is instead tested against the periods before it with the exact conditional test
for two Poisson counts: if events arrive at one steady rate, then given the period's count x and
the trailing window's count b, x is Binomial(x + b, e / (e + n)), where n is the window's length
and e the share of the period that has passed (below 1 only for the current period). The p-value
is the chance of a share at least this large; the baseline's own uncertainty is part of the test,
so one event after a silent window is no wave. Events dated only to a year (or a season) have no
period: they are counted per year beside the series, as are the undated ones.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

ALPHA = 0.01  # a period is a wave when its p-value is below this
MONTHS = {"quarter": 3, "month": 1}  # months per period
WINDOW = {"quarter": 8, "month": 24}  # trailing periods in the baseline: two years either way


def rule(period: str = "quarter") -> str:
    """The method in one sentence, as the pages print it."""
    n = WINDOW[period]
    return (f"A {period} is flagged as a wave when an exact Poisson test (the conditional binomial test of "
            f"its count against the {n} {period}s before it) gives p < {ALPHA:g} that events still arrive "
            f"at the earlier rate; the current {period} is compared for the part of it that has passed.")


@dataclass
class Period:
    label: str  # "2024-Q3" or "2024-08"
    count: int
    expected: float | None = None  # the count the trailing window's rate predicts (None: no full window)
    p: float | None = None  # one-sided p-value of a count this high at that rate
    wave: bool = False
    elapsed: float = 1.0  # share of the period that has passed (the current one: below 1)


@dataclass
class Trend:
    period: str  # quarter / month
    periods: list[Period]
    year_only: dict[str, int] = field(default_factory=dict)  # year -> events dated to it only
    undated: int = 0
    today: str = ""
    rule: str = ""

    @property
    def waves(self) -> list[Period]:
        return [p for p in self.periods if p.wave]


def index_of(date: str | None, period: str = "quarter") -> int | None:
    """'2024-08-15' or '2024-08' -> the period's number (months or quarters since year 0); a bare
    year or nothing -> None."""
    if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return None
    month = int(date[5:7])
    if not 1 <= month <= 12:
        return None
    return (int(date[:4]) * 12 + month - 1) // MONTHS[period]


def label_of(index: int, period: str = "quarter") -> str:
    if period == "quarter":
        return f"{index // 4:04d}-Q{index % 4 + 1}"  # years below 1000 keep four digits
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def elapsed(index: int, today: dt.date, period: str = "quarter") -> float:
    """The share of period `index` that has passed by the end of `today` (0 to 1)."""
    months = MONTHS[period]
    first = index * months
    start = dt.date(first // 12, first % 12 + 1, 1)
    after = first + months
    end = dt.date(after // 12, after % 12 + 1, 1) if after // 12 <= 9999 else dt.date(9999, 12, 31)
    return min(1.0, max(0.0, ((today - start).days + 1) / (end - start).days))


def exact_test(counts: np.ndarray, exposure: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """(expected, p) for every period from `window` on: each count against the sum of the
    `window` counts before it, by the conditional binomial test. Earlier periods get NaN."""
    import numpy as np  # numpy and scipy take a while to import: only the waves pay for them
    from scipy.stats import binom

    counts = np.asarray(counts, dtype=np.int64)
    expected = np.full(len(counts), np.nan)
    p = np.full(len(counts), np.nan)
    if len(counts) <= window:
        return expected, p
    sums = np.concatenate([[0], np.cumsum(counts)])
    base = sums[window:-1] - sums[:-window - 1]  # the window before each tested period
    x, e = counts[window:], np.asarray(exposure, dtype=float)[window:]
    expected[window:] = base * e / window
    # P(X >= x) for X ~ Binomial(x + base, e / (e + window)); sf(x - 1) is that tail (1 at x = 0)
    p[window:] = binom.sf(x - 1, x + base, e / (e + window))
    return expected, p


def trend(counts: Mapping[str | None, int], period: str = "quarter", today: dt.date | None = None) -> Trend:
    """The series from the first dated period through today's (or the last event's, if later).
    `counts` maps a date's head (its first seven characters: '2024-08', a bare year '2024', or
    None) to its number of events."""
    if period not in MONTHS:
        raise ValueError(f"period must be one of {', '.join(MONTHS)}")
    today = today or dt.datetime.now(dt.timezone.utc).date()
    dated: dict[int, int] = {}
    year_only: dict[str, int] = {}
    undated = 0
    for head, n in counts.items():
        if (i := index_of(head, period)) is not None:
            dated[i] = dated.get(i, 0) + n
        elif head and head[:4].isdigit():
            year_only[head[:4]] = year_only.get(head[:4], 0) + n
        else:
            undated += n
    return Trend(period, _series(dated, period, today), dict(sorted(year_only.items())), undated,
                 today.isoformat(), rule(period))


def _series(dated: dict[int, int], period: str, today: dt.date) -> list[Period]:
    import numpy as np

    if not dated:
        return []
    now = index_of(today.isoformat(), period)
    first, last = min(dated), max(max(dated), now)
    counts = np.array([dated.get(i, 0) for i in range(first, last + 1)])
    exposure = np.ones(len(counts))
    if first <= now <= last:
        exposure[now - first] = elapsed(now, today, period)
    expected, p = exact_test(counts, exposure, WINDOW[period])
    out = []
    for k, i in enumerate(range(first, last + 1)):
        tested = not np.isnan(p[k])
        out.append(Period(label_of(i, period), int(counts[k]),
                          float(expected[k]) if tested else None,
                          float(p[k]) if tested else None,
                          bool(tested and p[k] < ALPHA and counts[k] > expected[k]),
                          round(float(exposure[k]), 3)))
    return out
