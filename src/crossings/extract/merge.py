"""In-document merging, language-neutral: many sentence-level candidates -> one Mention per happening.

An extractor (English, Korean) emits one `Candidate` per trigger it believes in. Candidates of one
type whose attributes do not conflict describe one happening and are merged, with all their
evidence. Attributes conflict when both sides fill them and they disagree: different names,
different origin countries (a region holds its countries), different years (months only when both
were stated outright), different group sizes. A *weak* candidate (a bare "the defection") never
opens a happening of its own: it joins one that a strong candidate opened, or is dropped. An
*anaphoric* one ("he defected") joins the latest; a *distinct* one ("another diplomat, Kim ...")
joins only a happening that names the same person.

    merge_candidates([Candidate(mention, order=start_offset, strong=..., anaphoric=..., distinct=...)])
        -> list[Mention]   (then the document stage, crossings.extract.article.relate_happenings)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

from crossings.codebook import PRECISION_RANK, STATUS_RANK
from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.extract.places import region_of, within
from crossings.extract.timex.calendar import parse_anchor


@dataclass
class Candidate:
    """One trigger's reading of an event, before it meets the others of its document."""

    mention: Mention
    order: int = 0  # position in the document (the trigger's start offset)
    strong: bool = True
    anaphoric: bool = False
    distinct: bool = False  # "another diplomat": joins only a happening that names the same person
    region_countries: dict[str, set[str]] = field(default_factory=dict)  # region -> ISO2 in it


def fold_name(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z ]", " ", s)


def name_tokens(name: str) -> set[str]:
    return {t for t in fold_name(name).split() if t}


