from sqlalchemy import inspect

from crossings.document import DateInfo, Document
from crossings.events import Mention
from crossings.store import Store
from crossings.store.db import _engine
from crossings.store.migrate import pending_changes, upgrade


def _doc(doc_id: str, text: str = "A diplomat defected.", **kw) -> Document:
    return Document(id=doc_id, text=text, raw=text, content_hash=doc_id + "h",
                    published=DateInfo("2024-03-02", "day", "byline"), **kw)


def test_migrations_alone_reproduce_the_models(store_url):
    engine = _engine(store_url)
    upgrade(engine, reconcile_models=False)
    with engine.connect() as conn:
        assert pending_changes(conn) == []
        assert "alembic_version" in inspect(conn).get_table_names()


def test_reopening_a_store_keeps_its_documents(store_url):
    Store(store_url).add_documents([(_doc("a"), [1, 2, 3])])
    again = Store(store_url)
    assert [d.id for d in again.documents()] == ["a"]
    assert again.get_document("a").published.value == "2024-03-02"


def test_add_batch_writes_documents_and_mentions_together(store_url):
    store = Store(store_url)
    mention = Mention(doc="a", type="defection")
    added = store.add_batch([(_doc("a"), None), (_doc("b"), None)], {"a": [mention], "b": []})
    assert added == 2
    assert [m.id for m in store.mentions()] == [mention.id]
    assert store.docs_without_mentions_run() == []


def test_documents_without_extraction_are_listed_until_extracted(store_url):
    store = Store(store_url)
    store.add_batch([(_doc("a"), None)], None)
    assert [d.id for d in store.unextracted()] == ["a"]
    store.replace_mentions({"a": []})
    assert store.unextracted() == []


def test_adding_a_known_id_adds_nothing(store_url):
    store = Store(store_url)
    assert store.add_documents([(_doc("a"), None)]) == 1
    assert store.add_documents([(_doc("a", "Other text."), None)]) == 0
    assert store.count_documents() == 1
    assert store.get_document("a").text == "A diplomat defected."


def test_filters_by_language_and_date(store_url):
    store = Store(store_url)
    store.add_documents([(_doc("a", lang="en"), None), (_doc("b", lang="ko"), None)])
    assert [d.id for d in store.documents(lang="ko")] == ["b"]
    assert len(store.documents(since="2024-03-01", until="2024-03-03")) == 2
    assert store.documents(since="2024-04-01") == []


def test_bare_postgres_urls_use_psycopg3():
    assert _engine("postgresql://u@127.0.0.1:1/db").dialect.driver == "psycopg"
