"""What `crossings watch` remembers between polls and restarts: each source's validators (ETag,
Last-Modified), the items already stored, and the alerts already sent (crossings.watch decides
what they mean; this is only their SQL)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select

from crossings.store.db import Store, _insert_new
from crossings.store.models import AlertSentRow, DecisionRow, DocumentRow, EventMentionRow, MentionRow, WatchItemRow, \
    WatchSourceRow


def validators(store: Store, url: str) -> tuple[str | None, str | None]:
    """(ETag, Last-Modified) the source last answered with."""
    with store.session() as s:
        row = s.get(WatchSourceRow, url)
        return (row.etag, row.last_modified) if row else (None, None)


def seen(store: Store, keys: Iterable[str]) -> set[str]:
    """The item keys already stored."""
    keys = list(keys)
    with store.session() as s:
        return set(s.scalars(select(WatchItemRow.key).where(WatchItemRow.key.in_(keys)))) if keys else set()


def record_poll(store: Store, url: str, keys: Iterable[str], status: str,
                etag: str | None = None, last_modified: str | None = None, keep_validators: bool = False) -> None:
    """One transaction: the items now stored, and the source's validators and outcome. Written
    only after the items' documents are stored, so a kill before it refetches (and the store
    skips what it has); a kill after it refetches nothing."""
    rows = [{"key": k, "source": url, "seen_at": datetime.utcnow()} for k in dict.fromkeys(keys)]
    with store.session(write=True) as s:
        if rows:
            s.execute(_insert_new(s, WatchItemRow), rows)
        row = s.get(WatchSourceRow, url) or WatchSourceRow(url=url)
        if not keep_validators:
            row.etag, row.last_modified = etag, last_modified
        row.polled_at, row.status = datetime.utcnow(), status[:1000]
        s.add(row)


def last_poll(store: Store) -> datetime | None:
    """The earliest of the sources' last polls: what a restarted watch announces from."""
    with store.session() as s:
        return _naive(s.scalar(select(func.min(WatchSourceRow.polled_at))))


def sources(store: Store) -> list[tuple[str, str | None, str]]:
    """(url, polled_at ISO, last status) of every watched source."""
    with store.session() as s:
        rows = s.execute(select(WatchSourceRow.url, WatchSourceRow.polled_at, WatchSourceRow.status)
                         .order_by(WatchSourceRow.url))
        return [(u, at.isoformat() if at else None, st) for u, at, st in rows]


def sent_alerts(store: Store, keys: Iterable[str]) -> set[str]:
    keys = list(keys)
    with store.session() as s:
        return set(s.scalars(select(AlertSentRow.key).where(AlertSentRow.key.in_(keys)))) if keys else set()


def mark_alert(store: Store, key: str, rule: str) -> bool:
    """Record an alert as sent; False when it was sent before."""
    with store.session(write=True) as s:
        return bool(list(s.scalars(_insert_new(s, AlertSentRow).returning(AlertSentRow.key),
                                   [{"key": key, "rule": rule[:200], "at": datetime.utcnow()}])))


def event_times(store: Store, since: datetime | None, limit: int) -> dict[str, datetime]:
    """Machine event id -> when one of its documents was last stored, newest first: the events
    new or changed (a new source) since `since`."""
    q = (select(EventMentionRow.event_id, func.max(DocumentRow.ingested_at))
         .join(MentionRow, MentionRow.id == EventMentionRow.mention_id)
         .join(DocumentRow, DocumentRow.id == MentionRow.doc_id)
         .group_by(EventMentionRow.event_id))
    if since is not None:
        q = q.having(func.max(DocumentRow.ingested_at) > since)
    q = q.order_by(func.max(DocumentRow.ingested_at).desc(), EventMentionRow.event_id).limit(limit)
    with store.session() as s:
        return {e: _naive(at) for e, at in s.execute(q)}


def decision_times(store: Store, since: datetime | None) -> dict[int, datetime]:
    """Decision id -> when it was taken, for decisions after `since`."""
    q = select(DecisionRow.id, DecisionRow.at)
    if since is not None:
        q = q.where(DecisionRow.at > since)
    with store.session() as s:
        return {i: _naive(at) for i, at in s.execute(q)}


def _naive(at):
    """SQLite may hand back max() of a DateTime as text."""
    return datetime.fromisoformat(at) if isinstance(at, str) else at


def ingested_times(store: Store, doc_ids: Iterable[str]) -> dict[str, datetime]:
    """Document id -> when it was stored."""
    ids = list(doc_ids)
    with store.session() as s:
        rows = s.execute(select(DocumentRow.id, DocumentRow.ingested_at).where(DocumentRow.id.in_(ids))) if ids else []
        return {i: _naive(at) for i, at in rows}
