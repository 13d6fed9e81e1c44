"""Component: in-document chains. A sentence that follows a trigger sentence and continues its
story ("They are Kim (43) and ...", "The ministry declined to confirm it") hands its names,
status and sources to that happening; a happening whose sentence names no place takes the
place its paragraph has just named ("... in Vladivostok. In October the manager tried to flee")."""
from __future__ import annotations

import re

from crossings.events import Subject
from crossings.extract.en.attribution import attribute
from crossings.extract.en.bind import speaks, token_at
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import Reading, State
from crossings.extract.en.subjects import NOT_SUBJECTS, ROMANISED_NAMES, _a_person, _clean_name

CONTINUES = re.compile(r"^(?:He|She|They|His|Her|Their|The (?:\w+ ){0,2}(?:diplomat|official|couple|family|"
                       r"man|woman|workers?|defectors?|soldier|envoy|ambassador|group|ministry|government|"
                       r"agency|officials?|source)|It|This|That|Both|Neither)\b")
# A following sentence speaks of the happening when it names its people or the report of it
# ("The ministry declined to confirm the report"), not "The ministry announced a new visa policy".
ABOUT_IT = re.compile(r"\b(?:he|she|they|him|them|his|their|the (?:report|reports|case|incident|news|matter|"
                      r"diplomat|official|defector|defectors|workers?|soldier|family|group|couple|men|women|"
                      r"closure|embassy|mission)|defect\w*|fled|flee\w*|escape\w*|asylum|missing|repatriat\w*|"
                      r"in Seoul|in South Korea|it|this|that)\b", re.I)
# A sentence that names the people of the one before ("They are Kim (43) and ...").
IDENTIFIES = re.compile(r"^(?:They|He|She|The \w+(?: \w+)?)(?:,[^,]{3,40},(?:\s\d{1,2},)?)?\s+(?:are|is|was|were|has been|have been)\b"
                        r"|\b(?:identified as|named as|was named|were named|is named|(?:named|identified) (?:him|her|them) as)\b"
                        # "The man, Ju Song-chol, 41, had cut larch ...": a name apposed to the description
                        r"|^The [\w-]+(?: [\w-]+)?, (?=[A-Z][a-z]{0,4}[ -][A-Z][a-z]+)")
# Types whose origin is a posting a later sentence of the paragraph may share.
POSTED = {"defection", "attempted_defection", "disappearance", "recall"}
AGE_AFTER = re.compile(r"^\s*\((\d{1,2})\)|^,?\s*(\d{1,2}),")


class Chains:
    name = "chains"

    def __call__(self, state: State) -> State:
        with_hits = {r.hit.sentence.index for r in state.readings}
        for r in state.readings:
            _named_before(r, state)
            nxt = r.hit.sentence.index + 1
            if nxt >= len(state.sentences) or nxt in with_hits:
                continue
            sent = state.sentences[nxt]
            if not CONTINUES.match(sent.text):
                continue
            if ABOUT_IT.search(sent.text) or any(s.name and s.name.split()[0] in sent.text for s in r.mention.subjects):
                attribute(r, sent, state, default=False)
            if nxt in state.parsed and IDENTIFIES.search(sent.text):
                _names_from(r, state, nxt)
        _inherit_places(state)
        return state


def _names_from(r: Reading, state: State, index: int) -> None:
    """Give an unnamed happening the people the next sentence names (with their ages)."""
    if any(s.name for s in r.mention.subjects):
        return
    sent = state.sentences[index]
    people = [e for e in state.parsed[index].ents if e.label_ == "PERSON" and e.text.lower() not in NOT_SUBJECTS
              and not speaks(e.root)  # "He was tired of it, Ryu said": Ryu tells, he is not named
              and not _measured_by(e.root)  # "She is the first envoy to defect since Thae": not her name
              and _a_person(e.text)]  # not "Bandar Seri Begawan", tagged as a person
    if not people or len(people) > 4:
        return
    family = [s for s in r.mention.subjects if s.role == "family_member"]
    principal = next((s for s in r.mention.subjects if s.role != "family_member"), None)
    for i, ent in enumerate(people):
        age = _age_after(sent.text[ent.end_char:ent.end_char + 8])
        role = "family_member" if family or (principal and principal.role == "family_member") else (principal.role if principal else None)
        subject = Subject(name=_clean_name(ent.text), role=role, count=1, age=age,
                          minor=(age < 18) if age is not None else None)
        if i == 0 and principal is not None and principal.name is None:
            principal.name, principal.age, principal.minor = subject.name, age, subject.minor
        else:
            r.mention.subjects.append(subject)
        r.cite("subjects", sent.start + ent.start_char, sent.start + ent.end_char, state.text)
    for s in family:  # the named relatives replace the unnamed placeholder
        if s.name is None and len(people) > 1:
            r.mention.subjects.remove(s)


