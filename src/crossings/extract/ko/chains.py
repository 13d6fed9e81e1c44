"""Readings that span the clauses of one sentence, applied to its frames after they are cut:
a chain of verbs shares one subject, a family fleeing alone are civilians, and civilians who
flee leave from North Korea wherever they are caught."""
from __future__ import annotations

import re

from crossings.events import Place
from crossings.extract.ko import fields, subjects
from crossings.extract.ko.frame import Frame
from crossings.extract.ko.morph import morphemes
from crossings.extract.ko.triggers import blocked_by
from crossings.extract.places import region_of

# "A가 탈북한 데 이어", "A 망명 이후", "A가 실종된 가운데": a second happening follows
SEQUENCE = re.compile(r"(?:데|것에|에)\s?(?:이어|이은)|가운데|이후|이래|만에|만의")
# verbs that chain onto a flight in one sentence and share its subject
_CHAINED = {"defection", "attempted_defection", "repatriation", "punishment", "recall", "disappearance"}
_FLIGHT = {"defection", "attempted_defection", "repatriation", "disappearance"}


def share_subjects(text: str, frames: list[Frame]) -> None:
    """"A가 탈북하려다 붙잡혀 북송됐다", "탈북을 시도했다가 붙잡힌 B가 북송됐다": one chain of
    verbs has one subject, so a clause that names no one takes its sibling's people (and a
    return its sibling's place), unless a connective says a second happening is meant."""
    for f in frames:
        if f.found.subjects or f.background or f.type not in _CHAINED:
            continue
        if any(blocked_by(text, h, f.sentence.start, f.sentence.end, whole_part=False) for h in f.hits):
            continue  # "탈북을 | 도운 혐의로": fenced off from its cue by the cut, still no event
        donors = [g for g in frames if g is not f and g.found.subjects and not g.background
                  and g.type != f.type and not SEQUENCE.search(text, *_gap(f, g))]
        if not donors:
            continue
        g = min(donors, key=lambda g: abs(g.order - f.order))
        f.found, f.strong = g.found, f.strong or g.strong
        if f.type == "repatriation" and f.origin.span is None:
            f.origin = g.origin

# what a noun phrase that heads a relative clause is made of ("붙잡힌 평안북도 철산군 일가족")
_NOMINAL = {"NNG", "NNP", "NNB", "NR", "SN", "XSN", "XPN", "MM", "SL", "SH"}
# nouns that end the head and start the next clause's own words ("일가족 가운데 아버지가")
_PART_OF = {"가운데", "중", "일부", "사이"}


def heads_of_relatives(text: str, frames: list[Frame]) -> None:
    """SB (Korean): "탈북하려다 붙잡힌 | 평안북도 철산군 일가족 가운데 아버지가 … 끌려갔다": the clause
    cut ends on a verb in its adnominal form (-ㄴ, ETM), whose head noun phrase, standing first in
    the next clause, is the one it befell: the capture's people are that head (not the part of
    it the next clause goes on to name). Read on the sentence's morphemes, for a capture clause
    that names no one of its own ("입국한 | 탈북민을 돌려보내지 않고": a population, no arrival)."""
    for f in frames:
        if f.found.subjects or f.background or f.type != "attempted_defection" or f.scope.end >= f.sentence.end:
            continue
        base = f.sentence.start
        tokens = morphemes(text[base:f.sentence.end])
        last = f.hits[-1].end - base
        cut = f.scope.end - base
        i = next((k for k, t in enumerate(tokens) if t[2] >= last - 1 and t[3] <= cut + 1 and t[1] == "ETM"), None)
        if i is None or tokens[i][0] in ("ᆯ", "을", "를") or any(
                t[1] not in ("VV", "XSV", "EP", "VX", "EC") for t in tokens[:i] if t[2] >= last):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j][1] in _NOMINAL and tokens[j][0] not in _PART_OF:
            j += 1
        if j == i + 1 or j >= len(tokens):
            continue
        start, end = base + tokens[i + 1][2], base + tokens[j - 1][3]
        found = subjects.subjects_of(text, start, end, start, [])
        if not found.subjects:
            continue
        f.found = found
        f.strong = f.strong or any(g.strong for g in frames if g.group == f.group and not g.background)


def where_returned_from(frames: list[Frame]) -> None:
    """A return told in the clause after the capture ("공항에서 붙잡힌 | 북한 노동자 2명이 12일
    추방됐다"): the state that held them sent them back (codebook: a repatriation's origin), so a
    return whose clause names no place takes the foreign place the capture's clause named."""
    for f in frames:
        if f.type != "repatriation" or f.background or f.origin.span is not None:
            continue
        for g in sorted(frames, key=lambda g: abs(g.order - f.order)):
            where = g.seen_at or g.origin
            if g.type == "attempted_defection" and g.order < f.order and where.span \
                    and where.place.country not in (None, "KP", "KR"):
                f.origin = where
                break


