"""Who an event is about, from the words of its clause: role phrases (외교관, 종업원 13명),
people's names (태영호 공사, 김금순(43)씨, 태 씨) and relatives (가족과 함께, 아내와 아들).

A role phrase followed by 의 + a relative (박모씨의 아내) anchors the relative and is not itself
a subject. Names are exported in the English press's spelling, the Hangul kept as an alias.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crossings.events import Subject
from crossings.extract.ko.lexicon import load
from crossings.extract.ko.morph import looks_like_name, morphemes, proper_nouns
from crossings.extract.ko.places import places_in
from crossings.extract.ko.segment import enclosing_sentence
from crossings.extract.ko.romanize import figures, is_hangul_name, known_defector, romanize_name, surnames

_NUM = r"\d+|열다섯|열한|열두|열세|열네|다섯|여섯|일곱|여덟|아홉|스무|한|두|세|네|열"
_COUNT = re.compile(rf"\s?(?:등\s?)?({_NUM})(?:\s?~\s?(\d+))?\s?(?:여\s?)?명")
_COUNT_BEFORE = re.compile(rf"(?<![가-힣])({_NUM})\s?(?:여\s?)?명의\s?(?:[가-힣]+\s)?$")
_AGE_AFTER = re.compile(r"\s?\((\d{1,2})\)")
_AGE_BEFORE = re.compile(r"(\d{1,2})\s?(?:살|세)(?:의)?\s?$")
# (군 written onto the name with no age after it is a county, "김형직군 강변", not "young Mr")


@lru_cache(maxsize=1)
def _bystander() -> re.Pattern[str]:
    """A name that a bystander's title follows (a byline, an official, a lawmaker, an expert:
    cues.yaml bystander_titles) is no subject."""
    return re.compile(r"\s?(?:\(\d{1,2}\)\s?)?(?:[가-힣]{0,6}\s)?(?:" + load("cues.yaml")["bystander_titles"] + ")")


_PSEUDONYM = re.compile(r"\s?모\s?(?:씨|군|양)?")
_TITLED_NAME = re.compile(
    r"(?<![가-힣])[가-힣]{3}(?=\s?(?:\(\d{1,2}\)\s?)?(?:씨|양|참사관|서기관|공사|부대사|대사대리|대사(?!관)|참사|영사|외교관)"
    r"|\s(?:\(\d{1,2}\)\s?)?군|군\s?\(\d"
    r"|\s(?:전\s)?[^.,△\n]{0,20}?(?:참사관|서기관|공사|대사(?!관)|참사|영사|외교관))")
_MINOR_SUFFIX = re.compile(r"\s?(?:\(\d{1,2}\)\s?)?(?:군|양)")


@dataclass
class RoleHit:
    role: str
    start: int
    end: int
    count: int | None = None
    possessor: bool = False
    approximate: bool = False  # "10여 명", "약 10명", "10명 이상"


@dataclass
class Person:
    hangul: str
    start: int
    end: int
    role: str | None = None
    age: int | None = None
    minor: bool | None = None
    descriptor: str | None = None


@dataclass
class Found:
    """The subjects of one clause and the spans that support them."""

    subjects: list[Subject] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # Hangul full names


@lru_cache(maxsize=1)
def _title() -> re.Pattern[str]:
    """What marks a name as a person's right after it: an honorific, an age, or any role word of
    the lexicon ("류성철(47) 부대표", "강철민 노동자", "박영호 병사"), not diplomats' titles alone."""
    words = "|".join([f"(?:{p})" for role, pats in load("roles.yaml").items()
                      if role not in ("family_member", "civilian") for p in pats]  # not "김정은 탈북자 형벌"
                     + load("cues.yaml")["person_nouns"])
    # a title may carry a word of its own ("상무참사", "1등서기관"); an age alone marks a person
    # ("리경심(29)으로 알려진")
    return re.compile(rf"\s?(?:\(\d{{1,2}}\)\s?)?(?:씨|양|전\s|前|당시|부대표|직원|(?:[가-힣\d]{{1,2}}?)?(?:{words}))"
                      r"|\(\d{1,2}\)|\s\(?\d{0,2}\)?\s?군|군\s?\(\d")


@lru_cache(maxsize=1)
def _apposed() -> re.Pattern[str]:
    """A role, kin or person word right before a name, in apposition with it ("노동자 설동환과",
    "아버지 설동환이", "어부 하모씨"): it marks the name as that person's."""
    words = [p for pats in load("roles.yaml").values() for p in pats] + load("cues.yaml")["person_nouns"]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in words) + r")\s$")


# what may follow a name in apposition: its age, a particle, then the word ends
_AFTER_APPOSED = re.compile(r"(?:\(\d{1,2}\))?(?:에게는|에게|이|가|은|는|과|와|의|을|를|도|만|씨)?(?![가-힣])")


