"""Component: where a happening took place (origin) and where its people went (destination);
a closure sentence naming several hosts opens one reading per host."""
from __future__ import annotations

import re

from crossings.events import Place
from crossings.extract import places
from crossings.extract.en import lists
from crossings.extract.en.bind import binding, is_goal, token_at
from crossings.extract.en.classify import is_passive, subject_of
from crossings.extract.en.relations import CAPTURE
from crossings.extract.en.scope import allowed
from crossings.extract.en.state import Reading, State

KOREAS = {"KP", "KR"}
FLIGHTS = ("defection", "attempted_defection")
ORIGIN_PREPS = re.compile(r"(?:\b(?:in|from|at|to|of|stationed in|posted in|posted to|based in)\s+(?:the\s+)?)$", re.I)
CREDIT_LINE = re.compile(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*[.!]?\s*")
NEIGHBOUR = re.compile(r"\bborders? (?:with|between (?:North Korea|the North) and)\s+(?:the\s+)?$", re.I)
ROUTE_PREPS = re.compile(r"\b(?:through|via|across|transit(?:ing)?|travel(?:l?ing)?|arriving in|arrived in|reached)\s+(?:\w+\s+){0,3}$", re.I)
DESTINATIONS = (
    ("KR", re.compile(r"\b(?:to|in|into|reached|reach|for|entered)\s+(?:the\s+)?(?:South Korea|South|Seoul|the Republic of Korea|ROK)\b"
                      r"|\b(?:South Korean|Seoul's) (?:embassy|consulate|mission|authorities|government)\b"
                      r"|\barrived in (?:South Korea|Seoul)\b", re.I)),
    ("third_country", re.compile(r"\b(?:a|an unnamed|an unidentified|another) third country\b", re.I)),
    ("US", re.compile(r"\b(?:to|in) (?:the )?(?:United States|US|U\.S\.|America)\b", re.I)),
)
BORDER_CROSSING = re.compile(r"\b(?:border|DMZ|MDL|demarcation|boat|sea|Northern Limit Line|NLL|river|Tumen|Yalu|swam|drifted)\b", re.I)

# A place named as the road not taken ("defected to the United States - and not to South Korea",
# "rather than the South") is no destination.
SPURNED = re.compile(r"\b(?:not|never|rather than|instead of)\s+$", re.I)
INTO = re.compile(r"\b(?:into|a stop in|stopover in)\s+(?:the\s+)?$", re.I)
WAY_HOME = re.compile(r",?\s+(?:and\s+)?(?:then\s+|on\s+|onward\s+|onwards\s+)+to\s+(?:Pyongyang|North Korea|the North)\b", re.I)
CALLED_HOME = re.compile(r"\b(?:to|back to) (?:North Korea|the North|Pyongyang)\b|\bhome\b", re.I)


class Places:
    """Origin and destination; a closure sentence naming several hosts opens one reading each."""

    name = "places"

    def __call__(self, state: State) -> State:
        out: list[Reading] = []
        for r in state.readings:
            found = places.find_places(r.hit.sentence.text, "en")
            if r.hit.type == "mission_closure":
                out.extend(_closures(r, found, state))
                continue
            if r.hit.kind == "noun" and r.token.tag_ == "NNS":
                out.extend(_plural_happenings(r, found, state))
                continue
            others = state.triggers_besides(r)
            found = [m for m in found if binding(r.token, m.start, others) != "other"]
            goals = [m for m in found if r.hit.type in FLIGHTS and is_goal(r.token, m.start)]
            _origin(r, [m for m in found if m not in goals], state)
            _destination(r, state, goals)
            if r.mention.destination and r.mention.destination == r.mention.origin.country:
                _drop_origin(r)  # "defected to the United States": where they went, not where from
            if r.hit.type == "attempted_defection" and r.mention.origin.country not in (None, "KP") \
                    and _held_at_home(r) and not any(SHIPBOARD.search(s.descriptor or "") for s in r.mention.subjects):
                _origin_in_the_north(r, found, state)  # codebook: civilians caught in China or Laos left from the North
            if r.hit.type == "control_measure" and not r.mention.origin.country and _held_at_home(r):
                _origin_in_the_north(r, found, state)  # "North Korean border guards were ordered to fire on ..."
            if r.hit.type == "disappearance" and _at_home(r, found):
                continue  # codebook: people who went missing abroad; "taken away in Hyesan" is not that
            out.append(r)
        state.readings = out
        return state


def _hosts(r: Reading, found, verbs_nearby: bool = False):
    """Where a mission closed: for a verb, places inside its object or subject phrase ("closed
    its embassies in Spain and Uganda", "the embassy in Angola stopped working"); for a noun
    ("embassy closures in both nations"), any foreign place in the sentence."""
    eligible = [m for m in found if m.kind != "demonym" and m.country not in KOREAS]
    token = r.token
    if r.hit.kind != "verb" or token.pos_ != "VERB":
        lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        inside = [m for m in eligible if lo <= m.start < hi]
        listed = [m for m in eligible if HOST_LIST.search(r.hit.sentence.text[max(0, m.start - 12):m.start])]
        return inside or ([] if verbs_nearby else listed)
    lo, hi = r.hit.start - r.hit.sentence.start, r.hit.end - r.hit.sentence.start
    ranges = [(lo, hi)] + [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in token.children if (c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "prep", "attr")
                                    or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")))  # "... and its embassy in Namibia"
        and c.lower_ not in ("since", "after", "before", "following")
    ]
    if token.dep_ in ("relcl", "acl"):  # "missions Pyongyang has shut down, including ..."
        head = token.head
        ranges.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge)))
    text = r.hit.sentence.text
    return [m for m in eligible if any(a <= m.start < b for a, b in ranges)
            or (m.start >= hi and re.search(r"\bincluding\b[^;.]*$", text[hi:m.start]))]


