"""Typer commands, one per api function, thin: parse options, call api, format the result."""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from crossings.errors import CrossingsError
from crossings.settings import Settings, read_token
from crossings.tables import emit


class _Api:
    """crossings.api, imported on first use: --help and --version need none of what it pulls in
    (SQLAlchemy, the extractors: most of a second; bench/cli_bench.py measures it)."""

    def __getattr__(self, name: str):
        from crossings import api as loaded

        return getattr(loaded, name)


api = _Api()


class _Console:
    """A Rich console made on first use: --help and --version print without Rich (importing it is
    a fifth of --help's time; bench/cli_bench.py)."""

    def __init__(self, **options):
        self._options, self._made = options, None

    def made(self):
        """The console itself, for Rich objects that take one (a Progress enters it)."""
        if self._made is None:
            from rich.console import Console

            self._made = Console(**self._options)
        return self._made

    def __getattr__(self, name: str):
        return getattr(self.made(), name)


# Help in click's plain layout: Rich's (typer.rich_utils) imports a Markdown parser too, and took
# 0.1 s of --help's 0.2 s.
app = typer.Typer(help="Crossings: news pages in, evidence-linked defection events out.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode=None)
# A terminal gets tables fitted to its width; a pipe or a file gets them whole (Rich would cut
# every column to fit 80, "defec… 2025-…"), unless COLUMNS says how wide.
out = _Console(width=None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 1000)
err = _Console(stderr=True)
state: dict = {}


class What(str, Enum):
    documents = "documents"
    events = "events"
    codebook = "codebook"
    dictionary = "dictionary"


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    geojson = "geojson"
    md = "md"


class Shown(str, Enum):
    """How a listing prints: a table fitted to the terminal (whole when piped), or JSON or CSV."""

    table = "table"
    json = "json"
    csv = "csv"


def _shown() -> Shown:
    return typer.Option(Shown.table, "--format", help="table, json or csv (every value whole)")


SINCE_HELP = "From this date on (YYYY, YYYY-MM or YYYY-MM-DD; an event dated only by year or month counts when its period overlaps)"
UNTIL_HELP = "Up to this date (same forms)"
OUTLET_HELP = "An outlet behind its reports (as `crossings documents` lists them), or a domain above some (yna.co.kr)"


def _version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version
        typer.echo(f"crossings {version('crossings')}")
        raise typer.Exit()


@app.callback()
def main(db: Optional[str] = typer.Option(None, "--db", envvar="CROSSINGS_DB",
                                          help="Store URL: sqlite:///file.db or postgresql://..."),
         version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                      help="Print the version and stop")):
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
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Counted bars per stage with an ETA on stderr (default: when it is a terminal)"),
):
    """Ingest pages, clean them, store them, and extract events."""
    settings = Settings.from_env(db=state["db"], allow_private=allow_private or None,
                                 extract=extract, max_bytes=max_bytes, fetch_timeout=fetch_timeout,
                                 time_budget=time_budget,
                                 user_agent=user_agent, runner=runner, scheduler=scheduler, workers=workers)
    with _stage_bars(err.is_terminal if progress is None else progress) as hear:
        report = _run(lambda: api.ingest(inputs, db=state["db"], settings=settings, progress=hear))
    for kind, lines in (("note", report.notes), ("error", report.errors), ("", report.not_read)):
        for line in lines:
            err.print(f"{kind} {line}".lstrip(), highlight=False, markup=False, soft_wrap=True)
    out.print(f"added {report.added}, already stored {report.skipped}, duplicates {report.duplicates}, "
              f"failed {len(report.errors)}, notes {len(report.notes)}, not read {len(report.not_read)}; "
              f"mentions {report.mentions}, events {report.events}", highlight=False)
    raise typer.Exit(0 if report.ok else 1)