def head_adverbials(text: str, frames: list[Frame]) -> None:
    """"황해남도에서 지난달 20일, 탈북하려다 붙잡힌 3명이 총살됐다": a date or place fronted and
    set off by a comma scopes over the whole sentence, so the matrix clause that names no date
    (or place) of its own takes it from the clause it was cut from."""
    if len(frames) < 2:
        return
    first = min(frames, key=lambda f: f.order)
    sent = first.sentence
    comma = text.rfind(",", sent.start, first.hits[0].start)
    if comma < 0:
        return
    dates = [d for d in first.dates if d.end <= comma]
    place = first.origin if first.origin.span and first.origin.span[1] <= comma else None
    for f in frames:
        if f is first or f.background or f.group != first.group or SEQUENCE.search(text, *_gap(first, f)):
            continue
        if dates and not f.dates:
            f.dates = list(dates)
        if place and f.origin.span is None and f.type != "repatriation":
            f.origin = place


def _gap(f: Frame, g: Frame) -> tuple[int, int]:
    a, b = sorted((f, g), key=lambda x: x.order)
    return a.hits[-1].end, b.hits[0].start


def families_on_their_own(text: str, f: Frame) -> None:
    """"북한 일가족 4명이 귀순": a family that flees on its own, no principal named, are equals
    (codebook: each civilian), not a diplomat's accompanying relatives."""
    if f.type not in _FLIGHT or not f.found.subjects:
        return
    _one_family_group(text, f)
    if any(s.role != "family_member" or s.name for s in f.found.subjects):
        return
    for s, (a, b) in zip(f.found.subjects, f.found.spans):
        if re.fullmatch(r"일?가족(?:\s?\d+\s?명)?", text[a:b]) and not re.search(r"의\s?$", text[max(0, a - 2):a]):
            s.role, s.minor = "civilian", None


def _one_family_group(text: str, f: Frame) -> None:
    """"탈북민 가족 9명", "북한 주민 일가족 5명": the people word before 가족 says who the family
    are, not a principal beside them; the group is the family, counted once."""
    subjects, spans = f.found.subjects, f.found.spans
    if len(subjects) != 2 or any(s.name for s in subjects):
        return
    (who, (a, b)), (family, (c, d)) = sorted(zip(subjects, spans), key=lambda p: p[1][0])
    if who.role == "civilian" and who.count is None and family.role == "family_member" \
            and not text[b:c].strip() and re.match(r"일?가족", text[c:d]):
        f.found.subjects, f.found.spans = [family], [(c, d)]


def civilians_leave_the_north(text: str, f: Frame) -> None:
    """Civilians and soldiers who flee leave from North Korea even where they are caught or pass
    through (선양에서 체포된 탈북민, 중국 공안에 붙잡힌 병사: origin KP); the place stays their
    identity, the field says KP."""
    roles = {s.role for s in f.found.subjects}
    if f.type not in ("defection", "attempted_defection") or not roles & {"civilian", "military"}:
        return
    if roles - {"civilian", "military", "family_member"} or (f.origin.place.country == "KP"):
        return
    _from_the_north(text, f)


def punished_at_home(text: str, f: Frame) -> None:
    """PL-HOME: Pyongyang punishes its civilians, and controls would-be defectors, in the North
    (중국에서 돌아오던 주민이 총살: origin KP); a country they came back from or were caught in
    is no posting. People posted abroad (diplomats, workers) keep their post."""
    if f.type not in ("punishment", "control_measure") or f.origin.place.country == "KP":
        return
    if f.type == "control_measure" and f.origin.span and _NEIGHBOUR_BORDER.match(text, f.origin.span[1]):
        _from_the_north(text, f)  # "중국 국경에 특수부대를 배치하고 사살 명령": the North's own border
        return
    roles = {s.role for s in f.found.subjects}
    if "civilian" not in roles or roles - {"civilian", "military", "family_member"}:
        return
    _from_the_north(text, f)


# the neighbour a border is named by ("중국 국경", "중국과의 국경"): the North's own border
_NEIGHBOUR_BORDER = re.compile(r"\s?(?:과의|와의|쪽|측)?\s?(?:국경|접경)")


def _from_the_north(text: str, f: Frame) -> None:
    """Origin KP (a North Korean city the clause names, if any); the place the clause gave stays
    where they were seen."""
    north = next((p for p in fields.places_in(text, f.scope.start, f.scope.end) if p.country == "KP"), None)
    span = (north.start, north.end) if north else (f.hits[0].start, f.hits[0].end)
    place = Place(city=north.city if north else None, country="KP", region=region_of("KP"),
                  precision="city" if north and north.city else "country")
    f.seen_at = f.origin
    f.origin = fields.Located(place, span, default=f.origin.span is None)
