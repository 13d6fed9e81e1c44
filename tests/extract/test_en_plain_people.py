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
