"""Fusion on invented reports: what becomes one event, what stays apart, and what it says."""
from crossings.events import Subject
from crossings.fuse import fuse_mentions


def fuse(mentions, published=None, groups=None):
    published = published or {m.doc: None for m in mentions}
    return fuse_mentions(mentions, published, groups)


def test_romanisation_variants_are_one_person_and_one_event(mention):
    spellings = ["Kim Chol-ung", "Kim Cheol Ung", "Kimcholung", "김철웅"]
    ms = [mention(f"d{i}", name=n, country="PL", date="2019-03") for i, n in enumerate(spellings)]
    [event] = fuse(ms)
    assert len(event.mentions) == 4
    assert len(event.people) == 1
    named = [s for s in event.subjects if s.name]
    assert len(named) == 1 and "김철웅" in named[0].aliases


def test_name_change_links_two_names(mention):
    before = mention("a", name="Kim Chol-ung", country="PL", date="2019",
                     descriptor="a counsellor who later changed his name to Han Song-min")
    after = mention("b", name="Han Song-min", country="PL", date="2019")
    [event] = fuse([before, after])
    assert len(event.people) == 1


def test_name_change_from_a_subject_quote(mention):
    before = mention("a", name="Kim Chol-ung", country="PL", date="2019")
    before.evidence.append(type(before.evidence[0])("subjects", 40, 90, "who changed his name to Han Song-min"))
    after = mention("b", name="Han Song-min", date="2019")
    [event] = fuse([before, after])
    assert {m.doc for m in event.mentions} == {"a", "b"}


def test_disappearance_later_reported_as_defection_is_that_defection(mention):
    missing = mention("a", "disappearance", name="Ri Myong-su", role="trade_official", country="VN",
                      city="Hanoi", date="2021-05", quote="went missing")
    arrived = mention("b", "defection", name="Lee Myong Su", role="trade_official", country="VN",
                      destination="KR", date="2021-05")
    [event] = fuse([missing, arrived], {"a": "2021-05-20", "b": "2021-09-02"})
    assert event.type == "defection"
    assert event.destination == "KR"
    assert event.reported == "2021-05-20"


def test_unresolved_disappearance_stays_a_disappearance(mention):
    ms = [mention(d, "disappearance", role="overseas_worker", count=3, country="MN", date="2022-02")
          for d in ("a", "b")]
    [event] = fuse(ms)
    assert event.type == "disappearance"


def test_family_that_defects_together_is_one_event(mention):
    wife, children = Subject(role="family_member", descriptor="his wife"), Subject(role="family_member", count=2)
    one = mention("a", name="Pak Il-bom", country="SE", date="2020-07", relatives=[wife, children])
    other = mention("b", name="Park Il Bom", country="SE", date="2020-07", relatives=[Subject(role="family_member")])
    [event] = fuse([one, other])
    principals = [s for s in event.subjects if s.role != "family_member"]
    relatives = [s for s in event.subjects if s.role == "family_member"]
    assert len(principals) == 1 and principals[0].count == 1
    assert len(relatives) == 1


def test_wire_copies_are_one_source(mention):
    copies = [mention(d, country="TH", date="2018-03", count=5, role="civilian") for d in ("w1", "w2", "w3")]
    others = [mention(d, country="TH", date="2018-04", count=5, role="civilian") for d in ("x", "y")]
    groups = {"w1": "w1", "w2": "w1", "w3": "w1"}
    [alone] = fuse(copies + others)
    [grouped] = fuse(copies + others, groups=groups)
    assert alone.date.value == "2018-03"  # three copies outvote two reports...
    assert grouped.date.value == "2018-04"  # ...unless they count once
    assert len(grouped.mentions) == 5  # every copy still listed as a mention


def test_two_embassy_closures_in_one_week_stay_apart(mention):
    ms = [
        mention("a", "mission_closure", role=None, country="UY", city="Montevideo", date="2023-10-25", at=0, quote="closed"),
        mention("a", "mission_closure", role=None, country="PE", city="Lima", date="2023-10-25", at=50, quote="closed"),
        mention("b", "mission_closure", role=None, country="PE", date="2023-10-27", quote="shut"),
        mention("c", "mission_closure", role=None, country="UY", date="2023-10", quote="closure"),
    ]
    events = fuse(ms)
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["a", "b"], ["a", "c"]]
    assert {e.origin.country for e in events} == {"UY", "PE"}


def test_two_defections_from_one_country_years_apart_stay_apart(mention):
    ms = [mention("a", role="overseas_worker", count=4, country="MY", date="2014-06"),
          mention("b", role="overseas_worker", count=4, country="MY", date="2014"),
          mention("c", role="overseas_worker", count=4, country="MY", date="2019-02"),
          mention("d", role="overseas_worker", count=4, country="MY", date="2019-02")]
    events = fuse(ms)
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["a", "b"], ["c", "d"]]


def test_two_happenings_in_one_document_stay_apart(mention):
    ms = [mention("a", role="restaurant_worker", count=12, country="CN", date="2016-04", at=0),
          mention("a", role="restaurant_worker", count=3, country="CN", date="2016-05", at=400)]
    assert len(fuse(ms)) == 2


