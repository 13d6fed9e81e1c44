"""Component: run spaCy on the sentences that hold a trigger (and on the sentence after each that
may continue its story); every other sentence is never parsed."""
from __future__ import annotations

import re

from crossings.extract.en import nlp
from crossings.extract.en.state import State

TITLE_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _uncapitalised(text: str) -> str:
    """A Title Case Headline Parses As A Row Of Names; lower-case its ordinary words (ASCII only,
    so every offset stays put) and keep place names, which the gazetteer knows."""
    words = LONG_WORD.findall(text)
    if len(words) < 4 or len(TITLE_WORD.findall(text)) < 0.7 * len(words):
        return text
    from crossings.extract import places
    keep = [(m.start, m.end) for m in places.find_places(text, "en")]
    chars = list(text)
    for m in TITLE_WORD.finditer(text):
        if m.start() > 0 and not any(a <= m.start() < b for a, b in keep):
            chars[m.start()] = chars[m.start()].lower()
    return "".join(chars)


class Parse:
    """Run spaCy on the sentences that hold a hit, and on the sentence after each (for chains)."""

    name = "parse"

    def __call__(self, state: State) -> State:
        from crossings.extract.en.chains import CONTINUES  # the sentences a chain may read
        after = {h.sentence.index + 1 for h in state.hits if h.sentence.index + 1 < len(state.sentences)}
        wanted = sorted({h.sentence.index for h in state.hits}
                        | {i for i in after if CONTINUES.match(state.sentences[i].text)})
        docs = nlp.parse(_uncapitalised(state.sentences[i].text) for i in wanted)
        state.parsed = dict(zip(wanted, docs))
        return state
