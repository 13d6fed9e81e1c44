"""Time the dashboard's pages over generated events (SQLite), in process through the ASGI app.

    PYTHONPATH=src .venv/bin/python bench/dashboard_bench.py [--events 100000] [--repeat 5] [--db PATH --reuse]

Events as bench/api_bench.py makes them, each named person with the id fusion would give its
name. Prints the median and worst wall time of each page: the overview (with its wave test), the
wave chart by role and month, the map (all, and filtered), the timeline, one event and one person
page (its events looked up in event_people).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from api_bench import make_event  # noqa: E402

from crossings.store import Store  # noqa: E402
from crossings.web import create_app  # noqa: E402


def build(db: str, n: int) -> str:
    """Store n events; returns one person id that several events share."""
    rng = random.Random(13)
    events = [make_event(i, rng) for i in range(n)]  # people with fusion's ids for their names
    Store(db).replace_events(events)
    return next(p for e in events for p in e.people)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", help="SQLite file; default: a temporary file")
    parser.add_argument("--reuse", action="store_true", help="keep --db if it already holds the events")
    args = parser.parse_args()
    path = Path(args.db or Path(tempfile.mkdtemp()) / "dash.db")
    db = f"sqlite:///{path}"
    if not (args.reuse and path.exists()):
        path.unlink(missing_ok=True)
        t = time.perf_counter()
        build(db, args.events)
        print(f"stored {args.events} events in {time.perf_counter() - t:.1f} s")
    store = Store(db)
    pid = next(p for e in store.event_page({}, limit=50) for p in e.people)
    event_id = store.event_page({}, limit=1)[0].id
    client = TestClient(create_app(db))
    pages = ["/", "/?type=defection&role=diplomat&period=month", "/map", "/map?role=diplomat&since=2010&side=origin",
             "/timeline", "/events", f"/events/{event_id}", f"/people/{pid}", "/api/stats?region=EU"]
    for page in pages:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            r = client.get(page)
            times.append(time.perf_counter() - t)
            assert r.status_code == 200, (page, r.status_code, r.text[:200])
        print(f"{page:52s} median {statistics.median(times) * 1000:7.0f} ms   worst {max(times) * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
