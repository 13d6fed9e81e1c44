"""SB-ROLE: a person's role told by their place in a post's hierarchy or by the post they serve
at ("the number two of North Korea's trade representation", "staff at North Korean missions")
(all texts invented)."""
from crossings.extract.en.roles import role_of
from tests.extract.en_helpers import extract


def test_a_place_in_a_trade_post_is_a_trade_official():
    assert role_of("Kang Chol-min, the number two of North Korea's trade representation in Cebu") == "trade_official"
    assert role_of("the deputy of its trade office in Osaka") == "trade_official"


def test_staff_of_missions_are_diplomats():
    assert role_of("staff at North Korean missions in the Gulf") == "diplomat"
    assert role_of("the staff of a shipping firm in Nampo") is None


def test_the_role_reaches_the_subject_of_a_defection():
    found = [m for m in extract("Ri Chol-jun, the number two of North Korea's trade representation in Cebu, "
                                "defected to South Korea with his wife in May, the ministry said.",
                                published="2031-06-13") if m.type == "defection"]
    assert found and found[0].subjects[0].role == "trade_official"
