"""What changed: the reviewed events that are new or changed since a moment (a new source stored,
or an analyst's decision), newest first, and the quarters that form a wave. The Atom feeds
(crossings.atom) and the alert rules (crossings.watch.alerts) read these.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crossings.facets import wanted as applying
from crossings.review import Overlay, Reviewed, current, wanted
from crossings.store import Store
from crossings.store import watching

MAX_CHANGES = 200


@dataclass
class Change:
    reviewed: Reviewed
    updated: datetime  # the newest stored source or decision behind it
    reason: str  # "new source" or "reviewed"


def changes(store: Store, filters: dict | None = None, since: datetime | None = None,
            limit: int = 50, sources: str | None = None) -> list[Change]:
    """Reviewed events (rejected ones left out) with a source stored or a decision taken after
    `since` (None: ever), that match the listing filters and, if given, cite a source containing
    `sources`; newest first."""
    filters = applying(filters or {})
    if filters.get("outlet"):  # filtered in memory below: an unknown outlet is refused here
        store.outlets_under(filters["outlet"])
    limit = max(1, min(limit, MAX_CHANGES))
    overlay = Overlay.load(store)
    touched: dict[str, tuple[datetime, str]] = {}
    for event_id, at in watching.event_times(store, since, limit * 4).items():
        _note(touched, overlay._follow(event_id), at, "new source")
    for decision_id, at in watching.decision_times(store, since).items():
        if now := overlay.now(decision_id):
            _note(touched, now, at, "reviewed")
    found = []
    for event_id, (at, reason) in sorted(touched.items(), key=lambda kv: (kv[1][0], kv[0]), reverse=True):
        rv = current(store, overlay, event_id)
        if rv is None or not wanted(rv, None) or not overlay.matches(rv.event, **filters):
            continue
        if sources and not any(sources.lower() in s.lower() for s in rv.event.sources):
            continue
        found.append(Change(rv, at, reason))
        if len(found) >= limit:
            break
    return found


def _note(touched: dict, event_id: str, at: datetime, reason: str) -> None:
    if event_id not in touched or touched[event_id][0] < at:
        touched[event_id] = (at, reason)
