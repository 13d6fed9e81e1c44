"""Signatures made a chunk at a time equal those made one text at a time (datasketch's MinHash)."""
from crossings.clean.dedup import signature_of, signatures_of

TEXTS = [  # invented: long and short, English and Korean, empty, repeated shingles
    "The home side won 3-1 after a late goal in the second half. " * 4,
    "Shares in the carmaker rose 4 percent after quarterly results.",
    "홈팀이 후반 막판 골로 3대1 승리를 거뒀다. 자동차 업체 주가가 분기 실적 발표 뒤 4% 올랐다.",
    "", "one", "two words", "a a a a a a a",
]


def test_a_chunk_gets_the_signatures_its_texts_get_one_by_one():
    assert signatures_of(TEXTS) == [signature_of(t) for t in TEXTS]
    assert signatures_of(TEXTS[2:3]) == [signature_of(TEXTS[2])] and signatures_of([]) == []


def test_signatures_are_plain_ints_and_differ_between_texts():
    sigs = signatures_of(TEXTS)
    assert all(type(v) is int for sig in sigs for v in sig) and len({tuple(s) for s in sigs}) == len(TEXTS)
