"""Analysts as people (issue 14): accounts made from the CLI, each with its own token stored only
as a hash; decisions recorded as the account; roles; the server token as the admin account."""
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from crossings import api
from crossings.accounts import SERVER_ACCOUNT, AccountError
from crossings.cli import app
from crossings.review import ReviewError
from crossings.web import create_app
from tests.web.test_api import TOKEN, form_csrf, pak_id


def _sign_in(client, token):
    r = client.post("/login", data={"token": token, "csrf": form_csrf(client, "/login")}, follow_redirects=False)
    assert r.status_code == 303, r.text


def test_the_cli_prints_the_token_once_and_the_store_keeps_only_its_hash(store, db_url):
    made = CliRunner().invoke(app, ["--db", db_url, "users", "add", "ana", "--role", "admin"])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip().splitlines()[-1]
    assert len(token) >= 40 and api.signed_in(token, db=db_url).name == "ana"
    listed = CliRunner().invoke(app, ["--db", db_url, "users", "list"], env={"COLUMNS": "200"}).stdout
    assert "ana" in listed and "admin" in listed and token not in listed
    with create_engine(db_url).connect() as conn:
        stored = [tuple(r) for r in conn.execute(text("SELECT * FROM accounts"))]
    assert stored and not any(token in str(v) for row in stored for v in row)
    again = CliRunner().invoke(app, ["--db", db_url, "users", "add", "ana"])
    assert again.exit_code == 2 and "already" in again.output
    assert api.signed_in(token[:-1] + ("A" if token[-1] != "A" else "B"), db=db_url) is None


@pytest.mark.parametrize("name", ["", "a:b", "x" * 61, SERVER_ACCOUNT, "two words"])
def test_account_names_that_could_pass_for_another_are_refused(store, db_url, name):
    with pytest.raises(AccountError):
        api.users_add(name, db=db_url)


def test_a_decision_through_the_web_is_the_signed_in_accounts_never_a_typed_name(store, db_url):
    _, token = api.users_add("bo", db=db_url)
    client = TestClient(create_app(db_url, token=None))  # accounts alone enable review
    _sign_in(client, token)
    target = pak_id(client)
    page = client.get(f"/events/{target}").text
    assert 'name="who"' not in page and "bo (reviewer)" in page
    r = client.post(f"/events/{target}/decide", data={"action": "confirm", "who": "mallory",
                                                      "csrf": form_csrf(client, f"/events/{target}")})
    assert r.status_code == 200
    bearer = client.post(f"/api/events/{target}/decisions", json={"action": "reject", "who": "mallory"},
                         headers={"Authorization": f"Bearer {token}"})
    assert bearer.status_code == 201
    assert [d["who"] for d in api.decisions(db=db_url)] == ["bo", "bo"]


def test_the_server_token_is_the_admin_account(store, db_url):
    client = TestClient(create_app(db_url, token=TOKEN))
    r = client.post(f"/api/events/{pak_id(client)}/decisions", json={"action": "confirm"},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201 and api.decisions(db=db_url)[0]["who"] == SERVER_ACCOUNT


def test_removing_an_account_ends_its_sessions_and_its_token(store, db_url):
    _, token = api.users_add("cy", db=db_url)
    _, other = api.users_add("dee", db=db_url)
    client = TestClient(create_app(db_url))
    _sign_in(client, token)
    target = pak_id(client)
    csrf = form_csrf(client, f"/events/{target}")
    api.users_remove("cy", db=db_url)
    assert client.post(f"/events/{target}/decide", data={"action": "confirm", "csrf": csrf}).status_code == 401
    assert api.signed_in(token, db=db_url) is None and api.signed_in(other, db=db_url).name == "dee"
    with pytest.raises(AccountError):
        api.users_remove("cy", db=db_url)


def test_a_reviewer_undoes_only_their_own_decisions_an_admin_anyones(store, db_url):
    api.users_add("rev", "reviewer", db=db_url)
    api.users_add("boss", "admin", db=db_url)
    target = api.events(db=db_url)[0].id
    mine = api.decide("confirm", target, "rev", db=db_url)
    theirs = api.decide("reject", target, "boss", db=db_url)
    with pytest.raises(ReviewError, match="only their own"):
        api.decide("undo", target, "rev", payload={"decision": theirs}, db=db_url)
    api.decide("undo", target, "rev", payload={"decision": mine}, db=db_url)
    api.decide("undo", target, "boss", payload={"decision": theirs}, db=db_url)
    assert [d["who"] for d in api.decisions(db=db_url)] == ["rev", "boss", "rev", "boss"]


def test_the_cli_records_an_account_or_a_local_label(store, db_url):
    api.users_add("ana", db=db_url)
    target = api.events(db=db_url)[0].id
    for who in (["--who", "ana"], ["--who", "zed"], []):
        shown = CliRunner().invoke(app, ["--db", db_url, "decide", "confirm", target, *who])
        assert shown.exit_code == 0, shown.output
    recorded = [d["who"] for d in api.decisions(db=db_url)]
    assert recorded[:2] == ["ana", "local:zed"] and re.match(r"^local:.+", recorded[2])


def test_without_a_token_or_an_account_nothing_can_change(store, db_url):
    client = TestClient(create_app(db_url))
    assert "read-only" in client.get("/").text
    target = pak_id(client)
    assert client.post(f"/events/{target}/decide", data={"action": "reject"}).status_code == 403
    assert client.post(f"/api/events/{target}/decisions", json={"action": "reject"},
                       headers={"Authorization": "Bearer guess"}).status_code == 403
    assert api.decisions(db=db_url) == []


def test_a_reviewer_sees_undo_only_on_their_own_decisions_and_the_queue_is_json_too(store, db_url):
    _, token = api.users_add("rev", db=db_url)
    api.users_add("boss", "admin", db=db_url)
    client = TestClient(create_app(db_url))
    target = pak_id(client)
    theirs = api.decide("confirm", target, "boss", db=db_url)
    mine = api.decide("accept_value", target, "rev", payload={"field": "status"}, db=db_url)
    _sign_in(client, token)
    page = client.get(f"/events/{target}").text
    assert f'id="undo-{mine}"' in page and f'id="undo-{theirs}"' not in page
    queue = client.get("/api/queue").json()
    assert queue["total"] == 2 and target not in {i["event"]["id"] for i in queue["items"]}
    assert all(i["reasons"][0] == "unreviewed" for i in queue["items"])
