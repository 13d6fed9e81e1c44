"""Component: who the happening is about: name, descriptor, role, count, age, minor, relatives."""
from __future__ import annotations

import re

from crossings.events import Subject
from crossings.extract import places
from crossings.extract.en.classify import subject_of
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import Reading, State

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
PLURALS = ("NNS", "NNPS")
GENERIC_ROLES = {"civilian", "overseas_worker"}
GROUPS = {"family", "couple", "group", "crew", "team", "delegation", "party", "band", "number", "dozen",
          "staff", "personnel", "workforce", "people"}


MOVES_PEOPLE = {"punishment", "recall", "repatriation"}
# Who watches people abroad: workers flee *from* their managers and minders, so a manager named
# near a trigger is someone else; the word gives a role only to a subject it heads.
SUPERVISORS = re.compile(r"(?:(?:assistant|deputy|general) )?managers?|\w+ (?:agents?|minders?)|minders?", re.I)


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
            kept.append(r)
        for r in kept:  # "they came to the South" opens nothing unless people came before it
            if r.pronoun_only and not any(o.strong and o.hit.start < r.hit.start for o in kept):
                r.strong = False
        posts_told_after(kept, state)
        state.readings = kept
        return state


HOMEWARD = re.compile(r"\b(?:to Pyongyang|to North Korea|home|back|from (?:its|their|the|his|her) (?:post|posts|embassy|mission))\b", re.I)


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


def _controls_personnel(r: Reading, state: State) -> bool:
    lex = lexicon()
    if lex.cues["control_rules"].search(state.text[r.hit.start:r.hit.end]):
        return True
    return any(s.role in lex.personnel_roles for s in r.mention.subjects if s.descriptor)


def _about_people(r: Reading) -> bool:
    """Punishments, recalls and repatriations happen to people: the subject (or object) the
    parse found must name some, and "X recalled ..." must be passive or take a person object."""
    span = r.subject
    if span is None:
        return False
    token = r.token
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None and token.dep_ == "conj":
        obj = next((c for c in token.head.children if c.dep_ in ("dobj", "obj")), None)
    if r.hit.type == "punishment" and not passive:
        if obj is None:
            return False
        span = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]  # "executed their trip" moves no one
    people = lexicon().cues["person_words"]
    named = any(t.ent_type_ in ("PERSON", "NORP") or t.like_num for t in span) or bool(people.search(span.text))
    named = named or role_of(_without_names(span)) in PRINCIPAL_ROLES  # "the security agent was recalled"
    if r.hit.type == "recall" and not _called_home(r):
        return False
    return named


