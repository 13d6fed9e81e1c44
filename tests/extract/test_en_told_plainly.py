"""Happenings told in plain narrative words (class TR-NARR): a last sighting, people unaccounted
for, slipping off a ship and asking for protection, being flown to Seoul later, a crossing told
with the particle alone or by the line, coming ashore; workers put on a flight home; people taken
off a bus or detained as they tried to board a train; a crew that tried to sail south. And what
stays out: buses crossing a border (class SB, who moves), a return the people only face (class
GT-HYPO). Every sentence is invented."""
import pytest

from tests.extract.en_helpers import extract, types_in_2031 as types

PUB = "2031-06-13"


def only(text, kind):
    ms = [m for m in extract(text, published=PUB) if m.type == kind]
    assert len(ms) == 1, [(m.type, m.date.value) for m in extract(text, published=PUB)]
    return ms[0]


def test_a_last_sighting_is_a_disappearance_dated_by_it():
    m = only("Ri Chol-su, a counsellor at the North Korean embassy in Oslo, was last seen with his wife late on "
             "Sunday 9 March, loading a hired van.", "disappearance")
    assert m.date.value == "2031-03-09" and m.origin.country == "NO"
    assert [s.role for s in m.subjects] == ["diplomat", "family_member"]


@pytest.mark.parametrize("text", [
    "The two North Korean cooks at the restaurant in Hanoi are still unaccounted for, colleagues said.",
    "Three North Korean waitresses at a restaurant in Vientiane did not turn up for work on Monday, "
    "a shopkeeper said.",
])
def test_people_unaccounted_for_went_missing(text):
    assert "disappearance" in types(text)


@pytest.mark.parametrize("text", [
    "A North Korean welder on a Russian fishing trawler slipped off the vessel in Busan late on Friday and asked "
    "for protection, officials said.",
    "A North Korean sailor who left a cargo ship in Keelung in 2019 was later flown to Seoul.",
    "A North Korean private walked across the line in Cheorwon county on Tuesday, the JCS said.",
    "The North Korean soldier who came across from the North on Tuesday morning has told investigators he hid "
    "for two nights.",
    "In September a North Korean man in his thirties came ashore on the northern coast of Ganghwa island on a "
    "small motorboat.",
])
def test_flights_told_plainly_are_defections(text):
    assert "defection" in types(text)


def test_buses_that_cross_a_border_flee_nowhere():
    assert "defection" not in types("Buses carrying the detained North Koreans crossed the border before dawn.")


def test_the_protection_of_others_is_no_flight():
    assert "defection" not in types("The North Korean ambassador asked for protection of his embassy's staff.")


def test_workers_put_on_a_flight_home_are_recalled_on_the_day_of_the_whole_act():
    m = only("About 90 North Korean construction workers were taken from their dormitory in Kazan to the airport "
             "on Tuesday and put on a charter flight to Pyongyang, two people at the site said.", "recall")
    assert m.subjects[0].count == 90 and m.date.value == "2031-06-10" and m.origin.country == "RU"


def test_staff_flown_home_are_recalled():
    assert "recall" in types("About 30 North Korean waitresses in Phnom Penh were flown home last week.")


@pytest.mark.parametrize("text, count", [
    ("Police in Khabarovsk detained three North Korean citizens at the railway station on Wednesday as they "
     "tried to board a train west, police said.", 3),
    ("Four North Koreans - two women and two teenagers - were taken off a bus at a police checkpoint outside "
     "Kunming on Sunday.", 4),
    ("The nine crew members of a North Korean fishing boat who tried to sail to the South in May were stopped "
     "by a North Korean patrol boat, the NIS said.", 9),
])
def test_stopped_on_the_way_is_an_attempt(text, count):
    m = only(text, "attempted_defection")
    assert sum(s.count or 0 for s in m.subjects) == count


def test_a_return_they_face_has_not_happened():
    assert "repatriation" not in types("The four are now held in a detention centre in Kunming and face being "
                                       "sent back to North Korea.")


def test_people_driven_to_the_border_and_handed_over_were_repatriated():
    m = only("The four North Korean women arrested by Chinese police in Tumen on 21 October were driven to the "
             "border last Thursday and handed to North Korean guards at the crossing.", "repatriation")
    assert m.subjects[0].count == 4 and m.origin.country == "CN" and m.date.value == "2031-06-12"


@pytest.mark.parametrize("text", [
    "The eight crew members of a North Korean fishing boat who tried to sail to the South in December were "
    "stopped by a North Korean patrol boat and have been sent to a labour camp, the NIS said.",
    "The parents and younger brother of the North Korean diplomat who fled Oslo were taken from their apartment "
    "in Pyongyang in early February and moved to a village in the mountains of Ryanggang province.",
    "Two officers of a North Korean border guard unit in Hyesan were shot in front of residents last month, "
    "accused of taking money to let people cross the river.",
    "The new fence follows the killing of a North Korean woman who tried to cross the ice near Hoeryong late "
    "last month.",
])
def test_punishments_told_plainly(text):
    assert "punishment" in types(text)


def test_a_family_moving_house_is_no_punishment():
    assert "punishment" not in types("A North Korean family moved to a village in the mountains after the famine.")


def test_whose_manager_fled_names_the_manager_not_those_around_him():
    [m] = extract("Officials at the North Korean trading firm whose manager fled to the South in May declined to "
                  "comment.", published=PUB)
    assert m.type == "defection" and [s.count for s in m.subjects] == [1]
    assert "Officials" not in (m.subjects[0].descriptor or "")


def test_civilians_sent_home_are_not_recalled():
    assert "recall" not in types("The parents and brother of the North Korean defector were sent home by Chinese "
                                 "police in May.")
