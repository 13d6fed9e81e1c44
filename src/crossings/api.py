"""The library surface. Every public function here has its CLI command (tests/test_surface.py checks);
none of them prints. Reads return the reviewed dataset unless review="machine" asks otherwise."""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from crossings.document import Document, RawPage
from crossings.errors import CrossingsError, InputError
from crossings.events import Event
from crossings.extract import extract_documents, unread_language
from crossings.fuse.wire import wire_groups
from crossings.ingest import InputNote, read_inputs
from crossings.ingest.estimate import expected_pages
from crossings.ingest.notes import printable
from crossings.prepare import Prepared, extract_chunk, prepare_pages
from crossings.progress import Listener, Steps
from crossings.runners import make_runner
from crossings.settings import Settings
from crossings.store import Store

@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0  # already stored
    already_stored: list[str] = field(default_factory=list)  # the sources skipped as already stored
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)  # one line per input that failed
    notes: list[str] = field(default_factory=list)  # problems worked around (encodings)
    not_read: list[str] = field(default_factory=list)  # stored pages in a language no extractor reads
    mentions: int = 0
    events: int = 0
    fusion: str = ""  # how this ingest fused: "incremental", or "full: <why>"

    @property
    def ok(self) -> bool:
        return not self.errors


BATCH = 200  # documents per transaction: a kill loses at most one uncommitted batch


def ingest(
    inputs: list[str],
    db: str | None = None,
    settings: Settings | None = None,
    progress: Listener | None = None,
) -> IngestReport:
    """Read, clean and store pages; then extract and fuse (unless settings.extract is off).
    `progress` hears how many items each stage has handled and expects (crossings.progress).

    Each batch of documents is written in one transaction together with its mentions, so a
    kill leaves no document half-stored; documents stored without extraction (--no-extract,
    or a failed extraction) are extracted by the next ingest that runs it."""
    settings = settings or Settings.from_env(db=db)
    store = Store(db or settings.db)
    report = IngestReport()
    runner = make_runner(settings.runner, settings.scheduler, settings.workers)
    steps = Steps(progress, expected_pages(inputs) if progress else None)
    try:
        _ingest(inputs, store, settings, runner, report, steps)
    finally:
        runner.close()
    if settings.extract:
        report.events, report.fusion = _fuse_new(store)
        steps.add("fuse")
    return report


def _ingest(inputs, store: Store, settings: Settings, runner, report: IngestReport, steps: Steps) -> None:
    _ingest_items(read_inputs(inputs, settings), store, settings, runner, report, steps)


def _ingest_items(items, store: Store, settings: Settings, runner, report: IngestReport, steps: Steps) -> None:
    """The items a reader yields (pages, errors, notes) are read here, mapped by the runner in
    chunks (clean, sign, extract: prepare.py) and come back in input order; here each batch is
    marked against the store's near-duplicate index and stored. The runner works on the next
    chunks meanwhile (Dask keeps a window in flight)."""
    if settings.extract:
        _extract_pending(store, runner, report, settings.time_budget, steps)
    from crossings.clean.dedup import DuplicateFinder

    finder = DuplicateFinder(store)
    work = partial(prepare_pages, budget=settings.time_budget, extract=settings.extract)
    batch: list[Prepared] = []
    for prepared in runner.map(work, _new_pages(items, store, report, steps)):
        for page in prepared:
            steps.add("clean")
            if settings.extract:
                steps.add("extract")
            report.notes += page.notes
            if page.error:
                report.errors.append(page.error)
            elif page.doc is not None:
                if lang := unread_language(page.doc):
                    report.not_read.append(printable(f"{page.doc.source or page.doc.id}: not read: language {lang}"))
                batch.append(page)
        if len(batch) >= BATCH:
            _commit(store, finder, batch, settings, report)
            batch = []
    _commit(store, finder, batch, settings, report)


PAGE_CHUNK = 50  # pages per mapped task: a few per worker in flight, each parsed in one stream