def fill_subjects(r: Reading, state: State) -> None:
    span = subject_of(r.token)
    if r.hit.type in ("repatriation", "punishment", "recall", "control_measure", "attempted_defection") \
            and (span is None or _is_agent(span)):
        span = _object_of(r.token) or span
    if span is not None and _not_the_subject(span, r, state):
        span = _headline_subject(r)  # "Family Flees by Boat, Officials Say": not the officials
    r.subject = span
    text = state.text
    base = r.hit.sentence.start
    principal = Subject()
    if span is not None and span.root.tag_ not in ("PRP", "WP") and span.root.lower_ not in ("who", "that"):
        start, end = base + span.start_char, base + span.end_char
        principal.descriptor = text[start:end]
        principal.name = _name_in(span)
        principal.role = role_of(_head_phrase(span)) or role_of(_without_names(span))
        if principal.role in GENERIC_ROLES or principal.role is None:
            wider = role_of(_without_names(span.root.subtree))  # "13 North Koreans who worked at a restaurant"
            if wider and wider not in GENERIC_ROLES | {"family_member"}:
                principal.role = wider
        principal.role = _what_they_run(span, r, principal.role)
        principal.count = _count(span)
        if span.root.lower_ in ("family", "families") and not any(t.dep_ == "poss" for t in span.root.children):
            principal.role = "civilian"  # a family fleeing together flees as equals (codebook)
            principal.count = principal.count or _family_size(r, state)
        if span.root.lower_ in VESSELS:
            principal = Subject()  # "the boat crossed": who was on it, not one boat
        elif principal.role in (None, "civilian") and _fled_a_worksite(r):
            principal.role = "overseas_worker"  # "two North Koreans fled a logging site"
        if span.root.lower_ == "others" and principal.role is None:
            principal.role = _earlier_role(r, state)  # "four were shot; the 40 others were jailed"
        if principal.descriptor:
            r.cite("subjects", start, end, text)
    elif span is not None and span.root.lower_ in ("he", "she", "who", "they", "his", "her", "their"):
        ent = _antecedent(r)
        if ent is not None:
            principal.name, r.anaphoric = _clean_name(ent.text), False
            r.cite("subjects", base + ent.start_char, base + ent.end_char, text)
        elif not _people_before(r, state):
            r.pronoun_only = True
    age = _age_near(r, state)
    if age is not None:
        principal.age, principal.minor = age, age < 18
    if principal.role is None:
        principal.role = _role_near(r)
    if principal.count is None and (span is None or span.root.lower_ in VESSELS):
        aboard = _aboard(r, state)  # "the boat crossed the line ... Nine people were on board"
        if aboard is not None:
            principal = aboard
    if principal.descriptor or principal.name or principal.role:
        r.mention.subjects.append(principal)
    kin = _kin_with_posts(r, state)
    r.mention.subjects.extend(kin)
    r.mention.subjects.extend(x for x in _relatives(r, state) if not any(_overlaps(x, k) for k in kin))


def _is_agent(span) -> bool:
    """ "China repatriated them", "North Korea ordered its envoys home", "it had sent back":
    the subject is a state, not the people moved."""
    if span.root.lower_ in ("it", "which") or (SUPERVISORS.fullmatch(span.root.text) and span.root.dep_ == "nsubj"):
        return True  # "their manager seized the workers' passports": the workers are moved
    return any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in span) and not lexicon().cues[
        "person_words"].search(span.text)


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
    return None


def _name_in(span) -> str | None:
    """A PERSON in the subject, or the name the subject stands in apposition to or is
    "identified as"."""
    for ent in span.ents:
        if ent.label_ == "PERSON" and _a_person(ent.text):
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
    return None


def _people_before(r: Reading, state: State) -> bool:
    """Whether the sentence names people before the pronoun ("arrested a couple as they fled")."""
    before = state.text[r.hit.sentence.start:r.hit.start]
    people = lexicon().cues["person_words"]
    return any(m.group().lower() not in ("he", "she", "they", "him", "her", "them", "who", "whom")
               for m in people.finditer(before))


