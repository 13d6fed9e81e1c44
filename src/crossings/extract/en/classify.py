"""Components: parse the trigger sentences, then keep the hits that report a happening.

A hit is dropped when the text negates it, predicts or supposes it, states a statistic or a
habit, or speaks of a defection outside the domain. A kept hit is *strong* when it can open a
happening of its own (a finite verb, a named defector, "defections in Cuba"), *weak* when it
can only join one ("the defection", "after defecting").
"""
from __future__ import annotations

import re
from dataclasses import replace

from crossings.events import Evidence, Mention
from crossings.extract import places
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import Hit, Reading, State

REPORTING_OR_ATTEMPT = {"try", "attempt", "seek", "plan", "want", "intend", "hope", "refuse", "vow"}
PREFIX_WINDOW = 90  # characters before a trigger in which a prediction cue counts
HABITUAL_TYPES = {"punishment", "recall", "control_measure", "repatriation"}
# An announced or scheduled closure is the event: "is set to close", "decided to close".
CLOSURE_GOVERNORS = {"set", "decide", "decided", "plan", "plans", "planned", "move", "moved", "going", "order", "ordered"}
RULED = {"mission_closure", "control_measure"}
RULE_NOUNS = {"order", "instruction", "directive", "command", "decree"}
# A rule imposed on someone: "obliges diplomats to go out in pairs", "required workers to hand over".
RULE_GOVERNORS = {"oblige", "obliges", "require", "required", "instruct", "instructed", "tell", "told", "have", "had"}
PURPOSE = re.compile(r"\b(?:to|would|in order to|aimed at|designed to|meant to|so as to) (?:prevent|deter|stop|"
                     r"discourage|curb|block)\b[^,.;]*"
                     r"|\b(?:fearing|feared|fears?|amid fears of|over fears of|worried about|wary of|after) (?:a |the )?"
                     r"(?:further|more|additional|future|possible|potential|continued|chain|spate of|wave of|string of|"
                     r"series of)? ?(?:\w+ ){0,2}(?:defections?|escapes?)", re.I)
RULE_IN_FORCE = re.compile(r"\b(?:new|now|recent(?:ly)?|latest|order|orders|directive|decree|rule|rules|since)\b", re.I)
# What a state does (recall, close, control) for fear of defections: the motive is no generic talk.
STATE_ACTIONS = {"control_measure", "recall", "mission_closure"}
SPECIFIC_ENTS = {"PERSON", "GPE", "DATE", "CARDINAL", "LOC", "FAC"}


class Classify:
    """Hits -> readings: type kept, non-events dropped, strength decided."""

    name = "classify"

    def __call__(self, state: State) -> State:
        for hit in state.hits:
            reading = classify(hit, state)
            if reading is not None:
                state.readings.append(reading)
        state.readings = _attempts_told_by_their_arrest(
            _presupposed_flights(_resolved_disappearances(state.readings)))
        return state


# Clauses that tell what the people were doing at the moment of another happening.
MEANWHILE = {"as", "while", "when"}


def _attempts_told_by_their_arrest(readings: list[Reading]) -> list[Reading]:
    """ "were arrested in Vietnam on Nov. 23 as they attempted to make their way to Laos": the
    attempt told in an as-/while-clause of an arrest (or a stopped attempt) is that happening,
    not a second one with the clause's scraps of place and time."""
    def told_by(r: Reading, o: Reading) -> bool:
        clause = r.token
        while clause.dep_ in ("xcomp", "aux") and clause.head is not clause:
            clause = clause.head  # "attempted to make their way": the clause is "attempted"'s
        return clause.dep_ == "advcl" and clause.head.i == o.token.i and any(
            c.dep_ == "mark" and c.lower_ in MEANWHILE for c in clause.children)
    return [r for r in readings
            if not (r.hit.type in ("attempted_defection", "defection") and r.token is not None and any(
                o is not r and o.hit.type == "attempted_defection" and o.hit.sentence is r.hit.sentence
                and o.token is not None and told_by(r, o) for o in readings))]


# Verbs of saying, knowing or telling: their subject is a source, their modal the teller's.
REPORTING = {"say", "tell", "report", "find", "announce", "confirm", "state", "add", "note", "reveal", "claim",
             "write", "quote", "cite", "inform", "notify", "learn", "believe", "protest", "deny", "brief",
             "disclose", "explain", "speak", "urge", "warn", "accuse", "criticize", "criticise", "insist",
             "publish", "broadcast", "suspect", "think", "estimate", "acknowledge", "describe", "ask",
             "condemn", "call", "comment", "decline", "refuse", "agree", "demand", "investigate",
             "accord", "release"}  # "according to Agence France-Presse"; "released a statement, a video"


# Happenings that befall people who had fled: their flight is told only to say who they are.
BEFALLS = {"attempted_defection", "repatriation", "punishment"}


def _presupposed_flights(readings: list[Reading]) -> list[Reading]:
    """ "Three North Koreans who fled via China were arrested in Laos", "shot a man caught
    fleeing", "sent back to the regime they had fled": a flight told inside the phrase of the
    people (or place) of another happening is background of that happening, not one of its own.
    People who fled and were then sent back did flee (codebook: a defection and a repatriation)."""
    def presupposed(r: Reading) -> bool:
        t = r.token
        if r.hit.type != "defection" or t.pos_ != "VERB" or _someone_elses_flight(t):
            return False
        return any(o.hit.type in BEFALLS and o.hit.sentence is r.hit.sentence and o.token is not t
                   and _inside_people(t, o.token) and (o.hit.type != "repatriation" or not is_person(t.head))
                   for o in readings)
    return [r for r in readings if not presupposed(r)]


