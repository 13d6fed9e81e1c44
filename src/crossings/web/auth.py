"""Who may edit: an analyst's account (crossings.accounts: `crossings users add`), or the token the
server was started with, which signs in as the admin account "server-token". Every decision is
recorded as the account that took it.

A token comes as `Authorization: Bearer <token>` (scripts) or once through /login, which opens a
session: the browser then holds a random session id (HttpOnly, SameSite=Strict), never the token.
Sessions live in this process's memory; a restart signs everyone out, and removing an account
ends its sessions.

SameSite stops only cross-site pages; a page on another port of the same host is same-site. So
every form also carries a CSRF token (synchronizer pattern): an HMAC of the session id under a
per-process secret, which a page of another origin cannot read or compute. Before sign-in the
login form's token is bound the same way to a random pre-session cookie. The JSON API takes the
session only with that token in an X-CSRF-Token header.

Failed token checks (login, bearer) are throttled per client address, so the token cannot be
guessed quickly; a signed-in session is not throttled.
Without a server token and without accounts the app is read-only.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass, field

from fastapi import HTTPException, Request, Response

from crossings import api
from crossings.accounts import SERVER_ACCOUNT, Account

SESSION_COOKIE = "crossings_session"
PRE_COOKIE = "crossings_pre"  # binds the login form's CSRF token before there is a session
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
SESSION_SECONDS = 12 * 3600
MAX_FAILURES, FAILURE_WINDOW = 5, 60.0  # failed token checks per client address per window


@dataclass
class Throttle:
    """At most `limit` failures per key in any `window` seconds; then refusals until they age out."""

    limit: int = MAX_FAILURES
    window: float = FAILURE_WINDOW
    failures: dict[str, deque] = field(default_factory=dict)

    def _recent(self, key: str, now: float) -> deque:
        times = self.failures.setdefault(key, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def retry_after(self, key: str, now: float | None = None) -> int:
        """Seconds until `key` may try again (0: now)."""
        now = time.monotonic() if now is None else now
        times = self._recent(key, now)
        return 0 if len(times) < self.limit else int(self.window - (now - times[0])) + 1

    def fail(self, key: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._recent(key, now).append(now)


@dataclass
class Guard:
    """One server's secret, sessions and throttle (kept on app.state.guard)."""

    token: str | None
    db: str | None = None
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    sessions: dict[str, tuple[float, Account]] = field(default_factory=dict)  # id -> (expiry, account)
    throttle: Throttle = field(default_factory=Throttle)

    def open_session(self, account: Account) -> str:
        sid = secrets.token_urlsafe(32)
        self.sessions[sid] = (time.monotonic() + SESSION_SECONDS, account)
        return sid

    def account_of(self, sid: str | None) -> Account | None:
        """The live session's account (an account removed since sign-in ends its sessions)."""
        expiry, account = self.sessions.get(sid or "", (None, None))
        if expiry is None:
            return None
        if expiry < time.monotonic() or not self.exists(account):
            self.sessions.pop(sid, None)  # requests run on several threads: another may have ended it
            return None
        return account

    def live(self, sid: str | None) -> bool:
        return self.account_of(sid) is not None

    def exists(self, account: Account) -> bool:
        if account.name == SERVER_ACCOUNT:
            return self.token is not None
        return any(a.name == account.name for a in api.users(db=self.db))

    def enabled(self) -> bool:
        """Editing is possible at all: a server token, or at least one account."""
        return self.token is not None or bool(api.users(db=self.db))

    def csrf(self, key: str) -> str:
        return hmac.new(self.secret, f"csrf:{key}".encode(), hashlib.sha256).hexdigest()

    def account_for(self, offered: str | None) -> Account | None:
        """The account a token signs in as: the server's own token, else an analyst's."""
        if not offered:
            return None
        if self.token and hmac.compare_digest(self.token.encode(), offered.encode()):
            return Account(SERVER_ACCOUNT, "admin")
        return api.signed_in(offered, db=self.db)


def guard(request: Request) -> Guard:
    return request.app.state.guard


def editing_enabled(request: Request) -> bool:
    return guard(request).enabled()


def _session(request: Request) -> str | None:
    sid = request.cookies.get(SESSION_COOKIE)
    return sid if guard(request).live(sid) else None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else None


def can_edit(request: Request) -> bool:
    """Signed in (a live session) or presenting a token; says nothing about CSRF."""
    return current_account(request) is not None


def current_account(request: Request) -> Account | None:
    """Who this request is from: its session's account, else its bearer token's; says nothing
    about CSRF (require_editor checks that)."""
    g = guard(request)
    return g.account_of(request.cookies.get(SESSION_COOKIE)) or g.account_for(_bearer(request))


def csrf_token(request: Request) -> str:
    """The token this browser's forms carry: bound to its session, else to its pre-session cookie."""
    key = _session(request) or request.cookies.get(PRE_COOKIE) or getattr(request.state, "pre", None)
    return guard(request).csrf(key) if key else ""


def ensure_pre_cookie(request: Request, response: Response) -> None:
    """Give a browser without a session the random cookie its login form's CSRF token is bound to."""
    if _session(request) is None and not request.cookies.get(PRE_COOKIE) and getattr(request.state, "pre", None):
        response.set_cookie(PRE_COOKIE, request.state.pre, httponly=True, samesite="strict", path="/")


def prepare_pre(request: Request) -> None:
    if editing_enabled(request) and _session(request) is None and not request.cookies.get(PRE_COOKIE):
        request.state.pre = secrets.token_urlsafe(24)


def csrf_ok(request: Request, offered: str | None) -> bool:
    expected = csrf_token(request)
    return bool(expected and offered) and hmac.compare_digest(expected.encode(), offered.encode())


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def check_throttle(request: Request) -> None:
    if wait := guard(request).throttle.retry_after(_client(request)):
        raise HTTPException(429, "too many failed attempts; try again later", headers={"Retry-After": str(wait)})


def record_failure(request: Request) -> None:
    guard(request).throttle.fail(_client(request))


def require_editor(request: Request, csrf: str | None = None) -> Account:
    """Editing needs a token as a bearer header, or a session plus the matching CSRF token
    (form field, else X-CSRF-Token header). Returns the account the decision is recorded as."""
    if not editing_enabled(request):
        raise HTTPException(403, "read-only: the server was started without a token and there are no accounts")
    bearer = _bearer(request)
    if bearer is not None:  # a token guess: throttled (a live session is not: it cannot be guessed)
        check_throttle(request)
        if account := guard(request).account_for(bearer):
            return account
        record_failure(request)
        raise HTTPException(401, "editing needs a token", headers={"WWW-Authenticate": "Bearer"})
    account = guard(request).account_of(request.cookies.get(SESSION_COOKIE))
    if account is None:
        raise HTTPException(401, "editing needs a token: sign in first", headers={"WWW-Authenticate": "Bearer"})
    if not csrf_ok(request, csrf or request.headers.get(CSRF_HEADER)):
        raise HTTPException(403, "the form's CSRF token is missing or stale: reload the page and try again")
    return account
