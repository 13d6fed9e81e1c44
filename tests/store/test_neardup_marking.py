"""The store's band probe (16 bands, the 2 most common keys of a page left out) marks exactly the
near duplicates a comparison of every pair would: on a generated set of look-alike pages, in
several batches, each page's duplicate_of is the canonical page before it with the highest
estimated Jaccard at or above the threshold (the lowest id on a tie), or none."""
import random

from crossings.clean.dedup import THRESHOLD, DuplicateFinder, jaccard, signature_of
from crossings.document import Document, content_hash
from crossings.store import Store

WORDS = ("harbour ferry council budget storm market league winger striker rainfall bridge tram festival "
         "museum tariff harvest drought orchard mayor clinic rally exhibit").split()


def _pages(n: int, rng: random.Random) -> list[str]:
    """Short invented pages from a small vocabulary (many half alike), some edited copies of earlier ones."""
    pages = []
    for i in range(n):
        if pages and rng.random() < 0.35:
            words = rng.choice(pages).split()
            for _ in range(rng.randint(0, 6)):  # a few words changed: some near, some not
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            if rng.random() < 0.5:
                words.append(f"update{i}")
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(25, 45))]
        pages.append(" ".join(words))
    return pages


def _expected(docs: list[Document], sigs: list[list[int]]) -> list[tuple[str | None, str | None]]:
    canonical, marks = [], []  # (id, hash, signature) of the canonical pages so far
    for doc, sig in zip(docs, sigs):
        exact = [i for i, h, _ in canonical if h == doc.content_hash]
        if exact:
            marks.append((min(exact), "exact"))
            continue
        close = sorted((-jaccard(s, sig), i) for i, _, s in canonical if jaccard(s, sig) >= THRESHOLD)
        if close:
            marks.append((close[0][1], "near"))
        else:
            marks.append((None, None))
            canonical.append((doc.id, doc.content_hash, sig))
    return marks


def test_the_probe_marks_what_comparing_every_pair_marks(store_url):
    rng = random.Random(15)
    texts = _pages(400, rng)
    docs = [Document(id=f"p{i:04d}", text=t, raw=t, content_hash=content_hash(t)) for i, t in enumerate(texts)]
    sigs = [signature_of(t) for t in texts]
    expected = _expected(docs, sigs)
    assert sum(k == "near" for _, k in expected) >= 20 and sum(k is None for _, k in expected) >= 200
    store, finder = Store(store_url), None
    for start in range(0, len(docs), 50):
        finder = DuplicateFinder(store)
        batch, batch_sigs = docs[start:start + 50], sigs[start:start + 50]
        finder.mark_batch(batch, batch_sigs)
        store.add_documents(zip(batch, batch_sigs))
    assert [(d.duplicate_of, d.duplicate_kind) for d in docs] == expected
