"""English temporal expressions, resolved against invented anchors."""
import pytest

from crossings.extract.timex import find_dates

PUB = "2024-07-10"  # a Wednesday


def one(text: str, anchor: str | None = PUB, capture: bool = False):
    found = find_dates(text, "en", anchor, capture)
    assert len(found) == 1, found
    return found[0]


def value(text: str, anchor: str | None = PUB, capture: bool = False) -> str | None:
    return one(text, anchor, capture).value


@pytest.mark.parametrize("text,expected", [
    ("He defected on Aug. 17, 2016.", "2016-08-17"),
    ("He defected on August 17, 2016.", "2016-08-17"),
    ("He defected on 17 August 2016.", "2016-08-17"),
    ("He defected on the 17th of August, 2016.", "2016-08-17"),
    ("He defected on Wednesday, August 17, 2016.", "2016-08-17"),
    ("The file is dated 2016-08-17.", "2016-08-17"),
    ("He defected in August 2016.", "2016-08"),
    ("He defected in Aug. 2016.", "2016-08"),
    ("He defected in early August 2016.", "2016-08"),
    ("He defected in 2019.", "2019"),
    ("He has lived there since 2017.", "2017"),
    ("He defected in mid-2019.", "2019"),
])
def test_explicit_dates(text, expected):
    m = one(text)
    assert (m.value, m.derivation, m.relative) == (expected, "explicit", False)


def test_explicit_dates_need_no_anchor():
    assert value("He defected on Aug. 17, 2016.", anchor=None) == "2016-08-17"


def test_explicit_precision():
    assert one("on 17 August 2016").precision == "day"
    assert one("in August 2016").precision == "month"
    assert one("in 2019").precision == "year"


def test_season_with_year():
    m = one("They crossed the river in the spring of 2016.")
    assert (m.text, m.value, m.precision) == ("in the spring of 2016", "2016", "season")


@pytest.mark.parametrize("anchor,expected", [
    ("2024-07-10", "2024-07-04"),  # the 4th of the anchor's month
    ("2024-07-02", "2024-06-04"),  # not yet the 4th: last month's
    ("2024-07-04", "2024-07-04"),
])
def test_on_the_4th(anchor, expected):
    m = one("He left the embassy on the 4th and has not been seen.", anchor)
    assert (m.value, m.precision) == (expected, "day")
    assert m.derivation == "relative:day-of-this-month"


def test_ordinal_used_as_a_rank_is_no_date():
    assert find_dates("It happened on the 4th floor of the embassy.", "en", PUB) == []


def test_the_nth_of_last_month():
    assert value("He left on the 12th of last month.") == "2024-06-12"


@pytest.mark.parametrize("text,expected", [
    ("He went missing in October last year.", "2023-10"),
    ("He went missing in October of last year.", "2023-10"),
    ("He went missing in late October last year.", "2023-10"),
    ("He went missing in March this year.", "2024-03"),
])
def test_month_of_an_offset_year_is_one_match(text, expected):
    m = one(text)
    assert (m.value, m.precision, m.relative) == (expected, "month", True)
    assert "last year" in m.text or "this year" in m.text


@pytest.mark.parametrize("anchor,expected", [
    ("2024-07-10", "2023-08"),  # August has not come yet this year
    ("2024-09-10", "2024-08"),  # the August just gone
    ("2024-08-20", "2023-08"),  # said in August: a year back
])
def test_last_august(anchor, expected):
    m = one("The couple fled last August.", anchor)
    assert (m.value, m.derivation) == (expected, "relative:last-month-name")


@pytest.mark.parametrize("text", ["early June", "late June", "end of Jun", "the end of June",
                                  "mid-June", "the beginning of June"])
def test_part_of_month_is_most_recent_not_after_anchor(text):
    m = one(f"They vanished in {text}.")
    assert (m.value, m.precision) == ("2024-06", "month")
    assert one(f"They vanished in {text}.", "2024-05-01").value == "2023-06"


def test_bare_month_after_preposition():
    assert value("They vanished in June.") == "2024-06"
    assert value("They vanished in September.") == "2023-09"
    assert value("He has been missing since May.") == "2024-05"


