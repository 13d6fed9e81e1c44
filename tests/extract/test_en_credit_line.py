"""A headline's trailing credit (": US", ": Seoul") says who says so, not where the happening
was (class PL-BYSTANDER). Invented headlines."""
from tests.extract.en_helpers import one


def test_a_credit_after_a_colon_is_no_origin():
    m = one("North Korea issues shoot-to-kill orders to keep the virus out: US", "control_measure",
            published="2031-06-13")
    assert m.origin.country != "US"


def test_a_place_inside_the_headline_stays():
    m = one("North Korea tightens surveillance of its workers in Russia: report", "control_measure",
            published="2031-06-13")
    assert m.origin.country == "RU"
