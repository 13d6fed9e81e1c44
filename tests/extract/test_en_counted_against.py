"""MG-OVER / DT-ANCHOR: "It is the first crossing ... since August last year, when a sergeant
walked across": the happening the article's own is counted against is another one, dated by the
date its when-clause opens on (all texts invented)."""
from tests.extract.en_helpers import extract


def _defections(text: str):
    return [m for m in extract(text, published="2031-06-13") if m.type == "defection"]


def test_the_crossing_counted_against_is_another_dated_by_its_when_clause():
    found = _defections(
        "South Korean troops took a North Korean soldier into custody on Tuesday after he walked across the "
        "western section of the inter-Korean border, the Joint Chiefs of Staff said. It is the first crossing "
        "by a North Korean soldier on the western front since March last year, when a corporal walked across "
        "near Paju.")
    assert len(found) == 2
    assert sorted(m.date.value for m in found) == ["2030-03", "2031-06-10"]


def test_an_after_clause_under_an_ordinal_stands_apart_and_one_without_does_not():
    two = _defections(
        "A North Korean private defected across the central front on Monday, the military said. It was the "
        "second crossing in the county this year, after a sergeant fled across the border in January.")
    assert len(two) == 2
    one = _defections(
        "South Korean troops took a North Korean private into custody on Monday after he walked across the "
        "central front, the military said.")
    assert len(one) == 1


def test_the_first_as_a_noun_measures_against_the_happening_its_since_clause_tells():
    # "The arrival is the first by sea since August 2029, when ...": the ordinal is the attribute itself
    found = _defections(
        "Three North Koreans found aboard a wooden boat off Uljin on Tuesday have said they wish to stay in "
        "South Korea, the Joint Chiefs of Staff said. The arrival is the first by sea on the east coast since "
        "August 2029, when two brothers in a fishing boat came ashore near Pohang.")
    assert len(found) == 2
    assert "2029-08" in [m.date.value for m in found]
