"""Component: when a happening took place (the date expression nearest its trigger that is not
the date of a report, a dateline, or a point of comparison)."""
from __future__ import annotations

import re

from crossings.events import When
from crossings.extract import timex
from crossings.extract.en.state import Reading, State

REPORT_GOVERNORS = re.compile(r"\b(?:said|says|told|reported|reports?|announced|according to|quoted|cited|revealed|"
                              r"confirmed|published|wrote|stated|briefing|statement|interview)(?:\s+(?:on|in|that))?\W*$"
                              r"|\baccording to [^,;]{0,80}$"
                              r"|\b(?:since|until|till|before|after)\s+(?:the\s+)?$", re.I)


class Dates:
    """When: the date expression nearest the trigger that is not the date of a report."""

    name = "dates"

    def __call__(self, state: State) -> State:
        for r in state.readings:
            sent = r.hit.sentence
            found = timex.find_dates(sent.text, "en", state.anchor, state.anchor_is_capture)
            chosen = _nearest_event_date(r, found)
            if chosen is not None:
                r.mention.date = When(chosen.value, chosen.precision, chosen.derivation)
                start = sent.start + chosen.start
                r.cite("date", start, start + len(chosen.text), state.text)
        return state


DATELINE = re.compile(r"^\W*[Dd]ate\s+$|^[A-Z][A-Z .]+,?\s*$")


def _event_date(t, sent, local: int) -> bool:
    """Not the date of a report ("officials said on Monday"), of a dateline, or of a clause
    the trigger only points back from ("the first since 2003")."""
    before = sent.text[max(0, t.start - 100):t.start]
    if REPORT_GOVERNORS.search(before) or DATELINE.match(sent.text[:t.start]):
        return False
    if t.start == 0 and re.match(r"\s+[A-Z]", sent.text[t.end:t.end + 2]):
        return False  # "2021-01-26 A senior diplomat ...": a dateline run into the text
    between = sent.text[min(local, t.start):max(local, t.start)]
    return not (t.start > local and re.search(r"\bsince\b", between, re.I))


def _nearest_event_date(r: Reading, found):
    sent = r.hit.sentence
    local = r.hit.start - sent.start
    usable = [t for t in found if t.value and _event_date(t, sent, local)]
    if not usable:
        return None
    return min(usable, key=lambda t: abs(t.start - local) + (25 if t.start < local else 0))
