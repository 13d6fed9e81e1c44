"""The chain-of-components interface, and the evidence check every extractor's output passes
through (crossings.extract dispatches on language).

An extractor is a chain: each component takes the extraction state and returns it enriched
(sentences, then candidates, then their fields, then merged mentions), so a learned or
LLM-based component can replace any one link without touching the others.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from crossings.errors import EvidenceError
from crossings.events import Mention

S = TypeVar("S")


class Component(Protocol[S]):
    """One link of an extraction chain: state in, state out (may mutate and return it)."""

    name: str

    def __call__(self, state: S) -> S: ...


def run_chain(components: Sequence[Component[S]], state: S) -> S:
    for component in components:
        state = component(state)
    return state


def check_evidence(mention: Mention, text: str) -> None:
    for ev in mention.evidence:
        if not ev.verify(text):
            raise EvidenceError(
                f"{mention.doc}: evidence for {ev.field} at [{ev.start}:{ev.end}] "
                f"does not match its quote {ev.quote!r}"
            )