@contextmanager
def _stage_bars(shown: bool):
    """Rich bars on stderr, one per stage (read, clean, extract, fuse), counted, with an ETA
    where the total is known; yields the listener api.ingest reports to (None when not shown)."""
    if not shown:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description:<7}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("eta"), TimeRemainingColumn(), console=err.made()) as bars:
        tasks: dict = {}  # a bar per stage that runs (--no-extract: read and clean only)

        def hear(step) -> None:
            if step.stage not in tasks:
                tasks[step.stage] = bars.add_task(step.stage, total=step.total)
            bars.update(tasks[step.stage], completed=step.done, total=step.total)

        yield hear


@app.command()
def documents(
    lang: Optional[str] = typer.Option(None, help="Only this language (en, ko, ...)"),
    outlet: Optional[str] = typer.Option(None, help="Outlet contains this"),
    since: Optional[str] = typer.Option(None, help="Published on or after (YYYY-MM-DD)"),
    until: Optional[str] = typer.Option(None, help="Published on or before"),
    limit: Optional[int] = typer.Option(None),
    duplicates: bool = typer.Option(True, "--duplicates/--no-duplicates", help="List wire copies too"),
    fmt: Shown = _shown(),
):
    """List stored documents."""
    docs = _run(lambda: api.documents(db=state["db"], lang=lang, outlet=outlet, since=since,
                                      until=until, limit=limit, duplicates=duplicates))
    whole = fmt != Shown.table
    rows = [[d.id, d.published.value, d.lang, d.outlet, d.title if whole else (d.title or "")[:70], d.duplicate_of]
            for d in docs]
    emit(out, ["id", "published", "lang", "outlet", "title", "duplicate_of"], rows, fmt.value)


@app.command()
def document(doc_id: str):
    """Show one document: metadata, its copies, its mentions with their events, and clean text."""
    from rich.table import Table

    detail = _run(lambda: api.document_detail(doc_id, db=state["db"]))
    if detail is None:
        err.print(f"no document {doc_id}")
        raise typer.Exit(1)
    doc = detail.document
    meta = {k: v for k, v in doc.to_dict().items() if k not in ("text", "raw")}
    out.print_json(json.dumps({**meta, "duplicates": detail.duplicates}, ensure_ascii=False))
    if detail.not_read:
        err.print(f"not read: {detail.not_read} (no extractor reads it, so no events come from this page)",
                  highlight=False)
    if detail.mentions:
        table = Table("mention", "type", "event", "quotes")
        for m in detail.mentions:
            table.add_row(m.id, m.type, detail.event_of.get(m.id, ""), "; ".join(e.quote for e in m.evidence))
        out.print(table)
    out.print(doc.text, markup=False, highlight=False)


MACHINE_HELP = "The machine's output as fused, without the analysts' decisions"
REVIEW_HELP = "Review state: unreviewed, confirmed, rejected or all (default: all but rejected)"


