"""A condition covers the verbs coordinated with or complementing its clause ("safe if they
managed to evade capture and reach a third country"), and a disappearance inside North Korea is
not the codebook's (people who went missing abroad). Classes GT-HYPO and TR (codebook types).
Invented sentences."""
from tests.extract.en_helpers import types_in_2031 as types




def test_a_flight_coordinated_inside_a_condition_is_no_event():
    assert "defection" not in types("Migrants had been safe if they managed to evade capture in China and "
                                    "reach a third country, activists said.")


def test_a_plain_flight_to_a_third_country_stays():
    assert "defection" in types("Three North Koreans fled China and reached a third country on Monday, "
                                "activists said.")


def test_a_disappearance_abroad_stays():
    assert "disappearance" in types("A North Korean waitress disappeared from a restaurant in Shenyang on "
                                    "Monday.")


def test_a_disappearance_in_pyongyang_is_not_the_codebooks():
    assert "disappearance" not in types("A North Korean official went missing in Pyongyang on Monday, "
                                        "sources said.")
