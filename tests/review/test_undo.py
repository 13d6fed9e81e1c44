"""Any decision can be undone by a later decision (issue 17): the undo is itself a decision in the
audit log, undoing the undo restores what it cancelled, and the reviewed dataset follows."""
import pytest
from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.review import ReviewError
from crossings.store import Store
from tests.web import web_sample


@pytest.fixture
def sample(db_url):
    web_sample.build(Store(db_url))
    ids = {e.origin.country: e.id for e in api.events(db=db_url)}
    return db_url, ids


def _listed(db):
    return {e.id for e in api.events(db=db)}


def test_an_undone_reject_brings_the_event_back_and_undoing_the_undo_rejects_it_again(sample):
    db, ids = sample
    soldier = ids["KP"]
    rejected = api.decide("reject", soldier, "ana", "a rumour", {}, db=db)
    assert soldier not in _listed(db)
    undo = api.decide("undo", soldier, "bo", "the ministry confirmed it", {"decision": rejected}, db=db)
    assert soldier in _listed(db)
    api.decide("undo", soldier, "ana", "", {"decision": undo}, db=db)
    assert soldier not in _listed(db)
    log = {d["id"]: d for d in api.decisions(db=db)}
    assert log[rejected]["undone"] is False and log[undo]["undone"] is True and log[undo]["action"] == "undo"


def test_an_undone_merge_gives_both_events_back(sample):
    db, ids = sample
    merged = api.decide("merge", ids["MT"], "ana", "", {"other": ids["MN"]}, db=db)
    assert ids["MN"] not in _listed(db)
    api.decide("undo", ids["MT"], "ana", "", {"decision": merged}, db=db)
    assert {ids["MT"], ids["MN"]} <= _listed(db)


def test_an_undo_names_a_decision_that_exists_and_holds(sample):
    db, ids = sample
    with pytest.raises(ReviewError, match="no decision 99"):
        api.decide("undo", ids["KP"], "ana", "", {"decision": 99}, db=db)
    with pytest.raises(ReviewError, match="number of the decision"):
        api.decide("undo", ids["KP"], "ana", "", {"decision": "the last one"}, db=db)
    confirmed = api.decide("confirm", ids["KP"], "ana", "", {}, db=db)
    api.decide("undo", ids["KP"], "ana", "", {"decision": confirmed}, db=db)
    with pytest.raises(ReviewError, match="already undone"):
        api.decide("undo", ids["KP"], "ana", "", {"decision": confirmed}, db=db)


def test_the_cli_undoes_a_decision_by_its_number(sample):
    db, ids = sample
    rejected = api.decide("reject", ids["KP"], "ana", "", {}, db=db)
    shown = CliRunner().invoke(app, ["--db", db, "decide", "undo", str(rejected), "--who", "bo"])
    assert shown.exit_code == 0, shown.output
    assert ids["KP"] in _listed(db)
    log = CliRunner().invoke(app, ["--db", db, "decisions"], env={"COLUMNS": "250"}).output
    assert "(undone)" in log
