"""What a decision holds on to besides ids: each anchor mention's stable facts (document id, type,
evidence offsets and quotes), so it finds its mention again after the way ids are computed, or the
extractor's reading of the page, has changed.

Plain data in, plain data out: the store (re-anchoring on upgrade) and review.py (resolving at read
time) both call these.
"""
from __future__ import annotations

import hashlib
from typing import Any

from crossings.events import Event, Evidence, Mention, Place, Subject, When


def fingerprint(m: Mention) -> dict[str, Any]:
    """A mention's stable facts: {"doc", "type", "spans": [[start, end, quote], ...]} (migration
    0006 keeps a frozen copy for stored mentions)."""
    spans = sorted([e.start, e.end, e.quote] for e in m.evidence)
    return {"doc": m.doc, "type": m.type, "spans": spans}


def content(event: Event) -> dict[str, Any]:
    """What the machine said the event is: type, date, origin and names."""
    return {"type": event.type, "date": event.date.value, "country": event.origin.country,
            "city": event.origin.city, "names": sorted(s.name for s in event.subjects if s.name)}


def facts_of(mentions: list[Mention], event: Event) -> dict[str, Any]:
    """Facts for the mentions a decision names (keyed by their ids at decision time), and the
    content of its event: the last resort when no mention is found (the page got a new id)."""
    return {"mentions": {m.id: fingerprint(m) for m in mentions}, "event": content(event)}


def match(fp: dict[str, Any], candidates: list[Mention]) -> Mention | None:
    """The candidate (same document) whose evidence best agrees with the fingerprint: most spans at
    the same offsets with the same quote, then most quotes found anywhere in it (the clean text
    moved), then the same type. None when no span or quote agrees."""
    spans = {tuple(s) for s in fp.get("spans") or []}
    quotes = {s[2] for s in spans if s[2]}
    best, best_score = None, (0, 0, 0)
    for m in sorted(candidates, key=lambda c: c.id):
        if m.doc != fp.get("doc"):
            continue
        exact = sum((e.start, e.end, e.quote) in spans for e in m.evidence)
        quoted = len(quotes & {e.quote for e in m.evidence})
        score = (exact, quoted, int(m.type == fp.get("type")))
        if (exact or quoted) and score > best_score:
            best, best_score = m, score
    return best


def id_scheme() -> str:
    """A fingerprint of how mention ids are computed now: the ids of probe mentions that set every
    field. The store keeps the last one it saw; when this differs, its ids are recomputed."""
    full = Mention("probe-doc", "defection", "confirmed",
                   [Subject("Probe Name", "probe descriptor", "diplomat", 2, 40, False, ["Alias"])],
                   Place("City", "XX", "Region", 1.5, 2.5, "city"), "KR", When("2020-01-02", "day", "explicit"),
                   ["probe source"], [Evidence("type", 3, 9, "probes"), Evidence("date", 12, 20, "probe date")],
                   background=True)
    bare = Mention("probe-doc-2", "recall")
    return hashlib.sha1(f"{full.id}|{bare.id}".encode()).hexdigest()[:16]
