"""The library surface. Every public function here has its CLI command (tests/test_surface.py checks);
none of them prints. Reads return the reviewed dataset unless review="machine" asks otherwise."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from crossings.document import Document, RawPage
from crossings.errors import CrossingsError, InputError
from crossings.events import Event
from crossings.extract import extract_documents
from crossings.fuse import fuse_mentions
from crossings.fuse.wire import wire_groups
from crossings.ingest import InputNote, read_inputs
from crossings.ingest.notes import printable
from crossings.prepare import Prepared, extract_chunk, prepare_pages
from crossings.runners import make_runner
from crossings.settings import Settings
from crossings.store import Store

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0  # already stored
    already_stored: list[str] = field(default_factory=list)  # the sources skipped as already stored
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)  # one line per input that failed
    notes: list[str] = field(default_factory=list)  # problems worked around (encodings)
    mentions: int = 0
    events: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


BATCH = 200  # documents per transaction: a kill loses at most one uncommitted batch


def ingest(
    inputs: list[str],
    db: str | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, clean and store pages; then extract and fuse (unless settings.extract is off).

    Each batch of documents is written in one transaction together with its mentions, so a
    kill leaves no document half-stored; documents stored without extraction (--no-extract,
    or a failed extraction) are extracted by the next ingest that runs it."""
    settings = settings or Settings.from_env(db=db)
    store = Store(db or settings.db)
    report = IngestReport()
    runner = make_runner(settings.runner, settings.scheduler, settings.workers)
    try:
        _ingest(inputs, store, settings, runner, report, progress)
    finally:
        runner.close()
    if settings.extract:
        report.events = len(fuse(db=store.url))
    return report


def _ingest(inputs, store: Store, settings: Settings, runner, report: IngestReport, progress) -> None:
    """Pages are read here, mapped by the runner in chunks (clean, sign, extract: prepare.py) and
    come back in input order; here each batch is marked against the store's near-duplicate index
    and stored. The runner works on the next chunks meanwhile (Dask keeps a window in flight)."""
    if settings.extract:
        _extract_pending(store, runner, report, settings.time_budget)
    from crossings.clean.dedup import DuplicateFinder

    finder = DuplicateFinder(store)
    work = partial(prepare_pages, budget=settings.time_budget, extract=settings.extract)
    batch: list[Prepared] = []
    for prepared in runner.map(work, _new_pages(read_inputs(inputs, settings), store, report, progress)):
        for page in prepared:
            report.notes += page.notes
            if page.error:
                report.errors.append(page.error)
            elif page.doc is not None:
                batch.append(page)
        if len(batch) >= BATCH:
            _commit(store, finder, batch, settings, report)
            batch = []
    _commit(store, finder, batch, settings, report)


PAGE_CHUNK = 50  # pages per mapped task: a few per worker in flight, each parsed in one stream


def _new_pages(items, store: Store, report: IngestReport, progress) -> Iterator[list[RawPage]]:
    """Chunks of the pages read, without those whose id is stored already (one query a chunk);
    what the readers noted or refused goes to the report."""
    chunk: list[RawPage] = []
    for item in items:
        if progress:
            progress(getattr(item, "source", ""))
        if isinstance(item, InputNote):
            report.notes.append(str(item))
        elif isinstance(item, InputError):
            report.errors.append(str(item))
        else:
            chunk.append(item)
        if len(chunk) >= PAGE_CHUNK:
            yield _unknown(chunk, store, report)
            chunk = []
    if chunk:
        yield _unknown(chunk, store, report)


def _unknown(pages: list[RawPage], store: Store, report: IngestReport) -> list[RawPage]:
    known = store.existing_ids(p.id for p in pages if p.id)
    for page in pages:
        if page.id in known:
            _skip(page.source, report)
    return [p for p in pages if p.id not in known]


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


