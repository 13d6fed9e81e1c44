"""Component: when a happening took place (the date expression nearest its trigger that is not
the date of a report, a dateline, or a point of comparison)."""
from __future__ import annotations

import re
from dataclasses import replace

from crossings.events import When
from crossings.extract import timex
from crossings.extract.en.bind import token_at, anchors, binding, described_time
from crossings.extract.en.lists import own_date
from crossings.extract.en.scope import allowed
from crossings.extract.en.segment import Sentence
from crossings.extract.en.state import Reading, State
from crossings.extract.timex import TimeMatch

REPORT_GOVERNORS = re.compile(r"\b(?:said|says|told|reported|reports?|announced|according to|quoted|cited|revealed|"
                              r"confirmed|published|wrote|stated|briefing|statement|interview)(?:\s+(?:on|in|that))?\W*$"
                              r"|\baccording to [^,;]{0,80}$"
                              r"|\b(?:since|until|till|before|after)\s+(?:the\s+)?$", re.I)


class Dates:
    """When: the date expression nearest the trigger that is not the date of a report."""

    name = "dates"

    def __call__(self, state: State) -> State:
        with_hits = {r.hit.sentence.index for r in state.readings}
        for r in state.readings:
            sent = r.hit.sentence
            found = timex.find_dates(sent.text, "en", state.anchor, state.anchor_is_capture)
            others = state.triggers_besides(r)
            found = [t for t in found if not _own_dateline(t, sent, state)]
            listed = _item_date(r, state)
            if listed is not None:
                chosen, sent = listed
            else:
                chosen = _conjunct_date(r, found, state) or _measured_after(r, found, state) \
                    or _nearest_event_date(r, found, others)
            if listed is None and (chosen is None or chosen.precision == "year"):
                chosen, sent = _refined(r, chosen, state, with_hits) or (chosen, sent)
            if chosen is None:
                chosen, sent = _partial(r, found, others), r.hit.sentence
            if chosen is not None:
                r.mention.date = When(chosen.value, chosen.precision, chosen.derivation)
                start = sent.start + chosen.start
                r.cite("date", start, start + len(chosen.text), state.text)
        return state


def _item_date(r: Reading, state: State):
    """TR-LIST: one of a listed happening's places is dated inside its own list item ("Lima, in
    Peru, closed in 2024; Mexico City in October 2025"), by the date that sits on that place, not
    by the date nearest the trigger (nor a header's "since May 2025")."""
    item = r.item
    if item is None:
        return None
    sent = item.sentence
    dates = [t for t in timex.find_dates(sent.text, "en", state.anchor, state.anchor_is_capture)
             if item.start <= t.start < item.end and not _own_dateline(t, sent, state)]
    local = [replace(t, start=t.start - item.start, end=t.end - item.start) for t in dates]
    chosen = own_date(item.text, item.place.end - item.start, local)
    if chosen is None:
        return None
    return replace(chosen, start=chosen.start + item.start, end=chosen.end + item.start), sent


def _conjunct_date(r: Reading, found, state: State):
    """ "closed its embassy in Mexico City in October and its embassy in Namibia in January": a
    closure of a coordinated object is dated inside its own conjunct."""
    if r.hit.type != "mission_closure" or r.token is None:
        return None
    at = next((e.start for e in r.mention.evidence if e.field == "origin"), None)
    if at is None:
        return None
    t = token_at(r.token.doc, at - r.hit.sentence.start)
    while t is not None and not (t.dep_ == "conj" and t.head.i == r.token.i) and t.head.i != t.i:
        t = t.head
    if t is None or t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN"):
        return None
    lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
    return next((d for d in found if d.value and lo <= d.start < hi), None)


UNITS = {"day", "week", "month", "year"}


def _measured_after(r: Reading, found, state: State):
    """ "The defection comes three months after a diplomat in Kuwait defected": an earlier
    happening measured back from the one its sentence tells (that one's own date in the
    sentence, else the report's date), resolved as "three months ago" from there."""
    t = r.token
    if t is None or t.dep_ != "advcl":
        return None
    mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None:
        return None
    measure = next((c for c in [*mark.children, *t.children] if c.dep_ == "npadvmod"
                    and c.lemma_.lower() in UNITS and c.i < mark.i), None)
    if measure is None or not any(c.dep_ == "nummod" or c.like_num or c.lower_ in ("a", "an") for c in measure.children):
        return None
    head = t.head
    reference = next((d.value for d in found if d.value and binding(head, d.start) == "own"
                      and not t.left_edge.idx <= d.start <= t.right_edge.idx), None)
    lo, hi = measure.left_edge.idx, mark.idx + len(mark.text)
    span = r.hit.sentence.text[lo:measure.idx + len(measure.text)]
    origin, back = "happening", timex.find_dates(span + " ago", "en", reference) if reference else []
    if len(back) != 1 or not back[0].value:  # no date of its own, or too coarse ("this year")
        origin, back = "report", timex.find_dates(span + " ago", "en", state.anchor, state.anchor_is_capture)
    if len(back) != 1 or not back[0].value:
        return None
    return replace(back[0], start=lo, end=hi, text=r.hit.sentence.text[lo:hi],
                   derivation=f"relative:measured-from-{origin}")


