"""The near-duplicate index's band keys."""
import random

from crossings.clean.bands import BANDS, ROWS, band_keys
from crossings.clean.dedup import NUM_PERM, THRESHOLD, jaccard, shared_bands_needed


def test_the_bands_cover_the_whole_signature_and_a_near_duplicate_shares_four():
    """At least 52 of 64 values equal, so at most 12 differ, each in one band: 16 - 12 = 4 whole."""
    assert BANDS * ROWS == NUM_PERM and shared_bands_needed() == 4
    rng = random.Random(3)
    for _ in range(300):  # random near duplicates at and above the threshold share >= 4 keys
        a = [rng.randrange(2**32) for _ in range(NUM_PERM)]
        b = a[:]
        for i in rng.sample(range(NUM_PERM), rng.randint(0, NUM_PERM - 52)):
            b[i] += 1
        assert jaccard(a, b) >= THRESHOLD and len(set(band_keys(a)) & set(band_keys(b))) >= 4
    b = a[:]
    for i in range(0, 4 * 13, 4):  # 13 differences, one in each of bands 0..12: below the threshold
        b[i] += 1
    assert jaccard(a, b) < THRESHOLD and len(set(band_keys(a)) & set(band_keys(b))) == 3


def test_two_signatures_share_a_key_exactly_when_they_agree_on_a_whole_band():
    a = list(range(64))
    b = [*a[:60], 99, 98, 97, 96]  # the last band differs
    c = [a[0] + 1, *a[1:4], *[v + 1000 for v in a[4:]]]  # no band alike
    assert len(band_keys(a)) == BANDS and len(set(band_keys(a))) == BANDS
    assert len(set(band_keys(a)) & set(band_keys(b))) == BANDS - 1
    assert not set(band_keys(a)) & set(band_keys(c))
    assert band_keys([1, 2, 3]) == []


def test_keys_cut_from_one_packing_are_each_bands_own_packing():
    """band_keys packs the signature once and cuts it per band: the keys are each band's 4 values
    packed big-endian on their own (the keys stored before, which the index must keep finding)."""
    import random
    from struct import Struct

    one = Struct(">4I")
    rng = random.Random(15)
    for _ in range(200):
        sig = [rng.getrandbits(32) for _ in range(64)]
        assert band_keys(sig) == [f"{b:02d}:" + one.pack(*sig[b * 4:(b + 1) * 4]).hex() for b in range(16)]
    assert band_keys(list(range(63))) == []