HOST_LIST = re.compile(r"(?:\b(?:in|at)\s+(?:the\s+)?|,\s*|\band\s+)$")
BACK_REFERENCE = re.compile(r"\b(?:there|the country|both (?:\w+ )?(?:countries|nations)|the two (?:\w+ )?(?:countries|nations)|these (?:countries|nations))\b", re.I)


def _hosts_before(r: Reading, state: State):
    """ "the closure of its embassies there": the hosts the previous sentence named."""
    index = r.hit.sentence.index
    if index == 0 or not any(_points_back(r, m.start()) for m in BACK_REFERENCE.finditer(r.hit.sentence.text)):
        return [], None
    local = r.hit.start - r.hit.sentence.start
    same = [m for m in places.find_places(r.hit.sentence.text[:local], "en") if m.country not in KOREAS]
    if same:  # "farewell visits to Angolan and Ugandan leaders ... embassies in both countries"
        plural = re.search(r"\b(?:both|the two|these)\b", r.hit.sentence.text, re.I)
        return (same if plural else same[-1:]), r.hit.sentence
    prev = state.sentences[index - 1]
    found = [m for m in places.find_places(prev.text, "en") if m.kind != "demonym" and m.country not in KOREAS]
    closed = {o.mention.origin.country for o in state.readings if o.hit.sentence is prev
              and o.hit.type == "mission_closure" and o.mention.origin.country}
    if closed:  # "... shuttered its embassy there, saying its embassy in Brazil will handle affairs"
        found = [m for m in found if m.country in closed]
    return found, prev


def _points_back(r: Reading, offset: int) -> bool:
    """ "its embassy there" points back; "there was little trade" (an existential) or a "there"
    another predicate holds does not."""
    t = token_at(r.token.doc, offset) if r.token is not None else None
    if t is None:
        return True
    return t.dep_ != "expl" and binding(r.token, offset) != "other"


