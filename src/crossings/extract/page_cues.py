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
_GAPS = re.compile(r"[\s\x00]+")



def may_yield(text: str) -> bool:
    """False only when no extractor can find a mention in any text drawn from `text`'s pieces."""
    text = _fold(unicodedata.normalize("NFD", text.replace("\u0130", "i")).lower())
    squeezed = _GAPS.sub("", text)
    anywhere, whole = _folded()
    return any(w in squeezed for w in anywhere) or any(
        w in squeezed and pattern.search(text) for w, pattern in zip(whole, _whole()))


def _fold(text: str) -> str:
    """ı and ſ as i and s: the domain cues are matched case-blind, and a case-blind regex takes
    them (and İ, replaced before decomposing: its dot would part it from the word) for i and s,
    which str.lower does not."""
    return text.replace("\u0131", "i").replace("\u017f", "s")


@lru_cache(maxsize=1)
def words() -> dict[str, list[str]]:
    """{"anywhere": [...], "whole": [...]}: the data file's words and North Korea's city names."""
    with open(Path(__file__).parent / "lexicons" / "page_cues.yaml", encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return {"anywhere": [*data["anywhere"], *cities_of("KP")], "whole": list(data["whole"])}


@lru_cache(maxsize=1)
def _folded() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words as may_yield compares them: decomposed, lower case."""
    return tuple(tuple(unicodedata.normalize("NFD", w).lower() for w in words()[key]) for key in ("anywhere", "whole"))


@lru_cache(maxsize=1)
def _whole() -> tuple[re.Pattern[str], ...]:
    """The whole words as they may stand in the folded text, a gap maybe after each letter; the
    word's edge is checked after its first letter (the regex then scans for that letter fast)."""
    return tuple(re.compile(rf"{re.escape(w[0])}(?<!\w{re.escape(w[0])}){_GAP}{_spread(w[1:])}(?!\w)")
                 for w in _folded()[1])


def _spread(word: str) -> str:
    """The word's letters with a possible gap (white space, a piece's edge) between any two."""
    return _GAP.join(re.escape(ch) for ch in unicodedata.normalize("NFD", word))
