"""Candidate pairs: only reports that share a block are compared, and whether two reports are a
candidate depends on those two reports alone (never on what else is stored), so that a new batch
can be fused against the stored reports its blocks touch and give what a full re-fuse gives.

Blocks are keyed by type family plus one of: the document, a named person, a bare surname, an
origin country or region, or the family itself for sparse reports (no person, no country).
Inside a block:
- a document's or a person's reports are all compared with each other;
- surname, country and region blocks compare reports whose times come within `block_gap_days`
  of each other (a time is a date's whole extent: a year-only date spans its year; an undated
  report on a dated page spans the year before its page); a report with no time at all (no date,
  no dated page) is compared with every report of the block;
- the family block pairs a sparse report with any report of its family whose time anchor lies
  within `sparse_gap_days`: that is the only way a sparse report can find its event.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from crossings.fuse.features import Features
from crossings.fuse.similarity import W

ALL = "all"  # every pair of the block
NEAR = "near"  # pairs whose times come close (reach)
SPARSE = "sparse"  # pairs of a sparse report and a report anchored close in time
UNDATED_REACH = 365  # an undated report on a dated page: a happening of the year before the page


def block_keys(f: Features) -> list[tuple[tuple, str]]:
    """(block key, how its members pair) for every block the report is in."""
    keys: list[tuple[tuple, str]] = [(("d", f.family, f.doc), ALL)]  # a document's own mentions
    keys += [(("p", f.family, p), ALL) for p in sorted(f.persons | f.relatives)]
    keys += [(("s", f.family, s), NEAR) for s in sorted(f.surnames)]
    if f.country:
        keys.append((("c", f.family, f.country), NEAR))
    elif f.region:
        keys.append((("r", f.family, f.region), NEAR))
    keys.append((("f", f.family), SPARSE))
    return keys


def is_sparse(f: Features) -> bool:
    return not (f.persons or f.relatives or f.country)


def reach(f: Features) -> tuple[int, int] | None:
    """The days (first, last ordinals) the report's time covers; None when it has none."""
    if f.year is not None and 1 <= f.year <= 9999:
        if f.month is None:
            return date(f.year, 1, 1).toordinal(), date(f.year, 12, 31).toordinal()
        first = date(f.year, f.month, 1).toordinal()
        last = (date(f.year + 1, 1, 1) if f.month == 12 else date(f.year, f.month + 1, 1)).toordinal() - 1
        if f.day is not None and first + f.day - 1 <= last:
            return first + f.day - 1, first + f.day - 1
        return first, last
    if f.published is not None:
        return f.published - UNDATED_REACH, f.published
    return None


def near(a: tuple[int, int] | None, b: tuple[int, int] | None, gap: int) -> bool:
    if a is None or b is None:
        return True
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap


def pairs_with(a: Features, b: Features, how: str) -> bool:
    """Whether two reports of one block are a candidate pair: a function of the two alone."""
    if how == ALL:
        return True
    if how == NEAR:
        return near(reach(a), reach(b), W["block_gap_days"])
    if not (is_sparse(a) or is_sparse(b)):
        return False
    return a.anchor is None or b.anchor is None or abs(a.anchor - b.anchor) <= W["sparse_gap_days"]


def candidate_pairs(feats: list[Features]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) worth scoring; a pair may come out more than once."""
    blocks: dict[tuple, list[Features]] = defaultdict(list)
    kinds: dict[tuple, str] = {}
    for f in feats:
        for key, how in block_keys(f):
            blocks[key].append(f)
            kinds[key] = how
    for key, members in blocks.items():
        how = kinds[key]
        if how == ALL:
            yield from (_pair(a, b) for n, a in enumerate(members) for b in members[n + 1:])
        elif how == NEAR:
            yield from _near_pairs(members, W["block_gap_days"])
        else:
            yield from _sparse_pairs(members, W["sparse_gap_days"])


def _near_pairs(members: list[Features], gap: int) -> Iterator[tuple[int, int]]:
    timed = sorted((r, f.index) for f in members if (r := reach(f)) is not None)
    timeless = [f.index for f in members if reach(f) is None]
    for n, (mine, i) in enumerate(timed):
        for theirs, j in timed[n + 1:]:
            if theirs[0] > mine[1] + gap:  # sorted by first day: no later one comes closer
                break
            yield _ordered(i, j)
    everyone = [f.index for f in members]
    for i in timeless:
        yield from (_ordered(i, j) for j in everyone if j != i)


def _sparse_pairs(members: list[Features], gap: int) -> Iterator[tuple[int, int]]:
    timed = sorted((f.anchor, f.index) for f in members if f.anchor is not None)
    days = [d for d, _ in timed]
    timeless = [f for f in members if f.anchor is None]
    for f in members:
        if not is_sparse(f):
            continue
        if f.anchor is None:
            yield from (_ordered(f.index, g.index) for g in members if g is not f)
            continue
        for _, j in timed[bisect_left(days, f.anchor - gap): bisect_right(days, f.anchor + gap)]:
            if j != f.index:
                yield _ordered(f.index, j)
        yield from (_ordered(f.index, g.index) for g in timeless)


def _pair(f: Features, g: Features) -> tuple[int, int]:
    return _ordered(f.index, g.index)


def _ordered(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)
