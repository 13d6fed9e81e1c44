"""Incremental fusion: a new batch of mentions fused against the stored events it touches, with the
same events and ids a full re-fuse would give.

Why the result is the full one. Fusion is greedy agglomeration over the scored candidate pairs (the
"edges"), in one global order (score, then the two ids); a failed merge changes nothing, and a
cluster's history involves only its own members' edges. So a cluster of the last run whose members'
edges are unchanged evolves exactly as before until some edge joins it to a cluster that did change;
only then must it be followed ("live"). The run below replays just that:

- the batch's candidate pairs come from its neighbours in every block ordering, read from the
  stored orderings (fusion_order) by an indexed range read, not by sorting the store;
- a batch's mention inserted into a block may push an older pair more than `neighbours` places
  apart: where that pair was an edge and no other ordering keeps it a candidate, the edge goes, and
  the cluster it lay inside (if it did) is followed from the start;
- the live clusters (the batch's mentions and those clusters) take their edges in the global order;
  an edge to a cluster that is not live replays that cluster's own edges up to that point (the last
  run's merges, kept with each edge and its score in fusion_edges: its state then is the last
  run's), tries the merge, and makes it live when the merge now succeeds;
- the leftover pass (cluster.leftovers) is decided again for every document with a live mention,
  the other documents' decisions standing;
- the events of every cluster that changed, or took or lost a leftover, are built again, and so are
  the events naming a person whose spellings the batch changes; the others stay as stored.

What a batch costs: its candidates' features, the live clusters, and every stored cluster an edge
of a live cluster reaches, replayed up to that edge with its members' features built. All of it is
read by index (no read grows with stored mentions the batch cannot reach), but in a denser store a
live cluster is larger and has more edges to look-alike clusters, so the batch reaches more of them.

What it does not follow falls back to a full re-fuse (Fallback): a batch that links two known
people into one, or gives a known person a new smallest name key (person ids and person blocks
change for every mention of them), stored mentions re-extracted or renamed since the last fusion,
or a store no full fusion has indexed yet.
"""
from __future__ import annotations

import hashlib
import heapq
import struct
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Protocol

from crossings.events import Event, Mention, stable_id
from crossings.fuse import _event, _sane, _scored_pairs, _unique, edge_score, prepared, story_of, without_gc
from crossings.fuse.blocking import block_keys, is_sparse
from crossings.fuse.cluster import Clusters, Profile, _bare, _fit, _told_apart, clustered
from crossings.fuse.disjoint import Groups
from crossings.fuse.features import Features, features
from crossings.fuse.names import name_key
from crossings.fuse.people import Person, _person, subject_names
from crossings.fuse.similarity import W
from crossings.fuse.wire import wire_groups

_LAST = 10**9  # as blocking._LAST: undated reports sort last
_END = (float("inf"), "", "")  # after every edge


class Fallback(Exception):
    """The batch needs a full re-fuse (the reason is the message)."""


