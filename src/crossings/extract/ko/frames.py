"""Sentences -> frames: one reading of one happening from one clause, with its evidence.

A frame is *strong* when its clause speaks of North Korea and says who or where (it may open a
happening); otherwise it is *weak* and may only add evidence to a happening others opened.
Clauses are cut between triggers of different happenings ("A가 탈북한 데 이어 B도 …"), and a
list of named people under one trigger ("△2016년 태영호 … △2017년 조성길 …") gives one frame
per person. Clauses cut from one sentence are siblings and never describe the same happening.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from crossings.extract.ko import chains, fields, morph, subjects
from crossings.extract.ko.frame import Frame
from crossings.extract.ko.lexicon import load
from crossings.extract.ko.places import city_names
from crossings.extract.ko.segment import Segment, cut_between, sentences
from crossings.extract.ko.status import status as status_of
from crossings.extract.ko.triggers import FLIGHT, Hit, blocked_by, find_hits, says_another
from crossings.extract.timex import TimeMatch
from crossings.extract.timex.calendar import iso, valid

# words that put a sentence in North Korea's orbit (조선일보 and TV조선 are newspapers)
NK = re.compile(r"북한|北|북측|탈북|평양|(?<!TV)조선(?!일보|비즈|닷컴|경제|\s?일보)|북송|북으로|북에"
                # the North's own bodies and provinces ("국경경비대 군관", "양강도 김형직군")
                r"|국경경비대|보위부|보위성|인민군|노동당|김정은|김정일|김일성|양강도|량강도|자강도|함경[남북]도|평안[남북]도|황해[남북]도")
_FOLLOWING = re.compile(r"(?:데|것에|에)\s?(?:이어|이은)")
# "A가 탈북한 데 이어", "A 망명 이후 처음으로", "A가 실종된 가운데": a second happening follows
_SEQUENCE = chains.SEQUENCE
_SINCE = re.compile(r"(?<=[한된온은간])\s?(?:이후|이래)")
_CAUGHT = re.compile(r"체포|붙잡|검거|적발|발각|구금")
_HOMEWARD = re.compile(r"평양|본국|귀국|북한?으로")
_POSTED = {"diplomat", "trade_official", "overseas_worker", "restaurant_worker"}
_AT_THE_TIME = re.compile(r"\s?당시")
# DT-ANCHOR: "2017년 11월 이후 처음", "2019년 이래 4년 만에": the time point a first-since frames
_FIRST_SINCE = re.compile(r"\s?(?:이후|이래)\s?(?:처음|최초|첫|\d+\s?(?:년|개월|달|주|일)\s?만)")
# "1. 세네갈 대사관 폐쇄", "- 다카르", "△ 2019년 …": an item of a list the sentence before introduces
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}\s?[.)]|[-•·△▲▷○◆■*]|\(\d{1,2}\))\s?")
_TOPIC = re.compile(r"(?<=[가-힣])\s?(?:것은|건|일은)\s")  # "…택한 것은 … 이후 처음": the news the comparison is about
_SAME_MONTH = re.compile(r"(?:같은|그)\s?달\s?$")
_SAID_END = re.compile(r"(?:다|라|요)[\"”’'」]?\s?(?:고|며|면서)(?=\s)")  # "…했다고", "…했다"며
_MASS = re.compile(r"대거|무더기|일제히|여러|잇따라|잇달아|공관들")
_ITEM_LEFT = re.compile(r"(?:△\s?)?(?:지난\s?)?(?:\d{4}년\s?(?:\d{1,2}월\s?)?)?$")


# the headline and the lede: an article they place in North Korea's orbit stays there in sentences
# that do not name it again ("이들은 지난 3일 검문소에서 붙잡혔다", "그는 … 피신했다")
LEDE_SENTENCES = 2
# where a scraped page's lede may end at the latest: its outlet's name, a menu, a dateline and a
# byline above the headline are page chrome, not the lede
LEDE_CAP = 10
# a menu or breadcrumb ("정치 | 북한 | 경제", "홈 > 북한 > 국경") or a line without Hangul: chrome
_MENU = re.compile(r"\s[|>›]\s|^[^가-힣]*$")
# a told sentence ends on a verb's final ending ("…폐쇄했다.", "…전했습니다"); a headline does not
_TOLD = re.compile(r"(?:다|요)[.\"”’'」)]*$")


@dataclass
class Context:
    text: str
    anchor: str | None
    is_capture: bool
    known: list[str]  # full Hangul names in the document


def frames_of(ctx: Context) -> list[Frame]:
    out: list[Frame] = []
    lead_nk = False  # whether the sentence that introduces a list speaks of North Korea
    marker = False  # "1." split off as a sentence of its own: the next sentence is an item
    previous: Segment | None = None
    before_nk = False
    sents = sentences(ctx.text)
    lede_nk = any(NK.search(ctx.text, s.start, s.end) for s in lede(ctx.text, sents))
    for index, sent in enumerate(sents):
        before, previous = previous, sent
        item = marker or bool(_LIST_ITEM.match(ctx.text, sent.start))
        marker = bool(_LIST_ITEM.fullmatch(sent.text(ctx.text)))
        nk = bool(NK.search(ctx.text, sent.start, sent.end)) or (item and lead_nk)
        told_on = before_nk  # the sentence before spoke of North Korea: a rule or a recall told on is its
        before_nk = nk
        if not item and not marker:
            lead_nk = nk
        hits = [h for h in find_hits(ctx.text, sent.start, sent.end)
                if not h.imposed or _after_a_flight(ctx.text, sent, out)]
        if hits and not nk:
            nk = north_korean_place(ctx.text, sent.start, sent.end)
        if hits and not nk and lede_nk:
            nk = True  # the article's subject, whose name the sentence need not repeat
        if hits and not nk and told_on and all(h.type in _TOLD_ON for h in hits):
            nk = True  # "… 통제를 강화했다. 지난해 12월부터 유럽 주재 외교관들은 여권을 맡겨야 하고 …"
        if hits:
            frames = _sentence_frames(ctx, index, sent, hits, nk)
            if before is not None:
                _people_of_the_sentence_before(ctx, before, frames)
                # "이들은 … 체포된 뒤 … 북한 측에 넘겨졌다": the chain's later verbs take them too
                chains.share_subjects(ctx.text, frames)
            out.extend(frames)
    return out


def lede(text: str, sents) -> list[Segment]:
    """The headline and the first told sentence: the sentences up to the first that ends as told
    prose, menus aside. A scraped page opens on its outlet's name, a menu and a dateline ("북쪽창",
    "정치 | 군사 | 국경", "입력 2026.07.10"), which would otherwise fill the lede and leave the
    article's own subject (北 노동자, 귀순한 북한군) out of it; a page without them keeps its first
    two sentences."""
    out: list[Segment] = [s for s in sents[:LEDE_SENTENCES] if not _MENU.search(s.text(text))]
    for s in sents[:LEDE_CAP]:
        words = s.text(text)
        if not _MENU.search(words) and s not in out:
            out.append(s)
        if _TOLD.search(words):
            break
    return out


# what a rule is laid down in response to: a flight, its attempt, the people's disappearance or
# return, their punishment
_RESPONDED_TO = {"defection", "attempted_defection", "disappearance", "repatriation", "punishment"}


def _after_a_flight(text: str, sent: Segment, told: list[Frame]) -> bool:
    """A rule read from its clause's shape (triggers.imposed_rules) is a control measure where it
    answers a flight: the article has told one before, or the sentence names one itself."""
    return bool(FLIGHT.search(text, sent.start, sent.end)) or any(
        f.type in _RESPONDED_TO and not f.background for f in told)


# Happenings whose words are the North's own, told on from a sentence that named it
_TOLD_ON = {"control_measure", "recall"}


# A clause that opens on a pronoun for people just named ("이들은", "그는", "이 남성은", "이 중 1명은")
_THEY = re.compile(r"\s*(?:이들(?:\s?(?:중|가운데)\s?(?P<part>\d+)\s?명)?|그들|그녀|그(?=는|가|의)|"
                   r"이\s?(?:남성|여성|주민|병사|군인|남자|여자|선원|어민|일행|사람)|이\s?(?:중|가운데)\s?(?P<some>\d+)\s?명)")


def _people_of_the_sentence_before(ctx: Context, before: Segment, frames: list[Frame]) -> None:
    """"북한 주민 3명이 탄 어선이 발견됐다. 이들은 남한에 정착하겠다는 의사를 밝혔다": a clause
    whose subject is a pronoun names no one, and the people it stands for are those the sentence
    before it names (a part of them, "이 중 1명은", counts that part)."""
    for f in frames:
        if f.found.subjects or f.background or f.scope.start != f.sentence.start:
            continue
        m = _THEY.match(ctx.text, f.sentence.start)
        if m is None:
            continue
        found = subjects.subjects_of(ctx.text, before.start, before.end, before.end, ctx.known)
        if not found.subjects or not NK.search(ctx.text, before.start, before.end):
            continue
        part = m.group("part") or m.group("some")
        if part and len(found.subjects) == 1:
            found.subjects[0] = replace(found.subjects[0], count=int(part))
        f.found, f.strong = found, True
        if not f.dates:  # "…7일 오후 발견됐다. 이들은 …": the sentence that tells them tells when
            f.dates = _event_dates(ctx.text, before, before.end, ctx)
        chains.civilians_leave_the_north(ctx.text, f)


def _parts(text: str, sent: Segment, hits: list[Hit]) -> list[tuple[Segment, list[Hit], int]]:
    """Cut the sentence between consecutive triggers of different types, or of one type where a
    connective ("에 이어", "가운데") says two happenings are meant; each part carries the number
    of the happening-clause it belongs to (a cut made only to fence off a blocked trigger, as in
    "귀순한 A는 … 귀순 의사를", keeps the clause number)."""
    parts: list[tuple[int, list[Hit], int]] = [(sent.start, [hits[0]], 0)]
    for prev, hit in zip(hits, hits[1:]):
        gap = text[prev.end:hit.start]
        live = [blocked_by(text, h, sent.start, sent.end, whole_part=False) is None for h in (prev, hit)]
        # fled, then caught ("탈북한 여성 2명이 공안에 체포됐다"): one attempt, told by a flight and
        # a capture that names no flight of its own
        caught = prev.type == "defection" and hit.type == "attempted_defection" and all(live) \
            and not FLIGHT.search(text, hit.start, hit.end)
        distinct = (hit.type != prev.type and not caught) or bool(_SEQUENCE.search(gap))
        if not distinct and live[0] == live[1]:
            parts[-1][1].append(hit)
            continue
        cut = cut_between(text, prev.end, hit.start)
        if live[0] and not live[1] and not distinct:
            # "귀순한 태영호 공사는 … 귀순 의사를": the person belongs to the live trigger
            cut = prev.end + (gap.rstrip().rfind(" ") + 1 if " " in gap.rstrip() else len(gap))
        parts.append((cut, [hit], parts[-1][2] + distinct))
    bounds = [p[0] for p in parts[1:]] + [sent.end]
    return [(Segment(start, end), hs, clause) for (start, hs, clause), end in zip(parts, bounds)]


def north_korean_place(text: str, start: int, end: int) -> bool:
    """"혜산시 주민 2명이 압록강을 건너다 적발됐다": a North Korean city says North Korea too."""
    if not city_names("KP").search(text, start, end):
        return False
    return any(p.country == "KP" and p.city for p in fields.places_in(text, start, end))


def _sentence_frames(ctx: Context, index: int, sent: Segment, hits: list[Hit], nk_sentence: bool) -> list[Frame]:
    out: list[Frame] = []
    for part, part_hits, number in _parts(ctx.text, sent, hits):
        live = [h for h in part_hits if not blocked_by(ctx.text, h, part.start, part.end)]
        by_type: dict[str, list[Hit]] = {}
        for h in live:
            by_type.setdefault(h.type, []).append(h)
        if "defection" in by_type and _CAUGHT.search(ctx.text, part.start, part.end):
            # fled and was caught: the codebook's attempted defection
            by_type.setdefault("attempted_defection", []).extend(by_type.pop("defection"))
        for etype, hs in by_type.items():
            nk = any(h.nk_specific for h in hs) or (nk_sentence and _nk_about_event(ctx.text, sent, hs[0]))
            lead, rest = _leading(ctx, part, hs[0], etype, index, sent, nk)
            before, rest = _precedent(ctx, rest, hs, etype, index, sent, nk)
            frames = lead + before + _items(ctx, rest, hs, etype, index, sent, nk)
            for f in frames:
                # precedents are siblings of the clause that cites them
                f.part = number if not f.background or f.found.names else 1000 + number
                # "A가 탈북한 데 이은 또 다른 외교관의 망명": "another" than the sibling clause
                f.another = f.another and number == 0
            out.extend(frames)
    chains.heads_of_relatives(ctx.text, out)
    chains.share_subjects(ctx.text, out)
    for f in out:
        chains.families_on_their_own(ctx.text, f)
        chains.civilians_leave_the_north(ctx.text, f)
        chains.punished_at_home(ctx.text, f)
    chains.where_returned_from(out)
    chains.head_adverbials(ctx.text, out)
    return out


def _nk_about_event(text: str, sent: Segment, hit: Hit) -> bool:
    """"러시아 언론인이 독일에 망명했다고 북한 매체가 비난했다": North Korea named only in the
    attribution after the reported clause does not make the event North Korean."""
    end = _SAID_END.search(text, hit.end, sent.end)
    stop = end.end() if end else sent.end
    if NK.search(text, sent.start, stop) or not NK.search(text, sent.start, sent.end):
        return True
    # "…경고하고 있다고 함경북도 소식통은 전했다": a source in the North passes on what happened
    # there; the North named only as the speaker who reacts does not make it North Korean
    return bool(_INSIDE_SOURCE.search(text, stop, sent.end))


# a source placed in the North or inside it ("함경북도 소식통", "북한 내부 소식통", "현지 소식통")
_INSIDE_SOURCE = re.compile(r"(?:" + NK.pattern + r")[가-힣]{0,4}\s?(?:내부\s?)?소식통")



def _items(ctx, part: Segment, hits: list[Hit], etype: str, index: int, sent: Segment, nk: bool) -> list[Frame]:
    """One frame per named principal in a list under one trigger, one per host country for
    closures ("스페인과 우간다 주재 대사관을 폐쇄": each mission is its own event), else one frame
    for the part."""
    if etype == "mission_closure":
        end = part.end
        # "다카 대사관을 폐쇄하고 인도 주재 공관이 업무를 맡는다", "…철수를 통보받았다"며 "업무는 X 주재
        # 대사관이 맡는다"": the mission of the next clause is another (its successor), not closed
        ends = [m.end() for m in (_CLAUSE_ENDS.search(ctx.text, hits[-1].end, end),
                                  _SAID_END.search(ctx.text, hits[-1].end, end)) if m]
        if ends:
            end = min(ends)
        hosts = [p for p in fields.places_in(ctx.text, part.start, end) if p.country not in ("KP", "KR")]
        named = [p for p in hosts if p.country]
        if len({p.country for p in named}) > 1:
            whole = _frame(ctx, part, hits, etype, index, sent, nk)
            listed = _one_per_country(named)
            frames = [_frame(ctx, Segment(p.start, p.end), hits, etype, index, sent, nk) for p in listed]
            lefts = [part.start] + [p.end for p in listed[:-1]]
            for f, p, left in zip(frames, listed, lefts):
                # "지난해 10월 멕시코, 올해 1월 나미비아 …": a date right before a host is its own;
                # else "지난달 A와 B 대사관을 폐쇄": the clause's date is each one's
                own = _event_dates(ctx.text, Segment(left, p.start), p.start, ctx)
                f.dates = own or whole.dates
            return frames
        if not named and _MASS.search(ctx.text, part.start, part.end):
            return []  # "공관을 대거 폐쇄" naming no host: no one mission to count
    found = subjects.subjects_of(ctx.text, part.start, part.end, hits[0].start, ctx.known)
    principals = [(s, span) for s, span in zip(found.subjects, found.spans)
                  if s.name and s.role != "family_member"]
    if len(principals) < 2 or _together(ctx.text, [span for _, span in principals]):
        return [_frame(ctx, part, hits, etype, index, sent, nk)]
    lefts = [_left_edge(ctx.text, span[0], part.start) for _, span in principals]
    bounds = lefts[1:] + [part.end]
    starts = [part.start] + lefts[1:]
    items = [_frame(ctx, Segment(a, b), hits, etype, index, sent, nk, focus=span[0])
             for a, b, (_, span) in zip(starts, bounds, principals)]
    for f in items:
        f.background = True  # "△2016년 A △2017년 B": people cited as precedents
    return items


# "변수미(24)씨와 장혜성(22)씨는": people joined as one subject, by their names alone
_JOINED = re.compile(r"\s?(?:\(\d{1,3}\s?세?\))?\s?(?:씨|양|군)?\s?(?:와|과|및|,|·)\s?")


def _together(text: str, spans: list[tuple[int, int]]) -> bool:
    """Named people coordinated as the subject of one verb ("A씨와 B씨는 … 나간 뒤 돌아오지 않았다")
    did it together: one happening, not a list of precedents (those carry a date, a title or a
    list marker between them: "△2016년 A △2017년 B", "A 공사와 B 대사대리")."""
    spans = sorted(spans)
    return all(_JOINED.fullmatch(text, a[1], b[0]) for a, b in zip(spans, spans[1:]))


# a closure verb ending its clause with a connective: what follows has a predicate of its own
_CLAUSE_ENDS = re.compile(r"(?:하|했|되|됐|시키|시켰)(?:고|으며|며|면서|지만)(?=\s)")


def _one_per_country(hosts: list) -> list:
    """"세네갈 다카르 주재 대사관": a country and its city are one mission (the city kept)."""
    out: dict[str, object] = {}
    for p in hosts:
        if p.country not in out or (p.city and not out[p.country].city):
            out[p.country] = p
    return list(out.values())


def _left_edge(text: str, name_start: int, floor: int) -> int:
    m = _ITEM_LEFT.search(text[floor:name_start])
    return floor + m.start() if m else name_start


def _leading(ctx, part: Segment, hit: Hit, etype: str, index: int, sent: Segment,
             nk: bool) -> tuple[list[Frame], Segment]:
    """"쿠바와 프랑스에 이어 중국에서도 … 탈북": the places before 에 이어 had that happening too;
    each becomes a background frame, and the clause proper starts after 에 이어."""
    m = _FOLLOWING.search(ctx.text, part.start, hit.start)
    if not m:
        return [], part
    head = Segment(part.start, m.start())
    places = [p for p in fields.places_in(ctx.text, head.start, head.end) if p.country not in ("KP", "KR")]
    out = []
    for p in places:
        f = _frame(ctx, Segment(p.start, p.end), [hit], etype, index, sent, nk)
        f.background = True
        out.append(f)
    return out, (Segment(m.end(), part.end) if out else part)


def _precedent(ctx, part: Segment, hits: list[Hit], etype: str, index: int, sent: Segment,
               nk: bool) -> tuple[list[Frame], Segment]:
    """"귀순은 지난 3월 하전사 1명이 넘어온 이후 두 번째": the clause before 이후 tells an earlier
    happening of the same kind (codebook: "the first since …" is a background mention)."""
    m = _SINCE.search(ctx.text, part.start, part.end)
    if not m:
        return [], part
    head_start = max([h.end for h in hits if h.end <= m.start()], default=part.start)
    topics = list(_TOPIC.finditer(ctx.text, part.start, m.start()))
    topic = topics[-1] if topics else None
    own = hits
    if topic is not None and any(topic.end() <= h.start < m.start() for h in hits) \
            and any(h.end <= topic.start() for h in hits):
        # "외교관이 한국행을 택한 것은 | 2019년 파리 주재 서기관이 망명한 이후 처음": the trigger after the
        # topic is the precedent's own; the news is the topic clause before it
        head_start = topic.end()
        own = [h for h in hits if topic.end() <= h.start < m.start()]
    elif any(head_start <= h.start < m.start() for h in hits) or m.start() - head_start < 4:
        return [], part
    head = Segment(head_start, m.start())
    f = _frame(ctx, head, own, etype, index, sent, nk)
    if not f.dates or not (f.found.subjects or f.country or f.region):
        return [], part
    f.background = True
    if own is not hits:
        return [f], Segment(part.start, topic.start())
    rest = Segment(part.start, head_start) if head_start > part.start else Segment(m.end(), part.end)
    return [f], rest


def _frame(ctx: Context, scope: Segment, hits: list[Hit], etype: str, index: int, sent: Segment,
           nk: bool, focus: int | None = None) -> Frame:
    text = ctx.text
    found = subjects.subjects_of(text, scope.start, scope.end, hits[0].start, ctx.known)
    dest = fields.destination(text, scope.start, scope.end, etype)
    if dest[0] and dest[1] is None:
        dest = (dest[0], (hits[0].start, hits[0].end))  # 소환: summoned home is the quote for KP
    fled = etype in ("defection", "attempted_defection") and bool(found.subjects) and all(
        s.role in ("civilian", "military", "family_member") for s in found.subjects)
    where = fields.origin(text, scope.start, scope.end, etype, dest[1], from_north=fled)
    when = _event_dates(text, scope, hits[0].start if focus is None else focus, ctx)
    identity = bool(found.subjects or not where.place.is_empty())
    if etype == "control_measure" and not identity:
        identity = bool(_control_target().search(text, sent.start, sent.end))
    if etype == "repatriation" and all(h.expelled for h in hits):
        # an expulsion read from the verb alone returns people the foreign state held: named
        # people who are no diplomats (a diplomat declared persona non grata is sent home, not
        # forcibly returned from a flight)
        identity = bool(found.subjects) and not any(s.role == "diplomat" for s in found.subjects) \
            and not any(r.role == "diplomat" for r in subjects.role_hits(text, scope.start, hits[0].start))
    if etype == "recall" and _goal_abroad(text, hits[0].start, sent.start):
        identity = False  # "가족을 중국으로 불러들이는 데 성공": brought out to China, not called home
    if etype == "recall" and not _HOMEWARD.search(text, sent.start, sent.end):
        # 검찰 소환 (a prosecutor's summons) is not a recall to Pyongyang
        identity = identity and any(s.role in _POSTED for s in found.subjects)
    partial = [] if when else fields.dates(text, scope.start, scope.end, ctx.anchor, ctx.is_capture, partial=True)
    return Frame(
        type=etype, order=hits[0].start, hits=hits, scope=scope, sentence=sent, group=index,
        found=found, origin=where, destination=dest, dates=when, partial=partial,
        status=status_of(text, sent.start, sent.end),
        sources=fields.sources(text, sent.start, sent.end),
        strong=nk and identity, another=says_another(text, scope.start, scope.end),
    )


_GOAL_BEFORE = re.compile(r"([가-힣]+)(?:으로|로)\s?$")


def _goal_abroad(text: str, trigger_start: int, floor: int) -> bool:
    """The place the trigger's people are brought to, right before it, lies outside North Korea."""
    m = _GOAL_BEFORE.search(text, max(floor, trigger_start - 12), trigger_start)
    return m is not None and any(p.country and p.country != "KP" for p in fields.places_in(text, m.start(1), m.end(1)))


