#!/usr/bin/env python3
"""Ingest the dev corpus once and score it whole, by language, and by the two fixed halves.

    .venv/bin/python bench/split/score_halves.py ../shared/corpus/dev [--keep DIR]

Prints one line per slice (all, en, ko, A, B) with mention F1, event F1 and attribute accuracy,
through the shared scorer (shared/bench/score.py), exactly as run.sh would for the whole corpus.
--keep DIR leaves the store, the exported events and documents and a per-slice JSON report there,
for reading one half's failures (only the half you tune on).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def load_scorer():
    path = ROOT.parent / "shared" / "bench" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--cmd", default=str(ROOT / ".venv" / "bin" / "crossings"))
    a = ap.parse_args()
    work = a.keep or Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{work}/bench.db"
    (work / "bench.db").unlink(missing_ok=True)
    subprocess.run([a.cmd, "--db", db, "ingest", str(a.corpus / "docs.jsonl")],
                   stdout=open(work / "ingest.log", "w"), stderr=subprocess.STDOUT)
    for what in ("events", "documents"):
        subprocess.run([a.cmd, "--db", db, "export", "--what", what, "--format", "jsonl",
                        "--output", str(work / f"{what}.jsonl")], check=True)
    report(a.corpus, work)


def report(corpus: Path, work: Path) -> None:
    """Score work/events.jsonl and work/documents.jsonl by slice; print one line per slice."""
    score = load_scorer()
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    manifest = score.load_jsonl(corpus / "docs.jsonl")
    lang = {str(m["id"]): m.get("lang") for m in manifest}
    halves = json.loads((HERE / "dev_halves.json").read_text())["halves"]
    events = score.load_jsonl(work / "events.jsonl")
    documents = score.load_jsonl(work / "documents.jsonl")
    slices = {"all": lambda d: True, "en": lambda d: lang.get(d) == "en", "ko": lambda d: lang.get(d) == "ko",
              "A": lambda d: halves.get(d) == "A", "B": lambda d: halves.get(d) == "B"}
    for name, keep in slices.items():
        sub = dict(gold, docs={d: v for d, v in gold["docs"].items() if keep(d)})
        res = score.score(sub, events, documents)
        (work / f"score_{name}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
        print(f"{name:4} mention_f1={res['mention_f1']:.3f} event_f1={res['event_f1']:.3f} "
              f"attr={res['attribute_accuracy']:.3f} P={res['event_precision']:.3f} R={res['event_recall']:.3f} "
              f"pub={res.get('pub_date_accuracy')} " +
              " ".join(f"{k}={v:.2f}" for k, v in res["attributes"].items()))


if __name__ == "__main__":
    sys.exit(main())
