"""Control measures told as what people now have to do or may not do (class TR-NARR for rules):
passports handed in, phones collected, movement confined to the compound, reporting in person,
a watcher on every boat, a fence along the river, orders given to fire, families warned; dated by
the point they have been in force since (class DT-ANCHOR), held in the North when they fall on
guards or families; and not Pyongyang's when another state imposes them. Invented sentences."""
import pytest

from tests.extract.en_helpers import extract

PUB = "2031-06-13"


def measures(text):
    return [m for m in extract(text, published=PUB) if m.type == "control_measure"]


@pytest.mark.parametrize("text", [
    "The remaining North Korean diplomats in Hanoi must now hand their passports to the embassy's security officer "
    "each evening, the source said.",
    "Since late March, the roughly 200 North Koreans still working at the shipyard in Vladivostok have had their "
    "phones collected by their minders.",
    "North Korean students who remain in Russia must report in person to embassy staff every week.",
    "North Korean students in Kazan may not leave campus without a minder, a lecturer said.",
    "Since the start of the year, North Korea has put a security officer on every fishing boat on its west coast.",
])
def test_rules_told_plainly_are_control_measures(text):
    assert len(measures(text)) == 1


def test_a_rule_in_force_since_a_month_is_dated_by_it():
    [m] = measures("Since January, staff at North Korean missions in Africa have had to hand their passports to "
                   "the security officer every evening.")
    assert m.date.value == "2031-01"


@pytest.mark.parametrize("text", [
    "North Korean border guards were also given new orders this month to fire on anyone approaching the "
    "riverbank at night, residents said.",
    "North Korean soldiers in Ryanggang province have been putting up a second fence along the Yalu river this "
    "month, residents said.",
    "Families of North Korean soldiers in front-line units were told that they would be moved out of their towns "
    "if a relative crossed.",
])
def test_measures_on_guards_and_families_hold_in_the_north(text):
    [m] = measures(text)
    assert m.origin.country == "KP"


@pytest.mark.parametrize("text", [
    "South Korea is building a new fence along the border with the North.",
    "Seoul has put a security officer on every ferry to the border islands.",
])
def test_another_states_measures_are_not_pyongyangs(text):
    assert measures(text) == []


def test_staff_posted_in_a_city_are_not_that_state():
    [m] = measures("Staff at the North Korean embassy in Jakarta were ordered this month to hand their passports "
                   "to a security officer, a source said.")
    assert m.origin.country == "ID"


def test_a_rule_completed_after_the_trigger_words_is_a_control():
    # the words that make it a rule ("in groups of three") follow the matched trigger
    text = ("Since early May, fishing boats on North Korea's east coast may leave harbour only in groups of "
            "four, a lawmaker said.")
    assert [m.type for m in extract(text, published="2031-06-13")] == ["control_measure"]


@pytest.mark.parametrize("text", [
    "Since May, all North Korean staff have been required to live inside the embassy compound in Sofia, "
    "a diplomat said.",
    "North Korean crew members on trawlers in the South Atlantic have not been allowed ashore since March, "
    "agents said.",
    "Units of the North Korean army on the eastern front have been ordered not to send any soldier out "
    "alone, a source said.",
])
def test_where_they_must_stay_and_that_none_may_go_alone_are_rules(text):
    assert [m.type for m in extract(text, published="2031-06-13")] == ["control_measure"]


def test_a_measure_that_was_not_taken_is_none():
    assert extract("North Korea has not tightened surveillance of its workers in Russia, officials said.",
                   published="2031-06-13") == []


def test_the_month_of_may_is_no_modal():
    text = "In May, North Korea banned its workers in Kazan from leaving their dormitories, a foreman said."
    assert [m.type for m in extract(text, published="2031-06-13")] == ["control_measure"]


@pytest.mark.parametrize("text", [
    "Since March, North Korean construction crews in Kazan have been living under stricter rules, a "
    "subcontractor said.",
    "North Korean workers in Kazan walk to and from the sites in groups of three, a foreman said.",
    "Their passports, which foremen already held, are now kept in a safe by the security official, North "
    "Korean workers in Kazan say.",
])
def test_rules_told_as_a_regime_a_walk_in_groups_and_passports_kept(text):
    assert [m.type for m in extract(text, published="2031-06-13")] == ["control_measure"]
