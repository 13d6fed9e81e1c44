"""A mass return or recall whose people are told in a long phrase between the verb and its
particle ("sent more than 400 North Koreans held in ... back across the border") is one dated act
(classes: mass events; fields bound by role); words of two clauses that merely follow each other
are not one trigger. All sentences are invented."""
from tests.extract.en_helpers import extract, one


def test_a_mass_return_with_a_long_object_is_one_dated_repatriation():
    m = one("Chinese authorities sent more than 400 North Koreans held in detention centres in Jilin province "
            "back across the border on the night of 11 June, according to a monitoring group.", "repatriation",
            published="2031-06-13")
    assert m.date.value == "2031-06-11"
    assert m.subjects[0].count == 400
    assert (m.origin.country, m.destination) == ("CN", "KP")


def test_an_order_home_with_a_long_object_is_a_recall():
    m = one("North Korea ordered more than 150 women working at garment factories in Dandong, in China's "
            "Liaoning province, to return home on 8 May, a source said.", "recall", published="2031-06-13")
    assert m.date.value == "2031-05-08"
    assert m.subjects[0].count == 150


def test_a_particle_of_another_clause_makes_no_trigger():
    found = extract("Seoul sent a note to Beijing, which said the North Korean men must go back across "
                    "the border soon.", published="2031-06-13")
    assert not [m for m in found if m.type == "repatriation"]


def test_back_with_no_place_after_it_is_back_to_the_north_for_north_koreans():
    """The codebook's own wording: "China sent about 600 North Koreans back on 9 October"."""
    m = one("Vietnam sent about 70 North Koreans back on 3 March, a rescue group said.", "repatriation",
            published="2031-06-13")
    assert (m.date.value, m.subjects[0].count, m.origin.country, m.destination) == ("2031-03-03", 70, "VN", "KP")
    m = one("Border police in Jilin sent back 35 North Korean escapees last week.", "repatriation",
            published="2031-06-13")
    assert m.subjects[0].count == 35


def test_sent_back_elsewhere_or_things_sent_back_is_no_repatriation():
    for text in ("Cambodia sent the three North Koreans back to Thailand.",
                 "The North Korean consulate sent the forms back, officials said.",
                 "South Korea sent back two North Korean deckhands who asked to go home."):
        assert "repatriation" not in [m.type for m in extract(text, published="2031-06-13")], text
