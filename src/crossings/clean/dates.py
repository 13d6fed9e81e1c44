"""Publication date (with source and precision) and capture date of a page."""
from __future__ import annotations

import re

from crossings.document import DateInfo, RawPage

_URL_DATE = re.compile(r"(?<!\d)(19\d\d|20\d\d)[/\-_]?(0[1-9]|1[0-2])[/\-_]?(0[1-9]|[12]\d|3[01])(?!\d)")


def publication_date(raw: RawPage, text: str, meta: dict) -> DateInfo:
    if raw.published:
        return DateInfo(raw.published[:10], _precision(raw.published[:10]), "manifest")
    if meta.get("date"):
        return DateInfo(meta["date"][:10], "day", "meta")
    if raw.url and (m := _URL_DATE.search(raw.url)):
        return DateInfo(f"{m[1]}-{m[2]}-{m[3]}", "day", "url")
    return DateInfo()


def capture_date(raw_text: str, text: str) -> str | None:
    return None


def _precision(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "unknown")
