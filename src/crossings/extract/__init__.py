"""Stage 3: one Document -> event Mentions with evidence, per language.

`extract_document` dispatches on the document's language; every mention it returns has had
its evidence checked against the document's text (a mismatch raises EvidenceError).
"""
from crossings.extract.pipeline import extract_document

__all__ = ["extract_document"]
