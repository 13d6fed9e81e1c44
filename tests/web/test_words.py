"""An event in words: groups as counts of a role, dates as the reports give them, names from the
codebook and CLDR in English and Korean (events invented for these tests)."""
from crossings.events import Event, Place, Subject, When
from crossings.web.words import date_words, derivation_words, headline, role_words, subject_words


def test_groups_read_as_a_count_of_a_role_never_as_the_raw_descriptor():
    assert subject_words(Subject(descriptor="nearly none", role="overseas_worker", count=12)).text == "12 overseas workers"
    assert subject_words(Subject(descriptor="an officer", role="military", count=1)).text == "a member of the military"
    assert role_words("diplomat", None) == "diplomat(s), number not stated"
    assert role_words("diplomat", 3, "ko") == "외교관 3명"
    named = subject_words(Subject(name="Ri Su", role="family_member", age=9), person="p-0123456789ab")
    assert named.text == "Ri Su (family member, age 9)" and named.name == "Ri Su" and named.person == "p-0123456789ab"


def test_dates_say_their_precision_and_how_they_were_worked_out():
    assert date_words(When("2016-08-17", "day")) == "17 August 2016"
    assert date_words(When("2016", "season")) == "2016 (a season of the year)"
    assert date_words(When("2016-08", "month"), "ko") == "2016년 8월"
    assert date_words(When()) == "date unknown"
    assert derivation_words(When("2016", "year", "anchor:published-year")) == "only the report's year"
    assert "no later than the page's capture" in derivation_words(When("2016-08", "month", "relative:last-month;capture-bounded"))


def test_a_headline_names_countries_and_destinations_in_both_languages():
    ev = Event("ev-x", "defection", "unconfirmed", [Subject(role="restaurant_worker", count=13)],
               Place("Ningbo", "CN"), "third_country", When(), reported="2016-04-08", sources=["NIS"])
    en, ko = headline(ev), headline(ev, lang="ko")
    assert en["from"] == "Ningbo, China" and en["to"] == "a third country" and en["when"] == "date unknown"
    assert en["how"] == "before its first report, 8 April 2016" and en["says"] == "unconfirmed, according to NIS"
    assert ko["from"] == "Ningbo, 중국" and ko["to"] == "제3국" and ko["type"] == "탈북·망명"
    assert [w.text for w in ko["who"]] == ["식당 종업원 13명"]
