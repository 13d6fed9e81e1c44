#!/usr/bin/env python3
"""Fit the learned mention gate (src/crossings/extract/gate.py) on one half of the dev corpus.

    .venv/bin/python bench/gate/fit_gate.py DOCUMENTS.jsonl --train A --out /tmp/gate_A.json

DOCUMENTS.jsonl is a documents export with clean text (bench/split/score_halves.py --keep DIR
leaves one in DIR). Each page of the language (--lang) in the training half is extracted with the gate off; a
mention is a positive when the shared scorer aligns it with a gold event of its page (per page,
same type, most agreeing fields: the mention score), a negative when it aligns with none; mentions
aligned with optional gold events are left out. The model is an L2-regularised logistic
regression fitted by Newton's method (deterministic); the threshold is the one that maximises the
training half's mention F1 on 5-fold out-of-fold probabilities (folds by page), and 0 (keep all)
when no threshold beats keeping everything. Prints the cross-validated figures; judge the gate by
scoring the OTHER half with CROSSINGS_GATE=OUT (bench/split/score_halves.py).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "split"))
from score_halves import load_scorer  # noqa: E402  (the shared scorer)
os.environ["CROSSINGS_GATE"] = os.environ["CROSSINGS_GATE_KO"] = "off"  # the proposals the gate is to judge


def samples(documents: Path, corpus: Path, half: str, lang: str, words: bool):
    from crossings.document import Document
    from crossings.extract import extract_document
    from crossings.extract.gate import features_of
    score = load_scorer()
    gold = json.loads((corpus / "gold.json").read_text())
    halves = json.loads((ROOT / "bench" / "split" / "dev_halves.json").read_text())["halves"]
    by_id = {g["id"]: g for g in gold["events"]}
    out, gold_pairs = [], 0
    for line in documents.read_text().splitlines():
        d = json.loads(line)
        if d.get("lang") != lang or d["id"] not in gold["docs"] or (half != "all" and halves.get(d["id"]) != half):
            continue
        doc = Document.from_dict({**d, "raw": d["text"]})
        mentions = extract_document(doc)
        golds = [by_id[e] for e in gold["docs"][doc.id]["events"]]
        gold_pairs += sum(1 for g in golds if not g.get("optional"))
        system = [dict(m.to_dict(), mentions=[{"doc": doc.id}]) for m in mentions]
        aligned = score.align(golds, system, defaultdict(set, {g["id"]: {doc.id} for g in golds})) if system else {}
        for i, f in enumerate(features_of(mentions, doc, words)):
            g = golds[aligned[i]] if i in aligned else None
            if g is not None and g.get("optional"):
                continue
            out.append((doc.id, f, 1 if g is not None else 0))
    return out, gold_pairs


def design(rows, vocabulary=None):
    if vocabulary is None:
        seen = Counter(k for _, f, _ in rows for k in f)
        vocabulary = sorted(k for k, c in seen.items() if c >= 2)
    index = {k: i for i, k in enumerate(vocabulary)}
    x = np.zeros((len(rows), len(vocabulary)))
    for r, (_, f, _) in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[r, index[k]] = v
    return x, np.array([y for _, _, y in rows], dtype=float), vocabulary


def fit(x, y, l2=1.0, iterations=25):
    """Newton's method on the penalised log-likelihood (the bias unpenalised)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        gradient = xb.T @ (p - y) + penalty * w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[0], w[1:]


def fold_of(doc_id: str, k: int = 5) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % k


def out_of_fold(rows, l2):
    p = np.zeros(len(rows))
    for k in range(5):
        train = [r for r in rows if fold_of(r[0]) != k]
        test_idx = [i for i, r in enumerate(rows) if fold_of(r[0]) == k]
        x, y, vocabulary = design(train)
        bias, w = fit(x, y, l2)
        xt, _, _ = design([rows[i] for i in test_idx], vocabulary)
        p[test_idx] = 1 / (1 + np.exp(-np.clip(bias + xt @ w, -30, 30)))
    return p


def f1_at(p, y, gold_pairs, threshold):
    kept = p >= threshold
    tp = float((y[kept] == 1).sum())
    return 2 * tp / (kept.sum() + gold_pairs) if kept.sum() + gold_pairs else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("documents", type=Path)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--train", default="A", choices=["A", "B", "all"])
    ap.add_argument("--lang", default="en", choices=["en", "ko"])
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--no-words", action="store_true", help="leave the sentence's words out of the features")
    ap.add_argument("--max-threshold", type=float, default=0.8, help="never drop a proposal scored above this")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    rows, gold_pairs = samples(a.documents, a.corpus, a.train, a.lang, not a.no_words)
    y = np.array([r[2] for r in rows], dtype=float)
    p = out_of_fold(rows, a.l2)
    grid = [0.0] + [round(t, 2) for t in np.arange(0.05, a.max_threshold + 0.01, 0.05)]
    scores = {t: f1_at(p, y, gold_pairs, t) for t in grid}
    threshold = max(grid, key=lambda t: (round(scores[t], 4), -t))
    x, yy, vocabulary = design(rows)
    bias, w = fit(x, yy, a.l2)
    weights = {k: round(float(v), 5) for k, v in zip(vocabulary, w) if abs(v) > 1e-4}
    a.out.write_text(json.dumps({"train": a.train, "samples": len(rows), "positives": int(y.sum()),
                                 "l2": a.l2, "words": not a.no_words, "bias": round(float(bias), 5), "threshold": threshold,
                                 "weights": dict(sorted(weights.items()))}, indent=1, ensure_ascii=False) + "\n")
    kept = p >= threshold
    print(f"lang={a.lang} train={a.train} mentions={len(rows)} positives={int(y.sum())} gold pairs={gold_pairs}")
    print(f"out-of-fold mention F1: keep all {scores[0.0]:.3f}, gate at {threshold} {scores[threshold]:.3f} "
          f"(drops {int((~kept).sum())}: {int((y[~kept] == 0).sum())} false, {int((y[~kept] == 1).sum())} true)")
    top = sorted(weights.items(), key=lambda kv: kv[1])
    print("most against:", ", ".join(f"{k} {v:+.2f}" for k, v in top[:12]))
    print("most for:    ", ", ".join(f"{k} {v:+.2f}" for k, v in top[-12:]))


if __name__ == "__main__":
    main()
