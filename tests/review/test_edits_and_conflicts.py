"""Edits are checked against the codebook; the conflicts block reads value · sources · outlets."""
import re

import pytest
from fastapi.testclient import TestClient

from crossings import api
from crossings.edits import ReviewError
from crossings.store import Store
from crossings.web import create_app
from tests.web.test_api import form_csrf
from tests.web import web_sample

TOKEN = "t0ken"


@pytest.fixture
def pak(db_url):
    web_sample.build(Store(db_url))
    return next(e.id for e in api.events(db=db_url) if e.origin.country == "MT")


@pytest.mark.parametrize("field, value, error", [
    ("date.value", "spring 2016", "must be an ISO date"),
    ("date.value", "2016-02-30", "not a date on the calendar"),
    ("subjects.0.role", "spy", "must be one of diplomat"),
    ("origin.country", "ZZ", "ISO 3166 alpha-2"),
    ("destination", "Korea", "ISO 3166 alpha-2"),
    ("type", "riot", "must be one of defection"),
    ("subjects.0.count", "two", "whole number"),
    ("people", "p-1", "cannot be edited"),
])
def test_bad_edits_are_refused_with_the_reason(db_url, pak, field, value, error):
    with pytest.raises(ReviewError, match=error):
        api.decide("edit", pak, "ana", "", {"field": field, "value": value}, db=db_url)
    assert api.decisions(db=db_url) == []


def test_a_date_keeps_a_precision_that_fits_it(db_url, pak):
    api.decide("edit", pak, "ana", "", {"field": "date.value", "value": "2016"}, db=db_url)
    assert (api.event(pak, db=db_url).date.value, api.event(pak, db=db_url).date.precision) == ("2016", "year")
    with pytest.raises(ReviewError, match="does not fit the date"):
        api.decide("edit", pak, "ana", "", {"field": "date.precision", "value": "day"}, db=db_url)
    api.decide("edit", pak, "ana", "spring", {"field": "date.precision", "value": "season"}, db=db_url)
    assert api.event(pak, db=db_url).date.precision == "season"
    with pytest.raises(ReviewError, match="does not have precision"):
        api.decide("edit", pak, "ana", "", {"field": "date.value", "value": "2016-04", "precision": "day"}, db=db_url)
    api.decide("edit", pak, "ana", "", {"field": "date.value", "value": "2016-04-07"}, db=db_url)
    api.decide("edit", pak, "ana", "", {"field": "origin.country", "value": "kp"}, db=db_url)
    ev = api.event(pak, db=db_url)
    assert (ev.date.value, ev.date.precision, ev.origin.country) == ("2016-04-07", "day", "KP")


def test_the_form_shows_the_refusal(db_url, pak):
    client = TestClient(create_app(db_url, token=TOKEN))
    client.post("/login", data={"token": TOKEN, "csrf": form_csrf(client, "/login")})
    r = client.post(f"/events/{pak}/decide", data={"csrf": form_csrf(client, f"/events/{pak}"), "action": "edit", "field": "date.value",
                                                   "value": "spring 2016", "who": "ana"})
    assert r.status_code == 400 and "ISO date" in r.text
    r = client.post(f"/events/{pak}/decide", data={"csrf": form_csrf(client, f"/events/{pak}"), "action": "edit", "field": "date.value", "value": "2016",
                                                   "precision": "season", "who": "ana"})
    assert r.status_code == 200 and "2016 (season; set by an analyst)" in r.text


def test_conflicts_render_value_sources_outlets(db_url, pak):
    client = TestClient(create_app(db_url, token=TOKEN))
    client.post("/login", data={"token": TOKEN, "csrf": form_csrf(client, "/login")})
    soldier = next(e.id for e in api.events(db=db_url) if e.origin.country == "KP")
    client.post(f"/events/{pak}/decide", data={"csrf": form_csrf(client, f"/events/{pak}"), "action": "merge", "other": soldier, "who": "ana"})
    event = client.get(f"/api/events/{pak}").json()["event"]
    for values in event["conflicts"].values():  # one shape, whatever made the conflict
        assert all(set(v) == {"value", "mentions", "docs"} for v in values)
    assert [v["value"] for v in event["conflicts"]["origin.country"]] == ["MT", "KP"]
    html = client.get(f"/events/{pak}").text
    table = html[html.index('id="conflicts"'):html.index("</table>", html.index('id="conflicts"'))]
    rows = re.findall(r"<td>([^<]*)</td>\s*<td class=\"num\">(\d+)</td><td>([^<]*)</td>", table)
    assert ("MT", "2", "Harbour Post, Lantern Daily") in rows
    assert ("KP", "1", "&lt;b onmouseover=&#34;window.__pwned=4&#34;&gt;Evil Outlet&lt;/b&gt;") in rows
    assert "{" not in table and not re.search(r"[0-9a-f]{16}", table)  # no dicts, no mention hashes
