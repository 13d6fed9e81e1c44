"""English extraction (placeholder until the English extractor lands)."""
from crossings.document import Document
from crossings.events import Mention


def extract_english(doc: Document) -> list[Mention]:
    return []
