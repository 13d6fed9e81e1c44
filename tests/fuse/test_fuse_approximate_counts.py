"""An exact head count outranks approximations of it when fusion settles an event's count.

"Some ten North Koreans" repeated by four outlets is a rounder's figure; the one report that
says "nine" counted them. Approximations vote only where no report gives an exact figure.
Which counts are approximate is the extractors' fact (Subject.approximate, each from its own
language's hedges): fusion reads the flag, never the words."""
from crossings.events import Mention, Subject
from crossings.fuse import fuse_mentions
from crossings.fuse.subjects import approximate_count


def _count(event):
    return sum(s.count or 0 for s in event.subjects if s.role != "family_member")


def _one_event(ms):
    events = fuse_mentions(ms, {})
    assert len(events) == 1
    return events[0]


def _report(mention, doc, count, descriptor, approximate=False):
    return mention(doc, "defection", role="civilian", count=count, descriptor=descriptor, country="KP",
                   destination="KR", date="2031-05-06", quote="fled by boat", approximate=approximate)


def _approx(mention, doc, count, descriptor):
    return _report(mention, doc, count, descriptor, approximate=True)


def test_fusion_reads_the_flag_not_the_words(mention):
    assert approximate_count(_approx(mention, "a", 10, "ten villagers"))
    assert not approximate_count(_report(mention, "b", 10, "some ten villagers"))
    assert not approximate_count(_report(mention, "c", 10, "주민 10여 명"))
    # a named person or a relative is no group head count
    named = _approx(mention, "d", 1, "a villager")
    named.subjects[0].name = "Ri Chol-su"
    assert not approximate_count(named)


def test_one_exact_figure_outranks_repeated_approximations(mention):
    ms = [_approx(mention, f"r{i}", 10, text) for i, text in
          enumerate(["about 10 villagers", "some ten people", "주민 10여명", "10여 명의 주민"])]
    ms.append(_report(mention, "exact", 9, "nine villagers from one county"))
    event = _one_event(ms)
    assert _count(event) == 9
    assert not any(s.approximate for s in event.subjects)


def test_unflagged_words_are_exact_figures_that_vote_by_number(mention):
    """Words alone make no approximation: four unflagged reports of ten outvote one of nine."""
    ms = [_report(mention, f"r{i}", 10, text) for i, text in
          enumerate(["about 10 villagers", "some ten people", "주민 10여명", "10여 명의 주민"])]
    ms.append(_report(mention, "exact", 9, "nine villagers from one county"))
    assert _count(_one_event(ms)) == 10


def test_approximations_alone_still_give_the_count_and_stay_approximate(mention):
    ms = [_approx(mention, "r1", 10, "about 10 villagers"), _approx(mention, "r2", 10, "주민 10여명")]
    event = _one_event(ms)
    assert _count(event) == 10
    [group] = [s for s in event.subjects if s.role != "family_member"]
    assert group.approximate


def test_single_people_do_not_count_as_exact_group_figures(mention):
    """"A defector" (one) is no figure for a group that others number approximately."""
    ms = [_approx(mention, "r1", 10, "about 10 villagers"), _approx(mention, "r2", 10, "주민 10여명"),
          _report(mention, "one", 1, "a villager")]
    assert _count(_one_event(ms)) == 10


def test_between_exact_figures_the_vote_stands(mention):
    ms = [_report(mention, "r1", 9, "nine villagers"), _report(mention, "r2", 9, "9 people"),
          _report(mention, "r3", 8, "eight villagers"), _approx(mention, "r4", 10, "about 10 villagers")]
    event = _one_event(ms)
    assert _count(event) == 9
    assert not any(s.approximate for s in event.subjects)


def test_a_stored_mention_without_the_flag_loads_as_exact():
    """Mentions stored before the flag existed have no key for it."""
    old = {"doc": "d", "type": "defection", "subjects": [{"descriptor": "some 10 villagers", "count": 10,
                                                           "role": "civilian"}]}
    assert Mention.from_dict(old).subjects[0].approximate is False
    flagged = Mention(doc="d", type="defection", subjects=[Subject(count=10, role="civilian", approximate=True)])
    assert Mention.from_dict(flagged.to_dict()).subjects[0].approximate is True
