"""A happening dated to a decade long past takes no year from the report (class DT-ANCHOR: the
report's year dates only its own news), and the place people went to is never also where they
left from (PL-BYSTANDER). Invented sentences."""
from tests.extract.en_helpers import one


def test_a_past_decade_gives_no_publication_year():
    m = one("North Korean diplomats working in Zambia in the late 1990s defected to South Korea as well.",
            "defection", published="2031-06-13")
    assert m.date.value is None


def test_news_of_this_year_still_takes_the_report_year():
    m = one("A North Korean diplomat in Zambia has defected to South Korea, officials said.", "defection",
            published="2031-06-13")
    assert m.date.value == "2031"


def test_the_goal_is_not_also_the_origin():
    m = one("The fact that Chang, a North Korean envoy, defected to the United States - and not to South "
            "Korea, as others have - means the CIA will question him first.", "defection", published="2031-06-13")
    assert m.destination == "US"
    assert m.origin.country != "US"
