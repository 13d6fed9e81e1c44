"""The store's side of incremental fusion (crossings.fuse.incremental): what the last fusion left
(fusion_order, fusion_edges, fusion_folds, fusion_spellings, fusion_people, mentions.fused), read by
index a batch at a time, and the writes of a full or an incremental fusion, each in one transaction.

A fusion writes store_meta "fusion_state" with its state; a store without it (new, upgraded,
re-anchored) or whose fused mentions no longer match its events (re-extracted) is fused in full.
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy import JSON, Boolean, String
from sqlalchemy.orm import Session

from crossings.events import Event, Mention
from crossings.store.db import write_events
from crossings.store.models import (FUSION_STATE_KEY, EventFacetRow, EventMentionRow,
                                   EventOutletRow,
                                   EventPersonRow, EventRow, FusionEdgeRow, FusionFoldRow, FusionSpellingRow,
                                   FusionOrderRow, FusionPersonRow, StoreMetaRow)

STATE_KEY = FUSION_STATE_KEY
# mentions.fused is not mapped (see models.MentionRow): a new or re-extracted mention starts unfused
MENTIONS = sa.table("mentions", sa.column("id", String), sa.column("data", JSON), sa.column("fused", Boolean))
PART = 500
ROWS = 5000  # rows per executemany


def _parts(items: list, size: int = PART) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _json(value):
    """A JSON column as the raw driver gives it: text on SQLite, parsed on PostgreSQL."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def not_ready(store, scheme: str) -> str | None:
    """Why the store's next fusion must be a full one, or None when a batch can be fused alone
    (`scheme`: crossings.fuse.incremental.scheme(), the code and weights the state must come from)."""
    with store.session() as s:
        stored = s.scalar(select(StoreMetaRow.value).where(StoreMetaRow.key == STATE_KEY))
        if stored is None:
            return "no fusion state stored"
        if stored != scheme:
            return "fusion code or weights changed since the last fusion"
        fused = s.scalar(select(func.count()).select_from(MENTIONS).where(MENTIONS.c.fused.is_(True))) or 0
        placed = s.scalar(select(func.count()).select_from(EventMentionRow)) or 0
        if fused != placed:
            return "stored mentions changed since the last fusion"
    return None


def clear(conn_or_session) -> None:
    """Forget the fusion state (mention ids were rewritten): the next fusion is a full one."""
    conn_or_session.execute(delete(StoreMetaRow).where(StoreMetaRow.key == STATE_KEY))


