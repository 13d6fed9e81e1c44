"""Happenings given as a list (TR-LIST): one trigger distributes over the items of a coordinated or
itemised list, and each item binds its own place and date by where they sit in the item, not by
how near they are to the trigger.

Three shapes of list, all of closures:
- a run-in list, its items split by semicolons, the verb told once ("Among the latest: X, in A,
  closed in 2023; Y in March 2025; and Z on 4 May 2026"): gapped coordination;
- an itemised list, one line per item, under a header that ends in a colon ("Closed since May
  2025:" then "- X, A (embassy, September 2025; affairs moved to Y)");
- a coordinated phrase on one trigger ("its pull-out from X in May and Y in June").

An item's place is its first foreign place (or a city of that country named in the item's head),
never one named after a word that hands the mission's work on ("moved to Y", "handled by the
embassy in Y"); its date is the first date in the item that sits on that place, not after "since"
or in a clause of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from crossings.extract import places
from crossings.extract.en.segment import Sentence

KOREAS = {"KP", "KR"}
LIST_ITEM = re.compile(r"^(?:[-•*–—▪·]|\d{1,2}[.)])\s+")
# The mission's work handed to another post: a place after these words is the successor's.
SUCCESSOR = re.compile(r"\b(?:moved|shifted|transferred|handed|handled|taken over|takes? over|took over|"
                       r"responsible|covered|covers?|accredit\w*|relocated|successor|replaced)\b", re.I)
# A conjunct that tells a predicate of its own is no gapped item ("...; the ministry said it was ...").
FINITE = re.compile(r"\b(?:said|says|told|is|are|was|were|has|have|had|will|would|can|could|did|does|do|"
                    r"may|might|remains?|opened|opens)\b")  # lower case: "4 May 2026" is a date
# Between an item's place and its date: no clause of its own ("Lima, open since 1975", "after ...").
NOT_OWN = re.compile(r"\b(?:since|until|till|after|before|following|when|while|than|ago|who|which|that|"
                     r"opened|open|founded|established|dated)\b", re.I)
# A date after these is when it was told ("Libya, a ministry official said Tuesday").
REPORTED = re.compile(r"\b(?:said|says|told|report\w*|announc\w*|confirm\w*|according|stated|disclosed|revealed)\b", re.I)
# A bare word of ending that heads a list ("Closed since May 2025, by our count:"): the trigger of
# every item, where the items name missions.
LIST_HEAD = re.compile(r"\b(?:closed|shut(?: down)?|shuttered|closures?|pulled out|pull-?outs?|withdrawn|"
                       r"withdrawals?|wound down)\b", re.I)
MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?|(?:trade|consular|representative|liaison) "
                     r"(?:offices?|sections?|posts?)|legations?)\b", re.I)
MAX_GAPPED_WORDS = 14


@dataclass(frozen=True)
class Item:
    """One list item: a span of a sentence (offsets local to it) and the place it names."""

    sentence: Sentence
    start: int
    end: int
    place: object  # a places.PlaceMatch (offsets local to the sentence)

    @property
    def text(self) -> str:
        return self.sentence.text[self.start:self.end]


def eligible(found) -> list:
    return [m for m in found if m.kind != "demonym" and m.country not in KOREAS and (m.country or m.region)]


def _top_level(text: str, sep: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """[lo, hi) cut at each `sep` outside brackets."""
    out, depth, start = [], 0, lo
    for i in range(lo, hi):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(sep, i):
            out.append((start, i))
            start = i + len(sep)
    out.append((start, hi))
    return out


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    lead = re.match(r"[\s,]*(?:(?:and|or|as well as|plus)\s+)?", text[lo:hi])
    lo += lead.end()
    while hi > lo and text[hi - 1] in " \t\n,.;:":
        hi -= 1
    return lo, hi


def item_place(sentence: Sentence, lo: int, hi: int, found=None):
    """The place an item names: its first foreign place before any word that hands the work on;
    where that is a country and the item's head names one of its cities ("Gabon's capital
    Libreville"), the city."""
    text = sentence.text
    found = eligible(found if found is not None else places.find_places(text, "en"))
    cut = SUCCESSOR.search(text, lo, hi)
    head_end = cut.start() if cut else hi
    inside = [m for m in found if lo <= m.start < head_end]
    if not inside or inside[0].start > lo:
        lead = _leading_place(sentence, lo, head_end)
        if lead is not None:
            inside = [lead] + [m for m in inside if m.start >= lead.end]
    if not inside:
        return None
    first = inside[0]
    if first.kind == "country":
        city = next((m for m in inside[1:] if m.kind == "city" and m.country == first.country), None)
        if city is not None:
            return city
    return first


