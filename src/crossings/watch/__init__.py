"""`crossings watch`: poll a watch list's feeds and pages on a schedule and ingest what is new.

Each poll asks every source whether it changed, stores only items not stored before (poll.py),
fuses once if anything was stored (and on the first poll, in case a kill came between a store and
its fusion), then posts the alert rules' new alerts (webhooks). What was stored and each source's validators
live in the store, so a restart refetches nothing and duplicates nothing.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crossings.settings import Settings
from crossings.store import Store
from crossings.watch.poll import Ingest, SourceOutcome, poll_source
from crossings.watch.polite import Polite
from crossings.watch.watchlist import WatchList, load, seconds

__all__ = ["PollReport", "WatchList", "load", "run", "seconds"]


@dataclass
class PollReport:
    number: int
    started: datetime
    sources: list[SourceOutcome] = field(default_factory=list)
    events: int | None = None  # after fusion; None: nothing new, no fusion
    alerts: int = 0
    errors: list[str] = field(default_factory=list)
    next_at: datetime | None = None

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sources)

    def line(self) -> str:
        """The status line: one per poll."""
        new = sum(s.new for s in self.sources)
        quiet = sum(s.not_modified for s in self.sources)
        failed = sum(bool(s.errors) for s in self.sources)
        bits = [f"poll {self.number} at {self.started:%H:%M:%S} UTC", f"{len(self.sources)} sources",
                f"{new} new items, {self.added} stored", f"{quiet} not modified", f"{failed} with errors"]
        if self.events is not None:
            bits.append(f"{self.events} events")
        if self.alerts:
            bits.append(f"{self.alerts} alerts sent")
        if self.next_at:
            bits.append(f"next poll {self.next_at:%H:%M:%S} UTC")
        return " · ".join(bits)


def run(wl: WatchList, store: Store, settings: Settings, ingest: Ingest, fuse: Callable[[], int],
        progress: Callable[[PollReport], None] | None = None, polls: int | None = None,
        stop: threading.Event | None = None, rules: list | None = None) -> list[PollReport]:
    """Poll until `polls` polls are done or `stop` is set; `ingest` stores items, `fuse` re-fuses."""
    from crossings import alerts

    from crossings.store import watching

    stop = stop or threading.Event()
    polite = Polite(settings, wl.per_host)
    # alerts announce what changed since the last poll before this start (a first watch over an
    # old store announces nothing old); each is sent once (crossings.alerts.notify)
    announce_since = watching.last_poll(store) or datetime.utcnow()
    done: list[PollReport] = []
    while not stop.is_set():
        report = PollReport(len(done) + 1, datetime.utcnow())
        for url in wl.sources:
            if stop.is_set():
                break
            report.sources.append(poll_source(url, store, polite, settings, ingest))
        if report.added or report.number == 1:
            report.events = fuse()
        if rules:
            report.alerts, report.errors = alerts.notify(store, rules, settings, since=announce_since)
        done.append(report)
        last = polls is not None and len(done) >= polls
        report.next_at = None if last else datetime.utcnow() + timedelta(seconds=wl.every)
        if progress:
            progress(report)
        if last or stop.wait(wl.every):
            break
    return done
