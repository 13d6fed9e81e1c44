"""English extraction: a chain of components over one clean Document.

    segment -> trigger filter (regex; the parser only sees trigger sentences) -> prescreen (drops
    sentences classify would reject on their words alone) -> parse (batched across documents) ->
    classify (type; negation, prediction, generic, aggregate, out-of-domain) -> subjects ->
    places -> dates -> attribution (status, sources) -> chains -> relations -> merge

Each component is a small callable on the shared `State`; `CHAIN` may be rebuilt with any
link replaced (for instance by a learned classifier) without touching the others.
"""
from __future__ import annotations

import re

from crossings.document import Document
from crossings.events import Evidence, Mention, When
from crossings.extract.en.chains import ABOUT_IT, Chains
from crossings.extract.en.classify import Classify
from crossings.extract.en.parse import Parse, parse_together
from crossings.extract.en.prescreen import Prescreen
from crossings.extract.en.prior import PriorMentions
from crossings.extract.en.relations import Relations
from crossings.extract.en.attribution import Attribution
from crossings.extract.en.dates import Dates
from crossings.extract.en.fields import Places
from crossings.extract.en.state import State
from crossings.extract.en.subjects import NOT_SUBJECTS, Subjects
from crossings.extract.en.triggers import Segment, TriggerFilter, in_domain
from crossings.extract.measures import set_measures
from crossings.extract.article import relate_happenings
from crossings.extract.merge import Candidate, merge_candidates
from crossings.extract.gate import filter_mentions
from crossings.extract.pipeline import run_chain


class Merge:
    """Readings -> one Mention per happening (crossings.extract.merge, shared with Korean)."""

    name = "merge"

    def __call__(self, state: State) -> State:
        candidates = [
            Candidate(r.mention, order=r.hit.start, strong=r.strong, anaphoric=r.anaphoric,
                      distinct=_another(r) or (r.distinct and (_identified(r) or _someone(r))),
                      region_countries=r.region_countries)
            for r in state.readings
        ]
        state.mentions = relate_happenings(merge_candidates(candidates))  # the shared document stage
        _mark_background(state)
        _date_from_publication(state)
        _official_statements(state)
        _complete_names(state)
        return state


def _complete_names(state: State) -> None:
    """ "Thae said ..." in a story that names "Thae Yong Ho" once: the subject takes the full name
    the document gives (the short one stays as an alias)."""
    for m in state.mentions:
        for s in m.subjects:
            if not s.name or " " in s.name.strip():
                continue
            pattern = re.compile(rf"\b{re.escape(s.name)}(?:[ -][A-Z][a-z]+(?:-[a-z]+)?){{1,2}}\b")
            found = [f for f in pattern.finditer(state.text) if f.group().lower().replace("-", " ")
                     not in NOT_SUBJECTS and not set(f.group().split()[1:]) & NOT_NAME_WORDS]
            distinct = {re.sub(r"[ -]", "", f.group()).lower() for f in found}
            if len(distinct) != 1:  # none, or two people share the surname: leave it short
                continue
            full = max(found, key=lambda x: len(x.group()))
            s.aliases = list(dict.fromkeys([*s.aliases, s.name]))
            s.name = full.group()
            m.evidence.append(Evidence("subjects", full.start(), full.end(), full.group()))


def _official_statements(state: State) -> None:
    """ "The unification ministry confirmed on Wednesday that Thae was in Seoul": an official
    statement with no trigger of its own settles the status of the happening it names (or of
    the article's main happening)."""
    from crossings.extract.en.attribution import _sources, stance
    from crossings.extract.en.lexicon import lexicon
    from crossings.codebook import STATUS_RANK
    from crossings.extract.merge import names_of
    if not state.mentions:
        return
    lex = lexicon()
    official = {n for n, _ in lex.official}
    with_hits = {r.hit.sentence.index for r in state.readings}
    main = max(state.mentions, key=lambda m: len(m.evidence))
    for sent in state.sentences:
        if sent.index in with_hits or not any(p.search(sent.text) for _, p in lex.official):
            continue
        sources = _sources(sent.text, lex)
        status, span = stance(sent.text, lex, sources)
        if status not in ("confirmed", "unconfirmed", "denied") or not any(n in official for n, _ in sources):
            continue
        named = [m for m in state.mentions if any(n.split()[0] in sent.text for n in names_of(m))]
        if not named and not ABOUT_IT.search(sent.text):
            continue  # "the ministry announced a new visa policy": not about this happening
        target = named[0] if named else main
        if STATUS_RANK[status] > STATUS_RANK.get(target.status or "", 0):
            target.status = status
            target.evidence.append(Evidence("status", sent.start + span[0], sent.start + span[1],
                                            state.text[sent.start + span[0]:sent.start + span[1]]))


