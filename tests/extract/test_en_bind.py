"""Fields bound to their roles through the parse, not by distance (extract/en/bind.py): a date
or place another predicate holds (another happening, a statement, a subordinate clause) is not
the trigger's. Failure classes DT-ANCHOR and PL-BYSTANDER. All texts are invented."""
from __future__ import annotations

import pytest

from crossings.extract.en import nlp
from crossings.extract.en.bind import binding, own_chain
from tests.extract.en_helpers import extract, one


def _tokens(text, trigger, others=()):
    doc = nlp.parse([text])[0]
    find = lambda w: next(t for t in doc if t.text == w)
    return find(trigger), [find(w) for w in others]


@pytest.mark.parametrize("text, trigger, others, arg, expected", [
    # the deportation's day is not the day the men fled
    ("Seoul expelled two sailors on Friday after learning they had stabbed their captain before fleeing.",
     "fleeing", ["expelled"], "Friday", "other"),
    ("Seoul expelled two sailors on Friday after learning they had stabbed their captain before fleeing.",
     "expelled", ["fleeing"], "Friday", "own"),
    # the day of a statement
    ("The agency said on Tuesday that a corporal deserted in August.", "deserted", [], "Tuesday", "other"),
    ("The agency said on Tuesday that a corporal deserted in August.", "deserted", [], "August", "own"),
    # a state that is told, and an outlet's base
    ("The fishermen were handed back after officials notified Beijing.", "handed", [], "Beijing", "other"),
    ("Forty people were returned to the North in June, the Osaka-based charity said.", "returned", [], "Osaka", "other"),
    # a participle on the person is the person's own post; a verb it completes is its own
    ("A clerk posted in Minsk has defected.", "defected", [], "Minsk", "own"),
    ("She tried to escape to Mongolia in 2021.", "escape", [], "2021", "own"),
    ("The escape happened in October.", "escape", [], "October", "own"),
    # what someone did before is a subordinate time
    ("He defected after teaching in Hanoi since 2015.", "defected", [], "2015", "sub"),
])
def test_binding(text, trigger, others, arg, expected):
    t, o = _tokens(text, trigger, others)
    assert binding(t, text.index(arg), o) == expected


def test_own_chain_holds_the_verb_a_trigger_completes():
    t, _ = _tokens("The cook wanted to flee with her son.", "flee")
    assert {x.text for x in t.doc if x.i in own_chain(t)} >= {"flee", "wanted"}


def test_a_flight_told_inside_a_deportation_sentence_keeps_no_deportation_day():
    text = ("South Korea deported two North Korean sailors to the North on Friday, saying they had "
            "killed their captain before they fled to the South.")
    flight = one(text, "defection", published="2022-03-12")
    back = one(text, "repatriation", published="2022-03-12")
    assert back.date.value == "2022-03-11"
    assert flight.date.value == "2022"  # the news's year, not the deportation's day


def test_the_base_of_the_group_that_reports_is_no_origin():
    back = one("Forty North Koreans were sent back to the North in June, the Osaka-based charity said.",
               "repatriation", published="2021-07-06")
    assert back.origin.country is None and back.date.value == "2021-06"


@pytest.mark.parametrize("text, trigger, arg, expected", [
    ("The consul fled to Norway with his son.", "fled", "Norway", True),
    ("The consul to Norway fled with his son.", "fled", "Norway", False),  # a posting
    ("A trade envoy in Minsk sought asylum in Canada.", "sought", "Canada", True),
    ("A trade envoy in Minsk sought asylum in Canada.", "sought", "Minsk", False),
])
def test_goal_of_a_flight(text, trigger, arg, expected):
    from crossings.extract.en.bind import is_goal
    t, _ = _tokens(text, trigger)
    assert is_goal(t, text.index(arg)) is expected


def test_where_a_flight_went_is_its_destination_not_its_origin():
    m = one("A North Korean trade envoy in Minsk sought asylum in Canada last week.", "defection",
            published="2021-07-06")
    assert (m.origin.country, m.destination) == ("BY", "CA")


def test_who_sends_people_back_is_not_who_was_sent_back():
    m = one("On 4 March 2020, the Park government repatriated the three North Koreans caught a day "
            "earlier near the river.", "repatriation", published="2021-07-06")
    principal = m.subjects[0]
    assert principal.name is None and principal.count == 3 and "North Koreans" in principal.descriptor


def test_who_speaks_after_a_continuing_sentence_is_not_named_as_the_defector():
    text = ("A North Korean diplomat in Lima has defected to South Korea with his family, officials said "
            "on Tuesday.\n\nHe was tired of the regime, Ryu Min-ho, a ministry spokesman, said.")
    m = one(text, "defection", published="2021-07-06")
    assert not any(s.name for s in m.subjects)


def test_the_pages_own_dateline_does_not_date_the_happening():
    text = ("The Harbour Courier Friday, Mar. 14, 2003 North Korean envoy flees Minsk for asylum\n\n"
            "A North Korean envoy in Minsk has defected, officials said.")
    m = one(text, "defection", published="2003-03-14")
    assert m.date.value == "2003"


def test_he_is_the_subject_of_the_sentence_not_the_person_of_its_relative_clause():
    text = ("Kim Sol-ju, who was serving as deputy to North Korean Ambassador Ro Hak-chol, had been living "
            "in Norway for a decade until he recently went missing at the embassy, along with his wife.")
    m = one(text, "disappearance", published="2016-08-16")
    assert [s.name for s in m.subjects if s.name] == ["Kim Sol-ju"]


