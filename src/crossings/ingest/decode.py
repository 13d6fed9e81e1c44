"""Bytes -> str: BOMs, declared charsets, then detection (EUC-KR/CP949 pages are common)."""
from __future__ import annotations

from charset_normalizer import from_bytes

from crossings.errors import InputError

# Control bytes other than whitespace are rare in text and common in binaries.
_BINARY_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode_bytes(data: bytes, source: str) -> str:
    if _looks_binary(data):
        raise InputError(source, "binary file, not text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(source, "undecodable text: no encoding fits")
    encoding = "cp949" if best.encoding in ("euc_kr", "johab") else best.encoding
    return data.decode(encoding, errors="replace")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    odd = sum(1 for b in sample if b in _BINARY_BYTES)
    return odd > len(sample) * 0.05
