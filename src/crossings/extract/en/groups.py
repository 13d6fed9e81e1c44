"""How many people a subject is: numbers in its phrase, the people on a boat, the size of a
family told before, a relative with a post of their own as a second principal."""
from __future__ import annotations

import re

from crossings.events import Subject
from crossings.extract import places
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.roles import PRINCIPAL_ROLES, role_of
from crossings.extract.en.state import Reading, State

PLURALS = ("NNS", "NNPS")
GROUPS = {"family", "couple", "pair", "group", "crew", "team", "delegation", "party", "band", "number", "dozen",
          "staff", "personnel", "workforce", "people"}


def count_of(span) -> int | None:
    """How many the subject names: "13 workers", "three waitresses", "12 women and a manager"."""
    first = _count_one(span)
    extra = [c for c in span.root.children if c.dep_ == "conj" and not _another_party(c)]
    if first and extra:
        more = [_count_one(c.doc[c.left_edge.i:c.i + 1]) for c in extra]
        if all(more):
            return first + sum(more)
    return first


def approximate(span) -> bool:
    """The subject's count is a rounder's figure: a hedge of the lexicon ("some 10 villagers",
    "more than 200 North Koreans", "about a dozen") stands before the numeral it is counted from,
    or anywhere in the phrase when the count comes from its head ("a group of about 20")."""
    hedges = lexicon().cues["approximate_count"]
    for t in span:
        if _skipped(t):
            continue
        if (t.dep_ == "nummod" or t.like_num) and numeral(t):
            return bool(hedges.search(span.doc[span.start:t.i + 1].text))
    return bool(hedges.search(span.text))


# Who goes along with the people a happening is about without being of them: "nine North Koreans
# and two South Koreans were detained", "29 defectors and five of their helpers".
HELPERS = {"helper", "broker", "guide", "missionary", "activist", "smuggler", "pastor", "trafficker"}


def _another_party(conjunct) -> bool:
    """A conjunct of another nationality or a helper is not counted with the subject's people."""
    words = list(conjunct.subtree)
    if any(t.lemma_.lower() in HELPERS for t in words):
        return True
    text = conjunct.doc[words[0].i:words[-1].i + 1].text
    return any(m.kind == "demonym" and m.country and m.country != "KP" for m in places.find_places(text, "en"))


def _skipped(t) -> bool:
    """A number that counts no people: a date, a sum, an age ("a 25-year-old")."""
    return t.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY") or t.nbor(1 if t.i + 1 < len(t.doc) else 0).text.startswith("-year")


def _count_one(span) -> int | None:
    for t in span:
        if _skipped(t):
            continue
        if t.dep_ == "nummod" or t.like_num:
            value = numeral(t)
            if value:
                return value
    if span.root.lower_ in GROUPS:  # "a family of nine", "a group of 13"
        for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj" and o.like_num):
                return numeral(obj)
        return PAIRS.get(span.root.lower_)  # "a couple", "the pair": two; "a group": unknown
    if span.root.tag_ in PLURALS:
        return None
    return 1 if span.root.pos_ in ("NOUN", "PROPN") else None


PAIRS = {"couple": 2, "pair": 2}


def numeral(token) -> int | None:
    """The number a numeral token is part of: the parser splits "Thirty-one", "twenty five" and
    "four hundred seventy" into several tokens, and any of them gives the whole number; "1,200" is
    1200."""
    if _cardinal(token.lower_) is None and token.lower_ not in SCALES:
        return _value(token)
    doc = token.doc
    lo = hi = token.i
    while lo > 0 and _in_number(doc, lo - 1):
        lo -= 1
    while hi + 1 < len(doc) and _in_number(doc, hi + 1):
        hi += 1
    words = [w for t in doc[lo:hi + 1] for w in t.lower_.split("-") if w and w != "and"]
    if len(words) == 1:
        return _value(token)
    total = current = 0
    for w in words:
        if w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            current += _cardinal(w) or 0
    return (total + current) or _value(token)


SCALES = {"hundred": 100, "thousand": 1000}
NOT_CARDINAL = {"a", "an", "lone", "single", "couple", "pair", "both", "dozen"}


def _cardinal(word: str) -> int | None:
    """ "seventy" -> 70; words that count without being numerals ("a", "pair") are not."""
    if word in NOT_CARDINAL:
        return None
    if "-" in word:
        parts = [_cardinal(w) for w in word.split("-")]
        return sum(parts) if parts and all(parts) else None
    return lexicon().numbers.get(word)


def _in_number(doc, i: int) -> bool:
    """Token i continues a spelled-out number: a cardinal, a scale, a hyphen between two, or "and"
    after a scale ("one hundred and twelve")."""
    t = doc[i]
    if _cardinal(t.lower_) is not None or t.lower_ in SCALES:
        return True
    if t.text == "-" and 0 < i < len(doc) - 1:
        return _cardinal(doc[i - 1].lower_) is not None and _cardinal(doc[i + 1].lower_) is not None
    return t.lower_ == "and" and i > 0 and doc[i - 1].lower_ in SCALES and i + 1 < len(doc) \
        and _cardinal(doc[i + 1].lower_) is not None


def _value(token) -> int | None:
    value = lexicon().numbers.get(token.lower_)
    if value is None:
        digits = re.sub(r"[^\d]", "", token.text)
        value = int(digits) if digits and len(digits) < 5 else None
    return value


# A relative with a post of their own is a principal of their own ("along with his brother, who
# served as a trade representative in Paris"); a bare "his brother" stays a family member.
KIN_POST = re.compile(
    r"\b(?:his|her)\s+(?P<kin>brother|sister|cousin|uncle|nephew|niece|son|daughter|wife|husband|brother-in-law|"
    r"son-in-law)\s*,\s*(?:who\s+(?:had\s+)?(?:was|is|served|serves|worked|works|had been)\s+(?:as\s+)?(?:at\s+|for\s+|in\s+)?)?"
    r"(?P<post>(?:a|an|the)\s+[^,.;]{3,80})",
    re.IGNORECASE,
)


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


def aboard(r: Reading, state: State) -> Subject | None:
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


def family_size(r: Reading, state: State) -> int | None:
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


def earlier_role(r: Reading, state: State) -> str | None:
    for o in reversed([o for o in state.readings if o.hit.start < r.hit.start]):
        role = next((s.role for s in o.mention.subjects if s.role and s.role != "family_member"), None)
        if role:
            return role
    return None


def kin_with_posts(r: Reading, state: State) -> list[Subject]:
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


def overlaps(relative: Subject, kin: Subject) -> bool:
    a, b = (relative.descriptor or "").lower(), (kin.descriptor or "").lower()
    return bool(a and b) and (b.startswith(a) or a.startswith(b))
