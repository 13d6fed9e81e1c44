"""The fetch guard against DNS rebinding (the checked address is the one connected to), the IANA
special-use ranges, and a trickling server (a total deadline per fetch). Everything stays on
loopback: the rebinding resolver is simulated in-process."""
import http.server
import shutil
import socket
import ssl
import subprocess
import threading
import time

import httpcore
import pytest

from crossings.errors import FetchRefused, InputError
from crossings.ingest import fetch as fetching
from crossings.ingest.fetch import check_address, fetch, public
from crossings.settings import Settings


@pytest.mark.parametrize("address", ["100.64.0.1", "100.127.255.254", "192.0.0.8", "192.0.2.1", "198.18.0.1",
                                     "198.51.100.7", "203.0.113.9", "240.0.0.1", "255.255.255.255", "224.0.0.1",
                                     "2002:a00:1::", "2002:7f00:1::1", "64:ff9b::a00:1", "::a00:1", "2001:db8::1",
                                     "2001::1", "fc00::1", "fe80::1", "ff02::1", "::ffff:100.64.0.1"])
def test_every_special_use_range_is_refused(monkeypatch, address):
    monkeypatch.setattr(fetching, "resolve", lambda host, port, url: [address])
    assert not public(address)
    with pytest.raises(FetchRefused, match="special-use"):
        check_address("http://news.example/", allow_private=False)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_global_addresses_pass(address):
    assert public(address)


class _Recorder(http.server.BaseHTTPRequestHandler):
    hosts: list = []
    trickle = False

    def do_GET(self):  # noqa: N802  http.server's name
        type(self).hosts.append(self.headers.get("Host"))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        if not self.trickle:
            body = b"served from loopback"
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(200):  # a byte every 0.2 s: every read is quick, the whole never ends
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def loopback():
    def start(trickle: bool = False):
        handler = type("H", (_Recorder,), {"hosts": [], "trickle": trickle})
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return httpd.server_address[1], handler

    servers = []
    yield start
    for httpd in servers:
        httpd.shutdown()


def rebinding(first: str, then: str, calls: list):
    """A resolver that answers `first` once, then `then`: what a rebinding DNS server does."""
    real = socket.getaddrinfo

    def resolve(host, port, family=0, type=0, proto=0, flags=0):
        if host.replace(".", "").isdigit():  # an address resolves to itself
            return real(host, port, family, type, proto, flags)
        calls.append(host)
        address = first if len(calls) == 1 else then
        return [(2, 1, 6, "", (address, port))]
    return resolve


def test_a_rebinding_resolver_cannot_move_the_connection(monkeypatch, loopback):
    """Checked public, rebound to loopback: the connection still goes to the checked address."""
    port, handler = loopback()
    calls, dialled = [], []
    monkeypatch.setattr(fetching.socket, "getaddrinfo", rebinding("93.184.216.34", "127.0.0.1", calls))

    def dial(self, host, port, timeout=None, local_address=None, socket_options=None):
        dialled.append(host)  # offline: record where the fetch would connect, connect nowhere
        raise httpcore.ConnectError("test: no network")

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", dial)
    with pytest.raises(InputError, match="fetch failed"):
        fetch(f"http://rebind.example:{port}/", Settings())
    assert dialled == ["93.184.216.34"] and calls == ["rebind.example"]
    assert handler.hosts == []  # the loopback server the second answer pointed to saw nothing


def test_the_pinned_address_is_dialled_with_the_sites_host_header(monkeypatch, loopback):
    """With --allow-private, a name checked at 127.0.0.1 and rebound elsewhere is fetched from
    127.0.0.1, and the request still names the site."""
    port, handler = loopback()
    calls = []
    monkeypatch.setattr(fetching.socket, "getaddrinfo", rebinding("127.0.0.1", "10.255.255.1", calls))
    got = fetch(f"http://news.example:{port}/story", Settings(allow_private=True))
    assert got.content == b"served from loopback" and calls == ["news.example"]
    assert handler.hosts == [f"news.example:{port}"]


def test_a_trickling_server_is_cut_at_the_deadline(loopback):
    port, _ = loopback(trickle=True)
    started = time.monotonic()
    with pytest.raises(InputError, match="1.5-second fetch deadline"):
        fetch(f"http://127.0.0.1:{port}/slow", Settings(allow_private=True, fetch_timeout=1.5))
    assert 1.4 < time.monotonic() - started < 3.0


@pytest.mark.skipif(not shutil.which("openssl"), reason="needs the openssl command to make a test certificate")
def test_tls_to_the_pinned_address_names_the_site_and_verifies_it(monkeypatch, tmp_path):
    """HTTPS dials the checked address, sends the site's name as SNI, and verifies the certificate
    (a self-signed one fails): pinning does not weaken TLS."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=news.example"],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    names = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    listener = socket.create_server(("127.0.0.1", 0))

    def serve_once():
        conn, _ = listener.accept()
        try:
            context.wrap_socket(conn, server_side=True).close()
        except (ssl.SSLError, OSError):
            conn.close()

    threading.Thread(target=serve_once, daemon=True).start()
    calls = []
    monkeypatch.setattr(fetching.socket, "getaddrinfo", rebinding("127.0.0.1", "10.255.255.1", calls))
    with pytest.raises(InputError, match="(?i)certificate verify failed"):
        fetch(f"https://news.example:{listener.getsockname()[1]}/", Settings(allow_private=True))
    listener.close()
    assert names == ["news.example"] and calls == ["news.example"]
