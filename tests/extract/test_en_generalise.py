"""Phrasings the dev corpus seldom uses, written fresh for each failure class (invented sentences)."""
import pytest

from tests.extract.en_helpers import extract, one, types


# 1. The domain gate: a page that never writes "North Korea" is still in the domain when it
# names Pyongyang, the DPRK, the North or the regime.
@pytest.mark.parametrize("text", [
    "A diplomat at the embassy of the DPRK in Sofia defected to South Korea last month, officials said.",
    "A young soldier from the reclusive state fled across the DMZ on Tuesday, the JCS said.",
    "Two fishermen from the North defected to the South by boat on Sunday, the coast guard said.",
    "An official serving Kim Jong Un's regime in Vienna defected in May, Yonhap reported.",
])
def test_domain_without_the_words_north_korea(text):
    assert "defection" in types(text)


@pytest.mark.parametrize("text", [
    "The striker defected from the national team to a rival club in the North of England.",
    "A Soviet officer defected to the West in 1961, two years after the embassy closed.",
    "Two councillors defected to the opposition in the North-East on Monday.",
])
def test_domain_still_rejects_other_defections(text):
    assert types(text) == []


# 2. Leaving told as a narrative verb.
@pytest.mark.parametrize("text", [
    "Last week a North Korean diplomat walked out of the embassy in Bangkok and never came back, "
    "officials said. He is now in Seoul.",
    "A North Korean restaurant worker in Vientiane made her way to South Korea in March, Yonhap reported.",
    "A North Korean trade official slipped away from his minders in Shenyang in April, sources said.",
    "A North Korean soldier crossed into the South on Friday, the JCS said.",
    "A North Korean logger who worked in Siberia reached Seoul in June, the unification ministry said.",
    "A North Korean student sought refuge at the South Korean consulate in Vladivostok in May.",
])
def test_leaving_as_a_narrative_verb(text):
    assert types(text) == ["defection"]


# 3. Attempts told without the word "attempt".
@pytest.mark.parametrize("text", [
    "A North Korean woman was caught while trying to cross the Tumen river in March, RFA reported.",
    "A North Korean sailor tried to slip off his ship in Nakhodka but was caught by guards in May.",
    "A North Korean worker in Dandong was arrested before she could reach the South Korean consulate.",
    "Chinese police detained three North Koreans on their way to the Laos border in April, RFA reported.",
])
def test_attempts_without_the_word_attempt(text):
    assert "attempted_defection" in types(text)


# 4. Recalls.
@pytest.mark.parametrize("text", [
    "Pyongyang summoned its ambassador in Lusaka back to Pyongyang in May, sources said.",
    "North Korea ordered its trade officials in Kazan to return home in March, Daily NK reported.",
    "The North Korean envoy in Warsaw was called home last month, officials said.",
    "North Korean workers at a Moscow restaurant were told to come back to Pyongyang in April, RFA said.",
])
def test_recall_phrasings(text):
    assert "recall" in types(text)


# 5. Control measures told as orders.
@pytest.mark.parametrize("text", [
    "North Korean diplomats in Africa must travel only in pairs under a new rule, Daily NK reported.",
    "North Korean workers in Russia had their passports confiscated by their managers in May, RFA said.",
    "North Korea issued shoot-on-sight orders at the border with China in August, Daily NK reported.",
    "Pyongyang threatened to punish the families of those who flee, a source in North Hamgyong said.",
])
def test_control_measures_told_as_orders(text):
    assert "control_measure" in types(text)


# 6. A denied repatriation is a repatriation with status denied.
def test_denied_repatriation():
    m = one("China denied reports that it had forcibly sent back 40 North Koreans from Jilin in May.",
            "repatriation")
    assert m.status == "denied"


# 7. Closures: two hosts in one clause, or a list of cities.
def test_closure_two_hosts_in_one_clause():
    mentions = extract("North Korea closed its missions in Angola and Uganda in October, KCNA said.")
    assert sorted(m.origin.country for m in mentions if m.type == "mission_closure") == ["AO", "UG"]


