"""The near-duplicate index's band keys: a MinHash signature cut into BANDS bands of ROWS values;
two pages that share any band key are candidates (then their estimated Jaccard decides).

The same banding datasketch's MinHashLSH picks for dedup.CANDIDATE_THRESHOLD and dedup.NUM_PERM
(tests check it), written out so that the store can index keys without importing datasketch.
Keys are exact (the band's values in hex), so no two different bands ever share one."""
from __future__ import annotations

from struct import Struct

BANDS = 14
ROWS = 4


def band_keys(signature: list[int]) -> list[str]:
    """One key per band ('03:00a1b2c3...'); none for a signature too short to band."""
    if len(signature) < BANDS * ROWS:
        return []
    return [f"{b:02d}:" + _BAND.pack(*signature[b * ROWS:(b + 1) * ROWS]).hex() for b in range(BANDS)]


_BAND = Struct(f">{ROWS}I")  # ROWS 32-bit values (the affine32 scheme's range), 8 hex digits each
