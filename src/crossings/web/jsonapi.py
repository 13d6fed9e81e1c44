"""The JSON API (described at /openapi.json) and the export downloads."""
from __future__ import annotations

import json
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from crossings import api
from crossings.edits import ACTIONS
from crossings.export import document_record
from crossings.web.auth import require_editor
from crossings.web.params import Listing, Selection, listing, selection

router = APIRouter(prefix="", tags=["api"])
MEDIA = {"csv": "text/csv", "jsonl": "application/x-ndjson", "geojson": "application/geo+json"}


class DecisionIn(BaseModel):
    action: Literal[ACTIONS]  # type: ignore[valid-type]  # the actions review knows (edits.ACTIONS)
    why: str = ""
    field: str | None = Field(None, description="edit: e.g. status, date.value, origin.country, subjects.0.role")
    value: Any = Field(None, description="edit: the new value (null clears it)")
    precision: str | None = Field(None, description="edit of date.value: its precision when not the one its "
                                                    "shape states (a year given as a season)")
    other: str | None = Field(None, description="merge: the event merged into this one")
    mention: str | None = Field(None, description="split: the mention that becomes its own event")
    decision: int | None = Field(None, description="undo: the number of the decision undone")


def _db(request: Request) -> str | None:
    return request.app.state.db


class Fast(JSONResponse):
    """Plain json.dumps: the records are already JSON-ready, so FastAPI's encoder walk is skipped."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@router.get("/api/events", summary="Reviewed events, filtered, sorted and paginated", response_class=Fast)
def list_events(request: Request, ls: Listing = Depends(listing)) -> Fast:
    page = api.event_page(_db(request), ls.review, ls.sort, ls.desc, ls.limit, ls.offset, **ls.filters)
    return Fast({"total": page.total, "limit": page.limit, "offset": page.offset, "sort": page.sort,
                 "order": "desc" if page.desc else "asc", "items": [rv.to_dict() for rv in page.items]})


@router.get("/api/events/{event_id}", summary="One event with its review, sources and decisions")
def get_event(request: Request, event_id: str) -> dict:
    detail = api.event_detail(event_id, db=_db(request))
    if detail is None:
        raise HTTPException(404, f"no event {event_id}")
    docs = {i: {k: v for k, v in document_record(d).items() if k != "text"} for i, d in detail.documents.items()}
    return {"event": detail.reviewed.to_dict(), "documents": docs, "decisions": detail.decisions}


@router.get("/api/documents/{doc_id}", summary="One document: clean text, metadata, duplicates, evidence")
def get_document(request: Request, doc_id: str) -> dict:
    detail = api.document_detail(doc_id, db=_db(request))
    if detail is None:
        raise HTTPException(404, f"no document {doc_id}")
    return {"document": document_record(detail.document), "duplicates": detail.duplicates,
            "mentions": [m.to_dict() for m in detail.mentions], "event_of": detail.event_of}


@router.get("/api/stats", summary="Counts by type, year, origin and destination, and the trend per quarter "
                                  "or month through today with the wave signal, of the selected events")
def get_stats(request: Request, sel: Selection = Depends(selection), destinations: bool = False) -> dict:
    stats = api.stats(db=_db(request), region=sel.region, period=sel.period, destinations=destinations,
                      **sel.filters)
    return {**asdict(stats), "wave_rule": stats.trend.rule}


@router.get("/api/queue", summary="The review queue: changed since review, then disputed, then unreviewed",
            response_class=Fast)
def review_queue(request: Request, ls: Listing = Depends(listing)) -> Fast:
    q = api.review_queue(db=_db(request), limit=ls.limit, offset=ls.offset, **ls.filters)
    return Fast({"total": q.total, "counts": q.counts, "limit": ls.limit, "offset": ls.offset,
                 "items": [{"reasons": i.reasons, "event": i.reviewed.to_dict()} for i in q.items]})


@router.get("/api/decisions", summary="The audit log of analyst decisions, oldest first")
def get_decisions(request: Request) -> list[dict]:
    return api.decisions(db=_db(request))


@router.post("/api/events/{event_id}/decisions", status_code=201,
             summary="Record a decision as the token's account (needs Authorization: Bearer <token>)")
def post_decision(request: Request, event_id: str, body: DecisionIn) -> dict:
    account = require_editor(request)
    payload = body.model_dump(include={"field", "value", "precision", "other", "mention", "decision"},
                              exclude_none=False)
    decision = api.decide(body.action, event_id, account.name, body.why, payload, db=_db(request))
    return {"id": decision}


@router.get("/export/events.{fmt}", summary="Download the reviewed events that match the filters")
def export_events(request: Request, fmt: Literal["csv", "jsonl", "geojson"], ls: Listing = Depends(listing),
                  redact: bool = False) -> Response:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"events.{fmt}"
        api.export("events", fmt, str(path), db=_db(request), redact=redact, review=ls.review, **ls.filters)
        body = path.read_bytes()
    return Response(body, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="crossings-events.{fmt}"'})
