"""An attempt told in an as-/while-clause of an arrest is the arrested people's attempt, one
happening (class MG-SPLIT inside a sentence): it keeps the arrest's date and place, and no
second attempt is made from the clause's scraps ("to Laos" is where they were going, not where
they left). Invented sentences."""
from tests.extract.en_helpers import extract


def attempts(text):
    return [m for m in extract(text, published="2031-06-13") if m.type == "attempted_defection"]


def test_the_as_clause_is_the_same_attempt():
    found = attempts("Fourteen North Koreans were arrested in northern Vietnam on Nov. 23 as they attempted "
                     "to make their way to Laos, activists said.")
    assert len(found) == 1
    assert found[0].date.value == "2030-11-23"
    assert found[0].origin.country == "KP"


def test_a_flight_in_a_while_clause_of_an_arrest_is_no_defection():
    found = extract("Three North Koreans were caught by Chinese police on Monday while they fled toward the "
                    "Lao border.", published="2031-06-13")
    assert [m.type for m in found] == ["attempted_defection"]
