"""Ingest benchmark: generate N pages (half HTML, half scraped text, a few wire copies), ingest
them into a fresh SQLite store without extraction, and print pages/second and peak memory.

    .venv/bin/python bench/ingest_bench.py [--pages 10000] [--db sqlite:///...]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from crossings import api
from crossings.settings import Settings

PLACES = ["the river crossing", "the northern port", "a border village", "the coastal town", "the capital"]
ACTORS = ["Border guards", "Coast guard officers", "Local officials", "Aid workers", "Ministry officials"]
VERBS = ["reported", "counted", "recorded", "described", "confirmed"]
THINGS = ["new arrivals", "fishing boats", "road closures", "trade deliveries", "market prices"]
CHROME = ["Skip to main content", "Text Size", "Close", "Share", "- Advertisement -", "Related Articles"]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.randint(2, 900)} {rng.choice(THINGS)} "
            f"near {rng.choice(PLACES)} on day {rng.randint(1, 28)}, according to report {rng.randint(1, 10**6)}.")


def article(rng: random.Random, i: int) -> tuple[str, list[str]]:
    title = f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(THINGS)} in week {i}"
    return title, [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 9))]


def as_text(rng: random.Random, title: str, paras: list[str], day: str) -> str:
    lines = rng.sample(CHROME, 3) + [title, f"Published: {day}"] + paras + ["© Example Tribune"]
    return "\n\n".join(lines)


def as_html(title: str, paras: list[str], day: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!doctype html><html><head><title>{title}</title><meta property='article:published_time' "
            f"content='{day}T09:00:00Z'></head><body><nav>Home | World</nav><article><h1>{title}</h1>"
            f"{body}</article><footer>Copyright</footer></body></html>")


def generate(folder: Path, pages: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    records, previous = [], None
    for i in range(pages):
        day = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title, paras = article(rng, i)
        if previous and rng.random() < 0.05:  # a wire copy of the page before
            title, paras = previous
        previous = (title, paras)
        url = f"https://site{i % 50}.example/news/{day.replace('-', '/')}/story-{i}"
        if i % 2:
            records.append({"id": f"p{i}", "url": url, "html": as_html(title, paras, day)})
        else:
            records.append({"id": f"p{i}", "url": url, "text": as_text(rng, title, paras, day)})
    manifest = folder / "pages.jsonl"
    manifest.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--db", help="store URL (default: a fresh SQLite file in a temp dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        manifest = generate(Path(tmp), args.pages)
        db = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        start = time.perf_counter()
        report = api.ingest([str(manifest)], db=db, settings=Settings(extract=False))
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    print(f"pages            {args.pages} ({args.pages // 2} HTML, {args.pages - args.pages // 2} text)")
    print(f"stored           {report.added} (duplicates marked {report.duplicates}, failed {len(report.errors)})")
    print(f"seconds          {seconds:.1f}")
    print(f"pages/second     {args.pages / seconds:.1f}")
    print(f"peak memory      {peak_mb:.0f} MB (max RSS of the process)")
    for line in report.errors[:5]:
        print(f"error            {line}")
    sys.exit(0 if report.ok else 1)


if __name__ == "__main__":
    main()
