"""How stages are mapped over documents: locally (default) or on a Dask cluster.

Both runners expose `map(fn, items) -> iterator of results in input order` and `close()`.
"""
from __future__ import annotations

from crossings.runners.local import LocalRunner


def make_runner(kind: str = "local", scheduler: str | None = None, workers: int = 2):
    if kind == "dask":
        from crossings.runners.dask import DaskRunner

        return DaskRunner(scheduler=scheduler, workers=workers)
    return LocalRunner()


__all__ = ["LocalRunner", "make_runner"]
