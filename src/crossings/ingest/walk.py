"""Which files a directory or a manifest may name: regular files inside the given tree.

A symlink is followed only when it resolves inside the tree; a link out of it, a broken link
and a link loop are each an InputError naming the link. Hidden entries (.git, .DS_Store) are
skipped. Special files (FIFOs, devices, sockets) are refused before anything opens them, since
opening a FIFO blocks and a device never ends.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from crossings.errors import InputError


def display(path: Path | str) -> str:
    """A path as printable, storable text: undecodable bytes in a file name become \\x escapes
    instead of lone surrogates (which neither a terminal nor a database accepts)."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def resolved(path: Path) -> Path:
    """The real path, or an InputError for a broken link or a link loop."""
    try:
        return path.resolve(strict=True)
    except RuntimeError as exc:  # pathlib's "Symlink loop" before 3.13
        raise InputError(display(path), "symlink loop") from exc
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise InputError(display(path), "symlink loop") from exc
        problem = "broken symlink" if path.is_symlink() else f"cannot read: {exc.strerror or exc}"
        raise InputError(display(path), problem) from exc


def confined(path: Path, root: Path, what: str = "the given folder") -> Path:
    """`path` resolved, refused unless it lies inside `root` (already resolved)."""
    real = resolved(path)
    if real != root and root not in real.parents:
        raise InputError(display(path), f"refused: resolves outside {what} ({display(root)})")
    return real


def check_regular(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(display(path), f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(mode):
        raise InputError(display(path), "not a regular file (a FIFO, device or socket)")


def walk(top: Path) -> Iterator[Path | InputError]:
    """Regular files under `top` in sorted order (sorted per folder, depth first), each
    directory visited once however many links lead to it."""
    root = top.resolve()
    seen: set[tuple[int, int]] = set()
    found = False
    for item in _walk(top, root, seen):
        found = True
        yield item
    if not found:
        yield InputError(display(top), "no files in this folder")


def _walk(folder: Path, root: Path, seen: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:
            yield InputError(display(folder), "symlink loop: folder already read")
            return
        seen.add((info.st_dev, info.st_ino))
        entries = sorted(folder.iterdir())
    except OSError as exc:
        yield InputError(display(folder), f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_symlink():
                confined(entry, root, "the folder given")
            mode = entry.stat().st_mode
        except InputError as err:
            yield err
            continue
        except OSError as exc:
            yield InputError(display(entry), f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(entry, root, seen)
        elif stat.S_ISREG(mode):
            yield entry
        else:
            yield InputError(display(entry), "not a regular file (a FIFO, device or socket)")
