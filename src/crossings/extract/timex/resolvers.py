"""Resolvers: a rule's groups plus the anchor in, a date out. Each rule in data/*.yaml names one.

A resolver returns None when it cannot resolve (no anchor, or an anchor too coarse); the caller
then records the expression with value None. `kind` says what the value rests on: "explicit"
(all stated), "anchored" (a stated day and month, the year taken from the anchor) or "relative".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crossings.extract.timex.calendar import Anchor, add_months, from_date, iso, valid
from crossings.extract.timex.groups import Groups

# A yearless date this far after a publication anchor is taken as last year's ("December 28"
# in a January article); nearer ones are announcements of things to come.
FUTURE_SLACK_DAYS = 31
EXPLICIT = frozenset({"explicit_day", "explicit_month", "explicit_year", "explicit_season",
                      "numeric_day"})
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


@dataclass(frozen=True)
class Result:
    value: str
    precision: str
    kind: str = "relative"


def explicit_day(g: Groups, a: Anchor | None) -> Result | None:
    y, m, d = g.year(), g.month(), g.day()
    return Result(iso(y, m, d), "day", "explicit") if y and m and d and valid(y, m, d) else None


def numeric_day(g: Groups, a: Anchor | None) -> Result | None:
    """17/08/2016 or 08/17/2016: resolved only where one number cannot be a month."""
    x, y, year = int(g.get("a") or 0), int(g.get("b") or 0), g.year()
    if x > 12 >= y:
        x, y = y, x  # day first: 17/08/2016
    elif not (y > 12 >= x or x == y):
        return Result(iso(year), "year", "explicit") if year else None  # 03/04/2016: either
    return Result(iso(year, x, y), "day", "explicit") if year and valid(year, x, y) else None


def explicit_month(g: Groups, a: Anchor | None) -> Result | None:
    y, m = g.year(), g.month()
    return Result(iso(y, m), "month", "explicit") if y and m else None


def explicit_year(g: Groups, a: Anchor | None) -> Result | None:
    return Result(iso(g.year()), "year", "explicit") if g.year() else None


def explicit_season(g: Groups, a: Anchor | None) -> Result | None:
    return Result(iso(g.year()), "season", "explicit") if g.year() and g.season() else None


def yearless_day(g: Groups, a: Anchor | None) -> Result | None:
    """"July 17": the anchor's year, or the year before when that would put it after a capture
    anchor, or well after a publication anchor."""
    m, d = g.month(), g.day()
    if a is None or not m or not d:
        return None
    year = a.year
    if a.date and valid(year, m, d) and dt.date(year, m, d) > a.date + _slack(a):
        year -= 1
    elif not a.date and a.month and m > a.month:
        year -= 1
    return Result(iso(year, m, d), "day", "anchored") if valid(year, m, d) else None


def _slack(a: Anchor) -> dt.timedelta:
    return dt.timedelta(days=0 if a.capture else FUTURE_SLACK_DAYS)


def month_name(g: Groups, a: Anchor | None) -> Result | None:
    """"last August", "early June", "in June", 지난 4월, 오는 9월: the month nearest the anchor in
    the direction the words give; a stated day (지난 7월 3일) makes it a day."""
    m = g.month()
    if a is None or a.month is None or not m:
        return None
    year = _year_of_month(m, g.direction(), a, g.day(), g.lookup("part_ends", "part"))
    if g.day():
        return Result(iso(year, m, g.day()), "day") if valid(year, m, g.day()) else None
    return Result(iso(year, m), "month")


def _year_of_month(m: int, direction: str, a: Anchor, day: int | None,
                   part_end: int | None = None) -> int:
    here = (a.month, a.day or 31)
    there = (m, day or 0)
    if direction == "after":
        return a.year if there > here or (day and there == here) else a.year + 1
    if direction == "same":
        return a.year
    if direction == "before" and not day:
        if m == a.month and part_end is not None and a.day and part_end < a.day:
            return a.year  # 지난 7월 초 said on 16 July: early this July is already past
        return a.year if m < a.month else a.year - 1  # "last August" said in August: a year ago
    return a.year if (m, day or 0) <= here else a.year - 1


def month_in_offset_year(g: Groups, a: Anchor | None) -> Result | None:
    """"October last year", 지난해 11월, 올해 3월 5일."""
    off, m, d = g.offset("yoff"), g.month(), g.day()
    if a is None or off is None or not m:
        return None
    if d:
        return Result(iso(a.year + off, m, d), "day") if valid(a.year + off, m, d) else None
    return Result(iso(a.year + off, m), "month")


def year_offset(g: Groups, a: Anchor | None) -> Result | None:
    off = g.offset("yoff")
    return Result(iso(a.year + off), "year") if a is not None and off is not None else None


def season_in_offset_year(g: Groups, a: Anchor | None) -> Result | None:
    off = g.offset("yoff")
    if a is None or off is None or not g.season():
        return None
    return Result(iso(a.year + off), "season")


def month_offset(g: Groups, a: Anchor | None) -> Result | None:
    """"last month", 지난달, 이달 초, 지난달 16일."""
    off = g.offset("moff")
    if a is None or a.month is None or off is None:
        return None
    y, m = add_months(a.year, a.month, off)
    if g.day():
        return Result(iso(y, m, g.day()), "day") if valid(y, m, g.day()) else None
    return Result(iso(y, m), "month")


def day_of_month(g: Groups, a: Anchor | None) -> Result | None:
    """"on the 4th", 16일, 지난 3일: this month's if not after the anchor's day, else last
    month's; 오는 5일 looks forward instead."""
    d = g.day()
    if a is None or a.month is None or not d:
        return None
    off = g.offset("moff")
    if off is not None:
        y, m = add_months(a.year, a.month, off)
    elif g.direction() == "after":
        y, m = add_months(a.year, a.month, 1 if a.day and d < a.day else 0)
    else:
        y, m = add_months(a.year, a.month, -1 if a.day and d > a.day else 0)
    return Result(iso(y, m, d), "day") if valid(y, m, d) else None


