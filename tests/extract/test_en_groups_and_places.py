"""Where a punishment took place, where the recalled go, and "the others" of a counted group
(all texts invented)."""
from __future__ import annotations

from tests.extract.en_helpers import extract

STORY = (
    "North Korea has publicly executed three citizens who were recently sent back from China, an "
    "activist group said on Monday.\n\n"
    "The group said the 25 others were sent to prison camps after being repatriated from China.\n\n"
    "Earlier, the manager and the security agent of the Tomsk logging site were summoned to Pyongyang "
    "after the escape."
)


def test_the_north_as_the_one_who_punishes_places_the_punishment():
    [punished] = [m for m in extract(STORY, published="2020-10-05") if m.type == "punishment"]
    assert punished.origin.country == "KP"  # not China, where they were sent back from


def test_the_others_of_a_counted_group_are_one_punishment_with_both_groups():
    [punished] = [m for m in extract(STORY, published="2020-10-05") if m.type == "punishment"]
    assert sorted(s.count for s in punished.subjects if s.role != "family_member") == [3, 25]


def test_a_recall_to_pyongyang_has_the_north_for_destination():
    [recall] = [m for m in extract(STORY, published="2020-10-05") if m.type == "recall"]
    assert recall.destination == "KP"
    assert any(e.field == "destination" and e.quote == "to Pyongyang" for e in recall.evidence)


def test_two_counted_groups_without_others_still_clash():
    from crossings.events import Evidence, Mention, Subject
    from crossings.extract.merge import Candidate, merge_candidates

    def punished(order, count, descriptor):
        m = Mention(doc="d", type="punishment", subjects=[Subject(descriptor=descriptor, role="civilian", count=count)])
        m.evidence.append(Evidence("type", order, order + 1, "x"))
        return Candidate(m, order=order)
    assert len(merge_candidates([punished(0, 12, "12 workers"), punished(9, 30, "30 workers")])) == 2
    [one] = merge_candidates([punished(0, 12, "12 workers"), punished(9, 30, "the 30 others")])
    assert sorted(s.count for s in one.subjects) == [12, 30]


def test_a_country_crossed_into_is_no_origin():
    text = ("Kim Ok Hwa, a nurse from Musan, crossed the river into China in 2019 and reached South Korea "
            "a year later, North Korean sources said.")
    found = [m for m in extract(text, published="2021-05-06") if m.type == "defection"]
    assert found and all(m.origin.country != "CN" for m in found)
