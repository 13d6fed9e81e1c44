"""kiwipiepy, loaded once per process: proper nouns (NNP) of the sentences that carry a trigger.

Only trigger sentences are analysed; the model takes seconds to load and most text carries no
event. Well-known names are added to the user dictionary so that they come out whole.
"""
from __future__ import annotations

from functools import lru_cache

from crossings.extract.ko.romanize import figures


@lru_cache(maxsize=1)
def kiwi():
    from kiwipiepy import Kiwi

    analyser = Kiwi()
    for name in figures():
        analyser.add_user_word(name, "NNP", 0.0)
    return analyser


@lru_cache(maxsize=4096)
def proper_nouns(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets, within `sentence`, of its NNP tokens."""
    return tuple((t.start, t.start + t.len) for t in kiwi().tokenize(sentence) if t.tag == "NNP")