@lru_cache(maxsize=1)
def _control_target() -> re.Pattern[str]:
    return re.compile(load("cues.yaml")["control_target"])


def _in_month_before(text: str, day: TimeMatch, ctx: Context) -> TimeMatch | None:
    """"지난달 4일 체포됐고, 같은 달 19일 추방됐다": the day of the month the line named last."""
    line = text.rfind("\n", 0, day.start) + 1
    months = [d for d in fields.dates(text, line, day.start, ctx.anchor, ctx.is_capture)
              if d.value and len(d.value) >= 7]
    if not months:
        return None
    year, month, number = int(months[-1].value[:4]), int(months[-1].value[5:7]), int(day.text[:-1])
    if not valid(year, month, number):
        return None
    return replace(day, value=iso(year, month, number), precision="day", derivation="relative:ko-same-month")


def own_day(text: str, scope: Segment, day: TimeMatch, focus: int) -> bool:
    """DT-ANCHOR: whether a bare day ("14일") dates the happening rather than the statement. It
    does before the trigger, in a sentence that reports nobody saying it ("병사 1명이 20일 귀순했다"),
    or after the happening's subject ("주민 3명이 14일 새벽 … 귀순했다고 합참이 밝혔다"); it dates the
    statement when it follows the speaker ("합참은 14일 … 귀순했다고 밝혔다") or the trigger."""
    if day.start > focus or _SAID_END.search(text, day.end, focus):
        return False
    if not _SAID_END.search(text, focus, scope.end):
        return True
    return any(tag == "JKS" for _, tag, _, _ in morph.morphemes(text[scope.start:day.start]))


def _event_dates(text: str, scope: Segment, focus: int, ctx: Context) -> list[TimeMatch]:
    """Dates of the clause, nearest the trigger (or, in a list, the person) first;
    "2017년 9월 당시 대사대리" dates the post, not the event, and "2017년 11월 이후 처음" the
    earlier happening it is the first since."""
    found = []
    for d in fields.dates(text, scope.start, scope.end, ctx.anchor, ctx.is_capture, bare_days=True):
        if _AT_THE_TIME.match(text, d.end) or _FIRST_SINCE.match(text, d.end):
            continue
        if fields.BARE_DAY.fullmatch(d.text):
            if not own_day(text, scope, d, focus):
                continue
            if _SAME_MONTH.search(text, max(0, d.start - 6), d.start):
                d = _in_month_before(text, d, ctx)
                if d is None:
                    continue
        found.append(d)
    return sorted(found, key=lambda d: (fields.vague(d), min(abs(d.start - focus), abs(d.end - focus))))
