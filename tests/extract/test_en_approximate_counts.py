"""An approximate head count is a fact the English extractor sets from its own lexicon
(cues.yaml approximate_count), so that fusion never reads words (all sentences invented)."""
import pytest

from tests.extract.en_helpers import one


def _group(m):
    [group] = [s for s in m.subjects if s.role != "family_member" and not s.name]
    return group


@pytest.mark.parametrize("text, kind, count", [
    ("Some 20 North Korean workers fled a construction site in Vladivostok last week, a rights group said on Monday.",
     "defection", 20),
    ("About a dozen North Korean restaurant workers defected from Ningbo in April, officials said.", "defection", 12),
    ("At least 12 North Korean soldiers defected across the border in a single night in March, the ministry said.",
     "defection", 12),
    ("Nearly 15 North Koreans were arrested by Chinese police in Shenyang on Friday, activists said.",
     "attempted_defection", 15),
])
def test_a_hedged_count_is_flagged_approximate(text, kind, count):
    group = _group(one(text, kind, published="2031-06-09"))
    assert group.count == count
    assert group.approximate


@pytest.mark.parametrize("text, kind, count", [
    ("Nineteen North Korean workers fled a construction site in Vladivostok last week, a rights group said on Monday.",
     "defection", 19),
    ("Twelve North Koreans who crossed over the river were arrested by Chinese police on Friday, activists said.",
     "attempted_defection", 12),
    ("A small wooden boat crossed the maritime border from the North late on Sunday, the coast guard said. "
     "Nine people were on board.", "defection", 9),
])
def test_an_exact_count_is_not(text, kind, count):
    group = _group(one(text, kind, published="2031-06-09"))
    assert group.count == count
    assert not group.approximate
