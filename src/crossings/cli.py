"""Typer commands, one per api function, thin: parse options, call api, format the result."""
from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

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
    fetch_timeout: Optional[float] = typer.Option(None, "--fetch-timeout", help="Seconds to wait for a URL"),
    time_budget: Optional[float] = typer.Option(None, "--time-budget",
                                                help="Seconds to read, clean or extract one input before abandoning it"),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", help="User-Agent header for fetching"),
    runner: Optional[str] = typer.Option(None, "--runner", help="local (default) or dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (else a local cluster on 127.0.0.1)"),
    workers: Optional[int] = typer.Option(None, "--workers", help="Workers of the local Dask cluster"),
):
    """Ingest pages, clean them, store them, and extract events."""
    settings = Settings.from_env(db=state["db"], allow_private=allow_private or None,
                                 extract=extract, max_bytes=max_bytes, fetch_timeout=fetch_timeout,
                                 time_budget=time_budget,
                                 user_agent=user_agent, runner=runner, scheduler=scheduler, workers=workers)
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
    duplicates: bool = typer.Option(True, "--duplicates/--no-duplicates", help="List wire copies too"),
):
    """List stored documents."""
    docs = _run(lambda: api.documents(db=state["db"], lang=lang, outlet=outlet, since=since,
                                      until=until, limit=limit, duplicates=duplicates))
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


@app.command()
def fuse():
    """Fuse every stored mention into events again (ingest does this after each run)."""
    events = _run(lambda: api.fuse(db=state["db"]))
    out.print(f"events {len(events)}")


@app.command()
def events(
    type: Optional[str] = typer.Option(None, "--type", help="Event type (defection, recall, ...)"),
    year: Optional[int] = typer.Option(None, "--year", help="Year the event happened"),
    country: Optional[str] = typer.Option(None, "--country", help="Origin country (ISO alpha-2)"),
    role: Optional[str] = typer.Option(None, "--role", help="A subject's role (diplomat, ...)"),
    status: Optional[str] = typer.Option(None, "--status", help="confirmed, reported, unconfirmed, denied"),
    text: Optional[str] = typer.Option(None, "--text", help="Names, places or descriptors contain this"),
    limit: Optional[int] = typer.Option(None, "--limit"),
):
    """List fused events."""
    found = _run(lambda: api.events(db=state["db"], type=type, year=year, country=country, role=role,
                                    status=status, text=text, limit=limit))
    table = Table("type", "status", "date", "origin", "subjects", "sources", "reported")
    table.columns.insert(0, Column("id", no_wrap=True, min_width=15))
    for e in found:
        table.add_row(e.id, e.type, e.status or "", e.date.value or "", _place(e.origin),
                      _subjects(e.subjects), str(len({m.doc for m in e.mentions})), e.reported or "")
    out.print(table)


@app.command()
def event(event_id: str):
    """Show one event: canonical fields, every source with its value and quote, and conflicts."""
    e = _run(lambda: api.event(event_id, db=state["db"]))
    if e is None:
        err.print(f"no event {event_id}")
        raise typer.Exit(1)
    fields = Table("field", "value", show_header=False)
    for name, value in (("id", e.id), ("type", e.type), ("status", e.status), ("date", e.date.value),
                        ("origin", _place(e.origin)), ("destination", e.destination),
                        ("subjects", _subjects(e.subjects)), ("people", ", ".join(e.people)),
                        ("reported", e.reported), ("sources", ", ".join(e.sources))):
        fields.add_row(name, str(value or ""))
    out.print(fields)
    sources = Table("type", "status", "date", "origin", "subjects", "quotes")
    sources.columns.insert(0, Column("doc", no_wrap=True))
    for m in e.mentions:
        quotes = "\n".join(f"{ev.field}: {ev.quote}" for ev in m.evidence)
        sources.add_row(m.doc, m.type, m.status or "", m.date.value or "", _place(m.origin),
                        _subjects(m.subjects), quotes)
    out.print(sources)
    if e.conflicts:
        conflicts = Table("field", "value", "docs")
        for name, values in e.conflicts.items():
            for v in values:
                conflicts.add_row(name, str(v["value"]), ", ".join(v["docs"]))
        out.print(conflicts)


def _place(p) -> str:
    return ", ".join(x for x in (p.city, p.region, p.country) if x)


def _subjects(subjects) -> str:
    parts = []
    for s in subjects:
        who = s.name or s.role or s.descriptor or "?"
        parts.append(f"{who}{f' x{s.count}' if s.count and s.count > 1 else ''}")
    return "; ".join(parts)


def _run(fn):
    try:
        return fn()
    except CrossingsError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
