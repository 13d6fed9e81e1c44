"""Korean place names, found by substring inside Hangul words (러시아에서, 중국으로, 주쿠바).

A name must start at a word boundary, so 탈북한 ("who defected") is not 북한; names that are
also common words (`strict` in korean.yaml) must end at one or before a particle too.
"""
from __future__ import annotations

from functools import lru_cache

from crossings.extract.places.gazetteer import NO_PLACE, PlaceInfo, curated, ko_prefixed, load_yaml
from crossings.extract.places.model import PlaceMatch


def is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


@lru_cache(maxsize=1)
def rules() -> dict:
    return load_yaml("korean.yaml")


@lru_cache(maxsize=1)
def _strict() -> frozenset[str]:
    return frozenset(rules()["strict"])


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(["", *rules()["particles"]])


@lru_cache(maxsize=1)
def table() -> dict[str, PlaceInfo]:
    out = curated("ko")
    out.update(ko_prefixed())
    out.update({name: NO_PLACE for name in rules()["not_places"]})
    return out


@lru_cache(maxsize=1)
def _lengths() -> dict[str, list[int]]:
    """First character -> the lengths of the names starting with it, longest first."""
    out: dict[str, set[int]] = {}
    for name in table():
        out.setdefault(name[0], set()).add(len(name))
    return {ch: sorted(ns, reverse=True) for ch, ns in out.items()}


def _left_ok(text: str, i: int) -> bool:
    return i == 0 or not (is_hangul(text[i - 1]) or text[i - 1].isalnum())


def _right_ok(text: str, end: int, name: str | None = None) -> bool:
    """The Hangul run after a strict name must be empty or a particle (or, for the names in
    strict_suffixes, one of their own suffixes)."""
    run = _hangul_run(text, end)
    own = rules().get("strict_suffixes", {}).get(name)
    if own is None:
        return run in _particles()
    if run:
        return run in own
    after = end + len(text[end:]) - len(text[end:].lstrip(" "))
    word = _hangul_run(text, after)
    return after == end or not word or any(word.startswith(w) for w in own)


def _hangul_run(text: str, i: int) -> str:
    j = i
    while j < len(text) and is_hangul(text[j]):
        j += 1
    return text[i:j]


def is_hanja(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _name_at(text: str, i: int) -> tuple[int, PlaceInfo] | None:
    names = table()
    for n in _lengths().get(text[i:i + 1], ()):
        name = text[i:i + n]
        info = names.get(name) if len(name) == n else None
        if info is None or (name in _strict() and not _right_ok(text, i + n, name)):
            continue
        if is_hanja(name[-1]) and is_hanja(text[i + n:i + n + 1] or " "):
            continue  # 中 is China, but not inside 中東
        return i + n, info
    return None


def _match_at(text: str, i: int) -> tuple[int, int, PlaceInfo] | None:
    """A name at i, or 주+name (posting prefix) at i; extended by 주재 or the nationality 인."""
    prefix = rules()["posting_prefix"]
    hit = _name_at(text, i)
    if hit is None and text.startswith(prefix, i):
        hit = _name_at(text, i + len(prefix))
    if hit is None:
        return None
    end, info = _extend(text, *hit)
    return i, end, info


def _extend(text: str, end: int, info: PlaceInfo) -> tuple[int, PlaceInfo]:
    for suffix in rules()["posting_suffixes"]:
        if text.startswith(suffix, end):
            return end + len(suffix), info
    nat = rules()["nationality_suffix"]
    if info.kind == "country" and text.startswith(nat, end) and _right_ok(text, end + len(nat)):
        return end + len(nat), PlaceInfo("demonym", None, info.country, None, info.lat, info.lon)
    return end, info


def find_korean(text: str) -> list[PlaceMatch]:
    found: list[PlaceMatch] = []
    i = 0
    while i < len(text):
        hit = _match_at(text, i) if _left_ok(text, i) else None
        if hit is None:
            i += 1
            continue
        start, end, info = hit
        if info is not NO_PLACE and not text.startswith(rules()["dateline_mark"], end):
            found.append(PlaceMatch.at(text, start, end, info))
        i = end
    return found
