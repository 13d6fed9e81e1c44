"""`crossings serve --watch FILE` runs the dashboard and the watch in one process: items the
watch stores appear in the dashboard's Atom feed."""
import os
import subprocess
import sys
import time
import urllib.request

import feedparser

from tests.watch.feedserver import Site, serve
from tests.web.test_browser import free_port


def test_serve_with_watch_ingests_and_announces(tmp_path, db_url):
    site = Site()
    httpd = serve(site)
    watchlist = tmp_path / "watch.yaml"
    watchlist.write_text(f"every: 1h\nper_host: 0\nsources:\n  - {site.base}/feed.xml\n", encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from crossings.cli import app; app()", "--db", db_url, "serve",
                             "--host", "127.0.0.1", "--port", str(port), "--watch", str(watchlist), "--allow-private"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        entries, deadline = [], time.monotonic() + 240
        while len(entries) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.5)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/feeds/events.atom", timeout=10) as r:
                    entries = feedparser.parse(r.read()).entries
            except OSError:
                continue  # not listening yet
        assert len(entries) == 2, proc.stderr.read() if proc.poll() is not None else "no entries in time"
        assert {e.title.split(" · ")[0] for e in entries} == {"defection"}
        assert site.feed_requests == 1  # one poll; the next is an hour away
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
        httpd.shutdown()
    assert "poll 1" in err and "2 stored" in err