def _someone_elses_flight(t) -> bool:
    """ "the officers of the unit whose sergeant crossed the line were punished": the flight is
    the sergeant's, not that of the people punished, and is told in its own right."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(x.tag_ == "WP$" for x in c.children) for c in t.children)


def _inside_people(t, verb) -> bool:
    """t describes one of verb's participants: it sits under verb's subject or object (or the
    object of its preposition), or is the relative clause of the noun verb hangs on."""
    if verb.dep_ in ("acl", "relcl") and t in verb.head.subtree and t.dep_ == "relcl" and t.head is verb.head:
        return True
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "prep", "dative") and t in c.subtree:
            return True
    return False


def _resolved_disappearances(readings: list[Reading]) -> list[Reading]:
    """ "who vanished ... has defected": a disappearance the same sentence resolves into a
    defection is part of that defection (codebook), not an event of its own."""
    defecting = {r.hit.sentence.index for r in readings if r.hit.type == "defection"}
    return [r for r in readings
            if not (r.hit.type == "disappearance" and r.hit.sentence.index in defecting)]


def classify(hit: Hit, state: State) -> Reading | None:
    sent_doc = state.parsed[hit.sentence.index]
    token = trigger_token(hit, sent_doc)
    if token is None or not _one_predicate(hit, token) or _out_of_domain(hit, token, state.text) \
            or _not_a_flight(hit, token, state.text) or _closes_something_else(hit, token):
        return None
    if (_negated(token) and not _negation_is_the_happening(hit, state.text)) or _predicted(hit, token, state.text) \
            or _generic(hit, token, state.text) or _only_in_prospect(token) or _gerund_of_a_thought(token):
        return None
    member = None
    if _aggregate(hit, token):
        member = named_member(subject_of(token))
        if member is None:
            return None  # a total; one it names by name is a happening of its own (below)
    if hit.type == "attempted_defection" and hit.kind == "verb" and not _stopped(hit):
        return None
    if hit.kind in KEPT_WHEN:
        if not KEPT_WHEN[hit.kind](token, hit, state.text):
            return None
        hit = replace(hit, kind="verb")  # from here on it reads like any verb trigger
    mention = Mention(doc=state.document.id, type=hit.type)
    mention.evidence.append(Evidence("type", hit.start, hit.end, state.text[hit.start:hit.end]))
    reading = Reading(hit=hit, mention=mention, token=token, member=member)
    reading.strong = _strong(hit, token)
    reading.anaphoric = _anaphoric(token)
    reading.distinct = (_pointed_back_to(token) and _measures_another(hit, token, state)) or _also_named(token) \
        or _before_the_nth(token)
    return reading


# Prepositions whose gerund tells what happened ("picked up after walking across the front",
# "escaped by swimming across the estuary").
TOLD_GERUND = {"after", "by", "upon", "on", "before", "following", "while", "when"}


# Ways of moving whose gerund may tell a crossing (trigger_parts MOVED).
MOVING = {"walk", "swim", "wade", "sail", "crawl", "creep", "slip", "sneak", "dash", "run", "row"}


def _gerund_of_a_thought(token) -> bool:
    """ "dreamed of walking across the border", "the risk of swimming across": a moving gerund
    under any other preposition is what someone thinks of, fears or plans, not a crossing."""
    return token.tag_ == "VBG" and token.lemma_ in MOVING and token.dep_ == "pcomp" \
        and token.head.lower_ not in TOLD_GERUND


LONG_HIT = 8  # words: a trigger this long spans a phrase in between ("sent [the people] back")


def _one_predicate(hit: Hit, token) -> bool:
    """A trigger spanning a long phrase ("ordered more than 150 women working in Dandong ... to
    return home") is one predicate only if its last word hangs, through the parse, from its verb;
    otherwise the words belong to two clauses that happen to follow each other."""
    inside = [t for t in token.doc if hit.start - hit.sentence.start <= t.idx < hit.end - hit.sentence.start]
    if len([t for t in inside if not t.is_punct]) <= LONG_HIT or token.pos_ != "VERB" or inside[0].i != token.i:
        return True
    t = inside[-1]  # up from the last word to the verb, through no clause said or joined of its own
    while t.i != token.i:
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "conj", "parataxis")
                               and not _what_was_said(t, token)):
            return False
        t = t.head
    return True


def _what_was_said(clause, token) -> bool:
    """ "told officers they wished to stay in the South": the clause a trigger's verb of saying
    reports is that trigger's own content, not a second predicate."""
    return clause.dep_ == "ccomp" and clause.head.i == token.i and token.lemma_ in REPORTING


POINTERS = {"before", "after", "since", "following", "like", "unlike", "than"}


def _pointed_back_to(token) -> bool:
    """ "two months after Jo sought asylum", "before the defection of Thae": a happening the
    sentence measures another one by, so it is not the one the article is telling."""
    slipped = person_before(token)
    if slipped is not None and slipped.root.dep_ == "pobj" and slipped.root.head.lower_ in POINTERS:
        return True  # "... since Hwang, a former secretary, defected" parsed as "since Hwang"
    t = token
    for _ in range(4):
        if any(c.lower_ in POINTERS and c.dep_ == "mark" for c in t.children):
            return True  # the trigger's own clause is the "after ..." one
        if t.dep_ == "pobj" and t.head.lower_ in POINTERS:
            return True
        if t.head is t or t.dep_ in ("ROOT", "ccomp"):
            return False  # (a conjunct shares its head's clause: "after Ri vanished and resurfaced")
        t = t.head
    return False


def _measures_another(hit: Hit, token, state: State) -> bool:
    """An "after ..." clause points back only when the sentence tells another happening outside
    it ("he defected two months after Jo sought asylum"); "troops took a soldier into custody after
    he walked across the border" tells the crossing itself."""
    clause = {t.i for t in token.subtree}
    sent_doc = state.parsed[hit.sentence.index]
    for other in state.hits:
        if other is hit or other.sentence is not hit.sentence:
            continue
        t = trigger_token(other, sent_doc)
        if t is not None and t.i not in clause:
            return True
    return False


ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "previous"}


def _before_the_nth(token) -> bool:
    """ "It is the second crossing in Yanggu in under a year, after a corporal walked across there",
    "the first crossing on the eastern front since August, when a sergeant walked across": the
    happening a when-/after-/since-clause tells is the one the article's is counted against
    (codebook: "the first time since" is a background mention), not the article's own."""
    clause = _clause_verb(token)
    if clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children):
        frame = clause.head
    elif clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in POINTERS for c in clause.children):
        frame = clause.head
    else:
        return False
    for _ in range(4):  # up through "since August 2023, when ...": the date, "since", what it measures
        if frame.lemma_ == "be":
            frame = next((c for c in frame.children if c.dep_ in ("attr", "acomp")), frame)
        if frame.lower_ in ORDINALS or (frame.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and c.lower_ in ORDINALS for c in frame.children)):
            return True  # "the first crossing", "the arrival is the first"
        if frame.dep_ not in ("pobj", "prep", "npadvmod", "nummod") or frame.head.i == frame.i:
            return False
        frame = frame.head
    return False


def _negation_is_the_happening(hit: Hit, text: str) -> bool:
    """ "have not been seen since": the negation is the happening (a disappearance); "have not
    been allowed ashore": the negation is the rule (a control measure)."""
    told = text[hit.start:hit.end]
    if hit.type == "control_measure":
        return bool(re.search(r"\b(?:not|no|never)\b|n't\b", told))
    return hit.type == "disappearance" and (bool(NOT_SEEN.search(told)) or bool(NOBODY_SEEN.match(told)))


NOT_SEEN = re.compile(r" not been (?:seen|heard from|heard of)\b")
NOBODY_SEEN = re.compile(r"(?:nobody|no one|no-one)\b.*\b(?:seen|heard from)\b", re.I)


def _also_named(token) -> bool:
    """ "Kim, a trade envoy who also defected": a named person who *also* left is another
    happening than the one the story tells."""
    if not any(c.lower_ == "also" and c.dep_ == "advmod" for c in token.children):
        return False
    subject = subject_of(token)
    return subject is not None and any(t.ent_type_ == "PERSON" for t in subject)


