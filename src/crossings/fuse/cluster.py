"""Clustering: strongest pairs first, each merge checked against both clusters' consensus.

Greedy agglomeration over the scored pairs, in an order fixed by content alone (score, then the
two mention ids), so the clusters are a pure function of the set of mentions. Two clusters never
merge when they share a document (extraction gives one mention per happening per document), nor
when their consensus values conflict (the profile check catches chains A~B~C where A and C differ),
nor, for events that name no one, when a member of one contradicts a member of the other or their
members disagree on average (Clusters._contradicted: a majority must not hide a member it
contradicts, nor one vague member chain two happenings).
A document may sit in both clusters only where its two mentions are plainly one happening (one
names Jo Song-gil as vanished, the other as defected), which takes a high score (duplicate_in_doc).
A mention still alone after that pass, with no date and no head count of its own, folds into its
own document's event of the same family unless a name, a head count or a stated year tells them
apart (leftovers): an article's bare restatement with one misread field is the same happening, not
a second one reported by no one else. A lone mention that dates or counts its people stays its own.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from crossings.fuse.features import Features
from crossings.fuse.similarity import W, same_name, score

_SETS = ("persons", "sounds", "relatives", "surnames", "all_surnames", "kinds")
PLACED = frozenset(W["placed_types"])  # types whose identity is their place
_VOTED = ("type", "country", "city", "region", "continents", "count", "destination", "measure")


class Profile:
    """A cluster's consensus: unions of names and roles, vote tallies for single-valued fields.
    Merging adds the smaller cluster's tallies into the larger's."""

    def __init__(self, f: Features):
        self.members = [f.index]
        self.docs = {f.doc}
        for name in _SETS:
            setattr(self, name, set(getattr(f, name)))
        self.tallies: dict[str, dict[Any, int]] = {}
        for name in _VOTED:
            value = getattr(f, name)
            self.tallies[name] = {value: 1} if value else {}
        # dates read off a report's clock are tallied apart: they speak only where nothing else does
        clock = "report_" if f.date_is_report else ""
        self.tallies["year"], self.tallies["report_year"] = {}, {}
        self.tallies["month_of_year"], self.tallies["report_month_of_year"] = {}, {}
        if f.year is not None:
            self.tallies[clock + "year"][f.year] = 1
        if f.month:
            self.tallies[clock + "month_of_year"][(f.year, f.month)] = 1
        self.tallies["roles"] = {r: 1 for r in f.roles}
        self.anchors = [f.anchor] if f.anchor is not None else []
        self.span = f.span  # the days every member's date allows (features.time_span)
        self._view: _View | None = None

    def absorb(self, other: "Profile") -> None:
        self.members += other.members
        self.docs |= other.docs
        for name in _SETS:
            getattr(self, name).update(getattr(other, name))
        for name, tally in other.tallies.items():
            mine = self.tallies[name]
            for value, n in tally.items():
                mine[value] = mine.get(value, 0) + n
        self.anchors += other.anchors
        self.span = _common(self.span, other.span)
        self._view = None

    def view(self) -> "_View":
        if self._view is None:
            self._view = _View(self)
        return self._view


class _View:
    """The consensus as the attribute set `similarity.score` reads."""

    def __init__(self, p: Profile):
        for name in _SETS:
            setattr(self, name, p.persons if name == "persons" else getattr(p, name))
        for name in _VOTED:
            setattr(self, name, _top(p.tallies[name]))
        self.continents = self.continents or frozenset()
        # the roles most reports give, not every role any report gave: one stray "official"
        # must not make a cluster compatible with everyone
        roles = p.tallies["roles"]
        top = max(roles.values(), default=0)
        self.roles = frozenset(r for r, n in roles.items() if 2 * n >= top)
        clock = "" if p.tallies["year"] else "report_"
        self.year = _top(p.tallies[clock + "year"])
        ym = _top(p.tallies[clock + "month_of_year"])
        self.month = ym[1] if ym and ym[0] == self.year else None
        self.day = None
        self.date_weak = self.date_is_report = bool(clock) and self.year is not None
        self._anchors = p.anchors

    @property
    def anchor(self) -> int | None:
        """The median time anchor; only undated comparisons ask, so it is computed on demand."""
        if not self._anchors:
            return None
        return sorted(self._anchors)[len(self._anchors) // 2]


def _top(tally: dict[Any, int]) -> Any:
    """The most frequent value; ties go to the smallest, so the view is order-free."""
    if not tally:
        return None
    return min(tally.items(), key=lambda kv: (-kv[1], _order(kv[0])))[0]


def _order(value: Any) -> str:
    return str(sorted(value)) if isinstance(value, frozenset) else str(value)


class Clusters:
    """Union-find over mentions; a Profile exists only for clusters of two or more."""

    def __init__(self, feats: list[Features]):
        self.feats = feats
        self.parent = list(range(len(feats)))
        self.profiles: dict[int, Profile] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _members(self, root: int) -> list[int]:
        p = self.profiles.get(root)
        return p.members if p else [root]

    def _docs(self, root: int) -> set[str]:
        p = self.profiles.get(root)
        return p.docs if p else {self.feats[root].doc}

    def try_merge(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        shared = self._docs(ri) & self._docs(rj)
        if any(not self._duplicates(ri, rj, doc) for doc in sorted(shared)):
            return False
        pi, pj = self.profiles.get(ri), self.profiles.get(rj)
        if W["member_conflicts"] and not _named(pi or self.feats[ri]) and not _named(pj or self.feats[rj]) \
                and self._contradicted(ri, rj):
            return False
        if W["check_spans"] and _time_clash(self._span(ri), self._span(rj)) \
                and not same_name(pi or self.feats[ri], pj or self.feats[rj]):
            return False
        if pi or pj:
            agreed = score(pi.view() if pi else self.feats[ri], pj.view() if pj else self.feats[rj])
            if agreed is None or agreed < W["profile_merge"]:
                return False
        if len(self._members(ri)) < len(self._members(rj)):
            ri, rj, pi, pj = rj, ri, pj, pi
        big = pi or Profile(self.feats[ri])
        big.absorb(pj or Profile(self.feats[rj]))
        self.profiles[ri] = big
        self.profiles.pop(rj, None)
        self.parent[rj] = ri
        return True

    def _contradicted(self, ri: int, rj: int) -> bool:
        """Some member of one event contradicts some member of the other outright (another origin
        country, another year or day of the year) or scores below member_floor with it, or the
        members of the two agree on average less than member_mean (average linkage: the pair that
        links them may run through one vague report, "a civilian from Haeju", that fits any boat of
        the coast while the rest disagree): conflicts are checked against every member, not only
        the consensus. Reports of one document are left to the document check."""
        mine, theirs = self._members(ri), self._members(rj)
        floor = W["member_floor"]
        total, n = 0.0, 0
        for a in mine:
            for b in theirs:
                if self.feats[a].doc == self.feats[b].doc:
                    continue
                s = score(self.feats[a], self.feats[b])
                if s is None or (floor is not None and s < floor):
                    return True
                total, n = total + s, n + 1
        return W["member_mean"] is not None and n > 1 and total / n < W["member_mean"]

    def fold(self, i: int, root: int) -> None:
        """Put report i, alone so far, into the cluster at root, without the merge checks."""
        self.profiles[root].absorb(Profile(self.feats[i]))
        self.parent[i] = root

    def _span(self, root: int) -> tuple[int, int] | None:
        p = self.profiles.get(root)
        return p.span if p else self.feats[root].span

    def _duplicates(self, ri: int, rj: int, doc: str) -> bool:
        """Whether the two clusters' mentions from one document are plainly one happening."""
        mine = [self.feats[k] for k in self._members(ri) if self.feats[k].doc == doc]
        theirs = [self.feats[k] for k in self._members(rj) if self.feats[k].doc == doc]
        return any(_same_in_doc(a, b) for a in mine for b in theirs)

    def groups(self) -> list[list[Features]]:
        roots = {self.find(i) for i in range(len(self.feats))}
        return [[self.feats[k] for k in sorted(self._members(r))] for r in sorted(roots)]


