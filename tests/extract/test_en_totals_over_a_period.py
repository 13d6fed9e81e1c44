"""People counted over a stretch of time are a total, not a happening (class GT-STAT-UNDER: a
statistic is a total over a period). The stretch is the trigger's own time phrase ("during the
past year", "over the first two years of ...") or a present perfect counted "since" a point.
A point in time keeps its event. All sentences are invented."""
from tests.extract.en_helpers import one, types_in_2031 as kinds




def test_people_counted_over_the_past_year_are_a_total():
    assert "defection" not in kinds("During the past year, eleven North Korean diplomats defected to the "
                                    "South, the ministry said.")


def test_people_counted_over_the_first_years_of_a_government_are_a_total():
    assert "defection" not in kinds("Over the first two years of the new government, nine senior North "
                                    "Korean officials and their families came to South Korea.")


def test_a_perfect_counted_since_a_point_is_a_total():
    assert "defection" not in kinds("Few North Koreans have managed to flee since the border was sealed.")


def test_a_group_on_a_named_day_stays_an_event():
    m = one("Nine North Korean officials defected to the South on March 4, the ministry said.", "defection",
            published="2031-06-13")
    assert m.subjects[0].count == 9


def test_a_single_person_in_the_past_year_stays_an_event():
    assert "defection" in kinds("A North Korean diplomat in Rome defected to the South in the past year, "
                                "officials said.")