def _leading_place(sentence: Sentence, lo: int, hi: int):
    """A city that opens a list item ("; Accra, in Ghana, in June") stands where a place is
    expected, as after "in": a name the gazetteer would only take after a locative word counts."""
    from dataclasses import replace
    pad = "in "
    found = eligible(places.find_places(pad + sentence.text[lo:hi], "en"))
    first = next((m for m in found if m.start == len(pad)), None)
    if first is None:
        return None
    shift = lo - len(pad)
    return replace(first, start=first.start + shift, end=first.end + shift)


def _items(sentence: Sentence, spans, found) -> list[Item]:
    out = []
    for lo, hi in spans:
        lo, hi = _strip(sentence.text, lo, hi)
        if hi <= lo:
            continue
        m = item_place(sentence, lo, hi, found)
        if m is not None:
            out.append(Item(sentence, lo, hi, m))
    return out


def run_in(sentence: Sentence, trigger_at: int | None = None) -> list[Item]:
    """A run-in list of gapped conjuncts: the sentence (from its lead's colon) cut at semicolons
    into two or more items, each naming a place, the later ones with no verb of their own. With
    trigger_at (a local offset), the trigger must lie in the first conjunct (it is told once)."""
    text = sentence.text
    parts = _top_level(text, ";", 0, len(text))
    if len(parts) < 2:
        return []
    first_lo, first_hi = parts[0]
    if trigger_at is not None and not (first_lo <= trigger_at < first_hi):
        return []
    colon = text.rfind(":", first_lo, first_hi)
    if colon >= 0:
        parts[0] = (colon + 1, first_hi)  # "Among the latest: Lima ...": the items follow the lead
    for lo, hi in parts[1:]:
        piece = text[lo:hi]
        if FINITE.search(piece) or len(piece.split()) > MAX_GAPPED_WORDS:
            return []
    found = places.find_places(text, "en")
    items = _items(sentence, parts, found)
    if len(items) < 2 or len(items) < len([p for p in parts if text[p[0]:p[1]].strip()]):
        return []  # every conjunct is an item, or this is no list
    return items


def itemised(sentences: list[Sentence], index: int) -> list[Item]:
    """The list lines under sentence `index` ("- the embassy in Madrid"): one item per line (items
    run together on one wrapped sentence are cut at their line breaks)."""
    out = []
    for sent in sentences[index + 1:]:
        if not LIST_ITEM.match(sent.text):
            break
        found = places.find_places(sent.text, "en")
        spans, start = [], 0
        for line in sent.text.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        out.extend(_items(sent, spans, found))
    return out


def conjunct_of(sentence: Sentence, lo: int, offset: int) -> tuple[int, int]:
    """The conjunct of a coordinated phrase starting at lo that holds offset ("Bangui in May and
    Praia in June, diplomats said": "Praia in June"); a conjunct with no place of its own belongs
    to the one before it."""
    text = sentence.text
    semis = _top_level(text, ";", lo, len(text))
    lo_s, hi_s = next(((a, b) for a, b in semis if a <= offset < b), (lo, len(text)))
    spans = []
    for a, b in _top_level(text, ",", lo_s, hi_s):
        for c, d in _top_level(text, " and ", a, b):
            spans.extend(_top_level(text, " or ", c, d))
    found = eligible(places.find_places(text, "en"))
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and not any(a <= m.start < b for m in found):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    return next(((a, b) for a, b in merged if a <= offset < b), (lo_s, hi_s))


def own_date(item_text: str, place_end: int, dates):
    """The first date of an item that sits on its place: after it, with no clause of its own in
    between ("Lima, in Peru, closed in 2024"; not "Lima, open since 1975")."""
    for d in dates:
        if d.start < place_end or not d.value:
            continue
        between = item_text[place_end:d.start]
        if NOT_OWN.search(between) or FINITE.search(between) or REPORTED.search(between) or len(between.split()) > 8:
            return None
        return d
    return None


def heads_a_list(sentences: list[Sentence], index: int) -> re.Match | None:
    """A bare word of ending that heads a list of missions: "Closed since May 2025, by our
    count:" over list lines, or the first conjunct of a run-in list ("Lima, in Peru, closed in
    2024; Mexico City in October 2025; ...") where the list or the sentence before names missions."""
    sent = sentences[index]
    head = LIST_HEAD.search(sent.text)
    if head is None:
        return None
    if sent.text.rstrip().endswith(":"):
        items = itemised(sentences, index)
        lines = sentences[index + 1:index + 1 + len(items)]
        if items and any(MISSION.search(s.text) for s in lines + [sent]):
            return head
        return None
    items = run_in(sent, head.start())
    before = sentences[index - 1].text if index > 0 else ""
    if items and (MISSION.search(sent.text) or MISSION.search(before)):
        return head
    return None