def trigger_token(hit: Hit, doc) -> object | None:
    """The token a hit rests on: its first verb, else its first noun, else its first token."""
    local = hit.start - hit.sentence.start, hit.end - hit.sentence.start
    span = doc.char_span(local[0], local[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    for pos in (("VERB", "AUX"), ("NOUN", "PROPN")):
        for t in span:
            if t.pos_ in pos and t.lower_ not in ("were", "was", "is", "are", "been", "be", "has", "have", "had"):
                while t.dep_ == "compound" and t.head in span:  # "pull-out": the phrase's head, not "pull"
                    t = t.head
                return t
        if pos == ("VERB", "AUX") and hit.type == "defection":  # "have been in the South": the copula is the verb
            main = next((t for t in span if t.lemma_ == "be" and t.dep_ not in ("aux", "auxpass")), None)
            if main is not None:
                return main
    return span[0]


def _clause_verb(token):
    """The verb whose clause the trigger sits in (itself for verbs, the governing verb for nouns)."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head is not t and t.dep_ not in ("ROOT",):
        t = t.head
    return t


def _negated(token) -> bool:
    lex = lexicon()
    verb = _clause_verb(token)
    for t in {token, verb}:
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
    subject = subject_of(token)
    if subject is not None and subject[0].lower_ in ("no", "none", "nobody", "neither"):
        return True  # "No North Korean official has defected"
    if token.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children):
        return True  # "there were no plans for the embassy to close"
    # "denied defecting", "refused to defect"
    head = verb.head if verb.dep_ in ("xcomp", "ccomp", "pcomp") else None
    # "denied that he defected" is a denied report (status), not a negation
    return bool(head is not None and head.lemma_.lower() in ("refuse", "decline") and head is not verb
                and token.lower_ not in lex.negation)


def _modals(t) -> set[str]:
    return {c.lower_ for c in t.children if c.dep_ == "aux"}


def _predicted(hit: Hit, token, text: str) -> bool:
    lex = lexicon()
    ruled = hit.type in RULED  # a decided closure or an imposed rule ("must travel in pairs") is the event
    modals = lex.closure_modals if ruled else lex.modals
    verb = _clause_verb(token)
    # the modal of a verb of saying over the clause is the teller's ("our staff can report he is in
    # Seoul"), not the happening's
    told = verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING
    chain = [token, verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and not told else [])
    allowed_only = hit.type == "control_measure" and re.search(r"\bonly\b", text[hit.start:hit.end])
    if any(_modals(t) & modals for t in chain) and not allowed_only:  # "may go out only in pairs": the rule
        return True
    if _conditional(token):
        return True  # "a defector, if arrested, would face deportation": a condition, not a happening
    # "to defect": an event only under decided/managed/forced...; "tried to" is its own trigger
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in token.children)  # "is known to have fled"
    purpose = ruled and token.dep_ == "advcl" and token.head.tag_ == "VBD"  # "agents visited the sites to weed out ..."
    if token.pos_ == "VERB" and not perfect and not purpose and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        governor = token.head.lemma_.lower() if token.head is not token else ""
        allowed = lex.governors | (CLOSURE_GOVERNORS | RULE_GOVERNORS if ruled else set())
        ordered = ruled and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RULE_NOUNS
                                for c in token.head.children)  # "were given new orders to fire on"
        if token.head.lower_ not in allowed and governor not in allowed and not ordered:
            return True
    if token.dep_ in ("xcomp",) and token.head.lemma_.lower() in REPORTING_OR_ATTEMPT:
        return hit.type != "attempted_defection"
    if token.tag_ in ("VBN", "VBD") and token.dep_ == "acl":
        return False  # "urged Beijing not to send back North Koreans detained in Dalian": a fact about them
    prefix = text[max(hit.sentence.start, hit.start - PREFIX_WINDOW):hit.start]
    if hit.type == "recall":  # "worried he might defect, Pyongyang summoned him home": the motive's modal
        prefix = PURPOSE.sub(" ", re.sub(r"\b(?:worried|fearing|afraid|concerned|suspecting)\b[^,;]*,", " ", prefix, flags=re.I))
    if lex.cues["under_way"].search(prefix[-40:]):
        return True
    if not ruled and any(not _qualifies_another(token, hit.start - len(prefix) - hit.sentence.start + m.start())
                         for m in lex.cues["prediction"].finditer(prefix)):
        return True
    # ("may" in lower case only: "Since May, staff have been required to ..." names a month)
    return ruled and not allowed_only and bool(re.search(r"\b(?:[Cc]ould|may|[Mm]ight|[Ll]ikely|[Pp]ossibl\w*)\b", prefix))


# Verbs whose object is a happening that has not taken place: one faced or feared, one a measure
# is there to block ("stopped" and "foiled" are left out: a stopped escape did begin).
PROSPECTS = {"face", "risk", "await", "fear", "dread"}
PREVENTS = {"block", "prevent", "deter", "curb", "discourage", "forestall", "stem"}


def _only_in_prospect(token) -> bool:
    """ "now face deportation, torture and execution", "ordered officers to block escapes": a
    happening named as the object of such a verb (or listed with it) is not one that happened;
    nor is one named in a charge ("arrested on charges of helping others escape")."""
    if _in_a_charge(token):
        return True
    if token.pos_ == "VERB" and token.dep_ in ("xcomp", "pcomp", "dobj") and token.head.lemma_.lower() in PROSPECTS:
        return True  # "face being sent back", "risk being deported": told as what may come
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    t = token
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in PROSPECTS | PREVENTS


HELPS = {"help", "aid", "assist", "abet", "organize", "organise", "arrange", "facilitate", "guide", "smuggle"}
CHARGES = {"charge", "charges", "charged", "accused", "accusing", "suspected", "suspicion", "convicted", "guilty",
           "allegedly", "alleged"}


def _in_a_charge(token) -> bool:
    """ "arrested 20 people on charges of helping others escape", "accused of aiding defections":
    the flight is what the accused are said to have helped, a charge against them, not a happening
    told (their arrest or punishment is)."""
    t, helped = token, False
    for _ in range(6):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in HELPS:
            helped = True
        elif helped and t.lower_ in CHARGES:
            return True
    return False


# A sentence opened as about most or many people is about a kind, whatever it goes on to tell.
KIND_FRAME = re.compile(r"\s*(?:for|among|like) (?:most|many|some|all) (?:North Koreans|defectors|escapees|"
                        r"people|refugees|of them)\b", re.I)
# A generic cue that is itself a phrase about a happening noun ("possible defection", "a wave
# of escapes") speaks of that noun only.
HAPPENING_NOUN_END = re.compile(r"(?:defections?|escapes?|defectors?|attempts?|rush)$", re.I)


def _about_this(match, lo: int, hit: Hit) -> bool:
    """The cue holds for this trigger: a clause-wide cue ("usually", "reasons for"), or a phrase
    cue that ends on this trigger's own noun (not "a possible defection following the
    disappearance of two others")."""
    if not HAPPENING_NOUN_END.search(match.group()):
        return True
    end = lo + match.end()
    return hit.start - hit.sentence.start < end <= hit.end - hit.sentence.start


def named_member(subject):
    """The person a counted group names as one of its own: "at least five diplomats, including Ri
    Yong Chol" -> "Ri Yong Chol" (TR-LIST: the total is a statistic, Ri's flight a happening)."""
    if subject is None:
        return None
    for prep in (t for t in subject.root.subtree if t.dep_ == "prep" and t.lower_ in ("including", "among")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            ent = next((e for e in obj.doc.ents if e.label_ == "PERSON" and e.start <= obj.i < e.end), None)
            if ent is not None:
                return ent
    return None


def _conditional(token) -> bool:
    """The trigger's clause is a condition: "if"/"unless" on it, or on the verb it is coordinated
    with or complements ("safe if they managed to evade capture and reach a third country")."""
    t = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.dep_ not in ("conj", "xcomp") or t.head is t:
            return False
        t = t.head
    return False


def _qualifies_another(trigger, offset: int) -> bool:
    """The cue at this sentence offset is an adjective on another noun: in "a possible defection
    following the disappearance of two others in June" "possible" doubts the defection, not the
    disappearance the phrase presupposes."""
    cue = next((t for t in trigger.doc if t.idx <= offset < t.idx + len(t.text)), None)  # (bind reads classify)
    return cue is not None and cue.dep_ == "amod" and cue.head.i != trigger.i


def _generic(hit: Hit, token, text: str) -> bool:
    if _about_any(token) or _vague_closure(hit, token) or _kind_of_people(token) or _instead_of(token) \
            or _policy_of_returns(hit, token):
        return True
    sentence = hit.sentence.text
    if hit.type in STATE_ACTIONS:  # "to prevent defections" is what a control is for
        sentence = PURPOSE.sub(lambda m: " " * len(m.group()), sentence)
    if KIND_FRAME.match(sentence):
        return True  # "For most North Koreans, it means either a risky escape ... or trying to cross"
    local = hit.start - hit.sentence.start
    lo = max(0, local - 60)
    if any(_about_this(m, lo, hit) for m in lexicon().cues["generic"].finditer(sentence[lo:local + 30])):
        return True
    in_force = hit.type == "control_measure" and RULE_IN_FORCE.search(sentence)  # "a new order requires ..."
    return hit.type in HABITUAL_TYPES and not in_force and hit.sentence.index > 2 and _habitual(token)


def _instead_of(token) -> bool:
    """ "called on Beijing to handle the defectors humanely rather than returning them to North
    Korea": what is set against another course is not done."""
    for t in (token, _clause_verb(token)):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in ("than", "of"):
            before = t.doc[max(0, t.head.i - 1):t.head.i + 1].text.lower()
            if before in ("rather than", "instead of"):
                return True
    return False  # (a trigger that has the phrase, "defected to Canada rather than to Seoul", was done)


def _policy_of_returns(hit: Hit, token) -> bool:
    """ "protest China's forced repatriation of North Korean defectors": a return told as a
    practice, its people a bare plural kind, with no number or date of its own, is no happening."""
    if hit.type != "repatriation" or token.pos_ != "NOUN":
        return False
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if people is None or people.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "nummod", "poss") for c in people.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in token.subtree)


def _about_any(token) -> bool:
    """ "Crossing the river is the most dangerous part of any escape", "Escaping is hard", a
    glossary line "Defector: a person who ...": the trigger names a kind of happening, not one."""
    if token.dep_ in ("csubj", "csubjpass") or _clause_verb(token).dep_ in ("csubj", "csubjpass"):
        return True
    if token.pos_ in ("NOUN", "PROPN") and any(c.lower_ in ("any", "every", "each") for c in token.children):
        return True
    line = token.doc.text
    colon = line.find(":")
    return 0 < colon < 40 and token.idx < colon and bool(
        re.match(r"\s*(?:an?|the|someone|somebody|a person|people|one|term|word|refers?)\b", line[colon + 1:], re.I))


def _kind_of_people(token) -> bool:
    """ "We know from North Koreans who have escaped that ...": a present perfect relative clause,
    undated, on a bare plural (no article, number or owner) names a kind of people, not a
    happening ("the nine who have fled since May" and "workers who have fled on Monday" stay)."""
    if token.dep_ != "relcl":
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in token.children)
    # in the past tense only when the people are what another verb or phrase is about
    # ("investigating citizens who escaped", "concerns for escapees who were repatriated")
    if not perfect and token.head.dep_ not in ("dobj", "pobj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that") for c in token.children):
        return False  # "diplomats in Africa, where many embassies have closed": the clause is not theirs
    head = token.head
    if head.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "nummod", "poss") for c in head.children):
        return False
    return names_people(head) and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _vague_closure(hit: Hit, token) -> bool:
    """ "Pyongyang shut several missions last year": a closure of an unspecified set, with no
    host or region the sentence names, is no event of its own ("many embassies in Africa have
    closed" is one, with its region)."""
    if hit.type != "mission_closure":
        return False
    vague = lexicon().cues["vague_quantifiers"]
    local = hit.start - hit.sentence.start
    before_missions = hit.sentence.text[max(0, local - 20):hit.end - hit.sentence.start]
    if not vague.search(before_missions):
        return False
    return not any(m.kind != "demonym" and (m.country not in ("KP", "KR") if m.country else m.region)
                   for m in places.find_places(hit.sentence.text, "en"))  # a region names where, too


