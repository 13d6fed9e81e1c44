"""Store: open a database by URL and read/write plain data. Each batch is one transaction."""
from __future__ import annotations

import fcntl
import os
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from functools import cached_property, lru_cache
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import (JSON, Integer, String, Text, cast, create_engine, delete, event, func, insert, or_, select,
                        text, update)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crossings.bounds import bound_document, fit, scrub, scrub_data
from crossings.document import Document
from crossings.errors import StoreError
from crossings.events import Event, Mention
from crossings.facets import FILTERS, coarser, covers, document_outlets, facets, unknown_outlet, wanted
from crossings.store.migrate import WRITE, upgrade
from crossings.clean.bands import band_keys
from crossings.store.models import (FACET_COLUMNS, Base, DecisionRow, DocumentRow, EventFacetRow,
                                   EventMentionRow, EventOutletRow, EventPersonRow, EventRow, MentionRow,
                                   NearDupBandCountRow, NearDupBandRow, StoreMetaRow)


def default_db_url() -> str:
    """CROSSINGS_DB, else a SQLite file in the user's data directory."""
    if url := os.environ.get("CROSSINGS_DB"):
        return url
    folder = Path(user_data_dir("crossings"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'crossings.db'}"


def _engine(url: str) -> Engine:
    if "://" not in url:  # a bare path means a SQLite file
        url = f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):  # psycopg 3 is the driver we ship
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    sqlite = url.startswith("sqlite")
    engine = create_engine(url, future=True, connect_args={"timeout": BUSY_TIMEOUT} if sqlite else {},
                           pool_use_lifo=True)  # the connection used last: its page cache is warm
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # WAL survives kills; FKs keep mentions tied to documents
            conn.isolation_level = None  # transactions begin below, not at pysqlite's whim
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            # WAL's own recommendation: a commit waits for no fsync (the checkpoint syncs). A killed
            # process loses nothing committed; a power cut may lose the last commits, which the
            # next ingest of the same input stores again (ids already stored are skipped)
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn):  # a writer takes the write lock first: no deadlock on upgrading a read
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine


# KiB of pages a SQLite connection keeps (its default is 2,000): a batch's band keys land on
# random pages of an index that grows with the store, and with the default most were read anew
# from the file at every probe and insert. The cache outlives a transaction only on the connection
# that wrote last: the engine's pool hands out the connection used last (LIFO), so an ingest's
# reads and writes share one warm cache (bench/store_growth_bench.py prints the MiB read).
SQLITE_CACHE_KIB = 32 * 1024
BUSY_TIMEOUT = 120  # seconds a SQLite writer waits for another process's transaction
OPEN_TRIES = 5  # a new SQLite store opened by several processes at once


def _upgrade_when_free(engine) -> None:
    """Migrate, trying again when SQLite answers "database is locked" at once: a process that
    set up WAL or read a snapshot while another was creating the store gets that answer without
    waiting on the busy timeout; the next try finds the schema made and nothing to do."""
    for attempt in range(OPEN_TRIES):
        try:
            upgrade(engine)
            return
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == OPEN_TRIES - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
IN_CHUNK = 5000  # ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits


