"""SB-NAME, role binding across the document: a happening told of people the clause names only by
their role ("여성 종업원 2명이 행방을 감췄다") takes the names the document gives that same
role elsewhere ("종업원 변수미(24)씨와 장혜성(22)씨는 …"), or, where the document names one
person only, that person's name ("이 가운데 리경희(26) 씨는 …").

A name is a person's only where it stands in a person's own phrase (a title, an age, 씨, a role
word in apposition: subjects.full_names); the named are never bystanders: a byline or an official
(subjects' bystander titles) or the speaker of a quote ("…"라고 말했다). A group with one named
member is split as the codebook counts it: the named one, and the others.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from crossings.events import Evidence, Mention, Subject
from crossings.extract.ko import subjects as sb
from crossings.extract.ko.romanize import figures, romanize_name
from crossings.extract.ko.segment import sentences

# the happenings a person named beside them may be the subject of (a recall or a control measure
# is told of those left behind, not of the one who fled)
_OWN = ("defection", "attempted_defection", "disappearance", "repatriation", "punishment")
# "남아 있던 종업원 9명", "나머지 직원", "동료들": the others, not the named
_OTHERS = re.compile(r"남은|남아\s?있던|나머지|동료|다른|같은\s?(?:업체|식당|공장|공관)")
# a household, anyone's to belong to ("일가족 3명")
_FAMILY = re.compile(r"일가족|가족|식구")
# the speaker of a quote: '류현우 "…"', '…"라고 말했다', '…"고 전했다'
_SAYS = re.compile(r"\s?(?:씨|[가-힣]{1,4})?\s?[:：]?\s?[\"“]")
_QUOTE = re.compile(r"[\"“”'‘’]\s?(?:라?고|며|면서)\s?(?:[^.\n]{0,20}?\s)?(?:말했|밝혔|전했|설명했|주장했|덧붙였|강조했)")


@dataclass
class Named:
    hangul: str
    start: int
    end: int
    person: sb.Person
    word: str | None  # the role word in the person's own phrase (종업원, 참사, 부대표)


def _role_word(text: str) -> str | None:
    for _, pattern in sb._roles():
        m = pattern.search(text)
        if m:
            return m.group()
    return None


def named_people(text: str) -> list[Named]:
    """The people the document names, each once (first naming), bystanders left out."""
    out: list[Named] = []
    for sent in sentences(text):
        spans = [(s, e, text[s:e]) for s, e in sb.full_names(text, sent.start, sent.end)]
        spans += [r for r in sb.surnamed(text, sent.start, sent.end) if not any(a <= r[0] < b for a, b, _ in spans)]
        if not spans:
            continue
        roles = sb.role_hits(text, sent.start, sent.end)
        for s, e, hangul in spans:
            if any(n.hangul == hangul for n in out):
                continue
            if (_QUOTE.search(text, e, sent.end) or _SAYS.match(text, e)) and not _in_quote(text, sent.start, s):
                continue  # the speaker of a quote ('류현우 "…"', '…"라고 말했다')
            p = sb._person(text, s, e, hangul, roles)
            out.append(Named(hangul, s, e, p, _role_word(p.descriptor) if p.descriptor else None))
    return out


def _in_quote(text: str, start: int, pos: int) -> bool:
    return sum(text.count(q, start, pos) for q in "\"“”") % 2 == 1


def bind_names(text: str, mentions: list[Mention]) -> None:
    """Give each mention whose subjects are unnamed the names the document binds to them."""
    people = None
    for m in mentions:
        if m.type not in _OWN or any(s.name for s in m.subjects):
            continue
        if people is None:
            people = named_people(text)
        if not people:
            return
        # a person another happening of this type is told of ("2016년 태영호 공사의 망명 이후
        # 처음으로 … 외교관이 탈북해"): the extractor told the two apart, the name is that one's
        theirs = {a for o in mentions if o is not m and o.type == m.type for s in o.subjects for a in s.aliases}
        people_here = [n for n in people if n.hangul not in theirs]
        spans = [(ev.start, ev.end) for ev in m.evidence if ev.field == "subjects"]
        others = any(_OTHERS.search(text, max(0, a - 10), b) for a, b in spans)
        if others:
            continue
        principal = [s for s in m.subjects if s.role != "family_member"]
        if m.subjects and not principal:
            continue  # told of relatives ("변성호 서기관의 가족이 추방됐다"), not of the one they belong to
        bound = False
        # the same role word in the person's own phrase: "종업원 2명" <- "종업원 변수미(24)씨"
        for s in principal:
            word = _role_word(s.descriptor or "")
            same = [n for n in people_here if word and n.word == word]
            if same and len(same) <= (s.count or 1):
                _bind(text, m, s, same)
                bound = True
        if bound or len(people) != 1 or len(people_here) != 1 or len(principal) > 1:
            continue
        # one person named in the whole document: the one it is about
        only = people_here[0]
        if figures().get(only.hangul):
            continue  # a well-known defector named in another's story speaks of it or is its precedent
        s = principal[0] if principal else None
        if s is not None and only.person.role not in (None, s.role) and not _FAMILY.search(s.descriptor or ""):
            continue  # (a household is anyone's: "일가족 3명" <- "노동자 설동환과 그의 아내")
        _bind(text, m, s, [only])


def _bind(text: str, m: Mention, s: Subject | None, named: list[Named]) -> None:
    new = []
    for n in named:
        p = n.person
        role = p.role if p.role and p.role != "family_member" else (s.role if s else p.role)
        new.append(Subject(name=romanize_name(n.hangul), descriptor=p.descriptor,
                           role=role, count=1, age=p.age, minor=p.minor, aliases=[n.hangul]))
        m.evidence.append(Evidence("subjects", n.start, n.end, text[n.start:n.end]))
    if s is None:
        m.subjects = new + m.subjects
        return
    i = m.subjects.index(s)
    rest = []
    counted = _role_word(s.descriptor or "")
    # "지배인 박설희씨와 여종업원 2명" <- "식당 지배인·여종업원 2명": the named one is not of the
    # counted two, who stay as they are
    apart = [n for n in named if n.word and n.word != counted and n.word in (s.descriptor or "")]
    if apart and len(apart) == len(named):
        rest = [s]
    elif s.count and s.count > len(named):
        rest = [replace(s, count=s.count - len(named))]
    m.subjects = m.subjects[:i] + new + rest + m.subjects[i + 1:]
