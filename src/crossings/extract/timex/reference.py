"""resolve_reference: the date a document reports from, to anchor its relative dates.

With a publication date, that is it. Without one, a dateline in the text ("according to the
agency on July 17") gives the day, its year taken from the capture date, which bounds it: a page
captured on 2024-09-07 reports from 2024-07-17, not 2025-07-17. Failing that, the capture date
itself is the anchor, and its derivation says it is only an upper bound.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

from crossings.extract.timex.finder import find_dates
from crossings.extract.timex.model import TimeMatch
from crossings.extract.timex.rules import DATA

SENTENCE_END = re.compile(r"[.!?。]\s|\n")


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    with open(DATA / "reference.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def reporting_dates(text: str, lang: str, anchor: str | None,
                    anchor_is_capture: bool = False) -> list[TimeMatch]:
    """The dates in text that date a report, not an event ("according to the Daily Ledger on
    July 17", "the ministry said on Wednesday", 신문은 16일 보도했다): an extractor choosing an
    event's date can pass over these."""
    return [m for m in find_dates(text, lang, anchor, anchor_is_capture) if is_report_date(text, m, lang)]


def is_report_date(text: str, m: TimeMatch, lang: str) -> bool:
    cfg = _config()["report_date"]
    if lang == "ko":
        return _korean_report_date(text, m, cfg)
    before = _same_sentence(text[max(0, m.start - cfg["window"]):m.start], keep="tail")
    return bool(_pattern(cfg["en_before"]).search(before))


def _korean_report_date(text: str, m: TimeMatch, cfg: dict[str, Any]) -> bool:
    after = _same_sentence(text[m.end:m.end + 2 * cfg["window"]], keep="head")
    if _pattern(cfg["ko_after"]).match(after):
        return True
    before = _same_sentence(text[max(0, m.start - cfg["window"]):m.start], keep="tail")
    return bool(_pattern(cfg["ko_bare_day"]).match(m.text)
                and _pattern(cfg["ko_topic_before"]).search(before)
                and _pattern(cfg["ko_verb_later"]).search(after))


@lru_cache(maxsize=None)
def _pattern(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.IGNORECASE)


def resolve_reference(text: str, lang: str, published: str | None,
                      captured: str | None) -> tuple[str | None, str]:
    """(reporting date, derivation): "published", "dateline:explicit",
    "dateline:capture-bounded", "anchor:capture" or "unknown" (with None)."""
    if published:
        return published[:10], "published"
    found = dateline(text, lang, captured)
    if found is not None:
        kind = "explicit" if found.derivation == "explicit" else "capture-bounded"
        return found.value, f"dateline:{kind}"
    if captured:
        return captured[:10], "anchor:capture"
    return None, "unknown"


def dateline(text: str, lang: str, captured: str | None) -> TimeMatch | None:
    """The latest day-precise date in a dateline position, not after the capture date."""
    picks = [m for m in find_dates(text, lang, captured, anchor_is_capture=True)
             if _usable(m, captured) and not _near_cue(text, m, lang, "caption_cues")
             and (_in_head(m) or _near_cue(text, m, lang))]
    return max(picks, key=lambda m: m.value or "", default=None)


def _usable(m: TimeMatch, captured: str | None) -> bool:
    if m.precision != "day" or m.value is None:
        return False
    if captured and m.value > captured[:10]:
        return False
    rule = m.derivation.split(":", 1)[-1].split(";")[0]
    return m.derivation in _config()["usable"] or rule in _config()["usable"]


def _in_head(m: TimeMatch) -> bool:
    return m.start < _config()["head_chars"]


def _near_cue(text: str, m: TimeMatch, lang: str, kind: str = "cues") -> bool:
    width = _config()["window"]["ko" if lang == "ko" else "en"]
    before = _same_sentence(text[max(0, m.start - width):m.start], keep="tail")
    after = _same_sentence(text[m.end:m.end + width], keep="head")
    cues = _config()[kind]["ko" if lang == "ko" else "en"]
    return any(c in before or c in after for c in cues)


def _same_sentence(chunk: str, keep: str) -> str:
    parts = SENTENCE_END.split(chunk)
    return parts[-1] if keep == "tail" else parts[0]

