"""Who defects or vanishes is people: a foreign thing as the subject ("a U.S. submarine arrived in
South Korea") opens no defection (class SB: fields and happenings bound by role). A North Korean
boat with people aboard still does. Invented sentences."""
from tests.extract.en_helpers import types_in_2031 as types




def test_a_foreign_submarine_arriving_is_no_defection():
    assert "defection" not in types("A U.S. nuclear-armed submarine arrived in South Korea on Monday, "
                                    "prompting North Korea to fire two missiles.")


def test_a_north_korean_boat_with_people_is_a_defection():
    assert "defection" in types("A North Korean wooden boat arrived in South Korea on Monday with four people "
                                "aboard.")


def test_people_arriving_stay():
    assert "defection" in types("Three North Koreans arrived in South Korea on Monday.")