def names_match(a: str, b: str) -> bool:
    """Same person: one name's words all appear in the other ("Thae" ~ "Thae Yong Ho"), or the
    names are equal once spaces and hyphens go ("Yong-ho" ~ "Yong Ho")."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if "".join(sorted(ta)) == "".join(sorted(tb)) or fold_name(a).replace(" ", "") == fold_name(b).replace(" ", ""):
        return True
    joined_a, joined_b = fold_name(a).replace(" ", ""), fold_name(b).replace(" ", "")
    return ta <= tb or tb <= ta or joined_a in joined_b or joined_b in joined_a


def names_of(m: Mention) -> list[str]:
    return [s.name for s in m.subjects if s.name] + [a for s in m.subjects for a in s.aliases]


ROLE_SPECIFICITY = ("restaurant_worker", "trade_official", "diplomat", "military", "official",
                    "overseas_worker", "civilian", "family_member")


def principal_count(m: Mention) -> int | None:
    counts = [s.count for s in m.subjects if s.role != "family_member" and s.count]
    return sum(counts) if counts else None


def conflicts(a: Mention, b: Mention, regions: dict[str, set[str]] | None = None) -> bool:
    """True when a and b cannot be one happening."""
    if a.type != b.type:
        return True
    if a.type == "mission_closure":  # one closure per mission: only the place tells them apart
        return _city_conflict(a.origin, b.origin) or _place_conflict(a.origin, b.origin, regions or {})  # two consulates, one host
    na, nb = names_of(a), names_of(b)
    if na and nb:
        if not any(names_match(x, y) for x in na for y in nb):
            return True
        return False  # one named person: the rest is reporting noise
    return (
        _city_conflict(a.origin, b.origin)  # a trade envoy in Vladivostok and one in St. Petersburg
        or _place_conflict(a.origin, b.origin, regions or {})
        or (_date_conflict(a.date, b.date) and not _restated_unnamed(a, b))
        or _count_conflict(a, b)
    )


# DT-ANCHOR: a defection told by its arrival ("entered the South last month") is dated by the
# arrival, one told by its departure ("vanished from his post in November") by the departure: two
# reports of one flight may differ by the journey. A merged flight takes the departure's date.
ARRIVAL = re.compile(r"\b(?:arrived|arrives|arriving|entered|enters|reached|reaches|came to|come to|"
                     r"landed|surfaced|resurfaced|turned up|is (?:now )?in|are (?:now )?in|settled)\b"
                     r"|입국|도착|들어왔|들어온|왔다", re.I)
JOURNEY_DAYS = 550


def arrival_only(m: Mention) -> bool:
    quotes = [e.quote for e in m.evidence if e.field == "type"]
    return bool(quotes) and all(ARRIVAL.search(q) for q in quotes)


def _restated_unnamed(a: Mention, b: Mention) -> bool:
    """MG-SPLIT: one report names the person, the other tells the same post's one person unnamed
    ("A senior diplomat who vanished from his post in Italy in November has arrived" ... "Min, a
    counsellor in Rome, entered the South last month"): one flight, dated a journey apart."""
    if a.type != "defection" or bool(names_of(a)) == bool(names_of(b)):
        return False
    if not a.origin.country or a.origin.country != b.origin.country:
        return False
    pa, pb = _principals(a), _principals(b)
    if len(pa) != 1 or len(pb) != 1 or pa[0].role != pb[0].role or (pa[0].count or 1) != 1 or (pb[0].count or 1) != 1:
        return False
    return _within_a_journey(a.date.value, b.date.value)


def _principals(m: Mention) -> list[Subject]:
    return [s for s in m.subjects if s.role != "family_member"]


def _within_a_journey(x: str | None, y: str | None) -> bool:
    a, b = parse_anchor(x), parse_anchor(y)
    if a is None or b is None:
        return False
    first = lambda t: date(t.year, t.month or 1, t.day or 1)  # the first day a partial date allows
    return abs((first(a) - first(b)).days) <= JOURNEY_DAYS


def _city_conflict(a: Place, b: Place) -> bool:
    return bool(a.city and b.city and a.city != b.city)


def _place_conflict(a: Place, b: Place, regions: dict[str, set[str]]) -> bool:
    if a.country and b.country:
        return a.country != b.country
    region, country = (a.region, b.country) if a.region and not a.country else (b.region, a.country)
    if region and country:
        return country not in regions.get(region, set()) and not within(region_of(country), region)
    if a.region and b.region and not a.country and not b.country:
        return a.region != b.region
    return False


def _date_conflict(a: When, b: When) -> bool:
    """Different years always conflict; different months only when both were stated outright
    (a relative "several weeks ago" or "recently" is too loose to split a happening)."""
    if not a.value or not b.value:
        return False
    if a.value[:4] != b.value[:4]:
        return True
    n = min(len(a.value), len(b.value), 7)
    stated = a.derivation == "explicit" and b.derivation == "explicit"
    return stated and a.value[:n] != b.value[:n]


def _count_conflict(a: Mention, b: Mention) -> bool:
    if _the_others(a) or _the_others(b):
        return False  # "four were executed; the 40 others were sent to camps": one group, two fates
    ca, cb = principal_count(a), principal_count(b)
    return bool(ca and cb and ca > 1 and cb > 1 and ca != cb)


OTHERS = re.compile(r"\b(?:(?:the )?\w+ others|the (?:other|remaining) \w+|the rest)\b", re.I)


def _the_others(m: Mention) -> bool:
    return any(_rest_of_group(s) for s in m.subjects if s.role != "family_member")


def _rest_of_group(s: Subject) -> bool:
    """A group told as the rest of one already counted ("the 40 others", "the remaining six")."""
    return bool(s.descriptor and OTHERS.search(s.descriptor))


def agreement(a: Mention, b: Mention) -> int:
    """How many attributes a and b share (for choosing among compatible happenings)."""
    score = 3 * any(names_match(x, y) for x in names_of(a) for y in names_of(b))
    score += bool(a.origin.country and a.origin.country == b.origin.country)
    score += bool(a.origin.region and a.origin.region == b.origin.region)
    score += bool(a.date.value and b.date.value and a.date.value[:4] == b.date.value[:4])
    return score


def merge_candidates(candidates: list[Candidate]) -> list[Mention]:
    """Cluster candidates into happenings; returns one merged Mention per happening, in the order
    their first strong candidate appears."""
    regions: dict[str, set[str]] = {}
    for c in candidates:
        for k, v in c.region_countries.items():
            regions.setdefault(k, set()).update(v)
    ordered = sorted(candidates, key=lambda c: c.order)
    clusters: list[list[Candidate]] = []
    for c in [c for c in ordered if c.strong]:
        target = _choose(c, clusters, regions)
        if target is None:
            clusters.append([c])
        else:
            target.append(c)
    for c in [c for c in ordered if not c.strong]:
        target = _choose(c, clusters, regions)
        if target is not None:
            target.append(c)
    return [fold_cluster(cl) for cl in clusters]


def _choose(c: Candidate, clusters: list[list[Candidate]], regions) -> list[Candidate] | None:
    fits = []
    for i, cl in enumerate(clusters):
        merged = fold_cluster(cl)
        if conflicts(merged, c.mention, regions):
            continue
        if c.distinct and not any(names_match(a, b) for a in names_of(merged) for b in names_of(c.mention)):
            continue
        last = max(x.order for x in cl if x.order <= c.order) if any(x.order <= c.order for x in cl) else -1
        fits.append((agreement(merged, c.mention), len(cl), last, i))
    if c.anaphoric and not fits:  # "he" refers back even where loose dates disagree
        loose = replace(c.mention, date=When())
        fits = [(0, len(cl), max(x.order for x in cl), i) for i, cl in enumerate(clusters)
                if not conflicts(fold_cluster(cl), loose, regions)]
    if not fits:
        return None
    if c.anaphoric:  # "he", "the couple": the latest happening it fits
        best = max(fits, key=lambda f: (f[0] >= 3, f[2], f[0]))
    else:
        best = max(fits, key=lambda f: (f[0], f[1], -f[3]))
    return clusters[best[3]]


def fold_cluster(cluster: list[Candidate]) -> Mention:
    """One Mention from a cluster: the most specific value of each field, all the evidence."""
    ms = [c.mention for c in sorted(cluster, key=lambda c: c.order)]
    first = ms[0]
    out = replace(first, subjects=_merge_subjects(ms), evidence=_merge_evidence(ms))
    out.status = max((m.status for m in ms if m.status), key=lambda s: STATUS_RANK.get(s, 0), default=None)
    out.origin = _best_place([m.origin for m in ms])
    out.destination = next((m.destination for m in ms if m.destination and m.destination != "third_country"),
                           next((m.destination for m in ms if m.destination), None))
    departures = [m for m in ms if not arrival_only(m) and m.date.value and m.date.derivation != "anchor:published-year"] \
        if first.type == "defection" else ms
    out.date = _best_date([m.date for m in (departures or ms)])  # a flight is dated by its start
    out.sources = list(dict.fromkeys(s for m in ms for s in m.sources))
    out.background = all(m.background for m in ms)
    return out


def _best_place(places: list[Place]) -> Place:
    def rank(p: Place) -> tuple[int, int, int]:
        return (bool(p.country), bool(p.city), bool(p.region))
    best = max(places, key=rank)
    return best if not best.is_empty() else Place()


def _best_date(dates: list[When]) -> When:
    filled = [d for d in dates if d.value]
    if not filled:  # a date the page could not resolve ("Dec. 21", no year) is kept as told
        return next((d for d in dates if d.derivation and d.derivation.startswith("unresolved")), When())
    return max(filled, key=lambda d: PRECISION_RANK.get(d.precision, 0))


def _merge_subjects(ms: list[Mention]) -> list[Subject]:
    out: list[Subject] = []
    for m in ms:
        for s in m.subjects:
            twin = next((o for o in out if _same_subject(o, s)), None)
            if twin is None:
                out.append(replace(s, aliases=list(s.aliases)))
            else:
                _absorb(twin, s)
    return out


def _same_subject(a: Subject, b: Subject) -> bool:
    principals = "family_member" not in (a.role, b.role)
    if principals and (_rest_of_group(a) or _rest_of_group(b)):
        return False  # "the 40 others" are more people, not the four again
    if principals and not a.name and not b.name and not (a.count and b.count and a.count != b.count):
        return True  # "13 restaurant workers" and "thirteen North Koreans": one group, two words
    if a.role and b.role and a.role != b.role:
        return False
    if a.name and b.name:
        return names_match(a.name, b.name)
    if "family_member" in (a.role, b.role):  # "his wife" and "his son" stay two people
        return not a.name and not b.name and a.descriptor == b.descriptor
    return True


def _absorb(into: Subject, s: Subject) -> None:
    if into.role and s.role and _specificity(s.role) < _specificity(into.role):
        into.role, into.descriptor = s.role, s.descriptor or into.descriptor
    if s.name and into.name and len(s.name) > len(into.name):
        into.aliases = list(dict.fromkeys([*into.aliases, into.name]))
        into.name = s.name
    elif s.name and into.name and s.name != into.name and s.name not in into.aliases:
        into.aliases.append(s.name)
    if into.count is None and s.count is not None:
        into.approximate = s.approximate  # the flag goes with the count it qualifies
    for f in ("name", "descriptor", "role", "count", "age", "minor"):
        if getattr(into, f) is None and getattr(s, f) is not None:
            setattr(into, f, getattr(s, f))


def _specificity(role: str) -> int:
    return ROLE_SPECIFICITY.index(role) if role in ROLE_SPECIFICITY else len(ROLE_SPECIFICITY)


def _merge_evidence(ms: list[Mention]) -> list[Evidence]:
    seen, out = set(), []
    for m in ms:
        for e in m.evidence:
            key = (e.field, e.start, e.end)
            if key not in seen:
                seen.add(key)
                out.append(e)
    return out
