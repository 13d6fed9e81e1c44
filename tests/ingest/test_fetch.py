import pytest

from crossings.errors import FetchRefused, InputError
from crossings.ingest import fetch as fetching
from crossings.ingest.fetch import check_address, fetch
from crossings.settings import Settings


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost:8080/x", "http://10.1.2.3/",
                                 "http://192.168.0.9/", "http://169.254.169.254/latest/meta-data",
                                 "http://[::1]/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/"])
def test_private_loopback_and_link_local_addresses_are_refused(url):
    with pytest.raises(FetchRefused, match="private or loopback"):
        check_address(url, allow_private=False)


def test_every_resolved_address_is_checked(monkeypatch):
    monkeypatch.setattr(fetching, "resolve", lambda host, port, url: ["93.184.216.34", "10.0.0.5"])
    with pytest.raises(FetchRefused):
        check_address("http://mixed.example/", allow_private=False)


def test_public_addresses_pass(monkeypatch):
    monkeypatch.setattr(fetching, "resolve", lambda host, port, url: ["93.184.216.34"])
    check_address("https://news.example/a", allow_private=False)


@pytest.mark.parametrize("url", ["ftp://a.example/x", "file:///etc/passwd", "http:///nohost"])
def test_other_schemes_are_refused(url):
    with pytest.raises(FetchRefused):
        check_address(url, allow_private=True)


def test_loopback_is_refused_without_the_flag(server):
    base, handler = server
    handler.routes["/a"] = (200, "text/plain", b"hello there", {})
    with pytest.raises(FetchRefused):
        fetch(f"{base}/a", Settings())
    assert handler.agents == []  # refused before connecting


def test_redirects_are_followed_and_rechecked(server, monkeypatch):
    base, handler = server
    handler.routes["/from"] = (302, "text/plain", b"", {"Location": "/to"})
    handler.routes["/to"] = (200, "text/plain", b"arrived", {})
    assert fetch(f"{base}/from", Settings(allow_private=True)).content == b"arrived"
    checked = []
    real = fetching.check_address
    monkeypatch.setattr(fetching, "check_address", lambda url, allow: checked.append(url) or real(url, allow))
    fetch(f"{base}/from", Settings(allow_private=True))
    assert checked == [f"{base}/from", f"{base}/to"]


def test_responses_over_the_size_limit_are_refused(server):
    base, handler = server
    handler.routes["/big"] = (200, "text/plain", b"x" * 5000, {})
    with pytest.raises(InputError, match="byte limit"):
        fetch(f"{base}/big", Settings(allow_private=True, max_bytes=1000))


def test_http_errors_name_the_status(server):
    base, _ = server
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(f"{base}/nothing", Settings(allow_private=True))
