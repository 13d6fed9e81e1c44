"""A time budget per input: work that overruns it is abandoned with an InputError naming the
input, and the batch goes on.

The budget is a SIGALRM interval timer, so it only runs in the main thread of a process (the
CLI, tests, a plain script); elsewhere (a web worker thread, a Dask worker) the work runs
unbudgeted. Python code is interrupted at once; a call into C returns before the alarm lands.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from crossings.errors import InputError

T = TypeVar("T")


class _Overrun(BaseException):
    """Raised by the alarm; BaseException so that library code's `except Exception` cannot
    swallow it and carry on."""


def _can_budget(seconds: float | None) -> bool:
    return bool(seconds) and seconds > 0 and threading.current_thread() is threading.main_thread() \
        and hasattr(signal, "setitimer")


@contextmanager
def time_budget(seconds: float | None, source: str, doing: str = "reading") -> Iterator[None]:
    """Raise InputError(source, ...) if the block runs longer than `seconds` (None or 0: no budget).
    Budgets do not nest: an inner one replaces the outer for its duration."""
    if not _can_budget(seconds):
        yield
        return

    def _alarm(_signum, _frame):
        raise _Overrun()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield
        finally:  # an alarm landing in here is still caught below; the timer is one-shot
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Overrun:
        raise InputError(source, f"abandoned: {doing} took longer than the {seconds:g}-second budget") from None
    finally:
        signal.signal(signal.SIGALRM, previous)


def within_budget(fn: Callable[[], T], seconds: float | None, source: str, doing: str) -> T:
    with time_budget(seconds, source, doing):
        return fn()


def budgeted(items: Iterator[T], seconds: float | None, source: str) -> Iterator[T | InputError]:
    """Each item of `items` must arrive within the budget; on overrun the rest of the input is
    abandoned with one InputError."""
    while True:
        try:
            with time_budget(seconds, source):
                item = next(items)
        except StopIteration:
            return
        except InputError as err:
            yield err
            return
        yield item
