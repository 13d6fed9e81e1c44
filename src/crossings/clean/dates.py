"""Publication date (with source and precision) and capture date of a page.

Order of trust, first found wins: the manifest; the HTML's own metadata (htmldate); a date
labelled as publication ("Published:", "입력", "등록", ...); a scraper's `date YYYY-MM-DD`
prefix; a date stamp or byline under the headline; a dateline ("SEOUL, Aug. 17 (Yonhap) --");
the URL; a date labelled as an update. A date printed above the headline is the page's
"today" header: it becomes the capture date (an upper bound), never the publication date,
unless the URL says the same day or month.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from crossings.clean.chrome import CHROME, DATEHEADER, KEEP, WIDGET
from crossings.clean.datefind import (
    find_dates, is_label_line, is_standalone, label_of, make_date, month_number,
    vocabulary,
)
from crossings.clean.urldate import url_date
from crossings.document import DateInfo

LABEL_WINDOW = 40  # lines from the top searched for labelled dates
BYLINE_WINDOW = 12  # lines under the headline searched for unlabelled stamps and datelines
URL_AGREEMENT_DAYS = 3
QUOTED_URL_WINDOW = 5
_LONE_URL = re.compile(r"https?://\S+")
META_PREFIX = re.compile(r"^\s*date\s+((?:19|20)\d\d-\d\d-\d\d)\b")


@dataclass(frozen=True)
class Candidate:
    kind: str  # label / prefix / stamp / header / widget / dateline / update
    value: date
    line: int


def page_dates(
    lines: list[str],
    kinds: list[str],
    url: str | None = None,
    given: str | None = None,
    meta: str | None = None,
    given_source: str = "manifest",
) -> tuple[DateInfo, str | None]:
    """(publication date, capture date) for a page's lines as classified by chrome.classify.

    `given` is a date the input itself supplied (manifest, feed); `meta` is the HTML's own."""
    from_url = url_date(url) or _quoted_url_date(lines)
    found = candidates(lines, kinds, from_url)
    published = _given(given, given_source) or _meta(meta) or _choose(found, from_url)
    return published, _captured(found, published)


def _quoted_url_date(lines: list[str]) -> DateInfo | None:
    """Archived copies often print the original article's URL on a line of its own at the top."""
    rows = [ln.strip() for ln in lines if ln.strip()][:QUOTED_URL_WINDOW]
    for line in rows:
        if _LONE_URL.fullmatch(line):
            return url_date(line)
    return None


def _given(value: str | None, source: str) -> DateInfo | None:
    """A manifest's or feed's date: ISO (any precision), else any one date find_dates reads."""
    if not value:
        return None
    if iso := _iso_prefix(value):
        return DateInfo(iso, _precision(iso), source)
    found = find_dates(value)
    return DateInfo(found[0].iso, "day", source) if found else None


def _meta(value: str | None) -> DateInfo | None:
    iso = _iso_prefix(value or "")
    return DateInfo(iso, _precision(iso), "meta") if iso else None


