"""Canonical date and status: stated dates over a report's clock, official refusals over reports."""
from crossings.fuse import fuse_mentions


def test_a_stated_day_with_the_year_from_the_dateline_is_no_report_clock(mention):
    # two reports say "on March 3" (year from their publication dates); two later ones say
    # "in April" for the same flight: the stated days are no weaker than the stated months
    ms = [mention("a", name="Pak Un-ha", country="MN", date="2019-03-03", derivation="anchor:published"),
          mention("b", name="Pak Un-ha", country="MN", date="2019-03-03", derivation="anchor:published"),
          mention("c", name="Pak Un-ha", country="MN", date="2019-03", derivation="explicit"),
          mention("d", name="Pak Un-ha", country="MN", date="2019-04", derivation="relative:in-month"),
          mention("e", name="Pak Un-ha", country="MN", date="2019-04", derivation="relative:in-month")]
    published = {"a": "2019-03-20", "b": "2019-03-21", "c": "2019-03-25", "d": "2019-06-01", "e": "2019-06-02"}
    [event] = fuse_mentions(ms, published)
    assert event.date.value == "2019-03-03"


def test_the_publication_year_alone_still_counts_less(mention):
    ms = [mention("a", name="Pak Un-ha", country="MN", date="2019", derivation="anchor:published-year"),
          mention("b", name="Pak Un-ha", country="MN", date="2019", derivation="anchor:published-year"),
          mention("c", name="Pak Un-ha", country="MN", date="2018-11", derivation="explicit")]
    [event] = fuse_mentions(ms, {"a": "2019-02-01", "b": "2019-02-02", "c": "2019-02-03"})
    assert event.date.value == "2018-11"


def test_an_official_refusal_to_confirm_outranks_many_reports(mention):
    ms = [mention(d, country="BY", city="Minsk", date="2021-05", status="reported") for d in "abcd"]
    ms.append(mention("e", country="BY", city="Minsk", date="2021-05", status="unconfirmed",
                      sources=["unification ministry"]))
    [event] = fuse_mentions(ms, {d: None for d in "abcde"})
    assert event.status == "unconfirmed"


def test_an_official_denial_outranks_a_refusal_and_reports(mention):
    ms = [mention(d, country="BY", city="Minsk", date="2021-05", status="reported") for d in "abc"]
    ms.append(mention("d", country="BY", city="Minsk", date="2021-05", status="unconfirmed", sources=["NIS"]))
    ms.append(mention("e", country="BY", city="Minsk", date="2021-05", status="denied", sources=["KCNA"]))
    [event] = fuse_mentions(ms, {d: None for d in "abcde"})
    assert event.status == "denied"


def test_a_confirmation_still_settles_it_over_an_official_refusal(mention):
    ms = [mention("a", country="BY", city="Minsk", date="2021-05", status="unconfirmed", sources=["NIS"]),
          mention("b", country="BY", city="Minsk", date="2021-05", status="confirmed", sources=["NIS"])]
    [event] = fuse_mentions(ms, {"a": None, "b": None})
    assert event.status == "confirmed"


def test_a_hedge_by_a_newspaper_is_no_official_refusal(mention):
    ms = [mention(d, country="BY", city="Minsk", date="2021-05", status="reported") for d in "abcd"]
    ms.append(mention("e", country="BY", city="Minsk", date="2021-05", status="unconfirmed",
                      sources=["Daily Ledger"]))
    [event] = fuse_mentions(ms, {d: None for d in "abcde"})
    assert event.status == "reported"
