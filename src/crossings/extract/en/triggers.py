"""Components: sentence split, and the cheap trigger filter that decides where the parser runs."""
from __future__ import annotations

import re

from crossings.extract import timex
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.lists import heads_a_list
from crossings.extract.en.segment import split
from crossings.extract.en.state import Hit, State
from crossings.extract.page_cues import may_yield


class Segment:
    """Split sentences; fix the date relative expressions resolve against."""

    name = "segment"

    def __call__(self, state: State) -> State:
        doc = state.document
        state.sentences = split(doc.text)
        anchor, derivation = timex.resolve_reference(doc.text, "en", doc.published.value, doc.captured)
        state.anchor = anchor
        state.anchor_is_capture = bool(derivation and "capture" in derivation)
        state.in_domain = in_domain(doc.text)
        return state


def in_domain(text: str) -> bool:
    """Whether the text speaks of North Korea, by name or by a signal ("the reclusive state"):
    TriggerFilter records no hit in a text that does not, so nothing can be extracted from it.
    A text without any page cue word (every one of these cues holds one) is settled first: the
    word search costs a third of the cues' case-blind regexes."""
    cues = lexicon().cues
    return may_yield(text) and bool(cues["north_korea"].search(text) or cues["domain_signals"].search(text))


class TriggerFilter:
    """Regex prefilter: keep sentences with a trigger, record every non-overlapping hit."""

    name = "trigger_filter"

    def __call__(self, state: State) -> State:
        if not state.in_domain:
            return state
        lex = lexicon()
        for sent in state.sentences:
            flat = sent.text.replace("\n", " ")  # a hard-wrapped line ("crossed the heavily\nfortified border")
            if not lex.prefilter.search(flat):
                state.hits.extend(_list_head(state, sent))
                continue
            found = [
                Hit(p.type, p.kind, sent.start + m.start(), sent.start + m.end(), sent)
                for p in lex.triggers
                for m in p.regex.finditer(flat)
            ]
            hits = [h for h in _drop_overlaps(found) if not _plural_agent(h, state.text)]
            if not hits:
                hits = _list_head(state, sent)
            if all(h.kind in NOMINAL for h in hits) and not SPECIFIC.search(sent.text[1:]):
                continue  # a bare "the defection": nothing it could open, not worth a parse
            state.hits.extend(hits)
        return state


# Kinds of trigger that name a happening rather than tell it ("the defection", "defectors"): alone,
# with no name, place or number near, they open nothing. Verbs of every kind (a sanction, an
# arrest, a return) tell one whatever else the sentence holds.
NOMINAL = frozenset({"noun", "person"})


def _list_head(state: State, sent) -> list[Hit]:
    """TR-LIST: a bare word of ending that heads a list of missions ("Closed since May 2025:" over
    list lines, "Lima, in Peru, closed in 2024; Mexico City in October 2025; ...") is the closure
    trigger of each item (fields._closures gives each item its own reading)."""
    head = heads_a_list(state.sentences, sent.index)
    if head is None:
        return []
    return [Hit("mission_closure", "verb", sent.start + head.start(), sent.start + head.end(), sent)]


# What a nominal trigger needs near it to open a happening: a name, a place, a number.
SPECIFIC = re.compile(r"\b[A-Z][a-z]|\d")


def _plural_agent(hit: Hit, text: str) -> bool:
    """ "defectors" can never open a happening (a group noun, or a statistic), so its sentence
    need not be parsed for it."""
    return hit.kind == "person" and text[hit.end - 1:hit.end].lower() == "s"


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Where hits overlap the longest wins ("attempted to defect" over "defect")."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)
