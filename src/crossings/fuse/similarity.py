"""How strongly two reports (or a report and a cluster's consensus) look like one happening.

The score adds points for agreeing fields and subtracts them for contradicting ones (weights.yaml).
A missing field neither helps nor hurts the score: reports differ most in what they leave out.
But a missing field is no evidence either: `identified` asks for one positive sign of identity
before two reports of different documents may merge at all. `None` means a hard conflict:
different named people, or different origin countries or years with no shared person to outweigh
them.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

W: dict[str, Any] = yaml.safe_load(Path(__file__).with_name("weights.yaml").read_text(encoding="utf-8"))
LEARNED = Path(__file__).with_name("weights_learned.yaml")  # pair weights fitted by bench/fit_weights.py
if W["learned_weights"]:  # instead of the hand-set ones
    W.update(yaml.safe_load(LEARNED.read_text(encoding="utf-8")))
UNSPECIFIC = {None, "THIRD_COUNTRY"}
HOME = frozenset(w.upper() for w in W["home_countries"])
COMMON = frozenset(w.upper() for w in W["common_origins"])


def override(settings: list[str]) -> None:
    """Set weights from KEY=VALUE texts (VALUE read as YAML; a dotted KEY reaches into a mapping),
    for benchmarks that compare settings side by side in one process."""
    for setting in settings:
        key, _, value = setting.partition("=")
        *path, last = key.split(".")
        target = W
        for part in path:
            target = target[part]
        if last not in target:
            raise KeyError(f"no fusion weight {key!r}")
        target[last] = yaml.safe_load(value)
        if key == "learned_weights" and target[last]:
            W.update(yaml.safe_load(LEARNED.read_text(encoding="utf-8")))


Terms = list[tuple[str, float]]  # (weight name, how many times it counts) for a pair


def score(a: Any, b: Any, w: dict[str, Any] = W) -> float | None:
    """Points for "a and b are one happening"; None when they cannot be."""
    t = _terms(a, b, w)
    return None if t is None else _value(t, w)


def terms(a: Any, b: Any, w: dict[str, Any] = W) -> dict[str, float] | None:
    """The pair's comparison vector (Fellegi-Sunter's gamma): which weights count and how many
    times; None for a hard conflict. The score is its dot product with the weights, so weights
    can be fitted to labelled pairs (bench/fit_weights.py)."""
    t = _terms(a, b, w)
    if t is None:
        return None
    out: dict[str, float] = {}
    for k, n in t:
        out[k] = out.get(k, 0.0) + n
    return out


def _terms(a: Any, b: Any, w: dict[str, Any]) -> Terms | None:
    named = _names(a, b, w)
    if named is None:
        return None
    total: Terms = [(named, 1.0)] if named else []
    shared_person = named == "person_same"
    for part in (_origin(a, b, shared_person), _when(a, b, w, shared_person)):
        if part is None:
            return None
        total += part
    who = _who(a, b)
    if shared_person and _value(who, w) < 0:  # a named person outweighs a miscount or a mislabelled role
        who = [(k, n / 2) for k, n in who]
    total += who
    if key := _where_to(a, b):
        total.append((key, 1.0))
    if key := _what_measure(a, b):
        total.append((key, 1.0))
    if not named and _two_pages(a, b):
        if _same_news(a, b, w):
            total.append(("same_news", 1.0))
        if a.story & b.story:
            total.append(("story_same", 1.0))
    if not named and _news_apart(a, b, w):
        total.append(("news_apart", 1.0))
    if a.type == b.type:
        total.append(("type_same", 1.0))
        if getattr(a, "group", None) and a.group == getattr(b, "group", None):
            total.append(("wire_copy", 1.0))
    return total


def _value(t: Terms, w: dict[str, Any]) -> float:
    total = 0.0
    for k, n in t:  # a loop, not sum() over a generator: this runs for every candidate pair
        total += w[k] * n
    return total


def identified(a: Any, b: Any, w: dict[str, Any] = W) -> bool:
    """Whether a and b share something that tells one happening from its look-alikes: a name, a
    month or day, a place narrower than a country, a group size above one, a posting abroad, or
    one story (same year, origin, role and type). Unknown is not compatible: a report with none
    of these stays its own event rather than joining the nearest look-alike. A report placed
    nowhere in time (no date, no dated page) is told from the same look-alike of another year
    only by a name, its wire copies, or the same day of the year."""
    if same_name(a, b) or a.group == b.group or (a.words is not None and a.words == b.words):
        return True
    if w["timeless_strict"] and (a.span is None or b.span is None):
        return _same_month(a, b) and a.day is not None
    return (_same_month(a, b) or _same_locality(a, b) or _same_group(a, b) or _same_measure(a, b)
            or _same_posting(a, b) or _same_story(a, b, w) or _same_news(a, b, w))


def same_name(a: Any, b: Any) -> bool:
    """A named person or relative in common, or a bare surname of one that the other names."""
    if a.persons & b.persons or a.relatives & b.relatives:
        return True
    return bool((a.surnames and a.surnames & b.all_surnames) or (b.surnames and b.surnames & a.all_surnames))


def _same_month(a: Any, b: Any) -> bool:
    """The same month of the same year, or the same day where a year is missing; two dates that
    are both only their reports' clocks say when the news broke, not which news it was."""
    if a.month is None or a.month != b.month or (a.date_is_report and b.date_is_report):
        return False
    if a.year is not None and b.year is not None:
        return a.year == b.year
    return a.day is not None and a.day == b.day


