"""Candidate pairs: only reports that share a block are compared, so cost grows with n, not n².

Blocks are keyed by type family plus one of: a named person, an origin country, an origin region,
or nothing (reports with neither a person nor a place). Inside a block, reports are ordered by
their time anchor and each is paired with its next `neighbours` (the sorted-neighbourhood method),
so a block as large as "defections from China" still costs n × neighbours comparisons.
Undated reports get a second pass, ordered by what they describe rather than by time.
Reports with no person and no place are also paired with their neighbours among all reports of
the family, by time and by what they describe: that is the only way a sparse report can find its
event.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from crossings.fuse.features import Features

_LAST = 10**9  # undated and unpublished reports sort last


def block_keys(f: Features) -> list[tuple]:
    keys: list[tuple] = [("d", f.family, f.doc)]  # a document's own mentions: duplicates, families
    keys += [("p", f.family, p) for p in sorted(f.persons | f.relatives)]
    keys += [("s", f.family, s) for s in sorted(f.surnames)]
    if f.month and f.day:  # its day of the year: "Dec. 21" on an undated page finds "Dec. 21, 2014"
        keys.append(("md", f.family, f.month, f.day))
    if f.country:
        keys.append(("c", f.family, f.country))
    elif f.region:
        keys.append(("r", f.family, f.region))
    return keys


def is_sparse(f: Features) -> bool:
    return not (f.persons or f.relatives or f.country)


def candidate_pairs(feats: list[Features], neighbours: int) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) worth scoring; a pair may come out more than once."""
    blocks: dict[tuple, list[Features]] = defaultdict(list)
    families: dict[str, list[Features]] = defaultdict(list)
    for f in feats:
        for key in block_keys(f):
            blocks[key].append(f)
        families[f.family].append(f)
    for members in blocks.values():
        yield from _window(_ordered(members), neighbours)
        yield from _undated_window(members, neighbours)
    for members in families.values():
        yield from _sparse_window(_ordered(members), neighbours)
        yield from _sparse_window(_described(members), neighbours)


def _ordered(members: list[Features]) -> list[Features]:
    return sorted(members, key=lambda f: (f.anchor if f.anchor is not None else _LAST, f.id))


def _window(ordered: list[Features], k: int) -> Iterator[tuple[int, int]]:
    for pos, f in enumerate(ordered):
        for g in ordered[pos + 1 : pos + 1 + k]:
            yield _pair(f, g)


def _described(members: list[Features]) -> list[Features]:
    """Reports ordered by what they describe rather than when: city, head count, roles."""
    return sorted(members, key=lambda f: (f.city or "", f.count or 0, sorted(f.roles), f.id))


def _undated_window(members: list[Features], k: int) -> Iterator[tuple[int, int]]:
    """Undated reports have no place on the time line, so the first pass pairs them only with
    each other; a second pass orders the block by what the reports describe (city, head count,
    roles) and pairs each undated report with its neighbours in that order."""
    if all(f.year is not None for f in members):
        return
    ordered = _described(members)
    for pos, f in enumerate(ordered):
        if f.year is None:
            for g in ordered[max(0, pos - k) : pos] + ordered[pos + 1 : pos + 1 + k]:
                yield _pair(f, g)


def _sparse_window(ordered: list[Features], k: int) -> Iterator[tuple[int, int]]:
    for pos, f in enumerate(ordered):
        if not is_sparse(f):
            continue
        for g in ordered[max(0, pos - k) : pos]:
            yield _pair(f, g)
        for g in ordered[pos + 1 : pos + 1 + k]:
            yield _pair(f, g)


def _pair(f: Features, g: Features) -> tuple[int, int]:
    return (f.index, g.index) if f.index < g.index else (g.index, f.index)