def test_plain_duplicate_in_one_document_merges(mention):
    ms = [mention("a", "disappearance", name="Jon Hyok", country="AT", date="2022-01", at=0, quote="vanished"),
          mention("a", "defection", name="Jon Hyok", country="AT", date="2022-01", at=300),
          mention("b", "defection", name="Jeon Hyeok", country="AT", date="2022-01")]
    [event] = fuse(ms)
    assert event.type == "defection" and len(event.mentions) == 3


def test_different_named_people_stay_apart(mention):
    ms = [mention("a", name="Kim Chol-ung", country="PL", date="2019-03"),
          mention("b", name="Ri Yong-nam", country="PL", date="2019-03")]
    assert len(fuse(ms)) == 2


def test_europe_and_havana_stay_apart(mention):
    ms = [mention("a", region="Europe", date="2023"), mention("b", region="Europe", date="2023"),
          mention("c", country="CU", city="Havana", date="2023-11"), mention("d", country="CU", date="2023")]
    events = fuse(ms)
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["a", "b"], ["c", "d"]]


def test_an_outlet_taken_for_a_name_does_not_split_an_event(mention):
    ms = [mention("a", name="Kim Chol-ung", country="PL", date="2019-03"),
          mention("b", name="Warsaw Daily News", country="PL", date="2019-03"),
          mention("c", name="Kim Cheol-ung", country="PL", date="2019-03")]
    [event] = fuse(ms)
    assert [s.name for s in event.subjects] in (["Kim Chol-ung"], ["Kim Cheol-ung"])
    assert [s.name for m in event.mentions for s in m.subjects] == ["Kim Chol-ung", "Warsaw Daily News", "Kim Cheol-ung"]


def test_the_day_news_broke_does_not_contradict_an_earlier_happening(mention):
    ms = [mention("a", "mission_closure", role=None, country="BD", date="2023-11-27"),
          mention("b", "mission_closure", role=None, country="BD", date="2024-06-05", derivation="relative:weekday"),
          mention("c", "mission_closure", role=None, country="BD", date="2021-03")]
    events = fuse(ms, {"a": "2023-12-20", "b": "2024-06-06", "c": "2021-03-30"})
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["a", "b"], ["c"]]


def test_a_named_person_outweighs_a_late_report_date(mention):
    ms = [mention("a", name="Ko Yong-hwan", date="1991"),
          mention("b", name="Ko Young-hwan", date="2014-08-20", derivation="relative:weekday")]
    [event] = fuse(ms, {"a": None, "b": "2014-08-22"})
    assert event.date.value == "1991"


def test_two_reports_clocks_do_not_clash(mention):
    """"on Tuesday", "on Wednesday": days reckoned on the eve of publication (a day stated in words
    there is the happening's own, see test_fuse_lookalikes)."""
    ms = [mention("a", "mission_closure", role=None, country="CD", date="2023-11-28", derivation="relative:weekday"),
          mention("b", "mission_closure", role=None, country="CD", date="2024-06-05", derivation="relative:weekday")]
    [event] = fuse(ms, {"a": "2023-11-29", "b": "2024-06-06"})
    assert event.date.value == "2023-11-28"  # the happening was no later than its first report


def test_a_disappearance_joins_only_a_defection_of_the_same_people(mention):
    ms = [mention("a", "disappearance", role="family_member", country="RU", city="Vladivostok", date="2023-06",
                  quote="went missing"),
          mention("b", "defection", role="diplomat", country="RU", city="Vladivostok", quote="fled")]
    assert len(fuse(ms)) == 2


def test_one_person_each_is_not_the_same_people(mention):
    """FU-OVER (unknown is not compatible): "a deputy head of mission sought asylum" and "a coder
    vanishes" in one month share only a head count of one, true of most reports."""
    ms = [mention("a", "defection", role=None, count=1, date="2031-07", quote="sought asylum"),
          mention("b", "disappearance", role=None, count=1, country="CN", city="Foshan", date="2031-07",
                  quote="vanishes")]
    assert len(fuse(ms)) == 2
    pair = [mention("c", "defection", role="civilian", count=3, date="2031-07", quote="fled"),
            mention("d", "disappearance", role=None, count=3, date="2031-07", quote="went missing")]
    assert len(fuse(pair)) == 1  # a group of three, the same month: the same people


def test_a_trade_envoy_called_a_diplomat_elsewhere_is_one_event(mention):
    """Reports swap diplomat and trade official for one mission officer; a different city in the
    same country still keeps a second officer apart."""
    ms = [mention("a", role="trade_official", country="RU", city="Khabarovsk", date="2019-05", destination="KR"),
          mention("b", role="diplomat", country="RU", city="Khabarovsk", destination="KR", at=10),
          mention("c", name="Paek Chol", role="trade_official", country="RU", city="Kazan", date="2019-05")]
    events = fuse(ms)
    assert sorted(sorted(m.doc for m in e.mentions) for e in events) == [["a", "b"], ["c"]]