def test_closure_bullet_list():
    text = ("North Korea has closed these missions this year, according to NK News:\n"
            "- the embassy in Madrid\n- the consulate in Nakhodka\n- the embassy in Kampala\n")
    got = sorted(m.origin.country for m in extract(text) if m.type == "mission_closure")
    assert got == ["ES", "RU", "UG"]


def test_closure_two_cities_of_one_host():
    text = ("North Korea shut the following missions in the spring:\n"
            "1. its consulate general in Vladivostok\n2. its trade office in Nakhodka\n")
    got = sorted(m.origin.city for m in extract(text) if m.type == "mission_closure")
    assert got == ["Nakhodka", "Vladivostok"]


def test_closure_list_items_run_together():
    text = ("Pyongyang has shut these missions since spring:\n"
            "- the consulate in Nakhodka,\n- the trade office in Madrid, and\n- the embassy in Kampala.\n")
    got = sorted(m.origin.country for m in extract(text) if m.type == "mission_closure")
    assert got == ["ES", "RU", "UG"]


@pytest.mark.parametrize("text", [
    "North Korea quietly wound down its consulate in Nakhodka in May, NK News reported.",
    "The North Korean trade office in Nakhodka was shut in May, NK News reported.",
    "Pyongyang vacated its embassy in Madrid in May, officials said.",
])
def test_closure_wordings(text):
    assert types(text) == ["mission_closure"]


# Attributes.
def test_outlet_is_no_place():
    m = one("A North Korean diplomat in Rome defected in May, the Korea Border Monitor reported.", "defection")
    assert m.origin.country == "IT"


def test_a_ministry_is_no_origin():
    m = one("A North Korean diplomat defected in May, South Korea's foreign ministry said.", "defection")
    assert m.origin.country != "KR"


def test_count_of_plural_guards():
    m = one("Three North Korean border guards defected to China in May, RFA reported.", "defection")
    assert m.subjects[0].count == 3


def test_count_of_fishermen_whose_boat():
    m = one("Two North Korean fishermen whose boat drifted south defected in May, the JCS said.", "defection")
    assert m.subjects[0].count == 2


def test_three_word_name_kept_whole():
    m = one("Ri Chol Su, a North Korean trade official in Hanoi, defected in May, Yonhap reported.", "defection")
    assert any(s.name == "Ri Chol Su" for s in m.subjects)


def test_early_this_month():
    m = one("A North Korean diplomat in Minsk defected early this month, Yonhap reported.", "defection")
    assert m.date.value == "2023-06"


def test_ministry_elsewhere_does_not_confirm():
    text = ("A North Korean worker in Kazan defected in May, Daily NK reported. "
            "The foreign ministry announced a new visa policy on Monday.")
    assert one(text, "defection").status == "reported"


# Second round: other wordings of the same classes.
@pytest.mark.parametrize("text, kind", [
    ("Pyongyang ordered its ambassador in Hanoi home in May, sources said.", "recall"),
    ("The trade officials in Kazan received orders to return to Pyongyang in March, RFA said.", "recall"),
    ("North Korea summoned its envoys in Africa to Pyongyang for ideological training in June.", "recall"),
    ("The North Korean consul in Shenyang was called back in April, Yonhap reported.", "recall"),
    ("A new rule obliges North Korean diplomats in Africa to go out only in pairs, RFA reported.", "control_measure"),
    ("North Korean loggers in Siberia handed over their passports to security officials in May.", "control_measure"),
    ("Border guards were ordered to shoot anyone trying to cross the Tumen river, Daily NK reported.",
     "control_measure"),
    ("North Korea warned that relatives of anyone who defects would be sent to labour camps, RFA said.",
     "control_measure"),
    ("Authorities in North Hamgyong ordered residents to report anyone planning to flee, Daily NK said.",
     "control_measure"),
    ("North Korea tightened surveillance of its workers in Russia to prevent defections, RFA said.",
     "control_measure"),
    ("Chinese police arrested a North Korean woman in Shenyang as she tried to enter the South Korean "
     "consulate in March.", "attempted_defection"),
    ("Police in Yanji rounded up six North Koreans preparing to leave for Laos in May, RFA reported.",
     "attempted_defection"),
    ("Four North Koreans were arrested near the border with Laos in May, RFA reported.", "attempted_defection"),
    ("A North Korean waitress in Kathmandu left Nepal for South Korea in 2016, Yonhap reported.", "defection"),
    ("The North Korean diplomat was flown to Seoul in May with his family, officials said.", "defection"),
    ("A North Korean soldier turned himself in to South Korean troops at the border in May.", "defection"),
    ("Guards have been told to open fire on anyone approaching the river, a source in Hyesan said.",
     "control_measure"),
    ("Pyongyang issued a new directive to prevent residents from crossing the border, RFA reported.",
     "control_measure"),
    ("Chinese agents detained a North Korean cook in Shenyang on her way to the South Korean consulate.",
     "attempted_defection"),
    ("North Korea called its ambassador in Lusaka back in May, sources said.", "recall"),
])
def test_second_round(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "North Korea may order its diplomats to travel in pairs, analysts said.",
    "Pyongyang is expected to summon its ambassador back to Pyongyang, Yonhap reported.",
    "North Korea has tightened border security along the Yalu river.",
])
def test_second_round_non_events(text):
    assert types(text) == []


