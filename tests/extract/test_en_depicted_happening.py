"""A happening shown in footage is dated by its own time, not by the day the footage was released
(class: anchor dates / the time a statement was made). All sentences are invented."""
from tests.extract.en_helpers import one


def test_footage_showing_a_repatriation_takes_the_repatriation_year():
    m = one("The ministry released a video Monday showing the forced repatriation of two North Korean "
            "fishermen at the truce village in 2029.", "repatriation", published="2031-06-13")
    assert m.date.value == "2029"
    assert m.subjects[0].count == 2


def test_without_a_date_of_its_own_the_release_day_is_not_taken_as_a_day():
    m = one("The ministry released a video Monday showing the forced repatriation of two North Korean "
            "fishermen at the truce village.", "repatriation", published="2031-06-13")
    assert m.date.value != "2031-06-09"
