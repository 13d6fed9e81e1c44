"""What fusion compares about a mention, reduced to small hashable values computed once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from crossings.events import Mention, Place
from crossings.fuse.names import fold, sound_key, surname_of
from crossings.fuse.people import People
from crossings.fuse.regions import continents, plausible_origin, specific_region
from crossings.fuse.similarity import W

# A disappearance later resolved as a defection is that defection (GUIDELINES.md), so the two
# types are compared with each other; every other type only with itself.
FAMILY = {"disappearance": "defection"}
_ISO = re.compile(r"^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?")  # "--11-07": a day without its year


@dataclass(frozen=True, slots=True)
class Features:
    index: int
    id: str
    doc: str
    group: str  # the canonical document of its wire-copy group: one source
    type: str
    family: str
    persons: frozenset[str]  # principal people (relatives aside)
    sounds: frozenset[str]  # sound keys of the principals' names (names.sound_key)
    relatives: frozenset[str]
    surnames: frozenset[str]  # bare surnames of principals ("Thae said ...")
    all_surnames: frozenset[str]  # surnames of every named principal
    country: str | None
    city: str | None
    region: str | None
    local: bool  # the region is narrower than a continent (a province, a front): it identifies
    continents: frozenset[str]  # where the origin can lie, from its country or region wording
    year: int | None
    month: int | None
    day: int | None
    day_stated: bool  # the day and month are the text's own words ("Dec. 21", 12월 21일), not relative
    words: tuple | None  # its evidence quotes, offsets relative to the first: equal only in copied text
    span: tuple[int, int] | None  # the first and last day the happening can lie in, by this report
    date_weak: bool  # the date may be the report's own ("on Monday", "recently"), not the happening's
    date_is_report: bool  # only its report's clock: the page's year given to it, or (eve_is_report) a day on the eve of publication
    anchor: int | None  # day number of the happening, else of publication: the blocking clock
    published: int | None
    roles: frozenset[str]
    kinds: frozenset[str]  # "principal" and/or "relative": whom the report is about
    count: int | None
    destination: str | None
    background: bool
    measure: str | None = None  # a control measure's kind (codebook measure_kinds)
    story: frozenset = frozenset()  # what identifies the other happenings its page tells (fuse.with_story)


def parse_date(value: str | None) -> tuple[int | None, int | None, int | None]:
    m = _ISO.match(value or "")
    if not m:
        return None, None, None
    y, mo, d = (int(g) if g and g != "-" else None for g in m.groups())
    if mo is not None and not 1 <= mo <= 12:
        return y, None, None
    if d is not None and not 1 <= d <= 31:
        return y, mo, None
    return y, mo, d


def day_number(y: int | None, mo: int | None, d: int | None) -> int | None:
    """Ordinal day of a partial date, at the middle of what is unknown."""
    if y is None or not 1 <= y <= 9999:
        return None
    try:
        return date(y, mo or 7, d or (15 if mo else 1)).toordinal()
    except ValueError:
        return date(y, mo or 7, 15).toordinal()


def place_key(text: str | None) -> str | None:
    if not text:
        return None
    s = fold(re.sub(r"\b(?:saint|sankt)\b", "st", text.lower()))
    return s or None


def weak_date(derivation: str | None) -> bool:
    """Dates read off the report's own clock often give when it was announced, not when it happened."""
    return bool(derivation) and derivation.startswith(tuple(W["weak_derivations"]))


def report_date(derivation: str | None) -> bool:
    """A date that is only its report's clock: the publication year given to a happening told as news."""
    return bool(derivation) and derivation.startswith(tuple(W["report_derivations"]))


def stated_day(derivation: str | None) -> bool:
    """The report states its day and month in words ("Dec. 21", "Dec. 21, 2014", 12월 21일): only
    the year may come from the page. A relative day ("on Thursday", 15일) is a reckoning."""
    kind = (derivation or "explicit").split(";")[0]
    # an unresolved day is one yearless_day read off the stated words
    return kind in ("explicit", "anchor:published", "anchor:capture") or kind.startswith("unresolved:")


def on_publication(value: str | None, published: int | None) -> bool:
    """A day-precise date at most two days before its report's publication is often the day the
    news broke, not the day it happened."""
    y, mo, d = parse_date(value)
    day = day_number(y, mo, d) if d else None
    return day is not None and published is not None and 0 <= published - day <= 2


def time_span(y: int | None, mo: int | None, d: int | None, derivation: str | None, published: int | None,
              slack: dict[str, int | None]) -> tuple[int, int] | None:
    """The first and last day (ordinals) the happening can lie in by this report; None when the
    report does not say, or says it by a derivation too often wrong to veto a merge (a null slack
    in weights.yaml span_slack_days). A stated or resolved date spans its year (finer spans veto
    too often: an extracted month or day is the statement's as often as the happening's). A date
    that may be only the report's clock (the eve of publication, "recently", a publication-year
    default) says "no later than", so it reaches back by that derivation's slack. An undated
    report on a dated page tells a happening no later than the page, reaching back as far as news
    of that season does."""
    if y is None:
        if published is None or mo is not None or slack["undated_on_dated_page"] is None:
            return None
        return published - slack["undated_on_dated_page"], published
    kind = (derivation or "explicit").split(";")[0]
    kinds = [kind if kind in slack else kind.split(":")[0]]  # relative:weekday -> relative
    day = day_number(y, mo, d)
    if d and published is not None and 0 <= published - day <= 2:
        kinds.append("eve_of_publication")
    backs = [slack.get(k, 0) for k in kinds]
    if None in backs:
        return None
    back = max(backs)
    first, last = date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
    if back:
        first = min(first, day_number(y, mo or 1, d or 1) - back)
    return first, last


