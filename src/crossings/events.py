"""The codebook (shared/bench/GUIDELINES.md) as types: Subject, Place, When, Evidence, Mention, Event.

A Mention is what one document says about one happening; an Event is the fusion of the
mentions of one happening across documents. Both export in the shape bench/score.py reads.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from crossings.codebook import EVENT_TYPES, PRECISIONS, ROLES, STATUSES  # noqa: F401 (re-exported)


@dataclass
class Subject:
    name: str | None = None
    descriptor: str | None = None
    role: str | None = None
    count: int | None = None
    age: int | None = None
    minor: bool | None = None
    aliases: list[str] = field(default_factory=list)
    # The count is a rounder's figure ("some 10", "more than 200", "10여 명"): set by the
    # extractor from its own language's hedges; fusion reads only this flag, never the words.
    approximate: bool = False


@dataclass
class Place:
    city: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    region: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # city / country / region

    def is_empty(self) -> bool:
        return not (self.city or self.country or self.region)


@dataclass
class When:
    value: str | None = None
    precision: str = "unknown"
    derivation: str | None = None  # e.g. "explicit", "relative:last-month", "anchor:capture"


@dataclass
class Evidence:
    """The words a field came from: half-open offsets into the document's clean text."""

    field: str  # type / status / subjects / origin / destination / date / sources (dotted ok)
    start: int
    end: int
    quote: str

    def verify(self, text: str) -> bool:
        return bool(self.quote) and text[self.start : self.end] == self.quote


@dataclass
class Mention:
    """One document's account of one happening."""

    doc: str
    type: str
    status: str | None = None
    subjects: list[Subject] = field(default_factory=list)
    origin: Place = field(default_factory=Place)
    destination: str | None = None
    date: When = field(default_factory=When)
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    background: bool = False  # mentioned in passing ("the highest since Thae in 2016")
    measure: str | None = None  # a control measure's kind (codebook measure_kinds), from the extractor's lexicon

    @property
    def id(self) -> str:
        """Content hash: document, type, first evidence offset, and what tells twins split from
        one sentence apart ("closed its embassies in Spain and Uganda"): place and names."""
        first = min((e.start for e in self.evidence), default=0)
        o = self.origin
        names = ",".join(sorted(s.name for s in self.subjects if s.name))
        key = f"{self.doc}|{self.type}|{first}|{o.country}|{o.city}|{o.region}|{names}"
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["id"] = self.id
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        d = {k: v for k, v in d.items() if k != "id"}
        d["subjects"] = [Subject(**s) for s in d.get("subjects") or []]
        d["origin"] = Place(**(d.get("origin") or {}))
        d["date"] = When(**(d.get("date") or {}))
        d["evidence"] = [Evidence(**e) for e in d.get("evidence") or []]
        return cls(**d)


@dataclass
class Event:
    """A fused happening: canonical values, the mentions behind it, and where sources disagree."""

    id: str
    type: str
    status: str | None = None
    subjects: list[Subject] = field(default_factory=list)
    origin: Place = field(default_factory=Place)
    destination: str | None = None
    date: When = field(default_factory=When)
    reported: str | None = None  # earliest publication date among its reports
    sources: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    conflicts: dict[str, list[Any]] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)  # person ids (fuse/people.py)
    outlets: int = 0  # independent sources: its documents, a wire copy and its original counted once

    def to_dict(self) -> dict[str, Any]:
        """The export shape: score.py reads type, status, subjects, origin, destination, date,
        and mentions[{doc, evidence[{field, start, end, quote}]}]."""
        d = asdict(self)
        d["mentions"] = [m.to_dict() for m in self.mentions]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        d = dict(d)
        d["subjects"] = [Subject(**s) for s in d.get("subjects") or []]
        d["origin"] = Place(**(d.get("origin") or {}))
        d["date"] = When(**(d.get("date") or {}))
        d["mentions"] = [Mention.from_dict(m) for m in d.get("mentions") or []]
        return cls(**d)


def stable_id(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha1(json.dumps(parts).encode()).hexdigest()[:12]
