"""The near-duplicate index lives in the store: the finder probes it a batch at a time."""
from crossings.clean.bands import band_keys
from crossings.clean.dedup import DuplicateFinder, signature_of
from crossings.document import Document, content_hash
from crossings.store import Store

WIRE = ("Officials in the port city said on Tuesday that a fishing boat carrying four people had been "
        "towed into the harbour after drifting for three days, and that all four were in good health.")


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, raw=text, content_hash=content_hash(text))


def test_the_store_indexes_canonical_documents_only(store_url):
    store = Store(store_url)
    original, copy = _doc("orig", WIRE), _doc("copy", WIRE + " Copied.")
    finder = DuplicateFinder(store)
    sigs = [signature_of(d.text) for d in (original, copy)]
    finder.mark_batch([original, copy], sigs)  # one batch: the copy is found against the first
    assert (copy.duplicate_of, copy.duplicate_kind) == ("orig", "near")
    store.add_documents(zip([original, copy], sigs))
    members = store.band_members(band_keys(sigs[1]))
    assert {i for ids in members.values() for i in ids} == {"orig"}


def test_a_later_batch_finds_its_duplicates_through_the_store_alone(store_url):
    store = Store(store_url)
    original = _doc("orig", WIRE)
    store.add_documents([(original, signature_of(WIRE))])
    exact, near, new = _doc("exact", WIRE), _doc("near", WIRE + " More."), _doc("new", "A different story entirely.")
    DuplicateFinder(store).mark_batch([exact, near, new], [signature_of(d.text) for d in (exact, near, new)])
    assert [(d.duplicate_of, d.duplicate_kind) for d in (exact, near, new)] == [
        ("orig", "exact"), ("orig", "near"), (None, None)]
