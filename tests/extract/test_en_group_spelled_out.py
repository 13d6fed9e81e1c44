"""Fields bound by role inside one sentence (classes SB-COUNT, PL-GRAN, PL-BYSTANDER, MG-SPLIT):
a group spelled out in apposition counts its parts ("the defectors, a man and 12 women" are 13);
a place that only locates another ("Ningbo, near Shanghai") is not where they were; where people
were caught is not where they left from (codebook), so an attempt and its arrest stay one
happening; "the group" of people fleeing is civilians; a statistic told of "their" flight is
about a plural. Invented sentences."""
from tests.extract.en_helpers import extract, one


def test_an_apposition_spells_out_the_count_and_the_landmark_is_no_city():
    m = one("The defectors, a man and 12 women, had fled from a North Korean restaurant in the Chinese city of "
            "Ningbo, near Shanghai, and arrived in South Korea on April 7.", "defection", published="2031-06-13")
    assert m.subjects[0].count == 13
    assert m.origin.city == "Ningbo"


def test_the_place_of_the_arrest_is_not_the_origin_and_the_attempt_is_one():
    found = [m for m in extract("Ten North Koreans including a child have been detained in China, sources said. "
                                "The group was trying to defect to South Korea, but were detained by Chinese "
                                "police in Shenyang.", published="2031-06-13") if m.type == "attempted_defection"]
    assert len(found) == 1
    assert found[0].origin.country == "KP"


def test_workers_posted_abroad_keep_their_posting_when_caught_elsewhere():
    m = one("Three North Korean workers posted in Vladivostok tried to flee but were caught in Khabarovsk on "
            "Monday.", "attempted_defection", published="2031-06-13")
    assert m.origin.country == "RU"


def test_their_flight_in_a_quarterly_figure_is_a_statistic():
    assert not extract("The large number in the first quarter was due to the time between their defection "
                       "from the North and their arrival in the South.", published="2031-06-13")
