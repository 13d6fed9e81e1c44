"""The library surface. Every public function here has its CLI command (tests/test_surface.py checks);
none of them prints. Reads return the reviewed dataset unless review="machine" asks otherwise."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from crossings.bounds import bound_document
from crossings.budget import within_budget
from crossings.clean import clean_page
from crossings.document import Document
from crossings.errors import CrossingsError, InputError
from crossings.events import Event
from crossings.extract import extract_document, extract_documents
from crossings.fuse import fuse_mentions
from crossings.fuse.wire import wire_groups
from crossings.ingest import InputNote, read_inputs
from crossings.ingest.notes import printable
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
    if settings.extract:
        _extract_pending(store, runner, report, settings.time_budget)
    known = store.known_ids()
    from crossings.clean.dedup import DuplicateFinder  # datasketch pulls in scipy: only an ingest pays it

    finder = DuplicateFinder(store.known_hashes(), store.minhashes())
    batch: list[tuple[Document, list[int]]] = []
    for item in read_inputs(inputs, settings):
        if progress:
            progress(getattr(item, "source", ""))
        doc = _clean(item, known, report, settings.time_budget)
        if doc is None:
            continue
        known.add(doc.id)
        batch.append((doc, finder.mark(doc)))
        report.duplicates += doc.duplicate_of is not None
        if len(batch) >= BATCH:
            _commit(store, batch, settings, runner, report)
            batch = []
    _commit(store, batch, settings, runner, report)


def _clean(item, known: set[str], report: IngestReport, budget: float | None = None) -> Document | None:
    """The item as a new Document, or None (recorded in the report) when it is not one."""
    if isinstance(item, InputNote):
        report.notes.append(str(item))
        return None
    if isinstance(item, InputError):
        report.errors.append(str(item))
        return None
    if item.id and item.id in known:
        _skip(item.source, report)
        return None
    try:
        doc = within_budget(lambda: clean_page(item), budget, item.source, "cleaning")
    except CrossingsError as err:
        report.errors.append(printable(str(err)))
        return None
    except Exception as exc:  # hostile markup can break a parser in ways no one lists
        report.errors.append(printable(f"{item.source}: cannot clean page: {exc.__class__.__name__}: {exc}"))
        return None
    doc, notes = bound_document(doc)  # the same values on every backend, before extraction
    report.notes += notes
    if doc.id in known:
        _skip(item.source, report)
        return None
    return doc


def _skip(source: str, report: IngestReport) -> None:
    report.skipped += 1
    report.already_stored.append(source)


def _commit(store: Store, batch, settings: Settings, runner, report: IngestReport) -> None:
    """Store a batch of documents with their mentions in one transaction."""
    if not batch:
        return
    mentions = _extract([doc for doc, _ in batch], runner, report, settings.time_budget) if settings.extract else None
    refused: set[str] = set()
    try:
        inserted = store.insert_batch(batch, mentions)
    except Exception:  # noqa: BLE001  one document the database refuses must not sink the others
        inserted, refused = _store_one_by_one(store, batch, mentions, report)
    report.added += len(inserted)
    for doc, _ in batch:
        if doc.id not in inserted and doc.id not in refused:
            _skip(doc.source, report)  # another process stored it a moment ago
    report.mentions += sum(len(v) for k, v in (mentions or {}).items() if k in inserted)


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
    """Mentions per document (mapped by the runner in chunks: in process, or on Dask workers); a
    document whose extraction fails or overruns the time budget is reported and left for a later run."""
    out = {}
    chunks = [docs[i:i + EXTRACT_CHUNK] for i in range(0, len(docs), EXTRACT_CHUNK)]
    for chunk, results in zip(chunks, runner.map(partial(_extract_chunk, budget=budget), chunks)):
        for doc, (mentions, problem) in zip(chunk, results):
            if problem is None:
                out[doc.id] = mentions
            else:
                report.errors.append(printable(f"{doc.source or doc.id}: extraction failed: {problem}"))
    return out


EXTRACT_CHUNK = 100  # documents whose trigger sentences go to the parser in one stream


def _extract_chunk(docs: list[Document], budget: float | None = None) -> list[tuple[list, str | None]]:
    """The chunk extracted together; when that fails or overruns (the chunk's budget is the sum of
    its documents'), each document alone, so the one at fault is named and the others kept."""
    try:
        found = within_budget(lambda: extract_documents(docs), budget and budget * len(docs),
                              f"{len(docs)} documents", "extraction")
        return [(mentions, None) for mentions in found]
    except Exception:  # noqa: BLE001  (InputError included) one of them is at fault: find it
        return [_extract_one(doc, budget) for doc in docs]


def _extract_one(doc: Document, budget: float | None = None) -> tuple[list, str | None]:
    try:
        return within_budget(lambda: extract_document(doc), budget, doc.source or doc.id, "extraction"), None
    except InputError as err:
        return [], err.problem
    except Exception as exc:  # one page must not sink the batch; it stays unextracted
        return [], f"{exc.__class__.__name__}: {exc}"


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
    for i in range(0, len(docs), EXTRACT_CHUNK):
        chunk = docs[i:i + EXTRACT_CHUNK]
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
    return browse.event_page(_open(db), filters, review, sort, desc, limit, offset)


def event_detail(event_id: str, db: str | None = None):
    """One reviewed event with its documents, its decisions and the machine's version where
    decisions changed it (crossings.browse.EventDetail)."""
    from crossings import browse

    return browse.event_detail(_open(db), event_id)


def document_detail(doc_id: str, db: str | None = None):
    """One document with its copies, its mentions and the reviewed event of each (crossings.browse.DocumentDetail)."""
    from crossings import browse

    return browse.document_detail(_open(db), doc_id)


def stats(db: str | None = None):
    """Counts by type, year, quarter (with the wave signal) and origin (crossings.browse.Stats)."""
    from crossings import browse

    return browse.stats(_open(db))


def decide(action: str, target: str, who: str, why: str = "", payload: dict | None = None,
           db: str | None = None) -> int:
    """Record an analyst's decision about an event; returns its id. See crossings.review."""
    from crossings import review

    return review.decide(_open(db), action, target, who, why, payload or {})


def decisions(db: str | None = None) -> list[dict]:
    """The audit log: every decision, oldest first, with the event it applies to now (or None)."""
    from crossings import review

    return review.audit(_open(db))