@app.command()
def export(
    what: What = typer.Option(What.events, "--what", help="events, documents, or the codebook or data dictionary (Markdown)"),
    fmt: Optional[Format] = typer.Option(None, "--format", help="events: jsonl (default), csv, parquet, geojson; "
                                                                "documents: jsonl, csv; codebook, dictionary: md"),
    output: str = typer.Option(..., "--output", "-o"),
    redact: bool = typer.Option(False, "--redact", help="Hide every person any event codes as a minor or a relative"),
    machine: bool = typer.Option(False, "--machine", help=MACHINE_HELP),
    review: Optional[str] = typer.Option(None, "--review", help=REVIEW_HELP),
    type: Optional[str] = typer.Option(None, "--type", help="Event type (defection, recall, ...)"),
    year: Optional[int] = typer.Option(None, "--year", help="Year the event happened"),
    country: Optional[str] = typer.Option(None, "--country", help="Origin country (ISO alpha-2)"),
    destination: Optional[str] = typer.Option(None, "--destination", help="Where they went (ISO alpha-2 or third_country)"),
    outlet: Optional[str] = typer.Option(None, "--outlet", help=OUTLET_HELP),
    since: Optional[str] = typer.Option(None, "--since", help=SINCE_HELP),
    until: Optional[str] = typer.Option(None, "--until", help=UNTIL_HELP),
):
    """Export the reviewed events (analysts' decisions applied), the documents, or the codebook and
    data dictionary that describe the event columns."""
    n = _run(lambda: api.export(what.value, fmt.value if fmt else None, output, db=state["db"], redact=redact,
                                review="machine" if machine else review, type=type, year=year, country=country,
                                destination=destination, outlet=outlet, since=since, until=until))
    err.print(f"wrote {n} {what.value if what in (What.events, What.documents) else 'entries'} to {output}",
              highlight=False)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)"),
    port: int = typer.Option(8765, "--port"),
    token_file: Optional[Path] = typer.Option(
        None, "--token-file", help="File holding the admin token (else $CROSSINGS_TOKEN); analysts sign in "
                                   "with their accounts' tokens (crossings users add); neither: read-only. "
                                   "Never on the command line, where /proc shows it"),
    watchlist: Optional[Path] = typer.Option(None, "--watch", help="Also watch this list's feeds (as crossings watch)"),
    alerts: Optional[Path] = typer.Option(None, "--alerts", help="Alert rules for /feeds/alerts.atom "
                                                                 "(else the watch list's, else waves of every type)"),
    allow_private: bool = typer.Option(False, "--allow-private", help="Watch: allow loopback/private addresses"),
):
    """Serve the analyst's dashboard (pages, JSON API, Atom feeds, exports, review)."""
    import threading

    token = _run(lambda: read_token(token_file))
    mode = "review with a token or an account" if token else "review with an account (if any), else read-only"
    err.print(f"Crossings dashboard on http://{host}:{port}/ — {mode}; Ctrl-C stops it", highlight=False)
    from crossings.web.server import run  # the dashboard sits on top of api, so api cannot call it

    stop = threading.Event()
    if watchlist:
        rules = alerts or _run(lambda: _watch_rules(watchlist))
        settings = Settings.from_env(db=state["db"], allow_private=allow_private or None)
        threading.Thread(target=_watch_quietly, args=(str(watchlist), settings, stop), daemon=True,
                         name="crossings-watch").start()
    else:
        rules = alerts
    try:
        _run(lambda: run(state["db"], host, port, token, str(rules) if rules else None))
    finally:
        stop.set()


def _watch_rules(watchlist: Path):
    from crossings.watch import load

    return load(watchlist).alerts


def _watch_quietly(watchlist: str, settings: Settings, stop) -> None:
    """The watch beside the server: its status lines go to stderr, its errors do not stop the server."""
    try:
        api.watch(watchlist, db=state["db"], settings=settings, stop=stop, progress=_status)
    except CrossingsError as exc:
        err.print(f"[red]watch stopped[/red] {exc}", highlight=False)


def _status(report) -> None:
    err.print(report.line(), highlight=False, markup=False, soft_wrap=True)
    for line in [e for s in report.sources for e in s.errors] + report.errors:
        err.print(f"error {line}", highlight=False, markup=False, soft_wrap=True)


@app.command()
def watch(
    watchlist: Path = typer.Argument(..., help="The watch list (YAML: sources, every, per_host, alerts)"),
    every: Optional[str] = typer.Option(None, "--every", help="Between polls: 90, 90s, 15m, 1h (default: the "
                                                              "list's, else 15m)"),
    polls: Optional[int] = typer.Option(None, "--polls", help="Stop after this many polls (default: never)"),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching loopback/private addresses"),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Refuse responses larger than this"),
    fetch_timeout: Optional[float] = typer.Option(None, "--fetch-timeout", help="Seconds to wait for a URL"),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", help="User-Agent header (and robots.txt name)"),
):
    """Poll feeds and pages on a schedule and ingest only what is new, one status line per poll
    (Ctrl-C stops it). Exit code 1: a source failed in the last poll."""
    from crossings.watch import seconds

    settings = Settings.from_env(db=state["db"], allow_private=allow_private or None, max_bytes=max_bytes,
                                 fetch_timeout=fetch_timeout, user_agent=user_agent)
    gap = _run(lambda: seconds(every)) if every is not None else None
    try:
        reports = _run(lambda: api.watch(str(watchlist), db=state["db"], settings=settings, polls=polls,
                                         every=gap, progress=_status))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    raise typer.Exit(1 if reports and any(s.errors for s in reports[-1].sources) else 0)


