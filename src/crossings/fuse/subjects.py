"""Fused subjects: one entry per named person, one for the unnamed rest, one for relatives.

Reports name different members of a group and count it differently ("a diplomat" here, "Thae
Yong-ho, his wife and two sons" there). The fused list keeps each named person once (under their
most used spelling, every other spelling as an alias), then adds the unnamed principals the
best-attested head count leaves over, then the accompanying relatives.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from crossings.events import Mention, Subject
from crossings.fuse.canonical import ROLE_SPECIFICITY, Vote, credits_official, pick
from crossings.fuse.features import principal_count
from crossings.fuse.names import fold, name_key, surname_of
from crossings.fuse.people import People

OFFICIAL_FIGURE = 3.0  # an official's head count counts as many as three unattributed ones


def fuse_subjects(vs: list[Vote], people: People) -> tuple[list[Subject], list[str]]:
    """(subjects, person ids) for one event."""
    named = _named(vs, people)
    principals = [s for s in named if s.role != "family_member"]
    relatives = [s for s in named if s.role == "family_member"]
    counted = _count_votes(vs)
    total = pick([(principal_count(v.mention), _official(v)) for v in counted])
    unnamed = _unnamed(vs, relatives=False)
    named = sum(s.count or 1 for s in principals)
    if unnamed and (total is None and not principals or total and total > named):
        rest = (total - named) if total else None
        rest_subject = _merge(unnamed, count=rest)
        # the count stays a rounder's figure when only approximations gave it
        rest_subject.approximate = bool(rest) and all(approximate_count(v.mention) for v in counted
                                                      if principal_count(v.mention) == total)
        principals.append(rest_subject)
    family = _unnamed(vs, relatives=True)
    if family:
        count = pick([(sum(s.count for s in ss) if all(s.count for s in ss) else None, v) for v, ss in family])
        relatives.append(_merge(family, count=count))
    people_ids = sorted({p for v in vs for s in v.mention.subjects for p in people.persons_of(s)})
    return principals + relatives, people_ids


def _official(v: Vote) -> Vote:
    """A figure credited to an official on record ("the ministry said nine") outweighs figures
    credited to no one or to unnamed sources, however many outlets repeat them."""
    return replace(v, weight=v.weight * OFFICIAL_FIGURE) if credits_official(v.mention) else v


def _count_votes(vs: list[Vote]) -> list[Vote]:
    """The reports whose head count votes: where some report gives an approximate group figure
    ("some 10", "10여 명"), an exact group figure ("nine North Koreans") outranks it, however many
    repeat the approximation. Elsewhere every report votes."""
    groups = [v for v in vs if (principal_count(v.mention) or 0) > 1]
    exact = [v for v in groups if not approximate_count(v.mention)]
    return exact if exact and len(exact) < len(groups) else vs


def approximate_count(m: Mention) -> bool:
    """The report's unnamed head count is an approximation: its extractor flagged the subject
    (Subject.approximate, from that language's own hedges); fusion reads no words."""
    return any(s.count and not s.name and s.approximate for s in m.subjects if s.role != "family_member")


def _named(vs: list[Vote], people: People) -> list[Subject]:
    """One subject per person, whatever role each report gives them; the role is voted. A bare
    surname ("Thae said ...") joins the person of that surname; other names without a key
    stand by their folded spelling."""
    by_person: dict[str, list[tuple[Subject, Vote]]] = defaultdict(list)
    loose: list[tuple[Subject, Vote]] = []
    for v in vs:
        for s in v.mention.subjects:
            if s.name and (pids := sorted(people.persons_of(s))):
                by_person[pids[0]].append((s, v))
            elif s.name:
                loose.append((s, v))
    surnames = {surname_of(people.persons[p].name): p for p in sorted(by_person, reverse=True)}
    by_name: dict[str, list[tuple[Subject, Vote]]] = defaultdict(list)
    for s, v in loose:
        if (pid := surnames.get(surname_of(s.name))) and not name_key(s.name):
            by_person[pid].append((s, v))
        else:
            by_name[fold(s.name) or s.name].append((s, v))
    ranked = sorted(by_person, key=lambda p: (-sum(v.weight for _, v in by_person[p]), p))
    out = [_person_subject(pid, by_person[pid], people) for pid in ranked]
    return out + [_loose_subject(seen) for _, seen in sorted(by_name.items())]


def _loose_subject(seen: list[tuple[Subject, Vote]]) -> Subject:
    return Subject(
        name=pick([(s.name, v) for s, v in seen]),
        descriptor=pick([(s.descriptor, v) for s, v in seen]),
        role=pick([(s.role, v) for s, v in seen], ROLE_SPECIFICITY),
        count=pick([(s.count, v) for s, v in seen]) or 1,
        age=pick([(s.age, v) for s, v in seen]),
        minor=True if any(s.minor for s, _ in seen) else None,
    )


def _person_subject(pid: str, seen: list[tuple[Subject, Vote]], people: People) -> Subject:
    person = people.persons[pid]
    aliases = [n for n in person.names if n != person.name] + person.aliases
    return Subject(
        name=person.name,
        descriptor=pick([(s.descriptor, v) for s, v in seen]),
        role=pick([(s.role, v) for s, v in seen], ROLE_SPECIFICITY),
        count=1,
        age=pick([(s.age, v) for s, v in seen]),
        minor=True if any(s.minor for s, _ in seen) else pick([(s.minor, v) for s, v in seen]),
        aliases=aliases,
    )


def _unnamed(vs: list[Vote], relatives: bool) -> list[tuple[Vote, list[Subject]]]:
    out = []
    for v in vs:
        ss = [s for s in v.mention.subjects if not s.name and (s.role == "family_member") == relatives]
        if ss:
            out.append((v, ss))
    return out


def _merge(seen: list[tuple[Vote, list[Subject]]], count: int | None) -> Subject:
    flat = [(s, v) for v, ss in seen for s in ss]
    return Subject(
        descriptor=pick([(s.descriptor, v) for s, v in flat]),
        role=pick([(s.role, v) for s, v in flat], ROLE_SPECIFICITY),
        count=count,
        age=pick([(s.age, v) for s, v in flat]),
        minor=True if any(s.minor for s, _ in flat) else None,
    )
