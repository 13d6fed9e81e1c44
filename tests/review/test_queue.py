"""The review queue (issue 14): changed-since-review first, then disputed, then unreviewed; field
values accepted or rejected as decisions with before -> after, and undone."""
from datetime import datetime, timedelta

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from crossings import api
from crossings.cli import app
from crossings.document import DateInfo, Document, content_hash
from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.review import ReviewError
from crossings.review_queue import CHANGED, CONFLICTS, UNREVIEWED
from crossings.store import Store
from crossings.store.models import DecisionRow
from tests.web import web_sample


@pytest.fixture
def sample(db_url):
    web_sample.build(Store(db_url))
    return db_url, {e.origin.country: e.id for e in api.events(db=db_url)}


def _order(db):
    return [(item.reviewed.id, item.reasons) for item in api.review_queue(db=db).items]


def test_disputed_before_plain_unreviewed_and_reviewed_ones_leave(sample):
    db, ids = sample
    order = _order(db)
    assert order[0] == (ids["MT"], [UNREVIEWED, CONFLICTS]) and {i for i, _ in order} == set(ids.values())
    api.decide("confirm", ids["KP"], "ana", db=db)
    assert ids["KP"] not in {i for i, _ in _order(db)}
    assert api.review_queue(db=db, type="disappearance").total == 1


def test_an_event_with_a_source_stored_after_its_review_comes_first(sample):
    db, ids = sample
    store = Store(db)
    api.decide("confirm", ids["KP"], "ana", db=db)
    with store.session(write=True) as s:  # the review happened a day ago
        s.execute(update(DecisionRow).values(at=datetime.utcnow() - timedelta(days=1)))
    text = "A soldier defected across the border in May 2024, a second report said on Tuesday."
    doc = Document(id="late-1", text=text, raw=text, lang="en", source="test:late", content_hash=content_hash(text),
                   published=DateInfo("2024-06-03", "day", "manifest"))
    store.add_documents([(doc, None)])
    soldier = store.get_event(ids["KP"])
    late = Mention("late-1", "defection", "reported", [Subject(descriptor="A soldier", role="military")],
                   Place(country="KP"), "KR", When("2024-05", "month"), [],
                   [Evidence("type", 10, 34, text[10:34])])
    store.replace_mentions({"late-1": [late]})
    soldier.mentions.append(late)
    store.replace_events([soldier, *[e for e in store.events() if e.id != soldier.id]])
    first_id, reasons = _order(db)[0]
    assert first_id == ids["KP"] and reasons[0] == CHANGED
    shown = CliRunner().invoke(app, ["--db", db, "queue"], env={"COLUMNS": "250"})
    assert shown.exit_code == 0 and CHANGED in shown.stdout.splitlines()[3]


def test_accepting_and_rejecting_a_machine_value_are_decisions_with_before_and_after(sample):
    db, ids = sample
    accepted = api.decide("accept_value", ids["MT"], "ana", payload={"field": "origin.city"}, db=db)
    rejected = api.decide("reject_value", ids["MT"], "ana", payload={"field": "date.value"}, db=db)
    ev = api.event(ids["MT"], db=db)
    assert ev.origin.city == "Valletta" and ev.date.value is None and ev.date.precision == "unknown"
    review = api.event_detail(ids["MT"], db=db).reviewed.review
    assert review.accepted == {"origin.city": accepted} and review.rejected_values == {"date.value": rejected}
    log = {d["id"]: d for d in api.decisions(db=db)}
    assert log[rejected]["payload"] == {"field": "date.value", "before": "2024-02"}
    api.decide("undo", ids["MT"], "ana", payload={"decision": rejected}, db=db)
    assert api.event(ids["MT"], db=db).date.value == "2024-02"
    shown = CliRunner().invoke(app, ["--db", db, "decisions"], env={"COLUMNS": "300"}).stdout
    assert 'date.value: "2024-02" -> null' in shown


@pytest.mark.parametrize("action,field,message", [("reject_value", "type", "cannot be without"),
                                                  ("accept_value", "mentions", "cannot be edited")])
def test_field_verdicts_name_a_field_the_event_can_lose(sample, action, field, message):
    db, ids = sample
    with pytest.raises(ReviewError, match=message):
        api.decide(action, ids["MT"], "ana", payload={"field": field}, db=db)


def test_the_audit_page_says_where_a_decision_on_a_refused_event_applies_now(sample):
    from fastapi.testclient import TestClient

    from crossings.web import create_app

    db, ids = sample
    api.decide("edit", ids["MT"], "ana", payload={"field": "origin.city", "value": "Sliema"}, db=db)
    web_sample.refuse(Store(db), salt="later")  # every event gets a new id
    now = api.decisions(db=db)[0]["applies_to"]
    page = TestClient(create_app(db)).get("/audit").text
    assert now != ids["MT"] and f'href="/events/{now}"' in page and f"decided on {ids['MT']}, since re-fused" in page
    assert "Valletta</code> → <code class=\"after\">Sliema" in page
