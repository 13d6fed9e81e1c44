"""Where a punishment took place: a punishment that names no place was meted out by the North at
home; a place the sentence gives still wins, and the punished (the subject of a passive verb) are
not the punisher (sentences invented)."""
from tests.extract.en_helpers import one


def test_a_punishment_with_no_place_is_in_the_north():
    m = one("The parents of the two North Korean soldiers who defected were sent to a prison camp in March, a "
            "source said.", "punishment")
    assert m.origin.country == "KP"
    assert [e.quote for e in m.evidence if e.field == "origin"] == ["sent to a prison camp"]


def test_the_punished_named_as_north_koreans_are_not_the_punisher():
    m = one("Two North Korean loggers who tried to flee were imprisoned in Khabarovsk in May, a rights "
            "group said.", "punishment")
    assert m.origin.country == "RU"


def test_the_north_as_the_agent_is_still_where_it_punished():
    m = one("North Korea has executed four officials who helped defectors, a source said.", "punishment")
    assert m.origin.country == "KP"
