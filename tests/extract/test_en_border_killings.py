"""Killings and sentences at the North's own border (invented texts).

TR-NARR: a crossing told by how people moved over the river ("walking across the frozen
Tumen"), or were led over it ("guiding people across the river into China"), ties a killing
to a flight; an attempt told as sailing "a small boat south across the sea border". DT-ANCHOR
by role: "by firing squad" is how the execution was done, so its date is the execution's.
PL by role: a punishment "in ... county, X province" of the North happened in the North."""
from tests.extract.en_helpers import extract


def by_type(text):
    return {m.type: m for m in extract(text, published="2031-06-13")}


def test_a_woman_shot_walking_across_the_river_was_punished_for_a_flight():
    found = by_type("Border guards in Onsong county shot dead a woman who was walking across the frozen "
                    "Tumen river, a source in North Korea said.")
    assert list(found) == ["punishment"]


def test_an_execution_for_guiding_people_across_the_river():
    found = by_type("A man accused of guiding people across the Tumen river into China was executed by "
                    "firing squad before a crowd last Monday in Musan county, North Hamgyong province, "
                    "residents said.")
    m = found["punishment"]
    assert m.date.value == "2031-06-09"
    assert m.origin.country == "KP"


def test_jagang_is_a_province_of_the_north():
    found = by_type("A North Korean man who fled to China was executed in Manpo, Jagang province, in May, "
                    "residents said.")
    assert found["punishment"].origin.country == "KP"


def test_sailing_a_boat_south_across_the_sea_border_is_an_attempt():
    found = by_type("Two North Korean men who tried to sail a wooden boat south across the eastern sea "
                    "border were stopped by a North Korean patrol boat, lawmakers were told.")
    assert found["attempted_defection"].subjects[0].count == 2
