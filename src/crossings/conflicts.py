"""Where sources disagree, as people read it: each value, how many sources give it, and which
outlets. Fusion (fuse/canonical.py) and review (edits.py) both store conflicts in one shape,
{field: [{"value", "mentions", "docs"}]}; this turns that shape into rows for the CLI and the web.
"""
from __future__ import annotations

from dataclasses import dataclass

from crossings.document import Document
from crossings.events import Event


@dataclass(frozen=True)
class ConflictRow:
    value: str
    sources: int  # documents that give this value
    outlets: tuple[str, ...]  # their outlets (a document's id where its outlet is unknown)


def conflict_rows(event: Event, documents: dict[str, Document] | None = None) -> dict[str, list[ConflictRow]]:
    documents = documents or {}
    out: dict[str, list[ConflictRow]] = {}
    for name, values in event.conflicts.items():
        rows = []
        for v in values:
            entry = v if isinstance(v, dict) else {"value": v, "docs": []}  # a record stored before one shape
            docs = entry.get("docs") or []
            outlets = sorted({(documents[d].outlet if d in documents and documents[d].outlet else d) for d in docs})
            rows.append(ConflictRow(str(entry.get("value")), len(docs), tuple(outlets)))
        out[name] = rows
    return out
