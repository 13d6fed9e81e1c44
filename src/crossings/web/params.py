"""Query parameters shared by the pages and the JSON API (one parser, so both filter alike)."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Query


@dataclass
class Listing:
    filters: dict
    review: str | None
    sort: str
    desc: bool
    limit: int
    offset: int

    def params(self) -> dict:
        """Back to query-string form, for links that keep the current filters."""
        f = self.filters
        return {"type": f.get("type"), "year": f.get("year"), "since": f.get("since"), "until": f.get("until"),
                "country": f.get("country"), "destination": f.get("destination"), "outlet": f.get("outlet"),
                "role": f.get("role"), "status": f.get("status"), "q": f.get("text"),
                "review": self.review, "sort": self.sort, "order": "desc" if self.desc else "asc"}


def listing(
    type: str | None = Query(None, description="event type, e.g. defection"),
    year: str | None = Query(None, description="year of the event date, e.g. 2024"),
    since: str | None = Query(None, description="dated in or after this year (or ISO month, day)"),
    until: str | None = Query(None, description="dated in or before this year (or ISO month, day)"),
    country: str | None = Query(None, description="origin country, ISO 3166 alpha-2"),
    destination: str | None = Query(None, description="where they went, ISO 3166 alpha-2 or third_country"),
    outlet: str | None = Query(None, max_length=300, description="an outlet behind its reports, or a domain "
                                                                  "above some (yna.co.kr takes en.yna.co.kr)"),
    role: str | None = Query(None, description="a subject's role, e.g. diplomat"),
    status: str | None = Query(None, description="confirmed / reported / unconfirmed / denied"),
    q: str | None = Query(None, max_length=200, description="full-text: names, descriptors, places"),
    review: str | None = Query(None, description="unreviewed / confirmed / rejected / all (default: all but rejected)"),
    sort: str = Query("date", description="id / type / status / date / country / reported"),
    order: str = Query("desc", pattern="^(asc|desc)$"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> Listing:
    filters = {"type": type, "year": _year(year), "since": _text(since), "until": _text(until),
               "country": (country or "").strip().upper() or None, "destination": _text(destination),
               "outlet": _text(outlet), "role": role, "status": status, "text": (q or "").strip() or None}
    return Listing({k: v for k, v in filters.items() if v}, review or None, sort, order == "desc", limit, offset)


def _year(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def _text(value: str | None) -> str | None:
    """A date bound as typed ('2016', '2016-03'); the codebook's check refuses anything else."""
    return (value or "").strip() or None


@dataclass
class Selection:
    """What the wave chart and the map count: a type, role, origin country or continent, years."""

    filters: dict
    region: str | None
    period: str
    side: str

    def params(self) -> dict:
        return {**self.filters, "region": self.region, "period": self.period, "side": self.side}


def selection(
    type: str | None = Query(None, description="event type (the wave chart's default: defection)"),
    role: str | None = Query(None, description="a subject's role, e.g. diplomat"),
    country: str | None = Query(None, description="origin country, ISO 3166 alpha-2"),
    region: str | None = Query(None, description="origin continent: AS, EU, AF, NA, SA, OC"),
    since: str | None = Query(None, description="first year"),
    until: str | None = Query(None, description="last year"),
    period: str = Query("quarter", pattern="^(quarter|month)$"),
    side: str = Query("both", pattern="^(origin|destination|both)$", description="map: which ends to draw"),
) -> Selection:
    filters = {"type": type, "role": role, "country": (country or "").strip().upper() or None,
               "since": _text(since), "until": _text(until)}
    return Selection({k: v for k, v in filters.items() if v}, region or None, period, side)
