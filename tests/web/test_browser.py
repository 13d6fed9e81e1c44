"""End to end with real Chromium (Debian's /usr/bin/chromium through playwright; never
`playwright install`). Screenshots are taken only when asked: CROSSINGS_SCREENSHOTS=/tmp/shots."""
import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from tests.web import web_sample as sample

from crossings.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "e2e-token"
SHOTS = os.environ.get("CROSSINGS_SCREENSHOTS")

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                                 reason="needs Debian's chromium package (CI installs it and never skips)")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db_url: str):
    """The dashboard over `db_url` on a free loopback port, for the length of the block."""
    port = free_port()
    config = uvicorn.Config(create_app(db_url, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def server(store, db_url):
    with serving(db_url) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.add_init_script("window.__pwned = 0")
    yield pg
    context.close()


def shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_overview_filter_open_event_see_quote(server, page):
    page.goto(server + "/")
    assert page.inner_text("#n-events") == "3"
    assert "exact Poisson test" in page.inner_text("#wave-rule")
    shot(page, "01-overview")
    page.goto(server + "/events")
    assert page.inner_text("#total").startswith("3 events")
    page.select_option("#f-type", "defection")
    page.click("#f-apply")
    assert page.inner_text("#total").startswith("2 events")
    page.fill("#f-q", "pak sun")
    page.click("#f-apply")
    assert page.inner_text("#total").startswith("1 event,")
    shot(page, "02-events-filtered")
    page.click("a.event-link")
    mark = page.locator("#field-origin mark.hl").first
    assert mark.inner_text() == "the mission in Valletta"
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert page.locator("#sources tr").count() == 3  # header + two reports
    shot(page, "03-event")
    page.click("#field-origin blockquote a")
    assert page.locator("#doctext mark:target").inner_text() == "the mission in Valletta"
    shot(page, "04-document")
    for name in ("map", "timeline"):
        page.goto(f"{server}/{name}")
        shot(page, f"05-{name}")
    assert page.locator("#timeline a").count() == 3  # the undated none; month and year spans are bars
    page.goto(server + "/map")
    assert page.locator("#worldmap path").count() > 150
    assert page.locator("#worldmap circle").count() >= 2  # Valletta, Ulaanbaatar


def test_confirm_edit_reingest_edit_survives(server, page, store):
    page.goto(server + "/login")
    page.fill("#token", TOKEN)
    page.click("#sign-in")
    page.goto(server + "/events?q=pak")
    page.click("a.event-link")
    old_url = page.url
    page.fill("#form-confirm input[name=why]", "ministry statement on record")
    page.click("#btn-confirm")
    assert page.inner_text("#review-state").startswith("Review: confirmed")
    page.select_option("#edit-field", "origin.city")
    page.fill("#edit-value", "Sliema")
    page.click("#btn-edit")
    assert "Sliema" in page.inner_text("#field-origin")
    sample.refuse(store, salt="rerun")  # re-extract and re-fuse: every event gets a new id
    page.goto(server + "/events?q=pak")
    page.click("a.event-link")
    assert page.url != old_url
    assert page.inner_text("#review-state").startswith("Review: confirmed")
    value = page.inner_text("#field-origin .value")
    assert "Sliema" in value and "machine: Valletta, Malta (MT)" in value
    shot(page, "06-event-reviewed-after-refusion")
    page.goto(server + "/audit")
    rows = page.locator("#audit tbody tr")
    assert rows.count() == 2 and rows.first.locator(".who").inner_text() == "server-token"
    shot(page, "07-audit")


def test_hostile_document_runs_nothing(server, page):
    page.goto(server + "/documents/hostile-1")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") == 0 and page.dialogs == []
    text = page.inner_text("#doctext")
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned = 2"' in text
    assert page.evaluate("document.querySelectorAll('script, #doctext img, #meta b').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    assert "<script>" in page.inner_text("#doc-title")
    page.hover("#meta")
    shot(page, "08-hostile-document")
    page.goto(server + "/events?type=defection&q=soldier")
    page.click("a.event-link")
    assert page.evaluate("window.__pwned") == 0 and page.dialogs == []
