"""The CLI's listings as tables, JSON or CSV; date ranges, destinations and outlets; refused typos;
--help without the heavy imports."""
import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.store import Store
from tests.export import sample


@pytest.fixture
def db(db_url):
    sample.build(Store(db_url))
    api.decide("reject", "ev-closure", "ana", "a rumour", db=db_url)
    return db_url


def run(*args: str) -> str:
    shown = CliRunner().invoke(app, list(args))
    assert shown.exit_code == 0, shown.output
    return shown.stdout


def test_events_as_json_and_csv_newest_first(db):
    listed = json.loads(run("--db", db, "events", "--format", "json"))
    assert [e["id"] for e in listed] == ["ev-defection", "ev-sent-back"]  # the rejected closure left out
    assert listed[0]["origin"] == "Valletta, Europe, MT" and listed[0]["destination"] == "KR"
    rows = list(csv.DictReader(io.StringIO(run("--db", db, "events", "--format", "csv", "--destination", "kp"))))
    assert [(r["id"], r["date"], r["review"]) for r in rows] == [("ev-sent-back", "2018", "unreviewed")]


def test_the_machine_listing_is_newest_first_too(db):
    listed = json.loads(run("--db", db, "events", "--machine", "--format", "json"))
    assert [(e["id"], e["review"]) for e in listed] == [("ev-defection", "machine"), ("ev-sent-back", "machine"),
                                                        ("ev-closure", "machine")]  # the rejection not applied


def test_a_date_range_on_events(db):
    def ids(*args):
        return [e["id"] for e in json.loads(run("--db", db, "events", "--format", "json", *args))]

    assert ids("--since", "2019-01", "--until", "2019-12-31") == ["ev-defection"]
    assert ids("--until", "2018-06") == ["ev-sent-back"]  # a season of 2018 overlaps
    assert ids("--since", "2019-08") == []
    assert ids("--review", "all", "--since", "2017", "--until", "2017") == ["ev-closure"]


@pytest.mark.parametrize("args, says", [
    (["--since", "last June"], "must be an ISO date"),
    (["--destination", "Seoul"], "ISO 3166 alpha-2"),
    (["--since", "2019-07", "--until", "2018"], "comes after"),
    (["--role", "diplomats"], "choose one of diplomat, trade_official"),
    (["--outlet", "Gull"], "unknown outlet 'gull': choose one of gull times, gull.example, kite weekly"),
])
def test_a_filter_value_off_its_list_is_refused_with_the_valid_ones(db, args, says):
    shown = CliRunner().invoke(app, ["--db", db, "events", *args])
    assert shown.exit_code != 0 and says in shown.output


def test_events_and_exports_by_outlet(db, tmp_path):
    def ids(*args):
        return [e["id"] for e in json.loads(run("--db", db, "events", "--format", "json", *args))]

    assert ids("--outlet", "Gull Times") == ["ev-defection"]
    assert ids("--outlet", "wire mirror") == ["ev-defection"]  # a wire copy's outlet is behind the event too
    assert ids("--outlet", "kite weekly") == ["ev-sent-back"]  # the rejected closure left out
    assert ids("--outlet", "kite weekly", "--review", "all", "--until", "2017") == ["ev-closure"]
    assert ids("--machine", "--outlet", "KITE WEEKLY") == ["ev-sent-back", "ev-closure"]
    out = tmp_path / "kite.csv"
    run("--db", db, "export", "--format", "csv", "--outlet", "kite weekly", "--output", str(out))
    [row] = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (row["id"], row["sources"]) == ("ev-sent-back", "Kite Weekly")
    assert ids("--outlet", "https://www.gull.example/2019") == ["ev-defection"]  # an address: its host
    refused = CliRunner().invoke(app, ["--db", db, "export", "--outlet", "gull.exampl", "--output", str(out)])
    assert refused.exit_code == 2 and "unknown outlet 'gull.exampl'" in refused.output


def test_documents_decisions_and_stats_in_every_format(db):
    docs = json.loads(run("--db", db, "documents", "--format", "json"))
    assert {d["id"]: d["outlet"] for d in docs} == {"gull-1": "Gull Times", "kite-1": "Kite Weekly", "wire-1": "Wire Mirror"}
    assert next(d for d in docs if d["id"] == "wire-1")["duplicate_of"] == "gull-1"
    [decision] = list(csv.DictReader(io.StringIO(run("--db", db, "decisions", "--format", "csv"))))
    assert (decision["action"], decision["target"], decision["why"]) == ("reject", "ev-closure", "a rumour")
    stats = json.loads(run("--db", db, "stats", "--format", "json"))
    assert stats["by_type"] == {"defection": 1, "repatriation": 1}
    long = list(csv.DictReader(io.StringIO(run("--db", db, "stats", "--format", "csv"))))
    assert {"facet": "origin", "value": "MT", "events": "1"} in long
    table = run("--db", db, "documents")
    assert "Kite Weekly" in table and "┃ id" in table


def test_a_csv_listing_neutralises_formulas(db_url):
    from crossings.document import DateInfo, Document, content_hash

    text = "A page whose outlet is a formula."
    Store(db_url).add_documents([(Document(id="f-1", text=text, raw=text, outlet="=cmd|' /C calc'!A0",
                                           published=DateInfo("2020-01-01", "day", "manifest"),
                                           content_hash=content_hash(text)), None)])
    [row] = list(csv.DictReader(io.StringIO(run("--db", db_url, "documents", "--format", "csv"))))
    assert row["outlet"] == "'=cmd|' /C calc'!A0"


@pytest.mark.parametrize("asked, says", [("--help", "Usage"), ("--version", "crossings 0.")])
def test_help_and_version_load_neither_the_store_nor_the_extractors_nor_rich(asked, says):
    probe = ("import sys\nfrom crossings.cli import app\n"
             f"try:\n    app(['{asked}'])\nexcept SystemExit:\n    pass\n"
             "heavy = sorted(m for m in ('crossings.api', 'sqlalchemy', 'spacy', 'datasketch', 'trafilatura', "
             "'rich', 'markdown_it') if m in sys.modules)\nprint('HEAVY', heavy)")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert says in shown.stdout and "HEAVY []" in shown.stdout, shown.stdout + shown.stderr
