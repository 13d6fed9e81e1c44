"""Plain narrative words tell happenings too. All sentences are invented."""
import pytest

from tests.extract.en_helpers import types


@pytest.mark.parametrize("text, kind", [
    ("A North Korean commercial attaché left the mission on a Sunday and boarded an early flight to Riga "
     "with his wife and daughter.", "defection"),
    ("The North Korean vice-consul in Dakar abandoned his post in January.", "defection"),
    ("A North Korean engineer was granted asylum in Poland in February.", "defection"),
    ("The two North Korean sailors expressed their wish to settle in South Korea on Tuesday.", "defection"),
    ("Two days later the North Korean waitress's brother turned up in Pyongyang, escorted by consulate staff.",
     "repatriation"),
    ("Thai police handed the three North Koreans over to North Korean officials in March.", "repatriation"),
    ("Border guards sent 40 North Koreans back across the border on Thursday.", "repatriation"),
])
def test_narrative_tellings(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "The North Korean football team returned to Pyongyang on Sunday.",
    "He went home to North Korea in 2011 after his studies.",
])
def test_going_home_is_no_repatriation(text):
    assert "repatriation" not in types(text)


@pytest.mark.parametrize("text", [
    "Three North Korean deckhands asked to stay in the South after their trawler was towed to Sokcho.",
    "The four North Korean villagers, picked up off Ulleung Island, said they wanted to live in South Korea.",
    "A North Korean student requested to remain in Seoul after the tournament.",
])
def test_a_wish_to_stay_in_the_south_told_as_a_request_or_in_speech_is_the_defection(text):
    assert "defection" in types(text)


@pytest.mark.parametrize("text", [
    "Three North Korean deckhands asked to stay in Vladivostok until the storm passed.",
    "The four North Korean villagers said they wanted to go home.",
])
def test_a_wish_to_stay_elsewhere_or_to_go_home_is_none(text):
    assert "defection" not in types(text)
