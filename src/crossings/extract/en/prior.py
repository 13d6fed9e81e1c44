"""Component: an earlier happening the text only measures the news by ("the first such crossing
since last summer", "the first defection of its kind since 2019") is a background mention of its
own (codebook), even though no trigger tells it."""
from __future__ import annotations

from crossings.events import Evidence, Mention, When
from crossings.extract import timex
from crossings.extract.en.lexicon import lexicon
from crossings.extract.en.state import State

# The types a "first ... since" can point back to: the kind of happening the article tells.
PRIOR_TYPES = ("defection", "attempted_defection", "repatriation", "mission_closure", "recall")


class PriorMentions:
    """After merge: one background mention per "the first ... since <date>"."""

    name = "prior_mentions"

    def __call__(self, state: State) -> State:
        main = next((m for m in state.mentions if m.type in PRIOR_TYPES and not m.background), None)
        if main is None:
            return state
        for sent in state.sentences:
            for m in lexicon().cues["prior_reference"].finditer(sent.text):
                prior = _prior(state, sent, m, main.type)
                if prior is not None and not _known(state, prior):
                    state.mentions.append(prior)
        return state


def _prior(state: State, sent, match, kind: str) -> Mention | None:
    """The mention for one "first ... since": dated by the expression right after "since"."""
    found = timex.find_dates(sent.text, "en", state.anchor, state.anchor_is_capture)
    when = next((t for t in found if t.value and 0 <= t.start - match.end() <= 2), None)
    if when is None:
        return None
    prior = Mention(doc=state.document.id, type=kind, status="reported", background=True,
                    date=When(when.value, when.precision, when.derivation))
    start, end = sent.start + match.start(), sent.start + match.end()
    prior.evidence.append(Evidence("type", start, end, state.text[start:end]))
    prior.evidence.append(Evidence("status", start, end, state.text[start:end]))
    d0 = sent.start + when.start
    prior.evidence.append(Evidence("date", d0, d0 + len(when.text), state.text[d0:d0 + len(when.text)]))
    return prior


def _known(state: State, prior: Mention) -> bool:
    """The earlier happening is already told ("since Thae defected in 2016"): no second mention."""
    return any(m.type == prior.type and m.date.value and prior.date.value
               and m.date.value[:7] == prior.date.value[:7] for m in state.mentions)
