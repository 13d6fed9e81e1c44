"""Map the same stages over a Dask cluster: an existing scheduler by address, or a local
cluster whose scheduler and workers bind to 127.0.0.1 only (the one module importing dask)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 64  # items per task: big enough to amortise scheduling, small enough to stream


class DaskRunner:
    """Runs a stage on Dask workers; results come back in input order, chunk by chunk."""

    def __init__(self, scheduler: str | None = None, workers: int = 2):
        from dask.distributed import Client, LocalCluster

        if scheduler:
            self._cluster = None
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, host="127.0.0.1",
                dashboard_address=None, processes=True, protocol="tcp",
            )
            self.client = Client(self._cluster)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        it = iter(items)
        pending = []
        while chunk := list(islice(it, CHUNK)):
            pending.append(self.client.submit(_apply, fn, chunk, pure=False))
            if len(pending) > 4:  # keep a bounded window in flight
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def _apply(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]
