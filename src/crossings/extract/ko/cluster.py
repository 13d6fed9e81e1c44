"""Frames of one document -> happenings (clusters), one per type and identity.

Identity is, in order of trust: a person's name, the origin country (or region), the group size.
Named frames open happenings first; frames with a place or a count then join the happening they
match or open their own; frames that say neither join the document's first happening of their
type (the one the headline is about). Sibling clauses of one sentence never share a happening,
and a clause that says "또 다른" (another) joins only one it positively matches.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from crossings.extract.ko.fields import vague
from crossings.extract.ko.frames import Frame
from crossings.extract.places import region_of, within


@dataclass
class Cluster:
    type: str
    frames: list[Frame] = field(default_factory=list)
    # statuses stated about it in sentences with no trigger ("통일부는 이에 대해 확인해 줄 수 없다")
    statements: list[tuple[str, tuple[int, int]]] = field(default_factory=list)

    @property
    def order(self) -> int:
        return min(f.order for f in self.frames)

    @property
    def background(self) -> bool:
        return all(f.background for f in self.frames)

    @property
    def names(self) -> set[str]:
        return {n for f in self.frames for n in f.found.names}

    @property
    def countries(self) -> set[str]:
        return {f.country for f in self.frames if f.country}

    @property
    def regions(self) -> set[str]:
        return {f.region for f in self.frames if f.region}

    @property
    def counts(self) -> set[int]:
        return {f.count for f in self.frames if f.count and f.count > 1}

    @property
    def years(self) -> set[str]:
        return {year for f in self.frames for year in _explicit_year(f)}


def _siblings(c: Cluster, f: Frame) -> bool:
    return any(g.group == f.group and g.part != f.part for g in c.frames)


def _conflict(c: Cluster, f: Frame) -> bool:
    if _siblings(c, f):
        return True
    if c.names and f.found.names:
        return not (c.names & set(f.found.names))
    if f.country and c.countries and f.country not in c.countries:
        return True
    if f.country and not c.countries and c.regions:
        return not any(within(region_of(f.country), r) for r in c.regions)
    if f.region and c.regions and not any(within(r, f.region) or within(f.region, r) for r in c.regions):
        return True  # (a continent holds its parts: "아시아" and the Southeast Asia of Brunei)
    if f.count and f.count > 1 and c.counts and f.count not in c.counts:
        return True
    years = _explicit_year(f)
    if years and c.years and not years & c.years:
        return True
    return _months_apart(c, f)


def _month_index(f: Frame) -> int | None:
    d = f.dates[0] if f.dates else None
    if d is None or not d.value or len(d.value) < 7 or vague(d):
        return None
    return int(d.value[:4]) * 12 + int(d.value[5:7])


def _months_apart(c: Cluster, f: Frame) -> bool:
    """"지난해 11월 A가 …, 지난해 7월에는 B가 …": months this far apart are two happenings
    (contact, escape and arrival of one defection fall within a season)."""
    mine = _month_index(f)
    theirs = [m for m in (_month_index(g) for g in c.frames) if m is not None]
    return mine is not None and bool(theirs) and min(abs(mine - t) for t in theirs) > 3


def _explicit_year(f: Frame) -> set[str]:
    """The year a frame's own words state (relative dates are too soft to split happenings)."""
    return {d.value[:4] for d in f.dates[:1] if d.value and d.derivation == "explicit"}


def _matches(c: Cluster, f: Frame) -> int:
    """How positively f matches c (0: merely no conflict)."""
    score = 4 * bool(c.names & set(f.found.names))
    score += 2 * bool(f.country and f.country in c.countries)
    score += bool(f.region and (f.region in c.regions or (bool(c.countries) and all(
        within(region_of(x), f.region) for x in c.countries))))
    score += bool(f.count and f.count in c.counts)
    return score


