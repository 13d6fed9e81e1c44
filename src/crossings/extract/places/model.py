"""PlaceMatch: a place name found in a text, and its conversion to the codebook's Place."""
from __future__ import annotations

from dataclasses import dataclass

from crossings.events import Place
from crossings.extract.places.gazetteer import PlaceInfo


@dataclass(frozen=True)
class PlaceMatch:
    start: int  # half-open offsets into the string passed to find_places
    end: int
    text: str
    kind: str  # city / country / region / demonym
    city: str | None
    country: str | None  # ISO 3166 alpha-2
    region: str | None
    lat: float | None
    lon: float | None

    @classmethod
    def at(cls, text: str, start: int, end: int, info: PlaceInfo) -> "PlaceMatch":
        return cls(start, end, text[start:end], info.kind, info.city, info.country,
                   info.region, info.lat, info.lon)


def to_place(m: PlaceMatch) -> Place:
    """The codebook Place of a match; a demonym gives its country at country precision."""
    precision = "country" if m.kind == "demonym" else m.kind
    return Place(city=m.city, country=m.country, region=m.region, lat=m.lat, lon=m.lon,
                 precision=precision)
