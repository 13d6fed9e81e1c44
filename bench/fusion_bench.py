"""Fusion time for 10,000, 100,000 and 1,000,000 generated mentions, and how it grows; and
incremental fusion: a batch fused against a stored store beside a full re-fuse of it.

usage: python bench/fusion_bench.py [--sizes 10000,100000,1000000] [--seed 1]
       python bench/fusion_bench.py --incremental 1000000 [--batch 1000] [--db PATH [--keep]]

Mentions are generated from invented events (random origin country and city, date, type, role,
head count, and for a third of them a named person), each reported by a few documents whose reports drop or
blur fields the way real reports do. Prints CPU and wall seconds (CPU time is the measure: other
work on the machine inflates wall time), mentions per CPU second, the growth exponent of time
against input (1.0 is linear), and the events found against those invented.

--incremental N: a SQLite store of N generated mentions (bulk inserted, one document each, as
generated), fused in full; then a batch of --batch more mentions (reports of the same generator,
their documents held out at random, so they land all over the time line and the blocks) is stored
and fused incrementally (crossings.fuse.incremental, as an ingest does); then the whole store is
fused again in full. Prints each step's CPU and wall seconds, the ratio of the full re-fuse to the
batch's fusion, the mentions the incremental run followed and read, and whether the two stores'
events (ids and records) are identical. With --db PATH --keep, the store as fused in full is kept
beside PATH (PATH.fused-N-SEED) and the next run with the same N, seed and fusion code starts from
it instead of storing and fusing again (a full fusion of 1,000,000 takes tens of CPU minutes).
"""
from __future__ import annotations

import argparse
import math
import random
import time

from crossings.events import EVENT_TYPES, Evidence, Mention, Place, Subject, When
from crossings.fuse import fuse_mentions

COUNTRIES = "CN RU GB IT KW CU ET AO UG ES HK NP BD VN TH MY MN LA KH DE FR PL BG RO EG QA AE".split()
ROLES = ("diplomat", "trade_official", "overseas_worker", "restaurant_worker", "official", "military", "civilian")
SURNAMES = ("Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Han", "Ryu", "Jo", "Yun", "Hwang", "O", "Ko", "Song")
SYLLABLES = ("chol", "song", "yong", "il", "kyu", "min", "hyok", "nam", "gil", "ho", "su", "jin", "ung", "kwang",
             "myong", "hui", "ok", "sun", "dok", "ryong", "chun", "hak", "bom", "gyong")


