"""A crossing told by how the people moved and which line they passed (class TR-NARR-EN): the
lines and the ways of moving are word lists written once (lexicons/en/trigger_parts.yaml) and
shared by the crossing patterns. A crossing whose goal is the North is no flight, wherever the
parse hangs the goal. All sentences are invented."""
import pytest

from crossings.extract.en.lexicon import with_parts
from tests.extract.en_helpers import extract, one


@pytest.mark.parametrize("text", [
    "A North Korean private dashed across the military demarcation line on Tuesday.",
    "A North Korean fisherman swam across the Han River estuary on Tuesday night.",
    "A North Korean guard sprinted across the Joint Security Area on Tuesday.",
    "A North Korean soldier was wounded by his own side as he raced across the border at Panmunjom.",
])
def test_a_line_crossed_running_swimming_or_wading_is_a_flight(text):
    assert one(text, "defection", published="2031-06-13").origin.country in ("KP", None)


@pytest.mark.parametrize("text", [
    "A South Korean man swam across the Han River estuary into North Korea on Tuesday.",
    "A South Korean man crossed the Imjin River into North Korea on Tuesday.",
    "A former defector waded across the Tumen River back to North Korea on Tuesday.",
])
def test_a_crossing_into_the_north_is_no_flight(text):
    assert "defection" not in [m.type for m in extract(text, published="2031-06-13")]


def test_a_part_is_its_words_as_one_group_and_quantifiers_stay():
    filled = with_parts({"defection": {"verb": ["{MOVED} (?:[\\w-]+ ){0,7}{LINE}"]}},
                        {"MOVED": ["ran|runs", "swam"], "LINE": ["border", "DMZ"]})
    assert filled == {"defection": {"verb": ["(?:ran|runs|swam) (?:[\\w-]+ ){0,7}(?:border|DMZ)"]}}


def test_the_line_may_be_told_in_a_longer_phrase_after_crossed():
    m = one("Officials in Seoul confirmed that a North Korean corporal had crossed the eastern section of the DMZ "
            "on Friday.", "defection", published="2031-06-13")
    assert m.subjects[0].role == "military"


@pytest.mark.parametrize("rank", ["corporal", "lance corporal", "sentry", "marine"])
def test_ranks_and_posts_of_the_forces_are_military(rank):
    m = one(f"A North Korean {rank} walked across the military demarcation line on Friday.", "defection",
            published="2031-06-13")
    assert m.subjects[0].role == "military"
