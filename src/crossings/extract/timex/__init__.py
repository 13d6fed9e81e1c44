"""Temporal expressions in English and Korean, resolved against a publication or capture date.

    find_dates(text, lang, anchor, anchor_is_capture=False) -> list[TimeMatch]
    resolve_reference(text, lang, published, captured)     -> (reporting date | None, derivation)
    reporting_dates(text, lang, anchor, anchor_is_capture)  -> the matches that date a report
    is_report_date(text, match, lang)                       -> does this match date a report?

Our own rules (data/en.yaml, data/ko.yaml) run instead of dateparser, which gets "on the 4th",
"last August", "October last year", 16일 and 지난해 11월 wrong or not at all.

TimeMatch.derivation says what a value rests on:
  "explicit"                      every part is stated ("Aug. 17, 2016", 2016년 8월)
  "anchor:published"/"anchor:capture"   a stated day and month, the year from the anchor
  "relative:<rule>"               counted from a publication anchor ("last August")
  "relative:<rule>;capture-bounded"     counted from a capture anchor, never after it
  "context:<rule>"                counts from another date of the story ("the previous year",
                                  "two days later", 이듬해): value None
  "unresolved:<rule>"             needs an anchor (or a finer one) that was not given: value None
Matches never overlap; the longest expression wins ("October last year" is one match).
"""
from __future__ import annotations

from crossings.extract.timex.finder import find_dates
from crossings.extract.timex.model import TimeMatch
from crossings.extract.timex.reference import is_report_date, reporting_dates, resolve_reference

__all__ = ["TimeMatch", "find_dates", "resolve_reference", "reporting_dates", "is_report_date"]
