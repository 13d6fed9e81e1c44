"""Component: an earlier happening the text only measures the news by ("the first such crossing
since last summer", "the first defection of its kind since 2019") is a background mention of its
own (codebook: "Statements that an event happened 'for the first time since November 2019' refer
to that earlier event as a background mention"), even though no trigger tells it.

Where a trigger sentence was parsed, the frame is read from the parse, however far the ordinal
stands from its "since" ("He is the first North Korean diplomat posted in Prague known to have
defected since 2009", "the first envoy to defect since Thae Yong-ho in 2016": dated, or named, by
the since-phrase); elsewhere from the words ("for the first time since July 2017").
"""
from __future__ import annotations

import re

from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.extract import timex
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import Reading, State

# The types a "first ... since" can point back to: the kind of happening the article tells.
PRIOR_TYPES = ("defection", "attempted_defection", "repatriation", "mission_closure", "recall")


class PriorMentions:
    """After merge: one background mention per "the first ... since <date>"."""

    name = "prior_mentions"

    def __call__(self, state: State) -> State:
        parsed = earlier_happenings(state)
        for prior in parsed:
            if not _known(state, prior):
                state.mentions.append(prior)
        main = next((m for m in state.mentions if m.type in PRIOR_TYPES and not m.background), None)
        if main is None:
            return state
        told = {int(e.start) for m in parsed for e in m.evidence if e.field == "date"}
        for sent in state.sentences:
            if any(sent.start <= t < sent.end for t in told):
                continue  # the parse read this sentence's frame
            for m in lexicon().cues["prior_reference"].finditer(sent.text):
                prior = _prior(state, sent, m, main.type)
                if prior is not None and not _known(state, prior):
                    state.mentions.append(prior)
        return state


def _prior(state: State, sent, match, kind: str) -> Mention | None:
    """The mention for one "first ... since": dated by the expression right after "since"."""
    found = timex.find_dates(sent.text, "en", state.anchor, state.anchor_is_capture)
    when = next((t for t in found if t.value and 0 <= t.start - match.end() <= 2), None)
    if when is None:
        return None
    prior = Mention(doc=state.document.id, type=kind, status="reported", background=True,
                    date=When(when.value, when.precision, when.derivation))
    start, end = sent.start + match.start(), sent.start + match.end()
    prior.evidence.append(Evidence("type", start, end, state.text[start:end]))
    prior.evidence.append(Evidence("status", start, end, state.text[start:end]))
    d0 = sent.start + when.start
    prior.evidence.append(Evidence("date", d0, d0 + len(when.text), state.text[d0:d0 + len(when.text)]))
    return prior


def _known(state: State, prior: Mention) -> bool:
    """The earlier happening is already told ("since Thae defected in 2016"): no second mention."""
    return any(m.type == prior.type and m.date.value and prior.date.value
               and m.date.value[:7] == prior.date.value[:7] for m in state.mentions)


IN_YEAR = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19[5-9]\d|20\d\d)\b")  # "since Thae Yong-ho in 2016"
REACH = 6  # steps up from the trigger to the noun the ordinal qualifies ("the first diplomat ... known to have defected")
FRAME_LINKS = ("xcomp", "acl", "relcl", "ccomp", "attr", "pobj", "prep", "conj")


def earlier_happenings(state: State) -> list[Mention]:
    """One background mention per trigger told as the first of its kind since a dated or named one
    (the trigger itself may be one classify set aside: "the first envoy to defect since 2016")."""
    from crossings.extract.en.classify import trigger_token
    read = {r.hit.start: r for r in state.readings}
    out: list[Mention] = []
    for hit in state.hits:
        parsed = state.parsed.get(hit.sentence.index)
        token = trigger_token(hit, parsed) if parsed is not None else None
        since = _first_since(token)
        if since is None:
            continue
        mention = _earlier(hit, token, read.get(hit.start), since, state)
        if mention is not None and not any(_same(mention, m) for m in out):
            out.append(mention)
    return out


def _same(a: Mention, b: Mention) -> bool:
    return a.type == b.type and a.date.value == b.date.value and \
        [s.name for s in a.subjects] == [s.name for s in b.subjects]


def _frame(t) -> list:
    """The trigger and the words above it up to the noun an ordinal may qualify."""
    chain = [t]
    while len(chain) <= REACH and chain[-1].head.i != chain[-1].i and chain[-1].dep_ in FRAME_LINKS:
        chain.append(chain[-1].head)
    return chain


def _first_since(t):
    """The "since" phrase of a first-of-its-kind frame around the trigger token, or None."""
    if t is None:
        return None
    chain = _frame(t)
    if not any(c.dep_ == "amod" and c.lower_ == "first" for a in chain for c in a.children):
        return None
    return next((c for a in chain for c in a.children if c.dep_ == "prep" and c.lower_ == "since"), None)


def _earlier(hit, token, r: Reading | None, since, state: State) -> Mention | None:
    """The earlier happening the since-phrase names: dated by the date in it, or named by the
    person in it; "since the war", "since official ties were established" name no one happening."""
    lo, hi = since.idx, since.right_edge.idx + len(since.right_edge)
    follow = IN_YEAR.match(since.doc.text, hi)
    hi = follow.end() if follow is not None else hi
    found = timex.find_dates(hit.sentence.text, "en", state.anchor, state.anchor_is_capture)
    when = next((t for t in found if t.value and lo <= t.start < hi), None)
    person = next((e for e in since.doc.ents if e.label_ == "PERSON" and lo <= e.start_char < hi), None)
    if when is None and person is None:
        return None
    principal = next((s for s in r.mention.subjects if s.role != "family_member"), None) if r else None
    subject = Subject(name=person.text if person is not None else None,
                      role=principal.role if principal else _role_counted(token))
    origin = Place(country=r.mention.origin.country, region=r.mention.origin.region) if r else Place()
    prior = Mention(doc=state.document.id, type=hit.type, status="reported", background=True, origin=origin,
                    subjects=[subject], date=When(when.value, when.precision, when.derivation) if when else When())
    base = hit.sentence.start
    prior.evidence.append(Evidence("type", hit.start, hit.end, state.text[hit.start:hit.end]))
    prior.evidence.append(Evidence("date", base + lo, base + hi, state.text[base + lo:base + hi]))
    return prior


def _role_counted(token) -> str | None:
    """The role of the noun the ordinal qualifies ("the first North Korean envoy to defect")."""
    from crossings.extract.en.roles import role_of
    for a in _frame(token):
        if a.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "first" for c in a.children):
            return role_of(a.text)
    return None