def _named(x: "Profile | Features") -> bool:
    """An event that names someone: its name, not its members' every detail, tells it apart."""
    return bool(x.persons or x.relatives or x.all_surnames)


def _time_clash(mine: tuple[int, int] | None, theirs: tuple[int, int] | None) -> bool:
    """No day lies in the spans of every member of both clusters."""
    return bool(mine and theirs) and max(mine[0], theirs[0]) > min(mine[1], theirs[1])


def _common(mine: tuple[int, int] | None, theirs: tuple[int, int] | None) -> tuple[int, int] | None:
    """The days every member allows (first > last once a shared name joined a contradiction)."""
    if not (mine and theirs):
        return mine or theirs
    return max(mine[0], theirs[0]), min(mine[1], theirs[1])


def restates(a: Features, b: Features) -> bool:
    """a says nothing b does not: every field a fills, b fills alike (a vaguer restatement of the
    same happening, as "the workers" after "13 restaurant workers fled Ningbo in April")."""
    if a.type != b.type or not (b.persons >= a.persons and b.relatives >= a.relatives and b.roles >= a.roles):
        return False
    pairs = ((a.country, b.country), (a.city, b.city), (a.count, b.count), (a.destination, b.destination),
             (a.year, b.year), (a.month, b.month))
    return all(x is None or x == y for x, y in pairs) and a.surnames <= b.all_surnames


