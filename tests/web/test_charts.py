"""Chart geometry: a counted y axis, year-only spans over their own periods, and timeline marks
as wide as the date's precision (generated values)."""
import datetime as dt

from crossings.events import Event, Subject, When
from crossings.review import Reviewed
from crossings.trend import trend
from crossings.web.charts import periods, ticks, timeline


def test_gridlines_are_whole_counts_reaching_the_top():
    assert ticks(1) == [0, 1] and ticks(9) == [0, 2, 4, 6, 8, 10] and ticks(230) == [0, 50, 100, 150, 200, 250]


def test_year_only_events_span_the_periods_of_their_year_that_the_chart_shows():
    t = trend({"2016-11": 1, "2017-02": 1, "2016": 2, "2018": 1, "2015": 4}, "quarter", dt.date(2018, 5, 1))
    c = periods(t)
    step = (c["right"] - c["left"]) / len(t.periods)
    spans = {s["year"]: s for s in c["spans"]}
    assert set(spans) == {"2016", "2018"}  # 2015 is before the first dated quarter
    assert spans["2016"]["x"] == c["left"] and round(spans["2016"]["w"] / step) == 1  # only 2016-Q4 is drawn
    assert round((spans["2018"]["x"] - c["left"]) / step) == 5 and round(spans["2018"]["w"] / step) == 2
    assert c["bars"][-1].partial and "so far" in c["bars"][-1].note


def test_a_year_is_drawn_twelve_times_as_wide_as_a_month_and_a_day_as_a_point():
    evs = [Reviewed(Event(f"ev-{i}", "defection", subjects=[Subject(role="civilian", count=n)], date=When(v, p)))
           for i, (v, p, n) in enumerate([("2020", "year", 1), ("2020-05", "month", 1), ("2020-05-09", "day", 9)])]
    c = timeline(evs, today=dt.date(2021, 6, 1))
    year, month, day = (next(m for m in c["marks"] if m["rv"] is rv) for rv in evs)
    assert abs(year["w"] / month["w"] - 12) < 0.5 and day["point"] and not year["point"]
    assert day["r"] > month["r"]  # nine people: a bigger mark
