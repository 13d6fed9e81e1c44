"""Korean extraction: one Document -> one Mention per happening, read natively (no translation)."""
from crossings.document import Document
from crossings.events import Mention


def extract_korean(doc: Document) -> list[Mention]:
    from crossings.extract.ko.extractor import extract

    return extract(doc)


__all__ = ["extract_korean"]
