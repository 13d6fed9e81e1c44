"""Canonical values by the stated rules, with every disagreement kept."""
from crossings.events import Subject
from crossings.fuse import fuse_mentions


def test_official_confirmation_outranks_reports(mention):
    ms = [mention("a", name="Ko Chol-ho", country="EG", date="2017", status="reported"),
          mention("b", name="Ko Chol Ho", country="EG", date="2017", status="reported"),
          mention("c", name="Koh Chol-ho", country="EG", date="2017", status="confirmed")]
    [event] = fuse_mentions(ms, {"a": "2017-03-01", "b": "2017-03-02", "c": "2017-05-01"})
    assert event.status == "confirmed"
    assert [c["value"] for c in event.conflicts["status"]] == ["reported", "confirmed"]


def test_refusal_to_confirm_outranks_a_report(mention):
    ms = [mention("a", country="NG", date="2020", status="reported"),
          mention("b", country="NG", date="2020", status="unconfirmed")]
    [event] = fuse_mentions(ms, {"a": None, "b": None})
    assert event.status == "unconfirmed"


def test_most_specific_date_the_reports_support(mention):
    ms = [mention("a", name="Han Ok-sun", country="MN", date="2015"),
          mention("b", name="Han Ok-sun", country="MN", date="2015-08"),
          mention("c", name="Han Ok-sun", country="MN", date="2015-08-04")]
    [event] = fuse_mentions(ms, {"a": None, "b": None, "c": None})
    assert (event.date.value, event.date.precision) == ("2015-08-04", "day")


def test_best_attested_value_wins_and_ties_go_to_the_later_report(mention):
    ms = [mention("a", role="civilian", count=12, country="LA", date="2018-05"),
          mention("b", role="civilian", count=12, country="LA", date="2018-05"),
          mention("c", role="civilian", count=13, country="LA", date="2018-05")]
    [event] = fuse_mentions(ms, {"a": "2018-05-02", "b": "2018-05-03", "c": "2018-06-01"})
    assert event.subjects[0].count == 12
    tie = ms[:1] + ms[2:]
    [event] = fuse_mentions(tie, {"a": "2018-05-02", "c": "2018-06-01"})
    assert event.subjects[0].count == 13  # the later clarification


def test_dates_read_off_the_report_clock_count_less(mention):
    ms = [mention("a", name="Yun Song-ho", country="KW", date="2019-09"),
          mention("b", name="Yun Song Ho", country="KW", date="2021-01-25", derivation="relative:weekday"),
          mention("c", name="Yun Song-ho", country="KW", date="2021-01-26", derivation="relative:weekday")]
    [event] = fuse_mentions(ms, {"a": None, "b": "2021-01-26", "c": "2021-01-27"})  # the day news broke
    assert event.date.value == "2019-09"


def test_every_source_kept_with_its_quote_and_conflicts_listed(mention):
    ms = [mention("a", name="Choe Un-ha", country="SG", date="2022-03", quote="fled"),
          mention("b", name="Choi Eun-ha", country="MY", date="2022-03", quote="escaped")]
    [event] = fuse_mentions(ms, {"a": "2022-03-10", "b": "2022-03-09"})
    assert [m.doc for m in event.mentions] == ["a", "b"]
    assert {e.quote for m in event.mentions for e in m.evidence} == {"fled", "escaped"}
    assert {c["value"] for c in event.conflicts["origin.country"]} == {"SG", "MY"}
    assert event.reported == "2022-03-09"


def test_sources_are_pooled(mention):
    ms = [mention("a", country="NP", date="2016", sources=["Yonhap"]),
          mention("b", country="NP", date="2016", sources=["Yonhap", "NIS"])]
    [event] = fuse_mentions(ms, {"a": None, "b": None})
    assert event.sources == ["Yonhap", "NIS"]


def test_named_people_and_the_unnamed_rest(mention):
    group = [Subject(name="Ri Kwang-su", role="overseas_worker"), Subject(role="overseas_worker", count=6)]
    ms = [mention("a", subjects=group, country="RU", date="2022-12"),
          mention("b", role="overseas_worker", count=7, country="RU", date="2022-12")]
    [event] = fuse_mentions(ms, {"a": None, "b": None})
    assert sum(s.count or 0 for s in event.subjects if s.role != "family_member") == 7
    assert [s.name for s in event.subjects] == ["Ri Kwang-su", None]


def test_a_bare_surname_joins_its_person_and_other_names_are_kept(mention):
    ms = [mention("a", name="Thae Kwang-il", country="DK", date="2017-02"),
          mention("b", name="Thae", country="DK", date="2017-02"),
          mention("c", name="Tae Kwang Il", country="DK", date="2017-02")]
    [event] = fuse_mentions(ms, {"a": None, "b": None, "c": None})
    assert [s.name for s in event.subjects] == ["Thae Kwang-il"]
    [alone] = fuse_mentions([mention("d", name="Kim", country="ET", date="2009")], {"d": None})
    assert [s.name for s in alone.subjects] == ["Kim"]


def test_a_lone_refusal_to_confirm_does_not_outrank_many_reports(mention):
    ms = [mention(d, country="RU", city="Vladivostok", date="2016-07", status="reported") for d in "abcd"]
    ms.append(mention("e", country="RU", city="Vladivostok", date="2016-07", status="unconfirmed"))
    [event] = fuse_mentions(ms, {d: None for d in "abcde"})
    assert event.status == "reported"


def test_people_who_live_in_the_north_left_from_it_when_no_report_says_where(mention):
    """PL (codebook): civilians and soldiers set out from the North; the default is the event's,
    never a report's, so it weighs nothing in fusion."""
    fishermen = [mention("a", role="civilian", count=3, date="2031-05"),
                 mention("b", role="civilian", count=3, date="2031-05",
                         relatives=[Subject(role="family_member", count=1)])]
    [event] = fuse_mentions(fishermen, {"a": None, "b": None})
    assert event.origin.country == "KP"
    assert all(m.origin.country is None for m in event.mentions)
    [soldier] = fuse_mentions([mention("c", "attempted_defection", role="military", date="2031")], {"c": None})
    assert soldier.origin.country == "KP"


def test_no_default_origin_for_people_posted_abroad_or_events_placed_elsewhere(mention):
    [worker] = fuse_mentions([mention("a", role="overseas_worker", date="2031")], {"a": None})
    assert worker.origin.country is None
    [placed] = fuse_mentions([mention("b", role="civilian", country="LA", date="2031")], {"b": None})
    assert placed.origin.country == "LA"
    [returned] = fuse_mentions([mention("c", "repatriation", role="civilian", date="2031")], {"c": None})
    assert returned.origin.country is None  # a return's origin is the state that sent them back