def _same_in_doc(a: Features, b: Features) -> bool:
    """Two mentions of one document are one happening only when plainly so: a high score, or
    a report of relatives only beside the principal they accompany (a family is one event)."""
    s = score(a, b)
    if s is None:
        return False
    if s >= W["duplicate_in_doc"] or restates(a, b) or restates(b, a):
        return True
    relatives_only = lambda f: f.kinds == frozenset({"relative"})
    family = (relatives_only(a) and "principal" in b.kinds) or (relatives_only(b) and "principal" in a.kinds)
    if not family or a.type != b.type:
        return False
    unpenalised = s - (W["role_disjoint"] if a.kinds.isdisjoint(b.kinds) else 0.0)
    return unpenalised >= W["family_in_doc"]


def cluster(feats: list[Features], pairs: list[tuple[float, str, str, int, int]]) -> list[list[Features]]:
    """Merge along pairs sorted by (-score, id, id); a same-document pair is a plain duplicate.
    Then each report left alone folds into its own document's event of the same family, where
    nothing plainly tells them apart (see leftovers)."""
    return clustered(feats, pairs)[0].groups()


def clustered(feats: list[Features], pairs: list[tuple[float, str, str, int, int]]
              ) -> tuple[Clusters, dict[tuple[str, str], bool], list[tuple[int, int]]]:
    """cluster's work, with what an incremental fusion keeps of it: whether each pair (by ids)
    made a merge, and the leftovers folded."""
    clusters = Clusters(feats)
    merged = {(a, b): clusters.try_merge(i, j) for _, a, b, i, j in sorted(pairs)}
    folds = leftovers(clusters)
    for i, root in folds:
        clusters.fold(i, root)
    return clusters, merged, folds


def leftovers(clusters: Clusters) -> list[tuple[int, int]]:
    """(report, cluster root) for each report no other report joined whose document tells its
    happening in an event of several reports: an article's second mention that matches nothing
    elsewhere is its own story told again with a field misread by proximity (a place, a role),
    not a happening no other outlet reported. Decided on the first pass's clusters, so the
    result does not depend on the order of folding."""
    feats = clusters.feats
    homes: dict[tuple[str, str], set[int]] = {}
    for root, profile in clusters.profiles.items():
        for k in profile.members:
            homes.setdefault((feats[k].doc, feats[k].family), set()).add(root)
    out = []
    for i, f in enumerate(feats):
        if clusters.find(i) != i or i in clusters.profiles or not _bare(f):
            continue
        fits = [r for r in sorted(homes.get((f.doc, f.family), ())) if not _told_apart(f, clusters, r)]
        if fits:
            best = max(fits, key=lambda r: (_fit(f, clusters.profiles[r]), -r))
            out.append((i, best))
    return out


def _bare(f: Features) -> bool:
    """A report with nothing of its own to be told apart by: no date of its own, no head count."""
    return f.count is None and (f.year is None or f.date_weak)


def _fit(f: Features, profile: Profile) -> float:
    """How well a leftover fits an event; where its country clashes, as misread, without it."""
    s = score(f, profile.view())
    if s is None:
        s = score(replace(f, country=None, continents=frozenset()), profile.view())
    return float("-inf") if s is None else s


def _told_apart(f: Features, clusters: Clusters, root: int) -> bool:
    """What marks two mentions of one article as two happenings: another named person, another
    head count, another stated year (a date read off the report's clock says nothing here)."""
    mates = [clusters.feats[k] for k in clusters.profiles[root].members if clusters.feats[k].doc == f.doc]
    return any(_apart(f, m) for m in mates)


def _apart(a: Features, b: Features) -> bool:
    if a.type in PLACED and a.country and b.country and a.country != b.country:
        return True  # each closed mission is its own event: its host country is what it is
    if (a.persons or a.surnames) and not (a.persons <= b.persons and a.surnames <= b.all_surnames):
        return True
    if a.count and b.count and (a.count > 1 or b.count > 1) and max(a.count, b.count) / min(a.count, b.count) > W["close_ratio"]:
        return True
    strong = lambda x: x.year is not None and not (x.date_weak or x.date_is_report)
    return strong(a) and strong(b) and a.year != b.year
