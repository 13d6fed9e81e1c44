"""Reading the reviewed dataset: pages of events, one event with its sources, one document with
its evidence, and the overview's counts. Every read replays the analysts' decisions (review.py).

Lists stay fast over large stores because decisions touch few events: the store pages and counts
the untouched machine events in SQL, and the few reviewed ones are filtered and merged in here.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field

from crossings.document import Document
from crossings.codebook import InvalidValue
from crossings.countries import CONTINENTS
from crossings.errors import CrossingsError
from crossings.events import Event, Mention
from crossings.extract import unread_language
from crossings.facets import FILTERS, matches
from crossings.facets import wanted as applying
from crossings.review import Overlay, Reviewed, current, wanted
from crossings.store import Store
from crossings.store.db import SORTABLE
from crossings.tally import Tally
from crossings.trend import MONTHS, Period, Trend, trend

MAX_LIMIT = 500


@dataclass
class Page:
    items: list[Reviewed]
    total: int
    limit: int
    offset: int
    sort: str
    desc: bool


@dataclass
class EventDetail:
    reviewed: Reviewed
    documents: dict[str, Document]
    decisions: list[dict]
    machine: Event | None = None  # the machine's own version, where decisions changed it


@dataclass
class DocumentDetail:
    document: Document
    duplicates: list[str]  # documents stored as duplicates of this one
    mentions: list[Mention]
    event_of: dict[str, str]  # mention id -> (reviewed) event id
    not_read: str | None = None  # "language zh": no extractor reads the page, so it has no mentions


@dataclass
class Stats:
    events: int
    documents: int
    by_type: dict[str, int]
    by_year: dict[str, dict[str, int]]  # year -> type -> count
    trend: Trend  # the selected events per month or quarter through today, with the wave signal
    origins: dict[str, int]  # country -> count
    cities: list[tuple[str, str, int]] = field(default_factory=list)  # (city, country, count)
    destinations: dict[str, int] = field(default_factory=dict)  # country (or third_country) -> count
    selection: dict = field(default_factory=dict)  # the filters, region and period these count


def event_page(store: Store, filters: dict, review: str | None = None, sort: str = "date",
               desc: bool = True, limit: int = 50, offset: int = 0) -> Page:
    """One page of reviewed events, sorted with NULL lowest and ties broken by id."""
    if sort not in SORTABLE:
        raise CrossingsError(f"cannot sort by {sort!r}: choose one of {', '.join(SORTABLE)}")
    limit, offset = max(1, min(limit, MAX_LIMIT)), max(0, offset)
    filters = applying(filters)
    overlay = Overlay.load(store)
    extra = ordered([rv for rv in overlay.visible(review) if overlay.matches(rv.event, **filters)], sort, desc)
    if review not in (None, "", "all", "unreviewed"):  # only reviewed events can be confirmed/rejected
        return Page(extra[offset : offset + limit], len(extra), limit, offset, sort, desc)
    total = store.count_events(filters) - _machine_matches(overlay, filters) + len(extra)
    items = _merged_window(store, filters, overlay.replaced, extra, sort, desc, limit, offset)
    return Page(items, total, limit, offset, sort, desc)


def _machine_matches(overlay: Overlay, filters: dict) -> int:
    """How many of the machine events the overlay replaces match: subtracted from the store's count
    (cheaper than a NOT IN probe on every row, and than the planner's choice for an IN count)."""
    found = (overlay.machine_facets(i) for i in overlay.replaced)
    return sum(matches(f, **filters) for f in found if f is not None)


def _merged_window(store, filters, exclude, extra, sort, desc, limit, offset) -> list[Reviewed]:
    """Rows [offset, offset+limit) of machine rows merged with the few reviewed ones.

    At most k = len(extra) reviewed rows precede any window, so fetching limit+k machine rows
    from offset-k covers it; counting the reviewed rows before that slice fixes its position."""
    k = len(extra)
    start = max(0, offset - k)
    machine = store.event_records(filters, exclude, sort, desc, limit + k, start)
    if not machine and start:  # past the machine rows: step back to the last full slice
        start = max(0, store.count_events(filters, exclude) - limit - k)
        machine = store.event_records(filters, exclude, sort, desc, limit + k, start)
    if not machine:
        return extra[offset : offset + limit]
    rows = [Reviewed(stored=d) for d in machine]
    before = [rv for rv in extra if precedes(rv, rows[0], sort, desc)]
    after = [rv for rv in extra if not precedes(rv, rows[0], sort, desc)]
    rest = rows + after if not after else ordered(rows + after, sort, desc)
    if start == 0:
        return (before + rest)[offset : offset + limit]
    at = offset - start - len(before)
    return rest[at : at + limit] if at >= 0 else []


SORT_PATHS = {"id": ("id",), "type": ("type",), "status": ("status",), "date": ("date", "value"),
              "country": ("origin", "country"), "reported": ("reported",)}


def sort_value(rv: Reviewed, sort: str):
    """The value a page is sorted by, read from the stored record when there is one."""
    if rv.stored is not None:
        value = rv.stored
        for key in SORT_PATHS[sort]:
            value = (value or {}).get(key)
        return value
    ev = rv.event
    return {"id": ev.id, "type": ev.type, "status": ev.status, "date": ev.date.value,
            "country": ev.origin.country, "reported": ev.reported}[sort]


def precedes(a: Reviewed, b: Reviewed, sort: str, desc: bool) -> bool:
    """The store's order: NULL lowest (first ascending, last descending), ties by id."""
    va, vb = sort_value(a, sort), sort_value(b, sort)
    ka, kb = (va is not None, va or "", a.id), (vb is not None, vb or "", b.id)
    return ka > kb if desc else ka < kb


def ordered(items: list[Reviewed], sort: str, desc: bool) -> list[Reviewed]:
    def cmp(a: Reviewed, b: Reviewed) -> int:
        return -1 if precedes(a, b, sort, desc) else (1 if precedes(b, a, sort, desc) else 0)

    return sorted(items, key=functools.cmp_to_key(cmp))


def event_detail(store: Store, event_id: str) -> EventDetail | None:
    overlay = Overlay.load(store)
    rv = current(store, overlay, event_id)
    if rv is None:
        return None
    docs = store.documents_by_id({m.doc for m in rv.event.mentions})
    mine = set(rv.review.decisions)
    machine = store.get_event(rv.id) if rv.review.edited else None
    return EventDetail(rv, docs, [d for d in store.decisions() if d["id"] in mine], machine)


def document_detail(store: Store, doc_id: str) -> DocumentDetail | None:
    doc = store.get_document(doc_id)
    if doc is None:
        return None
    overlay = Overlay.load(store)
    mentions = store.mentions_of(doc_id)
    ids = [m.id for m in mentions]
    event_of = {m: overlay._follow(e) for m, e in store.events_of_mentions(ids).items()}
    event_of.update({m: overlay.home[m] for m in ids if m in overlay.home})
    unread = unread_language(doc)
    return DocumentDetail(doc, store.duplicates_of(doc_id), mentions, event_of,
                          f"language {unread}" if unread else None)


def stats(store: Store, filters: dict | None = None, region: str | None = None, period: str = "quarter",
          today: dt.date | None = None, destinations: bool = False) -> Stats:
    """Counts over the reviewed events that match `filters` and lie in `region` (a continent code
    of their origin country), rejected events left out, and their trend per `period` through today.
    Destinations are counted only when asked (the map)."""
    if region and region not in CONTINENTS:
        raise InvalidValue(f"unknown region {region!r}: choose one of {', '.join(CONTINENTS)}")
    if period not in MONTHS:
        raise InvalidValue(f"unknown period {period!r}: choose one of {', '.join(MONTHS)}")
    filters = applying(filters or {})
    tally = Tally(store)

    by_type, by_year, months, origins, cities = _counts(tally, filters, region)
    return Stats(
        events=sum(by_type.values()),
        documents=store.count_documents(),
        by_type=dict(by_type.most_common()),
        by_year={y: dict(c) for y, c in sorted(by_year.items())},
        trend=trend(months, period, today),
        origins=dict(origins.most_common()),
        cities=[(c, k or "", n) for (c, k), n in cities.most_common() if c],
        destinations=_destinations(tally, filters, region) if destinations else {},
        selection={**filters, "region": region, "period": period},
    )


def waves(store: Store, type_: str = "defection") -> list[Period]:
    """The quarters of one event type's reviewed events, each with its wave test (crossings.trend).
    The one place alerts and feeds ask for waves."""
    return stats(store, {"type": type_}).trend.periods


def _counts(tally: Tally, filters: dict, region: str | None) -> tuple[Counter, dict, Counter, Counter, Counter]:
    """(by type, by year and type, by month, by origin country, by city and country). A substring
    filter (role, text) scans every row whatever the grouping: then one scan grouped by all four
    columns; otherwise one small indexed grouping each."""
    if SCANNING & set(filters):
        rows = tally.count(("type", "month", "country", "city"), filters, region)
    else:
        rows = Counter()
        for (type_, month), n in tally.count(("type", "month"), filters, region).items():
            rows[(type_, month, None, None)] += n
        for key, n in tally.count(("city", "country"), filters, region).items():
            rows[("", None, *reversed(key))] += n  # places only: no type or month
    by_type, by_year, months, origins, cities = Counter(), {}, Counter(), Counter(), Counter()
    for (type_, month, country, city), n in rows.items():
        if type_:
            year = month[:4] if month and month[:4].isdigit() else None
            by_type[type_] += n
            by_year.setdefault(str(int(year)) if year else "undated", Counter())[type_] += n
            months[month] += n
        if type_ == "" or SCANNING & set(filters):
            origins[country] += n
            cities[(city, country)] += n
    origins.pop(None, None)
    return by_type, by_year, months, origins, cities


SCANNING = {name for name, (_, how) in FILTERS.items() if how in ("member", "contains")}


def _destinations(tally: Tally, filters: dict, region: str | None) -> dict[str, int]:
    return {k: n for (k,), n in tally.count(("destination",), filters, region).most_common() if k}


def all_events(store: Store, review: str | None = None, **filters) -> list[Event]:
    """Every reviewed event that matches, rejected ones left out unless asked for, by id."""
    return [rv.event for rv in all_reviewed(store, review, **filters)]


def all_reviewed(store: Store, review: str | None = None, **filters) -> list[Reviewed]:
    """all_events with each event's review (for export)."""
    filters = applying(filters)
    overlay = Overlay.load(store)
    extra = [rv for rv in overlay.visible(review) if overlay.matches(rv.event, **filters)]
    if review not in (None, "", "all", "unreviewed"):
        return sorted(extra, key=lambda rv: rv.id)
    machine = [Reviewed(e) for e in store.event_page(filters, overlay.replaced, "id", False, limit=10**9)]
    return sorted(machine + extra, key=lambda rv: rv.id)


__all__ = ["Page", "EventDetail", "DocumentDetail", "Stats", "event_page", "event_detail",
           "document_detail", "stats", "waves", "all_events", "all_reviewed", "wanted"]
