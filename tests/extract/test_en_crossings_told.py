"""Recall (issue 10): a crossing told by how the people moved and which line they passed, and a
crossing told in an "after" clause of a sentence that tells nothing else (sentences invented)."""
from tests.extract.en_helpers import extract, types_in_2031 as types


def test_walked_across_a_long_named_section_of_the_border():
    text = ("South Korean troops took a North Korean soldier into custody early Tuesday after he walked across "
            "the western section of the inter-Korean border, the military said.")
    assert types(text) == ["defection"]


def test_came_across_a_front():
    assert types("A North Korean private came across the central front before dawn on Friday, officials said.") \
        == ["defection"]


def test_crossed_to_the_south():
    assert types("A North Korean corporal crossed to the South near Cheorwon on May 3, officials said.") \
        == ["defection"]


def test_a_headline_and_its_after_clause_are_one_crossing():
    text = ("North Korean soldier crosses western border. South Korean troops took a North Korean soldier into "
            "custody early Tuesday after he walked across the western section of the border, the military said.")
    assert types(text) == ["defection"]


def test_an_after_clause_beside_another_happening_still_points_back():
    text = "North Korean diplomat Kim Chol defected to South Korea in March, two months after Jo Song sought asylum in Rome."
    mentions = extract(text, published="2031-06-13")
    assert len([m for m in mentions if m.type == "defection"]) == 2
