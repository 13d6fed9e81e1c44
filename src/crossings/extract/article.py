"""The document stage, language-neutral: how the happenings one article tells relate, once each
language has read its sentences into Mentions (English through merge.merge_candidates, Korean
through its own clustering).

    relate_happenings(mentions) -> mentions

- same-as: a disappearance the same article resolves ("vanished in March" ... "has been living in
  Seoul") is part of that defection (codebook), by the same person or, unnamed, the same post
  with nothing setting them apart;
- every mention keeps an id of its own (twins split from one sentence give up their earliest
  evidence until their ids differ).
"""
from __future__ import annotations

import re
from dataclasses import replace

from crossings.events import Mention
from crossings.extract.merge import conflicts, names_match, names_of


def relate_happenings(mentions: list[Mention]) -> list[Mention]:
    related = [_workers_by_trade(_equals_on_the_run(m)) for m in _absorb_resolved(mentions)]
    return unique_ids([_controlled_at_their_post(m, related) for m in related])


FLIGHTS = {"defection", "attempted_defection", "disappearance"}


# "the son of an official at the trade office", "외교관의 아들": the relative of someone posted
KIN_OF_POSTED = re.compile(r"\bof\s+(?:(?:a|an|the|his|her|their|North Korea['’]s)\s+)?(?:[\w'’-]+\s+){0,3}"
                           r"(?:diplomats?|officials?|envoys?|ambassadors?|counsell?ors?|consuls?|attach[eé]s?|"
                           r"secretar(?:y|ies)|workers?|managers?|officers?|soldiers?)\b"
                           r"|(?:외교관|관리|대사|공사|참사관|영사|서기관|직원|노동자|간부|군인)의", re.I)


def _equals_on_the_run(m: Mention) -> Mention:
    """SB-ROLE (codebook): `family_member` is for relatives accompanying a principal; relatives
    fleeing with no one else ("two brothers", "a mother and son") flee as equals, each a civilian."""
    if m.type not in FLIGHTS or not m.subjects or any(s.role != "family_member" for s in m.subjects) \
            or any(KIN_OF_POSTED.search(s.descriptor or "") for s in m.subjects):
        return m
    return replace(m, subjects=[replace(s, role="civilian") if s.role == "family_member" else s for s in m.subjects])


# A trade North Koreans are sent abroad to ply (medical teams, IT teams, building crews)
TRADES = re.compile(r"\b(?:doctors?|nurses?|medics?|medical (?:team|staff|workers?)|physicians?|surgeons?|coders?|"
                    r"programmers?|(?:software |IT |app )?developers?|IT (?:team|workers?|staff)|engineers?|technicians?|"
                    r"builders?|welders?|carpenters?|plasterers?|painters?|masons?|electricians?|seamstress(?:es)?|"
                    r"tailors?|artists?|animators?)\b"
                    r"|의사|간호사|의료진|의료\s?인력|개발자|프로그래머|IT\s?인력|기술자|기술\s?인력|용접공|목수|미장공|재봉공", re.I)
HOME_GROUND = {"KP", "KR"}


def _workers_by_trade(m: Mention) -> Mention:
    """SB-ROLE: people told only by their trade ("about 25 doctors and nurses", "a coder") at a
    place abroad were sent there to work (codebook: overseas_worker); at home they stay who they were."""
    if not m.origin.country or m.origin.country in HOME_GROUND:
        return m
    subjects = [replace(s, role="overseas_worker")
                if s.role in (None, "civilian") and TRADES.search(s.descriptor or "") else s for s in m.subjects]
    return m if subjects == m.subjects else replace(m, subjects=subjects)


POSTED_KINDS = {"mission", "worker"}


def _controlled_at_their_post(m: Mention, mentions: list[Mention]) -> Mention:
    """PL: a control on people posted abroad that names no place ("the workers' passports were
    collected") holds where the article's other happenings place those people, when they place
    them in one country abroad (the recall of the same workers from Ivory Coast)."""
    kinds = _roles(m)
    if m.type != "control_measure" or not m.origin.is_empty() or not kinds or not kinds <= POSTED_KINDS:
        return m
    placed = [o for o in mentions if o is not m and _roles(o) & kinds and o.origin.country
              and o.origin.country not in HOME_GROUND]
    if len({o.origin.country for o in placed}) != 1:
        return m
    source = placed[0]
    cited = [e for e in source.evidence if e.field == "origin"]
    return replace(m, origin=source.origin, evidence=[*m.evidence, *cited])


def _resolves(gone: Mention, defection: Mention) -> bool:
    """The defection tells how the disappearance ended: same person, or same posting country
    with nothing (no date, name or count) setting them apart."""
    if names_of(gone) and names_of(defection):
        return any(names_match(a, b) for a in names_of(gone) for b in names_of(defection))
    same_post = bool(gone.origin.country) and gone.origin.country == defection.origin.country
    # a defection that says nothing of where they were posted ("left for Belarus to seek asylum")
    # resolves a disappearance of the same kind of people
    same_people = defection.origin.country is None and bool(_roles(gone)) and _roles(gone) == _roles(defection)
    return (same_post or same_people) and not conflicts(replace(gone, type=defection.type), defection)


# The staff of one mission go by several titles ("envoy", "commercial counsellor", "official"):
# for telling whether two unnamed mentions are the same people, a role stands for its kind.
ROLE_KINDS = {"diplomat": "mission", "trade_official": "mission", "official": "mission",
              "overseas_worker": "worker", "restaurant_worker": "worker"}


def _roles(m: Mention) -> set[str]:
    return {ROLE_KINDS.get(s.role, s.role) for s in m.subjects if s.role and s.role != "family_member"}


def unique_ids(mentions: list[Mention]) -> list[Mention]:
    """Mention.id hashes (doc, type, first evidence offset), so twins split from one sentence
    ("closed its embassies in Spain and Uganda") would share an id and one would be lost
    downstream. A twin gives up its earliest evidence until its id is its own."""
    seen: set[str] = set()
    for m in mentions:
        while m.id in seen and len({e.start for e in m.evidence}) > 1:
            first = min(e.start for e in m.evidence)
            m.evidence = [e for e in m.evidence if e.start != first]
        seen.add(m.id)
    return mentions


def _absorb_resolved(mentions: list[Mention]) -> list[Mention]:
    """A disappearance of someone the same document says defected is that defection (codebook:
    "a disappearance that is later resolved becomes part of the defection")."""
    defections = [m for m in mentions if m.type == "defection"]
    out = []
    for m in mentions:
        twin = next((d for d in defections if m.type == "disappearance" and _resolves(m, d)), None)
        if twin is None:
            out.append(m)
        else:
            _fill_from(twin, m)
    return out


DEFAULT_YEAR = "anchor:published-year"  # a year given for want of any date in the text


def _fill_from(defection: Mention, gone: Mention) -> None:
    """What the disappearance told that the defection did not: where they were posted, and when
    they left (the defection is dated by the leaving, not by the arrival told later)."""
    take = {"subjects", "status", "sources"}
    if not defection.origin.country and gone.origin.country:
        defection.origin = gone.origin
        take.add("origin")
    stated = gone.date.value and gone.date.derivation != DEFAULT_YEAR
    if stated and (not defection.date.value or defection.date.derivation == DEFAULT_YEAR):
        defection.date = gone.date
        take.add("date")
    defection.evidence.extend(e for e in gone.evidence if e.field in take)