def _closures(r: Reading, found, state: State) -> list[Reading]:
    verbs = any(h.type == "mission_closure" and h.kind == "verb" and h.sentence is r.hit.sentence
                for h in state.hits)
    gapped = lists.run_in(r.hit.sentence, r.hit.start - r.hit.sentence.start)
    if gapped:  # "Lima, in Peru, closed in 2024; Mexico City in October 2025; ...": one per conjunct
        return _listed_closures(r, gapped, state)
    hosts, sent = _hosts(r, found, verbs), r.hit.sentence
    if not hosts:
        listed = _hosts_listed(r, state)
        if listed:
            return _listed_closures(r, listed, state)
        hosts, sent = _hosts_before(r, state)
    if LEFT_A_HOST.match(state.text, r.hit.start):
        index = r.hit.sentence.index
        told = " ".join(s.text for s in state.sentences[max(0, index - 1):index + 1])
        hosts = [m for m in hosts if sent is r.hit.sentence and _left_itself(r, m)] if lists.MISSION.search(told) else []
        if not hosts:
            return []  # "pulled out of Kaesong", "... of the Geneva talks": it left no foreign host
    if hosts and r.hit.kind == "noun":
        r.strong = True  # "closures in Angola and Uganda" names what closed
    countries = list({m.country or m.region: m for m in hosts if m.country or m.region}.values())
    if len(countries) <= 1:
        if countries:
            _set_origin(r, countries[0], state, sent)
        return [r]
    first = min(m.start for m in countries)
    readings = []
    for m in countries:
        twin = _copy(r)
        _set_origin(twin, m, state, sent)
        if sent is r.hit.sentence:  # "its pull-out from Bangui in May and Praia in June": each its conjunct
            lo, hi = lists.conjunct_of(sent, first, m.start)
            twin.item = lists.Item(sent, lo, hi, m)
        readings.append(twin)
    return readings


LEFT_A_HOST = re.compile(r"(?:pulled|pulls|pulling) out of\b", re.I)


def _left_itself(r: Reading, m) -> bool:
    """ "pulled out of Eritrea": the place is what was left, not a word on it ("Geneva talks")."""
    t = token_at(r.token.doc, m.end - 1) if r.token is not None else None
    return t is not None and t.dep_ in ("pobj", "conj", "appos", "dobj", "obj")


def _hosts_listed(r: Reading, state: State) -> list:
    """ "has closed these missions:" then one list item per mission ("- the embassy in Madrid"),
    or the next sentence a run-in list of them ("Among the latest: Lima, in Peru, closed in 2024;
    Mexico City in October 2025"): one item per mission."""
    index = r.hit.sentence.index
    if index + 1 >= len(state.sentences):
        return []
    nxt = state.sentences[index + 1]
    if r.hit.sentence.text.rstrip().endswith(":") or lists.LIST_ITEM.match(nxt.text):
        return lists.itemised(state.sentences, index)
    if re.match(r"[^;]{0,60}:", nxt.text) or lists.LIST_HEAD.search(nxt.text.split(";")[0]):
        return lists.run_in(nxt)  # a lead ("Among the recent ones:") or the verb in its first conjunct
    return []


def _listed_closures(r: Reading, listed, state: State) -> list[Reading]:
    """One closure per listed mission (codebook: each closed mission is its own event)."""
    readings = []
    for item in listed:
        twin = _copy(r)
        twin.strong = True
        twin.item = item
        _set_origin(twin, item.place, state, item.sentence)
        readings.append(twin)
    return readings


def _plural_happenings(r: Reading, found, state: State) -> list[Reading]:
    """ "defections in Cuba and France": one happening per place the plural noun governs."""
    lo, hi = r.token.left_edge.idx, r.token.right_edge.idx + len(r.token.right_edge)
    inside = [m for m in found if m.kind != "demonym" and m.country not in KOREAS and lo <= m.start < hi]
    distinct = list({m.country or m.region: m for m in inside if m.country or m.region}.values())
    if len(distinct) <= 1:
        _origin(r, found, state)
        _destination(r, state)
        return [r]
    readings = []
    for m in distinct:
        twin = _copy(r)
        twin.strong = True
        _set_origin(twin, m, state)
        readings.append(twin)
    return readings


