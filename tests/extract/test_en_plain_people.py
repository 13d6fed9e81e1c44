"""SB-ROLE: unnamed people who flee or are sent back, with no post named anywhere in the sentence,
are civilians (the codebook's role for whoever holds none); a post still wins (sentences invented)."""
from tests.extract.en_helpers import one


def roles(m):
    return {s.role for s in m.subjects if s.role != "family_member"}


def test_defectors_with_no_post_are_civilians():
    m = one("Fourteen North Korean defectors were arrested by police in Laos on Sunday, a rights group said.",
            "attempted_defection")
    assert roles(m) == {"civilian"}


def test_teenagers_who_sought_asylum_are_civilians():
    m = one("Three North Korean teenagers sought asylum at a foreign consulate in Shenyang in March.", "defection")
    assert roles(m) == {"civilian"}


def test_a_post_in_the_subject_still_wins():
    m = one("Two North Korean diplomats defected in Europe last year, a lawmaker said.", "defection")
    assert roles(m) == {"diplomat"}


def test_a_named_person_gets_no_default_role():
    m = one("North Korean defector Kim Chol Su fled across the Tumen River in 2019.", "defection")
    assert "civilian" not in {s.role for s in m.subjects if s.name}


def test_one_north_korean_told_by_what_they_do_at_home_is_a_civilian():
    m = one("A North Korean pianist escaped to South Korea by boat last week, officials in Seoul said.", "defection")
    assert roles(m) == {"civilian"}


def test_one_north_korean_told_by_a_rank_keeps_it():
    m = one("A North Korean sergeant escaped to South Korea last week, officials in Seoul said.", "defection")
    assert roles(m) == {"military"}


def test_one_north_korean_defector_gets_no_role_from_the_flight_noun():
    m = one("A North Korean defector fled to Thailand last week, a pastor said.", "defection")
    assert "civilian" not in roles(m)
