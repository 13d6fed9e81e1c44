"""Clustering again after a batch, looking only at the stored events the batch's changes reach.

Greedy clustering (cluster.py) is a sequence of decisions in the order of the pairs, each a
function of the two clusters a pair joins at that moment. After a batch, a cluster differs from
the earlier run's once it holds a new or re-read report, once a decision about it came out
otherwise, or once a pair it merged along is gone. Decisions between clusters that do not differ
keep their recorded outcome, so a stored event enters only when a pair ties it to a cluster that
differs; it then enters as it stood at that moment (its own recorded merges before that point).
Leftovers (cluster.leftovers) are decided again for every document whose events entered.
"""
from __future__ import annotations

import heapq
from dataclasses import replace

from crossings.fuse.cluster import Clusters, leftovers
from crossings.fuse.features import Features

Key = tuple[float, str, str]  # (-score, id, id): the order of clustering


class Replay:
    """One replay over a Fusion's stored state (incremental.Fusion)."""

    def __init__(self, state, again: set[str], new_pairs: list[Key], gone: list[Key]):
        self.state = state
        self.clusters = Clusters([])
        self.local: dict[str, int] = {}
        self.entered: set[str] = set()  # stored events that entered
        self.differs: set[int] = set()  # roots of clusters unlike the earlier run's
        self.decided: dict[tuple[str, str], bool] = {}
        self.queue: list[tuple[Key, int]] = []  # (key, 0 for a gone pair, 1 for a live one)
        self.done: set[tuple[str, str]] = set()
        self.known = {(a, b): True for _, a, b in gone if state.decided.get((a, b))}
        for key in gone:
            if key[1:] in self.known:
                heapq.heappush(self.queue, (key, 0))
        for key in new_pairs:
            heapq.heappush(self.queue, (key, 1))
        for i in sorted(again):
            if i in state.event_of:
                self._enter(state.event_of[i], None)
        for i in sorted(again):
            self.differs.add(self._place(i))

    def run(self) -> list[list[Features]]:
        while self.queue:
            key, live = heapq.heappop(self.queue)
            if live:
                self._decide(key)
            else:  # an earlier merge along a pair that is gone: its clusters now differ
                self.differs.update(self.clusters.find(self.local[i]) for i in key[1:] if i in self.local)
        self._settle_documents()
        for i, root in leftovers(self.clusters):
            self.clusters.fold(i, root)
        return self.clusters.groups()

    def _decide(self, key: Key) -> None:
        _, a, b = key
        if (a, b) in self.done:
            return
        self.done.add((a, b))
        old = self.state.decided.get((a, b))
        roots = [self.clusters.find(self.local[i]) if i in self.local else None for i in (a, b)]
        if old is not None and not any(r in self.differs for r in roots if r is not None):
            if old:  # both ends in one stored event, which entered whole
                self.clusters.join(self.local[a], self.local[b])
            self.decided[(a, b)] = old
            return
        for i in (a, b):
            if i not in self.local:
                self._enter(self.state.event_of[i], key)
        i, j = self.local[a], self.local[b]
        merged = self.clusters.try_merge(i, j)
        self.decided[(a, b)] = merged
        if merged or old:
            self.differs.update((self.clusters.find(i), self.clusters.find(j)))

    def _enter(self, event_id: str, now: Key | None) -> None:
        """A stored event enters as it stood at `now`: its recorded merges before then are
        replayed, its pairs after then queued."""
        if event_id in self.entered:
            return
        self.entered.add(event_id)
        state = self.state
        members = [m.id for m in state.events[event_id].mentions]
        for i in members:
            self._place(i)
        keys = sorted({(-state.pairs[k], *k) for i in members for k in state.pairs_of.get(i, ())})
        for key in keys:
            if now is not None and key <= now:
                if key[1:] not in self.done and state.decided.get(key[1:]) and key[1] in self.local \
                        and key[2] in self.local:
                    self.done.add(key[1:])
                    self.decided[key[1:]] = True
                    self.clusters.join(self.local[key[1]], self.local[key[2]])
            else:
                heapq.heappush(self.queue, (key, 1))

    def _place(self, i: str) -> int:
        if i not in self.local:
            n = len(self.clusters.feats)
            f = self.state.feats[i]
            self.clusters.feats.append(f if f.index == n else replace(f, index=n))
            self.clusters.parent.append(n)
            self.local[i] = n
        return self.local[i]

    def _settle_documents(self) -> None:
        """Leftovers fold into a report's own document's events: every event of a document
        whose reports entered must be there, as it stands after the pairs."""
        seen: set[tuple[str, str]] = set()
        todo = list(self.local)
        while todo:
            i = todo.pop()
            f = self.state.feats[i]
            if (f.doc, f.family) in seen:
                continue
            seen.add((f.doc, f.family))
            for j in sorted(self.state.in_doc.get(f.doc, ())):
                e = self.state.event_of.get(j)
                if j not in self.local and e is not None and self.state.feats[j].family == f.family \
                        and e not in self.entered:
                    before = set(self.local)
                    self._enter(e, (float("inf"), "", ""))
                    self._drain()
                    todo += [k for k in self.local if k not in before]

    def _drain(self) -> None:
        """An event entered whole after the pairs: nothing it touches differs, so only its own
        recorded merges apply (they are queued; the others keep their outcome)."""
        while self.queue:
            key, live = heapq.heappop(self.queue)
            if live:
                self._decide(key)