def _with_surname(ent) -> str:
    """ "Ri | Chol Su": the surname the name-finder left off the front."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text in lexicon().surnames and " " in ent.text:
        return ent.doc[ent.start - 1:ent.end].text
    return ent.text


def _a_person(name: str) -> bool:
    """Not the leader (never the subject of a defection) and not an outlet the tagger took for a
    person ("JoongAng Ilbo")."""
    lex = lexicon()
    return name.lower() not in NOT_SUBJECTS and not any(
        p.fullmatch(name) for _, p in (*lex.media, *lex.official))


def _antecedent(r: Reading):
    """For "he"/"she": the nearest person named before the trigger in the same sentence."""
    doc = r.token.doc
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= r.token.i and _a_person(e.text)]
    return people[-1] if people else None


def _clean_name(name: str) -> str:
    name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt)\.?\s+", "", name.strip())
    words = re.sub(r"'s$|’s$", "", name).strip(" ,.").split()
    while len(words) > 1 and (words[0].lower() in NAME_PREFIXES or places.country_code(words[0])):
        words = words[1:]
    return " ".join(words)


def _head_phrase(span) -> str:
    """The subject's head noun with its compounds and modifiers ("family members" in "two family
    members of a consulate staffer"): the role the head names outranks the role of a modifier.
    A name is no role ("Man" is a surname, not "man")."""
    root = span.root
    words = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod")] + [root]
    return " ".join(t.text for t in words if t.ent_type_ != "PERSON")


def _without_names(span) -> str:
    return " ".join(t.text for t in span if t.ent_type_ != "PERSON")


def role_of(descriptor: str | None) -> str | None:
    if not descriptor:
        return None
    for role, pattern in lexicon().roles:
        if pattern.search(descriptor):
            return role
    return None


def _role_near(r: Reading) -> str | None:
    """Without a role in the subject, the role word nearest the trigger in its sentence."""
    sent = r.hit.sentence
    local = r.hit.start - sent.start
    best: tuple[int, str] | None = None
    # "Kim sought asylum, with officials demanding his return": with a subject of its own (not
    # "they", whose antecedent may be anyone), the trigger's person is not another verb's subject
    named_subject = r.hit.kind == "verb" and r.subject is not None and r.subject.root.tag_ not in ("PRP", "WP")
    for role, pattern in lexicon().roles:
        if role == "family_member":
            continue
        for m in pattern.finditer(sent.text):
            if SUPERVISORS.fullmatch(m.group()):
                continue
            person = lexicon().cues["person_words"].search(m.group())  # a worksite is no one's subject
            if person and (named_subject or _reporter(r.token, m.start())) and _someone_elses(r.token, m.start()):
                continue
            distance = abs(m.start() - local)
            if best is None or distance < best[0]:
                best = (distance, role)
    return best[1] if best and best[0] < 120 else None


def _someone_elses(trigger, offset: int) -> bool:
    """ "After the defection, the manager was summoned": a role word that is the subject of
    another verb is that verb's person, not the one the trigger is about."""
    if trigger is None:
        return False
    t = next((t for t in trigger.doc if t.idx <= offset < t.idx + len(t.text)), None)
    while t is not None and t.dep_ in ("compound", "amod", "conj", "appos") and t.head.i != t.i:
        t = t.head
    return t is not None and t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in (trigger.i, trigger.head.i)


REPORTING = {"say", "tell", "learn", "believe", "confirm", "announce", "report", "add", "note", "state",
             "suspect", "think", "claim", "reveal", "find", "explain", "investigate"}


def _reporter(trigger, offset: int) -> bool:
    """ "officials learned that they fled": the subject of a verb of saying or knowing tells
    of the happening; it is not who the happening is about."""
    t = next((t for t in trigger.doc if t.idx <= offset < t.idx + len(t.text)), None)
    while t is not None and t.dep_ in ("compound", "amod") and t.head.i != t.i:
        t = t.head
    return t is not None and t.dep_ == "nsubj" and t.head.lemma_ in REPORTING


def _count(span) -> int | None:
    """How many the subject names: "13 workers", "three waitresses", "12 women and a manager"."""
    first = _count_one(span)
    extra = [c for c in span.root.children if c.dep_ == "conj"]
    if first and extra:
        more = [_count_one(c.doc[c.left_edge.i:c.i + 1]) for c in extra]
        if all(more):
            return first + sum(more)
    return first


def _count_one(span) -> int | None:
    numbers = lexicon().numbers
    for t in span:
        if t.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY") or t.nbor(1 if t.i + 1 < len(t.doc) else 0).text.startswith("-year"):
            continue
        if t.dep_ == "nummod" or t.like_num:
            value = numbers.get(t.lower_)
            if value is None:
                digits = re.sub(r"[^\d]", "", t.text)
                value = int(digits) if digits and len(digits) < 5 else None
            if value:
                return value
        if t.lower_ in ("a", "an") and t.head is span.root and span.root.tag_ not in PLURALS:
            return 1
    if span.root.lower_ in GROUPS:  # "a family of nine", "a group of 13"
        for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj" and o.like_num):
                return numbers.get(obj.lower_) or (int(obj.text) if obj.text.isdigit() else None)
        return None
    if span.root.tag_ in PLURALS:
        return None
    return 1 if span.root.pos_ in ("NOUN", "PROPN") else None


