"""Component: the second gate before the parser. A trigger sentence is dropped when every hit in it
is one `classify` is certain to reject for a reason the text alone shows (no parse needed), so
the parser never sees it and the output is exactly what it was.

Each test below mirrors one rejection in classify.py; a test that read a parse span there is
replaced here by a test on the whole sentence that the span's text can only pass if the
sentence does (the lexicon's bodies searched without their word-boundary lookarounds).
"""
from __future__ import annotations

import re
from functools import lru_cache

from crossings.extract import places
from crossings.extract.en.classify import FOR_A_FLIGHT, OUT_OF_DOMAIN_AFTER
from crossings.extract.en.lexicon import lexicon, load
from crossings.extract.en.state import Hit, State


class Prescreen:
    """Drop the hits of sentences whose every hit classify would reject; count them."""

    name = "prescreen"

    def __call__(self, state: State) -> State:
        by_sentence: dict[int, list[Hit]] = {}
        for hit in state.hits:
            by_sentence.setdefault(hit.sentence.index, []).append(hit)
        dropped = {i for i, hits in by_sentence.items() if all(rejected(h, state.text) for h in hits)}
        state.hits = [h for h in state.hits if h.sentence.index not in dropped]
        state.prescreened = len(dropped)
        return state


def rejected(hit: Hit, text: str) -> bool:
    """True only when classify(hit) returns None whatever the parse says."""
    return (_near_out_of_domain(hit, text) or _not_a_flight(hit, text) or _unstopped_attempt(hit)
            or _not_held_abroad(hit) or _answers_nothing(hit) or _out_of_domain(hit, text))


def _near_out_of_domain(hit: Hit, text: str) -> bool:  # classify._out_of_domain, first test
    window = text[max(hit.sentence.start, hit.start - 30):min(hit.sentence.end, hit.end + 30)]
    return bool(lexicon().cues["near_trigger_out_of_domain"].search(window))


def _not_a_flight(hit: Hit, text: str) -> bool:  # classify._not_a_flight, its parse-free tests
    cues = lexicon().cues
    if hit.type == "punishment":
        return not cues["flight_words"].search(text)
    return hit.type == "repatriation" and bool(cues["voluntary_return"].search(hit.sentence.text))


def _unstopped_attempt(hit: Hit) -> bool:  # classify: an attempt verb needs a stop (_stopped)
    return hit.type == "attempted_defection" and hit.kind == "verb" and \
        not lexicon().cues["attempt_stopped"].search(hit.sentence.text)


def _not_held_abroad(hit: Hit) -> bool:  # classify._held_abroad, its sentence-wide tests
    if hit.kind != "arrest":
        return False
    cues, sentence = lexicon().cues, hit.sentence.text
    if cues["not_flight"].search(sentence):
        return True
    foreign = any(m.country not in ("KP", "KR") and m.kind != "demonym"
                  for m in places.find_places(sentence, "en") if m.country)
    return not foreign and not cues["abroad"].search(sentence)


def _answers_nothing(hit: Hit) -> bool:  # classify._answers_a_flight: people's words lie in the sentence
    sentence = hit.sentence.text
    return hit.kind == "response" and not loose("flight_words").search(sentence) \
        and not loose("kin_of_someone").search(sentence) and not FOR_A_FLIGHT.search(sentence)


def _out_of_domain(hit: Hit, text: str) -> bool:
    """classify._out_of_domain when no North Korea word is anywhere in the sentence (so none is in
    its subject, object or clause): a party after the trigger, or an out-of-domain word in a
    sentence with no Korean signal."""
    cues, sentence = lexicon().cues, hit.sentence.text
    if loose("north_korea").search(sentence):
        return False
    if OUT_OF_DOMAIN_AFTER.search(text[hit.end:min(hit.sentence.end, hit.end + 60)]):
        return True
    korean = cues["domain_signals"].search(sentence) or any(
        m.country == "KP" for m in places.find_places(sentence, "en"))
    return not korean and bool(cues["out_of_domain"].search(sentence))


@lru_cache(maxsize=None)
def loose(cue: str) -> re.Pattern[str]:
    """A cue's alternatives without the whole-word lookarounds: it matches a sentence whenever
    the strict cue matches any span of it (a span's edges may fall inside a word)."""
    return re.compile("|".join(f"(?:{p})" for p in load("cues")[cue]), re.IGNORECASE)
