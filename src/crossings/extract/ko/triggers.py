"""Trigger words in a Korean sentence, and the cues that make a trigger a non-event.

A hit survives when nothing around it says prediction (탈북 가능성), negation (망명은 아닌),
intent (귀순 의사), purpose (망명하기 위해), generality (탈북 러시, 추가 탈북) or an aggregate
statistic (누적 3만 4천명). Out-of-domain uses are handled by the caller: a trigger that is not
North-Korea-specific opens an event only in a sentence that speaks of North Korea.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crossings.extract.ko.lexicon import any_of, load

# status phrases contain 없/않/아니 but are not negations of the event ("확인해 줄 수 없다",
# "사실이 아니라고 부인": a denial is a status the event carries)
_STATUS_NEGATIONS = re.compile(r"확인(?:해\s?줄|해줄|할|되지|하지|해\s?드릴)\s?(?:수\s?)?(?:없|않)|사실(?:이)?\s?아니")


@dataclass(frozen=True)
class Hit:
    type: str
    start: int  # offsets into the document text
    end: int
    nk_specific: bool


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    out = []
    for etype, entries in load("triggers.yaml").items():
        for e in entries:
            out.append((etype, re.compile(e["re"]), bool(e.get("nk_specific"))))
    return out


@lru_cache(maxsize=1)
def _cues() -> dict:
    raw = load("cues.yaml")
    out: dict = {"window_after": raw["window_after"], "window_before": raw["window_before"]}
    for kind in ("prediction", "negation", "intent", "purpose", "generic", "aggregate"):
        for side in ("after", "before", "part"):
            out[(kind, side)] = any_of((raw.get(kind) or {}).get(side))
    out["another"] = any_of(raw["another"])
    return out


def find_hits(text: str, start: int, end: int) -> list[Hit]:
    """Every trigger inside text[start:end], longest first where two overlap."""
    found: list[Hit] = []
    chunk = text[start:end]
    for etype, pattern, nk in _patterns():
        for m in pattern.finditer(chunk):
            if m.end() > m.start():
                found.append(Hit(etype, start + m.start(), start + m.end(), nk))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in found:
        if kept and h.start < kept[-1].end and h.type == kept[-1].type:
            continue
        kept.append(h)
    return kept


def _clause_after(text: str, hit: Hit, limit: int) -> str:
    window = text[hit.end : min(limit, hit.end + _cues()["window_after"])]
    window = re.split(r"[.…\n\"“”]|,\s|(?<=고)\s|(?<=며)\s", window, maxsplit=1)[0]
    return _STATUS_NEGATIONS.sub("", window)


def blocked_by(text: str, hit: Hit, part_start: int, part_end: int, whole_part: bool = True) -> str | None:
    """The reason this hit is not an event, or None; whole_part=False looks only at the words
    right around the hit (used before the sentence is cut into parts)."""
    cues = _cues()
    after = _clause_after(text, hit, part_end)
    before = text[max(part_start, hit.start - cues["window_before"]) : hit.start]
    part = text[part_start:part_end]
    for kind in ("prediction", "negation", "intent", "purpose", "generic"):
        pat = cues[(kind, "after")]
        if pat and pat.search(after):
            return kind
        pat = cues[(kind, "before")]
        if pat and pat.search(before):
            return kind
    if not whole_part:
        return None
    if re.search(r"\?\s*$|(?:나요|까요|인가|인가요|을까|ㄹ까)\s*[.?]?\s*$", part):
        return "question"  # "탈북한 것이 사실인가요?": asked, not told
    generic = cues[("generic", "part")]
    if generic and hit.type != "control_measure" and generic.search(part):
        return "generic"
    if cues[("aggregate", "part")].search(part):
        return "aggregate"
    return None


def says_another(text: str, start: int, end: int) -> bool:
    """"또 다른 외교관도 탈북": this clause is about a second, distinct happening."""
    return bool(_cues()["another"].search(" " + text[start:end]))
