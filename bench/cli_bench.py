"""How long the CLI takes to answer --help and --version, beside a bare `python -c pass` and beside
importing crossings.api (what every command that reads the store pays): medians of N runs, the
same interpreter, one machine, one run of this script.

    PYTHONPATH=src .venv/bin/python bench/cli_bench.py [--runs 15] [--base-src OTHER/src]

--base-src also times --help and --version of another checkout's sources (say, main's), in the
same interleaved runs.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

CLI = "from crossings.cli import app; app()"
CASES = {
    "python -c pass": ["-c", "pass"],
    "crossings --help": ["-c", CLI, "--help"],
    "crossings --version": ["-c", CLI, "--version"],
    "crossings events --help": ["-c", CLI, "events", "--help"],
    "import crossings.api": ["-c", "import crossings.api"],
}


def once(args: list[str], src: str | None = None) -> float:
    env = dict(os.environ, PYTHONPATH=src) if src else None
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--base-src", help="another checkout's src, timed beside this one")
    opts = ap.parse_args()
    runs, cases = opts.runs, {name: (args, None) for name, args in CASES.items()}
    if opts.base_src:
        compared = ("crossings --help", "crossings --version", "crossings events --help")
        cases |= {f"{name} (base)": (CASES[name], opts.base_src) for name in compared}
    for args, src in cases.values():  # warm the file cache and the bytecode before timing
        once(args, src)
    times = {name: [] for name in cases}
    for _ in range(runs):  # interleaved, so a busy moment hurts every case alike
        for name, (args, src) in cases.items():
            times[name].append(once(args, src))
    base = statistics.median(times["python -c pass"])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{runs} runs each, {sys.executable}, {os.cpu_count()} CPUs, load average {load} (a busy machine slows all alike)")
    print(f"{'command':<33}{'median s':>10}{'min s':>8}{'minus python':>14}")
    for name, ts in times.items():
        median = statistics.median(ts)
        print(f"{name:<33}{median:>10.3f}{min(ts):>8.3f}{median - base:>14.3f}")


if __name__ == "__main__":
    main()
