"""Whose argument a date or a place is: bound through the parse, not by distance.

A news sentence names many times and places that are not the happening's: "South Korea deported
two men on Thursday after finding they had fled" (Thursday is the deportation's, not the
flight's), "the ministry said on Monday that he defected", "after informing Pyongyang", "the
Tokyo-based group said dozens were returned". An argument belongs to the predicate it hangs on:
walking up the dependency tree from the argument, the first predicate met is its *governor*.

    binding(trigger_token, offset, other_trigger_tokens) -> "own" | "other" | "sub" | "loose"

- own: the governor is the trigger, or a verb of its own chain ("tried to flee", "left his post
  and flew", "the defection took place").
- other: the governor is another happening's trigger or a verb of saying or knowing.
- sub: the governor is a predicate subordinate to the trigger ("fled after working in Rome since
  2009"): its time is not the trigger's; its place may still be the person's posting.
- loose: no decisive predicate (a headline fragment, a matrix verb that is not a happening).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from crossings.extract.en.classify import REPORTING, when_clause
from crossings.extract.en.scope import _close_in_time, dominates

LIGHT = {"take", "happen", "occur", "come", "be", "follow", "make", "mark"}  # "the defection took place"
PREDICATE_POS = {"VERB", "AUX"}
TRANSPARENT = {"acl", "amod"}  # "a diplomat stationed in London": the participle describes a noun
JOINED = {"xcomp", "conj"}  # "tried to flee", "left his post and fled"
# Verbs whose object is a happening shown, not an act of their own: "footage showing the
# repatriation of two fishermen in 2019" dates the repatriation through the participle.
DEPICTS = {"show", "depict", "capture", "film", "document", "record"}


def speaks(token) -> bool:
    """The token is who says or tells (SB-SPEAKER): the subject of a verb of saying or knowing,
    directly or through a title in apposition ("Ryu, a spokesman, said")."""
    t = token
    while t.dep_ in ("compound", "appos", "flat") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "nsubj" and t.head.lemma_ in REPORTING


def own_chain(trigger) -> set[int]:
    """Token indices that tell the trigger's happening: the trigger, the verbs it completes or is
    joined to without a subject of its own, and the light verb a noun trigger is subject of."""
    out = {trigger.i}
    t = trigger
    for _ in range(4):  # upward: "attempted to defect", "left ... and fled"
        if t.dep_ in JOINED and t.head.i != t.i and not (t.dep_ == "conj" and _own_subject(t)):
            t = t.head
            out.add(t.i)
        else:
            break
    for c in trigger.children:  # downward: "fled to seek asylum", "fled and settled"
        if c.dep_ in JOINED and c.pos_ in PREDICATE_POS and not (c.dep_ == "conj" and _own_subject(c)):
            out.add(c.i)
        if c.dep_ == "agent":  # "executed by firing squad ... last Thursday": the manner, no predicate of its own
            out.update(g.i for g in c.children if g.dep_ == "pcomp")
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") \
            and trigger.head.lemma_ in LIGHT:
        out.add(trigger.head.i)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_ in DEPICTS:
        out.add(trigger.head.i)
    if _when_of(trigger):  # "since November 2029, when a private defected": that date is the defection's
        out.add(trigger.head.i)
    return out


def _when_of(trigger) -> bool:
    """The trigger's clause describes a time ("in 2027, when four fishermen fled by boat"): a
    relative clause opened by "when" on a date."""
    head = trigger.head
    return when_clause(trigger) and head.i != trigger.i and (
        head.ent_type_ == "DATE" or head.like_num or head.lemma_.lower() in TIME_NOUNS)


def described_time(trigger, start: int, end: int) -> bool:
    """The date at [start, end) is the one the trigger's "when" clause describes: the clause hangs
    on it, or (where the parse hangs the clause on a noun before it: "the first crossing ... since
    August last year, when a sergeant walked across") the date ends right where the clause opens."""
    if trigger is None or not when_clause(trigger) or trigger.head.i == trigger.i:
        return False
    if _when_of(trigger) and start <= trigger.head.idx < end:
        return True
    when = next((c for c in trigger.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    return when is not None and end <= when.idx and re.fullmatch(r"\s*,?\s*", trigger.doc.text[end:when.idx]) is not None


def _own_people(trigger, mine: set[int]) -> set[int]:
    """The phrases that name the trigger's people: its subjects, and the noun a relative clause
    on it hangs from ("Ryu, the former ambassador to Kuwait who defected in 2019, told ...")."""
    out: set[int] = set()
    doc = trigger.doc
    for i in mine:
        for c in doc[i].children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                out.update(t.i for t in c.subtree)
    if trigger.dep_ in ("relcl", "acl") and trigger.head.i != trigger.i:
        inside = {t.i for t in trigger.subtree}
        head = trigger.head
        while head.dep_ in ("appos", "compound") and head.head.i != head.i:
            head = head.head  # "Ryu, the former ambassador to Kuwait who ...": Ryu's phrase
        out.update(t.i for t in head.subtree if t.i not in inside)
    return out


def _own_subject(t) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)


def token_at(doc, offset: int):
    return next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)


def governor(token, stop: set[int]):
    """The first predicate above token (token itself excluded): a verb that is not a participle
    describing a noun, or any token in stop (the sentence's triggers)."""
    t = token
    for _ in range(40):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i in stop:
            return t
        if t.pos_ in PREDICATE_POS and t.dep_ not in TRANSPARENT and t.dep_ not in ("aux", "auxpass"):
            return t
    return None


def _same_days(trigger, gov) -> bool:
    """The trigger's clause hangs on gov as "shortly after", "just before": one time for both."""
    t = trigger
    while t.head.i != t.i and t.head.i != gov.i:
        t = t.head
    return t.head.i == gov.i and t.dep_ == "advcl" and _close_in_time(t)


def binding(trigger, offset: int, others: Iterable[Any] = ()) -> str:
    """own / other / sub / loose (see the module docstring) for the argument at a sentence-local
    character offset; others are the tokens of the sentence's other triggers."""
    if trigger is None:
        return "loose"
    arg = token_at(trigger.doc, offset)
    if arg is None:
        return "loose"
    mine = own_chain(trigger)
    if arg.i in mine or arg.i in _own_people(trigger, mine):
        return "own"
    other_ids = {o.i for o in others if o is not None and o.i not in mine}
    gov = governor(arg, mine | other_ids)
    if gov is None:
        return "loose"
    if gov.i in mine:
        return "own"
    if gov.i in other_ids and _same_days(trigger, gov):
        return "loose"  # "in late February, shortly after Paek vanished, the North summoned ..."
    if gov.lemma_ in REPORTING and _tail_of_reported(trigger, arg, gov):
        return "own"
    if gov.i in other_ids or gov.lemma_ in REPORTING:
        return "other"
    if dominates(trigger, gov):
        return "sub"
    return "loose"


def _tail_of_reported(trigger, arg, verb) -> bool:
    """ "Two workers fled their posts last month, the Daily Ledger reported": a time the parse hangs
    on a trailing attribution but that closes the reported clause (after the trigger, before the
    comma that opens the attribution) dates the happening; a report's own time follows its verb
    ("..., officials said on Monday") or opens the sentence."""
    if not trigger.i < arg.i < verb.i or not any(t.i == trigger.i for t in verb.subtree):
        return False
    between = trigger.doc[arg.i + 1:verb.i]
    return any(t.text == "," for t in between) and any(t.dep_ in ("nsubj", "nsubjpass") for t in between)


GOAL_PREPS = {"to", "into", "toward", "towards"}
REFUGE = {"asylum", "refuge", "sanctuary", "protection", "residence"}


def is_goal(trigger, offset: int) -> bool:
    """The place is where the trigger's people went, not where they left: the object of a "to"
    or "into" on the trigger's own verb ("defected to the United States"), or where they sought
    refuge ("asylum in Canada"). A "to" on a noun is a posting ("ambassador to Egypt")."""
    if trigger is None:
        return False
    arg = token_at(trigger.doc, offset)
    if arg is None:
        return False
    while arg.dep_ in ("compound", "amod", "det") and arg.head.i != arg.i:
        arg = arg.head
    if arg.dep_ != "pobj":
        return False
    prep = arg.head
    if prep.lower_ in GOAL_PREPS:
        return prep.head.i in own_chain(trigger)
    if prep.lower_ not in ("in", "from"):
        return False
    head = prep.head  # "asylum in Canada", "sought asylum in Canada"
    return head.lemma_ in REFUGE or any(c.dep_ == "dobj" and c.lemma_ in REFUGE for c in head.children)


ANCHOR_PREPS = {"since", "until", "till", "through", "throughout"}
TIME_NOUNS = {"year", "month", "week", "day", "night", "morning", "evening", "afternoon", "weekend",
              "spring", "summer", "autumn", "fall", "winter", "period", "time", "date", "decade",
              "hour", "season", "quarter", "half", "beginning", "end", "start", "middle"}


def anchors(trigger, start: int, end: int) -> bool:
    """A date that frames another time point rather than dating the happening (DT-ANCHOR): the
    object of "since"/"until" ("the first crossing since 2009", "open since 1976"), or a modifier
    of another noun ("the 1950-53 war", "a 2014 UN report", "the 1990s famine")."""
    if trigger is None:
        return False
    span = [t for t in trigger.doc if start <= t.idx < end]
    inside = {t.i for t in span}
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return False
    root = roots[0]
    if root.lower_ in ANCHOR_PREPS:
        return True  # the match holds its preposition: "since 2009"
    mine = own_chain(trigger)
    if root.i in mine:
        return False  # "since 2009, when he fled": the time the trigger's own clause describes
    head = root.head
    if head.i == root.i or head.i in mine:
        return False
    t = root  # "since the outbreak at the end of 2019": inside a since-phrase, however deep
    while t.dep_ in ("pobj", "prep", "pcomp") and t.head.i != t.i and t.head.i not in mine:
        t = t.head
        if t.dep_ == "prep" and t.lower_ in ANCHOR_PREPS:
            return True
    return root.dep_ in ("compound", "amod", "nummod", "nmod", "poss") and head.pos_ in ("NOUN", "PROPN") \
        and head.lemma_.lower() not in TIME_NOUNS and head.ent_type_ not in ("DATE", "TIME")
