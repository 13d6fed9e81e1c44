"""Pages as ingested (RawPage) and as cleaned (Document): the plain data the first stages pass on.

Offsets everywhere in Crossings are half-open character positions in `Document.text`.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """Stable id for a piece of text (sha1, 16 hex digits)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Span:
    """Half-open [start, end) offsets into a document's clean text."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class RawPage:
    """One page as it came in: either text or html (bytes decoded), plus what the source said."""

    source: str  # file path, URL or manifest line, for error messages
    id: str | None = None  # manifest id, if any
    url: str | None = None
    lang: str | None = None
    published: str | None = None  # as given by a manifest or feed
    published_source: str = "manifest"  # who gave `published`: manifest, meta (feed, WARC), user
    captured: str | None = None  # when a crawler saw the page (WARC-Date): an upper bound
    title: str | None = None
    content: str = ""
    kind: str = "text"  # "text" or "html"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DateInfo:
    """A date with how precise it is and where it came from."""

    value: str | None = None  # ISO 8601 prefix: YYYY, YYYY-MM, YYYY-MM-DD
    precision: str = "unknown"  # day / month / year / season / unknown
    source: str | None = None  # manifest / meta / url / dateline / byline / user / capture

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "DateInfo":
        return cls(**d) if d else cls()


@dataclass
class Document:
    """A cleaned page: the text later stages quote, its metadata, and the raw input it came from."""

    id: str
    text: str
    raw: str
    raw_kind: str = "text"
    source: str = ""
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    lang: str | None = None
    published: DateInfo = field(default_factory=DateInfo)
    captured: str | None = None  # a page-header / "today" date: an upper bound, not publication
    content_hash: str = ""
    duplicate_of: str | None = None
    duplicate_kind: str | None = None  # exact / near

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        d = dict(d)
        d["published"] = DateInfo.from_dict(d.get("published"))
        return cls(**d)

    @property
    def anchor_date(self) -> str | None:
        """The date relative expressions resolve against: publication, else capture (upper bound)."""
        return self.published.value or self.captured