def _what_measure(a: Any, b: Any) -> str | None:
    """Two control measures of one kind (an order to shoot, surveillance, passports held) agree;
    of two kinds they are two measures, whatever else they share."""
    x, y = getattr(a, "measure", None), getattr(b, "measure", None)
    if a.type != "control_measure" or b.type != "control_measure" or not (x and y):
        return None
    return "measure_same" if x == y else "measure_diff"


def _same_measure(a: Any, b: Any) -> bool:
    """A control measure's kind tells it from the measures of other kinds: what it does is its identity."""
    return _what_measure(a, b) == "measure_same"


def _same_locality(a: Any, b: Any) -> bool:
    return bool((a.city and a.city == b.city) or (a.local and b.local and a.region == b.region))


def _same_group(a: Any, b: Any) -> bool:
    return bool(a.count and a.count > 1 and a.count == b.count)


def _same_posting(a: Any, b: Any) -> bool:
    """A country abroad (a mission's host, a workers' posting) tells a happening apart; North Korea
    itself and the country most escapes pass through do not. A closure's identity is its place."""
    if not a.country or a.country != b.country:
        return False
    return a.type == b.type == "mission_closure" or a.country not in COMMON


def _same_story(a: Any, b: Any, w: dict[str, Any]) -> bool:
    """One year, origin, role and type: evidence where both years come from the text, or where
    the reports were published days apart (then a year that only defaults to the publication
    year still names the same news)."""
    if a.type != b.type or a.year is None or a.year != b.year or not a.roles & b.roles or a.country != b.country:
        return False
    if a.country and not (a.date_weak or b.date_weak):
        return True
    return a.published is not None and b.published is not None and abs(a.published - b.published) <= w["same_news_days"]


def _same_news(a: Any, b: Any, w: dict[str, Any]) -> bool:
    """Two pages published days apart, each telling (not mentioning in passing) a happening of
    one type: one piece of news, as long as nothing else tells them apart (the score decides)."""
    if a.type != b.type or a.background or b.background or a.published is None or b.published is None:
        return False
    return abs(a.published - b.published) <= w["same_news_days"]


def _two_pages(a: Any, b: Any) -> bool:
    """Two reports of two pages: a page of one week's news telling a happening of one type
    (same_news), or telling one story (story_same), counts for the other. Reports compared as a
    cluster's consensus have no page of their own."""
    doc_a, doc_b = getattr(a, "doc", None), getattr(b, "doc", None)
    return bool(doc_a and doc_b and doc_a != doc_b)


def _names(a: Any, b: Any, w: dict[str, Any]) -> str | None:
    """The name weight that counts ("" for none); None when two different people are named."""
    if a.persons & b.persons or a.relatives & b.relatives:
        return "person_same"
    if a.persons and b.persons:
        if a.sounds & b.sounds:  # Jang Song-gil and Jong Song-gil: one name heard two ways
            return "person_sounds_same"
        return None if w["person_diff_hard"] else "surname_diff"
    if (a.surnames and a.surnames & b.all_surnames) or (b.surnames and b.surnames & a.all_surnames):
        return "surname_same"
    if a.all_surnames and b.all_surnames:
        return "surname_diff"
    return ""