@app.command()
def changes(
    changed_since: Optional[str] = typer.Option(None, "--changed-since",
                                                help="Only changes after this UTC date or time (ISO)"),
    type: Optional[str] = typer.Option(None, "--type", help="Event type (defection, recall, ...)"),
    role: Optional[str] = typer.Option(None, "--role", help="A subject's role (diplomat, ...)"),
    country: Optional[str] = typer.Option(None, "--country", help="Origin country (ISO alpha-2)"),
    source: Optional[str] = typer.Option(None, "--source", help="Cites a source containing this"),
    limit: int = typer.Option(50, "--limit", help="At most this many (200 at most)"),
    fmt: Shown = _shown(),
):
    """Reviewed events new or changed since a moment, newest first (what /feeds/events.atom lists)."""
    found = _run(lambda: api.changes(db=state["db"], changed_since=changed_since, limit=limit, sources=source,
                                     type=type, role=role, country=country))
    rows = [[c.updated.isoformat()[:19], c.reason, c.reviewed.event.id, c.reviewed.event.type,
             c.reviewed.event.date.value, _place(c.reviewed.event.origin), _subjects(c.reviewed.event.subjects)]
            for c in found]
    emit(out, ["updated (UTC)", "why", "id", "type", "date", "origin", "subjects"], rows, fmt.value, no_wrap=())


@app.command(name="alerts")
def alerts_(
    rules: Optional[Path] = typer.Argument(None, help="Alert rules (YAML); none: waves of every event type"),
    since: Optional[str] = typer.Option(None, "--since", help="Event alerts only after this UTC date or time"),
    fmt: Shown = _shown(),
):
    """The alerts a rules file raises now (what /feeds/alerts.atom lists)."""
    rows = [[a.updated.isoformat()[:19], a.rule, a.key, a.title]
            for a in _run(lambda: api.alerts(str(rules) if rules else None, db=state["db"], since=since))]
    emit(out, ["updated (UTC)", "rule", "about", "title"], rows, fmt.value, no_wrap=())


@app.command()
def fuse():
    """Fuse every stored mention into events again (ingest does this after each run)."""
    events = _run(lambda: api.fuse(db=state["db"]))
    out.print(f"events {len(events)}")


@app.command()
def events(
    type: Optional[str] = typer.Option(None, "--type", help="Event type (defection, recall, ...)"),
    year: Optional[int] = typer.Option(None, "--year", help="Year the event happened"),
    since: Optional[str] = typer.Option(None, "--since", help=SINCE_HELP),
    until: Optional[str] = typer.Option(None, "--until", help=UNTIL_HELP),
    country: Optional[str] = typer.Option(None, "--country", help="Origin country (ISO alpha-2)"),
    destination: Optional[str] = typer.Option(None, "--destination", help="Where they went (ISO alpha-2 or third_country)"),
    outlet: Optional[str] = typer.Option(None, "--outlet", help=OUTLET_HELP),
    role: Optional[str] = typer.Option(None, "--role", help="A subject's role (diplomat, ...)"),
    status: Optional[str] = typer.Option(None, "--status", help="confirmed, reported, unconfirmed, denied"),
    text: Optional[str] = typer.Option(None, "--text", help="Names, places or descriptors contain this"),
    review: Optional[str] = typer.Option(None, "--review", help=REVIEW_HELP),
    machine: bool = typer.Option(False, "--machine", help=MACHINE_HELP),
    sort: str = typer.Option("date", "--sort", help="date (newest first, undated last), id, type, status, country or reported"),
    ascending: bool = typer.Option(False, "--ascending", help="Oldest / smallest first"),
    limit: int = typer.Option(500, "--limit", help="At most this many (500 at most)"),
    offset: int = typer.Option(0, "--offset", help="Skip this many (the next page)"),
    fmt: Shown = _shown(),
):
    """List the reviewed events (analysts' decisions applied), or the machine's with --machine."""
    filters = dict(type=type, year=year, since=since, until=until, country=country, destination=destination,
                   outlet=outlet, role=role, status=status, text=text)
    if machine:
        rows = [(e, "machine") for e in _run(lambda: api.events(db=state["db"], review="machine", limit=limit, **filters))]
        shown = f"{len(rows)} machine events"
    else:
        page = _run(lambda: api.event_page(state["db"], review, sort, not ascending, limit, offset, **filters))
        rows = [(rv.event, rv.review.state) for rv in page.items]
        shown = f"{offset + 1 if rows else 0}-{offset + len(rows)} of {page.total} reviewed events"
    header = ["id", "type", "status", "date", "origin", "destination", "subjects", "sources", "reported", "review"]
    emit(out, header, [[e.id, e.type, e.status, e.date.value, _place(e.origin), e.destination, _subjects(e.subjects),
                        e.outlets or len({m.doc for m in e.mentions}), e.reported, state_] for e, state_ in rows],
         fmt.value)
    err.print(shown)