class StoreSource:
    """crossings.fuse.incremental.Source over one read transaction."""

    def __init__(self, session: Session):
        self.s = session
        self.raw = session.connection().connection.driver_connection  # the many small range reads skip the ORM
        mark = self.mark = "?" if session.get_bind().dialect.name == "sqlite" else "%s"
        parts = [f"SELECT * FROM (SELECT '{col}{int(before)}', mention_id, {col}sort, flags FROM fusion_order "
                 f"WHERE okey = {mark} AND {col}sort {'<' if before else '>'} {mark} "
                 f"ORDER BY {col}sort {'DESC' if before else 'ASC'} LIMIT {mark}) AS w{col}{int(before)}"
                 for col in ("t", "d") for before in (True, False)]
        self._near = " UNION ALL ".join(parts)
        self._between = {col: f"SELECT count(*) FROM fusion_order WHERE okey = {mark} AND {col}sort > {mark} "
                              f"AND {col}sort < {mark}" for col in ("t", "d")}

    def pending(self) -> list[Mention]:
        q = select(MENTIONS.c.data).where(MENTIONS.c.fused.is_(False)).order_by(MENTIONS.c.id)
        return [Mention.from_dict(d) for d in self.s.scalars(q)]

    def pending_ids(self) -> list[str]:
        return list(self.s.scalars(select(MENTIONS.c.id).where(MENTIONS.c.fused.is_(False))))

    def neighbours(self, key: str, at: tuple[bytes, bytes], k: int) -> dict[tuple[str, bool], list[tuple[str, bytes, int]]]:
        """The k mentions before and after `at` (its time and its described sort) in one ordering,
        nearest first, with their flags, keyed by ("t" or "d", before)."""
        out: dict[tuple[str, bool], list[tuple[str, bytes, int]]] = {(c, b): [] for c in ("t", "d") for b in (True, False)}
        t, d = at
        cur = self.raw.cursor()
        cur.execute(self._near, (key, t, k, key, t, k, key, d, k, key, d, k))
        for which, mid, sort, flags in cur.fetchall():
            out[(which[0], which[1] == "1")].append((mid, bytes(sort), flags or 0))
        cur.close()
        return out

    def between(self, key: str, column: str, low: bytes, high: bytes) -> int:
        cur = self.raw.cursor()
        cur.execute(self._between[column], (key, low, high))
        n = cur.fetchone()[0]
        cur.close()
        return n

    def _rows(self, sql: str, values) -> Iterator[tuple]:
        """Rows of `sql` whose one "IN ({})" takes `values`, a part at a time, on the raw
        connection (the run makes thousands of these reads: the ORM's overhead would dominate)."""
        values = sorted(set(values))
        cur = self.raw.cursor()
        try:
            for part in _parts(values):
                cur.execute(sql.format(", ".join([self.mark] * len(part))), part)
                yield from cur.fetchall()
        finally:
            cur.close()

    def edges_of(self, ids: set[str]) -> list[tuple[str, str, float, bool]]:
        out = set(self._rows("SELECT a, b, score, merged FROM fusion_edges WHERE a IN ({})", ids))
        out |= set(self._rows("SELECT a, b, score, merged FROM fusion_edges WHERE b IN ({})", ids))
        return sorted(out)

    def edges_within(self, ids: set[str]) -> list[tuple[str, str, float, bool]]:
        """The stored edges between two of these mentions (a stored cluster's own), without its
        edges to the rest of the store."""
        if len(ids) > PART:  # one IN list for b: the a side alone, filtered here
            rows = self._rows("SELECT a, b, score, merged FROM fusion_edges WHERE a IN ({})", ids)
            return [r for r in rows if r[1] in ids]
        ordered = sorted(ids)
        marks = ", ".join([self.mark] * len(ordered))
        cur = self.raw.cursor()
        try:
            cur.execute(f"SELECT a, b, score, merged FROM fusion_edges WHERE a IN ({marks}) AND b IN ({marks})",
                        ordered + ordered)
            return cur.fetchall()
        finally:
            cur.close()

    def edges_among(self, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], bool]:
        wanted = set(pairs)
        return {(a, b): bool(m) for a, b, m in
                self._rows("SELECT a, b, merged FROM fusion_edges WHERE a IN ({})", {a for a, _ in pairs})
                if (a, b) in wanted}

    def events_of(self, ids: set[str]) -> dict[str, str]:
        return dict(self._rows("SELECT mention_id, event_id FROM event_mentions WHERE mention_id IN ({})", ids))

    def event_members(self, events: set[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for m, e in self._rows("SELECT mention_id, event_id FROM event_mentions WHERE event_id IN ({})", events):
            out.setdefault(e, []).append(m)
        return out

    def folded(self, ids: set[str]) -> set[str]:
        return {m for m, in self._rows("SELECT mention_id FROM fusion_folds WHERE mention_id IN ({})", ids)}

    def mentions(self, ids: set[str]) -> dict[str, Mention]:
        return {i: Mention.from_dict(_json(d)) for i, d in self._rows("SELECT id, data FROM mentions WHERE id IN ({})", ids)}

    def mention_ids_of_docs(self, docs: set[str]) -> list[tuple[str, str]]:
        return list(self._rows("SELECT id, doc_id FROM mentions WHERE doc_id IN ({})", docs))

    def doc_links(self, docs: set[str]) -> dict[str, tuple[str | None, str | None]]:
        return {i: (pub, dup) for i, pub, dup in
                self._rows("SELECT id, published, duplicate_of FROM documents WHERE id IN ({})", docs)}

    def copies_of(self, docs: set[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for original, copy in self._rows("SELECT duplicate_of, id FROM documents WHERE duplicate_of IN ({})", docs):
            out.setdefault(original, []).append(copy)
        return out

    def roots(self, keys: set[str]) -> dict[str, str]:
        out = {}
        for part in _parts(sorted(keys)):
            out |= dict(self.s.execute(select(FusionPersonRow.key, FusionPersonRow.root)
                                       .where(FusionPersonRow.key.in_(part))).all())
        return out

    def spellings_of_roots(self, roots: set[str]) -> dict[str, Counter]:
        """person root -> its spellings' counts over every fused mention."""
        out: dict[str, Counter] = {}
        for part in _parts(sorted(roots)):
            q = (select(FusionPersonRow.root, FusionSpellingRow.spelling, FusionSpellingRow.n)
                 .join(FusionSpellingRow, FusionSpellingRow.key == FusionPersonRow.key)
                 .where(FusionPersonRow.root.in_(part)))
            for root, spelling, n in self.s.execute(q):
                out.setdefault(root, Counter())[spelling] += n
        return out

    def events_naming(self, persons: set[str]) -> set[str]:
        out = set()
        for part in _parts(sorted(persons)):
            out |= set(self.s.scalars(select(EventPersonRow.event_id).where(EventPersonRow.person_id.in_(part))))
        return out


@contextmanager
def reading(store) -> Iterator[StoreSource]:
    with store.session() as s:
        yield StoreSource(s)


# writes ------------------------------------------------------------------------------------------------
def save_full(store, events: list[Event], state, fused: Iterable[str], scheme: str) -> None:
    """A full fusion's events and state, replacing everything, in one transaction."""
    fused = set(fused)
    with store.session(write=True) as s:
        clear(s)
        for table in (EventRow, EventMentionRow, EventFacetRow, EventOutletRow, EventPersonRow, FusionOrderRow,
                      FusionEdgeRow, FusionFoldRow, FusionSpellingRow, FusionPersonRow):
            s.execute(delete(table))
        write_events(s, events)
        _write_state(s, state)
        waiting = set(s.scalars(select(MENTIONS.c.id).where(MENTIONS.c.fused.is_(False))))
        if waiting <= fused:
            s.execute(update(MENTIONS).where(MENTIONS.c.fused.is_(False)).values(fused=True))
        else:  # mentions stored while this fusion ran wait for the next
            _mark_fused(s, sorted(waiting & fused))
        s.execute(insert(StoreMetaRow), [{"key": STATE_KEY, "value": scheme}])


def apply_update(store, update_) -> None:
    """An incremental fusion's changes, in one transaction."""
    with store.session(write=True) as s:
        removed = sorted(update_.removed_events)
        for part in _parts(removed):
            for table in (EventRow, EventFacetRow):
                s.execute(delete(table).where(table.id.in_(part)))
            for table in (EventMentionRow, EventOutletRow, EventPersonRow):
                s.execute(delete(table).where(table.event_id.in_(part)))
        write_events(s, update_.events)
        for a, b in sorted(update_.edges_removed):
            s.execute(delete(FusionEdgeRow).where(FusionEdgeRow.a == a, FusionEdgeRow.b == b))
        for part in _parts(sorted(update_.folds_of)):
            s.execute(delete(FusionFoldRow).where(FusionFoldRow.mention_id.in_(part)))
        _write_state(s, update_.state, added=True)
        if update_.merged:
            table = FusionEdgeRow.__table__
            s.execute(update(table).where(table.c.a == bindparam("ea"), table.c.b == bindparam("eb"))
                      .values(merged=bindparam("em")), [{"ea": a, "eb": b, "em": m} for a, b, m in update_.merged])
        _mark_fused(s, update_.fused)


def _mark_fused(s: Session, ids: list[str]) -> None:
    for part in _parts(ids):
        s.execute(update(MENTIONS).where(MENTIONS.c.id.in_(part)).values(fused=True))


def _write_state(s: Session, state, added: bool = False) -> None:
    """The state's rows; `added`: an incremental fusion's, whose spelling counts add to the stored."""
    tables = ((FusionOrderRow, ("okey", "mention_id", "tsort", "dsort", "flags"), state.order),
              (FusionEdgeRow, ("a", "b", "score", "merged"), state.edges),
              (FusionFoldRow, ("mention_id",), [(m,) for m in state.folds]),
              (FusionPersonRow, ("key", "root"), state.people))
    for table, columns, rows in tables:
        for part in _parts(rows, ROWS):
            s.execute(insert(table.__table__), [dict(zip(columns, r)) for r in part])
    stmt = insert(FusionSpellingRow.__table__)
    if added:
        table = FusionSpellingRow.__table__
        stmt = (pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert)(table)
        stmt = stmt.on_conflict_do_update(index_elements=[table.c.key, table.c.spelling],
                                          set_={"n": table.c.n + stmt.excluded.n})
    for part in _parts(state.spellings, ROWS):
        s.execute(stmt, [{"key": k, "spelling": n, "n": c} for k, n, c in part])
