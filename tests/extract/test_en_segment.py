"""CL-GLUE in the English segmenter: a stop that lost its space (invented sentences)."""
import pytest

from crossings.extract.en.segment import split


def _texts(text: str) -> list[str]:
    return [s.text for s in split(text)]


def test_a_glued_stop_before_a_capitalised_word_ends_a_sentence():
    assert _texts("The consulate closed.The ministry gave no reason.") == [
        "The consulate closed.", "The ministry gave no reason."]


def test_a_glued_stop_before_hangul_ends_a_sentence():
    assert _texts("The envoy vanished.그는 연락이 끊겼다.") == ["The envoy vanished.", "그는 연락이 끊겼다."]


@pytest.mark.parametrize("text", [
    "He flew to the U.S.Then nothing was heard.",  # an abbreviation: left alone (no lower case before)
    "Mr.Kim and Mrs.Lee left the residence together.",
    "Unit No.4 lost 2.5 percent of its staff.",
    "The author J.R.Smith wrote about it.",
])
def test_abbreviations_decimals_and_initials_are_not_cut(text):
    assert len(_texts(text)) == 1
