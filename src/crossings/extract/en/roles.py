"""Which codebook role a subject holds: the role words of its own phrase, of its sentence (not
another person's: the subject of another verb, a reporter, a supervisor), of the workplace it
names, or of a later sentence that tells the post ("At that time he worked for the trade office")."""
from __future__ import annotations

import re

from crossings.extract.en.bind import binding, speaks, token_at
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import Reading, State

# Who watches people abroad: workers flee *from* their managers and minders, so a manager named
# near a trigger is someone else; the word gives a role only to a subject it heads.
SUPERVISORS = re.compile(r"(?:(?:assistant|deputy|general) )?managers?|\w+ (?:agents?|minders?)|minders?", re.I)


def head_phrase(span) -> str:
    """The subject's head noun with its compounds and modifiers ("family members" in "two family
    members of a consulate staffer"): the role the head names outranks the role of a modifier.
    A name is no role ("Man" is a surname, not "man")."""
    root = span.root
    words = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod")] + [root]
    return " ".join(t.text for t in words if t.ent_type_ != "PERSON")


def without_names(span) -> str:
    return " ".join(t.text for t in span if t.ent_type_ != "PERSON")


def role_of(descriptor: str | None) -> str | None:
    if not descriptor:
        return None
    for role, pattern in lexicon().roles:
        if pattern.search(descriptor):
            return role
    return None


def role_near(r: Reading) -> str | None:
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
            if person and named_subject and _someone_elses(r.token, m.start()):
                continue
            if _not_its_people(r.token, m.start()):
                continue
            distance = abs(m.start() - local)
            if best is None or distance < best[0]:
                best = (distance, role)
    return best[1] if best and best[0] < 120 else None


def _not_its_people(trigger, offset: int) -> bool:
    """SB-ROLE by role, not distance: the role word of who reports ("an official with an NGO
    said"), of who acts on the people ("caught by border guards") or receives them ("handed to
    officials of the consulate"), or of another predicate's argument is not the role of the
    trigger's people."""
    if trigger is None:
        return False
    t = token_at(trigger.doc, offset)
    if t is None:
        return False
    head = t
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    agent = head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent"
    # whom the people were handed or sent to ("handed to officials of the consulate")
    recipient = head.dep_ == "pobj" and head.head.lower_ in ("to", "toward", "towards", "into") \
        and head.head.head.i == trigger.i
    return agent or recipient or speaks(head) or binding(trigger, offset) == "other"


def _someone_elses(trigger, offset: int) -> bool:
    """ "After the defection, the manager was summoned": a role word that is the subject of
    another verb is that verb's person, not the one the trigger is about."""
    if trigger is None:
        return False
    t = token_at(trigger.doc, offset)
    while t is not None and t.dep_ in ("compound", "amod", "conj", "appos") and t.head.i != t.i:
        t = t.head
    return t is not None and t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in (trigger.i, trigger.head.i)


POST_AFTER = re.compile(
    r"\b(?:he|she|the (?:diplomat|official|man|woman|defector|envoy))\s+(?:had\s+)?"
    r"(?:worked|served|was (?:working|serving|employed|posted|stationed|a member|an? (?:employee|staffer)))\b[^.;]{0,120}",
    re.IGNORECASE,
)


AT_A_MISSION = re.compile(r"\b(?:at|from|of|with|in)\s+(?:the|its|a|North Korea\s?['’]s|Pyongyang\s?['’]s)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:embassy|consulate|legation|diplomatic mission)\b", re.I)
PRINCIPAL_ROLES = {"diplomat", "trade_official", "official", "military", "overseas_worker", "restaurant_worker"}


def what_they_run(span, r: Reading, role: str | None) -> str | None:
    """A manager is what they manage: "the restaurant's manager", "the manager ... fled with two
    waitresses from a restaurant"; an official of a trading company is a trade official."""
    wider = role_of(without_names(span))
    if role == "official" and wider in ("trade_official", "restaurant_worker"):
        return wider
    if role == "official" and AT_A_MISSION.search(without_names(span)):
        return "diplomat"  # "a senior official from North Korea's embassy" is an embassy official
    if not SUPERVISORS.fullmatch(head_phrase(span)):
        return role
    if wider in ("restaurant_worker", "trade_official", "diplomat"):
        return wider
    rest = SUPERVISORS.sub(" ", r.hit.sentence.text)  # the workplace the sentence names
    place = role_of(rest)
    return place if place in ("restaurant_worker", "trade_official") else role


def fled_a_worksite(r: Reading) -> bool:
    """The place the trigger says they left or were at is a worksite ("fled from a logging site
    in Siberia", "escaped from a construction site"): they are workers sent there."""
    worksite = dict(lexicon().roles)["overseas_worker"]
    preps = [c for c in r.token.children if c.dep_ == "prep" and c.lower_ in ("from", "at", "out")]
    preps += [c for c in r.token.children if c.dep_ in ("dobj", "obj") and r.hit.type == "defection"]
    return any(worksite.search(" ".join(t.text for t in p.subtree)) for p in preps)


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
