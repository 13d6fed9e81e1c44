"""Typer commands, one per api function, thin: parse options, call api, format the result."""
from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from crossings import api
from crossings.errors import CrossingsError
from crossings.settings import Settings

app = typer.Typer(help="Crossings: news pages in, evidence-linked defection events out.",
                  no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)
state: dict = {}


class What(str, Enum):
    documents = "documents"
    events = "events"


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    geojson = "geojson"


@app.callback()
def main(db: Optional[str] = typer.Option(None, "--db", envvar="CROSSINGS_DB",
                                          help="Store URL: sqlite:///file.db or postgresql://...")):
    state["db"] = db


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, directories, manifests (.jsonl), WARC, feeds, URLs"),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching loopback/private addresses"),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Extract and fuse events after ingest"),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Refuse inputs larger than this"),
):
    """Ingest pages, clean them, store them, and extract events."""
    settings = Settings.from_env(db=state["db"], allow_private=allow_private or None,
                                 extract=extract, max_bytes=max_bytes)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)
        report = _run(lambda: api.ingest(inputs, db=state["db"], settings=settings,
                                         progress=lambda s: bar.update(task, description=s[-70:], advance=1)))
    for line in report.notes:
        err.print(f"note {line}", highlight=False, markup=False, soft_wrap=True)
    for line in report.errors:
        err.print(f"error {line}", highlight=False, markup=False, soft_wrap=True)
    out.print(f"added {report.added}, already stored {report.skipped}, duplicates {report.duplicates}, "
              f"failed {len(report.errors)}, notes {len(report.notes)}; "
              f"mentions {report.mentions}, events {report.events}", highlight=False)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def documents(
    lang: Optional[str] = typer.Option(None, help="Only this language (en, ko, ...)"),
    outlet: Optional[str] = typer.Option(None, help="Outlet contains this"),
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)"),
    until: Optional[str] = typer.Option(None, help="Published on or before"),
    limit: Optional[int] = typer.Option(None),
):
    """List stored documents."""
    docs = _run(lambda: api.documents(db=state["db"], lang=lang, outlet=outlet, since=since,
                                      until=until, limit=limit))
    table = Table("id", "published", "lang", "outlet", "title", "duplicate_of")
    for d in docs:
        table.add_row(d.id, d.published.value or "", d.lang or "", d.outlet or "",
                      (d.title or "")[:70], d.duplicate_of or "")
    out.print(table)


@app.command()
def document(doc_id: str):
    """Show one document's metadata and clean text."""
    doc = _run(lambda: api.document(doc_id, db=state["db"]))
    if doc is None:
        err.print(f"no document {doc_id}")
        raise typer.Exit(1)
    meta = {k: v for k, v in doc.to_dict().items() if k not in ("text", "raw")}
    out.print_json(json.dumps(meta, ensure_ascii=False))
    out.print(doc.text, markup=False, highlight=False)


@app.command()
def export(
    what: What = typer.Option(What.events, "--what"),
    fmt: Format = typer.Option(Format.jsonl, "--format"),
    output: str = typer.Option(..., "--output", "-o"),
    redact: bool = typer.Option(False, "--redact", help="Hide names, ages and quotes of minors and relatives"),
):
    """Export documents or events."""
    n = _run(lambda: api.export(what.value, fmt.value, output, db=state["db"], redact=redact))
    err.print(f"wrote {n} {what.value} to {output}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)"),
    port: int = typer.Option(8765, "--port"),
    token: Optional[str] = typer.Option(None, "--token", envvar="CROSSINGS_TOKEN",
                                        help="Analysts who present this token may review; none: read-only"),
):
    """Serve the analyst's dashboard (pages, JSON API, exports, review)."""
    mode = "review enabled (token set)" if token else "read-only (no --token)"
    err.print(f"Crossings dashboard on http://{host}:{port}/ — {mode}; Ctrl-C stops it", highlight=False)
    _run(lambda: api.serve(db=state["db"], host=host, port=port, token=token))


def _run(fn):
    try:
        return fn()
    except CrossingsError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
