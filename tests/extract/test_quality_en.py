"""Quality gate: invented articles with must / must-not expectations (quality_en.yaml)."""
from collections import Counter
from pathlib import Path

import pytest
import yaml

from crossings.extract.merge import names_match
from tests.extract.en_helpers import extract

CASES = yaml.safe_load((Path(__file__).parent / "quality_en.yaml").read_text(encoding="utf-8"))


def _matches(m, want: dict) -> bool:
    checks = {
        "origin": lambda v: v in (m.origin.country, m.origin.region),
        "destination": lambda v: m.destination == v,
        "status": lambda v: m.status == v,
        "date": lambda v: (m.date.value or "").startswith(v),
        "name": lambda v: any(s.name and names_match(s.name, v) for s in m.subjects),
    }
    return m.type == want["type"] and all(checks[k](v) for k, v in want.items() if k != "type")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_quality_gate(case):
    mentions = extract(case["text"], published=case.get("published"))
    if case.get("none"):
        assert mentions == []
        return
    counts = Counter(m.type for m in mentions)
    for kind, n in (case.get("exactly") or {}).items():
        assert counts[kind] == n, (kind, [(m.type, m.origin, m.subjects) for m in mentions])
    for want in case.get("events", []):
        assert any(_matches(m, want) for m in mentions), (want, mentions)


def test_every_field_has_evidence():
    for case in CASES:
        for m in extract(case["text"], published=case.get("published")):
            cited = {e.field.split(".")[0] for e in m.evidence}
            assert "type" in cited
            if not m.origin.is_empty():
                assert "origin" in cited
            if m.date.value:
                assert "date" in cited
            if m.status:
                assert "status" in cited
