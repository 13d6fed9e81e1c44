"""The near-duplicate index's band keys: a MinHash signature cut into BANDS bands of ROWS values;
two pages that share enough band keys are candidates (then their estimated Jaccard decides).

16 bands of 4 rows cover all 64 values of dedup.NUM_PERM: a near duplicate (at least 52 values
equal, dedup.THRESHOLD) differs in at most 12 values, each spoiling at most one band, so it shares
at least 4 of the 16 bands (dedup.shared_bands_needed). Asking for 4 shared bands keeps few
candidates on look-alike pages, and lets the probe leave out a page's 2 most common keys (store
band_candidates). Keys are exact (the band's values in hex), so no two different bands share one;
bands 00..13 keep the keys of the 14-band index before (migration 0011 files bands 14 and 15)."""
from __future__ import annotations

from struct import Struct

BANDS = 16
ROWS = 4


def band_keys(signature: list[int]) -> list[str]:
    """One key per band ('03:00a1b2c3...'); none for a signature too short to band."""
    if len(signature) < BANDS * ROWS:
        return []
    digits = _ALL.pack(*signature[:BANDS * ROWS]).hex()  # packed once, cut per band: the same keys
    return [f"{b:02d}:{digits[b * _WIDTH:(b + 1) * _WIDTH]}" for b in range(BANDS)]


_BAND = Struct(f">{ROWS}I")  # ROWS 32-bit values (the affine32 scheme's range), 8 hex digits each
_ALL = Struct(f">{BANDS * ROWS}I")
_WIDTH = 2 * _BAND.size  # hex digits of one band
