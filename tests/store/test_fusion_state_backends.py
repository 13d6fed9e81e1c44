"""Incremental fusion on SQLite and PostgreSQL (issue 11): the state it reads and writes by raw SQL
(range reads on bytes sort keys, IN lists, counted spellings) gives both backends the full fusion."""
from crossings import api
from crossings.store import Store
from tests.fuse.test_fuse_incremental import batches, put, records, state, world


def test_batches_give_the_full_fusion_on_either_backend(store_url, tmp_path):
    docs, by_doc = world(4, happenings=45)
    full = Store(f"sqlite:///{tmp_path / 'full.db'}")
    put(full, docs, by_doc, docs)
    api._fuse_all(full)
    store = Store(store_url)
    paths = []
    for batch in batches(docs, 4, 3):
        put(store, docs, by_doc, batch)
        paths.append(api._fuse_new(store)[1])
    assert paths[1:] == ["incremental", "incremental"]
    assert records(store) == records(full)
    assert state(store) == state(full)
