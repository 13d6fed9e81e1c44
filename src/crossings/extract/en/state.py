"""What flows along the English chain: the document, its sentences, trigger hits, readings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crossings.document import Document
from crossings.events import Evidence, Mention
from crossings.extract.en.segment import Sentence

# Happenings that act on people (send them back, punish, call them home): their people are the
# verb's object, whoever its subject is.
ACTS_ON_PEOPLE = ("repatriation", "punishment", "recall")


@dataclass
class Hit:
    """A trigger pattern matched in a sentence: offsets are into the document text."""

    type: str
    kind: str  # verb / noun / person
    start: int
    end: int
    sentence: Sentence


@dataclass
class Reading:
    """A hit the classifier kept, with the fields later components fill in."""

    hit: Hit
    mention: Mention
    strong: bool = True
    anaphoric: bool = False
    distinct: bool = False  # a happening the text only points back to ("a month after X fled")
    pronoun_only: bool = False  # "they fled" with no one named before it
    token: Any = None  # the spaCy token the trigger rests on (transient, never stored)
    subject: Any = None  # the spaCy span of the trigger's subject, if any
    member: Any = None  # the one named member of a counted total ("at least five, including Ri")
    region_countries: dict[str, set[str]] = field(default_factory=dict)
    item: Any = None  # the list item (lists.Item) that names this one of a listed happening's places

    def cite(self, field_name: str, start: int, end: int, text: str) -> None:
        self.mention.evidence.append(Evidence(field_name, start, end, text[start:end]))


@dataclass
class State:
    document: Document
    anchor: str | None = None
    anchor_is_capture: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    parsed: dict[int, Any] = field(default_factory=dict)  # sentence index -> spaCy Doc
    readings: list[Reading] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    in_domain: bool = True
    prescreened: int = 0  # trigger sentences the second gate kept from the parser

    @property
    def text(self) -> str:
        return self.document.text

    def triggers_besides(self, r: Reading) -> list[Any]:
        """The trigger tokens of the other readings of r's sentence (what bind.binding weighs)."""
        return [o.token for o in self.readings if o.hit.sentence is r.hit.sentence and o is not r]