def _origin(a: Any, b: Any, named: bool) -> Terms | None:
    total: Terms = []
    if a.country and b.country:
        if a.country != b.country:
            if named:
                return [("country_diff_named", 1.0)]
            if (a.country in HOME) != (b.country in HOME):
                # the North against a country abroad: one report names where they lived, the other
                # where they were posted or caught; a disagreement that lowers, not a veto
                return [("country_home_abroad", 1.0)]
            return None
        total.append(("country_same_home" if a.country in HOME else "country_same", 1.0))
    elif a.continents and b.continents and not a.continents & b.continents:
        return [("country_diff_named", 1.0)] if named else None
    elif a.region and a.region == b.region and not (a.country or b.country):
        # both placed only by region; a country inside the other's region is merely compatible
        total.append(("region_same", 1.0))
    if a.region != b.region and getattr(a, "local", False) and getattr(b, "local", False) \
            and not (a.city and a.city == b.city):
        total.append(("region_diff", 1.0))  # two fronts, two provinces, two seas
    if a.city and b.city:
        total.append(("city_same" if a.city == b.city else "city_diff", 1.0))
    return total


def _when(a: Any, b: Any, w: dict[str, Any], named: bool) -> Terms | None:
    if _after_page(a, b) or _after_page(b, a):
        return [("year_diff_named" if named else "after_page", 1.0)]
    if a.year is None or b.year is None:
        if a.month and b.month and (a.month, a.day or b.day) != (b.month, b.day or a.day):
            return [("year_diff_named", 1.0)] if named else None  # two days of the year, whatever the year
        if a.month and a.month == b.month and a.day and a.day == b.day:
            return [("month_same", 1.0), ("day_same", 1.0)]  # one day of the year, the year unsaid by one
        if _outside_news(a, b, w) or _outside_news(b, a, w):
            return [("year_diff_named" if named else "partial_apart", 1.0)]
        return _published_gap(a, b, w)
    if getattr(a, "date_is_report", False) and getattr(b, "date_is_report", False) and a.year != b.year:
        return []  # two reports' own clocks: each says only "no later than", which both can be
    if _reported_after(a, b) or _reported_after(b, a):
        gap = abs((a.year * 12 + (a.month or 6)) - (b.year * 12 + (b.month or 6))) / 12
        floor = "year_diff_named" if named else "year_diff_weak"  # never worse than a weak clash
        after = [("report_after", 1.0), ("report_gap_per_year", -gap)]
        return after if _value(after, w) >= w[floor] else [(floor, 1.0)]
    if a.year != b.year:
        if named:
            return [("year_diff_named", 1.0)]
        return [("year_diff_weak", 1.0)] if getattr(a, "date_weak", False) or getattr(b, "date_weak", False) else None
    total = [("year_same", 1.0)]
    if a.month is None or b.month is None:
        return total
    if a.month != b.month:
        # a disappearance comes before the defection it turns into: months may differ
        return total + [("month_diff", 1.0)] if a.type == b.type else total
    total.append(("month_same", 1.0))
    if a.day is not None and b.day is not None:
        total.append(("day_same" if a.day == b.day else _day_diff(a, b, w), 1.0))
    return total


def _day_diff(a: Any, b: Any, w: dict[str, Any]) -> str:
    """Two days of one month: by provenance, two days the texts state in words, more than a few
    days apart, are two happenings unless the rest agrees strongly; days close together (a
    happening and its announcement) or a relative reckoning are only a doubt."""
    stated = getattr(a, "day_stated", False) and getattr(b, "day_stated", False)
    return "day_diff_stated" if stated and abs(a.day - b.day) > w["day_near"] else "day_diff"


def _reported_after(a: Any, b: Any) -> bool:
    """a's date is only its report's clock (the news broke then) and falls after b's date: it
    says the happening was no later than that, which b's date does not contradict."""
    if not getattr(a, "date_is_report", False) or getattr(b, "date_weak", False):
        return False
    return (a.year, a.month or 12) > (b.year, b.month or 0)