def _place(clusters: list[Cluster], f: Frame) -> Cluster | None:
    """The happening f belongs to, or None (then f opens its own, if it may)."""
    fits = [(c, _matches(c, f)) for c in clusters if c.type == f.type and not _conflict(c, f)]
    positive = [(c, s) for c, s in fits if s > 0]
    if f.region and not f.country:
        # a region joins a country's happening only when one happening lies in that region
        positive = [(c, s) for c, s in positive if c.regions or len(positive) == 1]
    if positive:
        return max(positive, key=lambda cs: (cs[1], -cs[0].order))[0]
    if f.another or f.background or not fits:
        return None  # a precedent cited in passing is not the story's own happening
    if f.country or f.region or (f.count and f.count > 1):
        # a place joins a happening that names no place only when it is the only candidate
        bare = [c for c, _ in fits if not c.countries and not c.regions]
        return bare[0] if len(fits) == 1 and bare else None
    # the document's first happening, preferring one it reports over one it cites in passing
    return min((c for c, _ in fits), key=lambda c: (c.background, c.order))


def cluster_frames(frames: list[Frame]) -> list[Cluster]:
    frames = _absorb_into_repatriation(frames)
    clusters: list[Cluster] = []
    named = [f for f in frames if f.strong and f.found.names]
    placed = [f for f in frames if f.strong and not f.found.names and (f.country or f.region or f.count)]
    first = {id(f) for f in named + placed}
    rest = [f for f in frames if id(f) not in first]
    for group, may_open in ((named, True), (placed, True), (rest, False)):
        for f in sorted(group, key=lambda f: f.order):
            target = _place(clusters, f)
            if target is not None:
                target.frames.append(f)
            elif may_open or f.strong:
                clusters.append(Cluster(f.type, [f]))
    return _resolve_disappearances(clusters)


def _absorb_into_repatriation(frames: list[Frame]) -> list[Frame]:
    """People who fled and were sent back: their flight, told in the sentence that reports the
    return, is part of the repatriation story, not a defection of its own."""
    returned = {f.group for f in frames if f.type == "repatriation"}
    return [f for f in frames if not (f.type == "defection" and f.group in returned)]


def _resolve_disappearances(clusters: list[Cluster]) -> list[Cluster]:
    """A disappearance that matches a defection of the same document (same person or same
    posting) is part of it (codebook: a disappearance later resolved becomes the defection).
    Whether another page resolves it is fusion's question, not this page's."""
    defections = [c for c in clusters if c.type == "defection"]
    out: list[Cluster] = []
    for c in sorted(clusters, key=lambda c: c.order):
        target = None
        if c.type == "disappearance" and defections:
            target = next((d for d in defections if d is not c and _same_happening(d, c)), None)
            if target is None and not (c.names or c.countries or c.regions):
                target = min(defections, key=lambda d: d.order)  # "they too vanished": the defectors
        if target is not None:
            for f in c.frames:
                f.type = "defection"
            target.frames.extend(c.frames)
        else:
            out.append(c)
    # a defection may have absorbed a named disappearance: names and order changed, merge twins
    return _merge_same_names(out)


def _same_happening(d: Cluster, c: Cluster) -> bool:
    if d.names and c.names:
        return bool(d.names & c.names)
    if c.countries and c.countries <= d.countries:
        return True
    # "a diplomat vanished … the diplomat has arrived in Seoul": one person, told twice
    placeless = not (d.countries or d.regions)
    return placeless and bool(_principal_roles(d) & _principal_roles(c))


def _principal_roles(c: Cluster) -> set[str]:
    return {s.role for f in c.frames for s in f.found.subjects if s.role and s.role != "family_member"}


def _merge_same_names(clusters: list[Cluster]) -> list[Cluster]:
    out: list[Cluster] = []
    for c in clusters:
        twin = next((o for o in out if o.type == c.type and o.names and o.names & c.names), None)
        if twin is None:
            out.append(c)
        else:
            twin.frames.extend(c.frames)
    return out
