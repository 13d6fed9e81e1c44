"""Component: a learned last gate over one document's mentions, one model per language.

The rules propose happenings; this gate weighs each proposal as a whole (what the trigger word is,
which fields the rules could bind, where in the article it sits, the words of its sentence, how many
happenings of its kind the article already has) and drops those that look like the proposals a
careful reader did not count: background talk, generic or explainer text, things that are no flight.
It is a logistic regression over sparse features, fitted offline by `bench/gate/fit_gate.py` on one
half of the dev corpus and judged on the other; the weights ship as data (`gate_<lang>.json`). Plain
data in, plain data out: Mentions and their Document, nothing else.
"""
from __future__ import annotations

import bisect
import json
import math
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from crossings.document import Document
from crossings.events import Mention

HERE = Path(__file__).parent
WORD = re.compile(r"[a-z][a-z'-]+|[가-힣]+")
SENTENCE_END = re.compile(r"[.!?]\s+|\n")


@dataclass(frozen=True)
class Gate:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load(path: Path | str) -> Gate | None:
    """The gate stored at path, or None when there is none (the chain then keeps every mention)."""
    path = Path(path)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Gate(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))


@cache
def _shipped(path: str) -> Gate | None:
    return load(path)


def weights_file(lang: str) -> Path:
    return HERE / f"gate_{lang}.json"


def current(lang: str = "en") -> Gate | None:
    """The shipped gate of a language; CROSSINGS_GATE (or CROSSINGS_GATE_KO for Korean) names
    another weights file ("off" disables it), so the fitting script can score a half with weights
    fitted on the other."""
    chosen = os.environ.get("CROSSINGS_GATE" + ("" if lang == "en" else "_" + lang.upper()), "")
    if chosen == "off":
        return None
    return _shipped(chosen or str(weights_file(lang)))


def filter_mentions(mentions: list[Mention], doc: Document, gate: Gate | None = None) -> list[Mention]:
    gate = gate if gate is not None else current(doc.lang or "en")
    if gate is None or not mentions:
        return mentions
    return [m for m, f in zip(mentions, features_of(mentions, doc)) if gate.probability(f) >= gate.threshold]


def features_of(mentions: list[Mention], doc: Document) -> list[dict[str, float]]:
    """One sparse feature dict per mention (names are stable strings: the weights file's keys)."""
    text = doc.text
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    per_type: dict[str, int] = {}
    for m in mentions:
        per_type[m.type] = per_type.get(m.type, 0) + 1
    return [_features(m, doc, text, starts, per_type, len(mentions)) for m in mentions]


def _features(m: Mention, doc: Document, text: str, starts: list[int], per_type: dict[str, int],
              n: int) -> dict[str, float]:
    f: dict[str, float] = {"type=" + m.type: 1.0}
    triggers = [e for e in m.evidence if e.field == "type"]
    first = min(triggers, key=lambda e: e.start) if triggers else None
    if first is not None:
        f["trigger=" + first.quote.lower()] = 1.0
        f[m.type + "|trigger=" + first.quote.lower()] = 1.0
        f["title_case_trigger"] = float(first.quote[:1].isupper())
        position = first.start / max(1, len(text))
        f["position=" + ("lead" if first.start < 600 else "late" if position > 0.7 else "middle")] = 1.0
        i = bisect.bisect_right(starts, first.start) - 1
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        words = sorted(set(WORD.findall(text[starts[i]:end].lower())))
        for w in words:
            f["word=" + w] = 1.0 / math.sqrt(len(words))
    f["sentences=" + ("1" if len(triggers) <= 1 else "2" if len(triggers) == 2 else "3+")] = 1.0
    f["date=" + _date_kind(m)] = 1.0
    f["origin=" + ("none" if not m.origin.country else "KP" if m.origin.country == "KP" else "other")] = 1.0
    f["destination=" + ("none" if not m.destination else "KR" if m.destination == "KR" else "other")] = 1.0
    principal = next((s for s in m.subjects if s.role != "family_member"), None)
    if principal is None:
        f["subject=none"] = 1.0
    else:
        f["subject_role=" + (principal.role or "none")] = 1.0
        f["subject_named"] = float(bool(principal.name))
        count = principal.count or 0
        f["subject_count=" + ("none" if not count else "1" if count == 1 else "few" if count < 50 else "many")] = 1.0
    f["status=" + (m.status or "none")] = 1.0
    f["sourced"] = float(bool(m.sources))
    f["background"] = float(m.background)
    f["same_type_in_doc=" + ("1" if per_type[m.type] == 1 else "2" if per_type[m.type] == 2 else "3+")] = 1.0
    f["mentions_in_doc=" + ("1" if n == 1 else "2-3" if n <= 3 else "4+")] = 1.0
    f["published"] = float(bool(doc.published.value))
    return f


def _date_kind(m: Mention) -> str:
    derivation = m.date.derivation or ""
    if not m.date.value:
        return "unresolved" if derivation else "none"
    if derivation.startswith("anchor"):
        return "publication"
    return m.date.precision if derivation == "explicit" else "relative"
