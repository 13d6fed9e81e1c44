"""The FastAPI application: security headers, templates, static files and the routers."""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from crossings.codebook import book
from crossings.errors import CrossingsError
from crossings.web.auth import Guard
from crossings.web.limits import MAX_BODY, BodyLimit, Slashes
from crossings.web.render import HERE, render, templates

# Article text and metadata are untrusted: no script runs, nothing loads from elsewhere.
CSP = ("default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'none'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@asynccontextmanager
async def _lifespan(app: FastAPI):
    from crossings.web.worldmap import warm

    threading.Thread(target=warm, name="crossings-warm-map", daemon=True).start()
    yield


def create_app(db: str | None = None, token: str | None = None, max_body: int = MAX_BODY,
               alerts: str | None = None) -> FastAPI:
    """The dashboard over the store at `db`; editing needs `token` or an account's token (neither:
    read-only); request bodies over `max_body` bytes are refused (413) unread; `alerts` is the
    rules file /feeds/alerts.atom applies."""
    from crossings.web import feeds, jsonapi, pages, review

    app = FastAPI(title="Crossings", version="0.1.0", docs_url=None, redoc_url=None, lifespan=_lifespan,
                  description="Evidence-linked events about North Korean defections, with analyst review.")
    app.state.db = db
    app.state.alerts = alerts
    app.state.guard = Guard(token or None, db)
    app.router.redirect_slashes = False  # Slashes redirects without reading the Host header
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(jsonapi.router)
    app.include_router(review.router)
    app.include_router(feeds.router)
    app.include_router(pages.router)

    @app.get("/codebook.css", include_in_schema=False)
    def codebook_css() -> Response:  # each event type's colours, from the codebook registry
        return Response(book().css, media_type="text/css")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_middleware(Slashes)
    app.add_middleware(BodyLimit, max_bytes=max_body)  # outermost of ours: nothing reads a body before it

    @app.exception_handler(CrossingsError)
    async def refused(request: Request, exc: CrossingsError):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return render(request, "error.html", {"message": str(exc)}, status=400)

    return app

