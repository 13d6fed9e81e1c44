"""Review actions from the HTML forms: each one becomes a stored analyst decision."""
from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from crossings import api
from crossings.web.auth import require_editor

router = APIRouter(include_in_schema=False)


@router.post("/events/{event_id}/decide")
def decide(
    request: Request,
    event_id: str,
    action: str = Form(...),
    why: str = Form(""),
    csrf: str = Form(""),
    field: str = Form(""),
    value: str = Form(""),
    precision: str = Form(""),
    other: str = Form(""),
    mention: str = Form(""),
    decision: str = Form("", description="undo: the number of the decision undone"),
):
    account = require_editor(request, csrf)  # the decision is the account's: forms ask no name
    payload = {"field": field, "value": value, "precision": precision, "other": other.strip(), "mention": mention,
               "decision": decision or None}
    api.decide(action, event_id, account.name, why, payload, db=request.app.state.db)
    back = request.query_params.get("back")
    return RedirectResponse(back if back in BACK else f"/events/{quote(event_id, safe='')}", status_code=303)


BACK = ("/review", "/audit")  # where a form may send the browser afterwards (never an outside address)
