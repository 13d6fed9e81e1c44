"""A listing (a header and rows of plain values) printed as a Rich table, a JSON array or CSV:
the CLI's --format. JSON and CSV carry every value whole, for scripts and spreadsheets."""
from __future__ import annotations

import csv
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console

FORMATS = ("table", "json", "csv")


def emit(console: Console, header: list[str], rows: list[list[Any]], fmt: str = "table",
         no_wrap: tuple[str, ...] = ("id",), stream: TextIO | None = None) -> None:
    """Print rows under header in fmt; a table fits the console, JSON and CSV go whole to stream
    (stdout by default)."""
    stream = stream or sys.stdout
    if fmt == "json":
        stream.write(json.dumps([dict(zip(header, row)) for row in rows], ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        from crossings.export import neutralise

        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([neutralise(v) for v in row] for row in rows)  # a spreadsheet opens these too
    else:
        from rich.table import Column, Table  # not at import: the CLI's --help needs no Rich

        table = Table(*[Column(h, no_wrap=h in no_wrap, min_width=15 if h in no_wrap else None) for h in header])
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)
