"""Component: who the happening is about: name, descriptor, role, count, age, minor, relatives."""
from __future__ import annotations

import re
from functools import lru_cache

from crossings.events import Subject
from crossings.extract import places
from crossings.extract.en.classify import (ACTORS, NK_PEOPLE, NOBODY_SEEN, _np, acted_on, after_a_pointer, antecedent,
                                           is_passive, is_person, subject_of)
from crossings.extract.en.groups import (PAIRS, VESSELS, aboard, approximate, count_of, earlier_role, family_size,
                                         kin_with_posts, overlaps)
from crossings.extract.places.english import folded_table
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.roles import (PRINCIPAL_ROLES, SUPERVISORS, fled_a_worksite, head_phrase, posts_told_after,
                                        role_near, role_of, what_they_run, without_names)
from crossings.extract.en.state import ACTS_ON_PEOPLE, Reading, State

AGE = re.compile(r"\((\d{1,2})\)|\b(\d{1,2})-year-old\b|\baged (\d{1,2})\b")
RELATIVES = re.compile(
    r"\b(?:his|her|their|the diplomat's|the official's)\s+(?:[\w-]+\s+)?"
    r"(?:wife|wives|husband|sons?|daughters?|children|child|kids?|family(?: members)?|relatives|parents|mother|father)"
    r"(?:\s*(?:,|and)\s*(?:(?:a|an|two|three|\d+)\s+|(?:\w+-\s*(?:,\s*|and\s+)+)*\w+-year[- ]old\s+)?"
    r"(?:sons?|daughters?|children|child|kids?|wife|husband|mother|father|parents))*"
    r"|\b(?:some |two |three |several )?family members(?: of the \w+)?",
    re.IGNORECASE,
)
NAMING_VERBS = {"identified", "named", "called", "known"}
# Words a name-finder glues to the front of a name ("Meet Ko Young-hwan", "Defector Kim").
NAME_PREFIXES = {"meet", "defector", "diplomat", "envoy", "ambassador", "former", "acting", "lawmaker",
                 "rep", "rep.", "minister", "counsellor", "counselor", "official", "general", "gen.",
                 "colonel", "major", "captain", "sergeant", "private", "president", "chairman", "leader"}
NOT_SUBJECTS = {"kim jong un", "kim jong-un", "kim jong il", "kim jong-il", "kim il sung", "kim il-sung"}
GENERIC_ROLES = {"civilian", "overseas_worker"}


MOVES_PEOPLE = {"punishment", "recall", "repatriation"}


class Subjects:
    name = "subjects"

    def __call__(self, state: State) -> State:
        kept = []
        for r in state.readings:
            if r.hit.type != "mission_closure":
                fill_subjects(r, state)
            if r.hit.type in MOVES_PEOPLE and r.hit.kind == "verb" and not _about_people(r):
                continue  # "executed their plan", "recalled the music": no one was moved
            if r.hit.type == "control_measure" and not _controls_personnel(r, state):
                continue
            if r.hit.type == "recall" and _not_posted(r):
                continue  # "the family were sent home" from China: a return, not a recall of staff
            if r.hit.type in SELF_MOVED and (_foreign_thing(r.subject) or _land_vehicle(r.subject)):
                continue  # "a U.S. submarine arrived in South Korea", "buses carrying the detainees
                # crossed the border": no one fled
            kept.append(r)
        for r in kept:  # "they came to the South" opens nothing unless people came before it
            if r.pronoun_only and not any(o.strong and o.hit.start < r.hit.start for o in kept):
                r.strong = False
        posts_told_after(kept, state)
        state.readings = kept
        return state


HOMEWARD = re.compile(r"\b(?:to Pyongyang|to North Korea|home|back|from (?:its|their|the|his|her) (?:post|posts|embassy|mission))\b", re.I)


# A wire dateline opening the story: "SEOUL, June 16 (SCW) - ", "BEIJING (AP) — "
WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^()\n]{1,30}\))?\s*[-–—]+\s*")


