"""Exact (content hash) and near (MinHash LSH) duplicates: wire copies link to one canonical doc."""
from __future__ import annotations

import re
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from crossings.document import Document

NUM_PERM = 64
SCHEME = "affine32"  # stored signatures must be rebuilt with the scheme that made them
THRESHOLD = 0.8  # estimated Jaccard of word 3-shingles for a near duplicate
CANDIDATE_THRESHOLD = 0.5  # LSH bands tuned low for recall; THRESHOLD then decides
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _permutations():
    """Drawing the permutations costs more than hashing a page: draw them once."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def minhash_of(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations())
    mh.update_batch([sh.encode("utf-8") for sh in sorted(shingles)])  # vectorised; order-free
    return mh


class DuplicateFinder:
    """Holds the canonical documents seen so far; marks each new document exact, near or new."""

    def __init__(self, hashes: dict[str, str], signatures: dict[str, list[int]]):
        self.hashes = dict(hashes)
        self.lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        for doc_id, sig in sorted(signatures.items()):
            self._index(doc_id, MinHash(num_perm=NUM_PERM, seed=1, hashvalues=sig, scheme=SCHEME))

    def mark(self, doc: Document) -> list[int]:
        """Set doc.duplicate_of / duplicate_kind; return the MinHash signature to store."""
        mh = minhash_of(doc.text)
        if (canon := self.hashes.get(doc.content_hash)) and canon != doc.id:
            doc.duplicate_of, doc.duplicate_kind = canon, "exact"
        elif near := self._nearest(mh):
            doc.duplicate_of, doc.duplicate_kind = near, "near"
        else:
            self.hashes.setdefault(doc.content_hash, doc.id)
            self._index(doc.id, mh)
        return [int(v) for v in mh.hashvalues]

    def _nearest(self, mh: MinHash) -> str | None:
        scored = [(self.signatures[d].jaccard(mh), d) for d in sorted(self.lsh.query(mh))]
        close = [(score, d) for score, d in scored if score >= THRESHOLD]
        return max(close, key=lambda pair: pair[0])[1] if close else None

    def _index(self, doc_id: str, mh: MinHash) -> None:
        if doc_id not in self.signatures:
            self.signatures[doc_id] = mh
            self.lsh.insert(doc_id, mh)
