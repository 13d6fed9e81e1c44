"""The per-language rule sets (data/en.yaml, data/ko.yaml), compiled once per process."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from crossings.extract.timex.groups import norm

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Rule:
    name: str
    resolve: str  # name of a function in resolvers.py
    pattern: re.Pattern[str]
    needs: str | None = None  # a gate that must match the text for the rule to run


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    vocab: dict[str, Any]  # the YAML minus its rules: months, weekdays, offsets, ...
    gates: dict[str, re.Pattern[str]]

    def open_gates(self, text: str) -> set[str]:
        return {name for name, gate in self.gates.items() if gate.search(text)}


@lru_cache(maxsize=None)
def ruleset(lang: str) -> RuleSet:
    with open(DATA / f"{'ko' if lang == 'ko' else 'en'}.yaml", encoding="utf-8") as f:
        data = yaml.safe_load(f)
    holders = {**_name_placeholders(data), **data.get("placeholders", {})}
    rules = tuple(_compile(r, holders, lang != "ko") for r in data.pop("rules"))
    gates = {k: re.compile(_expand(g, holders), re.IGNORECASE) for k, g in data.pop("gates", {}).items()}
    vocab = {k: _normalised(v) for k, v in data.items() if k != "placeholders"}
    return RuleSet(rules, vocab, gates)


def _expand(regex: str, holders: dict[str, str]) -> str:
    for key, sub in holders.items():
        regex = regex.replace("{" + key + "}", sub)
    return regex


def _normalised(table: Any) -> Any:
    if isinstance(table, dict):
        return {norm(str(k)): v for k, v in table.items()}
    return [norm(str(w)) for w in table] if isinstance(table, list) else table


def _compile(rule: dict[str, Any], holders: dict[str, str], word_start: bool) -> Rule:
    regex = _expand(rule["regex"], holders)
    if word_start:  # English rules start at a word start: far fewer positions to try
        regex = r"(?<!\w)(?=\w)" + regex
    elif not rule.get("inside_words"):  # Korean: 손금주 is a name, not 금주 "this week"
        regex = r"(?<![가-힣])" + regex
    return Rule(rule["name"], rule["resolve"], re.compile(regex, re.IGNORECASE), rule.get("needs"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _name_placeholders(data: dict[str, Any]) -> dict[str, str]:
    """{MONTH}, {WEEKDAY}, {SEASON} from the word lists. Month and weekday names are matched
    case-sensitively inside the case-insensitive rule ((?-i:...)), so "may" is no month."""
    out: dict[str, str] = {}
    if "months" in data:
        # (?!-[^\W\d]): "Jun-seok" is a given name, not June ("Aug-2016" still is a month)
        out["MONTH"] = rf"(?-i:(?P<month>{_alternation(list(data['months']))}))\b(?!-[^\W\d])"
    if "months" in data:  # English; Korean writes {KWEEKDAY} in its placeholders
        out["WEEKDAY"] = rf"(?-i:(?P<weekday>{_alternation(list(data.get('weekdays', {})))}))\b\.?"
    if "seasons" in data:
        out["SEASON"] = rf"(?P<season>{_alternation(list(data['seasons']))})\b"
    return out
