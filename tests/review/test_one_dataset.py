"""One reviewed dataset: what an analyst decides in the dashboard is what the CLI, the Python
api and the JSON API publish; --machine (review="machine") still gives the machine's output."""
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.store import Store
from crossings.web import create_app
from tests.web.test_api import form_csrf
from tests.web import web_sample

TOKEN = "t0ken"


@pytest.fixture
def decided(db_url):
    """The dashboard sample with one event rejected and two merged, through the HTML forms."""
    web_sample.build(Store(db_url))
    client = TestClient(create_app(db_url, token=TOKEN))
    client.post("/login", data={"token": TOKEN, "csrf": form_csrf(client, "/login")})
    items = client.get("/api/events").json()["items"]
    by_country = {e["origin"]["country"]: e["id"] for e in items}
    pak, soldier, missing = by_country["MT"], by_country["KP"], by_country["MN"]
    for action, target, extra in (("reject", soldier, {}), ("merge", pak, {"other": missing})):
        r = client.post(f"/events/{target}/decide", data={"csrf": form_csrf(client, f"/events/{target}"), "action": action, "who": "ana", **extra})
        assert r.status_code == 200, r.text
    return db_url, client, {"pak": pak, "soldier": soldier, "missing": missing}


def _cli(*args) -> str:
    shown = CliRunner().invoke(app, list(args), env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    return shown.output


def test_cli_api_and_dashboard_publish_the_same_events(decided, tmp_path):
    db, client, ids = decided
    dashboard = {e["id"]: e for e in client.get("/api/events").json()["items"]}
    assert set(dashboard) == {ids["pak"]}  # the soldier rejected, the disappearance merged into Pak's
    _cli("--db", db, "export", "-o", str(tmp_path / "e.jsonl"))
    exported = {r["id"]: r for r in map(json.loads, (tmp_path / "e.jsonl").read_text().splitlines())}
    assert set(exported) == set(dashboard) == {e.id for e in api.events(db=db)}
    assert len(exported[ids["pak"]]["mentions"]) == len(dashboard[ids["pak"]]["mentions"]) == 3
    listed = _cli("--db", db, "events")
    assert ids["pak"] in listed and ids["soldier"] not in listed and ids["missing"] not in listed
    assert api.event(ids["missing"], db=db).id == ids["pak"]  # a merged-away id leads to its event
    assert api.event(ids["soldier"], db=db) is not None  # rejected, still readable by id
    assert ids["soldier"] in _cli("--db", db, "events", "--review", "rejected")


def test_machine_output_on_request(decided, tmp_path):
    db, _, ids = decided
    assert {e.id for e in api.events(db=db, review="machine")} == set(ids.values())
    _cli("--db", db, "export", "--machine", "-o", str(tmp_path / "m.jsonl"))
    assert len((tmp_path / "m.jsonl").read_text().splitlines()) == 3
    listed = _cli("--db", db, "events", "--machine")
    assert all(i in listed for i in ids.values())
    assert len(api.event(ids["pak"], db=db, review="machine").mentions) == 2
    with pytest.raises(Exception, match="no review state"):
        api.events(db=db, review="approved")


def test_decisions_from_the_cli_reach_the_dashboard(decided):
    db, client, ids = decided
    _cli("--db", db, "decide", "edit", ids["pak"], "--who", "bo", "--field", "origin.city", "--value", "Mdina")
    assert client.get(f"/api/events/{ids['pak']}").json()["event"]["origin"]["city"] == "Mdina"
    log = _cli("--db", db, "decisions")
    assert "reject" in log and "merge" in log and "Mdina" in log
    shown = _cli("--db", db, "event", ids["pak"])
    assert "edited origin.city" in shown and "Mdina" in shown
