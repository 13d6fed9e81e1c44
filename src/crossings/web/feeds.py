"""Atom feeds any feed reader subscribes to: new and changed events (filtered like the events
table), and the alerts of the server's rules (waves of every type without rules)."""
from __future__ import annotations

from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from crossings import api, atom
from crossings.alerts import describe
from crossings.codebook import book
from crossings.web.params import Listing, listing

router = APIRouter(include_in_schema=True, tags=["feeds"])
ATOM = "application/atom+xml; charset=utf-8"


@router.get("/feeds/events.atom", summary="New and changed reviewed events (Atom), filtered like /api/events")
def events_feed(request: Request, ls: Listing = Depends(listing),
                changed_since: str | None = Query(None, max_length=40,
                                                  description="only changes after this UTC time (ISO)"),
                source: str | None = Query(None, max_length=200, description="cites a source containing this")):
    found = api.changes(db=request.app.state.db, changed_since=changed_since, limit=ls.limit, sources=source, **ls.filters)
    entries = [atom.Entry(f"urn:crossings:event:{c.reviewed.id}", _title(c.reviewed.event), c.updated,
                          f"{c.reason}: {describe(c.reviewed.event)}", f"/events/{c.reviewed.id}",
                          c.reviewed.event.type) for c in found]
    query = urlencode({k: v for k, v in {**ls.params(), "changed_since": changed_since, "source": source}.items()
                       if v not in (None, "") and k not in ("sort", "order")})
    body = atom.document("urn:crossings:feed:events" + (f"?{query}" if query else ""),
                         "Crossings: new and changed events", "/feeds/events.atom" + (f"?{query}" if query else ""),
                         entries)
    return Response(body, media_type=ATOM)


@router.get("/feeds/alerts.atom", summary="Alerts of the server's rules, waves included (Atom)")
def alerts_feed(request: Request, since: str | None = Query(None, max_length=40)):
    found = api.alerts(request.app.state.alerts, db=request.app.state.db, since=since)
    entries = [atom.Entry(f"urn:crossings:alert:{quote(a.rule, safe='')}:{quote(a.key, safe=':')}", a.title, a.updated, a.summary, a.href, a.rule)
               for a in found]
    return Response(atom.document("urn:crossings:feed:alerts", "Crossings: alerts", "/feeds/alerts.atom", entries),
                    media_type=ATOM)


def _title(ev) -> str:
    place = ", ".join(x for x in (ev.origin.city, ev.origin.country) if x)
    return " · ".join(x for x in (book().label("event_types", ev.type), place, ev.date.value or "undated") if x)
