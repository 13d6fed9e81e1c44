"""The store's version rises with every write (ingest, fusion, decision) and only then; the
dashboard's statistics are computed once per version."""
from crossings import api
from crossings.document import Document
from crossings.store import Store


def test_every_write_raises_the_version_and_reads_do_not(store_url):
    store = Store(store_url)
    v0 = store.version()
    store.add_documents([(Document(id="a", text="Text.", raw="Text."), None)])
    v1 = store.version()
    store.documents(), store.events(), store.count_documents()
    assert v1 > v0 and store.version() == v1
    store.replace_events([])
    assert store.version() > v1


def test_statistics_are_reused_until_the_store_changes(store_url):
    first = api.stats(db=store_url)
    assert api.stats(db=store_url) is first
    Store(store_url).add_documents([(Document(id="b", text="More text.", raw="More text."), None)])
    again = api.stats(db=store_url)
    assert again is not first and again.documents == first.documents + 1


def test_event_pages_are_reused_until_the_store_changes(store_url):
    first = api.event_page(db=store_url, limit=10)
    assert api.event_page(db=store_url, limit=10) is first
    assert api.event_page(db=store_url, limit=11) is not first
    Store(store_url).replace_events([])
    assert api.event_page(db=store_url, limit=10) is not first
