"""How many people a happening is about: boats, families told before, kin with posts, "the N
others", lists of relatives (all sentences invented)."""
import pytest

from crossings.extract.en.subjects import _relative_count
from tests.extract.en_helpers import extract, one


def principal_count(m) -> int:
    principals = [s for s in m.subjects if s.role != "family_member"]
    counts = [s.count for s in principals if s.count]
    return sum(counts) if counts else len(principals)


def test_a_boat_counts_the_people_on_board_not_the_boat():
    m = one("A small wooden boat crossed the maritime border from the North late on Sunday and entered "
            "the South, the coast guard said. Seven North Koreans were on board, including three children.",
            "defection")
    assert principal_count(m) == 7
    assert {s.role for s in m.subjects} == {"civilian"}


def test_a_headline_subject_is_not_the_officials_who_report_it():
    m = one("North Korean Family Flees to South Korea by Boat, Officials Say\n"
            "The family of five crossed the sea border at night.", "defection")
    assert principal_count(m) == 5
    assert all("Officials" not in (s.descriptor or "") for s in m.subjects)


def test_the_family_is_as_large_as_the_family_told_before():
    m = one("Park Min Ho fled North Korea to China in March with his mother, wife and two sons. In May "
            "the family was caught by Chinese police near the Mongolian border. The family was later "
            "repatriated to North Korea.", "repatriation")
    assert principal_count(m) == 5


def test_a_relative_with_a_post_of_their_own_is_a_second_principal():
    m = one("The North Korean ambassador to Peru, Han Sung Chol, defected in 2001 along with his brother, "
            "who worked as a trade official in Lima.", "defection")
    assert principal_count(m) == 2
    assert {s.role for s in m.subjects} == {"diplomat", "trade_official"}


def test_a_bare_brother_stays_out_of_the_count():
    m = one("The North Korean ambassador to Peru, Han Sung Chol, defected in 2001 along with his brother, "
            "officials said.", "defection")
    assert principal_count(m) == 1


def test_the_others_take_the_role_of_the_group_told_before():
    text = ("North Korea publicly executed three women who had been repatriated from China, a rights "
            "group said. The 20 others were sent to labour camps.")
    others = [s for m in extract(text) if m.type == "punishment" for s in m.subjects if s.count == 20]
    assert others and others[0].role == "civilian"


@pytest.mark.parametrize("descriptor, n", [
    ("his mother, wife and two sons", 4),
    ("her husband and a daughter", 2),
    ("his wife and four- and nine-year-old daughters", 3),
    ("his 3-year-old son", 1),
    ("his wife and children", None),
    ("his family", None),
])
def test_relatives_are_counted_item_by_item(descriptor, n):
    assert _relative_count(descriptor) == n