def _called_home(r: Reading) -> bool:
    """ "was recalled" or "recalled its envoy to Pyongyang"; "she recalled the music" is memory."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in r.token.children)
    if passive or r.hit.kind != "verb" or HOMEWARD.search(r.hit.sentence.text):
        return True
    obj = _object_of(r.token)  # "North Korea recalled its envoy in Lusaka": a state recalls its people
    agent = subject_of(r.token)
    state_agent = agent is not None and (agent.root.ent_type_ in ("GPE", "ORG") or agent.root.lower_ in STATES)
    return obj is not None and state_agent and role_of(obj.text) in lexicon().personnel_roles


STATES = {"regime", "government", "authorities", "leadership", "it", "ministry", "north"}


def _not_posted(r: Reading) -> bool:
    """Recalled are the North's people posted abroad (codebook): subjects who are only civilians
    or relatives were sent back, not called home."""
    roles = {s.role for s in r.mention.subjects if s.role}
    if not roles or not roles <= {"civilian", "family_member"}:
        return False
    north = lexicon().cues["north_korea"]  # "North Korea ordered 150 women working in Dandong home": its own
    return not any(c.dep_ == "nsubj" and north.search(c.doc[c.left_edge.i:c.right_edge.i + 1].text)
                   for c in r.token.children)


def _controls_personnel(r: Reading, state: State) -> bool:
    """A rule (the trigger and the words that complete it: "may leave harbour only in | groups of
    three") or a control over the North's personnel."""
    lex = lexicon()
    end = r.hit.sentence.start + len(r.hit.sentence.text)
    rest = re.match(r"[^,;.]{0,40}", state.text[r.hit.end:end]).group()
    if lex.cues["control_rules"].search(state.text[r.hit.start:r.hit.end] + rest):
        return True
    return any(s.role in lex.personnel_roles for s in r.mention.subjects if s.descriptor)


def _about_people(r: Reading) -> bool:
    """Punishments, recalls and repatriations happen to people: the subject (or object) the
    parse found must name some, and "X recalled ..." must be passive or take a person object."""
    span = r.subject
    if span is None:
        return False
    token = r.token
    passive = is_passive(token, through_conj=True)
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None and token.dep_ == "conj":
        obj = next((c for c in token.head.children if c.dep_ in ("dobj", "obj")), None)
    if r.hit.type == "punishment" and not passive:
        if obj is None:
            return False
        span = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]  # "executed their trip" moves no one
    people = lexicon().cues["person_words"]
    named = any(t.ent_type_ in ("PERSON", "NORP") or t.like_num for t in span) or bool(people.search(span.text))
    named = named or role_of(without_names(span)) in PRINCIPAL_ROLES  # "the security agent was recalled"
    if r.hit.type == "recall" and not _called_home(r):
        return False
    return named


