"""Spelled-out head counts with scales (class SB-COUNT): "four hundred seventy" is 470, not 4;
"one hundred and twelve" is 112. Invented sentences."""
import pytest

from tests.extract.en_helpers import extract


@pytest.mark.parametrize("words, value", [("Four hundred seventy", 470), ("One hundred and twelve", 112),
                                          ("Twenty-nine", 29), ("Three hundred", 300)])
def test_spelled_counts_read_whole(words, value):
    found = extract(f"{words} North Korean defectors were flown from Vietnam to Seoul on July 27, "
                    "officials said.", published="2031-06-13")
    assert any(s.count == value for m in found for s in m.subjects)


def test_a_count_beside_another_number_word_is_its_own():
    found = extract("Two North Korean soldiers defected on Monday, one of them a sergeant, officials said.",
                    published="2031-06-13")
    assert any(s.count == 2 for m in found for s in m.subjects)
