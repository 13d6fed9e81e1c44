"""`crossings stats` prints the wave signal of a selection with its method, and `crossings person`
a person's names and events; api.stats counts a region (continent) of origin."""
import datetime as dt

from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.store import Store
from crossings.trend import label_of, index_of
from tests.web import web_sample, web_series


def test_stats_prints_the_waves_of_a_selection_through_today(db_url):
    today = dt.datetime.now(dt.timezone.utc).date()
    Store(db_url).replace_events(web_series.events(today))
    shown = CliRunner().invoke(app, ["--db", db_url, "stats", "--type", "defection", "--role", "diplomat"],
                               env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    now = label_of(index_of(today.isoformat()))
    assert f"waves (type defection, role diplomat): {now} (" in shown.output and "exact Poisson test" in shown.output
    assert f"through {today.isoformat()}" in shown.output
    quiet = CliRunner().invoke(app, ["--db", db_url, "stats", "--type", "recall"], env={"COLUMNS": "300"})
    assert quiet.exit_code == 0 and "waves (type recall): none" in quiet.output  # ten recalls, never more than two a quarter
    monthly = CliRunner().invoke(app, ["--db", db_url, "stats", "--type", "recall", "--period", "month"],
                                 env={"COLUMNS": "300"})
    assert monthly.exit_code == 0 and "the 24 months before it" in monthly.output
    refused = CliRunner().invoke(app, ["--db", db_url, "stats", "--region", "Mars"])
    assert refused.exit_code == 2 and "unknown region" in refused.output


def test_a_region_counts_the_origins_on_that_continent(db_url):
    Store(db_url).replace_events(web_series.events(dt.date(2026, 6, 1)))
    europe = api.stats(db=db_url, region="EU")
    assert set(europe.origins) == {"RU", "PL", "IT"}  # Russia's continent in geonames is Europe
    asia = api.stats(db=db_url, region="AS")
    assert europe.events + asia.events == api.stats(db=db_url).events
    assert "RU" not in asia.origins and {"CN", "KP", "MN", "VN", "KW"} == set(asia.origins)


def test_person_prints_the_hangul_and_every_event(db_url):
    events = web_sample.build(Store(db_url))
    [pid] = events[0].people
    shown = CliRunner().invoke(app, ["--db", db_url, "person", pid], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "Pak Sun Il" in shown.output and "박선일" in shown.output and events[0].id in shown.output
    assert CliRunner().invoke(app, ["--db", db_url, "person", "p-000000000000"]).exit_code == 1
