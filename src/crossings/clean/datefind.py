"""Find calendar dates inside one line of page text, and say how the line presents them.

The vocabulary (months, weekdays, publication and update labels) is data: dates.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

MIN_YEAR = 1990
MAX_UNKNOWN_WORDS = 3  # a byline line may carry a name or a section, not a sentence
_TIME = re.compile(r"\b\d{1,2}\s*:\s*\d\d(?:\s*:\s*\d\d)?\b")
_WORD = re.compile(r"[^\W\d_]+[\w.\-']*", re.UNICODE)


@dataclass(frozen=True)
class Found:
    """A calendar date found at [start, end) of a line."""

    value: date
    start: int
    end: int

    @property
    def iso(self) -> str:
        return self.value.isoformat()


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return yaml.safe_load((Path(__file__).with_name("dates.yaml")).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    months = "|".join(sorted(vocabulary()["months"], key=len, reverse=True))
    mon = rf"(?P<mon>{months})\.?"
    year = r"(?P<y>(?:19|20)\d\d)"
    flags = re.I | re.UNICODE
    return [
        (re.compile(rf"\b{mon}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}", flags), "mdy"),
        (re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s\-]+{mon},?[\s\-]+{year}", flags), "dmy"),
        (re.compile(rf"(?<![\d.]){year}\s*[-./년]\s*(?P<m>\d{{1,2}})\s*[-./월]\s*(?P<d>\d{{1,2}})(?!\d)(?:\.|일)?", flags), "ymd"),
        (re.compile(rf"(?<![\d.])(?P<a>\d{{1,2}})[./](?P<b>\d{{1,2}})[./]{year}(?!\d)", flags), "num"),
    ]


def make_date(y: int, m: int, d: int) -> date | None:
    """A real calendar date in the range news pages use, else None."""
    if y < MIN_YEAR or y > date.today().year + 1:
        return None
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    return value if value <= date.today() + timedelta(days=1) else None  # news is not from tomorrow


def month_number(name: str) -> int | None:
    return vocabulary()["months"].get(name.lower().rstrip("."))


_HAS_YEAR = re.compile(r"(?:19|20)\d\d")


def find_dates(line: str) -> list[Found]:
    """Every date in the line, left to right, without overlaps."""
    found: list[Found] = []
    if not _HAS_YEAR.search(line):  # every pattern needs a year: skip most lines cheaply
        return found
    for pattern, order in _patterns():
        for m in pattern.finditer(line):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            if value := _value(m, order):
                found.append(Found(value, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _value(m: re.Match, order: str) -> date | None:
    y = int(m["y"])
    if order in ("mdy", "dmy"):
        return make_date(y, month_number(m["mon"]) or 0, int(m["d"]))
    if order == "ymd":
        return make_date(y, int(m["m"]), int(m["d"]))
    a, b = int(m["a"]), int(m["b"])
    # Day first unless that is impossible: most of the world, and all of the Korean press.
    return make_date(y, b, a) if b <= 12 else make_date(y, a, b)


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern, re.Pattern]:
    vocab = vocabulary()

    def build(labels: list[str]) -> re.Pattern:
        alts = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
        return re.compile(rf"(?:{alts})\s*[.:：|•\-]?\s*[|•\-]?\s*$", re.I)

    return build(vocab["publish_labels"]), build(vocab["update_labels"])


def label_of(prefix: str) -> str | None:
    """'publish' or 'update' when the text just before a date is such a label."""
    tail = prefix[-30:]
    publish, update = _label_patterns()
    if update.search(tail):
        return "update"
    if publish.search(tail):
        return "publish"
    return None


def is_label_line(line: str) -> str | None:
    """A line holding only a label ("입력"), whose date follows on the next line."""
    text = line.strip()
    if not text or len(text) > 20 or find_dates(text):
        return None
    return label_of(text) if label_of(text) and _label_only(text) else None


def _label_only(text: str) -> bool:
    vocab = vocabulary()
    labels = {x.lower() for x in vocab["publish_labels"] + vocab["update_labels"]}
    return text.lower().strip(" :：|•-.") in labels


def is_standalone(line: str, found: list[Found]) -> bool:
    """True when the line is a date stamp or byline, not a sentence that happens to hold a date."""
    rest = line
    for f in reversed(found):
        rest = rest[: f.start] + " " + rest[f.end :]
    rest = _TIME.sub(" ", rest)
    known = _known_words()
    if rest.rstrip().endswith((".", "?", "!", "다.")):
        return False
    # "08-Nov-2019 Outlet | Section | 6:02 AM": each |-separated field is judged on its own
    return all(_unknown_words(part, known) <= MAX_UNKNOWN_WORDS for part in rest.split("|"))


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    vocab = vocabulary()
    words = vocab["byline_words"] + vocab["weekdays"] + vocab["publish_labels"] + vocab["update_labels"]
    return frozenset(str(w).lower() for w in words)


def _unknown_words(text: str, known: set[str]) -> int:
    return sum(1 for w in _WORD.findall(text) if w.lower().strip(".") not in known)
