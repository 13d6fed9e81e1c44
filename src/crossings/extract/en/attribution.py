"""Component: on whose word a happening is told: status (confirmed / reported / unconfirmed /
denied) from attribution and hedging, and the sources credited."""
from __future__ import annotations

import re

from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import Reading, State
from crossings.codebook import STATUS_RANK

# "According to government officials": officials nobody names are unnamed sources (codebook:
# reported), unlike "according to the unification ministry", an institution on record.
UNNAMED = re.compile(r"\bofficials?\b", re.I)


class Attribution:
    """Status (confirmed / reported / unconfirmed / denied) and the sources credited."""

    name = "attribution"

    def __call__(self, state: State) -> State:
        for r in state.readings:
            attribute(r, r.hit.sentence, state, default=True)
        _official_answers(state)
        return state


# A sentence that points back at the happening before it ("... whether he reached Seoul").
POINTS_BACK = re.compile(r"\b(?:he|she|they|him|her|them|his|their|it|this|the (?:report|reports|case|"
                         r"defection|matter|news|claims?|workers|men|women|diplomat|official|family)|"
                         r"defect\w*|fled|escape\w*)\b", re.I)
STANCES = ("confirmed", "unconfirmed", "denied")


ANSWER_REACH = 3  # sentences after the last trigger sentence an official's answer may come


def _official_answers(state: State) -> None:
    """ "The spy agency refused to clarify whether he came to Seoul": a sentence without a
    trigger of its own in which an official takes a stance on a happening gives that status
    and that source to the happenings of the nearest trigger sentence before it (at most
    ANSWER_REACH sentences back), whatever the sentence opens with."""
    lex = lexicon()
    official = {n for n, _ in lex.official}
    by_sentence: dict[int, list[Reading]] = {}
    for r in state.readings:
        by_sentence.setdefault(r.hit.sentence.index, []).append(r)
    for sent in state.sentences:
        before = [i for i in by_sentence if sent.index - ANSWER_REACH <= i < sent.index]
        if sent.index in by_sentence or not before:
            continue
        sources = _sources(sent.text, lex)
        if not any(n in official for n, _ in sources):
            continue
        status, (_, cue_end) = stance(sent.text, lex, sources)
        bare = re.match(r"\W*$", sent.text[cue_end:])  # "There is no information we can confirm."
        if status in STANCES and (bare or POINTS_BACK.search(sent.text)):
            for r in by_sentence[max(before)]:
                attribute(r, sent, state, default=False)


def attribute(r: Reading, sent, state: State, default: bool) -> None:
    """Read status and sources off one sentence into r (a later, stronger status wins in merge)."""
    lex = lexicon()
    text = sent.text
    sources = _sources(text, lex)
    for name, (start, end) in sources:
        if name not in r.mention.sources:
            r.mention.sources.append(name)
            r.cite("sources", sent.start + start, sent.start + end, state.text)
    status, span = _status(text, lex, sources)
    if status == "denied" and r.hit.type in OTHERS_ACTS and _seoul_denies(text, span[0], sources):
        status, span = None, (0, 0)  # ST-KEYWORD: Seoul denies its own part, not another state's act
    if status is None and default:
        status, span = "reported", (r.hit.start - sent.start, r.hit.end - sent.start)
    if status is not None:
        if STATUS_RANK.get(status, 0) >= STATUS_RANK.get(r.mention.status or "", 0):
            r.mention.status = status
            r.cite("status", sent.start + span[0], sent.start + span[1], state.text)


# Acts of another state (a host that catches or sends people back): South Korea is no actor in
# them, so a denial by a South Korean body answers a claim about its own conduct ("failed to
# help them") and says nothing against the happening.
OTHERS_ACTS = {"repatriation", "attempted_defection"}
SEOUL_BODIES = {"NIS", "unification ministry", "foreign ministry", "defense ministry", "JCS",
                "South Korean military", "South Korean government"}


