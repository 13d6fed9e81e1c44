"""Two analysts with their own accounts review one event in real Chromium (issue 14): the audit
log names both accounts with each change's before and after, an undo restores the value before,
and a reader without a token can change nothing."""
import threading
import time

import pytest
import uvicorn

from crossings import api
from crossings.web import create_app
from tests.web.test_browser import browser, free_port, pytestmark, shot  # noqa: F401  fixtures


@pytest.fixture
def open_server(store, db_url):
    """The dashboard with no server token: only accounts can review."""
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _signed_in(browser, server, token):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/login")
    page.fill("#token", token)
    page.click("#sign-in")
    return context, page


def _open_pak(page, server):
    page.goto(server + "/events?q=pak")
    page.click("a.event-link")


def _edit_city(page, value):
    page.select_option("#edit-field", "origin.city")
    page.fill("#edit-value", value)
    page.click("#btn-edit")


def test_two_accounts_review_one_event_and_an_undo_restores_the_value_before(open_server, browser, db_url):
    _, ana_token = api.users_add("ana", "reviewer", db=db_url)
    _, bo_token = api.users_add("bo", "admin", db=db_url)
    ana_context, ana = _signed_in(browser, open_server, ana_token)
    bo_context, bo = _signed_in(browser, open_server, bo_token)
    try:
        assert ana.inner_text("#account") == "ana (reviewer)" and bo.inner_text("#account") == "bo (admin)"
        _open_pak(ana, open_server)
        assert ana.locator("input[name=who]").count() == 0  # no name box: the account is who decides
        _edit_city(ana, "Sliema")
        assert "Sliema" in ana.inner_text("#field-origin .value")
        _open_pak(bo, open_server)
        bo.click("#verdict-origin\\.country button[value=accept_value]")
        assert bo.inner_text("#accepted-origin\\.country") == "origin.country accepted"
        _edit_city(bo, "Mdina")
        assert "Mdina" in bo.inner_text("#field-origin .value")
        bo_edit = max(d["id"] for d in api.decisions(db=db_url) if d["who"] == "bo")
        bo.click(f"#undo-{bo_edit}")
        value = bo.inner_text("#field-origin .value")
        assert "Sliema" in value and "Mdina" not in value  # ana's value is back
        shot(bo, "09-two-accounts-event")
        bo.goto(open_server + "/audit")
        rows = bo.locator("#audit tbody tr")
        who = [rows.nth(i).locator(".who").inner_text() for i in range(rows.count())]
        assert who == ["bo", "bo", "bo", "ana"]  # newest first: undo, edit, accept; ana's edit
        changes = [rows.nth(i).locator(".change").inner_text() for i in range(rows.count())]
        assert "origin.city: Sliema → Mdina" in changes[1] and "undone" in changes[1]
        assert changes[3] == "origin.city: Valletta → Sliema" and changes[0] == f"undid #{bo_edit}"
        shot(bo, "10-audit-two-accounts")
    finally:
        ana_context.close()
        bo_context.close()


def test_a_reader_without_a_token_cannot_change_anything(open_server, browser, db_url):
    api.users_add("ana", db=db_url)
    context = browser.new_context()
    page = context.new_page()
    try:
        _open_pak(page, open_server)
        assert page.locator("form[action$='/decide']").count() == 0
        assert "Sign in" in page.inner_text("header")
        target = page.url.rsplit("/", 1)[-1]
        for data in ({"action": "reject"}, {"action": "edit", "field": "origin.city", "value": "X"}):
            assert page.request.post(f"{open_server}/events/{target}/decide", form=data).status == 401
        api_post = page.request.post(f"{open_server}/api/events/{target}/decisions", data={"action": "reject"},
                                     headers={"Authorization": "Bearer not-a-token"})
        assert api_post.status == 401
        page.goto(open_server + "/review")
        assert page.locator("#queue form").count() == 0
        assert api.decisions(db=db_url) == []
    finally:
        context.close()
