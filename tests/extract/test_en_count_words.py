"""SB-COUNT: how many people a number word says: compound numerals the parser splits in two, and
pair nouns (all sentences invented)."""
from tests.extract.en_helpers import one
from tests.extract.test_en_counts import principal_count


def test_a_hyphenated_numeral_is_one_number_not_its_tens():
    m = one("Forty-three North Koreans crossed the sea border in two boats on Monday and asked to stay "
            "in the South, the coast guard said.", "defection")
    assert principal_count(m) == 43


def test_a_numeral_written_in_two_words_is_one_number():
    m = one("Twenty six North Korean soldiers defected across the demarcation line on Sunday, the "
            "military said.", "defection")
    assert principal_count(m) == 26


def test_a_couple_is_two_civilians():
    m = one("A North Korean couple fled across the Yalu River in April, a source in the province said.",
            "defection")
    assert principal_count(m) == 2
    assert {s.role for s in m.subjects} == {"civilian"}


def test_a_pair_of_soldiers_is_two_soldiers():
    m = one("A pair of North Korean soldiers defected across the border on Tuesday, the military said.",
            "defection")
    assert principal_count(m) == 2
    assert {s.role for s in m.subjects} == {"military"}


def test_a_lone_tens_word_and_a_plain_figure_keep_their_value():
    assert principal_count(one("Twenty North Korean workers fled a logging camp in Russia in May, a "
                               "rights group said.", "defection")) == 20
    assert principal_count(one("In March, 14 North Korean workers fled a building site in Russia, a "
                               "rights group said.", "defection")) == 14


def test_people_of_another_nationality_listed_with_them_are_not_counted():
    m = one("Police said eight North Koreans and two Chinese nationals were detained near the border on "
            "Friday while trying to reach Thailand.", "attempted_defection")
    assert principal_count(m) == 8


def test_their_helpers_are_not_counted_with_them():
    m = one("Seventeen North Korean defectors and four of their helpers were arrested in China on Tuesday, "
            "activists said.", "attempted_defection")
    assert principal_count(m) == 17


def test_coordinated_groups_of_the_same_people_still_add_up():
    m = one("Eleven North Korean waitresses and their manager fled a restaurant in Ningbo in April, the "
            "ministry said.", "defection")
    assert principal_count(m) == 12
