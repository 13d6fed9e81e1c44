"""Invented pages for the ingest tests, and a loopback HTTP server."""
from __future__ import annotations

import http.server
import threading

import pytest

from tests.pgserver import pg_server, pg_url, store_url  # noqa: F401  fixtures

ARTICLE = (
    "Fishermen from the North reach an island after two days at sea\n\n"
    "A small wooden boat carrying four fishermen drifted south across the sea border on Tuesday, "
    "the coast guard said.\n\n"
    "The men asked to stay in the South, an official told reporters in Incheon.\n"
)

HTML = """<!doctype html><html><head><title>Border guards see record crossings</title>
<meta property="og:site_name" content="Harbour Tribune">
<meta property="article:published_time" content="2022-05-14T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Border guards see record crossings</h1>
<p>Guards at the river counted more crossings in April than in any month on record, the ministry said on Friday.</p>
<p>Most of those who crossed were traders, according to a ministry report seen by this newspaper.</p>
<p>Officials declined to say how many had been sent back across the river in the same month.</p>
</article><footer>Copyright Harbour Tribune</footer></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Wire</title>
<item><title>Ferry service resumes between two islands</title><link>http://example.invalid/ferry</link>
<pubDate>Mon, 03 Apr 2023 09:00:00 GMT</pubDate>
<description><![CDATA[<p>The ferry between the two islands resumed service on Monday after a storm kept it in port for
a week, the operator said. Passengers queued from dawn, and the first boat left full. Fishermen
said the delay had cost them a week of catch, and the island council promised to look at
compensation for those who lost income while the boats stayed in harbour.</p>]]></description></item>
</channel></rss>"""


@pytest.fixture
def article() -> str:
    return ARTICLE


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, dict]] = {}

    def do_GET(self):  # noqa: N802  http.server's name
        # noted before answering: once the body is sent the client may look before this thread runs on
        type(self).agents.append(self.headers.get("User-Agent"))
        status, ctype, body, headers = self.routes.get(self.path, (404, "text/plain", b"missing", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """(base URL, routes dict) of an HTTP server on 127.0.0.1."""
    handler = type("H", (_Handler,), {"routes": {}, "agents": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()
