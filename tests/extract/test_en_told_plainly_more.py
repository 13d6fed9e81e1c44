"""More happenings told plainly, and the document stage that joins them (classes TR-NARR,
CL-GLUE, MG-SPLIT): a transcript wrapped every few words, nobody having seen a family since,
people who have been in the South since a month, a choice to remain there, walking into a South
Korean embassy; rules told as what staff must or may do; a house shut is no mission closed; a
disappearance the article later resolves is that defection, with where and when it began.
Every sentence is invented."""
import pytest

from tests.extract.en_helpers import extract, one, types_in_2031 as types

PUB = "2031-06-13"


def test_a_trigger_wrapped_over_lines_is_read():
    text = ("ANCHOR: Our top story: a North Korean\nsoldier crossed the heavily\nfortified border before dawn\n"
            "today and is now in\nSouth Korean custody.")
    assert "defection" in types(text)


def test_nobody_having_seen_them_since_is_a_disappearance_of_them():
    [m] = [m for m in extract("A flat in Lima rented by the North Korean embassy has been dark for weeks, and nobody "
                              "in the street has seen the trade official or his wife since.", published=PUB)
           if m.type == "disappearance"]
    assert "nobody" not in (m.subjects[0].descriptor or "")


@pytest.mark.parametrize("text", [
    "Seoul confirmed this week that the North Korean diplomat, his wife and his son have been in the South since "
    "December.",
    "The other North Korean fisherman chose to remain in the South, the ministry said.",
    "In 2011 a North Korean commercial attache walked through the gate of the South Korean embassy in Lima.",
])
def test_being_in_the_south_and_getting_there(text):
    assert "defection" in types(text)


@pytest.mark.parametrize("text", [
    "The North Korean delegation was in Seoul on Tuesday for talks.",
    "North Korean athletes were in South Korea to compete in the Asian Games.",
])
def test_a_visit_to_the_south_is_no_defection(text):
    assert "defection" not in types(text)


@pytest.mark.parametrize("text", [
    "Staff at the North Korean embassies in South Asia may now go out only in pairs, a diplomat said.",
    "Staff at the North Korean embassy in Dhaka must hand in their personal phones every evening.",
    "North Korean diplomats in Dhaka must sign out with the security officer whenever they leave.",
])
def test_rules_on_staff(text):
    assert "control_measure" in types(text)


def test_a_house_shut_is_no_mission_closed():
    assert "mission_closure" not in types("A house in Lima used by a senior official of the North Korean embassy has "
                                          "been shut since March.")
    assert "mission_closure" in types("The North Korean embassy in Lima has been shut since March.")


def test_a_disappearance_resolved_later_gives_the_defection_its_post_and_day():
    ms = extract("The North Korean envoy in Bucharest disappeared on March 3, officials said. Seven weeks later, the "
                 "unification ministry confirmed that the commercial counsellor and his family are in South Korea.",
                 published=PUB)
    assert [(m.type, m.origin.country, m.date.value) for m in ms] == [("defection", "RO", "2031-03-03")]


def test_the_seven_are_the_north_koreans_counted_before():
    ms = extract("Seven North Koreans were sent back last month, activists said. The seven - five women, "
                 "a man and a teenage boy - were taken off a bus near Pingxiang on Dec. 6 as they tried to reach "
                 "Vietnam.", published=PUB)
    assert [m.date.value for m in ms if m.type == "attempted_defection"] == ["2030-12-06"]


def test_the_seven_workers_of_nobody_in_particular_are_not():
    assert "attempted_defection" not in types("The seven workers were detained in Laos on Monday.")


def test_passports_of_the_workers_kept():
    assert "control_measure" in types("Since early February, team leaders on North Korean sites across Siberia have "
                                      "been told to keep all workers' passports in a locked safe.")


def test_a_passive_whose_people_the_parser_strands_still_has_them():
    [m] = extract("According to two diplomats in Mexico City, the North Korean ambassador and five staff members had "
                  "been ordered back to Pyongyang in September.", published=PUB)
    assert m.type == "recall" and m.date.value == "2030-09"


def test_coordinated_closures_each_dated_in_their_own_conjunct():
    ms = extract("North Korea closed its embassy in Mexico City in October and its embassy in Namibia in January, "
                 "according to the host governments.", published=PUB)
    assert sorted((m.origin.country, m.date.value) for m in ms) == [("MX", "2030-10"), ("NA", "2031-01")]


@pytest.mark.parametrize("text", [
    "Five North Koreans - two women, a man and two teenagers - were taken off a bus at a police checkpoint outside "
    "Pingxiang on Sunday.",
    "Chinese police arrested three North Korean women in Shenyang on Monday as they tried to travel to Laos.",
])
def test_civilians_caught_abroad_left_from_the_north(text):
    [m] = [m for m in extract(text, published=PUB) if m.type == "attempted_defection"]
    assert m.origin.country == "KP"


def test_a_sailor_caught_leaving_his_ship_left_from_the_port():
    [m] = [m for m in extract("A North Korean sailor tried to slip off a cargo ship in the port of Nakhodka last month "
                              "to seek asylum but was caught by crew members.", published=PUB)
           if m.type == "attempted_defection"]
    assert m.origin.country == "RU"


