"""Chart geometry for inline SVG (server-side, so the pages need no JavaScript)."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from crossings.trend import MONTHS, Trend, index_of


@dataclass
class Bar:
    label: str
    value: int
    x: float
    y: float
    w: float
    h: float
    hot: bool = False
    note: str = ""  # the tooltip's second half: expected count and p-value
    partial: bool = False  # the current period, still running


def bars(counts: dict[str, int], width: int = 520, row: int = 22) -> dict:
    """Horizontal bars, one row per label, longest = full width."""
    top = max(counts.values(), default=0) or 1
    rows = [Bar(k, v, 160, i * row + 3, max(1.0, (width - 210) * v / top), row - 6)
            for i, (k, v) in enumerate(counts.items())]
    return {"bars": rows, "width": width, "height": max(row, len(rows) * row)}


def ticks(top: float, most: int = 5) -> list[int]:
    """Whole-number gridlines from 0 to at least `top`, at 1, 2 or 5 times a power of ten apart."""
    rough = max(1.0, top / most)
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return list(range(0, int(math.ceil(top / step) * step) + 1, int(step)))


def periods(trend: Trend, width: int = 900, height: int = 240) -> dict:
    """Bars per period on a counted y axis; waves marked; the count the trailing baseline expects
    as a stepped line; the running period drawn open; year-only events as spans beneath."""
    series = trend.periods
    n = len(series) or 1
    left, right, base = 72, width - 12, height - 64
    step = (right - left) / n
    year_only_top = max(trend.year_only.values(), default=0)
    top = max([p.count for p in series] + [p.expected or 0 for p in series] + [1])
    grid = ticks(top)
    scale = (base - 12) / grid[-1]
    out, line = [], []
    for i, p in enumerate(series):
        x, h = left + i * step, p.count * scale
        note = "" if p.p is None else f"; expected {p.expected:.1f}, p = {p.p:.2g}"
        out.append(Bar(p.label, p.count, round(x + step * 0.08, 2), round(base - h, 2), max(0.8, step * 0.84),
                       round(h, 2), p.wave, note + (f"; {p.elapsed:.0%} of it so far" if p.elapsed < 1 else ""),
                       p.elapsed < 1))
        if p.expected is not None:
            y = round(base - p.expected * scale, 2)
            line += [f"{x:.1f},{y}", f"{x + step:.1f},{y}"]
    every = max(1, math.ceil(64 / step))  # labels never overlap
    labels = [(b.x + b.w / 2, b.label) for i, b in enumerate(out) if i % every == 0]
    spans = _year_spans(trend, left, step, base + 30, 14, year_only_top)
    return {"bars": out, "expected": " ".join(line), "labels": labels, "width": width, "height": height,
            "base": base, "left": left, "right": right, "grid": [(g, round(base - g * scale, 2)) for g in grid],
            "spans": spans, "span_y": base + 30}


def _year_spans(trend: Trend, left: float, step: float, y: float, h: float, top: int) -> list[dict]:
    """One span per year with events dated only to that year, across that year's periods."""
    if not trend.periods:
        return []
    per_year = 12 // MONTHS[trend.period]
    first = index_of(trend.periods[0].label[:4] + "-01", trend.period)
    first += (int(trend.periods[0].label[-1]) - 1) if trend.period == "quarter" else int(trend.periods[0].label[5:7]) - 1
    out = []
    for year, n in trend.year_only.items():
        start = max(int(year) * per_year - first, 0)
        end = min((int(year) + 1) * per_year - first, len(trend.periods))
        if start >= end:
            continue  # outside the dated series: listed in words below the chart
        out.append({"year": year, "n": n, "x": round(left + start * step, 2), "w": round((end - start) * step, 2),
                    "y": y, "h": h, "shade": round(0.25 + 0.75 * n / (top or 1), 2)})
    return out


def _span(value: str | None) -> tuple[float, float] | None:
    """(start, end) in fractional years: a day is a point, a month its month, a year (or a season
    of it) the whole year."""
    if not value or not value[:4].isdigit():
        return None
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else None
    if month is None or not 1 <= month <= 12:
        return float(year), year + 1.0
    if len(value) >= 10 and value[8:10].isdigit():
        x = year + (month - 1) / 12 + (int(value[8:10]) - 1) / 365
        return x, x
    return year + (month - 1) / 12, year + month / 12


def people_count(ev) -> int:
    """How many people an event concerns, as its subjects count them (at least 1)."""
    return max(1, sum(s.count or 1 for s in ev.subjects))


def timeline(items: list, width: int = 900, lane: int = 40, today: dt.date | None = None) -> dict:
    """One lane per event type along a shared year axis running to today: a day-dated event is a
    circle, a month- or year-dated one a bar over its month or year; size grows with its people."""
    from crossings.codebook import book

    today = today or dt.datetime.now(dt.timezone.utc).date()
    now = today.year + (today.timetuple().tm_yday - 1) / 365
    spans = [(rv, _span(rv.event.date.value)) for rv in items]
    xs = [x for _, s in spans if s for x in s]
    lo, hi = (min(xs), max(xs + [now])) if xs else (now - 1, now)
    lo, hi = float(math.floor(lo)), float(max(math.ceil(hi), math.floor(lo) + 1))
    left, right = 150, width - 20

    def x_of(x: float) -> float:
        return round(left + (right - left) * (x - lo) / ((hi - lo) or 1.0), 1)

    lanes = {t: i for i, t in enumerate(book().event_types)}
    marks = []
    for rv, s in spans:
        if s is None:
            continue
        size = people_count(rv.event)
        r = round(min(lane / 2 - 3, 3.5 + 2.2 * math.sqrt(size - 1)), 1)
        y = lanes.get(rv.event.type, 0) * lane + lane / 2
        if s[1] - s[0] > 0.5:  # a year: drawn just below the lane, so it never hides the finer marks
            y, r = y + lane / 4, min(r, lane / 4 - 1)
        x0, x1 = x_of(s[0]), x_of(s[1])
        marks.append({"rv": rv, "point": s[0] == s[1], "x": x0, "w": round(max(x1 - x0, 2.0), 1), "y": y,
                      "r": r, "size": size, "precision": rv.event.date.precision})
    marks.sort(key=lambda m: -m["w"])  # wide spans first, so points stay on top and clickable
    years = [(x_of(y), y) for y in range(int(lo), int(hi) + 1)]  # hi: the year after the last mark
    every = max(1, len(years) // 15)
    return {"marks": marks, "years": years[::every], "width": width, "height": len(lanes) * lane + 24,
            "lanes": [(t, i * lane + lane / 2) for t, i in lanes.items()], "axis": len(lanes) * lane,
            "undated": [rv for rv, s in spans if s is None], "left": left, "right": right, "today": x_of(now)}
