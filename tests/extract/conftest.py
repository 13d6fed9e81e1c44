"""The rule tests pin down what the rules read; the learned gate that judges their proposals
(extract/gate.py) is tested on its own in test_gate.py, so it is off here."""
import pytest


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setenv("CROSSINGS_GATE", "off")
