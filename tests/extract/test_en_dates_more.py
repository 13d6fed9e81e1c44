"""Dates: a cited report's date is not the event's; a year-only date is refined by the next
sentence that tells the same people's story in more detail. All texts are invented."""
from tests.extract.en_helpers import extract, one


def test_the_date_of_a_cited_article_is_not_the_event_date():
    text = ("A North Korean trade envoy in Minsk defected in early March, weeks before the news broke. "
            "\"Envoy Flees Belarus Post,\" The Minsk Courier, April 14, 2019.")
    dates = {m.date.value for m in extract(text, published="2019-05-02")}
    assert "2019-04-14" not in dates
    assert "2019-03" in dates


def test_a_cited_title_with_a_translation_in_brackets():
    text = ("\u201cNorth Korean Trade Envoy Has Fled\u201d [Torgovyi predstavitel bezhal], Vostok Weekly, "
            "June 9, 2020.")
    found = extract(text, published="2020-07-01")
    assert found and all(m.date.value != "2020-06-09" for m in found)


def test_a_date_at_a_sentence_end_without_a_citation_still_counts():
    m = one("A North Korean diplomat posted in Lima defected to South Korea on June 9, 2020.", "defection")
    assert m.date.value == "2020-06-09"


def test_a_year_only_date_is_refined_by_the_next_sentence():
    text = ("A North Korean envoy stationed in Mali defected to South Korea late last year, a source said Monday. "
            "The 52-year-old North Korean man knocked on the door of the South Korean embassy in September and stayed "
            "there for weeks before reaching Seoul in November, the source added.")
    m = one(text, "defection", published="2021-02-08")
    assert (m.date.value, m.date.precision) == ("2020-09", "month")


def test_no_refinement_from_another_year():
    text = ("A North Korean envoy stationed in Mali defected to South Korea late last year, a source said Monday. "
            "The man had served in Bamako since March 2017.")
    m = one(text, "defection", published="2021-02-08")
    assert m.date.value == "2020"


def test_no_refinement_from_the_date_of_a_statement():
    text = ("A North Korean envoy stationed in Mali defected to South Korea in 2020. "
            "The ministry said in October that it would not comment on individual cases.")
    m = one(text, "defection", published="2021-02-08")
    assert m.date.value == "2020"


def test_no_refinement_from_a_sentence_about_someone_else():
    text = ("A North Korean envoy stationed in Mali defected to South Korea in 2020. "
            "Seoul opened a new consulate in Dakar in June.")
    m = one(text, "defection", published="2020-12-08")
    assert m.date.value == "2020"


def test_an_undated_happening_takes_the_next_sentences_date():
    text = ("Five North Korean loggers have gone missing from a camp in Siberia, a local paper reported. "
            "The men failed to come back to their barracks early this month and have not been seen since.")
    m = one(text, "disappearance", published="2021-06-18")
    assert (m.date.value, m.date.precision) == ("2021-06", "month")


def test_the_next_sentence_may_name_the_same_person():
    text = ("North Korea has recalled its ambassador to Peru, Ri Chol-su, a source said. "
            "Ri flew out of Lima in late April and has not come back.")
    m = one(text, "recall", published="2024-05-20")
    assert (m.date.value, m.date.precision) == ("2024-04", "month")


def test_what_came_later_does_not_date_the_happening():
    text = ("A North Korean diplomat posted in Rome defected to South Korea, the Daily Ledger reported. "
            "He later became a lawmaker in Seoul in May.")
    m = one(text, "defection", published="2024-08-02")
    assert m.date.value != "2024-05"


def test_a_former_posting_does_not_date_the_happening():
    text = ("A North Korean diplomat posted in Rome defected to South Korea, the Daily Ledger reported. "
            "He had served in Madrid in March before moving to Rome.")
    m = one(text, "defection", published="2024-08-02")
    assert m.date.value != "2024-03"


def test_a_date_in_a_relative_clause_on_the_person_dates_what_the_clause_tells():
    """DT-ANCHOR: "who won a regional title last year" tells another thing about the swimmer;
    the disappearance is dated by its own clause."""
    text = ("Kim Ok-ryon, 22, a North Korean swimmer who won a regional title last year, was last seen leaving "
            "the team hotel in Kazan on Sunday evening.")
    [m] = [m for m in extract(text, published="2031-06-13") if m.type == "disappearance"]
    assert m.date.value == "2031-06-08"


def test_a_relative_clause_that_tells_the_flight_still_dates_it():
    text = ("Pak Yong-su, a North Korean diplomat who left his post in Minsk in November, is in Seoul, "
            "officials said.")
    [m] = [m for m in extract(text, published="2031-06-13") if m.type == "defection"]
    assert m.date.value == "2030-11"
