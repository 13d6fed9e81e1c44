"""Temporal expressions in English and Korean, resolved against a publication or capture date.

    find_dates(text, lang, anchor, anchor_is_capture=False) -> list[TimeMatch]
    resolve_reference(text, lang, published, captured)     -> (reporting date | None, derivation)

Our own rules (data/en.yaml, data/ko.yaml) run instead of dateparser, which gets "on the 4th",
"last August", "October last year", 16일 and 지난해 11월 wrong or not at all.
"""
from __future__ import annotations

from crossings.extract.timex.finder import find_dates
from crossings.extract.timex.model import TimeMatch
from crossings.extract.timex.reference import resolve_reference

__all__ = ["TimeMatch", "find_dates", "resolve_reference"]