def _partial(r: Reading, found, others):
    """ "on Dec. 21" on a page with no publication date: no year is invented (value None), but the
    trigger's own date words are kept as its evidence, the derivation saying why it is unresolved."""
    own = [t for t in found if t.value is None and t.derivation.startswith("unresolved")
           and binding(r.token, t.start, others) == "own" and not anchors(r.token, t.start, t.start + len(t.text))]
    return own[0] if own else None


# The next sentence goes on with the same people ("He walked into the embassy in October ...").
GOES_ON = re.compile(r"^\W*(?:He|She|They|The (?:[\w-]+ ){0,4}(?:man|woman|diplomat|official|envoy|family|"
                     r"couple|workers?|defectors?|soldier|group|men|women|waitress(?:es)?|fishermen|crew|"
                     r"ambassador|embassy|consulate|mission|office))\b")
REPORT_CLAUSE = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|revealed|according to)\b", re.I)
# "He later became a lawmaker in May 2020": what came after the happening, not its detail.
LATER = re.compile(r"\b(?:later|since|now|afterwards?|subsequently|eventually|went on to|until|previously|"
                   r"earlier|had (?:been|worked|served|lived))\b", re.I)


def _refined(r: Reading, coarse: TimeMatch | None, state: State,
             with_hits: set[int]) -> tuple[TimeMatch, Sentence] | None:
    """A happening dated only by its year ("defected late last year"), or not at all, that the
    next sentence tells in more detail ("The man entered the embassy in October and reached
    Seoul in November") takes that sentence's first finer date (within the same year): the day
    or month it began. Never from a sentence with a trigger of its own (its dates are its own)."""
    nxt = r.hit.sentence.index + 1
    if nxt >= len(state.sentences) or nxt in with_hits:
        return None
    sent = state.sentences[nxt]
    names = {s.name.split()[0] for s in r.mention.subjects if s.name}
    opener = re.match(r"\W*([\w'-]+)", sent.text)
    if not GOES_ON.match(sent.text) and not (opener and opener.group(1) in names):
        return None  # "Pak left Hanoi in mid-September": the same person, by name
    within = coarse.value if coarse is not None and coarse.value else ""
    for t in timex.find_dates(sent.text, "en", state.anchor, state.anchor_is_capture):
        if not t.value or t.precision not in ("month", "day") or not t.value.startswith(within):
            continue
        before = sent.text[:t.start]
        if LATER.search(before):
            return None
        if REPORT_GOVERNORS.search(before[-100:]) or REPORT_CLAUSE.search(sent.text[t.end:t.end + 25]):
            continue  # "the ministry said in October": the date of a statement
        return t, sent
    return None


DATELINE = re.compile(r"^\W*[Dd]ate\s+$|^[A-Z][A-Z .]+,?\s*$")
# A reference to another publication: a quoted title, the outlet, then the date it appeared
# ('"Envoy Flees to Ankara," The Daily Ledger, June 3, 2019.'): the date of that report.
CITATION_BEFORE = re.compile(r"[\"”’\]]\s*,?\s*(?:\[[^\]]{0,120}\]\s*,?\s*)?"
                             r"(?:(?:The|[A-Z][\w.&'’-]*)\s*){1,6}(?:\([^)]{0,40}\)\s*)?,\s*$")
CITATION_AFTER = re.compile(r"^\W*$")


def _own_dateline(t, sent, state: State) -> bool:
    """ "The Daily Ledger Wednesday, Aug. 27, 1997 Envoy flees ...": the page's own date, stated
    in full without a preposition, is when the report appeared, not when anything happened."""
    if not state.anchor or state.anchor_is_capture or t.precision != "day" \
            or t.derivation not in ("explicit", "anchor:published"):
        return False
    return t.value == state.anchor[:10] and not re.search(r"\b(?:on|in|at|since|by|from|until|of|before|after)\W*$",
                                                          sent.text[max(0, t.start - 12):t.start], re.I)


