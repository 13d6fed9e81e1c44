"""Boats that come south with families and wishes to stay (invented texts).

SB-ROLE: relatives who flee with no one else flee as equals, each a civilian (codebook);
TR-NARR: a wish to stay told in the present tense, or an intention to defect before a comma;
a reduced relative the parser reads as a clause ("found aboard a boat have said") still gives
the people who said it."""
from tests.extract.en_helpers import extract


def test_two_brothers_on_their_own_are_civilians():
    (m,) = extract("In May 2030 two North Korean brothers in a fishing boat came ashore near Sokcho.",
                   published="2031-06-13")
    assert [(s.role, s.count) for s in m.subjects] == [("civilian", 2)]


def test_a_diplomats_wife_stays_a_family_member():
    (m,) = extract("A North Korean diplomat in Oslo defected to South Korea with his wife in May.",
                   published="2031-06-13")
    assert sorted(s.role for s in m.subjects) == ["diplomat", "family_member"]


def test_a_wish_to_stay_told_in_the_present_tense():
    text = ("Four North Koreans rescued from a drifting boat have said they wish to stay in South Korea, "
            "the coast guard said on Monday.")
    (m,) = extract(text, published="2031-06-13")
    assert m.type == "defection"
    assert [(s.role, s.count) for s in m.subjects] == [("civilian", 4)]


def test_an_intention_to_defect_before_a_comma():
    text = ('"The two North Koreans have expressed the intention to defect, and they are being questioned," '
            "the military said.")
    assert [m.type for m in extract(text, published="2031-06-13")] == ["defection"]


def test_people_sent_back_then_sentenced_are_the_punished():
    text = ("Three of the five North Koreans sent back from China in March have been sentenced to prison "
            "terms, a source in North Korea said. They had fled in 2030.")
    found = {m.type: m for m in extract(text, published="2031-06-13")}
    assert [(s.role, s.count) for s in found["punishment"].subjects] == [("civilian", 3)]


def test_police_who_took_people_off_a_bus_arrested_them():
    text = ("Chinese police took four North Korean men off a night bus near Hunchun on Friday, an aid group "
            "said.")
    (m,) = extract(text, published="2031-06-13")
    assert m.type == "attempted_defection"
    assert [(s.role, s.count) for s in m.subjects] == [("civilian", 4)]
