"""What the document stage costs: CPU time of each link of the English chain on the dev corpus's
English pages, and of the role-binding reads (bind.py) inside the links that call them, as shares
of the whole extractor's time, all measured in one run on the same pages.

    .venv/bin/python bench/stage_cost.py [--dev ../shared/corpus/dev] [--repeat 3]

The document stage is relations (a link of its own) plus the binding reads made by places, dates,
subjects and roles; the issue's bar is that it costs at most 30% of the extractor's time.
"""
from __future__ import annotations

import argparse
import functools
import time
from collections import defaultdict
from pathlib import Path

from extract_bench import dev_pages  # bench/ is on sys.path when a script in it runs
from crossings.extract.en import CHAIN, State, bind

HERE = Path(__file__).resolve().parent
BOUND_READS = ("binding", "anchors", "is_goal", "speaks", "own_chain")


def _count_calls(spent: dict[str, float]) -> None:
    """Wrap bind's reads so that every caller (whatever module imported them) is timed."""
    import sys
    for name in BOUND_READS:
        original = getattr(bind, name)

        @functools.wraps(original)
        def timed(*args, _original=original, _name=name, **kwargs):
            t0 = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_name] += time.process_time() - t0
        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith("crossings.extract.en") and getattr(module, name, None) is original:
                setattr(module, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    docs = [doc for _, doc in dev_pages(a.dev)]
    links: dict[str, float] = defaultdict(float)
    reads: dict[str, float] = defaultdict(float)
    _count_calls(reads)
    for doc in docs[:5]:  # warm the models once, outside the measurement
        state = State(document=doc)
        for link in CHAIN:
            state = link(state)
    links.clear()
    reads.clear()
    for _ in range(a.repeat):
        for doc in docs:
            state = State(document=doc)
            for link in CHAIN:
                t0 = time.process_time()
                state = link(state)
                links[link.name] += time.process_time() - t0
    total = sum(links.values())
    stage = links.get("relations", 0.0) + sum(v for k, v in reads.items() if k != "own_chain")
    print(f"{len(docs)} English dev pages x {a.repeat}: extractor {total:.2f} CPU-s "
          f"({len(docs) * a.repeat / total:.1f} pages per CPU-second)")
    for name, spent in sorted(links.items(), key=lambda kv: -kv[1]):
        print(f"  link {name:16} {spent:7.2f} s  {spent / total:6.1%}")
    for name, spent in sorted(reads.items(), key=lambda kv: -kv[1]):
        print(f"  bind.{name:15} {spent:7.2f} s  {spent / total:6.1%}  (inside the links above)")
    print(f"document stage (relations + binding reads): {stage:.2f} s = {stage / total:.1%} of the extractor")


if __name__ == "__main__":
    main()
