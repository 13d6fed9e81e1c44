"""Counts over the reviewed dataset, grouped by facet columns, for the overview, waves and map.

The store groups the machine events; the machine versions of the events analysts changed come
off and their reviewed versions go on (decisions touch few events, so this stays cheap). A region
(continent) is no store column: it is read from each group's origin country.
"""
from __future__ import annotations

from collections import Counter

from crossings.countries import continent_of
from crossings.facets import matches, wanted
from crossings.review import Overlay
from crossings.store import Store


class Tally:
    def __init__(self, store: Store):
        self.store = store
        overlay = Overlay.load(store)
        self.gone = [f for f in (overlay.machine_facets(i) for i in overlay.replaced) if f is not None]
        self.now = [overlay.facets(rv.event) for rv in overlay.visible()]

    def count(self, columns: tuple[str, ...], filters: dict | None = None, region: str | None = None) -> Counter:
        """Events per value of `columns` among those matching `filters` and lying in `region`."""
        filters = wanted(filters or {})
        cols = (*columns, "country") if region else columns
        counts = Counter({tuple(r[:-1]): r[-1] for r in self.store.event_counts(cols, filters=filters)})
        counts.subtract(Counter(tuple(getattr(f, c) for c in cols) for f in self.gone if matches(f, **filters)))
        counts.update(Counter(tuple(getattr(f, c) for c in cols) for f in self.now if matches(f, **filters)))
        if region:
            counts = _within(counts, region)
        return Counter({k: n for k, n in counts.items() if n > 0})


def _within(counts: Counter, region: str) -> Counter:
    """Keep the groups whose last column (the origin country) lies in the region; drop that column."""
    out: Counter = Counter()
    for key, n in counts.items():
        if continent_of(key[-1]) == region:
            out[key[:-1]] += n
    return out
