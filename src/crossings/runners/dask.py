"""Map the same stages over a Dask cluster: an existing scheduler by address, or a local
cluster whose scheduler and workers bind to 127.0.0.1 only (the one module importing dask)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

AHEAD = 4  # tasks in flight per worker: one running, three queued, so no worker waits while the driver
# marks and stores a batch (a few hundred ms on a loaded machine; a chunk takes about as long)


class DaskRunner:
    """Runs a stage on Dask workers, one task per item (callers hand it chunks: the ingest maps
    chunks of pages); results come back in input order while later items are already running."""

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
        self.window = AHEAD * max(1, len(self.client.scheduler_info().get("workers", {})) or workers) + 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        pending = []
        for item in items:
            pending.append(self.client.submit(fn, item, pure=False))
            if len(pending) >= self.window:  # a bounded window: memory stays flat on any stream
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
