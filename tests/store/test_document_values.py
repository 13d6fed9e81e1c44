"""A storable document's INSERT parameters are written out directly: the same values the
row-object path (_fitted) gives, and that path still bounds what needs bounding."""
from crossings.document import DateInfo, Document
from crossings.store.db import _document_row, _document_values, _fitted, _values


def _slow(doc: Document, minhash, extracted: bool) -> dict:
    return _values(_fitted(_document_row(doc, minhash))) | {"extracted": extracted}


def test_a_storable_document_gives_the_row_objects_values():
    doc = Document(id="d1", text="Body text.", raw="<p>Body text.</p>", raw_kind="html", source="feed:1",
                   url="https://example.org/a", title="A title", outlet="Example", authors=["Ann Lee", "Bo Kim"],
                   lang="en", published=DateInfo("2024-05-02", "day", "meta"), captured="2024-05-03",
                   content_hash="abc", duplicate_of="d0", duplicate_kind="near")
    fast = _document_values(doc, [1, 2, 3], True)
    assert fast == _slow(doc, [1, 2, 3], True)
    assert list(fast["data"]) == list(_slow(doc, [1, 2, 3], True)["data"])  # the JSON's key order too
    plain = Document(id="d2", text="t", raw="t")
    assert _document_values(plain, None, False) == _slow(plain, None, False)


def test_a_document_that_needs_bounding_is_still_bounded():
    doc = Document(id="d3", text="a\x00b", raw="a\x00b", outlet="x" * 400)
    values = _document_values(doc, None, False)
    assert values["text"] == "ab" and len(values["outlet"]) == 300