def _new_pages(items, store: Store, report: IngestReport, steps: Steps) -> Iterator[list[RawPage]]:
    """Chunks of the pages read, without those whose id is stored already (one query a chunk);
    what the readers noted or refused goes to the report."""
    chunk: list[RawPage] = []
    for item in items:
        steps.add("read", int(not isinstance(item, InputNote)))  # a note is about a page, not one more page
        if isinstance(item, InputNote):
            report.notes.append(str(item))
        elif isinstance(item, InputError):
            report.errors.append(str(item))
        else:
            chunk.append(item)
        if len(chunk) >= PAGE_CHUNK:
            yield _unknown(chunk, store, report, steps)
            chunk = []
    if chunk:
        yield _unknown(chunk, store, report, steps)


def _unknown(pages: list[RawPage], store: Store, report: IngestReport, steps: Steps) -> list[RawPage]:
    known = store.existing_ids(p.id for p in pages if p.id)
    for page in pages:
        if page.id in known:
            _skip(page.source, report)
    fresh = [p for p in pages if p.id not in known]
    steps.add("clean", len(pages) - len(fresh))  # stored already: nothing left to do for them
    steps.add("extract", len(pages) - len(fresh))
    return fresh


def _skip(source: str, report: IngestReport) -> None:
    report.skipped += 1
    report.already_stored.append(source)


def _commit(store: Store, finder, batch: list[Prepared], settings: Settings, report: IngestReport) -> None:
    """Mark a batch's duplicates and store it with its mentions in one transaction."""
    fresh = _not_stored(batch, store, report)
    if not fresh:
        return
    finder.mark_batch([p.doc for p in fresh], [p.signature for p in fresh])
    report.duplicates += sum(p.doc.duplicate_of is not None for p in fresh)
    docs = [(p.doc, p.signature) for p in fresh]
    mentions = _mentions_of(fresh, report) if settings.extract else None
    refused: set[str] = set()
    try:
        inserted = store.insert_batch(docs, mentions)
    except Exception:  # noqa: BLE001  one document the database refuses must not sink the others
        inserted, refused = _store_one_by_one(store, docs, mentions, report)
    report.added += len(inserted)
    for doc, _ in docs:
        if doc.id not in inserted and doc.id not in refused:
            _skip(doc.source, report)  # another process stored it a moment ago
    report.mentions += sum(len(v) for k, v in (mentions or {}).items() if k in inserted)


def _not_stored(batch: list[Prepared], store: Store, report: IngestReport) -> list[Prepared]:
    """The batch without documents stored already or earlier in it (a cleaned page's id is its
    content hash when the input gave none)."""
    known = store.existing_ids(p.doc.id for p in batch)
    fresh = []
    for p in batch:
        if p.doc.id in known:
            _skip(p.source, report)
        else:
            known.add(p.doc.id)
            fresh.append(p)
    return fresh


def _mentions_of(batch: list[Prepared], report: IngestReport) -> dict[str, list]:
    out = {}
    for p in batch:
        if p.problem is None:
            out[p.doc.id] = p.mentions
        else:
            report.errors.append(printable(f"{p.doc.source or p.doc.id}: extraction failed: {p.problem}"))
    return out


def _store_one_by_one(store: Store, batch, mentions: dict | None, report: IngestReport) -> tuple[set[str], set[str]]:
    """After a batch failed: each document in its own transaction, the refused ones reported.
    Returns (ids inserted, ids refused)."""
    inserted: set[str] = set()
    refused: set[str] = set()
    for doc, minhash in batch:
        own = None if mentions is None else {k: v for k, v in mentions.items() if k == doc.id}
        try:
            inserted |= store.insert_batch([(doc, minhash)], own)
        except Exception as exc:  # noqa: BLE001
            refused.add(doc.id)
            first_line = (str(exc).splitlines() or [""])[0]
            report.errors.append(printable(f"{doc.source or doc.id}: cannot store: {exc.__class__.__name__}: {first_line}"))
    return inserted, refused