def _current(r) -> bool:
    """A trigger told as news: present perfect or present ("has defected", "closes"), or "recently"."""
    t = r.token
    perfect = t.tag_ == "VBN" and any(c.lower_ in ("has", "have") and c.tag_ in ("VBZ", "VBP")  # not "to have fled"
                                      for c in t.children if c.dep_ == "aux")
    return perfect or t.tag_ in ("VBZ", "VBP") or "recently" in r.hit.sentence.text.lower()


def _date_from_publication(state: State) -> None:
    """A happening the article tells as news (or in its lede) and dates nowhere happened in the
    year it was published (never from a capture date: that is only an upper bound)."""
    published = state.document.published.value
    if not published or state.anchor_is_capture:
        return
    current = {(r.hit.start, r.hit.end) for r in state.readings
               if r.strong and (_current(r) or r.hit.sentence.index <= 2)  # news, or the lede
               and not _in_a_past_decade(r.hit.sentence.text, published)}
    for m in state.mentions:
        if m.date.value or m.background:
            continue
        spans = [e for e in m.evidence if e.field == "type" and (e.start, e.end) in current]
        if spans:
            m.date = When(published[:4], "year", "anchor:published-year")
            m.evidence.append(Evidence("date", spans[0].start, spans[0].end, spans[0].quote))


DECADE = re.compile(r"\b(?:19|20)(\d)0s\b|\b(?:19|20)(\d)0['’]s\b")


def _in_a_past_decade(sentence: str, published: str) -> bool:
    """ "diplomats in the Congo in the mid- and late 1990s defected": a decade that ended before
    the report dates the happening to no year, and never to the report's own."""
    for m in DECADE.finditer(sentence):
        start = int(m.group(0)[:4])
        if start + 10 <= int(published[:4]):
            return True
    return False


def _another(r) -> bool:
    """ "another trade representative, Kim ...": a named new happening, not the unnamed one told
    before (an unnamed "another diplomat" may still be the headline's)."""
    return any(s.name and re.match(r"(?:another|a second|a third|other)\b", s.descriptor or "", re.I)
               for s in r.mention.subjects if s.role != "family_member")


def _someone(r) -> bool:
    """ "two months after a former envoy to Italy entered": a pointed-back happening with a
    subject of its own (not "after the defection", not "after he fled") is somebody else's."""
    span = r.subject
    return span is not None and span.root.tag_ not in ("PRP", "WP", "WDT") and \
        span.root.lower_ not in ("who", "that", "which") and (
            any(s.role for s in r.mention.subjects) or _a_person_word(span))


def _a_person_word(span) -> bool:
    """ "a shipping agent posted in Haiphong": people the role lexicon has no post for are still
    somebody (a person word, or people a nationality qualifies)."""
    from crossings.extract.en.classify import names_people
    from crossings.extract.en.lexicon import lexicon as words
    return names_people(span.root) or bool(words().cues["people_by_trade"].fullmatch(span.root.text))


def _identified(r) -> bool:
    """A pointed-back happening stands apart only when it says whose it was (a name, a group)."""
    return any(s.name or (s.count or 0) > 1 for s in r.mention.subjects if s.role != "family_member")


def _mark_background(state: State) -> None:
    """A happening dated before the year of the anchor and not the article's main one is a
    mention in passing."""
    if not state.mentions:
        return
    main = max(state.mentions, key=lambda m: len(m.evidence))
    year = (state.anchor or "")[:4]
    for m in state.mentions:
        m.background = m is not main and bool(year and m.date.value and m.date.value[:4] < year)


NOT_NAME_WORDS = {"Said", "Says", "Told", "The", "And", "Was", "Is", "Has", "Had", "Who", "In", "On"}


CHAIN = (Segment(), TriggerFilter(), Prescreen(), Parse(), Classify(), Subjects(), Places(), Dates(),
         Attribution(), Chains(), Relations(), Merge(), PriorMentions())


def extract_english(doc: Document) -> list[Mention]:
    return extract_english_many([doc])[0]


def extract_english_many(docs: list[Document], chain=CHAIN) -> list[list[Mention]]:
    """Each document's mentions, the links before the parse run per document, the parse once
    for all of them (the same sentences give the same parses, so the output is the same).
    A document out of the domain has none (the trigger filter would record no hit in it), so
    a chain with that filter skips it: most pages of a stream are about other things."""
    gated = any(isinstance(link, TriggerFilter) for link in chain)
    read = [doc for doc in docs if not gated or in_domain(doc.text)]
    cut = next(i for i, link in enumerate(chain) if isinstance(link, Parse))
    states = [run_chain(chain[:cut], State(document=doc)) for doc in read]
    parse_together(states)
    found = {id(state.document): set_measures(filter_mentions(run_chain(chain[cut + 1:], state).mentions,
                                                              state.document), "en")
             for state in states}
    return [found.get(id(doc), []) for doc in docs]


__all__ = ["CHAIN", "State", "extract_english", "extract_english_many"]
