"""Alert rules as data, and the alerts they raise: new or changed events that match a listing's
filters (and, optionally, cite a source), and quarters that form a wave for an event type.

A rules file (YAML or JSON):

    rules:
      - name: any defection of a diplomat
        events: {type: defection, role: diplomat}
      - name: a wave in punishments
        wave: punishment
      - name: a new event citing the unification ministry
        events: {source: unification ministry}
        webhook: https://hooks.example.org/crossings    # optional: POSTed as JSON

`events:` takes the filters of the events table (type, year, country, role, status, text) and
`source`. Webhooks obey the fetch rules (no private addresses unless allowed); each alert is
posted once (crossings.store.watching.mark_alert).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from crossings import announce, browse
from crossings.codebook import book
from crossings.errors import CrossingsError, InputError
from crossings.facets import FILTERS, wanted
from crossings.settings import Settings
from crossings.store import Store
from crossings.store import watching

MAX_RULES_BYTES = 1_000_000
RECENT_QUARTERS = 2  # a webhook announces a wave only in the newest quarters, not the archive's


@dataclass(frozen=True)
class Rule:
    name: str
    filters: dict = field(default_factory=dict)
    source: str | None = None
    wave: str | None = None  # an event type
    webhook: str | None = None


@dataclass
class Alert:
    rule: str
    key: str  # what the alert is about: an event id, or "wave:<type>:<quarter>"
    title: str
    summary: str
    href: str  # a path on the dashboard
    updated: datetime
    recent: bool = True  # a wave in the newest quarters (webhooks announce only these)

    def payload(self) -> dict:
        return {"rule": self.rule, "about": self.key, "title": self.title, "summary": self.summary,
                "link": self.href, "updated": self.updated.isoformat()}


def load_rules(path: str | Path) -> list[Rule]:
    path = Path(path)
    try:
        data = path.read_bytes()[:MAX_RULES_BYTES + 1]
        if len(data) > MAX_RULES_BYTES:
            raise CrossingsError(f"{path}: a rules file over {MAX_RULES_BYTES} bytes")
        spec = yaml.safe_load(data.decode("utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CrossingsError(f"{path}: cannot read the alert rules: {exc}") from exc
    items = spec.get("rules") if isinstance(spec, dict) else spec
    if not isinstance(items, list):
        raise CrossingsError(f"{path}: alert rules are a list under `rules:`")
    return [_rule(item, path) for item in items]


def _rule(item, path: Path) -> Rule:
    if not isinstance(item, dict) or not str(item.get("name") or "").strip():
        raise CrossingsError(f"{path}: every rule needs a name")
    name = str(item["name"]).strip()[:200]
    events, wave = item.get("events"), item.get("wave")
    if (events is None) == (wave is None):
        raise CrossingsError(f"{path}: rule {name!r} needs one of `events:` or `wave:`")
    if wave is not None and wave not in book().event_types:
        raise CrossingsError(f"{path}: rule {name!r}: no event type {wave!r}")
    events = dict(events or {})
    source = events.pop("source", None)
    if unknown := set(events) - set(FILTERS):
        raise CrossingsError(f"{path}: rule {name!r}: unknown filter {sorted(unknown)[0]!r}")
    wanted(events)  # a value off the codebook is refused now, not at the first poll
    webhook = item.get("webhook")
    if webhook is not None and not str(webhook).lower().startswith(("http://", "https://")):
        raise CrossingsError(f"{path}: rule {name!r}: a webhook is an http(s) URL")
    return Rule(name, events, str(source) if source else None, wave, str(webhook) if webhook else None)


def raised(store: Store, rules: list[Rule] | None, since: datetime | None = None, limit: int = 50) -> list[Alert]:
    """The alerts the rules raise (no rules: a wave of any type), newest first."""
    if not rules:
        rules = [Rule(f"a wave in {t}", wave=t) for t in book().event_types]
    found: list[Alert] = []
    for rule in rules:
        found += _waves(store, rule) if rule.wave else _events(store, rule, since, limit)
    return sorted(found, key=lambda a: (a.updated, a.key), reverse=True)[:limit]


def _events(store: Store, rule: Rule, since: datetime | None, limit: int) -> list[Alert]:
    out = []
    for change in announce.changes(store, rule.filters, since, limit, sources=rule.source):
        ev = change.reviewed.event
        title = f"{rule.name}: {book().label('event_types', ev.type)} {ev.date.value or 'undated'}"
        out.append(Alert(rule.name, ev.id, title, describe(ev), f"/events/{ev.id}", change.updated))
    return out


def _waves(store: Store, rule: Rule) -> list[Alert]:
    series = browse.waves(store, rule.wave)
    recent = {q.label for q in series[-RECENT_QUARTERS:]}
    out = []
    for q in series:
        if q.wave:
            title = f"{rule.name}: {q.count} {book().label('event_types', rule.wave)} events in {q.label}"
            summary = f"{q.count} where the two years before lead one to expect {q.expected:.1f} (p = {q.p:.2g})"
            out.append(Alert(rule.name, f"wave:{rule.wave}:{q.label}", title, summary,
                             f"/events?type={rule.wave}", _quarter_end(q.label), q.label in recent))
    return out


def _quarter_end(label: str) -> datetime:
    year, quarter = int(label[:4]), int(label[-1])
    if not 1 <= year < 9999:
        return datetime(max(1, min(year, 9999)), 1, 1)
    return datetime(year + (quarter == 4), (quarter * 3) % 12 + 1, 1)


def describe(ev) -> str:
    """One line a person reads in a feed reader or a chat: type, status, where, when, who, sources."""
    place = ", ".join(x for x in (ev.origin.city, ev.origin.country) if x) or "origin unknown"
    who = "; ".join(s.name or s.descriptor or s.role or "?" for s in ev.subjects) or "subjects unknown"
    return (f"{book().label('event_types', ev.type)} ({ev.status or 'status unknown'}) · {place} · "
            f"{ev.date.value or 'undated'} · {who} · sources: {', '.join(ev.sources) or 'none named'}")


def notify(store: Store, rules: list[Rule], settings: Settings, since: datetime | None) -> tuple[int, list[str]]:
    """POST each new alert of the rules with a webhook, once; returns (sent, error lines)."""
    from crossings.ingest.fetch import post_json

    sent, errors = 0, []
    for rule in (r for r in rules if r.webhook):
        for alert in raised(store, [rule], since):
            key = hashlib.sha256(f"{rule.name}\n{alert.key}".encode()).hexdigest()
            if not alert.recent or key in watching.sent_alerts(store, [key]):
                continue
            try:
                post_json(rule.webhook, json.dumps(alert.payload(), ensure_ascii=False).encode(), settings)
            except InputError as err:
                errors.append(f"alert {rule.name!r}: {err}")
                continue  # not marked: the next poll tries again
            sent += watching.mark_alert(store, key, rule.name)
    return sent, errors


__all__ = ["Rule", "Alert", "load_rules", "raised", "notify", "describe"]
