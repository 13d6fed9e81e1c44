"""Stage 3: one Document -> event Mentions with evidence, per language.

`extract_document` dispatches on the document's language; every mention it returns has had
its evidence checked against the document's text (a mismatch raises EvidenceError).
`extract_documents` does the same for many, English parsed in one stream across them.
"""
from crossings.document import Document
from crossings.events import Mention
from crossings.extract.pipeline import check_evidence


def extract_document(doc: Document) -> list[Mention]:
    return extract_documents([doc])[0]


def extract_documents(docs: list[Document]) -> list[list[Mention]]:
    """Each document's mentions, in order; one failing document fails the call (the caller
    retries them one by one to find it)."""
    from crossings.extract.en import extract_english_many
    from crossings.extract.ko import extract_korean

    english = iter(extract_english_many([d for d in docs if d.lang != "ko"]))
    out = [extract_korean(d) if d.lang == "ko" else next(english) for d in docs]
    for doc, mentions in zip(docs, out):
        for m in mentions:
            check_evidence(m, doc.text)
    return out


__all__ = ["extract_document", "extract_documents"]
