"""MG-OVER: a happening the sentence points back to ("since 2019, when a shipping agent fled")
stands apart from the article's own when it has a subject of its own, also one the role lexicon
has no post for (all texts invented)."""
from tests.extract.en_helpers import extract


def test_a_tradesman_pointed_back_to_is_a_happening_of_his_own():
    found = [m for m in extract(
        "A North Korean trade official posted in Manila has arrived in South Korea with his wife, the "
        "unification ministry said on Tuesday. He is the first North Korean posted in the Philippines known "
        "to have defected since 2027, when a shipping agent posted in Cebu fled to the South, an official said.",
        published="2031-06-13") if m.type == "defection"]
    assert len(found) == 2
    earlier = [m for m in found if m.date.value == "2027"]
    assert len(earlier) == 1 and earlier[0].origin.country == "PH"