def _extract(docs: list[Document], runner, report: IngestReport, budget: float | None = None,
             steps: Steps | None = None) -> dict[str, list]:
    """Mentions per document (mapped by the runner in chunks); a document whose extraction fails
    or overruns the time budget is reported and left for a later run."""
    out = {}
    chunks = [docs[i:i + PAGE_CHUNK] for i in range(0, len(docs), PAGE_CHUNK)]
    for chunk, results in zip(chunks, runner.map(partial(extract_chunk, budget=budget), chunks)):
        for doc, (mentions, problem) in zip(chunk, results):
            if steps is not None:
                steps.add("extract")
            if problem is None:
                out[doc.id] = mentions
            else:
                report.errors.append(printable(f"{doc.source or doc.id}: extraction failed: {problem}"))
    return out


def _extract_pending(store: Store, runner, report: IngestReport, budget: float | None = None,
                     steps: Steps | None = None) -> None:
    while docs := store.unextracted(limit=BATCH):
        if steps is not None:
            steps.expect("extract", len(docs))
        mentions = _extract(docs, runner, report, budget, steps)
        if not mentions:
            return  # every one failed: reported, retried next run
        store.replace_mentions(mentions)
        report.mentions += sum(len(v) for v in mentions.values())


def process(db: str | None = None) -> int:
    """Re-extract every stored document and re-fuse; returns the number of events."""
    store = Store(db)
    docs = store.documents()
    for i in range(0, len(docs), PAGE_CHUNK):
        chunk = docs[i:i + PAGE_CHUNK]
        store.replace_mentions(dict(zip([d.id for d in chunk], extract_documents(chunk))))
    return len(fuse(db=store.url))


def fuse(db: str | None = None) -> list[Event]:
    """Fuse every stored mention into events again and store them (a full re-fuse: an ingest
    fuses only the mentions it stored, against the stored events they touch)."""
    store = Store(db)
    with store.exclusive("fuse"):  # a concurrent ingest's fusion reads after this one writes
        return _fuse_all(store)


def _fuse_all(store: Store) -> list[Event]:
    from crossings.fuse.incremental import fuse_full, scheme
    from crossings.store import fusion_state

    links = store.document_links()
    published = {doc: pub for doc, (pub, _) in links.items()}
    groups = wire_groups({doc: dup for doc, (_, dup) in links.items()})  # wire copies: one source
    mentions = store.mentions()
    events, state = fuse_full(mentions, published, groups)
    fusion_state.save_full(store, events, state, {m.id for m in mentions}, scheme())
    return events


def _fuse_new(store: Store) -> tuple[int, str]:
    """Fuse the mentions stored since the last fusion against the stored events their blocks
    touch (crossings.fuse.incremental): the events and ids a full re-fuse would give. Where the
    store cannot say what changed, or the batch relinks known people, everything is fused again.
    Returns the number of events and how it fused."""
    from crossings.fuse.incremental import Fallback, fuse_pending, scheme
    from crossings.store import fusion_state

    with store.exclusive("fuse"):
        why = fusion_state.not_ready(store, scheme())
        if why is None:
            try:
                with fusion_state.reading(store) as source:
                    update = fuse_pending(source)
                fusion_state.apply_update(store, update)
                return store.count_events({}), "incremental"
            except Fallback as exc:
                why = str(exc)
        return len(_fuse_all(store)), f"full: {why}"


