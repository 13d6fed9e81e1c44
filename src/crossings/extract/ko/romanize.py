"""Hangul personal names -> the romanisation the English press uses for North Korean names.

A general syllable romaniser (McCune-Reischauer without diacritics, North Korean surname
conventions: 리 -> Ri, 류 -> Ryu, 최 -> Choe) plus a small table of well-known people whose
established spelling wins (태영호 -> "Thae Yong-ho"). The result is "Surname Given-name", the
form score.py and fusion compare by consonant skeleton.
"""
from __future__ import annotations

from functools import lru_cache

from crossings.extract.ko.lexicon import load

_INITIALS = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"]
# between voiced sounds MR writes plain stops voiced: Song-gil, Yong-ho (not Song-kil)
_VOICED = {"k": "g", "t": "d", "p": "b"}
_MEDIALS = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "u", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
           "t", "ng", "t", "t", "k", "t", "p", "t"]
_BASE, _LAST = 0xAC00, 0xD7A3


def is_hangul_name(text: str) -> bool:
    return 2 <= len(text) <= 4 and all(_BASE <= ord(ch) <= _LAST for ch in text)


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - _BASE
    return code // 588, (code % 588) // 28, code % 28


def romanize_syllable(syllable: str, after_voiced: bool) -> str:
    """One syllable; `after_voiced` voices a plain initial stop (after a vowel, n, m, ng, l)."""
    ini, med, fin = _jamo(syllable)
    onset = _INITIALS[ini]
    if after_voiced and onset in _VOICED:
        onset = _VOICED[onset]
    return onset + _MEDIALS[med] + _FINALS[fin]


def romanize_given(given: str) -> str:
    """A given name: syllables joined by a hyphen, the first capitalised ("성길" -> "Song-gil")."""
    parts: list[str] = []
    voiced = False
    for ch in given:
        parts.append(romanize_syllable(ch, voiced))
        voiced = _jamo(ch)[2] in (0, 4, 8, 16, 21)  # no final, ㄴ, ㄹ, ㅁ, ㅇ
    return "-".join(parts).capitalize()


@lru_cache(maxsize=1)
def surnames() -> dict[str, str]:
    return load("surnames.yaml")


@lru_cache(maxsize=1)
def figures() -> dict[str, dict]:
    return load("figures.yaml")


def romanize_name(hangul: str) -> str:
    """A full Hangul name in the English press's spelling: the figures table, else the rules."""
    known = figures().get(hangul)
    if known:
        return known["name"]
    surname, given = hangul[0], hangul[1:]
    family = surnames().get(surname) or romanize_syllable(surname, False).capitalize()
    return f"{family} {romanize_given(given)}" if given else family


def known_defector(hangul: str) -> bool:
    return bool((figures().get(hangul) or {}).get("defected"))