def fill_subjects(r: Reading, state: State) -> None:
    span = r.member if r.member is not None else subject_of(r.token)
    if r.hit.type == "disappearance" and NOBODY_SEEN.match(state.text[r.hit.start:r.hit.end]):
        span = _object_of(r.token) or span  # "nobody has seen the man or his wife since": they went missing
    if r.hit.type in ("repatriation", "punishment", "recall", "control_measure", "attempted_defection") \
            and (span is None or _is_agent(span) or _acts_on_people(r)):
        span = _object_of(r.token) or span
    if span is not None and r.hit.type == "control_measure" and _enforcers(span):
        span = _watched(r.token) or span  # "sent 800 agents to step up monitoring of its workers"
    if span is not None and r.hit.type in SELF_MOVED and span.root.dep_ == "nsubj" and _a_state(span):
        # "Seoul expelled three sailors ... and then fled": the parser lends the fleeing verb the
        # subject of the verb it is coordinated with; a state does not flee, the people it acted on did
        moved = acted_on(span.root.head)
        span = _np(moved) if moved is not None else None
    if span is not None and _not_the_subject(span, r, state):
        span = _headline_subject(r)  # "Family Flees by Boat, Officials Say": not the officials
    if span is not None:
        span = antecedent(span)  # "... when they were caught": the clause's own subject
    r.subject = span
    text = state.text
    base = r.hit.sentence.start
    principal = Subject()
    if span is not None and span.root.tag_ not in ("PRP", "WP") and span.root.lower_ not in ("who", "that"):
        start, end = base + span.start_char, base + span.end_char
        dateline = WIRE_DATELINE.match(text, start, end)
        if dateline:  # "SEOUL, June 16 (SCW) - The manager and two waitresses": the parse took the dateline in
            start = dateline.end()
        principal.descriptor = text[start:end]
        principal.name = _name_in(span)
        principal.role = role_of(head_phrase(span)) or role_of(without_names(span))
        if principal.role in GENERIC_ROLES or principal.role is None:
            wider = role_of(without_names(span.root.subtree))  # "13 North Koreans who worked at a restaurant"
            if wider and wider not in GENERIC_ROLES | {"family_member"}:
                principal.role = wider
        principal.role = what_they_run(span, r, principal.role)
        principal.count = count_of(span)
        principal.approximate = bool(principal.count) and approximate(span)
        if span.root.lower_ in ("family", "families") and not any(t.dep_ == "poss" for t in span.root.children):
            principal.role = "civilian"  # a family fleeing together flees as equals (codebook)
            principal.count = principal.count or family_size(r, state)
        elif span.root.lower_ in PAIRS and principal.role is None:
            principal.role = "civilian"  # "a couple fled": two people fleeing as equals
        if span.root.lower_ in VESSELS:
            principal = Subject()  # "the boat crossed": who was on it, not one boat
        elif principal.role in (None, "civilian") and fled_a_worksite(r):
            principal.role = "overseas_worker"  # "two North Koreans fled a logging site"
        if span.root.lower_ == "others" and principal.role is None:
            principal.role = earlier_role(r, state)  # "four were shot; the 40 others were jailed"
        if principal.descriptor:
            r.cite("subjects", start, end, text)
    elif span is not None and span.root.lower_ in ("he", "she", "who", "they", "his", "her", "their"):
        ent = _antecedent(r)
        opening = _opened_by_a_name(r, state) if ent is None and span.root.lower_ in ("he", "she") else None
        if ent is not None:
            principal.name, r.anaphoric = _clean_name(ent.text), False
            r.cite("subjects", base + ent.start_char, base + ent.end_char, text)
        elif opening is not None:
            start, end = opening
            principal.name, r.anaphoric = text[start:end], False
            r.cite("subjects", start, end, text)
        elif not _people_before(r, state):
            group = _group_just_before(r, state) if span.root.lower_ == "they" else None
            if group is None:
                r.pronoun_only = True
            else:  # "A boat with three North Koreans was spotted. They told officers they wished to stay"
                start, end = group
                principal.descriptor = text[start:end]
                principal.count = _leading_count(principal.descriptor)
                principal.role = role_of(principal.descriptor)
                r.cite("subjects", start, end, text)
    age = _age_near(r, state)
    if age is not None:
        principal.age, principal.minor = age, age < 18
    if principal.role is None and not (span is None and after_a_pointer(r.token)):
        principal.role = role_near(r)  # (not the role of whoever an "after ... escape" clause is about)
    if principal.role is None and _plain_people(principal, span, r):
        principal.role = "civilian"  # SB-ROLE: "nine defected", "four teenagers fled": no post named
    if principal.count is None and (span is None or span.root.lower_ in VESSELS):
        on_board = aboard(r, state)  # "the boat crossed the line ... Nine people were on board"
        if on_board is not None:
            principal = on_board
    if principal.descriptor or principal.name or principal.role:
        r.mention.subjects.append(principal)
    kin = kin_with_posts(r, state)
    r.mention.subjects.extend(kin)
    r.mention.subjects.extend(x for x in _relatives(r, state) if not any(overlaps(x, k) for k in kin))


FLEE_OR_SENT_BACK = ("defection", "attempted_defection", "repatriation")


def _plain_people(principal: Subject, span, r: Reading) -> bool:
    """Unnamed people who flee or are sent back and whom nothing in the sentence gives a post
    (a bare number, "defectors", "teenagers") are civilians, the codebook's role for whoever
    holds none."""
    if principal.name or span is None or r.hit.type not in FLEE_OR_SENT_BACK:
        return False
    root = span.root
    return root.tag_ in ("NNS", "NNPS", "CD") or (principal.count or 0) > 1 or root.lower_ == "group" \
        or _one_north_korean(root)