def _habitual(token) -> bool:
    """Present simple in running text, active or passive ("North Korea purges officials", "those
    caught are sentenced to ten years") states a habit; a headline or a present perfect does not
    (the caller skips the first sentences)."""
    if any(c.dep_ == "aux" for c in token.children) or token.lower_ in ("says", "say"):
        return False
    if token.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in token.children)
    return token.tag_ in ("VBZ", "VBP")


def _aggregate(hit: Hit, token) -> bool:
    """A statistic, not a happening: a total, trend, rate or share (a frame, whatever the number),
    or a large number with no single dated act (codebook: "China sent about 600 North Koreans
    back on 9 October" is one event)."""
    if hit.type in ("mission_closure", "control_measure"):
        return False
    cues = lexicon().cues
    sentence = hit.sentence.text
    if cues["statistic_frame"].search(sentence):
        return True  # "the number of arrivals fell by a fifth"
    subject = subject_of(token)
    member = named_member(subject)
    named = [t for t in subject if t.ent_type_ == "PERSON" and not (member and member.start <= t.i < member.end)] \
        if subject is not None else []
    if named:
        return False
    verb = _clause_verb(token)  # "the first such case since 2027, when four fishermen fled": the
    # when-clause tells the one happening that dates the comparison; the comparison's frame is not its own
    frame = cues["aggregate"].search(_clause_text(verb) if when_clause(verb) else sentence)
    plural = subject is None or subject.root.tag_ in ("NNS", "NNPS") or subject.root.lower_ in ("they", "their") \
        or _has_at_least(hit)
    big = subject is not None and any(t.like_num and t.ent_type_ not in ("DATE", "TIME") and HEADCOUNT.match(t.text)
                                      and _number(t.text) >= 50 for t in subject)
    if (frame or _over_a_period(verb)) and (plural or big):
        return True  # "a total of 135 arrived in the first quarter", "over the past two years, nine came"
    mass = big or (plural and bool(cues["mass"].search(sentence)))
    return mass and not _dated_act(hit, token)


