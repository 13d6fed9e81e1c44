"""A flight the same sentence says was cut short is an attempted defection (extract/en/relations.py;
codebook: escapees arrested abroad before they reach refuge), with the North as origin and no
destination. Failure classes TR-NARR-EN (caught abroad) and PL-BYSTANDER (where they were caught is
no origin). All texts are invented."""
from __future__ import annotations

import pytest

from tests.extract.en_helpers import extract, one


@pytest.mark.parametrize("text", [
    "Three North Koreans who had fled their country through China were arrested in the Lao town of "
    "Pakse on Monday, according to a rescue group.",
    "A North Korean couple fled across the river but were caught by Chinese police in Yanji in May.",
    "Four North Koreans were detained in Shenyang after fleeing across the Tumen River.",
])
def test_a_flight_cut_short_is_an_attempt_from_the_north(text):
    found = extract(text, published="2021-07-06")
    assert [m.type for m in found] == ["attempted_defection"]
    m = found[0]
    assert m.origin.country == "KP" and m.destination is None


def test_a_flight_that_reached_refuge_stays_a_defection():
    m = one("Three North Koreans fled to South Korea via Thailand last month, after hiding from police "
            "in China for a year.", "defection", published="2021-07-06")
    assert m.destination == "KR"


def test_a_worker_caught_where_he_was_posted_keeps_that_post():
    m = one("A North Korean logger posted in Russia fled his camp but was arrested by police in Khabarovsk "
            "in March.", "attempted_defection", published="2021-07-06")
    assert m.origin.country == "RU"
