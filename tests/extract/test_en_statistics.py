"""Statistics are frames (totals, trends, shares), not sizes. All sentences are invented."""
import pytest

from tests.extract.en_helpers import one, types


@pytest.mark.parametrize("text", [
    "The number of North Korean defectors who reached the South dropped by a third last year.",
    "One in five North Korean defectors who arrived since 2012 has no job.",
    "A quarter of the North Korean defectors who arrived in the South last year were teenagers.",
    "A total of 212 North Korean defectors arrived in South Korea in the first quarter, the ministry said on Monday.",
    "Hundreds of North Koreans were repatriated from China last year.",
    "About 400 North Koreans defected in the second half, officials said.",
])
def test_statistics(text):
    assert types(text) == []


def test_a_dated_act_is_an_event_however_many_people():
    m = one("China sent about 700 North Koreans back to North Korea on 12 September.", "repatriation")
    assert m.date.value.endswith("-09-12")
    assert sum(s.count or 0 for s in m.subjects) == 700


def test_a_month_and_a_concrete_actor_date_one_act():
    assert types("Chinese authorities repatriated hundreds of North Korean escapees in November.") == ["repatriation"]