def test_modal_may_is_no_month():
    assert find_dates("He may have defected, officials said.", "en", PUB) == []


@pytest.mark.parametrize("text,expected,precision", [
    ("this year", "2024", "year"), ("last year", "2023", "year"), ("next year", "2025", "year"),
    ("late last year", "2023", "year"),
    ("last month", "2024-06", "month"), ("earlier this month", "2024-07", "month"),
    ("the end of last month", "2024-06", "month"), ("last week", "2024-07", "month"),
])
def test_unit_offsets(text, expected, precision):
    m = one(f"It happened {text}.")
    assert (m.text, m.value, m.precision) == (text, expected, precision)


def test_last_week_crossing_a_month():
    assert value("It happened last week.", "2024-07-03") == "2024-06"


@pytest.mark.parametrize("text,expected,precision", [
    ("several weeks ago", "2024-06", "month"), ("two weeks ago", "2024-06", "month"),
    ("three days ago", "2024-07-07", "day"), ("a few days ago", "2024-07", "month"),
    ("two months ago", "2024-05", "month"), ("two years ago", "2022", "year"),
    ("a year ago", "2023", "year"),
])
def test_ago(text, expected, precision):
    m = one(f"He fled {text}.")
    assert (m.value, m.precision) == (expected, precision)


def test_recently_gives_the_anchor_month():
    m = one("He recently defected.")
    assert (m.value, m.precision, m.derivation) == ("2024-07", "month", "relative:recently")


@pytest.mark.parametrize("text,expected", [
    ("on Wednesday", "2024-07-10"),  # the anchor is a Wednesday: that day
    ("on Monday", "2024-07-08"),
    ("on Friday", "2024-07-05"),
    ("last Wednesday", "2024-07-03"),
    ("next Monday", "2024-07-15"),
    ("Tuesday", "2024-07-09"),
])
def test_weekdays(text, expected):
    m = one(f"The ministry said {text} that he had arrived.")
    assert (m.value, m.precision) == (expected, "day")


def test_weekday_needs_a_day_precise_anchor():
    assert value("He arrived on Monday.", "2024-07") is None


@pytest.mark.parametrize("text", ["July 17", "17 July", "Wednesday, July 17", "July 17th"])
def test_yearless_date_takes_the_anchor_year(text):
    m = one(f"He arrived on {text}.", "2024-07-20")
    assert (m.value, m.derivation) == ("2024-07-17", "anchor:published")


def test_yearless_date_well_after_publication_is_last_year():
    assert value("He arrived on December 28.", "2024-01-03") == "2023-12-28"
    assert value("Talks are set for January 20.", "2024-01-03") == "2024-01-20"


def test_capture_anchor_is_an_upper_bound():
    assert value("He arrived on July 17.", "2024-07-10", capture=True) == "2023-07-17"
    assert one("He arrived on July 17.", "2024-09-07", capture=True).derivation == "anchor:capture"
    assert value("He arrived on July 17.", "2024-09-07", capture=True) == "2024-07-17"


def test_capture_bounded_relative_dates():
    m = one("He fled on the 4th.", "2024-09-07", capture=True)
    assert (m.value, m.derivation) == ("2024-09-04", "relative:day-of-this-month;capture-bounded")
    assert value("Talks open next month.", "2024-09-07", capture=True) is None
    assert value("Talks open next month.", "2024-09-07") == "2024-10"


def test_yesterday_needs_a_publication_date():
    assert value("He arrived yesterday.") == "2024-07-09"
    assert value("He arrived yesterday.", capture=True) is None


@pytest.mark.parametrize("text", [
    "He fled on the 4th.", "He fled last August.", "He fled October last year.",
    "He fled on July 17.", "He fled this year.", "He fled several weeks ago.",
    "He fled on Wednesday.", "He fled in early June.", "He fled last month.",
])
def test_no_anchor_never_invents_a_year(text):
    m = one(text, anchor=None)
    assert (m.value, m.precision, m.relative) == (None, "unknown", True)
    assert m.derivation.startswith("unresolved:")