def _age_near(r: Reading, state: State) -> int | None:
    if r.subject is None:
        return None
    base = r.hit.sentence.start
    window = state.text[base + r.subject.start_char: base + r.subject.end_char + 8]
    m = AGE.search(window)
    return int(next(g for g in m.groups() if g)) if m else None


def _relatives(r: Reading, state: State) -> list[Subject]:
    sent = r.hit.sentence
    out = []
    for m in RELATIVES.finditer(sent.text):
        start, end = sent.start + m.start(), sent.start + m.end()
        if abs(start - r.hit.start) > 160:
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


# --- groups told by their size, their boat, their kin -----------------------------------------

VESSELS = {"boat", "boats", "vessel", "ship", "raft", "dinghy", "craft", "skiff", "trawler", "it"}
# Who rode the boat: "nine North Koreans were on board", "carrying five people".
ABOARD = re.compile(
    r"\b(?:(?P<n1>[\w-]+) (?P<who1>(?:[\w-]+ ){0,2}?(?:people|persons|North Koreans|men|women|fisherm[ae]n|"
    r"crew(?: members)?|passengers|civilians|soldiers|residents|defectors))(?:,[^,.]{0,40},)? (?:were|was|had been|are) "
    r"(?:on board|aboard)"
    r"|(?:carrying|with|had) (?P<n2>[\w-]+) (?P<who2>(?:[\w-]+ ){0,2}?(?:people|persons|North Koreans|men|women|"
    r"fisherm[ae]n|crew(?: members)?|passengers|civilians|soldiers|residents|defectors)))\b",
    re.IGNORECASE,
)
REPORTERS = {"authorities", "sources", "source", "media", "reports", "report", "ministry", "agency", "police"}
# A relative with a post of their own is a principal of their own ("along with his brother, who
# served as a trade representative in Paris"); a bare "his brother" stays a family member.
KIN_POST = re.compile(
    r"\b(?:his|her)\s+(?P<kin>brother|sister|cousin|uncle|nephew|niece|son|daughter|wife|husband|brother-in-law|"
    r"son-in-law)\s*,\s*(?:who\s+(?:had\s+)?(?:was|is|served|serves|worked|works|had been)\s+(?:as\s+)?(?:at\s+|for\s+|in\s+)?)?"
    r"(?P<post>(?:a|an|the)\s+[^,.;]{3,80})",
    re.IGNORECASE,
)
# The post a person held, told in a sentence after the happening ("At that time he worked for
# the trade office", "The diplomat was a member of the consulate staff").
POST_AFTER = re.compile(
    r"\b(?:he|she|the (?:diplomat|official|man|woman|defector|envoy))\s+(?:had\s+)?"
    r"(?:worked|served|was (?:working|serving|employed|posted|stationed|a member|an? (?:employee|staffer)))\b[^.;]{0,120}",
    re.IGNORECASE,
)
PRINCIPAL_ROLES = {"diplomat", "trade_official", "official", "military", "overseas_worker", "restaurant_worker"}


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


def _aboard(r: Reading, state: State) -> Subject | None:
    """A boat (or "it") that crossed: its people as the sentence or the next two tell them."""
    sents = state.sentences[r.hit.sentence.index:r.hit.sentence.index + 3]
    numbers = lexicon().numbers
    for sent in sents:
        for m in ABOARD.finditer(sent.text):
            word, who = (m.group("n1"), m.group("who1")) if m.group("n1") else (m.group("n2"), m.group("who2"))
            n = numbers.get(word.lower()) or (int(word) if word.isdigit() and len(word) < 4 else None)
            if not n or word.lower() in ("a", "an"):
                continue
            start = sent.start + m.start("n1" if m.group("n1") else "n2")
            end = sent.start + m.end("who1" if m.group("n1") else "who2")
            r.cite("subjects", start, end, state.text)
            return Subject(descriptor=state.text[start:end], role=role_of(who) or "civilian", count=n)
    return None