class Store:
    """The database behind Crossings. Only this package touches SQL."""

    _versioned = False  # set once open() has migrated (a Store built over an old schema has no version row)
    _outlets: tuple[int, list[str]] | None = None  # (store version, the outlets events have), see outlet_keys

    def __init__(self, url: str | None = None):
        self.url = url or default_db_url()
        try:
            self.engine = _engine(self.url)
            _upgrade_when_free(self.engine)
        except StoreError:
            raise
        except Exception as exc:  # driver errors come in many classes
            raise StoreError(f"cannot open store {self.url}: {exc}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._versioned = True

    @cached_property
    def _writes(self) -> sessionmaker:
        return sessionmaker(self.engine.execution_options(**{WRITE: True}), expire_on_commit=False)

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A transaction; `write` ones on SQLite hold the write lock from their first statement,
        so that two processes never both read, then both try to write."""
        with (self._writes if write else self._sessions).begin() as s:
            yield s
            if write and self._versioned:
                s.execute(_BUMP_VERSION)

    def version(self) -> int:
        """A number every write transaction (ingest, fusion, decision) raises: what is read from
        the store can be cached until it changes."""
        with self.session() as s:
            return int(s.scalar(select(StoreMetaRow.value).where(StoreMetaRow.key == VERSION_KEY)) or 0)

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """One holder at a time across processes (fusion reads every mention, then replaces
        every event: two at once would interleave): an advisory lock on PostgreSQL, a lock file
        beside a SQLite store."""
        key = zlib.crc32(name.encode())
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                    conn.commit()
            return
        database = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not database or database == ":memory:":
            yield
            return
        with open(f"{database}.{name}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    # documents -------------------------------------------------------------
    def document_links(self) -> dict[str, tuple[str | None, str | None]]:
        """id -> (published, duplicate_of): what fusion needs, without loading any text."""
        q = select(DocumentRow.id, DocumentRow.published, DocumentRow.duplicate_of)
        with self.session() as s:
            return {i: (pub, dup) for i, pub, dup in s.execute(q)}

    # the near-duplicate index, probed a batch at a time ---------------------
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` already stored."""
        ids = list(set(ids))
        with self.session() as s:
            return {i for part in _parts(ids) for i in s.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(part)))}

    def canonical_by_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        """content_hash -> the stored canonical (not duplicate) document with it (the first by id).
        Looked up by the content_hash index alone, canonical ones kept here: a condition on
        duplicate_of in the query leads SQLite to its index (nearly every row is canonical),
        a scan of the whole store on every batch."""
        hashes, found = list(set(hashes)), {}
        q = select(DocumentRow.content_hash, DocumentRow.id, DocumentRow.duplicate_of)
        with self.session() as s:
            for part in _parts(hashes):
                for h, i, dup in s.execute(q.where(DocumentRow.content_hash.in_(part))):
                    if dup is None and (h not in found or i < found[h]):
                        found[h] = i
        return found

    def band_members(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """band key -> the canonical documents indexed under it."""
        keys, found = list(set(keys)), {}
        with self.session() as s:
            for part in _parts(keys):
                for k, i in s.execute(select(NearDupBandRow.key, NearDupBandRow.doc_id).where(NearDupBandRow.key.in_(part))):
                    found.setdefault(k, []).append(i)
        return found

    def band_candidates(self, keys: list[list[str]], shared: int = 1, leave_out: int = 0) -> list[set[str]]:
        """For each list of band keys (one page's), the canonical documents indexed under at least
        `shared` of them. The counting is the database's (one grouped join a part of the batch):
        only the candidates come back, not every row under a common key.

        With leave_out = L (< shared), each page's L most common keys (neardup_band_counts) are
        not probed and `shared - L` of the rest suffice: a document sharing `shared` keys shares
        at least `shared - L` of those probed, so the answer holds every document the exact probe
        finds (and a few more, which the finder's Jaccard check turns away), while the long lists
        of keys many look-alike pages share are never read. Right whatever the counts say."""
        leave_out = max(0, min(leave_out, shared - 1))
        keys = [list(dict.fromkeys(ks)) for ks in keys]
        if leave_out:
            counts = self._counted({k for ks in keys for k in ks})
            keys = [sorted(ks, key=lambda k: (-counts.get(k, 0), k))[leave_out:] for ks in keys]
        found: list[set[str]] = [set() for _ in keys]
        pairs = [(n, k) for n, ks in enumerate(keys) for k in ks]
        with self.session() as s:
            for part in _parts(pairs, PART // 2):  # two parameters a pair
                params = {"shared": shared - leave_out} | {f"n{i}": n for i, (n, _) in enumerate(part)} | \
                    {f"k{i}": k for i, (_, k) in enumerate(part)}
                for n, doc_id in s.execute(_probe(len(part)), params):
                    found[n].add(doc_id)
        return found

    def band_counts(self, keys: Iterable[str]) -> dict[str, int]:
        """band key -> how many canonical documents are filed under it (absent: none). The counts
        table holds the keys under which two or more are filed (see _grown_counts); a key filed
        once is found in the index itself."""
        keys = list(set(keys))
        with self.session() as s:
            found = _counted(s, keys)
            return found | {k: 1 for k in _filed(s, [k for k in keys if k not in found])}

    def _counted(self, keys: Iterable[str]) -> dict[str, int]:
        """The counts table's entries for `keys`: what the probe orders keys by (a key filed once,
        or never, counts 0 there; which of those the probe leaves out changes nothing it finds)."""
        with self.session() as s:
            return _counted(s, list(set(keys)))

    def signatures(self, ids: Iterable[str]) -> dict[str, list[int]]:
        """document id -> its stored MinHash signature."""
        ids, found = list(set(ids)), {}
        with self.session() as s:
            for part in _parts(ids):
                found |= {i: m for i, m in s.execute(select(DocumentRow.id, DocumentRow.minhash).where(DocumentRow.id.in_(part))) if m}
        return found

    def add_documents(self, docs: Iterable[tuple[Document, list[int] | None]]) -> int:
        """Insert new documents (skipping known ids) in one transaction; returns how many."""
        return self.add_batch(list(docs), None)

    def add_batch(
        self,
        docs: list[tuple[Document, list[int] | None]],
        mentions: dict[str, list[Mention]] | None,
    ) -> int:
        """Insert new documents and, when extraction ran (`mentions` is not None), their
        mentions, all in one transaction: a kill leaves a document whole or absent."""
        return len(self.insert_batch(docs, mentions))

    def insert_batch(
        self,
        docs: list[tuple[Document, list[int] | None]],
        mentions: dict[str, list[Mention]] | None,
    ) -> set[str]:
        """add_batch, returning the ids it inserted (the others were stored already, perhaps
        by another process a moment ago)."""
        rows, seen = [], set()
        for doc, minhash in docs:
            if doc.id not in seen:
                seen.add(doc.id)
                rows.append(_document_values(doc, minhash, mentions is not None and doc.id in mentions))
        if not rows:
            return set()
        with self.session(write=True) as s:
            # another process may store the same document at once: its row wins, ours is skipped
            added = set(s.scalars(_insert_new(s, _DOCUMENTS).returning(_DOCUMENTS.c.id), rows))
            _index_bands(s, [r for r in rows if r["id"] in added])
            if mentions is not None:
                _put_mentions(s, {k: v for k, v in mentions.items() if k in added})
        return added

    def unextracted(self, limit: int | None = None) -> list[Document]:
        """Documents extraction has not run on yet (stored with --no-extract, or it failed)."""
        q = select(DocumentRow).where(DocumentRow.extracted.is_(False)).order_by(DocumentRow.id)
        with self.session() as s:
            return [_document(r) for r in s.scalars(q.limit(limit) if limit else q)]

    def get_document(self, doc_id: str) -> Document | None:
        with self.session() as s:
            row = s.get(DocumentRow, doc_id)
            return _document(row) if row else None

    def documents(
        self,
        lang: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        duplicates: bool = True,
        limit: int | None = None,
    ) -> list[Document]:
        q = select(DocumentRow).order_by(DocumentRow.id)
        if lang:
            q = q.where(DocumentRow.lang == lang)
        if outlet:
            q = q.where(DocumentRow.outlet.contains(outlet))
        if since:
            q = q.where(DocumentRow.published >= since)
        if until:
            q = q.where(DocumentRow.published <= until)
        if not duplicates:
            q = q.where(DocumentRow.duplicate_of.is_(None))
        if limit:
            q = q.limit(limit)
        with self.session() as s:
            return [_document(r) for r in s.scalars(q)]

    def document_refs(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None, str]]:
        """id -> (url, outlet, when stored as ISO text), without loading any text (for exports)."""
        ids, out = sorted(set(ids)), {}
        with self.session() as s:
            for at in range(0, len(ids), IN_CHUNK):
                q = select(DocumentRow.id, DocumentRow.url, DocumentRow.outlet, DocumentRow.ingested_at).where(
                    DocumentRow.id.in_(ids[at : at + IN_CHUNK]))
                out.update({i: (url, outlet, stored.isoformat(timespec="seconds") if stored else None)
                            for i, url, outlet, stored in s.execute(q)})
        return out

    def outlets_of(self, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """document id -> its outlet and host, for the outlets facet of events built in memory (review)."""
        with self.session() as s:
            return _outlets_of(s, set(ids))

    def duplicates_of(self, doc_id: str) -> list[str]:
        with self.session() as s:
            q = select(DocumentRow.id).where(DocumentRow.duplicate_of == doc_id)
            return list(s.scalars(q))

    def count_documents(self) -> int:
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(DocumentRow)) or 0

    # mentions --------------------------------------------------------------
    def replace_mentions(self, by_doc: dict[str, list[Mention]]) -> None:
        """Set each document's mentions (re-extraction replaces, never appends) and mark the
        documents extracted, in one transaction."""
        with self.session(write=True) as s:
            _put_mentions(s, by_doc)

    def mentions(self) -> list[Mention]:
        with self.session() as s:
            rows = s.scalars(select(MentionRow.data).order_by(MentionRow.id))
            return [Mention.from_dict(d) for d in rows]

    def docs_without_mentions_run(self) -> list[str]:
        """Ids of documents extraction has not run on (see `unextracted`)."""
        with self.session() as s:
            q = select(DocumentRow.id).where(DocumentRow.extracted.is_(False)).order_by(DocumentRow.id)
            return list(s.scalars(q))

    # events ----------------------------------------------------------------
    def replace_events(self, events: list[Event]) -> None:
        with self.session(write=True) as s:
            s.execute(delete(EventRow))
            s.execute(delete(EventMentionRow))
            s.execute(delete(EventFacetRow))
            s.execute(delete(EventOutletRow))
            s.execute(delete(EventPersonRow))
            write_events(s, events)

    def get_event(self, event_id: str) -> Event | None:
        with self.session() as s:
            row = s.get(EventRow, event_id)
            return Event.from_dict(row.data) if row else None

    def events(self, **filters) -> list[Event]:
        q = self._filtered(select(EventRow.data).order_by(EventRow.id), EventRow, filters)
        with self.session() as s:
            return [Event.from_dict(d) for d in s.scalars(q)]

    def _filtered(self, q, table, filters: dict):
        """_event_filters, with an outlet resolved to the stored outlets it covers (an outlet no
        stored event has is refused, the closest named)."""
        filters = wanted(filters)
        if value := filters.get("outlet"):
            filters["outlet"] = self.outlets_under(value)
        return _event_filters(q, table, filters)

    def outlets_under(self, value: str) -> list[str]:
        """The stored outlets an outlet filter (as wanted() gives it) takes: itself and those under
        it as a domain. None is an error naming the outlets, or the closest."""
        known = self.outlet_keys()
        if not (taken := [k for k in known if covers(value, k)]):
            raise unknown_outlet(value, known)
        return taken

    def outlet_keys(self) -> list[str]:
        """Every outlet an event has (crossings.facets.outlet_key), sorted; read once per store version."""
        version = self.version()
        if self._outlets is None or self._outlets[0] != version:
            with self.session() as s:
                q = select(EventOutletRow.outlet).distinct().order_by(EventOutletRow.outlet)
                self._outlets = (version, list(s.scalars(q)))
        return self._outlets[1]

    # decisions -------------------------------------------------------------
    def add_decision(self, **fields) -> int:
        with self.session(write=True) as s:
            row = _fitted(DecisionRow(**fields))
            s.add(row)
            s.flush()
            return row.id

    def decisions(self) -> list[dict]:
        with self.session() as s:
            rows = s.scalars(select(DecisionRow).order_by(DecisionRow.id))
            return [_decision(r) for r in rows]

    # dashboard reads ---------------------------------------------------------
    def event_page(self, filters: dict, exclude: Iterable[str] = (), sort: str = "id", desc: bool = False,
                   limit: int = 50, offset: int = 0) -> list[Event]:
        """One page of machine events, filtered and sorted (NULL lowest, ties by id), minus `exclude`."""
        return [Event.from_dict(d) for d in self.event_records(filters, exclude, sort, desc, limit, offset)]

    def event_records(self, filters: dict, exclude: Iterable[str] = (), sort: str = "id", desc: bool = False,
                      limit: int = 50, offset: int = 0) -> list[dict]:
        """event_page as stored (Event.to_dict() shape), for readers that serialise them again.

        NULL sorts lowest (first ascending, last descending: SQLite's own order, so the (column, id)
        indexes serve the sort). Ids are paged over the narrow rows of event_facets, then the
        records fetched from events by id: scanning or sorting the wide JSON rows is what was slow."""
        column = SORTABLE[sort]
        order = ([column.desc().nulls_last(), EventFacetRow.id.desc()] if desc
                 else [column.asc().nulls_first(), EventFacetRow.id])
        q = self._filtered(select(EventFacetRow.id), EventFacetRow, filters).order_by(*order)
        if exclude := list(exclude):
            q = q.where(EventFacetRow.id.not_in(exclude))
        with self.session() as s:
            ids = list(s.scalars(q.offset(offset).limit(limit)))
            found = dict(s.execute(select(EventRow.id, EventRow.data).where(EventRow.id.in_(ids))).all())
        return [found[i] for i in ids]

    def count_events(self, filters: dict, exclude: Iterable[str] = ()) -> int:
        """Matching events minus the excluded ones. Counted as all matches less the excluded
        matches: a NOT IN probe on every row costs more than the whole indexed count."""
        q = self._filtered(select(func.count()).select_from(EventFacetRow), EventFacetRow, filters)
        with self.session() as s:
            total = s.scalar(q) or 0
            if exclude := list(exclude):
                total -= s.scalar(q.where(EventFacetRow.id.in_(exclude))) or 0
            return total

    def event_counts(self, columns: tuple[str, ...], exclude: Iterable[str] = (), filters: dict | None = None) -> list[tuple]:
        """(value, ..., count) grouped by the named event_facets columns ("month": the date's
        first seven characters), for the events matching `filters`, for the overview, waves and map."""
        month = func.substr(EventFacetRow.date, 1, 7)
        cols = [month if c == "month" else getattr(EventFacetRow, c) for c in columns]
        q = self._filtered(select(*cols, func.count()), EventFacetRow, filters or {}).group_by(*cols)
        if exclude := list(exclude):
            q = q.where(EventFacetRow.id.not_in(exclude))
        with self.session() as s:
            return [tuple(r) for r in s.execute(q)]

    def events_naming(self, person_id: str) -> list[Event]:
        """The machine events whose people include this person id (looked up in event_people)."""
        named = select(EventPersonRow.event_id).where(EventPersonRow.person_id == person_id)
        q = select(EventRow.data).where(EventRow.id.in_(named)).order_by(EventRow.id)
        with self.session() as s:
            return [Event.from_dict(d) for d in s.scalars(q)]

    def events_by_id(self, ids: Iterable[str]) -> dict[str, Event]:
        q = select(EventRow.data).where(EventRow.id.in_(list(ids)))
        with self.session() as s:
            return {d["id"]: Event.from_dict(d) for d in s.scalars(q)}

    def event_ids_like(self, type: str, date: str | None, country: str | None, city: str | None) -> list[str]:
        """Ids of machine events of this type, date and origin (None matches only None)."""
        q = select(EventFacetRow.id).where(EventFacetRow.type == type)
        for column, value in ((EventFacetRow.date, date), (EventFacetRow.country, country),
                              (EventFacetRow.city, city)):
            q = q.where(column.is_(None) if value is None else column == value)
        with self.session() as s:
            return list(s.scalars(q.limit(50)))

    def events_of_mentions(self, mention_ids: Iterable[str]) -> dict[str, str]:
        """mention id -> id of the machine event it was fused into."""
        q = select(EventMentionRow.mention_id, EventMentionRow.event_id).where(
            EventMentionRow.mention_id.in_(list(mention_ids)))
        with self.session() as s:
            return dict(s.execute(q).all())

    def mentions_of_docs(self, doc_ids: Iterable[str]) -> list[Mention]:
        q = select(MentionRow.data).where(MentionRow.doc_id.in_(list(doc_ids))).order_by(MentionRow.id)
        with self.session() as s:
            return [Mention.from_dict(d) for d in s.scalars(q)]

    def mentions_of(self, doc_id: str) -> list[Mention]:
        q = select(MentionRow.data).where(MentionRow.doc_id == doc_id).order_by(MentionRow.id)
        with self.session() as s:
            return [Mention.from_dict(d) for d in s.scalars(q)]

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        q = select(DocumentRow).where(DocumentRow.id.in_(list(ids)))
        with self.session() as s:
            return {r.id: _document(r) for r in s.scalars(q)}


VERSION_KEY = "version"
_BUMP_VERSION = update(StoreMetaRow).where(StoreMetaRow.key == VERSION_KEY).values(
    value=cast(cast(StoreMetaRow.value, Integer) + 1, Text))
PART = 500  # values per IN (...) list: well under SQLite's and PostgreSQL's parameter limits


@lru_cache(maxsize=8)
def _probe(size: int):
    """The band probe for `size` (page, key) pairs as plain SQL (SQLite and PostgreSQL alike): a
    VALUES list joined to the index, counted per page and document. Written out once per size:
    SQLAlchemy would compile a VALUES construct of hundreds of rows anew on every call."""
    rows = ", ".join(f"(:n{i}, :k{i})" for i in range(size))
    return text(f'WITH probe(n, "key") AS (VALUES {rows}) '
                f'SELECT probe.n, b.doc_id FROM probe JOIN {NearDupBandRow.__tablename__} b ON b."key" = probe."key" '
                f'GROUP BY probe.n, b.doc_id HAVING count(*) >= :shared')


def _parts(items: list, size: int = PART) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _index_bands(s: Session, rows: list[dict]) -> None:
    """File each new canonical document under its band keys (duplicates are never candidates),
    and count the documents under each key."""
    bands = sorted((k, r["id"]) for r in rows if not r.get("duplicate_of") and r.get("minhash")
                   for k in dict.fromkeys(band_keys(r["minhash"])))
    if not bands:
        return
    counts = _grown_counts(s, Counter(k for k, _ in bands))  # read before the batch's keys are filed
    if s.get_bind().dialect.name in DRIVER_WRITES:
        _index_bands_sqlite(s, bands, counts)
        return
    s.execute(_insert_new(s, NearDupBandRow.__table__), [{"key": k, "doc_id": d} for k, d in bands])
    if counts:
        s.execute(_add_counts(s), [{"key": k, "n": n} for k, n in counts])


def _counted(s: Session, keys: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in _parts(keys):
        found |= dict(s.execute(select(NearDupBandCountRow.key, NearDupBandCountRow.n)
                                .where(NearDupBandCountRow.key.in_(part))).all())
    return found


def _filed(s: Session, keys: list[str]) -> set[str]:
    """Those of `keys` under which some document is filed."""
    return {k for part in _parts(keys)
            for k in s.scalars(select(NearDupBandRow.key).where(NearDupBandRow.key.in_(part)).distinct())}


def _grown_counts(s: Session, added: Counter) -> list[tuple[str, int]]:
    """The (key, n) rows _add_counts adds for a batch filing added[key] documents under each key:
    only keys that now hold two or more documents are counted. Most keys are one page's own and
    stay that way; a row for each would be a second random index write per key, the largest part
    of a batch's writes once the store is large. A key counted already adds its batch count; a
    key filed once before enters with 1 more; a new key enters when the batch files it twice."""
    keys = sorted(added)
    counted = _counted(s, keys)
    filed = _filed(s, [k for k in keys if k not in counted])
    rows = []
    for k in keys:
        if k in counted:
            rows.append((k, added[k]))
        elif (n := added[k] + (k in filed)) >= 2:
            rows.append((k, n))
    return rows


DRIVER_WRITES = ("sqlite",)  # dialects whose band rows go through the driver's executemany
_BANDS_SQLITE = (f'INSERT INTO {NearDupBandRow.__tablename__} ("key", doc_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
                 f'INSERT INTO {NearDupBandCountRow.__tablename__} ("key", n) VALUES (?, ?) '
                 'ON CONFLICT ("key") DO UPDATE SET n = n + excluded.n')


def _index_bands_sqlite(s: Session, bands: list[tuple[str, str]], counts: list[tuple[str, int]]) -> None:
    """_index_bands's two statements on SQLite, as the driver's executemany over plain tuples: the
    same rows (a test compares them), without SQLAlchemy building a parameter dict for each of a
    batch's thousands of rows. Both lists come sorted by key: the index pages are visited in order,
    each once a batch, however large the index has grown."""
    conn = s.connection()
    conn.exec_driver_sql(_BANDS_SQLITE[0], bands)
    if counts:
        conn.exec_driver_sql(_BANDS_SQLITE[1], counts)


def _add_counts(s: Session):
    """INSERT of (key, n) rows into neardup_band_counts that adds n to a key already counted."""
    table = NearDupBandCountRow.__table__
    stmt = (pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert)(table)
    return stmt.on_conflict_do_update(index_elements=[table.c.key], set_={"n": table.c.n + stmt.excluded.n})


SORTABLE = {name: getattr(EventFacetRow, name) for name in ("id", "type", "status", "date", "country", "reported")}


_DOCUMENTS = DocumentRow.__table__


def _insert_new(s: Session, table):
    """INSERT that skips rows whose key is already stored (by another process, even now). Given
    a Table (not the mapped class), a batch goes through Core's executemany, without the ORM's
    per-row bookkeeping."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        return pg_insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite_insert(table).on_conflict_do_nothing()
    return insert(table)


def _put_mentions(s: Session, by_doc: dict[str, list[Mention]]) -> None:
    rows, seen = [], set()
    for part in _parts(list(by_doc)):  # one DELETE per few hundred documents, not one each
        s.execute(delete(MentionRow).where(MentionRow.doc_id.in_(part)))
    for doc_id, mentions in by_doc.items():
        for m in mentions:
            if m.id not in seen:
                seen.add(m.id)
                rows.append(_values(_fitted(MentionRow(id=m.id, doc_id=doc_id, type=m.type, data=m.to_dict()))))
    if rows:
        s.execute(_insert_new(s, MentionRow.__table__), rows)
    if by_doc:
        s.execute(update(DocumentRow).where(DocumentRow.id.in_(list(by_doc))).values(extracted=True))


def _document_values(doc: Document, minhash: list[int] | None, extracted: bool) -> dict:
    """The document's row, bounded, as an INSERT's parameters (ingested_at: the column's default).
    A document bound_document leaves as it is (the pipeline's, always) has no string to scrub
    and no value too long for its column: its row is written out directly, the same values
    _fitted would give without building a row object to check."""
    bounded = bound_document(doc)[0]
    if bounded is not doc:
        return _values(_fitted(_document_row(bounded, minhash))) | {"extracted": extracted}
    data = {f: getattr(doc, f) for f in _DATA_FIELDS}
    data["authors"] = list(doc.authors)
    data["published"] = doc.published.to_dict()
    row = {"id": doc.id, "content_hash": doc.content_hash, "source": doc.source, "url": doc.url, "title": doc.title,
           "outlet": doc.outlet, "lang": doc.lang, "published": doc.published.value, "captured": doc.captured,
           "duplicate_of": doc.duplicate_of, "raw": doc.raw, "text": doc.text, "data": data,
           "minhash": list(minhash) if minhash is not None else None, "extracted": extracted}
    if row["source"] is None:
        del row["source"]  # as _values: the column's default fills it
    return row


_DATA_FIELDS = [f.name for f in fields(Document) if f.name not in ("raw", "text")]  # Document.to_dict's order


def _values(row) -> dict:
    """A row object's column values, leaving out those a default fills in."""
    return {c.key: v for c in row.__table__.columns if (v := getattr(row, c.key)) is not None or c.default is None}


def write_events(s: Session, events: list[Event]) -> None:
    """The rows of these events: events, facets, mentions, outlets, people (replace_events writes
    all of them; incremental fusion only those it changed)."""
    if not events:
        return
    outlets = _outlets_of(s, {m.doc for e in events for m in e.mentions})
    rows, tags = [], []
    for e in events:
        f = facets(e, outlets)
        rows.append(_fitted(EventRow(id=e.id, data=e.to_dict(), **{c: getattr(f, c) for c in FACET_COLUMNS})))
        tags.append((e.id, f.outlets))
    s.add_all(rows)
    s.add_all(EventFacetRow(id=r.id, **{c: getattr(r, c) for c in FACET_COLUMNS}) for r in rows)
    s.flush()
    homes = {m.id: e.id for e in events for m in e.mentions}
    for part in _parts(sorted(homes.items())):
        s.execute(insert(EventMentionRow), [{"mention_id": m, "event_id": e} for m, e in part])
    _add_keys(s, EventOutletRow, "outlet", {(k, i) for i, keys in tags for k in keys})
    _add_keys(s, EventPersonRow, "person_id", {(p, e.id) for e in events for p in e.people})


def _fitted(row):
    """The row as every backend can store it (crossings.bounds): PostgreSQL refuses NUL and values
    longer than their column, which SQLite takes. Documents from the pipeline arrive already
    bounded (with notes); this is the guard for every other way in."""
    for column in row.__table__.columns:
        value = getattr(row, column.key, None)
        if isinstance(value, str):
            value = scrub(value)
            if isinstance(column.type, String) and column.type.length:
                value = fit(value, column.type.length, keep_apart=bool(column.primary_key or column.foreign_keys))
            setattr(row, column.key, value)
        elif isinstance(column.type, JSON) and value is not None:
            setattr(row, column.key, scrub_data(value))
    return row


def _document_row(doc: Document, minhash: list[int] | None) -> DocumentRow:
    data = doc.to_dict()
    raw, text = data.pop("raw"), data.pop("text")
    return DocumentRow(
        id=doc.id,
        content_hash=doc.content_hash,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        outlet=doc.outlet,
        lang=doc.lang,
        published=doc.published.value,
        captured=doc.captured,
        duplicate_of=doc.duplicate_of,
        raw=raw,
        text=text,
        data=data,
        minhash=minhash,
    )


def _document(row: DocumentRow) -> Document:
    return Document.from_dict({**row.data, "raw": row.raw, "text": row.text})


def _outlets_of(s: Session, ids: set[str]) -> dict[str, tuple[str, ...]]:
    """document id -> its outlet and host (crossings.facets.document_outlets)."""
    ids, found = sorted(ids), {}
    for part in (ids[i:i + IN_CHUNK] for i in range(0, len(ids), IN_CHUNK)):
        q = select(DocumentRow.id, DocumentRow.outlet, DocumentRow.url).where(DocumentRow.id.in_(part))
        found.update({i: document_outlets(outlet, url) for i, outlet, url in s.execute(q)})
    return found


def _add_keys(s: Session, table, key: str, pairs: set[tuple[str, str]]) -> None:
    """Rows of a (key, event id) lookup table, keys fitted to their column as _fitted fits them."""
    width = table.__table__.columns[key].type.length
    rows = {(fit(scrub(k), width, keep_apart=True), e) for k, e in pairs}
    if rows:
        s.execute(insert(table), [{key: k, "event_id": e} for k, e in sorted(rows)])


def _event_filters(q, table, filters: dict):
    """The WHERE clauses every event listing shares (crossings.facets.FILTERS, which review
    evaluates in memory), on `events` or on its narrow twin `event_facets`; the filters as
    wanted() gives them, an outlet resolved by Store._filtered to the stored outlets it covers."""
    for name, value in filters.items():
        column, how = FILTERS[name]
        column = getattr(table, column, None)  # outlets have a table of their own
        if how == "equals":
            q = q.where(column == value)
        elif how == "member":
            q = q.where(column.contains(f"|{value}|", autoescape=True))
        elif how == "contains":
            q = q.where(column.contains(value, autoescape=True))
        elif how == "from":
            q = q.where(or_(column >= value, column.in_(coarser(value))))
        elif how == "to":
            q = q.where(or_(column <= value, column.startswith(value, autoescape=True)))
        elif how == "outlet":
            q = q.where(table.id.in_(select(EventOutletRow.event_id).where(EventOutletRow.outlet.in_(value))))
        else:
            raise StoreError(f"no SQL for a filter compared by {how!r}")
    return q


def _decision(r: DecisionRow) -> dict:
    return {
        "id": r.id,
        "action": r.action,
        "target": r.target,
        "anchor": r.anchor,
        "payload": r.payload,
        "facts": r.facts or {},
        "who": r.who,
        "why": r.why,
        "at": r.at.isoformat(),
    }
