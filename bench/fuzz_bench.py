"""Fuzz benchmark: N hostile inputs (every class in tests/fuzz/hostile.py) mixed with good pages,
ingested in chunks by worker processes into one SQLite store; prints how each input ended
(stored / error / skipped / crash / hang / silent), whether every good page was stored, and
the peak RSS of the workers.

    .venv/bin/python bench/fuzz_bench.py [--hostile 10000] [--good 1000] [--chunk 250]
                                         [--bomb-mb 1024] [--no-extract] [--keep DIR]
                                         [--src OLD/src --src NEW/src]

crash: a worker died or printed a traceback; hang: a worker overran --timeout. Both count
every input of that chunk. silent: an input that left no page, no error line and no skip.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzz.hostile import Input, write_corpus  # noqa: E402


def display(path: Path) -> str:
    """The input's name as Crossings prints it (crossings.ingest.walk.display; a worker of an
    older version must not import this checkout's crossings)."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def main() -> None:
    args = _args()
    if args.worker:
        return _worker(args)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="crossings-fuzz-"))
    started = time.time()
    inputs = write_corpus(folder / "inputs", args.hostile, args.good, args.seed, args.bomb_mb << 20)
    print(f"inputs {len(inputs)} ({sum(not i.good for i in inputs)} hostile, {sum(i.good for i in inputs)} good), "
          f"generated in {time.time() - started:.0f} s")
    for n, src in enumerate(args.src or [str(ROOT / "src")]):
        started = time.time()
        outcome, peak_mb = run(inputs, f"sqlite:///{folder / f'fuzz{n}.db'}", folder, src, args)
        print(f"\n== crossings from {src}: ingested in {time.time() - started:.0f} s")
        _print(inputs, outcome, peak_mb)


def run(inputs: list[Input], db: str, folder: Path, src: str, args) -> tuple[dict[str, str], float]:
    """(input path -> stored / error / skipped / crash / hang / silent, peak RSS of a worker in MiB)."""
    outcome: dict[str, str] = {}
    peak = 0.0
    for start in range(0, len(inputs), args.chunk):
        chunk = inputs[start : start + args.chunk]
        listing = folder / "chunk.json"
        listing.write_text(json.dumps([os.fsdecode(i.path) for i in chunk], ensure_ascii=True))
        cmd = [sys.executable, __file__, "--worker", str(listing), "--db", db, "--budget", str(args.budget)]
        cmd += ["--no-extract"] if args.no_extract else []
        status, rss_mb, out, err = _work(cmd, src, folder, args)
        peak = max(peak, rss_mb)
        if status == "hang":
            outcome.update({str(i.path): "hang" for i in chunk})
            continue
        report = _report(status, out, err)
        if report is None:
            sys.stderr.write(err[-3000:])
            outcome.update({str(i.path): "crash" for i in chunk})
            continue
        for i in chunk:
            outcome[str(i.path)] = _ended(display(i.path), report)
        sys.stderr.write(f"{start + len(chunk)}/{len(inputs)} inputs: "
                         f"{dict(collections.Counter(outcome.values()))}\n")  # progress of a long run
    stored = _stored_sources(db)
    for i in inputs:
        if outcome[str(i.path)] in ("silent", "skipped") and _mentions(display(i.path), stored):
            outcome[str(i.path)] = "stored"
        if i.good and not _mentions(display(i.path), stored):
            outcome[str(i.path)] += "+good-not-stored"
    return outcome, peak


def _work(cmd: list[str], src: str, folder: Path, args) -> tuple[object, float, str, str]:
    """Run one worker: (exit status or "hang", its peak RSS in MiB, stdout, stderr). The worker's
    address space is capped, so a runaway is a MemoryError here, not the machine's OOM killer."""
    def cap():
        limit = args.memory_limit_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with open(folder / "worker.out", "w+") as out, open(folder / "worker.err", "w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, preexec_fn=cap,
                                env={**os.environ, "PYTHONPATH": src})
        deadline = time.monotonic() + args.timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                status = "hang"
                break
            time.sleep(0.2)
        proc.returncode = 0  # reaped above; keeps Popen from waiting again
        out.seek(0)
        err.seek(0)
        return (status if status == "hang" else os.waitstatus_to_exitcode(status)), usage.ru_maxrss / 1024, \
            out.read(), err.read()


def _report(code: int, out: str, err: str) -> dict | None:
    if code not in (0, 1) or "Traceback" in err:
        return None
    try:
        return json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def _ended(name: str, report: dict) -> str:
    if any(_names(line, name) for line in report["errors"]):
        return "error"
    if any(_names(src, name) for src in report["already_stored"]):
        return "skipped"
    return "silent"  # until the store says a page of it was stored


def _names(line: str, name: str) -> bool:
    """Whether an error line or a source names this input (or a record or file inside it)."""
    return line.startswith(name) and (len(line) == len(name) or line[len(name)] in ":#/ ")


def _mentions(name: str, stored: set[str]) -> bool:
    return any(_names(src, name) for src in stored)


def _stored_sources(db: str) -> set[str]:
    from crossings.store import Store

    return {d.source for d in Store(db).documents()}


def _worker(args) -> None:
    from crossings import api
    from crossings.settings import Settings

    inputs = json.loads(Path(args.worker).read_text())
    wanted = {"db": args.db, "extract": not args.no_extract, "time_budget": args.budget}
    settings = Settings(**{k: v for k, v in wanted.items() if k in Settings.__dataclass_fields__})  # older versions
    report = api.ingest(inputs, db=args.db, settings=settings)
    print(json.dumps({"errors": report.errors, "already_stored": getattr(report, "already_stored", []),
                      "added": report.added}, ensure_ascii=True))


def _print(inputs: list[Input], outcome: dict[str, str], peak_mb: float) -> None:
    totals = collections.Counter(v.split("+")[0] for v in outcome.values())
    by_kind = collections.defaultdict(collections.Counter)
    for i in inputs:
        by_kind[i.kind][outcome[str(i.path)]] += 1
    good = [i for i in inputs if i.good]
    good_stored = sum(1 for i in good if "good-not-stored" not in outcome[str(i.path)])
    print("  ".join(f"{k} {totals.get(k, 0)}" for k in ("stored", "error", "skipped", "crash", "hang", "silent")))
    print(f"good pages stored {good_stored}/{len(good)}; peak RSS of a worker {peak_mb:.0f} MiB")
    for kind in sorted(by_kind):
        print(f"  {kind:20} " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind[kind].items())))


def _args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--hostile", type=int, default=10_000)
    p.add_argument("--good", type=int, default=1000)
    p.add_argument("--chunk", type=int, default=250, help="inputs per worker process")
    p.add_argument("--seed", type=int, default=16)
    p.add_argument("--bomb-mb", type=int, default=1024, help="expanded size of each gzip bomb")
    p.add_argument("--budget", type=float, default=30.0, help="the per-input time budget, seconds")
    p.add_argument("--timeout", type=float, default=1800.0, help="a worker running longer hangs")
    p.add_argument("--no-extract", action="store_true", help="ingest only, no extraction or fusion")
    p.add_argument("--src", action="append", help="crossings source folder for the workers (repeat to "
                   "compare versions side by side on one corpus; default: this checkout's src)")
    p.add_argument("--memory-limit-mb", type=int, default=8192, help="address-space cap of a worker")
    p.add_argument("--keep", help="folder for the inputs and the store (else a temporary one)")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    p.add_argument("--db", help=argparse.SUPPRESS)
    return p.parse_args()


if __name__ == "__main__":
    main()
