"""A generated archive of look-alike happenings and their reports, with the truth beside them.

generate(seed, happenings, years) -> Archive(mentions, published, groups, truth)

Four kinds of happening recur year after year and look alike: an unnamed soldier crossing the
military demarcation line, a boat of fishermen, a group of escapees arrested in China, a mission
closed abroad. Each is reported by a few pages that vary as real ones do: some pages carry no
publication date, dates are stated in full, as a day and month whose year comes from the page
("Dec. 21"), relatively ("on Thursday", 지난해 11월, 15일), as a publication-year default, or not at
all; places are given at country, province, county or front level; head counts differ by one or
are left out; wire copies repeat another page word for word; a third of the pages are Korean.

The mentions have the shape extraction gives (derivations as extract/timex writes them: a
day-and-month on an undated page is unresolved, its words kept as date evidence), so they feed
fusion directly. Everything is invented; nothing comes from a real page.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from crossings.events import Evidence, Mention, Place, Subject, When

FRONTS = ("western front", "central front", "eastern front")
COUNTIES = {  # county or town near the line, with its front
    "western front": ("Kaesong", "Panmunjom", "Paju", "Gimpo"),
    "central front": ("Cheorwon", "Yeoncheon", "Hwacheon"),
    "eastern front": ("Goseong", "Yanggu", "Inje"),
}
SEAS = {"East Sea": ("Chongjin", "Kimchaek", "Sinpo", "Samcheok"), "Yellow Sea": ("Nampo", "Haeju", "Yeonpyeong")}
PROVINCES = {"Liaoning": ("Shenyang", "Dandong", "Dalian"), "Jilin": ("Yanji", "Changchun", "Tumen"),
             "Heilongjiang": ("Harbin", "Mudanjiang")}
MISSIONS = {"ES": "Madrid", "UG": "Kampala", "AO": "Luanda", "HK": "Hong Kong", "NP": "Kathmandu",
            "BD": "Dhaka", "LY": "Tripoli", "GN": "Conakry", "IT": "Rome", "PE": "Lima", "MX": "Mexico City",
            "KW": "Kuwait City", "MY": "Kuala Lumpur", "BG": "Sofia", "ET": "Addis Ababa", "SN": "Dakar",
            "ZW": "Harare", "TZ": "Dar es Salaam", "MZ": "Maputo", "CD": "Kinshasa", "BF": "Ouagadougou",
            "ML": "Bamako", "NG": "Lagos", "PK": "Karachi", "LK": "Colombo", "MM": "Yangon", "KH": "Phnom Penh",
            "LA": "Vientiane", "CU": "Havana", "VE": "Caracas", "BR": "Brasilia", "SY": "Damascus",
            "IR": "Tehran", "EG": "Alexandria", "DZ": "Algiers", "AE": "Dubai", "OM": "Muscat"}
MONTHS_EN = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
# one closure in ten: a mission closes once, so the look-alikes are other hosts in other years
KINDS = ("soldier", "boat", "arrest", "soldier", "boat", "arrest", "soldier", "boat", "arrest", "closure")


@dataclass
class Happening:
    key: str
    kind: str
    day: date
    type: str
    role: str | None
    count: int | None
    country: str
    region: str | None
    city: str | None
    destination: str | None


@dataclass
class Archive:
    mentions: list[Mention]
    published: dict[str, str | None]
    groups: dict[str, str]  # wire copy -> the page it copies
    truth: dict[str, str]  # mention id -> happening key
    years: dict[str, int]  # happening key -> its year
    happenings: dict[str, Happening] = field(default_factory=dict)  # key -> what happened


def invent(r: random.Random, k: int, first: date, days: int, hosts: list[str]) -> Happening:
    kind = KINDS[k % len(KINDS)]
    day = first + timedelta(days=r.randrange(days))
    key = f"h{k:04d}"
    if kind == "soldier":
        front = r.choice(FRONTS)
        return Happening(key, kind, day, "defection", "military", r.choice((1, 1, 1, 1, 2)), "KP", front,
                         r.choice(COUNTIES[front]), "KR")
    if kind == "boat":
        sea = r.choice(tuple(SEAS))
        return Happening(key, kind, day, "defection", "civilian", r.randint(2, 9), "KP", sea,
                         r.choice(SEAS[sea]), "KR")
    if kind == "arrest":
        province = r.choice(tuple(PROVINCES))
        return Happening(key, kind, day, "attempted_defection", "civilian", r.randint(2, 14), "KP", province,
                         r.choice(PROVINCES[province]), None)
    host = hosts.pop(r.randrange(len(hosts))) if hosts else r.choice(tuple(MISSIONS))
    return Happening(key, kind, day, "mission_closure", "diplomat", None, host, None, MISSIONS[host], None)


def _when(r: random.Random, h: Happening, published: date | None, lang: str) -> tuple[When, str]:
    """The date a report gives, as extraction would resolve it, and the words it rests on."""
    d = h.day
    month_day = f"{MONTHS_EN[d.month - 1]} {d.day}" if lang == "en" else f"{d.month}월 {d.day}일"
    if published is None:  # an undated page: only what it states in full survives
        pick = r.random()
        if pick < 0.35:
            return When(d.isoformat(), "day", "explicit"), f"{month_day}, {d.year}"
        if pick < 0.7:
            return When(None, "unknown", "unresolved:month-day"), month_day
        return When(), ""
    pick = r.random()
    if pick < 0.2:
        return When(d.isoformat(), "day", "explicit"), f"{month_day}, {d.year}"
    if pick < 0.45:  # a day and month, the year from the page
        return When(d.isoformat(), "day", "anchor:published"), month_day
    if pick < 0.6 and (published - d).days < 7:
        return When(d.isoformat(), "day", "relative:weekday" if lang == "en" else "relative:ko-day"), \
            "on Thursday" if lang == "en" else f"{d.day}일"
    if pick < 0.7:
        return When(d.isoformat()[:7], "month", "explicit"), f"{MONTHS_EN[d.month - 1]} {d.year}"
    if pick < 0.85 and published.year == d.year:
        return When(str(published.year), "year", "anchor:published-year"), "crossed"
    return When(), ""


def _place(r: random.Random, h: Happening) -> Place:
    if h.kind == "closure":
        return Place(country=h.country, city=h.city if r.random() < 0.5 else None)
    level = r.random()
    if level < 0.3:
        return Place(country=h.country)
    if level < 0.6:
        return Place(country=h.country, region=h.region)
    if level < 0.85:
        return Place(country=h.country, region=h.region, city=h.city)
    return Place()


def _count(r: random.Random, h: Happening) -> int | None:
    if h.count is None or r.random() < 0.3:
        return None
    if h.count > 2 and r.random() < 0.2:
        return h.count + r.choice((-1, 1))
    return h.count


def report(r: random.Random, h: Happening, doc: str, published: date | None, lang: str) -> Mention:
    when, words = _when(r, h, published, lang)
    trigger = "crossed" if lang == "en" else "귀순"
    evidence = [Evidence("type", 0, len(trigger), trigger)]
    if words:
        evidence.append(Evidence("date", 20, 20 + len(words), words))
    return Mention(doc=doc, type=h.type, status="reported",
                   subjects=[Subject(role=h.role if r.random() < 0.9 else None, count=_count(r, h))],
                   origin=_place(r, h), destination=h.destination if r.random() < 0.7 else None,
                   date=when, evidence=evidence)


def generate(seed: int = 1, happenings: int = 300, years: int = 20) -> Archive:
    r = random.Random(seed)
    first = date(2025 - years, 1, 1)
    span = (date(2025, 1, 1) - first).days
    archive = Archive([], {}, {}, {}, {})
    hosts = sorted(MISSIONS)
    for k in range(happenings):
        h = invent(r, k, first, span, hosts)
        archive.years[h.key] = h.day.year
        archive.happenings[h.key] = h
        pages = 2 + min(int(r.expovariate(1 / 2.2)), 8)
        originals: list[str] = []
        for p in range(pages):
            doc = f"{h.key}-p{p}"
            if originals and r.random() < 0.2:  # a wire copy: another page, word for word
                source = r.choice(originals)
                copy = next(m for m in archive.mentions if m.doc == source)
                m = Mention.from_dict({**copy.to_dict(), "doc": doc})
                archive.groups[doc] = source
                archive.published[doc] = archive.published[source]
            else:
                lang = "ko" if r.random() < 0.35 else "en"
                published = None if r.random() < 0.15 else h.day + timedelta(days=r.choice((0, 1, 1, 2, 3, 5, 12, 40)))
                archive.published[doc] = published.isoformat() if published else None
                m = report(r, h, doc, published, lang)
                originals.append(doc)
            archive.mentions.append(m)
            archive.truth[m.id] = h.key
    return archive
