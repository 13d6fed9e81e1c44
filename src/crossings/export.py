"""Write documents and events as JSONL, CSV, Parquet or GeoJSON."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from crossings.document import Document
from crossings.errors import CrossingsError
from crossings.events import Event
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


def write_events(events: list[Event], fmt: str, output: str, redaction: Redaction | None = None) -> int:
    """Write events; a redaction (crossings.redact, built over the whole dataset) hides people."""
    records = [event_record(e, redaction) for e in events]
    if fmt == "jsonl":
        _write_jsonl(records, output)
    elif fmt == "csv":
        _write_csv([flat_event(r) for r in records], output)
    elif fmt == "parquet":
        _write_parquet([flat_event(r) for r in records], output)
    elif fmt == "geojson":
        _write_geojson(records, output)
    else:
        raise CrossingsError(f"events export has no format {fmt!r}: use jsonl, csv, parquet or geojson")
    return len(records)


def flat_event(r: dict) -> dict:
    subjects = r["subjects"]
    return {
        "id": r["id"],
        "type": r["type"],
        "status": r["status"],
        "date": r["date"]["value"],
        "date_precision": r["date"]["precision"],
        "reported": r["reported"],
        "origin_city": r["origin"]["city"],
        "origin_country": r["origin"]["country"],
        "origin_region": r["origin"]["region"],
        "destination": r["destination"],
        "names": "; ".join(s["name"] for s in subjects if s.get("name")),
        "roles": "; ".join(sorted({s["role"] for s in subjects if s.get("role")})),
        "count": sum(int(s.get("count") or 1) for s in subjects if s.get("role") != "family_member") or None,
        "sources": "; ".join(r["sources"]),
        "documents": "; ".join(sorted({m["doc"] for m in r["mentions"]})),
    }


def _write_jsonl(records: list[dict], output: str) -> None:
    with open(output, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell a spreadsheet would run as a formula, made text (OWASP's CSV injection rule: a
    leading quote before =, +, -, @, tab or carriage return); other values unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _write_csv(rows: list[dict], output: str) -> None:
    """Every CSV export comes through here: ids, titles, names and analysts' edits are untrusted."""
    with open(output, "w", encoding="utf-8", newline="") as f:
        if not rows:
            return
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows({k: neutralise(v) for k, v in row.items()} for row in rows)


def _write_parquet(rows: list[dict], output: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), output)


def _write_geojson(records: list[dict], output: str) -> None:
    features = []
    for r in records:
        o = r["origin"]
        geometry = None
        if o.get("lat") is not None and o.get("lon") is not None:
            geometry = {"type": "Point", "coordinates": [o["lon"], o["lat"]]}
        props = {k: v for k, v in flat_event(r).items()}
        features.append({"type": "Feature", "id": r["id"], "geometry": geometry, "properties": props})
    Path(output).write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                            encoding="utf-8")
