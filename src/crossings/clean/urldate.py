"""Publication dates that URLs carry: /2016/08/17/, /2016/aug/16/, 20160817 inside ids, ..."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from crossings.clean.datefind import make_date, month_number, vocabulary
from crossings.document import DateInfo

_YEAR = r"(?P<y>(?:19|20)\d\d)"


def _month_alts() -> str:
    return "|".join(sorted(vocabulary()["months"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _day_patterns() -> list[re.Pattern]:  # built once: the regex module's own cache is shared and small
    mon = rf"(?P<m>\d{{1,2}}|{_month_alts()})"
    return [
        # /2016/08/17/ or /2016/aug/16/ or /2023/7/14 at the end; not /2016/04/13-slug-words
        re.compile(rf"/{_YEAR}/{mon}/(?P<d>\d{{1,2}})(?=[/?#]|\.\w+$|$)", re.I),
        # 20160817 starting a run of digits: ids often glue a time and a serial right after it
        re.compile(rf"(?<!\d){_YEAR}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"),
        # 06072023183727: month, day, year, then a time of day
        re.compile(r"(?<!\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])" + _YEAR
                   + r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?!\d)"),
        # 23-Apr-2024
        re.compile(rf"(?<![\w])(?P<d>\d{{1,2}})-(?P<m>{_month_alts()})-{_YEAR}(?!\d)", re.I),
        # 2016-08-17 spelled out
        re.compile(rf"(?<!\d){_YEAR}-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
    ]


def url_date(url: str | None) -> DateInfo | None:
    """The most precise date the URL's path and query give, with precision; None if none."""
    if not url:
        return None
    parts = urlsplit(url)
    where = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    for pattern in _day_patterns():
        for m in pattern.finditer(where):
            month = int(m["m"]) if m["m"].isdigit() else month_number(m["m"])
            if value := make_date(int(m["y"]), month or 0, int(m["d"])):
                return DateInfo(value.isoformat(), "day", "url")
    return _coarse(where)


_YEAR_MONTH = re.compile(rf"/{_YEAR}/(?P<m>0?[1-9]|1[0-2])(?=/)")
_YEAR_ONLY = re.compile(rf"/{_YEAR}(?=/)")


def _coarse(where: str) -> DateInfo | None:
    if m := _YEAR_MONTH.search(where):
        if make_date(int(m["y"]), int(m["m"]), 1):
            return DateInfo(f"{m['y']}-{int(m['m']):02d}", "month", "url")
    if m := _YEAR_ONLY.search(where):
        if make_date(int(m["y"]), 1, 1):
            return DateInfo(m["y"], "year", "url")
    return None
