"""Stage 3: one Document -> event Mentions with evidence, per language.

`extract_document` dispatches on the document's language; every mention it returns has had
its evidence checked against the document's text (a mismatch raises EvidenceError). A page in a
language no extractor reads gives no mentions (ingest reports it "not read"): the English
extractor run over Chinese or Russian would only find noise.
"""
from crossings.document import Document
from crossings.events import Mention
from crossings.extract.pipeline import check_evidence

READS = ("en", "ko")  # the languages extraction reads


def language(doc: Document) -> str:
    """The page's language as its primary subtag ("en-GB" -> "en"); empty when unknown."""
    return (doc.lang or "").strip().lower().replace("_", "-").split("-")[0]


def unread_language(doc: Document) -> str | None:
    """The language of a page no extractor reads ("zh"); None when one reads it, or when the
    language is unknown (then the English extractor tries, as for a page too short to tell)."""
    lang = language(doc)
    return lang if lang and lang not in READS else None


def extract_document(doc: Document) -> list[Mention]:
    if unread_language(doc):
        return []
    if language(doc) == "ko":
        from crossings.extract.ko import extract_korean as extractor
    else:
        from crossings.extract.en import extract_english as extractor
    mentions = extractor(doc)
    for m in mentions:
        check_evidence(m, doc.text)
    return mentions


__all__ = ["READS", "extract_document", "unread_language"]
