"""Language dispatch and the evidence check every extractor's output passes through."""
from __future__ import annotations

from crossings.document import Document
from crossings.errors import EvidenceError
from crossings.events import Mention


def extract_document(doc: Document) -> list[Mention]:
    if doc.lang == "ko":
        from crossings.extract.ko import extract_korean as extractor
    else:
        from crossings.extract.en import extract_english as extractor
    mentions = extractor(doc)
    for m in mentions:
        check_evidence(m, doc.text)
    return mentions


def check_evidence(mention: Mention, text: str) -> None:
    for ev in mention.evidence:
        if not ev.verify(text):
            raise EvidenceError(
                f"{mention.doc}: evidence for {ev.field} at [{ev.start}:{ev.end}] "
                f"does not match its quote {ev.quote!r}"
            )