def _copy(r: Reading) -> Reading:
    from copy import copy
    from crossings.events import Mention
    m = r.mention
    mention = Mention(doc=m.doc, type=m.type, evidence=list(m.evidence), subjects=list(m.subjects))
    twin = copy(r)
    twin.mention = mention
    twin.region_countries = dict(r.region_countries)
    return twin


def _workplace_left(r: Reading, offset: int) -> bool:
    """ "recalled its workers from a Russian shipyard", "fled a Chinese seafood plant": a
    nationality adjective on the place the people left is where they left from ("Russian media
    reported" stays no place)."""
    t = token_at(r.token.doc, offset) if r.token is not None else None
    if t is None or t.dep_ != "amod":
        return False
    place = t.head
    left = place.dep_ in ("dobj", "obj") and place.head.i == r.token.i
    source = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "from" else None
    # "from" on the verb, or on its object where the parse hangs it there ("recalled scores of workers from")
    came_from = source is not None and (source.i == r.token.i or (source.dep_ in ("dobj", "obj")
                                                                   and source.head.i == r.token.i))
    return left or came_from


def _origin(r: Reading, found, state: State) -> None:
    sent = r.hit.sentence
    scope = allowed(r)
    own = [m for m in found if scope.admits(m.start)]  # Pak's Spain is not Kang's
    if own or not scope.clause:
        found = own
    else:  # "workers of the firm that sent them to Khabarovsk ..., after three escaped": the setting
        found = [m for m in found if not any(a <= m.start < b for a, b in scope.foreign)]
    candidates, neighbour, home_ground = [], False, []
    for m in found:
        if m.kind == "demonym" and not _workplace_left(r, m.start):
            continue
        before = sent.text[max(0, m.start - 40):m.start]
        if _is_destination(before, m) or ROUTE_PREPS.search(before):
            continue
        if r.hit.type == "recall" and re.search(r"\b(?:to|for|via)\s+$", before) and WAY_HOME.match(sent.text, m.end):
            continue  # "put on a flight to Beijing and onward to Pyongyang": a stop on the way home, not the post
        if r.hit.type in ("defection", "attempted_defection", "punishment") and INTO.search(before):
            continue  # "crossed the river into China": where they went, not where they left (nor were shot)
        if r.hit.type == "attempted_defection" and _where_caught(r, m.start):
            continue  # codebook: where they were caught is not where they left from
        if _landmark(r, m.start):
            continue  # "the Chinese city of Ningbo, near Shanghai": Ningbo is the place
        if CREDIT_LINE.fullmatch(sent.text[m.start:]) and re.search(r":\s*$", sent.text[:m.start]):
            continue  # a headline's credit ("... shoot-to-kill orders: US"): who says so, not where
        if r.hit.type in ("punishment", "control_measure") and re.search(r"\bfrom\s+(?:the\s+)?$", before):
            continue  # "executed after being sent back from China", "keep the virus from entering from China"
        if r.hit.type == "control_measure" and NEIGHBOUR.search(before):
            neighbour = True  # "shoot anyone near the border with China": the North's own border
            continue
        if r.hit.type == "punishment" and m.country == "KP" and m.kind == "region" \
                and re.search(r"\bin\s+(?:[\w,-]+\s+){0,3}$", before):
            home_ground.append(m)  # "executed ... in Samsu county, Ryanggang province": where it took place
            continue
        if m.country == "KR" or (m.country == "KP" and m.kind != "city"):
            continue  # Seoul is where defectors go; the North itself is no posting
        if m.country == "KP" and re.match(r"['’]s\b", sent.text[m.end:m.end + 2]):
            continue  # "Pyongyang's core elite": the state, not a place anyone left
        distance = abs(sent.start + m.start - r.hit.start)
        bonus = 0 if ORIGIN_PREPS.search(before) or m.kind == "city" else 60
        candidates.append((distance + bonus, m))
    if r.hit.type == "repatriation":
        sender = _repatriating_state(r, found)
        if sender is not None:
            _set_origin(r, sender, state)
            return
    punisher = _punishing_north(r, found) if r.hit.type == "punishment" else None
    if home_ground:  # told "in" a province of the North: ahead of a goal in the people's clause ("who fled to China")
        _set_origin(r, home_ground[0], state)
    elif punisher is not None and not any(c[1].country == "KP" for c in candidates):
        _set_origin(r, punisher, state)  # "North Korea has executed four ...": punished in the North
    elif candidates:
        abroad = [c for c in candidates if c[1].country != "KP"] or candidates  # a posting beats "Pyongyang's"
        _set_origin(r, min(abroad, key=lambda c: c[0])[1], state)
    elif neighbour:
        kp = next((m for m in places.find_places(sent.text, "en") if m.country == "KP"), None)
        if kp is not None:
            _set_origin(r, kp, state)
    elif r.hit.type in ("defection", "attempted_defection"):
        after = sent.text[r.hit.end - sent.start:r.hit.end - sent.start + 20]
        if BORDER_CROSSING.search(sent.text) or re.match(r"\s+(?:from|out of)\s+(?:North Korea|the North)\b", after):
            kp = next((m for m in found if m.country == "KP"), None)
            if kp is not None:
                _set_origin(r, kp, state)


