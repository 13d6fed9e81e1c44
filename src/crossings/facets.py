"""The values event listings filter, sort and count on, and the filters over them, defined once.

The store keeps each event's Facets in columns (its outlets in rows of their own, one per outlet,
as a person's events are) and turns FILTERS into SQL (store/db.py); review
filters the few events analysts changed in memory with matches(). Both read the table below, so
the two cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from crossings.codebook import CHECKS, InvalidValue, book
from crossings.events import Event

# filter name -> (Facets attribute and store column, how a value is compared with it)
FILTERS: dict[str, tuple[str, str]] = {
    "type": ("type", "equals"),
    "year": ("year", "equals"),
    "country": ("country", "equals"),
    "role": ("roles", "member"),  # roles is "|diplomat|family_member|"
    "status": ("status", "equals"),
    "text": ("search_text", "contains"),  # names, descriptors, places, lower case
    "destination": ("destination", "equals"),
    "since": ("date", "from"),  # a date range: an event counts when its date's period overlaps it
    "until": ("date", "to"),
    "outlet": ("outlets", "outlet"),  # an outlet or host behind its reports, or a domain above one (covers)
}


@dataclass(frozen=True)
class Facets:
    type: str
    status: str | None
    year: int | None  # the date's first four digits
    country: str | None
    city: str | None
    destination: str | None
    date: str | None
    reported: str | None
    roles: str
    search_text: str
    outlets: tuple[str, ...] = ()  # the outlets and hosts of its reports' documents (document_outlets)

    @property
    def month(self) -> str | None:
        """The date's first seven characters, as the store groups them."""
        return self.date[:7] if self.date else None


def facets(ev: Event, outlets: Mapping[str, Iterable[str]] | None = None) -> Facets:
    """The event's facets; `outlets` (document id -> its document_outlets, from the store) gives the
    outlets facet, which the event record alone does not hold."""
    outlets = outlets or {}
    head = (ev.date.value or "")[:4]
    words = [ev.type, ev.origin.city, ev.origin.country, ev.origin.region, ev.destination]
    for s in ev.subjects:
        words += [s.name, s.descriptor, s.role, *s.aliases]
    return Facets(type=ev.type, status=ev.status, year=int(head) if head.isdigit() else None,
                  country=ev.origin.country, city=ev.origin.city, destination=ev.destination, date=ev.date.value, reported=ev.reported,
                  roles="|" + "|".join(sorted({s.role for s in ev.subjects if s.role})) + "|",
                  search_text=" ".join(w for w in words if w).lower(),
                  outlets=tuple(sorted({k for m in ev.mentions for k in outlets.get(m.doc, ())})))


def document_outlets(outlet: str | None, url: str | None) -> tuple[str, ...]:
    """What a document files its events under: its outlet and its address's host, as outlet_key
    gives them (a site's name, "NK News", and its domain, nknews.org, both find it)."""
    return tuple(sorted({k for k in (outlet_key(outlet), outlet_key(_host(url))) if k}))


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url and "://" in url else None
    except ValueError:  # a malformed address ("http://[::1") names no host
        return None


def outlet_key(name: str | None) -> str | None:
    """An outlet as filters compare it: lower case, without a leading "www." (pages without a site
    name have their address's host as outlet, clean/page.py)."""
    key = (name or "").strip().lower().removeprefix("www.")
    return key or None


def covers(value: str, key: str) -> bool:
    """An outlet filter takes the outlet itself and every outlet under it as a domain: 'yna.co.kr'
    takes 'en.yna.co.kr' and 'm-en.yna.co.kr', one agency's sites."""
    return key == value or key.endswith("." + value)


def _outlet(value: Any) -> str:
    """A typed outlet as a key: an address stands for its host ('https://www.nknews.org/x' -> nknews.org)."""
    text = str(value).strip()
    return outlet_key(_host(text) or text) or text


def unknown_outlet(value: str, known: list[str]) -> InvalidValue:
    """The refusal of an outlet no stored event has: every outlet when few, else the closest."""
    if len(known) <= LISTED:
        return InvalidValue(f"unknown outlet {value!r}: choose one of {', '.join(known) or '(none stored)'}")
    import difflib

    near = [k for k in known if value in k][:LISTED // 2]
    near += [k for k in difflib.get_close_matches(value, known, LISTED, 0.5) if k not in near]
    hint = f"the closest: {', '.join(near[:LISTED])}" if near else "no stored outlet is close"
    return InvalidValue(f"unknown outlet {value!r} ({len(known)} stored); {hint}")


LISTED = 12  # outlets an error lists


def wanted(filters: dict[str, Any]) -> dict[str, Any]:
    """The filters that apply, their values as the facets hold them (unknown names and empty
    values dropped; a year as a number, a country in capitals, text in lower case)."""
    out = {}
    for name, value in filters.items():
        if name not in FILTERS or value in (None, ""):
            continue
        if name == "year":
            value = _year(value)
        elif name in CHECKED:
            value = book().check(CHECKED[name], value)
        elif name in ("since", "until"):
            value = CHECKS["date"](name, value)
        elif name == "text":
            value = str(value).lower()
        elif name == "outlet":
            value = _outlet(value)
        elif name in CLOSED_LISTS:
            _one_of(name, value, getattr(book(), CLOSED_LISTS[name]))
        out[name] = value
    if out.get("since") and out.get("until") and out["since"][:len(out["until"])] > out["until"]:
        raise InvalidValue(f"since {out['since']} comes after until {out['until']}")
    return out


CHECKED = {"country": "origin.country", "destination": "destination"}  # filters checked as edits are


def coarser(value: str) -> tuple[str, ...]:
    """The periods that contain an ISO date and are less precise ('2016-03-05' -> 2016, 2016-03):
    a range from 2016-03 overlaps an event dated only 2016."""
    return tuple(value[:n] for n in (4, 7) if n < len(value))


# A filter on a closed list of the codebook: a value off the list is a typo, not an empty answer.
CLOSED_LISTS = {"type": "event_types", "role": "roles", "status": "statuses"}


def _one_of(name: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InvalidValue(f"unknown {name} {value!r}: choose one of {', '.join(allowed)}")


def _year(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise InvalidValue(f"a year is a number, not {value!r}") from None


def matches(ev: Event | Facets, **filters) -> bool:
    """The store's filters, evaluated on one event in memory."""
    f = ev if isinstance(ev, Facets) else facets(ev)
    for name, value in wanted(filters).items():
        column, how = FILTERS[name]
        have = getattr(f, column)
        if how == "equals" and have != value:
            return False
        if how == "member" and f"|{value}|" not in have:
            return False
        if how == "contains" and value not in have:
            return False
        if how == "outlet" and not any(covers(value, k) for k in have):
            return False
        if how == "from" and not (have and (have >= value or have in coarser(value))):
            return False
        if how == "to" and not (have and (have <= value or have.startswith(value))):
            return False
    return True
