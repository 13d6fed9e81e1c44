"""The non-subject fields of one clause: origin, destination, date and sources (status: status.py), each with
the span of text it came from (offsets into the document text)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crossings.events import Place
from crossings.extract.ko.lexicon import load
from crossings.extract.ko.places import PlaceHit, places_in, region_for
from crossings.extract.timex import TimeMatch, find_dates

Span = tuple[int, int]

_TO_KOREA = re.compile(r"(?:한국|국내|서울|남한|韓)(?:에|으로|로|을|땅을)?\s?(?:입국|들어|도착|망명|귀순|와|온|왔|정착|생활|살고|머물|행|行|택|밟)")
# 귀순 is defection to the South by definition, and a person's bare 입국 is an arrival there
_TO_SOUTH = re.compile(r"귀순|한국행|한국行|(?<=[가-힣])의\s?입국|(?<![에로]\s)(?<![에로])입국(?:했|한|해|하였|하게)")
_TRANSIT = re.compile(r"[과와]?\s?(?:[가-힣]{0,6}\s?)?(?:을|를)?\s?(?:거쳐|경유)")
_THIRD = re.compile(r"제\s?3\s?국")
_ABROAD = re.compile(r"([가-힣]{2,6})(?:에|으로|로)\s?망명")
_TO_NORTH = re.compile(r"(?:북한?|북측)(?:으로|에)")
# PL-BYSTANDER: a country that names an outlet's nationality ("미국의 소리 방송", "러시아 인터넷
# 매체인 …", "일본 관영 언론") is who reports, not where anyone was
_OUTLET = re.compile(r"(?:의)?\s?(?:[가-힣A-Za-z]{1,5}\s)?(?:매체|언론|방송|신문|통신|일간지|주간지|잡지|소리|뉴스|TV)")
# the goal of a movement ("벨라루스로 출국해", "중국으로 탈북했다가"): where they went, not where they
# left from (the arrival is not the departure)
_GOAL = re.compile(r"(?:으로|로|에)\s?(?:출국|떠나|떠난|떠났|향하|향해|향한|향했|도주|도망|탈출|탈북|넘어가|넘어간|넘어갔"
                   r"|건너가|건너간|건너갔|들어가|들어간|들어갔|도착|밀입국|입국)")
# "유럽 망명을 위해", "미국 망명을 신청": where asylum is sought is a goal, never where they left from
_ASYLUM_IN = re.compile(r"\s?(?:으로의\s?|에\s?)?망명")
# a bare day ("16일") is often the reporting day ("통일부는 16일 …고 밝혔다"): dates() leaves it out
# unless asked (bare_days), and frames.own_day decides by its place in the sentence
BARE_DAY = re.compile(r"\d{1,2}일")


@dataclass
class Located:
    place: Place
    span: Span | None
    default: bool = False  # North Korea for those who flee it: a field value, not an identity


@lru_cache(maxsize=1)
def _sources() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile("|".join(re.escape(p) for p in sorted(pats, key=len, reverse=True))))
            for name, pats in load("sources.yaml").items()]


def destination(text: str, start: int, end: int, etype: str) -> tuple[str | None, Span | None]:
    if etype in ("repatriation", "recall"):
        m = _TO_NORTH.search(text, start, end) or re.search(r"평양|본국|북송", text[start:end])
        if m:
            s = m.start() if m.re is _TO_NORTH else start + m.start()
            return "KP", (s, s + len(m.group()))
        return ("KP", None) if etype == "recall" else (None, None)
    m = _TO_KOREA.search(text, start, end) or _TO_SOUTH.search(text, start, end)
    if m:
        return "KR", m.span()
    m = _THIRD.search(text, start, end)
    if m:
        return "third_country", m.span()
    m = _ABROAD.search(text, start, end)
    if m:
        hits = places_in(text, m.start(1), m.end(1))
        if hits and hits[0].country and hits[0].country not in ("KP", "KR"):
            return hits[0].country, (hits[0].start, hits[0].end)
    return None, None


# "베트남 국경 앞에서", "중국과의 접경": a country's border names the neighbour across it, not where
# anyone was (PL-BYSTANDER)
_BORDER_OF = re.compile(r"\s?(?:과의|와의|쪽|측)?\s?(?:국경|접경)")


def origin(text: str, start: int, end: int, etype: str, exclude: Span | None,
           from_north: bool = False) -> Located:
    """The place the subjects were posted at or left from: the first foreign place named (not a
    transit country: "중국과 라오스를 거쳐"; not an outlet's nationality; not, for those who do not
    flee the North itself, the goal they went to: "벨라루스로 출국해"), with a city of that
    country if one is named too.
    A repatriation may leave from South Korea; civilians and soldiers who flee (from_north)
    leave from North Korea when no posting abroad is named."""
    # civilians' goal stays where the clause places them (chains.civilians_leave_the_north), and
    # a repatriation leaves from the country they had fled to ("중국으로 탈북했다가 … 북송")
    goals = not from_north and etype != "repatriation"
    found = places_in(text, start, end)
    goal = _goal_ends(text, found) if goals else set()
    hits = [h for h in found
            if not (exclude and exclude[0] <= h.start < exclude[1]) and not _TRANSIT.match(text, h.end)
            and not _OUTLET.match(text, h.end) and h.end not in goal
            and not _ASYLUM_IN.match(text, h.end)
            and not (h.city is None and _BORDER_OF.match(text, h.end))]
    allowed = ("KP",) if etype == "repatriation" else ("KP", "KR")
    foreign = [h for h in hits if h.country not in allowed and (h.country or h.region)]
    if not foreign and (from_north or etype == "punishment"):
        # a punishment at home happens where it is told ("혜산에서 공개처형"), a flight starts there
        north = [h for h in hits if h.country == "KP"]
        if north:
            best = next((h for h in north if h.city), north[0])
            place = Place(city=best.city, country="KP", region=best.region or region_for("KP"),
                          precision="city" if best.city else "country")
            return Located(place, (best.start, best.end), default=True)
    if not foreign:
        return Located(Place(), None)
    first = foreign[0]
    city = next((h for h in foreign if h.city and h.country == first.country), None)
    best = city or first
    region = first.region or region_for(first.country)
    place = Place(city=best.city, country=best.country, region=region,
                  precision="city" if best.city else ("country" if best.country else "region"))
    return Located(place, (best.start, best.end))


def _goal_ends(text: str, found: list) -> set[int]:
    """The places they went to: one before "로 출국", "로 떠나" ..., and the country just before
    such a city ("벨라루스 민스크로 출국": the country too is the goal, not a posting)."""
    ends = {h.end for h in found if _GOAL.match(text, h.end)}
    for h, nxt in zip(reversed(found[:-1]), reversed(found[1:])):
        if nxt.end in ends and not text[h.end:nxt.start].strip():
            ends.add(h.end)
    return ends


def dates(text: str, start: int, end: int, anchor: str | None, is_capture: bool,
          partial: bool = False, bare_days: bool = False) -> list[TimeMatch]:
    """Dates of text[start:end] resolved against the anchor; partial=True gives instead those
    no anchor resolves ("5월 15일", "지난 15일" on a page with no publication date): value None,
    kept so that the mention still says when, as exactly as the page allows."""
    chunk = text[start:end]
    out = []
    for m in find_dates(chunk, "ko", anchor, is_capture):
        if (not bare_days and BARE_DAY.fullmatch(m.text)) or bool(m.value) == partial or _misread(chunk, m):
            continue
        if partial and not m.derivation.startswith("unresolved"):
            continue
        out.append(TimeMatch(start + m.start, start + m.end, m.text, m.value, m.precision,
                             m.derivation, m.relative))
    return out


def vague(m: TimeMatch) -> bool:
    """"최근", "몇 주 전": a date only as exact as the reporting, after any stated date."""
    return "recent" in m.derivation or "몇" in m.text


def _misread(chunk: str, m: TimeMatch) -> bool:
    """"25일 전해졌다" is "reported on the 25th", not "25 days ago"; "1년 넘게" is a duration."""
    after = chunk[m.end:m.end + 3]
    if m.text.endswith("전") and after[:1] and "\uac00" <= after[0] <= "\ud7a3":
        return True
    after = chunk[m.end:m.end + 4]  # "지난달 간부 3명을": 간부 (an official) is no "for a month" 간
    return bool(re.match(r"\s?(?:넘게|동안|간(?![가-힣])|째|만에|이상)", after))


def sources(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    out = []
    for name, pattern in _sources():
        m = pattern.search(text, start, end)
        if m and not any(a <= m.start() < b for _, (a, b) in out):
            out.append((name, m.span()))
    return out
