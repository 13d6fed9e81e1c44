"""Korean personal names across romanisations: one key for Thae Yong-ho, Tae Yong Ho, Taeyongho, 태영호.

A name key is the canonical surname plus the consonant skeleton of the given name. Skeletons fold
the vowel and voicing noise that separates McCune-Reischauer, Revised Romanization and ad-hoc
press spellings (Hyon/Hyun/Hyeon, Song/Seong, Kyu/Gyu, Chol/Cheol), while surnames, whose spellings
drift further (Ri/Lee/Yi, Park/Pak, Choe/Choi), go through an explicit table (names.yaml).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = yaml.safe_load((Path(__file__).with_name("names.yaml")).read_text(encoding="utf-8"))

SURNAMES: dict[str, str] = {}
for _canon, _spellings in _DATA["surnames"].items():
    for _s in [_canon, *_spellings]:
        SURNAMES.setdefault(_s, _canon)
DOUBLE_SURNAMES = frozenset(_DATA["double_surnames"])
NAME_CHANGE = [re.compile(p) for p in _DATA["name_change_patterns"]]
NOT_PERSON = frozenset(_DATA["not_person_words"])
W_SOUND_MIN = 3  # consonants a given name needs before its sound alone may link two names

# Revised Romanization of Hangul jamo (initial, medial, final), in Unicode order.
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SKELETON_RULES = (("ch", "j"), ("th", "t"), ("sh", "s"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"))


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text or ""))


def romanise_syllable(ch: str) -> str:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return ""
    ini, med, fin = code // 588, (code % 588) // 28, code % 28
    parts = (_INITIALS[ini], _MEDIALS[med], _FINALS[fin] if fin else "-")
    return "".join(p for p in parts if p != "-")


def romanise(hangul: str) -> str:
    """Revised Romanization of each syllable, joined (no sound-change rules: keys need no more)."""
    return "".join(romanise_syllable(ch) for ch in hangul)


def fold(text: str) -> str:
    """Lower-case ASCII letters only: accents, spaces, hyphens and apostrophes go."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)


def skeleton(given: str) -> str:
    """Consonant skeleton of a romanised given name; vowels and voicing differences vanish."""
    s = fold(given)
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyw]", "", s)
    return re.sub(r"(.)\1+", r"\1", s) or "v" + fold(given)


@lru_cache(maxsize=200_000)
def split_name(name: str) -> tuple[str | None, str]:
    """(canonical surname or None, given name folded) for a Korean name in any script or order."""
    if has_hangul(name):
        return _split_hangul("".join(_HANGUL.findall(name)))
    tokens = [t for t in re.split(r"\s+", name.strip()) if fold(t)]
    if not tokens:
        return None, ""
    if len(tokens) == 1:
        return _split_run(fold(tokens[0]))
    first, last = fold(tokens[0]), fold(tokens[-1])
    if first not in SURNAMES:  # "Meet Ko Young-hwan": words before the surname are not the name
        starts = [i for i, t in enumerate(tokens[1:-1], 1) if fold(t) in SURNAMES]
        if starts:
            tokens = tokens[starts[0]:]
            first = fold(tokens[0])
    if first in SURNAMES:
        return SURNAMES[first], "".join(fold(t) for t in tokens[1:])
    if last in SURNAMES and "-" in tokens[0]:  # Western order: "Yong-ho Thae"
        return SURNAMES[last], "".join(fold(t) for t in tokens[:-1])
    return first, "".join(fold(t) for t in tokens[1:])


def _split_hangul(hangul: str) -> tuple[str | None, str]:
    if len(hangul) < 2:
        return (SURNAMES.get(romanise(hangul)), "") if hangul else (None, "")
    cut = 2 if hangul[:2] in DOUBLE_SURNAMES and len(hangul) > 3 else 1
    sur = romanise(hangul[:cut])
    return SURNAMES.get(sur, sur), romanise(hangul[cut:])


def _split_run(run: str) -> tuple[str | None, str]:
    """One token: a bare surname ("Thae"), or surname and given name written solid ("Taeyongho")."""
    if run in SURNAMES:
        return SURNAMES[run], ""
    for size in range(min(5, len(run) - 2), 0, -1):
        if run[:size] in SURNAMES:
            return SURNAMES[run[:size]], run[size:]
    return None, run


@lru_cache(maxsize=200_000)
def looks_like_person(name: str | None) -> bool:
    """False for what cannot be a Korean person's name: a word like "Ilbo" or "Embassy", or one
    romanised word that is no surname ("Amur")."""
    if not name or has_hangul(name):
        return bool(name)
    words = [fold(w) for w in re.split(r"[\s\-]+", name) if fold(w)]
    if not words or any(w in NOT_PERSON for w in words):
        return False
    return len(words) > 1 or split_name(name)[0] is not None


def sound_key(name: str | None) -> str | None:
    """The consonant skeleton of a whole name, surname included: the looser sameness under which
    Jang, Chang and Jong Song-gil sound alike (a romanisation, or a mishearing, of one name).
    None for a bare surname or a given name too short to tell people apart."""
    if not name:
        return None
    surname, given = split_name(name)
    if not given or len(skeleton(given)) < W_SOUND_MIN:
        return None
    return skeleton(surname or "") + "|" + skeleton(given)


def name_key(name: str | None) -> str | None:
    """The identity key of a full name, or None for a bare surname or an empty name."""
    if not name:
        return None
    surname, given = split_name(name)
    if not given:
        return None
    return f"{surname or '?'}|{skeleton(given)}"


def surname_of(name: str | None) -> str | None:
    """The canonical surname of a name, full or bare."""
    return split_name(name)[0] if name else None


def renamed_to(text: str | None) -> list[str]:
    """New names that a sentence records ("later changed his name to ...")."""
    if not text:
        return []
    return [m.group("name") for p in NAME_CHANGE for m in p.finditer(text)]
