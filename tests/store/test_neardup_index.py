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
    four = base[:]  # differs from base in one value of each of bands 0..11: shares bands 12..15
    for b in range(12):
        four[b * 4] += 1000
    three = four[:]
    three[12 * 4] += 1000  # and in band 12: shares bands 13..15
    store.add_documents([(_doc("four", "four"), four), (_doc("three", "three"), three)])
    assert store.band_candidates([band_keys(base)], shared=1) == [{"four", "three"}]
    assert store.band_candidates([band_keys(base)], shared=4) == [{"four"}]
    assert store.band_candidates([band_keys(base), []], shared=4) == [{"four"}, set()]


def test_the_store_counts_the_documents_under_each_key(store_url):
    store = Store(store_url)
    a = list(range(1, 65))
    b = [v + 1000 if i < 4 else v for i, v in enumerate(a)]  # band 0 differs
    store.add_documents([(_doc("a", "a"), a), (_doc("b", "b"), b), (_doc("b", "b"), b)])  # b once
    store.add_documents([(_doc("a", "a"), a)])  # stored already: not counted again
    counts = store.band_counts(band_keys(a) + band_keys(b))
    assert counts[band_keys(a)[1]] == 2 and counts[band_keys(a)[0]] == 1 and counts[band_keys(b)[0]] == 1


def test_leaving_out_the_most_common_keys_still_finds_every_document_sharing_enough(store_url):
    """The probe leaves out a page's 2 most common keys and asks for 2 of the other 14: whichever
    keys those are, a document sharing 4 keys is among the answers."""
    store = Store(store_url)
    base = list(range(1, 65))
    crowd = []  # many documents alike in bands 12..15 only: those keys become the most common
    for n in range(6):
        sig = [v + 1000 * (n + 1) if i < 48 else v for i, v in enumerate(base)]
        crowd.append((_doc(f"crowd{n}", f"crowd {n}"), sig))
    near = base[:]  # shares bands 12..15 with base, and nothing else
    for b in range(12):
        near[b * 4] += 99
    store.add_documents(crowd + [(_doc("near", "near"), near)])
    exact = store.band_candidates([band_keys(base)], shared=4)[0]
    quick = store.band_candidates([band_keys(base)], shared=4, leave_out=2)[0]
    assert "near" in exact and exact <= quick
    assert store.band_candidates([band_keys(base)], shared=4, leave_out=9)[0] >= exact  # capped at shared - 1


def test_a_near_duplicate_at_the_threshold_shares_the_bands_the_finder_asks_for(store_url):
    """52 of 64 values equal (estimated Jaccard 0.8125), the 12 differences in 12 bands: the
    fewest shared bands a near duplicate can have, and it is still found."""
    from crossings.clean.dedup import jaccard, shared_bands_needed, THRESHOLD

    base = list(range(1, 65))
    near = base[:]
    for b in range(12):
        near[b * 4] += 1000
    assert jaccard(base, near) >= THRESHOLD and len(set(band_keys(base)) & set(band_keys(near))) == 4
    assert shared_bands_needed() == 4
    store = Store(store_url)
    store.add_documents([(_doc("orig", "first text"), base)])
    copy = _doc("copy", "second text")
    DuplicateFinder(store).mark_batch([copy], [near])
    assert (copy.duplicate_of, copy.duplicate_kind) == ("orig", "near")
