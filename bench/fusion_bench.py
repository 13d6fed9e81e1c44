"""Fusion time for 10,000, 100,000 and 1,000,000 generated mentions, and how it grows.

usage: python bench/fusion_bench.py [--sizes 10000,100000,1000000] [--seed 1]

Mentions are generated from invented events (random origin, year, month, type, role, head count,
and for a third of them a named person), each reported by a few documents whose reports drop or
blur fields the way real reports do. Prints seconds, mentions per second, the growth ratio of
time against the growth of input (1.0 is linear), and the events found against those generated.
"""
from __future__ import annotations

import argparse
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
    return {
        "type": r.choice(EVENT_TYPES),
        "country": r.choice(COUNTRIES),
        "date": f"{r.randint(1990, 2025)}-{r.randint(1, 12):02d}",
        "role": r.choice(ROLES),
        "count": r.choice((1, 1, 1, 2, 3, 4, 7, 12)),
        "name": name,
        "reports": max(1, min(n, int(r.expovariate(1 / 4)) + 1)),
        "published": f"{r.randint(1990, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    }


def report(r: random.Random, ev: dict, doc: str, slot: int) -> Mention:
    date = ev["date"] if r.random() > 0.2 else (ev["date"][:4] if r.random() > 0.3 else None)
    name = ev["name"] if ev["name"] and r.random() > 0.2 else None
    if name and r.random() < 0.3:
        name = name.replace("-", " ")
    subject = Subject(name=name, role=ev["role"] if r.random() > 0.1 else None,
                      count=ev["count"] if r.random() > 0.3 else None)
    return Mention(
        doc=doc, type=ev["type"], status="reported", subjects=[subject],
        origin=Place(country=ev["country"] if r.random() > 0.1 else None),
        date=When(value=date, precision="month" if date and len(date) > 4 else "year"),
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    previous: tuple[int, float] | None = None
    print(f"{'mentions':>10} {'seconds':>9} {'per sec':>9} {'growth':>7} {'events':>9} {'generated':>9}")
    for n in (int(s) for s in a.sizes.split(",")):
        mentions, published, invented = generate(n, a.seed)
        start = time.perf_counter()
        events = fuse_mentions(mentions, published)
        took = time.perf_counter() - start
        growth = ""
        if previous:
            # time ratio over size ratio, on a log scale: 1.0 is linear, 2.0 quadratic
            import math

            growth = f"{math.log(took / previous[1]) / math.log(n / previous[0]):.2f}"
        print(f"{n:>10} {took:>9.1f} {n / took:>9.0f} {growth:>7} {len(events):>9} {invented:>9}", flush=True)
        previous = (n, took)
        del mentions, events


if __name__ == "__main__":
    main()
