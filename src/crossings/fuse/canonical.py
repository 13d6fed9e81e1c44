"""Canonical values of a fused event, by stated rules, with every disagreement kept.

Rules:
- Each source counts once: the mentions of one wire-copy group share one vote; a background
  mention ("the highest-ranking since ...") gets half a vote.
- The best-attested value wins; among equally attested values the one the latest report gives
  wins (later clarifications over early reports), then the value itself (determinism).
- Dates: the best-attested year, then within it the best-attested month, then day: the most
  specific value the reports support.
- Dates read off a report's own clock (its publication year, the eve of publication) count a third;
  where there are only such dates, the tightest "no later than" wins.
- Status: an official confirmation on record outranks everything; a denial, then an explicit
  refusal to confirm, outranks media reports and confirmations credited to no official on record
  when an official is credited with it (the codebook's "officials decline to confirm") or when it
  carries a third of the vote.
- A disappearance later reported as a defection is that defection.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Hashable

from crossings.codebook import ROLE_SPECIFICITY, STATUS_RANK  # noqa: F401 (ROLE_SPECIFICITY: fuse/subjects.py)
from crossings.events import Mention, Place, When
from crossings.fuse.features import day_number, on_publication, parse_date
from crossings.fuse.regions import plausible_origin

_ISO = re.compile(r"^\d{4}(-\d{2}){0,2}$")
DEFECTION_SHARE = 0.34  # share of the vote defection reports need to settle a disappearance
REPORT_CLOCK_YEAR = "anchor:published-year"  # a happening dated only by its report's year
# Sources that speak for a government, as the extractors name them (English and Korean lexicons):
# a refusal to confirm credited to one of them is the codebook's "officials decline to confirm".
OFFICIAL_SOURCE = re.compile(r"\b(?:NIS|JCS|ministry|government|military|Joint Chiefs|Presidential Office|police|"
                             r"coast guard|lawmakers?|State House|Cheong Wa Dae|Blue House|KCNA)\b", re.I)
UNNAMED_SOURCE = re.compile(r"\bsources?\b", re.I)
REPORT_CLOCK_DISCOUNT = 3  # a date read off a report's clock counts a third of a stated one


@dataclass(frozen=True)
class Vote:
    id: str  # the mention's id
    mention: Mention
    weight: float
    published: str  # "" when unknown: sorts as earliest


def votes(members: list[tuple[str, Mention]], groups: dict[str, str],
          published: dict[str, str | None]) -> list[Vote]:
    """One vote per source: the mentions of a wire-copy group share one."""
    per_group: dict[str, int] = defaultdict(int)
    for _, m in members:
        per_group[groups.get(m.doc, m.doc)] += 1
    return [Vote(mid, m, (0.5 if m.background else 1.0) / per_group[groups.get(m.doc, m.doc)],
                 published.get(m.doc) or "") for mid, m in members]


def pick(pairs: list[tuple[Hashable, Vote]], specificity: dict[Any, int] | None = None) -> Any:
    """The best-attested value; ties go to the more specific value (where `specificity` ranks
    them), then to the latest report, then to the smaller value."""
    rank = specificity or {}
    support: dict[Hashable, list[float | str]] = {}
    for value, v in pairs:
        if value is None:
            continue
        s = support.setdefault(value, [0.0, ""])
        s[0] += v.weight
        s[1] = max(s[1], v.published)
    if not support:
        return None
    return min(support, key=lambda k: (-round(support[k][0], 6), -rank.get(k, 0), -_day(support[k][1]), str(k)))


def _day(date: str) -> int:
    """A sortable number for a (partial) ISO date; 0 when unknown, so unknown loses ties."""
    digits = date.replace("-", "")[:8]
    if not digits.isdigit():
        digits = re.sub(r"\D", "", digits)
    return int(digits.ljust(8, "0")) if digits else 0


def event_type(vs: list[Vote]) -> str:
    weight: dict[str, float] = defaultdict(float)
    for v in vs:
        weight[v.mention.type] += v.weight
    if weight.get("defection", 0.0) >= DEFECTION_SHARE * sum(weight.values()):
        return "defection"
    return pick([(v.mention.type, v) for v in vs])


def status(vs: list[Vote]) -> str | None:
    """An official confirmation on record settles it; a denial or a refusal to confirm outranks
    media reports and unattributed confirmations when an official is credited with it ("the
    ministry could not confirm") or when it carries a third of the vote (one stray unattributed
    hedge among many reports does not)."""
    weight: dict[str, float] = defaultdict(float)
    for v in vs:
        if v.mention.status in STATUS_RANK:
            weight[v.mention.status] += v.weight
    if not weight:
        return None
    if any(v.mention.status == "confirmed" and credits_official(v.mention) for v in vs):
        return "confirmed"
    total = sum(weight.values())
    for name in ("denied", "unconfirmed"):
        on_record = any(v.mention.status == name and credits_official(v.mention) for v in vs)
        if on_record or weight.get(name, 0.0) * 3 >= total:
            return name
    if "confirmed" in weight:
        return "confirmed"
    return pick([(v.mention.status, v) for v in vs if v.mention.status in STATUS_RANK])


def credits_official(m: Mention) -> bool:
    """Does the mention credit a government source on record (any language's lexicon, by
    canonical name)? An unnamed "government source" (security authorities, an official who asks
    not to be named) is not on record."""
    return any(OFFICIAL_SOURCE.search(s) and not UNNAMED_SOURCE.search(s) for s in m.sources)


# Flights (and punishments) of people who live in the North rather than at a post abroad
HOMEBOUND_TYPES = {"defection", "attempted_defection", "disappearance", "punishment"}
LIVE_IN_THE_NORTH = {"civilian", "military"}


def origin(vs: list[Vote]) -> Place:
    told = [v for v in vs if plausible_origin(v.mention.type, v.mention.origin.country)]
    if not any(not v.mention.origin.is_empty() for v in told) and _lived_in_the_north(vs):
        return Place(country="KP", precision="country")
    vs = told
    country = pick([((v.mention.origin.country or "").upper() or None, v) for v in vs])
    fits = [v for v in vs if (v.mention.origin.country or "").upper() in ("", country or "")]
    city = pick([(v.mention.origin.city, v) for v in fits])
    region = pick([(v.mention.origin.region, v) for v in fits])
    place = Place(city=city, country=country, region=region)
    for v in sorted(fits, key=lambda v: v.id):
        o = v.mention.origin
        if o.city == city and o.lat is not None:
            place.lat, place.lon, place.precision = o.lat, o.lon, o.precision
            break
    place.precision = place.precision or ("city" if city else "country" if country else "region" if region else None)
    return place


def _lived_in_the_north(vs: list[Vote]) -> bool:
    """PL (codebook): the origin of people who fled is where they lived or were posted, and
    "civilians caught in China or Laos have origin KP". Civilians and soldiers live in the North,
    so an event of theirs no report places anywhere set out from there ("four North Koreans
    found aboard a boat"). A default of the codebook, not a report's word: fusion never weighs it
    (the reports' own origins stay empty), only the event shows it."""
    roles = {s.role for v in vs for s in v.mention.subjects if s.role != "family_member"}
    return all(v.mention.type in HOMEBOUND_TYPES for v in vs) and bool(roles) and roles <= LIVE_IN_THE_NORTH


def destination(vs: list[Vote]) -> str | None:
    specific = [(v.mention.destination.upper(), v) for v in vs
                if v.mention.destination and v.mention.destination != "third_country"]
    if specific:
        return pick(specific)
    return "third_country" if any(v.mention.destination == "third_country" for v in vs) else None


def when(vs: list[Vote]) -> When:
    """Descend year -> month -> day, each level the best-attested value under the one above.
    Where every date is read off a report's clock, the earliest wins: the happening was no later
    than its first report."""
    dated = [(v.mention.date.value, _discount(v) if _weak(v) else v) for v in vs if _ISO.match(v.mention.date.value or "")]
    if dated and all(_weak(v) for _, v in dated):
        dated = [min(dated, key=lambda d: (_period_end(d[0]), d[1].id))]
    chosen = ""
    for size, precision in ((4, "year"), (7, "month"), (10, "day")):
        level = [(val[:size], v) for val, v in dated if len(val) >= size and val.startswith(chosen)]
        best = pick(level)
        if best is None:
            break
        chosen = best
    if not chosen:
        return When()
    derivations = sorted({v.mention.date.derivation for val, v in dated if val == chosen and v.mention.date.derivation})
    precision = {4: "year", 7: "month", 10: "day"}.get(len(chosen), "unknown")
    return When(value=chosen, precision=precision, derivation=derivations[0] if derivations else None)


def _weak(v: Vote) -> bool:
    """A date read off the report's own clock: its publication year, or a day on the eve of
    its publication. A stated day and month whose year comes from the publication date
    ("on May 10", derivation anchor:published) is a stated date, not the report's clock."""
    published = day_number(*parse_date(v.published))
    return v.mention.date.derivation == REPORT_CLOCK_YEAR or \
        on_publication(v.mention.date.value, published)


def _period_end(value: str) -> str:
    """The last day a partial date allows ("2018" -> "2018-12-31"): the tightest upper bound wins."""
    return value + "-12-31"[len(value) - 4:] if len(value) < 10 else value


def _discount(v: Vote) -> Vote:
    return Vote(v.id, v.mention, v.weight / REPORT_CLOCK_DISCOUNT, v.published)


def sources(vs: list[Vote]) -> list[str]:
    weight: dict[str, float] = defaultdict(float)
    for v in vs:
        for s in dict.fromkeys(v.mention.sources):
            weight[s] += v.weight
    return sorted(weight, key=lambda s: (-weight[s], s))


def reported(vs: list[Vote]) -> str | None:
    """The earliest publication date among the event's documents."""
    dates = [v.published for v in vs if v.published]
    return min(dates) if dates else None


def conflicts(vs: list[Vote], fields: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """For each field where reports disagree: every value with the mentions and docs behind it."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, getter in fields.items():
        by_value: dict[str, list[Vote]] = defaultdict(list)
        for v in vs:
            value = getter(v.mention)
            if value not in (None, "", []):
                by_value[str(value)].append(v)
        if len(by_value) > 1:
            out[name] = [
                {"value": value, "mentions": sorted(v.id for v in ms), "docs": sorted({v.mention.doc for v in ms})}
                for value, ms in sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            ]
    return out
