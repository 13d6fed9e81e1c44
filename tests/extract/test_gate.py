"""The learned mention gate (extract/gate.py): its features, its decision, the shipped weights and
the fitting script's model. All texts are invented."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from crossings.events import Evidence, Mention, Subject, When
from crossings.extract import gate
from tests.extract.en_helpers import doc

TEXT = ("North Korean diplomat flees Rome post\n\nA North Korean diplomat posted in Rome, Pak Chol-u, fled to "
        "South Korea with his wife in March, the unification ministry said on Tuesday. Defections by envoys have "
        "risen in recent years, experts say.")


def _mention(kind: str, word: str, **fields) -> Mention:
    start = TEXT.index(word)
    m = Mention(doc="t", type=kind, **fields)
    m.evidence.append(Evidence("type", start, start + len(word), word))
    return m


def test_features_read_the_proposal_as_a_whole():
    named = _mention("defection", "fled", subjects=[Subject(name="Pak Chol-u", role="diplomat", count=1)],
                     destination="KR", date=When("2023-03", "month", "explicit"))
    talk = _mention("defection", "Defections")
    f_named, f_talk = gate.features_of([named, talk], doc(TEXT))
    assert f_named["trigger=fled"] == 1.0 and f_named["subject_named"] == 1.0
    assert f_named["subject_role=diplomat"] == 1.0 and f_named["destination=KR"] == 1.0
    assert f_named["date=month"] == 1.0 and "word=ministry" in f_named
    assert f_talk["subject=none"] == 1.0 and f_talk["date=none"] == 1.0 and "word=experts" in f_talk
    assert f_named["same_type_in_doc=2"] == 1.0  # the article proposes two defections
    assert "word=experts" not in f_named  # words come from the proposal's own sentence


def test_the_gate_keeps_what_scores_above_its_threshold():
    named = _mention("defection", "fled", subjects=[Subject(name="Pak Chol-u", role="diplomat", count=1)])
    talk = _mention("defection", "Defections")
    judge = gate.Gate({"subject=none": -3.0, "subject_named": 2.0}, bias=0.0, threshold=0.5)
    assert gate.filter_mentions([named, talk], doc(TEXT), judge) == [named]
    keep_all = gate.Gate({"subject=none": -3.0}, bias=0.0, threshold=0.0)
    assert gate.filter_mentions([named, talk], doc(TEXT), keep_all) == [named, talk]


def test_the_shipped_weights_load_and_can_be_switched_off(monkeypatch):
    shipped = gate.load(gate.weights_file("en"))
    assert shipped is not None and shipped.weights and 0.0 <= shipped.threshold < 1.0
    monkeypatch.setenv("CROSSINGS_GATE", "off")
    assert gate.current() is None
    assert gate.load(Path("/nonexistent/gate.json")) is None


def test_an_other_weights_file_is_taken_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"weights": {"type=recall": -9.0}, "bias": 1.0, "threshold": 0.5}))
    monkeypatch.setenv("CROSSINGS_GATE", str(path))
    recall = _mention("recall", "fled")
    assert gate.filter_mentions([recall], doc(TEXT)) == []


def test_the_extractor_runs_its_proposals_through_the_gate(tmp_path, monkeypatch):
    from crossings.extract.en import extract_english
    text = ("A North Korean soldier crossed the military demarcation line on Tuesday and was taken into custody, "
            "the Joint Chiefs of Staff said.")
    monkeypatch.setenv("CROSSINGS_GATE", "off")
    assert [m.type for m in extract_english(doc(text))] == ["defection"]
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"weights": {"type=defection": -9.0}, "bias": 0.0, "threshold": 0.5}))
    monkeypatch.setenv("CROSSINGS_GATE", str(path))
    assert extract_english(doc(text)) == []


def _fitter():
    path = Path(__file__).resolve().parents[2] / "bench" / "gate" / "fit_gate.py"
    spec = importlib.util.spec_from_file_location("fit_gate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fitted_model_learns_which_feature_marks_a_false_proposal():
    fit = _fitter()
    rows = [(f"p{i}", {"named": 1.0} if i % 2 else {"no_subject": 1.0}, i % 2) for i in range(40)]
    x, y, vocabulary = fit.design(rows)
    bias, w = fit.fit(x, y, l2=1.0)
    weights = dict(zip(vocabulary, w))
    assert weights["named"] > 1.0 and weights["no_subject"] < -1.0
    p = 1 / (1 + np.exp(-(bias + x @ w)))
    assert fit.f1_at(p, y, gold_pairs=20, threshold=0.5) == pytest.approx(1.0)
    assert fit.f1_at(p, y, gold_pairs=20, threshold=0.0) == pytest.approx(2 * 20 / (40 + 20))


def test_each_language_has_its_own_gate(tmp_path, monkeypatch):
    path = tmp_path / "ko.json"
    path.write_text(json.dumps({"weights": {"type=recall": -9.0}, "bias": 1.0, "threshold": 0.5}))
    monkeypatch.setenv("CROSSINGS_GATE_KO", str(path))
    korean = doc("북한 외교관이 잠적했다.", id="k")
    korean.lang = "ko"
    recall = Mention(doc="k", type="recall")
    assert gate.filter_mentions([recall], korean) == []
    assert gate.filter_mentions([recall], doc(TEXT)) == [recall]  # the Korean file judges Korean pages only
    monkeypatch.delenv("CROSSINGS_GATE_KO")
    # no Korean weights ship (a gate fitted on one half lost on the other): Korean keeps every proposal
    assert not gate.weights_file("ko").exists() and gate.filter_mentions([recall], korean) == [recall]
