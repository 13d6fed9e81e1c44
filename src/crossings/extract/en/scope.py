"""Which part of its sentence a trigger's fields may come from.

One sentence often tells two people's stories: "Kang defected last March, according to Pak, who
was ambassador to Spain before settling in the South in 2014", or "Kang fled weeks after Ri, the
consul in Austria, vanished". Spain and 2014 are Pak's; Austria is Ri's. A trigger's *home* is
the clause it sits in; a clause inside the sentence that tells of somebody else (a relative
clause on another person, an adverbial clause with a subject of its own) is *foreign* to it.
Places, destinations and dates are taken from the home, never from a foreign clause.

    allowed(reading) -> Scope, with scope.admits(sentence_local_offset) -> bool
"""
from __future__ import annotations

from dataclasses import dataclass

from crossings.extract.en.classify import POINTERS, is_person  # "after", "since": a point of comparison
from crossings.extract.en.state import Reading

CLAUSES = {"relcl", "advcl"}
SUBORDINATORS = POINTERS | {"when", "while", "because", "although", "though", "until", "till", "once"}
CLOSE = {"shortly", "soon", "just", "immediately", "right", "hours", "days", "moments"}
PRONOUNS = {"he", "she", "they", "it", "who", "which", "that", "him", "her", "them", "i", "we"}


@dataclass(frozen=True)
class Scope:
    home: tuple[int, int] | None  # sentence-local [start, end), or None for the whole sentence
    clause: bool = False  # the home is a verb's clause (not a noun phrase "the defection of Jo")
    foreign: tuple[tuple[int, int], ...] = ()
    extra: tuple[tuple[int, int], ...] = ()  # outside home but still its own (a relative's antecedent)

    def admits(self, offset: int) -> bool:
        if any(a <= offset < b for a, b in self.foreign):
            return False
        if self.home is None or self.home[0] <= offset < self.home[1]:
            return True
        return any(a <= offset < b for a, b in self.extra)


def allowed(r: Reading) -> Scope:
    token = r.token
    if token is None:
        return Scope(None)
    clause = _own_clause(token)
    home, extra = None, ()
    if clause is not None:
        home = _chars(clause.subtree)
        if clause.dep_ == "relcl":  # "Pak, who fled in 2014": Pak is the relative clause's person
            head = clause.head
            before = [t for t in head.subtree if t.i < clause.left_edge.i]
            extra = (_chars(before),) if before else ()
    own = _subject_tokens(r)
    foreign = tuple(_chars(x.subtree) for x in token.doc
                    if _clause_head(x) and not dominates(x, token) and _about_someone_else(x, own))
    return Scope(home, clause is not None and clause.dep_ in CLAUSES, foreign, extra)


def _own_clause(token):
    """The nearest clause above the trigger that tells of someone in particular: a relative
    clause ("Pak, who fled in 2014", also through "before settling ..."), an adverbial clause
    with a subject of its own ("weeks after Ri vanished"), a point of comparison naming a person
    ("after the defection of Jo"). None: the trigger's home is the whole sentence."""
    t, direct = token, True  # direct: t is still the trigger's own verb (or one it is joined to)
    for _ in range(8):
        if t.dep_ == "relcl":
            if t.head.dep_ not in ("nsubj", "nsubjpass") and _on_someone(t):
                return t
            # "fishermen whose boat crossed the line have asked to stay", "in London until
            # August 2016, when he defected": the clause around it is theirs too
        elif t.dep_ == "advcl":
            if _close_in_time(t):
                return None  # "in late February, shortly after Kang vanished, ...": the same days
            if direct and _own_subject(t) and _subordinated(t):
                return t  # (not "after guards found them fleeing": they are not the guards)
        elif t.dep_ == "pobj" and t.head.lower_ in POINTERS and _names_person(t):
            return t
        if t.head.i == t.i:
            return None
        direct = direct and t.dep_ in ("conj", "xcomp", "advcl")
        t = t.head
    return None


def _on_someone(relative) -> bool:
    """A relative clause on a person or a group, not on a time or a place ("when", "where")."""
    head = relative.head
    return head.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") and not any(
        c.lower_ in ("when", "where") for c in relative.children)


def _subordinated(clause) -> bool:
    """ "after Ri vanished", "when Ri fled": a clause a conjunction subordinates (a bare advcl
    is as often a parser's guess)."""
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in clause.children)


def _own_subject(clause) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in PRONOUNS for c in clause.children)


def _names_person(t, own: frozenset[int] | set[int] = frozenset()) -> bool:
    return any(x.ent_type_ == "PERSON" and x.i not in own for x in t.subtree)


def _close_in_time(clause) -> bool:
    near = [c for c in clause.children if c.dep_ in ("advmod", "npadvmod", "mark")]
    near += [g for c in near for g in c.children]
    return any(t.lower_ in CLOSE for t in near)


def _clause_head(x) -> bool:
    return x.dep_ in CLAUSES or (x.dep_ in ("pcomp", "pobj") and x.head.lower_ in POINTERS and x.head.dep_ == "prep")


def dominates(x, token) -> bool:
    """x is token or one of its ancestors: the trigger's own clause, and those around it, are
    never foreign to it. (spaCy makes a new Token per access: compare indices, not objects.)"""
    return x.i == token.i or any(a.i == x.i for a in token.ancestors)


def _about_someone_else(x, own: set[int]) -> bool:
    """A relative clause on somebody other than the trigger's subject; a clause with a subject of
    its own that is not the trigger's ("weeks after Ri vanished", "the same time that Thae
    defected"); a point of comparison that names a person ("after the defection of Jo")."""
    if x.dep_ == "relcl" and x.head.i not in own and is_person(x.head):
        return True
    if x.dep_ == "pobj":
        return _names_person(x, own)
    subjects = [t for t in x.children if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in PRONOUNS]
    return any(t.i not in own for t in subjects)


def _subject_tokens(r: Reading) -> set[int]:
    span = r.subject
    return set() if span is None else {t.i for t in span}


def _chars(tokens) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])
