"""The English lexicons (YAML beside the extractor, in extract/lexicons/en) as compiled patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent / "lexicons" / "en"


def load(name: str) -> Any:
    with open(DATA / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def alternation(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of the patterns as whole words."""
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


PART = re.compile(r"\{([A-Z_]+)\}")  # {LINE}; a quantifier such as {0,7} has no capitals


def with_parts(triggers: dict[str, dict[str, list[str]]], parts: dict[str, list[str]]
               ) -> dict[str, dict[str, list[str]]]:
    """The trigger patterns with each {PART} replaced by the alternation of its words
    (trigger_parts.yaml), so a list shared by several patterns (the lines people cross, the ways
    they move) is written once."""
    fill = lambda m: "(?:" + "|".join(parts[m.group(1)]) + ")"
    return {etype: {kind: [PART.sub(fill, p) for p in pats] for kind, pats in kinds.items()}
            for etype, kinds in triggers.items()}


@dataclass(frozen=True)
class TriggerPattern:
    type: str
    kind: str  # verb / noun / person
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerPattern, ...]
    prefilter: re.Pattern[str]
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    official: tuple[tuple[str, re.Pattern[str]], ...]
    media: tuple[tuple[str, re.Pattern[str]], ...]
    cues: dict[str, re.Pattern[str]]
    modals: frozenset[str]
    closure_modals: frozenset[str]
    governors: frozenset[str]
    negation: frozenset[str]
    numbers: dict[str, int]
    personnel_roles: frozenset[str]
    surnames: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw_triggers = with_parts(load("triggers"), load("trigger_parts"))
    triggers = tuple(
        TriggerPattern(etype, kind, alternation(pats))
        for etype, kinds in raw_triggers.items()
        for kind, pats in kinds.items()
    )
    every = [p for kinds in raw_triggers.values() for pats in kinds.values() for p in pats]
    cues = load("cues")
    sources = load("sources")
    lists = {k for k, v in cues.items() if isinstance(v, list) and k not in ("generic", "personnel_roles")}
    compiled = {k: alternation(cues[k]) for k in lists}
    compiled["generic"] = re.compile("|".join(f"(?:{p})" for p in cues["generic"]), re.IGNORECASE)
    return Lexicon(
        triggers=triggers,
        prefilter=alternation(every),
        roles=tuple((role, alternation(pats)) for role, pats in load("roles").items()),
        official=tuple((name, alternation(pats)) for name, pats in sources["official"].items()),
        media=tuple((name, alternation(pats)) for name, pats in sources["media"].items()),
        cues=compiled,
        modals=frozenset(cues["modals"]),
        closure_modals=frozenset(cues["closure_modals"]),
        governors=frozenset(cues["infinitive_event_governors"]),
        negation=frozenset(cues["negation"]),
        numbers=load("numbers")["words"],
        personnel_roles=frozenset(cues["personnel_roles"]),
        surnames=frozenset(load("names")["surnames"]),
    )
