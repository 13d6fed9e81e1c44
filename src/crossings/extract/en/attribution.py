"""Component: on whose word a happening is told: status (confirmed / reported / unconfirmed /
denied) from attribution and hedging, and the sources credited."""
from __future__ import annotations

import re

from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import Reading, State
from crossings.extract.merge import STATUS_RANK

class Attribution:
    """Status (confirmed / reported / unconfirmed / denied) and the sources credited."""

    name = "attribution"

    def __call__(self, state: State) -> State:
        for r in state.readings:
            attribute(r, r.hit.sentence, state, default=True)
        return state


def attribute(r: Reading, sent, state: State, default: bool) -> None:
    """Read status and sources off one sentence into r (a later, stronger status wins in merge)."""
    lex = lexicon()
    text = sent.text
    sources = _sources(text, lex)
    for name, (start, end) in sources:
        if name not in r.mention.sources:
            r.mention.sources.append(name)
            r.cite("sources", sent.start + start, sent.start + end, state.text)
    status, span = _status(text, lex, sources)
    if status is None and default:
        status, span = "reported", (r.hit.start - sent.start, r.hit.end - sent.start)
    if status is not None:
        if STATUS_RANK.get(status, 0) >= STATUS_RANK.get(r.mention.status or "", 0):
            r.mention.status = status
            r.cite("status", sent.start + span[0], sent.start + span[1], state.text)


def _sources(text: str, lex) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for name, pattern in (*lex.official, *lex.media):
        m = pattern.search(text)
        if m:
            out.append((name, (m.start(), m.end())))
    return out


def _status(text: str, lex, sources) -> tuple[str | None, tuple[int, int]]:
    for status in ("denied", "unconfirmed"):
        m = lex.cues[status].search(text)
        if m:
            return status, (m.start(), m.end())
    official = {n for n, _ in lex.official}
    has_official = any(n in official for n, _ in sources)
    has_media = any(n not in official for n, _ in sources) or re.search(r"\baccording to (?:a |the )?(?:report|media|local media)", text, re.I)
    m = lex.cues["confirmed"].search(text)
    if m and has_official:  # an official on record, even when an outlet relays it
        return "confirmed", (m.start(), m.end())
    if has_official and not has_media and re.search(r"\b(?:said|says|told|announced|stated)\b", text):
        name, span = next((n, s) for n, s in sources if n in official)
        return "confirmed", span
    for name, (start, end) in sources:  # "according to Seoul's unification ministry"
        if name in official and re.search(r"\baccording to\s+(?:\S+\s+){0,3}$", text[max(0, start - 40):start], re.I):
            return "confirmed", (start, end)
    m = lex.cues["reported"].search(text)
    if m:
        return "reported", (m.start(), m.end())
    return None, (0, 0)
