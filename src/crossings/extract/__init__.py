"""Stage 3: one Document -> event Mentions with evidence, per language.

`extract_document` dispatches on the document's language; every mention it returns has had
its evidence checked against the document's text (a mismatch raises EvidenceError).
"""
from crossings.document import Document
from crossings.events import Mention
from crossings.extract.pipeline import check_evidence


def extract_document(doc: Document) -> list[Mention]:
    if doc.lang == "ko":
        from crossings.extract.ko import extract_korean as extractor
    else:
        from crossings.extract.en import extract_english as extractor
    mentions = extractor(doc)
    for m in mentions:
        check_evidence(m, doc.text)
    return mentions


__all__ = ["extract_document"]
