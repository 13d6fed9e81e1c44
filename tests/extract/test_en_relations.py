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


def test_a_flight_told_in_a_phrase_on_the_capture_is_cut_short():
    from types import SimpleNamespace
    from crossings.extract.en import nlp
    from crossings.extract.en.relations import _caught
    doc = nlp.parse(["In the middle of their escape, seven teenagers were caught by police in Cambodia."])[0]
    escape = next(t for t in doc if t.text == "escape")
    assert _caught(SimpleNamespace(token=escape, subject=None)).lemma_ == "catch"
    doc = nlp.parse(["After their escape, seven teenagers were welcomed by police in Seoul."])[0]
    escape = next(t for t in doc if t.text == "escape")
    assert _caught(SimpleNamespace(token=escape, subject=None)) is None


@pytest.mark.parametrize("text, kind", [
    ("An official with a rescue group said some adult defectors held in Vientiane were deported to North "
     "Korea with the group.", "repatriation"),
    ("A North Korean couple tried to cross the border into China but were caught by border guards.",
     "attempted_defection"),
])
def test_the_role_of_who_reports_or_acts_is_not_the_role_of_the_people(text, kind):
    m = one(text, kind, published="2020-08-18")
    assert not any(s.role in ("official", "military") for s in m.subjects)


@pytest.mark.parametrize("text, kind", [
    ("China deported nine North Koreans who had fled across the Tumen River in May.", "repatriation"),
    ("North Korea publicly executed four citizens who fled to China last year.", "punishment"),
])
def test_a_flight_that_only_describes_the_people_acted_on_is_background(text, kind):
    assert [m.type for m in extract(text, published="2020-08-18")] == [kind]


def test_a_flight_described_in_a_relative_clause_of_an_arrival_stays():
    found = extract("Four North Koreans who fled to China last year arrived in Seoul on Monday.",
                    published="2020-08-18")
    assert [m.type for m in found] == ["defection"]


@pytest.mark.parametrize("text", [
    "Cambodia deported eleven North Korean refugees to China on Friday, a rescue group said. The refugees, "
    "who had fled their country to Cambodia via China in March, are all in their twenties.",
    "Last spring, Ahn escaped from North Korea to China with his wife and a son. The family was caught by "
    "Chinese police near Kunming and repatriated in June.",
])
def test_a_flight_whose_people_the_article_sends_back_was_cut_short(text):
    found = extract(text, published="2021-07-06")
    assert "defection" not in [m.type for m in found]
    attempt = [m for m in found if m.type == "attempted_defection"]
    assert attempt and all(m.destination is None for m in attempt)


def test_a_flight_to_the_south_beside_another_groups_return_stays_a_defection():
    found = extract("Ahn fled North Korea in 2015 and reached Seoul a year later. China repatriated two "
                    "other defectors last week.", published="2021-07-06")
    assert sorted(m.type for m in found) == ["defection", "repatriation"]


def test_civilians_caught_abroad_left_the_north_whatever_country_the_sentence_names():
    text = ("Protests in Seoul and Denver followed Beijing's decision to send back 25 North Korean refugees "
            "caught on its soil this month.")
    found = [m for m in extract(text, published="2012-02-24") if m.type == "attempted_defection"]
    assert found and all(m.origin.country == "KP" for m in found)


def test_a_continent_holds_the_country_of_the_happening_it_restates():
    """MG-SPLIT: "one of the few officials in Asia to have defected" restates the Hanoi official's
    flight; Asia holds Vietnam, so the two are one happening, not a second undated one."""
    text = ("A North Korean trade official who vanished from Hanoi in March is living in South Korea, officials "
            "said. He is one of the few officials in Asia to have defected to the South in recent years, a "
            "source said.")
    found = [m for m in extract(text, published="2031-06-13") if m.type == "defection"]
    assert [(m.origin.country, m.date.value) for m in found] == [("VN", "2031-03")]


@pytest.mark.parametrize("text, kind", [
    ("A North Korean medical team of about 20 doctors and nurses in Kinshasa was ordered home in May, health "
     "officials said.", "recall"),
    ("A North Korean software developer vanished from a hotel in Dalian in May, police said.", "disappearance"),
])
def test_people_told_by_their_trade_abroad_are_overseas_workers(text, kind):
    """SB-ROLE (codebook): North Koreans plying a trade abroad were sent there to work."""
    m = one(text, kind, published="2031-06-13")
    assert [s.role for s in m.subjects] == ["overseas_worker"]


def test_a_doctor_at_home_is_no_overseas_worker():
    m = one("A North Korean doctor from Hamhung defected to South Korea in May, officials said.", "defection",
            published="2031-06-13")
    assert all(s.role != "overseas_worker" for s in m.subjects)


def test_a_control_on_posted_workers_holds_where_the_article_places_them():
    """PL: "the workers' passports were collected" names no place; the article places those
    workers in Gabon."""
    text = ("North Korea has ordered about 60 construction workers in Gabon to return home, sources said. After "
            "that, the workers' passports were collected by the site manager, the sources said.")
    m = one(text, "control_measure", published="2031-06-13")
    assert m.origin.country == "GA"



def test_he_arrived_later_is_the_same_flight_whatever_its_month():
    """MG-SPLIT: "he" refers back even where the arrival's month differs from the departure's
    (the loose-date fallback of merge._choose was unreachable)."""
    text = ("A North Korean worker who walked away from a timber yard near Irkutsk in December is now in South "
            "Korea, activists said on Friday. He arrived in Seoul this month after passing through a third "
            "country, they said.")
    found = [m for m in extract(text, published="2031-03-27") if m.type == "defection"]
    assert [m.date.value for m in found] == ["2030-12"]


def test_builders_abroad_are_overseas_workers():
    """SB-ROLE: the building trades the North sends crews abroad for ("builders", "welders")."""
    m = one("Two North Korean builders were detained at Irkutsk airport on Thursday as they tried to board a "
            "flight to Moscow, officials said.", "attempted_defection", published="2031-06-13")
    assert [s.role for s in m.subjects] == ["overseas_worker"]
