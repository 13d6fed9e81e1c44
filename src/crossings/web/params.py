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
        return {"type": f.get("type"), "year": f.get("year"), "country": f.get("country"),
                "role": f.get("role"), "status": f.get("status"), "q": f.get("text"),
                "review": self.review, "sort": self.sort, "order": "desc" if self.desc else "asc"}


def listing(
    type: str | None = Query(None, description="event type, e.g. defection"),
    year: str | None = Query(None, description="year of the event date, e.g. 2024"),
    country: str | None = Query(None, description="origin country, ISO 3166 alpha-2"),
    role: str | None = Query(None, description="a subject's role, e.g. diplomat"),
    status: str | None = Query(None, description="confirmed / reported / unconfirmed / denied"),
    q: str | None = Query(None, max_length=200, description="full-text: names, descriptors, places"),
    review: str | None = Query(None, description="unreviewed / confirmed / rejected / all (default: all but rejected)"),
    sort: str = Query("date", description="id / type / status / date / country / reported"),
    order: str = Query("desc", pattern="^(asc|desc)$"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> Listing:
    filters = {"type": type, "year": int(year) if year and year.isdigit() else None,
               "country": (country or "").strip().upper() or None, "role": role, "status": status,
               "text": (q or "").strip() or None}
    return Listing({k: v for k, v in filters.items() if v}, review or None, sort, order == "desc", limit, offset)
