"""A same-site CSRF attempt in real Chromium: a page served from another port of 127.0.0.1 (same
site, so SameSite=Strict still sends the analyst's session cookie) auto-submits a reject form to
the dashboard. The CSRF token it cannot read stops it."""
import http.server
import threading

import pytest
from tests.web.test_browser import TOKEN, browser, free_port, page, pytestmark, server  # noqa: F401  fixtures

from crossings import api, browse

ATTACK = """<!doctype html><html><body>
<form method="post" action="{target}"><input name="action" value="reject"><input name="who" value="mallory">
<input name="why" value="csrf"><input name="csrf" value="guessed"></form>
<form method="post" action="{target}"><input name="action" value="confirm"><input name="who" value="mallory"></form>
<script>document.forms[{which}].submit()</script></body></html>"""


@pytest.fixture
def attacker():
    """A page on another port of the same host, serving the auto-submitting form."""
    pages = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", pages
    httpd.shutdown()


@pytest.mark.parametrize("which", [0, 1])  # with a guessed token, and with none
def test_same_site_page_cannot_decide_through_the_analysts_session(server, attacker, page, db_url, which):
    page.goto(server + "/login")
    page.fill("#token", TOKEN)
    page.click("#sign-in")
    assert page.locator("form[action='/logout']").count() == 1  # signed in: the session cookie is set
    target = next(e for e in browse.all_events(api._open(db_url)) if e.subjects and e.subjects[0].name == "Pak Sun Il")
    base, pages = attacker
    pages["/attack"] = ATTACK.format(target=f"{server}/events/{target.id}/decide", which=which)
    with page.expect_response(lambda r: r.url.startswith(server) and r.request.method == "POST") as posted:
        page.goto(base + "/attack")
    assert api.decisions(db=db_url) == []
    assert posted.value.status == 403 and "CSRF" in posted.value.text()
    page.goto(f"{server}/events/{target.id}")  # the analyst's own form still works
    page.click("#btn-confirm")
    assert page.inner_text("#review-state").startswith("Review: confirmed")
    assert [d["who"] for d in api.decisions(db=db_url)] == ["server-token"]  # the token's account
