"""Incremental fusion: a new batch is fused against the stored reports its blocks touch, with the
result a full re-fuse of everything would give.

Why it can be exact: whether two reports are a candidate pair, and their score, depend on the two
reports alone (blocking.pairs_with, similarity.score), so only the batch's own pairs are scored,
against the stored reports near it in its blocks. Clustering is then replayed where the batch's
changes reach: a decision about two clusters no change reached keeps its recorded outcome
(replay.py). Two things change how a stored report reads, and each makes it a changed report,
re-read and re-scored like a new one:
- people: a new alias can join two spellings into one person (people.py), so every stored report
  that shares a name key with the batch, transitively, and its document's other reports;
- wire copies: a copy joining a group may change the group's canonical document.
Events whose reports and readings are unchanged are kept as they were.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator

from crossings.events import Event, Mention
from crossings.fuse import Prepared, _sane, _unique, candidate_pairs, event_of, fuse_prepared, pair_score, prepare, scored_pairs
from crossings.fuse.replay import Replay
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
    features, blocks and name keys, and the pairs strong enough to merge with what clustering
    decided about each."""

    def __init__(self, mentions: list[Mention], published: dict[str, str | None], groups: dict[str, str]):
        self.published, self.groups = dict(published), dict(groups)
        self.mentions: dict[str, Mention] = {}
        self.feats: dict[str, Features] = {}
        self.blocks: dict[tuple, Block] = {}
        self.holders: dict[str, set[str]] = {}  # name key -> ids of reports naming it
        self.in_doc: dict[str, set[str]] = {}
        self.pairs: dict[tuple[str, str], float] = {}  # pairs strong enough to merge -> score
        self.pairs_of: dict[str, set[tuple[str, str]]] = {}
        self.decided: dict[tuple[str, str], bool] = {}
        self.events: dict[str, Event] = {}
        self.event_of: dict[str, str] = {}
        prepared = prepare(mentions, published, groups)
        self._remember(prepared)
        run = fuse_prepared(prepared)
        self._keep_pairs([(s, a, b) for s, a, b, _, _ in run.pairs], run.decided)
        self._keep_events(run.events)

    def all_events(self) -> list[Event]:
        return [self.events[k] for k in sorted(self.events)]

    def add(self, mentions: list[Mention], published: dict[str, str | None], groups: dict[str, str]) -> list[Event]:
        """Fuse a batch of new reports against the stored ones; returns every event now."""
        fresh = [m for m in _unique(mentions)[1] if m.id not in self.mentions]
        moved = self._regrouped(groups)
        self.published.update(published)
        self.groups = dict(groups)
        if not (fresh or moved):
            return self.all_events()
        changed = self._changed(fresh, moved)
        prepared = prepare(fresh + [self.mentions[i] for i in sorted(changed)], self.published, self.groups)
        self._remember(prepared)
        again = set(prepared.ids)
        new_pairs = self._score(prepared, again)
        gone = self._forget_pairs(again)
        replay = Replay(self, again, new_pairs, gone)
        groups = replay.run()
        for _, a, b in gone:
            self.decided.pop((a, b), None)
        self._keep_pairs(new_pairs, replay.decided)
        self._replace_events(groups, list(replay.local), again)
        return self.all_events()

    # which stored reports read differently -------------------------------------------------
    def _regrouped(self, groups: dict[str, str]) -> set[str]:
        """Stored reports whose wire-copy group's canonical document changed."""
        docs = {d for d, g in groups.items() if d in self.in_doc and self.groups.get(d, d) != g}
        docs |= {d for d, g in self.groups.items() if groups.get(d, d) != g}
        return {i for d in docs for i in self.in_doc.get(d, ())}

    def _changed(self, fresh: list[Mention], moved: set[str]) -> set[str]:
        """Stored reports to read again: those sharing a name key with the batch or with each
        other, transitively, their documents' other reports, and the regrouped."""
        keys = {k for m in fresh for k in name_keys(_sane(m))}
        todo = set(moved) | {i for m in fresh for i in self.in_doc.get(m.doc, ())}
        out: set[str] = set()
        seen: set[str] = set()
        while todo or keys - seen:
            for k in keys - seen:
                seen.add(k)
                todo |= self.holders.get(k, set())
            for i in todo - out:
                out.add(i)
                keys |= name_keys(_sane(self.mentions[i]))
                todo |= self.in_doc[self.mentions[i].doc]
            todo -= out
        return out

    # pairs ----------------------------------------------------------------------------------
    def _score(self, p: Prepared, again: set[str]) -> list[tuple[float, str, str]]:
        """(-score, id, id) of every pair strong enough to merge that has a report read again."""
        out = [(s, a, b) for s, a, b, _, _ in scored_pairs(p.feats, candidate_pairs(p.feats))]
        for f in p.feats:
            for key, how in block_keys(f):
                block = self.blocks.get(key) if how != ALL else None
                for other in block.near(f) if block else ():
                    if other in again:
                        continue
                    g = self.feats[other]
                    a, b = (f, g) if f.id < g.id else (g, f)  # as a full fuse orders the pair
                    if pairs_with(a, b, how) and (s := pair_score(a, b)) is not None:
                        out.append((-s, a.id, b.id))
        return sorted(set(out))

    def _forget_pairs(self, again: set[str]) -> list[tuple[float, str, str]]:
        """Drop the stored pairs of reports read again; returns them, for the replay."""
        gone = {key for i in again for key in self.pairs_of.pop(i, ())}
        out = []
        for a, b in gone:
            out.append((-self.pairs.pop((a, b)), a, b))
            for i in (a, b):
                self.pairs_of.get(i, set()).discard((a, b))
        return out

    def _keep_pairs(self, pairs: list[tuple[float, str, str]], decided: dict[tuple[str, str], bool]) -> None:
        for s, a, b in pairs:
            self.pairs[(a, b)] = -s
            self.pairs_of.setdefault(a, set()).add((a, b))
            self.pairs_of.setdefault(b, set()).add((a, b))
        self.decided.update(decided)

    # events ---------------------------------------------------------------------------------
    def _replace_events(self, groups: list[list[Features]], ids: list[str], again: set[str]) -> None:
        old = {self.event_of[i] for i in ids if i in self.event_of}
        kept: dict[frozenset, Event] = {}
        for e in old:
            event = self.events.pop(e)
            members = frozenset(m.id for m in event.mentions)
            if not members & again:
                kept[members] = event
        rebuild = [[f.id for f in g] for g in groups if frozenset(f.id for f in g) not in kept]
        events = [kept[frozenset(f.id for f in g)] for g in groups if frozenset(f.id for f in g) in kept]
        if rebuild:
            people_ids = self._name_closed({i for g in rebuild for i in g})
            p = prepare([self.mentions[i] for i in sorted(people_ids)], self.published, self.groups)
            at = {f.id: f for f in p.feats}
            events += [event_of([at[i] for i in g], p) for g in rebuild]
        self._keep_events(events)

    def _name_closed(self, ids: set[str]) -> set[str]:
        """ids with every report sharing a name key with them, transitively: people.People over
        these gives each person the id and spellings it has over everything."""
        out, todo, seen = set(), set(ids), set()
        while todo:
            i = todo.pop()
            out.add(i)
            for k in name_keys(_sane(self.mentions[i])) - seen:
                seen.add(k)
                todo |= self.holders.get(k, set()) - out
        return out

    # bookkeeping ----------------------------------------------------------------------------
    def _remember(self, p: Prepared) -> None:
        for mid, m, f in zip(p.ids, p.originals, p.feats):
            new = mid not in self.mentions
            self.mentions[mid] = m
            self.feats[mid] = f
            if not new:
                continue  # its blocks are keyed by what people and groups do not change
            self.in_doc.setdefault(m.doc, set()).add(mid)
            for key, how in block_keys(f):
                if how != ALL:
                    self.blocks.setdefault(key, Block(how)).add(f)
            for k in name_keys(p.mentions[f.index]):
                self.holders.setdefault(k, set()).add(mid)

    def _keep_events(self, events: list[Event]) -> None:
        for e in events:
            self.events[e.id] = e
            for m in e.mentions:
                self.event_of[m.id] = e.id
