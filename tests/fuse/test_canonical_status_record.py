"""ST-KEYWORD in fusion: a confirmation credited to an unnamed source ("security authorities",
"a government source") is no official confirmation on record; refusals to confirm then decide."""
from crossings.fuse import fuse_mentions


def test_a_confirmation_from_an_unnamed_source_yields_to_refusals(mention):
    ms = [mention("a", country="AT", city="Vienna", date="2022-03", status="confirmed", sources=["government source"]),
          mention("b", country="AT", city="Vienna", date="2022-03", status="unconfirmed", sources=["Daily Ledger"]),
          mention("c", country="AT", city="Vienna", date="2022-03", status="unconfirmed", sources=["Morning Post"])]
    [event] = fuse_mentions(ms, {"a": None, "b": None, "c": None})
    assert event.status == "unconfirmed"


def test_a_confirmation_on_record_still_settles_it(mention):
    ms = [mention("a", country="AT", city="Vienna", date="2022-03", status="confirmed", sources=["unification ministry"]),
          mention("b", country="AT", city="Vienna", date="2022-03", status="unconfirmed", sources=["Daily Ledger"]),
          mention("c", country="AT", city="Vienna", date="2022-03", status="unconfirmed", sources=["Morning Post"])]
    [event] = fuse_mentions(ms, {"a": None, "b": None, "c": None})
    assert event.status == "confirmed"


def test_an_unnamed_confirmation_outranks_reports_and_a_stray_hedge(mention):
    ms = [mention(d, country="AT", city="Vienna", date="2022-03", status="reported") for d in "abcd"]
    ms.append(mention("e", country="AT", city="Vienna", date="2022-03", status="confirmed", sources=["government source"]))
    ms.append(mention("f", country="AT", city="Vienna", date="2022-03", status="unconfirmed", sources=["Daily Ledger"]))
    [event] = fuse_mentions(ms, {d: None for d in "abcdef"})
    assert event.status == "confirmed"


def test_a_refusal_from_an_unnamed_source_is_not_on_record(mention):
    ms = [mention(d, country="AT", city="Vienna", date="2022-03", status="reported") for d in "abcd"]
    ms.append(mention("e", country="AT", city="Vienna", date="2022-03", status="unconfirmed", sources=["government source"]))
    [event] = fuse_mentions(ms, {d: None for d in "abcde"})
    assert event.status == "reported"
