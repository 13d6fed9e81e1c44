"""An exact head count outranks approximations of it when fusion settles an event's count.

"Some ten North Koreans" repeated by four outlets is a rounder's figure; the one report that
says "nine" counted them. Approximations vote only where no report gives an exact figure."""
from crossings.events import Subject
from crossings.fuse import fuse_mentions
from crossings.fuse.features import hedged_count


def _count(event):
    return sum(s.count or 0 for s in event.subjects if s.role != "family_member")


def _one_event(ms):
    events = fuse_mentions(ms, {})
    assert len(events) == 1
    return events[0]


def _report(mention, doc, count, descriptor):
    return mention(doc, "defection", role="civilian", count=count, descriptor=descriptor, country="KP",
                   destination="KR", date="2031-05-06", quote="fled by boat")


def test_hedges_are_read_in_english_and_korean(mention):
    assert hedged_count(_report(mention, "a", 10, "some ten villagers"))
    assert hedged_count(_report(mention, "b", 10, "주민 10여 명"))
    assert hedged_count(_report(mention, "c", 30, "수십 명의 주민"))
    assert not hedged_count(_report(mention, "d", 9, "nine villagers"))
    assert not hedged_count(_report(mention, "e", 9, "주민 9명"))


def test_one_exact_figure_outranks_repeated_approximations(mention):
    ms = [_report(mention, f"r{i}", 10, text) for i, text in
          enumerate(["about 10 villagers", "some ten people", "주민 10여명", "10여 명의 주민"])]
    ms.append(_report(mention, "exact", 9, "nine villagers from one county"))
    assert _count(_one_event(ms)) == 9


def test_approximations_alone_still_give_the_count(mention):
    ms = [_report(mention, "r1", 10, "about 10 villagers"), _report(mention, "r2", 10, "주민 10여명")]
    assert _count(_one_event(ms)) == 10


def test_single_people_do_not_count_as_exact_group_figures(mention):
    """"A defector" (one) is no figure for a group that others number approximately."""
    ms = [_report(mention, "r1", 10, "about 10 villagers"), _report(mention, "r2", 10, "주민 10여명"),
          _report(mention, "one", 1, "a villager")]
    assert _count(_one_event(ms)) == 10


def test_between_exact_figures_the_vote_stands(mention):
    ms = [_report(mention, "r1", 9, "nine villagers"), _report(mention, "r2", 9, "9 people"),
          _report(mention, "r3", 8, "eight villagers"), _report(mention, "r4", 10, "about 10 villagers")]
    assert _count(_one_event(ms)) == 9