def _one_north_korean(root) -> bool:
    """ "A North Korean gymnast fled": one person told by what they do at home, not by a post (a
    post abroad or a rank has a role word of its own). A flight noun ("a North Korean defector")
    says nothing of a post: the same article may name one elsewhere."""
    if root.tag_ != "NN" or root.ent_type_ in ("PERSON", "ORG", "GPE") or root.lower_ in VESSELS:
        return False
    if lexicon().cues["fleeing_people"].fullmatch(root.text):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "korean" and c.i > 0
               and root.doc[c.i - 1].lower_ == "north" for c in root.lefts)




def _acts_on_people(r: Reading) -> bool:
    """ "the Moon government repatriated the two men", "guards shot the couple": an active verb
    of sending back, punishing or recalling whose object is people. Its subject is who acted,
    whatever words name it; the people are the object (the role, not the kind of noun)."""
    token = r.token
    if token is None or token.pos_ != "VERB" or r.hit.type not in ACTS_ON_PEOPLE:
        return False
    active = any(c.dep_ == "nsubj" for c in token.children)
    obj = _patient(token)
    return active and obj is not None and (is_person(obj) or obj.tag_ == "PRP" or obj.ent_type_ == "NORP")


def _patient(token):
    """The object of an active verb; or, where the parser read "repatriated the two men captured
    last week" as a clause of its own, that clause's subject."""
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        clause = next((c for c in token.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")
                       and not any(x.dep_ in ("mark", "aux", "auxpass", "dobj") for x in c.children)), None)
        obj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return obj


ENFORCERS = re.compile(r"\b(?:agents?|minders?|inspectors?|guards?|police(?:men)?|officers?|troops|soldiers|"
                       r"security forces|informants?|informers?)\b", re.I)
WATCHING = {"monitoring", "surveillance", "watch", "control", "controls", "monitor", "surveil", "prevent", "stop",
            "track", "spy", "shoot", "kill", "arrest", "catch"}


def _enforcers(span) -> bool:
    """Who carries a control out (agents, guards, inspectors): not whom it falls on."""
    return bool(ENFORCERS.search(span.root.text))


def _watched(token):
    """The people a control falls on, anywhere in the trigger's clause: what is watched or
    monitored ("monitoring of its laborers", "watch over the workers"), who is kept from fleeing
    ("prevent them from fleeing") or is to be shot ("shoot anyone crossing")."""
    root = token
    while root.dep_ in ("xcomp", "advcl", "conj", "dobj", "prep", "pobj") and root.head is not root:
        root = root.head
    for t in root.subtree:
        if t.lemma_.lower() not in WATCHING and t.lower_ not in WATCHING:
            continue
        for c in t.children:
            if c.dep_ in ("dobj", "obj") and t.pos_ == "VERB":
                return antecedent(_np(c))
            if c.dep_ == "prep" and c.lower_ in ("of", "on", "over"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and not ENFORCERS.search(obj.text):
                    return _np(obj)
    return None


def _is_agent(span) -> bool:
    """ "China repatriated them", "North Korea ordered its envoys home", "it had sent back":
    the subject is a state, not the people moved."""
    if span.root.lower_ in ("it", "which") or (SUPERVISORS.fullmatch(span.root.text) and span.root.dep_ == "nsubj"):
        return True  # "their manager seized the workers' passports": the workers are moved
    return any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in span) and not lexicon().cues[
        "person_words"].search(span.text)


LAND_VEHICLES = {"bus", "truck", "lorry", "car", "van", "train", "convoy", "vehicle", "coach", "minibus"}


def _land_vehicle(span) -> bool:
    """The subject is a vehicle that carries people on land (a boat with people aboard may well
    be their flight; a bus crossing a border is how they are moved, not who moves)."""
    return span is not None and span.root.lemma_.lower() in LAND_VEHICLES