_MONTHS = {m: i + 1 for i, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
    "sep sept september", "oct october", "nov november", "dec december")) for m in names.split()}
_EN_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b")
_KO_DAY = re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일")


def yearless_day(m: Mention) -> tuple[int | None, int | None]:
    """(month, day) an undated page states without a year ("Dec. 21", 12월 21일): extraction
    cannot resolve it without a publication date, and keeps its words as the date's evidence."""
    if m.date.value or not (m.date.derivation or "").startswith("unresolved:"):
        return None, None
    for e in m.evidence:
        if e.field != "date":
            continue
        if (ko := _KO_DAY.search(e.quote)) and 1 <= int(ko[1]) <= 12 and 1 <= int(ko[2]) <= 31:
            return int(ko[1]), int(ko[2])
        en = _EN_DAY.search(e.quote)
        if en and en[1].lower() in _MONTHS and 1 <= int(en[2]) <= 31:
            return _MONTHS[en[1].lower()], int(en[2])
    return None, None


def copied_words(m: Mention, least: int) -> tuple | None:
    """The mention's evidence as (field, offset from its first quote, quote): two documents whose
    mentions rest on the same words at the same distances carry one text (a wire copy the
    duplicate filter missed, a page saved twice). None with fewer than `least` pieces of evidence,
    which any two reports of a happening may share by chance."""
    if len(m.evidence) < least:
        return None
    first = min(e.start for e in m.evidence)
    return tuple(sorted((e.field, e.start - first, e.quote) for e in m.evidence))


def principal_count(m: Mention) -> int | None:
    """How many people the report is about, relatives aside; None when it does not say.
    Named people count one each; unnamed groups add their counts, except that a group of a
    count already given ("13 waitresses ... the 13 workers") is the same people again, and a
    group without a count adds nothing when another says how many."""
    principals = [s for s in m.subjects if s.role != "family_member"]
    named = sum(s.count or 1 for s in principals if s.name)
    singles = sum(1 for s in principals if not s.name and s.count == 1)
    groups = {s.count for s in principals if not s.name and s.count and s.count > 1}
    if not (named or singles or groups) or (not groups and any(not s.name and not s.count for s in principals)):
        return None
    return named + singles + sum(groups)


def group_size(m: Mention) -> int | None:
    """The largest head count a report gives, for comparing reports: extraction often lists one
    group twice under two roles, and a sum would double it."""
    counts = [s.count for s in m.subjects if s.role != "family_member" and s.count]
    return max(counts) if counts else principal_count(m)


def features(index: int, mention_id: str, m: Mention, group: str, published: str | None,
             people: People) -> Features:
    principals = [s for s in m.subjects if s.role != "family_member"]
    relatives = [s for s in m.subjects if s.role == "family_member"]
    persons = frozenset(p for s in principals for p in people.persons_of(s))
    bare = frozenset(sn for s in principals if s.name and not people.persons_of(s) and (sn := surname_of(s.name)))
    y, mo, d = parse_date(m.date.value)
    if y is None and mo is None:
        mo, d = yearless_day(m)
    pub = day_number(*parse_date(published))
    origin = m.origin if plausible_origin(m.type, m.origin.country) else Place()
    # a day on the eve of publication may be when the news broke; a day stated in words less so
    eve = W["eve_is_report"] and on_publication(m.date.value, pub) \
        and not (W["eve_stated_is_day"] and stated_day(m.date.derivation))
    return Features(
        index=index,
        id=mention_id,
        doc=m.doc,
        group=group,
        type=m.type,
        family=FAMILY.get(m.type, m.type),
        persons=persons,
        sounds=frozenset(k for s in principals for n in [s.name, *s.aliases] if (k := sound_key(n))),
        relatives=frozenset(p for s in relatives for p in people.persons_of(s)),
        surnames=bare,
        all_surnames=frozenset(sn for s in principals if (sn := surname_of(s.name))),
        country=(origin.country or "").upper() or None,
        city=place_key(origin.city),
        region=place_key(origin.region),
        local=specific_region(origin.region),
        continents=continents(origin.country, origin.region),
        year=y,
        month=mo,
        day=d,
        day_stated=d is not None and stated_day(m.date.derivation),
        words=copied_words(m, W["copied_evidence"]),
        # a happening told in passing is dated by its own words only, never by the page
        span=time_span(y, mo, d, m.date.derivation, None if m.background else pub, W["span_slack_days"]),
        date_weak=weak_date(m.date.derivation) or eve,
        date_is_report=report_date(m.date.derivation) or eve,
        anchor=day_number(y, mo, d) or pub,
        published=pub,
        roles=frozenset(s.role for s in principals if s.role),
        kinds=frozenset(k for k, ss in (("principal", principals), ("relative", relatives)) if ss),
        count=group_size(m),
        destination=(m.destination or "").upper() or None,
        background=m.background,
        measure=m.measure,
    )