@app.command()
def event(event_id: str, machine: bool = typer.Option(False, "--machine", help=MACHINE_HELP)):
    """Show one event: canonical fields, review, every source with its value and quote, conflicts."""
    from rich.table import Column, Table

    detail = None if machine else _run(lambda: api.event_detail(event_id, db=state["db"]))
    e = detail.reviewed.event if detail else (_run(lambda: api.event(event_id, db=state["db"], review="machine"))
                                              if machine else None)
    if e is None:
        err.print(f"no event {event_id}")
        raise typer.Exit(1)
    from crossings.conflicts import conflict_rows

    fields = Table("field", "value", show_header=False)
    for name, value in (("id", e.id), ("type", e.type), ("status", e.status), ("date", e.date.value),
                        ("origin", _place(e.origin)), ("destination", e.destination),
                        ("subjects", _subjects(e.subjects)), ("people", ", ".join(e.people)),
                        ("reported", e.reported), ("sources", ", ".join(e.sources)),
                        ("review", _review(detail.reviewed.review) if detail else "machine output")):
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
        conflicts = Table("field", "value", "sources", "documents")
        for name, rows in conflict_rows(e, detail.documents if detail else {}).items():
            for row in rows:
                conflicts.add_row(name, row.value, str(row.sources), ", ".join(row.outlets))
        out.print(conflicts)
    for d in detail.decisions if detail else []:
        err.print(f"#{d['id']} {d['at'][:16]} {d['who']} {d['action']} {d['payload'] or ''} {d['why']}",
                  highlight=False, markup=False)


@app.command()
def stats(
    type: Optional[str] = typer.Option(None, "--type", help="Only events of this type (defection, recall, ...)"),
    role: Optional[str] = typer.Option(None, "--role", help="Only events with a subject of this role (diplomat, ...)"),
    country: Optional[str] = typer.Option(None, "--country", help="Origin country (ISO alpha-2)"),
    region: Optional[str] = typer.Option(None, "--region", help="Origin continent: AS, EU, AF, NA, SA, OC"),
    since: Optional[str] = typer.Option(None, "--since", help=SINCE_HELP),
    until: Optional[str] = typer.Option(None, "--until", help=UNTIL_HELP),
    period: str = typer.Option("quarter", "--period", help="Waves per quarter or month"),
    fmt: Shown = _shown(),
):
    """Counts of the reviewed events by type, year and origin, and the periods that form a wave."""
    filters = dict(type=type, role=role, country=country, since=since, until=until)
    st = _run(lambda: api.stats(db=state["db"], region=region, period=period, **filters))
    t = st.trend
    counts = {"type": st.by_type, "origin": st.origins, "year": {y: sum(c.values()) for y, c in st.by_year.items()}}
    if fmt == Shown.json:
        from dataclasses import asdict

        sys.stdout.write(json.dumps(asdict(st), ensure_ascii=False, indent=1) + "\n")
        return
    if fmt == Shown.csv:  # one long table: what is counted, its value, how many
        rows = [[facet, key, n] for facet, by in counts.items() for key, n in by.items()]
        rows += [["wave", p.label, p.count] for p in t.waves]
        emit(out, ["facet", "value", "events"], rows, "csv")
        return
    out.print(f"events {st.events}, documents {st.documents}; per {t.period} through {t.today}: "
              f"{sum(p.count for p in t.periods)} dated, {sum(t.year_only.values())} dated to a year only, "
              f"{t.undated} undated")
    for title, by in counts.items():
        emit(out, [title, "events"], [[key, n] for key, n in by.items()], no_wrap=())
    waves = [f"{p.label} ({p.count} vs {p.expected:.1f} expected, p={p.p:.2g})" for p in t.waves]
    selected = ", ".join(f"{k} {v}" for k, v in {**filters, "region": region}.items() if v) or "all events"
    out.print(f"waves ({selected}): {', '.join(waves) or 'none'}", highlight=False)
    out.print(t.rule, highlight=False)