def watch(watchlist: str, db: str | None = None, settings: Settings | None = None, polls: int | None = None,
          every: float | None = None, progress=None, stop=None) -> list:
    """Poll the watch list's feeds and pages until `polls` polls are done (None: until `stop`,
    a threading.Event, is set), ingesting only what is new; returns the polls'
    crossings.watch.PollReport. Its state lives in the store: a restart refetches nothing."""
    from dataclasses import replace

    from crossings import alerts as alerting
    from crossings import watch as watcher

    settings = settings or Settings.from_env(db=db)
    wl = watcher.load(watchlist)
    wl = replace(wl, every=every) if every is not None else wl
    rules = alerting.load_rules(wl.alerts) if wl.alerts else []
    store = _open(db or settings.db)
    runner = make_runner(settings.runner, settings.scheduler, settings.workers)

    def ingest_items(items) -> IngestReport:
        report = IngestReport()
        _ingest_items(items, store, settings, runner, report, Steps())
        return report

    try:
        return watcher.run(wl, store, settings, ingest_items, lambda: _fuse_new(store)[0], progress,
                            polls, stop, rules)
    finally:
        runner.close()


def changes(db: str | None = None, changed_since: str | None = None, limit: int = 50, sources: str | None = None,
            **filters) -> list:
    """Reviewed events new or changed (a source stored, a decision taken) after `changed_since` (an
    ISO date or time, UTC), newest first, filtered like the events table, whose `since`/`until` are
    the events' own dates (crossings.announce.Change)."""
    from crossings import announce

    return announce.changes(_open(db), filters, _moment(changed_since), limit, sources)


def alerts(rules: str | None = None, db: str | None = None, since: str | None = None, limit: int = 50) -> list:
    """The alerts a rules file raises (no file: waves of every type), newest first (crossings.alerts.Alert)."""
    from crossings import alerts as alerting

    return alerting.raised(_open(db), alerting.load_rules(rules) if rules else None, _moment(since), limit)


def _moment(value: str | None):
    from datetime import datetime, timezone

    if not value:
        return None
    try:
        at = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise CrossingsError(f"not an ISO date or time: {value!r}") from None
    return at.astimezone(timezone.utc).replace(tzinfo=None) if at.tzinfo else at


def documents(db: str | None = None, **filters) -> list[Document]:
    return Store(db).documents(**filters)


# The reviewed dataset: the machine's events with the analysts' decisions applied (review.py).
# Every read below returns it; review="machine" asks for the machine's output as fused, and
# review="all" / "unreviewed" / "confirmed" / "rejected" for a review state (default: all but
# rejected).
MACHINE = "machine"


def events(db: str | None = None, review: str | None = None, limit: int | None = None, **filters) -> list[Event]:
    """The reviewed events that match the filters (crossings.facets.FILTERS: type, year, since,
    until, country, destination, outlet, role, status, text), newest first, undated last."""
    if review == MACHINE:  # the store sorts and pages the machine's events itself
        return _open(db).event_page(filters, (), "date", True, limit=limit or 10**9)
    found = sorted(_events(_open(db), review, filters), key=_newest_first, reverse=True)
    return found[:limit] if limit else found


def event(event_id: str, db: str | None = None, review: str | None = None) -> Event | None:
    """One reviewed event by id (an id merged into another gives the one it joined)."""
    from crossings import review as reviewing

    store = _open(db)
    _check_review(review)
    if review == MACHINE:
        return store.get_event(event_id)
    found = reviewing.current(store, reviewing.Overlay.load(store), event_id)
    return found.event if found else None


def export(what: str, fmt: str | None, output: str, db: str | None = None, redact: bool = False,
           review: str | None = None, **filters) -> int:
    """Write the documents, or the reviewed events that match the filters (newest first, undated
    last), to a file; returns the number of records. redact hides every person any event codes
    as a minor or a relative. what="codebook" or "dictionary" writes the codebook or the event
    columns' data dictionary as Markdown (the files docs/ ships), and returns their entries."""
    from crossings import datadocs
    from crossings import export as exporting
    from crossings.redact import Redaction

    if what in datadocs.WRITERS:
        return datadocs.write(what, fmt, output)
    store = _open(db)
    if what == "documents":
        if redact:
            raise CrossingsError("documents are full texts and cannot be redacted: export events with --redact")
        return exporting.write_documents(store.documents(), fmt or "jsonl", output)
    if what != "events":
        raise CrossingsError(f"cannot export {what!r}: choose documents, events, {', '.join(datadocs.WRITERS)}")
    reviewed = _reviewed(store, review, filters)
    redaction = Redaction(_redaction_basis(store)) if redact else None
    return exporting.write_events([rv.event for rv in reviewed], fmt or "jsonl", output, redaction,
                                  _provenance(store, reviewed, review))


