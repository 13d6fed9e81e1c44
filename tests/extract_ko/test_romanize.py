import re

import pytest

from crossings.extract.ko.romanize import known_defector, romanize_given, romanize_name


def skeleton(name: str) -> str:
    """Consonant skeleton as the benchmark compares names (Ri/Lee, Hyon/Hyun, Song/Sung agree)."""
    s = re.sub(r"[^a-z]", "", name.lower())
    for a, b in (("thae", "tae"), ("ri", "li"), ("lee", "li"), ("ryu", "yu"), ("park", "pak"),
                 ("choe", "choi"), ("jo", "cho"), ("ch", "j"), ("th", "t"), ("k", "g"), ("t", "d"),
                 ("p", "b"), ("r", "l")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyw]", "", s))


@pytest.mark.parametrize("hangul, english", [
    ("태영호", "Thae Yong-ho"),
    ("리일규", "Ri Il Kyu"),
    ("류현우", "Ryu Hyun-woo"),
    ("조성길", "Jo Song-gil"),
])
def test_well_known_figures_use_the_press_spelling(hangul, english):
    assert romanize_name(hangul) == english


@pytest.mark.parametrize("hangul, english", [
    ("김철민", "Kim Chol-min"),
    ("리명수", "Ri Myong-su"),
    ("박금옥", "Park Kum-ok"),
    ("최은혜", "Choe Un-hye"),
])
def test_general_rules_follow_north_korean_conventions(hangul, english):
    assert romanize_name(hangul) == english


@pytest.mark.parametrize("hangul, english", [
    ("태용호", "Tae Yong Ho"),  # a common misspelling of 태영호 still links to him
    ("김금란", "Kim Kum Ran"),
    ("박성길", "Pak Sung-kil"),
    ("류영철", "Yu Yong Chol"),
])
def test_romanised_names_share_the_skeleton_of_english_spellings(hangul, english):
    assert skeleton(romanize_name(hangul)) == skeleton(english)


def test_plain_stops_are_voiced_between_voiced_sounds():
    assert romanize_given("성길") == "Song-gil"
    assert romanize_given("학봉") == "Hak-pong"


def test_known_defectors_are_marked():
    assert known_defector("태영호")
    assert not known_defector("김정은")
    assert not known_defector("김철민")
