"""Write documents and events as JSONL, CSV, Parquet or GeoJSON."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from crossings.codebook import country_name
from crossings.columns import COLUMN_NAMES, EVENT_COLUMNS, LIST_SEPARATOR
from crossings.document import Document
from crossings.errors import CrossingsError
from crossings.events import Event
from crossings.notes import summary
from crossings.redact import Redaction

DOCUMENT_FIELDS = ("id", "url", "title", "outlet", "lang", "published", "captured", "duplicate_of", "text")


def document_record(doc: Document) -> dict:
    return {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "outlet": doc.outlet,
        "authors": doc.authors,
        "lang": doc.lang,
        "published": doc.published.to_dict(),
        "captured": doc.captured,
        "duplicate_of": doc.duplicate_of,
        "text": doc.text,
    }


def event_record(ev: Event, redaction: Redaction | None = None) -> dict:
    """The export shape of an event; with a redaction, its hidden people taken out."""
    rec = ev.to_dict()
    return redaction.record(rec) if redaction is not None else rec


def write_documents(docs: list[Document], fmt: str, output: str) -> int:
    records = [document_record(d) for d in docs]
    if fmt == "jsonl":
        _write_jsonl(records, output)
    elif fmt == "csv":
        flat = [{**r, "published": r["published"]["value"], "published_source": r["published"]["source"],
                 "published_precision": r["published"]["precision"], "authors": "; ".join(r["authors"])}
                for r in records]
        _write_csv(flat, output)
    else:
        raise CrossingsError(f"documents export has no format {fmt!r}: use jsonl or csv")
    return len(records)


@dataclass(frozen=True)
class Report:
    """What an export says about one stored document behind an event."""

    url: str | None = None
    outlet: str | None = None
    stored: str | None = None  # when it was stored (ISO, UTC)


@dataclass
class Provenance:
    """What the event records alone do not hold: their documents' outlets and addresses, and
    each event's review state and time of its latest decision (from the store and review)."""

    reports: dict[str, Report] = field(default_factory=dict)  # document id -> Report
    reviews: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # event id -> (state, decided at)
    default_state: str = "unreviewed"  # "machine" for the machine's output


def write_events(events: list[Event], fmt: str, output: str, redaction: Redaction | None = None,
                 provenance: Provenance | None = None) -> int:
    """Write events; a redaction (crossings.redact, built over the whole dataset) hides people."""
    provenance = provenance or Provenance()
    records = [event_record(e, redaction) for e in events]
    flat = [flat_event(r, provenance) for r in records]
    if redaction is not None:  # an address may spell a hidden name ("/kim-ju-ae-defects")
        for row in flat:
            row["source_urls"] = [redaction.scrub(u) for u in row["source_urls"]]
    if fmt == "jsonl":
        _write_jsonl([nested_event(r, f) for r, f in zip(records, flat)], output)
    elif fmt == "csv":
        _write_csv([{k: _cell(v) for k, v in f.items()} for f in flat], output, list(COLUMN_NAMES))
    elif fmt == "parquet":
        _write_parquet(flat, output)
    elif fmt == "geojson":
        _write_geojson(flat, output)
    else:
        raise CrossingsError(f"events export has no format {fmt!r}: use jsonl, csv, parquet or geojson")
    return len(records)


def flat_event(r: dict, provenance: Provenance | None = None) -> dict:
    """The columns of crossings.columns, in their order, from an event record (redacted or not)."""
    provenance = provenance or Provenance()
    subjects, origin, date = r["subjects"], r["origin"], r["date"]
    docs = sorted({m["doc"] for m in r["mentions"]})
    reports = [provenance.reports.get(d) or Report() for d in docs]
    state, decided = provenance.reviews.get(r["id"], (provenance.default_state, None))
    return {
        "id": r["id"],
        "type": r["type"],
        "status": r["status"],
        "event_date": date["value"],
        "time_precision": date["precision"],
        "date_derivation": date.get("derivation"),
        "reported": r["reported"],
        "country": origin["country"],
        "country_name": country_name(origin["country"]),
        "region": origin["region"],
        "location": origin["city"],
        **_point(origin),
        "destination": r["destination"],
        "destination_name": country_name(r["destination"]),
        "names": _unique(s["name"] for s in subjects if s.get("name")),
        "roles": sorted({s["role"] for s in subjects if s.get("role")}),
        "count": sum(int(s.get("count") or 1) for s in subjects if s.get("role") != "family_member") or None,
        "attributed_to": list(r["sources"]),
        "sources": sorted({x.outlet for x in reports if x.outlet}),
        "source_urls": _unique(x.url for x in reports if x.url),
        "independent_sources": r.get("outlets") or len(docs),
        "documents": docs,
        "notes": summary(r),
        "review_state": state,
        "last_changed": max(filter(None, [decided, *(x.stored for x in reports)]), default=None),
    }


def nested_event(record: dict, flat: dict) -> dict:
    """A JSONL line: the flat columns, then the rich blocks (subjects, origin, date, every mention
    with its evidence, conflicts, person ids). The flat `sources` (outlets) stands in for the
    record's own (the reports' attributions, in attributed_to)."""
    rich = {k: record[k] for k in ("subjects", "origin", "date", "mentions", "conflicts", "people")}
    return {**flat, **rich}


def _point(origin: dict) -> dict:
    """latitude, longitude and geo_precision (ACLED's convention): a place without its own point
    stands on its country's (the capital), and says so with geo_precision "country"."""
    lat, lon, precision = origin.get("lat"), origin.get("lon"), origin.get("precision")
    if lat is None and origin.get("country"):
        from crossings.extract.places.gazetteer import country_coords

        lat, lon = country_coords(origin["country"].upper())
        precision = "country" if lat is not None else precision
    if not (origin.get("city") or origin.get("country") or origin.get("region")):
        lat = lon = precision = None
    return {"latitude": lat, "longitude": lon, "geo_precision": precision}


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def _cell(value):
    """A CSV cell: a list joined into one string."""
    return LIST_SEPARATOR.join(str(v) for v in value) if isinstance(value, list) else value


def _write_jsonl(records: list[dict], output: str) -> None:
    with open(output, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell a spreadsheet would run as a formula, made text (OWASP's CSV injection rule: a
    leading quote before =, +, -, @, tab or carriage return); other values unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _write_csv(rows: list[dict], output: str, columns: list[str] | None = None) -> None:
    """Every CSV export comes through here: ids, titles, names and analysts' edits are untrusted.
    With `columns`, an empty export still has its header."""
    with open(output, "w", encoding="utf-8", newline="") as f:
        if not rows and not columns:
            return
        w = csv.DictWriter(f, fieldnames=columns or list(rows[0]))
        w.writeheader()
        w.writerows({k: neutralise(v) for k, v in row.items()} for row in rows)


def _write_parquet(rows: list[dict], output: str) -> None:
    """The event columns with their declared types, so an empty or all-blank column keeps its type."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "list": pa.list_(pa.string())}
    schema = pa.schema([(c.name, types[c.type]) for c in EVENT_COLUMNS])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), output)


def _write_geojson(rows: list[dict], output: str) -> None:
    """One feature per event; geo_precision in its properties says whether the point is a city's
    or stands for a whole country (its capital)."""
    features = []
    for row in rows:
        geometry = None
        if row["latitude"] is not None and row["longitude"] is not None:
            geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
        features.append({"type": "Feature", "id": row["id"], "geometry": geometry, "properties": row})
    Path(output).write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                            encoding="utf-8")
