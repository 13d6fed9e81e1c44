"""http(s) fetching with a timeout, a size limit, a user agent, and no loopback/private
addresses unless allowed (every address the host resolves to is checked, at every redirect)."""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from crossings.errors import FetchRefused, InputError
from crossings.settings import Settings

MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str


def is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def fetch(url: str, settings: Settings) -> Fetched:
    """GET url; raises FetchRefused before connecting to a forbidden address, InputError on failure."""
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,"
               "application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5"}
    with httpx.Client(timeout=settings.fetch_timeout, headers=headers, follow_redirects=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_address(url, settings.allow_private)
            response = _get(client, url, settings.max_bytes)
            if isinstance(response, str):
                url = response
                continue
            return response
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _get(client: httpx.Client, url: str, max_bytes: int) -> Fetched | str:
    try:
        with client.stream("GET", url) as r:
            if r.is_redirect and (location := r.headers.get("location")):
                return urljoin(url, location)
            if r.status_code >= 400:
                raise InputError(url, f"HTTP {r.status_code}")
            declared = int(r.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise InputError(url, f"response is {declared} bytes, over the {max_bytes}-byte limit")
            return Fetched(str(r.url), _read_limited(r, url, max_bytes), r.headers.get("content-type", ""))
    except httpx.TimeoutException as exc:
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


def check_address(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) schemes, and hosts resolving to any non-public address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(url, "only http(s) URLs with a host are fetched")
    if allow_private:
        return
    for address in resolve(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), url):
        if not _public(address):
            raise FetchRefused(url, f"refusing to fetch a private or loopback address ({address}); "
                                    "use --allow-private to allow it")


def resolve(host: str, port: int, url: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise InputError(url, f"cannot resolve host {host}: {exc.strerror}") from exc
    return sorted({info[4][0] for info in infos})


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                or ip.is_multicast or ip.is_unspecified)