def weekday(g: Groups, a: Anchor | None) -> Result | None:
    """"on Wednesday": the latest Wednesday on or before the anchor (or the day after a
    publication date: time zones put Seoul a day ahead); "last Wednesday" is strictly before
    it, "next Wednesday" strictly after."""
    wd = g.weekday()
    if a is None or a.date is None or wd is None:
        return None
    back = (a.date.weekday() - wd) % 7
    direction = g.direction()
    if direction == "after":
        return Result(from_date(a.date + dt.timedelta(days=(wd - a.date.weekday()) % 7 or 7)), "day")
    if direction == "before" and back == 0:
        back = 7
    if direction == "default" and back == 6 and not a.capture:
        back = -1  # the day after the dateline: an Asian morning is the West's evening before
    return Result(from_date(a.date - dt.timedelta(days=back)), "day")


def week_offset(g: Groups, a: Anchor | None) -> Result | None:
    """지난주 (month precision: a week does not name its days) or 지난주 수요일 (a day)."""
    off = g.offset("woff")
    if a is None or a.date is None or off is None:
        return None
    monday = a.date - dt.timedelta(days=a.date.weekday()) + dt.timedelta(weeks=off)
    wd = g.weekday()
    if wd is None:
        return Result(from_date(monday, "month"), "month")
    return Result(from_date(monday + dt.timedelta(days=wd)), "day")


def unit_offset(g: Groups, a: Anchor | None) -> Result | None:
    """"last week", "this month", "late last year", "last summer"."""
    off, unit = g.offset("rel"), g.unit()
    if a is None or off is None or unit is None:
        return None
    if unit == "year":
        return Result(iso(a.year + off), "year")
    if unit in SEASON_MONTHS:
        return _season_offset(unit, off, a)
    if a.month is None:
        return None
    if unit == "month":
        return Result(iso(*add_months(a.year, a.month, off)), "month")
    return _weeks_from(a, off) if unit in ("week", "weekend") else None


def _weeks_from(a: Anchor, weeks: int) -> Result | None:
    if a.date is None:
        return None
    return Result(from_date(a.date + dt.timedelta(weeks=weeks), "month"), "month")


def _season_offset(season: str, off: int, a: Anchor) -> Result | None:
    """A season's value is the year it starts in. "last summer" is the latest summer already
    over (this year's once August is past); "next winter" the first not yet begun."""
    if a.month is None:
        return None if off else Result(iso(a.year), "season")
    first, last = SEASON_MONTHS[season]
    now = (a.year, a.month)
    if off < 0:
        ends = {y: (y if first <= last else y + 1, last) for y in (a.year, a.year - 1, a.year - 2)}
        return Result(iso(next(y for y, end in ends.items() if end < now)), "season")
    if off > 0:
        return Result(iso(a.year if (a.year, first) > now else a.year + 1), "season")
    return Result(iso(a.year), "season")


def ago(g: Groups, a: Anchor | None) -> Result | None:
    """"three days ago" (a day), "several weeks ago" (the month it lands in), 2년 전 (a year)."""
    counted, unit = g.number(), g.unit()
    if a is None or counted is None or unit is None or g.is_context():
        return None
    n, exact = counted
    if unit == "year":
        return Result(iso(a.year - n), "year")
    if a.month is None:
        return None
    if unit == "month":
        return Result(iso(*add_months(a.year, a.month, -n)), "month")
    if a.date is None:
        return None
    days = n * (7 if unit == "week" else 1)
    precision = "day" if unit == "day" and exact else "month"
    return Result(from_date(a.date - dt.timedelta(days=days), precision), precision)


def recently(g: Groups, a: Anchor | None) -> Result | None:
    """"recently", 최근: the anchor's month (or the one before for "in recent months")."""
    if a is None or a.month is None:
        return None
    off = g.lookup("recent", "recent") or 0
    return Result(iso(*add_months(a.year, a.month, off)), "month")


def day_offset(g: Groups, a: Anchor | None) -> Result | None:
    """"yesterday", 이날: counted from a publication date only; a capture date is not the day
    the page was written."""
    off = g.lookup("day_offsets", "doff")
    if a is None or a.date is None or a.capture or off is None:
        return None
    return Result(from_date(a.date + dt.timedelta(days=off)), "day")