def _seoul_denies(text: str, cue: int, sources) -> bool:
    before = [(n, (a, b)) for n, (a, b) in sources if b <= cue]
    if not before:
        return False
    name, (a, b) = max(before, key=lambda x: x[1][1])
    if name not in SEOUL_BODIES:
        return False
    if name == "foreign ministry":  # the Lao or Chinese foreign ministry denies for its state
        return bool(re.search(r"\b(?:Seoul|South Korea)", text[max(0, a - 20):b + 15]))
    return True


def _sources(text: str, lex) -> list[tuple[str, tuple[int, int]]]:
    """The bodies credited in the sentence; a body that acts in it ("caught by Chinese police",
    "detained by the coast guard") is the agent of the happening, not who tells of it."""
    out = []
    for name, pattern in (*lex.official, *lex.media):
        m = next((m for m in pattern.finditer(text) if not ACTING.search(text, 0, m.start())), None)
        if m:
            out.append((name, (m.start(), m.end())))
    return out


ACTING = re.compile(r"\bby (?:the )?(?:[A-Z][\w'’-]+ ){0,2}$")


SPEECH = re.compile(r"\b(?:said|says|told|announced|stated)\b")


def _speaks(text: str, span: tuple[int, int]) -> bool:
    """Is the official the one speaking ("the ministry said", "said the ministry"), not someone
    named inside another speaker's words ("He said the spy agency's institute ...")?"""
    start, end = span
    after = text[end:end + 60]
    between = SPEECH.search(after)
    if between and not re.search(r"[\"“”]", after[:between.start()]):
        return True
    return bool(POSTPOSED.search(text[max(0, start - 40):start]))


# "…, said the ministry", "“…,” said the spy agency": a speaker after its verb follows the words
# it speaks; in "the source said, adding, “Border police …" or "a pastor said Seoul's ministry
# ignored them" the official is inside another speaker's words.
POSTPOSED = re.compile(r"(?:^|[,\"“”’]\s*)(?:said|says|told|announced|stated),?\s+(?:[^\s\"“”]+\s+){0,2}$")


def _confirms_it(text: str, lex):
    """The first confirming word whose complement is the happening, not "confirmed that three
    people were aboard" or "confirmed the number of crew" (ST-KEYWORD)."""
    other = [(o.start(), o.end()) for o in lex.cues["confirmed_other"].finditer(text)]
    return next((m for m in lex.cues["confirmed"].finditer(text)
                 if not any(a <= m.start() < b for a, b in other)), None)


def stance(text: str, lex, sources) -> tuple[str | None, tuple[int, int]]:
    """The status an official's sentence without a trigger of its own gives a happening told
    elsewhere: only a stance taken in words (confirmed, declined to confirm, denied); an official
    who merely speaks ("the spokesman said he had no details of the case") confirms nothing."""
    status, span = _status(text, lex, sources)
    if status == "confirmed" and _confirms_it(text, lex) is None:
        return None, (0, 0)
    return status, span


def _status(text: str, lex, sources) -> tuple[str | None, tuple[int, int]]:
    for status in ("denied", "unconfirmed"):
        m = lex.cues[status].search(text)
        if m:
            return status, (m.start(), m.end())
    official = {n for n, _ in lex.official}
    has_official = any(n in official for n, _ in sources)
    has_media = any(n not in official for n, _ in sources) or re.search(r"\baccording to (?:a |the )?(?:report|media|local media)", text, re.I)
    m = _confirms_it(text, lex)
    if m and has_official:  # an official on record, even when an outlet relays it
        return "confirmed", (m.start(), m.end())
    speaking = [(n, s) for n, s in sources if n in official and _speaks(text, s)]
    if speaking and not has_media:
        return "confirmed", speaking[0][1]
    for name, (start, end) in sources:  # "according to Seoul's unification ministry"
        if name in official and re.search(r"\baccording to\s+(?:\S+\s+){0,3}$", text[max(0, start - 40):start], re.I) \
                and not UNNAMED.search(text[start:end]):
            return "confirmed", (start, end)
    m = lex.cues["reported"].search(text)
    if m:
        return "reported", (m.start(), m.end())
    return None, (0, 0)
