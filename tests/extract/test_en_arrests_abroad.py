"""Escapees arrested abroad before they reach refuge are an attempted defection (codebook);
arrests at home, in the South or for a crime are not. All sentences are invented."""
import pytest

from tests.extract.en_helpers import extract, one, types


@pytest.mark.parametrize("text, count", [
    ("Four North Koreans who crossed into China last winter were arrested in Laos on Sunday.", 4),
    ("Chinese police detained six North Korean escapees on a bus bound for Nanning last week.", 6),
    ("Activists urged Beijing not to send back nine North Koreans caught in Chinese territory this month.", 9),
])
def test_held_abroad_is_an_attempt(text, count):
    m = one(text, "attempted_defection")
    assert sum(s.count or 0 for s in m.subjects) == count


def test_the_flight_of_the_people_held_is_no_defection_of_its_own():
    assert types("Four North Koreans who fled through China were arrested in Laos on Sunday.") == ["attempted_defection"]


@pytest.mark.parametrize("text", [
    "A North Korean defector was arrested in Seoul on Friday for fraud.",
    "Two North Korean hackers were detained in Thailand in April.",
    "Police in Busan arrested a North Korean defector accused of smuggling drugs.",
    "North Korean guards detained the traders near Hyesan.",
])
def test_other_arrests_are_not(text):
    assert "attempted_defection" not in types(text)


def test_a_participle_states_a_fact_whatever_the_main_clause_hopes():
    # the main clause is a plea (a prediction cue); the arrest it describes happened
    assert "attempted_defection" in types(
        "Lawmakers urged Beijing not to repatriate the 15 North Koreans detained in Shenyang this week.")
