"""Shared by the invented held-out benchmarks (heldout2/, heldout3/): check a gold corpus against
the codebook's values and write docs/*.txt, docs.jsonl (id, url, lang, path) and gold.json
({"events": [...], "docs": {id: {"pub_date", "events"}}}, the format score.py reads, plus
`reported` = the earliest publication date of the event's pages).

    build(here, pages_en, pages_ko, events, extra=lambda pages: [])
"""
import json
import re
import sys
from pathlib import Path

TYPES = {"defection", "attempted_defection", "disappearance", "repatriation", "recall",
         "punishment", "mission_closure", "control_measure"}
STATUSES = {None, "confirmed", "reported", "unconfirmed", "denied"}
ROLES = {"diplomat", "trade_official", "overseas_worker", "restaurant_worker", "official",
         "military", "civilian", "family_member"}
PRECISIONS = {"day", "month", "year", "season", "unknown"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# Constructors the gold files write their events with (heldout2/3/4 events_gold.py).
def S(name, descriptor, role, count=1, age=None, minor=None):
    """One subject entry."""
    return {"name": name, "descriptor": descriptor, "role": role, "count": count,
            "age": age, "minor": minor}


def P(country=None, city=None, region=None):
    """One place."""
    return {"city": city, "country": country, "region": region}


def D(value=None, precision="unknown"):
    """One date."""
    return {"value": value, "precision": precision}


def E(id, type, status, subjects, origin, destination, date, sources, notes="", optional=False):
    event = {"id": id, "type": type, "status": status, "subjects": subjects, "origin": origin,
             "destination": destination, "date": date, "sources": sources, "notes": notes}
    if optional:
        event["optional"] = True
    return event



def check_event(e):
    """Problems with one gold event's fields, as strings."""
    out = []
    if e["type"] not in TYPES:
        out.append(f"type {e['type']}")
    if e["status"] not in STATUSES:
        out.append(f"status {e['status']}")
    for s in e["subjects"]:
        if s["role"] not in ROLES:
            out.append(f"role {s['role']}")
    for code in (e["origin"].get("country"), e["destination"]):
        if code and code != "third_country" and not re.fullmatch(r"[A-Z]{2}", code):
            out.append(f"country {code}")
    d = e["date"]
    if d["precision"] not in PRECISIONS or (d["value"] and not DATE.match(d["value"])):
        out.append(f"date {d}")
    if (d["value"] is None) != (d["precision"] == "unknown"):
        out.append(f"date value/precision mismatch {d}")
    return [f"{e['id']}: {p}" for p in out]


def build(here: Path, pages_en, pages_ko, gold_events, extra=lambda pages: []):
    """Check the gold (every cited event exists, every event is cited, codebook values, and any
    corpus-specific rule `extra` returns problems for), then write the corpus into here."""
    pages = [(p, "en") for p in pages_en] + [(p, "ko") for p in pages_ko]
    by_id = {e["id"]: e for e in gold_events}
    problems = [p for e in gold_events for p in check_event(e)]
    if len(by_id) != len(gold_events):
        problems.append("duplicate event ids")
    if len({p["id"] for p, _ in pages}) != len(pages):
        problems.append("duplicate page ids")
    cited = {}
    for page, _ in pages:
        for eid in page["events"]:
            if eid not in by_id:
                problems.append(f"{page['id']} cites unknown event {eid}")
            cited.setdefault(eid, []).append(page)
    problems += [f"{eid} is cited by no page" for eid in by_id if eid not in cited]
    problems += extra(pages)
    if problems:
        sys.exit("\n".join(problems))

    docs_dir = here / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.glob("*.txt"):
        old.unlink()
    manifest, gold_docs = [], {}
    for page, lang in pages:
        rel = f"docs/{page['id']}.txt"
        (here / rel).write_text(page["text"], encoding="utf-8")
        manifest.append({"id": page["id"], "url": page["url"], "lang": lang, "path": rel})
        gold_docs[page["id"]] = {"pub_date": page["pub_date"], "events": list(page["events"])}
    written = []
    for e in gold_events:
        dates = sorted(p["pub_date"] for p in cited[e["id"]] if p["pub_date"])
        written.append(dict(e, reported=dates[0] if dates else None))
    with open(here / "docs.jsonl", "w", encoding="utf-8") as f:
        for rec in manifest:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(here / "gold.json", "w", encoding="utf-8") as f:
        json.dump({"events": written, "docs": gold_docs}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(pages)} pages, {len(written)} events written to {here}")

