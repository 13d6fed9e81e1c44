"""Wire-copy groups: near-duplicate documents are one source, whatever order they arrived in."""
from __future__ import annotations

from crossings.fuse.disjoint import Groups


def wire_groups(duplicate_of: dict[str, str | None]) -> dict[str, str]:
    """Map each document to its group's canonical document: the smallest id among those linked
    by duplicate_of. Ingest links a copy to whichever original arrived first; taking the
    smallest id of the whole group makes the answer independent of that order."""
    groups = Groups()
    for doc, original in sorted(duplicate_of.items()):
        groups.find(doc)
        if original:
            groups.join(doc, original)
    return {doc: groups.find(doc) for doc in duplicate_of}