def _after_page(a: Any, b: Any) -> bool:
    """a tells, without a date of its own, a happening of its page (not one in passing), and b's
    date begins after that page was published: a page cannot report a later happening. (A report
    dated only by its page's year too, logically; but on the held-out sets that costs event F1:
    such reports' later dates are as often a later stage or a misread.)"""
    if a.year is not None or a.month is not None or getattr(a, "background", True):
        return False
    pub = getattr(a, "published", None)
    if pub is None or b.year is None or getattr(b, "date_is_report", False) or not 1 <= b.year <= 9999:
        return False
    return date(b.year, b.month or 1, b.day or 1).toordinal() > pub


def _outside_news(a: Any, b: Any, w: dict[str, Any]) -> bool:
    """a states a day of the year without its year ("Aug. 14" on an undated page); b is dated only
    by its page's year, a happening told as news: it lies within the season before b's page
    (span_slack_days anchor:published-year), and a's day falls there in no year."""
    if a.year is not None or a.month is None or a.day is None or b.month is not None:
        return False
    if not getattr(b, "date_is_report", False) or getattr(b, "background", True) or b.published is None:
        return False
    back = w["span_slack_days"]["anchor:published-year"]
    if back is None:
        return False
    page = date.fromordinal(b.published)
    for year in (page.year, page.year - 1):
        try:
            day = date(year, a.month, a.day).toordinal()
        except ValueError:  # Feb. 29 of a common year
            continue
        if b.published - back <= day <= b.published:
            return False
    return True


def _published_gap(a: Any, b: Any, w: dict[str, Any]) -> Terms:
    """Undated reports: those published close together more likely tell of one happening."""
    if a.anchor is None or b.anchor is None:
        return []
    gap = abs(a.anchor - b.anchor)
    if gap <= w["near_days"]:
        return [("time_near", 1.0)]
    return [("time_far", 1.0)] if gap > w["far_days"] else []


def _who(a: Any, b: Any) -> Terms:
    total: Terms = []
    if a.roles and b.roles:
        if a.roles & b.roles:
            total.append(("role_overlap", 1.0))
        elif not (_mission(a.roles) and _mission(b.roles)):
            total.append(("role_disjoint", 1.0))  # (a trade envoy is often called a diplomat: no clash)
    elif a.kinds and b.kinds and not a.kinds & b.kinds:  # officials in one, only relatives in the other
        total.append(("role_disjoint", 1.0))
    if a.count and b.count and (a.count > 1 or b.count > 1):
        hi, lo = max(a.count, b.count), min(a.count, b.count)
        if hi == lo:
            total.append(("count_same", 1.0))
        else:
            # one person against a group is as often one of them (a named waitress of the twelve,
            # "a defector" of the nine sent back) as a happening of its own: a soft disagreement
            if lo > 1 and hi / lo > W["far_ratio"]:
                total.append(("count_far", 1.0))  # 330 and 4: two groups, not one counted twice
            else:
                total.append(("count_close" if hi / lo <= W["close_ratio"] or lo == 1 else "count_diff", 1.0))
    return total


MISSION_STAFF = frozenset(W["mission_staff"])


def _mission(roles: frozenset[str]) -> bool:
    return bool(roles) and roles <= MISSION_STAFF


def _where_to(a: Any, b: Any) -> str | None:
    if a.destination in UNSPECIFIC or b.destination in UNSPECIFIC:
        return None
    return "dest_same" if a.destination == b.destination else "dest_diff"


def _news_apart(a: Any, b: Any, w: dict[str, Any]) -> bool:
    """Two reports told as news (not in passing) on pages published more than news_days apart,
    with nothing that tells one happening from its look-alikes in common: two pieces of news."""
    if w["news_days"] is None or getattr(a, "background", True) or getattr(b, "background", True):
        return False
    pa, pb = getattr(a, "published", None), getattr(b, "published", None)
    if pa is None or pb is None or abs(pa - pb) <= w["news_days"]:
        return False
    return not (_same_month(a, b) or _same_locality(a, b) or _same_group(a, b) or _same_posting(a, b)
                or (a.words is not None and a.words == b.words))
