"""The dashboard read by an analyst, in Chromium: an event's headline in words, a person's page,
the wave chart's method, and a map whose filters change what is drawn. Screenshots of each page
when CROSSINGS_SCREENSHOTS names a folder."""
import datetime as dt

import pytest

from crossings.store import Store
from tests.web import web_series
from tests.web.test_browser import SHOTS, browser, page, pytestmark, server, serving, shot  # noqa: F401 (fixtures)


@pytest.fixture
def archive(tmp_path):
    """A generated archive of 169 events through today, with a planted rise of diplomats."""
    url = f"sqlite:///{tmp_path / 'archive.db'}"
    Store(url).replace_events(web_series.events(dt.datetime.now(dt.timezone.utc).date()))
    with serving(url) as served:
        yield served


def test_an_event_headline_says_who_where_when_whither_and_who_says_so(server, page):
    page.goto(server + "/events?q=pak")
    row = page.locator("#events-table tbody tr").first.inner_text()
    assert "Pak Sun Il (trade official)" in row and "Valletta, Malta" in row and "South Korea" in row
    assert "confirmed, according to unification ministry and Lantern Daily" in row
    shot(page, "dash-02-events")
    page.click("a.event-link")
    assert page.inner_text("#hl-who") == "Pak Sun Il (trade official); family member(s), number not stated"
    assert page.inner_text("#hl-from") == "Valletta, Malta"
    assert page.inner_text("#hl-when") == "February 2024" and "relative date" in page.inner_text("#hl-how")
    assert page.inner_text("#hl-to") == "South Korea"
    says = page.inner_text("#hl-says")
    assert says.startswith("confirmed") and "unification ministry" in says
    assert page.inner_text("#hl-outlets").startswith("2 independent sources")
    korean = page.inner_text("#hl-ko")
    assert "무역 일꾼" in korean and "몰타" in korean and "대한민국" in korean
    shot(page, "dash-03-event")
    page.click("#hl-who a.person")
    assert page.inner_text("#person-name") == "Pak Sun Il"
    assert page.inner_text("#aliases") == "박선일"
    assert page.locator("#person-events tbody tr").count() == 1
    assert "Lantern Daily" in page.inner_text("#person-sources") and "Harbour Post" in page.inner_text("#person-sources")
    shot(page, "dash-04-person")


def test_a_group_without_names_reads_as_a_count_of_a_role(server, page):
    page.goto(server + "/events?type=disappearance")
    page.click("a.event-link")
    assert page.inner_text("#hl-who") == "2 restaurant workers"
    assert page.inner_text("#hl-when") == "2023 (year only)" and page.inner_text("#hl-to") == "not reported"
    assert page.inner_text("#hl-says") == "reported; no source named"


def test_the_wave_chart_explains_itself_and_flags_the_planted_rise(archive, page):
    page.goto(archive + "/?type=defection&role=diplomat")
    rule = page.inner_text("#wave-rule")
    assert "exact Poisson test" in rule and "8 quarters before it" in rule
    assert "events per quarter" in page.text_content("#y-axis-title")
    assert "Wave signal" in page.inner_text("#waves")  # nine diplomats in the running quarter
    assert page.locator("#wave-chart rect.wave").count() >= 1
    assert page.locator("#wave-chart rect.partial").count() == 1  # the current quarter, still running
    assert page.locator("#wave-chart rect.yearspan").count() >= 1  # year-only events, apart
    shot(page, "dash-01-overview")
    page.select_option("#w-role", "")
    page.select_option("#w-type", "recall")
    page.click("#w-apply")
    assert "Recalls per quarter" in page.inner_text("#waves-card h2") or "recalls" in page.inner_text("#waves-card h2")
    assert "No quarter is a wave" in page.inner_text("#waves")


def test_the_map_draws_what_its_filters_select(archive, page):
    page.goto(archive + "/map")
    everything = page.locator("#symbols circle").count()
    assert everything > 10 and page.locator("#symbols circle.destination").count() >= 1
    assert page.locator("#inset circle").count() >= 1  # Shenyang, Dandong, Hyesan...
    shot(page, "dash-05-map")
    page.select_option("#m-role", "diplomat")
    page.click("#m-apply")
    diplomats = page.locator("#symbols circle").count()
    assert 0 < diplomats < everything
    page.select_option("#m-side", "origin")
    page.click("#m-apply")
    assert page.locator("#symbols circle.destination").count() == 0
    assert page.locator("#symbols circle.origin").count() == diplomats - 1  # KR, their one destination, gone
    page.fill("#m-since", "2099")
    page.click("#m-apply")
    assert page.locator("#symbols circle").count() == 0 and page.inner_text("#map-count").startswith("0 events")


def test_the_timeline_draws_year_dated_events_as_spans(archive, page):
    page.goto(archive + "/timeline")
    spans = page.locator("#timeline rect.span.year")
    assert spans.count() >= 10 and page.locator("#timeline rect.span.month").count() >= 100
    widths = [float(w) for w in spans.evaluate_all("els => els.map(e => e.getAttribute('width'))")]
    month = float(page.locator("#timeline rect.span.month").first.get_attribute("width"))
    assert min(widths) > 8 * month  # a year is drawn twelve months wide, not as a point
    shot(page, "dash-06-timeline")
    if SHOTS:  # the chart alone, at a size one can read
        page.locator("#timeline").screenshot(path=f"{SHOTS}/dash-06b-timeline-chart.png")
    page.goto(archive + "/events?role=diplomat")
    shot(page, "dash-02b-events-archive")


def test_the_events_filter_by_outlet_and_a_typo_lists_the_outlets(server, page):
    page.goto(server + "/events")
    page.fill("#f-outlet", "Lantern Daily")
    with page.expect_navigation():  # the filter is a form: read the page it loads, not the one it leaves
        page.click("#f-apply")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1 and "Pak Sun Il" in rows.first.inner_text()
    assert page.input_value("#f-outlet") == "Lantern Daily"
    page.fill("#f-outlet", "lantern")
    with page.expect_navigation():
        page.click("#f-apply")
    assert "unknown outlet 'lantern': choose one of" in page.inner_text("body")
    assert "lantern daily" in page.inner_text("body")
