"""Stage 4: mentions across documents -> events; people and their name variants.

fuse_mentions is a pure function of the set of mentions (plus publication dates and wire-copy
groups): inputs are sorted by id first, pairs are ordered by content, and an event's id comes from
its smallest mention id. Re-running it on the same mentions, whatever order or batches the pages
arrived in, gives the same events with the same ids.

The steps: people (people.py) -> features (features.py) -> candidate pairs by blocking
(blocking.py) -> pair scores (similarity.py) -> greedy clustering with consensus checks
(cluster.py) -> canonical values, sources and conflicts (canonical.py, subjects.py).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import replace

from crossings.events import Event, Mention, stable_id
from crossings.fuse import canonical as canon
from crossings.fuse.blocking import candidate_pairs
from crossings.fuse.cluster import cluster
from crossings.fuse.features import Features, features, principal_count
from crossings.fuse.names import looks_like_person
from crossings.fuse.people import People, Person
from crossings.fuse.similarity import W, identified, score
from crossings.fuse.subjects import fuse_subjects


def fuse_mentions(
    mentions: list[Mention],
    published: dict[str, str | None],
    groups: dict[str, str] | None = None,
) -> list[Event]:
    """Fuse mentions into events. `groups` maps a document to the canonical document of its
    wire-copy group (near duplicates count as one source); documents not in it stand alone."""
    groups = groups or {}
    with without_gc():
        originals, sane, people, feats = prepared(mentions, published, groups)
        clusters = cluster(feats, _scored_pairs(feats))
        events = [_event([(f.id, sane[f.index]) for f in group], published, groups, people,
                         [originals[f.index] for f in group]) for group in clusters]
    return sorted(events, key=lambda e: e.id)


@contextmanager
def without_gc():
    """Millions of small objects, none cyclic: the collector's passes cost more than they free."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def prepared(mentions: list[Mention], published: dict[str, str | None], groups: dict[str, str]
             ) -> tuple[list[Mention], list[Mention], People, list[Features]]:
    """One mention per id in id order (as reported), the same as fusion reasons with them
    (_sane), the people they name, and their features."""
    ids, originals = _unique(mentions)
    sane = [_sane(m) for m in originals]
    people = People(sane)
    feats = [features(i, mid, m, groups.get(m.doc, m.doc), published.get(m.doc), people)
             for i, (mid, m) in enumerate(zip(ids, sane))]
    return originals, sane, people, with_story(feats)


def with_story(feats: list[Features]) -> list[Features]:
    """Each report with what identifies the other happenings its page tells (story_of)."""
    if not W["story_same"]:
        return feats
    by_doc: dict[str, list[Features]] = {}
    for f in feats:
        by_doc.setdefault(f.doc, []).append(f)
    return [replace(f, story=story) if (story := story_of(f, by_doc[f.doc])) else f for f in feats]


def story_of(f: Features, page: list[Features]) -> frozenset:
    """What identifies the other happenings f's page tells, of other types and not in passing (a
    named person, a month, a town): two sparse reports of an aftermath (officers punished, staff
    recalled) are one when their pages tell one story."""
    keys: set = set()
    for g in page:
        if g.id == f.id or g.type == f.type or g.background:
            continue
        keys.update(("person", p) for p in g.persons)
        if g.month is not None and g.year is not None and not g.date_is_report:
            keys.add(("month", g.family, g.year, g.month))
        if g.city:
            keys.add(("city", g.family, g.city))
    return frozenset(keys)


def _unique(mentions: list[Mention]) -> tuple[list[str], list[Mention]]:
    """Ids and mentions sorted by id, one per id: the order of arrival must not matter."""
    by_id: dict[str, Mention] = {}
    for m in mentions:
        by_id.setdefault(m.id, m)
    ids = sorted(by_id)
    return ids, [by_id[k] for k in ids]


def _sane(m: Mention) -> Mention:
    """The mention fusion reasons with: a subject "named" for an outlet or a place ("JoongAng
    Ilbo", "Amur") is unnamed here. The event keeps the original mention, as reported."""
    if all(looks_like_person(s.name) for s in m.subjects if s.name):
        return m
    subjects = [s if not s.name or looks_like_person(s.name) else
                replace(s, name=None, aliases=[], descriptor=s.descriptor or s.name) for s in m.subjects]
    return replace(m, subjects=subjects)


def _scored_pairs(feats: list[Features]) -> list[tuple[float, str, str, int, int]]:
    """(-score, id, id, i, j) for every candidate pair strong enough to merge; with
    require_identity, a pair of two documents also needs positive evidence that it is one
    happening (similarity.identified)."""
    out: dict[tuple[int, int], tuple[float, str, str, int, int]] = {}
    for i, j in candidate_pairs(feats, W["neighbours"]):
        if (i, j) in out:
            continue
        a, b = feats[i], feats[j]
        s = edge_score(a, b)
        if s is not None:
            out[(i, j)] = (-s, a.id, b.id, i, j)
    return list(out.values())


def edge_score(a: Features, b: Features) -> float | None:
    """The score of a candidate pair (a's id before b's) when it is strong enough to merge, else
    None: the test every candidate pair passes to become an edge of clustering."""
    if a.family != b.family:
        return None
    if a.type != b.type and not _same_people(a, b):
        return None
    if W["require_identity"] and a.doc != b.doc and not identified(a, b):  # unknown is not compatible
        return None
    s = score(a, b)
    # same-document pairs go on to the stricter check in cluster._same_in_doc
    need = W["family_in_doc"] + W["role_disjoint"] if a.doc == b.doc else W["merge_by_type"].get(a.type, W["merge"])
    return s if s is not None and s >= need else None


def _same_people(a: Features, b: Features) -> bool:
    """A disappearance joins a defection only as the same people (GUIDELINES.md): a named person
    or relative in common, or the same year with the same group size or role."""
    if a.persons & b.persons or a.relatives & b.relatives:
        return True
    # a head count of one is true of most reports: only a group's size, or a shared role, says who
    return a.year is not None and a.year == b.year and bool((a.count and a.count > 1 and a.count == b.count)
                                                             or a.roles & b.roles)


def _event(members: list[tuple[str, Mention]], published: dict[str, str | None], groups: dict[str, str],
           people: People, originals: list[Mention]) -> Event:
    vs = canon.votes(members, groups, published)
    subjects, person_ids = fuse_subjects(vs, people)
    return Event(
        id=stable_id("ev-", min(mid for mid, _ in members)),
        type=canon.event_type(vs),
        status=canon.status(vs),
        subjects=subjects,
        origin=canon.origin(vs),
        destination=canon.destination(vs),
        date=canon.when(vs),
        reported=canon.reported(vs),
        sources=canon.sources(vs),
        mentions=[m for _, m in sorted(zip([mid for mid, _ in members], originals), key=lambda p: (p[1].doc, p[0]))],
        conflicts=canon.conflicts(vs, CONFLICT_FIELDS),
        people=person_ids,
        outlets=len({groups.get(m.doc, m.doc) for _, m in members}),
    )


CONFLICT_FIELDS = {
    "type": lambda m: m.type,
    "status": lambda m: m.status,
    "origin.country": lambda m: (m.origin.country or "").upper() or None,
    "origin.city": lambda m: m.origin.city,
    "destination": lambda m: m.destination,
    "date": lambda m: m.date.value,
    "count": principal_count,
    "names": lambda m: ", ".join(sorted(s.name for s in m.subjects if s.name)) or None,
}


__all__ = ["fuse_mentions", "People", "Person"]
