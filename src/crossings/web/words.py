"""An event in words, in English or Korean: who, from where, when, to where, who says so.

Every label comes from the codebook registry (types, roles, statuses, how a date was worked out,
destinations) and country names from CLDR (crossings.countries); raw codes and descriptors are
shown only where nothing better is known.
"""
from __future__ import annotations

from dataclasses import dataclass

from crossings.codebook import book
from crossings.countries import country_name
from crossings.events import Event, Place, Subject, When

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


@dataclass
class Who:
    text: str  # "Pak Sun Il (trade official)", "2 restaurant workers"
    name: str | None = None  # the part a person page link goes on
    person: str | None = None  # person id, when fusion identified one
    descriptor: str | None = None  # the text's own words, shown on hover


def role_words(role: str | None, count: int | None, lang: str = "en") -> str:
    """'2 diplomats', 'a diplomat', 'diplomat(s), number not stated'; 외교관 2명."""
    entry = book().data["roles"].get(role) or {}
    if lang == "ko":
        label = entry.get("ko") or role or "신원 미상"
        return f"{label} {count}명" if count else label
    one, many = entry.get("one") or entry.get("en") or role, entry.get("many") or f"{role}s"
    if count == 1:
        return f"{'an' if one[0] in 'aeiou' else 'a'} {one}"
    return f"{count} {many}" if count else f"{one}(s), number not stated"


def subject_words(s: Subject, lang: str = "en", person: str | None = None) -> Who:
    if s.name:
        role = book().label("roles", s.role, lang) if s.role else ""
        extra = [role] + ([f"age {s.age}" if lang == "en" else f"{s.age}세"] if s.age else [])
        tail = ", ".join(x for x in extra if x)
        return Who(f"{s.name} ({tail})" if tail else s.name, s.name, person, s.descriptor)
    if s.role:
        return Who(role_words(s.role, s.count, lang), descriptor=s.descriptor)
    if s.descriptor:
        return Who(s.descriptor if not s.count or s.count == 1 else f"{s.count} × {s.descriptor}")
    return Who("unidentified people" if lang == "en" else "신원 미상")


def who(ev: Event, links: dict[int, str] | None = None, lang: str = "en") -> list[Who]:
    links = links or {}
    return [subject_words(s, lang, links.get(i)) for i, s in enumerate(ev.subjects)] or \
        [Who("no one named or counted" if lang == "en" else "대상 불명")]


def place_words(p: Place | None, lang: str = "en") -> str:
    if p is None or p.is_empty():
        return ""
    country = country_name(p.country, lang) if p.country else ""
    return ", ".join(x for x in (p.city, p.region, country) if x)


def date_words(w: When | None, lang: str = "en") -> str:
    """'17 August 2016', 'February 2024', '2016 (year only)', 'date unknown'; 2016년 8월 17일."""
    if w is None or not w.value:
        return "date unknown" if lang == "en" else "날짜 불명"
    v = w.value
    year, month, day = v[:4], v[5:7], v[8:10]
    if lang == "ko":
        return "".join([f"{year}년", f" {int(month)}월" if month.isdigit() else "",
                        f" {int(day)}일" if day.isdigit() else ""])
    if day.isdigit() and month.isdigit():
        return f"{int(day)} {MONTHS_EN[int(month) - 1]} {year}"
    if month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS_EN[int(month) - 1]} {year}"
    return f"{year} ({'a season of the year' if w.precision == 'season' else 'year only'})"


def derivation_words(w: When | None, lang: str = "en") -> str:
    """How the date was worked out, from When.derivation ('relative:last-month' -> the words for
    'relative'); the report's-year anchor has words of its own."""
    d = (w.derivation if w else None) or ""
    if not d:
        return ""
    kind = "published-year" if d.startswith("anchor:published-year") else d.split(":")[0].split(";")[0]
    words = book().label("derivations", kind, lang)
    if "capture" in d:
        words += ", no later than the page's capture" if lang == "en" else ", 수집일 이전"
    return words


def says_words(ev: Event, lang: str = "en") -> str:
    """'confirmed, according to the unification ministry and Lantern Daily'."""
    status = book().label("statuses", ev.status, lang) if ev.status else ("status unknown" if lang == "en" else "상태 불명")
    if not ev.sources:
        return f"{status}; no source named" if lang == "en" else f"{status}; 출처 미상"
    names = ", ".join(ev.sources[:-1]) + (" and " if len(ev.sources) > 1 else "") + ev.sources[-1]
    return f"{status}, according to {names}" if lang == "en" else f"{status} · {', '.join(ev.sources)}"


def _bound(ev: Event, lang: str) -> str:
    """For an undated event, the one bound the reports give: it happened before the first of them."""
    if ev.date.value or not ev.reported:
        return ""
    day = date_words(When(ev.reported[:10], "day"), lang)
    return f"before its first report, {day}" if lang == "en" else f"첫 보도({day}) 이전"


def headline(ev: Event, links: dict[int, str] | None = None, lang: str = "en") -> dict:
    """The parts of an event's headline, each in words."""
    return {"who": who(ev, links, lang), "type": book().label("event_types", ev.type, lang),
            "from": place_words(ev.origin, lang) or ("origin unknown" if lang == "en" else "출발지 불명"),
            "when": date_words(ev.date, lang), "how": derivation_words(ev.date, lang) or _bound(ev, lang),
            "to": country_name(ev.destination, lang) if ev.destination else "",
            "says": says_words(ev, lang), "outlets": ev.outlets or len({m.doc for m in ev.mentions}),
            "reports": len(ev.mentions)}
