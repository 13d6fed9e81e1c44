"""Component: how the happenings a sentence tells relate, read through the parse.

A flight that the same sentence says was cut short is no defection: "Three North Koreans who had
fled through China were arrested in a Vietnamese town on Monday", "the couple fled but was caught
at the river". The codebook makes it an attempted defection (escapees arrested before they reach
refuge), whose origin is where the people lived or were posted, never where they were caught, and
which has no destination. The capture verb's place and the flight's claimed goal go.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from crossings.events import Evidence, Place
from crossings.extract import places
from crossings.extract.en.bind import governor, token_at
from crossings.extract.en.scope import dominates
from crossings.extract.en.state import ACTS_ON_PEOPLE, Reading, State

POSTED = {"diplomat", "trade_official", "overseas_worker", "restaurant_worker", "official"}
CAPTURE = {"arrest", "catch", "detain", "capture", "apprehend", "intercept", "seize", "nab", "round"}
NORTH = re.compile(r"\bNorth Korean?s?\b|\bthe North\b")


class Relations:
    name = "relations"

    def __call__(self, state: State) -> State:
        kept = []
        for r in state.readings:
            if r.hit.type == "defection" and r.token is not None:
                if _presupposed(r, state):
                    continue
                capture = _caught(r)
                if capture is not None:
                    _as_attempt(r, capture, state)
            elif r.hit.type == "attempted_defection" and r.token is not None and r.token.lemma_ in CAPTURE:
                _where_they_left(r, r.token, state)  # "arrested in a Lao town": caught there, not from
            kept.append(r)
        state.readings = kept
        _sent_back(state)
        return state


RETURNED = ("repatriation", "attempted_defection")


def _sent_back(state: State) -> None:
    """Document level (MG/GT-HYPO): a flight whose people the same article has caught or sent back,
    and which reached no refuge, was cut short (codebook: people who fled, were caught and were sent back
    made an attempted defection, and the return is its own event)."""
    returned = [o for o in state.readings if o.hit.type in RETURNED and o.strong]
    for r in state.readings:
        if r.hit.type != "defection" or r.token is None or r.mention.destination == "KR":
            continue
        if any(_same_people(r, o) for o in returned):
            r.hit.type = r.mention.type = "attempted_defection"
            r.mention.destination = None
            r.mention.evidence = [e for e in r.mention.evidence if e.field != "destination"]


def _same_people(r: Reading, o: Reading) -> bool:
    """Two readings speak of one group: a shared name when both name people; else the later one
    points back ("the family", "they") or both name the same kind of people ("the refugees")."""
    mine = {s.name for s in r.mention.subjects if s.name}
    theirs = {s.name for s in o.mention.subjects if s.name}
    if mine and theirs:
        return bool(mine & theirs)
    if r.subject is None or o.subject is None:
        return False
    later = o if o.hit.start > r.hit.start else r
    return later.anaphoric or r.subject.root.lemma_.lower() == o.subject.root.lemma_.lower()




def _presupposed(r: Reading, state: State) -> bool:
    """ "China deported nine North Koreans who had fled through Laos", "executed four citizens
    who fled": a flight told only to describe the people another happening of the sentence acts
    on is that happening's background, not a happening of its own (GT-HYPO)."""
    token = r.token
    if token.dep_ not in ("relcl", "acl") or token.head.i == token.i or r.mention.destination == "KR":
        return False  # (people who reached the South and were sent back defected: the codebook)
    people = token.head
    for o in state.readings:
        if o is r or o.hit.sentence is not r.hit.sentence or o.hit.type not in ACTS_ON_PEOPLE or o.token is None:
            continue
        verb = o.token
        if any(c.i == people.i and c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
            return True
    return False


def _captures(doc):
    return [t for t in doc if t.lemma_ in CAPTURE and t.pos_ == "VERB"]


def _patient(verb):
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        return passive[0]
    if any(c.dep_ == "nsubj" for c in verb.children):
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return None


def _caught(r: Reading):
    """The capture verb that cuts the reading's flight short, if the sentence has one: the flight
    told in a relative clause on the people captured, or joined to the capture with the same
    people ("fled but were caught", "were caught after fleeing")."""
    token = r.token
    for verb in _captures(token.doc):
        if verb.i == token.i:
            continue
        patient = _patient(verb)
        if patient is not None and token.dep_ in ("relcl", "acl") and token.head.i == patient.i:
            return verb  # "North Koreans who had fled ... were arrested"
        subject = r.subject.root if r.subject is not None else None
        if patient is not None and subject is not None and subject.i == patient.i:
            return verb
        if token.dep_ == "conj" and token.head.i == verb.i or verb.dep_ == "conj" and verb.head.i == token.i:
            if not _own_subject(verb if verb.dep_ == "conj" else token):
                return verb  # "fled but were caught": one subject for both
        if dominates(verb, token) and token.dep_ in ("pcomp", "advcl") and not _own_subject(token):
            return verb  # "were caught after fleeing", "caught while fleeing"
        if _through_phrases(token, verb):
            return verb  # "in the midst of their escape, nine were caught", "caught during the escape"
    return None


def _through_phrases(token, verb) -> bool:
    """The flight is told in a prepositional phrase on the capture itself: nothing but
    prepositions and their objects between them."""
    t = token
    for _ in range(6):
        if t.dep_ not in ("pobj", "prep", "pcomp") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == verb.i:
            return True
    return False


def _own_subject(token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _as_attempt(r: Reading, capture, state: State) -> None:
    r.hit.type = r.mention.type = "attempted_defection"
    _where_they_left(r, capture, state)


def _where_they_left(r: Reading, capture, state: State) -> None:
    """Origin and destination of people caught on the way: where they left, never where they were
    caught (codebook: civilians caught abroad left the North); no destination reached."""
    m = r.mention
    m.destination = None
    sent = r.hit.sentence
    origin = [e for e in m.evidence if e.field == "origin" and sent.start <= e.start < sent.end]
    caught_there = any(_governed_by(capture, e.start - sent.start) for e in origin)
    posted = any(s.role in POSTED for s in m.subjects)  # a worker posted in Russia left Russia
    if caught_there or not m.origin.country or not posted:
        m.origin = Place()
        keep = [e for e in m.evidence if e.field not in ("origin", "destination")]
        north = NORTH.search(sent.text)
        if north is not None:  # civilians caught abroad left the North (codebook)
            m.origin = replace(_the_north())
            start = sent.start + north.start()
            keep.append(Evidence("origin", start, sent.start + north.end(), state.text[start:sent.start + north.end()]))
        m.evidence = keep
    else:
        m.evidence = [e for e in m.evidence if e.field != "destination"]


def _governed_by(verb, offset: int) -> bool:
    """The place hangs on the capture verb ("arrested in a Vietnamese town"), not on the flight."""
    arg = token_at(verb.doc, offset)
    gov = governor(arg, {verb.i}) if arg is not None else None
    return gov is not None and gov.i == verb.i


@cache
def _the_north() -> Place:
    found = places.find_places("North Korea", "en")
    return places.to_place(found[0]) if found else Place(country="KP")