def test_the_agency_credited_is_no_origin():
    m = one("A North Korean soldier crossed the border into the South on Sunday, according to Agence "
            "France-Presse.", "defection", published="2012-10-08")
    assert m.origin.country != "FR"


@pytest.mark.parametrize("text, expected", [
    ("A North Korean soldier defected across the border, the first such crossing since 2009.", "2021"),
    ("North Korea closed its embassy in Lima, open since 1988, officials said.", "2021"),
])
def test_an_anchor_date_does_not_date_the_happening(text, expected):
    m = next(m for m in extract(text, published="2021-07-06") if not m.background)
    assert m.date.value == expected


@pytest.mark.parametrize("text, start, expected", [
    ("The first crossing since 2009 happened in May.", "since 2009", True),
    ("Thousands fled during the worst years of the 1990s period.", "1990s", False),
    ("Officials cited the 1950-53 war in the statement.", "1950-53", True),
    ("He defected in March 2016.", "March 2016", False),
    ("Since the outbreak at the end of 2019, the defection was thought hard.", "the end of 2019", True),
])
def test_anchors(text, start, expected):
    from crossings.extract.en.bind import anchors
    doc = nlp.parse([text])[0]
    trigger = next(t for t in doc if t.text in ("crossing", "fled", "cited", "defected", "defection"))
    lo = text.index(start)
    assert anchors(trigger, lo, lo + len(start)) is expected


def test_the_post_in_the_phrase_a_relative_clause_hangs_from_is_the_persons():
    text = ("Ko Min-chol, the former North Korean acting ambassador to Oman who defected to South Korea in 2018, "
            "told a broadcaster that quotas were rising.")
    m = one(text, "defection", published="2024-07-18")
    assert m.origin.country == "OM" and m.date.value == "2018"


def test_the_successor_mission_and_an_existential_there_open_no_closure():
    text = ("North Korea has closed its diplomatic missions in Bolivia and Peru.\n\n"
            "According to a Bolivian newspaper on Wednesday, Pyongyang shuttered its embassy in the Andean "
            "country last Monday, notifying Bolivia that the North's embassy in Brazil will now handle local "
            "diplomatic affairs.\n\n"
            "Asked if the closure of the mission, run by Ambassador Ri Chol-su and two other officials, would "
            "affect the host country, an official of the Bolivian foreign ministry said there was little trade.")
    hosts = sorted(m.origin.country or "" for m in extract(text, published="2023-11-29") if m.type == "mission_closure")
    assert hosts == ["BO", "PE"]


def test_a_date_without_a_year_on_an_undated_page_is_kept_unresolved():
    m = one("A North Korean soldier crossed the border into the South on Dec. 21, the military said.",
            "defection", published=None)
    assert m.date.value is None and m.date.derivation.startswith("unresolved")
    assert [e.quote for e in m.evidence if e.field == "date"] == ["Dec. 21"]


@pytest.mark.parametrize("text, expected", [
    # the time closes the reported clause; the parse may hang it on the attribution's verb
    ("Two North Korean workers fled their posts last month, the Seoul Times reported.", "2031-05"),
    ("Three North Korean loggers fled their camp last month, the Amur Courier reported.", "2031-05"),
    ("A North Korean corporal defected to the South on Tuesday, Harbour Radio reported.", "2031-06-10"),
    # the report's own time follows its verb, or opens the sentence
    ("Three North Korean loggers fled their camp in March, the Amur Courier reported on Tuesday.", "2031-03"),
    ("On Tuesday the Amur Courier reported that three North Korean loggers had fled their camp in March.", "2031-03"),
])
def test_a_time_before_a_trailing_attribution_dates_the_happening(text, expected):
    assert one(text, "defection", published="2031-06-13").date.value == expected


def test_the_parse_hangs_the_time_on_the_attribution_and_binding_gives_it_back():
    text = "Two North Korean workers fled their posts last month, the Seoul Times reported."
    trigger, _ = _tokens(text, "fled")
    month = next(t for t in trigger.doc if t.text == "month")
    assert month.head.text == "reported"  # the parse this is about
    assert binding(trigger, text.index("last month")) == "own"
    assert binding(trigger, text.index("Seoul")) != "own"  # the outlet's name stays the attribution's


def test_a_report_time_after_its_verb_is_still_the_reports():
    m = one("Three North Korean loggers fled their camp, the Amur Courier reported on Tuesday.", "defection",
            published="2031-06-13")
    assert m.date.value != "2031-06-10"


@pytest.mark.parametrize("text, kind, country", [
    ("North Korea recalled scores of its workers from a Russian shipyard last month.", "recall", "RU"),
    ("Three North Korean workers fled a Chinese seafood plant last month.", "defection", "CN"),
    ("Three North Korean workers fled to South Korea last month, Russian media reported.", "defection", None),
])
def test_a_nationality_on_the_place_left_is_where_they_left_from(text, kind, country):
    assert one(text, kind, published="2031-06-13").origin.country == country


def test_who_on_a_place_is_the_person_whose_phrase_holds_it():
    """The parse may hang "who fled" on "Britain"; a place never flees, the ambassador did."""
    m = one("North Korea's deputy ambassador to Britain, who fled in 2029, is now a lawmaker in Seoul.", "defection",
            published="2031-06-13")
    assert (m.subjects[0].role, m.origin.country, m.date.value) == ("diplomat", "GB", "2029")
