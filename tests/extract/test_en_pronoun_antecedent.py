"""Arrests abroad told with a pronoun: "... when they were caught" stands for the clause's own
subject (class: fields bound by role; codebook: escapees arrested abroad made an attempt).
All sentences are invented."""
from tests.extract.en_helpers import extract, one


def test_when_clause_pronoun_is_the_group_that_was_caught():
    m = one("The seven North Koreans reached Vietnam in early May and were heading for the South Korean "
            "embassy when they were caught by Vietnamese police.", "attempted_defection", published="2031-06-13")
    assert m.subjects[0].count == 7
    assert m.subjects[0].role == "civilian"
    assert m.origin.country == "KP"
    assert m.date.value == "2031-05"


def test_coordinated_clauses_carry_the_subject_and_its_date():
    m = one("Five North Korean women crossed into Laos on May 3 and were hiding in a guesthouse when they "
            "were arrested by Lao police.", "attempted_defection", published="2031-06-13")
    assert m.subjects[0].count == 5
    assert m.date.value == "2031-05-03"


def test_number_must_agree():
    """ "he" cannot stand for a group: the pronoun is left alone and no group is held."""
    found = extract("The seven North Koreans reached Vietnam in May and were waiting for a guide when he "
                    "was arrested by Vietnamese police.", published="2031-06-13")
    assert not any(s.count == 7 for m in found for s in m.subjects)


def test_a_pronoun_with_no_antecedent_in_its_sentence_is_no_arrest_of_north_koreans():
    found = extract("They were arrested by Vietnamese police near the border on Tuesday.", published="2031-06-13")
    assert not [m for m in found if m.type == "attempted_defection"]


def test_an_escape_after_which_guards_were_arrested_is_not_the_guards():
    """SB (role, not proximity): a happening a headline points back to ("arrested after May boat
    escape") is not that of the people the headline is about, nor of their role."""
    text = ("Port chief and three guards arrested after April boat escape\n\n"
            "A North Korean fishing family of five sailed from Sinpo to the South in April, a source said.")
    [flight] = [m for m in extract(text, published="2031-06-13") if m.type == "defection"]
    assert all(s.role != "military" and "guards" not in (s.descriptor or "") for s in flight.subjects)


def test_an_escape_owned_by_its_people_keeps_them():
    text = "Two North Korean guards were punished after the escape of a sergeant across the line in May, a source said."
    [flight] = [m for m in extract(text, published="2031-06-13") if m.type == "defection"]
    assert [(s.descriptor, s.role) for s in flight.subjects] == [("a sergeant", "military")]


def test_he_is_the_person_whose_name_opens_the_sentence_before():
    """SB-NAME: "Ri Kwang Sok, 45, spent ... Last August he walked out": he is Ri (and a city
    the tagger took for a person is nobody's name)."""
    text = ("Pak Chol Jin, 39, spent six years building flats in Vladivostok for a North Korean state company. "
            "Last August he walked out of the site and eventually made his way to South Korea.")
    [m] = [m for m in extract(text, published="2031-06-13") if m.type == "defection"]
    assert [s.name for s in m.subjects] == ["Pak Chol Jin"]


def test_the_ministry_named_him_as():
    text = ("A North Korean diplomat who vanished from Lilongwe in March is living in South Korea, officials "
            "said. The ministry named him as Ri Chol-min, 41, a counsellor at the embassy.")
    [m] = [m for m in extract(text, published="2031-06-13") if m.type == "defection"]
    assert "Ri Chol-min" in [s.name for s in m.subjects]


def test_a_capital_is_a_place_and_no_name():
    """PL: every capital is a city of its country (missions sit there), however small."""
    [m] = extract("A North Korean trade official in Bandar Seri Begawan defected in March, officials said.",
                  published="2031-06-13")
    assert (m.origin.city, m.origin.country) == ("Bandar Seri Begawan", "BN")
    assert all(s.name is None for s in m.subjects)


def test_a_name_apposed_to_the_description_names_the_happening_before():
    """SB-NAME: "The man, Ko Yong-nam, 41, had worked ..." names the worker the sentence before
    told of, whatever verb follows the apposition."""
    text = ("A North Korean worker who walked away from a sawmill near Irkutsk in December is now in South Korea, "
            "activists said. The man, Ko Yong-nam, 41, had worked at the mill for three years.")
    [m] = [m for m in extract(text, published="2031-03-27") if m.type == "defection"]
    assert "Ko Yong-nam" in [s.name for s in m.subjects]
