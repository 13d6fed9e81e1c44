"""Wire-copy groups: near-duplicate documents are one source, whatever order they arrived in."""
from __future__ import annotations


def wire_groups(duplicate_of: dict[str, str | None]) -> dict[str, str]:
    """Map each document to its group's canonical document: the smallest id among those linked
    by duplicate_of. Ingest links a copy to whichever original arrived first; taking the
    smallest id of the whole group makes the answer independent of that order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc, original in sorted(duplicate_of.items()):
        find(doc)
        if original:
            a, b = find(doc), find(original)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {doc: find(doc) for doc in duplicate_of}
