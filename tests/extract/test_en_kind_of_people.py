"""A present perfect relative clause, undated, on a bare plural names a kind of people, not a
happening (class GT-GENERIC / SB-SPEAKER: "we know from North Koreans who have escaped ...").
A group with an article, a number or a date keeps its event. Invented sentences."""
from tests.extract.en_helpers import extract, types_in_2031 as types




def test_people_who_have_escaped_as_a_source_are_no_event():
    assert "defection" not in types("We know from North Koreans who have escaped that the camps are full.")


def test_defectors_who_have_fled_as_a_kind_are_no_event():
    assert "defection" not in types("Researchers interviewed soldiers who have deserted to the South about "
                                    "food at the front.")


def test_a_counted_group_in_a_relative_clause_stays():
    assert "defection" in types("The three North Korean sailors who have defected to South Korea on Monday "
                                "asked to stay, officials said.")


def test_a_plain_happening_stays():
    assert "defection" in types("Two North Korean soldiers defected to South Korea on Monday, officials said.")


def test_a_relative_clause_with_its_own_subject_is_not_the_peoples():
    found = extract("There are reports of similar defections by North Korean envoys in Asia, where many "
                    "consulates have recently closed.", published="2031-06-13")
    assert [m.type for m in found if m.type == "mission_closure"] == ["mission_closure"]


def test_people_another_verb_is_about_in_the_past_tense_are_a_kind():
    assert "defection" not in types("The agency was investigating citizens who escaped through the border "
                                    "and traded illegally.")
    assert "repatriation" not in types("The resolution voiced concern for North Korean escapees who were "
                                       "repatriated from China.")


def test_people_who_fled_as_a_subject_keep_their_happening():
    assert types("North Koreans who fled across the river were caught on Monday.")