# 8. A prior happening the news is measured by.
def test_first_since_is_a_background_mention():
    text = ("A North Korean soldier defected across the DMZ on Tuesday, the JCS said. "
            "It was the first such crossing since last summer.")
    ms = sorted(extract(text, published="2026-03-12"), key=lambda m: m.background)
    assert [m.type for m in ms] == ["defection", "defection"]
    assert ms[1].background and ms[1].date.value.startswith("2025")


def test_first_since_an_event_already_told_adds_nothing():
    text = ("A North Korean diplomat in Rome defected in May. It was the first defection of a "
            "diplomat since Jo Song Gil defected in 2018.")
    assert types(text, published="2023-06-09").count("defection") == 2


def test_first_time_since():
    text = ("A North Korean soldier crossed the MDL on Tuesday, the JCS said, the first time a soldier "
            "has done so since August 2025.")
    ms = [m for m in extract(text, published="2026-03-12") if m.background]
    assert len(ms) == 1 and ms[0].date.value == "2025-08"


@pytest.mark.parametrize("text, kind", [
    ("The provincial party committee in North Hamgyong ordered guards to shoot anyone crossing the "
     "river, Daily NK reported.", "control_measure"),
    ("The ambassador in Lusaka, a veteran party cadre, was recalled to Pyongyang in May, NK News said.", "recall"),
])
def test_party_of_the_north_is_no_party_switch(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "In 2016, three North Korean waitresses in Kathmandu defected to South Korea, Yonhap reported.",
    "Waitresses at a North Korean restaurant in Kathmandu were spirited away to Seoul in 2016, Yonhap reported.",
])
def test_a_year_is_no_statistic(text):
    assert types(text) == ["defection"]


@pytest.mark.parametrize("text, kind", [
    ("Worried that he might defect, Pyongyang summoned its ambassador in Lusaka back home in May, RFA said.",
     "recall"),
    ("North Korea recalled its envoy in Lusaka in May, fearing further defections, NK News reported.", "recall"),
    ("Amid fears of a wave of defections, North Korea shut its consulate in Nakhodka in May.", "mission_closure"),
])
def test_a_motive_is_no_prediction(text, kind):
    assert kind in types(text)


def test_a_rule_in_force_is_told_in_the_present():
    text = ("North Korea tightened its grip on its people abroad this year. Officials said so on Monday. "
            "Analysts agree. A new directive now requires North Korean workers in Russia to obtain "
            "permission before leaving their dormitories, RFA reported.")
    assert "control_measure" in types(text)


def test_trade_office_stopped_operating():
    assert types("North Korea's trade office in Nakhodka stopped operating in May, NK News reported.") \
        == ["mission_closure"]


@pytest.mark.parametrize("text", [
    "Residents of North Hamgyong were told that anyone caught crossing the Tumen would be shot, RFA reported.",
    "Those who flee to China will be treated as traitors, a notice in Hyesan warned this month.",
])
def test_a_threat_against_those_who_flee(text):
    assert "control_measure" in types(text)
