"""Invented reports for fusion tests: a factory that builds a Mention with evidence."""
from __future__ import annotations

import pytest

from crossings.events import Evidence, Mention, Place, Subject, When


def make_mention(doc: str, type: str = "defection", *, name: str | None = None, role: str | None = "diplomat",
                 count: int | None = None, country: str | None = None, city: str | None = None,
                 region: str | None = None, date: str | None = None, status: str | None = "reported",
                 destination: str | None = None, relatives: list[Subject] | None = None,
                 subjects: list[Subject] | None = None, descriptor: str | None = None,
                 aliases: list[str] | None = None, at: int = 0, quote: str = "defected",
                 sources: list[str] | None = None, derivation: str | None = "explicit",
                 approximate: bool = False) -> Mention:
    """A mention whose type evidence starts at `at` (mention ids derive from doc, type and that)."""
    if subjects is None:
        subjects = [Subject(name=name, role=role, count=count, descriptor=descriptor, aliases=aliases or [],
                            approximate=approximate)]
    subjects = subjects + (relatives or [])
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""), "unknown")
    return Mention(
        doc=doc, type=type, status=status, subjects=subjects,
        origin=Place(city=city, country=country, region=region), destination=destination,
        date=When(value=date, precision=precision, derivation=derivation if date else None),
        sources=sources or [], evidence=[Evidence("type", at, at + len(quote), quote)],
    )


@pytest.fixture
def mention():
    return make_mention
