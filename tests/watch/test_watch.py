"""`crossings watch` against a loopback news site: three polls with new items between them, a kill
in the middle of a poll, a restart, and every item stored exactly once; the Atom feed lists exactly
the new events. Then robots.txt, the per-host rate limit and the private-address refusal."""
import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient

from crossings import api
from crossings.settings import Settings
from crossings.store import Store
from crossings.store import watching
from crossings.web import create_app
from tests.watch.feedserver import ITEMS, Site, serve


@pytest.fixture
def site():
    s = Site()
    httpd = serve(s)
    yield s
    s.release.set()
    httpd.shutdown()


def _watchlist(tmp_path: Path, site: Site, per_host: float = 0, sources=("/feed.xml",), extra: str = "") -> str:
    path = tmp_path / "watch.yaml"
    listed = "\n".join(f"  - {site.base}{s}" for s in sources)
    path.write_text(f"every: 15m\nper_host: {per_host}\nsources:\n{listed}\n{extra}", encoding="utf-8")
    return str(path)


def _watch_process(db_url: str, watchlist: str, polls: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from crossings.cli import app; app()", "--db", db_url, "watch",
                             watchlist, "--polls", str(polls), "--every", "0", "--allow-private"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))


def _stored_once(db_url: str) -> dict[str, int]:
    """How many stored documents carry each item's story."""
    texts = [d.text for d in api.documents(db=db_url)]
    return {key: sum(ITEMS[key][:60] in t for t in texts) for key in ITEMS}


def test_three_polls_a_kill_mid_poll_and_a_restart_store_each_item_once(site, tmp_path, db_url):
    baseline = tmp_path / "old.txt"
    baseline.write_text("A North Korean waitress working in Ulaanbaatar defected to South Korea in "
                        "January 2019, the unification ministry said.\n", encoding="utf-8")
    assert api.ingest([str(baseline)], db=db_url).added == 1
    before_watch = datetime.utcnow().isoformat()
    watchlist = _watchlist(tmp_path, site)
    site.hold = "/articles/e.html"  # poll 3 stops here, between fetching its items and storing them
    first = _watch_process(db_url, watchlist, polls=3)
    assert site.reached.wait(300), first.communicate(timeout=5)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    site.release.set()
    assert site.feed_requests == 3  # three polls, each saw a new generation of the feed
    assert _stored_once(db_url) == {"a": 1, "b": 1, "c": 1, "d": 0, "e": 0}  # poll 3 stored nothing

    again = _watch_process(db_url, watchlist, polls=2)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "poll 2" in err and "1 not modified" in err  # the second poll after restart: 304
    assert _stored_once(db_url) == dict.fromkeys(ITEMS, 1)
    assert len(api.documents(db=db_url)) == 1 + len(ITEMS)
    assert site.log[-1][2].get("If-None-Match") == '"gen3"'

    new_docs = {d.id for d in api.documents(db=db_url) if d.source.startswith(site.base)}
    new_events = {e.id for e in api.events(db=db_url) if any(m.doc in new_docs for m in e.mentions)}
    body = TestClient(create_app(db_url)).get("/feeds/events.atom", params={"changed_since": before_watch}).text
    listed = [e.id.removeprefix("urn:crossings:event:") for e in feedparser.parse(body).entries]
    assert len(new_events) >= len(ITEMS) and sorted(listed) == sorted(new_events)
    everything = TestClient(create_app(db_url)).get("/feeds/events.atom").text
    assert len(feedparser.parse(everything).entries) == len(new_events) + 1  # the baseline's event too


def test_a_failure_between_storing_and_remembering_stores_nothing_twice(site, tmp_path, db_url, monkeypatch):
    watchlist = _watchlist(tmp_path, site)
    settings = Settings(allow_private=True)
    real = watching.record_poll

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # the documents are stored; what was seen is not yet remembered

    monkeypatch.setattr(watching, "record_poll", interrupted)
    with pytest.raises(KeyboardInterrupt):
        api.watch(watchlist, db=db_url, settings=settings, polls=1)
    assert _stored_once(db_url) == {"a": 1, "b": 1, "c": 0, "d": 0, "e": 0}
    monkeypatch.setattr(watching, "record_poll", real)
    (report,) = api.watch(watchlist, db=db_url, settings=settings, polls=1)
    assert _stored_once(db_url) == {"a": 1, "b": 1, "c": 1, "d": 0, "e": 0}
    (source,) = report.sources
    assert (source.new, source.added, source.errors) == (3, 1, [])  # a and b fetched again, found stored
    (_, _, status), = watching.sources(Store(db_url))
    assert status == "3 new, 1 stored"


def test_robots_txt_and_the_per_host_interval_are_honoured(site, tmp_path, db_url):
    site.robots = "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n"
    site.extra["/private/feed.xml"] = site.extra["/other.xml"] = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>x</guid>'
        '<title>Teaser</title><link>%s/private/story.html</link><description>Short.</description></item>'
        '</channel></rss>')
    site.extra["/other.xml"] %= site.base
    watchlist = _watchlist(tmp_path, site, per_host=0.25, sources=("/feed.xml", "/private/feed.xml", "/other.xml"))
    reports = api.watch(watchlist, db=db_url, settings=Settings(allow_private=True), polls=2, every=0)
    paths = [p for _, p, _ in site.log]
    assert paths.count("/robots.txt") == 1 and paths[0] == "/robots.txt"  # read once, before anything else
    assert not any(p.startswith("/private/") for p in paths)  # neither the feed nor the linked story
    refused = [e for r in reports for s in r.sources for e in s.errors]
    assert any("robots.txt disallows" in e for e in refused)
    times = [t for t, _, _ in site.log]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert gaps and min(gaps) >= 0.25  # one host: never two requests closer than the interval
    assert min(gaps[1:]) >= 1  # after robots.txt was read, its Crawl-delay (longer) rules


def test_private_addresses_stay_refused_without_the_switch(site, tmp_path, db_url):
    watchlist = _watchlist(tmp_path, site)
    reports = api.watch(watchlist, db=db_url, settings=Settings(allow_private=False), polls=1)
    assert site.log == [] and "private or loopback" in reports[0].sources[0].errors[0]
    assert api.documents(db=db_url) == []
