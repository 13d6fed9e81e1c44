"""People as entities: one person id for every spelling, script and later name of one person.

Names are linked when they share a name key (names.py) or when one report ties them together: a
Hangul alias beside a romanised name, or a sentence recording a change of name. The person id is
derived from the smallest key of the linked group, so it does not depend on input order.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from crossings.events import Mention, Subject, stable_id
from crossings.fuse.names import has_hangul, name_key, renamed_to, surname_of


@dataclass
class Person:
    id: str
    name: str  # the most used romanised spelling
    names: list[str] = field(default_factory=list)  # every romanised spelling seen
    aliases: list[str] = field(default_factory=list)  # Hangul forms and other names


class _Links:
    """Union-find over name keys; the root of a group is its smallest key."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def subject_names(subject: Subject, mention: Mention | None = None) -> list[str]:
    """Every name a subject goes by in one report: its name, aliases and recorded new names."""
    names = [n for n in [subject.name, *subject.aliases] if n]
    names += renamed_to(subject.descriptor)
    if mention is not None and subject.name and _sole_named(mention) is subject:
        for ev in mention.evidence:
            if ev.field.startswith("subjects"):
                names += renamed_to(ev.quote)
    return names


def _sole_named(mention: Mention) -> Subject | None:
    named = [s for s in mention.subjects if s.name and s.role != "family_member"]
    return named[0] if len(named) == 1 else None


class People:
    """The people named across a set of mentions, with a lookup from any name to its person id."""

    def __init__(self, mentions: list[Mention]):
        self._links = _Links()
        spellings: dict[str, Counter] = {}
        for m in mentions:
            for subj in m.subjects:
                names = subject_names(subj, m)
                self._link(names)
                for n in names:
                    if k := name_key(n):
                        spellings.setdefault(k, Counter())[n.strip()] += 1
        self.persons: dict[str, Person] = {}
        self._id_of_root: dict[str, str] = {}
        groups: dict[str, Counter] = {}
        for key, counts in spellings.items():
            groups.setdefault(self._links.find(key), Counter()).update(counts)
        for root, counts in sorted(groups.items()):
            pid = stable_id("p-", root)
            self._id_of_root[root] = pid
            self.persons[pid] = _person(pid, counts)

    def _link(self, names: list[str]) -> None:
        keys = sorted({k for n in names if (k := name_key(n))})
        for k in keys:
            self._links.find(k)
        for k in keys[1:]:
            self._links.union(keys[0], k)

    def person_of(self, name: str | None) -> str | None:
        key = name_key(name)
        if key is None or key not in self._links.parent:
            return None
        return self._id_of_root.get(self._links.find(key))

    def persons_of(self, subject: Subject) -> set[str]:
        return {p for n in [subject.name, *subject.aliases] if (p := self.person_of(n))}


def _person(pid: str, counts: Counter) -> Person:
    roman = [n for n in counts if not has_hangul(n)]
    # most used; on a tie a spelling that starts with the surname ("Ko Young-hwan", not
    # "Meet Ko Young-hwan"), then the one with fewer words, then the longer (hyphens kept)
    ranked = sorted(roman or list(counts),
                    key=lambda n: (-counts[n], surname_of(n.split()[0]) is None, len(n.split()), -len(n), n))
    others = sorted(n for n in counts if has_hangul(n))
    return Person(id=pid, name=ranked[0], names=ranked, aliases=others)
