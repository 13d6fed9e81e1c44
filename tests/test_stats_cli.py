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


def test_person_changes_alerts_and_accounts_print_as_json_or_csv_too(db_url):
    import csv
    import io
    import json

    events = web_sample.build(Store(db_url))
    [pid] = events[0].people
    api.users_add("ana", "reviewer", db=db_url)
    api.decide("confirm", events[0].id, "ana", "checked", db=db_url)

    def run(*args: str):
        shown = CliRunner().invoke(app, ["--db", db_url, *args])
        assert shown.exit_code == 0, shown.output
        return shown.stdout

    person = json.loads(run("person", pid, "--format", "json"))
    assert (person["name"], person["aliases"]) == ("Pak Sun Il", ["박선일"])
    assert [e["event"] for e in person["events"]] == [events[0].id] and person["events"][0]["sources"] == 2
    [row] = list(csv.DictReader(io.StringIO(run("person", pid, "--format", "csv"))))
    assert (row["event"], row["date"]) == (events[0].id, "2024-02")
    changed = json.loads(run("changes", "--format", "json"))
    assert {c["id"] for c in changed} >= {events[0].id} and {"updated (UTC)", "why"} <= set(changed[0])
    assert json.loads(run("alerts", "--format", "json")) == []  # four events make no wave
    [account] = list(csv.DictReader(io.StringIO(run("users", "list", "--format", "csv"))))
    assert (account["name"], account["role"]) == ("ana", "reviewer") and "T" in account["created"]
