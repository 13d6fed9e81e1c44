"""Where a control measure holds, by role (class PL-BYSTANDER): the neighbour named in "the border
with China" is not where the measure holds (the North's own border is), and a place the danger
comes "from" is not either. Personnel posted abroad keep their posting. Invented sentences."""
from tests.extract.en_helpers import one


def origin(text):
    return one(text, "control_measure", published="2031-06-13").origin.country


def test_the_border_with_a_neighbour_is_the_norths_own_border():
    assert origin("North Korea has ordered its border guards to shoot anyone who approaches the border with "
                  "China, a general said on Monday.") == "KP"


def test_the_place_a_danger_comes_from_is_no_origin():
    assert origin("North Korea has issued shoot-to-kill orders to keep the virus from entering from China, "
                  "officials said.") != "CN"


def test_workers_posted_abroad_keep_their_posting():
    assert origin("North Korea has tightened surveillance of its workers in Russia to stop them from "
                  "fleeing, sources said.") == "RU"
