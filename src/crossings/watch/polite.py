"""Fetching as a guest: robots.txt obeyed, and at most one request per host per interval.

Every request (robots.txt itself, feeds, linked articles) goes through the same guarded fetch
(crossings.ingest.fetch: private addresses refused, bounded reads, one deadline). A host's
robots.txt is read once a day: a 4xx answer allows everything, any other failure forbids the host
until the next read (RFC 9309). A Crawl-delay longer than the interval is honoured.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from crossings.errors import FetchRefused, FetchStatus, InputError
from crossings.ingest.fetch import Fetched, fetch
from crossings.settings import Settings

ROBOTS_SECONDS = 24 * 3600
MAX_ROBOTS_BYTES = 500_000  # RFC 9309 asks parsers to read at least 500 KiB


@dataclass
class _Rules:
    parser: RobotFileParser | None  # None: the whole host is forbidden for now
    read_at: float


@dataclass
class Polite:
    settings: Settings
    per_host: float = 1.0  # seconds between the end of one request to a host and the next
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _next: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, _Rules] = field(default_factory=dict)

    def fetch(self, url: str, settings: Settings | None = None, headers: dict[str, str] | None = None) -> Fetched:
        """fetch(), after robots.txt allows the URL and the host's turn has come. (`settings` is
        there to stand in for fetch in ingest.feeds; the watcher's own settings apply.)"""
        rules = self._rules(url)
        if rules.parser is None:
            raise FetchRefused(url, "robots.txt could not be read: the host is left alone until it can")
        if not rules.parser.can_fetch(self.settings.user_agent, url):
            raise FetchRefused(url, "robots.txt disallows it")
        delay = rules.parser.crawl_delay(self.settings.user_agent)
        return self._in_turn(url, lambda: fetch(url, self.settings, headers), float(delay or 0))

    def _in_turn(self, url: str, get: Callable[[], Fetched], delay: float = 0.0) -> Fetched:
        host = _host(url)
        wait = self._next.get(host, 0.0) - self.clock()
        if wait > 0:
            self.sleep(wait)
        try:
            return get()
        finally:
            self._next[host] = self.clock() + max(self.per_host, delay)

    def _rules(self, url: str) -> _Rules:
        host = _host(url)
        known = self._robots.get(host)
        if known is None or self.clock() - known.read_at > ROBOTS_SECONDS:
            known = self._robots[host] = _Rules(self._read_robots(url), self.clock())
        return known

    def _read_robots(self, url: str) -> RobotFileParser | None:
        parts = urlsplit(url)
        robots = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        parser = RobotFileParser(robots)
        limited = replace(self.settings, max_bytes=min(self.settings.max_bytes, MAX_ROBOTS_BYTES))
        try:
            got = self._in_turn(robots, lambda: fetch(robots, limited))
        except FetchStatus as err:
            if 400 <= err.status < 500:
                parser.parse([])  # no robots.txt: everything allowed
                return parser
            return None
        except FetchRefused:
            raise  # a private address: refused as such, not as a robots.txt problem
        except InputError:
            return None
        parser.parse(got.content.decode("utf-8", "replace").splitlines())
        return parser


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or ''}"
