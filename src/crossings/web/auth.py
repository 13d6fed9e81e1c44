"""Who may edit: whoever presents the token the server was started with.

It may come as `Authorization: Bearer <token>`, a `token` form field, or the cookie /login sets
(HttpOnly, SameSite=Strict, so other sites cannot ride on it). Without a token the app is read-only.
"""
from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

COOKIE = "crossings_token"


def editing_enabled(request: Request) -> bool:
    return request.app.state.token is not None


def valid(request: Request, offered: str | None) -> bool:
    token = request.app.state.token
    return bool(token and offered) and hmac.compare_digest(token.encode(), offered.encode())


def can_edit(request: Request, form_token: str | None = None) -> bool:
    header = request.headers.get("authorization", "")
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    return any(valid(request, t) for t in (bearer, form_token, request.cookies.get(COOKIE)))


def require_editor(request: Request, form_token: str | None = None) -> None:
    if not editing_enabled(request):
        raise HTTPException(403, "read-only: the server was started without a token")
    if not can_edit(request, form_token):
        raise HTTPException(401, "editing needs the token", headers={"WWW-Authenticate": "Bearer"})
