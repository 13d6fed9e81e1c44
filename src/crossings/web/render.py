"""Templates and the one function that renders a page (shared by the app and its routers)."""
from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from crossings.web import views

HERE = Path(__file__).parent


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(views.FILTERS)
    env.globals.update(views.GLOBALS)
    return env


def render(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    from crossings.web.auth import csrf_token, current_account, editing_enabled, ensure_pre_cookie, prepare_pre

    env: Environment = request.app.state.templates
    prepare_pre(request)
    account = current_account(request)
    base = {"request": request, "editing": editing_enabled(request), "signed_in": account is not None,
            "account": account, "csrf": csrf_token(request)}
    html = env.get_template(name).render({**base, **context})
    response = HTMLResponse(html, status_code=status)
    ensure_pre_cookie(request, response)
    return response
