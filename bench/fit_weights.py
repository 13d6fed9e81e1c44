"""Fit fusion's pair weights to labelled pairs (logistic regression) and cross-validate by half.

usage: python bench/fit_weights.py CORPUS_DIR --store DIR [--fit A|B] [--write]

DIR holds the bench.db a `bench/split/score_halves.py CORPUS_DIR --keep DIR` run left (extraction
is not re-run). Each stored mention is labelled with the gold event it stands for, by the shared
scorer's per-document alignment (same type, most fields agreeing); candidate pairs come from
fusion's own blocking, across documents, and a pair is positive when both mentions stand for one
gold event. A pair's features are its comparison vector (similarity.terms); hard conflicts stay
rules and are left out.

The fit is an L2-regularised logistic regression by Newton's method: deterministic, offline. Its
weights are scaled so that probability one half falls on the merge threshold, which keeps the
other thresholds (profile, same-document) on the scale they were set on. Prints, for each half
fitted and the other evaluated (two-fold cross-validation over the fixed split), pair precision
and recall by event type, hand weights beside learned ones. --write stores the weights fitted on
--fit (default A) in src/crossings/fuse/weights_learned.yaml; fusion reads them only when
weights.yaml says learned_weights: true.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml

from crossings.events import Event
from crossings.fuse import _same_people, _sane, _unique
from crossings.fuse.blocking import candidate_pairs
from crossings.fuse.features import Features, features
from crossings.fuse.people import People
from crossings.fuse.similarity import LEARNED, W, terms
from crossings.fuse.wire import wire_groups
from crossings.store import Store

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "split"))
from score_halves import load_scorer  # noqa: E402  (the shared scorer, loaded once for every bench)
RIDGE = 5.0  # L2 penalty: keeps weights of rare terms near zero rather than at +-infinity


def label(mentions, gold: dict, scorer) -> dict[str, str]:
    """mention id -> gold event id, by the scorer's per-document alignment."""
    by_id = {g["id"]: g for g in gold["events"]}
    by_doc = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    out = {}
    for doc, info in gold["docs"].items():
        golds = [by_id[e] for e in info.get("events", [])]
        mine = [(m, Event(id=m.id, type=m.type, status=m.status, subjects=m.subjects, origin=m.origin,
                          destination=m.destination, date=m.date, mentions=[m]).to_dict()) for m in by_doc[doc]]
        pairs = sorted((-sum(ok for _, ok in scorer.field_checks(g, s)), gi, si)
                       for gi, g in enumerate(golds) for si, (_, s) in enumerate(mine) if s["type"] == g["type"])
        used_g, used_s = set(), set()
        for _, gi, si in pairs:
            if gi not in used_g and si not in used_s:
                used_g.add(gi)
                used_s.add(si)
                out[mine[si][0].id] = golds[gi]["id"]
    return out


def labelled_pairs(store: Store, gold: dict, halves: dict[str, str], scorer):
    """(half, type, terms, same) for every candidate pair of two labelled mentions of one half."""
    links = store.document_links()
    published = {doc: pub for doc, (pub, _) in links.items()}
    groups = wire_groups({doc: dup for doc, (_, dup) in links.items()})
    ids, originals = _unique(store.mentions())
    mentions = [_sane(m) for m in originals]
    people = People(mentions)
    feats: list[Features] = [features(i, mid, m, groups.get(m.doc, m.doc), published.get(m.doc), people)
                             for i, (mid, m) in enumerate(zip(ids, mentions))]
    gold_of = label(originals, gold, scorer)
    seen, out = set(), []
    for i, j in candidate_pairs(feats, W["neighbours"]):
        a, b = feats[i], feats[j]
        if (i, j) in seen or a.doc == b.doc or a.family != b.family:
            continue
        seen.add((i, j))
        half = halves.get(a.doc)
        if half is None or half != halves.get(b.doc) or a.id not in gold_of or b.id not in gold_of:
            continue
        if a.type != b.type and not _same_people(a, b):
            continue
        t = terms(a, b)
        if t is not None:
            out.append((half, a.type, t, gold_of[a.id] == gold_of[b.id]))
    return out