def _where_caught(r: Reading, offset: int) -> bool:
    """The place sits in the clause of the arrest that stopped the attempt ("but were detained by
    Chinese police in Shenyang")."""
    t = token_at(r.token.doc, offset) if r.token is not None else None
    return t is not None and any(a.pos_ == "VERB" and a.lemma_.lower() in CAPTURE for a in t.ancestors)


def _landmark(r: Reading, offset: int) -> bool:
    """The place only locates another place ("Ningbo, near Shanghai", "a camp outside Dandong"
    where the camp is named): it hangs on "near"/"outside" whose head is itself a place."""
    t = token_at(r.token.doc, offset) if r.token is not None else None
    if t is None or t.head.dep_ != "prep" or t.head.lower_ not in ("near", "outside"):
        return False
    anchor = t.head.head
    return anchor.ent_type_ in ("GPE", "LOC", "FAC") or any(c.ent_type_ in ("GPE", "LOC") for c in anchor.subtree
                                                            if c.i < t.head.i)


def _drop_origin(r: Reading) -> None:
    r.mention.origin = Place()
    r.mention.evidence = [e for e in r.mention.evidence if e.field != "origin"]


MISSION_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:embassy|consulate|mission|legation|trade office)\b", re.I)


def _at_home(r: Reading, found) -> bool:
    """The happening took place inside North Korea: its origin is there, or, with no origin
    abroad, the trigger's own clause places it "in"/"from" a place in the North."""
    if r.mention.origin.country:
        return r.mention.origin.country == "KP"
    scope, text = allowed(r), r.hit.sentence.text
    return any(m.country == "KP" and m.kind != "demonym" and scope.admits(m.start)
               and re.search(r"\b(?:in|from|at)\s+(?:\w+\s+){0,3}$", text[max(0, m.start - 30):m.start])
               and not MISSION_OWNED.match(text, m.end)  # "an official from North Korea's embassy": its employer
               for m in found)


# People who left a ship in a foreign port left from that port, not from the North
SHIPBOARD = re.compile(r"\b(?:sailors?|seam[ae]n|crew|crewm[ae]n|deckhands?|cooks?|fisherm[ae]n|ship|vessel)\b", re.I)


def _origin_in_the_north(r: Reading, found, state: State) -> None:
    """Origin KP, cited where the sentence names the North (or its people), if it does."""
    kp = next((m for m in found if m.country == "KP"), None)
    if kp is not None:
        _drop_origin(r)
        _set_origin(r, kp, state)


