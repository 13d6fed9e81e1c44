"""A happening named as what people face or fear, or what a measure is there to block, has not
happened (class GT-HYPO; codebook: "face repatriation" is a prediction). A present passive in
running text states a habit (GT-GENERIC). Invented sentences."""
import pytest

from tests.extract.en_helpers import types_in_2031 as types

QUIET = "The officials said it was a quiet week. Nothing else happened. It rained. "




def test_facing_deportation_is_no_repatriation():
    assert "repatriation" not in types("The nine, caught in Dalian on Monday, face deportation, possible "
                                       "torture and execution in North Korea.")


def test_risking_execution_is_no_punishment():
    assert "punishment" not in types("The North Korean defectors held in Shenyang on Monday risk execution "
                                     "if they are returned, activists said.")


def test_escapes_a_measure_blocks_are_no_defection():
    assert "defection" not in types("In recent weeks, officers in Russia were ordered to strictly block "
                                    "escapes by workers, the source said.")


def test_a_deportation_carried_out_stays():
    assert "repatriation" in types("China carried out the deportation of nine North Koreans on Monday, "
                                   "activists said.")


def test_a_present_passive_in_running_text_is_a_habit():
    assert "repatriation" not in types(QUIET + "North Korean workers who complain are repatriated to "
                                               "Pyongyang within a week.")


def test_a_closure_under_way_is_not_yet_a_closure():
    assert types("Officials said North Korea is in the process of closing its consulate in Sydney.") == []


def test_a_closure_done_is_one():
    assert types("Officials said North Korea closed its consulate in Sydney last month.") == ["mission_closure"]


def test_a_habit_of_long_standing_is_no_happening():
    assert types("Mongolia has long helped North Korean escapees reach South Korea, activists say.") == []


def test_one_dated_help_is_a_happening():
    assert types("Mongolia helped six North Korean escapees reach South Korea last month, activists say.") \
        == ["defection"]


@pytest.mark.parametrize("text", [
    "Police in Musan detained eleven people last week on charges of helping others escape, a source said.",
    "A North Korean broker was accused of helping dozens of North Koreans flee to China.",
])
def test_a_flight_named_in_a_charge_is_no_happening(text):
    assert "defection" not in types(text)


def test_a_flight_someone_helped_is_still_told():
    assert "defection" in types("A North Korean broker helped three North Korean women escape to China last month.")