def fit(rows, keys: list[str], ridge: float = RIDGE) -> tuple[float, dict[str, float]]:
    """Intercept and coefficients of an L2-regularised logistic regression (Newton's method)."""
    x = np.array([[1.0] + [t.get(k, 0.0) for k in keys] for _, _, t, _ in rows])
    y = np.array([1.0 if same else 0.0 for *_, same in rows])
    beta = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * ridge
    penalty[0, 0] = 0.0  # the intercept is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ beta))
        gradient = x.T @ (y - p) - penalty @ beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-9:
            break
    return float(beta[0]), {k: float(b) for k, b in zip(keys, beta[1:])}


def as_weights(intercept: float, coefficients: dict[str, float]) -> dict[str, float]:
    """Coefficients on the hand weights' scale: probability one half falls on the merge threshold."""
    scale = W["merge"] / -intercept if intercept < 0 else 1.0
    return {k: round(c * scale, 3) for k, c in sorted(coefficients.items())}


def pair_scores(rows, weights: dict[str, float]) -> dict[str, tuple[int, int, int]]:
    """type -> (true merges, predicted merges, true pairs) at the merge threshold."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for _, typ, t, same in rows:
        s = sum(weights.get(k, W.get(k, 0.0)) * n for k, n in t.items())
        merged = s >= W["merge_by_type"].get(typ, W["merge"])
        for key in (typ, "all"):
            out[key][0] += merged and same
            out[key][1] += merged
            out[key][2] += same
    return {k: tuple(v) for k, v in out.items()}


def pr(tp: int, predicted: int, true: int) -> str:
    p = tp / predicted if predicted else 0.0
    r = tp / true if true else 0.0
    return f"{p:5.3f} {r:5.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--fit", choices=("A", "B"), default="A")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--ridge", type=float, default=RIDGE)
    a = ap.parse_args()
    gold = json.loads((a.corpus / "gold.json").read_text(encoding="utf-8"))
    halves = json.loads((HERE / "split" / "dev_halves.json").read_text())["halves"]
    rows = labelled_pairs(Store(f"sqlite:///{a.store}/bench.db"), gold, halves, load_scorer())
    keys = sorted({k for _, _, t, _ in rows for k in t})
    hand = {k: W[k] for k in keys}
    fitted = {}
    for train, test in (("A", "B"), ("B", "A")):
        intercept, coefficients = fit([r for r in rows if r[0] == train], keys, a.ridge)
        fitted[train] = as_weights(intercept, coefficients)
        held = [r for r in rows if r[0] == test]
        print(f"fitted on {train} ({sum(r[0] == train for r in rows)} pairs), evaluated on {test} ({len(held)} pairs)")
        print(f"  {'type':22} {'pairs':>6} {'same':>5}  hand P  R      learned P  R")
        h, l = pair_scores(held, hand), pair_scores(held, fitted[train])
        for typ in sorted(h, key=lambda k: (k != "all", k)):
            n = sum(1 for r in held if r[1] == typ) if typ != "all" else len(held)
            print(f"  {typ:22} {n:>6} {h[typ][2]:>5}  {pr(*h[typ])}    {pr(*l[typ])}")
    print(f"{'weight':22} {'hand':>7} {'fit A':>7} {'fit B':>7}")
    for k in keys:
        print(f"{k:22} {hand[k]:>7} {fitted['A'][k]:>7} {fitted['B'][k]:>7}")
    if a.write:
        header = (f"# Pair weights fitted by bench/fit_weights.py on dev half {a.fit} (logistic regression,\n"
                  f"# L2 {a.ridge}, scaled so p=0.5 falls on merge). Read only when weights.yaml learned_weights: true.\n")
        LEARNED.write_text(header + yaml.safe_dump(fitted[a.fit], sort_keys=True), encoding="utf-8")
        print(f"wrote {LEARNED}")


if __name__ == "__main__":
    main()
