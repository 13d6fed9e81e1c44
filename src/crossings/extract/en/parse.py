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
    """Run spaCy on the sentences that hold a hit, and on the sentence after each that may name
    its people (for chains)."""

    name = "parse"

    def __call__(self, state: State) -> State:
        parse_together([state])
        return state


def parse_together(states: list[State]) -> None:
    """Parse the wanted sentences of many documents in one stream: spaCy's batches fill up across
    documents instead of paying its per-batch cost on each document's handful of sentences."""
    wanted = [(state, i, _uncapitalised(state.sentences[i].text)) for state in states for i in to_parse(state)]
    texts = list(dict.fromkeys(text for _, _, text in wanted))  # a sentence told twice is parsed once
    parsed = dict(zip(texts, nlp.parse(texts)))  # (wire copies; the rules only read a parse, never change it)
    for state, i, text in wanted:
        state.parsed[i] = parsed[text]


def to_parse(state: State) -> list[int]:
    """The hit sentences, and each next sentence a chain reads the people of (chains._names_from
    reads a parse only where CONTINUES and IDENTIFIES both match)."""
    from crossings.extract.en.chains import CONTINUES, DEFINITE, IDENTIFIES
    hits = {h.sentence.index for h in state.hits}
    after = {i + 1 for i in hits if i + 1 < len(state.sentences)}
    names = {i for i in after if CONTINUES.match(state.sentences[i].text) and IDENTIFIES.search(state.sentences[i].text)}
    named_before = {i - 1 for i in hits if i > 0 and DEFINITE.match(state.sentences[i].text)}
    return sorted(hits | names | named_before)
