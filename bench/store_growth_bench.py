"""Store growth benchmark (issue 15): the driver's share of an ingest, marking near duplicates and
writing each batch (crossings.api._commit's store calls), alone, as the store grows, so that what
grows with it is visible without cleaning or extraction around it.

    PYTHONPATH=src .venv/bin/python bench/store_growth_bench.py [--pages 100000] [--every 10000] [--base-src DIR]

The pages are stream_bench's generated stream, cleaned once up front (not timed) by a cheap
stand-in (the manifest text, HTML tags stripped); signatures are the real MinHash. Every --every
pages it prints the CPU milliseconds per 1,000 pages of that stretch (mark_batch + insert_batch,
batches of api.BATCH), and the MiB read and written through system calls per 1,000 pages. With --base-src, the same pages also go through the package in DIR (say
/work/wt-base/src), each in its own process, interleaved per checkpoint is not possible (two
stores), so the two runs follow each other; the ratio of their last stretch is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAG = re.compile(r"<[^>]+>")


def run(pages: int, every: int, db: str) -> list[float]:
    sys.path.insert(0, str(HERE))
    from stream_bench import page
    import random

    from crossings.api import BATCH
    from crossings.clean.dedup import DuplicateFinder, signature_of
    from crossings.document import DateInfo, Document, content_hash
    from crossings.store import Store

    rng, previous, docs = random.Random(15), None, []
    for i in range(pages):
        record = page(i, rng, previous)
        previous = record if rng.random() < 0.5 else previous
        text = record.get("text") or TAG.sub("\n", record["html"]).strip()
        docs.append((Document(id=record["id"], text=text, raw=record.get("html") or record.get("text"),
                              raw_kind="html" if "html" in record else "text", url=record["url"],
                              lang=record["lang"], published=DateInfo(record["published"], "day", "manifest"),
                              content_hash=content_hash(text)), None))
    docs = [(d, signature_of(d.text)) for d, _ in docs]
    store = Store(db)
    finder = DuplicateFinder(store)
    stretches, cpu0, io0 = [], time.process_time(), _io()
    for start in range(0, pages, BATCH):
        batch = docs[start:start + BATCH]
        finder.mark_batch([d for d, _ in batch], [s for _, s in batch])
        store.insert_batch(batch, {d.id: [] for d, _ in batch})
        if (start + BATCH) % every == 0:
            now = time.process_time()
            stretches.append((now - cpu0) * 1000 / (every / 1000))
            io = _io()
            read, written = ((io[k] - io0[k]) / 2**20 / (every / 1000) for k in ("rchar", "wchar"))
            cpu0, io0 = now, io
            print(f"  {start + BATCH:>7} pages: {stretches[-1]:7.1f} CPU ms per 1,000 pages (last {every}); "
                  f"MiB read {read:6.1f}, written {written:6.1f} per 1,000 pages", flush=True)
    print(json.dumps({"stretches": stretches, "duplicates": sum(d.duplicate_of is not None for d, _ in docs)}), flush=True)
    return stretches


def _io() -> dict[str, int]:
    """Bytes this process read and wrote through system calls (SQLite's page reads, WAL and
    checkpoint writes): a count the machine's load does not blur, unlike CPU time."""
    rows = (line.split(":") for line in Path("/proc/self/io").read_text().splitlines())
    return {k: int(v) for k, v in rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--every", type=int, default=10_000)
    ap.add_argument("--base-src", type=Path)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        run(a.pages, a.every, a.one)
        return
    results = {}
    with tempfile.TemporaryDirectory(prefix="crossings-growth-") as tmp:
        for name, src in [("this", None), ("base", a.base_src)] if a.base_src else [("this", None)]:
            print(f"{name}:", flush=True)
            env = {**os.environ, "PYTHONPATH": f"{src}:{os.environ.get('PYTHONPATH', '')}"} if src else None
            out = subprocess.run([sys.executable, __file__, "--pages", str(a.pages), "--every", str(a.every),
                                  "--one", f"sqlite:///{tmp}/{name}.db"], env=env, capture_output=True, text=True)
            if out.returncode:
                raise SystemExit(out.stderr)
            for line in out.stdout.splitlines():
                if line.startswith("{"):
                    results[name] = json.loads(line)
                else:
                    print(line, flush=True)
    for name, r in results.items():
        s = r["stretches"]
        print(f"{name}: first stretch {s[0]:.1f}, last {s[-1]:.1f} CPU ms per 1,000 pages (x{s[-1] / s[0]:.2f}); "
              f"duplicates {r['duplicates']}")
    if "base" in results:
        print(f"base over this, last stretch: {results['base']['stretches'][-1] / results['this']['stretches'][-1]:.2f}x; "
              f"duplicates {'identical' if results['base']['duplicates'] == results['this']['duplicates'] else 'DIFFER'}")


if __name__ == "__main__":
    main()
