"""Places in a stretch of Korean text: the shared gazetteer (extract.places) plus the few words
it does not know (lexicons/ko/places.yaml), as offsets into the document text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crossings.extract.ko.lexicon import load
from crossings.extract.places import find_places, region_of
from crossings.extract.places.korean import table

_HANGUL = re.compile(r"[가-힣]")


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    text: str
    city: str | None
    country: str | None
    region: str | None


@lru_cache(maxsize=1)
def _extra() -> list[tuple[str, re.Pattern[str], str, str | None]]:
    data = load("places.yaml")
    out = []
    for word, (country, city) in data["abbreviations"].items():
        out.append((word, re.compile(re.escape(word)), country, city))
    for word, (country, city) in data["words"].items():
        # a Hangul word must stand alone or before a particle/space, not inside another word
        # (주잠비아 = "posted to Zambia" takes the posting prefix the gazetteer folds in too)
        out.append((word, re.compile(rf"(?<![가-힣])(?:주\s?)?{re.escape(word)}(?=\s|[의에은는이가와과도로을를서등]|$)"),
                    country, city))
    return out


def places_in(text: str, start: int, end: int) -> list[PlaceHit]:
    chunk = text[start:end]
    hits = [PlaceHit(start + m.start, start + m.end, m.text, m.city, m.country, m.region)
            for m in find_places(chunk, "ko") if m.kind != "demonym"]
    taken = [(h.start, h.end) for h in hits]
    for word, pattern, country, city in _extra():
        if word not in chunk:  # every pattern holds its word verbatim: a substring test skips most
            continue
        for m in pattern.finditer(chunk):
            s, e = start + m.start(), start + m.end()
            if not any(a < e and s < b for a, b in taken):
                hits.append(PlaceHit(s, e, m.group(), city, country, region_for(country)))
                taken.append((s, e))
    return sorted(hits, key=lambda h: h.start)


@lru_cache(maxsize=None)
def cities_of(country: str) -> tuple[str, ...]:
    """Every name (the gazetteer's or places.yaml's) places_in can read as a city of `country`,
    longest first."""
    names = {n for n, info in table().items() if info.country == country and info.city}
    names |= {word for word, _, c, city in _extra() if c == country and city}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=None)
def city_names(country: str) -> re.Pattern[str]:
    """Those names as one pattern: a stretch holding none of them has no such city, so the scan
    (the costliest step of a Korean page that is out of domain) can be skipped without changing
    any answer."""
    return re.compile("|".join(map(re.escape, cities_of(country))) or "(?!)")


def region_for(country: str | None) -> str | None:
    return region_of(country) if country else None
