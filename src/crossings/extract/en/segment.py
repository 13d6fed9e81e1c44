"""Sentence splitting with offsets: cheap, regex-based, so the parser never sees most text."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A period ends a sentence unless it closes one of these (N. Korea, U.S., Mr., Sept.).
ABBREVIATIONS = {
    "n", "s", "u", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "rep", "sen",
    "gov", "st", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "corp", "co", "ltd", "jr", "sr", "prof", "dept", "est", "approx", "e.g", "i.e",
    "a.m", "p.m", "u.s", "u.n", "u.k", "d.c", "r.o.k",
}
# Scraped text that lost the space after a stop ("closed.The ministry", "said.그는"): a stop after a
# lower-case word (or a Hangul syllable) and before a capitalised word (or a Hangul syllable).
# "U.S.", "No.5", "3.5", "J.R." and "Mr.Kim" have no two lower-case letters before the stop.
GLUED = r"(?:(?<=[a-z]{2})|(?<=[가-힣]))[.!?](?=[A-Z][a-z]|[가-힣])"
BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)|" + GLUED)
# A single line break inside running text (hard-wrapped pages) is no boundary: the line before
# ends in a function word or comma, or the next line starts in lower case.
WRAPPED = re.compile(r"(?:\b(?:and|or|of|the|a|an|in|to|for|on|at|by|with|from|that|its|their|his|her)|,)\s*$", re.I)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # half-open offsets into the document text
    end: int
    text: str
    paragraph: int


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start, paragraph = 0, 0
    for m in BOUNDARY.finditer(text):
        if m.group().startswith(".") and _abbreviation_before(text, m.start()):
            continue
        if m.group() == "\n" and _wrapped(text, m.start(), m.end()):
            continue
        _emit(text, start, m.end(), paragraph, out)
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    _emit(text, start, len(text), paragraph, out)
    return out


def _abbreviation_before(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    return bool(word) and word.group(1).lower().strip(".") in ABBREVIATIONS


def _wrapped(text: str, newline: int, after: int) -> bool:
    nxt = text[after:after + 1]
    if not nxt:
        return False
    abbreviated = text[newline - 1:newline] == "." and _abbreviation_before(text, newline - 1)  # "St.\nPetersburg"
    return nxt.islower() or abbreviated or bool(WRAPPED.search(text[max(0, newline - 12):newline]))


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], paragraph))
