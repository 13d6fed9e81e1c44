"""A control measure's kind (codebook measure_kinds) from the words that told it.

Each language keeps its own words (extract/lexicons/<lang>/measures.yaml); fusion reads only the
kind, never the words: one order to shoot told by many pages is one event, and it is not the
surveillance of the same year.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from crossings.codebook import MEASURE_KINDS
from crossings.events import Mention

LEXICONS = Path(__file__).resolve().parent / "lexicons"


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    path = LEXICONS / lang / "measures.yaml"
    if not path.exists():
        return ()
    words = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = set(words) - set(MEASURE_KINDS)
    if unknown:
        raise ValueError(f"{path}: kinds not in the codebook's measure_kinds: {', '.join(sorted(unknown))}")
    return tuple((kind, re.compile("|".join(f"(?:{p})" for p in words[kind]), re.IGNORECASE))
                 for kind in MEASURE_KINDS if kind in words)


def measure_kind(m: Mention, lang: str) -> str | None:
    """The kind of a control measure by the words of its type evidence; None for other types or
    words no kind names."""
    if m.type != "control_measure":
        return None
    told = " ".join(e.quote for e in m.evidence if e.field == "type")
    return next((kind for kind, pattern in _patterns(lang) if pattern.search(told)), None)


def set_measures(mentions: list[Mention], lang: str) -> list[Mention]:
    for m in mentions:
        m.measure = measure_kind(m, lang)
    return mentions
