"""The one-line summary of an event an export's `notes` column carries, built from its fields only
(so a redacted record gives a redacted line): "Defection: a diplomat (counsellor) in London,
United Kingdom, to South Korea, 2016-08; confirmed; per the unification ministry"."""
from __future__ import annotations

from crossings.codebook import book, country_name

FAMILY = "family_member"  # the codebook's role for relatives: "with family", never the principal


def summary(rec: dict) -> str:
    """rec: an event record (Event.to_dict() shape, redacted or not)."""
    head = book().label("event_types", rec["type"]) or rec["type"]
    parts = [_who(rec["subjects"]), _where(rec["origin"]), _to(rec.get("destination"))]
    line = f"{head[:1].upper()}{head[1:]}: " + ", ".join(p for p in parts if p)
    date = (rec.get("date") or {}).get("value")
    tail = [date or "date unknown", rec.get("status")]
    if rec.get("sources"):
        tail.append("per " + ", ".join(rec["sources"][:3]))
    return line.rstrip(": ") + "; " + "; ".join(t for t in tail if t)


def _who(subjects: list[dict]) -> str:
    principal = [s for s in subjects if s.get("role") != FAMILY]
    people = [_person(s) for s in principal[:3]]
    more = len(principal) - len(people)
    text = " and ".join(p for p in people if p) + (f" and {more} more" if more > 0 else "")
    if any(s.get("role") == FAMILY for s in subjects):
        text = f"{text} with family" if text else "family members"
    return text


def _person(s: dict) -> str:
    role = book().label("roles", s.get("role")) if s.get("role") else ""
    count = s.get("count")
    if count and count > 1:
        return f"{count} {_plural(role) or 'people'}" + (f" ({s['descriptor']})" if _says_more(s) else "")
    if s.get("name"):
        return s["name"] + (f" ({role})" if role else "")
    if role:
        return f"a {role}" + (f" ({s['descriptor']})" if _says_more(s) else "")
    return s.get("descriptor") or ""


def _plural(label: str) -> str:
    """Labels are nouns ("restaurant worker"); a collective one ("military") stays as it is."""
    return label if not label or label.endswith("y") else label + "s"


def _says_more(s: dict) -> bool:
    descriptor = (s.get("descriptor") or "").strip()
    return bool(descriptor) and descriptor.lower() not in (s.get("role") or "", book().label("roles", s.get("role")))


def _where(origin: dict) -> str:
    place = [origin.get("city"), country_name(origin.get("country")) or origin.get("country")]
    named = ", ".join(p for p in place if p) or origin.get("region")
    return f"in {named}" if named else ""


def _to(destination: str | None) -> str:
    return f"to {country_name(destination) or destination}" if destination else ""
