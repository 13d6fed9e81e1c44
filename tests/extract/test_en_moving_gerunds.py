"""TR-NARR-EN: a crossing told by the gerund of an after-/by-clause whose subject is the main
clause's (all texts invented)."""
from tests.extract.en_helpers import extract


def _defections(text: str):
    return [m for m in extract(text, published="2031-06-13") if m.type == "defection"]


def test_picked_up_after_walking_across_the_front_is_a_crossing_of_the_main_subject():
    found = _defections("A North Korean corporal was picked up by South Korean troops after walking across the "
                        "eastern front on Sunday, the Joint Chiefs of Staff said.")
    assert len(found) == 1
    assert (found[0].subjects[0].descriptor, found[0].subjects[0].role) == ("A North Korean corporal", "military")


def test_a_moving_gerund_that_someone_thinks_of_is_no_crossing():
    assert _defections("The corporal said he had dreamed of walking across the border for years, "
                       "a North Korean defector told reporters in 2030.") == []
    assert _defections("Swimming across the Han River estuary is the most dangerous way out of North Korea, "
                       "defectors say.") == []