def _event_date(t, sent, local: int) -> bool:
    """Not the date of a report ("officials said on Monday"), of a dateline, or of a clause
    the trigger only points back from ("the first since 2003")."""
    before = sent.text[max(0, t.start - 100):t.start]
    if REPORT_GOVERNORS.search(before) or DATELINE.match(sent.text[:t.start]):
        return False
    if CITATION_BEFORE.search(before) and CITATION_AFTER.match(sent.text[t.end:]):
        return False
    if t.start == 0 and re.match(r"\s+[A-Z]", sent.text[t.end:t.end + 2]):
        return False  # "2021-01-26 A senior diplomat ...": a dateline run into the text
    between = sent.text[min(local, t.start):max(local, t.start)]
    return not (t.start > local and re.search(r"\bsince\b", between, re.I))


ABSENT = re.compile(r"\b(?:not been (?:seen|heard from)|missing|unaccounted for|not (?:returned|reported for work)|"
                    r"(?:nobody|no one|no-one)\b.*\b(?:seen|heard from))\b", re.I)
HELD_SINCE = re.compile(r"\b(?:have|has|had) been (?:detained|held|jailed|kept|locked up)\b", re.I)
SINCE_POINT = re.compile(r"\bsince\s+(?:(?:the|late|early|mid-?)\s*)?(?:(?:morning|afternoon|evening|night|weekend|end|middle|start|beginning)\s+of\s+(?:the\s+)?)?$", re.I)


def _last_seen(r: Reading, t, local: int) -> bool:
    """A state that lasts, dated by the point after "since", when it began (not an anchor): a
    disappearance told as an absence ("have not been seen since the evening of May 3", "missing
    since March"), a rule in force ("Since January, staff have had to hand in their passports")."""
    sent = r.hit.sentence.text
    if not SINCE_POINT.search(sent[max(0, t.start - 40):t.start]):
        return False
    if r.hit.type == "control_measure":
        return bool(re.search(r"\b(?:have|has)\b", sent, re.I))
    if r.hit.type == "attempted_defection" and t.start > local:  # "have been detained in Vietnam since Nov. 23"
        return bool(HELD_SINCE.search(sent[max(0, local - 20):t.start]))
    return r.hit.type == "disappearance" and t.start > local and bool(ABSENT.search(sent[local:t.start]))


# A relative clause on the subject that tells the flight itself ("Ri, who left his post in
# November, is in Seoul") dates the happening the main clause tells as a state
TELLS_THE_FLIGHT = re.compile(r"\b(?:defect\w*|fled|flee\w*|escap\w*|left|leaving|abandon\w*|desert\w*|vanish\w*|"
                              r"disappear\w*|went missing|gone missing|cross\w*|(?:arriv\w* in|reach\w*) (?:South Korea|Seoul|the South)|sought|seek\w*|"
                              r"slipped|walked|swam|sailed|ran|made (?:his|her|their) way)\b", re.I)


def _in_a_relative(r: Reading, offset: int) -> bool:
    """DT-ANCHOR: a date inside a relative clause on the trigger's own subject ("Yun, 23, who
    reached the quarter-finals last year, was last seen on Sunday") dates what the clause tells of
    that person, not the happening (the person's post may still be there: "who worked in Rome",
    so only dates)."""
    if r.token is None or r.subject is None:
        return False
    own = {t.i for t in r.subject}
    t = token_at(r.token.doc, offset)
    while t is not None and t.head.i != t.i:
        if t.dep_ == "relcl":
            clause = t.doc[t.left_edge.i:t.right_edge.i + 1].text
            return t.head.i in own and not (t.i == r.token.i or any(a.i == t.i for a in r.token.ancestors)) \
                and not TELLS_THE_FLIGHT.search(clause)
        t = t.head
    return False


def _nearest_event_date(r: Reading, found, others=()):
    """The trigger's own temporal modifier if the parse gives one; else the nearest date that no
    other predicate (another happening, a statement, a subordinate clause) holds."""
    sent = r.hit.sentence
    local = r.hit.start - sent.start
    scope = allowed(r)  # Pak's "in 2014" is not the date of Kang's defection
    described = [t for t in found if t.value and described_time(r.token, t.start, t.start + len(t.text))]
    if described:  # "since 2027, when four fishermen fled": the time the clause itself describes
        return described[0]
    last_seen = [t for t in found if t.value and _last_seen(r, t, local) and scope.admits(t.start)]
    if last_seen:  # "have not been seen since May 3": the absence began then
        return last_seen[0]
    usable = [t for t in found if t.value and _event_date(t, sent, local) and scope.admits(t.start)
              and not anchors(r.token, t.start, t.start + len(t.text)) and not _in_a_relative(r, t.start)]
    bound = {t.start: binding(r.token, t.start, others) for t in usable}
    own = [t for t in usable if bound[t.start] == "own"]
    usable = own or [t for t in usable if bound[t.start] == "loose"]
    if not usable:
        return None
    return min(usable, key=lambda t: abs(t.start - local) + (25 if t.start < local else 0))
