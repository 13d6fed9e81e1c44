"""Redaction by person: whoever any event, in any language, codes as a minor or a relative (the
codebook's sensitive roles and flags) is hidden in every record of a redacted view.

A person is recognised by the person ids fusion computes (fuse/people.py: every spelling, script
and later name of one person), so a subject the extractor left without a role, an alias, a quote,
a descriptor or the conflicts block that names a hidden person is hidden too. Redacted subjects
keep their role, count and minor flag; they lose name, aliases, age and descriptor; the quotes
that name them, and every subject quote of an event they are part of, are left out.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from crossings.codebook import book
from crossings.events import Event
from crossings.fuse.names import has_hangul, split_name
from crossings.fuse.people import People

HIDDEN = "[redacted]"
MIN_GIVEN = 4  # a romanised given name shorter than this ("Il") is too common to hide on its own


class Redaction:
    """Who a redacted view hides, decided over a whole dataset (pass every event, rejected ones
    too: a person coded as a child in one event is a child in all of them)."""

    def __init__(self, events: Iterable[Event]):
        events = list(events)
        mentions = [m for e in events for m in e.mentions]
        self.people = People(mentions)
        self.persons: set[str] = set()
        loose: set[str] = set()
        for subject in _subjects(events):
            if book().is_sensitive(subject):
                found = self.people.persons_of(subject)
                self.persons |= found
                if not found:  # a name fusion could not key; a bare surname identifies no one
                    loose |= {n for n in (subject.name, *subject.aliases) if n and split_name(n)[1]}
        self.names = sorted(_spellings(self.people, self.persons) | loose, key=lambda n: (-len(n), n))
        self._pattern = _pattern(self.names)

    def hides(self, subject: dict) -> bool:
        if book().is_sensitive(subject):
            return True
        names = [subject.get("name"), *(subject.get("aliases") or [])]
        if any(n and self._pattern and self._pattern.search(n) for n in names):
            return True
        return bool({p for n in names if (p := self.people.person_of(n))} & self.persons)

    def scrub(self, text: str) -> str:
        return self._pattern.sub(HIDDEN, text) if self._pattern else text

    def names_anyone(self, text: str | None) -> bool:
        return bool(text and self._pattern and self._pattern.search(text))

    def record(self, rec: dict) -> dict:
        """An event record (Event.to_dict() shape) with the hidden people taken out, in place."""
        touched = _hide_subjects(rec["subjects"], self)
        for m in rec["mentions"]:
            touched = _hide_subjects(m["subjects"], self) or touched
        for m in rec["mentions"]:  # a report's words about the people may describe the hidden ones
            m["evidence"] = [e for e in m["evidence"] if not (touched and e["field"].startswith("subjects"))
                             and not self.names_anyone(e["quote"])]
        rec["people"] = [p for p in rec.get("people") or [] if p not in self.persons]
        return _scrub_all(rec, self)


def _subjects(events: list[Event]):
    for e in events:
        yield from e.subjects
        for m in e.mentions:
            yield from m.subjects


def _spellings(people: People, persons: set[str]) -> set[str]:
    """Every name of the hidden persons, and their romanised given names said alone ("Ju-ae")."""
    out: set[str] = set()
    for pid in persons:
        person = people.persons[pid]
        for name in (*person.names, *person.aliases):
            out.add(name)
            words = name.split()
            if not has_hangul(name) and len(words) > 1 and split_name(name)[0]:
                given = " ".join(words[1:])
                if len(given) >= MIN_GIVEN:
                    out.add(given)
    return out


def _pattern(names: list[str]) -> re.Pattern | None:
    """Any of the names, spaced or hyphenated either way ("Kim Ju-ae", "Kim Ju Ae", "KIM JU AE")."""
    parts = []
    for name in names:
        pieces = [re.escape(p) for p in re.split(r"[\s\-‐]+", name.strip()) if p]
        if pieces:
            parts.append(r"[\s\-‐]*".join(pieces))
    if not parts:
        return None
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(parts) + r")(?![a-z])", re.IGNORECASE)


def _hide_subjects(subjects: list[dict], redaction: Redaction) -> bool:
    touched = False
    for s in subjects:
        if redaction.hides(s):
            s.update(name=None, aliases=[], age=None, descriptor=s.get("role"))
            touched = True
    return touched


def _scrub_all(value: Any, redaction: Redaction) -> Any:
    """Every string left in the record with the hidden names replaced (conflicts, descriptors)."""
    if isinstance(value, str):
        return redaction.scrub(value)
    if isinstance(value, list):
        value[:] = [_scrub_all(v, redaction) for v in value]
    elif isinstance(value, dict):
        for k, v in value.items():
            value[k] = _scrub_all(v, redaction)
    return value