@app.command()
def person(person_id: str, fmt: Shown = _shown()):
    """Show one person: the spellings and Hangul forms fusion linked, and every event naming them."""
    found = _run(lambda: api.person(person_id, db=state["db"]))
    if found is None:
        err.print(f"no person {person_id}")
        raise typer.Exit(1)
    p = found.person
    header = ["event", "type", "date", "origin", "sources"]
    rows = [[rv.event.id, rv.event.type, rv.event.date.value, _place(rv.event.origin),
             rv.event.outlets or len(rv.event.mentions)] for rv in found.events]
    if fmt == Shown.json:  # the person and their events in one document
        events = [dict(zip(header, row)) for row in rows]
        sys.stdout.write(json.dumps({"id": p.id, "name": p.name, "names": p.names, "aliases": p.aliases,
                                     "events": events}, ensure_ascii=False, indent=1) + "\n")
        return
    (err if fmt == Shown.csv else out).print(
        f"{p.name} ({p.id}); also: {', '.join(n for n in p.names if n != p.name) or '-'}; "
        f"Hangul and other names: {', '.join(p.aliases) or '-'}", highlight=False)
    emit(out, header, rows, fmt.value, no_wrap=("event",))


@app.command()
def decide(
    action: str = typer.Argument(..., help="confirm, reject, edit, merge, split, undo, accept_value or reject_value"),
    event_id: str = typer.Argument(..., help="The event (for undo: the number of the decision undone)"),
    who: Optional[str] = typer.Option(None, "--who", help="The account deciding (crossings users add); any other "
                                                       "name, or none, is recorded as local:NAME / local:<login>"),
    why: str = typer.Option("", "--why"),
    field: Optional[str] = typer.Option(None, "--field", help="edit, accept_value, reject_value: status, date.value, "
                                                             "origin.country, subjects.0.role, ..."),
    value: Optional[str] = typer.Option(None, "--value", help="edit: the new value (empty clears it)"),
    precision: Optional[str] = typer.Option(None, "--precision", help="edit of date.value: season for a year given as a season"),
    other: Optional[str] = typer.Option(None, "--other", help="merge: the event merged into this one"),
    mention: Optional[str] = typer.Option(None, "--mention", help="split: the mention that becomes its own event"),
):
    """Record an analyst's decision about an event (as the dashboard's review forms do)."""
    payload = {"field": field, "value": value, "precision": precision, "other": other, "mention": mention,
               "decision": event_id if action == "undo" else None}
    decision = _run(lambda: api.decide(action, event_id, who, why, payload, db=state["db"]))
    out.print(f"decision {decision}")


@app.command()
def queue(
    type: Optional[str] = typer.Option(None, "--type", help="Event type (defection, recall, ...)"),
    country: Optional[str] = typer.Option(None, "--country", help="Origin country (ISO alpha-2)"),
    role: Optional[str] = typer.Option(None, "--role", help="A subject's role (diplomat, ...)"),
    limit: int = typer.Option(50, "--limit", help="At most this many (500 at most)"),
    offset: int = typer.Option(0, "--offset", help="Skip this many (the next page)"),
    fmt: Shown = _shown(),
):
    """The review queue: events changed since their last review, then unreviewed events whose
    sources disagree, then the other unreviewed ones."""
    q = _run(lambda: api.review_queue(db=state["db"], limit=limit, offset=offset, type=type, country=country,
                                      role=role))
    rows = []
    for item in q.items:
        e = item.reviewed.event
        rows.append([e.id, "; ".join(item.reasons), e.type, e.status or "", e.date.value or "", _place(e.origin),
                     _subjects(e.subjects), e.reported or ""])
    emit(out, ["id", "why", "type", "status", "date", "origin", "subjects", "reported"], rows, fmt.value)
    err.print(f"{len(q.items)} of {q.total} to review; " + ", ".join(f"{n} {k}" for k, n in q.counts.items()))


