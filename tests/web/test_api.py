"""JSON API and pages through TestClient: filters, pagination, auth, escaping, headers."""
import re

import pytest
from fastapi.testclient import TestClient

from crossings.web import create_app

TOKEN = "s3cret-token"


@pytest.fixture
def client(store, db_url):
    return TestClient(create_app(db_url, token=TOKEN))


@pytest.fixture
def readonly(store, db_url):
    return TestClient(create_app(db_url, token=None))


def form_csrf(client, path: str) -> str:
    """The CSRF token the page at `path` puts in its forms."""
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def login(client) -> None:
    r = client.post("/login", data={"token": TOKEN, "csrf": form_csrf(client, "/login")}, follow_redirects=False)
    assert r.status_code == 303


def events(client, **params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def pak_id(client):
    return events(client, q="pak sun")["items"][0]["id"]


def test_filters(client):
    assert events(client)["total"] == 3
    assert events(client, type="disappearance")["total"] == 1
    assert events(client, year=2024)["total"] == 2
    assert events(client, country="mt")["total"] == 1
    assert events(client, role="military")["items"][0]["origin"]["country"] == "KP"
    assert events(client, status="confirmed")["total"] == 1
    assert events(client, q="PAK SUN")["total"] == 1
    assert events(client, q="100%")["total"] == 0  # LIKE wildcards are literal


def test_sort_and_pagination(client):
    dates = [e["date"]["value"] for e in events(client, sort="date", order="asc")["items"]]
    assert dates == ["2023", "2024-02", "2024-05"]
    first = events(client, sort="date", order="desc", limit=2)
    second = events(client, sort="date", order="desc", limit=2, offset=2)
    assert [e["date"]["value"] for e in first["items"] + second["items"]] == ["2024-05", "2024-02", "2023"]
    assert client.get("/api/events", params={"sort": "password"}).status_code == 400
    assert client.get("/api/events", params={"limit": 10_000}).status_code == 422


def test_event_and_document(client):
    ev = client.get(f"/api/events/{pak_id(client)}").json()
    assert {m["doc"] for m in ev["event"]["mentions"]} == {"harbour-1", "lantern-1"}
    assert ev["documents"]["lantern-1"]["outlet"] == "Lantern Daily"
    assert ev["event"]["review"]["state"] == "unreviewed"
    doc = client.get("/api/documents/harbour-1").json()
    assert doc["document"]["text"].startswith("VALLETTA")
    assert len(doc["mentions"]) == 2 and set(doc["event_of"]) == {m["id"] for m in doc["mentions"]}
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_stats_and_openapi(client):
    stats = client.get("/api/stats").json()
    assert stats["by_type"] == {"defection": 2, "disappearance": 1}
    labels = [q["label"] for q in stats["trend"]["periods"]]
    assert labels[:2] == ["2024-Q1", "2024-Q2"] and len(labels) >= 11  # from the first event through today
    assert stats["trend"]["year_only"] == {"2023": 1} and "exact Poisson test" in stats["wave_rule"]
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/stats"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_decisions_need_the_token(client):
    target = pak_id(client)
    body = {"action": "confirm", "who": "ana", "why": "checked"}
    assert client.post(f"/api/events/{target}/decisions", json=body).status_code == 401
    bad = {"Authorization": "Bearer wrong"}
    assert client.post(f"/api/events/{target}/decisions", json=body, headers=bad).status_code == 401
    good = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post(f"/api/events/{target}/decisions", json=body, headers=good).status_code == 201
    assert events(client, review="confirmed")["items"][0]["id"] == target
    edit = {"action": "edit", "who": "ana", "field": "status", "value": "rumoured"}
    r = client.post(f"/api/events/{target}/decisions", json=edit, headers=good)
    assert r.status_code == 400 and "status must be one of" in r.json()["detail"]
    assert [d["action"] for d in client.get("/api/decisions").json()] == ["confirm"]


def test_readonly_without_token(readonly):
    target = pak_id(readonly)
    r = readonly.post(f"/api/events/{target}/decisions", json={"action": "confirm", "who": "a"},
                      headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403
    r = readonly.post(f"/events/{target}/decide", data={"action": "confirm", "who": "a", "token": ""})
    assert r.status_code == 403
    assert "read-only" in readonly.get("/").text


def test_form_login_and_decide(client):
    target = pak_id(client)
    csrf = form_csrf(client, "/login")
    assert client.post("/login", data={"token": "nope", "csrf": csrf}).status_code == 401
    r = client.post("/login", data={"token": TOKEN, "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert "samesite=strict" in r.headers["set-cookie"].lower() and TOKEN not in r.headers["set-cookie"]
    r = client.post(f"/events/{target}/decide", data={"action": "edit", "field": "origin.city", "value": "Sliema",
                                                      "who": "ana", "csrf": form_csrf(client, f"/events/{target}")})
    assert r.status_code == 200 and "Sliema" in r.text


@pytest.mark.parametrize("path", ["/", "/events", "/timeline", "/map", "/audit", "/login",
                                  "/documents/hostile-1", "/documents/harbour-1"])
def test_pages_render_with_strict_headers(client, path):
    r = client.get(path)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "script-src 'none'" in csp and "default-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_hostile_markup_is_escaped(client):
    html = client.get("/documents/hostile-1").text
    assert "<script>window" not in html and "<img src=x" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    soldier = next(e for e in events(client)["items"] if e["origin"]["country"] == "KP")
    page = client.get(f"/events/{soldier['id']}").text
    assert "<script>" not in page and 'href="javascript:' not in page and "&lt;b onmouseover" in page


def test_event_page_highlights_each_quote(client):
    html = client.get(f"/events/{pak_id(client)}").text
    assert '<mark class="hl f-origin">the mission in Valletta</mark>' in html
    assert '<mark class="hl f-status">officials in Seoul confirmed</mark>' in html


def test_exports(client):
    csv = client.get("/export/events.csv")
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.count("\n") == 4
    lines = client.get("/export/events.jsonl").text.strip().splitlines()
    assert len(lines) == 3
    geo = client.get("/export/events.geojson").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 3
    assert client.get("/export/events.exe").status_code == 422
    only = client.get("/export/events.jsonl", params={"country": "MT"}).text.strip().splitlines()
    assert len(only) == 1 and '"Pak Sun Il"' in only[0]
    redacted = client.get("/export/events.jsonl", params={"country": "MT", "redact": "true"}).text
    assert "his wife" not in redacted and "Pak Sun Il" in redacted


def test_korean_text_is_highlighted_at_its_offsets(client, store):
    from tests.web import web_sample as sample
    from crossings.events import Event, Mention, Place, When

    text = "평양 소식통에 따르면 지난달 블라디보스토크 주재 무역대표부 직원이 가족과 함께 탈북했다고 한다."
    doc = sample.doc("ko-1", text, "가상일보", "2024-09-02", "https://ko.example/1", "무역대표부 직원 탈북")
    doc.lang = "ko"
    store.add_documents([(doc, None)])
    m = Mention("ko-1", "defection", "reported", [], Place("Vladivostok", "RU"), None, When("2024-08", "month"),
                [], [sample.ev(doc, "type", "탈북했다"), sample.ev(doc, "origin", "블라디보스토크 주재")])
    store.replace_mentions({"ko-1": [m]})
    store.replace_events([*sample.fused(sample.mentions(sample.documents())),
                          Event("ev-ko", "defection", "reported", [], m.origin, None, m.date, "2024-09-02", [], [m])])
    html = client.get("/documents/ko-1").text
    assert '>탈북했다</mark>' in html and '>블라디보스토크 주재</mark>' in html
    assert '<mark class="hl f-origin">블라디보스토크 주재</mark>' in client.get("/events/ev-ko").text
    assert events(client, q="vladivostok")["items"][0]["id"] == "ev-ko"


def test_form_merge_and_split(client):
    login(client)
    target = pak_id(client)
    csrf = form_csrf(client, f"/events/{target}")
    soldier = next(e["id"] for e in events(client)["items"] if e["origin"]["country"] == "KP")
    r = client.post(f"/events/{target}/decide", data={"action": "merge", "other": soldier, "who": "ana",
                                                      "csrf": csrf})
    assert r.status_code == 200 and events(client)["total"] == 2
    merged = client.get(f"/api/events/{target}").json()["event"]
    assert len(merged["mentions"]) == 3 and merged["review"]["merged"] == [soldier]
    mention = next(m["id"] for m in merged["mentions"] if m["doc"] == "hostile-1")
    r = client.post(f"/events/{target}/decide", data={"action": "split", "mention": mention, "who": "ana",
                                                      "csrf": csrf})
    assert r.status_code == 200 and events(client)["total"] == 3
    bad = client.post(f"/events/{target}/decide", data={"action": "merge", "other": target, "who": "ana",
                                                        "csrf": csrf})
    assert bad.status_code == 400 and "cannot merge" in bad.text
    assert [d["action"] for d in client.get("/api/decisions").json()] == ["merge", "split"]


def test_events_by_outlet_and_destination_in_the_api_pages_and_downloads(client):
    assert [e["subjects"][0]["name"] for e in events(client, outlet="Lantern Daily")["items"]] == ["Pak Sun Il"]
    assert {e["type"] for e in events(client, outlet="harbour post")["items"]} == {"defection", "disappearance"}
    by_host = events(client, outlet="https://www.harbour.example/a1", destination="KR")["items"]
    assert [e["subjects"][0]["name"] for e in by_host] == ["Pak Sun Il"]  # the reports' host finds them too
    assert {e["origin"]["country"] for e in events(client, destination="kr")["items"]} == {"MT", "KP"}
    refused = client.get("/api/events", params={"outlet": "lantern"})
    assert refused.status_code == 400 and "unknown outlet 'lantern'" in refused.json()["detail"]
    assert "harbour post, harbour.example, lantern daily" in refused.json()["detail"]
    page = client.get("/events", params={"outlet": "lantern daily", "destination": "KR"})
    assert page.status_code == 200 and 'id="f-outlet" size="14" value="lantern daily"' in page.text
    assert "outlet=lantern+daily" in page.text  # the downloads keep the filter
    rows = client.get("/export/events.csv", params={"outlet": "lantern daily"}).text.strip().splitlines()
    assert len(rows) == 2 and "Harbour Post" in rows[1] and "Lantern Daily" in rows[1]
    shown = client.get("/events", params={"outlet": "nowhere"})
    assert shown.status_code == 400 and "unknown outlet" in shown.text and "<b onmouseover" not in shown.text