# The head of a time phrase that spans a stretch rather than naming a point: people counted over
# it are a total ("during the past year, eleven diplomats defected"), not one happening.
PERIODS = {"year", "years", "months", "decade", "decades", "period", "administration", "presidency", "tenure",
           "term", "rule", "reign", "era"}
SPAN_WORDS = {"past", "last", "first", "previous", "recent", "entire", "whole", "few"}


# Verbs whose passive perfect is a state that lasts from one act ("have been held since May").
HELD_STATES = {"detain", "hold", "jail", "imprison", "keep", "lock", "confine", "arrest"}


def _over_a_period(verb) -> bool:
    """The trigger's clause is measured over a stretch of time: a phrase "over / during / in the
    past two years", "over the first year of the new administration", or a present perfect counted
    "since" a point ("few have managed to flee since the border was sealed")."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head is not chain[-1] and len(chain) < 3:
        chain.append(chain[-1].head)  # "have managed to flee": the count hangs on "managed"
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for v in chain for c in v.children) \
        and verb.lemma_ != "be"  # "have been in the South since December" is a state that lasts, not a count
    held = is_passive(verb) and verb.lemma_.lower() in HELD_STATES  # "have been detained since Nov. 23": held since then
    for c in (c for v in chain for c in v.children):
        if c.dep_ == "prep" and c.lower_ in ("over", "during", "throughout", "in", "within"):
            if any(o.dep_ == "pobj" and o.lower_ in PERIODS and any(
                    m.lower_ in SPAN_WORDS or m.like_num for m in o.children if m.i < o.i) for o in c.children):
                return True
        since = c.lower_ == "since" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                                                   for m in c.children))
        if perfect and since and not held and not any(n.dep_ == "neg" for v in chain for n in v.children):
            return True  # (a negated perfect, "have not been seen since", is a state that lasts, not a count)
    return False


ACTORS = {"police", "guard", "guards", "authorities", "government", "regime", "military", "army", "troops", "soldiers",
          "officials", "ministry", "agents", "coast", "navy", "court", "courts"}


def when_clause(verb) -> bool:
    """A relative clause opened by "when" ("in 2027, when four fishermen fled by boat")."""
    return verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def _dated_act(hit: Hit, token) -> bool:
    """One act on a day, or in a month by a concrete actor (a state, its police or guards): an
    event however many people it concerns."""
    cues = lexicon().cues
    verb = _clause_verb(token)
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "were taken to the airport on Tuesday and put on a flight": one act's date
    clause = verb.doc[verb.left_edge.i:verb.right_edge.i + 1].text  # not "the ministry said Friday"
    if cues["day_date"].search(clause):
        return True
    if not cues["month_date"].search(clause):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("PRP",)]
    doers += [a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    if any(d.ent_type_ in ("GPE", "ORG", "NORP") or d.lower_ in ACTORS for d in doers):
        return True
    # ...or at one named crossing or town ("In March, about 80 were returned through the crossing at Dandong")
    return any(m.kind == "city" and m.country not in ("KP", "KR") for m in places.find_places(clause, "en"))


# A head count is digits, maybe grouped by commas ("34,000"); "26.08.2016" is a date.
HEADCOUNT = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def _held_abroad(token, hit: Hit, text: str = "") -> bool:
    """ "Three North Koreans were arrested in Vietnam", "Chinese police detained two escapees on a
    train": North Koreans held in a third country before they reach refuge (codebook: an
    attempted defection). Held at home, or held for a crime, is something else."""
    cues = lexicon().cues
    held = _held_people(token)
    held = antecedent(held) if held is not None else None
    held = _members(held) if held is not None else None  # "a group of 10 North Korean defectors"
    counted = held is not None and _counted_before(held, text[:hit.start])  # "The seven ... were taken off a bus"
    if held is None or not (counted or cues["fleeing_people"].fullmatch(held.root.text)) \
            or cues["not_flight"].search(hit.sentence.text):
        return False
    if not (counted or _north_koreans(held)):
        return False  # "two women were detained in Laos": whose women?
    sentence = hit.sentence.text
    foreign = any(m.country not in ("KP", "KR") and m.kind != "demonym" for m in places.find_places(sentence, "en")
                  if m.country)
    return foreign or bool(cues["abroad"].search(sentence))


COLLECTIVES = {"group", "groups", "band", "party", "batch", "busload", "boatload", "handful"}


def _members(people):
    """ "a group of 10 North Korean defectors": the people are the group's members."""
    if people.root.lower_ not in COLLECTIVES:
        return people
    of = next((c for c in people.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    return _np(members) if members is not None else people


def _north_koreans(people) -> bool:
    """The people are named North Koreans, or defectors, escapees, refugees."""
    return bool(lexicon().cues["north_korea"].search(people.text) or re.search(r"defector|escapee|refugee", people.root.lower_))


# Plain words for people that, in an article already telling North Koreans sent back, are more of them
PLAIN_PEOPLE = {"people", "persons", "detainees", "escapees", "women", "men", "others"}
SENT_BACK_BEFORE = re.compile(r"\b(?:sent|sends|sending|returned|handed|repatriated|deported)\b[^.]{0,120}?"
                              r"\bNorth Koreans\b|\bNorth Koreans\b[^.]{0,120}?\b(?:sent|returned|handed|"
                              r"repatriated|deported)\b", re.I)


def _returns_told_before(people, before: str) -> bool:
    """ "China sent about 140 North Koreans back ... It was the second mass return this year, after
    about 50 people were sent back on Feb. 3": plain people given back, in an article that has
    already told North Koreans given back, are North Koreans too."""
    return people.root.lower_ in PLAIN_PEOPLE and bool(SENT_BACK_BEFORE.search(before))


# People the article has said are North Koreans: "two citizens of the DPRK", "North Korean builders"
NK_PEOPLE = (r"(?:North Koreans|defectors|escapees|refugees"
             r"|(?:[\w'’-]+\s+){0,2}(?:citizens|nationals|subjects) of (?:the DPRK|North Korea)"
             r"|(?:North|N\.) Korean\s+(?:[\w'’-]+\s+)?(?:men|women|workers|builders|labou?rers|nationals|citizens"
             r"|fishermen|sailors|seamen|crewmen|students|soldiers|waitresses))\b")


def _counted_before(held, before: str) -> bool:
    """ "Seven North Koreans were arrested ... The seven - five women and two men - were taken off
    a bus": "the seven" are the North Koreans counted so earlier in the article, as "the two" are
    "two citizens of the DPRK"."""
    if len(held) < 2 or held[0].lower_ != "the" or not held[1].like_num:
        return False
    number = held[1]
    return bool(re.search(rf"\b{re.escape(number.text)}\s+(?:[\w'’-]+\s+){{0,2}}" + NK_PEOPLE, before, re.I))


FOR_A_FLIGHT = re.compile(r"\b(?:after|following|over|for|in response to|because of) (?:the |a |an |his |her |their |this |that )?"
                          r"(?:[\w'’-]+ ){0,3}(?:escapes?|defections?|flights?|desertions?|crossings?)\b"
                          # a charge of letting people out ("accused of taking money to let people cross")
                          r"|\b(?:accused of|charged with|convicted of|for) (?:[\w'’-]+ ){0,6}(?:let|letting|help|helping|"
                          r"allow|allowing|aid|aiding) (?:[\w'’-]+ ){0,3}(?:cross|flee|escape|defect|leave)", re.I)


def _answers_a_flight(token, hit: Hit, text: str = "") -> bool:
    """ "Guards shot dead a man caught fleeing", "the unit was replaced after the escape": harm or
    a sanction is a punishment when it falls on people who fled or answers a flight, or on the
    relatives of someone posted or named ("the mother and brothers of Hyon were sent to a farm")."""
    people = _held_people(token)
    if people is not None:
        whole = people.doc[people.start:people.end]
        people = whole.doc[min(t.left_edge.i for t in whole):max(t.right_edge.i for t in whole) + 1]
    cues = lexicon().cues
    return bool(people is not None and (cues["flight_words"].search(people.text) or cues["kin_of_someone"].search(people.text))) \
        or bool(FOR_A_FLIGHT.search(hit.sentence.text))


# What the text must show of the people given back: North Koreans, sent north or nowhere stated.
HOMEWARD = re.compile(r"^(?:to|into|for|toward|towards) (?:(?:the )?(?:custody|officials?|agents?|guards?|authorities) of )?"
                      r"(?:the )?(?:North\b|(?:their|his|her) (?:home ?country|homeland|own country|country)|home\b)", re.I)
GIVERS_AT_HOME = re.compile(r"\b(?:South Korea|Seoul|the South|North Korea|Pyongyang)\b", re.I)


def _given_back_north(token, hit: Hit, text: str = "") -> bool:
    """ "Beijing returned some 60 North Koreans through Hunchun", "about 50 were returned at
    Tumen", "handed five North Koreans to officials of the North Korean embassy": North Koreans
    given back by a state that is neither Korea, to the North or to no stated place (codebook: a
    repatriation; a return to the South or to an agency is not one)."""
    cues = lexicon().cues
    people = _held_people(token)
    people = antecedent(people) if people is not None else None
    counted = people is not None and _counted_before(people, text[:hit.start])  # "the two were handed to ..."
    if people is None or not (counted or names_people(people.root) or cues["fleeing_people"].fullmatch(people.root.text)):
        return False
    if not (counted or _north_koreans(people) or _returns_told_before(people, text[:hit.start])) \
            or cues["not_flight"].search(hit.sentence.text):
        return False
    goals = _goals(token)
    if goals:
        return any(HOMEWARD.match(g) or cues["north_korea"].search(g) for g in goals)
    giver = subject_of(token) if people.root.dep_ != "nsubjpass" else None
    return giver is None or not GIVERS_AT_HOME.search(giver.text)


KEPT_WHEN = {"arrest": _held_abroad, "response": _answers_a_flight, "return": _given_back_north}


def is_passive(verb, through_conj: bool = False) -> bool:
    """The verb is passive ("were returned"); through_conj, also the conjunct of a passive, which
    shares its subject ("were driven to the border and handed to guards")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return through_conj and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and is_passive(verb.head)


def _held_people(token):
    """Who was held: the passive subject, the noun a participle hangs on, or the object."""
    if token.pos_ != "VERB":
        return None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None and not is_passive(token):  # a passive's "object" is a particle's ("taken off a bus")
        return obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
    return subject_of(token) if is_passive(token, through_conj=True) or token.dep_ in ("acl", "relcl") else None


def _stopped(hit: Hit) -> bool:
    return bool(lexicon().cues["attempt_stopped"].search(hit.sentence.text))


def _has_at_least(hit: Hit) -> bool:
    return bool(re.search(r"\bat least\b", hit.sentence.text, re.I))


def _number(text: str) -> int:
    digits = re.sub(r"[^\d]", "", text)
    return int(digits) if digits else 0


# "defected from the Conservatives to Reform UK": a party just after the trigger.
OUT_OF_DOMAIN_AFTER = re.compile(
    r"^\W*(?:from|to|for|with)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,3}"
    r"(?:party|parties|Tories|Conservatives|Labour(?!\s+camps?)|Democrats|Republicans|caucus|coalition|club)\b", re.I)


def _out_of_domain(hit: Hit, token, text: str) -> bool:
    cues = lexicon().cues
    window = text[max(hit.sentence.start, hit.start - 30):min(hit.sentence.end, hit.end + 30)]
    local = cues["out_of_domain"]
    if cues["near_trigger_out_of_domain"].search(window):
        return True
    subject = subject_of(token)
    subject_text = subject.text if subject is not None else ""
    sentence = hit.sentence.text
    if hit.type == "control_measure" and _another_state(subject) and not (
            cues["north_korea"].search(subject_text) or cues["north_korea"].search(_clause_text(token))):
        return True  # "South Korea is building a fence", "Chinese police tightened checks": not Pyongyang's
    if cues["north_korea"].search(subject_text) or cues["north_korea"].search(_object_text(token)) \
            or cues["north_korea"].search(_clause_text(token)):
        # "Chinese agents detained a North Korean cook": the North Korean is the one stopped;
        # "a lawmaker who fled his post as North Korea's envoy": the flight was from the North
        return False
    if subject_text and local.search(subject_text):
        return True
    after = text[hit.end:min(hit.sentence.end, hit.end + 60)]
    if OUT_OF_DOMAIN_AFTER.search(after):
        return True
    korean = cues["north_korea"].search(sentence) or cues["domain_signals"].search(sentence) or any(
        m.country == "KP" for m in places.find_places(sentence, "en"))  # "in North Hamgyong"
    return not korean and bool(local.search(sentence))


MISSION_WORDS = {"embassy", "embassies", "consulate", "consulates", "mission", "missions", "office", "offices",
                 "section", "sections", "post", "posts", "representation", "legation", "chancery"}


def _closes_something_else(hit: Hit, token) -> bool:
    """ "A house used by an official of the North Korean embassy has been shut": what was shut is
    the subject of the verb, here a house; the mission only describes it."""
    if hit.type != "mission_closure" or token.pos_ != "VERB" or not is_passive(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lower_ not in MISSION_WORDS and subject.ent_type_ not in ("GPE", "ORG") \
        and subject.tag_ not in ("PRP", "WDT", "WP")


def _another_state(subject) -> bool:
    """The subject is a state or its force ("South Korea", "Chinese police"), not people who
    merely work somewhere ("staff at the embassy in Jakarta")."""
    if subject is None:
        return False
    root = subject.root
    named = subject.doc[root.left_edge.i:root.i + 1].text if root.lower_ in ACTORS or root.ent_type_ == "GPE" else ""
    return any(m.country and m.country != "KP" for m in places.find_places(named, "en"))


def _not_a_flight(hit: Hit, token, text: str) -> bool:
    """Happenings of the domain's words that are not about leaving the North: a punishment in a
    page that never speaks of a flight; a return the people asked for; a flight whose goal is
    the North; a crossing its people turned back from."""
    cues = lexicon().cues
    sentence = hit.sentence.text
    if hit.type == "punishment":
        return not cues["flight_words"].search(text)
    if hit.type == "repatriation":  # a return they asked for, or a deportation to the South
        return bool(cues["voluntary_return"].search(sentence)) or any(SOUTHWARD.search(g) for g in _goals(token))
    if hit.type == "defection" and token.pos_ == "VERB":
        # the goal where the parse hangs it, or right after the line crossed, wherever it hangs
        right_after = text[hit.end:hit.sentence.end].lstrip()
        return any(cues["into_the_north"].match(g) for g in _goals(token)) or _turned_back(token) \
            or bool(cues["into_the_north"].match(right_after))
    return False


# "Thailand deports North Korean refugees to South Korea": sent on to refuge, not returned.
SOUTHWARD = re.compile(r"^(?:to|into|for|toward|towards) (?:the )?(?:South Korea|Seoul|South|Republic of Korea|ROK|"
                       r"a third country|third countries|the United States)\b", re.I)


def _goals(token) -> list[str]:
    """The trigger's own goal phrases ("swam across the river to North Korea"), not those of a
    clause it governs ("sought asylum rather than return to North Korea")."""
    out = []
    for t in [token, *[c for c in token.children if c.dep_ in ("dobj", "advmod")]]:
        out += [t.doc[c.i:c.right_edge.i + 1].text for c in t.children
                if c.dep_ == "prep" and c.lower_ in ("to", "into", "for", "toward", "towards")]
    return out


TURNED_BACK = {"retreat", "withdraw", "return", "turn", "go", "move", "head", "flee", "run"}


def _turned_back(token) -> bool:
    """ "crossed the line but retreated when guards fired warning shots": the crossing's own
    conjunct takes the people back."""
    for c in token.children:
        if c.dep_ == "conj" and c.lemma_.lower() in TURNED_BACK and (
                c.lemma_.lower() in ("retreat", "withdraw") or any(
                    g.lower_ in ("back", "north", "northward", "home") for g in c.children)):
            return True
    return False


def _clause_text(token) -> str:
    """The words of a verb trigger's own clause ("fled his post as North Korea's envoy")."""
    if token.pos_ != "VERB":
        return ""
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def _object_text(token) -> str:
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    return "" if obj is None else obj.doc[obj.left_edge.i:obj.right_edge.i + 1].text


def subject_of(token):
    """The span of the trigger's subject (who defected / was repatriated), if the parse has one."""
    t = token
    if after_a_pointer(token):
        return _owner(token)  # "chief and two guards arrested after May boat escape": not the guards'
    slipped = person_before(token)
    if slipped is not None:
        return slipped
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "ROOT" and token.i > token.left_edge.i:
        return token.doc[token.left_edge.i:token.i]  # headline parsed as one noun phrase
    owner = _owner(token)
    if owner is not None:
        return owner
    for _ in range(3):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 and subjects[-1].ent_type_ == "PERSON":
            # "former ambassador to Italy Jo Song-gil is known to have ...": a title and its name
            return t.doc[subjects[0].left_edge.i:subjects[-1].i + 1]
        for child in t.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                owned = any(c.tag_ == "WP$" for c in child.children)
                if owned and t.dep_ == "relcl" and is_person(child):
                    return _np(child)  # "the battalion whose corporal crossed": the corporal
                relative = child.lower_ in ("who", "that", "which") or owned
                if relative and t.dep_ == "relcl":  # "fishermen whose boat drifted": the fishermen
                    return _np(_person_for_place(t.head))
                return _np(child)
        slip = _reduced_relative(t)
        if slip is not None:
            return slip
        if t.dep_ in ("relcl", "acl") and t.head is not t:
            return _np(_person_for_place(t.head))
        pointer = t.dep_ == "prep" and t.lower_ in POINTERS  # "who was envoy before settling in the South"
        if (t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "ccomp") or pointer) and t.head is not t:
            t = t.head
            continue
        break
    return _stranded_subject(token)


def after_a_pointer(token) -> bool:
    """A trigger a few words after "after", "before", "since" with no subject of its own in between
    ("arrested after May boat escape", not "after the boys escape") names a happening the sentence
    points back to: the parse's subject for it is a slip (headlines parse badly, "escape" as a
    verb with the arrested as its subject), so only its own owner ("after Ri's escape") says whose."""
    if token.tag_ in ("VBG", "VBN"):
        return False  # "was envoy before settling in the South": the clause's own subject settled
    before = token.doc[max(0, token.i - 4):token.i]
    pointer = next((t for t in reversed(before) if t.lower_ in POINTERS and t.pos_ in ("ADP", "SCONJ")), None)
    if pointer is None:
        return False
    between = token.doc[pointer.i + 1:token.i]
    return not any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct or t.dep_ in ("nsubj", "nsubjpass")
                   for t in between) and not any(c.dep_ in ("nsubj", "nsubjpass") and pointer.i < c.i < token.i
                                                 for c in token.children)