def scheme() -> str:
    """What fusion's state depends on: the fusion code and its weights as they are now (a stored
    state made by other code or weights is not reused: the next fusion is a full one)."""
    import json
    from pathlib import Path

    digest = hashlib.sha1()
    for path in sorted(Path(__file__).parent.glob("*")):
        if path.suffix in (".py", ".yaml"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(json.dumps(W, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


# orderings ------------------------------------------------------------------------------------------
def orderings(f: Features) -> list[tuple]:
    """The orderings blocking puts a mention in, a document's own block aside (a document's
    mentions arrive together, so its block is never split between a batch and the store): each
    block key, and its type family (the sparse windows)."""
    return [("B",) + key for key in block_keys(f) if key[0] != "d"] + [("F", f.family)]


def okey(ordering: tuple) -> str:
    return hashlib.blake2b(repr(ordering).encode(), digest_size=16).hexdigest()


def tsort(f: Features) -> bytes:
    """blocking._ordered's key, (anchor, id), as bytes that sort alike."""
    return struct.pack(">I", f.anchor if f.anchor is not None else _LAST) + f.id.encode()


def dsort(f: Features) -> bytes:
    """blocking._described's key, (city, count, roles, id), as bytes that sort alike."""
    roles = b"".join(r.encode() + b"\x01" for r in sorted(f.roles))
    return ((f.city or "").encode() + b"\x00" + struct.pack(">Q", (f.count or 0) + 2**63) + roles + b"\x00"
            + f.id.encode())


def flags(f: Features) -> int:
    """What the windows ask of a partner: 1 undated (blocking._undated_window), 2 sparse."""
    return (1 if f.year is None else 0) | (2 if is_sparse(f) else 0)


def order_rows(f: Features) -> list[tuple[str, str, bytes, bytes, int]]:
    t, d, fl = tsort(f), dsort(f), flags(f)
    return [(okey(o), f.id, t, d, fl) for o in orderings(f)]


def name_keys(m: Mention) -> list[list[str]]:
    """Per subject, the name keys it links (people.People._link)."""
    return [sorted({k for n in subject_names(s, m) if (k := name_key(n))}) for s in m.subjects]


def spellings(m: Mention) -> Counter:
    """(name key, spelling) -> times, as people.People counts a mention's names."""
    out: Counter = Counter()
    for subj in m.subjects:
        for n in subject_names(subj, m):
            if k := name_key(n):
                out[(k, n.strip())] += 1
    return out


# state -----------------------------------------------------------------------------------------------
@dataclass
class State:
    """What a fusion leaves for the next: rows for the store's fusion tables."""

    order: list[tuple[str, str, bytes, bytes, int]] = field(default_factory=list)  # (okey, mention, tsort, dsort, flags)
    edges: list[tuple[str, str, float, bool]] = field(default_factory=list)  # (a, b, score, merged), a < b
    folds: list[str] = field(default_factory=list)
    spellings: list[tuple[str, str, int]] = field(default_factory=list)  # (key, spelling, times): added
    people: list[tuple[str, str]] = field(default_factory=list)  # (key, root)


@dataclass
class Update:
    """An incremental fusion's changes: events to drop and to write, state rows to add, and the
    mentions whose stored edges and fold marks are replaced."""

    removed_events: set[str] = field(default_factory=set)
    events: list[Event] = field(default_factory=list)
    state: State = field(default_factory=State)
    edges_removed: set[tuple[str, str]] = field(default_factory=set)  # stored edges that are no longer
    merged: list[tuple[str, str, bool]] = field(default_factory=list)  # stored edges whose merge turned out otherwise
    folds_of: set[str] = field(default_factory=set)  # fold marks of these are dropped first
    fused: list[str] = field(default_factory=list)  # the batch's mention ids
    live: int = 0  # mentions whose clustering was followed (for benchmarks)
    stats: dict = field(default_factory=dict)
    loaded: int = 0  # stored mentions read


def fuse_full(mentions: list[Mention], published: dict[str, str | None],
              groups: dict[str, str] | None = None) -> tuple[list[Event], State]:
    """fuse_mentions, also returning the state an incremental fusion reads next time."""
    groups = groups or {}
    with without_gc():
        originals, sane, people, feats = prepared(mentions, published, groups)
        pairs = _scored_pairs(feats)
        clusters, merged, folds = clustered(feats, pairs)
        events = [_event([(f.id, sane[f.index]) for f in group], published, groups, people,
                         [originals[f.index] for f in group]) for group in clusters.groups()]
        state = State(order=[row for f in feats for row in order_rows(f)],
                      edges=[(a, b, -s, merged[(a, b)]) for s, a, b, _, _ in sorted(pairs)],
                      folds=[feats[i].id for i, _ in folds])
        counted: Counter = Counter()
        for m in sane:
            counted.update(spellings(m))
        state.spellings = [(k, n, c) for (k, n), c in sorted(counted.items())]
        state.people = [(k, people._links.find(k)) for k in sorted({k for k, _ in counted})]
    return sorted(events, key=lambda e: e.id), state


# what the run reads from the store -------------------------------------------------------------------
class Source(Protocol):
    def pending(self) -> list[Mention]: ...
    def neighbours(self, key: str, at: tuple[bytes, bytes], k: int) -> dict[tuple[str, bool], list[tuple[str, bytes, int]]]: ...
    def edges_of(self, ids: set[str]) -> list[tuple[str, str, float, bool]]: ...
    def edges_within(self, ids: set[str]) -> list[tuple[str, str, float, bool]]: ...
    def edges_among(self, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], bool]: ...
    def events_of(self, ids: set[str]) -> dict[str, str]: ...
    def event_members(self, events: set[str]) -> dict[str, list[str]]: ...
    def folded(self, ids: set[str]) -> set[str]: ...
    def mentions(self, ids: set[str]) -> dict[str, Mention]: ...
    def mention_ids_of_docs(self, docs: set[str]) -> list[tuple[str, str]]: ...
    def doc_links(self, docs: set[str]) -> dict[str, tuple[str | None, str | None]]: ...
    def copies_of(self, docs: set[str]) -> dict[str, list[str]]: ...
    def between(self, key: str, column: str, low: bytes, high: bytes) -> int: ...
    def roots(self, keys: set[str]) -> dict[str, str]: ...
    def spellings_of_roots(self, roots: set[str]) -> dict[str, Counter]: ...
    def events_naming(self, persons: set[str]) -> set[str]: ...


class _KnownPeople:
    """people.People from stored name roots (a person's id is its root key's) and spelling counts."""

    def __init__(self, roots: dict[str, str]):
        self.roots = roots
        self.persons: dict[str, Person] = {}

    def person_of(self, name: str | None) -> str | None:
        key = name_key(name)
        root = self.roots.get(key) if key else None
        return stable_id("p-", root) if root else None

    def persons_of(self, subject) -> set[str]:
        return {p for n in [subject.name, *subject.aliases] if (p := self.person_of(n))}


def fuse_pending(src: Source) -> Update:
    with without_gc():
        return _Run(src).run()


class _Run:
    def __init__(self, src: Source):
        self.src = src
        self.k = W["neighbours"]
        self.feats: list[Features | None] = []
        self.idx: dict[str, int] = {}
        self.ids: list[str] = []
        self.original: dict[str, Mention] = {}
        self.sane: dict[str, Mention] = {}
        self.roots: dict[str, str] = {}
        self.people = _KnownPeople(self.roots)
        self.published: dict[str, str | None] = {}
        self.dup: dict[str, str | None] = {}
        self.groups: dict[str, str] = {}
        self.clusters = Clusters(self.feats)
        self.edges: dict[str, dict[str, float]] = {}  # mention -> partner -> score, as known so far
        self.was_merged: dict[tuple[str, str], bool] = {}  # stored edges: the last run's merges
        self.outcome: dict[tuple[str, str], bool] = {}  # edges taken in this run: merged or not
        self.adjacency_read: set[str] = set()
        self.lazy: dict[int, list[int]] = {}  # replayed clusters' roots -> members, no Profile built yet
        self.new_ids: set[str] = set()
        self.new_edges: dict[tuple[str, str], float] = {}
        self.gone: set[tuple[str, str]] = set()  # stored edges that are no longer candidates
        self.cluster_of: dict[str, str] = {}  # stored mention -> its last run's first-pass cluster key
        self.members: dict[str, list[str]] = {}  # cluster key -> members
        self.event_of: dict[str, str] = {}
        self.event_members: dict[str, list[str]] = {}
        self.folded: set[str] = set()
        self.replay: dict[str, tuple[list[tuple[float, str, str]], int]] = {}
        self.live: set[str] = set()
        self.doc_mentions: dict[str, list[str]] = {}

    # loading -------------------------------------------------------------------------------------
    def load_data(self, ids) -> None:
        """These mentions as stored, with their pages' dates and wire-copy groups."""
        missing = {i for i in ids if i not in self.original}
        if missing:
            found = self.src.mentions(missing)
            if len(found) != len(missing):
                raise Fallback("a stored mention is gone")
            for mid, m in found.items():
                self.original[mid] = m
                self.sane[mid] = _sane(m)
        self._documents({self.sane[i].doc for i in ids})

    def load(self, ids) -> None:
        """Features for these mentions (stored ones read), with their people, pages and groups."""
        todo = sorted(i for i in ids if i not in self.idx or self.feats[self.idx[i]] is None)
        if not todo:
            return
        self.load_data(todo)
        # no set(self.roots): load runs for every cluster a replay reaches, and roots grows with them
        keys = {k for i in todo for ks in name_keys(self.sane[i]) for k in ks if k not in self.roots}
        if keys:
            self.roots.update(self.src.roots(keys))
        self.slots(todo)
        for mid in todo:
            m = self.sane[mid]
            self.feats[self.idx[mid]] = features(self.idx[mid], mid, m, self.groups[m.doc], self.published.get(m.doc),
                                                 self.people)
        if W["story_same"]:
            self._stories(todo)

    def _stories(self, ids: list[str]) -> None:
        """Each mention's story (fuse.story_of), read off the other mentions of its page: only
        pages with two mentions or more have one, and only theirs are read."""
        docs = {self.sane[i].doc for i in ids}
        self._doc_mates(docs)
        told = sorted(m for d in docs if len(self.doc_mentions[d]) > 1 for m in self.doc_mentions[d])
        if not told:
            return
        self.load_data(told)
        keys = {k for i in told for ks in name_keys(self.sane[i]) for k in ks if k not in self.roots}
        if keys:
            self.roots.update(self.src.roots(keys))
        page: dict[str, list[Features]] = {}
        for i in told:
            m = self.sane[i]
            page.setdefault(m.doc, []).append(features(-1, i, m, self.groups[m.doc], self.published.get(m.doc), self.people))
        for mid in ids:
            f = self.feats[self.idx[mid]]
            if f.doc in page and (story := story_of(f, page[f.doc])):
                self.feats[self.idx[mid]] = replace(f, story=story)

    def slots(self, ids) -> None:
        """A place in the union-find for each mention (its features come when needed)."""
        for mid in sorted(i for i in ids if i not in self.idx):
            self.idx[mid] = len(self.feats)
            self.ids.append(mid)
            self.feats.append(None)
            self.clusters.parent.append(self.idx[mid])

    def _documents(self, docs: set[str]) -> None:
        """Publication dates and wire-copy groups (wire.wire_groups: the smallest id linked by
        duplicate_of), the whole group read for each document."""
        docs = {d for d in docs if d not in self.groups}
        if not docs:
            return
        seen: set[str] = set()
        frontier = set(docs)
        copies: dict[str, list[str]] = {}
        while frontier:
            fresh = {d for d in frontier if d not in self.dup}
            for d, (pub, dup) in self.src.doc_links(fresh).items():
                self.published[d], self.dup[d] = pub, dup
            for d in fresh:
                self.dup.setdefault(d, None)
            copies.update(self.src.copies_of(frontier - seen))
            seen |= frontier
            nxt = {self.dup[d] for d in frontier if self.dup.get(d)} | {c for d in frontier for c in copies.get(d, [])}
            frontier = nxt - seen
        self.groups.update(wire_groups({d: self.dup.get(d) for d in seen}))

    def load_clusters(self, ids: set[str]) -> None:
        """The last run's first-pass cluster of each stored mention: its event without the
        leftovers folded into it (a folded mention was alone)."""
        ids = {i for i in ids if i not in self.cluster_of}
        if not ids:
            return
        events = self.src.events_of(ids)
        if len(events) != len(ids):
            raise Fallback("a stored mention has no event")
        self.load_events(set(events.values()))

    def load_events(self, wanted: set[str]) -> None:
        wanted = wanted - set(self.event_members)
        if not wanted:
            return
        members = self.src.event_members(wanted)
        self.event_members.update(members)
        everyone = {m for e in wanted for m in members.get(e, [])}
        self.folded |= self.src.folded(everyone)
        for e in wanted:
            for m in members.get(e, []):
                self.event_of[m] = e
                if m in self.folded:
                    self.cluster_of[m] = "fold:" + m
                    self.members["fold:" + m] = [m]
                else:
                    self.cluster_of[m] = e
            self.members[e] = sorted(m for m in members.get(e, []) if m not in self.folded)
        self.slots(everyone)

    def read_adjacency(self, ids: set[str]) -> None:
        """The stored edges of these mentions with their scores and the last run's merges (those
        no longer candidates left out)."""
        ids = {i for i in ids if i not in self.adjacency_read and i not in self.new_ids}
        if not ids:
            return
        self.adjacency_read |= ids
        for a, b, sc, merged in self.src.edges_of(ids):
            if (a, b) not in self.gone:
                self.was_merged[(a, b)] = bool(merged)
                self._edge(a, b, sc)

    def _own_edges(self, members: set[str]) -> list[tuple[float, str, str]]:
        """A stored cluster's edges among its own members, in clustering's order: all a replay
        needs (its edges to other clusters are read only if it wakes, by read_adjacency)."""
        if members <= self.adjacency_read:
            return sorted((-s, a, g) for a in members for g, s in self.edges.get(a, {}).items()
                          if g in members and a < g)
        own = []
        for a, b, sc, merged in self.src.edges_within(members):
            if (a, b) not in self.gone:
                self.was_merged[(a, b)] = bool(merged)
                own.append((-sc, a, b))
        return sorted(own)

    def _edge(self, a: str, b: str, s: float) -> None:
        self.edges.setdefault(a, {})[b] = s
        self.edges.setdefault(b, {})[a] = s

    def _doc_mates(self, docs: set[str]) -> None:
        """The ids of the stored mentions of these documents (load reads the mentions it needs)."""
        docs = {d for d in docs if d not in self.doc_mentions}
        if docs:
            for d in docs:
                self.doc_mentions[d] = []
            for mid, doc in self.src.mention_ids_of_docs(docs):
                self.doc_mentions[doc].append(mid)

    # the batch's pairs ---------------------------------------------------------------------------
    def run(self) -> Update:
        pending = self.src.pending()
        if not pending:
            return Update()
        new_ids, originals = _unique(pending)
        if self.src.events_of(set(new_ids)):
            raise Fallback("a pending mention has an event already")
        for mid, m in zip(new_ids, originals):
            self.original[mid], self.sane[mid] = m, _sane(m)
        self.new_ids = set(new_ids)
        changed_people, state = self._people(new_ids)
        self.load(new_ids)
        new = [self.feats[self.idx[i]] for i in new_ids]
        state.order = [row for f in new for row in order_rows(f)]
        # the batch's rows of each ordering, sorted by each key
        self.new_rows: dict[tuple[str, str], list[tuple[bytes, str]]] = {}
        for f in new:
            t, d = tsort(f), dsort(f)
            for o in orderings(f):
                key = okey(o)
                self.new_rows.setdefault((key, "t"), []).append((t, f.id))
                self.new_rows.setdefault((key, "d"), []).append((d, f.id))
        for rows in self.new_rows.values():
            rows.sort()
        # the stored neighbours of each new mention, as the store holds them before the batch
        self.nb: dict[tuple[str, str, str, bool], list[tuple[str, bytes]]] = {}
        self.flag: dict[str, int] = {f.id: flags(f) for f in new}
        for f in new:
            at = (tsort(f), dsort(f))
            for o in orderings(f):
                key = okey(o)
                for (col, before), near in self.src.neighbours(key, at, self.k).items():
                    self.nb[(f.id, key, col, before)] = [(i, sort) for i, sort, _ in near]
                    self.flag.update((i, fl) for i, _, fl in near)
        start = set(new_ids)
        start |= self._gone(new)
        self.stats = {"gone": len(self.gone), "start": len(start)}
        partners = {f.id: self._partners(f) for f in new}
        self.load({g for ps in partners.values() for g in ps})
        self.stats["candidates"] = len({g for ps in partners.values() for g in ps} - self.new_ids)
        for f in new:
            self._pair(f, partners[f.id])
        self._follow(start)
        update = self._finish(state)
        self._rerender(update, changed_people)
        self.stats |= {"replayed": len(self.replay), "events read": len(self.event_members)}
        return update

    def _people(self, new_ids: list[str]) -> tuple[set[str], State]:
        """Roots of the batch's name keys (Fallback where it links known people or renames one),
        and the known people whose spellings it changes."""
        state = State()
        keys = {k for mid in new_ids for ks in name_keys(self.sane[mid]) for k in ks}
        stored = self.src.roots(keys) if keys else {}
        linked = Groups()
        for mid in new_ids:
            for sub in name_keys(self.sane[mid]):
                for k in sub:
                    linked.find(k)
                for k in sub[1:]:
                    linked.join(sub[0], k)
        comps: dict[str, list[str]] = {}
        for k in keys:
            comps.setdefault(linked.find(k), []).append(k)
        touched: set[str] = set()
        for comp in comps.values():
            old = {stored[k] for k in comp if k in stored}
            if len(old) > 1:
                raise Fallback("the batch links two known people")
            root = min(comp + sorted(old))
            if old and root != next(iter(old)):
                raise Fallback("the batch gives a known person a new root name")
            touched |= old
            for k in comp:
                self.roots[k] = root
                if k not in stored:
                    state.people.append((k, root))
        added: Counter = Counter()
        for mid in new_ids:
            added.update(spellings(self.sane[mid]))
        state.spellings = [(k, n, c) for (k, n), c in sorted(added.items())]
        # each person's spellings before and after the batch: whose name or spellings change
        counts = self.src.spellings_of_roots({self.roots[k] for k in keys}) if keys else {}
        before = {r: Counter(c) for r, c in counts.items()}
        for (k, n), c in added.items():
            counts.setdefault(self.roots[k], Counter())[n] += c
        for r, c in counts.items():
            self.people.persons[stable_id("p-", r)] = _person(stable_id("p-", r), c)
        changed = {stable_id("p-", r) for r in touched
                   if _person(stable_id("p-", r), before.get(r, Counter())) != self.people.persons[stable_id("p-", r)]}
        return changed, state

    def _gone(self, new: list[Features]) -> set[str]:
        """Stored edges the batch pushes out of every window: dropped; the mentions of a cluster
        one lay inside are returned, to follow from the start."""
        maybe: set[tuple[str, str]] = set()
        for f in new:
            for o in orderings(f):
                key = okey(o)
                for col in ("t", "d"):
                    before, after = self.nb[(f.id, key, col, True)], self.nb[(f.id, key, col, False)]
                    rows = [s for s, _ in self.new_rows[(key, col)]]
                    for i, (x, xs) in enumerate(before):
                        for j, (y, ys) in enumerate(after):
                            d_old = i + j + 1
                            if d_old > self.k:
                                break
                            if d_old + bisect_left(rows, ys) - bisect_left(rows, xs) > self.k:
                                maybe.add((min(x, y), max(x, y)))
        if not maybe:
            return set()
        edges = self.src.edges_among(maybe)
        self.load({x for p in edges for x in p})
        self.gone = {(a, b) for a, b in edges if not self._still_paired(self.feats[self.idx[a]], self.feats[self.idx[b]])}
        # a gone edge that made no merge changed nothing; one that did changes its cluster's history
        made = {p for p in self.gone if edges[p]}
        self.load_clusters({x for p in made for x in p})
        start: set[str] = set()
        for a, _ in sorted(made):
            start |= set(self.members[self.cluster_of[a]])
        return start

    def _still_paired(self, a: Features, b: Features) -> bool:
        """Whether some ordering still holds a and b within k places (blocking's windows)."""
        if a.family != b.family:
            return False
        for o in set(orderings(a)) & set(orderings(b)):
            key = okey(o)
            block = o[0] == "B"
            for col in ("t", "d"):
                if col == "t" and block:
                    pass
                elif not ((a.year is None or b.year is None) if block else (is_sparse(a) or is_sparse(b))):
                    continue
                low, high = sorted((tsort(a), tsort(b)) if col == "t" else (dsort(a), dsort(b)))
                rows = self.new_rows.get((key, col), [])
                apart = self.src.between(key, col, low, high) + bisect_left(rows, (high, "")) - \
                    bisect_left(rows, (low, "\uffff")) + 1
                if apart <= self.k:
                    return True
        return a.doc == b.doc and b.id in self._own_document(a)

    def _window(self, f: Features, key: str, col: str) -> list[str]:
        """A new mention's k neighbours on each side in one ordering as it is now: the stored
        ones read before the batch, merged with the batch's own."""
        at = tsort(f) if col == "t" else dsort(f)
        rows = self.new_rows.get((key, col), [])
        pos = bisect_left(rows, (at, ""))
        near_new_before = [(s, i) for s, i in rows[max(0, pos - self.k):pos] if i != f.id]
        near_new_after = [(s, i) for s, i in rows[pos:pos + self.k + 1] if i != f.id]
        before = sorted([(s, i) for i, s in self.nb[(f.id, key, col, True)]] + near_new_before)[-self.k:]
        after = sorted([(s, i) for i, s in self.nb[(f.id, key, col, False)]] + near_new_after)[:self.k]
        return [i for _, i in before + after]

    def _partners(self, f: Features) -> set[str]:
        """A new mention's candidate partners (blocking's windows), told by the stored flags."""
        partners: set[str] = set()
        sparse_f = is_sparse(f)
        for o in orderings(f):
            key = okey(o)
            block = o[0] == "B"
            for g in self._window(f, key, "t"):
                if block or sparse_f or self.flag[g] & 2:
                    partners.add(g)
            for g in self._window(f, key, "d"):
                if (f.year is None or self.flag[g] & 1) if block else (sparse_f or self.flag[g] & 2):
                    partners.add(g)
        return partners | self._own_document(f)

    def _pair(self, f: Features, partners: set[str]) -> None:
        """A new mention's candidate pairs, scored; edges kept."""
        for g in sorted(partners):
            a, b = (f.id, g) if f.id < g else (g, f.id)
            if (a, b) in self.new_edges:
                continue
            s = edge_score(self.feats[self.idx[a]], self.feats[self.idx[b]])
            if s is not None:
                self.new_edges[(a, b)] = s
                self._edge(a, b, s)

    def _own_document(self, f: Features) -> set[str]:
        """f's partners in its document's own block (blocking: ordered by time, and by what they
        describe for undated ones). A document's mentions are all the batch's or all stored."""
        if f.id in self.new_ids:
            mates = [self.feats[self.idx[i]] for i in self.new_ids if self.sane[i].doc == f.doc]
        else:
            self._doc_mates({f.doc})
            self.load(self.doc_mentions[f.doc])
            mates = [self.feats[self.idx[i]] for i in self.doc_mentions[f.doc]]
        mates = [g for g in mates if g.family == f.family]
        out: set[str] = set()
        by_time = sorted(mates, key=lambda g: (g.anchor if g.anchor is not None else _LAST, g.id))
        pos = next(n for n, g in enumerate(by_time) if g.id == f.id)
        out |= {g.id for g in by_time[max(0, pos - self.k):pos] + by_time[pos + 1:pos + 1 + self.k]}
        if any(g.year is None for g in mates):
            by_what = sorted(mates, key=lambda g: (g.city or "", g.count or 0, sorted(g.roles), g.id))
            pos = next(n for n, g in enumerate(by_what) if g.id == f.id)
            out |= {g.id for g in by_what[max(0, pos - self.k):pos] + by_what[pos + 1:pos + 1 + self.k]
                    if f.year is None or g.year is None}
        out.discard(f.id)
        return out

    # following the clusters ----------------------------------------------------------------------
    def _follow(self, start: set[str]) -> None:
        """Greedy merging over the edges of live clusters, in the global order, replaying a
        stored cluster's own history wherever an edge reaches it."""
        self.load(start)
        self.live |= start
        heap: list[tuple[float, str, str]] = []
        pushed: set[tuple[str, str]] = set()

        def push(ids: set[str], after: tuple[float, str, str] | None) -> None:
            self.read_adjacency(ids)
            self.load_clusters({g for i in ids for g in self.edges.get(i, {}) if g not in self.new_ids})
            for i in ids:
                for g, s in self.edges.get(i, {}).items():
                    a, b = (i, g) if i < g else (g, i)
                    item = (-s, a, b)
                    if (a, b) not in pushed and (after is None or item > after):
                        pushed.add((a, b))
                        heapq.heappush(heap, item)

        push(start, None)
        while heap:
            item = heapq.heappop(heap)
            _, a, b = item
            for x in (a, b):
                if x not in self.live:
                    self._replay(self.cluster_of[x], item)
            ia, ib = self.idx[a], self.idx[b]
            self._materialize(self.clusters.find(ia))
            self._materialize(self.clusters.find(ib))
            merged = self.outcome[(a, b)] = self.clusters.try_merge(ia, ib)
            if merged:
                woke: set[str] = set()
                for x in (a, b):
                    if x not in self.live:
                        woke |= set(self.members[self.cluster_of[x]])
                if woke:
                    self.live |= woke
                    push(woke, item)

    def _replay(self, key: str, until: tuple[float, str, str]) -> None:
        """Bring a stored first-pass cluster to its state just before `until`: its own edges'
        merges, in order, as the last run made them (nothing outside it joined it then)."""
        if key not in self.replay:
            self.replay[key] = (self._own_edges(set(self.members[key])), 0)
        own, at = self.replay[key]
        while at < len(own) and own[at] < until:
            _, a, b = own[at]
            if self.was_merged[(a, b)]:
                self._union(self.idx[a], self.idx[b])
            at += 1
        self.replay[key] = (own, at)

    def _members_of(self, root: int) -> list[int]:
        p = self.clusters.profiles.get(root)
        return p.members if p else self.lazy.get(root, [root])

    def _union(self, i: int, j: int) -> None:
        """A merge the last run made, as Clusters.try_merge makes it (the larger cluster's root
        stays, the first's on a tie), without building profiles until a live cluster meets it."""
        ri, rj = self.clusters.find(i), self.clusters.find(j)
        if len(self._members_of(ri)) < len(self._members_of(rj)):
            ri, rj = rj, ri
        if ri in self.clusters.profiles or rj in self.clusters.profiles:
            self._materialize(ri)
            self._materialize(rj)
            pi, pj = self.clusters.profiles.get(ri), self.clusters.profiles.get(rj)
            big = pi or Profile(self.feats[ri])
            big.absorb(pj or Profile(self.feats[rj]))
            self.clusters.profiles[ri] = big
            self.clusters.profiles.pop(rj, None)
        else:
            self.lazy[ri] = self._members_of(ri) + self._members_of(rj)
            self.lazy.pop(rj, None)
        self.clusters.parent[rj] = ri

    def _materialize(self, root: int) -> None:
        """Features for a cluster's members, and its Profile where a replay left it without one
        (a profile's content does not depend on the order its members joined)."""
        if root in self.clusters.profiles:  # a profile is built from its members' features
            return
        members = self._members_of(root)
        if any(self.feats[i] is None for i in members):
            self.load([self.ids[i] for i in members])
        if root in self.lazy:
            del self.lazy[root]
            profile = Profile(self.feats[members[0]])
            for i in members[1:]:
                profile.absorb(Profile(self.feats[i]))
            self.clusters.profiles[root] = profile

    def _id_at(self, i: int) -> str:
        return self.ids[i]

    # leftovers and events ------------------------------------------------------------------------
    def _finish(self, state: State) -> Update:
        live = self.live
        docs = {self.sane[i].doc for i in live}
        self._doc_mates(docs)
        stored = {m for d in docs for m in self.doc_mentions[d]} - self.new_ids
        self.load(stored)
        self.load_clusters(stored)
        involved = set(live) | stored
        # every first-pass cluster with a member in these documents, as it stands at the end
        for m in sorted(stored - live):
            key = self.cluster_of[m]
            self._replay(key, _END)
            involved |= set(self.members[key])
        self.load(involved)
        for m in involved:
            self._materialize(self.clusters.find(self.idx[m]))
        # the leftover pass, again, for these documents' lone mentions (cluster.leftovers)
        clusters, feats = self.clusters, self.feats
        homes: dict[tuple[str, str], set[int]] = {}
        for m in involved:
            i = self.idx[m]
            r = clusters.find(i)
            if r in clusters.profiles:
                homes.setdefault((feats[i].doc, feats[i].family), set()).add(r)
        folds: list[tuple[int, int]] = []
        for m in sorted(live | stored):
            i = self.idx[m]
            f = feats[i]
            if clusters.find(i) != i or i in clusters.profiles or not _bare(f):
                continue
            fits = [r for r in homes.get((f.doc, f.family), ()) if not _told_apart(f, clusters, r)]
            if fits:
                best = min(fits, key=lambda r: (-_fit(f, clusters.profiles[r]), feats[r].id))
                folds.append((i, best))
        # the last run's folds from other documents into the clusters rebuilt here stay
        self.load_data({o for m in involved if m in self.event_of for o in self.event_members[self.event_of[m]]})
        keep: set[tuple[int, int]] = set()
        for m in involved:
            e = self.event_of.get(m)
            if e is None or m in self.folded:
                continue
            for other in self.event_members[e]:
                if other in self.folded and self.sane[other].doc not in docs:
                    keep.add((self.idx[other], clusters.find(self.idx[m])))
        self.load({self._id_at(i) for i, _ in keep})
        for i, root in folds + sorted(keep):
            clusters.fold(i, root)
        # the events: every cluster holding an involved mention
        everyone = involved | {self._id_at(i) for i, _ in keep}
        groups: dict[int, list[int]] = {}
        for m in everyone:
            i = self.idx[m]
            groups.setdefault(clusters.find(i), []).append(i)
        removed = {self.event_of[m] for m in everyone if m in self.event_of}
        for e in removed:  # every member of a dropped event is in a rebuilt one
            for m in self.event_members[e]:
                if m not in everyone:
                    raise AssertionError(f"incremental fusion would lose mention {m} of event {e}")
        memberships = [sorted(feats[i].id for i in members) for members in groups.values()]
        state.edges = [(a, b, s, self.outcome[(a, b)]) for (a, b), s in sorted(self.new_edges.items())]
        state.folds = sorted(feats[i].id for i, _ in folds)
        update = Update(removed_events=removed, state=state, edges_removed=set(self.gone),
                        merged=sorted((a, b, m) for (a, b), m in self.outcome.items()
                                      if (a, b) in self.was_merged and self.was_merged[(a, b)] != m),
                        folds_of=stored | self.new_ids, fused=sorted(self.new_ids), live=len(live))
        update.events = self._render(memberships)
        update.stats = self.stats
        return update

    def _rerender(self, update: Update, persons: set[str]) -> None:
        """The stored events naming a person whose name or spellings the batch changed, built
        again from the same mentions."""
        again = self.src.events_naming(persons) - update.removed_events if persons else set()
        if not again:
            update.loaded = len(self.feats)
            return
        self.load_events(again)
        self.load_data({m for e in again for m in self.event_members[e]})
        update.removed_events |= again
        update.events = sorted(update.events + self._render([sorted(self.event_members[e]) for e in again]),
                               key=lambda e: e.id)
        update.loaded = len(self.feats)

    def _render(self, memberships: list[list[str]]) -> list[Event]:
        roots = {self.roots[k] for ids in memberships for i in ids for ks in name_keys(self.sane[i]) for k in ks}
        wanted = {r for r in roots if stable_id("p-", r) not in self.people.persons}
        if wanted:
            for r, c in self.src.spellings_of_roots(wanted).items():
                self.people.persons[stable_id("p-", r)] = _person(stable_id("p-", r), c)
        events = [_event([(i, self.sane[i]) for i in ids], self.published, self.groups, self.people,
                         [self.original[i] for i in ids]) for ids in memberships]
        return sorted(events, key=lambda e: e.id)
