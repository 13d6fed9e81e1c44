"""Two writers on one store at once (SQLite and PostgreSQL): both ingests of the same files
exit 0 and the store holds each document once; several first opens of a new store all succeed
(the later ones wait for the first's migration)."""
from __future__ import annotations

import re
import subprocess
import sys
from multiprocessing import get_context
from pathlib import Path

import pytest

from crossings.store import Store

CITIES = ["Vladivostok", "Ningbo", "London", "Rome", "Kuwait City", "Dandong", "Moscow", "Hanoi"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _pages(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        city, month = CITIES[i % len(CITIES)], MONTHS[i % len(MONTHS)]
        (folder / f"p{i:03d}.txt").write_text(
            f"Worker number {i} left the North Korean mission in {city}\n\n"
            f"A North Korean trade worker, {20 + i}, posted in {city} defected to South Korea in "
            f"{month} {2000 + i}, officials said on Tuesday. Report {i} was confirmed by the ministry.\n")
    return folder


def test_two_ingests_of_the_same_files_at_once_both_succeed_and_store_each_once(tmp_path, store_url):
    pages = _pages(tmp_path / "pages", 30)
    cli = [str(Path(sys.executable).parent / "crossings"), "--db", store_url, "ingest", str(pages)]
    runs = [subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=600), p.stdout.read(), p.stderr.read()) for p in runs]
    added = []
    for code, out, err in results:
        assert code == 0, err
        assert "Traceback" not in err and "failed 0" in out
        counts = re.search(r"added (\d+), already stored (\d+)", out)
        assert int(counts[1]) + int(counts[2]) == 30, out  # every page: stored by this run or the other
        added.append(int(counts[1]))
    assert sum(added) == 30
    store = Store(store_url)
    docs = store.documents()
    assert len(docs) == len({d.id for d in docs}) == 30
    mentions = store.mentions()
    assert len(mentions) == len({m.id for m in mentions}) and mentions
    assert {m.doc for m in mentions} <= {d.id for d in docs} and store.unextracted() == []
    assert store.events()


def _open_and_add(url: str, n: int, start, out) -> None:
    from crossings.document import Document, content_hash

    start.wait()
    try:
        store = Store(url)
        text = f"Page {n}: a boat reached the island."
        store.add_documents([(Document(id=f"d{n}", text=text, raw=text, content_hash=content_hash(text)), None)])
        out.put((n, "ok"))
    except BaseException as exc:  # reported to the test, which fails on it
        out.put((n, f"{exc.__class__.__name__}: {exc}"))


def test_first_opens_of_a_new_store_at_once_all_succeed(store_url):
    ctx = get_context("spawn")
    start, out = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_open_and_add, args=(store_url, n, start, out)) for n in range(4)]
    for p in procs:
        p.start()
    results = sorted(out.get(timeout=300) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert results == [(n, "ok") for n in range(4)]
    assert sorted(d.id for d in Store(store_url).documents()) == ["d0", "d1", "d2", "d3"]


def test_an_open_told_at_once_that_the_database_is_locked_tries_again(tmp_path, monkeypatch):
    """SQLite may answer "database is locked" without waiting (a snapshot or WAL set-up raced by
    another process creating the store); opening tries again rather than failing."""
    from sqlalchemy.exc import OperationalError

    import crossings.store.db as db

    calls = []
    real = db.upgrade

    def flaky(engine):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("PRAGMA", {}, Exception("database is locked"))
        real(engine)

    monkeypatch.setattr(db, "upgrade", flaky)
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    assert len(calls) == 2 and store.documents() == []


def test_another_open_error_is_not_retried(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import crossings.store.db as db

    calls = []

    def broken(engine):
        calls.append(1)
        raise OperationalError("SELECT", {}, Exception("no such table: x"))

    monkeypatch.setattr(db, "upgrade", broken)
    with pytest.raises(db.StoreError):
        Store(f"sqlite:///{tmp_path / 'store.db'}")
    assert len(calls) == 1
