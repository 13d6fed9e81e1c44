"""The near-duplicate index's band keys."""
from datasketch import MinHashLSH

from crossings.clean.bands import BANDS, ROWS, band_keys
from crossings.clean.dedup import CANDIDATE_THRESHOLD, NUM_PERM

def test_the_banding_is_the_one_datasketch_picks_for_our_threshold():
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    assert (BANDS, ROWS) == (lsh.b, lsh.r)


def test_two_signatures_share_a_key_exactly_when_they_agree_on_a_whole_band():
    a = list(range(64))
    b = [*a[:52], 99, 98, 97, 96, *a[56:]]  # the last band differs
    c = [a[0] + 1, *a[1:4], *[v + 1000 for v in a[4:]]]  # no band alike
    assert len(band_keys(a)) == BANDS and len(set(band_keys(a))) == BANDS
    assert len(set(band_keys(a)) & set(band_keys(b))) == BANDS - 1
    assert not set(band_keys(a)) & set(band_keys(c))
    assert band_keys([1, 2, 3]) == []
