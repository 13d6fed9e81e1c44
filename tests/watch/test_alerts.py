"""Announcements (issue 14): the Atom feeds of new and changed events (filtered like the events
table) and of alerts; alert rules as data; webhooks posted once, never to a private address
unless allowed."""
import http.server
import json
import threading

import feedparser
import pytest
from fastapi.testclient import TestClient

from crossings import api
from crossings.alerts import load_rules, notify
from crossings.errors import CrossingsError
from crossings.events import Event, Place, Subject, When
from crossings.settings import Settings
from crossings.store import Store
from crossings.web import create_app
from tests.watch.feedserver import Site, article, serve
from tests.web import web_sample

RULES = """rules:
  - name: any defection of a trade official
    events: {type: defection, role: trade_official}
  - name: a wave in punishments
    wave: punishment
  - name: a new event citing the unification ministry
    events: {source: unification ministry}
    webhook: %s
"""


@pytest.fixture
def sample(db_url):
    web_sample.build(Store(db_url))
    return db_url


def _ids(body: str) -> list[str]:
    return [e.id.rsplit(":", 1)[-1] for e in feedparser.parse(body).entries]


def test_the_events_feed_filters_like_the_events_table(sample):
    client = TestClient(create_app(sample))
    by_country = {e.origin.country: e.id for e in api.events(db=sample)}
    parsed = feedparser.parse(client.get("/feeds/events.atom").text)
    assert parsed.bozo == 0 and parsed.feed.title == "Crossings: new and changed events"
    assert sorted(_ids(client.get("/feeds/events.atom").text)) == sorted(by_country.values())
    assert _ids(client.get("/feeds/events.atom", params={"type": "disappearance"}).text) == [by_country["MN"]]
    assert _ids(client.get("/feeds/events.atom", params={"source": "unification"}).text) == [by_country["MT"]]
    assert _ids(client.get("/feeds/events.atom", params={"changed_since": "2999-01-01"}).text) == []
    api.decide("reject", by_country["KP"], "ana", db=sample)  # rejected events leave the feed
    assert by_country["KP"] not in _ids(client.get("/feeds/events.atom").text)


def test_the_feed_escapes_what_articles_say(sample):
    body = TestClient(create_app(sample)).get("/feeds/events.atom", params={"q": "soldier"}).text
    assert "<script" not in body and feedparser.parse(body).bozo == 0


def test_rules_raise_event_and_wave_alerts(sample, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES % "http://127.0.0.1:9/hook", encoding="utf-8")
    store = Store(sample)
    punishments = [Event(f"ev-p{i}", "punishment", "reported", [Subject(descriptor="officials")], Place(country="KP"),
                     None, When(f"{2020 + i // 4}-{(i % 4) * 3 + 1:02d}", "month")) for i in range(9)]
    # seven in one quarter after one a quarter: the exact Poisson test (crossings.trend) flags it
    wave = [Event(f"ev-w{i}", "punishment", "reported", [], Place(country="KP"), None, When("2022-04", "month"))
            for i in range(7)]
    store.replace_events([*store.events(), *punishments, *wave])
    found = api.alerts(str(rules), db=sample)
    by_rule = {}
    for alert in found:
        by_rule.setdefault(alert.rule, []).append(alert.key)
    assert by_rule["a wave in punishments"] == ["wave:punishment:2022-Q2"]
    assert len(by_rule["any defection of a trade official"]) == 1
    assert by_rule["a new event citing the unification ministry"] == by_rule["any defection of a trade official"]
    feed = TestClient(create_app(sample, alerts=str(rules))).get("/feeds/alerts.atom").text
    assert "<id>urn:crossings:alert:a%20wave%20in%20punishments:wave:punishment:2022-Q2</id>" in feed


@pytest.mark.parametrize("text,message", [
    ("rules:\n  - name: x\n", "one of"),
    ("rules:\n  - name: x\n    wave: picnic\n", "no event type"),
    ("rules:\n  - name: x\n    events: {colour: red}\n", "unknown filter"),
    ("rules:\n  - name: x\n    events: {role: diplomats}\n", "choose one of"),
    ("rules:\n  - name: x\n    events: {}\n    webhook: file:///etc/passwd\n", "http"),
])
def test_bad_rules_are_refused_when_read(sample, tmp_path, text, message):
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CrossingsError, match=message):
        api.alerts(str(path), db=sample)


@pytest.fixture
def hook():
    posts = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            posts.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/hook", posts
    httpd.shutdown()


@pytest.mark.parametrize("allow_private", [True, False])
def test_a_watch_posts_each_webhook_alert_once_and_never_privately_unless_allowed(tmp_path, db_url, hook,
                                                                                 allow_private):
    url, posts = hook
    site = Site()
    httpd = serve(site)
    try:
        (tmp_path / "rules.yaml").write_text(RULES % url, encoding="utf-8")
        watchlist = tmp_path / "watch.yaml"
        watchlist.write_text(f"per_host: 0\nsources:\n  - {site.base}/feed.xml\nalerts: rules.yaml\n", encoding="utf-8")
        if not allow_private:  # an event to announce, stored from a file; then the default guard
            (tmp_path / "local.txt").write_text(article("a"), encoding="utf-8")
            api.ingest([str(tmp_path / "local.txt")], db=db_url)
            sent, errors = notify(Store(db_url), load_rules(tmp_path / "rules.yaml"), Settings(), since=None)
            assert (sent, posts) == (0, []) and "private or loopback" in errors[0]
            return
        settings = Settings(allow_private=True)
        reports = api.watch(str(watchlist), db=db_url, settings=settings, polls=1)
        assert reports[0].alerts == 1 and [p["rule"] for p in posts] == ["a new event citing the unification ministry"]
        assert "Lima" in posts[0]["summary"] and posts[0]["link"].startswith("/events/ev-")
        api.watch(str(watchlist), db=db_url, settings=settings, polls=1)
        assert len(posts) == 1  # sent once, remembered in the store
    finally:
        httpd.shutdown()


def test_the_cli_lists_changes_and_alerts(sample, tmp_path):
    from typer.testing import CliRunner

    from crossings.cli import app

    wide = {"COLUMNS": "250"}
    shown = CliRunner().invoke(app, ["--db", sample, "changes", "--type", "disappearance"], env=wide)
    assert shown.exit_code == 0 and "Ulaanbaatar" in shown.stdout and "Valletta" not in shown.stdout
    later = CliRunner().invoke(app, ["--db", sample, "changes", "--changed-since", "2999-01-01"], env=wide)
    assert later.exit_code == 0 and "ev-" not in later.stdout
    bad = CliRunner().invoke(app, ["--db", sample, "changes", "--changed-since", "last week"])
    assert bad.exit_code == 2 and "ISO" in bad.output
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES % "https://hooks.example/x", encoding="utf-8")
    listed = CliRunner().invoke(app, ["--db", sample, "alerts", str(rules)], env=wide)
    assert listed.exit_code == 0 and listed.stdout.count("citing the unification ministry: defection") == 1


@pytest.mark.parametrize("text,message", [("sources: []\n", "needs `sources:`"),
                                          ("sources: [/etc/passwd]\n", r"only http\(s\)"),
                                          ("every: soon\nsources: [https://a.example/]\n", "not a duration")])
def test_a_bad_watch_list_is_refused_before_any_fetch(tmp_path, db_url, text, message):
    path = tmp_path / "watch.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CrossingsError, match=message):
        api.watch(str(path), db=db_url, polls=1)
