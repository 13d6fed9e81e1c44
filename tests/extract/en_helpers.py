"""Build English Documents by hand for the extractor tests (all texts are invented)."""
from __future__ import annotations

from crossings.document import DateInfo, Document
from crossings.events import Mention
from crossings.extract.en import extract_english
from crossings.extract.pipeline import check_evidence


def doc(text: str, published: str | None = "2023-06-09", captured: str | None = None, id: str = "t") -> Document:
    pub = DateInfo(published, "day" if published else "unknown", "manifest" if published else None)
    return Document(id=id, text=text, raw=text, lang="en", published=pub, captured=captured)


def extract(text: str, **kw) -> list[Mention]:
    d = doc(text, **kw)
    mentions = extract_english(d)
    for m in mentions:
        check_evidence(m, d.text)
    return mentions


def types(text: str, **kw) -> list[str]:
    return sorted(m.type for m in extract(text, **kw))


def types_in_2031(text: str) -> list[str]:
    """The types found in an invented sentence published on 2031-06-13 (a date no real page has)."""
    return types(text, published="2031-06-13")


def one(text: str, kind: str, **kw) -> Mention:
    found = [m for m in extract(text, **kw) if m.type == kind]
    assert len(found) == 1, found
    return found[0]