def _iso_prefix(value: str) -> str | None:
    if m := re.match(r"\s*((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)", value):  # 20160817
        return "-".join(m.groups())
    m = re.match(r"\s*((?:19|20)\d\d)(?!\d)(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


def _precision(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")


def candidates(lines: list[str], kinds: list[str], from_url: DateInfo | None) -> list[Candidate]:
    """Every date the top of the page shows, labelled by what its place on the page says."""
    out: list[Candidate] = []
    rows = [i for i, ln in enumerate(lines) if ln.strip() and kinds[i] != CHROME][:LABEL_WINDOW]
    headline = next((n for n, i in enumerate(rows) if kinds[i] == KEEP), len(rows))
    for n, i in enumerate(rows):
        line, previous = lines[i], lines[rows[n - 1]] if n else ""
        if n == 0 and (m := META_PREFIX.match(line)):
            out.append(Candidate("prefix", date.fromisoformat(m[1]), i))
            continue
        near = headline <= n <= headline + BYLINE_WINDOW
        out += _line_candidates(line, previous, kinds[i], i, near)
        if near and (dl := _dateline(line, from_url)):
            out.append(Candidate("dateline", dl, i))
    return out


def _line_candidates(line: str, previous: str, kind: str, i: int, near: bool) -> list[Candidate]:
    found = find_dates(line)
    out, start = [], 0
    standalone = bool(found) and is_standalone(line, found)
    for n, f in enumerate(found):
        label = label_of(line[start : f.start]) or (is_label_line(previous) if n == 0 else None)
        start = f.end
        if label:
            out.append(Candidate("label" if label == "publish" else "update", f.value, i))
        elif kind == WIDGET:
            out.append(Candidate("widget", f.value, i))
        elif kind == DATEHEADER:
            out.append(Candidate("header", f.value, i))
        elif standalone and near:
            out.append(Candidate("stamp", f.value, i))
        elif n == 0 and near and _opens_dateline(line, f.start, f.end):
            out.append(Candidate("dateline", f.value, i))
    return out


def _opens_dateline(line: str, start: int, end: int) -> bool:
    """'Havana, December 9, 2018 — ...' or 'The Korea Times (26.08.2016) – ...'."""
    return start <= 50 and bool(re.match(r"\s*\)?\s*(?:\([^)]{0,30}\))?\s*(--|—|–|-|:)", line[end:]))


def _dateline(line: str, from_url: DateInfo | None) -> date | None:
    """'SEOUL, Aug. 17 (Yonhap) --': month and day, with the year only the URL can give."""
    m = _dateline_pattern().match(line)
    if not m or not from_url or not from_url.value:
        return None
    month = month_number(m["mon"]) or 0
    year, url_month = int(from_url.value[:4]), from_url.value[5:7]
    if url_month and int(url_month) != month:
        return None  # never borrow a year across months the URL does not vouch for
    return make_date(year, month, int(m["d"]))


_DATELINE: list[re.Pattern] = []


def _dateline_pattern() -> re.Pattern:
    if not _DATELINE:
        months = "|".join(sorted(vocabulary()["months"], key=len, reverse=True))
        _DATELINE.append(re.compile(
            rf"^\s*(?:[A-Z][A-Za-z .'\-]{{1,30}},\s*)?(?P<mon>{months})\.?\s*(?P<d>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?(?!\d)(?!,?\s*(?:19|20)\d\d)\s*(?:,\s*[A-Z][A-Za-z .'\-]{{1,30}})?"
            r"\s*(?:\([^)]{1,30}\))?\s*(--|—|–|-|:)", re.I))
    return _DATELINE[0]


def _choose(found: list[Candidate], from_url: DateInfo | None) -> DateInfo:
    for kind, source in (("label", "byline"), ("prefix", "meta"), ("stamp", "byline"),
                         ("header", "byline"), ("dateline", "dateline")):
        for c in found:
            if c.kind == kind and _trusted(c, from_url):
                return DateInfo(c.value.isoformat(), "day", source)
    if from_url:
        return from_url
    update = next((c for c in found if c.kind == "update"), None)
    return DateInfo(update.value.isoformat(), "day", "byline") if update else DateInfo()


def _trusted(c: Candidate, from_url: DateInfo | None) -> bool:
    """Labels stand alone; stamps must not contradict the URL; headers need the URL's word."""
    if c.kind in ("label", "prefix"):
        return True
    agrees = _agrees(c.value, from_url)
    if c.kind == "header":
        return agrees is True
    return agrees is not False


def _agrees(value: date, from_url: DateInfo | None) -> bool | None:
    """True/False when the URL has a day or month to compare with, None when it has not."""
    if not from_url or from_url.precision not in ("day", "month"):
        return None
    if from_url.precision == "month":
        return value.isoformat()[:7] == from_url.value
    return abs((value - date.fromisoformat(from_url.value)).days) <= URL_AGREEMENT_DAYS


def _captured(found: list[Candidate], published: DateInfo) -> str | None:
    """The page-top date not taken as publication: an upper bound for relative dates."""
    for c in found:
        if c.kind not in ("widget", "header"):
            continue
        iso = c.value.isoformat()
        if published.value and (iso == published.value or iso < published.value):
            continue
        return iso
    return None
