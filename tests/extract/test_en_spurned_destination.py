"""A place named as the road not taken is no destination (class PL-BYSTANDER: fields bound by
role). "defected to the United States - and not to South Korea" went to the United States.
All sentences are invented."""
from tests.extract.en_helpers import one


def dest(text):
    return one(text, "defection", published="2031-06-13").destination


def test_not_to_the_south_leaves_the_stated_goal():
    assert dest("The North Korean envoy Ri defected to the United States - and not to South Korea, as "
                "others have - officials said.") == "US"


def test_rather_than_the_south_leaves_the_stated_goal():
    assert dest("The North Korean envoy chose to defect to Canada rather than to South Korea, officials "
                "said.") == "CA"


def test_the_spurned_place_after_the_goal_does_not_replace_it():
    assert dest("The North Korean envoy defected to South Korea, not to the United States, officials "
                "said.") == "KR"


def test_a_plain_destination_stays():
    assert dest("A North Korean soldier defected to South Korea on Monday, officials said.") == "KR"
