"""A mass return or recall on one occasion, and an absence told as silence (invented texts).

GT-AGG-OVER: about 150 people ordered home "in the same week" is one dated act, not a total;
TR-NARR: people sent back "to their country" (North Koreans, not money) and someone "not heard
from since"; SB-ROLE: the son of an official missing alone stays a relative of someone posted."""
from tests.extract.en_helpers import extract


def kinds(text):
    return {m.type: m for m in extract(text, published="2031-06-13")}


def test_many_ordered_home_in_the_same_week_is_one_recall():
    found = kinds("In the same week, about 120 North Korean workers at a Kazan shipyard were ordered home by "
                  "their own side, a foreman said.")
    assert [(s.role, s.count) for s in found["recall"].subjects] == [("overseas_worker", 120)]


def test_a_total_over_a_year_is_still_a_statistic():
    assert kinds("Over the past year, about 120 North Korean workers in Kazan were ordered home, "
                 "a foreman said.") == {}


def test_north_koreans_sent_back_to_their_country():
    found = kinds("China sent about 240 North Koreans back to their country on Tuesday night, a rights "
                  "group said.")
    assert found["repatriation"].subjects[0].count == 240


def test_money_sent_back_to_their_country_is_no_return():
    assert kinds("North Korean workers in Kazan send most of their wages back to their home country, "
                 "a foreman said.") == {}


def test_not_heard_from_since_is_a_disappearance_of_a_relative():
    found = kinds("The 17-year-old daughter of a diplomat at North Korea's embassy in Prague has not been "
                  "heard from since she left home on 2 June, friends said.")
    m = found["disappearance"]
    assert [s.role for s in m.subjects] == ["family_member"]


def test_held_since_a_day_is_an_arrest_on_that_day():
    found = kinds("Nine North Koreans seeking to defect to South Korea have been detained in Laos since "
                  "May 4, an aid group said.")
    m = found["attempted_defection"]
    assert m.date.value == "2031-05-04"
    assert m.subjects[0].count == 9


def test_arrests_counted_since_a_year_are_a_total():
    assert kinds("About 30 North Koreans have been arrested in Laos since 2028, police said.") == {}


def test_a_group_of_defectors_held_abroad():
    found = kinds("A group of 12 North Korean defectors is being detained in Kunming, China, activists said.")
    assert found["attempted_defection"].subjects[0].count == 12