def _reviewed(store: Store, review: str | None, filters: dict) -> list:
    """The events an export writes, each with its review, newest first (undated last)."""
    from crossings import browse
    from crossings.review import Reviewed

    _check_review(review)
    if review == MACHINE:
        found = [Reviewed(e) for e in store.events(**filters)]
    else:
        found = browse.all_reviewed(store, review, **filters)
    return sorted(found, key=lambda rv: _newest_first(rv.event), reverse=True)


def _newest_first(ev: Event) -> tuple:
    """The listings' default order as a key (browse.precedes for date, descending): undated last."""
    return ev.date.value is not None, ev.date.value or "", ev.id


def _provenance(store: Store, reviewed: list, review: str | None):
    """Each event's outlets and addresses, review state and time of its latest decision."""
    from crossings.export import Provenance, Report

    docs = {m.doc for rv in reviewed for m in rv.event.mentions}
    reports = {i: Report(url, outlet, stored) for i, (url, outlet, stored) in store.document_refs(docs).items()}
    if review == MACHINE:
        return Provenance(reports, {}, MACHINE)
    decided = {d["id"]: d["at"][:19] for d in store.decisions()} if any(rv.review.decisions for rv in reviewed) else {}
    reviews = {rv.id: (rv.review.state, max((decided[i] for i in rv.review.decisions if i in decided), default=None))
               for rv in reviewed}
    return Provenance(reports, reviews)


def _events(store: Store, review: str | None, filters: dict) -> list[Event]:
    from crossings import browse

    _check_review(review)
    if review == MACHINE:
        return store.events(**filters)
    return browse.all_events(store, review, **filters)


def _check_review(review: str | None) -> None:
    from crossings.codebook import book

    if review not in (None, "", MACHINE, "all", *book().review_states):
        raise CrossingsError(f"no review state {review!r}: choose {MACHINE}, all, {', '.join(book().review_states)}")


def _redaction_basis(store: Store) -> list[Event]:
    """Every version of every event, machine and reviewed, rejected too: whoever any of them
    codes as a minor or a relative stays hidden."""
    from crossings.review import Overlay

    return [*store.events(), *(rv.event for rv in Overlay.load(store).events.values())]


# the dashboard's reads (the same reviewed dataset, paged) ---------------------------------------
_stores: dict[str, Store] = {}


def _open(db: str | None) -> Store:
    """One Store per URL for the server's lifetime: opening one runs migrations and a new pool."""
    from crossings.store import default_db_url

    url = db or default_db_url()
    if url not in _stores:
        _stores[url] = Store(url)
    return _stores[url]


def event_page(db: str | None = None, review: str | None = None, sort: str = "date", desc: bool = True,
               limit: int = 50, offset: int = 0, **filters):
    """A page of reviewed events with the total that match (crossings.browse.Page)."""
    from crossings import browse

    _check_review(review)
    if review == MACHINE:
        raise CrossingsError("pages show the reviewed events: use events(review='machine') for the machine's")
    store = _open(db)
    key = (store.url, store.version(), review, sort, desc, limit, offset, repr(sorted(filters.items())))
    return _kept(key, lambda: browse.event_page(store, filters, review, sort, desc, limit, offset))


def _kept(key: tuple, build):
    """build(), kept under a key that holds the store's version among the last PAGES_KEPT."""
    if (found := _pages.get(key)) is None:
        found = build()
        with _pages_lock:  # the server reads pages from several threads
            _pages[key] = found
            while len(_pages) > PAGES_KEPT:  # the oldest out (dicts keep insertion order)
                del _pages[next(iter(_pages))]
    return found


