"""Kinds of happening (generic, vague) are no events; closures listed on a noun are; measures
told as vetting, rewards and watched families are controls; a confirmation of a head count
confirms nothing. All sentences are invented."""
import pytest

from tests.extract.en_helpers import extract, types


@pytest.mark.parametrize("text", [
    "Swimming across the Yalu in winter is the hardest part of any escape from North Korea.",
    "Fleeing North Korea by sea is rare.",
    "Escapee: a North Korean who has left the country without permission.",
    "Pyongyang closed a number of missions last year to cut costs.",
    "The North's withdrawal from the disarmament talks angered Tokyo.",
])
def test_kinds_and_vague_sets_are_not_events(text):
    assert types(text) == []


def test_a_vague_set_with_named_hosts_is_one_closure_each():
    found = [m.origin.country for m in extract("North Korea closed several missions in 2023, including those "
                                               "in Angola and Nepal.") if m.type == "mission_closure"]
    assert sorted(found) == ["AO", "NP"]


@pytest.mark.parametrize("text, hosts", [
    ("The closure of North Korea's embassy in Chile follows Pyongyang's pull-out from Nepal and Angola.",
     ["AO", "CL", "NP"]),
    ("North Korea shut its embassy in Chile, adding to a list that already included missions in Nepal and Angola.",
     ["AO", "CL", "NP"]),
])
def test_closures_listed_on_a_noun(text, hosts):
    assert sorted(m.origin.country for m in extract(text) if m.type == "mission_closure") == hosts


@pytest.mark.parametrize("text", [
    "North Korean security agents visited Oman and Kuwait in April to root out would-be defectors among the workers.",
    "North Korea promised cash rewards for reporting anyone planning to flee, a source said on Monday.",
    "The North Korean authorities put the relatives of the missing loggers under close watch in July.",
])
def test_controls_told_as_vetting_rewards_and_watch(text):
    assert "control_measure" in types(text)


def test_a_confirmed_head_count_is_no_confirmed_happening():
    found = extract("South Korea's Joint Chiefs of Staff confirmed that four people were aboard the North Korean "
                    "boat that crossed the NLL on Monday.")
    assert [m.status for m in found] == ["reported"]


def test_a_confirmed_crossing_is_confirmed():
    found = extract("South Korea's Joint Chiefs of Staff confirmed that a North Korean soldier crossed the MDL on Monday.")
    assert [m.status for m in found] == ["confirmed"]


def test_a_vague_set_in_a_named_region_is_a_closure():
    found = [m for m in extract("There are reports of more defections by North Korean envoys in Africa, where "
                                "many embassies have recently closed.") if m.type == "mission_closure"]
    assert [m.origin.region for m in found] == ["Africa"]