def test_going_to_a_south_korean_embassy_and_asking_to_be_sent_to_seoul():
    assert "defection" in types("A North Korean crew member from a cargo ship anchored off Singapore went to the South "
                                "Korean embassy there on Monday and asked to be sent to Seoul, a source said.")


def test_relatives_expelled_from_the_capital_are_punished():
    assert "punishment" in types("The elder brother of the North Korean diplomat who defected last September has been "
                                 "expelled from Pyongyang together with his wife and their two children.")


def test_staff_kept_inside_with_their_passports_held():
    assert "control_measure" in types("Since then, the remaining North Korean staff have not been allowed to leave the "
                                      "building, and the manager keeps their passports.")


def test_colleagues_at_the_embassy_are_mission_staff_recalled():
    [m] = extract("Two of Paek's colleagues at the North Korean embassy, one of them the embassy's security man, were "
                  "called home within weeks.", published=PUB)
    assert m.type == "recall" and m.subjects[0].role == "diplomat"


def test_patrols_only_in_threes_are_a_rule():
    assert "control_measure" in types("Soldiers in North Korean front-line units have been ordered to patrol only in "
                                      "groups of three.")


def test_officers_stripped_of_rank_after_a_crossing_are_punished():
    assert "punishment" in types("Two officers of the North Korean army company whose sergeant crossed into South Korea "
                                 "last month have been stripped of their rank and sent to a coal mine labour unit.")
    assert "punishment" not in types("The North Korean minister was stripped of his post in a reshuffle.")


def test_a_closure_told_after_a_city_and_its_country_in_commas():
    from tests.extract.en_helpers import extract
    found = extract("In March the North Korean embassy in Bamako, Mali, closed its doors, a diplomat said.",
                    published="2031-06-13")
    assert [(m.type, m.origin.country) for m in found] == [("mission_closure", "ML")]


def test_a_trade_office_that_stopped_work_closed():
    from tests.extract.en_helpers import extract
    found = extract("North Korea's trade office in Dakar stopped work in April, a Senegalese official said.",
                    published="2031-06-13")
    assert [(m.type, m.origin.country) for m in found] == [("mission_closure", "SN")]


def test_the_gulf_of_guinea_is_no_state():
    from crossings.extract import places
    assert [m.country for m in places.find_places("missions on the Gulf of Guinea", "en")] == [None]


def test_the_two_are_the_citizens_of_the_dprk_counted_before():
    """SB (people told by a count): "the two" of a later sentence are the two citizens of the
    DPRK a court page introduced, whether held abroad or handed over."""
    text = ("A district court in Khabarovsk on 3 May ordered the expulsion of two citizens of the DPRK, both "
            "welders on a housing site. On 20 April the two were detained by transport police at Birobidzhan "
            "station as they tried to reach Vladivostok. The regional migration office said the two were handed "
            "to officials of the DPRK consulate on 9 May.")
    assert {"attempted_defection", "repatriation"} <= set(types(text))


def test_the_two_welders_nobody_said_were_north_koreans_are_not_held_abroad():
    text = ("A district court in Khabarovsk on 3 May fined two welders from a housing site. On 20 April the two "
            "were detained by transport police at Birobidzhan station.")
    assert not {"attempted_defection", "repatriation"} & set(types(text))


def test_whom_the_people_were_handed_to_lends_them_no_role():
    """SB-ROLE: "handed to officials of the DPRK consulate": the officials receive them."""
    text = ("A district court in Khabarovsk on 3 May ordered the expulsion of two citizens of the DPRK, both welders "
            "on a housing site. The regional migration office said the two were handed to officials of the DPRK "
            "consulate on 9 May.")
    [m] = [m for m in extract(text, published=PUB) if m.type == "repatriation"]
    assert all(s.role != "official" for s in m.subjects)


def test_a_wire_dateline_is_no_part_of_the_people():
    text = ("SEOUL, June 16 (SCW) - The manager and two waitresses of a North Korean-run restaurant in Dalian have "
            "arrived in South Korea, officials said.")
    [m] = [m for m in extract(text, published=PUB) if m.type == "defection"]
    assert m.subjects and not any("SEOUL" in (s.descriptor or "") for s in m.subjects)


def test_asylum_asked_of_someone_named_between():
    """TR-NARR-EN: whom they asked sits between the verb and the asylum."""
    m = one("A deputy head of North Korea's trade mission in Tashkent has asked a foreign embassy in the Uzbek "
            "capital for asylum, a news site reported on Tuesday.", "defection", published=PUB)
    assert m.origin.country == "UZ"


def test_staff_put_on_a_flight_home_through_a_stop_are_recalled_from_their_post():
    """TR-NARR-EN / PL: "put on a flight to Beijing and onward to Pyongyang" is a recall; Beijing
    is a stop on the way home, not the post."""
    text = ("Late last month two of the North Korean embassy's remaining diplomats in Lusaka and their wives were "
            "put on a flight to Beijing and onward to Pyongyang, two people who deal with the mission said.")
    m = one(text, "recall", published=PUB)
    assert m.origin.country != "CN"


def test_orders_to_shoot_without_warning_at_anyone_are_a_control():
    """TR-NARR-EN: "told to shoot without warning at anyone who enters the water"."""
    m = one("Since mid-August, guard units along the North Korean side of the river have been told to shoot without "
            "warning at anyone who enters the water at night, a source said.", "control_measure", published=PUB)
    assert m.date.value == "2030-08"
