"""North Koreans given back to the North without the words "to North Korea" (class TR-NARR,
repatriation told with a plain verb of giving back), and who sent them (class PL-BYSTANDER:
the sender by role, not the first country in the sentence). All sentences are invented."""
import pytest

from tests.extract.en_helpers import extract, one, types


@pytest.mark.parametrize("text, count, origin", [
    ("Beijing returned 60 North Koreans in April, an activist group said.", 60, "CN"),
    ("Vietnam handed five North Koreans caught near the Chinese border to officials of the North Korean "
     "embassy in Hanoi.", 5, "VN"),
    ("Russia returned the three North Korean loggers to their home country on Tuesday, a rights group said.",
     3, "RU"),
    ("Two North Korean sailors were handed over at the Tumen bridge on Friday.", 2, None),
])
def test_north_koreans_given_back_are_a_repatriation(text, count, origin):
    m = one(text, "repatriation")
    assert sum(s.count or 0 for s in m.subjects if s.role != "family_member") == count
    if origin:
        assert m.origin.country == origin


@pytest.mark.parametrize("text", [
    "The North Korean diplomat returned to Pyongyang in March.",  # he went home: no one gave him back
    "China returned the bodies of two North Korean workers to the North in May.",  # not people
    "Thailand handed the four North Koreans to South Korean diplomats in Bangkok.",  # on to refuge
    "South Korea returned two North Korean fishermen across the sea border on Monday.",  # the South's own
    "Following the rescue, the three North Korean sailors were handed back to a North Korean patrol boat "
    "at the sea border on Sunday.",  # a rescued crew going home (codebook: no repatriation)
])
def test_other_returns_are_not(text):
    assert "repatriation" not in types(text)


@pytest.mark.parametrize("text", [
    "Seoul raises case of five North Koreans returned by China",
    "Seoul raises case of five North Koreans repatriated by China",
    "South Korea's foreign ministry said China repatriated 20 North Koreans in May.",
])
def test_the_sender_is_who_sends_not_who_speaks(text):
    assert one(text, "repatriation").origin.country == "CN"