def _foreign_thing(span) -> bool:
    """The subject is a thing of another country, not people: "a U.S. nuclear-armed submarine"."""
    if span is None or span.root.tag_ in ("PRP", "WP") or is_person(span.root) or span.root.ent_type_ in (
            "PERSON", "NORP") or lexicon().cues["person_words"].search(span.text) or role_of(without_names(span)):
        return False
    marks = [m for m in places.find_places(span.text, "en") if m.country]
    return bool(marks) and all(m.country != "KP" for m in marks)


def _a_state(span) -> bool:
    """ "Seoul", "the South Korean navy": a state or one of its bodies, never "two North Koreans"
    (a people's name is people)."""
    root = span.root
    if root.tag_ in ("NNS", "NNPS") or lexicon().cues["person_words"].search(span.text):
        return False
    if root.lower_ in ACTORS:
        return True
    # a tagger's GPE/ORG alone is not enough ("Kang" may be tagged a place): the gazetteer must know it
    return root.ent_type_ in ("GPE", "ORG") and any(m.kind in ("country", "city") and m.text == root.text
                                                   for m in places.find_places(span.text, "en"))


def _object_of(token):
    """Who a measure or a punishment falls on: the object, or the "of" phrase of the object
    ("tightened surveillance of its diplomats")."""
    from crossings.extract.en.classify import _np
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "over"):
                    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                    if obj is not None:
                        return _np(obj)
            return _np(child)
    patient = _patient(token)
    return _np(patient) if patient is not None else None


def _name_in(span) -> str | None:
    """A PERSON in the subject, or the name the subject stands in apposition to or is
    "identified as"."""
    for ent in span.ents:
        if ent.label_ == "PERSON" and _a_person(ent.text) and not _possessor(ent, span.root):
            return _clean_name(_with_surname(ent))
    root = span.root
    linked = [root.head] if root.dep_ == "appos" else []
    linked += [c for c in root.children if c.dep_ == "appos"]
    for acl in (c for c in root.children if c.dep_ == "acl" and c.lower_ in NAMING_VERBS):
        linked += [t for t in acl.subtree if t.ent_type_ == "PERSON"][:1]
    for t in linked:
        if t.ent_type_ == "PERSON":
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            if ent is not None and ent.text.lower() not in NOT_SUBJECTS:
                return _clean_name(ent.text)
    if len(span) == 1 and root.pos_ == "PROPN" and root.text in lexicon().surnames:
        return root.text  # "Kang fled ...": a Korean surname alone, which the tagger often misses
    return _romanised_name_first(span)


# A romanised Korean name, which the tagger may split or miss: a surname (checked against the
# lexicon) and a given name of one or two syllables ("Min Kyong-chol", "Ri Yong Jun").
GIVEN = r"[A-Z][a-z]{1,5}(?:-[a-z]{1,5}|\s[A-Z][a-z]{1,5})?"
ROMANISED_NAMES = re.compile(rf"\b(?=(([A-Z][a-z]{{0,4}})\s+{GIVEN})\b)")  # every start, overlapping
# ... opening the subject ("Min Kyong-chol, 46, a counsellor ..."): hyphenated only, as "Min Said" is none
LEADING_NAME = re.compile(r"([A-Z][a-z]{0,4}) [A-Z][a-z]{1,5}-[a-z]{1,5}\b")


def _romanised_name_first(span) -> str | None:
    m = LEADING_NAME.match(span.text)
    if m is None or m.group(1) not in lexicon().surnames or m.group().lower() in NOT_SUBJECTS:
        return None
    return m.group()


# A romanised Korean name opening a sentence ("Ri Kwang Sok, 45, spent seven years ...")
OPENING_NAME = re.compile(rf"([A-Z][a-z]{{0,4}}) {GIVEN}(?=[,\s])")


def _opened_by_a_name(r: Reading, state: State) -> tuple[int, int] | None:
    """SB-NAME: "he" with no one named before it in its sentence is the person whose romanised
    name opens the sentence before ("Ri Kwang Sok, 45, spent seven years in Russia. Last August
    he walked out of the camp"): document offsets of that name, or None."""
    index = r.hit.sentence.index
    if index == 0:
        return None
    sent = state.sentences[index - 1]
    m = OPENING_NAME.match(sent.text)
    if m is None or m.group(1) not in lexicon().surnames or not _a_person(m.group()):
        return None
    return sent.start + m.start(), sent.start + m.end()


