"""Stage 4: mentions across documents -> events (placeholder: one event per mention)."""
from __future__ import annotations

from crossings.events import Event, Mention, stable_id


def fuse_mentions(mentions: list[Mention], published: dict[str, str | None]) -> list[Event]:
    events = []
    for m in sorted(mentions, key=lambda m: m.id):
        events.append(
            Event(
                id=stable_id("ev-", m.id),
                type=m.type,
                status=m.status,
                subjects=m.subjects,
                origin=m.origin,
                destination=m.destination,
                date=m.date,
                reported=published.get(m.doc),
                sources=m.sources,
                mentions=[m],
            )
        )
    return events


__all__ = ["fuse_mentions"]
