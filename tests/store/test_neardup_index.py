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


def test_candidates_are_the_stored_documents_sharing_enough_band_keys(store_url):
    store = Store(store_url)
    base = list(range(1, 65))
    two = base[:]  # differs from base in one value of each of bands 0..11: shares bands 12 and 13
    for b in range(12):
        two[b * 4] += 1000
    one = two[:]
    one[12 * 4] += 1000  # and in band 12: shares band 13 only
    store.add_documents([(_doc("two", "two"), two), (_doc("one", "one"), one)])
    assert store.band_candidates([band_keys(base)], shared=1) == [{"two", "one"}]
    assert store.band_candidates([band_keys(base)], shared=2) == [{"two"}]
    assert store.band_candidates([band_keys(base), []], shared=2) == [{"two"}, set()]


def test_a_near_duplicate_at_the_threshold_shares_the_bands_the_finder_asks_for(store_url):
    """52 of 64 values equal (estimated Jaccard 0.8125), the 12 differences in 12 bands: the
    fewest shared bands a near duplicate can have, and it is still found."""
    from crossings.clean.dedup import jaccard, shared_bands_needed, THRESHOLD

    base = list(range(1, 65))
    near = base[:]
    for b in range(12):
        near[b * 4] += 1000
    assert jaccard(base, near) >= THRESHOLD and len(set(band_keys(base)) & set(band_keys(near))) == 2
    assert shared_bands_needed() == 2
    store = Store(store_url)
    store.add_documents([(_doc("orig", "first text"), base)])
    copy = _doc("copy", "second text")
    DuplicateFinder(store).mark_batch([copy], [near])
    assert (copy.duplicate_of, copy.duplicate_kind) == ("orig", "near")