@lru_cache(maxsize=1)
def _no_name() -> re.Pattern[str]:
    """Words that are roles, ranks or trades, never a person's name, however name-shaped:
    하전사, 상등병, 지배인, 참사관 (roles.yaml, cues.yaml person_nouns and not_names)."""
    cues = load("cues.yaml")
    words = [p for pats in load("roles.yaml").values() for p in pats] + cues["person_nouns"] + cues["not_names"]
    return re.compile("|".join(f"(?:{p})" for p in words))


def is_role_word(word: str) -> bool:
    """A name-shaped word that is a role, rank or trade (하전사 is no Ha Jon-sa), or a leader the
    figures table lists as never a subject."""
    known = figures().get(word)
    return bool(_no_name().search(word)) or (known is not None and not known.get("defected"))


@lru_cache(maxsize=1)
def _roles() -> list[tuple[str, re.Pattern[str]]]:
    return [(role, re.compile(p)) for role, pats in load("roles.yaml").items() for p in pats]


@lru_cache(maxsize=1)
def _possessor() -> re.Pattern[str]:
    """Someone (a name, a title) whose relatives the next words are ("현태식의 어머니"): the kin
    words are the lexicon's family_member words."""
    kin = "|".join(f"(?:{p})" for p in load("roles.yaml")["family_member"])
    return re.compile(rf"\s?(?:[가-힣]{{1,3}}(?:\s?모?\s?씨)?)?의\s?(?:\d+\S*\s)?(?:{kin})")


@lru_cache(maxsize=1)
def _defectors() -> re.Pattern[str]:
    names = sorted((n for n in figures() if known_defector(n)), key=len, reverse=True)
    return re.compile(r"(?<![가-힣])(?:" + "|".join(names) + ")")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else int(load("numbers.yaml")[word])


@lru_cache(maxsize=1)
def _hedges() -> dict[str, re.Pattern[str]]:
    return {side: re.compile("|".join(f"(?:{p})" for p in pats))
            for side, pats in load("cues.yaml")["approximate_count"].items()}


def _approximate(text: str, count: re.Match[str], after: bool) -> bool:
    """The count a _COUNT or _COUNT_BEFORE match read is a rounder's figure: "10여 명", "약 10명의",
    "10명가량", "10명이 넘는" (the lexicon's hedges, cues.yaml approximate_count)."""
    hedges = _hedges()
    number = count.start(1)
    return bool(hedges["in"].search(count.group()) or hedges["before"].search(text, max(0, number - 6), number)
                or (after and hedges["after"].match(text, count.end())))


def role_hits(text: str, start: int, end: int) -> list[RoleHit]:
    hits: list[RoleHit] = []
    for role, pattern in _roles():
        for m in pattern.finditer(text, start, end):
            s, e = m.start(), m.end()
            if any(h.start < e and s < h.end for h in hits):
                continue
            hit = RoleHit(role, s, e)
            count = _COUNT.match(text, e, min(end, e + 12))
            if count:
                hit.count = _number(count.group(2) or count.group(1))
                hit.end = count.end()
                hit.approximate = _approximate(text, count, after=True)
            else:
                ahead = _COUNT_BEFORE.search(text, max(start, s - 14), s)  # "5명의 북한 노동자"
                if ahead:
                    hit.count = _number(ahead.group(1))
                    hit.approximate = _approximate(text, ahead, after=False)
                elif text.startswith("부부", s):
                    hit.count = 2  # "50대 부부": a couple is two
            hit.possessor = role != "family_member" and bool(_possessor().match(text, hit.end, end))
            hits.append(hit)
    hits.sort(key=lambda h: h.start)
    for before, hit in zip(hits, hits[1:]):
        if text.startswith("부부", hit.start) and hit.start - before.end <= 1:
            hit.role, hit.count = "family_member", 1  # "김 서기관 부부": the secretary and his wife
    return hits


