"""Bytes -> str: BOMs, UTF-8, then detection (EUC-KR/CP949 pages are common), line by line
when a page mixes encodings."""
from __future__ import annotations

from charset_normalizer import from_bytes

from crossings.errors import InputError

# Control bytes other than whitespace are rare in text and common in binaries.
_BINARY_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
# charset_normalizer names for Korean; CP949 is the superset that real pages need.
_KOREAN = {"euc_kr", "cp949", "johab", "iso2022_kr"}


def decode_bytes(data: bytes, source: str) -> tuple[str, str | None]:
    """(text, note): note says what was worked around (legacy or mixed encoding), else None."""
    if _looks_binary(data):
        raise InputError(source, "binary file, not text or HTML")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _decode_lines(data), "mixed encodings: UTF-8 with CP949 lines, decoded line by line"
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(source, "undecodable text: no encoding fits")
    encoding = "cp949" if best.encoding in _KOREAN else best.encoding
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > max(10, len(text) // 100):
        raise InputError(source, f"wrong encoding: not UTF-8, and {encoding} leaves it garbled")
    return text, f"decoded as {encoding}, not UTF-8"


def _mostly_utf8(data: bytes) -> bool:
    lines = data.splitlines()
    good = sum(1 for ln in lines if _is_utf8(ln) and any(b > 127 for b in ln))
    return good > 0 and good >= len([ln for ln in lines if any(b > 127 for b in ln)]) // 3


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _decode_lines(data: bytes) -> str:
    out = []
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp949", errors="replace"))
    return "\n".join(out).removeprefix("\ufeff")


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_MAGIC):
        return True
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    odd = sum(1 for b in sample if b in _BINARY_BYTES)
    return odd > len(sample) * 0.05
