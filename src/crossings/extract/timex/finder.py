"""find_dates: run every rule of a language, keep the longest non-overlapping matches, resolve."""
from __future__ import annotations

import re

from crossings.extract.timex import resolvers
from crossings.extract.timex.calendar import Anchor, not_after, parse_anchor
from crossings.extract.timex.groups import Groups
from crossings.extract.timex.model import TimeMatch
from crossings.extract.timex.resolvers import Result
from crossings.extract.timex.rules import Rule, ruleset

Candidate = tuple[int, int, int, Rule, re.Match[str]]  # start, end, rule order, rule, match


def find_dates(text: str, lang: str, anchor: str | None,
               anchor_is_capture: bool = False) -> list[TimeMatch]:
    """Every date expression in text, resolved against anchor (ISO, any precision). A capture
    anchor is an upper bound: nothing relative resolves after it. Without an anchor, nothing
    relative resolves at all (value None): a year is never invented."""
    rs = ruleset(lang)
    parsed = parse_anchor(anchor, anchor_is_capture)
    gates = rs.open_gates(text)
    rules = tuple(r for r in rs.rules if r.needs is None or r.needs in gates)
    chosen = _longest(_candidates(text, rules))
    return [_resolve(c, text, rs.vocab, parsed) for c in chosen]


def _candidates(text: str, rules: tuple[Rule, ...]) -> list[Candidate]:
    out: list[Candidate] = []
    for order, rule in enumerate(rules):
        for m in rule.pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            if end > start:
                out.append((start, end, order, rule, m))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _longest(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then earliest, then the rule listed first; overlaps are dropped."""
    taken: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2])):
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c[0])


def _resolve(c: Candidate, text: str, vocab: dict, anchor: Anchor | None) -> TimeMatch:
    start, end, _, rule, m = c
    groups = Groups(m.groupdict(), vocab)
    result: Result | None = getattr(resolvers, rule.resolve)(groups, anchor)
    relative = rule.resolve not in resolvers.EXPLICIT
    if result is not None and relative and anchor and anchor.capture:
        result = result if not_after(result.value, anchor) else None
    if result is None:
        why = "context" if groups.is_context() else "unresolved"
        return TimeMatch(start, end, text[start:end], None, "unknown", f"{why}:{rule.name}", relative)
    return TimeMatch(start, end, text[start:end], result.value, result.precision,
                     _derivation(result, rule, anchor), relative)


def _derivation(result: Result, rule: Rule, anchor: Anchor | None) -> str:
    if result.kind == "explicit":
        return "explicit"
    source = "capture" if anchor and anchor.capture else "published"
    if result.kind == "anchored":
        return f"anchor:{source}"
    return f"relative:{rule.name}" + (";capture-bounded" if source == "capture" else "")
