"""kiwipiepy, loaded once per process: proper nouns (NNP) of the sentences that carry a trigger,
and the morphemes of sentences that may carry a trigger read on lemmas (triggers.py).

Only those sentences are analysed; the model takes seconds to load and most text carries no
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


@lru_cache(maxsize=4096)
def morphemes(sentence: str) -> tuple[tuple[str, str, int, int], ...]:
    """(form, tag, start, end) of each morpheme of `sentence`, offsets within it; a verb's form
    is its base (돌려보낸 -> 돌려보내/VV + ᆫ/ETM, both spanning the written syllables)."""
    return tuple((t.form, t.tag, t.start, t.start + t.len) for t in kiwi().tokenize(sentence))


@lru_cache(maxsize=4096)
def looks_like_name(word: str) -> bool:
    """Whether the analyser reads `word` as a person's name when it stands before 씨 ("Mr"):
    김철민 씨 -> 김/NNP, but 고위급 씨 -> 고위급/NNG (a common noun before a title)."""
    tokens = kiwi().tokenize(f"{word} 씨")
    return bool(tokens) and tokens[0].tag == "NNP" and tokens[0].start == 0