def full_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of people's full names in text[start:end]: known figures, words the analyser reads
    as a name that a title follows (김철민 참사관, 박영수 주태국 대사관 서기관), and proper nouns
    shaped like a Korean name that a title, age or relative word marks as a person."""
    spans = [m.span() for m in _defectors().finditer(text, start, end)]
    # the enclosing sentence is analysed once (cached); keep the nouns inside this clause
    sent = enclosing_sentence(text, start, end)
    # a name the analyser splits ("최명식(52) 부대표" -> 최/XPN 명/NNG 식/NNG) that a title or an
    # age marks as a person's
    titled = [m for m in _TITLED_NAME.finditer(text[start:end])]
    titled += [m for m in _THREE.finditer(text[start:end]) if _title().match(text, start + m.end())]
    spans += [(start + m.start(), start + m.end()) for m in titled
              if _name_shaped(m.group()) and looks_like_name(m.group())  # not 고위급 외교관
              and not is_role_word(m.group())
              and not _bystander().match(text, start + m.end())
              and not _a_verb_here(text, sent, start + m.start(), start + m.end())]
    nouns = [(sent.start + a, sent.start + b) for a, b in proper_nouns(sent.text(text))
             if start <= sent.start + a and sent.start + b <= end]
    for s, e in nouns:
        if not _name_shaped(text[s:e]) or is_role_word(text[s:e]) or text[max(0, s - 1):s].isdigit():
            continue
        marked = _title().match(text, e) or re.search(r"(?:아내|부인|아들|딸)\s?$", text[max(0, s - 4):s])
        followed = e < len(text) and "\uac00" <= text[e] <= "\ud7a3"
        if marked and not (followed and not _title().match(text, e)) and not _bystander().match(text, e):
            spans.append((s, e))
        elif _apposed().search(text, max(0, s - 12), s) and _AFTER_APPOSED.match(text, e) \
                and not _bystander().match(text, e):
            spans.append((s, e))  # "수산사업소 노동자 설동환과 그의 아내"
    return sorted(set(spans))


_THREE = re.compile(r"(?<![가-힣\d])[가-힣]{3}")  # not "3명이서"


VERB_TAGS = ("VV", "VA", "XSV", "XSA", "EC", "EF", "ETM")


def _a_verb_here(text: str, sent, s: int, e: int) -> bool:
    """The sentence's own analysis reads the word as a verb ("관계자를 인용해 … 외교관": 인용/NNG +
    하/XSV, "citing"), so it is no name, however name-like it looks alone before a title."""
    base = sent.start
    return any(tag in VERB_TAGS for _, tag, a, b in morphemes(sent.text(text)) if s <= base + a < e)


def _name_shaped(word: str) -> bool:
    return len(word) == 3 and is_hangul_name(word) and word[0] in surnames() and not places_in(word, 0, 3)


def surname_refs(text: str, start: int, end: int, known: list[str]) -> list[tuple[int, int, str]]:
    """"태 공사", "류 전 대사대리", "태 씨": a surname alone, resolved to the one full name of the
    document that carries it."""
    out = []
    for m in re.finditer(r"(?<![가-힣])([가-힣])\s?(?=씨|전\s|前|공사|부대사|대사대리|참사관|참사|서기관|영사)", text[start:end]):
        s = start + m.start(1)
        if _PSEUDONYM.match(text, s + 1):
            continue
        matches = {n for n in known if n[0] == m.group(1)}
        if len(matches) == 1:
            out.append((s, s + 1, matches.pop()))
    # any other title of the lexicon ("최 부대표는", "신 상등병"), not 한 ("one": "한 노동자")
    for m in _surname_titled().finditer(text, start, end):
        s = m.start(1)
        if m.group(1) == "한" or any(a == s for a, _, _ in out) or _PSEUDONYM.match(text, s + 1):
            continue
        matches = {n for n in known if n[0] == m.group(1) and len(n) > 1}
        if len(matches) == 1:
            out.append((s, s + 1, matches.pop()))
    return out


@lru_cache(maxsize=1)
def _surname_titled() -> re.Pattern[str]:
    words = "|".join([f"(?:{p})" for role, pats in load("roles.yaml").items()
                      if role not in ("family_member", "civilian") for p in pats] + load("cues.yaml")["person_nouns"])
    return re.compile(rf"(?<![가-힣])([가-힣])\s(?=(?:{words})(?:은|는|이|가|의|을|를|과|와|도|에게)?(?![가-힣]))")


# "어부 하모씨", "김모(45)씨": a person the text names by the surname alone
_SURNAMED = re.compile(r"(?<![가-힣])([가-힣])\s?모\s?(?:\(\d{1,2}\)\s?)?씨")


def surnamed(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.start(1) + 1, m.group(1)) for m in _SURNAMED.finditer(text, start, end)
            if m.group(1) in surnames() and not _bystander().match(text, m.end())]


def _person(text: str, s: int, e: int, hangul: str, roles: list[RoleHit]) -> Person:
    p = Person(hangul, s, e)
    age = _AGE_AFTER.match(text, e) or _AGE_BEFORE.search(text[max(0, s - 8):s])
    if age:
        p.age = int(age.group(1))
    if re.search(r"(?:아내|부인|아들|딸|자녀)\s?$", text[max(0, s - 4):s]):
        p.role = "family_member"
    near = [r for r in roles if r.role != "family_member" and (0 <= r.start - e <= 12 or 0 <= s - r.end <= 14)]
    if near and p.role is None:
        best = min(near, key=lambda r: abs(r.start - e) if r.start >= e else abs(s - r.end) + 2)
        p.role, p.descriptor = best.role, text[best.start:best.end]
    elif p.role is None and (former := _background_role(text, s, roles)) is not None:
        p.role, p.descriptor = former.role, text[former.start:_BACKGROUND.match(text, former.end).end()]
    if p.age is not None:
        p.minor = p.age < 18
    elif _MINOR_SUFFIX.match(text, e):
        p.minor = True
    elif p.role and p.role != "family_member":
        p.minor = False
    return p


_BACKGROUND = re.compile(r"\s?출신")
_CLAUSE_BREAK = re.compile(r"[.,;!?\n]|(?:했|였|었|았)다")


def _background_role(text: str, s: int, roles: list[RoleHit]) -> RoleHit | None:
    """ "유럽 주재 북한 외교관 출신으로 1997년 한국에 망명한 김동수": the post a relative clause gives
    the person it ends on (X 출신 "a former X"), however long the clause; not across a sentence
    or clause break."""
    for r in sorted((r for r in roles if r.role != "family_member" and r.end <= s), key=lambda r: -r.end):
        if _BACKGROUND.match(text, r.end) and not _CLAUSE_BREAK.search(text, r.end, s):
            return r
    return None


_ESCORTS = re.compile(r"\s?(?:들)?의\s?(?:호송|감시|인솔|감독|입회)")


def subjects_of(text: str, start: int, end: int, trigger_start: int, known: list[str]) -> Found:
    """The subjects of the clause text[start:end] whose trigger starts at trigger_start."""
    # "대사관 직원들의 호송 아래": those who escort or guard the people act on them, no subjects
    roles = [r for r in role_hits(text, start, end) if not _ESCORTS.match(text, r.end)]
    found = Found()
    people = [(s, e, text[s:e]) for s, e in full_names(text, start, end)]
    people += [r for r in surname_refs(text, start, end, known) if not any(a <= r[0] < b for a, b, _ in people)]
    people += [r for r in surnamed(text, start, end) if not any(a <= r[0] < b for a, b, _ in people)]
    for s, e, hangul in sorted(people):
        if e <= trigger_start and _possessor().match(text, e, end):
            continue  # "현태식의 어머니가 추방됐다": the mother is the one it befell, he only names her
        p = _person(text, s, e, hangul, roles)
        if hangul in found.names:
            continue
        found.names.append(hangul)
        found.subjects.append(Subject(name=romanize_name(hangul), descriptor=p.descriptor, role=p.role,
                                      count=1, age=p.age, minor=p.minor, aliases=[hangul]))
        found.spans.append((s, e))
    if not found.subjects:
        _principals(text, roles, trigger_start, found)
    _relatives(text, roles, found)
    return found


def _principals(text: str, roles: list[RoleHit], trigger_start: int, found: Found) -> None:
    # a possessor names whose relatives they are ("외교관의 어머니가 추방됐다"), unless the trigger
    # is a clause on it ("행방을 감춘 외교관 현태식의 어머니": the diplomat is who vanished)
    principal = [r for r in roles if r.role != "family_member" and (not r.possessor or r.start > trigger_start)]
    if not principal:
        return
    before = [r for r in principal if r.end <= trigger_start]
    anchor = before[-1] if before else principal[0]
    group = [anchor]
    # coordinated phrases ("남자 지배인 1명과 여자 종업원 12명") belong to one group
    for r in principal:
        gap_left = text[r.end:anchor.start] if r.end <= anchor.start else text[anchor.end:r.start]
        if r is not anchor and re.fullmatch(r"\s?(?:과|와|및|,|·)\s?(?:[가-힣]{1,3}\s)?", gap_left):
            group.append(r)
    by_role: dict[str, list[RoleHit]] = {}
    for r in sorted(group, key=lambda r: r.start):
        by_role.setdefault(r.role, []).append(r)
    for role, hits in by_role.items():
        # "여종업원 12명과 지배인 1명": one group of restaurant staff, 13 people
        counts = [r.count for r in hits if r.count]
        first, last = hits[0], hits[-1]
        found.subjects.append(Subject(descriptor=text[first.start:last.end], role=role,
                                      count=sum(counts) if counts else None, minor=False,
                                      approximate=any(r.approximate for r in hits if r.count)))
        found.spans.append((first.start, last.end))


def _relatives(text: str, roles: list[RoleHit], found: Found) -> None:
    if any(s.role == "family_member" for s in found.subjects):
        return
    seen: set[str] = set()
    for r in (r for r in roles if r.role == "family_member"):
        word = text[r.start:r.end]
        if word in seen:
            continue
        seen.add(word)
        age = _AGE_BEFORE.search(text[max(0, r.start - 8):r.start])
        years = int(age.group(1)) if age else None
        found.subjects.append(Subject(descriptor=word, role="family_member", count=r.count, age=years,
                                      minor=None if years is None else years < 18, approximate=r.approximate))
        found.spans.append((r.start, r.end))
