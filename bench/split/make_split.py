#!/usr/bin/env python3
"""Split the dev corpus into two halves by main event, fixed and seeded.

A document's main event is the first gold event it lists; documents that list none form groups
of their own. Groups (all the documents of one main event) go whole to one half, so that tuning
on half A never looks at a report of a happening that half B is scored on. Groups are ordered by
a seeded hash and each goes to the half with fewer documents of its language so far, which keeps
both halves balanced in size and in English/Korean.

    python bench/split/make_split.py ../shared/corpus/dev > bench/split/dev_halves.json
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = "crossings-dev-split-1"


def split(corpus: Path) -> dict[str, str]:
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    lang = {}
    for line in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            lang[str(rec["id"])] = rec.get("lang") or "en"
    groups: dict[str, list[str]] = defaultdict(list)
    for doc, info in gold["docs"].items():
        events = info.get("events") or []
        groups[events[0] if events else f"none:{doc}"].append(doc)
    order = sorted(groups, key=lambda k: hashlib.sha256(f"{SEED}:{k}".encode()).hexdigest())
    sizes: Counter = Counter()
    half: dict[str, str] = {}
    for key in order:
        docs = groups[key]
        language = Counter(lang.get(d, "en") for d in docs).most_common(1)[0][0]
        side = min("AB", key=lambda h: (sizes[h, language], h))
        sizes[side, language] += len(docs)
        for d in docs:
            half[d] = side
    return dict(sorted(half.items()))


if __name__ == "__main__":
    json.dump({"seed": SEED, "halves": split(Path(sys.argv[1]))}, sys.stdout, indent=0)
    print()