def _extract(docs: list[Document], runner, report: IngestReport, budget: float | None = None) -> dict[str, list]:
    """Mentions per document (mapped by the runner in chunks); a document whose extraction fails
    or overruns the time budget is reported and left for a later run."""
    out = {}
    chunks = [docs[i:i + PAGE_CHUNK] for i in range(0, len(docs), PAGE_CHUNK)]
    for chunk, results in zip(chunks, runner.map(partial(extract_chunk, budget=budget), chunks)):
        for doc, (mentions, problem) in zip(chunk, results):
            if problem is None:
                out[doc.id] = mentions
            else:
                report.errors.append(printable(f"{doc.source or doc.id}: extraction failed: {problem}"))
    return out


def _extract_pending(store: Store, runner, report: IngestReport, budget: float | None = None) -> None:
    while docs := store.unextracted(limit=BATCH):
        mentions = _extract(docs, runner, report, budget)
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
    """Fuse every stored mention into events and store them."""
    store = Store(db)
    with store.exclusive("fuse"):  # a concurrent ingest's fusion reads after this one writes
        links = store.document_links()
        published = {doc: pub for doc, (pub, _) in links.items()}
        groups = wire_groups({doc: dup for doc, (_, dup) in links.items()})  # wire copies: one source
        events = fuse_mentions(store.mentions(), published, groups)
        store.replace_events(events)
    return events


def documents(db: str | None = None, **filters) -> list[Document]:
    return Store(db).documents(**filters)


# The reviewed dataset: the machine's events with the analysts' decisions applied (review.py).
# Every read below returns it; review="machine" asks for the machine's output as fused, and
# review="all" / "unreviewed" / "confirmed" / "rejected" for a review state (default: all but
# rejected).
MACHINE = "machine"


def events(db: str | None = None, review: str | None = None, limit: int | None = None, **filters) -> list[Event]:
    """The reviewed events that match the filters (type, year, country, role, status, text), by id."""
    if review == MACHINE:  # the store pages the machine's events itself
        return _open(db).events(limit=limit, **filters)
    found = _events(_open(db), review, filters)
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


def export(what: str, fmt: str, output: str, db: str | None = None, redact: bool = False,
           review: str | None = None, **filters) -> int:
    """Write the documents, or the reviewed events that match the filters, to a file; returns
    the number of records. redact hides every person any event codes as a minor or a relative."""
    from crossings import export as exporting
    from crossings.redact import Redaction

    store = _open(db)
    if what == "documents":
        if redact:
            raise CrossingsError("documents are full texts and cannot be redacted: export events with --redact")
        return exporting.write_documents(store.documents(), fmt, output)
    if what != "events":
        raise CrossingsError(f"cannot export {what!r}: choose documents or events")
    redaction = Redaction(_redaction_basis(store)) if redact else None
    return exporting.write_events(_events(store, review, filters), fmt, output, redaction)


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
    if (found := _pages.get(key)) is None:
        found = browse.event_page(store, filters, review, sort, desc, limit, offset)
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


_stats: dict[str, tuple[int, object]] = {}  # store url -> (store version, its Stats)


def stats(db: str | None = None):
    """Counts by type, year, quarter (with the wave signal) and origin (crossings.browse.Stats),
    computed once per store version (any ingest, fusion or decision makes a new one)."""
    from crossings import browse

    store = _open(db)
    version = store.version()  # read first: a write during the computation only makes it recompute
    cached = _stats.get(store.url)
    if cached is None or cached[0] != version:
        cached = _stats[store.url] = (version, browse.stats(store))
    return cached[1]


def decide(action: str, target: str, who: str, why: str = "", payload: dict | None = None,
           db: str | None = None) -> int:
    """Record an analyst's decision about an event; returns its id. See crossings.review."""
    from crossings import review

    return review.decide(_open(db), action, target, who, why, payload or {})


def decisions(db: str | None = None) -> list[dict]:
    """The audit log: every decision, oldest first, with the event it applies to now (or None)."""
    from crossings import review

    return review.audit(_open(db))

