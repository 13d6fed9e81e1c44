"""Incremental fusion: a new batch is fused against the stored reports its blocks touch, with the
result a full re-fuse of everything would give.

Why it can be exact: whether two reports are a candidate pair, and their score, depend on the two
reports alone (blocking.pairs_with, similarity.score); clustering never looks beyond a component
(reports linked by a pair strong enough to merge, or by one document and family). So a batch can
change only the components its reports join, and re-clustering their union gives the full
answer there. Three things make a stored report's reading depend on others, and each pulls the
reports concerned into the re-fused set:
- people: a new alias can join two spellings into one person (people.py), so every stored report
  that shares a name key with the batch, transitively, is re-read, with its component;
- wire copies: a copy joining a group may change the group's canonical document, so the group's
  stored reports are re-read;
- every component touched is re-fused whole, and its people closed over again.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator

from crossings.events import Event, Mention
from crossings.fuse import Prepared, _sane, _unique, fuse_prepared, pair_score, prepare
from crossings.fuse.blocking import ALL, NEAR, block_keys, is_sparse, pairs_with, reach
from crossings.fuse.features import Features
from crossings.fuse.names import name_key
from crossings.fuse.people import subject_names
from crossings.fuse.similarity import W

LONGEST_REACH = 366  # no report's time (blocking.reach) spans more days


class Block:
    """A block's stored reports by time, so that a new report looks only at those near it:
    by the first day of their reach (NEAR blocks) or by their anchor (the sparse family block),
    the sparse ones also apart."""

    def __init__(self, how: str):
        self.how = how
        self.timed: list[tuple[int, str]] = []
        self.sparse: list[tuple[int, str]] = []
        self.timeless: list[str] = []
        self.sparse_timeless: list[str] = []

    def add(self, f: Features) -> None:
        day = _day(f, self.how)
        if day is None:
            self.timeless.append(f.id)
            if is_sparse(f):
                self.sparse_timeless.append(f.id)
            return
        insort(self.timed, (day, f.id))
        if is_sparse(f):
            insort(self.sparse, (day, f.id))

    def near(self, f: Features) -> Iterator[str]:
        """Every stored report that may pair with f (blocking.pairs_with decides)."""
        day = _day(f, self.how)
        if self.how == NEAR:
            if day is None:
                yield from (i for _, i in self.timed)
                yield from self.timeless
                return
            gap = W["block_gap_days"]
            yield from _between(self.timed, day - gap - LONGEST_REACH, reach(f)[1] + gap)
            yield from self.timeless
            return
        timed, timeless = (self.timed, self.timeless) if is_sparse(f) else (self.sparse, self.sparse_timeless)
        if day is None:
            yield from (i for _, i in timed)
        else:
            yield from _between(timed, day - W["sparse_gap_days"], day + W["sparse_gap_days"])
        yield from timeless


def _day(f: Features, how: str) -> int | None:
    if how == NEAR:
        r = reach(f)
        return None if r is None else r[0]
    return f.anchor


def _between(timed: list[tuple[int, str]], first: int, last: int) -> Iterator[str]:
    for _, i in timed[bisect_left(timed, (first, "")): bisect_right(timed, (last, "\uffff"))]:
        yield i


def name_keys(m: Mention) -> set[str]:
    """Every name key a report's people go by (people.People links exactly these)."""
    return {k for s in m.subjects for n in subject_names(s, m) if (k := name_key(n))}


