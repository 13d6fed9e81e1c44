"""What a long ingest reports as it goes: how many items each stage (read, clean, extract, fuse)
has handled, and how many it expects when that is known, so that a caller can draw a counted bar
with an ETA. The library only counts; the CLI draws (Rich, on stderr)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

STAGES = ("read", "clean", "extract", "fuse")


@dataclass(frozen=True)
class Step:
    stage: str  # one of STAGES
    done: int  # items through this stage so far
    total: int | None  # items expected, None while unknown


Listener = Callable[[Step], None]


class Steps:
    """Counts items through the stages and tells the listener (a no-op without one)."""

    def __init__(self, listener: Listener | None = None, expected: int | None = None):
        self.listener = listener
        self.done: Counter[str] = Counter()
        self.total: dict[str, int | None] = {stage: expected for stage in STAGES[:3]}
        self.total["fuse"] = 1

    def add(self, stage: str, n: int = 1) -> None:
        self.done[stage] += n
        total = self.total[stage]
        if total is not None and self.done[stage] > total:  # the estimate was low (a WARC, a feed)
            self.total[stage] = total = self.done[stage]
        if self.listener is not None:
            self.listener(Step(stage, self.done[stage], total))

    def expect(self, stage: str, more: int) -> None:
        """More items are coming to a stage than first expected (documents left unextracted)."""
        self.total[stage] = (self.total[stage] or 0) + more