def _possessor(ent, head) -> bool:
    """ "Kim's man in Bucharest": the person whose someone the subject is, not the subject."""
    return ent.root.i != head.i and ent.root.dep_ == "poss" and ent.root.head.i == head.i


def _group_just_before(r: Reading, state: State) -> tuple[int, int] | None:
    """ "A boat with three North Koreans was spotted off the coast. They told officers ...": the
    one counted group of North Koreans the sentence before names, when "they" opens its own
    sentence and no person of its own comes first. A paragraph break, or two groups to choose
    from, leaves the pronoun unresolved."""
    index = r.hit.sentence.index
    if index == 0:
        return None
    prev = state.sentences[index - 1]
    if prev.paragraph != r.hit.sentence.paragraph:
        return None
    groups = list(_counted_north_koreans().finditer(prev.text))
    if len(groups) != 1:
        return None
    return prev.start + groups[0].start(), prev.start + groups[0].end()


@lru_cache(maxsize=1)
def _counted_north_koreans() -> re.Pattern[str]:
    numbers = "|".join(sorted((w for w in lexicon().numbers if w not in ("a", "an", "one")), key=len, reverse=True))
    return re.compile(rf"\b(?:{numbers}|\d+)\s+(?:[\w'’-]+\s+){{0,2}}{NK_PEOPLE}", re.IGNORECASE)


def _leading_count(descriptor: str) -> int | None:
    first = descriptor.split()[0].lower()
    return int(first) if first.isdigit() else lexicon().numbers.get(first)


def _people_before(r: Reading, state: State) -> bool:
    """Whether the sentence names people before the pronoun ("arrested a couple as they fled")."""
    before = state.text[r.hit.sentence.start:r.hit.start]
    people = lexicon().cues["person_words"]
    return any(m.group().lower() not in ("he", "she", "they", "him", "her", "them", "who", "whom")
               for m in people.finditer(before))


def _with_surname(ent) -> str:
    """ "Ri | Chol Su": the surname the name-finder left off the front; "Hyon Song | il": the
    last syllable it left off the back (the head its name parts hang on)."""
    doc, start, end = ent.doc, ent.start, ent.end
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in lexicon().surnames and " " in ent.text:
        start -= 1
    after = doc[end] if end < len(doc) else None
    if after is not None and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == after.i \
            and after.is_alpha and len(after) <= 4 and after.pos_ != "VERB" and doc[start].text in lexicon().surnames:
        end += 1
    return doc[start:end].text


def _a_person(name: str) -> bool:
    """Not the leader (never the subject of a defection) and not an outlet or a place the tagger
    took for a person ("JoongAng Ilbo", "Bandar Seri Begawan")."""
    lex = lexicon()
    if set(name.replace("-", " ").split()) & PLACE_WORDS:
        return False  # "Rare North" from "Rare North Korean ...": no one's name
    if folded_table().get(name.casefold()) is not None:
        return False  # "Bandar Seri Begawan", tagged a person: a place the gazetteer knows
    return name.lower() not in NOT_SUBJECTS and not any(
        p.fullmatch(name) for _, p in (*lex.media, *lex.official))


# Happenings whose subject moves itself: who defects or vanishes is never a state or a force.
SELF_MOVED = {"defection", "disappearance"}

PLACE_WORDS = {"North", "South", "Korea", "Korean", "Koreans", "DPRK", "Pyongyang", "Seoul"}


def _antecedent(r: Reading):
    """For "he"/"she": a person named before the trigger in the same sentence, by role rather
    than distance: "Thae, who was deputy to Ambassador Hak, lived there until he went missing" is
    Thae's. A person inside a clause or phrase the trigger is not in (a relative clause on
    someone else, "deputy to X") is passed over when a subject is there to take."""
    doc = r.token.doc
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= r.token.i and _a_person(e.text)]
    subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass") and not _enclosed(e.root, r.token)]
    chosen = subjects or people
    return chosen[-1] if chosen else None


