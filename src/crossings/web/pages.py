"""The HTML pages. Each calls one crossings.api function and renders a template."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from crossings import api
from crossings.persons import person_links
from crossings.web import charts, views
from crossings.web.auth import (PRE_COOKIE, SESSION_COOKIE, check_throttle, csrf_ok, guard, record_failure,
                                 require_editor)
from crossings.web.render import render
from crossings.web.params import Listing, Selection, listing, selection
from crossings.web.worldmap import world_map

router = APIRouter(include_in_schema=False)


def _db(request: Request) -> str | None:
    return request.app.state.db


@router.get("/")
def overview(request: Request, sel: Selection = Depends(selection)):
    stats = api.stats(db=_db(request))
    # the wave chart counts defections unless a type (or "any": empty) was chosen
    chosen = sel.filters if "type" in request.query_params else {"type": "defection", **sel.filters}
    waves = api.stats(db=_db(request), region=sel.region, period=sel.period, **chosen)
    return render(request, "overview.html", {"stats": stats, "waves": waves, "params": {**sel.params(), **chosen}})


@router.get("/events")
def events(request: Request, ls: Listing = Depends(listing)):
    page = api.event_page(_db(request), ls.review, ls.sort, ls.desc, ls.limit, ls.offset, **ls.filters)
    return render(request, "events.html", {"page": page, "params": ls.params()})


@router.get("/events/{event_id}")
def event(request: Request, event_id: str):
    detail = api.event_detail(event_id, db=_db(request))
    if detail is None:
        return render(request, "error.html", {"message": f"No event {event_id}."}, status=404)
    ev = detail.reviewed.event
    quotes = views.evidence_by_field(ev, detail.documents)
    return render(request, "event.html", {"d": detail, "ev": ev, "rv": detail.reviewed.review, "quotes": quotes,
                                          "links": person_links(ev)})


@router.get("/people/{person_id}")
def person(request: Request, person_id: str):
    detail = api.person(person_id, db=_db(request))
    if detail is None:
        return render(request, "error.html", {"message": f"No person {person_id}."}, status=404)
    return render(request, "person.html", {"d": detail, "p": detail.person})


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str):
    detail = api.document_detail(doc_id, db=_db(request))
    if detail is None:
        return render(request, "error.html", {"message": f"No document {doc_id}."}, status=404)
    spans = views.document_spans(detail.mentions, detail.event_of)
    return render(request, "document.html", {"d": detail, "doc": detail.document,
                                             "pieces": views.pieces(detail.document.text, spans)})


@router.get("/map")
def events_map(request: Request, sel: Selection = Depends(selection)):
    stats = api.stats(db=_db(request), region=sel.region, destinations=sel.side != "origin", **sel.filters)
    return render(request, "map.html", {"stats": stats, "map": _drawn(stats, sel.side), "params": sel.params()})


_last_chart: list = [None, None]  # (the Page charted, its chart): api.event_page gives one object per version


def _charted(page) -> dict:
    if _last_chart[0] is not page:
        _last_chart[:] = [page, charts.timeline(page.items)]
    return _last_chart[1]


_last_map: list = [None, None, None]  # (the Stats drawn, its side, its map): api.stats gives one object per version


def _drawn(stats, side: str) -> dict:
    if _last_map[0] is not stats or _last_map[1] != side:
        _last_map[:] = [stats, side, world_map(stats, side)]
    return _last_map[2]


@router.get("/timeline")
def timeline(request: Request, ls: Listing = Depends(listing)):
    page = api.event_page(_db(request), ls.review, "date", True, 500, 0, **ls.filters)
    return render(request, "timeline.html", {"page": page, "chart": _charted(page),
                                             "params": ls.params()})


@router.get("/review")
def review_queue(request: Request, ls: Listing = Depends(listing)):
    q = api.review_queue(db=_db(request), limit=ls.limit, offset=ls.offset, **ls.filters)
    return render(request, "review.html", {"q": q, "offset": ls.offset, "params": ls.params()})


@router.get("/audit")
def audit(request: Request):
    return render(request, "audit.html", {"decisions": api.decisions(db=_db(request))})


@router.get("/login")
def login_form(request: Request):
    return render(request, "login.html", {})


@router.post("/login")
def login(request: Request, token: str = Form(""), csrf: str = Form("")):
    check_throttle(request)
    if not csrf_ok(request, csrf):
        return render(request, "error.html", {"message": "The sign-in form was stale: reload it and try again."},
                      status=403)
    account = guard(request).account_for(token)
    if account is None:
        record_failure(request)
        return render(request, "login.html", {"failed": True}, status=401)
    response = RedirectResponse("/events", status_code=303)
    response.set_cookie(SESSION_COOKIE, guard(request).open_session(account), httponly=True, samesite="strict",
                        path="/")
    response.delete_cookie(PRE_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")):
    require_editor(request, csrf)
    guard(request).sessions.pop(request.cookies.get(SESSION_COOKIE, ""), None)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
