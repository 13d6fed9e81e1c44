"""Each codebook event type from invented sentences, and its main fields."""
from tests.extract.en_helpers import extract, one, types


def test_defection_with_name_origin_destination_and_family():
    m = one("Ri Chol Man, a counsellor at the North Korean embassy in Lima, defected to South Korea "
            "with his wife and two daughters last month, the unification ministry said.", "defection")
    assert m.origin.country == "PE"
    assert m.destination == "KR"
    assert any(s.name == "Ri Chol Man" and s.role == "diplomat" for s in m.subjects)
    assert any(s.role == "family_member" for s in m.subjects)
    assert m.date.value == "2023-05"


def test_attempted_defection_needs_a_stop():
    m = one("In March, a North Korean logger in Khabarovsk tried to flee but was caught by guards.",
            "attempted_defection")
    assert m.origin.country == "RU"
    assert m.subjects[0].role == "overseas_worker"
    assert types("North Koreans have been trying to defect for decades, he said.") == []


def test_disappearance():
    m = one("Two North Korean trade officials stationed in Dalian went missing on the 2nd.", "disappearance")
    assert m.origin.country == "CN"
    assert m.date.value == "2023-06-02"
    assert m.subjects[0].role == "trade_official" and m.subjects[0].count == 2


def test_repatriation_origin_is_the_sending_state():
    m = one("Chinese authorities forcibly repatriated 60 North Korean escapees last week, activists said.",
            "repatriation")
    assert m.destination == "KP"
    assert m.subjects and m.subjects[0].count == 60


def test_recall_is_passive_or_has_personnel():
    m = one("North Korea's ambassador to Laos was recalled to Pyongyang in April, sources said.", "recall")
    assert m.origin.country == "LA"
    assert types("A shopkeeper in Dandong recalled the cheerful North Korean waitresses.") == []


def test_punishment_needs_a_person():
    m = one("Three North Korean officials were publicly executed in Pyongyang after the defection of a "
            "colleague, a source said.", "punishment")
    assert m.subjects[0].count == 3
    assert "punishment" not in types("How the North Korean crew planned and executed the voyage is unclear.")


def test_mission_closure_one_per_host():
    mentions = extract("North Korea has closed its embassies in Peru, Ghana and Malaysia, KCNA said.")
    assert sorted(m.origin.country for m in mentions if m.type == "mission_closure") == ["GH", "MY", "PE"]
    assert len({m.id for m in mentions}) == len(mentions)


def test_control_measure_rule_and_personnel():
    m = one("Under a new North Korean rule, every diplomat travelling abroad must be accompanied by a minder.",
            "control_measure")
    assert m.subjects[0].role == "diplomat"
    assert types("North Korea has tightened border security along the Yalu river.") == []


def test_may_the_month_is_no_modal():
    m = one("The purge came in May, a month after 13 North Korean restaurant staff fled their post in Ningbo.",
            "defection")
    assert m.subjects[0].count == 13 and m.subjects[0].role == "restaurant_worker"


def test_mass_defection_with_specifics_is_an_event():
    m = one("The mass defection of 20 North Korean loggers from Tynda, Russia, shocked Pyongyang.", "defection")
    assert m.origin.country == "RU"


def test_another_named_defector_is_another_happening():
    text = ("A North Korean trade official in Kazan defected in May, Yonhap reported. It followed the "
            "defection of another Russia-based trade official, Pak Mun Il, from Kazan in March.")
    assert types(text) == ["defection", "defection"]


def test_a_family_fleeing_together_are_civilians():
    m = one("A family of nine North Koreans defected to South Korea by boat, the JCS said.", "defection")
    assert (m.subjects[0].role, m.subjects[0].count) == ("civilian", 9)
    assert m.origin.country == "KP" and m.destination == "KR"