def _reduced_relative(verb):
    """A parser slip: "Three North Koreans found aboard a boat have said they wish to stay" reads
    "found" as a clause before the verb (csubj, ccomp); the people that clause holds are the subject."""
    clause = next((c for c in verb.children if c.dep_ in ("csubj", "csubjpass", "ccomp") and c.tag_ in ("VBN", "VBD")
                   and c.i < verb.i), None)
    people = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if people is None:
        return None
    span = _np(people)  # "Two of the four North Koreans sent back from China have been sentenced"
    if is_person(people) or people.ent_type_ == "NORP" or (people.like_num and lexicon().cues["person_words"].search(span.text)):
        return span
    return None


def _stranded_subject(verb):
    """A parser slip: "According to two diplomats in Mexico City, the ambassador and five staff had
    been ordered back" hangs the people on the city as an apposition and leaves the passive verb
    with no subject; the people right before its auxiliaries are its subject."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb.i])
    if first == 0:
        return None
    t = verb.doc[first - 1]
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    if t.dep_ != "appos" or not is_person(t):
        return None
    return _np(t)


PERSONAL = {"they": "plural", "them": "plural", "he": "singular", "him": "singular", "she": "singular",
            "her": "singular"}


def antecedent(span):
    """ "The nine arrived in Laos and were on their way south when they were caught": a personal
    pronoun in a clause that hangs on another (when-, and-, because-clauses) stands for that
    clause's own subject, where number agrees; otherwise the pronoun stays as it is."""
    root = span.root
    number = PERSONAL.get(root.lower_) if root.tag_ == "PRP" else None
    if number is None:
        return span
    t = root.head
    for _ in range(3):
        if t.dep_ not in ("advcl", "conj", "ccomp", "xcomp") or t.head is t:
            break
        t = t.head
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i and c.tag_ not in ("PRP", "WP", "WDT"):
                if _plural(c) == (number == "plural"):
                    return _np(c)
                # "the navy seized three sailors after they fled": a subject that cannot be "they"
                # leaves the people the clause acted on
                obj = acted_on(t)
                return _np(obj) if obj is not None and _plural(obj) == (number == "plural") else span
    return span


