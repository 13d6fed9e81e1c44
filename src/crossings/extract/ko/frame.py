"""A frame: one clause's reading of one happening (its trigger, scope, people, place, dates,
status and sources) before the frames of a document are clustered into mentions."""
from __future__ import annotations

from dataclasses import dataclass, field

from crossings.extract.ko import fields, subjects
from crossings.extract.ko.segment import Segment
from crossings.extract.ko.triggers import Hit
from crossings.extract.timex import TimeMatch


@dataclass
class Frame:
    type: str
    order: int
    hits: list[Hit]
    scope: Segment
    sentence: Segment
    group: int  # sentence index: sibling clauses share it
    found: subjects.Found
    origin: fields.Located
    destination: tuple[str | None, tuple[int, int] | None]
    dates: list[TimeMatch]
    status: tuple[str | None, tuple[int, int] | None]
    sources: list[tuple[str, tuple[int, int]]]
    strong: bool
    another: bool = False
    background: bool = False
    part: int = 0
    # where the clause places them when that is not the origin field (civilians caught abroad)
    seen_at: fields.Located | None = None
    # dates no anchor resolves (no publication date): the mention's date when nothing else is
    partial: list[TimeMatch] = field(default_factory=list)

    @property
    def country(self) -> str | None:
        where = self.seen_at or self.origin
        return None if where.default else where.place.country

    @property
    def region(self) -> str | None:
        where = self.seen_at or self.origin
        return None if where.default or where.place.country else where.place.region

    @property
    def count(self) -> int | None:
        counts = [s.count for s in self.found.subjects if s.role != "family_member" and s.count]
        return sum(counts) if counts else None
