"""Crossings at the front and walk-outs from a worksite, told plainly (invented texts).

TR-NARR: walking up to a South Korean guard post, walking away from "an" apartment site;
SB-ROLE: commanders and political officers are people (military); GT-HYPO by role: the modal of
the verb of saying ("our staff can report") is the teller's, not the happening's; MG relations:
a flight in a "whose" clause is someone else's, told in its own right, not presupposed."""
from tests.extract.en_helpers import extract


def by_type(text):
    return {m.type: m for m in extract(text, published="2031-06-13")}


def test_walking_up_to_a_guard_post_of_the_south_is_a_crossing():
    found = by_type("A North Korean private walked up to a South Korean guard post at dawn on Friday, "
                    "the military said.")
    assert list(found) == ["defection"]


def test_walking_away_from_an_apartment_site_is_a_flight():
    found = by_type("Ro Chol-jin, a North Korean bricklayer, walked away from an apartment building site "
                    "in Omsk on 2 February.")
    assert list(found) == ["defection"]
    assert found["defection"].origin.country == "RU"


def test_officers_whose_sergeant_crossed_are_punished_and_the_crossing_is_told():
    found = by_type("The battalion commander and political officer of the unit whose sergeant crossed the "
                    "border on 4 April have been stripped of their rank, a source in North Korea said.")
    assert sorted(found) == ["defection", "punishment"]
    assert found["defection"].date.value == "2031-04-04"
    assert [(s.role, s.count) for s in found["punishment"].subjects] == [("military", 2)]
    assert [s.role for s in found["defection"].subjects] == ["military"]


def test_the_modal_of_the_teller_does_not_make_a_prediction():
    found = by_type("Kang Il-bok, a welder who worked for North Korean crews in Russia, is now in South "
                    "Korea, our office in Seoul can report.")
    assert list(found) == ["defection"]


def test_a_modal_on_the_happening_itself_still_does():
    assert by_type("Kang Il-bok, a North Korean welder in Russia, could soon be in South Korea, our office "
                   "in Seoul said.") == {}
