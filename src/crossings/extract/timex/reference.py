"""resolve_reference: the date a document reports from, to anchor its relative dates."""
from __future__ import annotations


def resolve_reference(text: str, lang: str, published: str | None,
                      captured: str | None) -> tuple[str | None, str]:
    if published:
        return published[:10], "published"
    if captured:
        return captured[:10], "anchor:capture"
    return None, "unknown"