def _family_size(r: Reading, state: State) -> int | None:
    """ "The family was sent back": as many as the family told before it (the principal and
    every relative counted)."""
    if not any(t.lower_ == "the" for t in r.subject.root.children if t.dep_ == "det"):
        return None
    for o in reversed([o for o in state.readings if o.hit.start < r.hit.start]):
        relatives = [s for s in o.mention.subjects if s.role == "family_member"]
        principals = [s for s in o.mention.subjects if s.role != "family_member" and (s.name or s.descriptor)]
        if relatives and principals:
            if not all(s.count for s in relatives):
                return None
            return sum(s.count or 1 for s in principals) + sum(s.count for s in relatives)
    return None


def _earlier_role(r: Reading, state: State) -> str | None:
    for o in reversed([o for o in state.readings if o.hit.start < r.hit.start]):
        role = next((s.role for s in o.mention.subjects if s.role and s.role != "family_member"), None)
        if role:
            return role
    return None


def _what_they_run(span, r: Reading, role: str | None) -> str | None:
    """A manager is what they manage: "the restaurant's manager", "the manager ... fled with two
    waitresses from a restaurant"; an official of a trading company is a trade official."""
    wider = role_of(_without_names(span))
    if role == "official" and wider in ("trade_official", "restaurant_worker"):
        return wider
    if not SUPERVISORS.fullmatch(_head_phrase(span)):
        return role
    if wider in ("restaurant_worker", "trade_official", "diplomat"):
        return wider
    rest = SUPERVISORS.sub(" ", r.hit.sentence.text)  # the workplace the sentence names
    place = role_of(rest)
    return place if place in ("restaurant_worker", "trade_official") else role


def _fled_a_worksite(r: Reading) -> bool:
    """The place the trigger says they left or were at is a worksite ("fled from a logging site
    in Siberia", "escaped from a construction site"): they are workers sent there."""
    worksite = dict(lexicon().roles)["overseas_worker"]
    preps = [c for c in r.token.children if c.dep_ == "prep" and c.lower_ in ("from", "at", "out")]
    preps += [c for c in r.token.children if c.dep_ in ("dobj", "obj") and r.hit.type == "defection"]
    return any(worksite.search(" ".join(t.text for t in p.subtree)) for p in preps)


def _kin_with_posts(r: Reading, state: State) -> list[Subject]:
    sent = r.hit.sentence
    out = []
    for m in KIN_POST.finditer(sent.text):
        role = role_of(m.group("post"))
        if role not in PRINCIPAL_ROLES or abs(sent.start + m.start() - r.hit.start) > 160:
            continue
        start, end = sent.start + m.start(), sent.start + m.end()
        out.append(Subject(descriptor=state.text[start:end], role=role, count=1))
        r.cite("subjects", start, end, state.text)
    return out


def _overlaps(relative: Subject, kin: Subject) -> bool:
    a, b = (relative.descriptor or "").lower(), (kin.descriptor or "").lower()
    return bool(a and b) and (b.startswith(a) or a.startswith(b))


def posts_told_after(readings: list[Reading], state: State) -> None:
    """A sentence with no trigger that tells the post of the person just spoken of ("At that time
    he worked for the trade office") gives that person the role, where it says more than the
    one they had (a trade official is more than the embassy staffer the first report saw)."""
    from crossings.extract.merge import ROLE_SPECIFICITY
    with_hits = {r.hit.sentence.index for r in readings}
    for sent in state.sentences:
        m = POST_AFTER.search(sent.text)
        role = role_of(m.group()) if m else None
        if role not in PRINCIPAL_ROLES or sent.index in with_hits:
            continue
        before = [r for r in readings if 0 < sent.index - r.hit.sentence.index <= 3]
        if not before:
            continue
        r = max(before, key=lambda x: x.hit.start)
        principal = next((s for s in r.mention.subjects if s.role != "family_member"), None)
        if principal is None or sum(s.role != "family_member" for s in r.mention.subjects) > 1:
            continue
        if principal.role is None or ROLE_SPECIFICITY.index(role) < ROLE_SPECIFICITY.index(principal.role):
            principal.role = role
            r.cite("subjects", sent.start + m.start(), sent.start + m.end(), state.text)
