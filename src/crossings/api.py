"""The library surface. The CLI mirrors these functions one to one; none of them prints."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crossings.clean import clean_page
from crossings.clean.dedup import DuplicateFinder
from crossings.document import Document
from crossings.errors import CrossingsError, InputError
from crossings.events import Event
from crossings.extract import extract_document
from crossings.fuse import fuse_mentions
from crossings.ingest import read_inputs
from crossings.settings import Settings
from crossings.store import Store

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0  # already stored
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
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
    """Read, clean and store pages; then extract and fuse (unless settings.extract is off)."""
    settings = settings or Settings.from_env(db=db)
    store = Store(db or settings.db)
    report = IngestReport()
    known = store.known_ids()
    finder = DuplicateFinder(store.known_hashes(), store.minhashes())
    batch: list[tuple[Document, list[int]]] = []
    for item in read_inputs(inputs, settings):
        if progress:
            progress(getattr(item, "source", ""))
        if isinstance(item, InputError):
            report.errors.append(str(item))
            continue
        if item.id and item.id in known:
            report.skipped += 1
            continue
        try:
            doc = clean_page(item)
        except CrossingsError as err:
            report.errors.append(str(err))
            continue
        if doc.id in known:
            report.skipped += 1
            continue
        known.add(doc.id)
        signature = finder.mark(doc)
        report.duplicates += doc.duplicate_of is not None
        batch.append((doc, signature))
        if len(batch) >= BATCH:
            _commit(store, batch, settings, report)
            batch = []
    _commit(store, batch, settings, report)
    if settings.extract:
        report.events = len(fuse(db=store.url))
    return report


def _commit(store: Store, batch, settings: Settings, report: IngestReport) -> None:
    """Store a batch of documents and their mentions; both in transactions, documents first."""
    if not batch:
        return
    report.added += store.add_documents(batch)
    if settings.extract:
        by_doc = {doc.id: extract_document(doc) for doc, _ in batch}
        store.replace_mentions(by_doc)
        report.mentions += sum(len(v) for v in by_doc.values())


def process(db: str | None = None) -> int:
    """Re-extract every stored document and re-fuse; returns the number of events."""
    store = Store(db)
    docs = store.documents()
    store.replace_mentions({d.id: extract_document(d) for d in docs})
    return len(fuse(db=store.url))


def fuse(db: str | None = None) -> list[Event]:
    """Fuse every stored mention into events and store them."""
    store = Store(db)
    published = {d.id: d.published.value for d in store.documents()}
    events = fuse_mentions(store.mentions(), published)
    store.replace_events(events)
    return events


def documents(db: str | None = None, **filters) -> list[Document]:
    return Store(db).documents(**filters)


def document(doc_id: str, db: str | None = None) -> Document | None:
    return Store(db).get_document(doc_id)


def events(db: str | None = None, **filters) -> list[Event]:
    return Store(db).events(**filters)


def event(event_id: str, db: str | None = None) -> Event | None:
    return Store(db).get_event(event_id)


def export(what: str, fmt: str, output: str, db: str | None = None, redact: bool = False) -> int:
    """Write documents or events to a file; returns the number of records."""
    from crossings import export as exporting

    store = Store(db)
    if what == "documents":
        return exporting.write_documents(store.documents(), fmt, output)
    if what == "events":
        return exporting.write_events(store.events(), fmt, output, redact=redact)
    raise CrossingsError(f"cannot export {what!r}: choose documents or events")
