"""Where a punishment took place: the punished (the subject of a passive punishment verb) are not
the punisher, so the place the sentence gives wins (sentences invented)."""
from tests.extract.en_helpers import one


def test_the_punished_named_as_north_koreans_are_not_the_punisher():
    m = one("Two North Korean loggers who tried to flee were imprisoned in Khabarovsk in May, a rights "
            "group said.", "punishment")
    assert m.origin.country == "RU"


def test_the_north_as_the_agent_is_still_where_it_punished():
    m = one("North Korea has executed four officials who helped defectors, a source said.", "punishment")
    assert m.origin.country == "KP"
