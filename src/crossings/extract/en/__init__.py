"""English extraction: a chain of components over one clean Document.

    segment -> trigger filter (regex; the parser only sees trigger sentences) -> parse ->
    classify (type; negation, prediction, generic, aggregate, out-of-domain) -> subjects ->
    places -> dates -> attribution (status, sources) -> chains -> merge

Each component is a small callable on the shared `State`; `CHAIN` may be rebuilt with any
link replaced (for instance by a learned classifier) without touching the others.
"""
from __future__ import annotations

from crossings.document import Document
from crossings.events import Mention
from crossings.extract.en.chains import Chains
from crossings.extract.en.classify import Classify, Parse
from crossings.extract.en.fields import Attribution, Dates, Places
from crossings.extract.en.state import State
from crossings.extract.en.subjects import Subjects
from crossings.extract.en.triggers import Segment, TriggerFilter
from crossings.extract.merge import Candidate, merge_candidates
from crossings.extract.pipeline import run_chain


class Merge:
    """Readings -> one Mention per happening (crossings.extract.merge, shared with Korean)."""

    name = "merge"

    def __call__(self, state: State) -> State:
        candidates = [
            Candidate(r.mention, order=r.hit.start, strong=r.strong, anaphoric=r.anaphoric,
                      region_countries=r.region_countries)
            for r in state.readings
        ]
        state.mentions = merge_candidates(candidates)
        _mark_background(state)
        return state


def _mark_background(state: State) -> None:
    """A happening dated before the year of the anchor and not the article's main one is a
    mention in passing."""
    if not state.mentions:
        return
    main = max(state.mentions, key=lambda m: len(m.evidence))
    year = (state.anchor or "")[:4]
    for m in state.mentions:
        m.background = m is not main and bool(year and m.date.value and m.date.value[:4] < year)


CHAIN = (Segment(), TriggerFilter(), Parse(), Classify(), Subjects(), Places(), Dates(),
         Attribution(), Chains(), Merge())


def extract_english(doc: Document) -> list[Mention]:
    return run_chain(CHAIN, State(document=doc)).mentions


__all__ = ["CHAIN", "State", "extract_english"]
