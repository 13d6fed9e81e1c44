"""Chart geometry for inline SVG (server-side, so the pages need no JavaScript)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from crossings.trend import Quarter


@dataclass
class Bar:
    label: str
    value: int
    x: float
    y: float
    w: float
    h: float
    hot: bool = False


def bars(counts: dict[str, int], width: int = 520, row: int = 22) -> dict:
    """Horizontal bars, one row per label, longest = full width."""
    top = max(counts.values(), default=0) or 1
    rows = [Bar(k, v, 160, i * row + 3, max(1.0, (width - 210) * v / top), row - 6)
            for i, (k, v) in enumerate(counts.items())]
    return {"bars": rows, "width": width, "height": max(row, len(rows) * row)}


def quarters(series: list[Quarter], width: int = 760, height: int = 200) -> dict:
    """Vertical bars per quarter; wave quarters marked; the threshold as a stepped line."""
    n = len(series) or 1
    top = max([q.count for q in series] + [q.threshold or 0 for q in series] + [1])
    step, base = min(48.0, (width - 40) / n), height - 30
    scale = (base - 10) / top
    out, line = [], []
    for i, q in enumerate(series):
        x = 30 + i * step
        h = q.count * scale
        out.append(Bar(q.label, q.count, x + 1, base - h, max(1.0, step - 2), h, q.wave))
        if q.threshold is not None:
            y = base - q.threshold * scale
            line += [f"{x:.1f},{y:.1f}", f"{x + step:.1f},{y:.1f}"]
    every = max(1, n // 12, math.ceil(56 / step))  # at most a dozen labels, none overlapping
    labels = [(b.x + b.w / 2, b.label) for i, b in enumerate(out) if i % every == 0]
    return {"bars": out, "threshold": " ".join(line), "labels": labels, "width": width,
            "height": height, "base": base, "top": top}


def _year_fraction(value: str | None) -> float | None:
    if not value or not value[:4].isdigit():
        return None
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 6.5
    return year + (month - 1) / 12


def timeline(items: list, width: int = 900, lane: int = 34) -> dict:
    """One lane per event type, one dot per dated event along a shared year axis."""
    from crossings.codebook import book

    dated = [(rv, _year_fraction(rv.event.date.value)) for rv in items]
    xs = [x for _, x in dated if x is not None]
    lo, hi = (min(xs), max(xs)) if xs else (2000.0, 2001.0)
    lo, hi = float(int(lo)), float(int(hi) + 1)
    span = (hi - lo) or 1.0
    left, right = 150, width - 20

    def x_of(x: float) -> float:
        return round(left + (right - left) * (x - lo) / span, 1)

    lanes = {t: i for i, t in enumerate(book().event_types)}
    dots = [{"rv": rv, "x": x_of(x), "y": lanes.get(rv.event.type, 0) * lane + lane / 2}
            for rv, x in dated if x is not None]
    years = [(x_of(y), int(y)) for y in range(int(lo), int(hi) + 1)]
    every = max(1, len(years) // 15)
    return {"dots": dots, "years": years[::every], "lanes": [(t, i * lane + lane / 2) for t, i in lanes.items()],
            "width": width, "height": len(lanes) * lane + 24, "axis": len(lanes) * lane,
            "undated": [rv for rv, x in dated if x is None], "left": left, "right": right}
