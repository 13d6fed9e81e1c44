"""Background happenings told as the time a comparison points to: "the first since 2029, when a
private defected" is an earlier defection of its own, dated by the time its when-clause
describes, with its own people (class: background happenings; anchor dates). Invented text."""
from tests.extract.en_helpers import extract


def _by_year(mentions):
    return {m.date.value[:4]: m for m in mentions if m.date.value}


def test_the_when_clause_is_the_earlier_happening_with_its_date_and_people():
    found = extract("A North Korean sergeant defected across the central front on Tuesday. It was the first "
                    "defection by a North Korean soldier since November 2029, when a private defected across "
                    "the western front.", published="2031-06-13")
    years = _by_year(found)
    assert set(years) == {"2031", "2029"}
    earlier = years["2029"]
    assert earlier.date.value == "2029-11"
    assert earlier.background
    assert earlier.subjects and earlier.subjects[0].role == "military"
    assert years["2031"].date.value == "2031-06-10"


def test_a_since_year_comparison_is_no_statistic_for_the_clause_it_dates():
    found = extract("A North Korean boat crossed the sea border on Monday. It was the first such case since "
                    "2027, when four North Korean fishermen defected by boat to the South.", published="2031-06-13")
    earlier = _by_year(found).get("2027")
    assert earlier is not None and earlier.subjects[0].count == 4


def test_a_real_statistic_since_a_year_stays_one():
    assert extract("About 34,000 North Koreans have defected to the South since 1953.", published="2031-06-13") == []


def test_an_earlier_case_measured_back_from_the_report():
    found = extract("The defection comes three months after a North Korean diplomat in Kuwait defected to "
                    "South Korea with his family.", published="2031-06-13")
    assert [(m.date.value, m.date.derivation) for m in found] == [("2031-03", "relative:measured-from-report")]


def test_an_earlier_case_measured_back_from_the_happening_the_sentence_dates():
    found = extract("A North Korean sergeant defected on May 20, 2031, nine days after his colleague "
                    "defected in Rome.", published="2031-06-13")
    assert sorted(m.date.value for m in found) == ["2031-05-11", "2031-05-20"]


def test_a_coarse_year_of_the_sentence_falls_back_to_the_report_date():
    found = extract("The crossing was the second this year, two weeks after a North Korean soldier defected "
                    "across the central front.", published="2031-06-13")
    assert [m.date.value for m in found] == ["2031-05"]
