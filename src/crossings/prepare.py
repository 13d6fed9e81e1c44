"""A page's work before the store, which a runner maps over chunks of pages (in this process or on
Dask workers): clean (HTML parsed once), bound, sign (MinHash) and extract. Only marking
duplicates and storing stay with the driver, which needs the store.

Chunks are extracted together (English parsed in one stream); a page that fails is reported
by its own Prepared and never sinks the others."""
from __future__ import annotations

from dataclasses import dataclass, field

from crossings.bounds import bound_document
from crossings.budget import within_budget
from crossings.clean import clean_page
from crossings.document import Document, RawPage
from crossings.errors import CrossingsError, InputError
from crossings.ingest.notes import printable


@dataclass
class Prepared:
    """One page after the mapped stages: a document (or the error that stopped it), the notes of
    what was worked around, its signature and, when extraction ran, its mentions or the problem."""

    source: str
    doc: Document | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    signature: list[int] = field(default_factory=list)
    mentions: list | None = None
    problem: str | None = None  # why extraction failed (the document is stored unextracted)


def prepare_pages(pages: list[RawPage], budget: float | None = None, extract: bool = True) -> list[Prepared]:
    """Every page of a chunk cleaned and signed, and (with `extract`) its documents extracted together."""
    from crossings.clean.dedup import signatures_of  # datasketch pulls in scipy: only an ingest pays it

    out = [_cleaned(page, budget) for page in pages]
    done = [p for p in out if p.doc is not None]
    for p, signature in zip(done, signatures_of([p.doc.text for p in done])):
        p.signature = signature
    if extract:
        for p, (mentions, problem) in zip(done, extract_chunk([p.doc for p in done], budget)):
            p.mentions, p.problem = (mentions, None) if problem is None else (None, problem)
    return out


def _cleaned(page: RawPage, budget: float | None) -> Prepared:
    from crossings.extract.page_cues import may_yield

    try:
        # a page no extractor could read a mention from keeps its whole text, its article unsought
        doc = within_budget(lambda: clean_page(page, may_yield), budget, page.source, "cleaning")
    except CrossingsError as err:
        return Prepared(page.source, error=printable(str(err)))
    except Exception as exc:  # hostile markup can break a parser in ways no one lists
        return Prepared(page.source, error=printable(f"{page.source}: cannot clean page: {exc.__class__.__name__}: {exc}"))
    doc, notes = bound_document(doc)  # the same values on every backend, before extraction
    return Prepared(page.source, doc=doc, notes=notes)


def extract_chunk(docs: list[Document], budget: float | None = None) -> list[tuple[list, str | None]]:
    """(mentions, None) or ([], problem) per document. The chunk is extracted together; when that
    fails or overruns (its budget is the sum of its documents'), each document alone, so the one
    at fault is named and the others kept."""
    from crossings.extract import extract_documents

    if not docs:
        return []
    try:
        found = within_budget(lambda: extract_documents(docs), budget and budget * len(docs),
                              f"{len(docs)} documents", "extraction")
        return [(mentions, None) for mentions in found]
    except Exception:  # noqa: BLE001  (InputError included) one of them is at fault: find it
        return [extract_one(doc, budget) for doc in docs]


def extract_one(doc: Document, budget: float | None = None) -> tuple[list, str | None]:
    from crossings.extract import extract_document

    try:
        return within_budget(lambda: extract_document(doc), budget, doc.source or doc.id, "extraction"), None
    except InputError as err:
        return [], err.problem
    except Exception as exc:  # one page must not sink the batch; it stays unextracted
        return [], f"{exc.__class__.__name__}: {exc}"