def invent_event(r: random.Random, n: int) -> dict:
    name = None
    if r.random() < 0.35:
        name = f"{r.choice(SURNAMES)} {r.choice(SYLLABLES).title()}-{r.choice(SYLLABLES)}"
    country = r.choice(COUNTRIES)
    return {
        "type": r.choice(EVENT_TYPES),
        "country": country,
        "city": f"{country}-city-{r.randint(1, 12)}" if r.random() < 0.6 else None,
        "date": f"{r.randint(1990, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "role": r.choice(ROLES),
        "count": r.choice((1, 1, 1, 2, 3, 4, 7, 12)),
        "name": name,
        "reports": max(1, min(n, int(r.expovariate(1 / 4)) + 1)),
        "published": f"{r.randint(1990, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    }


def report(r: random.Random, ev: dict, doc: str, slot: int) -> Mention:
    date = ev["date"][: r.choice((10, 10, 7, 7, 4))] if r.random() > 0.1 else None
    name = ev["name"] if ev["name"] and r.random() > 0.2 else None
    if name and r.random() < 0.3:
        name = name.replace("-", " ")
    subject = Subject(name=name, role=ev["role"] if r.random() > 0.1 else None,
                      count=ev["count"] if r.random() > 0.3 else None)
    return Mention(
        doc=doc, type=ev["type"], status="reported", subjects=[subject],
        origin=Place(country=ev["country"] if r.random() > 0.1 else None,
                     city=ev["city"] if r.random() > 0.3 else None),
        date=When(value=date, precision={4: "year", 7: "month", 10: "day"}.get(len(date or ""), "unknown"),
                  derivation="explicit" if date else None),
        evidence=[Evidence("type", slot, slot + 8, "reported")],
    )


def generate(n: int, seed: int) -> tuple[list[Mention], dict[str, str | None], int]:
    r = random.Random(seed)
    mentions: list[Mention] = []
    published: dict[str, str | None] = {}
    events = 0
    while len(mentions) < n:
        ev = invent_event(r, n - len(mentions))
        events += 1
        for k in range(ev["reports"]):
            doc = f"d{len(mentions)}"
            published[doc] = ev["published"]
            mentions.append(report(r, ev, doc, 10 * k))
    return mentions, published, events


def _kept_scheme(path: str) -> str | None:
    """The fusion scheme a kept store was fused under (None: no such store)."""
    import os
    import sqlite3

    from crossings.store.models import FUSION_STATE_KEY

    if not os.path.exists(path):
        return None
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT value FROM store_meta WHERE key = ?", (FUSION_STATE_KEY,)).fetchone()
    return row[0] if row else None


def _copy_sqlite(source: str, target: str) -> None:
    """A consistent copy of a SQLite store, its write-ahead log included (sqlite3's backup)."""
    import os
    import sqlite3

    for leftover in (target, target + "-wal", target + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def incremental(n: int, batch: int, seed: int, db: str | None, refuse: bool = True, keep: bool = False) -> None:
    import json
    import os
    import tempfile

    from crossings import api
    from crossings.document import DateInfo, Document
    from crossings.fuse.incremental import fuse_pending, scheme
    from crossings.store import Store
    from crossings.store import fusion_state

    mentions, published, _ = generate(n + batch, seed)
    docs = sorted(published)
    held = set(random.Random(seed).sample(docs, batch))  # one mention per generated document
    path = db or os.path.join(tempfile.mkdtemp(prefix="fusion-bench-"), "store.db")
    for old in (path, path + "-wal", path + "-shm"):  # a store left by an earlier run holds the batch already
        if os.path.exists(old):
            os.remove(old)
    store = Store(f"sqlite:///{path}")

    def put(chosen: list[Mention]) -> None:
        for i in range(0, len(chosen), 5000):
            part = chosen[i:i + 5000]
            store.insert_batch([(Document(id=m.doc, text="", raw="", content_hash=m.doc,
                                          published=DateInfo(value=published[m.doc])), None) for m in part],
                               {m.doc: [m] for m in part})

    def timed(label: str, work):
        wall, cpu = time.perf_counter(), time.process_time()
        out = work()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{label:34} cpu {cpu:8.2f} s  wall {wall:8.2f} s", flush=True)
        return out, cpu, wall

    kept = f"{path}.fused-{n}-{seed}" if keep else None
    if kept and _kept_scheme(kept) == scheme():
        store.engine.dispose()
        _copy_sqlite(kept, path)
        store = Store(f"sqlite:///{path}")
        first_cpu = first_wall = None
        print(f"full fusion of {n}: reused {kept}", flush=True)
    else:
        timed(f"store {n} mentions (bulk insert)", lambda: put([m for m in mentions if m.doc not in held]))
        _, first_cpu, first_wall = timed(f"full fusion of {n}", lambda: api._fuse_all(store))
        if kept:
            _copy_sqlite(path, kept)
    timed(f"store a batch of {batch}", lambda: put([m for m in mentions if m.doc in held]))

    def one_batch():
        assert fusion_state.not_ready(store, scheme()) is None
        with fusion_state.reading(store) as source:
            update = fuse_pending(source)
        fusion_state.apply_update(store, update)
        return update

    update, batch_cpu, batch_wall = timed("incremental fusion of the batch", one_batch)
    print(f"  followed {update.live} mentions, read {update.loaded}, rebuilt {len(update.events)} events, "
          f"dropped {len(update.removed_events)}; {update.stats}", flush=True)
    if not refuse and first_cpu is None:
        print("no full fusion timed in this run (a kept store): run without --no-refuse for the ratio")
        return
    if not refuse:  # the full fusion of n stands for the re-fuse of n + batch
        print(f"full fusion of {n} / batch: cpu {first_cpu / batch_cpu:.1f}x, wall {first_wall / batch_wall:.1f}x "
              "(no re-fuse of the whole store, no comparison of events)")
        return
    after = {e.id: json.dumps(e.to_dict(), sort_keys=True) for e in store.events()}
    _, full_cpu, full_wall = timed(f"full re-fuse of {n + batch}", lambda: api._fuse_all(store))
    again = {e.id: json.dumps(e.to_dict(), sort_keys=True) for e in store.events()}
    same = after == again
    print(f"full re-fuse / batch: cpu {full_cpu / batch_cpu:.1f}x, wall {full_wall / batch_wall:.1f}x; "
          f"events {len(again)}, incremental {'identical to' if same else 'DIFFERS from'} the full re-fuse"
          + ("" if same else f" ({sum(after.get(k) != v for k, v in again.items())} differ)"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--incremental", type=int, help="store this many mentions, then fuse a batch incrementally")
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--db", help="SQLite file for --incremental, overwritten (default: a temporary one)")
    ap.add_argument("--keep", action="store_true",
                    help="--incremental with --db: keep the store as fused in full, and start from it next time")
    ap.add_argument("--no-refuse", action="store_true",
                    help="--incremental: compare with the first full fusion, skip the final re-fuse (for sizes "
                         "where two full fusions take too long)")
    a = ap.parse_args()
    if a.incremental:
        if a.keep and not a.db:
            ap.error("--keep needs --db")
        incremental(a.incremental, a.batch, a.seed, a.db, refuse=not a.no_refuse, keep=a.keep)
        return
    previous: tuple[int, float] | None = None
    print(f"{'mentions':>10} {'cpu s':>8} {'wall s':>8} {'per sec':>9} {'growth':>7} {'events':>9} {'invented':>9}")
    for n in (int(s) for s in a.sizes.split(",")):
        mentions, published, invented = generate(n, a.seed)
        wall, cpu = time.perf_counter(), time.process_time()
        events = fuse_mentions(mentions, published)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        growth = ""
        if previous:
            # exponent of time against input size on a log scale: 1.0 is linear, 2.0 quadratic
            growth = f"{math.log(cpu / previous[1]) / math.log(n / previous[0]):.2f}"
        print(f"{n:>10} {cpu:>8.1f} {wall:>8.1f} {n / cpu:>9.0f} {growth:>7} {len(events):>9} {invented:>9}",
              flush=True)
        previous = (n, cpu)
        del mentions, events


if __name__ == "__main__":
    main()
