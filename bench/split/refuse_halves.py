#!/usr/bin/env python3
"""Re-fuse the mentions a score_halves run stored, with the fusion on PYTHONPATH, and score it.

    PYTHONPATH=src .venv/bin/python bench/split/refuse_halves.py ../shared/corpus/dev --from /tmp/run --keep /tmp/run2

Fusion changes are measured on the same mentions: extraction is not re-run, so two fusions (this
commit's and the previous one's, by PYTHONPATH) can be scored side by side in seconds. Copies the
store of --from (left by score_halves.py --keep), fuses every stored mention again, exports the
events and documents to --keep and prints the same slices as score_halves.py (all, en, ko, A, B).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_halves import report  # noqa: E402

from crossings import api  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--from", dest="source", type=Path, required=True)
    ap.add_argument("--keep", type=Path, required=True)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a fusion weight (weights.yaml) for this run")
    a = ap.parse_args()
    if a.set:  # imported only when asked, so an older fusion (by PYTHONPATH) runs side by side
        from crossings.fuse.similarity import override

        override(a.set)
    a.keep.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(a.source / "bench.db", a.keep / "bench.db")
    db = f"sqlite:///{a.keep}/bench.db"
    api.fuse(db=db)
    for what in ("events", "documents"):
        api.export(what, "jsonl", str(a.keep / f"{what}.jsonl"), db=db)
    report(a.corpus, a.keep)


if __name__ == "__main__":
    main()
