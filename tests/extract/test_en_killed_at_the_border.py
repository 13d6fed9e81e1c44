"""Codebook: people caught fleeing and then killed are a punishment, distinct from the attempt;
a killing stops the attempt. A river named on the way ("cross the Imjin River") is a flight word,
and where they were heading ("into China") is not where they were shot. Invented sentences."""
from tests.extract.en_helpers import extract


def test_a_man_killed_while_trying_to_cross_a_river_is_an_attempt_and_a_punishment():
    ms = extract("A man who was trying to cross the Yalu River into China near Hyesan was killed by gunfire "
                 "from North Korean border guards on the night of March 4, a source said.", published="2031-06-13")
    assert {m.type for m in ms} == {"attempted_defection", "punishment"}
    assert all(m.origin.country != "CN" for m in ms if m.type == "punishment")


def test_a_man_killed_in_a_traffic_accident_is_nothing():
    ms = extract("A North Korean trade official was killed in a traffic accident in Dandong on March 4, "
                 "a source said.", published="2031-06-13")
    assert ms == []
