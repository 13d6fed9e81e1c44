"""The review queue: what an analyst should look at next. First the events that changed since
their last review (a source stored after the newest decision on them), then the unreviewed events
whose sources disagree (crossings.conflicts), then the other unreviewed events, newest report first.
Rejected events come back only when they changed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from crossings.facets import wanted as applying
from crossings.review import Overlay, Reviewed
from crossings.store import Store
from crossings.store import watching

CHANGED, CONFLICTS, UNREVIEWED = "changed since review", "sources disagree", "unreviewed"


@dataclass
class QueueItem:
    reviewed: Reviewed
    reasons: list[str]
    last_review: datetime | None = None  # its newest decision
    last_source: datetime | None = None  # its newest stored source


@dataclass
class Queue:
    items: list[QueueItem]
    total: int
    counts: dict[str, int] = field(default_factory=dict)  # reason -> events with it


def queue(store: Store, filters: dict | None = None, limit: int = 50, offset: int = 0) -> Queue:
    filters = applying(filters or {})
    overlay = Overlay.load(store)
    changed = _changed(store, overlay, filters)
    machine = [Reviewed(stored=r) for r in store.event_records(filters, overlay.replaced, "reported", True,
                                                                limit=10**9)]
    disputed = [QueueItem(rv, [UNREVIEWED, CONFLICTS]) for rv in machine if rv.stored.get("conflicts")]
    plain = [QueueItem(rv, [UNREVIEWED]) for rv in machine if not rv.stored.get("conflicts")]
    everything = changed + disputed + plain
    counts = {CHANGED: len(changed), CONFLICTS: len(disputed), UNREVIEWED: len(disputed) + len(plain)}
    return Queue(everything[offset : offset + limit], len(everything), counts)


def _changed(store: Store, overlay: Overlay, filters: dict) -> list[QueueItem]:
    """Reviewed events with a source stored after their newest decision, most recent change first."""
    decided = {d["id"]: datetime.fromisoformat(d["at"]) for d in store.decisions()}
    touched = [rv for rv in overlay.events.values() if rv.review.decisions and overlay.matches(rv.event, **filters)]
    stored = watching.ingested_times(store, {m.doc for rv in touched for m in rv.event.mentions})
    found = []
    for rv in touched:
        last_review = max(decided[d] for d in rv.review.decisions if d in decided)
        last_source = max((stored[m.doc] for m in rv.event.mentions if m.doc in stored), default=None)
        if last_source is not None and last_source > last_review:
            reasons = [CHANGED] + ([CONFLICTS] if rv.event.conflicts else [])
            found.append(QueueItem(rv, reasons, last_review, last_source))
    return sorted(found, key=lambda q: (q.last_source, q.reviewed.id), reverse=True)
