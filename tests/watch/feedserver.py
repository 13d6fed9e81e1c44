"""A loopback news site for the watch tests: a feed that grows by one generation per request,
articles, robots.txt, and a log of every request (time, path, headers). All text is invented."""
from __future__ import annotations

import http.server
import threading
import time
from dataclasses import dataclass, field

ITEMS = {
    "a": "A North Korean diplomat posted in Lima, counsellor Ryom Chol Jin, defected to South Korea in March "
         "2025 with his family, the unification ministry said on Tuesday.",
    "b": "Two North Korean soldiers crossed the military demarcation line in the eastern sector in April 2025 "
         "and asked to defect, the Joint Chiefs of Staff said.",
    "c": "A North Korean trade official working in Dakar, Pyon Song Hui, went missing in May 2025, officials "
         "in Seoul said on Friday.",
    "d": "Chinese police detained six North Koreans near Tumen in June 2025 and repatriated them to the North, "
         "a human rights group said.",
    "e": "North Korea recalled its ambassador to Kuala Lumpur, Jang Kyong Nam, in July 2025, the foreign "
         "ministry in Seoul said.",
}
GENERATIONS = (("a", "b"), ("a", "b", "c"), ("a", "b", "c", "d", "e"))
TEASERS = {"c", "e"}  # entries whose feed text is a teaser: the article is fetched from its link


def article(key: str) -> str:
    return f"{ITEMS[key]}\n\n{ITEMS[key].replace('said', 'told reporters')}\n"


def _entry(key: str, base: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in article(key).split("\n\n"))
    body = "Read the full story on our site." if key in TEASERS else paragraphs
    return (f"<item><guid>urn:test:{key}</guid><title>Story {key}</title><link>{base}/articles/{key}.html</link>"
            f"<pubDate>Mon, 04 Aug 2025 09:00:00 GMT</pubDate><description><![CDATA[{body}]]></description></item>")


def feed(generation: int, base: str) -> str:
    items = "".join(_entry(k, base) for k in GENERATIONS[generation - 1])
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{items}</channel></rss>'


@dataclass
class Site:
    base: str = ""
    robots: str = "User-agent: *\nDisallow: /private/\n"
    extra: dict[str, str] = field(default_factory=dict)  # path -> feed body served as it is
    feed_requests: int = 0
    log: list[tuple[float, str, dict]] = field(default_factory=list)
    hold: str | None = None  # a path whose first request waits for `release`
    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def generation(self) -> int:
        return min(self.feed_requests, len(GENERATIONS))


def serve(site: Site):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            site.log.append((time.monotonic(), self.path, dict(self.headers)))
            if self.path == "/robots.txt":
                return self._send(200, "text/plain", site.robots)
            if self.path in site.extra:
                return self._send(200, "application/rss+xml", site.extra[self.path])
            if self.path == "/feed.xml":
                return self._feed()
            key = self.path.removeprefix("/articles/").removesuffix(".html")
            if key in ITEMS:
                if self.path == site.hold and not site.reached.is_set():
                    site.reached.set()
                    site.release.wait(120)
                return self._send(200, "text/html", f"<html><body><article><p>{article(key)}</p></article></body></html>")
            return self._send(404, "text/plain", "missing")

        def _feed(self):
            etag = f'"gen{min(site.feed_requests, len(GENERATIONS)) or 1}"'
            if site.feed_requests and self.headers.get("If-None-Match") == etag \
                    and site.feed_requests >= len(GENERATIONS):
                return self._send(304, "", "", {"ETag": etag})
            site.feed_requests += 1
            return self._send(200, "application/rss+xml", feed(site.generation(), site.base),
                              {"ETag": f'"gen{site.generation()}"'})

        def _send(self, status, ctype, body, headers=None):
            data = body.encode()
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if status != 304:
                try:
                    self.wfile.write(data)
                except BrokenPipeError:  # the watcher was killed mid-request, as the test wants
                    pass

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd
