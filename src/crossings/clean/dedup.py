"""Exact (content hash) and near (MinHash bands) duplicates: wire copies link to one canonical doc.

The index lives in the store (crossings.clean.bands keys in an indexed table): each batch of new
documents is marked with a few queries for its own keys and hashes, so nothing held in memory
grows with the number of stored pages."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from hashlib import sha1
from itertools import chain
from operator import eq

import numpy as np
from datasketch import MinHash
from datasketch.minhash import _fmix

from crossings.clean.bands import BANDS, band_keys
from crossings.document import Document

NUM_PERM = 64
SCHEME = "affine32"  # stored signatures must be rebuilt with the scheme that made them
THRESHOLD = 0.8  # estimated Jaccard of word 3-shingles for a near duplicate
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _permutations():
    """Drawing the permutations costs more than hashing a page: draw them once."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def minhash_of(text: str) -> MinHash:
    shingles = _shingles(text)
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
    mh.update_batch([sh.encode("utf-8") for sh in sorted(shingles)])  # vectorised; order-free
    return mh


def signature_of(text: str) -> list[int]:
    """The MinHash signature stored with a document (plain ints: picklable, JSON-able)."""
    return [int(v) for v in minhash_of(text).hashvalues]


def signatures_of(texts: list[str]) -> list[list[int]]:
    """signature_of for many texts at once: the same values (a test compares them), with
    datasketch's arithmetic (its SHA-1 per shingle, its pre-mix, its affine permutations) run
    once over every shingle of the chunk instead of once per text."""
    hashed = [[int.from_bytes(sha1(sh.encode("utf-8")).digest()[:4], "little") for sh in _shingles(t)] for t in texts]
    if not hashed:
        return []
    hv = _fmix(np.fromiter(chain.from_iterable(hashed), dtype=np.uint32).reshape(-1, 1), 32)
    a, b = _permutations()
    starts = np.cumsum([0] + [len(h) for h in hashed[:-1]])
    return np.minimum.reduceat(hv * a + b, starts, axis=0).tolist()  # every text has a shingle


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures (MinHash.jaccard)."""
    return sum(map(eq, a, b)) / len(a)


def shared_bands_needed() -> int:
    """The fewest band keys two signatures whose estimated Jaccard reaches THRESHOLD must share.
    Such signatures differ in at most NUM_PERM - m values (m the fewest equal ones that reach it);
    each difference spoils at most one band, so at least BANDS - (NUM_PERM - m) bands stay whole.
    Candidates sharing fewer keys can never be near duplicates: leaving them out changes nothing."""
    equal = next(m for m in range(NUM_PERM + 1) if m / NUM_PERM >= THRESHOLD)
    return max(1, BANDS - (NUM_PERM - equal))


class DuplicateFinder:
    """Marks new documents exact, near or new against the store's canonical documents and the
    documents of the same batch before them."""

    def __init__(self, store):
        self.store = store
        self.shared = shared_bands_needed()

    def mark_batch(self, docs: list[Document], signatures: list[list[int]]) -> None:
        """Set each doc's duplicate_of / duplicate_kind, in order, as if marked one by one."""
        keys = [band_keys(sig) for sig in signatures]
        hashes = self.store.canonical_by_hash(d.content_hash for d in docs)
        # each page's 2 most common keys left out: a superset of the stored near duplicates still
        # (see Store.band_candidates), without reading the long lists look-alike pages share
        stored = self.store.band_candidates(keys, self.shared, leave_out=max(0, self.shared - 2))
        known = self.store.signatures(set().union(*stored))
        members: dict[str, list[str]] = {}  # band key -> the batch's new canonical documents
        for doc, sig, ks, candidates in zip(docs, signatures, keys, stored):
            if (canon := hashes.get(doc.content_hash)) and canon != doc.id:
                doc.duplicate_of, doc.duplicate_kind = canon, "exact"
                continue
            shares = Counter(i for k in ks for i in members.get(k, ()))
            candidates = candidates | {i for i, n in shares.items() if n >= self.shared}
            if near := _nearest(sig, candidates, known):
                doc.duplicate_of, doc.duplicate_kind = near, "near"
            else:  # a new canonical document: later ones in this batch are compared with it
                hashes.setdefault(doc.content_hash, doc.id)
                known[doc.id] = sig
                for k in ks:
                    members.setdefault(k, []).append(doc.id)


def _nearest(sig: list[int], candidates: set[str], known: dict[str, list[int]]) -> str | None:
    scored = [(jaccard(known[d], sig), d) for d in sorted(candidates) if d in known]
    close = [(score, d) for score, d in scored if score >= THRESHOLD]
    return max(close, key=lambda pair: pair[0])[1] if close else None
