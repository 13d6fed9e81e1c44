"""Recall (issue 10): a disappearance told as an absence ("have not been seen since"): the negation
is the happening, and a negated perfect counted "since" a point is a lasting state, not a total
(sentences invented)."""
from tests.extract.en_helpers import extract


def test_staff_not_seen_since_a_night_went_missing():
    ms = extract("Two North Korean cooks at a restaurant in Phnom Penh have not been seen since the night of "
                 "May 2, neighbours said.", published="2031-06-13")
    assert [m.type for m in ms] == ["disappearance"]
    assert ms[0].subjects[0].count == 2


def test_a_leader_not_seen_in_public_is_no_disappearance():
    assert extract("North Korean leader Kim Jong Un has not been seen in public since March.",
                   published="2031-06-13") == []


def test_people_who_have_crossed_since_a_point_are_still_a_total():
    assert extract("Only nine North Koreans have crossed the border since the pandemic began, officials said.",
                   published="2031-06-13") == []
