"""Map a picklable stage over items in this process."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_stage(fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    for item in items:
        yield fn(item)
