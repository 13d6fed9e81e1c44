"""The watch's and the accounts' tables on both backends: validators, items seen, alerts sent once,
the times of new and changed events, accounts by token hash."""
from datetime import datetime, timedelta

from crossings import accounts
from crossings.document import DateInfo, Document
from crossings.events import Event, Mention, Place, When
from crossings.store import Store
from crossings.store import watching


def _doc(doc_id: str) -> Document:
    return Document(id=doc_id, text="A diplomat defected.", raw="x", content_hash=doc_id + "h",
                    published=DateInfo("2024-03-02", "day", "byline"))


def test_polls_remember_validators_items_and_alerts(store_url):
    store = Store(store_url)
    url = "https://news.example/rss"
    assert watching.validators(store, url) == (None, None) and watching.last_poll(store) is None
    watching.record_poll(store, url, ["k1", "k2", "k1"], "2 new", etag='"v1"', last_modified="Mon")
    watching.record_poll(store, url, ["k2", "k3"], "failed", etag='"v2"', keep_validators=True)
    assert watching.validators(store, url) == ('"v1"', "Mon")
    assert watching.seen(store, ["k1", "k3", "k4"]) == {"k1", "k3"}
    assert watching.sources(Store(store_url))[0][2] == "failed" and watching.last_poll(store) is not None
    assert watching.mark_alert(store, "a" * 64, "rule") is True
    assert watching.mark_alert(store, "a" * 64, "rule") is False
    assert watching.sent_alerts(store, ["a" * 64, "b" * 64]) == {"a" * 64}


def test_event_times_follow_the_newest_stored_source(store_url):
    store = Store(store_url)
    before = datetime.utcnow() - timedelta(seconds=1)
    store.add_batch([(_doc("d1"), None), (_doc("d2"), None)],
                    {"d1": [Mention("d1", "defection")], "d2": [Mention("d2", "recall")]})
    mentions = {m.doc: m for m in store.mentions()}
    store.replace_events([Event("ev-1", "defection", None, [], Place(), None, When(), mentions=[mentions["d1"]]),
                          Event("ev-2", "recall", None, [], Place(), None, When(), mentions=[mentions["d2"]])])
    assert set(watching.event_times(store, before, 10)) == {"ev-1", "ev-2"}
    assert watching.event_times(store, datetime.utcnow() + timedelta(days=1), 10) == {}
    assert set(watching.ingested_times(store, ["d1", "nope"])) == {"d1"}


def test_accounts_are_found_by_their_tokens_hash_only(store_url):
    store = Store(store_url)
    account, token = accounts.add(store, "ana", "admin")
    assert accounts.authenticate(store, token) == account
    assert accounts.authenticate(store, accounts.token_hash(token)) is None  # the hash is no token
    assert [a.name for a in accounts.listed(store)] == ["ana"]
