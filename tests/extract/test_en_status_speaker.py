"""ST-KEYWORD: who speaks. An official named inside someone else's words, or an official who
only talks about the case, confirms nothing (invented sentences)."""
from tests.extract.en_helpers import one


def test_official_inside_a_quote_after_said_is_not_the_speaker():
    text = ("Chinese guards forcibly repatriated 12 North Korean defectors to the North last week, a "
            "church worker told reporters. \"They are frightened,\" the worker said, adding, \"Border "
            "police officers have warned the families to keep quiet.\"")
    m = one(text, "repatriation")
    assert m.status == "reported"


def test_official_as_object_of_someone_elses_claim_is_not_the_speaker():
    text = ("Eleven North Koreans were caught in Cambodia while trying to reach Seoul, an aid group said. "
            "A pastor helping them said Seoul's Foreign Ministry had ignored their calls for help.")
    m = one(text, "attempted_defection")
    assert m.status == "reported"


def test_official_talking_about_the_case_does_not_confirm_it():
    text = ("Six North Koreans were detained in Kunming while heading for Thailand, two activists said. "
            "The Foreign Ministry spokesman said on Monday he had no details about the case.")
    m = one(text, "attempted_defection")
    assert m.status == "reported"


def test_postposed_official_speaker_still_confirms():
    m = one("Two North Korean soldiers crossed the border and defected on Sunday, said the Joint Chiefs of Staff.",
            "defection")
    assert m.status == "confirmed"


def test_official_answer_with_a_confirming_verb_still_confirms():
    text = ("A North Korean diplomat in Oslo defected with his wife last spring. "
            "The unification ministry confirmed the case on Tuesday.")
    m = one(text, "defection")
    assert m.status == "confirmed"