def _plural(token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or any(n.dep_ == "nummod" and n.lower_ not in ("one", "1")
                                                 for n in token.children)


def acted_on(verb):
    """The people an active verb acts on ("expelled three sailors"), if its object is people."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.tag_ == "PRP":
        return None
    return obj if names_people(obj) else None


def names_people(noun) -> bool:
    """The noun names people: a person word, or any noun a people's name qualifies ("North Korean
    deckhands", "North Koreans")."""
    return is_person(noun) or noun.ent_type_ == "NORP" or any(c.ent_type_ == "NORP" for c in noun.subtree
                                                               if c.i < noun.i)


def _owner(token):
    """Whose a nominal trigger is: "Thae's defection", "the defection of Kim" (before the clause
    it sits in: "the defection of Kim ... took place" is Kim's, not the sentence subject's)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    named = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:  # "the defection of another trade envoy, Kim Chol Song," hung on "defection"
        return _np(named)
    for child in token.children:
        if child.dep_ == "poss":
            return _np(child)
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _np(obj)
    return None


def is_person(token) -> bool:
    """A named person or a person word ("Tae", "the envoy"), not "the company" or "Zambia"."""
    return token.ent_type_ == "PERSON" or bool(lexicon().cues["person_words"].fullmatch(token.text))


def _person_for_place(head):
    """ "Hyon, envoy to Zambia, who defected": a place never defects; a relative clause on
    something that is no person is on the named person whose phrase holds it, if any, else on
    the person word whose phrase holds it."""
    if is_person(head):
        return head  # (nor does a mission: "secretary of the mission who also defected")
    def named(a) -> bool:  # "Hyon Song il": the tagger may leave the last part of a name untagged
        return a.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in a.children)
    # else the person whose phrase holds the place ("North Korea's deputy ambassador to Britain, who fled")
    return next((a for a in head.ancestors if named(a)), None) or next((a for a in head.ancestors if is_person(a)), head)


def person_before(token):
    """A parser slip: in "... since Hwang Jang-yop, a former party secretary, defected in 1997"
    the verb hangs off an earlier noun and the person becomes the object of "since". A verb with
    no subject of its own, right after a named person (an appositive between commas skipped),
    has that person for its subject."""
    if token.pos_ != "VERB" or token.dep_ not in ("acl", "relcl") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    doc, i = token.doc, token.i - 1
    if i > 0 and doc[i].text == ",":
        j = i - 1
        while j > 0 and doc[j].text != "," and doc[j].ent_type_ != "PERSON":
            j -= 1
        i = j - 1 if doc[j].text == "," else j
    if i < 0 or doc[i].ent_type_ != "PERSON":
        return None
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    return doc[ent.start:ent.end] if ent is not None and ent.label_ == "PERSON" else None


def _np(head):
    """A noun phrase around head: its subtree, cut before relative clauses and long modifiers."""
    doc = head.doc
    left, right = head.left_edge.i, head.i
    for child in head.rights:
        if child.dep_ == "appos" or (child.dep_ == "punct" and _appos_follows(head, child)):
            right = max(right, child.right_edge.i)  # "Ri, a counsellor at the embassy in Lima,"
            continue
        if child.dep_ in ("relcl", "acl", "punct", "cc") or (child.dep_ == "prep" and child.lower_ not in ("of", "in", "at", "from", "to")):
            break
        right = child.right_edge.i
    if right - left > 18:
        right = min(right, left + 18)
    return doc[left:right + 1]


def _appos_follows(head, comma) -> bool:
    return any(c.dep_ == "appos" and c.i > comma.i for c in head.children)


def _strong(hit: Hit, token) -> bool:
    if hit.kind == "verb" and token.pos_ in ("NOUN", "PROPN"):  # a headline, or a mis-tagged noun
        return token.dep_ == "ROOT" or _has_specifics(token) or (
            hit.type == "control_measure" and _has_specifics(_clause_verb(token)))  # "issued shoot-on-sight orders"
    if hit.kind == "verb":
        if token.tag_ == "VBG" and token.dep_ in ("pcomp", "amod", "acl", "advcl"):
            return _has_specifics(token)
        return True
    if hit.kind == "person":
        return _names_person(token)
    if hit.type == "mission_closure":
        return False  # a bare "closure" joins a closure; Places makes it strong if it names a host
    return _has_specifics(token)


def _has_specifics(token) -> bool:
    """A nominal trigger with a name, a number, a place or a date in its own phrase."""
    phrase = [t for t in token.subtree] + [token.head] if token.dep_ in ("compound",) else list(token.subtree)
    subj = subject_of(token)
    if subj is not None:
        phrase += list(subj)
    return any(t.ent_type_ in SPECIFIC_ENTS for t in phrase if t is not token) and token.tag_ != "NNS" \
        or any(t.ent_type_ in ("GPE", "PERSON", "DATE") for t in token.subtree if t is not token)


def _names_person(token) -> bool:
    """ "defector Thae Yong-ho", "Thae, a defector": an agent noun that names someone."""
    if token.tag_ == "NNS":
        return False
    if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
        return True
    if any(c.ent_type_ == "PERSON" and c.dep_ in ("appos", "compound") for c in token.children):
        return True
    return token.dep_ == "appos" and token.head.ent_type_ == "PERSON"


def _anaphoric(token) -> bool:
    subject = subject_of(token)
    if subject is None:
        return False
    root = subject.root
    return root.tag_ in ("PRP",) or root.lower_ in ("who", "which", "that") or (
        subject[0].lower_ == "the" and root.ent_type_ != "PERSON" and len(subject) <= 4
    )