def _held_at_home(r: Reading) -> bool:
    """A control that falls on guards, soldiers, residents or their families (none posted
    abroad) holds in the North (as the Korean extractor's punished_at_home)."""
    roles = {s.role for s in r.mention.subjects}
    return bool(roles) and roles <= {"military", "civilian", "family_member"}


def _punishing_north(r: Reading, found):
    """The North named as the one who punishes: the subject of an active "executed", "purged"."""
    agent = subject_of(r.token) if r.token is not None else None
    if agent is None:
        return None
    lo, hi = agent.start_char, agent.end_char
    return next((m for m in found if m.country == "KP" and lo <= m.start < hi), None)


def _repatriating_state(r: Reading, found):
    """Who sent people back: a state named as the actor or source ("China repatriated",
    "deported from China", "South Korea deported")."""
    sent = r.hit.sentence
    for lo, hi in _senders(r.token):  # by role first: "returned by China", "Beijing returned ..."
        named = next((m for m in found if lo <= m.start < hi and m.country != "KP"), None)
        if named is not None:
            return named
    for m in found:
        if m.kind == "demonym" and m.country == "KP":
            continue
        before = sent.text[max(0, m.start - 20):m.start]
        if re.search(r"\bfrom\s+(?:the\s+)?$", before, re.I) or sent.start + m.end <= r.hit.start:
            if m.country != "KP":
                return m
    return None


def _senders(token) -> list[tuple[int, int]]:
    """Character spans of who does the sending: the passive's "by" agent, then the active
    verb's subject; so "Seoul raises the case of five North Koreans returned by China" is China's."""
    if token is None or token.pos_ != "VERB":
        return []
    spans = [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge)) for a in token.children if a.dep_ == "agent"]
    subject = subject_of(token) if not is_passive(token) and token.dep_ not in ("acl", "relcl") else None
    if subject is not None:
        spans.append((subject.start_char, subject.end_char))
    return spans


def _is_destination(before: str, m) -> bool:
    return m.country in KOREAS and bool(re.search(r"\b(?:to|into|in)\s+$", before))


def _set_origin(r: Reading, m, state: State, sent=None) -> None:
    r.mention.origin = places.to_place(m)
    if m.kind == "country" or m.kind == "city":
        region = places.region_of(m.country) if m.country else None
        if region:
            r.region_countries.setdefault(region, set()).add(m.country)
    start = (sent or r.hit.sentence).start + m.start
    r.cite("origin", start, start + len(m.text), state.text)


def _destination(r: Reading, state: State, goals=()) -> None:
    sent = r.hit.sentence
    if r.hit.type == "repatriation":
        m = re.search(r"\b(?:North Korea|the North|Pyongyang|their (?:home )?country|home)\b", sent.text)
        r.mention.destination = "KP"
        if m:
            r.cite("destination", sent.start + m.start(), sent.start + m.end(), state.text)
        return
    if r.hit.type == "recall":  # "summoned to Pyongyang", "ordered home": where the recalled go
        m = CALLED_HOME.search(sent.text[r.hit.start - sent.start:])
        if m:
            r.mention.destination = "KP"
            start = r.hit.start + m.start()
            r.cite("destination", start, start + len(m.group()), state.text)
        return
    if r.hit.type not in ("defection", "attempted_defection"):
        return
    scope = allowed(r)
    for code, pattern in DESTINATIONS:
        m = next((m for m in pattern.finditer(sent.text) if scope.admits(m.start())
                  and not SPURNED.search(sent.text[max(0, m.start() - 16):m.start()])), None)
        if m:
            r.mention.destination = code
            r.cite("destination", sent.start + m.start(), sent.start + m.end(), state.text)
            return
    goal = next((m for m in goals if m.country and m.country != "KP" and m.kind != "demonym"), None)
    if goal is not None:  # "defected to Canada", "sought asylum in Norway"
        r.mention.destination = goal.country
        r.cite("destination", sent.start + goal.start, sent.start + goal.start + len(goal.text), state.text)
