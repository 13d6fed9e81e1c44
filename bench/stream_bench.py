"""Stream benchmark: a whole ingest (read, clean, sign, extract, store, fuse) of a generated stream
of mostly irrelevant news pages (HTML and text, English and Korean, a few wire copies and a few
planted events), with the local runner and with Dask on 1 and 2 workers, side by side in one run.

    .venv/bin/python bench/stream_bench.py [--pages 100000] [--runners local,dask1,dask2] [--base-src DIR] [--together]

--base-src DIR adds a run "base": the local runner with the crossings package found in DIR
(say, an older commit's src/ from `git archive`), on the same stream, for a before/after ratio.

Every 10,000 pages (--every) each run prints pages per CPU-second (CPU of the whole process
tree: driver, Dask scheduler and workers), wall pages/s and peak RSS (the driver's, and the
largest worker's), so the memory curve is visible. Each run is its own process (its own peak),
into its own fresh SQLite store; at the end it prints the sha256 of its sorted event and
document exports (equal hashes: identical output) and Dask's efficiency over one worker.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNNERS = {"local": ("local", 1), "dask1": ("dask", 1), "dask2": ("dask", 2), "base": ("local", 1)}

# Invented filler, English and Korean: sport, markets, weather, local politics.
EN = ["The home side won {n}-{m} after a late goal in the second half.",
      "Shares in the carmaker rose {n} percent after quarterly results.",
      "Heavy rain is expected across the south with up to {n} mm in places.",
      "The minister told parliament the bill would pass within {n} days.",
      "Fans queued for {n} hours to buy tickets for the derby.",
      "The central bank kept its key rate at {n} percent on Thursday.",
      "Voters in {n} districts go to the polls on Sunday.",
      "Forecasters warned of strong winds along the coast for {n} hours."]
KO = ["홈팀이 후반 막판 골로 {n}대{m} 승리를 거뒀다.",
      "자동차 업체 주가가 분기 실적 발표 뒤 {n}% 올랐다.",
      "남부 지방에 최대 {n}mm의 비가 내릴 것으로 예상된다.",
      "장관은 법안이 {n}일 안에 통과될 것이라고 말했다.",
      "기상청은 해안 지역에 {n}시간 동안 강풍이 불 것이라고 밝혔다.",
      "중앙은행은 기준금리를 {n}%로 동결했다."]
PLANTED = {"en": ["A North Korean diplomat stationed in Bangkok defected to South Korea last month, officials said.",
                  "North Korea has closed its embassy in Tanzania, the foreign ministry said."],
           "ko": ["태국 주재 북한 외교관이 지난달 한국으로 망명했다고 정부 당국자가 밝혔다."]}
CHROME = "<nav>Home | World | Sport | Business</nav><div class='ad'>Advertisement</div>"


def page(i: int, rng: random.Random, previous: dict | None) -> dict:
    if previous and rng.random() < 0.03:  # a wire copy of an earlier page, its id its own
        return {**previous, "id": f"s{i}"}
    lang = "ko" if rng.random() < 0.3 else "en"
    pool = KO if lang == "ko" else EN
    sentences = [rng.choice(pool).format(n=rng.randint(2, 90), m=rng.randint(0, 5)) for _ in range(rng.randint(6, 14))]
    if rng.random() < 0.02:
        sentences.insert(rng.randint(0, len(sentences)), rng.choice(PLANTED[lang]))
    title = f"{'뉴스' if lang == 'ko' else 'News'} {i}: {sentences[0][:40]}"
    day = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    record = {"id": f"s{i}", "lang": lang, "published": day, "url": f"https://site{i % 40}.example/{day}/story-{i}"}
    if i % 2:
        body = "".join(f"<p>{s}</p>" for s in sentences)
        record["html"] = (f"<html><head><title>{title}</title></head><body>{CHROME}<article><h1>{title}</h1>"
                          f"{body}</article><footer>© Example</footer></body></html>")
    else:
        record["text"] = "\n\n".join([title, *sentences])
    return record


def write_stream(path: Path, pages: int, seed: int = 15) -> None:
    """The manifest, written line by line (the generator holds one page at a time)."""
    rng, previous = random.Random(seed), None
    with path.open("w", encoding="utf-8") as out:
        for i in range(pages):
            record = page(i, rng, previous)
            previous = record if rng.random() < 0.5 else previous
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


# --- one run, in its own process -----------------------------------------------------------------

class TreeMeter:
    """CPU seconds and peak RSS of this process and every descendant it ever had (Dask's scheduler
    and workers), sampled every half second so that processes ended by the runner's close are
    still counted (their last sample: at most half a second lost each)."""

    def __init__(self):
        import psutil
        import threading

        self.me = psutil.Process()
        self.seen: dict[int, tuple[float, float]] = {}  # pid -> (cpu seconds, peak RSS MiB)
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        threading.Thread(target=self._loop, daemon=True).start()

    def _loop(self) -> None:
        while not self.stopped.wait(0.5):
            self.sample()

    def sample(self) -> tuple[float, float, float]:
        """(CPU seconds of the tree, this process's peak RSS, the largest descendant's peak RSS)."""
        try:
            procs = [self.me, *self.me.children(recursive=True)]
        except Exception:  # noqa: BLE001
            procs = [self.me]
        with self.lock:
            for p in procs:
                cpu = _cpu(p)
                old = self.seen.get(p.pid, (0.0, 0.0))
                self.seen[p.pid] = (max(cpu, old[0]), max(_peak_mib(p.pid), old[1]))
            total = sum(c for c, _ in self.seen.values())
            driver = self.seen[self.me.pid][1]
            others = max((m for pid, (_, m) in self.seen.items() if pid != self.me.pid), default=0.0)
        return total, driver, others


def _cpu(p) -> float:
    try:
        t = p.cpu_times()
        return t.user + t.system
    except Exception:  # noqa: BLE001  a process that just ended
        return 0.0


def _peak_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_one(name: str, manifest: Path, work: Path, every: int) -> None:
    from crossings import api
    from crossings.settings import Settings

    kind, workers = RUNNERS[name]
    db = f"sqlite:///{work / (name + '.db')}"
    settings = Settings(db=db, runner=kind, workers=workers)
    meter = TreeMeter()
    cpu0, wall0 = meter.sample()[0], time.perf_counter()
    seen = 0

    def progress(step) -> None:
        """Pages through cleaning: ingest's listener hears a Step per stage (read, clean, extract:
        three a page), an older commit's (--base-src) heard one call a page."""
        nonlocal seen
        stage = getattr(step, "stage", None)
        if stage is None:
            now = seen + 1
        elif stage == "clean":
            now = step.done
        else:
            return
        for mark in range(seen // every + 1, now // every + 1):
            _checkpoint(meter, name, mark * every, cpu0, wall0)
        seen = now

    report = api.ingest([str(manifest)], db=db, settings=settings, progress=progress)
    cpu, wall = _checkpoint(meter, name, seen, cpu0, wall0, final=True)
    hashes = {}
    for what in ("events", "documents"):
        out = work / f"{name}-{what}.jsonl"
        api.export(what, "jsonl", str(out), db=db)
        hashes[what] = hashlib.sha256("\n".join(sorted(map(_stable, out.read_text(encoding="utf-8").splitlines()))).encode()).hexdigest()[:16]
    print(json.dumps({"run": name, "pages": seen, "added": report.added, "duplicates": report.duplicates,
                      "events": report.events, "errors": len(report.errors), "cpu": cpu, "wall": wall,
                      "peak": meter.sample()[1], "hashes": hashes}), flush=True)


def _stable(line: str) -> str:
    """An exported record without the moment it last changed (a clock reading, different in every
    run), so that equal hashes mean equal output."""
    record = json.loads(line)
    if isinstance(record, dict):
        record.pop("last_changed", None)
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def _checkpoint(meter: TreeMeter, name: str, seen: int, cpu0: float, wall0: float,
                final: bool = False) -> tuple[float, float]:
    cpu, driver_peak, worker_peak = meter.sample()
    cpu, wall = cpu - cpu0, time.perf_counter() - wall0
    label = "end" if final else f"{seen:>7}"
    workers = f", largest other process {worker_peak:6.0f} MiB" if worker_peak else ""
    print(f"  {name:6} {label}: {seen / cpu:7.1f} pages per CPU-s | {seen / wall:7.1f} pages/s wall | "
          f"peak RSS driver {driver_peak:6.0f} MiB{workers}", flush=True)
    return cpu, wall


# --- the whole comparison ------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--every", type=int, default=10_000, help="print a checkpoint every N pages")
    ap.add_argument("--runners", default="local,dask1,dask2")
    ap.add_argument("--base-src", type=Path, help="also run the local runner on the crossings package in DIR")
    ap.add_argument("--together", action="store_true",
                    help="start every run at once (a before/after pair meets the same machine load; "
                         "not for Dask efficiency, whose runs must have the machine to themselves)")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one configuration
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        run_one(a.one, a.work / "stream.jsonl", a.work, a.every)
        return
    with tempfile.TemporaryDirectory(prefix="crossings-stream-") as tmp:
        work = Path(tmp)
        write_stream(work / "stream.jsonl", a.pages)
        print(f"{a.pages} generated pages ({os.path.getsize(work / 'stream.jsonl') / 2**20:.0f} MiB manifest)", flush=True)
        results = {}
        names = a.runners.split(",") + (["base"] if a.base_src else [])
        if a.together:  # every run at once: each meets the same machine load as the others
            children = {name: _start(name, work, a) for name in names}
            threads = [threading.Thread(target=_follow, args=(name, child, results)) for name, child in children.items()]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        else:
            for name in names:
                print(f"{name}:", flush=True)
                _follow(name, _start(name, work, a), results)
        summarise(results)


def _start(name: str, work: Path, a) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": f"{a.base_src}:{os.environ.get('PYTHONPATH', '')}"} if name == "base" else None
    return subprocess.Popen([sys.executable, __file__, "--one", name, "--work", str(work), "--every", str(a.every)],
                            stdout=subprocess.PIPE, text=True, env=env)


def _follow(name: str, child: subprocess.Popen, results: dict) -> None:
    with child:
        for line in child.stdout:  # the checkpoints as they come
            if line.startswith("{"):
                results[name] = json.loads(line)
            else:
                print(line.rstrip(), flush=True)
    if child.returncode:
        raise SystemExit(f"{name}: the run failed ({child.returncode})")


def summarise(results: dict[str, dict]) -> None:
    for name, r in results.items():
        print(f"{name:6} {r['pages']} pages, stored {r['added']}, duplicates {r['duplicates']}, events {r['events']}, "
              f"errors {r['errors']} | {r['pages'] / r['cpu']:.1f} pages per CPU-s, {r['pages'] / r['wall']:.1f} pages/s wall"
              f" | export hashes events {r['hashes']['events']} documents {r['hashes']['documents']}")
    hashes = {json.dumps(r["hashes"], sort_keys=True) for n, r in results.items() if n != "base"}
    print("identical output across runs" if len(hashes) == 1 else "OUTPUT DIFFERS between runs")
    if "base" in results and "local" in results:
        base, new = results["base"], results["local"]
        print(f"local runner over the base code: {(new['pages'] / new['cpu']) / (base['pages'] / base['cpu']):.2f}x pages per CPU-s; "
              f"base peak RSS {base['peak']:.0f} MiB, now {new['peak']:.0f} MiB")
    if "dask1" in results and "dask2" in results:
        one, two = results["dask1"]["wall"], results["dask2"]["wall"]
        print(f"Dask efficiency, 2 workers over 1: {one / (2 * two):.2f} (wall {one:.1f} s / 2 x {two:.1f} s; "
              f"meaningful only on an otherwise idle machine: load average now {os.getloadavg()[0]:.1f})")
        cpu1, cpu2 = results["dask1"]["cpu"], results["dask2"]["cpu"]
        print(f"Dask work efficiency (CPU of 1 worker's run / CPU of 2 workers' run): {cpu1 / cpu2:.2f} "
              f"({cpu1:.1f} / {cpu2:.1f} CPU-s; the second worker's model loads included)")


if __name__ == "__main__":
    main()