def _enclosed(token, trigger) -> bool:
    """token sits in a relative or adverbial clause that does not hold the trigger."""
    for a in token.ancestors:
        if a.dep_ in ("relcl", "acl", "advcl", "ccomp") and not any(x.i == a.i for x in trigger.ancestors) \
                and a.i != trigger.i:
            return True
    return False


def _clean_name(name: str) -> str:
    name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt)\.?\s+", "", name.strip())
    words = re.sub(r"'s$|’s$", "", name).strip(" ,.").split()
    while len(words) > 1 and (words[0].lower() in NAME_PREFIXES or places.country_code(words[0])):
        words = words[1:]
    return " ".join(words)


def _age_near(r: Reading, state: State) -> int | None:
    if r.subject is None:
        return None
    base = r.hit.sentence.start
    window = state.text[base + r.subject.start_char: base + r.subject.end_char + 8]
    m = AGE.search(window)
    return int(next(g for g in m.groups() if g)) if m else None


def _relatives(r: Reading, state: State) -> list[Subject]:
    from crossings.extract.en.scope import allowed
    sent = r.hit.sentence
    scope = allowed(r)  # "Kang fled weeks after Ri vanished with his wife": Ri's wife
    out = []
    for m in RELATIVES.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end()
        if abs(start - r.hit.start) > 160 or not scope.admits(m.start()):
            continue
        descriptor = state.text[start:end]
        count = _relative_count(descriptor)
        out.append(Subject(descriptor=descriptor, role="family_member", count=count))
        r.cite("subjects", start, end, state.text)
    return out[:2]


def _relative_count(descriptor: str) -> int | None:
    """How many relatives a list names: "his mother, wife and two sons" is four, "three- and
    seven-year-old daughters" two; a plural without a number ("his children") is unknown."""
    numbers = lexicon().numbers
    body = re.sub(r"^(?:his|her|their|the \w+['’]s)\s+", "", descriptor.strip(), flags=re.I)
    total, ages = 0, 0
    for item in (i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", body) if i.strip()):
        if re.fullmatch(r"\w+-", item):  # "three- and seven-year-old": one age of a list
            ages += 1
            continue
        words = item.lower().split()
        n = next((numbers[w] for w in words if w in numbers and w not in ("a", "an")), None)
        n = n or next((int(w) for w in words if w.isdigit()), None)
        if n is None and re.search(r"-year[- ]old", item):
            n = ages + 1
        if n is None and re.search(r"\b(?:wife|husband|son|daughter|child|kid|mother|father)\b", item, re.I):
            n = 1
        if n is None:
            return None
        total, ages = total + n, 0
    return total or None



REPORTERS = {"authorities", "sources", "source", "media", "reports", "report", "ministry", "agency", "police"}
# The post a person held, told in a sentence after the happening ("At that time he worked for
# the trade office", "The diplomat was a member of the consulate staff").
def _not_the_subject(span, r: Reading, state: State) -> bool:
    """A byline ("by Jane Roe"), an article's author, or the authorities that report it are not who
    fled; nor is a subject the parse put after an active leaving verb (a misread headline)."""
    authors = [a for a in state.document.authors if " " in a.strip()]  # full names, not "AP"
    if any(re.search(rf"\b{re.escape(a)}\b", span.text, re.I) for a in authors):
        return True
    if r.hit.type not in ("defection", "attempted_defection", "disappearance") or r.hit.kind != "verb":
        return False
    after = span.start > r.token.i and _title_case(r.hit.sentence.text)  # "Flees ..., Officials Say"
    return span.root.lower_ in REPORTERS or after


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]{4,}", text)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _headline_subject(r: Reading):
    """The words before the trigger on its own line: a Title Case headline ("North Korean Family
    Defects by Boat") the tagger reads as one noun phrase."""
    doc, i = r.token.doc, r.token.i
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text \
            and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "DET") and i - start < 8:
        start -= 1
    span = doc[start:i]
    if not len(span) or not any(t.pos_ in ("PROPN", "NOUN") for t in span):
        return None
    return span if span.root.ent_type_ not in ("GPE", "ORG") or span.root.lower_ in ("family", "families") else None

