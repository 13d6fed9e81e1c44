"""Words of the domain that tell no flight from the North, and harm or sanctions that punish one.
All sentences are invented."""
import pytest

from tests.extract.en_helpers import extract, one, types


@pytest.mark.parametrize("text", [
    # punished in a page that never speaks of a flight
    "North Korea executed four trade officials over the failure of the talks, a newspaper said.",
    "North Korea has purged its top negotiator and sent two interpreters to a labour camp.",
    # a return the people asked for (codebook)
    "South Korea repatriated three North Korean sailors on Monday whose boat had drifted south.",
    "The coast guard rescued two North Korean crewmen and repatriated them at their own request.",
    # a flight into the North
    "The North Korean defector swam across the river to North Korea in August.",
    # a crossing the people turned back from
    "Five North Korean soldiers crossed the military demarcation line on Monday but retreated after warning shots.",
    # harm that punishes no flight
    "North Korean soldiers shot at a balloon near the border in May.",
    "North Korea replaced its ambassador to Peru in March.",
])
def test_not_a_flight(text):
    assert types(text) == []


def test_punished_over_a_flight_is_in_the_domain():
    assert types("North Korea executed three officials in May over the defection of its waitresses.") == ["punishment"]


def test_a_forced_return_despite_a_wish_to_stay_is_a_repatriation():
    assert "repatriation" in types("South Korea forcibly repatriated two North Korean fishermen on Friday "
                                   "although they had asked to stay.")


def test_a_crossing_that_ends_in_surrender_is_a_defection():
    assert types("A North Korean soldier crossed the military demarcation line on Monday and "
                 "surrendered to South Korean troops.") == ["defection"]


def test_killing_people_caught_fleeing_is_a_punishment_and_an_attempt():
    found = types("North Korean border guards shot dead a woman caught fleeing across the Tumen river in June.")
    assert found == ["attempted_defection", "punishment"]


def test_a_unit_replaced_after_an_escape_is_a_punishment():
    assert "punishment" in types("After the escape of the North Korean soldier, the whole guard company "
                                 "was replaced in May.")


def test_internal_exile_with_the_people_in_between():
    m = one("The North Korean authorities expelled the families of two defectors to remote mountain areas "
            "in April.", "punishment")
    assert m.date.value == "2023-04"


def test_fled_and_sent_back_is_a_defection_and_a_repatriation():
    assert types("Two North Korean fishermen who fled to the South by boat were deported on Thursday.") == \
        ["defection", "repatriation"]


def test_relatives_of_a_diplomat_who_left_his_post_sent_to_a_farm_are_punished():
    """TR-PUNISH (relatives): harm that falls on the kin of someone named or posted answers that
    person's flight, even told as "left his post" and nothing more."""
    text = ("We have learned that the parents and sister of Ro Chang-hyok, the trade counsellor who left his "
            "post in Lusaka in May, were moved out of Pyongyang in July and sent to a cooperative farm in Unpa "
            "county.")
    found = [m for m in extract(text, published="2031-06-13") if m.type == "punishment"]
    assert len(found) == 1 and all(s.role != "diplomat" for s in found[0].subjects)


def test_households_moved_out_of_pyongyang_for_a_new_road_are_not_punished():
    text = ("Some forty households of the Moranbong district were moved out of Pyongyang in July and sent to a "
            "cooperative farm in Unpa county to make way for a new road, a North Korean newspaper said.")
    assert "punishment" not in types(text)
