"""Near-duplicate index schemes side by side (issue 15): the band probe's cost per page as the store
grows, on stream_bench's generated look-alike stream.

    PYTHONPATH=src .venv/bin/python bench/neardup_bands_bench.py [--pages 100000] [--every 20000]

Every scheme is exact for the finder's rule (estimated Jaccard >= 0.8 over 64 MinHash values,
i.e. at most 12 differing values): each returns a superset of the stored documents that can be
near duplicates, so each marks the same duplicates; they differ only in the work per page.

- bands14: the store's index now, 14 bands of 4 rows, a candidate shares >= 2 bands.
- bands16: 16 bands of 4 rows (all 64 values), >= 4 shared (12 differences spoil at most 12 bands).
- pairs: 16 bands of 4 rows in two halves of 8 bands; each document is filed under the 28 pairs
  of bands of each half (56 keys); a candidate shares >= 1 pair key. Exact: 12 differences leave
  one half with at most 6, so at least 2 of its 8 bands whole, so one whole pair.

Each scheme is an in-memory SQLite table shaped like neardup_bands (key, doc_id primary key),
probed 100 pages at a time with the store's grouped join, its candidates' signatures read as JSON
from a documents table and compared, exactly as DuplicateFinder does. At each checkpoint the next
--probe pages are probed against the store of that size, then filed. HTML pages are reduced to
their paragraphs by a regular expression (the real cleaner costs more than the probe; the text is
the same). Figures are CPU ms per probed page (process time, one process, all schemes in one run).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sqlite3
import sys
import time
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stream_bench import page  # noqa: E402

from crossings.clean.dedup import THRESHOLD, jaccard, signature_of  # noqa: E402

_TAGS = re.compile(r"<footer>.*|<nav>.*?</nav>|<div class='ad'>.*?</div>|<[^>]+>", re.S)


def _band(sig: list[int], b: int) -> str:
    return "".join(f"{v:08x}" for v in sig[b * 4:b * 4 + 4])


def bands14(sig):
    return [f"{b:02d}:" + _band(sig, b) for b in range(14)]


def bands16(sig):
    return [f"{b:02d}:" + _band(sig, b) for b in range(16)]


def pairs(sig):
    bands = [_band(sig, b) for b in range(16)]
    return [hashlib.blake2b(f"{i}:{j}:{bands[i]}{bands[j]}".encode(), digest_size=16).hexdigest()
            for half in (range(8), range(8, 16)) for i, j in combinations(half, 2)]


SCHEMES: dict[str, tuple[Callable, int, int]] = {"bands14": (bands14, 2, 0), "bands16": (bands16, 4, 0),
                                                 "pairs": (pairs, 1, 0), "bands16-skip2": (bands16, 4, 2)}


def signatures(pages: int) -> list[list[int]]:
    rng, previous, seen, out = random.Random(15), None, set(), []
    for i in range(pages):
        record = page(i, rng, previous)
        previous = record if rng.random() < 0.5 else previous
        text = record.get("text") or _TAGS.sub("\n", record["html"])
        if text not in seen:  # exact copies are found by their content hash, never probed
            seen.add(text)
            out.append(signature_of(text))
    return out


class Index:
    def __init__(self, keys: Callable, shared: int, skip: int):
        self.keys, self.shared, self.skip = keys, shared, skip
        self.db = sqlite3.connect(":memory:")
        self.db.execute('CREATE TABLE neardup_bands ("key" VARCHAR(40), doc_id VARCHAR(200), PRIMARY KEY ("key", doc_id))')
        self.db.execute("CREATE TABLE documents (id VARCHAR(200) PRIMARY KEY, minhash JSON)")
        self.db.execute('CREATE TABLE neardup_band_counts ("key" VARCHAR(40) PRIMARY KEY, n INTEGER)')

    def file(self, start: int, sigs: list[list[int]]) -> None:
        self.db.executemany("INSERT INTO neardup_bands VALUES (?, ?)",
                            [(k, f"d{start + n}") for n, s in enumerate(sigs) for k in dict.fromkeys(self.keys(s))])
        if self.skip:
            for n, s in enumerate(sigs):
                self.db.executemany('INSERT INTO neardup_band_counts VALUES (?, 1) ON CONFLICT ("key") DO UPDATE SET n = n + 1',
                                    [(k,) for k in dict.fromkeys(self.keys(s))])
        self.db.executemany("INSERT INTO documents VALUES (?, ?)", [(f"d{start + n}", json.dumps(s)) for n, s in enumerate(sigs)])

    def probe(self, batch: list[list[int]]) -> tuple[int, int]:
        """Candidates and near duplicates found for a batch (the finder's work, store side)."""
        found = [set() for _ in batch]
        keys = [list(dict.fromkeys(self.keys(s))) for s in batch]
        if self.skip:  # leave out each page's most common keys: sharing >= shared - skip of the rest
            every = list(set().union(*keys))
            counts = dict(self.db.execute(f'SELECT "key", n FROM neardup_band_counts WHERE "key" IN ({", ".join("?" * len(every))})', every))
            keys = [sorted(ks, key=lambda k: counts.get(k, 0))[:len(ks) - self.skip] for ks in keys]
        pairs_ = [(n, k) for n, ks in enumerate(keys) for k in ks]
        for i in range(0, len(pairs_), 250):
            part = pairs_[i:i + 250]
            sql = (f'WITH probe(n, "key") AS (VALUES {", ".join("(?, ?)" for _ in part)}) SELECT probe.n, b.doc_id '
                   'FROM probe JOIN neardup_bands b ON b."key" = probe."key" GROUP BY probe.n, b.doc_id HAVING count(*) >= ?')
            for n, doc in self.db.execute(sql, [v for p in part for v in p] + [self.shared - self.skip]):
                found[n].add(doc)
        ids, known = list(set().union(*found)), {}
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            known |= {d: json.loads(m) for d, m in self.db.execute(
                f"SELECT id, minhash FROM documents WHERE id IN ({', '.join('?' * len(part))})", part)}
        near = sum(any(jaccard(known[d], s) >= THRESHOLD for d in f) for f, s in zip(found, batch))
        return sum(map(len, found)), near


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--every", type=int, default=20_000)
    ap.add_argument("--probe", type=int, default=500, help="pages probed at each checkpoint")
    a = ap.parse_args()
    sigs = signatures(a.pages)
    print(f"{a.pages} generated pages, {len(sigs)} distinct texts", flush=True)
    indexes = {name: Index(*scheme) for name, scheme in SCHEMES.items()}
    filed = 0
    for mark in range(a.every, len(sigs) - a.probe + 1, a.every):
        for index in indexes.values():
            index.file(filed, sigs[filed:mark])
        filed = mark
        batch = sigs[mark:mark + a.probe]
        row = []
        for name, index in indexes.items():
            t, cands, near = time.process_time(), 0, 0
            for i in range(0, len(batch), 100):
                c, n = index.probe(batch[i:i + 100])
                cands, near = cands + c, near + n
            ms = (time.process_time() - t) * 1000 / len(batch)
            row.append(f"{name} {ms:.3f} ms/page ({cands / len(batch):.1f} candidates, {near} near)")
        print(f"store {mark:>7}: " + " | ".join(row), flush=True)


if __name__ == "__main__":
    main()
