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


def test_the_point_an_absence_began_dates_it():
    """Class DT-ANCHOR: "since" frames other time points, but an absence that lasts began then."""
    ms = extract("Two North Korean nurses working at a clinic in Moscow have not been seen since the evening of "
                 "May 3, colleagues said.", published="2031-06-13")
    assert [(m.type, m.date.value) for m in ms] == [("disappearance", "2031-05-03")]
    ms = extract("A North Korean trade official in Minsk has been missing since March, his neighbours said.",
                 published="2031-06-13")
    assert [(m.type, m.date.value) for m in ms] == [("disappearance", "2031-03")]


def test_an_absence_told_with_where_they_were_last_seen():
    ms = extract("A North Korean fisherman and his son have not been seen at their rented room near the harbour "
                 "in Vladivostok for more than ten days, a landlord said.", published="2031-06-13")
    assert [m.type for m in ms] == ["disappearance"]
