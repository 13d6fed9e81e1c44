"""Decisions applied over machine output, surviving re-fusion (new event ids)."""
import pytest
from tests.web import web_sample as sample

from crossings import browse, review
from crossings.review import ReviewError


def pak(store):
    return next(e for e in browse.all_events(store) if e.subjects and e.subjects[0].name == "Pak Sun Il")


def test_confirm_and_edit_survive_refusion(store):
    event = pak(store)
    review.decide(store, "confirm", event.id, "ana", "two sources agree", {})
    review.decide(store, "edit", event.id, "ana", "ministry said so", {"field": "date.value", "value": "2024-01"})
    sample.refuse(store, salt="rerun")
    after = pak(store)
    assert after.id != event.id
    detail = browse.event_detail(store, after.id)
    assert detail.reviewed.review.state == "confirmed"
    assert after.date.value == "2024-01"
    assert detail.reviewed.review.edited == {"date.value": 2}


def test_reject_hides_event_from_default_listing(store):
    event = pak(store)
    review.decide(store, "reject", event.id, "ana", "duplicate", {})
    ids = [rv.id for rv in browse.event_page(store, {}).items]
    assert event.id not in ids
    rejected = browse.event_page(store, {}, review="rejected")
    assert [rv.id for rv in rejected.items] == [event.id]
    assert browse.stats(store).events == 2


def test_merge_then_split(store):
    events = browse.all_events(store)
    soldier = next(e for e in events if e.origin.country == "KP")
    keep = pak(store)
    review.decide(store, "merge", keep.id, "ana", "same man", {"other": soldier.id})
    merged = browse.event_detail(store, keep.id).reviewed
    assert len(merged.event.mentions) == 3
    assert browse.event_detail(store, soldier.id).reviewed.id == keep.id  # old link follows the merge
    assert browse.event_page(store, {}).total == 2
    mention = soldier.mentions[0].id
    review.decide(store, "split", keep.id, "ana", "not the same after all", {"mention": mention})
    page = browse.event_page(store, {})
    assert page.total == 3
    split = next(rv for rv in page.items if rv.review.split_from)
    assert [m.id for m in split.event.mentions] == [mention]


def test_edit_moves_event_between_filters(store):
    event = pak(store)
    assert browse.event_page(store, {"country": "MT"}).total == 1
    review.decide(store, "edit", event.id, "ana", "", {"field": "origin.country", "value": "it"})
    assert browse.event_page(store, {"country": "MT"}).total == 0
    assert [rv.id for rv in browse.event_page(store, {"country": "IT"}).items] == [event.id]


@pytest.mark.parametrize("action,payload,message", [
    ("edit", {"field": "status", "value": "rumoured"}, "status must be one of"),
    ("edit", {"field": "mentions", "value": "x"}, "cannot be edited"),
    ("edit", {"field": "origin.country", "value": "Malta"}, "alpha-2"),
    ("explode", {}, "unknown action"),
    ("merge", {}, "other event"),
])
def test_bad_decisions_are_refused(store, action, payload, message):
    with pytest.raises(ReviewError, match=message):
        review.decide(store, action, pak(store).id, "ana", "", payload)


def test_a_decision_without_an_account_is_a_local_operators_and_needs_an_event(store):
    """The library authenticates no one: a name that is no account is recorded as a local label."""
    review.decide(store, "confirm", pak(store).id, "  ", "", {})
    review.decide(store, "confirm", pak(store).id, "ana", "", {})
    first, second = (d["who"] for d in review.audit(store))
    assert first.startswith("local:") and len(first) > len("local:") and second == "local:ana"
    with pytest.raises(ReviewError, match="no event"):
        review.decide(store, "confirm", "ev-nope", "ana", "", {})


def test_audit_says_where_each_decision_applies_now(store):
    event = pak(store)
    review.decide(store, "confirm", event.id, "ana", "", {})
    sample.refuse(store, salt="again")
    log = review.audit(store)
    assert log[0]["applies_to"] == pak(store).id != event.id
    assert log[0]["who"] == "local:ana"
