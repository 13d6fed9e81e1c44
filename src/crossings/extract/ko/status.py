"""Codebook status from a sentence's attribution: who says it, and how.

"confirmed" needs an official on record as the speaker of the confirming verb: in
"…북송했다고 인권단체가 밝혔다" the speaker is the rights group (reported), in "통일부는 …했다고
밝혔다" it is the ministry (confirmed). Officials who decline to confirm make it "unconfirmed";
a denial is "denied"; any other news telling is "reported".
"""
from __future__ import annotations

import re
from functools import lru_cache

from crossings.extract.ko.lexicon import any_of, load

Span = tuple[int, int]
# the end of a reported clause: "…했다고 X가 밝혔다", "…라며", "…"고"
_QUOTE_END = re.compile(r"(?:다|라|냐)(?:고|며)(?=\s)|[\"”’]\s?(?:라고|고|며)(?=\s)")
# the sentence topic: "통일부는", "국정원 관계자는", "합참이"
_TOPIC = re.compile(r"\s*((?:[^\s.,]+\s){0,3}?[^\s.,]+?(?:은|는|이|가|측은|측이))(?=\s)")
_ATTRIBUTED = re.compile(r"(?:에\s?따르면|에\s?의해|의\s?발표|의\s?확인)")


@lru_cache(maxsize=1)
def _cues() -> dict:
    raw = load("status.yaml")
    out = {k: re.compile(raw[k]) for k in ("officials", "not_officials", "refers_back")}
    for k in ("confirmed", "confirmed_passive", "unconfirmed", "denied", "reported"):
        out[k] = any_of(raw[k])
    return out


def is_official(speaker: str) -> bool:
    cues = _cues()
    return bool(cues["officials"].search(speaker)) and not cues["not_officials"].search(speaker)


def speaker(text: str, start: int, verb_start: int) -> str:
    """Who says the verb at verb_start: the words between the last reported clause and the verb,
    else the sentence's topic."""
    ends = list(_QUOTE_END.finditer(text, start, verb_start))
    if ends:
        between = text[ends[-1].end():verb_start].strip()
        if re.search(r"[은는이가]\s*$|[은는이가]\s", between + " "):
            return between
    m = _TOPIC.match(text, start, verb_start)
    return m.group(1) if m else ""


def status(text: str, start: int, end: int) -> tuple[str | None, Span | None]:
    """Status from the attribution of text[start:end], strongest claim first."""
    cues = _cues()
    for kind in ("denied", "unconfirmed"):
        m = cues[kind].search(text, start, end)
        if m:
            return kind, m.span()
    for m in cues["confirmed"].finditer(text, start, end):
        if is_official(speaker(text, start, m.start())):
            return "confirmed", m.span()
    m = cues["confirmed_passive"].search(text, start, end)
    if m and _official_source(text, start, end):
        return "confirmed", m.span()
    m = cues["reported"].search(text, start, end)
    if m:
        return "reported", m.span()
    return None, None


def _official_source(text: str, start: int, end: int) -> bool:
    """"통일부에 따르면 …확인됐다", "국정원은 …것으로 확인됐다고": an official named as the source."""
    for m in _ATTRIBUTED.finditer(text, start, end):
        if is_official(text[max(start, m.start() - 14):m.start()]):
            return True
    return is_official(speaker(text, start, end))


def refers_back(text: str, start: int, end: int) -> bool:
    """Whether a sentence without a trigger speaks of the story told before it."""
    return bool(_cues()["refers_back"].search(text, start, end))


def predicate(text: str, start: int, end: int) -> Span:
    """The sentence's last word (its predicate): the quote for a status no words state."""
    stripped = text[start:end].rstrip(" .\"”’")
    cut = stripped.rfind(" ") + 1
    return start + cut, start + max(len(stripped), cut + 1)
