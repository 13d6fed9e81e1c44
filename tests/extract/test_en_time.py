"""Dates as the extractor chooses them: the event's, not the report's, resolved against the anchor."""
from tests.extract.en_helpers import one


def test_on_the_nth_is_this_month():
    assert one("On the 4th, a North Korean restaurant worker in Hanoi went missing.", "disappearance").date.value == "2023-06-04"


def test_last_month_name():
    assert one("A North Korean diplomat in Vienna defected last August.", "defection").date.value == "2022-08"


def test_month_last_year():
    m = one("In October last year, a North Korean worker in Vladivostok attempted to escape but was arrested.",
            "attempted_defection")
    assert m.date.value == "2022-10"


def test_early_month_and_precision():
    m = one("A North Korean diplomat in Hanoi defected in early March.", "defection")
    assert (m.date.value, m.date.precision) == ("2023-03", "month")


def test_weeks_ago():
    assert one("A North Korean envoy in Warsaw defected several weeks ago.", "defection").date.value.startswith("2023")


def test_report_date_is_not_the_event_date():
    m = one("Officials said on Wednesday that a North Korean diplomat in Cairo defected in 2021.", "defection")
    assert m.date.value == "2021"


def test_capture_date_bounds_the_year():
    m = one("A North Korean diplomat in Hanoi defected in early July.", "defection", published=None,
            captured="2024-09-07")
    assert m.date.value == "2024-07"


def test_no_anchor_no_invented_year():
    m = one("A North Korean diplomat in Hanoi defected in early July.", "defection", published=None)
    assert not (m.date.value or "").startswith("20")


def test_end_of_month_abbreviated():
    m = one("A North Korean worker in Hanoi fled at the end of Jun.", "defection")
    assert m.date.value == "2023-06"


def test_this_year():
    m = one("This year, every North Korean diplomat travelling abroad must be accompanied by a minder.",
            "control_measure")
    assert m.date.value == "2023"


def test_weekday_resolves_to_the_past_day():
    m = one("A North Korean soldier crossed the DMZ into South Korea on Wednesday, the JCS said.", "defection")
    assert m.date.value == "2023-06-07" and m.status == "confirmed"


def test_undated_news_takes_the_publication_year():
    m = one("North Korea has closed its embassy in Peru.", "mission_closure")
    assert (m.date.value, m.date.derivation) == ("2023", "anchor:published-year")
