"""A cluster of frames -> one Mention: the best-supported value of each field, and the evidence
for every field it fills (offsets into the document text, quote == text[start:end])."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from crossings.codebook import PRECISION_RANK, STATUS_RANK
from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.extract.ko.cluster import Cluster
from crossings.extract.ko.fields import vague
from crossings.extract.ko.frames import Frame
from crossings.extract.ko.lexicon import load
from crossings.extract.ko.status import predicate


class _Evidence:
    def __init__(self, text: str) -> None:
        self.text, self.items, self.seen = text, [], set()

    def add(self, fieldname: str, span: tuple[int, int] | None) -> None:
        if span is None or span[1] <= span[0] or (fieldname, *span) in self.seen:
            return
        self.seen.add((fieldname, *span))
        self.items.append(Evidence(fieldname, span[0], span[1], self.text[span[0]:span[1]]))


def build_mention(doc_id: str, text: str, c: Cluster) -> Mention:
    ev = _Evidence(text)
    frames = sorted(c.frames, key=lambda f: f.order)
    for f in frames:
        inside = [h for h in f.hits if f.scope.start <= h.start < f.scope.end]
        for h in inside:
            ev.add("type", (h.start, h.end))
        if not inside:
            # a list item or precedent under a trigger it shares: its own words are the quote
            # (and keep its Mention.id, keyed by the first quote, apart from its siblings')
            ev.add("type", (f.scope.start, f.scope.end))
    m = Mention(doc=doc_id, type=c.type, background=all(f.background for f in frames))
    m.subjects = _subjects(frames, ev)
    m.origin = _origin(frames, ev)
    m.destination = _destination(frames, ev)
    m.date = _date(_departures(text, frames) if c.type == "defection" else frames, ev)
    m.status = _status(frames, c.statements, text, ev)
    m.sources = _sources(frames, ev)
    m.evidence = ev.items
    return m


def _subjects(frames: list[Frame], ev: _Evidence) -> list[Subject]:
    named: dict[str, Subject] = {}
    unnamed: dict[str, Subject] = {}
    for f in frames:
        for s, span in zip(f.found.subjects, f.found.spans):
            key = s.aliases[0] if s.aliases else None
            pool, k = (named, key) if key else (unnamed, s.role or "")
            if k not in pool:
                pool[k] = Subject(**{**s.__dict__, "aliases": list(s.aliases)})
            else:
                _absorb(pool[k], s)
            ev.add("subjects", span)
    named_roles = {s.role for s in named.values()}
    kept = list(named.values())
    for role, s in unnamed.items():
        if role in named_roles and role != "family_member":
            continue  # "the acting ambassador" is the named man
        if role == "family_member" and "family_member" in named_roles:
            continue
        kept.append(s)
    return kept


def _absorb(into: Subject, s: Subject) -> None:
    if s.count and (into.count or 0) < s.count:
        into.count, into.approximate = s.count, s.approximate
    for name in ("descriptor", "role", "age", "minor"):
        if getattr(into, name) is None and getattr(s, name) is not None:
            setattr(into, name, getattr(s, name))


def _origin(frames: list[Frame], ev: _Evidence) -> Place:
    located = [f.origin for f in frames if f.origin.span and not f.origin.default]
    located = located or [f.origin for f in frames if f.origin.span]
    if not located:
        return Place()
    countries = Counter(l.place.country for l in located if l.place.country)
    if countries:
        top = max(countries, key=lambda k: (countries[k], -min(i for i, l in enumerate(located) if l.place.country == k)))
        pool = [l for l in located if l.place.country == top]
        best = next((l for l in pool if l.place.city), pool[0])
    else:
        best = located[0]
    ev.add("origin", best.span)
    return best.place


def _destination(frames: list[Frame], ev: _Evidence) -> str | None:
    found = [f.destination for f in frames if f.destination[0]]
    if not found:
        return None
    # arrival in Seoul supersedes an early "asylum in a third country"
    best = next((d for d in found if d[0] == "KR"), found[0])
    ev.add("destination", best[1])
    return best[0]


def _departures(text: str, frames: list[Frame]) -> list[Frame]:
    """A defection's frames without those that tell only the arrival, where another tells a date
    ("지난해 11월 8일 민스크를 빠져나와 … 한국행" before "이달 초 입국해"): it is dated by the leaving."""
    arrival = _arrival()
    left = [f for f in frames if not all(arrival.search(text, h.start, h.end) for h in f.hits)]
    return left if any(f.dates for f in left) else frames


@lru_cache(maxsize=1)
def _arrival() -> re.Pattern[str]:
    return re.compile(load("cues.yaml")["arrival"])


def _date(frames: list[Frame], ev: _Evidence) -> When:
    picks = [f.dates[0] for f in frames if f.dates]
    if not picks:
        return _partial_date(frames, ev)
    picks = [p for p in picks if not vague(p)] or picks
    years = Counter(p.value[:4] for p in picks)
    year = max(years, key=lambda y: (years[y], -min(i for i, p in enumerate(picks) if p.value[:4] == y)))
    pool = [p for p in picks if p.value.startswith(year)]
    best = max(pool, key=lambda p: (PRECISION_RANK.get(p.precision, 0), sum(q.value == p.value for q in pool)))
    ev.add("date", (best.start, best.end))
    return best.to_when()


def _partial_date(frames: list[Frame], ev: _Evidence) -> When:
    """"5월 15일" on a page with no publication date: no value (no year is invented), but the
    words are kept as the date's evidence and the derivation says why it is unresolved."""
    partial = next((f.partial[0] for f in frames if f.partial), None)
    if partial is None:
        return When()
    ev.add("date", (partial.start, partial.end))
    return When(None, partial.precision, partial.derivation)


def _status(frames: list[Frame], statements: list, text: str, ev: _Evidence) -> str | None:
    found = [f.status for f in frames if f.status[0]] + list(statements)
    if not found:
        # a news page that tells the event without attribution reports it (codebook: media)
        lead = frames[0].sentence
        ev.add("status", predicate(text, lead.start, lead.end))
        return "reported"
    best = max(found, key=lambda s: STATUS_RANK[s[0]])
    ev.add("status", best[1])
    return best[0]


def _sources(frames: list[Frame], ev: _Evidence) -> list[str]:
    names: list[str] = []
    for f in frames:
        for name, span in f.sources:
            if name not in names:
                names.append(name)
            ev.add("sources", span)
    return names
