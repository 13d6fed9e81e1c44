"""Helpers for the Korean extraction tests: every text here is invented for the tests."""
import pytest

from crossings.document import DateInfo, Document
from crossings.extract.ko import extract_korean


def make_doc(text: str, published: str | None = "2024-03-15", doc_id: str = "t1") -> Document:
    info = DateInfo(value=published, precision="day" if published else "unknown")
    return Document(id=doc_id, text=text, raw=text, lang="ko", published=info)


@pytest.fixture
def extract():
    def run(text: str, published: str | None = "2024-03-15"):
        doc = make_doc(text, published)
        mentions = extract_korean(doc)
        for m in mentions:
            for ev in m.evidence:
                assert ev.verify(doc.text), ev
        return mentions

    return run