PAGES_KEPT = 32  # the pages the dashboard asked for last; a new store version makes every key new
_pages: dict[tuple, object] = {}
_pages_lock = threading.Lock()


def event_detail(event_id: str, db: str | None = None):
    """One reviewed event with its documents, its decisions and the machine's version where
    decisions changed it (crossings.browse.EventDetail)."""
    from crossings import browse

    return browse.event_detail(_open(db), event_id)


def document_detail(doc_id: str, db: str | None = None):
    """One document with its copies, its mentions and the reviewed event of each (crossings.browse.DocumentDetail)."""
    from crossings import browse

    return browse.document_detail(_open(db), doc_id)


STATS_KEPT = 32  # selections kept per store version; a new version makes every key new
_stats: dict[tuple, object] = {}


def stats(db: str | None = None, region: str | None = None, period: str = "quarter", today=None,
          destinations: bool = False, **filters):
    """Counts of the reviewed events that match the filters (type, role, country, since, until,
    year, status, text) and lie in `region` (a continent code: AS, EU, AF, NA, SA, OC), by type,
    year and origin (and destination, when asked), and their trend per `period` (quarter or month)
    through `today` with the wave signal (crossings.browse.Stats, crossings.trend). Computed once
    per store version and selection (any ingest, fusion or decision makes a new version)."""
    from crossings import browse

    store = _open(db)
    version = store.version()  # read first: a write during the computation only makes it recompute
    key = (store.url, version, region, period, str(today or dt.date.today()), destinations,
           repr(sorted(filters.items())))
    with _pages_lock:
        found = _stats.get(key)
    if found is None:
        found = browse.stats(store, filters, region, period, today, destinations)
        with _pages_lock:
            if len(_stats) >= STATS_KEPT:
                _stats.pop(next(iter(_stats)))
            _stats[key] = found
    return found


def person(person_id: str, db: str | None = None):
    """One person as fusion identified them: every spelling and Hangul form, every reviewed event
    naming them, every report of those events (crossings.persons.PersonDetail), or None."""
    from crossings import persons

    store = _open(db)
    return _kept(("person", store.url, store.version(), person_id), lambda: persons.person_detail(store, person_id))


def decide(action: str, target: str, who: str | None, why: str = "", payload: dict | None = None,
           db: str | None = None) -> int:
    """Record an analyst's decision about an event; returns its id. `who` is an account's name;
    any other name is recorded as the local-operator label "local:NAME" (None: local:<login>).
    See crossings.review and crossings.accounts."""
    from crossings import review

    return review.decide(_open(db), action, target, who, why, payload or {})


def review_queue(db: str | None = None, limit: int = 50, offset: int = 0, **filters):
    """What to review next: events changed since their last review, then unreviewed events whose
    sources disagree, then the other unreviewed ones (crossings.review_queue.Queue)."""
    from crossings import review_queue as queueing

    return queueing.queue(_open(db), filters, max(1, min(limit, 500)), max(0, offset))


def decisions(db: str | None = None) -> list[dict]:
    """The audit log: every decision, oldest first, with the event it applies to now (or None)."""
    from crossings import review

    return review.audit(_open(db))



# accounts -----------------------------------------------------------------------------------------
def users_add(name: str, role: str = "reviewer", db: str | None = None):
    """Make an analyst's account; returns (crossings.accounts.Account, token). The token is shown
    only now: the store keeps its hash."""
    from crossings import accounts

    return accounts.add(_open(db), name, role)


def users(db: str | None = None) -> list:
    """Every account (crossings.accounts.Account), by name."""
    from crossings import accounts

    return accounts.listed(_open(db))


def users_remove(name: str, db: str | None = None) -> None:
    """Remove an account: its token stops working, its sessions end; its decisions stay."""
    from crossings import accounts

    accounts.remove(_open(db), name)


def signed_in(token: str | None, db: str | None = None):
    """The account a token belongs to (crossings.accounts.Account), or None."""
    from crossings import accounts

    return accounts.authenticate(_open(db), token)