@app.command()
def decisions(fmt: Shown = _shown()):
    """The audit log: every analyst decision, oldest first, and the event it applies to now."""
    rows = [[d["id"], d["at"][:16] if fmt == Shown.table else d["at"], d["who"], d["action"], d["target"],
             "(undone)" if d.get("undone") else d["applies_to"] or ("" if d["action"] == "undo" else "(gone)"),
             _change(d), d["why"]]
            for d in _run(lambda: api.decisions(db=state["db"]))]
    emit(out, ["id", "at", "who", "action", "target", "applies to", "change", "why"], rows, fmt.value, no_wrap=())


def _change(d: dict) -> str:
    """before -> after for a field's decision; the payload otherwise."""
    p = d["payload"] or {}
    if "before" in p:
        after = p.get("value") if d["action"] == "edit" else (None if d["action"] == "reject_value" else p["before"])
        return f"{p['field']}: {json.dumps(p['before'], ensure_ascii=False)} -> {json.dumps(after, ensure_ascii=False)}"
    return json.dumps(p, ensure_ascii=False) if p else ""


users_app = typer.Typer(help="Analysts' accounts: each has its own token and a role (reviewer or admin).",
                        no_args_is_help=True)
app.add_typer(users_app, name="users")


class Role(str, Enum):
    reviewer = "reviewer"
    admin = "admin"


@users_app.command("add")
def users_add(name: str = typer.Argument(..., help="The account's name (letters, digits, . _ -)"),
              role: Role = typer.Option(Role.reviewer, "--role", help="reviewer, or admin (may undo anyone's decisions)")):
    """Make an account and print its token, once: only its hash is stored."""
    account, token = _run(lambda: api.users_add(name, role.value, db=state["db"]))
    err.print(f"account {account.name} ({account.role}) made; its token, shown only now:", highlight=False)
    out.print(token, markup=False, highlight=False)


@users_app.command("list")
def users_list(fmt: Shown = _shown()):
    """Every account with its role (never a token: none is stored)."""
    rows = [[a.name, a.role, a.created[:16] if fmt == Shown.table else a.created]
            for a in _run(lambda: api.users(db=state["db"]))]
    emit(out, ["name", "role", "created"], rows, fmt.value, no_wrap=())


@users_app.command("remove")
def users_remove(name: str):
    """Remove an account: its token stops working and its sessions end; its decisions stay."""
    _run(lambda: api.users_remove(name, db=state["db"]))
    err.print(f"account {name} removed", highlight=False)


@users_app.command("whoami")
def users_whoami(token_file: Optional[Path] = typer.Option(
        None, "--token-file", help="File holding the token (else $CROSSINGS_TOKEN)")):
    """Which account a token signs in as (exit code 1: none)."""
    account = _run(lambda: api.signed_in(read_token(token_file), db=state["db"]))
    if account is None:
        err.print("no account has this token")
        raise typer.Exit(1)
    out.print(f"{account.name} ({account.role})", highlight=False)


@app.command()
def process():
    """Extract every stored document again and fuse (after an extractor upgrade)."""
    out.print(f"events {_run(lambda: api.process(db=state['db']))}")


def _review(r) -> str:
    bits = [r.state] + [f"edited {', '.join(r.edited)}"] * bool(r.edited) + [f"merged {', '.join(r.merged)}"] * bool(r.merged)
    return "; ".join(bits + ([f"split from {r.split_from}"] if r.split_from else []))


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
        err.print(f"[red]error[/red] {exc}", highlight=False, soft_wrap=True)  # one line, for grep and logs
        raise typer.Exit(2) from exc
