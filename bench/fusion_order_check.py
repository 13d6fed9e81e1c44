"""Ingest a corpus in three random orders and in two batches; check the events and ids are identical.

usage: python bench/fusion_order_check.py CORPUS_DIR [--seeds 1,2,3]

CORPUS_DIR holds docs.jsonl (a manifest whose paths are relative to it). Each run ingests into a
fresh SQLite store in a temporary directory; the two-batch run ingests one half of a shuffled
manifest, fuses, then ingests the other half, which ingest fuses incrementally (against the stored
events its blocks touch: crossings.fuse.incremental); the five-batch run does the same in five
parts; each batch run is then fused again in full (`crossings fuse`), which must change nothing.
Prints, per run, the number of events, how each ingest fused, and whether every event (id, type,
mentions, canonical fields) matches the first run. Exits 1 when any run differs, or when a batch
after the first was not fused incrementally.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

from crossings import api
from crossings.settings import Settings


def manifest_lines(corpus: Path, work: Path) -> list[dict]:
    """The corpus's records, their files copied under `work` where the shuffled manifests are
    written (a manifest may only name files inside its own folder)."""
    records = []
    for line in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec.get("path"):
                copy = work / rec["path"]
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(corpus / rec["path"], copy)
            records.append(rec)
    return records


def write_manifest(records: list[dict], path: Path) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def fingerprint(db: str) -> dict[str, str]:
    """event id -> its full exported record, as JSON text."""
    return {e.id: json.dumps(e.to_dict(), sort_keys=True, ensure_ascii=False) for e in api.events(db=db)}


def run(batches: list[list[dict]], work: Path, name: str, paths: list[str] | None = None) -> dict[str, str]:
    db = f"sqlite:///{work / name}.db"
    settings = Settings.from_env(db=db)
    for k, batch in enumerate(batches):
        report = api.ingest([write_manifest(batch, work / f"{name}-{k}.jsonl")], db=db, settings=settings)
        if paths is not None:
            paths.append(report.fusion)
    return fingerprint(db)


def refused(work: Path, name: str) -> dict[str, str]:
    """The store of a run fused again in full."""
    db = f"sqlite:///{work / name}.db"
    api.fuse(db=db)
    return fingerprint(db)


def compare(reference: dict[str, str], other: dict[str, str]) -> list[str]:
    problems = [f"missing {i}" for i in sorted(set(reference) - set(other))]
    problems += [f"extra {i}" for i in sorted(set(other) - set(reference))]
    problems += [f"differs {i}" for i in sorted(set(reference) & set(other)) if reference[i] != other[i]]
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seeds", default="1,2,3")
    a = ap.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        records = manifest_lines(a.corpus, work)
        results: list[tuple[str, dict[str, str]]] = []
        for seed in (int(s) for s in a.seeds.split(",")):
            shuffled = records[:]
            random.Random(seed).shuffle(shuffled)
            results.append((f"order seed={seed}", run([shuffled], work, f"order{seed}")))
        halves = records[:]
        random.Random(99).shuffle(halves)
        cut = len(halves) // 2
        paths: dict[str, list[str]] = {"two batches": [], "five batches": []}
        results.append(("two batches", run([halves[:cut], halves[cut:]], work, "batches", paths["two batches"])))
        results.append(("  then in full", refused(work, "batches")))
        fifths = records[:]
        random.Random(98).shuffle(fifths)
        parts = [fifths[k * len(fifths) // 5:(k + 1) * len(fifths) // 5] for k in range(5)]
        results.append(("five batches", run(parts, work, "fifths", paths["five batches"])))
        results.append(("  then in full", refused(work, "fifths")))
        reference = results[0][1]
        for label, events in results:
            problems = compare(reference, events)
            failed |= bool(problems)
            verdict = "identical" if not problems else f"{len(problems)} differences: {', '.join(problems[:5])}"
            how = "; ".join(paths.get(label, []))
            print(f"{label:16} events {len(events):4}  {verdict}" + (f"  (fused: {how})" if how else ""), flush=True)
        for label, how in paths.items():
            if any(p != "incremental" for p in how[1:]):
                failed = True
                print(f"{label}: a batch after the first was not fused incrementally")
        if not reference:
            failed = True  # nothing ingested: identical, and proving nothing
            print("NO EVENTS: the corpus gave none (check the ingest errors)")
    print("all runs identical" if not failed else "RUNS DIFFER")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
