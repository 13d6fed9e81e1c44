"""Not happenings: a condition ("a defector, if arrested, would face deportation") and a
deportation on to the South ("Thailand deports North Korean refugees to South Korea": codebook,
a repatriation is a forced return to the North). All sentences are invented."""
from tests.extract.en_helpers import extract, one


def test_a_condition_is_no_arrest():
    assert extract("In every other country in the region, a North Korean defector if arrested would likely "
                   "face deportation to North Korea.", published="2031-06-13") == []


def test_a_deportation_to_the_south_is_no_repatriation():
    assert extract("Thailand deported five North Korean refugees to South Korea on Monday.",
                   published="2031-06-13") == []


def test_a_deportation_to_china_still_is_one():
    m = one("Vietnam deported three North Korean refugees to China on Tuesday.", "repatriation",
            published="2031-06-13")
    assert m.subjects[0].count == 3