def test_year_only_anchor_resolves_what_it_can():
    assert value("He fled October last year.", "2024") == "2023-10"
    assert value("He fled last year.", "2024") == "2023"
    assert value("He fled last August.", "2024") is None


def test_offsets_and_order_in_a_paragraph():
    text = ("A diplomat who vanished on the 4th reached Seoul in October last year, "
            "two years after a colleague fled in the spring of 2016.")
    found = find_dates(text, "en", PUB)
    assert [m.text for m in found] == ["on the 4th", "October last year", "two years after",
                                       "in the spring of 2016"]
    assert found[2].derivation == "context:ago" and found[2].value is None
    for m in found:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", [
    "About 34,000 people have defected.", "He paid $2019 for it.", "Call 2019-555.",
    "Reading 2,019 pages.", "The 1990s were hard.",
])
def test_numbers_that_are_no_years(text):
    assert find_dates(text, "en", PUB) == []


@pytest.mark.parametrize("text,rule", [
    ("the previous year", "unit-offset"), ("the following month", "unit-offset"),
    ("two days earlier", "ago"), ("a year later", "ago"), ("three weeks before", "ago"),
    ("that year", "unit-offset"), ("the same month", "unit-offset"),
])
def test_story_relative_expressions_do_not_count_from_the_anchor(text, rule):
    m = one(f"He reached Seoul {text}.")
    assert (m.text, m.value, m.derivation) == (text, None, f"context:{rule}")


def test_last_weekend_gives_its_month():
    assert value("He fled last weekend.", "2024-07-02") == "2024-06"


@pytest.mark.parametrize("anchor,expected", [("2024-07-10", "2023"), ("2024-10-10", "2024")])
def test_last_summer_is_the_latest_summer_already_over(anchor, expected):
    m = one("They escaped last summer.", anchor)
    assert (m.value, m.precision) == (expected, "season")


@pytest.mark.parametrize("text", ["They reached the 38th parallel.", "at the 7th Congress",
                                  "the 4th time", "He was the 3rd defector."])
def test_ranks_are_no_days(text):
    assert find_dates(text, "en", PUB) == []


def test_ranges_take_their_first_day_or_year():
    m = one("Talks were held Aug. 17-18, 2016.")
    assert (m.value, m.derivation) == ("2016-08-17", "explicit")
    assert value("He worked there in 2016-17.") == "2016"


@pytest.mark.parametrize("text,expected,precision", [
    ("on 17/08/2016", "2016-08-17", "day"), ("on 08/17/2016", "2016-08-17", "day"),
    ("on 03/04/2016", "2016", "year"), ("on 2016/08/17", "2016-08-17", "day"),
    ("on 17-Aug-2016", "2016-08-17", "day"),
])
def test_numeric_dates_resolve_only_what_is_unambiguous(text, expected, precision):
    m = one(text)
    assert (m.value, m.precision, m.derivation) == (expected, precision, "explicit")


def test_weekday_one_after_the_dateline_is_the_next_day():
    # published on a Friday (US time) about "Saturday morning" in Korea: the next day
    assert value("The soldier crossed on Saturday morning.", "2018-11-30") == "2018-12-01"
    assert value("The soldier crossed last Saturday.", "2018-11-30") == "2018-11-24"
    assert value("The soldier crossed on Saturday.", "2018-11-30", capture=True) == "2018-11-24"


def test_korean_given_name_is_no_month():
    assert find_dates("A defector named Lee Jun-seok spoke in Jun-seok's name.", "en", PUB) == []


@pytest.mark.parametrize("text,expected", [
    # a trailing attribution after the weekday is no month and day: the weekday stands
    ("A sailor swam across on Monday, Harbour Radio reported.", "2024-07-08"),
    ("The couple reached Seoul on Tuesday, Kaesong Watch said.", "2024-07-09"),
    # a month and day after the weekday still make one full date
    ("The couple reached Seoul on Tuesday, July 2, officials said.", "2024-07-02"),
])
def test_weekday_before_a_capitalised_word(text, expected):
    assert value(text) == expected