class Fusion:
    """Fused events kept with what a later batch needs to be fused against them: each report's
    features, its blocks, its name keys and its component."""

    def __init__(self, mentions: list[Mention], published: dict[str, str | None], groups: dict[str, str]):
        self.published, self.groups = dict(published), dict(groups)
        self.mentions: dict[str, Mention] = {}
        self.feats: dict[str, Features] = {}
        self.blocks: dict[tuple, Block] = {}
        self.holders: dict[str, set[str]] = {}  # name key -> ids of reports naming it
        self.part_of: dict[str, str] = {}  # report id -> its component's smallest report id
        self.parts: dict[str, list[str]] = {}
        self.events: dict[str, Event] = {}
        self.event_of: dict[str, str] = {}
        self._refuse(_unique(mentions)[1], set())

    def add(self, mentions: list[Mention], published: dict[str, str | None], groups: dict[str, str]) -> list[Event]:
        """Fuse a batch of new reports against the stored ones; returns every event now."""
        fresh = [m for m in _unique(mentions)[1] if m.id not in self.mentions]
        moved = self._regrouped(groups)
        self.published.update(published)
        self.groups = dict(groups)
        if fresh or moved:
            touched = self._touched(fresh, moved)
            self._refuse(fresh + [self.mentions[i] for i in sorted(touched)], touched)
        return self.all_events()

    def all_events(self) -> list[Event]:
        return [self.events[k] for k in sorted(self.events)]

    # which stored reports a batch touches ---------------------------------------------------
    def _regrouped(self, groups: dict[str, str]) -> set[str]:
        """Stored reports whose wire-copy group's canonical document changed."""
        docs = {d for d, g in groups.items() if self.groups.get(d, d) != g}
        docs |= {d for d, g in self.groups.items() if groups.get(d, d) != g}
        return {i for i, m in self.mentions.items() if m.doc in docs}

    def _touched(self, fresh: list[Mention], moved: set[str]) -> set[str]:
        """The stored reports to re-fuse with the batch: closed over names and components, plus
        the components of every stored report a new one pairs with strongly enough to merge."""
        touched = self._closed(moved, {k for m in fresh for k in name_keys(_sane(m))})
        probe = prepare(fresh + [self.mentions[i] for i in sorted(touched)], self.published, self.groups)
        joined: set[str] = set()
        for f in probe.feats:
            if f.id in self.mentions:
                continue
            for key, how in block_keys(f):
                if how == ALL:
                    continue  # a document's reports are all new; a person's are in the name closure
                block = self.blocks.get(key)
                for other in block.near(f) if block else ():
                    if other in touched or other in joined:
                        continue
                    g = self.feats[other]
                    a, b = (f, g) if f.id < g.id else (g, f)  # as a full fuse orders the pair
                    if pairs_with(a, b, how) and pair_score(a, b) is not None:
                        joined.add(other)
        return self._closed(touched | joined, set())

    def _closed(self, ids: set[str], keys: set[str]) -> set[str]:
        """ids with every stored report sharing a name key with them or with `keys`, and every
        member of their components, until nothing more joins."""
        out: set[str] = set()
        todo, seen_keys = set(ids), set()
        pending_keys = set(keys)
        while todo or pending_keys:
            for k in pending_keys - seen_keys:
                seen_keys.add(k)
                todo |= self.holders.get(k, set()) - out
            pending_keys = set()
            batch, todo = todo - out, set()
            for i in batch:
                out.add(i)
                todo |= set(self.parts[self.part_of[i]]) - out
                pending_keys |= name_keys(_sane(self.mentions[i])) - seen_keys
        return out

    # re-fusing ------------------------------------------------------------------------------
    def _refuse(self, mentions: list[Mention], touched: Iterable[str]) -> None:
        old_events = {self.event_of[i] for i in touched}
        old_parts = {self.part_of[i] for i in touched}
        for e in old_events:
            del self.events[e]
        for p in old_parts:
            del self.parts[p]
        prepared = prepare(mentions, self.published, self.groups)
        events, parts = fuse_prepared(prepared)
        self._index(prepared)
        for e in events:
            self.events[e.id] = e
            for m in e.mentions:
                self.event_of[m.id] = e.id
        for part in parts:
            root = min(part)
            self.parts[root] = sorted(part)
            for i in part:
                self.part_of[i] = root

    def _index(self, p: Prepared) -> None:
        for mid, m, f in zip(p.ids, p.originals, p.feats):
            new = mid not in self.mentions
            self.mentions[mid] = m
            self.feats[mid] = f
            if not new:
                continue  # its blocks are keyed by what people and groups do not change
            for key, how in block_keys(f):
                if how != ALL:
                    self.blocks.setdefault(key, Block(how)).add(f)
            for k in name_keys(p.mentions[f.index]):
                self.holders.setdefault(k, set()).add(mid)
