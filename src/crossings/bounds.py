"""Values made storable the same way on every backend, before any of them sees them.

PostgreSQL refuses a NUL character in text and JSON and a value longer than its column; SQLite
takes both silently. So a page that stores on one and aborts a batch on the other is normalised
first: NUL (and lone surrogates, which no UTF-8 driver encodes) removed, bounded fields cut to their
column's length with a note. A document is normalised before extraction, so evidence offsets point
into the text as stored.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Any

from crossings.document import DateInfo, Document

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# Document fields stored in bounded columns (crossings.store.models), with their lengths.
DOCUMENT_LIMITS = {"id": 200, "outlet": 300, "lang": 16, "captured": 32, "duplicate_of": 200,
                   "content_hash": 64}
IDS = ("id", "duplicate_of", "content_hash")
DATE_LIMIT = 32


def unstorable(text: str) -> bool:
    """Whether `text` holds a NUL or a lone surrogate (checked in C: a regex scan costs 300x more)."""
    if "\x00" in text:
        return True
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def scrub(text: str) -> str:
    """`text` without NUL characters and lone surrogates (a surrogate pair half becomes U+FFFD)."""
    if not unstorable(text):
        return text
    return UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def scrub_data(value: Any) -> Any:
    """Plain data (dicts, lists, strings) with every string scrubbed, keys included."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {scrub_data(k): scrub_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub_data(v) for v in value]
    return value


def fit(value: str, limit: int, keep_apart: bool = False) -> str:
    """`value` cut to `limit` characters. An id (`keep_apart`) ends in a hash of the whole, so two
    long ids that share a prefix stay two ids."""
    if len(value) <= limit:
        return value
    if not keep_apart:
        return value[: limit - 1] + "\u2026"
    digest = hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return value[: limit - 17] + "~" + digest


def _storable(doc: Document) -> bool:
    """True when bound_document would change nothing (the usual case, checked without copying)."""
    texts = [doc.text, doc.raw, doc.source, doc.url, doc.title, doc.outlet, doc.lang, doc.captured,
             doc.duplicate_of, doc.duplicate_kind, doc.raw_kind, doc.id, doc.content_hash, doc.published.value,
             doc.published.source, doc.published.precision, *doc.authors]
    if any(unstorable(t) for t in texts if t):
        return False
    too_long = any(len(getattr(doc, name) or "") > limit for name, limit in DOCUMENT_LIMITS.items())
    return not too_long and len(doc.published.value or "") <= DATE_LIMIT


def bound_document(doc: Document) -> tuple[Document, list[str]]:
    """The document ready for any backend, and one note per change made ("<source>: ...")."""
    if _storable(doc):
        return doc, []
    notes: list[str] = []
    where = doc.source or doc.id
    removed = max(len(UNSTORABLE.findall(v)) for v in (doc.text, doc.raw, doc.title or "", doc.url or ""))
    data = scrub_data(doc.to_dict())
    if removed:
        notes.append(f"{where}: {removed} NUL or unpaired surrogate character(s) removed")
    for name, limit in DOCUMENT_LIMITS.items():
        value = data.get(name)
        if isinstance(value, str) and len(value) > limit:
            data[name] = fit(value, limit, keep_apart=name in IDS)
            notes.append(f"{where}: {name} longer than {limit} characters ({len(value)}), cut")
    published = DateInfo.from_dict(data["published"])
    if published.value and len(published.value) > DATE_LIMIT:
        notes.append(f"{where}: published date {published.value[:40]!r}... is not a date, dropped")
        published = DateInfo()
    doc = replace(Document.from_dict(data), published=published)
    return doc, notes
