"""Mention F1 of per-document extractor output against a corpus's gold, through the shared
scorer (shared/bench/score.py), shared by the English and Korean extraction benchmarks."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from crossings.events import Event, Mention

HERE = Path(__file__).resolve().parent


def dev_score(corpus: Path, mentions: dict[str, list[Mention]]) -> float:
    spec = importlib.util.spec_from_file_location("score", HERE.parent.parent / "shared" / "bench" / "score.py")
    if spec is None or spec.loader is None or not Path(spec.origin or "").exists():
        return float("nan")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    gold["docs"] = {d: v for d, v in gold["docs"].items() if d in mentions}
    events = [Event(id=m.id, type=m.type, status=m.status, subjects=m.subjects, origin=m.origin,
                    destination=m.destination, date=m.date, mentions=[m]).to_dict()
              for ms in mentions.values() for m in ms]
    return score.score(gold, events)["mention_f1"]
