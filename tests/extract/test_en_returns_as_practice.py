"""GT-GENERIC: a return set against another course ("rather than returning them") or told as a
practice ("China's forced repatriation of North Korean defectors") is no happening (all texts
invented)."""
from tests.extract.en_helpers import types_in_2031


def test_a_course_not_taken_is_no_return():
    assert "repatriation" not in types_in_2031(
        "The South Korean president this week called on Beijing to treat the North Korean escapees "
        "humanely rather than returning them to North Korea, where they face prison.")


def test_a_practice_of_returns_is_no_return_and_a_dated_counted_one_is():
    assert "repatriation" not in types_in_2031(
        "Singers gathered in Seoul on Tuesday to protest China's forced repatriation of North Korean escapees.")
    assert "repatriation" in types_in_2031(
        "China's forced repatriation of 70 North Korean escapees on 8 October drew protests in Seoul.")
