"""http(s) fetching with a size limit, a user agent, a total deadline, and no loopback, private or
other special-use addresses unless allowed.

Each host is resolved once; every address it resolves to is checked, and the connection goes to
the checked address (the URL's host still names the site in the Host header and TLS SNI, and the
certificate is verified against it): a DNS answer that changes between the check and the connect
(rebinding) is never used. The same holds at every redirect. `fetch_timeout` bounds the whole
fetch, redirects and a trickling body included, not only each read.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from crossings.errors import FetchRefused, FetchStatus, InputError
from crossings.settings import Settings

MAX_REDIRECTS = 5
# Special-use ranges that ipaddress's is_global still counts as global: multicast, the IETF
# protocol assignments block, the 6to4 and NAT64 prefixes (they embed any IPv4 address, private
# ones too) and IPv4-compatible IPv6.
NOT_FETCHABLE = [ipaddress.ip_network(n) for n in ("224.0.0.0/4", "192.0.0.0/24", "2002::/16", "64:ff9b::/96",
                                                   "64:ff9b:1::/48", "::/96", "ff00::/8")]


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    status: int = 200  # 304: not modified since the validators sent (content empty)
    etag: str | None = None
    last_modified: str | None = None


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def fetch(url: str, settings: Settings, headers: dict[str, str] | None = None) -> Fetched:
    """GET url; raises FetchRefused before connecting to a forbidden address, InputError on failure
    (including a fetch that outlasts settings.fetch_timeout in total). `headers` may add
    If-None-Match / If-Modified-Since: a 304 answer comes back as status 304, no content."""
    sent = {"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,"
            "application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5", **(headers or {})}
    with _client(settings, sent) as (client, backend):
        for _ in range(MAX_REDIRECTS + 1):
            backend.pins[urlsplit(url).hostname] = check_address(url, settings.allow_private)
            response = _get(client, url, settings, backend)
            if isinstance(response, str):
                url = response
                continue
            return response
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def post_json(url: str, body: bytes, settings: Settings) -> int:
    """POST a JSON body (a webhook) under the same address checks, pinning and deadline as a
    fetch; redirects are not followed. Returns the status; InputError on failure."""
    with _client(settings, {"User-Agent": settings.user_agent, "Content-Type": "application/json"}) as (client, backend):
        backend.pins[urlsplit(url).hostname] = check_address(url, settings.allow_private)
        try:
            with client.stream("POST", url, content=body) as r:  # the answer's body is never read
                status = r.status_code
        except httpx.HTTPError as exc:
            raise InputError(url, f"post failed: {exc.__class__.__name__}: {exc}") from exc
    if status >= 300:
        raise FetchStatus(url, status)
    return status


@contextmanager
def _client(settings: Settings, headers: dict[str, str]):
    backend = PinnedBackend(deadline=time.monotonic() + settings.fetch_timeout)
    with httpx.Client(timeout=settings.fetch_timeout, headers=headers, follow_redirects=False, trust_env=False,
                      transport=_PinnedTransport(backend)) as client:
        yield client, backend


def _get(client: httpx.Client, url: str, settings: Settings, backend: "PinnedBackend") -> Fetched | str:
    try:
        with client.stream("GET", url) as r:
            if r.is_redirect and (location := r.headers.get("location")):
                return urljoin(url, location)
            if r.status_code == 304:
                return Fetched(str(r.url), b"", "", 304, r.headers.get("etag"), r.headers.get("last-modified"))
            if r.status_code >= 400:
                raise FetchStatus(url, r.status_code)
            declared = int(r.headers.get("content-length") or 0)
            if declared > settings.max_bytes:
                raise InputError(url, f"response is {declared} bytes, over the {settings.max_bytes}-byte limit")
            return Fetched(str(r.url), _read_limited(r, url, settings.max_bytes), r.headers.get("content-type", ""),
                           r.status_code, r.headers.get("etag"), r.headers.get("last-modified"))
    except httpx.TimeoutException as exc:
        if backend.expired():
            raise InputError(url, f"took longer than the {settings.fetch_timeout:g}-second fetch deadline") from exc
        raise InputError(url, "timed out") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"fetch failed: {exc.__class__.__name__}: {exc}") from exc


def _read_limited(r: httpx.Response, url: str, max_bytes: int) -> bytes:
    chunks, size = [], 0
    for chunk in r.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"response is over the {max_bytes}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def check_address(url: str, allow_private: bool) -> str:
    """Refuse non-http(s) schemes, and hosts resolving to any address that is not globally
    reachable (unless allow_private); return the address to connect to."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(url, "only http(s) URLs with a host are fetched")
    addresses = resolve(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), url)
    if not addresses:
        raise InputError(url, f"host {parts.hostname} has no address")
    if not allow_private:
        for address in addresses:
            if not public(address):
                raise FetchRefused(url, f"refusing to fetch a private or loopback (or other special-use) "
                                        f"address ({address}); use --allow-private to allow it")
    return addresses[0]


def resolve(host: str, port: int, url: str) -> list[str]:
    """Every address `host` resolves to, in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise InputError(url, f"cannot resolve host {host}: {exc.strerror}") from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


def public(address: str) -> bool:
    """Globally reachable by the IANA special-purpose registries (ipaddress.is_global), and none
    of the ranges that carry another address inside them."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not any(ip in net for net in NOT_FETCHABLE if net.version == ip.version)


class PinnedBackend(httpcore.SyncBackend):
    """Connects each host to the address it was checked at (`pins`), never resolving it again,
    and ends every connect, read and write at the fetch's deadline."""

    def __init__(self, deadline: float):
        self.pins: dict[str, str] = {}
        self.deadline = deadline

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def left(self, timeout: float | None) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout("fetch deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        address = self.pins.get(host)
        if address is None:
            raise httpcore.ConnectError(f"{host} was not checked before connecting")
        stream = super().connect_tcp(address, port, self.left(timeout), local_address, socket_options)
        return _DeadlineStream(stream, self)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, backend: PinnedBackend):
        self.stream, self.backend = stream, backend

    def read(self, max_bytes, timeout=None):
        return self.stream.read(max_bytes, self.backend.left(timeout))

    def write(self, buffer, timeout=None):
        self.stream.write(buffer, self.backend.left(timeout))

    def close(self):
        self.stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        tls = self.stream.start_tls(ssl_context, server_hostname, self.backend.left(timeout))
        return _DeadlineStream(tls, self.backend)

    def get_extra_info(self, info):
        return self.stream.get_extra_info(info)


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that uses PinnedBackend (httpx 0.28 takes no
    network backend argument, so its pool is replaced with one built the same way)."""

    def __init__(self, backend: PinnedBackend):
        super().__init__(trust_env=False, retries=0)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(trust_env=False),
                                             max_connections=10, max_keepalive_connections=10,
                                             network_backend=backend)
