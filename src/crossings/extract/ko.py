"""Korean extraction (placeholder until the Korean extractor lands)."""
from crossings.document import Document
from crossings.events import Mention


def extract_korean(doc: Document) -> list[Mention]:
    return []
