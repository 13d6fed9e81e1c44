"""Stage 3: one Document -> event Mentions with evidence, per language.

`extract_document` dispatches on the document's language; every mention it returns has had
its evidence checked against the document's text (a mismatch raises EvidenceError). A page in a
language no extractor reads gives no mentions (ingest reports it "not read"): the English
extractor run over Chinese or Russian would only find noise. `extract_documents` does the same
for many, English parsed in one stream across them.
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
    return extract_documents([doc])[0]


def extract_documents(docs: list[Document]) -> list[list[Mention]]:
    """Each document's mentions, in order; one failing document fails the call (the caller
    retries them one by one to find it)."""
    from crossings.extract.en import extract_english_many
    from crossings.extract.ko import extract_korean

    read = [d for d in docs if not unread_language(d)]
    english = iter(extract_english_many([d for d in read if language(d) != "ko"]))
    out = [[] if unread_language(d) else extract_korean(d) if language(d) == "ko" else next(english)
           for d in docs]
    for doc, mentions in zip(docs, out):
        for m in mentions:
            check_evidence(m, doc.text)
    return out


__all__ = ["READS", "extract_document", "extract_documents", "unread_language"]
