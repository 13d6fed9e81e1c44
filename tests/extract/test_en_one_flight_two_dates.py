"""One flight told by its start and by its arrival, in one article (invented texts).

MG-SPLIT: an unnamed report of the one person of a post and the named report of him are one
happening though their dates are a journey apart; the flight is dated by its start, not by the
arrival. SB-NAME: a romanised name opening the subject is a name even where the tagger misses
it. GT-HYPO: "no plans for the embassy to close" is no closure."""
from tests.extract.en_helpers import extract


def test_the_unnamed_envoy_who_vanished_and_the_named_one_who_arrived_are_one_flight():
    text = ("A senior North Korean diplomat who vanished from his post in Portugal in November has arrived "
            "in South Korea with his wife, the ministry said on Tuesday.\n\n"
            "Jo Sung-chol, 51, a counsellor at the North's embassy in Lisbon, entered the South last month "
            "with his wife, the ministry said.")
    found = [m for m in extract(text, published="2031-02-10") if m.type == "defection"]
    assert len(found) == 1
    (m,) = found
    assert [s.name for s in m.subjects if s.role == "diplomat"] == ["Jo Sung-chol"]
    assert m.date.value == "2030-11"


def test_two_envoys_of_two_posts_stay_two():
    text = ("A North Korean diplomat posted in Portugal defected in 2028, officials said.\n\n"
            "Jo Sung-chol, a counsellor at the North's embassy in Madrid, entered the South last month.")
    found = [m for m in extract(text, published="2031-02-10") if m.type == "defection"]
    assert len(found) == 2


def test_no_plans_for_the_embassy_to_close_is_no_closure():
    text = ('Portugal\'s foreign ministry said there were "no plans" for the North Korean embassy to close.')
    assert [m.type for m in extract(text, published="2031-02-10")] == []