# Words whose object is someone the sentence compares its own people with.
MEASURED_BY = {"since", "after", "before", "like", "unlike", "than", "following"}


def _measured_by(token) -> bool:
    """ "the first envoy to defect since Thae Yong-ho", "the most senior after Hwang": a person
    the sentence measures its own by is someone else."""
    t = token
    while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in MEASURED_BY


# SB-NAME: a definite description of one person opening a sentence ("The counsellor, who surfaced in
# Seoul ...") points back to the person the sentence before named
DEFINITE = re.compile(r"^The (?:[\w-]+ ){0,2}(?:diplomat|official|envoy|ambassador|counsell?or|secretary|attach[eé]|"
                      r"consul|minister|soldier|sergeant|private|corporal|officer|lieutenant|captain|worker|"
                      r"labou?rer|engineer|student|fisherman|sailor|seaman|coach|athlete|manager|chef|"
                      r"defector|man|woman)\b")


def _named_before(r: Reading, state: State) -> None:
    """An unnamed principal given as "the counsellor" takes the one Korean name (not a speaker's)
    the previous sentence gives as someone's subject: "When Min Kyong-chol loaded two suitcases
    into a car ... The counsellor, who surfaced in Seoul ..." is Min's."""
    index = r.hit.sentence.index
    principal = next((s for s in r.mention.subjects if s.role != "family_member"), None)
    span = r.subject
    if principal is None or principal.name or principal.count not in (None, 1) or span is None \
            or index - 1 not in state.parsed or not DEFINITE.match(state.sentences[index].text) \
            or span.start_char != 0 or any(t.like_num for t in span):
        return
    sent, parsed = state.sentences[index - 1], state.parsed[index - 1]
    people = {}
    for m in ROMANISED_NAMES.finditer(sent.text):
        before = re.search(r"(\w+)\s+$", sent.text[:m.start()])
        if m.group(2) not in lexicon().surnames or m.group(1).lower() in NOT_SUBJECTS \
                or (before and before.group(1) in lexicon().surnames):  # "Jong Un" of "Kim Jong Un"
            continue
        head = token_at(parsed, m.start())
        while head is not None and head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i \
                and head.head.idx < m.end(1):
            head = head.head  # "Min Kyong-chol": the name's last part is the word the clause reads
        subject = head
        while subject is not None and subject.dep_ == "conj" and subject.head.i != subject.i:
            subject = subject.head  # "Ko and Sin left": two subjects, no one description's
        if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") and not speaks(subject):
            people[m.group(1)] = m
    if len(people) != 1:
        return
    (name, m), = people.items()
    principal.name = name
    r.cite("subjects", sent.start + m.start(1), sent.start + m.end(1), state.text)


def _age_after(text: str) -> int | None:
    m = AGE_AFTER.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def _inherit_places(state: State) -> None:
    last: dict[int, Reading] = {}
    for r in sorted(state.readings, key=lambda r: r.hit.start):
        para = r.hit.sentence.paragraph
        if not r.mention.origin.is_empty():
            if r.hit.type in POSTED and r.mention.origin.country != "KR":
                last[para] = r
            continue
        source = last.get(para)
        if source is None or not r.strong or r.hit.type == "mission_closure":
            continue
        if r.hit.type == "punishment" or any(s.name for s in r.mention.subjects):
            continue
        r.mention.origin = source.mention.origin
        r.region_countries.update(source.region_countries)
        for e in source.mention.evidence:
            if e.field == "origin":
                r.mention.evidence.append(e)
