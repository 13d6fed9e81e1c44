"""Whether any extractor could read a mention from a page, judged from a superset of its text.

Every mention needs its page to pass a language's domain gate first (English: en.triggers.in_domain;
Korean: a North Korea word or city, ko.extractor), and every alternative of those gates holds one
of a few words (lexicons/page_cues.yaml). A page none of whose text holds any of them gives no
mention whatever part of it a cleaner keeps, so cleaning may skip looking for its article.

The text judged is a superset given as pieces joined by NUL (text nodes, say): a word may be split
between pieces ("<b>Pyong</b>yang") or by spaces a cleaner later trims, so NUL and white space may
fall between any two of a word's letters; a piece's edge counts as a word's edge. Letters are
compared canonically decomposed, so a page written in decomposed Hangul is judged as composed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from crossings.extract.ko.places import cities_of

SEPARATOR = "\x00"
_GAP = r"[\s\x00]*"


def may_yield(text: str) -> bool:
    """False only when no extractor can find a mention in any text drawn from `text`'s pieces."""
    return bool(_cue().search(unicodedata.normalize("NFD", text)))


@lru_cache(maxsize=1)
def words() -> dict[str, list[str]]:
    """{"anywhere": [...], "whole": [...]}: the data file's words and North Korea's city names."""
    with open(Path(__file__).parent / "lexicons" / "page_cues.yaml", encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return {"anywhere": [*data["anywhere"], *cities_of("KP")], "whole": list(data["whole"])}


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    found = words()
    loose = [_spread(w) for w in found["anywhere"]]
    whole = [rf"(?<!\w){_spread(w)}(?!\w)" for w in found["whole"]]
    return re.compile("|".join(loose + whole), re.IGNORECASE)


def _spread(word: str) -> str:
    """The word's letters with a possible gap (white space, a piece's edge) between any two."""
    return _GAP.join(re.escape(ch) for ch in unicodedata.normalize("NFD", word))
