"""Issue 15: the band index's writes. The rows written on SQLite through the driver are the rows the
Core statements write; the counts table holds only keys with two or more documents, while
band_counts still answers every key; and a SQLite store reuses the connection that wrote last,
whose page cache is warm."""
from collections import Counter

from sqlalchemy import select

from crossings.clean.bands import band_keys
from crossings.document import Document, content_hash
from crossings.store import Store
from crossings.store import db as store_db
from crossings.store.models import NearDupBandCountRow, NearDupBandRow


def _doc(doc_id: str, duplicate_of: str | None = None) -> Document:
    return Document(id=doc_id, text=doc_id, raw=doc_id, content_hash=content_hash(doc_id), duplicate_of=duplicate_of)


def _sig(seed: int, shared_tail: int = 0) -> list[int]:
    """64 values; the last `shared_tail` bands (4 values each) the same for every seed."""
    return [v if i >= 64 - 4 * shared_tail else v + 10_000 * seed for i, v in enumerate(range(1, 65))]


def _tables(store: Store) -> tuple[set, dict]:
    with store.session() as s:
        bands = set(s.execute(select(NearDupBandRow.key, NearDupBandRow.doc_id)).all())
        counts = dict(s.execute(select(NearDupBandCountRow.key, NearDupBandCountRow.n)).all())
    return bands, counts


def test_band_rows_are_every_canonical_document_under_each_key_and_counts_only_shared_keys(store_url):
    store = Store(store_url)
    first = [(_doc(f"a{n}"), _sig(n + 1, shared_tail=2)) for n in range(3)]
    second = [(_doc("b0"), _sig(9, shared_tail=2)), (_doc("lone"), _sig(50)), (_doc("copy", "a0"), _sig(1, 2))]
    store.add_documents(first)
    store.add_documents(second)
    canonical = [(d, s) for d, s in first + second if d.duplicate_of is None]
    bands, counts = _tables(store)
    assert bands == {(k, d.id) for d, s in canonical for k in band_keys(s)}
    every = Counter(k for d, s in canonical for k in band_keys(s))
    assert counts == {k: n for k, n in every.items() if n >= 2}  # the 2 shared keys: 4 documents each
    assert set(counts.values()) == {4} and len(counts) == 2
    assert store.band_counts(list(every)) == dict(every)  # a key filed once still counts 1
    assert store.band_counts(band_keys(_sig(77))) == {}


def test_a_key_filed_once_enters_the_counts_when_a_later_batch_files_it_again(store_url):
    store = Store(store_url)
    store.add_documents([(_doc("x"), _sig(1))])
    assert _tables(store)[1] == {}
    store.add_documents([(_doc("y"), _sig(1))])  # same signature, another id: every key now twice
    assert _tables(store)[1] == {k: 2 for k in band_keys(_sig(1))}
    store.add_documents([(_doc("z"), _sig(1))])
    assert _tables(store)[1] == {k: 3 for k in band_keys(_sig(1))}


def test_sqlite_driver_rows_equal_the_core_statements_rows(tmp_path, monkeypatch):
    """The same batches through the driver path and through the Core path (as on PostgreSQL)."""
    batches = [[(_doc(f"d{b}{n}"), _sig(b * 10 + n, shared_tail=n % 3)) for n in range(5)] for b in range(3)]
    fast = Store(f"sqlite:///{tmp_path / 'fast.db'}")
    for batch in batches:
        fast.add_documents(batch)
    monkeypatch.setattr(store_db, "DRIVER_WRITES", ())  # the Core statements, as on PostgreSQL
    monkeypatch.setattr(store_db, "_index_bands_sqlite", None)  # would raise if called
    slow = Store(f"sqlite:///{tmp_path / 'slow.db'}")
    for batch in batches:
        slow.add_documents(batch)
    assert _tables(fast) == _tables(slow) and _tables(fast)[0]


def test_a_sqlite_store_reuses_the_connection_that_wrote_last_with_a_larger_cache(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    with store.session(write=True) as s:
        wrote = s.connection().connection.dbapi_connection
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -store_db.SQLITE_CACHE_KIB
        assert s.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    with store.session() as s, store.session() as t:  # two at once: the second gets another connection
        assert s.connection().connection.dbapi_connection is wrote
        assert t.connection().connection.dbapi_connection is not wrote
    with store.session() as s:
        assert s.connection().connection.dbapi_connection is wrote
